"""A cache of rendered pages, so that a rebuild renders only the pages whose inputs changed.

mkdocs renders every page on every build. Most of that work is two steps per page, and each has a
well-defined input, so each gets a cache record keyed by a hash of that input:

1. **Markdown → HTML body** (`body` records, and beside each a small `meta` record with what
   mkdocs needs of a page it does not convert: a rebuild reads every `meta`, a `body` only for
   pages whose theme must be rendered again). Key: the page's Markdown source (our generated
   text: every model figure, template change and label the page shows is in it), its path, the
   set of every file of the site (links to pages or files that disappear must warn again), and
   the build fingerprint. Stored: the HTML body, its table of contents, the title taken from its
   first heading, its anchor ids and its links to anchors of other pages (mkdocs re-checks those
   every build, against the current pages).
2. **Body → final HTML file** (`page` records). Key: the `body` key, the chart SVGs put into
   the page afterwards, and the part of the navigation this page shows (`nav_view`): the top
   level, the children of each section above the page, the previous and next page, and its own
   title and URL. Stored: the page's final HTML and its search-index entries.

The build fingerprint (`fingerprint`) covers everything else a page may depend on: this
program's source and the versions of mkdocs, Material and Markdown; mkdocs.yml and every file of
the theme overrides; the language, the language switch and where the PDFs are. Changing any of
them invalidates every page. Pages with a `<!-- material/tags -->` listing depend on every other
page's tags, so they are never cached.

Records are written to a folder private to this build and moved into the cache only when the
build succeeded (`commit`): a strict build that failed on a warning leaves nothing behind that a
later build could reuse without warning again. `commit` also drops records this build did not
use, so the cache holds one site's worth of pages per language.

The store and the keys are engine-independent; `mkdocs_hooks.py` wires them into mkdocs.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.files import code_version
from generator.files import fingerprint as fingerprint_files

TAGS_LISTING = "<!-- material/tags"
# Third-party packages whose output ends up in our pages: a new version invalidates every page.
ENGINE_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2")


def digest(*parts: object) -> str:
    """A stable hash of strings, bytes and JSON-able values (dict order included)."""
    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else json.dumps(part, ensure_ascii=False, default=str).encode()
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def tree_digest(folders: Iterable[Path]) -> str:
    """Hash of every file (path and bytes) under `folders`; missing folders count as empty."""
    return digest([fingerprint_files(folder.rglob("*"), base=folder) for folder in folders])


@functools.cache
def tool_version() -> str:
    """This program's code and reference data and the page-rendering packages' versions, as one hash."""
    return digest(code_version(), {name: _version(name) for name in ENGINE_PACKAGES})


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def fingerprint(*, config_text: str, theme_dirs: Iterable[Path], settings: dict[str, Any]) -> str:
    """Everything every page depends on besides its own content and navigation."""
    return digest(tool_version(), config_text, tree_digest(theme_dirs), settings)


class PageCache:
    """Records (JSON) in `folder`, one file per key; writes are staged until `commit()`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.staging = folder / f".staging-{os.getpid()}-{uuid.uuid4().hex[:8]}"  # this build only
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / kind / key[:2] / f"{key}.json"

    def get(self, kind: str, key: str) -> dict[str, Any] | None:
        """A record of an earlier build, or one this build staged."""
        for path in (self._path(kind, key), self.staging / kind / f"{key}.json"):
            try:
                record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
                break
            except (OSError, ValueError):
                continue
        else:
            self.misses += 1
            return None
        self.used.add(f"{kind}/{key}")
        self.hits += 1
        return record

    def has(self, kind: str, key: str) -> bool:
        """Whether a record exists (read it later with `get`); counts as used."""
        found = self._path(kind, key).is_file()
        if found:
            self.used.add(f"{kind}/{key}")
        return found

    def put(self, kind: str, key: str, record: dict[str, Any]) -> None:
        path = self.staging / kind / f"{key}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        self.used.add(f"{kind}/{key}")

    def commit(self, *, prune: bool = True) -> None:
        """Move this build's new records into the cache; with `prune`, drop records it did not use."""
        if self.staging.is_dir():
            for path in self.staging.glob("*/*.json"):
                target = self._path(path.parent.name, path.stem)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
        self.discard()
        if prune:
            for path in self.folder.glob("*/*/*.json"):
                if f"{path.parent.parent.name}/{path.stem}" not in self.used:
                    path.unlink(missing_ok=True)

    def discard(self) -> None:
        """Forget this build's new records (the build failed)."""
        shutil.rmtree(self.staging, ignore_errors=True)
