"""`masterplan init`: a working data repository, idempotent, never overwriting the user's files."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from click.testing import CliRunner

from generator.authoring.init import EDITOR_SCHEMA, init, refresh_editor_schema
from generator.cli import main
from generator.schema.jsonschema import schemas

from ..conftest import SAMPLES, run_git

CREATED = [
    ".gitignore",
    ".github/workflows/masterplan.yml",
    ".pre-commit-config.yaml",
    ".vscode/settings.json",
    "masterplans/.gitkeep",
    f"{EDITOR_SCHEMA}/pillar.schema.json",
]


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".git" not in p.relative_to(root).parts[:1]
    }


def test_an_empty_folder_becomes_a_data_repository(in_tmp: Path) -> None:
    result = CliRunner().invoke(main, ["init", "--lang", "en"])
    assert result.exit_code == 0, result.output
    for rel in CREATED:
        assert (in_tmp / rel).is_file(), rel
        assert f"{rel}: created" in result.output
    assert (in_tmp / ".git").is_dir()  # a git repository: diff, history and the guard need one
    ignored = (in_tmp / ".gitignore").read_text().splitlines()
    assert {"/site/", "/build/", "/.masterplan/"} <= set(ignored)
    settings = json.loads((in_tmp / ".vscode/settings.json").read_text())
    for schema_file in settings["yaml.schemas"]:  # local files the tool wrote: no network needed
        assert (in_tmp / schema_file).is_file()
    written = json.loads((in_tmp / EDITOR_SCHEMA / "masterplan.schema.json").read_text())
    assert written == schemas()["masterplan.schema.json"]


def test_running_it_twice_changes_nothing(in_tmp: Path) -> None:
    init(in_tmp, lang="en")
    before = snapshot(in_tmp)
    again = init(in_tmp, lang="en")
    assert snapshot(in_tmp) == before
    assert not [line for line in again.lines if ": created" in line]


def test_it_never_overwrites_a_file_the_user_changed(in_tmp: Path) -> None:
    init(in_tmp, lang="en")
    workflow = in_tmp / ".github/workflows/masterplan.yml"
    workflow.write_text("# our own workflow\n")
    (in_tmp / ".gitignore").write_text("/dist/\n")
    report = init(in_tmp, lang="id")
    assert workflow.read_text() == "# our own workflow\n"
    assert any(line.startswith(".github/workflows/masterplan.yml: dibiarkan") for line in report.lines)
    # .gitignore keeps the user's lines; only the missing ones are appended
    lines = (in_tmp / ".gitignore").read_text().splitlines()
    assert lines[0] == "/dist/" and "/site/" in lines and "/build/" in lines


def test_an_existing_git_repository_with_regions(in_tmp: Path) -> None:
    run_git(in_tmp, "init", "-q")
    (in_tmp / "README.md").write_text("ours\n")
    (in_tmp / "masterplans").mkdir()
    import shutil

    shutil.copytree(SAMPLES / "balikpapan", in_tmp / "masterplans" / "balikpapan")
    report = init(in_tmp, lang="en", codeowners=True)
    assert not any("git repository" in line for line in report.lines)
    assert not (in_tmp / "masterplans/.gitkeep").exists()  # not empty: nothing to keep
    assert "/masterplans/balikpapan/" in (in_tmp / ".github/CODEOWNERS").read_text()
    assert (in_tmp / "README.md").read_text() == "ours\n"
    # the sample's `$schema` line resolves in the data repository
    first = (in_tmp / "masterplans/balikpapan/masterplan.yaml").read_text().splitlines()[0]
    target = (in_tmp / "masterplans/balikpapan" / first.split("$schema=")[1]).resolve()
    assert target == (in_tmp / EDITOR_SCHEMA / "masterplan.schema.json").resolve() and target.is_file()


def test_the_editor_schema_is_rewritten_only_when_the_tool_changed(tmp_path: Path) -> None:
    from generator.schema.jsonschema import schemas

    assert len(refresh_editor_schema(tmp_path)) == len(
        schemas()
    )  # masterplan, 6 pillar files, pillar, evaluation
    assert refresh_editor_schema(tmp_path) == []
    stale = tmp_path / EDITOR_SCHEMA / "pillar.schema.json"
    stale.write_text("{}")
    assert refresh_editor_schema(tmp_path) == [stale]


def test_new_writes_folders_with_normal_permissions(in_tmp: Path) -> None:
    result = CliRunner().invoke(main, ["new", "kota-baru", "--name", "Baru", "--type", "kota"])
    assert result.exit_code == 0, result.output
    mode = stat.S_IMODE((in_tmp / "masterplans/kota-baru").stat().st_mode)
    assert mode & 0o055 == 0o055, oct(mode)  # group and others may read it (umask 022), unlike 0700
    assert (in_tmp / EDITOR_SCHEMA / "masterplan.schema.json").is_file()
