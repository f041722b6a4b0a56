"""Table models tested without any view."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.qtmodels.shift_result_table_model import COL_DOSSIERS, ShiftResultTableModel
from desktop.qtmodels.volunteer_table_model import COL_ACTIVE, COL_NAME, COL_ROLE, VolunteerTableModel
from models.repository.results import ShiftResultRow
from models.repository.volunteers import VolunteerRow


def row(id_, name, role="youth", active=True, unit="TD"):
    return VolunteerRow(id_, 1, f"V{id_:03d}", name, unit, "Tỉnh đoàn", role, "", "", (), "HCC", (), active, False)


def names(model):
    return [model.index(i, COL_NAME).data() for i in range(model.rowCount())]


def test_search_filters_and_given_name_order(context):
    model = VolunteerTableModel()
    model.set_volunteers([row(1, "Nguyễn Thị Thắng"), row(2, "Trần Văn Bình", role="police"),
                          row(3, "Lê Thị Ánh", active=False), row(4, "Phạm Anh")])
    model.set_filter("")
    assert names(model) == ["Lê Thị Ánh", "Phạm Anh", "Trần Văn Bình", "Nguyễn Thị Thắng"]
    model.set_filter("nguyen thi thang")
    assert names(model) == ["Nguyễn Thị Thắng"]
    model.set_filter("", role="police")
    assert names(model) == ["Trần Văn Bình"]
    model.set_filter("", active=True)
    assert "Lê Thị Ánh" not in names(model)
    model.set_filter("")
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Nguyễn Thị Thắng"


def test_headers_and_values_in_vietnamese(context):
    model = VolunteerTableModel()
    model.set_volunteers([row(1, "Nguyễn Thị Thắng", active=False)])
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Họ và tên"
    assert model.index(0, COL_ROLE).data() == "Đoàn viên"
    assert model.index(0, COL_ACTIVE).data() == "Ngừng hoạt động"


def test_result_model_edits_are_kept_until_saved(context):
    model = ShiftResultTableModel()
    model.set_results([ShiftResultRow("HCC", dt.date(2026, 11, 23), "AM", "Sáng")])
    assert model.index(0, COL_DOSSIERS).data() == ""
    assert not model.setData(model.index(0, COL_DOSSIERS), "-3")
    assert model.setData(model.index(0, COL_DOSSIERS), "12")
    assert model.edited_rows()[0].dossiers_supported == 12
