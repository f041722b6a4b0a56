"""The Curtois–Qu benchmark harness: strict parsing, the independent evaluator, and the
engine's objective checked against it. The 60-second runs live in `python -m benchmarks.curtois`."""
from __future__ import annotations

import dataclasses
import json

import pytest

from benchmarks import curtois
from benchmarks.curtois import INSTANCE_DIR, InstanceError, evaluate, parse

FILES = sorted(INSTANCE_DIR.glob("Instance*.txt"), key=lambda p: int(p.stem[8:]))

# Worked out by hand (see test_tiny_instance_solves_to_its_hand_computed_optimum).
TINY = """\
# a week, one nurse for days, one for nights
SECTION_HORIZON
7

SECTION_SHIFTS
# ShiftID, Length in mins, Shifts which cannot follow this shift | separated
D,480,
N,480,D

SECTION_STAFF
A,D=5|N=0,2400,1440,3,2,2,1
B,D=0|N=7,3360,480,7,1,1,0

SECTION_DAYS_OFF
B,0

SECTION_SHIFT_ON_REQUESTS
A,3,D,5

SECTION_SHIFT_OFF_REQUESTS
A,0,D,2

SECTION_COVER
0,D,1,100,1
1,D,1,100,1
2,D,1,100,1
3,D,1,100,1
4,D,1,100,1
5,D,1,100,1
6,D,1,100,1
0,N,0,100,1
1,N,0,100,1
2,N,0,100,1
3,N,0,100,1
4,N,0,100,1
5,N,0,100,1
6,N,0,100,1
""".replace("\n", "\r\n")


def test_all_24_instances_parse():
    assert len(FILES) == 24
    for path in FILES:
        instance = parse(path)
        assert instance.horizon % 7 == 0 and instance.staff and instance.shifts
        assert len(instance.cover) == instance.horizon * len(instance.shifts)
        for employee in instance.staff.values():
            assert set(employee.max_shifts) == set(instance.shifts)
    big = parse(INSTANCE_DIR / "Instance13.txt")
    assert "a1" in big.shifts and big.shifts["a5"].cannot_follow[:2] == ("a1", "a2")


def test_evaluator_sanity_values_of_instance1():
    instance = parse(INSTANCE_DIR / "Instance1.txt")
    penalty, hard = evaluate(instance, {e: [""] * 14 for e in instance.staff})
    assert penalty == 7137  # 37 from shift-on requests + 71 missing people x 100
    assert any("minutes" in h for h in hard)


def test_tiny_instance_solves_to_its_hand_computed_optimum(tmp_path):
    # A covers D alone: at most 3 days in a row and inner rests of 2 days leave at most 5 of
    # the 7 days covered (off days {2,3} or {3,4}): 2 x 100. Both miss A's wish for day 3 (5)
    # and work day 0 against A's wish (2). B must work 480 minutes, only nights, never a
    # weekend and not on day 0: one night over a zero requirement costs 1. Total 208.
    path = tmp_path / "Tiny.txt"
    path.write_bytes(TINY.encode())
    result = curtois.run(path, time_limit=10, workers=1)
    assert result["status"] == "optimal"
    assert result["objective"] == result["engine_objective"] == 208
    assert result["hard_violations"] == []
    assert result["roster"]["A"][0] == "D" and result["roster"]["A"][3] == ""
    assert result["roster"]["B"].count("N") == 1 and result["roster"]["B"][5:] == ["", ""]


def test_engine_objective_equals_the_independent_evaluation(tmp_path):
    out = tmp_path / "sol.json"
    assert curtois.main([str(INSTANCE_DIR / "Instance1.txt"), "--time-limit", "60", "--workers", "2",
                         "--out", str(out)]) == 0
    written = json.loads(out.read_text())
    assert set(written) == {"instance", "objective", "status", "best_bound", "wall_time_s", "roster"}
    assert written["instance"] == "Instance1" and type(written["objective"]) is int
    instance = parse(INSTANCE_DIR / "Instance1.txt")
    assert all(len(days) == 14 for days in written["roster"].values())
    assert evaluate(instance, written["roster"]) == (written["objective"], [])
    assert written["objective"] == 607 and written["status"] == "optimal"
    # a roster cut short (not optimal): the engine's exact objective still equals the evaluator's
    result = curtois.run(INSTANCE_DIR / "Instance2.txt", time_limit=1.5, workers=2)
    assert result["objective"] == result["engine_objective"]
    assert result["hard_violations"] == []


@pytest.mark.parametrize("edit, line, words", [
    (lambda t: t.replace("\r\n7\r\n", "\r\nseven\r\n"), 3, "horizon must be an integer"),
    (lambda t: t.replace("N,480,D", "N,480,X"), 8, "unknown shift 'X'"),
    (lambda t: t.replace("B,D=0|N=7,3360,480,7,1,1,0", "B,D=0|N=7,3360,480,7,1,1"), 12, "expected 8"),
    (lambda t: t.replace("A,3,D,5", "Z,3,D,5"), 18, "unknown employee 'Z'"),
    (lambda t: t.replace("A,0,D,2", "A,9,D,2"), 21, "outside the horizon"),
    (lambda t: t.replace("6,N,0,100,1", "5,N,0,100,1"), 37, "given twice"),
    (lambda t: t.replace("SECTION_DAYS_OFF", "SECTION_HOLIDAYS"), 14, "unknown section"),
    (lambda t: t.replace("A,D=5|N=0,2400,1440", "A,D=5|N=0,1400,1440"), 11, "MinTotalMinutes 1440 is above"),
    (lambda t: "", 1, "no SECTION_ header: an instance file starts with SECTION_HORIZON (the file is empty)"),
    (lambda t: "# only a comment\r\n\r\n", 2, "no SECTION_ header"),
])
def test_malformed_files_name_the_line(tmp_path, capsys, edit, line, words):
    path = tmp_path / "Bad.txt"
    path.write_bytes(edit(TINY).encode())
    with pytest.raises(InstanceError) as error:
        parse(path)
    assert error.value.line == line and words in str(error.value) and f"Bad.txt:{line}:" in str(error.value)
    assert curtois.main([str(path), "--time-limit", "1"]) == 2
    assert f"Bad.txt:{line}:" in capsys.readouterr().err


