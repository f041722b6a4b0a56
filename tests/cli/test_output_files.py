"""Outputs of `export-json`, `pdf` and `xlsx` to standard output, devices and pipes: written
into, never replaced, and every failure one line."""
from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from desktop.cli import run


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("outputs") / "roster.sqlite")
    assert run(["demo", "--db", path]) == 0
    return path


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("argv", [
    ["export-json", "-o", "/dev/full"],
    ["pdf", "center", "--from", "2026-11-02", "--to", "2026-11-08", "-o", "/dev/full"],
    ["xlsx", "--from", "2026-11-02", "--to", "2026-11-08", "-o", "/dev/full"],
])
def test_dev_full_is_one_clear_line_and_stays_a_device(db, capsys, argv):
    assert run(argv + ["--db", db]) == 2
    err = capsys.readouterr().err
    assert err == "duty-roster: error: cannot write /dev/full: No space left on device\n"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_export_json_into_a_fifo(db, tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(Path(fifo).read_bytes()))
    reader.start()
    assert run(["export-json", "-o", str(fifo), "--db", db]) == 0
    reader.join(10)
    assert json.loads(received[0])["format"] == "duty-roster/workspace"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_pdf_to_stdout_keeps_the_summary_out_of_the_pdf(db, capfd):
    assert run(["pdf", "center", "--from", "2026-11-02", "--to", "2026-11-08", "-o", "-", "--db", db]) == 0
    out, err = capfd.readouterr()
    assert out.startswith("%PDF-") and out.rstrip().endswith("%%EOF")
    assert "center roster(s)" in err


def test_export_json_to_dev_stdout_is_only_the_document(db, capfd):
    assert run(["export-json", "-o", "/dev/stdout", "--db", db]) == 0
    assert json.loads(capfd.readouterr().out)["format"] == "duty-roster/workspace"
