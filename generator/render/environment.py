"""The one Jinja environment: strict undefined, autoescape, filters registered in one place.

Templates are looked up first in an override folder (a ministry or region can restyle without
forking), then in the project's `templates/` (shipped in the wheel: generator/resources.py). Text from YAML is data, never template code.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator import resources
from generator.render import formatting
from generator.render.markdown import markdown, plain

TEMPLATES = resources.TEMPLATES  # the checkout's templates/, or the installed wheel's copy


def environment(
    kind: str, *, lang: str = "id", html: bool = True, override: Path | None = None
) -> jinja2.Environment:
    """`kind` is a subfolder of templates/ ('site' or 'pdf'); shared partials live in templates/shared."""
    folders = [override] if override else []
    folders += [TEMPLATES / kind, TEMPLATES / "shared"]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(f) for f in folders]),
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        rupiah=lambda v: formatting.rupiah(v, lang),
        rupiah_short=lambda v: formatting.rupiah_short(v, lang),
        number=lambda v: formatting.number(v, lang),
        percent=lambda v, digits=1: formatting.percent(v, lang, digits),
        date=lambda v: formatting.date(v, lang),
        markdown=markdown,
        plain=plain,
    )
    env.globals["lang"] = lang
    return env
