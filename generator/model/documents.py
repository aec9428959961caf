"""The official documents of a region and their file names: one rule for the PDF writer, the PDF
cache, the site's links and `SHA256SUMS` (all of them read these names).

The document set the programme delivers, in print order: Buku I Analisis Strategis
(`<slug>-buku-1-analisis-strategis.pdf`), Buku II Masterplan (`<slug>-buku-2-masterplan.pdf`),
Buku III Quick Win (`<slug>-quick-win.pdf`), for a second-generation plan the Buku Road Map
(`<slug>-buku-road-map.pdf`), the executive summary (`<slug>-ringkasan-eksekutif.pdf`), the
combined masterplan (`<slug>-masterplan.pdf`), and one `<slug>-evaluasi-<year>-tahap-<n>.pdf` per
evaluation record. The kinds, their titles and chapters are reference data
(generator/data/documents.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML

from generator.model.evaluation import SLUG_PATTERN

EVALUATION = "evaluation"  # one report per evaluation record


@dataclass(frozen=True)
class Chapter:
    key: str
    template: str
    title: str
    about: str = ""
    numbered: bool = True


@dataclass(frozen=True)
class Kind:
    """One kind of document: its file-name part, book number (I–III or none), words, chapters."""

    code: str
    file: str
    template: str
    titles: dict[str, str]
    labels: dict[str, str]
    subtitles: dict[str, str]
    book: int | None = None
    chapters: tuple[Chapter, ...] = ()
    generation: int = 1  # published by plans of this generation or later (the Road Map book: 2)
    in_set: bool = False  # a book of the set without a number (the Road Map book)

    def title(self, lang: str = "id") -> str:
        return self.titles.get(lang, self.titles["id"])

    def label(self, lang: str = "id") -> str:
        return self.labels.get(lang, self.labels["id"])

    def subtitle(self, lang: str = "id") -> str:
        return self.subtitles.get(lang, self.subtitles["id"])


@cache
def _data() -> dict[str, Any]:
    text = resources.files("generator").joinpath("data/documents.yaml").read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)


@cache
def kinds() -> dict[str, Kind]:
    """Every kind, in the order a region's documents are listed (the books first)."""
    data = _data()
    chapters = {
        key: Chapter(key, c["template"], c["title"], c.get("about", ""), c.get("numbered", True))
        for key, c in data["chapters"].items()
    }
    return {
        code: Kind(
            code,
            k["file"],
            k["template"],
            dict(k["title"]),
            dict(k["label"]),
            dict(k["subtitle"]),
            k.get("book"),
            tuple(chapters[c] for c in k.get("chapters", [])),
            k.get("generation", 1),
            bool(k.get("book") or k.get("set")),
        )
        for code, k in data["kinds"].items()
    }


def kind(code: str) -> Kind:
    found = kinds().get(code)
    if found is None:
        raise ValueError(f"unknown document kind {code!r}; expected one of {tuple(kinds())}")
    return found


def region_kinds(generation: int = 1) -> tuple[str, ...]:
    """The kinds a plan of this generation publishes besides its evaluation reports, in print
    order: a second-generation plan (one naming an earlier plan) adds the Road Map book."""
    return tuple(code for code, k in kinds().items() if code != EVALUATION and k.generation <= generation)


def book_set(generation: int = 1) -> list[Kind]:
    """The books of the set a plan of this generation publishes (Buku I–III, the Road Map book)."""
    return [kinds()[code] for code in region_kinds(generation) if kinds()[code].in_set]


KINDS = region_kinds(1)  # the documents every region has
ALL_KINDS = (*region_kinds(max(k.generation for k in kinds().values())), EVALUATION)
_EVALUATION_PREFIX = f"{kinds()[EVALUATION].file}-"

# Any document's file name, with the region's slug as the group `slug`.
PDF_NAME = re.compile(
    rf"^(?P<slug>.+?)-(?:{'|'.join(re.escape(kinds()[k].file) for k in ALL_KINDS if k != EVALUATION)}"
    rf"|{_EVALUATION_PREFIX}{SLUG_PATTERN})\.pdf$"
)


def pdf_name(slug: str, kind: str, evaluation: str | None = None) -> str:
    """The file name of one document; an evaluation report needs the evaluation's slug
    ('2026-tahap-2'), the other kinds take none."""
    if kind == EVALUATION:
        if not evaluation:
            raise ValueError("an evaluation report's file name needs the evaluation")
        return f"{slug}-{_EVALUATION_PREFIX}{evaluation}.pdf"
    if kind not in ALL_KINDS or evaluation is not None:
        raise ValueError(f"no document {kind!r} with evaluation {evaluation!r}; expected one of {ALL_KINDS}")
    return f"{slug}-{kinds()[kind].file}.pdf"


def document_names(
    slug: str, evaluations: list[str], generation: int = 1
) -> list[tuple[str, str, str | None]]:
    """(file name, kind, evaluation slug or None) of every document, in print order: the book set
    (with the Road Map book from the second `generation` on), the executive summary, the combined
    masterplan, then one report per evaluation in the order given."""
    out: list[tuple[str, str, str | None]] = [
        (pdf_name(slug, kind), kind, None) for kind in region_kinds(generation)
    ]
    out += [(pdf_name(slug, EVALUATION, ev), EVALUATION, ev) for ev in evaluations]
    return out


def briefing_name(selection: list[str]) -> str:
    """The reviewers' briefing book: `briefing-<province>.pdf` ('Kalimantan Timur' →
    'briefing-kalimantan-timur.pdf'), or `briefing-<slug>-<slug>….pdf` for a set of regions."""
    words = "-".join(re.sub(r"[^a-z0-9]+", "-", s.casefold()).strip("-") for s in selection)
    return f"briefing-{words or 'daerah'}.pdf"
