"""Which regions the corpus holds: real kabupaten/kota, round-robin across provinces, unique slugs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import words as W


@dataclass(frozen=True)
class RegionSpec:
    name: str
    kind: str  # kabupaten | kota
    province: str
    bank: str
    code: str
    slug: str

    @property
    def full(self) -> str:
        return f"{'Kabupaten' if self.kind == 'kabupaten' else 'Kota'} {self.name}"

    @property
    def head_title(self) -> str:
        return "Bupati" if self.kind == "kabupaten" else "Wali Kota"


# --------------------------------------------------------------------------- region list


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def all_regions() -> list[RegionSpec]:
    """Every region in the vocabulary, round-robin across provinces, with unique slugs."""
    per_province = []
    for code, province, bank, names in W.PROVINCES:
        rows, kab, kota = [], 0, 70
        for raw in names.split(", "):
            kind = "kota" if raw.startswith("Kota ") else "kabupaten"
            name = raw.removeprefix("Kota ")
            if kind == "kota":
                kota += 1
                number = kota
            else:
                kab += 1
                number = kab
            rows.append((name, kind, province, bank, f"{code}.{number:02d}"))
        per_province.append(rows)
    ordered = [rows[i] for i in range(max(map(len, per_province))) for rows in per_province if i < len(rows)]
    kabupaten = {name for name, kind, *_ in ordered if kind == "kabupaten"}
    specs, seen = [], set()
    for name, kind, province, bank, code in ordered:
        slug = _slugify(name if kind == "kabupaten" or name not in kabupaten else f"kota {name}")
        if slug in seen:
            slug = _slugify(f"{name} {province}")
        seen.add(slug)
        specs.append(RegionSpec(name, kind, province, bank, code, slug))
    return specs


def region_specs(count: int) -> list[RegionSpec]:
    """The first `count` regions; beyond the real list, proposed new regencies (pemekaran)."""
    specs = all_regions()
    taken = {s.slug for s in specs}
    real = list(specs)
    extra_number: dict[str, int] = {}
    for i in range(len(real) * len(W.NEW_REGION_SUFFIXES)):
        if len(specs) >= count:
            break
        base = real[i % len(real)]
        suffix = W.NEW_REGION_SUFFIXES[i // len(real)]
        name = f"{base.name} {suffix}"
        if (
            base.kind != "kabupaten"
            or _slugify(name) in taken
            or base.name.split()[-1] in W.NEW_REGION_SUFFIXES
        ):
            continue
        prov = base.code[:2]
        extra_number[prov] = extra_number.get(prov, -1) + 1
        number = 41 + extra_number[prov] % 29  # between the regencies' and the cities' numbers
        spec = RegionSpec(name, "kabupaten", base.province, base.bank, f"{prov}.{number:02d}", _slugify(name))
        taken.add(spec.slug)
        specs.append(spec)
    if len(specs) < count:
        raise ValueError(f"at most {len(specs)} distinct regions can be generated")
    return specs[:count]
