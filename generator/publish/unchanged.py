"""Keep output files that did not change exactly as they were (same inode, same mtime).

The build writes a complete new site into a staging folder and swaps it in, so a failed build never
leaves half a site. Before the swap, every staged file whose bytes equal the live file is replaced
by a hard link to the live file: after the swap, unchanged pages, PDFs and data files are the very
same files (mirrors, rsync and browser caches see no change), and only what changed is new.
"""

from __future__ import annotations

import filecmp
import os
from pathlib import Path


def reuse_unchanged(staged: Path, live: Path) -> tuple[int, int]:
    """Hard-link identical files from `live` into `staged`. Returns (reused, new or changed)."""
    reused = changed = 0
    if not live.is_dir():
        return reused, sum(1 for p in staged.rglob("*") if p.is_file())
    for path in staged.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        old = live / path.relative_to(staged)
        if old.is_file() and not old.is_symlink() and os.path.samefile(path, old):
            reused += 1  # already the live file (a patched site links it): renaming onto it is a no-op
            continue
        if old.is_file() and not old.is_symlink() and _same(path, old):
            tmp = path.with_name(f".{path.name}.reuse")
            try:
                os.link(old, tmp)
                os.replace(tmp, path)
                reused += 1
                continue
            except OSError:  # another filesystem or no hard links: keep the new copy
                tmp.unlink(missing_ok=True)
        changed += 1
    return reused, changed


def _same(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and filecmp.cmp(a, b, shallow=False)
