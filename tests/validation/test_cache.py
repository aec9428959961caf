"""The validation cache: a region is validated again exactly when something validation sees changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.validation.validate import validate_paths

from ..conftest import FIXTURES, SAMPLES


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "masterplans"
    shutil.copytree(FIXTURES / "mini", root / "mini")
    shutil.copytree(SAMPLES / "balikpapan", root / "balikpapan")
    return root


def outcomes(result):
    return (
        sorted((r.slug, r.total_budget, len(r.programmes), len(r.evaluations)) for r in result.regions),
        [(d.file, d.line, d.column, d.code, d.message) for d in result.diagnostics],
    )


def spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders validate_region was called for (cache misses)."""
    from generator.validation import validate as module

    called: list[str] = []
    real = module.validate_region

    def counting(folder: Path, **kwargs):
        called.append(folder.name)
        return real(folder, **kwargs)

    monkeypatch.setattr(module, "validate_region", counting)
    return called


def test_an_unchanged_region_comes_from_the_cache_with_the_same_outcome(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    plain = validate_paths([corpus])
    called = spy(monkeypatch)
    first = validate_paths([corpus], cache_dir=cache)
    assert sorted(called) == ["balikpapan", "mini"]
    called.clear()
    again = validate_paths([corpus], cache_dir=cache)
    assert called == []
    assert outcomes(again) == outcomes(first) == outcomes(plain)
    assert again.regions[0] is not first.regions[0]  # a copy: a build may change its regions


@pytest.mark.parametrize(
    "edit",
    [
        "yaml",  # a pillar file's text
        "stray",  # a misspelt file validation warns about (W021)
        "evaluation",  # an evaluation record
        "asset link",  # a link in assets/ leading outside the region (E-code)
    ],
)
def test_exactly_the_edited_region_is_validated_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str
) -> None:
    cache = tmp_path / "cache"
    validate_paths([corpus], cache_dir=cache)
    region = corpus / "balikpapan"
    if edit == "yaml":
        path = next(region.glob("*.yaml"))
        path.write_text(path.read_text(encoding="utf-8") + "\n# catatan\n", encoding="utf-8")
    elif edit == "stray":
        (region / "goverance.yaml").write_text("x: 1\n", encoding="utf-8")
    elif edit == "evaluation":
        path = next((region / "evaluations").glob("*.yaml"))
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    else:
        (region / "assets").mkdir(exist_ok=True)
        (region / "assets" / "luar.svg").symlink_to("/etc/hostname")
    plain = outcomes(validate_paths([corpus]))
    called = spy(monkeypatch)
    cached = validate_paths([corpus], cache_dir=cache)
    assert called == ["balikpapan"]
    assert outcomes(cached) == plain


def test_a_damaged_record_is_validated_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    validate_paths([corpus], cache_dir=cache)
    for record in cache.rglob("*.pickle"):
        record.write_bytes(b"not a pickle")
    plain = outcomes(validate_paths([corpus]))
    called = spy(monkeypatch)
    assert outcomes(validate_paths([corpus], cache_dir=cache)) == plain
    assert sorted(called) == ["balikpapan", "mini"]
    assert len(list(cache.rglob("*.pickle"))) == 2  # one record per region: old ones replaced


def test_messages_in_another_language_are_not_reused(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (corpus / "mini" / "goverance.yaml").write_text("x: 1\n", encoding="utf-8")
    indonesian = validate_paths([corpus], cache_dir=cache, lang="id")
    english = validate_paths([corpus], cache_dir=cache, lang="en")
    assert outcomes(english) == outcomes(validate_paths([corpus], lang="en"))
    assert outcomes(english)[1] != outcomes(indonesian)[1]
