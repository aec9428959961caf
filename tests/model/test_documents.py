"""The one rule for the official PDFs' file names (writer, cache, site links and SHA256SUMS)."""

from __future__ import annotations

import pytest

from generator.model.documents import PDF_NAME, document_names, pdf_name


def test_file_names_of_every_kind() -> None:
    assert pdf_name("kota-x", "masterplan") == "kota-x-masterplan.pdf"
    assert pdf_name("kota-x", "quick-win") == "kota-x-quick-win.pdf"
    assert pdf_name("kota-x", "evaluation", "2026-tahap-2") == "kota-x-evaluasi-2026-tahap-2.pdf"
    assert document_names("kota-x", ["2025-tahap-1"]) == [
        ("kota-x-masterplan.pdf", "masterplan", None),
        ("kota-x-quick-win.pdf", "quick-win", None),
        ("kota-x-evaluasi-2025-tahap-1.pdf", "evaluation", "2025-tahap-1"),
    ]


@pytest.mark.parametrize(
    ("kind", "evaluation"), [("evaluation", None), ("masterplan", "2026-tahap-2"), ("notes", None)]
)
def test_a_name_needs_a_known_kind_and_an_evaluation_only_for_reports(
    kind: str, evaluation: str | None
) -> None:
    with pytest.raises(ValueError):
        pdf_name("kota-x", kind, evaluation)


def test_the_pattern_recognises_exactly_the_names_the_rule_makes() -> None:
    for name, _kind, _ev in document_names("kab-kutai-barat", ["2026-tahap-2", "2027-tahap-1"]):
        match = PDF_NAME.match(name)
        assert match and match["slug"] == "kab-kutai-barat", name
    for other in ("kota-x-notes.pdf", "kota-x-evaluasi-2026.pdf", "kota-x-masterplan.pdf.tmp", "SHA256SUMS"):
        assert not PDF_NAME.match(other), other