def test_a_file_that_is_not_utf8_text_names_its_line(tmp_path, capsys):
    path = tmp_path / "Latin1.txt"
    path.write_bytes(TINY.replace("# a week", "# une semaine d\u00e9j\u00e0").encode("latin-1"))
    with pytest.raises(InstanceError) as error:
        parse(path)
    assert error.value.line == 1 and "not UTF-8" in str(error.value)
    assert curtois.main([str(path), "--time-limit", "1"]) == 2
    assert "Latin1.txt:1: not UTF-8" in capsys.readouterr().err


@pytest.mark.parametrize("arguments, words", [
    (["--time-limit", "-3"], "--time-limit: must be positive"),
    (["--time-limit", "0"], "--time-limit: must be positive"),
    (["--time-limit", "soon"], "expected a positive number, got 'soon'"),
    (["--workers", "0"], "--workers: must be positive"),
    (["--out", "{tmp}/no/such/folder/x.json"], "does not exist"),
    (["--write-results"], "use it with --all"),
])
def test_bad_arguments_stop_before_solving(tmp_path, capsys, monkeypatch, arguments, words):
    monkeypatch.setattr(curtois, "solve", lambda *a, **k: pytest.fail("solved despite bad arguments"))
    path = tmp_path / "Instance1.txt"
    path.write_bytes(TINY.encode())
    with pytest.raises(SystemExit) as stop:
        curtois.main([str(path)] + [a.format(tmp=tmp_path) for a in arguments])
    assert stop.value.code == 2 and words in capsys.readouterr().err


@pytest.mark.parametrize("arguments, words", [
    (["--first", "5", "--last", "2"], "--first 5 is after --last 2"),
    (["--out", "x.json"], "give INSTANCE instead of --all"),
    (["--dir", "{tmp}/missing"], "no such folder"),
    (["--dir", "{tmp}", "--first", "3", "--last", "4"], "none of Instance3.txt .. Instance4.txt"),
])
def test_bad_all_arguments_stop_before_solving(tmp_path, capsys, monkeypatch, arguments, words):
    monkeypatch.setattr(curtois, "solve", lambda *a, **k: pytest.fail("solved despite bad arguments"))
    (tmp_path / "Instance1.txt").write_bytes(TINY.encode())
    with pytest.raises(SystemExit) as stop:
        curtois.main(["--all"] + [a.format(tmp=tmp_path) for a in arguments])
    assert stop.value.code == 2 and words in capsys.readouterr().err


def test_a_roster_without_a_proven_bound_is_written_with_the_bound_zero(tmp_path, monkeypatch):
    # Instance21 in the twelfth round's table: the first roster came from local search and the
    # search after it proved no bound; every weight is non-negative, so 0 bounds every roster.
    path = tmp_path / "Tiny.txt"
    path.write_bytes(TINY.encode())
    solved = curtois.solve
    monkeypatch.setattr(curtois, "solve", lambda *a, **k: dataclasses.replace(solved(*a, **k), best_bound=None))
    out = tmp_path / "solution.json"
    assert curtois.main([str(path), "--time-limit", "5", "--out", str(out)]) == 0
    written = json.loads(out.read_text())
    assert written["objective"] == 208 and written["best_bound"] == 0


def test_an_instance_without_any_roster_is_reported_as_such(tmp_path, capsys):
    # A may work no shift at all (MaxShifts 0 of each) yet must work 1440 minutes.
    path = tmp_path / "Instance0.txt"
    path.write_bytes(TINY.replace("A,D=5|N=0,", "A,D=0|N=0,").encode())
    out = tmp_path / "solution.json"
    assert curtois.main([str(path), "--time-limit", "5", "--out", str(out)]) == 1
    written = json.loads(out.read_text())
    assert written["status"] == "infeasible" and written["objective"] is None and written["roster"] is None
    assert "no roster keeps every hard rule (proven)" in capsys.readouterr().err


def test_results_table_goes_into_its_own_section_only(tmp_path, monkeypatch):
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\n\n## Other\n\nkept\n")
    monkeypatch.setattr(curtois, "RESULTS", results)
    row = {"instance": "Instance1", "objective": 607, "best_bound": 607.0, "status": "optimal",
           "wall_time_s": 0.5, "workers": 8}
    curtois.write_results_table(curtois._table([row], 60), "cmd")
    curtois.write_results_table(curtois._table([row], 60), "cmd2")
    text = results.read_text()
    assert "kept" in text and text.count("| Instance1 | 607 | 607 | 607 | 0.0 % |") == 1 and "cmd2" in text
