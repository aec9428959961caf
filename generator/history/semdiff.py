"""What changed in a region's plan between two versions, in the plan's own terms.

A line diff of YAML tells a reviewer that line 212 changed; this tells them that programme
GOV-03's 2027 budget went from Rp 1,5 miliar to Rp 1,9 miliar, that Smart Governance's total for
2027 rose by Rp 400 juta, and that the document moved from draft to final. Both sides are
validated `Region` models (see `history.git.snapshot`), so formatting and comment edits show no change.
Rendering as text and Markdown is in `history/report.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from generator.history.git import Snapshot, snapshot
from generator.model.publication import is_internal
from generator.model.region import Region, programme_by_year, programme_total, quick_win_total
from generator.schema.plan import (
    Document,
    Indicator,
    MasterplanFile,
    PillarFile,
    Programme,
    QuickWin,
    Text,
)

# Which fields are compared comes from the file models (`schema/plan.py`), so a field added there
# is reported without touching this module (tests/history/test_semdiff_fields.py holds every field
# to that). A few fields have their own, finer report; the rest are "short" (shown old → new) or
# "long" (only named as changed), by their type: see `_shown`.
PROGRAMME_OWN = ("id", "budget", "total_budget", "indicators")  # budget per year, source shifts, targets
QUICK_WIN_OWN = ("id", "budget")  # budget per source
DOCUMENT_OWN: tuple[str, ...] = ()  # every field of `document` compared alike
PLAN_OWN = ("format", "period", "document")  # period shown as a range; document field by field
PILLAR_OWN = ("format", "programmes", "quick_wins")
# Free text written as sentences rather than a label: named when it changes, not quoted.
SENTENCES = frozenset({"problem", "goal"})
# Text up to `Text`'s limit is a label or a sentence; longer (`LongText`) is Markdown.
SHORT_TEXT_LIMIT = get_args(Text)[1].max_length


@dataclass(frozen=True)
class Fields:
    """The fields of one model a diff compares: `short` shown old → new, `long` only named."""

    short: tuple[str, ...]
    long: tuple[str, ...]


def compared_fields(model: type[BaseModel], *, own: tuple[str, ...]) -> Fields:
    """Every field of `model` but those with a report of their own, in the model's order."""
    names = [name for name in model.model_fields if name not in own]
    return Fields(
        tuple(n for n in names if _shown(model, n)),
        tuple(n for n in names if not _shown(model, n)),
    )


def _shown(model: type[BaseModel], name: str) -> bool:
    """Short values (codes, numbers, dates, labels, statuses and lists of them) are shown old → new;
    Markdown, sentences, nested structures and internal fields are only named (a job summary may be
    public, and a paragraph does not fit a diff line)."""
    if is_internal(model, name) or name in SENTENCES:
        return False
    return _plain_type(model.model_fields[name].rebuild_annotation())


def _plain_type(annotation: Any) -> bool:
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return _plain_type(args[0]) and all(_short_text(meta) for meta in args[1:])
    if origin in (Union, UnionType):
        return all(_plain_type(arg) for arg in args if arg is not type(None))
    if origin is list:
        return _plain_type(args[0])
    return origin is Literal or annotation in (str, int, float, bool)


def _short_text(meta: Any) -> bool:
    limit = getattr(meta, "max_length", None)
    return limit is None or limit <= SHORT_TEXT_LIMIT


PROGRAMME = compared_fields(Programme, own=PROGRAMME_OWN)
QUICK_WIN = compared_fields(QuickWin, own=QUICK_WIN_OWN)
DOCUMENT = compared_fields(Document, own=DOCUMENT_OWN)
# An indicator is matched by name; baseline and targets are reported value by value, the rest named.
INDICATOR_FIELDS = tuple(
    name for name in Indicator.model_fields if name not in ("name", "baseline", "targets")
)
PLAN_SECTIONS = tuple(name for name in MasterplanFile.model_fields if name not in PLAN_OWN)
PILLAR_SECTIONS = tuple(name for name in PillarFile.model_fields if name not in PILLAR_OWN)


@dataclass(frozen=True)
class Change:
    """One field: `old` → `new`; both None for a long field that is only reported as changed."""

    field: str
    old: Any = None
    new: Any = None

    @property
    def detailed(self) -> bool:
        return self.old is not None or self.new is not None


@dataclass(frozen=True)
class TargetChange:
    """An indicator added, removed or changed, one year's target changed, or its baseline changed.

    For a baseline, `old`/`new` are (year, value) pairs or None."""

    indicator: str
    kind: str  # target | baseline | added | removed | changed (`old`: the other fields that changed)
    year: int | None = None
    old: Any = None
    new: Any = None


