"""The words a user reads outside diagnostics and site pages, from `data/words.yaml`.

`word("cli", "summary", lang, regions=3, ...)` is one sentence; `words("charts", lang)` a whole
section as {key: text}. Languages are "id" (the default; anything else that is not "en" falls back
to it) and "en". A missing section or key raises KeyError: a typo fails a test, not a user's page.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from ruamel.yaml import YAML

LANGS = ("id", "en")


@cache
def catalogue() -> dict[str, dict[str, dict[str, str]]]:
    text = resources.files("generator").joinpath("data/words.yaml").read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "id"


@cache
def words(section: str, lang: str) -> Mapping[str, str]:
    """Every entry of `section` in `lang`, read-only (shared by every caller)."""
    chosen = _lang(lang)
    return MappingProxyType({key: entry[chosen] for key, entry in catalogue()[section].items()})


def word(section: str, key: str, lang: str, /, **values: Any) -> str:
    text = catalogue()[section][key][_lang(lang)]
    return text.format(**values) if values else text
