"""Schema-valid regions for property tests, generated from the JSON Schema of the file formats.

`rich_region()` is the small fixture region with every optional field the schema offers filled in
(a partner of every type, risks, outputs, population…); `mutated_regions()` draws regions that
replace some of its values by anything the schema accepts at that place: any text (Unicode, Markdown,
HTML, Jinja syntax, very long, several lines where allowed), every enum value, numbers up to the
bounds, any slug and province. Cross-file rules (agencies, years) are left as they are, so most
drawn regions validate and reach the renderers.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from generator.schema.jsonschema import schemas
from generator.schema.plan import NO_CONTROL, ONE_LINE
from generator.validation.slugs import MAX_SLUG

from ..conftest import FIXTURES

Path_ = tuple[Any, ...]
EVALUATION = "evaluations/2025-tahap-1.yaml"
PILLARS = ("governance", "branding", "economy", "living", "society", "environment")
FILES = (
    {"masterplan.yaml": "masterplan.schema.json"}
    | {f"{pillar}.yaml": f"{pillar}.schema.json" for pillar in PILLARS}  # each pillar file's own schema
    | {EVALUATION: "evaluation.schema.json"}
)
SOURCES = {name: FIXTURES / "mini" / name for name in FILES}
SOURCES[EVALUATION] = FIXTURES / "evaluation" / "2025-tahap-1.yaml"
TRICKY = [
    '=HYPERLINK("http://x")',
    "a;=cmd|' /C calc'!A0",
    "+62 812",
    "-1",
    "@SUM(A1)",
    "<script>alert(1)</script>",
    "{{ 7*7 }} {% raw %}",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "# Judul\n\n* satu\n* dua",
    "[tautan](../../etc/passwd) ![x](file:///etc/passwd)",
    "\u202egnirts desrever",
    "ثقافة 文化 Ünïcödé 🙂",
    "x" * 2000,
    "kalimat panjang " * 120,
    "&amp; &lt; ' \" ` \\",
    "---\n...",
]
LINE_TRICKY = [t for t in TRICKY if "\n" not in t]


def _control_free(multiline: bool) -> st.SearchStrategy[str]:
    chars = st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="".join(
            chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)] if not (multiline and chr(c) in "\t\n")
        ),
    )
    return st.text(chars, min_size=1, max_size=300).filter(lambda s: s.strip() != "")


def _text(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    multiline = schema.get("pattern") == NO_CONTROL
    limit = schema.get("maxLength", 2000)
    pool = TRICKY if multiline else LINE_TRICKY
    drawn = st.sampled_from(pool) | _control_free(multiline) | st.just("y" * limit)
    return drawn.map(lambda s: s[:limit]).filter(lambda s: s.strip() != "")


def _number(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    low = schema.get("minimum", schema.get("exclusiveMinimum", -(10**15)))
    high = schema.get("maximum", schema.get("exclusiveMaximum", 10**15))
    if schema["type"] == "integer":
        low += "exclusiveMinimum" in schema
        return st.integers(low, high) | st.sampled_from([low, high])
    edges = st.sampled_from([high, 0.1, 1 / 3, 12345.678])
    floats = st.floats(
        low, high, allow_nan=False, allow_infinity=False, exclude_min="exclusiveMinimum" in schema
    )
    return floats | edges.filter(lambda v: low < v <= high)


def leaf_strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any] | None:
    """Values the schema accepts for a scalar leaf we may change freely, or None (codes, years, ids:
    changing those breaks cross-file references, tested elsewhere)."""
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "string" and schema.get("pattern") in (NO_CONTROL, ONE_LINE):
        return _text(schema)
    if kind in ("integer", "number") and schema.get("minimum") != 1945:
        return _number(schema)
    return None


# --------------------------------------------------------------------------- walking the schema


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    if "anyOf" in schema:
        options = [s for s in schema["anyOf"] if s.get("type") != "null"]
        return _resolve(options[0], root)
    return schema


def leaves(
    data: Any, schema: dict[str, Any], root: dict[str, Any], path: Path_ = ()
) -> Iterator[tuple[Path_, dict]]:
    """(path, schema) of every scalar in `data` that `leaf_strategy` can draw for."""
    schema = _resolve(schema, root)
    if isinstance(data, dict):
        props = schema.get("properties", {})
        for key, value in data.items():
            sub = props.get(key) or schema.get("additionalProperties")
            if isinstance(sub, dict) and "patternProperties" in sub:
                sub = next(iter(sub["patternProperties"].values()))
            if isinstance(sub, dict):
                yield from leaves(value, sub, root, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from leaves(value, schema.get("items", {}), root, (*path, i))
    elif leaf_strategy(schema) is not None and path[-1] not in ("element", "format"):
        yield path, schema


def build(schema: dict[str, Any], root: dict[str, Any]) -> Any:
    """A value for `schema` with only what we can make up (None if a required part is a code)."""
    schema = _resolve(schema, root)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "string":
        return "Teks contoh" if schema.get("pattern") in (NO_CONTROL, ONE_LINE) else None
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        return max(low, 1) if schema.get("minimum") != 1945 else None
    if kind == "array":
        item = build(schema.get("items", {}), root)
        return [item] if item is not None else None
    if kind == "object" and "properties" in schema:
        out = {}
        for name, sub in schema["properties"].items():
            value = build(sub, root)
            if value is None and name in schema.get("required", []):
                return None
            if value is not None:
                out[name] = value
        return out
    return None


# Left as they are: fields whose presence changes the meaning (a stated total, a cancellation
# decision, own weights) or that are internal.
NOT_FILLED = ("format", "internal_notes", "contact", "weights", "total_budget", "cancellation")


def enrich(data: Any, schema: dict[str, Any], root: dict[str, Any]) -> None:
    """Fill every optional field that `build` can make, everywhere in `data` (in place)."""
    schema = _resolve(schema, root)
    if isinstance(data, dict) and "properties" in schema:
        for name, sub in schema["properties"].items():
            if name not in data and name not in NOT_FILLED:
                value = build(sub, root)
                if value is not None:
                    data[name] = value
            if name in data:
                enrich(data[name], sub, root)
    elif isinstance(data, list):
        for item in data:
            enrich(item, schema.get("items", {}), root)


@cache
def _schemas() -> dict[str, dict[str, Any]]:
    return schemas()


@cache
def _rich() -> dict[str, Any]:
    files = {}
    for name, schema_name in FILES.items():
        data = yaml.safe_load(SOURCES[name].read_text(encoding="utf-8"))
        root = _schemas()[schema_name]
        enrich(data, root, root)
        pillar_file = schema_name not in ("masterplan.schema.json", "evaluation.schema.json")
        for programme in data.get("programmes", []) if pillar_file else []:
            partner = root["$defs"]["Partner"]["properties"]["type"]["enum"]  # one of every type
            programme["partners"] = [{"name": f"Mitra {kind}", "type": kind} for kind in partner]
        if name == EVALUATION:  # realised values name the programmes' own indicator
            for record in data["programmes"]:
                for value in record.get("indicators", []):
                    value["name"] = "Layanan daring"
        files[name] = data
    return files


def rich_region() -> dict[str, Any]:
    return copy.deepcopy(_rich())


@cache
def _leaves() -> list[tuple[str, Path_, dict[str, Any]]]:
    out = []
    for name, data in _rich().items():
        root = _schemas()[FILES[name]]
        out += [(name, path, schema) for path, schema in leaves(data, root, root)]
    return out


slugs = st.from_regex(re.compile(r"[a-z0-9]{1,20}(-[a-z0-9]{1,20}){0,3}"), fullmatch=True).filter(
    lambda s: len(s) <= MAX_SLUG and s != "national"
)


class Case(tuple):  # (slug, files) with a short repr: a failing example shows only what changed
    changes: list[str]

    def __repr__(self) -> str:
        return f"Case(slug={self[0]!r}, changes={self.changes!r})"


@st.composite
def mutated_regions(draw: st.DrawFn, max_changes: int = 8) -> Case:
    """(slug, {file name: data}) of a region with some values replaced by schema-valid ones."""
    files = rich_region()
    candidates = _leaves()
    picks = draw(st.lists(st.integers(0, len(candidates) - 1), min_size=1, max_size=max_changes, unique=True))
    changes = []
    for k in picks:
        name, path, schema = candidates[k]
        target = files[name]
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value = draw(leaf_strategy(schema))  # type: ignore[arg-type]
        shown = repr(value)
        changes.append(f"{name}:{'.'.join(map(str, path))} = {shown[:80]}{'…' if len(shown) > 80 else ''}")
    case = Case((draw(slugs), files))
    case.changes = changes
    return case


def write_region(folder: Path, files: dict[str, Any]) -> Path:
    (folder / "evaluations").mkdir(parents=True)
    for name, data in files.items():
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=4096)
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "assets").mkdir()
    (folder / "assets" / "lambang.svg").write_bytes(
        (FIXTURES / "mini" / "assets" / "lambang.svg").read_bytes()
    )
    return folder
