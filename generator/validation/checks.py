"""Cross-field checks: what no single file's schema can see.

Each check is a small function over a `Draft` (whatever parts of the region's files were valid)
that yields diagnostics. They run even when some files have shape errors, on the parts that could
be salvaged, so that one pass shows every mistake. Codes are listed in `data/messages.yaml`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from generator.catalog import Catalog, catalog
from generator.diagnostics import Diagnostic, make
from generator.schema.plan import (
    Agency,
    ElementStrategy,
    Indicator,
    MasterplanFile,
    Period,
    PillarFile,
    Programme,
    QuickWin,
)
from generator.validation.codes import labelled_hint
from generator.validation.load import Loaded, display_path
from generator.validation.shape import THOUSANDS, incomplete, suggest
from generator.words import word, words

MAX_QUICK_WIN_MONTHS = 12


@dataclass
class PillarDraft:
    code: str
    loaded: Loaded
    data: PillarFile | None
    programmes: list[tuple[int, Programme]] = field(default_factory=list)
    quick_wins: list[tuple[int, QuickWin]] = field(default_factory=list)
    strategy: list[tuple[int, ElementStrategy]] = field(default_factory=list)


@dataclass
class Draft:
    """The valid parts of one region's files, with their positions."""

    slug: str
    folder: Path
    plan_loaded: Loaded | None = None
    plan: MasterplanFile | None = None
    period: Period | None = None
    agencies: list[tuple[int, Agency]] | None = None
    pillars: dict[str, PillarDraft] = field(default_factory=dict)


@dataclass
class Ctx:
    draft: Draft
    lang: str
    cat: Catalog

    def at(
        self, loaded: Loaded, where: tuple[Any, ...], code: str, /, *, key: bool = False, **args: Any
    ) -> Diagnostic:
        line, col = loaded.position(where, at_key=key)
        return make(loaded.file, line, col, code, lang=self.lang, **args)

    def suggest(self, word: str, choices: list[str]) -> str:
        return suggest(word, choices, lang=self.lang)


Check = Callable[[Ctx], Iterator[Diagnostic]]


def run_checks(draft: Draft, *, lang: str) -> list[Diagnostic]:
    ctx = Ctx(draft, lang, catalog())
    return [d for check in CHECKS for d in check(ctx)]


def _items(ctx: Ctx) -> Iterator[tuple[PillarDraft, str, int, Programme | QuickWin]]:
    """Every salvaged programme and quick win with its pillar, list name and index."""
    for pd in ctx.draft.pillars.values():
        for i, p in pd.programmes:
            yield pd, "programmes", i, p
        for i, q in pd.quick_wins:
            yield pd, "quick_wins", i, q


# --------------------------------------------------------------------------- masterplan.yaml


def check_plan(ctx: Ctx) -> Iterator[Diagnostic]:
    plan, loaded = ctx.draft.plan, ctx.draft.plan_loaded
    period = ctx.draft.period
    if loaded is not None and period and period.end - period.start != 4:
        yield ctx.at(loaded, ("period", "end"), "E215", start=period.start, end=period.end)
    seen: set[str] = set()
    for i, agency in ctx.draft.agencies or []:
        if agency.code in seen and loaded is not None:
            yield ctx.at(loaded, ("agencies", i, "code"), "E218", code=agency.code)
        seen.add(agency.code)
    if plan is None or loaded is None:
        return
    missions = {m.id for m in plan.missions or []}
    if plan.missions is None:  # invalid: its own error is reported; references cannot be checked
        missions = None
    for i, goal in enumerate(plan.goals or []) if missions is not None else []:
        for j, mission in enumerate(goal.missions):
            if mission not in missions:
                yield ctx.at(loaded, ("goals", i, "missions", j), "E220", id=mission)
    for pd in ctx.draft.pillars.values() if missions is not None else []:
        for i, programme in pd.programmes:
            for j, mission in enumerate(programme.missions):
                if mission not in missions:
                    yield ctx.at(pd.loaded, ("programmes", i, "missions", j), "E220", id=mission)
    doc = plan.document
    if doc is not None and doc.status == "approved":
        if not doc.approved_on:
            yield ctx.at(loaded, ("document", "status"), "E221", missing="approved_on")
        if not any(s.role == "approved" for s in doc.signatories):
            yield ctx.at(loaded, ("document", "status"), "E221", missing="signatories (role: approved)")


