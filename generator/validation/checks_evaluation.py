"""Cross-checks of evaluation records against the masterplan, and of the evaluation reference data.

They run once the region's masterplan is valid (a record can only be checked against a plan).
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

from generator.catalog import catalog
from generator.diagnostics import Diagnostic, make
from generator.model.evaluation import evaluation_slug
from generator.model.official import official_result, round_published, scheme_for
from generator.model.region import Region, find_indicator
from generator.schema.evaluation import EvaluationConfig, EvaluationFile, Evidence, IndicatorValue
from generator.schema.plan import Indicator, Programme
from generator.validation.load import Loaded, load_file
from generator.validation.shape import suggest, validate
from generator.words import word

PERCENT_UNITS = {"persen", "%", "percent"}


class _At:
    def __init__(self, loaded: Loaded, lang: str):
        self.loaded, self.lang = loaded, lang

    def __call__(self, where: tuple[Any, ...], code: str, /, *, key: bool = False, **args: Any) -> Diagnostic:
        line, col = self.loaded.position(where, at_key=key)
        return make(self.loaded.file, line, col, code, lang=self.lang, **args)


def check_evaluation(
    region: Region, path: Path, loaded: Loaded, ev: EvaluationFile, config: EvaluationConfig, *, lang: str
) -> list[Diagnostic]:
    at = _At(loaded, lang)
    diags = list(_identity(region, path, ev, config, at))
    diags += _programmes(region, ev, at, lang)
    diags += _others(region, ev, at, lang)
    if not any(d.is_error for d in diags):  # the official result needs the weights found above
        diags += _official(ev, config, at)
    diags += _evidence_files(region, path, ev, at)
    return diags


def _identity(
    region: Region, path: Path, ev: EvaluationFile, config: EvaluationConfig, at: _At
) -> Iterator[Diagnostic]:
    expected = f"{evaluation_slug(ev.year, ev.stage)}.yaml"
    if path.name != expected:
        yield at(("year",), "E307", name=path.name, expected=expected)
    period = region.plan.period
    if not period.start <= ev.year <= period.end:
        yield at(("year",), "E204", year=ev.year, start=period.start, end=period.end)
    if ev.weights is not None:
        total = sum(ev.weights.values())
        if abs(total - 100) > 1e-9:
            yield at(("weights",), "E303", total=_num(total))
    elif ev.scheme and config.scheme(ev.scheme) is None:
        yield at(
            ("scheme",),
            "E312",
            id=ev.scheme,
            suggestion=suggest(ev.scheme, [s.id for s in config.schemes], lang=at.lang),
        )
    elif not ev.scheme and not any(ev.year in s.years for s in config.schemes):
        yield at(("year",), "E317", year=ev.year)


def _programmes(region: Region, ev: EvaluationFile, at: _At, lang: str) -> Iterator[Diagnostic]:
    ids = [p.id for p in region.programmes]
    seen: set[str] = set()
    sources = [src.code for src in catalog().sources]
    for i, entry in enumerate(ev.programmes):
        if entry.id in seen:
            yield at(("programmes", i, "id"), "E310", id=entry.id)
        seen.add(entry.id)
        if isinstance(entry.realised_budget, dict):
            for source in entry.realised_budget:
                if source not in sources:
                    yield at(
                        ("programmes", i, "realised_budget", source),
                        "E205",
                        key=True,
                        code=source,
                        suggestion=suggest(source, sources, lang=lang),
                    )
        if entry.cancellation is not None:
            if entry.status != "cancelled":
                yield at(
                    ("programmes", i, "cancellation"), "E337", key=True, id=entry.id, status=entry.status
                )
            for k, target in enumerate(entry.cancellation.reallocated_to):
                if target not in ids:
                    yield at(
                        ("programmes", i, "cancellation", "reallocated_to", k),
                        "E301",
                        id=target,
                        suggestion=suggest(target, ids, lang=lang),
                    )
        if entry.id not in ids:
            yield at(
                ("programmes", i, "id"), "E301", id=entry.id, suggestion=suggest(entry.id, ids, lang=lang)
            )
            continue
        programme = region.programme(entry.id)
        for k, value in enumerate(entry.indicators):
            indicator = yield from _indicator_ref(programme, value, ("programmes", i, "indicators", k), at)
            if (
                indicator is not None
                and indicator.unit.lower() in PERCENT_UNITS
                and not 0 <= value.value <= 100
            ):
                yield at(
                    ("programmes", i, "indicators", k, "value"),
                    "E316",
                    value=_num(value.value),
                    unit=indicator.unit,
                )
    for programme in region.programmes:
        if min(programme.years) <= ev.year and programme.id not in seen:
            yield at(("programmes",), "W313", key=True, id=programme.id, year=ev.year)


def _indicator_ref(
    programme: Programme, value: IndicatorValue, path: tuple[Any, ...], at: _At
) -> Generator[Diagnostic, None, Indicator | None]:
    """Resolve an evaluation's indicator reference: by `id` (stable), or by exact `name` (the old
    way, still read, with a warning naming the id to use instead)."""
    indicator = find_indicator(programme.indicators, ref_id=value.id, name=value.name)
    ids = [ind.id for ind in programme.indicators if ind.id]
    if value.id is None and value.name is None:
        yield at(path, "E341", key=True, id=programme.id, ids=", ".join(ids) or "—")
    elif indicator is None:
        ref = value.id if value.id is not None else value.name
        choices = ids if value.id is not None else [ind.name for ind in programme.indicators]
        field = "id" if value.id is not None else "name"
        yield at(
            (*path, field),
            "E305",
            name=ref,
            id=programme.id,
            suggestion=suggest(str(ref), choices, lang=at.lang),
        )
    elif value.id is not None and value.name is not None and value.name != indicator.name:
        yield at((*path, "name"), "E342", id=value.id, name=value.name, actual=indicator.name)
    elif value.id is None:
        if indicator.id:
            advice = word("planning", "use_id", at.lang, id=indicator.id)
        else:
            advice = word("planning", "give_id", at.lang, programme=programme.id)
        yield at((*path, "name"), "W340", name=value.name, advice=advice)
    return indicator


def _others(region: Region, ev: EvaluationFile, at: _At, lang: str) -> Iterator[Diagnostic]:
    qw_ids = [q.id for q in region.quick_wins]
    for i, q in enumerate(ev.quick_wins):
        if q.id not in qw_ids:
            yield at(("quick_wins", i, "id"), "E306", id=q.id, suggestion=suggest(q.id, qw_ids, lang=lang))
    period, agencies, numbers = region.plan.period, list(region.agency_names), list(catalog().sni)
    for i, s in enumerate(ev.sni):
        if s.number not in catalog().sni:
            yield at(
                ("sni", i, "number"),
                "E209",
                number=s.number,
                suggestion=suggest(s.number, numbers, lang=lang),
            )
        if s.year is not None and not period.start - 5 <= s.year <= period.end:
            yield at(("sni", i, "year"), "E204", year=s.year, start=period.start - 5, end=period.end)
        if s.source and s.source not in agencies:
            yield at(
                ("sni", i, "source"), "E203", code=s.source, suggestion=suggest(s.source, agencies, lang=lang)
            )
    ids = [p.id for p in region.programmes]
    for i, r in enumerate(ev.risks):
        if r.programme not in ids:
            yield at(
                ("risks", i, "programme"),
                "E301",
                id=r.programme,
                suggestion=suggest(r.programme, ids, lang=lang),
            )
        elif r.risk > len(region.programme(r.programme).risks):
            yield at(
                ("risks", i, "risk"),
                "E315",
                number=r.risk,
                id=r.programme,
                count=len(region.programme(r.programme).risks),
            )


def _official(ev: EvaluationFile, config: EvaluationConfig, at: _At) -> Iterator[Diagnostic]:
    """Scores on the scheme's scale, the published index and impact against the computed ones."""
    if ev.official is None:
        return
    scheme = scheme_for(config, ev.year, ev.scheme)
    given = ev.weights or (scheme.weights if scheme else {})
    weights = {str(dim): value for dim, value in given.items()}
    official = official_result(ev.official, weights, scheme, config)
    scale, name = official.scale, scheme.id if scheme else "weights"
    rank, total = ev.official.rank, ev.official.evaluated
    if rank is not None and total is not None and rank > total:
        yield at(("official", "rank"), "E332", rank=rank, total=total)
    outside = [
        at(("official", group, key), "E330", value=_num(value), min=_num(scale.min), max=_num(scale.max))
        for group in ("scores", "pillars")
        for key, value in getattr(ev.official, group).items()
        if not scale.min <= value <= scale.max
    ]
    if outside:  # the computed figures below would only repeat the mistake
        yield from outside
        return
    typed, mean = ev.official.scores.get("impact"), official.pillar_mean
    if official.impact_computed and typed is not None and mean is not None:
        rounded = round_published(mean, scale.decimals)
        if typed != rounded:
            yield at(("official", "scores", "impact"), "W333", given=_num(typed), computed=_num(rounded))
    if official.published_differs:
        yield at(
            ("official", "index"),
            "W331",
            given=_num(ev.official.index or 0),
            computed=_num(official.index or 0),
            scheme=name,
        )


