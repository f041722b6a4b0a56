"""Screens outside the board that showed codes or lost characters: a center's level by name,
skills and home centers by name in the volunteers table, "&" kept in the Go menu, and the
Settings weights the engine uses by default shown, not 0."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.qtmodels.volunteer_table_model import COL_CENTER, COL_SKILLS
from models import repository


def test_the_level_of_a_center_is_shown_by_name_and_stored_as_its_word(window, context):
    page = window.show_page("centers").centers_tab
    page.level.setText("province")
    assert page.level.currentText() == "Tỉnh / thành phố" and page.level.text() == "province"
    page.level.setEditText("cụm xã")  # any other level is kept as written
    assert page.level.text() == "cụm xã"


def test_the_volunteers_table_gives_skills_and_centers_by_name(window, context):
    page = window.show_page("volunteers")
    model = page.model
    rows = [model.index(r, COL_SKILLS).data() for r in range(model.rowCount())]
    assert "Hướng dẫn VNeID" in " ".join(rows) and "vneid" not in " ".join(rows)
    centers = {model.index(r, COL_CENTER).data() for r in range(model.rowCount())}
    assert not {c.code for c in repository.list_centers(context.db)} & centers


def test_the_go_menu_keeps_the_ampersand_of_a_title(window):
    go = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Đi tới" in a.text().replace("&", ""))
    texts = [a.text() for a in go.actions()]
    assert "Trung tâm && vị trí trực" in texts  # shown as "Trung tâm & vị trí trực"


def test_settings_show_the_weight_the_engine_uses_when_the_workspace_gives_none(window, context):
    from scheduler.problem import Weights

    page = window.show_page("settings")
    assert "mix" not in repository.get_settings(context.db).weights
    assert page.weights["mix"].value() == Weights().mix > 0
    assert page.current_form().weights.get("mix") is None  # unchanged: nothing new written
    page.weights["mix"].setValue(0)
    assert page.current_form().weights["mix"] == 0


def test_a_posts_required_skills_are_shown_and_typed_by_name(window, context):
    page = window.show_page("centers").centers_tab
    hcc = next(c for c in repository.list_centers(context.db) if c.code == "HCC")
    page.load(hcc.id)
    shown = [page.posts.item(r, 2).text() for r in range(page.posts.rowCount())]
    assert "Hướng dẫn VNeID" in shown and "vneid" not in " ".join(shown)
    form = page.current_form()
    assert {p.code: p.required_skills for p in form.posts}["F2"] == ("vneid",)  # stored as codes
    assert page._skill_codes("huong dan vneid, dvc, bơi lội") == ("vneid", "dvc", "bơi lội")
