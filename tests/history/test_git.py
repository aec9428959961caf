"""Reading masterplans at a git revision (generator/history/git.py), with real git."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.history.git import GitError, git, log, resolve, snapshot, toplevel

from ..conftest import FIXTURES, run_git


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """masterplans/mini committed once, then its vision edited and committed again."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    run_git(tmp_path, "init", "-q", "-b", "main")
    shutil.copytree(FIXTURES / "mini", tmp_path / "masterplans" / "mini")
    run_git(tmp_path, "add", "-A")
    run_git(tmp_path, "commit", "-q", "-m", "Draf awal")
    plan = tmp_path / "masterplans" / "mini" / "masterplan.yaml"
    plan.write_text(plan.read_text().replace("vision: Kota Mini", "vision: Kota Mini baru"))
    run_git(tmp_path, "commit", "-q", "-am", "Visi baru", date="2025-04-01T09:00:00+08:00")
    return tmp_path


def test_a_past_revision_is_validated_like_the_working_tree(repo: Path) -> None:
    root = repo / "masterplans"
    before, now = snapshot(root, "HEAD~1"), snapshot(root, None)
    assert set(before.regions) == set(now.regions) == {"mini"}
    assert before.regions["mini"].plan.vision.startswith("Kota Mini yang")
    assert now.regions["mini"].plan.vision.startswith("Kota Mini baru")


def test_an_invalid_revision_yields_its_errors_not_a_region(repo: Path) -> None:
    plan = repo / "masterplans" / "mini" / "masterplan.yaml"
    plan.write_text(plan.read_text().replace("status: draft", "status: disahkan"))
    run_git(repo, "commit", "-q", "-am", "Rusak")
    snap = snapshot(repo / "masterplans", "HEAD")
    assert snap.regions == {} and [d.code for d in snap.invalid["mini"]] == ["E104"]


def test_a_region_that_did_not_exist_yet_is_an_empty_snapshot(repo: Path) -> None:
    assert snapshot(repo / "masterplans", "HEAD~1", slug="nowhere").slugs == set()


def test_log_lists_the_commits_that_touched_a_folder_newest_first(repo: Path) -> None:
    commits = log(repo / "masterplans" / "mini", limit=10)
    assert [c.subject for c in commits] == ["Visi baru", "Draf awal"]
    assert commits[0].parent == commits[1].sha and commits[0].author == "Siti Aminah"
    assert toplevel(repo / "masterplans").resolve() == repo.resolve()


def test_problems_are_git_errors(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    with pytest.raises(GitError, match="unknown revision 'v9'"):
        resolve(repo, "v9")
    with pytest.raises(GitError):
        toplevel(tmp_path_factory.mktemp("not-a-repo"))
    with pytest.raises(GitError, match="did not answer"):
        git(repo, "log", timeout=1e-6)
