"""Ranked candidates for one seat: who is offered (available, under their limits, fewest duties
first) and, grouped by reason, who is not and why."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.messages import Names
from desktop.reason_text import phrase_text
from desktop.qtmodels.roster_board_model import rule_label
from desktop.views.labels import role_label
from models.roster_edits.live_check import Candidate


class CandidatesDialog(QDialog):
    def __init__(self, title: str, candidates: list[Candidate], parent=None):
        super().__init__(parent)
        self.setObjectName("candidatesDialog")
        self.setWindowTitle(self.tr("Candidates"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        offered = [c for c in candidates if c.offered]
        self._add_heading(layout, title, len(offered))
        self._add_tree(layout)
        first = self._fill_offered(offered)
        names = Names(getattr(parent, "board", None))  # skills and shifts by name in the reasons
        self._fill_not_offered(candidates, names)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._add_buttons(layout)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.accept() if self.chosen() else None)

    def _add_heading(self, layout, title: str, offered: int) -> None:
        """The seat's title above the line saying how many volunteers can take it."""
        heading = QLabel(title, self)
        heading.setProperty("dataLabel", True)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        hint = QLabel(self.tr("{count} volunteers can take this seat, fewest duties first. Double-click to assign.")
                      .format(count=offered), self)
        layout.addWidget(hint)

    def _add_tree(self, layout) -> None:
        """The candidates list: volunteer, role, duties in the period and a note."""
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("candidates")
        self.tree.setHeaderLabels([self.tr("Volunteer"), self.tr("Role"), self.tr("Duties"), self.tr("Note")])
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 220)
        layout.addWidget(self.tree, 1)

    def _fill_offered(self, offered: list[Candidate]) -> QTreeWidgetItem | None:
        """One row per volunteer offered, noting a wish the seat meets or goes against; returns
        the first row."""
        first = None
        for c in offered:
            notes = []
            if "preferences" in c.soft:
                notes.append(self.tr("prefers this"))
            if "avoids" in c.soft or "avoidances" in c.soft:
                notes.append(self.tr("would rather avoid this"))
            item = QTreeWidgetItem([c.name, role_label(c.role), str(c.duties), ", ".join(notes)])
            item.setData(0, Qt.ItemDataRole.UserRole, c.volunteer)
            self.tree.addTopLevelItem(item)
            first = first or item
        return first

    def _fill_not_offered(self, candidates: list[Candidate], names: Names) -> None:
        """The volunteers not offered, greyed out and grouped under the rule and reason that keep
        them off, each group with its count."""
        groups: dict[str, QTreeWidgetItem] = {}
        for c in candidates:
            if c.offered:
                continue
            key = f"{c.rule}: {c.reason}"
            group = groups.get(key)
            if group is None:
                group = QTreeWidgetItem([self.tr("Not offered — {rule}").format(rule=rule_label(c.rule)), "", "",
                                         phrase_text(c.reason, names)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setForeground(0, Qt.GlobalColor.darkGray)
                groups[key] = group
                self.tree.addTopLevelItem(group)
            child = QTreeWidgetItem([c.name, role_label(c.role), str(c.duties),
                                     phrase_text(c.reason, names)])
            child.setFlags(Qt.ItemFlag.ItemIsEnabled)
            child.setForeground(0, Qt.GlobalColor.darkGray)
            group.addChild(child)
        for group in groups.values():
            group.setText(2, str(group.childCount()))

    def _add_buttons(self, layout) -> None:
        """The buttons at the bottom: Assign and Cancel."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def accept(self) -> None:
        if self.chosen():
            super().accept()
