"""Every class of bad input is rejected at its file:line:col with the right code (golden files)."""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from generator.cli import main

from ..conftest import FIXTURES

CASES = YAML(typ="safe").load((FIXTURES / "broken_cases.yaml").read_text(encoding="utf-8"))["cases"]
GOLDEN = Path(__file__).parents[1] / "golden"


def apply_edits(region: Path, edits: list[dict]) -> None:
    for edit in edits:
        if "delete" in edit:
            (region / edit["delete"]).unlink()
            continue
        if "add" in edit:  # a fixture file copied into the region (e.g. an evaluation record)
            target = region / edit["add"]
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(FIXTURES / edit["from"], target)
            continue
        if "symlink" in edit:  # a link inside the region to `to`
            (region / edit["symlink"]).symlink_to(edit["to"])
            continue
        if "rename" in edit:  # the region folder's new name (applied last)
            continue
        path = region / edit["file"]
        if "content" in edit:
            path.write_text(edit["content"], encoding="utf-8")
        elif "raw" in edit:
            path.write_bytes(codecs.escape_decode(edit["raw"].encode())[0])
        else:
            old, new = edit["replace"]
            text = path.read_text(encoding="utf-8")
            assert old in text, f"fixture edit does not apply: {old!r} not in {path.name}"
            path.write_text(text.replace(old, new, 1), encoding="utf-8")


def renamed(region: Path, edits: list[dict]) -> None:
    for edit in edits:
        if "rename" in edit:
            region.rename(region.with_name(edit["rename"]))


def run_validate(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["validate", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_case(name: str, mini: Path, in_tmp: Path, update_goldens: bool) -> None:
    case = CASES[name]
    apply_edits(mini, case["edits"])
    renamed(mini, case["edits"])
    paths = case.get("paths", ["masterplans"])
    code, output = run_validate(*paths, *(["--strict"] if case.get("strict") else []))
    assert code == 1, output
    assert "Traceback" not in output
    lines = [line for line in output.splitlines() if line.startswith("masterplans/")]
    found = sorted(line.split(": ", 1)[1].split()[1] for line in lines)
    assert found == sorted(case["codes"]), output
    for line in lines:  # every diagnostic names file:line:col (or the file itself for file-level problems)
        assert line.split(": ", 1)[0].count(":") in (0, 2), line
    golden = GOLDEN / f"{name}.txt"
    if update_goldens:
        golden.write_text(output, encoding="utf-8")
    assert golden.exists(), f"no golden for {name}: run pytest --update-goldens and review tests/golden/"
    assert output == golden.read_text(encoding="utf-8"), (
        f"output changed for {name} (pytest --update-goldens)"
    )


def test_oversized_file_is_refused_before_parsing(mini: Path, in_tmp: Path) -> None:
    (mini / "economy.yaml").write_text(
        "format: 1\nsummary: |\n" + ("  " + "x" * 99 + "\n") * 11000, encoding="utf-8"
    )
    code, output = run_validate("masterplans")
    assert code == 1
    assert "masterplans/mini/economy.yaml: error E006" in output


def test_valid_fixture_passes(mini: Path, in_tmp: Path) -> None:
    code, output = run_validate("masterplans")
    assert code == 0, output
    assert output.strip() == "1 wilayah (1 valid), 18 program, 1 quick win, 0 galat, 0 peringatan"


def test_region_size_is_capped_before_parsing(mini: Path, in_tmp: Path) -> None:
    (mini / "evaluations").mkdir()
    for n in range(9):
        (mini / "evaluations" / f"202{n}-tahap-1.yaml").write_text("#" * (1000 * 1000) + "\n")
    code, output = run_validate("masterplans")
    assert code == 1
    assert "masterplans/mini: error E012" in output


def test_list_lengths_are_capped(mini: Path, in_tmp: Path) -> None:
    path = mini / "governance.yaml"
    risks = (
        "    risks:\n" + "      - {description: R, likelihood: rendah, impact: rendah, mitigation: M}\n" * 21
    )
    path.write_text(path.read_text().replace("    indicators:\n", risks + "    indicators:\n", 1))
    code, output = run_validate("--lang", "en", "masterplans")
    assert code == 1
    assert "error E106 'risks': at most 20 entries" in output


# Codes whose broken input is not a region under masterplans/ (a file too large to keep as a case,
# the reference data, a workbook): the test file that feeds each one its broken input.
ELSEWHERE = {
    "E006": "tests/validation/test_golden.py",  # test_oversized_file_is_refused_before_parsing
    "E012": "tests/validation/test_golden.py",  # test_region_size_is_capped_before_parsing
    "E304": "tests/model/test_evaluation.py",  # bands of the reference data, not of a region
    "E339": "tests/model/test_official.py",  # schemes of the reference data sharing a year
    **{code: "tests/authoring/test_spreadsheet.py" for code in ("E401", "E402", "E403", "E404", "E405")},
    **{code: "tests/authoring/test_spreadsheet.py" for code in ("E406", "E407", "E408", "E409", "E410")},
    **{code: "tests/authoring/test_spreadsheet.py" for code in ("E411", "E412", "E413", "W414", "E415")},
    **{code: "tests/validation/test_promises.py" for code in ("E025", "E026")},  # two regions
}


def test_every_diagnostic_code_has_a_broken_input_case() -> None:
    """A new code in messages.yaml needs a case in broken_cases.yaml (or, for input that is not a
    region, a test that names it in the file listed in ELSEWHERE)."""
    from generator.diagnostics import message_codes

    in_cases = {code for case in CASES.values() for code in case["codes"]}
    root = Path(__file__).parents[2]
    for code in message_codes():
        if code in in_cases:
            continue
        assert code in ELSEWHERE, f"{code} has no case in tests/fixtures/broken_cases.yaml"
        assert code in (root / ELSEWHERE[code]).read_text(encoding="utf-8"), (code, ELSEWHERE[code])
