"""Long work in a child process: result, progress, cancel, errors and crashes come back."""
import threading

import pytest

from desktop.child_process import ChildProcessError, run_in_child
from tests import child_targets


def test_result_and_progress_come_back():
    seen = []
    assert run_in_child(child_targets.count_to, (3,), cancel=threading.Event(), on_progress=seen.append) == 30
    assert seen == [0, 1, 2]


def test_cancel_reaches_the_child():
    cancel = threading.Event()
    assert run_in_child(child_targets.wait_for_cancel, (), cancel=cancel,
                        on_progress=lambda _report: cancel.set()) == "stopped"


def test_the_childs_exception_is_raised_here():
    with pytest.raises(ValueError, match="locked assignments"):
        run_in_child(child_targets.fail, (), cancel=threading.Event())


def test_a_crashed_child_is_reported():
    with pytest.raises(ChildProcessError, match="exit code 3"):
        run_in_child(child_targets.crash, (), cancel=threading.Event())