def check_logo(ctx: Ctx) -> Iterator[Diagnostic]:
    plan, loaded = ctx.draft.plan, ctx.draft.plan_loaded
    if plan is None or loaded is None or plan.region is None or not plan.region.logo:
        return
    # The region folder is resolved, `assets` is not: a symlinked assets/ leads elsewhere.
    assets = ctx.draft.folder.resolve() / "assets"
    target = (ctx.draft.folder / plan.region.logo).resolve()
    if assets.is_symlink() or not target.is_relative_to(assets):
        yield ctx.at(
            loaded,
            ("region", "logo"),
            "E224",
            path=plan.region.logo,
            reason=word("validation", "outside_assets", ctx.lang),
        )
    elif not target.is_file():
        yield ctx.at(loaded, ("region", "logo"), "E216", path=plan.region.logo)


MAX_ASSET_ENTRIES = 10_000  # a region's own images; a deeper tree is not walked further


def check_assets(ctx: Ctx) -> Iterator[Diagnostic]:
    """Nothing in assets/ may lead outside the region: a symlinked assets/ (even to `/`) or a link
    inside it would let a PDF embed, and the build read, files that are not the region's."""
    folder = ctx.draft.folder.resolve()
    assets = folder / "assets"
    if assets.is_symlink():
        yield make(display_path(ctx.draft.folder / "assets"), 0, 0, "E024", lang=ctx.lang, path="assets/")
        return
    if not assets.is_dir():
        return
    seen = 0
    for root, dirs, files in os.walk(assets):  # does not follow directory links
        for name in sorted(dirs + files):
            path = Path(root) / name
            seen += 1
            if path.is_symlink() and not path.resolve().is_relative_to(assets):
                shown = path.relative_to(folder)
                where = display_path(ctx.draft.folder / shown)
                yield make(where, 0, 0, "E024", lang=ctx.lang, path=str(shown))
        if seen > MAX_ASSET_ENTRIES:
            return


# --------------------------------------------------------------------------- references


def check_pillar_files(ctx: Ctx) -> Iterator[Diagnostic]:
    for pillar in ctx.cat.pillars:
        if not (ctx.draft.folder / pillar.file).exists():
            yield make(
                display_path(ctx.draft.folder / pillar.file), 0, 0, "E210", lang=ctx.lang, name=pillar.file
            )


def check_ids(ctx: Ctx) -> Iterator[Diagnostic]:
    seen: dict[str, str] = {}
    for pd, kind, i, item in _items(ctx):
        line, _ = pd.loaded.position((kind, i, "id"))
        where = f"{pd.loaded.file}:{line}"
        if item.id is None:  # invalid or missing: reported by the schema
            continue
        if item.id in seen:
            yield ctx.at(pd.loaded, (kind, i, "id"), "E201", id=item.id, other=seen[item.id])
        else:
            seen[item.id] = where


def check_elements(ctx: Ctx) -> Iterator[Diagnostic]:
    for pd in ctx.draft.pillars.values():
        pillar = ctx.cat.pillar(pd.code)
        codes = [e.code for e in pillar.elements]
        entries = [("programmes", i, p.element) for i, p in pd.programmes]
        entries += [("quick_wins", i, q.element) for i, q in pd.quick_wins]
        entries += [("strategy", i, s.element) for i, s in pd.strategy]
        for kind, i, element in entries:
            if element is not None and element not in codes:
                yield ctx.at(
                    pd.loaded,
                    (kind, i, "element"),
                    "E202",
                    element=element,
                    pillar=pillar.name(ctx.lang),
                    suggestion=labelled_hint(element, list(pillar.elements), lang=ctx.lang),
                )


