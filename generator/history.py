"""A region's revision history from git: who changed what in the plan, when.

Each commit that touched the region's folder is compared with its first parent by the semantic
diff, so the history says "GOV-03: budget, target; total Rp 12 miliar → Rp 12,4 miliar" rather
than "governance.yaml: 3 lines". The site's history page is rendered from `Revision` objects.

Every state of the region is validated once (a commit's state is its parent's "after"), so a
history of n commits costs n + 1 validations. Outside a git repository, or in a shallow clone
whose first commit has no parent here, the history is simply shorter, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .diffreport import summary_lines
from .gitrev import Commit, GitError, Snapshot, log, snapshot
from .semdiff import RegionDiff, diff_snapshots

DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class Revision:
    commit: str
    short: str
    author: str
    date: str  # ISO 8601 as recorded by git, e.g. '2025-03-17T10:02:11+08:00'
    subject: str
    summary: list[str] = field(default_factory=list)  # plain lines, already in the page's language
    diff: RegionDiff | None = None  # None when the commit changed no content (layout, comments)


def region_history(folder: Path, *, limit: int = DEFAULT_LIMIT, lang: str = "id") -> list[Revision]:
    """Newest first; empty when `folder` is not tracked by git."""
    folder = folder.resolve()
    try:
        commits = log(folder, limit=limit)
    except GitError:
        return []
    states: dict[str | None, Snapshot] = {}

    def state(rev: str | None) -> Snapshot:
        if rev not in states:
            try:
                states[rev] = snapshot(folder.parent, rev, slug=folder.name, lang=lang) if rev else Snapshot()
            except GitError:  # parent missing from a shallow clone
                states[rev] = Snapshot()
        return states[rev]

    return [_revision(c, state(c.parent), state(c.sha), lang) for c in commits]


def _revision(commit: Commit, before: Snapshot, after: Snapshot, lang: str) -> Revision:
    diffs = diff_snapshots(before, after)
    diff = diffs[0] if diffs else None
    summary = summary_lines(diff, lang=lang) if diff else [_NO_CONTENT["en" if lang == "en" else "id"]]
    return Revision(commit.sha, commit.short, commit.author, commit.date, commit.subject, summary, diff)


_NO_CONTENT = {"id": "tanpa perubahan isi (tata letak atau komentar)", "en": "no change in content (layout or comments)"}
