"""JSON Schema of the two file types, for editors (VS Code's YAML extension, yaml-language-server).

Generated from the pydantic models, then enriched with the reference catalogue's closed
vocabularies (element, category, budget source and SNI codes) so editors can autocomplete them.
The committed copies in `schema/` are kept current by a test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.catalog import catalog
from generator.files import write_atomic
from generator.schema.evaluation import EvaluationFile
from generator.schema.plan import MasterplanFile, PillarFile

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
FILES: dict[str, type[BaseModel]] = {
    "masterplan.schema.json": MasterplanFile,
    "pillar.schema.json": PillarFile,
    "evaluation.schema.json": EvaluationFile,
}


def _enrich(schema: dict[str, Any]) -> dict[str, Any]:
    cat = catalog()
    defs = schema.get("$defs", {})
    elements = sorted({e.code for p in cat.pillars for e in p.elements})
    vocab = {
        "element": {"enum": elements},
        "category": {"enum": [c.code for c in cat.categories]},
    }
    for name in ("Programme", "QuickWin", "ElementStrategy"):
        props = defs.get(name, {}).get("properties", {})
        for field, extra in vocab.items():
            if field in props:
                props[field] = {
                    **extra,
                    "description": props[field].get("description", ""),
                    "title": props[field].get("title", ""),
                }
    sources = {"propertyNames": {"enum": [s.code for s in cat.sources]}}
    if "Programme" in defs:
        budget = defs["Programme"]["properties"]["budget"]
        budget.setdefault("additionalProperties", {}).update(sources)
        budget["propertyNames"] = {"pattern": r"^\d{4}$"}
    if "QuickWin" in defs:
        defs["QuickWin"]["properties"]["budget"].update(sources)
    if "Indicator" in defs:
        sni = defs["Indicator"]["properties"]["sni"]
        sni["examples"] = sorted(cat.sni)
    return schema


def schemas() -> dict[str, dict[str, Any]]:
    out = {}
    for filename, model in FILES.items():
        schema = model.model_json_schema()
        schema = {"$schema": SCHEMA_DIALECT, "$id": filename, **_enrich(schema)}
        out[filename] = schema
    return out


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, schema in schemas().items():
        path = folder / filename
        text = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        write_atomic(path, text)
        written.append(path)
    return written