def _evidence_places(ev: EvaluationFile) -> Iterator[tuple[tuple[Any, ...], Evidence]]:
    """Every evidence entry of a record with its path in the file."""
    if ev.official:
        yield from ((("official", "evidence", k), e) for k, e in enumerate(ev.official.evidence))
    for i, p in enumerate(ev.programmes):
        yield from ((("programmes", i, "evidence", k), e) for k, e in enumerate(p.evidence))
        for j, ind in enumerate(p.indicators):
            yield from (
                (("programmes", i, "indicators", j, "evidence", k), e) for k, e in enumerate(ind.evidence)
            )
    for group in ("pillars", "quick_wins", "sni", "follow_up"):
        for i, item in enumerate(getattr(ev, group)):
            yield from (((group, i, "evidence", k), e) for k, e in enumerate(item.evidence))


def _evidence_files(region: Region, path: Path, ev: EvaluationFile, at: _At) -> Iterator[Diagnostic]:
    """An evidence `file:` must exist inside the region folder (it is listed, never fetched)."""
    folder = path.resolve().parent.parent
    for where, evidence in _evidence_places(ev):
        if evidence.file is None:
            continue
        target = (folder / evidence.file).resolve()
        if not target.is_relative_to(folder) or not target.is_file():
            yield at((*where, "file"), "E336", file=evidence.file, region=region.slug)


