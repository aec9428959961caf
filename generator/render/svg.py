"""SVG drawing primitives for the charts: elements, escaping, number layout, axis ticks, legend.

Everything returns strings; `chart_root` wraps them into the one Markup the caller embeds.
Attribute values and text go through `escape`; coordinates through `fmt`, which fixes the
decimals so the same input always gives the same bytes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from markupsafe import Markup, escape

FONT = "'Noto Sans', 'DejaVu Sans', sans-serif"
INK, MUTED, GRID, CARD, STRIPE = "#1f2933", "#52606d", "#d9dee3", "#ffffff", "#f4f6f8"
CHAR_WIDTH = 0.56  # average advance of Noto Sans / DejaVu Sans, in ems: enough to size labels


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


def wrap(text: str, width: float, size: float, max_lines: int = 3) -> list[str]:
    """Break `text` at spaces into lines that fit `width` units at font `size`: a label is shown
    whole, over several lines, rather than cut. Only a text longer than `max_lines` lines ends in
    '…' (the full text is in the chart's <title> and description)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = truncate(lines[-1] + " …", width, size)
    return [truncate(line, width, size) for line in lines] or [""]


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


def rect(
    x: float, y: float, w: float, h: float, fill: str, *, tip: str | None = None, **attrs: object
) -> str:
    inner = f"<title>{escape(tip)}</title>" if tip else ""
    body = _attrs({"x": x, "y": y, "width": max(w, 0.0), "height": max(h, 0.0), "fill": fill, **attrs})
    return f"<rect{body}>{inner}</rect>" if inner else f"<rect{body}/>"


def line(x1: float, y1: float, x2: float, y2: float, *, stroke: str = GRID, **attrs: object) -> str:
    return f"<line{_attrs({'x1': x1, 'y1': y1, 'x2': x2, 'y2': y2, 'stroke': stroke, **attrs})}/>"


def diamond(x: float, y: float, r: float) -> str:
    """The hollow baseline marker: distinct from the filled target dots in shape, not only colour."""
    return (
        f'<path d="M{fmt(x)} {fmt(y - r)} l{fmt(r)} {fmt(r)} l-{fmt(r)} {fmt(r)} l-{fmt(r)} -{fmt(r)} z" '
        f'fill="#ffffff" stroke="{MUTED}" stroke-width="1.5"/>'
    )


def chart_root(uid: str, width: float, height: float, title: str, desc: str, body: Sequence[str]) -> Markup:
    """The root element: size, viewBox, accessible name and description, font, white card."""
    uid = re.sub(r"[^A-Za-z0-9_-]", "-", uid) or "chart"
    head = _attrs(
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "class": "mp-chart",
            "width": width,
            "height": height,
            "viewBox": f"0 0 {fmt(width)} {fmt(height)}",
            "role": "img",
            "aria_labelledby": f"{uid}-title {uid}-desc",
            "fill": INK,
        }
    )
    head += f' font-family="{FONT}"'  # written out rather than escaped, so it reads as CSS
    return Markup(
        f'<svg{head}><title id="{uid}-title">{escape(title)}</title>'
        f'<desc id="{uid}-desc">{escape(desc)}</desc>'
        + rect(0, 0, width, height, CARD, rx=8, stroke=GRID)
        + "".join(body)
        + "</svg>"
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