@dataclass
class ItemDiff:
    """A programme or quick win present on both sides, and how it changed."""

    id: str
    name: str
    pillar: str
    old_pillar: str | None = None  # set when the item moved to another pillar file
    changes: list[Change] = field(default_factory=list)
    budget: dict[int | str, tuple[int, int]] = field(default_factory=dict)  # year or source → (old, new)
    targets: list[TargetChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.old_pillar or self.changes or self.budget or self.targets)


@dataclass(frozen=True)
class Item:
    """A programme or quick win that was added or removed."""

    id: str
    name: str
    pillar: str
    total: int


@dataclass
class RegionDiff:
    slug: str
    name: str
    state: str = "changed"  # added | removed | changed | invalid
    invalid_at: list[str] = field(default_factory=list)  # "old"/"new" sides that did not validate
    errors: int = 0
    document: list[Change] = field(default_factory=list)
    plan: list[Change] = field(default_factory=list)  # sections of masterplan.yaml, pillar summaries
    added: list[Item] = field(default_factory=list)
    removed: list[Item] = field(default_factory=list)
    changed: list[ItemDiff] = field(default_factory=list)
    budget: dict[str, dict[int, tuple[int, int]]] = field(default_factory=dict)  # pillar → year → (old, new)
    total: tuple[int, int] = (0, 0)
    qw_added: list[Item] = field(default_factory=list)
    qw_removed: list[Item] = field(default_factory=list)
    qw_changed: list[ItemDiff] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.state == "changed" and not (
            self.document
            or self.plan
            or self.added
            or self.removed
            or self.changed
            or self.budget
            or self.qw_added
            or self.qw_removed
            or self.qw_changed
        )


# --------------------------------------------------------------------------- entry points


def diff_revisions(
    root: Path, old_rev: str | None, new_rev: str | None, *, slug: str | None = None, lang: str = "id"
) -> list[RegionDiff]:
    """Every region under `root` that differs between two revisions (None = working tree)."""
    before = snapshot(root, old_rev, slug=slug, lang=lang)
    after = snapshot(root, new_rev, slug=slug, lang=lang)
    return diff_snapshots(before, after)


def diff_snapshots(before: Snapshot, after: Snapshot) -> list[RegionDiff]:
    out = []
    for slug in sorted(before.slugs | after.slugs):
        old, new = before.regions.get(slug), after.regions.get(slug)
        if slug in before.invalid or slug in after.invalid:
            sides = [s for s, snap in (("old", before), ("new", after)) if slug in snap.invalid]
            errors = len(before.invalid.get(slug, [])) + len(after.invalid.get(slug, []))
            out.append(
                RegionDiff(slug, _name(old, new, slug), state="invalid", invalid_at=sides, errors=errors)
            )
            continue
        result = diff_regions(old, new, slug=slug)
        if not result.empty:
            out.append(result)
    return out


def diff_regions(old: Region | None, new: Region | None, *, slug: str) -> RegionDiff:
    """Compare two validated versions of one region; either may be None (added or removed)."""
    diff = RegionDiff(slug, _name(old, new, slug))
    if old is None or new is None:
        diff.state = "added" if old is None else "removed"
    diff.document = _document(old, new)
    diff.plan = _plan(old, new)
    diff.added, diff.removed, diff.changed = _items(
        _programmes(old), _programmes(new), fields=PROGRAMME, total=programme_total
    )
    for item in diff.changed:
        item_old, item_new = _programmes(old)[item.id][1], _programmes(new)[item.id][1]
        item.budget = _pairs(programme_by_year(item_old), programme_by_year(item_new))
        item.changes += _source_shifts(item_old, item_new)
        item.targets = _targets(item_old.indicators, item_new.indicators)
    diff.changed = [c for c in diff.changed if not c.empty]
    diff.qw_added, diff.qw_removed, diff.qw_changed = _items(
        _quick_wins(old), _quick_wins(new), fields=QUICK_WIN, total=quick_win_total
    )
    for item in diff.qw_changed:
        qw_old, qw_new = _quick_wins(old)[item.id][1], _quick_wins(new)[item.id][1]
        item.budget = _pairs(qw_old.budget, qw_new.budget)
        item.targets = _targets(qw_old.indicators, qw_new.indicators)
    diff.qw_changed = [c for c in diff.qw_changed if not c.empty]
    diff.budget = _budget(old, new)
    diff.total = (old.total_budget if old else 0, new.total_budget if new else 0)
    return diff


# --------------------------------------------------------------------------- parts


def _name(old: Region | None, new: Region | None, slug: str) -> str:
    region = new or old
    return region.full_name if region else slug


def _document(old: Region | None, new: Region | None) -> list[Change]:
    a = old.plan.document if old else None
    b = new.plan.document if new else None
    first = sorted(DOCUMENT.short, key=lambda name: name != "status")  # what a reviewer looks for first
    changes = [_short(name, getattr(a, name, None), getattr(b, name, None)) for name in first]
    for name in DOCUMENT.long:
        if old and new and getattr(a, name, None) != getattr(b, name, None):
            changes.append(Change(name))
    if old and new and old.plan.period != new.plan.period:
        changes.append(Change("period", _period(old), _period(new)))
    return [c for c in changes if c is not None]


