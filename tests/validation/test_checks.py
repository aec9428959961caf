"""Cross-field checks (generator/validation/checks.py): they run on whatever parts of a region
validated, and say everything in the language asked for."""

from __future__ import annotations

from pathlib import Path

from generator.validation.checks import CHECKS
from generator.validation.validate import validate_region


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_broken_file_does_not_hide_the_cross_checks_of_the_others(mini: Path) -> None:
    edit(mini / "economy.yaml", "    name: Program Ekosistem Industri\n", "")
    edit(mini / "living.yaml", "lead: DISKOMINFO", "lead: DISKOMINF0")
    _, diags = validate_region(mini, lang="en")
    assert sorted((Path(d.file).name, d.code) for d in diags) == [
        ("economy.yaml", "E101"),
        ("living.yaml", "E203"),
    ]
    [typo] = [d for d in diags if d.code == "E203"]
    assert typo.hint == "did you mean 'DISKOMINFO'?"


def test_check_messages_follow_the_language(mini: Path) -> None:
    edit(mini / "society.yaml", "targets: {2025: 50, 2026: 60}", "targets: {2025: 50, 2026: 45}")
    edit(
        mini / "economy.yaml",
        "      2026: {apbd: 600000000, csr: 100000000}",
        "      2027: {apbd: 600000000}",
    )
    by_lang = {
        lang: {d.code: d.message for d in validate_region(mini, lang=lang)[1]} for lang in ("id", "en")
    }
    assert by_lang["en"]["W208"] == "indicator 'Layanan daring' target falls in 2026, but its direction is up"
    assert (
        by_lang["id"]["W208"]
        == "target indikator 'Layanan daring' turun pada 2026, padahal arahnya naik (up)"
    )
    assert by_lang["en"]["E214"].startswith("budget for 2027, but the programme is only active in 2025, 2026")
    assert by_lang["id"]["E214"].startswith("anggaran untuk tahun 2027")


def test_the_valid_fixture_passes_every_check(mini: Path) -> None:
    region, diags = validate_region(mini)
    assert region is not None and diags == []
    assert len(CHECKS) == len(set(CHECKS)) >= 10
