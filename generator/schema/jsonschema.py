"""JSON Schema of the file types, for editors (VS Code's YAML extension, yaml-language-server).

Generated from the pydantic models, then enriched with the reference catalogue so that the editor
knows what the validator knows: every closed list of codes carries its labels in Indonesian and
English (`enumDescriptions`, shown on hover and completion), each pillar file has its own schema
whose `element` lists only that pillar's three elements, budget-source keys are properties with a
description, and the SNI ISO 37122 catalogue is an enum with each indicator's title and unit.
The generic `pillar.schema.json` (all eighteen elements) stays for files written before the
per-pillar schemas existed. The committed copies in `schema/` are kept current by a test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.catalog import Named, Pillar, catalog, nomenclature, vocabulary
from generator.files import write_atomic
from generator.schema.evaluation import EvaluationFile
from generator.schema.plan import MasterplanFile, PillarFile

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
FILES: dict[str, type[BaseModel]] = {
    "masterplan.schema.json": MasterplanFile,
    "pillar.schema.json": PillarFile,
    "evaluation.schema.json": EvaluationFile,
}

# (model, field) → vocabulary list whose labels describe the field's codes
LABELLED = {
    ("Risk", "likelihood"): "level",
    ("Risk", "impact"): "level",
    ("Partner", "type"): "partner_type",
    ("Programme", "status"): "programme_status",
    ("Indicator", "direction"): "direction",
    ("ReadinessItem", "component"): "component",
    ("Signatory", "role"): "signatory_role",
    ("Document", "status"): "document_status",
    ("Region", "type"): "region_type",
    ("Decree", "type"): "decree_type",
    ("QuickWin", "budget_scope"): "budget_scope",
    ("Goal", "pillar"): "pillar",
}


def _label(item: Named, extra: str = "") -> str:
    both = item.name_id if item.name_id == item.name_en else f"{item.name_id} — {item.name_en}"
    return f"{both}{extra}"


def labelled_enum(items: list[tuple[str, str]]) -> dict[str, Any]:
    """An enum whose every code carries a label: editors show it on hover and completion."""
    return {
        "type": "string",
        "enum": [code for code, _ in items],
        "enumDescriptions": [label for _, label in items],
        "markdownEnumDescriptions": [f"**{code}** — {label}" for code, label in items],
    }


def _replace(prop: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """`new` in place of `prop`'s type, keeping description and title; optional stays optional."""
    keep: dict[str, Any] = {k: prop[k] for k in ("description", "title", "default") if k in prop}
    if "anyOf" in prop:
        return {**keep, "anyOf": [new, {"type": "null"}]}
    return {**keep, **new}


def _elements(pillars: list[Pillar]) -> list[tuple[str, str]]:
    many = len(pillars) > 1
    return [(e.code, _label(e, f" ({p.name_id})" if many else "")) for p in pillars for e in p.elements]


def _enrich(schema: dict[str, Any], pillars: list[Pillar]) -> dict[str, Any]:
    cat = catalog()
    defs = schema.get("$defs", {})
    vocab = vocabulary()
    for (model, field), name in LABELLED.items():
        props = defs.get(model, {}).get("properties", {})
        if field in props:
            props[field] = _replace(
                props[field], labelled_enum([(c, _label(n)) for c, n in vocab[name].items()])
            )
    elements = labelled_enum(_elements(pillars))
    categories = labelled_enum([(c.code, _label(c)) for c in cat.categories])
    for name in ("Programme", "QuickWin", "ElementStrategy"):
        props = defs.get(name, {}).get("properties", {})
        if "element" in props:
            props["element"] = _replace(props["element"], elements)
        if "category" in props:
            props["category"] = _replace(props["category"], categories)
    sources = {
        "type": "object",
        "properties": {
            s.code: {"type": "integer", "minimum": 0, "description": _label(s)} for s in cat.sources
        },
        "additionalProperties": False,
    }
    if "Programme" in defs:
        props = defs["Programme"]["properties"]
        props["budget"]["additionalProperties"] = sources
        props["budget"]["propertyNames"] = {"pattern": r"^\d{4}$"}
        home = {p.code for p in pillars}
        links = [
            (f"{p.code}.{e.code}", _label(e, f" ({p.name_id})"))
            for p in cat.pillars
            if len(pillars) > 1 or p.code not in home
            for e in p.elements
        ]
        props["secondary"]["items"] = labelled_enum(links)
    if "QuickWin" in defs:
        budget = defs["QuickWin"]["properties"]["budget"]
        budget.update(sources)
    if "Indicator" in defs:
        sni = sorted(cat.sni.values(), key=lambda i: [int(x) for x in i.number.split(".")])
        entries = [(i.number, f"{i.title_id} — {i.title_en} [{i.unit}; {i.theme_name}]") for i in sni]
        props = defs["Indicator"]["properties"]
        props["sni"] = _replace(props["sni"], labelled_enum(entries))
        props["sni"]["description"] += " — " + cat.sni_disclaimer["id"] + " / " + cat.sni_disclaimer["en"]
    if "Funding" in defs:
        nom = nomenclature()
        sub = defs["Funding"]["properties"]["sub_activity"]
        sub["examples"] = [c for c in nom.names if c.count(".") == 5]
    return schema


def schemas() -> dict[str, dict[str, Any]]:
    cat = catalog()
    out = {}
    for filename, model in FILES.items():
        schema = _enrich(model.model_json_schema(), list(cat.pillars))
        out[filename] = {"$schema": SCHEMA_DIALECT, "$id": filename, **schema}
    for pillar in cat.pillars:  # governance.schema.json, …: the pillar's own three elements
        filename = pillar_schema_name(pillar)
        schema = _enrich(PillarFile.model_json_schema(), [pillar])
        schema["title"] = f"{pillar.file} — {pillar.name_id}"
        out[filename] = {"$schema": SCHEMA_DIALECT, "$id": filename, **schema}
    return out


def pillar_schema_name(pillar: Pillar) -> str:
    return pillar.file.replace(".yaml", ".schema.json")


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, schema in schemas().items():
        path = folder / filename
        text = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        write_atomic(path, text)
        written.append(path)
    return written