def _period(region: Region) -> str:
    return f"{region.plan.period.start}–{region.plan.period.end}"


def _plan(old: Region | None, new: Region | None) -> list[Change]:
    """Sections of masterplan.yaml and pillar narratives that changed (named, not detailed)."""
    if old is None or new is None:
        return []
    changes = [Change(name) for name in PLAN_SECTIONS if getattr(old.plan, name) != getattr(new.plan, name)]
    for part_old, part_new in zip(old.parts, new.parts, strict=True):
        for name in PILLAR_SECTIONS:
            if getattr(part_old.data, name) != getattr(part_new.data, name):
                changes.append(Change(f"{part_new.code}.{name}"))
    return changes


def _programmes(region: Region | None) -> dict[str, tuple[str, Programme]]:
    if region is None:
        return {}
    return {p.id: (part.code, p) for part in region.parts for p in part.data.programmes}


def _quick_wins(region: Region | None) -> dict[str, tuple[str, QuickWin]]:
    if region is None:
        return {}
    return {q.id: (part.code, q) for part in region.parts for q in part.data.quick_wins}


def _items(
    old: dict[str, tuple[str, Any]],
    new: dict[str, tuple[str, Any]],
    *,
    fields: Fields,
    total: Any,
) -> tuple[list[Item], list[Item], list[ItemDiff]]:
    added = [Item(i, new[i][1].name, new[i][0], total(new[i][1])) for i in new if i not in old]
    removed = [Item(i, old[i][1].name, old[i][0], total(old[i][1])) for i in old if i not in new]
    changed = []
    for item_id in (i for i in new if i in old):
        (pillar_a, a), (pillar_b, b) = old[item_id], new[item_id]
        item = ItemDiff(item_id, b.name, pillar_b, old_pillar=pillar_a if pillar_a != pillar_b else None)
        item.changes = [c for n in fields.short if (c := _short(n, getattr(a, n), getattr(b, n)))]
        item.changes += [Change(n) for n in fields.long if getattr(a, n) != getattr(b, n)]
        changed.append(item)
    return added, removed, changed


def _short(name: str, old: Any, new: Any) -> Change | None:
    if old == new:
        return None
    return Change(name, _plain(old), _plain(new))


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, BaseModel):
        return str(value.model_dump())
    return "—" if value is None else value


def _pairs(old: Mapping[Any, int], new: Mapping[Any, int]) -> dict[Any, tuple[int, int]]:
    """Keys whose amounts differ, with (old, new); a missing key counts as 0."""
    keys = sorted(set(old) | set(new), key=str)
    return {k: (old.get(k, 0), new.get(k, 0)) for k in keys if old.get(k, 0) != new.get(k, 0)}


def _source_shifts(old: Programme, new: Programme) -> list[Change]:
    """Years whose total stayed the same but whose money moved between sources (APBD → CSR…)."""
    out = []
    for year in sorted(set(old.budget) & set(new.budget)):
        a, b = old.budget[year], new.budget[year]
        if a != b and sum(a.values()) == sum(b.values()):
            out.append(Change(f"budget.{year}", dict(a), dict(b)))
    return out


def _targets(old: list[Indicator], new: list[Indicator]) -> list[TargetChange]:
    """Target changes per indicator (matched by name) and year; indicators added or removed."""
    by_old, by_new = {i.name: i for i in old}, {i.name: i for i in new}
    out = [TargetChange(name, "added") for name in by_new if name not in by_old]
    out += [TargetChange(name, "removed") for name in by_old if name not in by_new]
    for name in (n for n in by_new if n in by_old):
        fields = [f for f in INDICATOR_FIELDS if getattr(by_old[name], f) != getattr(by_new[name], f)]
        if fields:
            out.append(TargetChange(name, "changed", None, ", ".join(fields)))
        base_a, base_b = by_old[name].baseline, by_new[name].baseline
        if base_a != base_b:
            pair = [(b.year, b.value) if b else None for b in (base_a, base_b)]
            out.append(TargetChange(name, "baseline", None, *pair))
        a, b = by_old[name].targets, by_new[name].targets
        for year in sorted(set(a) | set(b)):
            if a.get(year) != b.get(year):
                out.append(TargetChange(name, "target", year, a.get(year), b.get(year)))
    return out


def _budget(old: Region | None, new: Region | None) -> dict[str, dict[int, tuple[int, int]]]:
    a = old.budget_by_pillar_year if old else {}
    b = new.budget_by_pillar_year if new else {}
    out = {}
    for pillar in [*b, *(p for p in a if p not in b)]:
        pairs = _pairs(a.get(pillar, {}), b.get(pillar, {}))
        if pairs:
            out[pillar] = pairs
    return out
