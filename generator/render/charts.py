"""Static SVG charts, drawn at build time and used as-is by the site and the PDFs.

One SVG string serves both outputs, so a chart never differs between screen and paper: no
JavaScript, no external references, the font named on the root (WeasyPrint falls back to DejaVu
otherwise) and a white card behind the drawing so it reads the same in the site's dark mode.
Every chart carries <title> and a <desc> that states its numbers: the text alternative for
readers who cannot see it. All user text goes through `escape`; all numbers through
`formatting`. Output is deterministic (fixed float formatting, catalogue order) so builds diff.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from markupsafe import Markup, escape

from ..catalog import Pillar
from ..model import Region, programme_by_year, programme_total
from ..schema import Indicator
from .formatting import number, percent, rupiah, rupiah_short

FONT = "'Noto Sans', 'DejaVu Sans', sans-serif"
INK, MUTED, GRID, CARD, STRIPE = "#1f2933", "#52606d", "#d9dee3", "#ffffff", "#f4f6f8"
ACCENT = "#1f5fa8"
COMPONENTS = {"structure": "#1f5fa8", "infrastructure": "#a8650b", "suprastructure": "#2a7a52"}
CHAR_WIDTH = 0.56  # average advance of Noto Sans / DejaVu Sans, in ems: enough to size labels

WORDS = {
    "id": {
        "bpy": "Anggaran per tahun dan dimensi", "bpy_desc": "Total anggaran per tahun",
        "src": "Anggaran per sumber pendanaan", "road": "Peta jalan program",
        "programme": "Program", "total": "Total", "programmes": "program", "none": "Belum ada program",
        "ready": "Skor kesiapan per aspek", "avg": "rata-rata", "cmp": "Anggaran per daerah dan dimensi",
        "baseline": "data dasar", "target": "target", "up": "makin tinggi makin baik",
        "down": "makin rendah makin baik", "years": "tahun", "per_pillar": "Per dimensi",
        "structure": "Struktur", "infrastructure": "Infrastruktur", "suprastructure": "Suprastruktur",
    },
    "en": {
        "bpy": "Budget by year and pillar", "bpy_desc": "Total budget per year",
        "src": "Budget by funding source", "road": "Programme roadmap",
        "programme": "Programme", "total": "Total", "programmes": "programmes", "none": "No programmes yet",
        "ready": "Readiness score per aspect", "avg": "average", "cmp": "Budget by region and pillar",
        "baseline": "baseline", "target": "target", "up": "higher is better",
        "down": "lower is better", "years": "years", "per_pillar": "Per pillar",
        "structure": "Structure", "infrastructure": "Infrastructure", "suprastructure": "Suprastructure",
    },
}


def _w(lang: str) -> dict[str, str]:
    return WORDS["en" if lang == "en" else "id"]


# --------------------------------------------------------------------------- primitives


def fmt(value: float) -> str:
    """A coordinate with at most two decimals and no '-0', so identical input gives identical bytes."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round axis ticks (steps of 1, 2, 2.5 or 5 × 10ⁿ) covering lo..hi in about `count` steps."""
    if hi <= lo:
        hi = lo + (abs(lo) or 1)
    raw = (hi - lo) / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if raw <= m * magnitude * (1 + 1e-9))
    start, stop = math.floor(lo / step + 1e-9) * step, math.ceil(hi / step - 1e-9) * step
    return [round(start + i * step, 10) for i in range(round((stop - start) / step) + 1)]


def text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


def truncate(text: str, width: float, size: float) -> str:
    """Cut `text` with '…' so it fits `width` units at font `size` (the full text goes in a <title>)."""
    if text_width(text, size) <= width:
        return text
    keep = max(int(width / (size * CHAR_WIDTH)) - 1, 1)
    return text[:keep].rstrip() + "…"


