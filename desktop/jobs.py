"""Background jobs: one object per long operation (what runs off the GUI thread, what to do on
success and on failure), with progress and cancel. Screens start jobs through a JobRunner and
only ever receive signals on the GUI thread; they never create threads themselves."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a job's work when the person pressed Cancel."""


class Job(QObject):
    """`work(job)` runs on a worker thread and may call `job.report(done, total, text)`,
    which also raises Cancelled once `cancel()` was called. Exactly one of finished, failed
    or cancelled is emitted, on the GUI thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, work: Callable[[Job], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancel_requested = False

    def cancel(self) -> None:
        self._cancel_requested = True

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._cancel_requested:
            raise Cancelled()
        self.progress.emit(done, total, text)

    def run_here(self) -> None:
        """Run the work on the calling thread and emit the outcome (the worker calls this)."""
        try:
            result = self._work(self)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # delivered to the screen, which shows it
            self.failed.emit(exc)
        else:
            if self._cancel_requested:
                self.cancelled.emit()
            else:
                self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.job.run_here()


class JobRunner(QObject):
    """Starts jobs on a thread pool and keeps them alive until they end."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Job] = set()

    def start(self, work: Callable[[Job], Any], *, on_success: Callable[[Any], None] | None = None,
              on_failure: Callable[[Exception], None] | None = None,
              on_progress: Callable[[int, int, str], None] | None = None,
              on_cancel: Callable[[], None] | None = None) -> Job:
        job = Job(work)
        if on_success:
            job.finished.connect(on_success)
        if on_failure:
            job.failed.connect(on_failure)
        if on_progress:
            job.progress.connect(on_progress)
        if on_cancel:
            job.cancelled.connect(on_cancel)
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(lambda *_, j=job: self._running.discard(j))
        self._running.add(job)
        self._pool.start(_Runnable(job))
        return job

    def running(self) -> int:
        return len(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
