"""The print HTML of a region's documents, from the validated model through Jinja.

Two passes over one template environment: the body first (chapters call the `Outline` to number
headings, tables and figures as they render), then the whole document, whose front matter (table
of contents, lists of tables and figures) is built from what the body collected. Templates see
the `Region` and a few lookup helpers, never raw YAML.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..model import Region, programme_by_year, programme_total, quick_win_total, risk_band
from ..render.environment import environment
from .outline import Outline, roman

KINDS = ("masterplan", "quick-win")
TITLES = {"masterplan": "Masterplan Smart City", "quick-win": "Program Quick Win Smart City"}


@dataclass(frozen=True)
class Lookup:
    """Names for the codes used in the YAML, as the templates need them."""

    region: Region
    lang: str

    def agency(self, code: str) -> str:
        return self.region.agency_names.get(code, code)

    def agencies(self, codes: list[str]) -> list[str]:
        return [self.agency(code) for code in codes]

    def pillar(self, code: str) -> str:
        return self.region.cat.pillar(code).name(self.lang)

    def pillar_of(self, item_id: str) -> str:
        return self.region.pillar_of[item_id].name(self.lang)

    def element(self, pillar: str, code: str) -> str:
        found = self.region.cat.pillar(pillar).element(code)
        return found.name(self.lang) if found else code

    def category(self, code: str) -> str:
        found = self.region.cat.category(code)
        return found.name(self.lang) if found else code

    def source(self, code: str) -> str:
        found = self.region.cat.source(code)
        return found.name(self.lang) if found else code


def document_date(region: Region) -> dt.datetime:
    """The date written into the PDF: never the clock, so that two builds are byte-identical.

    `SOURCE_DATE_EPOCH` (the reproducible-builds convention) wins; else the approval date; else
    1 January of the plan's first year, which is fixed by the input.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    approved = region.plan.document.approved_on
    day = dt.date.fromisoformat(approved) if approved else dt.date(region.plan.period.start, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def title(region: Region, kind: str) -> str:
    """The document's own title if the region set one, else 'Masterplan Smart City <region> <period>'."""
    own = region.plan.document.title
    if kind == "masterplan" and own != TITLES[kind]:
        return own
    return f"{TITLES[kind]} {region.full_name} {region.plan.period.start}–{region.plan.period.end}"


def keywords(region: Region, kind: str) -> list[str]:
    words = ["smart city", "masterplan", region.full_name, region.plan.region.province,
             f"{region.plan.period.start}–{region.plan.period.end}", "RPJMD"]
    if kind == "quick-win":
        words.insert(1, "quick win")
    return words


def logo_url(region: Region) -> str | None:
    """File URL of the emblem (the validator has already checked it lies inside assets/)."""
    logo = region.plan.region.logo
    return (region.folder / logo).resolve().as_uri() if logo else None


def context(region: Region, kind: str, *, lang: str, charts: Any) -> dict[str, Any]:
    date = document_date(region)
    return {
        "region": region,
        "plan": region.plan,
        "kind": kind,
        "title": title(region, kind),
        "short_title": f"{TITLES[kind]} {region.plan.period.start}–{region.plan.period.end}",
        "subject": _subject(region, kind),
        "keywords": keywords(region, kind),
        "date": date,
        "date_w3c": date.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "period": f"{region.plan.period.start}–{region.plan.period.end}",
        "logo": logo_url(region),
        "names": Lookup(region, lang),
        "outline": Outline(lang),
        "charts": charts,
        "programme_total": programme_total,
        "programme_by_year": programme_by_year,
        "quick_win_total": quick_win_total,
        "risk_band": risk_band,
        "roman": roman,
        "evaluation_scheme": evaluation_scheme(region),
        # SNI clause numbers in numeric order (10.2 after 9.1), as in the standard
        "sni_rows": sorted(region.sni_usage.items(), key=lambda kv: [int(n) for n in kv[0].split(".")]),
    }


def build_html(region: Region, kind: str, *, lang: str = "id", charts: Any = None) -> str:
    """The complete print HTML of one document (`kind` is 'masterplan' or 'quick-win')."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {KINDS}")
    env = environment("pdf", lang=lang)
    ctx = context(region, kind, lang=lang, charts=charts if charts is not None else _charts())
    body = env.get_template(f"{kind}/body.html.j2").render(ctx)
    return env.get_template(f"{kind}/document.html.j2").render(ctx, body=Markup(body))


def stylesheet() -> Path:
    from ..render.environment import TEMPLATES

    return TEMPLATES / "pdf" / "print.css"


def evaluation_scheme(region: Region) -> dict[str, Any] | None:
    """The ministry's evaluation weights in force in the plan's first year (configuration data)."""
    start = region.plan.period.start
    return next((s for s in region.cat.evaluation.get("schemes", []) if start in s.get("years", [])), None)


def _subject(region: Region, kind: str) -> str:
    if kind == "quick-win":
        return (f"Program quick win smart city {region.full_name}, {region.plan.region.province}: "
                f"program satu tahun berdampak tinggi untuk paparan kepala daerah.")
    return (f"Rencana induk smart city lima tahun {region.full_name}, {region.plan.region.province}, "
            f"selaras dengan {region.plan.rpjmd.title}.")


def _charts() -> Any:
    from ..render import charts

    return charts
