"""A semantic diff as text, Markdown and a history summary (generator/history/report.py).

The diffs here are built by hand, so each test reads as "this change prints as that"."""

from __future__ import annotations

from generator.history.report import format_markdown, format_text, md, summary_lines
from generator.history.semdiff import Change, Item, ItemDiff, RegionDiff, TargetChange


def diff() -> RegionDiff:
    return RegionDiff(
        "mini",
        "Kota Mini",
        document=[Change("status", "draft", "final")],
        added=[Item("GOV-04", "Portal | <b>Data</b>", "governance", 1_500_000_000)],
        changed=[
            ItemDiff(
                "ECO-01",
                "Program Ekosistem",
                "economy",
                changes=[Change("lead", "DISKOMINFO", "BAPPEDA"), Change("description")],
                budget={2026: (600_000_000, 850_000_000)},
                targets=[
                    TargetChange("Layanan", "target", 2026, 60, 70),
                    TargetChange("Unit", "changed", old="unit"),
                ],
            )
        ],
        budget={"economy": {2026: (2_000_000_000, 2_250_000_000)}},
        total=(20_000_000_000, 20_250_000_000),
    )


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def test_text_in_both_languages() -> None:
    english = plain(format_text([diff()], lang="en"))
    assert english.splitlines()[:4] == [
        "Kota Mini (mini)",
        "  Document: status: draft → final",
        "  Programmes added:",
        "    + GOV-04 Portal | <b>Data</b> [Smart Governance] IDR 1,500,000,000",
    ]
    assert "        lead: DISKOMINFO → BAPPEDA\n        description changed\n" in english
    assert "target “Layanan” 2026: 60 → 70" in english and "indicator “Unit” changed: unit" in english
    assert "    Total budget: IDR 20,000,000,000 → IDR 20,250,000,000 (+IDR 250,000,000)" in english
    indonesian = plain(format_text([diff()], lang="id"))
    assert "  Program ditambah:" in indonesian and "indikator “Unit” diubah: unit" in indonesian


def test_no_change_is_said_plainly() -> None:
    assert format_text([], lang="en") == "No change in the masterplans' content."


def test_markdown_escapes_what_came_from_the_files() -> None:
    out = format_markdown([diff()], lang="en", title="diff a b")
    assert "Portal \\| \\<b\\>Data\\</b\\>" in out and "<b>" not in out
    assert md("a_b *c* [d](e)") == "a\\_b \\*c\\* \\[d\\]\\(e\\)"


def test_summary_lines_name_what_changed() -> None:
    lines = [plain(line) for line in summary_lines(diff(), lang="en")]
    assert lines[0] == "document status draft → final"
    assert "Programmes added: GOV-04" in lines
    assert "Programmes changed: ECO-01 (lead, description, budget, target)" in lines
    assert summary_lines(RegionDiff("x", "X", state="removed"), lang="id") == ["wilayah dihapus"]
