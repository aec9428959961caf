"""The one rule for the official PDFs' file names (writer, cache, site links and SHA256SUMS), and
the document kinds: the book set, the executive summary, the combined masterplan."""

from __future__ import annotations

import pytest

from generator.model import documents as docs
from generator.model.documents import (
    ALL_KINDS,
    KINDS,
    PDF_NAME,
    book_set,
    briefing_name,
    document_names,
    pdf_name,
    region_kinds,
)


def test_the_book_set_summary_and_combined_masterplan_in_print_order() -> None:
    assert KINDS == ("analysis", "plan", "quick-win", "summary", "masterplan")
    books = [(k.book, k.label()) for k in docs.kinds().values() if k.book]
    assert books == [(1, "Buku I Analisis Strategis"), (2, "Buku II Masterplan"), (3, "Buku III Quick Win")]


def test_second_generation_plans_add_the_road_map_book_to_the_set() -> None:
    assert region_kinds(1) == KINDS and "roadmap" not in KINDS
    assert region_kinds(2) == ("analysis", "plan", "quick-win", "roadmap", "summary", "masterplan")
    assert region_kinds(3) == region_kinds(2) and set(ALL_KINDS) == {*region_kinds(2), "evaluation"}
    assert [k.label() for k in book_set(1)] == [
        "Buku I Analisis Strategis",
        "Buku II Masterplan",
        "Buku III Quick Win",
    ]
    assert [k.label() for k in book_set(2)][-1] == "Buku Road Map" and docs.kind("roadmap").book is None
    road_map = [c.key for c in docs.kind("roadmap").chapters]
    assert road_map == ["introduction", "continuity", "roadmap", "closing"]
    names = [name for name, _, _ in document_names("kota-x", ["2025-tahap-1"], generation=2)]
    assert names[3] == "kota-x-buku-road-map.pdf" and len(names) == 7
    assert "kota-x-buku-road-map.pdf" not in [n for n, _, _ in document_names("kota-x", ["2025-tahap-1"])]


def test_every_kind_has_words_in_both_languages_and_real_chapters() -> None:
    for kind in docs.kinds().values():
        for lang in ("id", "en"):
            assert kind.title(lang) and kind.label(lang) and kind.subtitle(lang), (kind.code, lang)
        assert len({c.key for c in kind.chapters}) == len(kind.chapters)
    combined = [c.key for c in docs.kind("masterplan").chapters]
    for code in ("analysis", "plan"):  # each book's chapters appear in the combined volume, in order
        keys = [c.key for c in docs.kind(code).chapters]
        assert [k for k in combined if k in keys] == keys, code
    with pytest.raises(ValueError, match="unknown document kind"):
        docs.kind("brochure")


def test_file_names_of_every_kind() -> None:
    assert pdf_name("kota-x", "analysis") == "kota-x-buku-1-analisis-strategis.pdf"
    assert pdf_name("kota-x", "plan") == "kota-x-buku-2-masterplan.pdf"
    assert pdf_name("kota-x", "quick-win") == "kota-x-quick-win.pdf"
    assert pdf_name("kota-x", "summary") == "kota-x-ringkasan-eksekutif.pdf"
    assert pdf_name("kota-x", "masterplan") == "kota-x-masterplan.pdf"
    assert pdf_name("kota-x", "evaluation", "2026-tahap-2") == "kota-x-evaluasi-2026-tahap-2.pdf"
    assert document_names("kota-x", ["2025-tahap-1"]) == [
        ("kota-x-buku-1-analisis-strategis.pdf", "analysis", None),
        ("kota-x-buku-2-masterplan.pdf", "plan", None),
        ("kota-x-quick-win.pdf", "quick-win", None),
        ("kota-x-ringkasan-eksekutif.pdf", "summary", None),
        ("kota-x-masterplan.pdf", "masterplan", None),
        ("kota-x-evaluasi-2025-tahap-1.pdf", "evaluation", "2025-tahap-1"),
    ]
    assert pdf_name("kota-x", "roadmap") == "kota-x-buku-road-map.pdf"
    assert briefing_name(["Kalimantan Timur"]) == "briefing-kalimantan-timur.pdf"
    assert briefing_name(["kota-a", "kab-b"]) == "briefing-kota-a-kab-b.pdf"


@pytest.mark.parametrize(
    ("kind", "evaluation"), [("evaluation", None), ("masterplan", "2026-tahap-2"), ("notes", None)]
)
def test_a_name_needs_a_known_kind_and_an_evaluation_only_for_reports(
    kind: str, evaluation: str | None
) -> None:
    with pytest.raises(ValueError):
        pdf_name("kota-x", kind, evaluation)


def test_the_pattern_recognises_exactly_the_names_the_rule_makes() -> None:
    for name, _kind, _ev in document_names("kab-kutai-barat", ["2026-tahap-2", "2027-tahap-1"], generation=2):
        match = PDF_NAME.match(name)
        assert match and match["slug"] == "kab-kutai-barat", name
    for other in ("kota-x-notes.pdf", "kota-x-evaluasi-2026.pdf", "kota-x-masterplan.pdf.tmp", "SHA256SUMS"):
        assert not PDF_NAME.match(other), other
    # a slug that ends like a kind's name still parses to the right region
    assert PDF_NAME.match("kota-a-buku-2-masterplan.pdf")["slug"] == "kota-a"
    assert PDF_NAME.match("kota-a-buku-road-map.pdf")["slug"] == "kota-a"
