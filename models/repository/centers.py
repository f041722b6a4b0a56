"""Centers with their posts, shift templates and demands: listing, reading and saving a center form."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.db import Database
from models.repository.common import (
    _TIME,
    CODE_TAKEN,
    DUPLICATE_CODE,
    END_BEFORE_START,
    NO_WEEKDAY,
    ORDER_MIN_TARGET_MAX,
    UNKNOWN_SKILL,
    _Errors,
    _form_row,
)
from models.repository.lists import CodeName


@dataclass(frozen=True)
class CenterShiftTemplate:
    """A shift template with the code of the center it belongs to (for pickers and filters)."""

    center_code: str
    code: str
    name: str
    start: str
    end: str
    weekdays: tuple[int, ...]


def list_centers(db: Database) -> list[CodeName]:
    with db.session() as s:
        return [CodeName(c.id, c.code, c.name) for c in s.scalars(select(e.Center).order_by(e.Center.code))]


def list_templates(db: Database, center_codes: list[str] | None = None) -> list[CenterShiftTemplate]:
    """Shift templates of the given centers (all when None), in center then position order."""
    with db.session() as s:
        query = select(e.ShiftTemplate, e.Center.code).join(e.Center).order_by(e.Center.code, e.ShiftTemplate.position)
        if center_codes is not None:
            query = query.where(e.Center.code.in_(center_codes))
        return [CenterShiftTemplate(code, t.code, t.name, t.start, t.end, tuple(t.weekdays)) for t, code in s.execute(query)]


def template_codes(s: Session) -> set[str]:
    """Shift-template codes of every center (what `max_per_shift`, requests and successions name)."""
    return set(s.scalars(select(e.ShiftTemplate.code)))


@dataclass(frozen=True)
class PostForm:
    code: str
    name: str
    required_skills: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemandForm:
    min: int
    target: int
    max: int


@dataclass(frozen=True)
class TemplateForm:
    code: str
    name: str
    start: str
    end: str
    weekdays: tuple[int, ...]
    demand: dict[str, DemandForm] = field(default_factory=dict)  # post code -> headcount


@dataclass(frozen=True)
class CenterForm:
    code: str
    name: str
    level: str = ""
    closed_on_holidays: bool = True
    posts: tuple[PostForm, ...] = ()
    templates: tuple[TemplateForm, ...] = ()
    id: int | None = None
    version: int | None = None


def get_center(db: Database, center_id: int) -> CenterForm:
    with db.session() as s:
        c = s.get(e.Center, center_id)
        return CenterForm(
            id=c.id, version=c.version, code=c.code, name=c.name, level=c.level or "",
            closed_on_holidays=c.closed_on_holidays,
            posts=tuple(PostForm(p.code, p.name, tuple(k.code for k in p.required_skills)) for p in c.posts),
            templates=tuple(TemplateForm(
                t.code, t.name, t.start, t.end, tuple(t.weekdays),
                {d.post.code: DemandForm(d.min_count, d.target, d.max_count) for d in t.demands})
                for t in c.templates))


def save_center(db: Database, form: CenterForm) -> int:
    """Check the form, then its code and skills against the database, then write the center, its
    posts and its shift templates with their headcounts; returns the center's id."""
    errors = _Errors()
    _check_center_form(form, errors)
    errors.raise_if_any()
    with db.session() as s, s.no_autoflush:
        code = form.code.strip()
        _check_code_free(s, code, form.id, errors)
        skills = _known_skills(s, form.posts, errors)
        errors.raise_if_any()
        center = _center_row(s, form, code)
        posts = _write_posts(center, form.posts, skills)
        _write_templates(center, form.templates, {p.code: p for p in posts})
        s.flush()
        return center.id


def _check_center_form(form: CenterForm, errors: _Errors) -> None:
    """The form's own problems, in the form's order: the center, then each post, then each shift."""
    errors.code("code", form.code.strip())
    errors.required("name", form.name)
    _check_posts(form.posts, errors)
    _check_templates(form.templates, errors)


def _check_posts(posts: tuple[PostForm, ...], errors: _Errors) -> None:
    post_codes = [p.code.strip() for p in posts]
    for index, post in enumerate(posts):
        errors.code(f"posts[{index}].code", post.code.strip())
        errors.required(f"posts[{index}].name", post.name)
        if post_codes.count(post.code.strip()) > 1:
            errors.add(f"posts[{index}].code", DUPLICATE_CODE, code=post.code)


