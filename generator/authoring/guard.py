"""Never overwrite work that exists nowhere else.

Commands that rewrite masterplan sources (`fmt`, `import`) first ask git whether a target file has
uncommitted changes (or was never committed). If so they refuse unless `--force`: the edit the user
made by hand would otherwise survive only inside our rewrite, with no copy to compare or go back
to. Outside a git repository there is nothing to ask, and the write goes ahead (always atomically).
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def uncommitted(paths: list[Path]) -> list[Path]:
    """The files among `paths` that git reports as modified, added or untracked."""
    dirty: list[Path] = []
    for folder, group in _by_folder(paths).items():
        try:
            out = subprocess.run(
                ["git", "status", "--porcelain", "--untracked-files=all", "--", *group],
                cwd=folder,
                capture_output=True,
                text=True,
                check=False,
                timeout=30,
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out.returncode != 0:  # not a repository (or git missing): nothing to protect against
            continue
        changed = {line[3:].strip().strip('"') for line in out.stdout.splitlines() if line.strip()}
        top = _toplevel(folder)
        dirty += [p for p in paths if p.parent == folder and _relative(p, top) in changed]
    return dirty


def _by_folder(paths: list[Path]) -> dict[Path, list[str]]:
    groups: dict[Path, list[str]] = {}
    for path in paths:
        path = path.resolve()
        groups.setdefault(path.parent, []).append(path.name)
    return groups


def _toplevel(folder: Path) -> Path:
    out = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    return Path(out.stdout.strip()).resolve()


def _relative(path: Path, top: Path) -> str:
    return str(path.resolve().relative_to(top))


def refusal(paths: list[Path], *, lang: str) -> str:
    names = ", ".join(str(p) for p in paths)
    if lang == "en":
        return (
            f"refusing to rewrite {names}: uncommitted changes would exist only in the rewritten file. "
            "Commit first (git commit), or run again with --force."
        )
    return (
        f"menolak menulis ulang {names}: perubahan yang belum di-commit hanya akan tersisa di berkas hasil "
        "tulis ulang. Commit dulu (git commit), atau jalankan lagi dengan --force."
    )
