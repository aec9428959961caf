"""The print HTML of a region's documents, from the validated model through Jinja.

Two passes over one template environment: the body first (chapters call the `Outline` to number
headings, tables and figures as they render), then the whole document, whose front matter (table
of contents, lists of tables and figures) is built from what the body collected. Templates see
the `Region` (and for an evaluation report the `Evaluation`, whose figures are computed in
generator/evaluation.py) and a few lookup helpers, never raw YAML.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from generator.catalog import nomenclature, vocabulary
from generator.model import documents as docs
from generator.model.documents import EVALUATION
from generator.model.evaluation import Evaluation, band_for
from generator.model.recommendations import followed_in, open_recommendations, raised_in
from generator.model.region import (
    Region,
    programme_by_year,
    programme_stages,
    programme_total,
    quick_win_total,
    risk_band,
)
from generator.pdf.outline import Outline
from generator.render.environment import environment
from generator.render.formatting import roman

STATUS_WORDS = {"draft": "Draf", "final": "Final, menunggu pengesahan", "approved": "Disahkan"}


def find_evaluation(region: Region, which: Evaluation | str) -> Evaluation:
    """The region's evaluation named by its slug ('2026-tahap-2'), or the object itself."""
    if isinstance(which, Evaluation):
        return which
    for evaluation in region.evaluations:
        if evaluation.slug == which:
            return evaluation
    known = ", ".join(e.slug for e in region.evaluations) or "none"
    raise ValueError(f"{region.slug} has no evaluation {which!r} (available: {known})")


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


def document_date(region: Region, evaluation: Evaluation | None = None) -> dt.datetime:
    """The date written into the PDF: never the clock, so that two builds are byte-identical.

    `SOURCE_DATE_EPOCH` (the reproducible-builds convention) wins; else the evaluation's date for
    an evaluation report; else the approval date; else 1 January of the plan's first year, which
    is fixed by the input.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    approved = evaluation.data.date if evaluation else region.plan.document.approved_on
    day = dt.date.fromisoformat(approved) if approved else dt.date(region.plan.period.start, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def stage_label(evaluation: Evaluation) -> str:
    """'Tahun 2026 Tahap II', as evaluation reports name themselves."""
    return f"Tahun {evaluation.data.year} Tahap {roman(evaluation.data.stage)}"


def book_title(kind: str, lang: str = "id") -> str:
    """'Buku I Analisis Strategis Smart City'; 'Masterplan Smart City' for a kind outside the set."""
    found = docs.kind(kind)
    return f"Buku {roman(found.book)} {found.title(lang)}" if found.book else found.title(lang)


def title(region: Region, kind: str, evaluation: Evaluation | None = None) -> str:
    """The document's own title if the region set one, else 'Masterplan Smart City <region> <period>'."""
    own = region.plan.document.title
    if kind == "masterplan" and own != docs.kind(kind).title():
        return own
    if kind == EVALUATION and evaluation is not None:
        return f"{book_title(kind)} {region.full_name} {stage_label(evaluation)}"
    return f"{book_title(kind)} {region.full_name} {region.plan.period.start}–{region.plan.period.end}"


def status(region: Region, evaluation: Evaluation | None = None) -> str:
    """draft, final or approved: the evaluation's own status for its report, else the plan's.
    Anything but `approved` prints with the DRAF watermark."""
    return evaluation.data.status if evaluation else region.plan.document.status


def version_line(region: Region, kind: str, evaluation: Evaluation | None = None) -> str:
    """Bottom-right of every page: which version of which document, and DRAF until approved."""
    if kind == EVALUATION and evaluation is not None:
        line = f"Evaluasi {evaluation.data.year} Tahap {roman(evaluation.data.stage)}"
    else:
        line = f"Versi {region.plan.document.version}"
    return line if status(region, evaluation) == "approved" else f"{line} · DRAF"


def keywords(region: Region, kind: str) -> list[str]:
    words = [
        "smart city",
        "masterplan",
        region.full_name,
        region.plan.region.province,
        f"{region.plan.period.start}–{region.plan.period.end}",
        "RPJMD",
    ]
    if kind == "quick-win":
        words.insert(1, "quick win")
    if kind == "roadmap":
        words.insert(1, "road map")
    if kind == EVALUATION:
        words[1:1] = ["evaluasi", "tingkat implementasi", "SNI ISO 37122"]
    return words


def logo_url(region: Region) -> str | None:
    """File URL of the emblem (the validator has already checked it lies inside assets/)."""
    logo = region.plan.region.logo
    return (region.folder / logo).resolve().as_uri() if logo else None


