"""The GitHub workflow and the pre-commit hooks shipped for masterplan repositories."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from generator.cli import main

from .conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "masterplan.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
# Keys pre-commit accepts in a hook manifest (pre-commit/clientlib.py, MANIFEST_HOOK_DICT).
HOOK_KEYS = {
    "id",
    "name",
    "entry",
    "language",
    "alias",
    "files",
    "exclude",
    "types",
    "types_or",
    "exclude_types",
    "additional_dependencies",
    "args",
    "always_run",
    "fail_fast",
    "pass_filenames",
    "description",
    "language_version",
    "log_file",
    "minimum_pre_commit_version",
    "require_serial",
    "stages",
    "verbose",
}


def load(path: Path):
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def masterplan_calls(text: str) -> list[list[str]]:
    """Every `masterplan …` command line in a shell snippet, as argv (redirections dropped)."""
    calls = []
    for match in re.finditer(r"(?:^|[\s/])masterplan ([^\n>|]*)", text):
        calls.append(shlex.split(match.group(1)))
    return calls


def parses(argv: list[str]) -> None:
    name, *args = argv
    assert name in main.commands, f"`masterplan {name}` does not exist"
    main.commands[name].make_context(name, list(args))  # raises on an unknown option or bad choice


def test_the_workflow_is_a_valid_github_workflow() -> None:
    checker = Path(sys.executable).with_name("check-jsonschema")
    for schema in ("vendor.github-workflows", "custom.github-workflows-require-timeout"):
        done = subprocess.run(
            [str(checker), "--builtin-schema", schema, str(WORKFLOW)],
            check=False,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_workflow_validates_diffs_builds_and_publishes() -> None:
    flow = load(WORKFLOW)
    triggers = flow.get("on") or flow.get(True)  # YAML 1.1 readers turn `on` into True
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    steps = flow["jobs"]["check"]["steps"]
    runs = "\n".join(s.get("run", "") for s in steps)
    calls = masterplan_calls(runs)
    assert ["validate", "--format", "github"] in calls
    assert ["diff", "origin/$BASE_REF", "HEAD", "--format", "markdown"] in calls
    assert ["fmt", "--check"] in calls and ["build"] in calls
    for argv in calls:
        parses(argv)
    summary = next(s for s in steps if "diff" in s.get("run", ""))
    assert (
        '>> "$GITHUB_STEP_SUMMARY"' in summary["run"]
        and summary["if"] == "github.event_name == 'pull_request'"
    )
    assert (
        "${{" not in summary["run"]
    )  # branch names reach the shell through env, never pasted into the script
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0
    uses = [s.get("uses", "") for job in flow["jobs"].values() for s in job["steps"]]
    assert any(u.startswith("actions/upload-artifact") for u in uses)
    assert any(u.startswith("actions/upload-pages-artifact") for u in uses)
    assert any(u.startswith("actions/deploy-pages") for u in uses)
    assert flow["jobs"]["publish"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_the_pre_commit_hooks() -> None:
    hooks = {h["id"]: h for h in load(HOOKS)}
    assert set(hooks) == {"masterplan-validate", "masterplan-fmt"}
    for hook in hooks.values():
        assert set(hook) <= HOOK_KEYS and {"id", "name", "entry", "language"} <= set(hook)
        assert hook["language"] == "python" and hook["pass_filenames"] is True
        files = re.compile(hook["files"])
        assert files.search("masterplans/kutai-kartanegara/governance.yaml")
        assert files.search("masterplans/balikpapan/masterplan.yml")
        # validate checks the evaluation's region; fmt only formats region files
        is_validate = hook["id"] == "masterplan-validate"
        assert bool(files.search("masterplans/balikpapan/evaluations/2026-tahap-1.yaml")) == is_validate
        assert not files.search("README.md")
        parses(shlex.split(hook["entry"])[1:])
    assert hooks["masterplan-validate"]["entry"] == "masterplan validate"
    assert hooks["masterplan-fmt"]["entry"] == "masterplan fmt --check"


@pytest.mark.parametrize("hook_id", ["masterplan-validate", "masterplan-fmt"])
def test_hooks_run_as_pre_commit_runs_them(hook_id: str, mini: Path, in_tmp: Path) -> None:
    """pre-commit calls `entry` followed by the changed files that match `files`."""
    hook = next(h for h in load(HOOKS) if h["id"] == hook_id)
    argv = shlex.split(hook["entry"])[1:]
    changed = ["masterplans/mini/economy.yaml", "masterplans/mini/masterplan.yaml"]
    assert CliRunner().invoke(main, argv + changed).exit_code == 0
    economy = mini / "economy.yaml"
    economy.write_text(economy.read_text().replace("lead: DISKOMINFO", "lead:   DISKOMINF0", 1))
    result = CliRunner().invoke(main, argv + changed)
    assert result.exit_code == 1
    assert "masterplans/mini/economy.yaml" in result.output


def test_console_script_runs_fmt_check(mini: Path, in_tmp: Path) -> None:
    exe = shutil.which("masterplan", path=str(Path(sys.executable).parent))
    assert exe, "the masterplan console script is not installed next to this Python"
    done = subprocess.run([exe, "fmt", "--check", "masterplans"], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_weekly_job_tests_the_newest_allowed_dependencies() -> None:
    """Upstream drift is caught by a scheduled run that ignores the lock, not by a user."""
    path = ROOT / ".github" / "workflows" / "upstream.yml"
    checker = Path(sys.executable).with_name("check-jsonschema")
    done = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(path)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    flow = load(path)
    triggers = flow.get("on") or flow.get(True)
    assert triggers["schedule"][0]["cron"]
    runs = [s.get("run", "") for job in flow["jobs"].values() for s in job["steps"]]
    assert "make test-unlocked" in runs
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "test-unlocked:" in makefile and "requirements.lock" not in makefile.split("test-unlocked:")[1]


def test_installs_come_from_the_hashed_lock() -> None:
    """`make` installs exactly the locked versions, each wheel checked against its hash."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes --no-deps -r requirements.lock" in makefile
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins = dict(re.findall(r"^([a-z0-9._-]+)==(\S+)", lock, re.MULTILINE))
    for name in ("pyyaml", "weasyprint", "mkdocs", "mkdocs-material", "pydantic", "pytest"):
        assert name in pins, f"{name} is not locked"
    blocks = re.split(r"\n(?=[a-z0-9._-]+==)", lock.split("\n", 2)[2])
    assert all("--hash=sha256:" in block for block in blocks if "==" in block)
