"""Interface strings of the site in Indonesian and English, read from templates/site/labels.yaml.

A data file rather than gettext catalogues: a few hundred short strings, edited by the same people
who edit the templates, and a missing key fails the build loudly (KeyError) instead of showing
an empty label.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ruamel.yaml import YAML

from generator.render.environment import TEMPLATES

LABELS = TEMPLATES / "site" / "labels.yaml"


@cache
def _table(path: Path, mtime: float) -> dict[str, dict[str, str]]:
    return YAML(typ="safe", pure=False).load(path.read_text(encoding="utf-8"))


def labels(lang: str, path: Path = LABELS) -> Labels:
    return Labels(_table(path, path.stat().st_mtime), lang)


class Labels:
    """`t('budget')` → 'Anggaran'; `t('n_programmes', n=3)` formats with str.format."""

    def __init__(self, table: dict[str, dict[str, str]], lang: str) -> None:
        self.table, self.lang = table, lang

    def __call__(self, key: str, **values: object) -> str:
        entry = self.table[key]
        text = entry.get(self.lang) or entry["id"]
        return text.format(**values) if values else text
