"""Never overwrite work that exists nowhere else.

Commands that rewrite masterplan sources (`fmt`, `import`) first ask git whether a target file has
uncommitted changes (or was never committed). If so they refuse unless `--force`: the edit the user
made by hand would otherwise survive only inside our rewrite, with no copy to compare or go back
to. Outside a git repository there is nothing to ask, and the write goes ahead (always atomically).
"""

from __future__ import annotations

from pathlib import Path

from generator.history.git import GitError, git, toplevel
from generator.words import word


def uncommitted(paths: list[Path]) -> list[Path]:
    """The files among `paths` that git reports as modified, added or untracked."""
    dirty: list[Path] = []
    for folder, group in _by_folder(paths).items():
        try:
            out = git(folder, "status", "--porcelain", "--untracked-files=all", "--", *group, timeout=30)
            top = toplevel(folder).resolve()
        except GitError:  # not a repository (or git missing): nothing to protect against
            continue
        lines = out.decode("utf-8", "replace").splitlines()
        changed = {line[3:].strip().strip('"') for line in lines if line.strip()}
        dirty += [p for p in paths if p.parent == folder and _relative(p, top) in changed]
    return dirty


def _by_folder(paths: list[Path]) -> dict[Path, list[str]]:
    groups: dict[Path, list[str]] = {}
    for path in paths:
        path = path.resolve()
        groups.setdefault(path.parent, []).append(path.name)
    return groups


def _relative(path: Path, top: Path) -> str:
    return str(path.resolve().relative_to(top))


def refusal(paths: list[Path], *, lang: str) -> str:
    return word("guard", "refusal", lang, names=", ".join(str(p) for p in paths))
