"""The generate and re-plan summaries in a coordinator's words: progress as what is happening,
the result as seats filled and still empty (with the counted reasons), how evenly the duties
are spread against the limits, wishes met, and for a re-plan who was taken off which duty and
why, who was put on which duty in whose place. Score, bound and gap are technical details."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidgetItem

from desktop.messages import Names, number, percent, violation_text
from desktop.reason_text import reason_text
from scheduler.problem import Violation


def progress_words(progress, cover_weight: int) -> str:
    """What the search is doing, in words, with the time it has run; a best score below
    `cover_weight` (the points of one empty minimum seat) has every minimum seat filled."""
    seconds = number(round(progress.elapsed_s, 1))
    if progress.objective is not None and progress.objective < cover_weight:
        return QCoreApplication.translate(
            "SolveSummary", "A roster with every minimum seat filled is found; now balancing the duties "
            "between volunteers and meeting their wishes… ({seconds} s)").format(seconds=seconds)
    return QCoreApplication.translate(
        "SolveSummary", "Looking for a roster that fills every seat… ({seconds} s)").format(seconds=seconds)


def technical_progress(progress) -> str:
    text = QCoreApplication.translate("SolveSummary", "Best score {objective}, {count} rosters found").format(
        objective=number(progress.objective or 0), count=number(progress.solutions))
    return text + _bound_and_gap(progress.objective, progress.best_bound)


def technical_result(outcome) -> str:
    solution = outcome.solution
    text = QCoreApplication.translate("SolveSummary", "Score {objective}, {seconds} s").format(
        objective=number(solution.objective), seconds=number(round(solution.wall_time_s, 1)))
    return text + _bound_and_gap(solution.objective, solution.best_bound)


def _bound_and_gap(objective, bound) -> str:
    """", bound 12, gap 3,5 %" after a score; nothing while no bound is proven (early in a search,
    or a search stopped before it proved one)."""
    if bound is None:
        return ""
    text = QCoreApplication.translate("SolveSummary", ", bound {bound}").format(bound=number(round(bound)))
    if objective:
        text += QCoreApplication.translate("SolveSummary", ", gap {gap}").format(
            gap=percent(100 * (objective - bound) / abs(objective)))
    return text


def result_words(outcome, repair: bool) -> str:
    facts = outcome.facts
    if outcome.stopped:
        head = QCoreApplication.translate("SolveSummary", "Stopped: the best roster found so far is kept.")
    elif outcome.solution.status == "optimal":
        head = QCoreApplication.translate("SolveSummary", "Done: no better roster exists under these rules.")
    else:
        head = QCoreApplication.translate("SolveSummary", "Done: a good roster is found.")
    if repair:
        tail = QCoreApplication.translate("SolveSummary", "{added} put on a duty, {removed} taken off, {kept} kept.")
    else:
        tail = QCoreApplication.translate("SolveSummary", "{added} duties assigned, {removed} removed, {kept} kept.")
    counts = {"added": number(len(outcome.added)), "removed": number(len(outcome.removed)),
              "kept": number(outcome.kept)}
    text = f"{head} {tail.format(**counts)}"
    if facts is not None and facts.seats_missing:
        text += " " + QCoreApplication.translate("SolveSummary", "{missing} seats are still empty.").format(
            missing=number(facts.seats_missing))
    return text


def summary_items(outcome, names: Names, repair: bool) -> list[QTreeWidgetItem]:
    facts = outcome.facts
    items = [_seats(outcome, names)]
    if facts is not None:
        items += [_spread(facts, names), _wishes(facts)]
        if repair or facts.removed:
            items.append(_changes(facts, names))
    return items


def _seats(outcome, names: Names) -> QTreeWidgetItem:
    facts = outcome.facts
    gaps = outcome.solution.unfilled
    missing = sum(gap.missing for gap in gaps)
    needed = facts.seats_needed if facts is not None else missing
    top = _row([QCoreApplication.translate("SolveSummary", "Minimum seats filled: {filled} of {needed}").format(
        filled=number(needed - missing), needed=number(needed)), number(missing),
        QCoreApplication.translate("SolveSummary", "still empty") if missing else ""])
    for gap in gaps:
        where = names.duty(gap.shift, gap.event)
        reasons = [reason_text(reason, names) for reason in gap.reasons]
        child = _row([where, number(gap.missing), "; ".join(reasons)])
        child.setToolTip(0, "\n".join([where, *reasons]))
        top.addChild(child)
    if facts is not None and facts.target_wanted:
        top.addChild(_row([QCoreApplication.translate(
            "SolveSummary", "Seats up to the wished headcount filled: {filled} of {wanted}").format(
            filled=number(facts.target_filled), wanted=number(facts.target_wanted)),
            number(facts.target_wanted - facts.target_filled), ""]))
    return top


def _spread(facts, names: Names) -> QTreeWidgetItem:
    top = _row([QCoreApplication.translate(
        "SolveSummary", "Duties per volunteer: from {fewest} to {most}").format(
        fewest=number(facts.fewest), most=number(facts.most)), "",
        QCoreApplication.translate("SolveSummary", "{count} active volunteers share the duties").format(
            count=number(facts.people))])
    if facts.most_volunteer:
        if facts.most_limit is not None:
            text = QCoreApplication.translate(
                "SolveSummary", "The busiest, {name}, has {most} duties (their limit: at most {limit} in a week or month)")
        else:
            text = QCoreApplication.translate("SolveSummary", "The busiest, {name}, has {most} duties")
        top.addChild(_row([text.format(name=names.person(facts.most_volunteer), most=number(facts.most),
                                                  limit=number(facts.most_limit or 0)), "", ""]))
    return top


def _wishes(facts) -> QTreeWidgetItem:
    if not facts.wishes_unmet:
        return _row([QCoreApplication.translate("SolveSummary", "Every volunteer's wish is met"), "", ""])
    return _row([QCoreApplication.translate("SolveSummary", "Wishes not met: {count}").format(
        count=number(facts.wishes_unmet)), "",
        QCoreApplication.translate("SolveSummary", "see the Rules panel (warnings)")])


def _changes(facts, names: Names) -> QTreeWidgetItem:
    top = _row([QCoreApplication.translate("SolveSummary", "Changes: {removed} taken off, {added} put on").format(
        removed=number(len(facts.removed)), added=number(len(facts.added))), "", ""])
    for change in facts.removed:
        where = names.duty(*_ref(change))
        if change.rule:
            why = violation_text(Violation(change.rule, "", volunteer=change.volunteer, params=dict(change.params)),
                                 names, with_duty=False)
        else:
            why = QCoreApplication.translate("SolveSummary", "moved by the re-plan so that the rules hold")
        text = QCoreApplication.translate("SolveSummary", "− {name} taken off {duty}").format(
            name=names.person(change.volunteer), duty=where)
        top.addChild(_item(text, why))
    for change in facts.added:
        where = names.duty(*_ref(change))
        instead = facts.filled_for.get((change.volunteer, change.duty))
        why = QCoreApplication.translate("SolveSummary", "in place of {name}").format(name=names.person(instead)) \
            if instead else QCoreApplication.translate("SolveSummary", "fills an empty seat")
        text = QCoreApplication.translate("SolveSummary", "+ {name} put on {duty}").format(
            name=names.person(change.volunteer), duty=where)
        top.addChild(_item(text, why))
    return top


def _ref(change) -> tuple[str | None, str | None]:
    return (change.duty, None) if change.kind == "shift" else (None, change.duty)


def _item(text: str, why: str) -> QTreeWidgetItem:
    item = _row([text, "", why])
    item.setToolTip(0, f"{text}\n{why}")
    return item


def _row(values: list[str]) -> QTreeWidgetItem:
    """A summary line: what, how many, and why on a second, indented line (a tree cannot wrap
    a long line; a two-line cell it shows whole)."""
    text, count, why = values
    return QTreeWidgetItem([f"{text}\n      {why}" if why else text, count])
