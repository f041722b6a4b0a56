"""Run a long computation in a child process, with progress and cancel, so that the GUI
process keeps its interpreter lock.

A worker thread alone is not enough for the solver: building a CP-SAT model and reading a
large solution back are long stretches of Python and C++ that hold the GIL and stall the GUI
thread for hundreds of milliseconds. The child is started with "spawn" (a fork of a process
that runs Qt threads is unsafe); `target` must be a module-level function of a module that
does not import Qt, called as `target(*args, cancel=Event, on_progress=callable)`. As with
any spawned child, the program's entry script must be safe to import (`duty-roster` and
`python -m desktop` guard their start with `if __name__ == "__main__"`).
"""
from __future__ import annotations

import multiprocessing
import queue as queue_module
import threading
from collections.abc import Callable
from typing import Any


class ChildProcessError(RuntimeError):
    """The child ended without a result (crashed, killed, out of memory)."""


def _child_main(target: Callable, args: tuple, results, stop) -> None:
    try:
        value = target(*args, cancel=stop, on_progress=lambda report: results.put(("progress", report)))
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
        try:
            results.put(("error", exc))
        except Exception:  # an exception that cannot be pickled: send its text
            results.put(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
    else:
        results.put(("done", value))


def run_in_child(target: Callable, args: tuple, *, cancel: threading.Event,
                 on_progress: Callable[[Any], None] | None = None, poll_s: float = 0.05) -> Any:
    """Call `target` in a child process and return its result (or raise its exception).
    Setting `cancel` asks the child to stop; progress reports are passed to `on_progress`
    on the calling thread."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    stop = context.Event()
    process = context.Process(target=_child_main, args=(target, args, results, stop), daemon=True)
    process.start()
    try:
        while True:
            if cancel.is_set():
                stop.set()
            try:
                kind, payload = results.get(timeout=poll_s)
            except queue_module.Empty:
                if not process.is_alive():
                    raise ChildProcessError(f"the solver process ended unexpectedly (exit code {process.exitcode})")
                continue
            if kind == "progress":
                if on_progress is not None:
                    on_progress(payload)
            elif kind == "error":
                raise payload
            else:
                return payload
    finally:
        stop.set()
        process.join(timeout=10)
        if process.is_alive():
            process.kill()
            process.join()
