"""The center roster lists the outreach events the center hosts (in the PDF and through
`duty-roster pdf center`), and a shift named "Ca chiều" never prints as "Ca trực Ca chiều"."""
from __future__ import annotations

import datetime as dt

import exports
from desktop.cli import run
from models import print_data
from tests.exports.conftest import PERIOD, make_workspace
from tests.exports.pdf_text import all_text

EVENT = "Tuyên truyền VNeID tại THPT Hòn Gai"


def test_the_center_roster_lists_its_outreach_event_with_the_team():
    workspace = make_workspace()
    rosters = print_data.center_rosters(workspace, *PERIOD)
    host = next(r for r in rosters if r.events)
    assert [e.name for e in host.events] == [EVENT]
    assert all(not r.events for r in rosters if r is not host)  # only the hosting center lists it
    team = {a["volunteer"] for a in workspace["assignments"] if a.get("event") == "OUT-1128"}
    assert team and {p.code for p in host.events[0].team} == team
    text = all_text(exports.render_center_rosters([host]))
    assert "Hoạt động lưu động" in text and EVENT in text and "Trường THPT Hòn Gai" in text
    names = {p["code"]: p["name"] for p in workspace["volunteers"]}
    for code in team:
        assert names[code] in text


def test_an_event_outside_the_period_is_left_out():
    rosters = print_data.center_rosters(make_workspace(), PERIOD[0], dt.date(2026, 11, 27))
    assert not any(r.events for r in rosters)


def test_pdf_center_from_the_command_line_has_the_event(tmp_path):
    from models.db import open_database
    from models.workspace import import_workspace

    db = open_database(str(tmp_path / "roster.sqlite"))
    with db.session() as session:
        import_workspace(session, make_workspace())
    db.dispose()
    target = tmp_path / "center.pdf"
    assert run(["pdf", "center", "--from", "2026-11-23", "--to", "2026-11-29", "--center", "HCC",
                "-o", str(target), "--db", str(tmp_path / "roster.sqlite")]) == 0
    assert EVENT in all_text(target.read_bytes())


def test_a_shift_named_ca_chieu_is_not_doubled():
    workspace = make_workspace()
    for center in workspace["centers"]:
        for template in center["shift_templates"]:
            if template["code"] == "PM":
                template["name"] = "Ca chiều"
    schedules = print_data.personal_schedules(workspace, *PERIOD)
    text = all_text(exports.render_personal_schedules(schedules))
    assert "Ca chiều" in text and "Ca trực Ca" not in text
    assert "Ca trực Sáng" in text  # a bare name still says what it is
    calendar = b"".join(exports.volunteer_calendar(s, dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
                        for s in schedules).decode()
    assert "Trực ca chiều" in calendar and "ca Ca" not in calendar
