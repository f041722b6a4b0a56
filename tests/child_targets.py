"""Module-level functions for the child-process tests (a spawned child imports them by name)."""
import os
import time


def count_to(n, *, cancel, on_progress):
    for i in range(n):
        on_progress(i)
    return n * 10


def wait_for_cancel(*, cancel, on_progress):
    on_progress("started")
    deadline = time.monotonic() + 30
    while not cancel.is_set() and time.monotonic() < deadline:
        time.sleep(0.01)
    return "stopped" if cancel.is_set() else "timed out"


def fail(*, cancel, on_progress):
    raise ValueError("locked assignments break hard rules")


def crash(*, cancel, on_progress):
    os._exit(3)
