"""Pillar colours for the site's CSS, adjusted for contrast.

The catalogue's pillar colours are brand colours; several are too light for white text (amber on
white is 2.9:1, WCAG AA wants 4.5:1). We derive an `ink` shade (darkened until white text on it
reaches 4.5:1) for chips and headers, and a `glow` shade (lightened until it reaches 4.5:1 on the
dark theme's background) for coloured text in dark mode.
"""

from __future__ import annotations

from generator.catalog import Pillar

DARK_BG = (0x1E, 0x21, 0x29)  # Material's slate background, approximately
WHITE = (255, 255, 255)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0, min(255, c))):02x}" for c in rgb)


def luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ink(colour: str, *, against: tuple[int, int, int] = WHITE, ratio: float = 4.5) -> str:
    """The colour, darkened in small steps until `against` on it reaches `ratio`."""
    rgb: tuple[float, float, float] = _rgb(colour)
    while contrast(rgb, against) < ratio:
        rgb = tuple(c * 0.94 for c in rgb)  # type: ignore[assignment]
    return _hex(rgb)


def glow(colour: str, *, against: tuple[int, int, int] = DARK_BG, ratio: float = 4.5) -> str:
    """The colour, lightened toward white until it reads at `ratio` on the dark background."""
    rgb: tuple[float, float, float] = _rgb(colour)
    while contrast(rgb, against) < ratio:
        rgb = tuple(c + (255 - c) * 0.08 for c in rgb)  # type: ignore[assignment]
    return _hex(rgb)


def pillar_css(pillars: tuple[Pillar, ...]) -> str:
    rules = ["/* generated from generator/data/pillars.yaml by generator/site/colours.py */"]
    for p in pillars:
        rules.append(
            f".mp-p-{p.code} {{ --mp-pillar: {p.colour}; --mp-pillar-ink: {ink(p.colour)}; "
            f"--mp-pillar-glow: {glow(p.colour)}; }}"
        )
        # Cards that start with a pillar chip get the pillar's colour as their top edge.
        rules.append(
            f".md-typeset .grid.cards > ul > li:has(.mp-p-{p.code}) {{ border-top: 0.2rem solid {p.colour}; }}"
        )
    return "\n".join(rules) + "\n"
