"""The queries and saves the desktop screens call: plain data out, validated forms in, each
save in one transaction, a stale form (someone else saved since it was read) refused with
ConflictError instead of overwriting.

Screens never hold ORM rows: every query returns frozen dataclasses, every save takes a form
dataclass carrying the `version` it was read at. Validation problems are raised together as
`ValidationFailed`, one `FieldError` per form field, so a screen can show each message next to
its field. Messages are English templates marked with QT_TRANSLATE_NOOP (a plain no-op here,
recognised by pyside6-lupdate; see models/form_errors.py) so the GUI can translate them before
formatting.
"""
from __future__ import annotations

from models.db import ConflictError
from models.form_errors import FieldError, ValidationFailed
from models.repository.availability import AvailabilityForm, LeaveRange, get_availability, save_availability
from models.repository.centers import (
    CenterForm,
    DemandForm,
    PostForm,
    TemplateForm,
    CenterShiftTemplate,
    get_center,
    list_centers,
    list_templates,
    save_center,
    template_codes,
)
from models.repository.events import (
    EventForm,
    EventRow,
    RequirementForm,
    delete_event,
    get_event,
    list_events,
    save_event,
)
from models.repository.holidays import HolidaySettings, get_holiday_settings, public_holidays, save_holiday_settings
from models.repository.lists import (
    CodeName,
    SkillRow,
    UnitRow,
    delete_skill,
    delete_unit,
    list_skill_rows,
    list_skills,
    list_unit_rows,
    list_units,
    save_skills,
    save_units,
)
from models.repository.results import (
    PeriodTotal,
    ShiftResultRow,
    VolunteerCount,
    list_shift_results,
    result_totals,
    save_shift_results,
    volunteer_counts,
)
from models.repository.settings import SettingsForm, get_settings, save_settings
from models.repository.volunteers import (
    VolunteerForm,
    VolunteerRow,
    filter_volunteers,
    get_volunteer,
    insert_volunteers,
    list_volunteers,
    normalise_phone,
    save_volunteer,
    set_volunteer_active,
    sort_volunteers,
    validate_volunteer,
)
from models.volunteer_rules import ShiftRequest, WorkLimits
from models.workspace_schema import ROLES, TARGET_NAMES, WEIGHT_NAMES

__all__ = [
    "ROLES",
    "WEIGHT_NAMES",
    "TARGET_NAMES",
    "FieldError",
    "ValidationFailed",
    "ConflictError",
    "CodeName",
    "CenterShiftTemplate",
    "VolunteerRow",
    "VolunteerForm",
    "AvailabilityForm",
    "LeaveRange",
    "PostForm",
    "DemandForm",
    "TemplateForm",
    "CenterForm",
    "HolidaySettings",
    "EventRow",
    "EventForm",
    "RequirementForm",
    "ShiftResultRow",
    "PeriodTotal",
    "VolunteerCount",
    "SettingsForm",
    "WorkLimits",
    "ShiftRequest",
    "SkillRow",
    "UnitRow",
    "list_units",
    "list_skills",
    "list_centers",
    "list_templates",
    "list_volunteers",
    "filter_volunteers",
    "sort_volunteers",
    "get_volunteer",
    "save_volunteer",
    "set_volunteer_active",
    "get_availability",
    "save_availability",
    "get_center",
    "save_center",
    "get_holiday_settings",
    "save_holiday_settings",
    "public_holidays",
    "list_events",
    "get_event",
    "save_event",
    "delete_event",
    "list_shift_results",
    "save_shift_results",
    "result_totals",
    "volunteer_counts",
    "get_settings",
    "save_settings",
    "list_skill_rows",
    "save_skills",
    "delete_skill",
    "list_unit_rows",
    "save_units",
    "delete_unit",
    "template_codes",
    "validate_volunteer",
    "normalise_phone",
    "insert_volunteers",
]
