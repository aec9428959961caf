"""Check one loaded file against its pydantic model and explain every error in plain words.

Pydantic's own messages ("Input should be a valid integer") are rewritten through
`data/messages.yaml` into the user's language, placed at the YAML position of the offending key
or value, and unknown keys get a did-you-mean from the fields allowed *at that place*.

When a file is invalid we still salvage what is valid (each programme, the period, the agency
list…) so that the cross-field checks can run too: the user sees every mistake in one pass.
"""

from __future__ import annotations

import difflib
import functools
import re
import types
import typing
from typing import Any, TypeVar, Union

from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.diagnostics import Diagnostic, make, phrase
from generator.validation.codes import codes_for, labelled_hint
from generator.validation.load import Loaded
from generator.words import catalogue, word

M = TypeVar("M", bound=BaseModel)

_TYPE_ERRORS = {
    "int_type": "int",
    "int_parsing": "int",
    "int_from_float": "int",
    "float_type": "float",
    "float_parsing": "float",
    "string_type": "str",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "list_type": "list",
    "dict_type": "dict",
    "model_type": "dict",
    "model_attributes_type": "dict",
}
_RANGE_ERRORS = {
    "greater_than_equal": "≥ {ge}",
    "greater_than": "> {gt}",
    "less_than_equal": "≤ {le}",
    "less_than": "< {lt}",
}


def validate(
    model: type[BaseModel], loaded: Loaded, *, lang: str
) -> tuple[BaseModel | None, list[Diagnostic]]:
    """The file's model, or None and the diagnostics explaining why not."""
    try:
        return model.model_validate(loaded.data), []
    except ValidationError as exc:
        return None, [explain(err, model, loaded, lang=lang) for err in exc.errors(include_url=False)]


def salvage_field(model: type[BaseModel], name: str, data: Any) -> Any:
    """The validated value of one top-level field, or None if it is missing or invalid."""
    if not isinstance(data, dict) or name not in data:
        return None
    try:
        annotation = model.model_fields[name].annotation
        return TypeAdapter(annotation).validate_python(data[name]) if annotation is not None else None
    except ValidationError:
        return None


def salvage_items(item_model: type[M], items: Any) -> list[tuple[int, M]]:
    """Each entry of a list that is a mapping, with its index (so later checks can point at it):
    valid entries whole, invalid ones as partial models (see `salvage`)."""
    good: list[tuple[int, M]] = []
    for index, item in enumerate(items if isinstance(items, list) else []):
        try:
            good.append((index, item_model.model_validate(item)))
        except ValidationError:
            partial = salvage(item_model, item)
            if partial is not None:
                good.append((index, partial))
    return good


def salvage(model: type[BaseModel], data: Any) -> Any:
    """A partial model of an invalid mapping: each field that is valid on its own keeps its value,
    a mapping field keeps its valid entries, any other invalid or missing field its default (None
    if it has none); unknown keys are left out.

    Cross-checks then still see a programme's lead agency and budget years when its `category` is
    missing or a key is misspelt: the user learns every mistake in one pass, not one per fix. The
    shape errors themselves are reported separately; a partial model never reaches a renderer.
    `incomplete(item, field)` tells a check that a field is not as written (e.g. a budget missing
    an invalid year cannot be summed against `total_budget`).
    """
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    whole: set[str] = set()
    for name, info in model.model_fields.items():
        if name in data:
            adapter = _adapter(model, name)
            try:
                values[name] = adapter.validate_python(data[name])
                whole.add(name)
                continue
            except ValidationError:
                pass
            if isinstance(data[name], dict) and typing.get_origin(unwrap_type(info.annotation)) is dict:
                values[name] = _valid_entries(adapter, data[name])
                continue
        values[name] = None if info.is_required() else info.get_default(call_default_factory=True)
    return _partial_class(model).model_construct(_fields_set=whole, **values)


def incomplete(item: BaseModel, name: str) -> bool:
    """Whether `item` is a salvaged partial model whose field `name` is not exactly as written."""
    return type(item) in _PARTIAL and name not in item.model_fields_set


def _valid_entries(adapter: TypeAdapter[Any], mapping: dict[Any, Any]) -> dict[Any, Any]:
    out: dict[Any, Any] = {}
    for key, value in mapping.items():
        try:
            out.update(adapter.validate_python({key: value}))
        except ValidationError:
            continue
    return out


_PARTIAL: set[type] = set()


@functools.cache
def _partial_class(model: type[BaseModel]) -> type[BaseModel]:
    """A subclass marking partial models (isinstance checks still see the model)."""
    partial = type(model.__name__, (model,), {"__module__": model.__module__})
    _PARTIAL.add(partial)
    return partial


@functools.cache
def _adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    info = model.model_fields[name]
    annotation: Any = info.annotation
    if info.metadata:
        annotation = typing.Annotated[annotation, *info.metadata]
    return TypeAdapter(annotation)


