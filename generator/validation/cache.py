"""Validated regions kept between builds: a region whose files did not change is not validated again.

Validating is cheap per region (~0.1 s) but a national build has hundreds of regions, and a
rebuild after one region's edit should cost that region, not the nation. The record of a region is
its validation outcome (the `Region` model or nothing, and its diagnostics), keyed by everything
validation reads or writes into it:

- every entry under the region folder, without following links: its path, its kind, a link's
  target, and the bytes of every YAML file (the only files validation reads; the rest it checks by
  name, kind and where links lead);
- the folder's absolute path and the current directory (the model holds absolute paths,
  diagnostics show paths relative to where the command runs);
- the language of the messages, this program's code and reference data (`code_version`) and the
  versions of the libraries that parse and check (PyYAML, ruamel.yaml, pydantic).

Records are pickles in `build/cache/validate/`, one per region (a new one replaces the region's
old one). A pickle runs code when loaded, so the cache folder must never come from the data
repository itself: `publish.build` refuses a `build/cache/` that git tracks, and a record that
cannot be read is simply validated again.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import re
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.files import code_version, replacing
from generator.model.region import Region
from generator.validation.load import MAX_FILE_BYTES

Outcome = tuple[Region | None, list[Diagnostic]]
PARSERS = ("pyyaml", "ruamel.yaml", "pydantic", "pydantic-core")
YAML_SUFFIXES = (".yaml", ".yml")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection in the block: validating or unpickling a region makes many
    small objects and no cycles worth collecting, and with many regions already held the
    collector's passes grew with the corpus (unpickling 514 regions: 5.5 s → 1.5 s)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class ValidationCache:
    def __init__(self, folder: Path, *, lang: str) -> None:
        self.folder = folder / lang
        self.seed = f"{code_version()}|{_versions()}|{lang}|{os.getcwd()}".encode()
        self.hits = self.misses = 0

    def key(self, region: Path) -> str:
        h = hashlib.sha256(self.seed)
        h.update(str(region.resolve()).encode() + b"\0")
        for entry in _entries(region):
            h.update(entry)
        return h.hexdigest()[:32]

    def get(self, region: Path, key: str) -> Outcome | None:
        try:
            with open(self._path(region, key), "rb") as handle, collector_paused():
                outcome: Outcome = pickle.load(handle)
        except Exception:  # noqa: BLE001 (missing, truncated or from another version: validate again)
            self.misses += 1
            return None
        self.hits += 1
        return outcome

    def put(self, region: Path, key: str, outcome: Outcome) -> None:
        path = self._path(region, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        own = re.compile(re.escape(region.name) + r"-[0-9a-f]{32}\.pickle")
        with replacing(path) as tmp:
            tmp.write_bytes(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
        for stale in path.parent.glob(f"{glob_escape(region.name)}-*.pickle"):
            if own.fullmatch(stale.name) and stale != path:
                stale.unlink(missing_ok=True)

    def _path(self, region: Path, key: str) -> Path:
        return self.folder / f"{region.name}-{key}.pickle"


def _entries(region: Path) -> list[bytes]:
    """What validation sees of the folder, as bytes, in a stable order."""
    out: list[bytes] = []
    for top, dirs, files in os.walk(region):  # does not descend into linked folders
        dirs.sort()
        for name in sorted(dirs + files):
            path = Path(top, name)
            rel = str(path.relative_to(region)).encode("utf-8", "surrogateescape")
            if path.is_symlink():
                out.append(b"L\0" + rel + b"\0" + os.fsencode(os.readlink(path)) + _yaml(path))
            elif name in dirs:
                out.append(b"D\0" + rel + b"\0")
            else:
                out.append(b"F\0" + rel + _yaml(path))
    return out


def _yaml(path: Path) -> bytes:
    """A YAML file's bytes (through a link too), or its size and time when it is too large to be
    read (validation refuses it by its size alone); nothing for other files."""
    if path.suffix.lower() not in YAML_SUFFIXES:
        return b"\0"
    try:
        info = path.stat()
        if not path.is_file():
            return b"\0special\0"
        if info.st_size > MAX_FILE_BYTES:
            return f"\0{info.st_size}:{info.st_mtime_ns}\0".encode()
        data = path.read_bytes()
    except OSError:
        return b"\0unreadable\0"
    return b"\0" + len(data).to_bytes(8, "little") + data


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _versions() -> str:
    found = []
    for name in PARSERS:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=absent")
    return ",".join(found)
