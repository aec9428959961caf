"""`masterplan new`: a region folder that validates at once, with comments saying what to fill in.

Written into a temporary folder beside the target and renamed into place, so an interrupted
scaffold never leaves half a region behind, and an existing region is never overwritten.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from generator.catalog import catalog

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class ScaffoldError(Exception):
    """A user mistake in the arguments (bad slug, existing folder, bad period)."""


PLAN = """\
# yaml-language-server: $schema=../../schema/masterplan.schema.json
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
# yaml-language-server: $schema=../../schema/pillar.schema.json
# {pillar}: strategi per elemen, program, dan quick win.
# Elemen: {elements}
format: 1
strategy: []
programmes: []
quick_wins: []
"""


def scaffold(root: Path, slug: str, *, name: str, kind: str, province: str, period: str) -> Path:
    if not SLUG.match(slug):
        raise ScaffoldError(f"slug {slug!r} must be lower-case words joined by '-', e.g. 'kutai-kartanegara'")
    match = re.fullmatch(r"(\d{4})-(\d{4})", period)
    if not match or int(match[2]) - int(match[1]) != 4:
        raise ScaffoldError(f"period {period!r} must be five years as START-END, e.g. 2025-2029")
    target = root / slug
    if target.exists():
        raise ScaffoldError(f"{target} already exists; nothing was changed")
    root.mkdir(parents=True, exist_ok=True)
    full_name = f"{'Kabupaten' if kind == 'kabupaten' else 'Kota'} {name}"
    head_title = "Bupati" if kind == "kabupaten" else "Wali Kota"
    tmp = Path(tempfile.mkdtemp(prefix=f".{slug}-", dir=root))
    try:
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
                PILLAR.format(pillar=pillar.name_id, elements=elements), encoding="utf-8"
            )
        tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target