def check_recommendations(records: list[tuple[EvaluationFile, Loaded]], *, lang: str) -> list[Diagnostic]:
    """Across a region's evaluations, oldest first: recommendation ids are unique, a follow-up names
    a recommendation of an *earlier* evaluation, and every still-open one gets a follow-up."""
    diags: list[Diagnostic] = []
    raised: dict[str, str] = {}  # id → the evaluation that raised it ('2025 tahap 1')
    closed: set[str] = set()
    for ev, loaded in sorted(records, key=lambda r: (r[0].year, r[0].stage)):
        at, label = _At(loaded, lang), f"{ev.year} tahap {ev.stage}"
        followed = set()
        for i, follow in enumerate(ev.follow_up):
            if follow.id not in raised:
                diags.append(
                    at(
                        ("follow_up", i, "id"),
                        "E335",
                        id=follow.id,
                        suggestion=suggest(follow.id, list(raised), lang=lang),
                    )
                )
            followed.add(follow.id)
            if follow.status == "done":
                closed.add(follow.id)
        for rec_id, where in raised.items():
            if rec_id not in followed and rec_id not in closed:
                diags.append(
                    at(
                        ("follow_up",) if ev.follow_up else ("year",),
                        "W338",
                        key=bool(ev.follow_up),
                        id=rec_id,
                        raised=where,
                    )
                )
        for i, rec in enumerate(ev.recommendations):
            if rec.id in raised:
                diags.append(at(("recommendations", i, "id"), "E334", id=rec.id, raised=raised[rec.id]))
            else:
                raised[rec.id] = label
    return diags


def check_config(path: Path, *, lang: str) -> tuple[EvaluationConfig | None, list[Diagnostic]]:
    """Validate the evaluation reference data (weights sum to 100, bands ordered and disjoint)."""
    loaded, diags = load_file(path, lang=lang)
    if loaded is None:
        return None, diags
    config, diags = validate(EvaluationConfig, loaded, lang=lang)
    if not isinstance(config, EvaluationConfig):
        return None, diags
    at = _At(loaded, lang)
    for i, scheme in enumerate(config.schemes):
        if any(y in other.years for other in config.schemes[:i] for y in scheme.years):
            diags.append(at(("schemes", i, "years"), "E339", id=scheme.id))
        total = sum(scheme.weights.values())
        if abs(total - 100) > 1e-9:
            diags.append(at(("schemes", i, "weights"), "E303", total=_num(total)))
    bands = sorted(enumerate(config.bands), key=lambda ib: ib[1].min)
    for (_, a), (j, b) in pairwise(bands):
        if b.min <= a.max:
            diags.append(at(("bands", j, "min"), "E304", code=b.code, other=a.code))
    for i, band in enumerate(config.bands):
        if band.min > band.max:
            diags.append(at(("bands", i, "max"), "E304", code=band.code, other=band.code))
    return (None if any(d.is_error for d in diags) else config), diags


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
