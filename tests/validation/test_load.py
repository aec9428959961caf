"""The loader: positions, types, and the hostile cases refused before any validation."""

from __future__ import annotations

import time

import pytest

from generator.validation.load import MAX_FILE_BYTES, load_bytes


def load(text: str | bytes):
    raw = text.encode() if isinstance(text, str) else text
    return load_bytes(raw, "f.yaml")


def codes(text: str | bytes) -> list[tuple[int, int, str]]:
    _, diags = load(text)
    return [(d.line, d.column, d.code) for d in diags]


def test_positions_of_keys_and_values_are_one_based() -> None:
    loaded, diags = load("a: 1\nb:\n  - x\n  - {c: 2}\n")
    assert not diags and loaded is not None
    assert loaded.exact(("b",), at_key=True) == (2, 1)
    assert loaded.exact(("b", "1")) == (4, 5)
    assert loaded.exact(("b", "9")) is None
    assert loaded.position(("b", "1", "c"), at_key=True) == (4, 6)
    assert loaded.position(("b", "1", "missing")) == (4, 5)  # nearest ancestor


def test_dates_stay_strings_and_numbers_are_numbers() -> None:
    loaded, _ = load("d: 2025-03-17\nm: 2025-03\ni: 850000000\nf: 12.5\nb: true\nn: null\nq: '42'\ny: yes\n")
    assert loaded is not None
    assert loaded.data == {
        "d": "2025-03-17",
        "m": "2025-03",
        "i": 850000000,
        "f": 12.5,
        "b": True,
        "n": None,
        "q": "42",
        "y": "yes",
    }


def test_year_keys_are_integers() -> None:
    loaded, _ = load("budget:\n  2025: {apbd: 1}\n")
    assert loaded is not None and list(loaded.data["budget"]) == [2025]


def test_all_duplicate_keys_reported_with_both_lines() -> None:
    _, diags = load("a: 1\nb: 2\na: 3\nb: 4\n")
    assert [(d.line, d.code) for d in diags] == [(3, "E004"), (4, "E004")]
    assert "baris 1" in diags[0].message


def test_every_tab_indented_line_is_reported() -> None:
    assert codes("a:\n\tb: 1\n\tc: 2\n") == [(2, 1, "E003"), (3, 1, "E003")]


def test_tab_inside_a_value_is_fine() -> None:
    assert codes("a: 'x\ty'\n") == []


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 20):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    start = time.perf_counter()
    found = codes("\n".join(lines) + "\n")
    assert time.perf_counter() - start < 5
    assert found and found[0][2] == "E005"


def test_self_referencing_alias_is_refused_not_null() -> None:
    assert [c for *_, c in codes("a: &x [*x]\n")] == ["E005"]


def test_merge_keys_are_refused() -> None:
    assert [c for *_, c in codes("base: &b {x: 1}\nother:\n  <<: *b\n")] == ["E011"]


@pytest.mark.parametrize(
    "text", ["x: !!python/object:os.system {}\n", "x: !custom 1\n", "x: !!binary aGk=\n"]
)
def test_tags_are_refused(text: str) -> None:
    _, diags = load(text)
    assert diags and diags[0].code in ("E010",)


def test_invalid_utf8_points_at_the_byte() -> None:
    assert codes(b"a: ok\nb: caf\xe9\n") == [(2, 7, "E001")]


def test_bom_is_accepted() -> None:
    loaded, diags = load("\ufeffa: 1\n")
    assert not diags and loaded is not None and loaded.data == {"a": 1}


def test_oversized_and_empty_and_scalar_files() -> None:
    assert codes(b"a: 1\n" + b"#" * MAX_FILE_BYTES) == [(0, 0, "E006")]
    assert codes("# only a comment\n") == [(1, 1, "E007")]
    assert codes("just text\n") == [(1, 1, "E008")]


def test_syntax_error_position() -> None:
    [(line, col, code)] = codes("a: [1, 2\nb: 3\n")
    assert code == "E002" and line >= 1 and col >= 1


def test_deep_nesting_is_bounded() -> None:
    assert [c for *_, c in codes("a: " + "[" * 200 + "]" * 200 + "\n")] == ["E009"]


@pytest.mark.parametrize("depth", [100_000, 400_000])
def test_extreme_flow_nesting_is_refused_without_crashing(depth: int, tmp_path) -> None:
    """libyaml composes recursively in C: 100,000 '[' used to kill the interpreter (SIGSEGV)."""
    import subprocess
    import sys

    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * depth + "]" * depth + "\n")
    code = (
        "import sys; from pathlib import Path; from generator.validation.load import load_file; "
        "_, d = load_file(Path(sys.argv[1])); print(d[0].code, d[0].line, d[0].column)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=False)
    assert out.returncode == 0, f"crashed with {out.returncode}: {out.stderr[-300:]}"
    assert out.stdout.split() == ["E009", "1", str(3 + 40)]  # the root mapping is level 1


def test_deep_block_nesting_reports_our_limit_not_the_librarys() -> None:
    """libyaml >= 0.2.6 refuses 1,000 levels itself, in English: E009 must win, at level 41."""
    text = "".join(" " * i + f"k{i}:\n" for i in range(1200)) + " " * 1200 + "x\n"
    [(line, _col, code)] = codes(text)
    assert (line, code) == (41, "E009")


@pytest.mark.parametrize(
    ("text", "lang", "words", "line", "col"),
    [
        ("a: b: c\n", "id", "titik dua (:) di tempat yang tidak diizinkan", 1, 5),
        ("a: b: c\n", "en", "a colon (:) where none is allowed", 1, 5),
        ('name: "abc\nvision: x\n', "en", "opened at line 1, column 7", 3, 1),
        ("a: [1, 2\nb: 3\n", "id", "dibuka di baris 1, kolom 4", 2, 2),
        ("a: x\nb: \x1b]0;title\x07\n", "en", "control character", 2, 4),
    ],
)
def test_syntax_errors_speak_the_users_language(text, lang, words, line, col) -> None:
    """The parser's English stays a detail in the hint; the message is ours, at the right place."""
    _, [diag] = load_bytes(text.encode(), "f.yaml", lang=lang)
    assert diag.code == "E002" and words in diag.message and (diag.line, diag.column) == (line, col)
    assert ("parser said:" if lang == "en" else "pesan parser:") in (diag.hint or "")
