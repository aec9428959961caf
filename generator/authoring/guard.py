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
            out = git(
                folder, "status", "--porcelain", "-z", "--untracked-files=all", "--", *group, timeout=30
            )
            top = toplevel(folder).resolve()
        except GitError:  # not a repository (or git missing): nothing to protect against
            continue
        # decoded as Python decodes file names, so non-ASCII names compare equal
        changed = _porcelain_paths(out.decode("utf-8", "surrogateescape"))
        dirty += [p for p in paths if p.resolve().parent == folder and _relative(p, top) in changed]
    return dirty


def _porcelain_paths(out: str) -> set[str]:
    """Paths of `git status --porcelain -z`: verbatim (never quoted, whatever the characters, so a
    folder named `kota-é` is recognised), a rename's or copy's source in the following field."""
    paths: set[str] = set()
    fields = iter(out.split("\0"))
    for entry in fields:
        if len(entry) > 3:
            paths.add(entry[3:])
            if entry[0] in "RC":
                paths.add(next(fields, ""))
    return paths


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
