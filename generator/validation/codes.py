"""Closed lists of codes with their labels, for hints that say what to write instead.

A civil servant writes `element: Pelayanan Publik` (the label) where the format wants the code
`public-service`. Every diagnostic about such a field lists the allowed codes with their labels,
and when what was written is a label (or close to a code or a label) it names the code to use.
Labels come from the reference data (pillars, categories, budget sources, `vocabulary.yaml`).
"""

from __future__ import annotations

import difflib
from pathlib import PurePath
from typing import Any

from generator.catalog import Named, catalog, vocabulary
from generator.words import word

# field name → vocabulary list, for fields whose name alone says which list they use
_BY_FIELD = {
    "likelihood": "level",
    "impact": "level",
    "direction": "direction",
    "component": "component",
    "budget_scope": "budget_scope",
    "pillar": "pillar",
}


def codes_for(field: str, path: tuple[Any, ...], file: str) -> list[Named] | None:
    """The labelled codes allowed at `path` (field `field`) of `file`, or None when not a code list."""
    cat, vocab = catalog(), vocabulary()
    name = PurePath(file).name
    if field == "element":
        own = [p for p in cat.pillars if p.file == name]
        return [e for p in (own or list(cat.pillars)) for e in p.elements]
    if field == "category":
        return list(cat.categories)
    if field in _BY_FIELD:
        return list(vocab[_BY_FIELD[field]].values())
    if field == "type":
        if "partners" in path:
            return list(vocab["partner_type"].values())
        if "adopted_by" in path:
            return list(vocab["decree_type"].values())
        if path[:1] == ("region",):
            return list(vocab["region_type"].values())
    if field == "status" and name != "masterplan.yaml" and "evaluations" not in PurePath(file).parts:
        return list(vocab["programme_status"].values())
    if field == "status" and name == "masterplan.yaml":
        return list(vocab["document_status"].values())
    if field == "role" and "signatories" in path:
        return list(vocab["signatory_role"].values())
    return None


def labelled_hint(given: Any, items: list[Named], *, lang: str) -> str:
    """'did you mean 'public-service' (Pelayanan Publik)?' when `given` is a label or close to a
    code or label; then the allowed codes, each with its label."""
    keys: dict[str, Named] = {}
    for item in items:
        for text in (item.code, item.name_id, item.name_en):
            keys.setdefault(text.casefold(), item)
    text = str(given).strip().casefold()
    match = keys.get(text) or next(
        (keys[k] for k in difflib.get_close_matches(text, list(keys), n=1, cutoff=0.6)), None
    )
    listed = ", ".join(f"{i.code} ({i.name(lang)})" for i in items)
    allowed = word("validation", "allowed", lang, listed=listed)
    if match is None:
        return allowed
    mean = word("validation", "did_you_mean", lang, choice=match.code)
    return f"{mean[:-1]} ({match.name(lang)}){mean[-1]} {allowed}"
