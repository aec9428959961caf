"""A region's revision history from git: who changed what in the plan, when.

Each commit that touched the region's folder is compared with its first parent by the semantic
diff, so the history says "GOV-03: budget, target; total Rp 12 miliar → Rp 12,4 miliar" rather
than "governance.yaml: 3 lines". The site's history page is rendered from `Revision` objects.

Every state of the region is validated once (a commit's state is its parent's "after"), so a
history of n commits costs n + 1 validations. Outside a git repository the history is empty; in a
shallow clone (CI checkouts without `fetch-depth: 0`) the oldest commit says its predecessor is
missing instead of pretending the region was created there. Never an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.history.git import Commit, GitError, Snapshot, log, snapshot
from generator.history.report import summary_lines
from generator.history.semdiff import RegionDiff, diff_snapshots
from generator.words import words

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
    # Without a diff, why: a key of words.yaml's `history` section ("no_content", "truncated"), so
    # the summary can be said again in any language.
    note: str | None = None


def region_history(folder: Path, *, limit: int = DEFAULT_LIMIT, lang: str = "id") -> list[Revision]:
    """Newest first; empty when `folder` is not tracked by git."""
    folder = folder.resolve()
    try:
        commits = log(folder, limit=limit)
    except GitError:
        return []
    states: dict[str | None, Snapshot | None] = {}

    def state(rev: str | None) -> Snapshot | None:
        if rev not in states:
            try:
                states[rev] = snapshot(folder.parent, rev, slug=folder.name, lang=lang) if rev else Snapshot()
            except GitError:  # the parent is not in this (shallow) clone
                states[rev] = None
        return states[rev]

    return [
        _revision(c, None if c.truncated else state(c.parent), state(c.sha) or Snapshot(), lang)
        for c in commits
    ]


def _revision(commit: Commit, before: Snapshot | None, after: Snapshot, lang: str) -> Revision:
    said = words("history", lang)
    if before is None:
        note = "truncated"
        return Revision(*_head(commit), [said[note]], note=note)
    diffs = diff_snapshots(before, after)
    if diffs:
        return Revision(*_head(commit), summary_lines(diffs[0], lang=lang), diffs[0])
    note = "no_content"
    return Revision(*_head(commit), [said[note]], note=note)


def _head(commit: Commit) -> tuple[str, str, str, str, str]:
    return commit.sha, commit.short, commit.author, commit.date, commit.subject
