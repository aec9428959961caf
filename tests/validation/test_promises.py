"""The README's promises on hostile and accidental input, one class of input per test: names that
become paths (slugs, provinces), files outside the region (symlinks), numbers and text no renderer
can show, every mistake reported in one pass, and positions as editors count lines."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.validation.slugs import RESERVED, slug_problem
from generator.validation.validate import validate_paths

from ..conftest import FIXTURES


def codes(result) -> list[str]:
    return sorted(d.code for d in result.diagnostics if d.is_error)


def region_named(tmp_path: Path, name: str) -> Path:
    region = tmp_path / "masterplans" / name
    shutil.copytree(FIXTURES / "mini", region)
    return region


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --------------------------------------------------------------------------- slugs


@pytest.mark.parametrize(
    "name",
    ["Kota", "kota\nx", "kota x", "kota_x", "kota--x", "-kota", "kota-", "kotä", "k" * 64, "national", "pdf"],
)
def test_region_folder_names_that_cannot_be_slugs_are_refused(tmp_path: Path, name: str) -> None:
    region_named(tmp_path, name)
    result = validate_paths([tmp_path / "masterplans"], lang="en")
    assert codes(result) == ["E023"], result.diagnostics
    assert not result.regions


@given(st.text(min_size=1, max_size=80))
@settings(max_examples=300)
def test_an_accepted_slug_is_a_portable_file_name(name: str) -> None:
    if slug_problem(name) is None:
        assert name == name.lower() and name.isascii() and len(name) <= 63
        assert "/" not in name and "\n" not in name and name not in RESERVED
        assert all(c.isalnum() or c == "-" for c in name) and not name.startswith("-")


def test_two_spellings_of_one_province_are_refused(tmp_path: Path) -> None:
    region_named(tmp_path, "kota-a")
    other = region_named(tmp_path, "kota-b")
    edit(other / "masterplan.yaml", "province: Kalimantan Timur", "province: Kalimantan  TIMUR")
    result = validate_paths([tmp_path / "masterplans"], lang="en")
    assert codes(result) == ["E026"]
    [diag] = result.errors
    assert diag.file.endswith("kota-b/masterplan.yaml") and diag.line == 6, diag
    assert "provinsi/kalimantan-timur/" in diag.message


def test_one_slug_from_two_folders_is_refused(tmp_path: Path) -> None:
    a = tmp_path / "a"
    b = tmp_path / "b"
    shutil.copytree(FIXTURES / "mini", a / "kota")
    shutil.copytree(FIXTURES / "mini", b / "kota")
    assert codes(validate_paths([a, b])) == ["E025"]


# --------------------------------------------------------------------------- files outside the region


def test_assets_folder_linked_outside_is_refused(tmp_path: Path) -> None:
    region = region_named(tmp_path, "kota")
    outside = tmp_path / "outside"
    shutil.move(region / "assets", outside)
    (region / "assets").symlink_to(outside)
    result = validate_paths([region], lang="en")
    assert codes(result) == ["E024", "E224"], result.diagnostics


def test_assets_folder_linked_to_root_is_refused_quickly(tmp_path: Path) -> None:
    region = region_named(tmp_path, "kota")
    shutil.rmtree(region / "assets")
    (region / "assets").symlink_to("/")
    edit(region / "masterplan.yaml", "  logo: assets/lambang.svg\n", "")
    assert codes(validate_paths([region])) == ["E024"]


def test_a_link_inside_assets_leading_out_is_refused(tmp_path: Path) -> None:
    region = region_named(tmp_path, "kota")
    (region / "assets" / "deep").mkdir()
    (region / "assets" / "deep" / "passwd.svg").symlink_to("/etc/passwd")
    (region / "assets" / "copy.svg").symlink_to(region / "assets" / "lambang.svg")  # inside: fine
    result = validate_paths([region], lang="en")
    assert codes(result) == ["E024"]
    assert result.errors[0].file.endswith("assets/deep/passwd.svg")


# --------------------------------------------------------------------------- values no renderer can show


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("name: Program Ekosistem Industri", 'name: "Program\\e]0;owned\\a"', "E107"),
        ("name: Program Ekosistem Industri", 'name: "two\\nlines"', "E107"),
        (
            "description: Program contoh",
            'description: "form\\ffeed"\n    x-description: Program contoh',
            "E107",
        ),
        ("value: 40", "value: 1e300", "E105"),
        ("value: 40", "value: " + "9" * 5000, "E013"),
    ],
)
def test_values_no_output_can_carry_are_refused(mini: Path, old: str, new: str, code: str) -> None:
    path = mini / "economy.yaml"
    if "x-description" in new:  # keep the rest of the line out of the way
        text = path.read_text(encoding="utf-8")
        line = next(x for x in text.splitlines() if x.strip().startswith(old))
        path.write_text(text.replace(line, '    description: "form\\ffeed"', 1), encoding="utf-8")
    else:
        edit(path, old, new)
    assert codes(validate_paths([mini])) == [code]


def test_long_province_and_population_are_bounded(mini: Path) -> None:
    edit(mini / "masterplan.yaml", "province: Kalimantan Timur", "province: " + "Kalimantan " * 30)
    edit(mini / "masterplan.yaml", "  type: kota\n", "  type: kota\n  population: 10000000000000000000000\n")
    assert codes(validate_paths([mini])) == ["E105", "E106"]


# --------------------------------------------------------------------------- all at once


def test_four_mistakes_in_one_programme_are_reported_together(mini: Path) -> None:
    path = mini / "economy.yaml"
    edit(
        path,
        "    category: application\n    description: Program contoh untuk elemen Ekosistem Industri.",
        "    description: x",
    )
    edit(path, "    lead: DISKOMINFO", "    problm: typo\n    lead: DISKOMINF0\n    total_budget: 4700000000")
    edit(
        path,
        "      2026: {apbd: 600000000, csr: 100000000}",
        "      2026: {apbd: 600000000}\n      2031: {apbd: 1}",
    )
    result = validate_paths([mini], lang="en")
    assert codes(result) == ["E101", "E102", "E203", "E204", "E212"], result.diagnostics
    by_code = {d.code: d for d in result.errors}
    assert "add 2031" not in (by_code["E204"].hint or "")
    assert "Rp 4,700,000,000" in by_code["E212"].message


def test_a_tab_in_the_masterplan_does_not_hide_the_pillars_agency_errors(mini: Path) -> None:
    edit(mini / "masterplan.yaml", "  type: kota", "\ttype: kota")
    edit(mini / "economy.yaml", "lead: DISKOMINFO", "lead: DISKOMINF0")
    assert codes(validate_paths([mini])) == ["E003", "E203"]


def test_a_budget_written_as_rupiah_text_gets_the_import_hint(mini: Path) -> None:
    edit(mini / "economy.yaml", "2025: {apbd: 500000000}", "2025: {apbd: Rp 400.000.000}")
    result = validate_paths([mini], lang="en")
    [diag] = result.errors
    assert diag.code == "E103" and "without 'Rp'" in (diag.hint or "")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_separators_do_not_shift_line_numbers(mini: Path, separator: str) -> None:
    path = mini / "economy.yaml"
    edit(path, "name: Program Ekosistem Industri", f'name: "Program{separator}Ekosistem"')
    edit(path, "lead: DISKOMINFO", "lead: DISKOMINF0")
    lines = path.read_bytes().split(b"\n")
    expected = next(i for i, line in enumerate(lines, 1) if b"DISKOMINF0" in line)
    result = validate_paths([mini])
    e203 = [d for d in result.errors if d.code == "E203"]
    assert [d.line for d in e203] == [expected], result.diagnostics


def test_control_characters_are_shown_visibly_in_text_output(mini: Path) -> None:
    from generator.diagnostics import format_text

    edit(mini / "economy.yaml", "lead: DISKOMINFO", 'lead: "\\e]0;owned\\aX"')
    out = format_text(validate_paths([mini]).diagnostics)
    assert "\x1b" not in out and "\x07" not in out and "\\x1b" in out


def test_github_annotations_cannot_be_forged(tmp_path: Path) -> None:
    from generator.diagnostics import Diagnostic, format_github

    diag = Diagnostic(
        "a,b:c\n::error file=x.yaml::forged", 3, 1, "E1", "error", "bad\n::error::forged %", None
    )
    out = format_github([diag])
    assert "\n" not in out and "\r" not in out, out  # one line: one command
    assert out.startswith("::error file=a%2Cb%3Ac%0A%3A%3Aerror file=x.yaml%3A%3Aforged,line=3,"), out
    assert out.endswith("::bad%0A::error::forged %25")


def test_verify_reads_only_well_formed_lines_of_the_sums(tmp_path: Path) -> None:
    from generator.pdf.verify import read_sums

    forged = "f" * 64
    sums = tmp_path / "SHA256SUMS"
    sums.write_text(
        f"{'a' * 64}  kota-masterplan.pdf\n{'b' * 64}  x\r{forged}  forged.pdf\n{'c' * 64}  ../etc.pdf\n",
        encoding="utf-8",
    )
    assert read_sums(sums) == {"a" * 64: "kota-masterplan.pdf"}


def test_a_quick_win_outside_the_period_shows_its_milestones_too(mini: Path) -> None:
    path = mini / "governance.yaml"
    edit(path, "    start: 2025-02\n    end: 2025-11", "    start: 2031-01\n    end: 2031-06")
    edit(path, "{month: 2025-03, output: Aplikasi uji coba}", "{month: 2031-01, output: Aplikasi uji coba}")
    result = validate_paths([mini], lang="en")
    found = sorted((d.code, d.line) for d in result.errors)
    # start and end outside the period, and the milestone inside the span but outside the period;
    # the other milestone (2025-10) is outside the span: E217
    assert found == [("E204", 65), ("E204", 66), ("E204", 71), ("E217", 72)], result.diagnostics
