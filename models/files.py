"""Writing output files, the one way the project does it.

A regular file (or a new path) is written to a temporary file beside it, flushed to disk and
renamed over the target, so a crash or a full disk never leaves half a file and never loses the
old one. `-` is standard output. An existing file that is not a regular file (a character
device such as /dev/null or /dev/full, a FIFO, /dev/stdout) cannot be replaced by renaming
without destroying it, so it is opened and written directly. Every failure is an OutputError
whose message names the file and the reason in one line.
"""
from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

STDOUT = "-"
_STANDARD_STREAMS = {"/dev/stdout": 1, "/dev/stderr": 2, "/proc/self/fd/1": 1, "/proc/self/fd/2": 2,
                     "/dev/fd/1": 1, "/dev/fd/2": 2}


class OutputError(OSError):
    """An output cannot be written; str() is one line naming the file and why."""


def writes_to_stdout(target: str | os.PathLike) -> bool:
    """True when `target` is standard output (`-` or /dev/stdout): a caller then prints its
    summary elsewhere, so that it does not end up inside the output."""
    return _standard_stream(os.fspath(target)) == 1


def is_special(target: str | os.PathLike) -> bool:
    """True when `target` is written in place instead of replaced: `-`, a standard stream, or an
    existing file that is not a regular file nor a folder (a device, a FIFO, a socket)."""
    text = os.fspath(target)
    if _standard_stream(text) is not None:
        return True
    try:
        mode = os.stat(text).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def write_file(target: str | os.PathLike, data: bytes | str) -> None:
    """Write `data` (str is written as UTF-8) to `target`; raise OutputError on any failure,
    with the old content of a regular file left as it was."""
    text = os.fspath(target)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        stream = _standard_stream(text)
        if stream is not None:
            _write_descriptor(stream, payload)
        elif is_special(text):
            _write_in_place(text, payload)
        else:
            _replace_atomically(Path(os.path.realpath(text)), payload)
    except (OutputError, BrokenPipeError):  # a reader that left is the caller's to handle
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {text}: {_reason(exc, text)}") from None


def _standard_stream(text: str) -> int | None:
    if text == STDOUT:
        return 1
    return _STANDARD_STREAMS.get(os.path.normpath(text)) if text.startswith("/") else None


def _write_descriptor(fd: int, payload: bytes) -> None:
    stream = sys.stdout if fd == 1 else sys.stderr
    stream.flush()  # what was printed before comes first
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a replaced stream (tests capture with StringIO): write text to it
        stream.write(payload.decode("utf-8", errors="replace"))
    else:
        buffer.write(payload)
        buffer.flush()


def _write_in_place(text: str, payload: bytes) -> None:
    with open(text, "wb", buffering=0) as handle:
        view = memoryview(payload)
        while view:
            written = handle.write(view)
            view = view[written:]


def _replace_atomically(path: Path, payload: bytes) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: folder {folder} does not exist")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    mode = _mode_for(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _mode_for(path: Path) -> int:
    """The permissions the file has now, else the usual ones for a new file (0666 less umask)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some systems cannot open a folder, which is harmless."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reason(exc: OSError, text: str) -> str:
    if exc.errno == errno.ENOENT and not Path(text).parent.is_dir():
        return f"folder {Path(text).parent} does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    return exc.strerror or str(exc)
