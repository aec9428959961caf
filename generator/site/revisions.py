"""Revision histories for the site's per-region history page, from git (generator/history.py).

Degrades quietly: outside a git repository (a downloaded archive, a test folder) there is no
history and the page says so; in a shallow clone the oldest commit says its predecessor is missing.

Public builds show what changed in the plan's terms, never more than the public model would:
changes to fields the schema marks internal are dropped from the summaries, and commit messages
(free text outside the schema, which may name anything) are left out.

Cost: a history validates the region once per commit (~0.14 s each for a sample region), so it is
computed once per build for both languages, and kept in `build/cache/history/` keyed by the
region's newest commit: a build recomputes only the regions that changed since the last one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from functools import cache
from pathlib import Path

from generator.files import code_version, replacing
from generator.history.git import GitError, is_shallow, log, newest_commits
from generator.history.log import DEFAULT_LIMIT, Revision, region_history
from generator.history.report import summary_lines
from generator.history.semdiff import ItemDiff, RegionDiff
from generator.model.publication import is_internal
from generator.model.region import Region
from generator.schema.plan import Document, Programme, QuickWin
from generator.words import word

LANGS = ("id", "en")


def histories(
    regions: list[Region], *, lang: str, limit: int = DEFAULT_LIMIT, cache_dir: Path | None = None
) -> dict[str, list[Revision]]:
    """Per region slug, its revisions (newest first); {} when the masterplans are not in git."""
    if not regions:
        return {}
    try:
        newest = newest_commits([r.folder for r in regions])  # one `git log` for every region
        shallow = is_shallow(regions[0].folder)
    except GitError:
        return {}
    return {
        r.slug: region_revisions(
            r, limit=limit, cache_dir=cache_dir, newest=newest.get(r.folder), shallow=shallow
        )[lang]
        for r in regions
    }


def region_revisions(
    region: Region,
    *,
    limit: int,
    cache_dir: Path | None,
    newest: str | None | bool = True,
    shallow: bool | None = None,
) -> dict[str, list[Revision]]:
    """The region's history in every site language, from the cache when its newest commit is known.

    `newest`: the newest commit that touched the region (None: never committed), as `histories`
    finds it for every region at once; True: ask git here. `shallow`: whether the clone is shallow
    (None: ask git)."""
    if newest is True:
        try:
            commits = log(region.folder.resolve(), limit=1)
        except GitError:
            commits = []
        newest = commits[0].sha if commits else None
    if not newest:  # not committed yet (or ignored by git): nothing to show, nothing to compute
        return {lang: [] for lang in LANGS}
    key = _key(region, str(newest), limit, shallow)
    kind = "public" if region.public else "review"
    path = cache_dir / kind / f"{region.slug}-{key}.json" if cache_dir and key else None
    if path and path.is_file():
        stored = json.loads(path.read_text(encoding="utf-8"))
        return {lang: [Revision(**r) for r in stored[lang]] for lang in LANGS}
    revisions = region_history(region.folder, limit=limit, lang="id")
    if region.public:  # a commit that changed internal fields only is not mentioned at all
        revisions = [r for r in revisions if r.diff is None or _public_diff(r.diff) is not None]
    # What the pages show, without the diff it was summarised from: the same whether from git or
    # from the cache (a region's page key includes its history: pages.region_key)
    out = {
        lang: [dataclasses.replace(_localised(r, lang, public=region.public), diff=None) for r in revisions]
        for lang in LANGS
    }
    if path:
        _store(path, region.slug, out)
    return out


def _key(region: Region, newest: str, limit: int, shallow: bool | None) -> str | None:
    """Names the history: newest commit touching the region, limit, public or review, code version.
    None (do not cache) in a shallow clone, whose depth may change under the same commit."""
    if shallow is None:
        try:
            shallow = is_shallow(region.folder)
        except GitError:
            return None
    if shallow:
        return None
    text = f"{newest}|{limit}|{region.public}|{code_version()}"
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _store(path: Path, slug: str, revisions: dict[str, list[Revision]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {lang: [dataclasses.asdict(r) for r in revs] for lang, revs in revisions.items()}
    own = re.compile(re.escape(slug) + r"-[0-9a-f]{24}\.json")
    # Both languages' build processes may store the same history at once: a private temp file each.
    with replacing(path) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        for stale in path.parent.glob(f"{slug}-*.json"):  # one entry per region: the cache stays small
            if own.fullmatch(stale.name) and stale != path:
                stale.unlink(missing_ok=True)


# --------------------------------------------------------------------------- one revision


def _localised(revision: Revision, lang: str, *, public: bool) -> Revision:
    """The revision as a page in `lang` shows it; for a public build, without what is internal."""
    diff = revision.diff
    if public and diff is not None:
        diff = _public_diff(diff)
    if diff is not None:
        summary = summary_lines(diff, lang=lang)
    elif revision.diff is not None:  # only internal fields changed
        summary = []
    else:  # no content change, or shallow clone: the note says which, in any language
        summary = [word("history", revision.note, lang)] if revision.note else []
    subject = "" if public else revision.subject
    return dataclasses.replace(revision, subject=subject, summary=summary, diff=diff)


def public_revision(revision: Revision, lang: str) -> Revision:
    """The revision without its commit message and without changes to internal fields."""
    return _localised(revision, lang, public=True)


@cache
def internal_fields() -> frozenset[str]:
    """Names of the schema fields marked internal on the objects the semantic diff names."""
    return frozenset(
        n for model in (Document, Programme, QuickWin) for n in model.model_fields if is_internal(model, n)
    )


def _public_diff(diff: RegionDiff) -> RegionDiff | None:
    hidden = internal_fields()

    def item(changed: ItemDiff) -> ItemDiff:
        return dataclasses.replace(changed, changes=[c for c in changed.changes if c.field not in hidden])

    clean = dataclasses.replace(
        diff,
        document=[c for c in diff.document if c.field not in hidden],
        changed=[i for i in map(item, diff.changed) if not i.empty],
        qw_changed=[i for i in map(item, diff.qw_changed) if not i.empty],
    )
    return None if clean.empty else clean
