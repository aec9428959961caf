"""Minimal edits to a programme in a round-trip YAML tree: change only what differs.

Each setter compares the wanted value with the *validated model* (so whitespace the schema
strips, or 60 versus 60.0, is not a change), and only then touches the ruamel node: existing
keys keep their place, comments and quoting style; new keys go where the canonical key order
(`fmt.py`) puts them; new year entries and short lists use the flow style the samples use
(`2026: {apbd: 1500000000}`, `support: [BAPPEDA]`). Every setter returns how many values changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.schema.plan import Baseline, Indicator, Programme


@dataclass(frozen=True)
class Cell:
    """A workbook cell: `where` is 'book.xlsx[Sheet]', row and column are 1-based."""

    where: str
    row: int
    column: int


def flow_map(items: dict[Any, Any]) -> CommentedMap:
    node = CommentedMap(items)
    node.fa.set_flow_style()
    return node


def flow_seq(items: list[Any]) -> CommentedSeq:
    node = CommentedSeq(items)
    node.fa.set_flow_style()
    return node


def put(node: CommentedMap, key: str, value: Any, model: type[BaseModel]) -> None:
    """Set `node[key]`, inserting a new key at its place in the model's field order."""
    if key in node:
        node[key] = value  # ruamel keeps the old value's quoting style and trailing comment
        return
    order = list(model.model_fields)
    rank = order.index(key)
    position = sum(1 for k in node if k in order and order.index(k) < rank)
    node.insert(position, key, value)


def set_field(node: CommentedMap, model: BaseModel, key: str, value: Any) -> int:
    current = getattr(model, key)
    if current == value:
        return 0
    default = type(model).model_fields[key].get_default(call_default_factory=True)
    if value is None or (value == default and key not in node):
        if key in node and value is None:
            del node[key]
            return 1
        return 0
    put(node, key, flow_seq(value) if isinstance(value, list) else value, type(model))
    return 1


def set_years(
    node: CommentedMap,
    key: str,
    owner: BaseModel,
    current: dict[int, Any],
    wanted: dict[int, Any],
    *,
    nested: bool,
) -> int:
    """Bring a year-keyed mapping (`budget`, `targets`) to `wanted`, entry by entry."""
    if current == wanted:
        return 0
    if key not in node:
        put(node, key, CommentedMap() if nested else flow_map({}), type(owner))
    years = node[key]
    changed = 0
    for year in [y for y in years if y not in wanted]:
        del years[year]
        changed += 1
    for year in sorted(wanted):
        want = wanted[year]
        if year not in years:
            years.insert(
                sum(1 for y in years if isinstance(y, int) and y < year),
                year,
                flow_map(want) if nested else want,
            )
            changed += 1
        elif nested:
            changed += _set_amounts(years[year], current.get(year, {}), want)
        elif current.get(year) != want:
            years[year] = want
            changed += 1
    return changed


def _set_amounts(node: CommentedMap, current: dict[str, int], wanted: dict[str, int]) -> int:
    changed = 0
    for source in [s for s in node if s not in wanted]:
        del node[source]
        changed += 1
    for source, amount in wanted.items():
        if current.get(source) != amount or source not in node:
            node[source] = amount
            changed += 1
    return changed


def apply_programme(
    node: CommentedMap,
    p: Programme,
    fields: dict[str, Any],
    budget: dict[int, dict[str, int]] | None,
    indicators: dict[int, dict[str, Any]],
) -> int:
    changed = sum(set_field(node, p, key, value) for key, value in fields.items())
    if budget is not None:
        moved = set_years(node, "budget", p, p.budget, budget, nested=True)
        total = sum(a for by_src in budget.values() for a in by_src.values())
        if moved and "total_budget" in node and node["total_budget"] != total:
            node["total_budget"] = total  # a stated total is checked against the sum (E212): keep it true
            moved += 1
        changed += moved
    for index, wanted in indicators.items():
        changed += _apply_indicator(node["indicators"][index], p.indicators[index], wanted)
    return changed


def _apply_indicator(node: CommentedMap, ind: Indicator, wanted: dict[str, Any]) -> int:
    changed = sum(set_field(node, ind, key, wanted[key]) for key in ("name", "unit", "direction", "sni"))
    base = wanted["baseline"]
    if base is None:
        changed += set_field(node, ind, "baseline", None)
    elif ind.baseline != Baseline(**base):
        if isinstance(node.get("baseline"), CommentedMap):
            for key in ("year", "value"):
                if node["baseline"].get(key) != base[key]:
                    node["baseline"][key] = base[key]
                    changed += 1
        else:
            put(node, "baseline", flow_map(base), Indicator)
            changed += 1
    changed += set_years(node, "targets", ind, dict(ind.targets), wanted["targets"], nested=False)
    return changed
