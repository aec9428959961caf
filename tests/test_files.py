"""Atomic writes, file digests and code fingerprints (generator/files.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from generator.files import fingerprint, replacing, sha256_file, write_atomic


def test_write_atomic_replaces_the_file_keeps_its_mode_and_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    write_atomic(path, "satu: 1\n")
    assert path.read_text(encoding="utf-8") == "satu: 1\n"
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o600)
    write_atomic(path, "dua: é\n")
    assert path.read_bytes() == "dua: é\n".encode()
    assert path.stat().st_mode & 0o777 == 0o600
    write_atomic(path, b"%PDF", mode=0o644)
    assert path.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


def test_a_failed_write_keeps_the_old_file_and_removes_the_temporary_one(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(path) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["book.xlsx"]


def test_sha256_file_is_the_usual_digest(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"x" * 3_000_000)
    assert sha256_file(path) == hashlib.sha256(b"x" * 3_000_000).hexdigest()


def test_a_fingerprint_changes_with_a_name_or_a_content_and_not_with_order(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("a")
    (tmp_path / "b.py").write_text("b")
    files = sorted(tmp_path.iterdir())
    first = fingerprint(files, base=tmp_path)
    assert fingerprint(reversed(files), base=tmp_path) == first
    (tmp_path / "b.py").write_text("c")
    assert fingerprint(files, base=tmp_path) != first
    (tmp_path / "b.py").rename(tmp_path / "c.py")
    assert fingerprint(sorted(tmp_path.iterdir()), base=tmp_path) != first
