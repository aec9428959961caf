"""Property: every region the validator accepts renders everywhere — site pages (both languages),
print HTML, open data (JSON, CSV), the budget workbook (and reading it back), the semantic diff —
and one a real WeasyPrint PDF. A value that cannot be rendered must be refused by the schema with a
diagnostic instead (bounded numbers, control-free one-line names, slugs).

Regions are generated from the JSON Schema (tests/publish/regions.py). Profiles as in
tests/validation/test_fuzz_validate.py: bounded for CI, HYPOTHESIS_PROFILE=long searches longer.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from generator.validation.validate import validate_paths

from .regions import mutated_regions, rich_region, write_region

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
EXAMPLES = int(os.environ.get("RENDER_EXAMPLES") or (2500 if LONG else 20))
PDF_EXAMPLES = 60 if LONG else 2
FORMULA = ("=", "+", "-", "@", "\t", "\r", "\n")


def validated(tmp: Path, slug: str, files: dict) -> tuple[object, list]:
    folder = write_region(tmp / "masterplans" / slug, files)
    result = validate_paths([folder])
    for d in result.diagnostics:  # refused: with a real diagnostic, never an exception
        assert d.code and d.message and d.line >= 0, d
    return (result.regions[0] if result.regions else None), result.errors


def assert_csv_is_inert(text: str) -> None:
    """No cell starts a formula, whether the file is opened with ',' (quotes honoured) or split at
    every ';' and line break, as Excel does in the Indonesian locale."""
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            assert not cell.startswith(FORMULA) or _number(cell), cell
    for segment in re.split(r"[;\r\n]", text):
        cell = segment.lstrip(' "')
        assert not cell.startswith(FORMULA) or _number(cell.split(",")[0]), segment


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def render_everything(region, base, tmp: Path) -> None:
    from generator.authoring.spreadsheet import export_xlsx
    from generator.authoring.spreadsheet_import import import_xlsx
    from generator.history.report import format_markdown, format_text
    from generator.history.semdiff import diff_regions
    from generator.pdf.document import build_html
    from generator.render import opendata
    from generator.site.pages import generate

    for lang in ("id", "en"):
        pages = generate([region], lang=lang)
        assert pages and all(isinstance(p.content, str) for p in pages)
    from generator.model.documents import region_kinds

    documents = [(kind, None) for kind in region_kinds(region.generation)]
    documents += [("evaluation", e) for e in region.evaluations]
    for kind, evaluation in documents:
        html = build_html(region, kind, evaluation=evaluation)
        for url in re.findall(r"""(?:href|src)\s*=\s*["']?\s*(file:[^"'\s>]*)""", html, re.IGNORECASE):
            assert url.startswith(region.folder.resolve().as_uri() + "/assets/"), url
    json.loads(opendata.to_json(opendata.region_data(region)))
    json.loads(opendata.to_json(opendata.national_data([region])))
    for text in [*opendata.region_csv_files(region).values(), opendata.programmes_csv([region])]:
        assert_csv_is_inert(text)
    workbook = export_xlsx(region, tmp / "anggaran.xlsx")
    imported = import_xlsx(region, workbook, write=False)
    assert not [d for d in imported.diagnostics if d.is_error], imported.diagnostics
    diff = diff_regions(base, region, slug=region.slug)
    format_text([diff]) + format_markdown([diff])


@functools.cache
def _base_region():  # not a fixture: hypothesis prints every argument of a failing example
    region, errors = validated(Path(tempfile.mkdtemp(prefix="rich-region-")), "mini", rich_region())
    assert region is not None, errors
    return region


@pytest.fixture
def base_region():
    return _base_region()


def test_the_rich_region_uses_every_optional_field_and_validates(base_region) -> None:
    assert [e.slug for e in base_region.evaluations] == ["2025-tahap-1"]
    programme = base_region.programmes[0]
    assert {p.type for p in programme.partners} >= {"bumn-bumd", "swasta", "pemerintah"}
    assert programme.risks and programme.problem and base_region.plan.region.population


@pytest.mark.slow
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated_regions())
def test_every_accepted_region_renders_everywhere(tmp_path_factory, case) -> None:
    slug, files = case
    tmp = tmp_path_factory.mktemp("render")
    try:
        region, _ = validated(tmp, slug, files)
        if region is not None:
            render_everything(region, _base_region(), tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.skipif(
    not LONG,
    reason="full PDFs of generated regions can take many minutes of WeasyPrint layout each "
    "(long generated texts); run with HYPOTHESIS_PROFILE=long. The bounded profile still prints "
    "every generated region's print HTML, and the sample PDFs are rendered by tests/pdf/.",
)
@settings(max_examples=PDF_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated_regions(max_changes=30))
def test_every_accepted_region_prints_a_pdf(tmp_path_factory, case) -> None:
    from generator.pdf.write import write_pdf

    slug, files = case
    tmp = tmp_path_factory.mktemp("pdf")
    try:
        region, _ = validated(tmp, slug, files)
        if region is not None:
            for kind in ("masterplan", "quick-win"):
                write_pdf(region, tmp / f"{slug}-{kind}.pdf", kind=kind)
                assert (tmp / f"{slug}-{kind}.pdf").read_bytes().startswith(b"%PDF")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
