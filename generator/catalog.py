"""Reference data shipped with the package: pillars and elements, budget sources, categories,
the SNI ISO 37122 indicator catalogue and evaluation schemes. Loaded once from `data/*.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML


def _read(name: str) -> dict[str, Any]:
    text = resources.files("generator").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return YAML(typ="safe", pure=False).load(text)


@dataclass(frozen=True)
class Named:
    code: str
    name_id: str
    name_en: str

    def name(self, lang: str = "id") -> str:
        return self.name_en if lang == "en" else self.name_id


@dataclass(frozen=True)
class Pillar(Named):
    file: str
    prefix: str
    colour: str
    elements: tuple[Named, ...]

    def element(self, code: str) -> Named | None:
        return next((e for e in self.elements if e.code == code), None)


@dataclass(frozen=True)
class SniIndicator:
    number: str
    theme: str
    theme_name: str
    clause: int
    title_id: str
    title_en: str
    unit: str
    pillar: str
    theme_name_en: str = ""

    def title(self, lang: str = "id") -> str:
        return self.title_en if lang == "en" else self.title_id

    def theme_label(self, lang: str = "id") -> str:
        return self.theme_name_en if lang == "en" and self.theme_name_en else self.theme_name


@dataclass(frozen=True)
class Catalog:
    version: str
    pillars: tuple[Pillar, ...]
    sources: tuple[Named, ...]
    categories: tuple[Named, ...]
    sni: dict[str, SniIndicator]
    sni_disclaimer: dict[str, str]
    evaluation: dict[str, Any]

    def pillar(self, code: str) -> Pillar:
        return next(p for p in self.pillars if p.code == code)

    def source(self, code: str) -> Named | None:
        return next((s for s in self.sources if s.code == code), None)

    def category(self, code: str) -> Named | None:
        return next((c for c in self.categories if c.code == code), None)


def _named(row: dict[str, Any]) -> Named:
    return Named(row["code"], row["name"]["id"], row["name"]["en"])


@cache
def catalog() -> Catalog:
    pillars = _read("pillars.yaml")
    sni = _read("sni_iso_37122.yaml")
    themes = {t["code"]: t for t in sni["themes"]}
    return Catalog(
        version=pillars["version"],
        pillars=tuple(
            Pillar(
                p["code"],
                p["name"]["id"],
                p["name"]["en"],
                p["file"],
                p["prefix"],
                p["colour"],
                tuple(_named(e) for e in p["elements"]),
            )
            for p in pillars["pillars"]
        ),
        sources=tuple(_named(s) for s in _read("budget_sources.yaml")["sources"]),
        categories=tuple(_named(c) for c in _read("categories.yaml")["categories"]),
        sni={
            i["number"]: SniIndicator(
                i["number"],
                i["theme"],
                themes[i["theme"]]["name"]["id"],
                themes[i["theme"]]["clause"],
                i["title"]["id"],
                i["title"]["en"],
                i["unit"],
                themes[i["theme"]]["pillar"],
                themes[i["theme"]]["name"]["en"],
            )
            for i in sni["indicators"]
        },
        sni_disclaimer=sni["disclaimer"],
        evaluation=_read("evaluation.yaml"),
    )


# --------------------------------------------------------------------------- Indonesian planning data


@dataclass(frozen=True)
class Nomenclature:
    """Codes of Permendagri 90/2019 (urusan … sub-kegiatan) known to this release: a partial list."""

    version: str
    regulation: dict[str, str]
    disclaimer: dict[str, str]
    names: dict[str, dict[str, str]]

    def name(self, code: str, lang: str = "id") -> str | None:
        entry = self.names.get(code)
        if entry is None:
            return None
        return entry.get("en", entry["id"]) if lang == "en" else entry["id"]

    def chain(self, code: str) -> list[tuple[str, str]]:
        """(level, code) from urusan down to `code`: urusan, bidang, program, kegiatan, sub-kegiatan."""
        parts = code.split(".")
        levels = (("urusan", 1), ("bidang", 2), ("program", 3), ("kegiatan", 5), ("sub_kegiatan", 6))
        return [(level, ".".join(parts[:n])) for level, n in levels if n <= len(parts)]


@cache
def nomenclature() -> Nomenclature:
    data = _read("nomenclature.yaml")
    return Nomenclature(data["version"], data["regulation"], data["disclaimer"], data["codes"])


@dataclass(frozen=True)
class RegionCodes:
    """Kemendagri codes of one kabupaten/kota's kecamatan and desa/kelurahan."""

    code: str
    regulation: str
    kecamatan: dict[str, str]
    desa: dict[str, str]

    def name(self, code: str) -> str | None:
        return self.kecamatan.get(code) or self.desa.get(code)


@cache
def region_codes(code: str) -> RegionCodes | None:
    """The region's kecamatan and desa, or None when this release ships no list for `code`."""
    if not (len(code) == 5 and code[:2].isdigit() and code[2] == "." and code[3:].isdigit()):
        return None
    path = resources.files("generator").joinpath(f"data/regions/{code}.yaml")
    if not path.is_file():
        return None
    data = _read(f"regions/{code}.yaml")
    kecamatan = {k: v["name"] for k, v in data["kecamatan"].items()}
    desa = {d: name for v in data["kecamatan"].values() for d, name in (v.get("desa") or {}).items()}
    return RegionCodes(data["code"], data["regulation"], kecamatan, desa)


@cache
def unit_kinds() -> dict[str, str]:
    """Unit spelling (lower case) → kind ('percent', 'time', …), for the SNI unit check (W254)."""
    data = _read("units.yaml")
    return {spelling.casefold(): kind for kind, spellings in data["kinds"].items() for spelling in spellings}


@cache
def placeholders() -> tuple[frozenset[str], tuple[str, ...]]:
    """Texts and text prefixes the scaffold writes for the user to replace (W253 while any is left)."""
    data = _read("placeholders.yaml")
    return frozenset(data["texts"]), tuple(data["prefixes"])


@cache
def vocabulary() -> dict[str, dict[str, Named]]:
    """Labels of the format's closed code lists (risk levels, partner types, decree types, …)."""
    lists = _read("vocabulary.yaml")["lists"]
    return {
        name: {code: Named(code, label["id"], label["en"]) for code, label in codes.items()}
        for name, codes in lists.items()
    }
