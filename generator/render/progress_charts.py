"""Static SVG charts of evaluation results: implementation per pillar, indicator achievement, trend.

Same conventions as `charts.py` (one SVG for screen and paper, <title> and a <desc> stating every
number, escaped text, numbers through `formatting`, deterministic output); kept in their own module
because they read `Evaluation` objects rather than the plan. Every figure comes from
`generator/evaluation.py`; these functions only draw it.

Colour follows the traffic light of the value's band (red … green, `light()`), and every bar also
carries its figure and band as text, so colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from markupsafe import Markup

from generator.model.evaluation import Evaluation, IndicatorAchievement, Rate
from generator.render.formatting import fixed, number, percent, roman
from generator.render.svg import MUTED, chart_root, legend, line, nice_ticks, rect, text, truncate, wrap
from generator.schema.evaluation import Band
from generator.words import words as section

if TYPE_CHECKING:
    from generator.model.region import Region

# Traffic light, lowest band first; each reaches 3:1 against the white card (WCAG 1.4.11).
LIGHTS = ("#c0392b", "#b45309", "#8a6d00", "#1e7b45")
NO_LIGHT = "#8a939e"
SERIES = {"implementation": "#1f5fa8", "budget": "#0b7285", "index": "#a8650b"}


def light(band: Band | None, bands: Sequence[Band]) -> int | None:
    """Traffic-light level of a band, 0 (red, the lowest band) to 3 (green, the highest).

    Bands are configuration (any number of them): the level is the band's rank, spread over 0–3.
    """
    if band is None:
        return None
    ordered = sorted(bands, key=lambda b: b.min)
    rank = ordered.index(band)
    return 3 if len(ordered) == 1 else round(rank * 3 / (len(ordered) - 1))


def score(value: float | None, lang: str = "id") -> str:
    """A 0–100 score (dimension score, evaluation index) as shown everywhere: one decimal, or '—'."""
    return "—" if value is None else number(round(value, 1), lang)


def official(value: float | None, decimals: int = 2, lang: str = "id") -> str:
    """An official score or index as the ministry publishes it: fixed decimals ('3,31'), or '—'."""
    return "—" if value is None else fixed(value, decimals, lang)


def stage_label(evaluation: Evaluation, lang: str = "id") -> str:
    """'2026 · Tahap II' / '2026 · Stage II'."""
    data = evaluation.data
    return f"{data.year} · {section('progress_charts', lang)['stage']} {roman(data.stage)}"


def rate_text(rate: Rate, lang: str = "id") -> str:
    """'5/6 · 83,3%' (the count as regions report it, then the rate)."""
    if rate.value is None:
        return section("progress_charts", lang)["none_due"]
    return f"{number(rate.done, lang)}/{number(rate.total, lang)} · {percent(rate.value, lang)}"


def _colour(evaluation: Evaluation, fraction: float | None) -> str:
    level = light(evaluation.band(fraction), evaluation.config.bands)
    return NO_LIGHT if level is None else LIGHTS[level]


def _visible(width: float, value: float | None) -> float:
    """A zero result still shows as a sliver in its (red) colour; no value shows nothing."""
    return 0.0 if value is None else max(width, 2.0)


def band_label(band: Band, lang: str) -> str:
    """A band's name in `lang` (bands are reference data; English falls back to Indonesian)."""
    return (band.label.get("en") if lang == "en" else None) or band.label["id"]


def _band_label(evaluation: Evaluation, fraction: float | None, lang: str) -> str:
    band = evaluation.band(fraction)
    return band_label(band, lang) if band else ""


# --------------------------------------------------------------------------- per pillar


