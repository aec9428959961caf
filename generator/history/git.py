"""Read masterplans as they were at a git revision, with the real `git` command.

A revision's files are extracted (`git archive`) into a temporary folder and validated by the
same code as the working tree, so a past revision yields the same `Region` model the site is
built from. Nothing in the repository or its working tree is touched.
"""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.model.region import Region
from generator.validation.validate import PLAN_FILE, validate_region

WORKTREE = None  # a "revision" meaning the files on disk now


class GitError(Exception):
    """git is missing, the folder is not in a repository, or a revision does not exist."""


def git(cwd: Path, *args: str, timeout: float | None = None) -> bytes:
    """The output of one git command in `cwd` (the one way this package runs git)."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False, timeout=timeout)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} did not answer within {timeout} s") from None
    if done.returncode != 0:
        raise GitError(done.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed")
    return done.stdout


def toplevel(path: Path) -> Path:
    folder = path if path.is_dir() else path.parent
    return Path(git(folder, "rev-parse", "--show-toplevel").decode().strip())


def resolve(top: Path, rev: str) -> str:
    """The full commit id of `rev`, or GitError if it names no commit."""
    try:
        return git(top, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
    except GitError:
        raise GitError(f"unknown revision {rev!r}") from None


@dataclass
class Snapshot:
    """Regions found under a folder at one revision: valid ones as models, invalid ones as errors."""

    regions: dict[str, Region] = field(default_factory=dict)
    invalid: dict[str, list[Diagnostic]] = field(default_factory=dict)

    @property
    def slugs(self) -> set[str]:
        return set(self.regions) | set(self.invalid)


def snapshot(root: Path, rev: str | None, *, slug: str | None = None, lang: str = "id") -> Snapshot:
    """The regions under `root` (a folder of regions) at `rev`; `rev=None` reads the working tree."""
    if rev is WORKTREE:
        return _validate_all(root, slug, lang)
    top = toplevel(root)
    prefix = root.resolve().relative_to(top)
    target = prefix / slug if slug else prefix
    with tempfile.TemporaryDirectory(prefix="masterplan-rev-") as tmp:
        if _extract(top, rev, target, Path(tmp)):
            return _validate_all(Path(tmp) / prefix, slug, lang)
        return Snapshot()


def _extract(top: Path, rev: str, target: Path, into: Path) -> bool:
    """Write the tree `target` of `rev` into `into`; False when it did not exist at `rev`."""
    listed = git(top, "ls-tree", "--name-only", rev, "--", target.as_posix() or ".")
    if not listed.strip():
        return False
    data = git(top, "archive", "--format=tar", rev, "--", target.as_posix() or ".")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter=_plain_files)
    return True


def _plain_files(member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
    """Folders and regular files only: a symbolic link committed in some revision (even one
    pointing at `/`) is left out, as the validator refuses it in the working tree (E024)."""
    if not (member.isreg() or member.isdir()):
        return None
    try:
        return tarfile.data_filter(member, dest)
    except tarfile.FilterError:
        return None


def _validate_all(root: Path, slug: str | None, lang: str) -> Snapshot:
    snap = Snapshot()
    if slug:
        folders = [root / slug] if (root / slug / PLAN_FILE).is_file() else []
    else:
        folders = sorted(p.parent for p in root.glob(f"*/{PLAN_FILE}"))
    for folder in folders:
        region, diags = validate_region(folder, lang=lang)
        if region is None:
            snap.invalid[folder.name] = [d for d in diags if d.is_error]
        else:
            snap.regions[folder.name] = region
    return snap


@dataclass(frozen=True)
class Commit:
    sha: str
    short: str
    parent: str | None
    author: str
    date: str  # ISO 8601 with offset, as git records it
    subject: str
    truncated: bool = False  # a shallow clone's oldest commit: its parents are not here


def _shallow_boundary(folder: Path) -> set[str]:
    """Commits whose parents a shallow clone left out (git lists them in `.git/shallow`)."""
    path = Path(git(folder, "rev-parse", "--git-path", "shallow").decode().strip())
    path = path if path.is_absolute() else folder / path
    return set(path.read_text().split()) if path.is_file() else set()


def log(folder: Path, *, limit: int) -> list[Commit]:
    """Commits that touched `folder`, newest first."""
    # NUL separates the fields: the one byte no commit message or author name can contain.
    fmt = "%H%x00%h%x00%P%x00%an%x00%aI%x00%s"
    raw = git(folder, "log", "-z", f"--max-count={limit}", f"--format={fmt}", "--", ".")
    fields = raw.decode("utf-8", "replace").split("\x00")
    boundary = _shallow_boundary(folder)
    commits = []
    for k in range(0, len(fields) - 5, 6):
        sha, short, parents, author, date, subject = fields[k : k + 6]
        sha = sha.lstrip("\n")
        parent = parents.split()[0] if parents else None
        commits.append(Commit(sha, short, parent, author, date, subject, truncated=sha in boundary))
    return commits


def newest_commits(folders: list[Path]) -> dict[Path, str]:
    """The newest commit that touched each of `folders` (all in one repository), from one `git log`.

    One process for every region instead of one each (514 regions: 514 processes on every build).
    The log is read newest first and stopped as soon as every folder has been seen; a folder never
    committed is absent. `--cc` lists the files of a merge that differs from all its parents, the
    merges `git log -- <folder>` shows too.
    """
    if not folders:
        return {}
    top = toplevel(folders[0]).resolve()
    wanted: dict[str, Path] = {}
    for folder in folders:
        try:
            rel = folder.resolve().relative_to(top).as_posix()
        except ValueError:
            continue  # outside this repository: no history
        wanted["" if rel == "." else rel] = folder
    depths = {rel.count("/") + 1 if rel else 0 for rel in wanted}
    scope = os.path.commonpath(list(wanted)) if wanted else "."
    cmd = ["git", "-c", "core.quotePath=false", "log", "--cc", "--name-only", "--no-renames"]
    cmd += ["--format=%x01%H", "--", scope or "."]
    found: dict[Path, str] = {}
    with subprocess.Popen(cmd, cwd=top, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None
        sha = ""
        for raw in proc.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if line.startswith("\x01"):
                sha = line[1:]
                continue
            parts = line.split("/")
            for depth in depths:
                owner = wanted.get("/".join(parts[:depth]))
                if owner is not None and owner not in found:
                    found[owner] = sha
            if len(found) == len(wanted):
                proc.kill()  # the rest of the history is not needed
                break
    return found


def is_shallow(path: Path) -> bool:
    """Whether the repository of `path` is a shallow clone (its depth may change under one commit)."""
    return git(path, "rev-parse", "--is-shallow-repository").strip() == b"true"
