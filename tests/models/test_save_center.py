"""Saving a center form: every problem of the form reported at once, in the form's order, before
the checks against the database; a stale form refused; a save that keeps the rows of the posts,
shifts and headcounts it keeps (assignments and results point at them)."""
from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from models import entities as e
from models import repository as r
from models.db import ConflictError
from models.repository.common import (
    BAD_CODE,
    BAD_TIME,
    CODE_TAKEN,
    DUPLICATE_CODE,
    END_BEFORE_START,
    NO_WEEKDAY,
    ORDER_MIN_TARGET_MAX,
    REQUIRED,
    UNKNOWN_SKILL,
)
from tests.models.test_repository import db  # noqa: F401 (the example workspace, SQLite and PostgreSQL)


def problems(db, form: r.CenterForm) -> list[tuple[str, str, dict]]:
    with pytest.raises(r.ValidationFailed) as failure:
        r.save_center(db, form)
    return [(error.field, error.message, error.params) for error in failure.value.errors]


def hcc(db) -> r.CenterForm:
    return r.get_center(db, r.list_centers(db)[0].id)


def test_every_form_problem_is_reported_in_the_form_order_and_nothing_is_written(db):
    form = r.CenterForm(
        code="bad code", name=" ",
        posts=(r.PostForm("F1", "Tầng 1"), r.PostForm("F1", "")),
        templates=(r.TemplateForm("AM", "Sáng", "7:30", "11:30", (1,)),
                   r.TemplateForm("AM", "", "11:30", "07:30", (), {"F1": r.DemandForm(2, 1, 1)})))
    assert problems(db, form) == [
        ("code", BAD_CODE, {}),
        ("name", REQUIRED, {}),
        ("posts[0].code", DUPLICATE_CODE, {"code": "F1"}),
        ("posts[1].name", REQUIRED, {}),
        ("posts[1].code", DUPLICATE_CODE, {"code": "F1"}),
        ("templates[0].code", DUPLICATE_CODE, {"code": "AM"}),
        ("templates[0].start", BAD_TIME, {}),
        ("templates[1].name", REQUIRED, {}),
        ("templates[1].code", DUPLICATE_CODE, {"code": "AM"}),
        ("templates[1].end", END_BEFORE_START, {}),
        ("templates[1].weekdays", NO_WEEKDAY, {}),
        ("templates[1].demand.F1", ORDER_MIN_TARGET_MAX, {}),
    ]
    assert [c.code for c in r.list_centers(db)] == ["HCC"]


def test_database_checks_come_after_the_form_checks_code_first_then_skills(db):
    skilled = (r.PostForm("F1", "Tầng 1", ("nope", "vneid")), r.PostForm("F2", "Tầng 2", ("other",)))
    taken = r.CenterForm(code=" HCC ", name="", posts=skilled)
    assert problems(db, taken) == [("name", REQUIRED, {})]  # the form first: the code clash waits
    assert problems(db, dataclasses.replace(taken, name="Bản sao")) == [("code", CODE_TAKEN, {"code": "HCC"})]
    assert problems(db, dataclasses.replace(taken, code="NEW", name="Mới")) == [
        ("posts[0].required_skills", UNKNOWN_SKILL, {"code": "nope"}),
        ("posts[1].required_skills", UNKNOWN_SKILL, {"code": "other"}),
    ]
    assert [c.code for c in r.list_centers(db)] == ["HCC"]


def test_a_stale_form_is_refused(db):
    form = hcc(db)
    r.save_center(db, dataclasses.replace(form, name="Tên mới"))
    with pytest.raises(ConflictError):
        r.save_center(db, dataclasses.replace(form, name="Tên khác"))
    assert hcc(db).name == "Tên mới"


def test_a_form_of_a_center_deleted_meanwhile_is_refused_and_not_recreated(db):
    new_id = r.save_center(db, r.CenterForm(code="GONE", name="Điểm tạm"))
    form = r.get_center(db, new_id)
    with db.session() as session:
        session.delete(session.get(e.Center, new_id))
    with pytest.raises(ConflictError, match="deleted"):
        r.save_center(db, dataclasses.replace(form, name="Tên mới"))
    assert [c.code for c in r.list_centers(db)] == ["HCC"]


def test_a_new_center_is_stored_trimmed(db):
    new_id = r.save_center(db, r.CenterForm(
        code=" NEW ", name=" Điểm mới ", level=" ", closed_on_holidays=False,
        posts=(r.PostForm(" Q1 ", " Quầy 1 ", ("vneid",)),),
        templates=(r.TemplateForm(" PM ", " Chiều ", "13:30", "17:00", (3, 1), {"Q1": r.DemandForm(1, 2, 3)}),)))
    assert hcc(db).code == "HCC"
    assert r.get_center(db, new_id) == r.CenterForm(
        code="NEW", name="Điểm mới", level="", closed_on_holidays=False,
        posts=(r.PostForm("Q1", "Quầy 1", ("vneid",)),),
        templates=(r.TemplateForm("PM", "Chiều", "13:30", "17:00", (1, 3), {"Q1": r.DemandForm(1, 2, 3)}),),
        id=new_id, version=r.get_center(db, new_id).version)


def row_ids(db) -> tuple[dict, dict, dict]:
    with db.session() as s:
        posts = {p.code: p.id for p in s.scalars(select(e.Post))}
        templates = {t.code: t.id for t in s.scalars(select(e.ShiftTemplate))}
        demands = {(d.template.code, d.post.code): d.id for d in s.scalars(select(e.Demand))}
    return posts, templates, demands


def test_a_resave_keeps_the_rows_it_keeps_in_the_form_order(db):
    posts_before, templates_before, demands_before = row_ids(db)
    form = hcc(db)
    f1, f2 = form.posts
    am = form.templates[0]
    r.save_center(db, dataclasses.replace(
        form,
        posts=(dataclasses.replace(f2, name="Tầng hai", required_skills=("vneid", "vneid")), f1,
               r.PostForm("F3", "Tầng 3")),
        templates=(r.TemplateForm("PM", "Chiều", "13:30", "17:00", (5, 1, 1), {"F3": r.DemandForm(0, 1, 1)}),
                   dataclasses.replace(am, demand={"F2": r.DemandForm(1, 2, 2), "ZZ": r.DemandForm(1, 1, 1)}))))
    saved = hcc(db)
    assert saved.posts == (r.PostForm("F2", "Tầng hai", ("vneid",)), f1, r.PostForm("F3", "Tầng 3"))
    assert saved.templates == (
        r.TemplateForm("PM", "Chiều", "13:30", "17:00", (1, 5), {"F3": r.DemandForm(0, 1, 1)}),
        dataclasses.replace(am, demand={"F2": r.DemandForm(1, 2, 2)}))  # F1 left out, ZZ is no post
    assert saved.version == form.version + 1
    posts_after, templates_after, demands_after = row_ids(db)
    assert {code: posts_after[code] for code in ("F1", "F2")} == posts_before
    assert templates_after["AM"] == templates_before["AM"]
    assert demands_after[("AM", "F2")] == demands_before[("AM", "F2")]
    assert ("AM", "F1") not in demands_after