def darken(colour: str, factor: float = 0.8) -> str:
    """A darker shade, so white text on a pillar colour keeps a readable contrast."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c * factor):02x}" for c in rgb)


def _attrs(attrs: dict[str, object]) -> str:
    out = []
    for key, value in attrs.items():
        if value is None:
            continue
        shown = fmt(value) if isinstance(value, float | int) else escape(str(value))
        out.append(f' {key.rstrip("_").replace("_", "-")}="{shown}"')
    return "".join(out)


def text(x: float, y: float, content: str, *, size: float = 11, **attrs: object) -> str:
    return f"<text{_attrs({'x': x, 'y': y, 'font_size': size, **attrs})}>{escape(content)}</text>"


def rect(x: float, y: float, w: float, h: float, fill: str, *, tip: str | None = None, **attrs: object) -> str:
    inner = f"<title>{escape(tip)}</title>" if tip else ""
    body = _attrs({"x": x, "y": y, "width": max(w, 0.0), "height": max(h, 0.0), "fill": fill, **attrs})
    return f"<rect{body}>{inner}</rect>" if inner else f"<rect{body}/>"


def line(x1: float, y1: float, x2: float, y2: float, *, stroke: str = GRID, **attrs: object) -> str:
    return f"<line{_attrs({'x1': x1, 'y1': y1, 'x2': x2, 'y2': y2, 'stroke': stroke, **attrs})}/>"


def svg(uid: str, width: float, height: float, title: str, desc: str, body: Sequence[str]) -> Markup:
    """The root element: size, viewBox, accessible name and description, font, white card."""
    uid = re.sub(r"[^A-Za-z0-9_-]", "-", uid) or "chart"
    head = _attrs({
        "xmlns": "http://www.w3.org/2000/svg", "class": "mp-chart", "width": width, "height": height,
        "viewBox": f"0 0 {fmt(width)} {fmt(height)}", "role": "img",
        "aria_labelledby": f"{uid}-title {uid}-desc", "fill": INK,
    })
    head += f' font-family="{FONT}"'  # written out rather than escaped, so it reads as CSS
    return Markup(
        f"<svg{head}><title id=\"{uid}-title\">{escape(title)}</title>"
        f"<desc id=\"{uid}-desc\">{escape(desc)}</desc>"
        + rect(0, 0, width, height, CARD, rx=8, stroke=GRID)
        + "".join(body) + "</svg>"
    )


def legend(items: Sequence[tuple[str, str]], x: float, y: float, width: float) -> tuple[list[str], float]:
    """Swatch + label items flowing left to right, wrapping at `width`; returns parts and height used."""
    parts: list[str] = []
    cx, cy = x, y
    for label, colour in items:
        item_w = 16 + text_width(label, 10) + 18
        if cx > x and cx + item_w > x + width:
            cx, cy = x, cy + 18
        parts += [rect(cx, cy, 11, 11, colour, rx=2), text(cx + 16, cy + 9.5, label, size=10)]
        cx += item_w
    return parts, cy - y + 18


def _value_axis_h(ticks: list[float], x0: float, x1: float, y: float, y_end: float, label) -> list[str]:
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
        parts += [line(left, y, right, y), text(left - 8, y + 3.5, rupiah_short(t, lang), size=9,
                                                text_anchor="end", fill=MUTED)]
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
                parts.append(rect(x, y, bar_w, h, part.pillar.colour, tip=tip, data_key=f"{part.code}/{year}"))
        parts += [text(x + bar_w / 2, y - 6, rupiah_short(totals[year], lang), size=10, text_anchor="middle",
                       font_weight="bold"),
                  text(x + bar_w / 2, bottom + 16, str(year), size=11, text_anchor="middle")]
    parts.append(line(left, bottom, right, bottom, stroke=MUTED))
    keys, key_h = legend([(p.pillar.name(lang), p.pillar.colour) for p in region.parts], left, bottom + 30, right - left)
    words = _w(lang)
    desc = (f"{words['bpy_desc']}: " + _join([f"{y}: {rupiah(totals[y], lang)}" for y in years])
            + f". {words['total']}: {rupiah(region.total_budget, lang)}. {words['per_pillar']}: "
            + _join([f"{p.pillar.name(lang)} {rupiah(p.total, lang)}" for p in region.parts]) + ".")
    return svg(uid, w, bottom + 30 + key_h + 10, f"{words['bpy']} — {region.full_name}", desc, parts + keys)


def budget_by_source(region: Region, *, lang: str = "id", uid: str = "bsrc") -> Markup:
    """Horizontal bars per funding source, with amount and share of the total."""
    words, rows, total = _w(lang), region.budget_by_source, region.total_budget or 1
    w, label_w, row_h, top = 640.0, 170.0, 28.0, 30.0
    x0, x1 = 16 + label_w, w - 190
    ticks = nice_ticks(0, max([a for _, a in rows] + [1_000_000]), 4)
    parts = _value_axis_h(ticks, x0, x1, top - 4, top + row_h * len(rows), lambda t: rupiah_short(t, lang))
    lines = []
    for i, (source, amount) in enumerate(rows):
        y, name = top + i * row_h, source.name(lang)
        share = f"{rupiah_short(amount, lang)} · {percent(amount / total, lang)}"
        parts += [text(16, y + 18, truncate(name, label_w - 8, 11), size=11),
                  rect(x0, y + 6, (x1 - x0) * amount / ticks[-1], 16, ACCENT, tip=f"{name}: {rupiah(amount, lang)}",
                       data_key=source.code),
                  text(x0 + (x1 - x0) * amount / ticks[-1] + 6, y + 18, share, size=10)]
        lines.append(f"{name}: {rupiah(amount, lang)} ({percent(amount / total, lang)})")
    desc = _join(lines) + f". {words['total']}: {rupiah(region.total_budget, lang)}."
    return svg(uid, w, top + row_h * max(len(rows), 1) + 14, f"{words['src']} — {region.full_name}", desc, parts)


# --------------------------------------------------------------------------- roadmap


ROAD_W, ROW_H, HEAD_H, NAME_X, YEARS_X, TOTAL_W = 1000.0, 22.0, 24.0, 84.0, 470.0, 120.0


def _roadmap_row(p, pillar: Pillar, years: list[int], y: float, stripe: bool, lang: str) -> list[str]:
    """One programme: id, (truncated) name with the full name as tooltip, a cell per year, total."""
    col_w = (ROAD_W - 16 - TOTAL_W - YEARS_X) / len(years)
    parts = [f"<g>{rect(8, y, ROAD_W - 16, ROW_H, STRIPE)}" if stripe else "<g>",
             f"<title>{escape(p.id)} {escape(p.name)}</title>",
             text(16, y + 15, p.id, size=10, font_weight="bold", fill=darken(pillar.colour, 0.85)),
             text(NAME_X, y + 15, truncate(p.name, YEARS_X - NAME_X - 10, 10.5), size=10.5)]
    by_year, fill = programme_by_year(p), darken(pillar.colour)
    for i, year in enumerate(years):
        if year in p.years:
            x = YEARS_X + i * col_w
            parts.append(rect(x + 1, y + 3, col_w - 2, ROW_H - 6, fill, rx=2, data_key=f"{p.id}/{year}"))
            if by_year.get(year):
                parts.append(text(x + col_w / 2, y + 14.5, rupiah_short(by_year[year], lang), size=8.5,
                                  text_anchor="middle", fill="#ffffff"))
    parts += [text(ROAD_W - 16, y + 15, rupiah_short(programme_total(p), lang), size=10, text_anchor="end"), "</g>"]
    return parts


def roadmap(region: Region, *, lang: str = "id", uid: str = "road", pillar: str | None = None) -> Markup:
    """Gantt-like timeline: programme rows grouped under pillar header rows, one column per year."""
    words, years = _w(lang), region.years
    parts_ = [p for p in region.parts if p.data.programmes and pillar in (None, p.code)]
    col_w = (ROAD_W - 16 - TOTAL_W - YEARS_X) / len(years)
    body = [text(16, 22, words["programme"], size=11, font_weight="bold"),
            text(ROAD_W - 16, 22, words["total"], size=11, font_weight="bold", text_anchor="end")]
    body += [text(YEARS_X + (i + 0.5) * col_w, 22, str(y), size=11, font_weight="bold", text_anchor="middle")
             for i, y in enumerate(years)]
    y, lines = 32.0, []
    body.append(line(8, y, ROAD_W - 8, y, stroke=MUTED))
    for part in parts_:
        name = part.pillar.name(lang)
        body += [rect(8, y + 2, ROAD_W - 16, HEAD_H - 4, part.pillar.colour, fill_opacity=0.14),
                 rect(8, y + 2, 4, HEAD_H - 4, part.pillar.colour),
                 text(16, y + 17, name, size=11.5, font_weight="bold", fill=darken(part.pillar.colour, 0.8)),
                 text(ROAD_W - 16, y + 17, rupiah_short(part.total, lang), size=10.5, font_weight="bold",
                      text_anchor="end")]
        y += HEAD_H
        lines.append(f"{name} ({len(part.data.programmes)} {words['programmes']}, {rupiah(part.total, lang)})")
        for n, p in enumerate(part.data.programmes):
            body += _roadmap_row(p, part.pillar, years, y, n % 2 == 1, lang)
            y += ROW_H
            active = ", ".join(str(v) for v in sorted(p.years))
            lines.append(f"{p.id} {p.name}: {active}; {rupiah(programme_total(p), lang)}")
    if not parts_:
        body.append(text(16, y + 20, words["none"], size=11, fill=MUTED))
        y += ROW_H + 6
        lines.append(words["none"])
    title = f"{words['road']} {years[0]}–{years[-1]} — {region.full_name}"
    if pillar:
        title += f" — {region.cat.pillar(pillar).name(lang)}"
    return svg(uid, ROAD_W, y + 10, title, _join(lines) + ".", body)


# --------------------------------------------------------------------------- indicator


def _indicator_ticks(values: list[float]) -> list[float]:
    lo, hi = min(values), max(values)
    if 0 <= lo <= hi * 0.5:  # start at zero unless that would flatten a narrow band (e.g. index 70–80)
        lo = 0
    return nice_ticks(lo, hi, 4)


def indicator_chart(indicator: Indicator, *, years: Sequence[int], lang: str = "id", uid: str = "ind") -> Markup:
    """Small line chart of yearly targets, with the baseline as a distinct hollow marker."""
    words, w, h = _w(lang), 360.0, 170.0
    left, right, top, bottom = 52.0, w - 16, 44.0, h - 42
    base = indicator.baseline
    targets = sorted(indicator.targets.items())
    span = sorted({*years, *(y for y, _ in targets), *([base.year] if base else [])})
    ticks = _indicator_ticks([v for _, v in targets] + ([base.value] if base else []))

    def px(year: int) -> float:
        inner = right - left - 36  # inset so end markers and their labels clear the tick labels
        return left + 18 + inner * ((year - span[0]) / (span[-1] - span[0]) if len(span) > 1 else 0.5)

    def py(value: float) -> float:
        return bottom - (bottom - top) * (value - ticks[0]) / (ticks[-1] - ticks[0])

    arrow = "↑" if indicator.direction == "up" else "↓"
    parts = [text(12, 18, truncate(indicator.name, w - 44, 11.5) + f" {arrow}", size=11.5, font_weight="bold"),
             text(12, 33, indicator.unit, size=9.5, fill=MUTED)]
    for t in ticks:
        parts += [line(left, py(t), right, py(t)),
                  text(left - 6, py(t) + 3, number(t, lang), size=9, text_anchor="end", fill=MUTED)]
    parts += [text(px(y), bottom + 14, str(y), size=9, text_anchor="middle", fill=MUTED) for y in span]
    points = " ".join(f"{fmt(px(y))},{fmt(py(v))}" for y, v in targets)
    if base:
        bx, by = px(base.year), py(base.value)
        parts += [line(bx, by, px(targets[0][0]), py(targets[0][1]), stroke=MUTED, stroke_dasharray="3 3"),
                  f'<path d="M{fmt(bx)} {fmt(by - 5)} l5 5 l-5 5 l-5 -5 z" fill="#ffffff" stroke="{MUTED}" '
                  'stroke-width="1.5"/>',
                  text(bx, by - 8, number(base.value, lang), size=9, text_anchor="middle", fill=MUTED)]
    parts.append(f'<polyline points="{points}" fill="none" stroke="{ACCENT}" stroke-width="2"/>')
    for y, v in targets:
        parts += [f'<circle cx="{fmt(px(y))}" cy="{fmt(py(v))}" r="3.5" fill="{ACCENT}"/>',
                  text(px(y), py(v) - 8, number(v, lang), size=9, text_anchor="middle")]
    parts += [f'<path d="M{fmt(left)} {fmt(h - 14)} l4 -4 l4 4 l-4 4 z" fill="#ffffff" stroke="{MUTED}"/>',
              text(left + 12, h - 10.5, words["baseline"], size=9, fill=MUTED),
              f'<circle cx="{fmt(left + 84)}" cy="{fmt(h - 14)}" r="3.5" fill="{ACCENT}"/>',
              text(left + 92, h - 10.5, words["target"], size=9, fill=MUTED)]
    desc = f"{indicator.name} ({indicator.unit}), {words[indicator.direction]}. "
    if base:
        desc += f"{words['baseline'].capitalize()} {base.year}: {number(base.value, lang)}. "
    desc += f"{words['target'].capitalize()}: " + _join([f"{y}: {number(v, lang)}" for y, v in targets]) + "."
    return svg(uid, w, h, f"{indicator.name} {arrow}", desc, parts)


# --------------------------------------------------------------------------- readiness


def readiness(region: Region, *, lang: str = "id", uid: str = "ready") -> Markup:
    """Horizontal 0–100 bars per assessed aspect, grouped and coloured by component."""
    words, items = _w(lang), region.plan.readiness.items
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
        lines.append(f"{words[component]} ({words['avg']} {number(avg, lang)}): "
                     + ", ".join(f"{i.aspect} {number(i.score, lang)}" for i in group))
        y += head_h
        for item in group:
            bar = (x1 - x0) * item.score / 100
            parts += [text(28, y + 15, truncate(item.aspect, label_w - 20, 10.5), size=10.5),
                      rect(x0, y + 4, bar, row_h - 8, colour, tip=f"{item.aspect}: {number(item.score, lang)}",
                           data_key=item.aspect),
                      text(x0 + bar + 5, y + 15, number(item.score, lang), size=10)]
            y += row_h
    return svg(uid, w, y + 12, f"{words['ready']} — {region.full_name}", _join(lines) + ".", parts)


# --------------------------------------------------------------------------- national comparison


def compare_budget(regions: Sequence[Region], *, lang: str = "id", uid: str = "cmp") -> Markup:
    """One horizontal bar per region, stacked by pillar, on a shared scale."""
    words, w, label_w, row_h = _w(lang), 760.0, 210.0, 24.0
    pillars = regions[0].cat.pillars if regions else ()
    keys, key_h = legend([(p.name(lang), p.colour) for p in pillars], 16, 14, w - 32)
    top = 14 + key_h + 22
    x0, x1 = 16 + label_w, w - 110
    ticks = nice_ticks(0, max([r.total_budget for r in regions] + [1_000_000]), 4)
    parts = keys + _value_axis_h(ticks, x0, x1, top - 4, top + row_h * len(regions), lambda t: rupiah_short(t, lang))
    lines = []
    for i, region in enumerate(regions):
        y, x = top + i * row_h, x0
        parts.append(text(16, y + 16, truncate(region.full_name, label_w - 8, 11), size=11))
        for part in region.parts:
            seg = (x1 - x0) * part.total / ticks[-1]
            if seg:
                parts.append(rect(x, y + 4, seg, row_h - 8, part.pillar.colour, data_key=f"{region.slug}/{part.code}",
                                  tip=f"{region.full_name} — {part.pillar.name(lang)}: {rupiah(part.total, lang)}"))
            x += seg
        parts.append(text(x + 6, y + 16, rupiah_short(region.total_budget, lang), size=10, font_weight="bold"))
        lines.append(f"{region.full_name}: {rupiah(region.total_budget, lang)} ("
                     + ", ".join(f"{p.pillar.name(lang)} {rupiah(p.total, lang)}" for p in region.parts) + ")")
    return svg(uid, w, top + row_h * max(len(regions), 1) + 12, words["cmp"], _join(lines) + ".", parts)
