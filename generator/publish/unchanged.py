"""Keep output files that did not change exactly as they were (same inode, same mtime).

The build writes a complete new site into a staging folder and swaps it in, so a failed build never
leaves half a site. Before the swap, every staged file whose bytes equal the live file is replaced
by a hard link to the live file: after the swap, unchanged pages, PDFs and data files are the very
same files (mirrors, rsync and browser caches see no change), and only what changed is new.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import stat
from pathlib import Path


def reuse_unchanged(staged: Path, live: Path) -> tuple[int, int]:
    """Hard-link identical files from `live` into `staged`. Returns (reused, new or changed)."""
    reused = changed = 0
    for folder, _dirs, names in os.walk(staged):
        rel = os.path.relpath(folder, staged)
        for name in names:
            path, old = os.path.join(folder, name), os.path.join(live, rel, name)
            outcome = _reuse(path, old)
            if outcome is None:
                continue
            reused += outcome
            changed += not outcome
    return reused, changed


def _reuse(path: str, old: str) -> bool | None:
    """Whether `path` is (now) the live file `old`; None: not a regular file (not counted)."""
    new = os.lstat(path)
    if not stat.S_ISREG(new.st_mode):
        return None
    try:
        was = os.lstat(old)
    except OSError:
        return False
    if not stat.S_ISREG(was.st_mode):
        return False
    if (was.st_ino, was.st_dev) == (new.st_ino, new.st_dev):
        return True  # already the live file (a patched site links it): renaming onto it is a no-op
    if was.st_size != new.st_size or not filecmp.cmp(path, old, shallow=False):
        return False
    tmp = os.path.join(os.path.dirname(path), f".{os.path.basename(path)}.reuse")
    try:
        os.link(old, tmp)
        os.replace(tmp, path)
        return True
    except OSError:  # another filesystem or no hard links: keep the new copy
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