def pillar_implementation(evaluation: Evaluation, *, lang: str = "id", uid: str = "impl") -> Markup:
    """Horizontal 0–100% bars, one per pillar and one for the whole plan, coloured by band."""
    words = section("progress_charts", lang)
    rows = [(p.name(lang), rate, f"impl/{p.code}") for p, rate in evaluation.implementation_by_pillar]
    rows.append((words["overall"], evaluation.implementation(), "impl/overall"))
    w, label_w, row_h, top = 640.0, 150.0, 26.0, 26.0
    x0, x1 = 16 + label_w, w - 200
    parts, lines = [], []
    for t in (0, 25, 50, 75, 100):
        x = x0 + (x1 - x0) * t / 100
        parts += [
            line(x, top - 4, x, top + row_h * len(rows)),
            text(x, top - 9, percent(t / 100, lang, 0), size=9, text_anchor="middle", fill=MUTED),
        ]
    for i, (name, rate, key) in enumerate(rows):
        y, overall = top + i * row_h, i == len(rows) - 1
        bold = {"font_weight": "bold"} if overall else {}
        value, shown = rate.value, rate_text(rate, lang)
        band = _band_label(evaluation, value, lang)
        label = f"{shown} · {band}" if band else shown
        if overall:
            parts.append(line(16, y + 1, w - 16, y + 1, stroke=MUTED))
        parts += [
            text(16, y + 17, truncate(name, label_w - 8, 11), size=11, **bold),
            rect(
                x0,
                y + 6,
                _visible((x1 - x0) * min(value or 0.0, 1.0), value),
                row_h - 11,
                _colour(evaluation, value),
                tip=f"{name}: {label}",
                data_key=key,
            ),
            text(x1 + 8, y + 17, label, size=10, **bold),
        ]
        lines.append(f"{name}: {label}")
    title = f"{words['impl']} — {stage_label(evaluation, lang)}"
    return chart_root(uid, w, top + row_h * len(rows) + 10, title, "; ".join(lines) + ".", parts)


# --------------------------------------------------------------------------- indicators


LABEL_LINE = 12.0  # line height of a wrapped indicator label


def _label(a: IndicatorAchievement, x0: float) -> list[str]:
    """The indicator's programme id and name, whole, wrapped into the label column."""
    return wrap(f"{a.programme.id} {a.indicator.name}", x0 - 36, 10)


def _row_height(a: IndicatorAchievement, x0: float, row_h: float) -> float:
    return row_h + LABEL_LINE * (len(_label(a, x0)) - 1)


def _achievement_row(
    a: IndicatorAchievement,
    evaluation: Evaluation,
    y: float,
    x0: float,
    x1: float,
    top_ratio: float,
    lang: str,
) -> tuple[list[str], str]:
    words, ratio = section("progress_charts", lang), a.ratio
    name = f"{a.programme.id} {a.indicator.name}"
    arrow = "↑" if a.indicator.direction == "up" else "↓"
    if ratio is None:
        figures = f"{number(a.value, lang)} · {words['no_target']}"
    else:
        figures = f"{number(a.value, lang)} / {number(a.target or 0, lang)} · {percent(ratio, lang)}"
    tip = f"{name} ({a.indicator.unit}) {arrow}: {figures}"
    shown = min(ratio or 0.0, top_ratio)
    colour = _colour(evaluation, None if ratio is None else min(ratio, 1.0))  # above target: top band
    parts = [
        *(text(28, y + 13 + LABEL_LINE * i, part, size=10) for i, part in enumerate(_label(a, x0))),
        rect(
            x0,
            y + 4,
            _visible((x1 - x0) * shown / top_ratio, ratio),
            11,
            colour,
            tip=tip,
            data_key=f"{a.programme.id}/{a.indicator.name}",
        ),
        text(x1 + 6, y + 13, figures, size=9.5),
    ]
    if ratio is not None and ratio > top_ratio:  # cut bar: say so with an arrow head
        parts.append(text(x1 - 2, y + 13, "›", size=12, text_anchor="end", fill="#fff", font_weight="bold"))
    return parts, f"{a.programme.id} {a.indicator.name} {arrow}: {figures}"


