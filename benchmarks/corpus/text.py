"""YAML written as text in the samples' layout (plain scalars where safe, flow maps for budgets,
literal blocks for Markdown), fast enough for a national corpus: no YAML dumper involved."""

from __future__ import annotations

import re
import textwrap

WRAP = 96

_PLAIN = re.compile(r"[A-Za-z0-9(\u00c0-\uffff][^\n\t]*")
_NUMBERISH = re.compile(r"[-+]?[0-9_.:eE]+|[-+]?\.(inf|nan)", re.IGNORECASE)
_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}


def q(text: str) -> str:
    """A scalar as the samples write it: plain when YAML reads it back as the same string."""
    if (
        _PLAIN.fullmatch(text)
        and ": " not in text
        and " #" not in text
        and not text.endswith((":", " "))
        and not _NUMBERISH.fullmatch(text)
        and not re.match(r"\d{4}-\d\d", text)
        and text.lower() not in _RESERVED
    ):
        return text
    return "'" + text.replace("'", "''") + "'"


def num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.3f}".rstrip("0")


def flow(items: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(items) + "]"


def flow_map(pairs: dict) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in pairs.items()) + "}"


def literal(key: str, *paragraphs: str, indent: int) -> list[str]:
    """`key: |` with the paragraphs wrapped like hand-written Markdown."""
    pad = " " * (indent + 2)
    out = [f"{' ' * indent}{key}: |"]
    for n, para in enumerate(paragraphs):
        if n:
            out.append("")
        out.extend(pad + line for line in textwrap.wrap(para, WRAP - len(pad)))
    return out


def folded(key: str, text: str, indent: int) -> list[str]:
    pad = " " * (indent + 2)
    return [f"{' ' * indent}{key}: >-"] + [pad + line for line in textwrap.wrap(text, WRAP - len(pad))]


def banner(title: str) -> list[str]:
    rule = "# " + "-" * 77
    return ["", rule, f"# {title}", rule]
