"""`masterplan build --public`: approved plans only, and no internal field anywhere.

One real public build of the three samples (real PDFs, both languages) through the CLI, then every
file of the result is searched: HTML, search index, sitemap, open data, and for PDFs their text
(pypdf), their attachments and their raw bytes. Kutai Kartanegara is the approved sample that
carries internal fields; Balikpapan (final) and Kotawaringin Timur (draft) must not appear at all.
"""

from __future__ import annotations

import html
import io
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from generator.cli import main

from ..conftest import SAMPLES, make_site_project

pytestmark = pytest.mark.slow

# Internal fields of the Kutai Kartanegara sample (schema x-internal), as written in its YAML.
SECRETS = (
    "+62 541 661 000",  # head of region's phone
    "protokol@kukarkab.go.id",  # head of region's e-mail
    "revisi lampiran anggaran menunggu",  # document.internal_notes
    "Negosiasi lisensi aplikasi",  # a programme's internal_notes
)
UNPUBLISHED = ("balikpapan", "kotawaringin-timur")


def squash(text: str) -> str:
    """PDF text extraction may break lines or drop spaces: compare without whitespace."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def public_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("public-project")
    make_site_project(root, sorted(p.parent for p in SAMPLES.glob("*/masterplan.yaml")))
    cwd = os.getcwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(main, ["build", "--public"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return root / "site", result.output


@pytest.fixture(scope="module")
def contents(public_site) -> dict[str, str]:
    """Every published file as searchable text (PDFs: page text, attachments and raw bytes)."""
    site = public_site[0]
    out = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        data = path.read_bytes()
        text = data.decode("utf-8", "replace")
        if path.suffix == ".pdf":
            reader = PdfReader(io.BytesIO(data))
            pages = "\n".join(page.extract_text() or "" for page in reader.pages)
            attached = "\n".join(
                b.decode("utf-8", "replace") for blobs in reader.attachments.values() for b in blobs
            )
            text = f"{pages}\n{attached}\n{text}"
        out[str(path.relative_to(site))] = text
    return out


def test_cli_says_what_it_published(public_site) -> None:
    assert "public build: 1 approved region(s) published" in public_site[1]


def test_no_internal_field_appears_in_any_file(contents: dict[str, str]) -> None:
    kinds = {Path(name).suffix for name in contents}
    assert {".html", ".json", ".csv", ".pdf", ".js", ".xml"} <= kinds  # pages, search, data, documents
    leaks = []
    for name, text in contents.items():
        plain = squash(html.unescape(text))
        leaks += [f"{name}: {secret!r}" for secret in SECRETS if squash(secret) in plain]
    assert leaks == []


def test_pdfs_are_real_and_their_attachments_were_searched(public_site, contents: dict[str, str]) -> None:
    pdfs = sorted(p.name for p in (public_site[0] / "pdf").glob("*.pdf"))
    assert pdfs == [
        "kutai-kartanegara-buku-1-analisis-strategis.pdf",  # the book set, each searched for leaks
        "kutai-kartanegara-buku-2-masterplan.pdf",
        "kutai-kartanegara-evaluasi-2025-tahap-1.pdf",  # the approved evaluation; 2026 is only final
        "kutai-kartanegara-masterplan.pdf",
        "kutai-kartanegara-quick-win.pdf",
        "kutai-kartanegara-ringkasan-eksekutif.pdf",
    ]
    reader = PdfReader(public_site[0] / "pdf" / "kutai-kartanegara-masterplan.pdf")
    assert "masterplan.yaml" in reader.attachments  # regenerated from the redacted model…
    attached = reader.attachments["masterplan.yaml"][0].decode("utf-8")
    assert "Kutai Kartanegara" in attached and "contact" not in attached and "internal_notes" not in attached
    assert "Idaman RT" in squash(contents["pdf/kutai-kartanegara-masterplan.pdf"]) or "IdamanRT" in squash(
        contents["pdf/kutai-kartanegara-masterplan.pdf"]
    )  # …and the page text was extracted


def test_unapproved_regions_are_absent(public_site, contents: dict[str, str]) -> None:
    site = public_site[0]
    assert sorted(p.name for p in (site / "wilayah").iterdir() if p.is_dir()) == ["kutai-kartanegara"]
    for slug in UNPUBLISHED:
        assert not [name for name in contents if slug in name], slug
        assert not [
            name for name, text in contents.items() if f"/{slug}/" in text or f"{slug}.json" in text
        ], slug
    for name in ("Kota Balikpapan", "Kotawaringin Timur"):
        assert not [f for f, text in contents.items() if name in html.unescape(text)], name
    docs = json.loads(contents["search/search_index.json"])["docs"]
    regions = {d["location"].split("/")[1] for d in docs if re.match(r"wilayah/[^/#]+/", d["location"])}
    assert regions == {"kutai-kartanegara"}
    national = json.loads(contents["data/national.json"])
    assert [r["slug"] for r in national["regions"]] == ["kutai-kartanegara"]


def test_only_the_approved_evaluation_is_published_and_nothing_is_marked_draft(
    contents: dict[str, str],
) -> None:
    progress = html.unescape(contents["wilayah/kutai-kartanegara/kemajuan.html"])
    assert "2025 · Tahap I" in progress and "2026 · Tahap II" not in progress
    assert not [name for name, text in contents.items() if "DRAF — " in text or "DRAFT — " in text]
    ranking = html.unescape(contents["evaluasi.html"])
    assert "Kabupaten Kutai Kartanegara" in ranking and "2025 · Tahap I" in ranking