def context(
    region: Region, kind: str, *, lang: str, charts: Any, evaluation: Evaluation | None = None
) -> dict[str, Any]:
    date = document_date(region, evaluation)
    period = f"{region.plan.period.start}–{region.plan.period.end}"
    short = f"{book_title(kind, lang)} {stage_label(evaluation) if evaluation else period}"
    return {
        "region": region,
        "plan": region.plan,
        "kind": kind,
        "book": docs.kind(kind),
        "book_set": docs.book_set(region.generation),
        "book_title": book_title(kind, lang),
        "title": title(region, kind, evaluation),
        "short_title": short,
        "subject": _subject(region, kind, evaluation),
        "keywords": keywords(region, kind),
        "date": date,
        "date_w3c": date.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "period": period,
        "status": status(region, evaluation),
        "status_words": STATUS_WORDS,
        "version_line": version_line(region, kind, evaluation),
        "logo": logo_url(region),
        "names": Lookup(region, lang),
        "outline": Outline(lang),
        "charts": charts,
        "progress_charts": _progress_charts(),  # the site's evaluation charts: the same SVG on paper
        "programme_total": programme_total,
        "programme_by_year": programme_by_year,
        "programme_stages": programme_stages,
        "nomenclature": nomenclature(),
        "decree_types": {code: n.name_id for code, n in vocabulary()["decree_type"].items()},
        "quick_win_total": quick_win_total,
        "risk_band": risk_band,
        "band_for": band_for,
        "roman": roman,
        "evaluation_scheme": evaluation_scheme(region),
        # SNI clause numbers in numeric order (10.2 after 9.1), as in the standard
        "sni_rows": sorted(region.sni_usage.items(), key=lambda kv: sni_order(kv[0])),
        "sni_order": sni_order,
        **(_evaluation_context(evaluation) if evaluation else {}),
    }


def _evaluation_context(evaluation: Evaluation) -> dict[str, Any]:
    """Lookups (not figures) an evaluation report needs: the record's entries by id."""
    return {
        "evaluation": evaluation,
        "stage": stage_label(evaluation),
        "bands": evaluation.config.bands,
        "records": {p.id: p for p in evaluation.data.programmes},
        "outcomes": {q.id: q for q in evaluation.data.quick_wins},
        "sni_assessed": sorted(evaluation.data.sni, key=lambda s: sni_order(s.number)),
        "raised": raised_in(evaluation),
        "followed": followed_in(evaluation),
        "still_open": open_recommendations(evaluation),
    }


def sni_order(number: str) -> list[int]:
    return [int(n) for n in number.split(".")]


def build_html(
    region: Region,
    kind: str,
    *,
    lang: str = "id",
    charts: Any = None,
    evaluation: Evaluation | str | None = None,
) -> str:
    """The complete print HTML of one document: 'masterplan', 'quick-win', or 'evaluation' with
    `evaluation` (an Evaluation of this region or its slug, e.g. '2026-tahap-2')."""
    template = docs.kind(kind).template  # raises for an unknown kind
    if (kind == EVALUATION) != (evaluation is not None):
        raise ValueError("an evaluation report needs `evaluation`, and only it takes one")
    if kind != EVALUATION and kind not in docs.region_kinds(region.generation):
        raise ValueError(
            f"{region.slug} publishes no {kind!r}: a plan that names no earlier plan"
            " (generation.previous) has no Road Map book"
        )
    found = find_evaluation(region, evaluation) if evaluation is not None else None
    env = environment("pdf", lang=lang)
    ctx = context(
        region, kind, lang=lang, charts=charts if charts is not None else _charts(), evaluation=found
    )
    body = env.get_template(f"{template}/body.html.j2").render(ctx)
    page = env.get_template(f"{template}/document.html.j2").render(ctx, body=Markup(body))
    return charts_described(page)


# The accessible name and description every chart carries (generator/render/svg.py chart_root):
# the description is the chart's data as text.
_CHART_TEXT = re.compile(r'<title id="([^"]*)">([^<]*)</title><desc id="([^"]*)">([^<]*)</desc>')


def charts_described(html: str) -> str:
    """Each chart's <title> followed by its data (its <desc>): WeasyPrint makes a figure's /Alt
    from the SVG <title> alone, and a reader of the PDF needs the figures a sighted reader sees."""
    return _CHART_TEXT.sub(
        lambda m: f'<title id="{m[1]}">{m[2]}. {m[4]}</title><desc id="{m[3]}">{m[4]}</desc>', html
    )


def stylesheet() -> Path:
    from generator.render.environment import TEMPLATES

    return TEMPLATES / "pdf" / "print.css"


def draft_stylesheet() -> Path:
    """Added after print.css while a document is not approved: the DRAF watermark on every page."""
    return stylesheet().with_name("draft.css")


def evaluation_scheme(region: Region) -> dict[str, Any] | None:
    """The ministry's evaluation weights in force in the plan's first year (configuration data)."""
    start = region.plan.period.start
    return next((s for s in region.cat.evaluation.get("schemes", []) if start in s.get("years", [])), None)


def _subject(region: Region, kind: str, evaluation: Evaluation | None) -> str:
    if kind in ("analysis", "plan", "roadmap", "summary"):
        return f"{book_title(kind)} {region.full_name}, {region.plan.region.province}: {docs.kind(kind).subtitle()}."
    if kind == "quick-win":
        return (
            f"Program quick win smart city {region.full_name}, {region.plan.region.province}: "
            f"program satu tahun berdampak tinggi untuk paparan kepala daerah."
        )
    if evaluation is not None:
        return (
            f"Laporan evaluasi tahap {roman(evaluation.data.stage)} tahun {evaluation.data.year} atas "
            f"pelaksanaan Masterplan Smart City "
            f"{region.full_name} {region.plan.period.start}–{region.plan.period.end}: tingkat implementasi, "
            f"indeks evaluasi, realisasi anggaran, capaian indikator, dan swa-penilaian SNI ISO 37122."
        )
    return (
        f"Rencana induk smart city lima tahun {region.full_name}, {region.plan.region.province}, "
        f"selaras dengan {region.plan.rpjmd.title}."
    )


def _charts() -> Any:
    from generator.render import charts

    return charts


def _progress_charts() -> Any:
    from generator.render import progress_charts

    return progress_charts
