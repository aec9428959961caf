"""Cross-checks of the fields that tie a masterplan to Indonesian planning and budgeting.

Indicator ids, nomenclature codes and APBD figures, decrees, locations, RPJMD references,
secondary element links, quick-win budget scope, SNI units, placeholders left from the scaffold
and links between plan generations. They run on whatever parts of the region were valid, like the
checks in `checks.py`. Reference data: `data/nomenclature.yaml`, `data/regions/`, `data/units.yaml`,
`data/placeholders.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.catalog import catalog, nomenclature, placeholders, region_codes, unit_kinds, vocabulary
from generator.diagnostics import Diagnostic
from generator.schema.plan import Decree, Programme, QuickWin
from generator.validation.checks import Ctx, Draft, PillarDraft
from generator.validation.load import Loaded
from generator.words import word

PLAN_DECREES = ("perda", "perbup", "perwali")
BODY_DECREES = ("keputusan-bupati", "keputusan-wali-kota", "perbup", "perwali")
NOT_FOR = {"kabupaten": ("perwali", "keputusan-wali-kota"), "kota": ("perbup", "keputusan-bupati")}
LEVEL = {"kabupaten": "2", "kota": "2"}  # 4th part of a nomenclature code: 1 provinsi, 2 kabupaten/kota


def run_planning_checks(draft: Draft, *, lang: str) -> list[Diagnostic]:
    ctx = Ctx(draft, lang, catalog())
    return [d for check in PLANNING_CHECKS for d in check(ctx)]


def _entries(ctx: Ctx) -> Iterator[tuple[PillarDraft, str, int, Programme | QuickWin]]:
    """Every salvaged programme and quick win. Parts may be partial models: a field that was invalid
    is None (required) or its default, and its own error is reported by the schema."""
    for pd in ctx.draft.pillars.values():
        for i, p in pd.programmes:
            yield pd, "programmes", i, p
        for i, q in pd.quick_wins:
            yield pd, "quick_wins", i, q


# --------------------------------------------------------------------------- indicator ids


def check_indicator_ids(ctx: Ctx) -> Iterator[Diagnostic]:
    seen: dict[str, str] = {}
    for pd, kind, i, item in _entries(ctx):
        for k, ind in enumerate(item.indicators or []):
            if ind.id is None or item.id is None:
                continue
            where = (kind, i, "indicators", k, "id")
            if not ind.id.startswith(item.id + "."):
                yield ctx.at(pd.loaded, where, "E240", id=ind.id, owner=item.id, example=f"{item.id}.{k + 1}")
            line, _ = pd.loaded.position(where)
            if ind.id in seen:
                yield ctx.at(pd.loaded, where, "E241", id=ind.id, other=seen[ind.id])
            else:
                seen[ind.id] = f"{pd.loaded.file}:{line}"


# --------------------------------------------------------------------------- nomenclature and APBD


def check_funding(ctx: Ctx) -> Iterator[Diagnostic]:
    plan = ctx.draft.plan
    kind = plan.region.type if plan is not None and plan.region is not None else None
    agencies = [a.code for _, a in ctx.draft.agencies or []]
    nom = nomenclature()
    known = [c for c in nom.names if c.count(".") == 5]
    period = ctx.draft.period
    for pd in ctx.draft.pillars.values():
        for i, p in pd.programmes:
            seen: set[tuple[str, str]] = set()
            for j, line in enumerate(p.funding or []):
                path = ("programmes", i, "funding", j)
                code = line.sub_activity
                if kind is not None and code.split(".")[3] != LEVEL[kind]:
                    yield ctx.at(pd.loaded, (*path, "sub_activity"), "E242", code=code, type=kind)
                elif code not in nom.names:
                    kegiatan = code.rsplit(".", 1)[0]
                    near = [c for c in known if c.startswith(kegiatan + ".")] or known
                    yield ctx.at(
                        pd.loaded,
                        (*path, "sub_activity"),
                        "W243",
                        code=code,
                        version=nom.version,
                        suggestion=ctx.suggest(code, near),
                    )
                if (code, line.agency) in seen:
                    yield ctx.at(pd.loaded, (*path, "sub_activity"), "E244", code=code, agency=line.agency)
                seen.add((code, line.agency))
                if ctx.draft.agencies is not None and line.agency not in agencies:
                    yield ctx.at(
                        pd.loaded,
                        (*path, "agency"),
                        "E203",
                        code=line.agency,
                        suggestion=ctx.suggest(line.agency, agencies),
                    )
                for field, what in (("apbd", "APBD"), ("apbd_p", "APBD-P")):
                    for year in getattr(line, field):
                        where = (*path, field, year)
                        if period and not period.start <= year <= period.end:
                            yield ctx.at(
                                pd.loaded,
                                where,
                                "E204",
                                key=True,
                                year=year,
                                start=period.start,
                                end=period.end,
                            )
                        elif p.years is not None and year not in p.years:
                            years = ", ".join(map(str, sorted(set(p.years))))
                            yield ctx.at(
                                pd.loaded, where, "E214", key=True, what=what, year=year, years=years
                            )


# --------------------------------------------------------------------------- legal standing


def check_legal(ctx: Ctx) -> Iterator[Diagnostic]:
    plan, loaded = ctx.draft.plan, ctx.draft.plan_loaded
    if plan is None or loaded is None or plan.region is None:
        return
    kind = plan.region.type
    places: list[tuple[tuple[Any, ...], Decree | None, tuple[str, ...]]] = [
        (("document", "adopted_by"), plan.document.adopted_by if plan.document else None, PLAN_DECREES),
        (("council", "adopted_by"), plan.council.adopted_by if plan.council else None, BODY_DECREES),
        (("team", "adopted_by"), plan.team.adopted_by if plan.team else None, BODY_DECREES),
    ]
    for path, decree, allowed in places:
        if decree is None:
            continue
        fitting = [t for t in allowed if t not in NOT_FOR[kind]]
        if decree.type not in fitting:
            yield ctx.at(
                loaded,
                (*path, "type"),
                "E245",
                found=decree.type,
                where=".".join(path),
                kind=kind,
                allowed=_labelled(ctx, fitting),
            )
    if plan.document is not None and plan.document.status == "approved" and plan.document.adopted_by is None:
        yield ctx.at(
            loaded,
            ("document", "status"),
            "W246",
            allowed=_labelled(ctx, [t for t in PLAN_DECREES if t not in NOT_FOR[kind]]),
        )


def _labelled(ctx: Ctx, codes: list[str]) -> str:
    labels = vocabulary()["decree_type"]
    return ", ".join(f"{c} ({labels[c].name(ctx.lang)})" if c in labels else c for c in codes)


# --------------------------------------------------------------------------- locations


def check_locations(ctx: Ctx) -> Iterator[Diagnostic]:
    plan = ctx.draft.plan
    if plan is None or plan.region is None:
        return
    region = plan.region.code
    codes = region_codes(region)
    for pd, kind, i, item in _entries(ctx):
        listed = set(item.locations or [])
        for j, code in enumerate(item.locations or []):
            problem = _location_problem(ctx, code, region, codes)
            if problem:
                yield ctx.at(
                    pd.loaded, (kind, i, "locations", j), "E247", code=code, region=region, reason=problem
                )
        for k, ind in enumerate(item.indicators or []):
            for code in ind.location_targets:
                where = (kind, i, "indicators", k, "location_targets", code)
                problem = _location_problem(ctx, code, region, codes)
                if problem:
                    yield ctx.at(pd.loaded, where, "E247", key=True, code=code, region=region, reason=problem)
                elif listed and code not in listed and code[:8] not in listed:
                    yield ctx.at(pd.loaded, where, "E248", key=True, code=code, id=item.id)


def _location_problem(ctx: Ctx, code: str, region: str, codes: Any) -> str | None:
    if not code.startswith(region + "."):
        return word("planning", "location_outside", ctx.lang, region=region)
    if codes is not None and code not in codes.kecamatan and code not in codes.desa:
        return word("planning", "location_unknown", ctx.lang, regulation=codes.regulation)
    return None


# --------------------------------------------------------------------------- RPJMD


def check_rpjmd(ctx: Ctx) -> Iterator[Diagnostic]:
    plan, loaded, period = ctx.draft.plan, ctx.draft.plan_loaded, ctx.draft.period
    if plan is None or loaded is None or plan.rpjmd is None:
        return  # an invalid rpjmd section has its own error; references to it cannot be checked
    rpjmd = plan.rpjmd
    refs = [t.id for t in rpjmd.targets] + [ind.id for t in rpjmd.targets for ind in t.indicators]
    for pd in ctx.draft.pillars.values():
        for i, p in pd.programmes:
            for j, ref in enumerate(p.rpjmd or []):
                if ref not in refs:
                    yield ctx.at(
                        pd.loaded,
                        ("programmes", i, "rpjmd", j),
                        "E249",
                        id=ref,
                        suggestion=ctx.suggest(ref, refs),
                    )
    if period and rpjmd.start and rpjmd.end:
        outside = [y for y in range(period.start, period.end + 1) if not rpjmd.start <= y <= rpjmd.end]
        if outside:
            yield ctx.at(
                loaded,
                ("rpjmd", "end"),
                "W250",
                years=", ".join(map(str, outside)),
                start=rpjmd.start,
                end=rpjmd.end,
            )


# --------------------------------------------------------------------------- secondary links


def check_secondary(ctx: Ctx) -> Iterator[Diagnostic]:
    codes = [f"{p.code}.{e.code}" for p in ctx.cat.pillars for e in p.elements]
    for pd in ctx.draft.pillars.values():
        for i, p in pd.programmes:
            home = f"{pd.code}.{p.element}"
            for j, ref in enumerate(p.secondary or []):
                if ref not in codes or ref == home:
                    yield ctx.at(
                        pd.loaded,
                        ("programmes", i, "secondary", j),
                        "E251",
                        ref=ref,
                        home=home,
                        suggestion=ctx.suggest(ref, [c for c in codes if c != home]),
                    )


# --------------------------------------------------------------------------- quick-win budgets


def check_quick_win_budget(ctx: Ctx) -> Iterator[Diagnostic]:
    programmes = {p.id: p for pd in ctx.draft.pillars.values() for _, p in pd.programmes}
    for pd in ctx.draft.pillars.values():
        for i, q in pd.quick_wins:
            if q.start is None or q.end is None or q.programme is None:
                continue  # invalid or missing: reported by the schema
            amount = sum((q.budget or {}).values())
            if amount and q.budget_scope is None:
                yield ctx.at(pd.loaded, ("quick_wins", i, "budget"), "W252", key=True, id=q.id)
            programme = programmes.get(q.programme)
            if q.budget_scope != "included" or programme is None:
                continue
            years = range(int(q.start[:4]), int(q.end[:4]) + 1)
            available = sum(sum(programme.budget.get(y, {}).values()) for y in years)
            if amount > available:
                yield ctx.at(
                    pd.loaded,
                    ("quick_wins", i, "budget_scope"),
                    "E253",
                    id=q.id,
                    amount=amount,
                    programme=q.programme,
                    available=available,
                    years="–".join(dict.fromkeys([str(years[0]), str(years[-1])])),
                )


# --------------------------------------------------------------------------- SNI units


def check_sni_units(ctx: Ctx) -> Iterator[Diagnostic]:
    kinds = unit_kinds()
    for pd, kind, i, item in _entries(ctx):
        for k, ind in enumerate(item.indicators or []):
            sni = ctx.cat.sni.get(ind.sni or "")
            if sni is None:
                continue
            mine, theirs = kinds.get(ind.unit.strip().casefold()), kinds.get(sni.unit.casefold())
            if mine and theirs and mine != theirs:
                yield ctx.at(
                    pd.loaded,
                    (kind, i, "indicators", k, "sni"),
                    "W255",
                    number=sni.number,
                    title=sni.title(ctx.lang),
                    sni_unit=sni.unit,
                    unit=ind.unit,
                )


# --------------------------------------------------------------------------- placeholders


def check_placeholders(ctx: Ctx) -> Iterator[Diagnostic]:
    texts, prefixes = placeholders()
    files: list[Loaded] = [ctx.draft.plan_loaded] if ctx.draft.plan_loaded else []
    files += [pd.loaded for pd in ctx.draft.pillars.values()]
    for loaded in files:
        for path, value in _strings(loaded.data, ()):
            text = value.strip()
            if text in texts or text.startswith(prefixes):
                yield ctx.at(loaded, path, "W254", text=text if len(text) <= 60 else text[:57] + "…")


def _strings(node: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, (*path, index))


# --------------------------------------------------------------------------- plan generations


def check_generations(ctx: Ctx) -> Iterator[Diagnostic]:
    plan, loaded = ctx.draft.plan, ctx.draft.plan_loaded
    generation = plan.generation if plan is not None else None
    if generation is None or loaded is None:
        return
    root = ctx.draft.folder.parent
    links: list[tuple[tuple[Any, ...], str]] = [
        (("generation", "previous", j, "slug"), prev.slug) for j, prev in enumerate(generation.previous)
    ]
    if generation.superseded_by:
        links.append((("generation", "superseded_by"), generation.superseded_by))
    for path, slug in links:
        if slug == ctx.draft.slug or not (root / slug / "masterplan.yaml").is_file():
            yield ctx.at(loaded, path, "W256", slug=slug)


PLANNING_CHECKS = (
    check_indicator_ids,
    check_funding,
    check_legal,
    check_locations,
    check_rpjmd,
    check_secondary,
    check_quick_win_budget,
    check_sni_units,
    check_placeholders,
    check_generations,
)
