"""The side panels of the roster board: the rules the roster breaks, and what changed since
the published version."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QMessageBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.messages import Names, violation_text
from desktop.qtmodels.roster_board_model import rule_label


class ViolationsPanel(QWidget):
    """Every violation of the board's period, hard ones first; choosing one shows its chip."""

    chosen = Signal(object)  # the Violation

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.soft = QCheckBox(self.tr("Show warnings (soft rules)"), self)
        self.soft.setObjectName("showSoft")
        layout.addWidget(self.soft)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("violations")
        self.tree.setHeaderLabels([self.tr("Rule"), self.tr("Detail")])
        self.tree.setColumnWidth(0, 170)
        layout.addWidget(self.tree, 1)
        # The chosen violation in full (the Detail column is narrow at 1366×768).
        self.detail = QLabel(self)
        self.detail.setObjectName("violationDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.violations: list = []
        self.names = Names(None)
        self.soft.toggled.connect(lambda _on: self.show_violations(self.violations, self.names))
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)

    def show_violations(self, violations: list, names: Names | None = None) -> None:
        self.violations = list(violations)
        self.names = names or self.names
        self.tree.clear()
        hard = [v for v in violations if v.hard]
        soft = [v for v in violations if not v.hard]
        groups = [(self.tr("Rules broken ({count})").format(count=len(hard)), hard, True)]
        if self.soft.isChecked():
            groups.append((self.tr("Warnings ({count})").format(count=len(soft)), soft, False))
        for title, items, expanded in groups:
            top = QTreeWidgetItem([title, ""])
            self.tree.addTopLevelItem(top)
            for v in items[:2000]:
                text = violation_text(v, self.names)
                child = QTreeWidgetItem([rule_label(v.rule), text])
                child.setToolTip(1, text)
                child.setData(0, Qt.ItemDataRole.UserRole, v)
                if v.hard:
                    child.setForeground(0, Qt.GlobalColor.darkRed)
                top.addChild(child)
            top.setExpanded(expanded)
        first = self.tree.topLevelItem(0).child(0) if self.tree.topLevelItem(0) else None
        self.detail.setText(f"{first.text(0)}: {first.text(1)}" if first is not None else "")

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        violation = item.data(0, Qt.ItemDataRole.UserRole)
        if violation is not None:
            self.detail.setText(f"{item.text(0)}: {item.text(1)}")
            self.chosen.emit(violation)


class ChangesPanel(QListWidget):
    """Assignments added or removed since the published version."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("changes")

    def show_changes(self, board, changes) -> None:
        self.clear()
        if board is None or board.publication is None:
            self.addItem(self.tr("The roster of this period has not been published yet."))
            return
        if not changes.count:
            self.addItem(self.tr("No change since the published version."))
            return
        names = Names(board)
        for volunteer, key in sorted(changes.added):
            seat = names.event(key) if names.events.get(key) else names.shift(key)
            self.addItem(self.tr("+ {name} on {seat}").format(name=board.name_of(volunteer), seat=seat))
        for entry in changes.removed:
            seat = names.event(entry["event"]) if entry.get("event") else \
                names.shift(f"{entry['center']}/{entry['post']}/{entry['date']}/{entry['shift']}")
            self.addItem(self.tr("− {name} off {seat}").format(name=board.name_of(entry["volunteer"]), seat=seat))


def break_rules_box(parent, violations: list, names: Names) -> QMessageBox:
    """The question before a hand edit that breaks hard rules, each rule in words (not yet shown)."""
    lines = "\n".join(f"• {rule_label(v.rule)}: {violation_text(v, names)}" for v in violations[:6])
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("RosterBoardPage", "This edit breaks a rule"),
                      QCoreApplication.translate(
                          "RosterBoardPage", "This edit breaks rules that the solver never breaks:\n{rules}\n\n"
                          "Do it anyway?").format(rules=lines),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("breakRulesQuestion")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box
