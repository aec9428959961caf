"""`masterplan init`: make a folder (empty, or an existing git repository) a data repository.

Writes what a regional team's repository needs besides its `masterplans/`: a .gitignore for the
build output and caches, the GitHub workflow (the same file the tool's own repository runs), a
pre-commit configuration using the installed tool, editor settings that give schema completion
offline, the editor schema itself (`.masterplan/schema/`), optionally a CODEOWNERS skeleton.

Idempotent and careful: a file that is already there with other content is the user's and is
kept, never overwritten (the report says so); only .gitignore gets its missing lines appended.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from generator import resources
from generator.files import write_atomic
from generator.schema.jsonschema import schemas
from generator.words import word

EDITOR_SCHEMA = Path(".masterplan") / "schema"  # what the files' `$schema` lines and the editor name
MASTERPLANS = Path("masterplans")
PILLAR_FILES = "{governance,branding,economy,living,society,environment}.yaml"
IGNORED = ["/site/", "/build/", "/.masterplan/", "/.venv/", "__pycache__/"]
HOOKS = [  # the hooks of .pre-commit-hooks.yaml, run with the installed tool (no network)
    ("masterplan-validate", "masterplan validate", r"^masterplans/[^/]+/(evaluations/)?[^/]+\.ya?ml$"),
    ("masterplan-fmt", "masterplan fmt --check", r"^masterplans/[^/]+/[^/]+\.ya?ml$"),
]


@dataclass
class InitReport:
    lines: list[str] = field(default_factory=list)  # "<path>: <what happened>", in the user's language

    def add(self, path: Path | str, what: str, lang: str, **values: str) -> None:
        self.lines.append(f"{path}: {word('init', what, lang, **values)}")


def init(root: Path, *, lang: str = "id", codeowners: bool = False) -> InitReport:
    report = InitReport()
    if _git_init(root):
        report.lines.append(word("init", "git", lang))
    masterplans = root / MASTERPLANS
    if not masterplans.is_dir():
        masterplans.mkdir(parents=True)
        report.add(f"{MASTERPLANS}/", "created", lang)
    if not any(masterplans.iterdir()):  # git keeps no empty folder
        _place(root, MASTERPLANS / ".gitkeep", "", report, lang)
    _gitignore(root, report, lang)
    _place(root, Path(".github/workflows/masterplan.yml"), workflow(), report, lang)
    _place(root, Path(".pre-commit-config.yaml"), pre_commit_config(), report, lang)
    _place(root, Path(".vscode/settings.json"), vscode_settings(), report, lang)
    if codeowners:
        _place(root, Path(".github/CODEOWNERS"), codeowners_skeleton(masterplans), report, lang)
    for path in refresh_editor_schema(root):
        report.add(path.relative_to(root), "created", lang)
    report.lines.append(word("init", "next", lang))
    return report


def refresh_editor_schema(root: Path) -> list[Path]:
    """Write the JSON Schemas into .masterplan/schema/ where they differ; returns what was written.

    Tool-written and ignored by git: it follows the installed tool's version, so it never goes
    stale the way a committed copy would (`masterplan init` and `masterplan schema --editor`).
    """
    folder = root / EDITOR_SCHEMA
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / name
        text = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            write_atomic(path, text)
            written.append(path)
    return written


def workflow() -> str:
    return resources.WORKFLOW.read_text(encoding="utf-8")


def pre_commit_config() -> str:
    lines = [
        "# Checks before each commit (https://pre-commit.com; once: `pre-commit install`).",
        "# They run the installed `masterplan`, so they need no network.",
        "repos:",
        "  - repo: local",
        "    hooks:",
    ]
    for hook_id, entry, files in HOOKS:
        lines += [
            f"      - id: {hook_id}",
            f"        name: {entry}",
            f"        entry: {entry}",
            "        language: system",
            f"        files: '{files}'",
            "        pass_filenames: true",
            "        require_serial: true",
        ]
    return "\n".join(lines) + "\n"


def vscode_settings() -> str:
    """yaml.schemas for the YAML extension (Red Hat): local files, no schema store, no network."""
    folder = EDITOR_SCHEMA.as_posix()
    settings = {
        "yaml.schemaStore.enable": False,
        "yaml.schemas": {
            f"./{folder}/masterplan.schema.json": ["masterplans/*/masterplan.yaml"],
            f"./{folder}/pillar.schema.json": [f"masterplans/*/{PILLAR_FILES}"],
            f"./{folder}/evaluation.schema.json": ["masterplans/*/evaluations/*.yaml"],
        },
    }
    return json.dumps(settings, indent=2) + "\n"


def codeowners_skeleton(masterplans: Path) -> str:
    lines = [
        "# Who reviews what (GitHub CODEOWNERS). One team per region folder; a pillar file may",
        "# have its own (the agency that leads it). Replace the team names and remove the `#`.",
        "# /masterplans/<region>/               @<organisation>/<region-team>",
        "# /masterplans/<region>/economy.yaml   @<organisation>/<economy-agency>",
    ]
    for folder in sorted(p.parent for p in masterplans.glob("*/masterplan.yaml")):
        lines.append(f"# /masterplans/{folder.name}/  @<organisation>/{folder.name}")
    return "\n".join(lines) + "\n"


def _place(root: Path, rel: Path, text: str, report: InitReport, lang: str) -> None:
    path = root / rel
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
        report.add(rel, "created", lang)
    elif path.is_file() and path.read_text(encoding="utf-8", errors="replace") == text:
        report.add(rel, "unchanged", lang)
    else:
        report.add(rel, "kept", lang)


def _gitignore(root: Path, report: InitReport, lang: str) -> None:
    path = root / ".gitignore"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    have = {line.strip() for line in text.splitlines()}
    missing = [line for line in IGNORED if line not in have]
    if not missing:
        report.add(".gitignore", "unchanged", lang)
        return
    block = "# masterplan: build output and caches\n" + "".join(f"{line}\n" for line in missing)
    new = text + ("\n" if text and not text.endswith("\n") else "") + ("\n" if text else "") + block
    write_atomic(path, new)
    if text:
        report.add(".gitignore", "appended", lang, lines=" ".join(missing))
    else:
        report.add(".gitignore", "created", lang)


def _git_init(root: Path) -> bool:
    """`git init` unless `root` is already inside a work tree (or git is missing)."""
    try:
        inside = subprocess.run(
            ["git", "rev-parse", "--is-inside-work-tree"],
            check=False,
            cwd=root,
            capture_output=True,
            text=True,
            timeout=30,
        )
        if inside.returncode == 0:
            return False
        done = subprocess.run(["git", "init", "-q"], cwd=root, capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0