def check_categories_and_sources(ctx: Ctx) -> Iterator[Diagnostic]:
    categories = [c.code for c in ctx.cat.categories]
    sources = [s.code for s in ctx.cat.sources]
    for pd, kind, i, item in _items(ctx):
        if isinstance(item, Programme):
            if item.category is not None and item.category not in categories:
                yield ctx.at(
                    pd.loaded,
                    (kind, i, "category"),
                    "E206",
                    code=item.category,
                    suggestion=labelled_hint(item.category, list(ctx.cat.categories), lang=ctx.lang),
                )
            pairs: list[tuple[tuple[Any, ...], str]]
            pairs = [((year, src), src) for year, by_src in item.budget.items() for src in by_src]
        else:
            pairs = [((src,), src) for src in item.budget]
        for sub, src in pairs:
            if src not in sources:
                yield ctx.at(
                    pd.loaded,
                    (kind, i, "budget", *sub),
                    "E205",
                    key=True,
                    code=src,
                    suggestion=ctx.suggest(src, sources),
                )


def check_agency_refs(ctx: Ctx) -> Iterator[Diagnostic]:
    if ctx.draft.agencies is None:
        return
    codes = [a.code for _, a in ctx.draft.agencies]
    for pd, kind, i, item in _items(ctx):
        refs = [(("lead",), item.lead)] + [(("support", j), c) for j, c in enumerate(item.support)]
        for sub, code in refs:
            if code is not None and code not in codes:
                yield ctx.at(
                    pd.loaded, (kind, i, *sub), "E203", code=code, suggestion=ctx.suggest(code, codes)
                )


def check_quick_wins(ctx: Ctx) -> Iterator[Diagnostic]:
    programmes = [p.id for pd in ctx.draft.pillars.values() for _, p in pd.programmes if p.id is not None]
    for pd in ctx.draft.pillars.values():
        for i, q in pd.quick_wins:
            yield from _quick_win(ctx, pd, i, q, programmes)


def _quick_win(ctx: Ctx, pd: PillarDraft, i: int, q: QuickWin, programmes: list[str]) -> Iterator[Diagnostic]:
    def at(*sub: Any, code: str, **kw: Any) -> Diagnostic:
        return ctx.at(pd.loaded, ("quick_wins", i, *sub), code, **kw)

    if pd.data is not None and q.programme is not None and q.programme not in programmes:
        yield at("programme", code="E213", id=q.programme, suggestion=ctx.suggest(q.programme, programmes))
    if q.start is None or q.end is None:  # invalid or missing: the span cannot be checked
        return
    months = _months(q.end) - _months(q.start) + 1
    if months < 1:
        yield at("end", code="E222", start=q.start, end=q.end)
    elif months > MAX_QUICK_WIN_MONTHS:
        yield at("end", code="E207", months=months, start=q.start, end=q.end)
    for j, m in enumerate(q.milestones or []):
        if not q.start <= m.month <= q.end:
            yield at("milestones", j, "month", code="E217", month=m.month, start=q.start, end=q.end)


def _months(month: str) -> int:
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1


# --------------------------------------------------------------------------- years and numbers


def check_years(ctx: Ctx) -> Iterator[Diagnostic]:
    period = ctx.draft.period
    for pd, kind, i, item in _items(ctx):
        loaded = pd.loaded
        if isinstance(item, QuickWin):
            months: list[tuple[tuple[Any, ...], str | None]] = [
                (("start",), item.start),
                (("end",), item.end),
            ]
            # A milestone outside the quick win's own span gets E217 instead.
            months += [
                (("milestones", j, "month"), m.month)
                for j, m in enumerate(item.milestones or [])
                if item.start is None or item.end is None or item.start <= m.month <= item.end
            ]
            for sub, month in months:
                if period and month is not None and not period.start <= int(month[:4]) <= period.end:
                    yield ctx.at(
                        loaded, (kind, i, *sub), "E204", year=month[:4], start=period.start, end=period.end
                    )
            continue
        active = sorted(set(item.years or []))
        shown = ", ".join(map(str, active))
        for j, year in enumerate(item.years or []):
            if period and not period.start <= year <= period.end:
                yield ctx.at(
                    loaded, (kind, i, "years", j), "E204", year=year, start=period.start, end=period.end
                )
        said = words("validation", ctx.lang)
        dated: list[tuple[tuple[Any, ...], int, str]] = [
            (("budget",), y, said["budget"]) for y in item.budget
        ]
        dated += [(("outputs",), y, said["outputs"]) for y in item.outputs]
        dated += [
            (("indicators", k, "targets"), y, said["targets"])
            for k, ind in enumerate(item.indicators)
            for y in ind.targets
        ]
        for sub_path, year, what in dated:
            if period and not period.start <= year <= period.end:
                yield ctx.at(
                    loaded,
                    (kind, i, *sub_path, year),
                    "E204",
                    key=True,
                    year=year,
                    start=period.start,
                    end=period.end,
                )
            elif item.years is not None and year not in active:
                yield ctx.at(
                    loaded, (kind, i, *sub_path, year), "E214", key=True, what=what, year=year, years=shown
                )


