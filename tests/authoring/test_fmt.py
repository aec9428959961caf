"""`masterplan fmt`: canonical layout, comments kept, never a data change, atomic, `--check` for CI."""

from __future__ import annotations

import random
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml.comments import CommentedMap

from generator.authoring import fmt
from generator.authoring.fmt import FormatLossError, comments, format_file, format_text, model_for, yaml_rt
from generator.cli import main
from generator.schema.plan import PillarFile
from generator.validation.load import load_bytes
from generator.validation.shape import validate

from ..conftest import FIXTURES, SAMPLES


def region_files() -> list[Path]:
    folders = [*sorted(SAMPLES.glob("*/")), FIXTURES / "mini", *sorted((FIXTURES / "regions").glob("*/"))]
    return [f for folder in folders for f in sorted(folder.glob("*.yaml")) if model_for(f)]


def model_of(text: str, path: Path):
    loaded, diags = load_bytes(text.encode("utf-8"), str(path))
    assert loaded is not None, diags
    result, diags = validate(model_for(path), loaded, lang="en")
    assert result is not None, diags
    return result


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("path", region_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sample_and_fixture_round_trips_without_loss(path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    new = format_text(original, model_for(path))
    assert model_of(new, path) == model_of(original, path)
    assert comments(new) == comments(original)
    assert format_text(new, model_for(path)) == new  # idempotent


def test_the_samples_are_already_canonical() -> None:
    """CI and the pre-commit hook run `fmt --check`: the shipped samples must pass it (if this
    fails after a schema change, run `masterplan fmt masterplans` and commit the result)."""
    result = invoke("fmt", "--check", str(SAMPLES))
    assert result.exit_code == 0, result.output
    assert "0 perlu diformat" in result.output


SCRAMBLED = (
    "\ufeff# Ekonomi: berkas yang ditulis tanpa memperhatikan tata letak\r\n"
    "programmes:\r\n"
    "- name: Program Ekosistem Industri   # nama resmi\r\n"
    "  id: ECO-01\r\n"
    "  element: industry\r\n"
    "  category: application\r\n"
    "  description: Program contoh untuk\r\n"
    "    elemen Ekosistem Industri.\r\n"
    "  lead: DISKOMINFO\r\n"
    "  years: [2025, 2026]   \r\n"
    "  budget:\r\n"
    "    2026: {apbd: 600000000, csr: 100000000}  # naik\r\n"
    "    2025: {apbd: 500000000}\r\n"
    "  support: [BAPPEDA]\r\n"
    "format: 1\r\n"
    "strategy:\r\n"
    "- {element: industry, problems: [Masalah.], goals: [Sasaran.]}\r\n"
)
CANONICAL = (
    "# Ekonomi: berkas yang ditulis tanpa memperhatikan tata letak\n"
    "format: 1\n"
    "strategy:\n"
    "  - {element: industry, problems: [Masalah.], goals: [Sasaran.]}\n"
    "programmes:\n"
    "  - id: ECO-01\n"
    "    name: Program Ekosistem Industri # nama resmi\n"
    "    element: industry\n"
    "    category: application\n"
    "    description: Program contoh untuk elemen Ekosistem Industri.\n"
    "    lead: DISKOMINFO\n"
    "    support: [BAPPEDA]\n"
    "    years: [2025, 2026]\n"
    "    budget:\n"
    "      2025: {apbd: 500000000}\n"
    "      2026: {apbd: 600000000, csr: 100000000} # naik\n"
)


def test_fmt_check_lists_then_fmt_rewrites_in_canonical_order(mini: Path, in_tmp: Path) -> None:
    path = mini / "economy.yaml"
    path.write_bytes(SCRAMBLED.encode("utf-8"))
    before = model_of(SCRAMBLED.lstrip("\ufeff"), path)

    check = invoke("fmt", "--check", "masterplans")
    assert check.exit_code == 1
    assert "perlu diformat: masterplans/mini/economy.yaml" in check.output
    assert path.read_bytes() == SCRAMBLED.encode("utf-8")  # --check writes nothing

    result = invoke("fmt", "masterplans")
    assert result.exit_code == 0, result.output
    assert "diformat: masterplans/mini/economy.yaml" in result.output
    assert path.read_bytes() == CANONICAL.encode("utf-8")
    assert model_of(CANONICAL, path) == before
    assert invoke("fmt", "--check", "masterplans").exit_code == 0


def test_a_file_argument_formats_only_that_file(mini: Path, in_tmp: Path) -> None:
    (mini / "economy.yaml").write_text(SCRAMBLED.lstrip("\ufeff"), encoding="utf-8")
    (mini / "society.yaml").write_text((mini / "society.yaml").read_text() + "   \n", encoding="utf-8")
    result = invoke("fmt", "--check", "masterplans/mini/economy.yaml")
    assert result.exit_code == 1
    assert "economy.yaml" in result.output and "society.yaml" not in result.output
    assert "1 berkas diperiksa, 1 perlu diformat" in result.output


def test_invalid_files_are_refused_and_left_untouched(mini: Path, in_tmp: Path) -> None:
    broken = mini / "living.yaml"
    text = broken.read_text().replace("lead: DISKOMINFO", "lead: DISKOMINFO\n    budjet: 5", 1)
    broken.write_text(text)
    (mini / "economy.yaml").write_text(SCRAMBLED.lstrip("\ufeff"), encoding="utf-8")

    result = invoke("fmt", "masterplans")
    assert result.exit_code == 1
    assert "masterplans/mini/living.yaml:13:5: error E102 kunci 'budjet' tidak dikenal" in result.output
    assert broken.read_text() == text
    assert (mini / "economy.yaml").read_text() == CANONICAL  # the valid files are still formatted
    assert "1 ditolak (tidak valid)" in result.output


def test_syntax_errors_are_refused(mini: Path, in_tmp: Path) -> None:
    (mini / "branding.yaml").write_text("format: 1\nprogrammes: [\n")
    result = invoke("fmt", "--check", "masterplans")
    assert result.exit_code == 1
    assert "masterplans/mini/branding.yaml:3:1: error E002" in result.output


def test_writes_are_atomic_and_keep_the_file_mode(mini: Path, in_tmp: Path) -> None:
    path = mini / "economy.yaml"
    path.write_text(SCRAMBLED.lstrip("\ufeff"), encoding="utf-8")
    path.chmod(0o640)
    assert invoke("fmt", "masterplans").exit_code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert not [p for p in mini.iterdir() if p.name.endswith(".tmp")]


def test_a_formatting_bug_that_drops_a_comment_writes_nothing(
    mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = mini / "economy.yaml"
    path.write_text(SCRAMBLED.lstrip("\ufeff"), encoding="utf-8")
    monkeypatch.setattr(fmt, "format_text", lambda text, model: CANONICAL.replace(" # naik", ""))
    with pytest.raises(FormatLossError, match="drop a comment"):
        fmt.format_file(path)
    assert "drop a comment" in fmt.format_paths([path], write=True).refused[0]
    monkeypatch.setattr(fmt, "format_text", lambda text, model: CANONICAL.replace("500000000", "5"))
    report = fmt.format_paths([path], write=True)
    assert "change the data" in report.refused[0] and not report.changed
    assert path.read_bytes() == SCRAMBLED.lstrip("\ufeff").encode("utf-8")


def test_english_summary_and_skipped_files(mini: Path, in_tmp: Path) -> None:
    (mini / "notes.yaml").write_text("a: 1\n")
    result = invoke("fmt", "--check", "--lang", "en", "masterplans/mini/notes.yaml", "masterplans")
    assert result.exit_code == 0
    assert "skipped (not a masterplan file) masterplans/mini/notes.yaml" in result.output
    assert "7 files checked, 0 would be reformatted" in result.output


KUTAI_GOVERNANCE = SAMPLES / "kutai-kartanegara" / "governance.yaml"


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_any_key_order_formats_back_to_the_sample(rnd: random.Random) -> None:
    """Shuffle the keys of every mapping of a real sample: fmt restores the sample exactly
    (comments and all) — unless a comment sat between two shuffled keys, in which case it must
    still be there, with the data unchanged."""
    original = KUTAI_GOVERNANCE.read_text(encoding="utf-8")
    data = yaml_rt().load(original)

    def shuffle(node: object) -> None:
        if isinstance(node, CommentedMap):
            keys = list(node)
            rnd.shuffle(keys)
            for key in keys:
                node.move_to_end(key)
            for value in node.values():
                shuffle(value)
        elif isinstance(node, list):
            for item in node:
                shuffle(item)

    shuffle(data)
    scrambled = fmt.dump_rt(data)
    new = format_text(scrambled, PillarFile)
    assert model_of(new, KUTAI_GOVERNANCE) == model_of(original, KUTAI_GOVERNANCE)
    assert comments(new) == comments(original)
    if not any(c.ca.items for c in _maps(yaml_rt().load(original))):
        assert new == original


def _maps(node: object):
    if isinstance(node, CommentedMap):
        yield node
        for value in node.values():
            yield from _maps(value)
    elif isinstance(node, list):
        for item in node:
            yield from _maps(item)


def test_format_file_reports_the_original_and_canonical_text(mini: Path) -> None:
    path = mini / "economy.yaml"
    path.write_bytes(SCRAMBLED.encode("utf-8"))
    original, new, diags = format_file(path)
    assert diags == [] and new == CANONICAL and original == SCRAMBLED