def _check_templates(templates: tuple[TemplateForm, ...], errors: _Errors) -> None:
    template_codes = [t.code.strip() for t in templates]
    for index, template in enumerate(templates):
        prefix = f"templates[{index}]"
        errors.code(f"{prefix}.code", template.code.strip())
        errors.required(f"{prefix}.name", template.name)
        if template_codes.count(template.code.strip()) > 1:
            errors.add(f"{prefix}.code", DUPLICATE_CODE, code=template.code)
        errors.time(f"{prefix}.start", template.start)
        errors.time(f"{prefix}.end", template.end)
        if _TIME.match(template.start) and _TIME.match(template.end) and template.end <= template.start:
            errors.add(f"{prefix}.end", END_BEFORE_START)
        if not template.weekdays:
            errors.add(f"{prefix}.weekdays", NO_WEEKDAY)
        for post_code, demand in template.demand.items():
            if not 0 <= demand.min <= demand.target <= demand.max:
                errors.add(f"{prefix}.demand.{post_code}", ORDER_MIN_TARGET_MAX)


def _check_code_free(s: Session, code: str, center_id: int | None, errors: _Errors) -> None:
    """Refuse at once a code another center has (the skills are not checked then)."""
    clash = s.scalars(select(e.Center).where(e.Center.code == code)).first()
    if clash is not None and clash.id != center_id:
        errors.add("code", CODE_TAKEN, code=code)
        errors.raise_if_any()


def _known_skills(s: Session, posts: tuple[PostForm, ...], errors: _Errors) -> dict[str, e.Skill]:
    """Every skill by code; a post's required skill that is not among them is an error."""
    skills = {k.code: k for k in s.scalars(select(e.Skill))}
    for index, post in enumerate(posts):
        for skill in post.required_skills:
            if skill not in skills:
                errors.add(f"posts[{index}].required_skills", UNKNOWN_SKILL, code=skill)
    return skills


def _center_row(s: Session, form: CenterForm, code: str) -> e.Center:
    """The center's row, new or the stored one (refused when the form is stale), with the form's fields."""
    center = _form_row(s, e.Center, form, code=code)
    center.code, center.name = code, form.name.strip()
    center.level = form.level.strip() or None
    center.closed_on_holidays = form.closed_on_holidays
    return center


def _write_posts(center: e.Center, forms: tuple[PostForm, ...], skills: dict[str, e.Skill]) -> list[e.Post]:
    """The center's posts in the form's order; a post whose code is kept keeps its row."""
    old_posts = {p.code: p for p in center.posts}
    posts = []
    for position, post_form in enumerate(forms):
        post = old_posts.get(post_form.code.strip()) or e.Post(code=post_form.code.strip())
        post.name, post.position = post_form.name.strip(), position
        post.required_skills = [skills[k] for k in dict.fromkeys(post_form.required_skills)]
        posts.append(post)
    center.posts = posts
    return posts


def _write_templates(center: e.Center, forms: tuple[TemplateForm, ...], posts: dict[str, e.Post]) -> None:
    """The center's shift templates in the form's order with their headcounts; a shift whose code
    is kept keeps its row."""
    old_templates = {t.code: t for t in center.templates}
    templates = []
    for position, t_form in enumerate(forms):
        template = old_templates.get(t_form.code.strip()) or e.ShiftTemplate(code=t_form.code.strip())
        template.name, template.start, template.end = t_form.name.strip(), t_form.start, t_form.end
        template.weekdays = sorted(set(t_form.weekdays))
        template.position = position
        template.demands = _demands(template, t_form.demand, posts)
        templates.append(template)
    center.templates = templates


def _demands(template: e.ShiftTemplate, headcounts: dict[str, DemandForm], posts: dict[str, e.Post]) -> list[e.Demand]:
    """A shift's headcount per post; a post that is not on the center is left out, and the
    headcount of a post the shift already staffs keeps its row."""
    old_demand = {d.post.code: d for d in template.demands if d.post is not None}
    demands = []
    for post_code, headcount in headcounts.items():
        if post_code not in posts:
            continue
        demand = old_demand.get(post_code) or e.Demand(post=posts[post_code])
        demand.min_count, demand.target, demand.max_count = headcount.min, headcount.target, headcount.max
        demands.append(demand)
    return demands
