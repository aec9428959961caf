"""Reading revisions with the real git: whatever a past commit holds, history never breaks."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.history.git import log, snapshot

from ..conftest import FIXTURES, run_git


def committed_mini(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "mini", tmp_path / "masterplans" / "mini")
    run_git(tmp_path, "init", "-q")
    run_git(tmp_path, "add", ".")
    run_git(tmp_path, "commit", "-qm", "first")
    return tmp_path


def test_commit_messages_with_any_separator_keep_the_log_intact(tmp_path: Path) -> None:
    top = committed_mini(tmp_path)
    plan = top / "masterplans" / "mini" / "masterplan.yaml"
    subjects = ["a\x1fb\x1ec", "tab\there %x00 %n", "ünïcode — ok"]
    for subject in subjects:
        plan.write_text(plan.read_text() + "\n")
        run_git(top, "commit", "-qam", subject)
    commits = log(top / "masterplans" / "mini", limit=10)
    assert [c.subject for c in commits] == [*reversed(subjects), "first"]
    assert all(len(c.sha) == 40 and c.author == "Siti Aminah" for c in commits)
    assert commits[-1].parent is None and commits[0].parent == commits[1].sha


def test_a_symlink_committed_in_an_old_revision_does_not_break_history(tmp_path: Path) -> None:
    top = committed_mini(tmp_path)
    assets = top / "masterplans" / "mini" / "assets"
    (assets / "passwd.svg").symlink_to("/etc/passwd")
    (assets / "up").symlink_to("../../..")
    run_git(top, "add", ".")
    run_git(top, "commit", "-qm", "links")
    snap = snapshot(top / "masterplans", "HEAD")
    assert snap.slugs == {"mini"}
    assert "mini" in snap.regions, snap.invalid  # the links are left out of the revision read