def explain(err: Any, model: type[BaseModel], loaded: Loaded, *, lang: str) -> Diagnostic:
    kind, loc, ctx = err["type"], tuple(err["loc"]), err.get("ctx") or {}
    path = tuple(p for p in loc if p != "[key]")
    field = _field_name(path)
    file = loaded.file
    if kind == "missing":
        line, col = loaded.position(path[:-1], at_key=True)
        return make(file, line, col, "E101", lang=lang, field=field)
    if kind == "extra_forbidden":
        line, col = loaded.position(path, at_key=True)
        keys = _allowed_keys(model, path[:-1])
        return make(
            file, line, col, "E102", lang=lang, field=field, suggestion=suggest(field, keys, lang=lang)
        )
    line, col = loaded.position(path, at_key="[key]" in loc)
    found = _found(err.get("input"), lang)
    if "[key]" in loc and kind in _TYPE_ERRORS:
        expected = phrase("expected", "year", lang)
        return make(
            file, line, col, "E103", lang=lang, field=str(path[-1]), expected=expected, found=found, advice=""
        )
    if kind in _TYPE_ERRORS:
        expected = phrase("expected", _TYPE_ERRORS[kind], lang)
        advice = _advice(_TYPE_ERRORS[kind], err.get("input"), lang)
        return make(
            file, line, col, "E103", lang=lang, field=field, expected=expected, found=found, advice=advice
        )
    hint = _code_hint(field, path, file, err.get("input"), lang)
    if kind in ("literal_error", "enum"):
        allowed = str(ctx.get("expected", "?")).replace(" or ", ", ")
        return make(file, line, col, "E104", lang=lang, field=field, found=found, allowed=allowed, hint=hint)
    if kind in _RANGE_ERRORS:
        limits = {k: _number(v, lang) for k, v in ctx.items()}
        return make(
            file,
            line,
            col,
            "E105",
            lang=lang,
            field=field,
            found=found,
            limit=_RANGE_ERRORS[kind].format(**limits),
        )
    if kind in catalogue()["length"]:
        detail = word("length", kind, lang, **ctx)
        return make(file, line, col, "E106", lang=lang, field=field, detail=detail)
    if kind == "string_pattern_mismatch":
        expected = phrase("patterns", ctx.get("pattern", ""), lang) or ctx.get("pattern", "?")
        return make(
            file, line, col, "E107", lang=lang, field=field, found=found, expected=expected, hint=hint
        )
    return make(file, line, col, "E100", lang=lang, detail=f"{field}: {err.get('msg', kind)}")


THOUSANDS = {"id": ".", "en": ","}  # digit grouping in numbers shown in messages
_MONEY = re.compile(r"^\s*(rp\.?\s*)?[\d.,\s]+(\s*(rupiah|juta|miliar|ribu))?\s*$", re.IGNORECASE)


def _advice(expected: str, value: Any, lang: str) -> str:
    """A hint when the value shows what went wrong: 'Rp 400.000.000' for a whole number."""
    numeric = expected in ("int", "float") and isinstance(value, str) and any(c.isdigit() for c in value)
    if numeric and (_MONEY.match(value) or "rp" in value.lower()):
        return word("validation", "rupiah_digits", lang)
    return ""


def _code_hint(field: str, path: tuple[Any, ...], file: str, given: Any, lang: str) -> str:
    """For a field holding a code: the code meant (a label written instead?) and the allowed codes
    with their labels; empty for other fields."""
    items = codes_for(field, path, file)
    return labelled_hint(given, items, lang=lang) if items and isinstance(given, str) else ""


def suggest(given: str, choices: list[str], *, lang: str) -> str:
    """'did you mean …?' when a choice is close, else the list of what is allowed."""
    folded = {c.casefold(): c for c in choices}
    close = difflib.get_close_matches(str(given).casefold(), list(folded), n=1, cutoff=0.6)
    if close:
        best = folded[close[0]]
        return word("validation", "did_you_mean", lang, choice=best)
    listed = ", ".join(choices[:20]) + (", …" if len(choices) > 20 else "")
    return word("validation", "allowed", lang, listed=listed) if choices else ""


def _field_name(path: tuple[Any, ...]) -> str:
    """The innermost key name, with list indexes shown as `[n]` (1-based, as people count)."""
    for part in reversed(path):
        if isinstance(part, str) and not part.isdigit():
            return part
    return str(path[-1]) if path else "?"


def _number(value: Any, lang: str = "id") -> Any:
    """A limit as people read it: 1000000000000000 → '1.000.000.000.000.000' (Indonesian)."""
    value = int(value) if isinstance(value, float) and value.is_integer() else value
    if isinstance(value, int) and abs(value) >= 10_000:
        return f"{value:,}".replace(",", THOUSANDS.get(lang, "."))
    return value


def _found(value: Any, lang: str) -> str:
    if value is None:
        return phrase("found", "none", lang) or "null"
    if isinstance(value, bool):
        return f"{value!r}".lower()
    if isinstance(value, (list, dict)):
        return phrase("found", type(value).__name__, lang) or type(value).__name__
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…'"


def _allowed_keys(model: type[BaseModel], path: tuple[Any, ...]) -> list[str]:
    """Field names of the model that sits at `path` inside `model` (for did-you-mean)."""
    tp: Any = model
    for part in path:
        tp = unwrap_type(tp)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            field = tp.model_fields.get(str(part))
            if field is None:
                return []
            tp = field.annotation
        elif typing.get_origin(tp) in (list, dict):
            tp = typing.get_args(tp)[-1]
        else:
            return []
    tp = unwrap_type(tp)
    return list(tp.model_fields) if isinstance(tp, type) and issubclass(tp, BaseModel) else []


def unwrap_type(tp: Any) -> Any:
    """Strip Optional/Annotated so we reach the model or container underneath."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = args[0]
        else:
            return tp
