"""The reviewers' briefing book: one PDF comparing several regions, e.g. every region of a province.

Like the board briefing books of strategy-planning tools, it puts side by side what a reviewer
weighs: each plan's status, budgets by pillar and by year, coverage of the 18 elements, and the
latest evaluation figures. Every figure is the model's (`Region`, `Evaluation`), the same numbers
the regions' own books and pages show. The regions' source YAML is attached (PDF/A-3), named
`<slug>-<file>` so that names stay unique.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from generator.model import documents as docs
from generator.model.evaluation import band_for
from generator.model.publication import sources
from generator.model.region import Region
from generator.pdf.document import STATUS_WORDS, charts_described, document_date
from generator.pdf.outline import Outline
from generator.render.environment import environment
from generator.render.formatting import roman

TITLE = "Buku Briefing Masterplan Smart City"


class SelectionError(ValueError):
    """The province or slugs name no region, or an unknown one: a usage error, not a bug."""


def select(
    regions: list[Region], *, province: str | None = None, slugs: tuple[str, ...] = ()
) -> list[Region]:
    """The regions of `province` (case-insensitive) and those named by `slugs`, in name order."""
    by_slug = {r.slug: r for r in regions}
    unknown = [s for s in slugs if s not in by_slug]
    if unknown:
        raise SelectionError(
            f"no region {', '.join(map(repr, unknown))} (known: {', '.join(sorted(by_slug))})"
        )
    chosen = {s: by_slug[s] for s in slugs}
    if province is not None:
        wanted = province.strip().casefold()
        inside = [r for r in regions if r.plan.region.province.casefold() == wanted]
        if not inside:
            known = sorted({r.plan.region.province for r in regions})
            raise SelectionError(f"no region in province {province!r} (provinces: {', '.join(known)})")
        chosen |= {r.slug: r for r in inside}
    if not chosen:
        raise SelectionError("name a province (--province) or at least one region slug")
    return sorted(chosen.values(), key=lambda r: (r.name.casefold(), r.slug))


def label(regions: list[Region], province: str | None) -> str:
    """What the book compares: 'Provinsi Kalimantan Timur', or '3 daerah' for a set of slugs."""
    provinces = {r.plan.region.province for r in regions}
    if province is not None and len(provinces) == 1:
        return f"Provinsi {regions[0].plan.region.province}"
    return f"{len(regions)} daerah"


def briefing_date(regions: list[Region]) -> dt.datetime:
    """SOURCE_DATE_EPOCH, else the newest of the regions' document dates: never the clock."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").strip().isdigit():
        return document_date(regions[0])
    return max(document_date(r, r.evaluations[-1] if r.evaluations else None) for r in regions)


def years(regions: list[Region]) -> list[int]:
    """Every plan year of any region (periods differ between regions), in order."""
    return sorted({y for r in regions for y in r.years})


@dataclass(frozen=True)
class Totals:
    """Sums over the compared regions of figures each `Region` computed: nothing recomputed."""

    programmes: int
    quick_wins: int
    budget: int
    by_pillar: dict[str, int]
    by_year: dict[int, int]


def totals(regions: list[Region]) -> Totals:
    codes = [p.code for p in regions[0].cat.pillars]
    return Totals(
        programmes=sum(len(r.programmes) for r in regions),
        quick_wins=sum(len(r.quick_wins) for r in regions),
        budget=sum(r.total_budget for r in regions),
        by_pillar={c: sum(r.part(c).total for r in regions) for c in codes},
        by_year={y: sum(r.budget_by_year.get(y, 0) for r in regions) for y in years(regions)},
    )


def build_html(regions: list[Region], *, title_label: str, lang: str = "id") -> str:
    env = environment("pdf", lang=lang)
    date = briefing_date(regions)
    cat = regions[0].cat
    ctx: dict[str, Any] = {
        "regions": regions,
        "cat": cat,
        "label": title_label,
        "title": f"{TITLE} {title_label}",
        "short_title": f"{TITLE} · {title_label}",
        "kind": "briefing",
        "date": date,
        "date_w3c": date.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "years": years(regions),
        "totals": totals(regions),
        "outline": Outline(lang),
        "status_words": STATUS_WORDS,
        "band_for": band_for,
        "roman": roman,
        "book_set": [k for k in docs.kinds().values() if k.book],
    }
    body = env.get_template("briefing/body.html.j2").render(ctx)
    return charts_described(env.get_template("briefing/document.html.j2").render(ctx, body=Markup(body)))


def attachments(regions: list[Region]) -> list[Any]:
    from weasyprint import Attachment  # type: ignore[import-untyped]

    when = briefing_date(regions).replace(tzinfo=None)
    return [
        Attachment(
            string=data,
            name=f"{region.slug}-{Path(name).name}",
            description=f"Sumber YAML {region.full_name}: {name}",
            created=when,
            modified=when,
            relationship="Source",
        )
        for region in regions
        for name, data in sources(region)
    ]


def render_briefing(regions: list[Region], *, title_label: str) -> tuple[bytes, list[str]]:
    from generator.pdf.render import html_to_pdf

    html = build_html(regions, title_label=title_label)
    return html_to_pdf(html, assets=None, draft=False, attachments=attachments(regions))
