"""The sample PDFs every slow PDF test inspects, rendered once per session, and a reader for them.

`build(out, every=...)` renders the documents of the sample regions (review build, `write_pdfs`
with two workers, which also exercises the pool) and the public copy of Kutai Kartanegara
(`publication.select(public=True)`: approved evaluations only, internal fields stripped). The
session fixture `sample_pdfs` in conftest.py calls it once: by default for Kutai Kartanegara only
(approved, two evaluations, internal fields: every kind of document and both builds), with
`pytest --all-sample-pdfs` (`make test`, CI) for every sample region. Rendering costs ~0.15 s a
page, so the rest of the book set (Buku I, Buku II, the executive summary: the chapters and figures
of the combined masterplan) is rendered for Kutai Kartanegara's review build only (`BOOKS_SLUG`);
every region gets the combined masterplan, Buku III (quick wins) and its evaluation reports.

None of the samples is a second-generation plan, so the Road Map book (`SECOND_GENERATION`) is
rendered from a copy of `BOOKS_SLUG` in the test's temporary folder whose masterplan.yaml names an
earlier plan (`generation.previous`); the samples themselves are not changed.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pypdf import PdfReader

from generator.model.evaluation import Evaluation
from generator.model.publication import select
from generator.model.region import Region
from generator.pdf import ALL_KINDS, documents, write_pdfs
from generator.validation.validate import validate_paths

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_SLUG = "kutai-kartanegara"
BOOKS_SLUG = PUBLIC_SLUG
EVERY_REGION = ("masterplan", "quick-win", "evaluation")
# What the second-generation copy of BOOKS_SLUG adds to its masterplan.yaml: the plan before it,
# whose period holds the samples' indicator baselines (2024).
SECOND_GENERATION = "generation:\n  previous: [{slug: kutai-kartanegara-2020-2024, period: 2020-2024}]\n"


@dataclass
class Pdf:
    path: Path
    region: Region
    kind: str
    evaluation: Evaluation | None = None

    @cached_property
    def reader(self) -> PdfReader:
        return PdfReader(self.path)

    @cached_property
    def pages(self) -> list[str]:
        """pdftotext -layout, one string per page (pages are separated by form feeds)."""
        out = subprocess.run(
            ["pdftotext", "-layout", str(self.path), "-"], capture_output=True, text=True, check=True
        )
        return out.stdout.split("\f")[: len(self.reader.pages)]

    @cached_property
    def text(self) -> str:
        """All pages, whitespace collapsed: for phrases that may wrap."""
        return " ".join(" ".join(self.pages).split())

    @property
    def status(self) -> str:
        return self.evaluation.data.status if self.evaluation else self.region.status

    def outline_titles(self) -> list[str]:
        titles: list[str] = []

        def walk(items) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    titles.append(item.title)

        walk(self.reader.outline)
        return titles


@dataclass
class SamplePdfs:
    regions: dict[str, Region]
    review: dict[str, Pdf] = field(default_factory=dict)  # file name → PDF
    second_generation: Region | None = None  # the copy of BOOKS_SLUG that names an earlier plan
    public: dict[str, Pdf] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[Pdf]:
        return [pdf for pdf in self.review.values() if pdf.kind == kind]


def _render(regions: list[Region], out: Path, *, books: bool) -> dict[str, Pdf]:
    """Every region's EVERY_REGION documents; with `books`, BOOKS_SLUG's other kinds too."""
    paths = {p.name: p for p in write_pdfs(regions, out, jobs=2, progress=False, kinds=EVERY_REGION)}
    with_books = [r for r in regions if books and r.slug == BOOKS_SLUG]
    if with_books:
        rest = [kind for kind in ALL_KINDS if kind not in EVERY_REGION]
        paths |= {p.name: p for p in write_pdfs(with_books, out, jobs=2, progress=False, kinds=rest)}
    found: dict[str, Pdf] = {}
    for region in regions:
        for name, kind, slug in documents(region):
            if kind not in EVERY_REGION and region not in with_books:
                continue
            evaluation = next((e for e in region.evaluations if e.slug == slug), None)
            found[name] = Pdf(paths.pop(name), region, kind, evaluation)
    assert not paths, f"write_pdfs wrote unexpected files {sorted(paths)}"
    return found


def second_generation(out: Path) -> Region:
    """A copy of BOOKS_SLUG under `out` whose plan names an earlier plan (second generation)."""
    folder = out / "masterplans" / BOOKS_SLUG
    shutil.copytree(ROOT / "masterplans" / BOOKS_SLUG, folder)
    plan = folder / "masterplan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8") + SECOND_GENERATION, encoding="utf-8")
    result = validate_paths([folder])
    assert not result.errors and [r.generation for r in result.regions] == [2]
    return result.regions[0]


def _render_road_map(region: Region, out: Path) -> dict[str, Pdf]:
    """The one document the second-generation copy adds to the set: the Road Map book."""
    (path,) = write_pdfs([region], out, progress=False, kinds=["roadmap"])
    return {path.name: Pdf(path, region, "roadmap")}


def build(out: Path, *, every: bool) -> SamplePdfs:
    result = validate_paths([ROOT / "masterplans"])
    assert not result.errors, "the samples must validate"
    assert len(result.regions) >= 3
    regions = [r for r in result.regions if every or r.slug == PUBLIC_SLUG]
    samples = SamplePdfs({r.slug: r for r in regions})
    samples.review = _render(regions, out / "review", books=True)
    samples.second_generation = second_generation(out / "second-generation")
    samples.review |= _render_road_map(samples.second_generation, out / "review")
    public = select([samples.regions[PUBLIC_SLUG]], public=True)
    assert [r.slug for r in public] == [PUBLIC_SLUG], "the Kutai Kartanegara sample must be approved"
    samples.public = _render(public, out / "public", books=False)
    return samples
