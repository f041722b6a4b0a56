"""An editable list of coded names (skills, units): add a line, rename in place, tick a flag,
delete a line nobody uses. The data layer does the checks; a refused delete or a bad line
shows its message under the list."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.partials import messages
from desktop.views.partials.form_errors import ErrorLabel, FormErrors

ROLE = Qt.ItemDataRole.UserRole
COL_CODE, COL_NAME = 0, 1


class CodeNameList(QGroupBox):
    """`load()` gives rows (SkillRow/UnitRow), `save(rows)` stores new and renamed ones,
    `delete(id, version)` removes one; `usage(row)` says where a row is used. With
    `flag_title` a checkable column edits the rows' `mix`."""

    changed = Signal()  # something was saved or deleted

    def __init__(self, title: str, *, kind: str, load: Callable, save: Callable, delete: Callable,
                 new_row: Callable[[str, str], object], usage: Callable[[object], str],
                 flag_title: str | None = None, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.kind, self._load, self._save, self._delete = kind, load, save, delete
        self._new_row, self._usage, self.has_flag = new_row, usage, flag_title is not None
        self.setObjectName(f"{kind}List")
        layout = QVBoxLayout(self)
        headers = [self.tr("Code"), self.tr("Name"), *([flag_title] if flag_title else []), self.tr("Used by")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(f"{kind}Table")
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(180)
        layout.addWidget(self.table)
        self.error = ErrorLabel(self)
        self.errors = FormErrors(self.error)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"), self)
        self.delete_button = QPushButton(self.tr("Delete selected"), self)
        self.save_button = QPushButton(self.tr("Save changes"), self)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_line)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.reload()

    @property
    def usage_column(self) -> int:
        return 3 if self.has_flag else 2

    def reload(self) -> None:
        self.errors.clear()
        self.table.setRowCount(0)
        for row in self._load():
            self._append(row)

    def _append(self, row) -> int:
        index = self.table.rowCount()
        self.table.insertRow(index)
        code = QTableWidgetItem(row.code)
        code.setData(ROLE, row)
        if row.id is not None:  # the code is the stable key of a stored line
            code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(index, COL_CODE, code)
        self.table.setItem(index, COL_NAME, QTableWidgetItem(row.name))
        if self.has_flag:
            flag = QTableWidgetItem()
            flag.setFlags((flag.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
            flag.setCheckState(Qt.CheckState.Checked if row.mix else Qt.CheckState.Unchecked)
            self.table.setItem(index, 2, flag)
        usage = QTableWidgetItem(self._usage(row))
        usage.setFlags(usage.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(index, self.usage_column, usage)
        return index

    def add_line(self) -> int:
        """A new empty line, ready to type its code."""
        index = self._append(self._new_row("", ""))
        self.table.setCurrentCell(index, COL_CODE)
        self.table.editItem(self.table.item(index, COL_CODE))
        return index

    def row_at(self, index: int):
        """The line as it stands in the table."""
        stored = self.table.item(index, COL_CODE).data(ROLE)
        values = {"code": self.table.item(index, COL_CODE).text().strip(),
                  "name": self.table.item(index, COL_NAME).text()}
        if self.has_flag:
            values["mix"] = self.table.item(index, 2).checkState() == Qt.CheckState.Checked
        return dataclasses.replace(stored, **values)

    def edited_rows(self) -> list:
        rows = [(self.table.item(i, COL_CODE).data(ROLE), self.row_at(i)) for i in range(self.table.rowCount())]
        return [now for before, now in rows if before.id is None or now != before]

    def save(self) -> bool:
        self.errors.clear()
        rows = self.edited_rows()
        if not rows:
            return True
        return messages.save_through(self, self.errors, lambda: self._save(rows), reload=self.reload,
                                     on_saved=self._saved)

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def delete_selected(self) -> bool:
        self.errors.clear()
        index = self.table.currentRow()
        if index < 0:
            return False
        row = self.table.item(index, COL_CODE).data(ROLE)
        if row.id is None:
            self.table.removeRow(index)
            return True
        return messages.save_through(self, self.errors, lambda: self._delete(row.id, row.version),
                                     reload=self.reload, on_saved=self._saved)
