"""OR-Tools CP-SAT rostering engine on plain data classes (no database, no Qt)."""
from scheduler.problem import (
    ROLES,
    Assignment,
    Center,
    CountWindow,
    Demand,
    Event,
    FixedDuty,
    Leave,
    Problem,
    Requirement,
    Rules,
    Shift,
    ShiftRequest,
    Solution,
    Unfilled,
    Violation,
    Volunteer,
    VolunteerTotals,
    Weights,
)
from scheduler.solve import Progress, solve
from scheduler.validate import validate

__all__ = [
    "ROLES", "Assignment", "Center", "CountWindow", "Demand", "Event", "FixedDuty", "Leave",
    "Problem", "Requirement", "Rules", "Shift", "ShiftRequest", "Solution", "Unfilled",
    "Violation", "Volunteer", "VolunteerTotals", "Weights",
    "Progress", "solve", "validate",
]
