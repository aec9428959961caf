"""The word catalogue (generator/data/words.yaml): complete in both languages, and the only place
outside messages.yaml and the site's labels where user-facing words live."""

from __future__ import annotations

import re
import string

import pytest

from generator.words import catalogue, word, words

from .conftest import ROOT

PACKAGE = ROOT / "generator"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_entry_says_the_same_thing_in_both_languages() -> None:
    for section, entries in catalogue().items():
        for key, entry in entries.items():
            assert set(entry) == {"id", "en"}, (section, key)
            assert entry["id"].strip() and entry["en"].strip(), (section, key)
            assert _fields(entry["id"]) == _fields(entry["en"]), (section, key)


def test_every_word_the_code_asks_for_exists() -> None:
    table = catalogue()
    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    asked = re.findall(r"""\bword\(\s*["'](\w+)["'],\s*["'](\w+)["']""", source)
    assert len(asked) > 10
    for section, key in asked:
        assert key in table[section], f"{section}.{key} is used but not in words.yaml"
    for section in re.findall(r"""\b(?:words|section)\(\s*["'](\w+)["']""", source):
        assert section in table, section


def test_languages_fall_back_to_indonesian() -> None:
    assert word("cli", "nothing_built", "en") == "nothing was built; site/ is unchanged"
    assert word("cli", "nothing_built", "fr") == word("cli", "nothing_built", "id")
    assert words("outline", "en")["chapter"] == "CHAPTER"
    with pytest.raises(KeyError):
        word("cli", "no-such-key", "id")


# Modules that may still choose by language themselves: they pick between fields of reference data
# (catalog names, band labels) or a currency code, not between words written in the code.
CHOOSES_FROM_DATA = {"words.py", "catalog.py", "formatting.py", "progress_charts.py", "cli.py"}


def test_no_bilingual_word_tables_in_code() -> None:
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name in CHOOSES_FROM_DATA:
            continue
        assert not re.search(r"""lang\s*[!=]=\s*["']en["']""", text), f"{path}: put the words in words.yaml"
