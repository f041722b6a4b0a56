"""SQLAlchemy 2 ORM entities for everything a workspace holds, plus the append-only audit log.

Every mutable row carries a `version` used as SQLAlchemy's version counter: two coordinators
saving the same record on a shared database do not overwrite each other silently — the
second UPDATE matches no row and raises `StaleDataError`, which `models.db` turns into a
`ConflictError`.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Versioned:
    """Mixin: primary key, optimistic-locking version counter and timestamps."""

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


post_skill = Table(
    "post_skill",
    Base.metadata,
    Column("post_id", ForeignKey("post.id", ondelete="CASCADE"), primary_key=True),
    Column("skill_id", ForeignKey("skill.id", ondelete="RESTRICT"), primary_key=True),
)
volunteer_skill = Table(
    "volunteer_skill",
    Base.metadata,
    Column("volunteer_id", ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True),
    Column("skill_id", ForeignKey("skill.id", ondelete="RESTRICT"), primary_key=True),
)
volunteer_serves = Table(
    "volunteer_serves",
    Base.metadata,
    Column("volunteer_id", ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True),
    Column("center_id", ForeignKey("center.id", ondelete="CASCADE"), primary_key=True),
)


class Settings(Versioned, Base):
    """The workspace-wide settings: one row (holidays, rules, organisation)."""

    __tablename__ = "settings"
    holidays_country: Mapped[str] = mapped_column(String(8), default="VN")
    # rules: max_shifts_per_day, min_rest_hours, weights and the documented extensions
    rules: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # organisation block of the workspace file, or None when the file has none
    organisation: Mapped[dict[str, Any] | None] = mapped_column(default=None)


class HolidayOverride(Base):
    """A date the centers close although it is no public holiday, or open although it is."""

    __tablename__ = "holiday_override"
    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, unique=True)
    closed: Mapped[bool] = mapped_column(Boolean)


class Skill(Versioned, Base):
    __tablename__ = "skill"
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # Extension: an "experienced" skill that shifts of two or more should include (mix rule).
    mix: Mapped[bool] = mapped_column(Boolean, default=False)


class Unit(Versioned, Base):
    __tablename__ = "unit"
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Center(Versioned, Base):
    __tablename__ = "center"
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str | None] = mapped_column(String(32), default=None)
    closed_on_holidays: Mapped[bool] = mapped_column(Boolean, default=True)

    posts: Mapped[list[Post]] = relationship(
        back_populates="center", cascade="all, delete-orphan", order_by="Post.position"
    )
    templates: Mapped[list[ShiftTemplate]] = relationship(
        back_populates="center", cascade="all, delete-orphan", order_by="ShiftTemplate.position"
    )


class Post(Versioned, Base):
    __tablename__ = "post"
    __table_args__ = (UniqueConstraint("center_id", "code"),)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)

    center: Mapped[Center] = relationship(back_populates="posts")
    required_skills: Mapped[list[Skill]] = relationship(secondary=post_skill, order_by="Skill.code")


class ShiftTemplate(Versioned, Base):
    __tablename__ = "shift_template"
    __table_args__ = (UniqueConstraint("center_id", "code"),)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    start: Mapped[str] = mapped_column(String(5))  # HH:MM local time
    end: Mapped[str] = mapped_column(String(5))
    weekdays: Mapped[list[Any]] = mapped_column(default=list)  # ISO weekdays 1..7
    position: Mapped[int] = mapped_column(Integer, default=0)

    center: Mapped[Center] = relationship(back_populates="templates")
    demands: Mapped[list[Demand]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="Demand.id"
    )


class Demand(Versioned, Base):
    """Headcount of one post on one shift template."""

    __tablename__ = "demand"
    __table_args__ = (
        UniqueConstraint("template_id", "post_id"),
        CheckConstraint("min_count >= 0 AND min_count <= target AND target <= max_count", name="ordered"),
    )
    template_id: Mapped[int] = mapped_column(ForeignKey("shift_template.id", ondelete="CASCADE"))
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"))
    min_count: Mapped[int] = mapped_column("min_count", Integer)
    target: Mapped[int] = mapped_column(Integer)
    max_count: Mapped[int] = mapped_column("max_count", Integer)

    template: Mapped[ShiftTemplate] = relationship(back_populates="demands")
    post: Mapped[Post] = relationship()


class Event(Versioned, Base):
    __tablename__ = "event"
    __table_args__ = (CheckConstraint("team_min >= 0 AND team_min <= team_max", name="team_ordered"),)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start: Mapped[str] = mapped_column(String(5))
    end: Mapped[str] = mapped_column(String(5))
    location: Mapped[str] = mapped_column(String(300), default="")
    center_id: Mapped[int | None] = mapped_column(ForeignKey("center.id", ondelete="SET NULL"))
    team_min: Mapped[int] = mapped_column(Integer)
    team_max: Mapped[int] = mapped_column(Integer)

    center: Mapped[Center | None] = relationship()
    requirements: Mapped[list[EventRequirement]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventRequirement.position"
    )


class EventRequirement(Base):
    __tablename__ = "event_requirement"
    __table_args__ = (CheckConstraint("(role IS NULL) <> (skill_id IS NULL)", name="role_or_skill"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    role: Mapped[str | None] = mapped_column(String(16))
    skill_id: Mapped[int | None] = mapped_column(ForeignKey("skill.id", ondelete="RESTRICT"))
    min_count: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="requirements")
    skill: Mapped[Skill | None] = relationship()


class Volunteer(Versioned, Base):
    __tablename__ = "volunteer"
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(16), default="youth")
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))
    home_center_id: Mapped[int | None] = mapped_column(ForeignKey("center.id", ondelete="SET NULL"))
    # False: `serves` absent in the workspace (home center only, or any center without one)
    serves_listed: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # `limits` of the workspace: max_per_week, max_per_month, min_per_month and extensions
    limits: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # False: `weekly` absent (available every day); True: only the rows of `availability`
    weekly_listed: Mapped[bool] = mapped_column(Boolean, default=False)
    # prefers / avoids blocks of the workspace ({"weekdays": [...], "posts": [...]})
    prefers: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    avoids: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    # Extension: weighted requests for given dates ({"date", "shift", "weight", "on"}).
    requests: Mapped[list[Any] | None] = mapped_column(default=None)

    unit: Mapped[Unit | None] = relationship()
    home_center: Mapped[Center | None] = relationship()
    skills: Mapped[list[Skill]] = relationship(secondary=volunteer_skill, order_by="Skill.code")
    serves: Mapped[list[Center]] = relationship(secondary=volunteer_serves, order_by="Center.code")
    availability: Mapped[list[Availability]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan",
        order_by="[Availability.weekday, Availability.position]",
    )
    leave: Mapped[list[Leave]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan", order_by="[Leave.start, Leave.id]"
    )


class Availability(Base):
    """One entry of a volunteer's weekly pattern: a weekday and a template code (or "*")."""

    __tablename__ = "availability"
    __table_args__ = (
        UniqueConstraint("volunteer_id", "weekday", "template_code"),
        CheckConstraint("weekday BETWEEN 1 AND 7", name="weekday_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)
    template_code: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)

    volunteer: Mapped[Volunteer] = relationship(back_populates="availability")


class Leave(Base):
    """Inclusive date range in which a volunteer cannot serve (leave, exams, sickness)."""

    __tablename__ = "leave"
    __table_args__ = (CheckConstraint('"start" <= "end"', name="ordered"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id", ondelete="CASCADE"))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")

    volunteer: Mapped[Volunteer] = relationship(back_populates="leave")


class Assignment(Versioned, Base):
    """One volunteer on one shift (center, post, date, template) or on one event."""

    __tablename__ = "assignment"
    __table_args__ = (
        CheckConstraint(
            "(event_id IS NULL AND post_id IS NOT NULL AND template_id IS NOT NULL AND date IS NOT NULL)"
            " OR (event_id IS NOT NULL AND post_id IS NULL AND template_id IS NULL)",
            name="shift_or_event",
        ),
        UniqueConstraint("volunteer_id", "post_id", "template_id", "date", name="uq_assignment_shift"),
        UniqueConstraint("volunteer_id", "event_id", name="uq_assignment_event"),
    )
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id", ondelete="RESTRICT"), index=True)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("shift_template.id", ondelete="CASCADE"))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(16), default="import")  # solver | hand | import

    volunteer: Mapped[Volunteer] = relationship()
    post: Mapped[Post | None] = relationship()
    template: Mapped[ShiftTemplate | None] = relationship()
    event: Mapped[Event | None] = relationship()


class ShiftResult(Versioned, Base):
    """What a shift achieved, entered after it: one row per center, date and template."""

    __tablename__ = "shift_result"
    __table_args__ = (UniqueConstraint("center_id", "date", "template_id"),)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    template_id: Mapped[int] = mapped_column(ForeignKey("shift_template.id", ondelete="CASCADE"))
    citizens_guided: Mapped[int] = mapped_column(Integer, default=0)
    dossiers_supported: Mapped[int] = mapped_column(Integer, default=0)
    vneid_activated: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    center: Mapped[Center] = relationship()
    template: Mapped[ShiftTemplate] = relationship()


class PublishedRoster(Base):
    """A frozen version of a period's roster, as printed and handed out."""

    __tablename__ = "published_roster"
    id: Mapped[int] = mapped_column(primary_key=True)
    published_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    published_by: Mapped[str] = mapped_column(String(100))
    date_from: Mapped[dt.date] = mapped_column(Date)
    date_to: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    # the workspace-format assignment entries of the period at publication time
    assignments: Mapped[list[Any]] = mapped_column(default=list)


class AuditEntry(Base):
    """Append-only log of changes: who, when, what (hand edits, solves, imports)."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp(), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))  # import, solve, assign, unassign, lock, ...
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_code: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
