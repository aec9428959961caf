"""Reading masterplans at a git revision (generator/history/git.py), with real git."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.history.git import GitError, git, is_shallow, log, newest_commits, resolve, snapshot, toplevel

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


def test_newest_commits_of_many_folders_agree_with_git_log_per_folder(repo: Path) -> None:
    """One `git log` for every region gives what `git log -1 -- <region>` gives for each; a region
    never committed has none; a region whose last change is older than other regions' keeps it."""
    root = repo / "masterplans"
    for name in ("dua", "tiga", "baru"):
        shutil.copytree(root / "mini", root / name)
    run_git(repo, "add", "masterplans/dua", "masterplans/tiga")
    run_git(repo, "commit", "-q", "-m", "Dua wilayah", date="2025-05-01T09:00:00+08:00")
    (root / "tiga" / "masterplan.yaml").write_text((root / "tiga" / "masterplan.yaml").read_text() + "\n")
    run_git(repo, "commit", "-q", "-am", "Tiga saja", date="2025-06-01T09:00:00+08:00")
    (repo / "README.md").write_text("not a region\n")
    run_git(repo, "add", "README.md")
    run_git(repo, "commit", "-q", "-m", "Di luar wilayah", date="2025-07-01T09:00:00+08:00")
    folders = [root / name for name in ("mini", "dua", "tiga", "baru")]
    found = newest_commits(folders)
    expected = {f: log(f, limit=1)[0].sha for f in folders if log(f, limit=1)}
    assert found == expected and set(found) == set(folders[:3])
    assert len(set(found.values())) == 3  # mini, dua and tiga each have their own newest commit
    assert not is_shallow(repo)


def test_problems_are_git_errors(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    with pytest.raises(GitError, match="unknown revision 'v9'"):
        resolve(repo, "v9")
    with pytest.raises(GitError):
        toplevel(tmp_path_factory.mktemp("not-a-repo"))
    with pytest.raises(GitError, match="did not answer"):
        git(repo, "log", timeout=1e-6)