def check_indicators(ctx: Ctx) -> Iterator[Diagnostic]:
    numbers = list(ctx.cat.sni)
    for pd, kind, i, item in _items(ctx):
        for k, ind in enumerate(item.indicators):
            path = (kind, i, "indicators", k)
            if ind.sni and ind.sni not in ctx.cat.sni:
                yield ctx.at(
                    pd.loaded,
                    (*path, "sni"),
                    "E209",
                    number=ind.sni,
                    suggestion=ctx.suggest(ind.sni, numbers),
                )
            first = min(ind.targets)
            if ind.baseline and ind.baseline.year > first:
                yield ctx.at(
                    pd.loaded, (*path, "baseline", "year"), "E223", year=ind.baseline.year, first=first
                )
            yield from _direction(ctx, pd.loaded, path, ind)


def _direction(ctx: Ctx, loaded: Loaded, path: tuple[Any, ...], ind: Indicator) -> Iterator[Diagnostic]:
    series = [(ind.baseline.year, ind.baseline.value)] if ind.baseline else []
    series += sorted(ind.targets.items())
    sign = 1 if ind.direction == "up" else -1
    said = words("validation", ctx.lang)
    for (_, before), (year, value) in pairwise(series):
        if (value - before) * sign < 0:
            trend = said["falls"] if sign > 0 else said["rises"]
            direction = said["direction_up"] if sign > 0 else said["direction_down"]
            yield ctx.at(
                loaded,
                (*path, "targets", year),
                "W208",
                key=True,
                name=ind.name,
                trend=trend,
                year=year,
                direction=direction,
            )
            return


def check_totals(ctx: Ctx) -> Iterator[Diagnostic]:
    for pd in ctx.draft.pillars.values():
        for i, p in pd.programmes:
            if incomplete(p, "budget"):  # an invalid entry was left out: the sum would be wrong
                continue
            computed = sum(a for by_src in p.budget.values() for a in by_src.values())
            if p.total_budget is not None and p.total_budget != computed:
                yield ctx.at(
                    pd.loaded,
                    ("programmes", i, "total_budget"),
                    "E212",
                    stated=_amount(p.total_budget, ctx.lang),
                    computed=_amount(computed, ctx.lang),
                    difference=_amount(p.total_budget - computed, ctx.lang),
                )


def _amount(value: int, lang: str) -> str:
    """4700000000 → 'Rp 4.700.000.000' (Indonesian) or 'Rp 4,700,000,000'."""
    sign = "-" if value < 0 else ""
    return sign + "Rp " + f"{abs(value):,}".replace(",", THOUSANDS.get(lang, "."))


def check_coverage(ctx: Ctx) -> Iterator[Diagnostic]:
    for pd in ctx.draft.pillars.values():
        if pd.data is None:
            continue
        used = {p.element for _, p in pd.programmes}
        used |= {  # secondary links from other pillars' programmes count in coverage
            ref.split(".", 1)[1]
            for other in ctx.draft.pillars.values()
            for _, p in other.programmes
            for ref in p.secondary
            if ref.startswith(pd.code + ".")
        }
        written = {s.element for _, s in pd.strategy}
        for element in ctx.cat.pillar(pd.code).elements:
            name = element.name(ctx.lang)
            if element.code not in used:
                yield ctx.at(pd.loaded, ("programmes",), "W211", key=True, element=element.code, name=name)
            if element.code not in written:
                yield ctx.at(pd.loaded, ("strategy",), "W219", key=True, element=element.code, name=name)


CHECKS: tuple[Check, ...] = (
    check_plan,
    check_logo,
    check_assets,
    check_pillar_files,
    check_ids,
    check_elements,
    check_categories_and_sources,
    check_agency_refs,
    check_quick_wins,
    check_years,
    check_indicators,
    check_totals,
    check_coverage,
)