def indicator_achievement(evaluation: Evaluation, *, lang: str = "id", uid: str = "ach") -> Markup:
    """Realised value ÷ target of every indicator reported, grouped by pillar, with the 100% line.

    Bars above 150% are cut (marked ›); the exact ratio is in the label, tooltip and description.
    """
    words, region = section("progress_charts", lang), evaluation.region
    groups = [
        (
            part,
            [a for a in evaluation.indicator_achievements if region.pillar_of[a.programme.id] == part.pillar],
        )
        for part in region.parts
    ]
    groups = [(part, items) for part, items in groups if items]
    ratios = [a.ratio for _, items in groups for a in items if a.ratio is not None]
    top_ratio = min(max([1.2, *ratios]), 1.5)
    ticks = [t for t in nice_ticks(0, top_ratio * 100, 4) if t <= top_ratio * 100 + 1e-9]
    w, row_h, head_h, top = 700.0, 17.0, 22.0, 28.0
    x0, x1 = 290.0, w - 190
    height = sum(head_h + sum(_row_height(a, x0, row_h) for a in items) for _, items in groups)
    parts, lines = [], []
    for t in ticks:
        x = x0 + (x1 - x0) * t / 100 / top_ratio
        parts += [
            line(x, top - 4, x, top + height),
            text(x, top - 9, percent(t / 100, lang, 0), size=9, text_anchor="middle", fill=MUTED),
        ]
    target_x = x0 + (x1 - x0) / top_ratio
    parts.append(line(target_x, top - 4, target_x, top + height, stroke="#1f2933", stroke_dasharray="4 3"))
    y = top
    for part, items in groups:
        parts.append(text(16, y + 16, part.pillar.name(lang), size=11, font_weight="bold"))
        y += head_h
        for a in items:
            row, described = _achievement_row(a, evaluation, y, x0, x1, top_ratio, lang)
            parts += row
            lines.append(described)
            y += _row_height(a, x0, row_h)
    if not groups:
        parts.append(text(16, y + 16, words["none"], size=11, fill=MUTED))
        lines.append(words["none"])
        y += head_h
    title = f"{words['ach']} — {stage_label(evaluation, lang)}"
    return chart_root(uid, w, y + 12, title, "; ".join(lines) + ".", parts)


# --------------------------------------------------------------------------- trend


def _trend_values(evaluation: Evaluation) -> list[tuple[str, float | None]]:
    """(series, 0–100 value) for one evaluation, in legend order."""
    impl, budget = evaluation.implementation().value, evaluation.budget_realisation.value
    return [
        ("implementation", None if impl is None else impl * 100),
        ("budget", None if budget is None else budget * 100),
        ("index", evaluation.index),
    ]


def _trend_label(series: str, value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    return score(value, lang) if series == "index" else percent(value / 100, lang)


def evaluation_trend(region: Region, *, lang: str = "id", uid: str = "trend") -> Markup:
    """Grouped vertical bars per evaluation (oldest first): implementation, budget realisation, index."""
    words, evaluations = section("progress_charts", lang), region.evaluations
    w, left, right, top, plot_h = 640.0, 48.0, 624.0, 30.0, 180.0
    bottom = top + plot_h
    values = [v for ev in evaluations for _, v in _trend_values(ev) if v is not None]
    ticks = nice_ticks(0, max([100.0, *values]), 4)
    scale = plot_h / ticks[-1]
    parts, lines = [], []
    for t in ticks:
        y = bottom - t * scale
        parts += [
            line(left, y, right, y),
            text(left - 6, y + 3, number(t, lang), size=9, text_anchor="end", fill=MUTED),
        ]
    band = (right - left) / max(len(evaluations), 1)
    bar_w = min(band * 0.8 / 3, 44)
    for i, ev in enumerate(evaluations):
        start = left + band * i + (band - bar_w * 3) / 2
        shown = []
        for k, (series, value) in enumerate(_trend_values(ev)):
            x, label = start + k * bar_w, _trend_label(series, value, lang)
            if value is not None:
                h = value * scale
                parts.append(
                    rect(
                        x + 2,
                        bottom - h,
                        bar_w - 4,
                        h,
                        SERIES[series],
                        tip=f"{stage_label(ev, lang)} — {words[series]}: {label}",
                        data_key=f"{ev.slug}/{series}",
                    )
                )
            parts.append(
                text(x + bar_w / 2, bottom - (value or 0) * scale - 5, label, size=9, text_anchor="middle")
            )
            shown.append(f"{words[series].lower()} {label}")
        parts.append(
            text(left + band * (i + 0.5), bottom + 16, stage_label(ev, lang), size=10.5, text_anchor="middle")
        )
        lines.append(f"{stage_label(ev, lang)}: " + ", ".join(shown))
    parts.append(line(left, bottom, right, bottom, stroke=MUTED))
    keys, key_h = legend([(words[s], SERIES[s]) for s in SERIES], left, bottom + 30, right - left)
    desc = "; ".join(lines) + "." if lines else words["none"] + "."
    return chart_root(
        uid, w, bottom + 30 + key_h + 8, f"{words['trend']} — {region.full_name}", desc, parts + keys
    )
