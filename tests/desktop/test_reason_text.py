"""The engine's English reasons appear in Vietnamese on the screens (and unchanged in English)."""
import pytest

from desktop import i18n
from desktop.reason_text import reason_text


@pytest.fixture
def vietnamese(qapp):
    i18n.install("vi")
    yield
    i18n.install("vi")


def test_counted_reasons_in_vietnamese(vietnamese):
    assert reason_text("4 volunteers on leave") == "4 đang nghỉ (nghỉ phép, thi, ốm…)"
    assert reason_text("3 not available on Thursday morning (AM)") == "3 không rảnh sáng thứ Năm (ca AM)"
    assert reason_text("2 at their weekly maximum") == "2 đã đủ số ca tối đa trong tuần"
    assert reason_text("1 lacks the skill vneid") == "1 thiếu kỹ năng vneid"
    assert reason_text('only 1 free for "at least 2 police"') == \
        "chỉ 1 người rảnh cho yêu cầu \u201cít nhất 2 công an\u201d"


def test_an_unknown_phrase_is_shown_as_written(vietnamese):
    assert reason_text("5 abducted by aliens") == "5 abducted by aliens"


def test_english_keeps_the_engines_words(qapp):
    i18n.install("en")
    try:
        assert reason_text("3 volunteers on leave") == "3 on leave"
        assert reason_text("2 not available on Friday") == "2 not available on Friday"
    finally:
        i18n.install("vi")


def test_every_reason_the_engine_writes_has_a_pattern():
    """Reasons of a solve that is short of people all match a known phrase."""
    import datetime as dt

    from desktop.reason_text import PHRASES, _COUNTED
    from models.bridge import problem_from_workspace
    from models.demo import demo_workspace
    from scheduler import solve

    doc = demo_workspace()
    for volunteer in doc["volunteers"][5:]:
        volunteer["unavailable"] = [{"from": "2026-11-23", "to": "2026-11-29", "reason": "Ốm"}]
    solution = solve(problem_from_workspace(doc, dt.date(2026, 11, 23), dt.date(2026, 11, 29)), time_limit=5)
    reasons = [r for gap in solution.unfilled for r in gap.reasons]
    assert reasons
    for reason in reasons:
        counted = _COUNTED.match(reason)
        phrase = counted["phrase"] if counted and not reason.startswith("only ") else reason
        assert any(p.match(phrase) for p, _ in PHRASES), reason
