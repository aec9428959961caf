"""Static SVG charts, drawn at build time and used as-is by the site and the PDFs.

One SVG string serves both outputs, so a chart never differs between screen and paper: no
JavaScript, no external references, the font named on the root (WeasyPrint falls back to DejaVu
otherwise) and a white card behind the drawing so it reads the same in the site's dark mode.
Every chart carries <title> and a <desc> that states its numbers: the text alternative for
readers who cannot see it. All user text goes through `escape`; all numbers through
`formatting`. Output is deterministic (fixed float formatting, catalogue order) so builds diff.

Embedding: size with CSS (`.mp-chart {max-width: 100%; height: auto}`); the natural width suits
A4 portrait (640) or landscape (1000, the roadmap). In Markdown, put a chart inside a block
element such as <figure>: Python-Markdown treats a bare <svg> as inline and would turn `*x*` in
a programme name into emphasis inside the drawing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

from generator.catalog import Pillar
from generator.model.region import PillarPart, Region, programme_by_year, programme_total
from generator.render.formatting import number, percent, rupiah, rupiah_short
from generator.render.svg import (
    MUTED,
    STRIPE,
    chart_root,
    darken,
    diamond,
    fmt,
    legend,
    line,
    nice_ticks,
    rect,
    text,
    truncate,
    wrap,
)
from generator.schema.plan import Indicator, Programme
from generator.words import words as section

ACCENT = "#1f5fa8"
COMPONENTS = {"structure": "#1f5fa8", "infrastructure": "#a8650b", "suprastructure": "#2a7a52"}


def _value_axis_h(
    ticks: list[float], x0: float, x1: float, y: float, y_end: float, label: Callable[[float], str]
) -> list[str]:
    """Vertical grid lines and tick labels for a horizontal value axis from x0 (0) to x1 (max tick)."""
    parts = []
    for t in ticks:
        x = x0 + (x1 - x0) * t / ticks[-1]
        parts += [line(x, y, x, y_end), text(x, y - 5, label(t), size=9, text_anchor="middle", fill=MUTED)]
    return parts


def _join(items: Sequence[str]) -> str:
    return "; ".join(items)


# --------------------------------------------------------------------------- region budget


def budget_by_pillar_year(region: Region, *, lang: str = "id", uid: str = "bpy") -> Markup:
    """Stacked vertical bars: one per plan year, one segment per pillar, total above each bar."""
    w, years, totals = 640.0, region.years, region.budget_by_year
    left, right, top, plot_h = 104.0, w - 20, 34.0, 220.0
    bottom = top + plot_h
    ticks = nice_ticks(0, max([*totals.values(), 1_000_000]), 5)
    scale = plot_h / ticks[-1]
    parts: list[str] = []
    for t in ticks:
        y = bottom - t * scale
        parts += [
            line(left, y, right, y),
            text(left - 8, y + 3.5, rupiah_short(t, lang), size=9, text_anchor="end", fill=MUTED),
        ]
    band = (right - left) / max(len(years), 1)
    bar_w = min(band * 0.6, 70)
    for i, year in enumerate(years):
        x, y = left + band * i + (band - bar_w) / 2, bottom
        for part in region.parts:
            amount = region.budget_by_pillar_year[part.code][year]
            if amount:
                h = amount * scale
                y -= h
                tip = f"{part.pillar.name(lang)} {year}: {rupiah(amount, lang)}"
                parts.append(
                    rect(x, y, bar_w, h, part.pillar.colour, tip=tip, data_key=f"{part.code}/{year}")
                )
        mid, label = x + bar_w / 2, rupiah_short(totals[year], lang)
        parts.append(text(mid, y - 6, label, size=10, text_anchor="middle", font_weight="bold"))
        parts.append(text(mid, bottom + 16, str(year), size=11, text_anchor="middle"))
    parts.append(line(left, bottom, right, bottom, stroke=MUTED))
    items = [(p.pillar.name(lang), p.pillar.colour) for p in region.parts]
    keys, key_h = legend(items, left, bottom + 30, right - left)
    words = section("charts", lang)
    desc = (
        f"{words['bpy_desc']}: "
        + _join([f"{y}: {rupiah(totals[y], lang)}" for y in years])
        + f". {words['total']}: {rupiah(region.total_budget, lang)}. {words['per_pillar']}: "
        + _join([f"{p.pillar.name(lang)} {rupiah(p.total, lang)}" for p in region.parts])
        + "."
    )
    title = f"{words['bpy']} — {region.full_name}"
    return chart_root(uid, w, bottom + 30 + key_h + 10, title, desc, parts + keys)


def budget_by_source(region: Region, *, lang: str = "id", uid: str = "bsrc") -> Markup:
    """Horizontal bars per funding source, each labelled with its amount and share of the total.

    No value axis: every bar carries its exact figure, and the longest bar is the largest source.
    """
    words, rows, total = section("charts", lang), region.budget_by_source, region.total_budget or 1
    w, label_w, row_h, top = 640.0, 230.0, 28.0, 10.0
    x0, x1 = 16 + label_w, w - 150
    largest = max([a for _, a in rows] + [1])
    names = [wrap(source.name(lang), label_w - 8, 11, max_lines=2) for source, _ in rows]  # whole, not cut
    heights = [row_h + 13 * (len(n) - 1) for n in names]
    parts, lines = [line(x0, top, x0, top + sum(heights), stroke=MUTED)], []
    y = top
    for (source, amount), name_lines, h in zip(rows, names, heights, strict=True):
        name, bar = source.name(lang), (x1 - x0) * amount / largest
        share = f"{rupiah_short(amount, lang)} · {percent(amount / total, lang)}"
        tip = f"{name}: {rupiah(amount, lang)}"
        parts += [text(16, y + 18 + 13 * k, part, size=11) for k, part in enumerate(name_lines)]
        parts += [
            rect(x0, y + 6, bar, 16, ACCENT, tip=tip, data_key=source.code),
            text(x0 + bar + 6, y + 18, share, size=10),
        ]
        lines.append(f"{name}: {rupiah(amount, lang)} ({percent(amount / total, lang)})")
        y += h
    desc = (_join(lines) + ". " if lines else "") + f"{words['total']}: {rupiah(region.total_budget, lang)}."
    height = top + (sum(heights) if rows else row_h) + 10
    return chart_root(uid, w, height, f"{words['src']} — {region.full_name}", desc, parts)


# --------------------------------------------------------------------------- roadmap


# Sized so that, scaled to the site's content column (~830 px) or a landscape A4 page, names read
# at ~10 px / 8.5 pt: a name wraps onto up to three lines rather than being cut.
ROAD_W, ROW_H, HEAD_H, NAME_X, YEARS_X, TOTAL_W = 1000.0, 26.0, 28.0, 92.0, 440.0, 120.0
NAME_SIZE, NAME_LINE = 12.0, 14.0


def _road_name(p: Programme) -> list[str]:
    return wrap(p.name, YEARS_X - NAME_X - 10, NAME_SIZE, max_lines=3)


def _road_row_h(p: Programme) -> float:
    return ROW_H + NAME_LINE * (len(_road_name(p)) - 1)


def _roadmap_row(
    p: Programme, pillar: Pillar, years: list[int], y: float, stripe: bool, lang: str
) -> list[str]:
    """One programme: id, name (on two lines if need be), a cell per year, total."""
    col_w = (ROAD_W - 16 - TOTAL_W - YEARS_X) / len(years)
    row_h = _road_row_h(p)
    parts = [
        f"<g>{rect(8, y, ROAD_W - 16, row_h, STRIPE)}" if stripe else "<g>",
        f"<title>{escape(p.id)} {escape(p.name)}</title>",
        text(16, y + 17.5, p.id, size=11.5, font_weight="bold", fill=darken(pillar.colour, 0.85)),
        *(
            text(NAME_X, y + 17.5 + NAME_LINE * i, part, size=NAME_SIZE)
            for i, part in enumerate(_road_name(p))
        ),
    ]
    by_year, fill = programme_by_year(p), darken(pillar.colour)
    for i, year in enumerate(years):
        if year in p.years:
            x = YEARS_X + i * col_w
            parts.append(rect(x + 1, y + 3, col_w - 2, ROW_H - 6, fill, rx=2, data_key=f"{p.id}/{year}"))
            if amount := by_year.get(year):
                label = rupiah_short(amount, lang)
                parts.append(text(x + col_w / 2, y + 17, label, size=10.5, text_anchor="middle", fill="#fff"))
    parts += [
        text(ROAD_W - 16, y + 17.5, rupiah_short(programme_total(p), lang), size=11.5, text_anchor="end"),
        "</g>",
    ]
    return parts


Group = tuple[PillarPart, list[Programme]]


def roadmap(region: Region, *, lang: str = "id", uid: str = "road", pillar: str | None = None) -> Markup:
    """Gantt-like timeline: programme rows grouped under pillar header rows, one column per year."""
    if pillar is not None and pillar not in {p.code for p in region.cat.pillars}:
        raise ValueError(f"unknown pillar code {pillar!r}")
    groups = [
        (p, list(p.data.programmes)) for p in region.parts if p.data.programmes and pillar in (None, p.code)
    ]
    suffix = f" — {region.cat.pillar(pillar).name(lang)}" if pillar else ""
    return _roadmap(region, groups, lang=lang, uid=uid, suffix=suffix)


def roadmap_pages(region: Region, *, lang: str = "id", uid: str = "road", rows: int = 24) -> list[Markup]:
    """The roadmap cut into charts of at most `rows` rows (pillar headers count), for print.

    WeasyPrint never splits an image across pages, and 24 rows fill a landscape A4 page. A pillar
    that continues on the next chart repeats its header row there.
    """
    pages: list[list[Group]] = [[]]
    rows, used = max(rows, 2), 0
    for part in region.parts:
        todo = list(part.data.programmes)
        while todo:
            if used + 2 > rows and pages[-1]:  # no room for a header and one programme: next page
                pages.append([])
                used = 0
            take, todo = todo[: rows - used - 1], todo[rows - used - 1 :]
            pages[-1].append((part, take))
            used += 1 + len(take)
    return [
        _roadmap(region, groups, lang=lang, uid=f"{uid}-{n}", suffix=f" ({n}/{len(pages)})")
        for n, groups in enumerate(pages, start=1)
    ]


def _roadmap(region: Region, groups: list[Group], *, lang: str, uid: str, suffix: str) -> Markup:
    words, years = section("charts", lang), region.years
    col_w = (ROAD_W - 16 - TOTAL_W - YEARS_X) / len(years)
    body = [
        text(16, 22, words["programme"], size=12, font_weight="bold"),
        text(ROAD_W - 16, 22, words["total"], size=12, font_weight="bold", text_anchor="end"),
    ]
    body += [
        text(YEARS_X + (i + 0.5) * col_w, 22, str(y), size=12, font_weight="bold", text_anchor="middle")
        for i, y in enumerate(years)
    ]
    y, lines = 32.0, []
    body.append(line(8, y, ROAD_W - 8, y, stroke=MUTED))
    for part, programmes in groups:
        name, colour, total = part.pillar.name(lang), part.pillar.colour, rupiah_short(part.total, lang)
        body += [
            rect(8, y + 2, ROAD_W - 16, HEAD_H - 4, colour, fill_opacity=0.14),
            rect(8, y + 2, 4, HEAD_H - 4, colour),
            text(16, y + 19, name, size=12.5, font_weight="bold", fill=darken(colour, 0.8)),
            text(ROAD_W - 16, y + 19, total, size=11.5, font_weight="bold", text_anchor="end"),
        ]
        y += HEAD_H
        count = len(part.data.programmes)
        lines.append(f"{name} ({count} {words['programmes']}, {rupiah(part.total, lang)})")
        for n, p in enumerate(programmes):
            body += _roadmap_row(p, part.pillar, years, y, n % 2 == 1, lang)
            y += _road_row_h(p)
            active = ", ".join(str(v) for v in sorted(p.years))
            lines.append(f"{p.id} {p.name}: {active}; {rupiah(programme_total(p), lang)}")
    if not groups:
        body.append(text(16, y + 20, words["none"], size=11, fill=MUTED))
        y += ROW_H + 6
        lines.append(words["none"])
    title = f"{words['road']} {years[0]}–{years[-1]} — {region.full_name}{suffix}"
    return chart_root(uid, ROAD_W, y + 10, title, _join(lines) + ".", body)


# --------------------------------------------------------------------------- indicator


def _indicator_ticks(values: list[float]) -> list[float]:
    lo, hi = min(values), max(values)
    if (
        0 <= lo <= hi * 0.5 or 0 < lo == hi
    ):  # start at zero unless that would flatten a narrow band (e.g. index 70–80)
        lo = 0
    return nice_ticks(lo, hi, 4)


def indicator_chart(
    indicator: Indicator, *, years: Sequence[int], lang: str = "id", uid: str = "ind"
) -> Markup:
    """Small line chart of yearly targets, with the baseline as a distinct hollow marker."""
    arrow = "↑" if indicator.direction == "up" else "↓"
    title = wrap(f"{indicator.name} {arrow}", 360.0 - 24, 11.5, max_lines=3)  # whole, on up to 3 lines
    extra = 14.0 * (len(title) - 1)
    words, w, h = section("charts", lang), 360.0, 170.0 + extra
    left, right, top, bottom = 52.0, w - 16, 44.0 + extra, h - 42
    base = indicator.baseline
    targets = sorted(indicator.targets.items())
    span = sorted({*years, *(y for y, _ in targets), *([base.year] if base else [])})
    ticks = _indicator_ticks([v for _, v in targets] + ([base.value] if base else []))

    def px(year: int) -> float:
        inner = right - left - 36  # inset so end markers and their labels clear the tick labels
        return left + 18 + inner * ((year - span[0]) / (span[-1] - span[0]) if len(span) > 1 else 0.5)

    def py(value: float) -> float:
        return bottom - (bottom - top) * (value - ticks[0]) / (ticks[-1] - ticks[0])

    parts = [text(12, 18 + 14 * i, line_, size=11.5, font_weight="bold") for i, line_ in enumerate(title)]
    parts.append(text(12, 33 + extra, indicator.unit, size=9.5, fill=MUTED))
    for t in ticks:
        parts += [
            line(left, py(t), right, py(t)),
            text(left - 6, py(t) + 3, number(t, lang), size=9, text_anchor="end", fill=MUTED),
        ]
    parts += [text(px(y), bottom + 14, str(y), size=9, text_anchor="middle", fill=MUTED) for y in span]
    points = " ".join(f"{fmt(px(y))},{fmt(py(v))}" for y, v in targets)
    if base:
        bx, by = px(base.year), py(base.value)
        parts += [
            line(bx, by, px(targets[0][0]), py(targets[0][1]), stroke=MUTED, stroke_dasharray="3 3"),
            diamond(bx, by, 5),
            text(bx, by - 8, number(base.value, lang), size=9, text_anchor="middle", fill=MUTED),
        ]
    parts.append(f'<polyline points="{points}" fill="none" stroke="{ACCENT}" stroke-width="2"/>')
    for y, v in targets:
        parts += [
            f'<circle cx="{fmt(px(y))}" cy="{fmt(py(v))}" r="3.5" fill="{ACCENT}"/>',
            text(px(y), py(v) - 8, number(v, lang), size=9, text_anchor="middle"),
        ]
    parts += [
        diamond(left + 4, h - 14, 4),
        text(left + 12, h - 10.5, words["baseline"], size=9, fill=MUTED),
        f'<circle cx="{fmt(left + 84)}" cy="{fmt(h - 14)}" r="3.5" fill="{ACCENT}"/>',
        text(left + 92, h - 10.5, words["target"], size=9, fill=MUTED),
    ]
    desc = f"{indicator.name} ({indicator.unit}), {words[indicator.direction]}. "
    if base:
        desc += f"{words['baseline'].capitalize()} {base.year}: {number(base.value, lang)}. "
    desc += f"{words['target'].capitalize()}: " + _join([f"{y}: {number(v, lang)}" for y, v in targets]) + "."
    return chart_root(uid, w, h, f"{indicator.name} {arrow}", desc, parts)


# --------------------------------------------------------------------------- readiness


def readiness(region: Region, *, lang: str = "id", uid: str = "ready") -> Markup:
    """Horizontal 0–100 bars per assessed aspect, grouped and coloured by component."""
    words, items = section("charts", lang), region.plan.readiness.items
    w, label_w, row_h, head_h, top = 640.0, 230.0, 22.0, 24.0, 30.0
    x0, x1 = 16 + label_w, w - 50
    ticks = nice_ticks(0, 100, 4)
    rows = sum(1 for _ in items) * row_h + head_h * len({i.component for i in items})
    parts = _value_axis_h(ticks, x0, x1, top - 4, top + rows, lambda t: number(t, lang))
    y, lines = top, []
    for component, colour in COMPONENTS.items():
        group = [i for i in items if i.component == component]
        if not group:
            continue
        avg = region.readiness_by_component[component]
        head = f"{words[component]} · {words['avg']} {number(avg, lang)}"
        parts.append(text(16, y + 17, head, size=11, font_weight="bold", fill=colour))
        lines.append(
            f"{words[component]} ({words['avg']} {number(avg, lang)}): "
            + ", ".join(f"{i.aspect} {number(i.score, lang)}" for i in group)
        )
        y += head_h
        for item in group:
            bar, score = (x1 - x0) * item.score / 100, number(item.score, lang)
            parts += [
                text(28, y + 15, truncate(item.aspect, label_w - 20, 10.5), size=10.5),
                rect(x0, y + 4, bar, row_h - 8, colour, tip=f"{item.aspect}: {score}", data_key=item.aspect),
                text(x0 + bar + 5, y + 15, score, size=10),
            ]
            y += row_h
    return chart_root(uid, w, y + 12, f"{words['ready']} — {region.full_name}", _join(lines) + ".", parts)


# --------------------------------------------------------------------------- national comparison


def compare_budget(regions: Sequence[Region], *, lang: str = "id", uid: str = "cmp") -> Markup:
    """One horizontal bar per region, stacked by pillar, on a shared scale."""
    words, w, label_w, row_h = section("charts", lang), 760.0, 210.0, 24.0
    pillars = regions[0].cat.pillars if regions else ()
    keys, key_h = legend([(p.name(lang), p.colour) for p in pillars], 16, 14, w - 32)
    top = 14 + key_h + 22
    x0, x1 = 16 + label_w, w - 110
    ticks = nice_ticks(0, max([r.total_budget for r in regions] + [1_000_000]), 4)
    names = [wrap(r.full_name, label_w - 8, 11, max_lines=3) for r in regions]  # whole, not cut
    heights = [row_h + 13 * (len(n) - 1) for n in names]
    axis = _value_axis_h(ticks, x0, x1, top - 4, top + sum(heights), lambda t: rupiah_short(t, lang))
    parts = keys + axis
    lines = []
    y = top
    for region, name_lines, h in zip(regions, names, heights, strict=True):
        x = x0
        parts += [text(16, y + 16 + 13 * k, part, size=11) for k, part in enumerate(name_lines)]
        for part in region.parts:
            seg = (x1 - x0) * part.total / ticks[-1]
            tip = f"{region.full_name} — {part.pillar.name(lang)}: {rupiah(part.total, lang)}"
            if seg:
                parts.append(
                    rect(
                        x,
                        y + 4,
                        seg,
                        row_h - 8,
                        part.pillar.colour,
                        tip=tip,
                        data_key=f"{region.slug}/{part.code}",
                    )
                )
            x += seg
        total = rupiah_short(region.total_budget, lang)
        parts.append(text(x + 6, y + 16, total, size=10, font_weight="bold"))
        by_pillar = ", ".join(f"{p.pillar.name(lang)} {rupiah(p.total, lang)}" for p in region.parts)
        lines.append(f"{region.full_name}: {rupiah(region.total_budget, lang)} ({by_pillar})")
        y += h
    height = top + (sum(heights) if regions else row_h) + 12
    return chart_root(uid, w, height, words["cmp"], _join(lines) + ".", parts)
