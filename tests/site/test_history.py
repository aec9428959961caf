"""The revision history page, on real temporary git repositories: full, shallow (as CI clones are
unless `fetch-depth: 0`) and none at all; and what a public build leaves out."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from generator.model.publication import public_region
from generator.render.formatting import rupiah
from generator.site.pages import generate
from generator.site.revisions import histories, region_revisions
from generator.validation.validate import validate_paths

from ..conftest import FIXTURES, run_git

HISTORY = "wilayah/mini/riwayat.md"
SECRET = "Negosiasi vendor rahasia"


def git(cwd: Path, *args: str, date: str = "2025-03-17T10:00:00+08:00") -> None:
    run_git(cwd, *args, author="Rina Wulandari", email="rina@mini.go.id", date=date)


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three commits of an approved mini region: created, budget raised, internal note added."""
    root = tmp_path_factory.mktemp("history-repo")
    region = root / "masterplans" / "mini"
    shutil.copytree(FIXTURES / "mini", region)
    replace(
        region / "masterplan.yaml",
        "  status: draft",
        "  status: approved\n  approved_on: '2025-03-01'\n"
        "  signatories:\n    - {name: Budi Santoso, position: Wali Kota Mini, role: approved}",
    )
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Draf awal masterplan", date="2025-03-17T10:00:00+08:00")
    replace(region / "governance.yaml", "2025: {apbd: 500000000}", "2025: {apbd: 750000000}")
    git(root, "commit", "-qam", "Anggaran GOV-01 dinaikkan", date="2025-04-02T09:30:00+08:00")
    replace(
        region / "governance.yaml",
        "    category: application\n",
        f"    category: application\n    internal_notes: {SECRET}\n",
    )
    git(root, "commit", "-qam", f"Catatan: {SECRET}", date="2025-05-20T14:00:00+08:00")
    return root


def region_in(root: Path):
    result = validate_paths([root / "masterplans" / "mini"])
    assert not result.errors
    return result.regions[0]


def history_page(region, **kwargs) -> str:
    pages = {p.uri: p.text() for p in generate([region], lang="id", **kwargs)}
    return pages[HISTORY]


def test_full_history_shows_every_commit_newest_first(repo: Path) -> None:
    region = region_in(repo)
    found = histories([region], lang="id")
    revisions = found["mini"]
    assert [r.subject for r in revisions] == [
        f"Catatan: {SECRET}",
        "Anggaran GOV-01 dinaikkan",
        "Draf awal masterplan",
    ]
    page = history_page(region, histories=found)
    assert page.index("20 Mei 2025") < page.index("2 April 2025") < page.index("17 Maret 2025")
    assert "Rina Wulandari" in page and "rina@mini.go.id" not in page  # who, never their e-mail
    assert "GOV-01 (anggaran)" in page  # what changed, in the plan's terms
    total = region.total_budget  # the region's total before → after, formatted like everywhere else
    assert f"{rupiah(total - 250_000_000)} → {rupiah(total)}" in page
    assert "Menampilkan" not in page  # all three shown: no "older ones are in git" note


def test_shallow_clone_says_the_older_history_is_missing(repo: Path, tmp_path: Path) -> None:
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "2", repo.as_uri(), str(clone))
    region = region_in(clone)
    revisions = histories([region], lang="id")["mini"]
    assert [r.subject for r in revisions] == [f"Catatan: {SECRET}", "Anggaran GOV-01 dinaikkan"]
    assert revisions[-1].summary == ["revisi sebelumnya tidak tersedia di salinan ini (clone dangkal)"]
    page = history_page(region, histories={"mini": revisions})
    assert "clone dangkal" in page and "Anggaran GOV-01 dinaikkan" in page


def test_outside_git_the_page_says_there_is_no_history(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "mini", tmp_path / "masterplans" / "mini")
    region = region_in(tmp_path)
    assert histories([region], lang="id") == {}
    page = history_page(region, histories=None)
    assert "Riwayat revisi tidak tersedia" in page


def test_public_history_has_no_commit_messages_and_no_internal_changes(repo: Path) -> None:
    public = public_region(region_in(repo))
    assert public is not None
    revisions = histories([public], lang="id")["mini"]
    # the newest commit only added an internal note: the public history does not mention it at all
    assert [r.subject for r in revisions] == ["", ""]
    all_commits = histories([region_in(repo)], lang="id")["mini"]
    assert [r.commit for r in revisions] == [r.commit for r in all_commits[1:]]
    assert any("GOV-01" in line for line in revisions[0].summary)
    page = history_page(public, histories={"mini": revisions})
    assert SECRET not in page and "internal_notes" not in page and all_commits[0].short not in page
    assert "pesan commit tidak ditampilkan" in page
    review = history_page(region_in(repo), histories=histories([region_in(repo)], lang="id"))
    assert SECRET in review and "internal_notes" in review  # the review build names both


def test_history_is_cached_per_newest_commit_and_given_in_both_languages(repo: Path, tmp_path: Path) -> None:
    region = region_in(repo)
    cache = tmp_path / "cache"
    first = region_revisions(region, limit=50, cache_dir=cache)
    assert [p.name[:5] for p in (cache / "review").iterdir()] == ["mini-"]
    assert first["en"][1].summary == [
        "Programmes changed: GOV-01 (budget)",
        (
            f"Total budget: {rupiah(region.total_budget - 250_000_000, 'en')} → {rupiah(region.total_budget, 'en')} "
            f"(+{rupiah(250_000_000, 'en')})"
        ),
    ]
    again = region_revisions(region, limit=50, cache_dir=cache)  # read back from the file
    assert again == {lang: [dataclasses.replace(r, diff=None) for r in revs] for lang, revs in first.items()}
    public = region_revisions(public_region(region), limit=50, cache_dir=cache)
    assert len(public["en"]) == len(first["en"]) - 1  # the internal-only commit is left out
    assert public["en"][0].summary == first["en"][1].summary and public["en"][0].subject == ""
    assert len(list((cache / "public").iterdir())) == 1 and len(list((cache / "review").iterdir())) == 1


def test_a_region_not_committed_yet_has_an_empty_history(repo: Path) -> None:
    new = repo / "masterplans" / "baru"
    shutil.copytree(FIXTURES / "mini", new)
    try:
        region = validate_paths([new]).regions[0]
        found = histories([region], lang="id")
        assert found == {"baru": []}
        page = {p.uri: p.text() for p in generate([region], lang="id", histories=found)}[
            "wilayah/baru/riwayat.md"
        ]
        assert "Belum ada revisi wilayah ini yang tercatat di git." in page
    finally:
        shutil.rmtree(new)
