"""Hostile workspace files (tests/workspace_fuzz.py) thrown at `import` and `import --merge`:
each is refused with the checker's errors and leaves the database as it was, or is accepted
and then works with every later command. Never an internal error."""
from __future__ import annotations

import contextlib
import io
import json
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import run
from models.db import open_database
from models.entities import Base
from models.workspace import (
    MAX_FILE_BYTES,
    WorkspaceInvalid,
    import_workspace,
    read_workspace_file,
)
from tests.workspace_fuzz import CLASSES, WEEK, _dump, base_workspace, mutants

SEED = 32
PER_CLASS = 18            # 17 classes x 18 = 306 files, each imported in both modes
DOWNSTREAM_PER_CLASS = 2  # accepted files of each class run through every later command
LATER_COMMANDS = (
    ["check"], ["solve", "--time-limit", "0.5", "--workers", "1"],
    ["pdf", "center", "-o", "{out}/center.pdf"], ["pdf", "volunteers", "-o", "{out}/volunteers.pdf"],
    ["pdf", "events", "-o", "{out}/events.pdf"], ["pdf", "stats", "-o", "{out}/stats.pdf"],
    ["xlsx", "-o", "{out}/roster.xlsx"], ["ics", "-o", "{out}/ics"],
)


def cli(db: Path, *args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = run(["--db", str(db), *args])
    return code, err.getvalue()


def fingerprint(database) -> list:
    """Every row of every table, in primary-key order."""
    with database.engine.connect() as connection:
        return [list(connection.execute(select(table).order_by(*table.primary_key.columns)))
                for table in Base.metadata.sorted_tables]


class _Undo(Exception):
    """Rolls an accepted import back, so the next file meets the same database."""


def try_import(database, path: Path, merge: bool) -> bool:
    """True when the file is accepted (its writes are flushed, then rolled back); False when it
    is refused with the checker's errors. Any other exception is what the command line would
    report as an internal error (exit 70)."""
    try:
        doc = read_workspace_file(path)
        with database.session() as session:
            import_workspace(session, doc, merge=merge, source=path.name)
            raise _Undo
    except WorkspaceInvalid as exc:
        assert exc.errors and all(error.path and error.message for error in exc.errors)
        return False
    except _Undo:
        return True


def test_hostile_files_are_refused_cleanly_or_work_with_every_command(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'fuzz.sqlite'}")
    with database.session() as session:
        import_workspace(session, base_workspace(), source="base")
    baseline = fingerprint(database)
    accepted: dict[str, list[tuple[Path, bool]]] = defaultdict(list)
    tried = defaultdict(int)
    for index, mutant in enumerate(mutants(SEED, PER_CLASS)):
        path = tmp_path / f"{index:03d}-{mutant.kind}.json"
        path.write_bytes(mutant.data())
        tried[mutant.kind] += 1
        for merge in (False, True):
            if try_import(database, path, merge):
                accepted[mutant.kind].append((path, merge))
            else:
                assert fingerprint(database) == baseline, f"{path.name} (merge={merge}) changed the database"
            if mutant.valid_hint:
                assert accepted[mutant.kind] and accepted[mutant.kind][-1] == (path, merge), path.name
    database.dispose()
    assert sum(tried.values()) >= 300 and set(tried) == set(CLASSES)
    assert len(accepted["edge_but_valid"]) == 2 * PER_CLASS
    assert len(accepted["partial_merge"]) >= 3
    later_commands_work(tmp_path, accepted)


@pytest.mark.postgres
def test_hostile_files_on_postgresql_are_refused_or_stored(tmp_path, postgres_cluster):
    """PostgreSQL enforces column lengths, rejects NUL and NaN in JSON: what the checker lets
    through must store there too. Four files of every class, both modes."""
    database = open_database(postgres_cluster.new_database())
    try:
        with database.session() as session:
            import_workspace(session, base_workspace(), source="base")
        baseline = fingerprint(database)
        accepted = 0
        for index, mutant in enumerate(mutants(SEED + 2, 4)):
            path = tmp_path / f"{index:03d}-{mutant.kind}.json"
            path.write_bytes(mutant.data())
            for merge in (False, True):
                if try_import(database, path, merge):
                    accepted += 1
                else:
                    assert fingerprint(database) == baseline, f"{path.name} (merge={merge}) changed the database"
        assert accepted >= 2 * 4  # at least the values at the limits, in both modes
    finally:
        database.dispose()


def later_commands_work(tmp_path: Path, accepted: dict[str, list[tuple[Path, bool]]]) -> None:
    """A sample of accepted files of every class, each in its own database, through every command."""
    base = tmp_path / "base.json"
    base.write_text(_dump(base_workspace()), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    for kind, files in sorted(accepted.items()):
        for number, (path, merge) in enumerate(files[:DOWNSTREAM_PER_CLASS]):
            db = tmp_path / f"{kind}-{number}.sqlite"
            assert cli(db, "import", str(base))[0] == 0
            code, err = cli(db, "import", *(["--merge"] if merge else []), str(path))
            assert code == 0, err
            for command in LATER_COMMANDS:
                args = [arg.format(out=out) for arg in command] + ["--from", WEEK[0], "--to", WEEK[1]]
                code, err = cli(db, *args)
                assert code != 70 and "internal error" not in err and "Traceback" not in err, \
                    f"{path.name} (merge={merge}): {' '.join(command)} -> {code}: {err}"


def test_refusals_on_the_command_line_are_one_line_each_and_exit_1(tmp_path):
    db = tmp_path / "cli.sqlite"
    base = tmp_path / "base.json"
    base.write_text(_dump(base_workspace()), encoding="utf-8")
    assert cli(db, "import", str(base))[0] == 0
    seen: set[str] = set()
    for index, mutant in enumerate(mutants(SEED + 1, 3)):
        if mutant.kind in seen or mutant.valid_hint:
            continue
        path = tmp_path / f"{index}.json"
        path.write_bytes(mutant.data())
        code, err = cli(db, "import", "--merge", str(path))
        if code == 0:
            continue
        seen.add(mutant.kind)
        assert code == 1, err
        assert err.startswith("duty-roster: error: ") and "Traceback" not in err
        assert all(line.startswith("duty-roster: error: ") and len(line) < 400 for line in err.splitlines())
    assert len(seen) >= 14


def test_a_file_over_the_size_limit_is_refused_before_parsing(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.write(b'{"format": "duty-roster/workspace", "version": 1, "units": [')
        handle.truncate(MAX_FILE_BYTES + 10)
    with pytest.raises(WorkspaceInvalid, match="larger than 64 MB"):
        read_workspace_file(path)


@pytest.mark.parametrize("text,expected", [
    ("[" * 100_000 + "]" * 100_000, "nested"),
    ('{"format": "duty-roster/workspace", "version": 1, "rules": ' + "[" * 50 + "]" * 50 + "}", "nested more than"),
    ('{"format": "duty-roster/workspace", "version": ' + "9" * 5000 + "}", "5000 digits"),
    ('{"format": "duty-roster/workspace", "version": 1.0}', "unsupported version 1.0"),
])
def test_structural_limits_have_clear_messages(tmp_path, text, expected):
    path = tmp_path / "doc.json"
    path.write_text(text, encoding="utf-8")
    database = open_database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    try:
        with pytest.raises(WorkspaceInvalid) as caught:
            doc = read_workspace_file(path)
            with database.session() as session:
                import_workspace(session, doc)
        assert expected in str(caught.value), str(caught.value)
    finally:
        database.dispose()
    json.loads(json.dumps(str(caught.value)))  # the message is printable text


def test_a_file_name_that_is_not_utf8_is_printed_and_logged_readably(tmp_path):
    name = tmp_path / "b\udcffn.json"  # the byte 0xFF, as Python keeps it in a file name
    name.write_text(_dump(base_workspace()), encoding="utf-8")
    db = tmp_path / "names.sqlite"
    for args in (["import", str(name)], ["import", "--merge", str(name)]):
        code, err = cli(db, *args)
        assert code == 0, err
    code, err = cli(db, "import", str(tmp_path / "missing\udcff.json"))
    assert code == 1 and "missing\ufffd.json: $: file not found" in err
