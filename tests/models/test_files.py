"""The one output writer: atomic for regular files, in place for devices and pipes, `-` for
stdout, one clear line for every failure."""
from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from models.files import OutputError, is_special, write_file, writes_to_stdout


def test_a_regular_file_is_replaced_whole_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    os.chmod(target, 0o600)
    write_file(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]  # no temporary file left


def test_a_symlinked_output_updates_the_file_it_points_to(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_file(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_missing_folder_is_one_clear_line(tmp_path):
    with pytest.raises(OutputError) as caught:
        write_file(tmp_path / "nope" / "out.json", b"x")
    assert str(caught.value) == f"cannot write {tmp_path / 'nope' / 'out.json'}: folder {tmp_path / 'nope'} does not exist"


def test_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(OutputError, match="it is a folder"):
        write_file(tmp_path, b"x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_permission_denied_is_one_clear_line(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        with pytest.raises(OutputError, match="Permission denied"):
            write_file(folder / "out.json", b"x")
    finally:
        os.chmod(folder, 0o700)


def test_a_fifo_receives_the_bytes_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(Path(fifo).read_bytes()))
    reader.start()
    assert is_special(fifo)
    write_file(fifo, b"x" * 200_000)  # more than a pipe buffer: written while the reader reads
    reader.join(10)
    assert received == [b"x" * 200_000]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null")
def test_dev_null_is_written_not_replaced():
    before = os.stat("/dev/null")
    write_file("/dev/null", b"nothing")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_dev_full_is_a_clear_error_and_stays_a_device():
    with pytest.raises(OutputError) as caught:
        write_file("/dev/full", b"x" * 10)
    assert str(caught.value) == "cannot write /dev/full: No space left on device"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_dash_writes_to_stdout(capfd):
    assert writes_to_stdout("-") and writes_to_stdout("/dev/stdout") and not writes_to_stdout("out.json")
    write_file("-", "bonjour ✓\n")
    assert capfd.readouterr().out == "bonjour ✓\n"
