"""Files, written and fingerprinted one way everywhere (the foundation layer: imports nothing of ours).

* `write_atomic`: a temporary file in the same folder, then a rename, so a crash or a full disk
  leaves the old file or the new one, never half of either (sources, PDFs, workbooks, schemas,
  caches).
* `sha256_file`: the digest published in `SHA256SUMS` and checked by `masterplan verify`.
* `fingerprint`: one digest of many files (names and contents), for cache keys that must change
  when the code, templates or reference data change.
* `FileDigests`: SHA-256 of a folder's files, remembered by file identity between builds.
* `link_or_copy`, `read_json`: a hard link where the filesystem allows one; a cache's JSON record.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def write_atomic(path: Path, data: str | bytes, *, mode: int | None = None) -> None:
    """Replace `path` with `data` all at once. Text is written as UTF-8 with `\\n` line ends.

    The file keeps the permissions of the one it replaces (0o644 for a new file) unless `mode`
    says otherwise."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with replacing(path, mode=mode) as tmp, open(tmp, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())


@contextmanager
def replacing(path: Path, *, mode: int | None = None) -> Iterator[Path]:
    """A temporary path beside `path` for a writer that wants a file name (openpyxl's `save`);
    renamed over `path` when the block ends, removed if it raises."""
    path = Path(path)
    if mode is None:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in 1 MiB blocks (PDFs can be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fingerprint(files: Iterable[Path], *, base: Path, seed: bytes = b"") -> str:
    """Hex SHA-256 over the files' paths (relative to `base`) and contents, in sorted order, so the
    same tree gives the same digest on every machine; `__pycache__` is skipped."""
    digest = hashlib.sha256(seed)
    for path in sorted(p for p in files if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(base)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.cache
def code_version() -> str:
    """This package's code and reference data as one hash: the part of every cache key that says
    which program made the record. The code rather than the version number, so that a development
    checkout never reuses what other code produced (`__pycache__` excluded: compiling must not
    change it)."""
    return fingerprint(code_files(), base=PACKAGE)


def code_files(*extra: Path) -> list[Path]:
    """The package's code and reference data (every .py and .yaml), plus every file under `extra`."""
    found = [*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.yaml")]
    for folder in extra:
        found += folder.rglob("*")
    return found


class FileDigests:
    """SHA-256 of files, remembered by identity (size, modification time, inode) between builds.

    A rebuild links the files it did not change from the previous build (the same inodes), so
    only the files it wrote are read again; a file rewritten in place has a new modification time.
    `known`: entries of an earlier run (`entries`), keyed by a name of the caller's choosing.
    """

    def __init__(self, known: dict[str, list[object]] | None = None) -> None:
        self.known = known if isinstance(known, dict) else {}
        self.entries: dict[str, list[object]] = {}  # name → [size, mtime_ns, inode, hex digest]

    def get(self, path: Path, name: str) -> str:
        st = os.stat(path)
        identity: list[object] = [st.st_size, st.st_mtime_ns, st.st_ino]
        entry = self.known.get(name)
        if not (isinstance(entry, list) and len(entry) == 4 and entry[:3] == identity):
            entry = [*identity, sha256_file(path)]
        self.entries[name] = entry
        return str(entry[3])

    def of_folder(self, folder: Path) -> dict[str, str]:
        """Every file under `folder` (relative name → hex digest); symbolic links are not followed."""
        out = {}
        for parent, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(parent, name)
                if not path.is_symlink():
                    rel = path.relative_to(folder).as_posix()
                    out[rel] = self.get(path, rel)
        return out


def link_or_copy(source: str | Path, target: str | Path) -> None:
    """`target` as a hard link to `source` (no bytes copied); a copy on another filesystem."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def read_json(path: Path) -> object:
    """A JSON record, or None when it is missing or unreadable (a cache miss, never an error)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
