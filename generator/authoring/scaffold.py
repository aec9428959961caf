"""`masterplan new`: a region folder that validates at once, with comments saying what to fill in.

Written into a temporary folder beside the target and renamed into place, so an interrupted
scaffold never leaves half a region behind, and an existing region is never overwritten.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from generator.catalog import catalog
from generator.words import word

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class ScaffoldError(Exception):
    """A user mistake in the arguments (bad slug, existing folder, bad period): a words.yaml key."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(word("new", key, "en", **values))
        self.key, self.values = key, values

    def message(self, lang: str) -> str:
        return word("new", self.key, lang, **self.values)


PLAN = """\
# yaml-language-server: $schema=../../.masterplan/schema/masterplan.schema.json
# Masterplan Smart City {full_name}. Isi setiap bagian; `masterplan validate` memeriksa hasilnya.
format: 1
region:
  name: {name}
  type: {kind}
  province: {province}
  code: "00.00"  # ganti dengan kode wilayah Kemendagri, mis. "64.02"
  head:
    name: Nama Kepala Daerah
    position: {head_title} {name}
period:
  start: {start}
  end: {end}
rpjmd:
  title: RPJMD {full_name} {start}–{end}
vision: Tuliskan visi smart city daerah, selaras dengan visi RPJMD.
missions:
  - id: M1
    text: Tuliskan misi pertama.
agencies:
  - code: DISKOMINFO
    name: Dinas Komunikasi dan Informatika
  - code: BAPPEDA
    name: Badan Perencanaan Pembangunan Daerah
council:
  members:
    - name: Nama Kepala Daerah
      position: {head_title} {name}
      role: Ketua Dewan Smart City
team:
  members:
    - name: Nama Kepala Diskominfo
      position: Kepala Dinas Komunikasi dan Informatika
      role: Ketua Tim Pelaksana
readiness:
  items:
    - component: structure
      aspect: Sumber daya manusia TIK
      score: 50
      evidence: Tuliskan bukti dan catatan hasil asesmen.
document:
  version: "0.1"
  status: draft
"""

PILLAR = """\
# yaml-language-server: $schema=../../.masterplan/schema/{schema}
# {pillar}: strategi per elemen, program, dan quick win.
# Elemen: {elements}
format: 1
strategy: []
programmes: []
quick_wins: []
"""


def scaffold(root: Path, slug: str, *, name: str, kind: str, province: str, period: str) -> Path:
    if not SLUG.match(slug):
        raise ScaffoldError("bad_slug", slug=slug)
    match = re.fullmatch(r"(\d{4})-(\d{4})", period)
    if not match or int(match[2]) - int(match[1]) != 4:
        raise ScaffoldError("bad_period", period=period)
    target = root / slug
    if target.exists():
        raise ScaffoldError("exists", target=target)
    root.mkdir(parents=True, exist_ok=True)
    full_name = f"{'Kabupaten' if kind == 'kabupaten' else 'Kota'} {name}"
    head_title = "Bupati" if kind == "kabupaten" else "Wali Kota"
    tmp = Path(tempfile.mkdtemp(prefix=f".{slug}-", dir=root))
    try:
        os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes it private (0700); a region folder is not
        (tmp / "assets").mkdir()
        (tmp / "masterplan.yaml").write_text(
            PLAN.format(
                full_name=full_name,
                name=name,
                kind=kind,
                province=province,
                head_title=head_title,
                start=match[1],
                end=match[2],
            ),
            encoding="utf-8",
        )
        for pillar in catalog().pillars:
            elements = ", ".join(f"{e.code} ({e.name_id})" for e in pillar.elements)
            (tmp / pillar.file).write_text(
                PILLAR.format(
                    pillar=pillar.name_id,
                    elements=elements,
                    schema=pillar.file.replace(".yaml", ".schema.json"),
                ),
                encoding="utf-8",
            )
        tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def _umask() -> int:
    mask = os.umask(0)  # the only way to read it; set straight back
    os.umask(mask)
    return mask
