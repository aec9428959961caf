"""`import` refuses to overwrite uncommitted work without --force; `fmt` proves it loses nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

from ..conftest import FIXTURES, run_git


def git(cwd: Path, *args: str) -> None:
    run_git(cwd, *args)


def repo_with_mini(tmp_path: Path) -> Path:
    region = tmp_path / "masterplans" / "mini"
    shutil.copytree(FIXTURES / "mini", region)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "mini")
    return region


def scramble(path: Path) -> None:
    """A hand edit that is also out of canonical order, so fmt wants to rewrite the file."""
    text = path.read_text()
    path.write_text(text.replace("format: 1\n", "") + "format: 1\n")


def test_fmt_rewrites_uncommitted_files_because_it_proves_nothing_is_lost(
    tmp_path: Path, monkeypatch
) -> None:
    """edit → validate → fmt → commit: fmt needs no commit first (import keeps the guard, below)."""
    region = repo_with_mini(tmp_path)
    monkeypatch.chdir(tmp_path)
    path = region / "governance.yaml"
    scramble(path)
    path.write_text("# catatan tim: belum final\n" + path.read_text())
    edited = path.read_bytes()
    result = CliRunner().invoke(main, ["fmt", "--lang", "en", "masterplans"])
    assert result.exit_code == 0, result.output
    assert path.read_bytes() != edited and "# catatan tim: belum final" in path.read_text()
    assert CliRunner().invoke(main, ["fmt", "--check", "masterplans"]).exit_code == 0


def test_fmt_rewrites_committed_files(tmp_path: Path, monkeypatch) -> None:
    region = repo_with_mini(tmp_path)
    monkeypatch.chdir(tmp_path)
    scramble(region / "society.yaml")
    git(tmp_path, "commit", "-qam", "hand edit")
    assert CliRunner().invoke(main, ["fmt", "masterplans"]).exit_code == 0


def test_outside_git_the_write_goes_ahead(mini: Path, in_tmp: Path) -> None:
    scramble(mini / "living.yaml")
    assert CliRunner().invoke(main, ["fmt", "masterplans"]).exit_code == 0


def test_import_refuses_uncommitted_files_unless_forced(tmp_path: Path, monkeypatch) -> None:
    region = repo_with_mini(tmp_path)
    monkeypatch.chdir(tmp_path)
    book = tmp_path / "mini.xlsx"
    assert CliRunner().invoke(main, ["export", "mini", "--xlsx", str(book)]).exit_code == 0
    plan = region / "masterplan.yaml"
    plan.write_text(plan.read_text().replace("Kota Mini yang cerdas", "Kota Mini yang sedang disunting"))
    edited = plan.read_bytes()
    result = CliRunner().invoke(main, ["import", "--lang", "en", "mini", str(book)])
    assert result.exit_code == 1 and "refusing to rewrite" in result.output
    assert plan.read_bytes() == edited
    assert CliRunner().invoke(main, ["import", "--force", "mini", str(book)]).exit_code == 0


def test_guard_recognises_non_ascii_and_unusual_paths(tmp_path: Path) -> None:
    """git quotes such paths in plain porcelain output: the guard must still see them as edited."""
    from generator.authoring.guard import uncommitted

    names = ["kota-é", "kota x", 'kota"q', "kota\\b"]
    for name in names:
        shutil.copytree(FIXTURES / "mini", tmp_path / "masterplans" / name)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "regions")
    files = [tmp_path / "masterplans" / name / "economy.yaml" for name in names]
    assert uncommitted(files) == []
    for path in files:
        scramble(path)
    assert uncommitted(files) == files
    renamed = tmp_path / "masterplans" / "kota-é" / "living.yaml"
    git(tmp_path, "mv", str(renamed), str(renamed.with_name("ubah.yaml")))
    assert uncommitted([renamed.with_name("ubah.yaml")]) == [renamed.with_name("ubah.yaml")]
