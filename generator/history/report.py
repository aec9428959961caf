"""A semantic diff (`semdiff.RegionDiff`) as terminal text, as Markdown, and as a short summary.

Markdown goes to a pull request's job summary, which GitHub renders: every text that came from
a YAML file is escaped so that a programme named `| <img>` cannot break the table or inject markup.
Money and numbers go through `render/formatting.py` like every other output.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from generator.catalog import catalog
from generator.history.semdiff import Change, Item, ItemDiff, RegionDiff, TargetChange
from generator.render.formatting import number, rupiah
from generator.words import words

Escape = Callable[[str], str]


def _labels(lang: str) -> Mapping[str, str]:
    return words("diff", lang)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")


def md(text: object) -> str:
    """Literal text inside Markdown: specials backslash-escaped, line breaks flattened."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _plain(text: object) -> str:
    return " ".join(str(text).split())


def _pillar(code: str, lang: str) -> str:
    return catalog().pillar(code).name(lang)


def delta(old: int, new: int, lang: str) -> str:
    change = new - old
    sign = "+" if change > 0 else "−" if change < 0 else "±"
    return sign + rupiah(abs(change), lang)


def _value(value: object, lang: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):  # budget by source
        return ", ".join(f"{src} {rupiah(amount, lang)}" for src, amount in value.items()) or "—"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value, lang)
    return str(value)


# --------------------------------------------------------------------------- shared detail lines


def change_line(change: Change, esc: Escape, lang: str) -> str:
    if not change.detailed:
        return f"{esc(change.field)} {_labels(lang)['changed_word']}"
    return f"{esc(change.field)}: {esc(_value(change.old, lang))} → {esc(_value(change.new, lang))}"


def target_line(t: TargetChange, esc: Escape, lang: str) -> str:
    words = _labels(lang)
    name = f"“{esc(t.indicator)}”"
    if t.kind in ("added", "removed"):
        return words["ind_" + t.kind].format(name=name)
    if t.kind == "changed":
        return words["ind_changed"].format(name=name, fields=esc(str(t.old)))
    if t.kind == "baseline":
        show = [f"{_value(p[1], lang)} ({p[0]})" if p else "—" for p in (t.old, t.new)]
        return f"{words['baseline'].format(name=name)}: {esc(show[0])} → {esc(show[1])}"
    head = words["target"].format(name=name, year=t.year)
    return f"{head}: {esc(_value(t.old, lang))} → {esc(_value(t.new, lang))}"


def item_lines(item: ItemDiff, esc: Escape, lang: str) -> list[str]:
    words = _labels(lang)
    lines = []
    if item.old_pillar:
        lines.append(
            words["moved"].format(old=_pillar(item.old_pillar, lang), new=_pillar(item.pillar, lang))
        )
    lines += [change_line(c, esc, lang) for c in item.changes]
    for key, (old, new) in item.budget.items():
        label = words["budget_of"].format(key=esc(str(key)))
        lines.append(f"{label}: {rupiah(old, lang)} → {rupiah(new, lang)} ({delta(old, new, lang)})")
    lines += [target_line(t, esc, lang) for t in item.targets]
    return lines


def _state_line(diff: RegionDiff, lang: str) -> str | None:
    words = _labels(lang)
    if diff.state == "invalid":
        sides = "/".join(words[s] for s in diff.invalid_at)
        return words["invalid"].format(sides=sides, errors=diff.errors)
    if diff.state in ("added", "removed"):
        return words[f"{diff.state}_region"]
    return None


# --------------------------------------------------------------------------- text


def format_text(diffs: list[RegionDiff], *, lang: str = "id") -> str:
    words = _labels(lang)
    if not diffs:
        return words["nothing"]
    out: list[str] = []
    for diff in diffs:
        out.append(f"{diff.name} ({diff.slug})")
        state = _state_line(diff, lang)
        if state:
            out.append(f"  {state}")
        if diff.state == "invalid":
            continue
        if diff.document:
            out.append(
                f"  {words['document']}: " + "; ".join(change_line(c, _plain, lang) for c in diff.document)
            )
        for key, sign, items in (
            ("added", "+", diff.added),
            ("removed", "-", diff.removed),
            ("qw_added", "+", diff.qw_added),
            ("qw_removed", "-", diff.qw_removed),
        ):
            if items:
                out.append(f"  {words[key]}:")
                out += [
                    f"    {sign} {i.id} {_plain(i.name)} [{_pillar(i.pillar, lang)}] {rupiah(i.total, lang)}"
                    for i in items
                ]
        for key, changed in (("changed", diff.changed), ("qw_changed", diff.qw_changed)):
            if changed:
                out.append(f"  {words[key]}:")
                for item in changed:
                    out.append(f"    ~ {item.id} {_plain(item.name)}")
                    out += [f"        {line}" for line in item_lines(item, _plain, lang)]
        if diff.budget:
            out.append(f"  {words['budget']}:")
            for pillar, years in diff.budget.items():
                out += [
                    f"    {_pillar(pillar, lang)} {year}: {rupiah(a, lang)} → {rupiah(b, lang)} ({delta(a, b, lang)})"
                    for year, (a, b) in years.items()
                ]
            a, b = diff.total
            out.append(f"    {words['total']}: {rupiah(a, lang)} → {rupiah(b, lang)} ({delta(a, b, lang)})")
        if diff.plan:
            out.append(f"  {words['sections']}: " + ", ".join(c.field for c in diff.plan))
        out.append("")
    return "\n".join(out).rstrip("\n")


# --------------------------------------------------------------------------- markdown


def format_markdown(diffs: list[RegionDiff], *, lang: str = "id", title: str | None = None) -> str:
    words = _labels(lang)
    out = [f"# {md(title)}", ""] if title else []
    if not diffs:
        return "\n".join([*out, words["nothing"]])
    for diff in diffs:
        out += [f"## {md(diff.name)} ({md(diff.slug)})", ""]
        state = _state_line(diff, lang)
        if state:
            out += [f"**{md(state)}**", ""]
        if diff.state == "invalid":
            continue
        if diff.document:
            out += [
                f"**{words['document']}:** " + "; ".join(change_line(c, md, lang) for c in diff.document),
                "",
            ]
        for key, items in (
            ("added", diff.added),
            ("removed", diff.removed),
            ("qw_added", diff.qw_added),
            ("qw_removed", diff.qw_removed),
        ):
            if items:
                out += [f"### {words[key]}", "", *_item_table(items, lang), ""]
        for key, changed in (("changed", diff.changed), ("qw_changed", diff.qw_changed)):
            if changed:
                out += [f"### {words[key]}", ""]
                for item in changed:
                    out.append(f"- **{md(item.id)}** {md(item.name)}")
                    out += [f"  - {line}" for line in item_lines(item, md, lang)]
                out.append("")
        if diff.budget:
            out += [f"### {words['budget']}", "", *_budget_table(diff, lang), ""]
        if diff.plan:
            out += [f"**{words['sections']}:** " + ", ".join(md(c.field) for c in diff.plan), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _item_table(items: Iterable[Item], lang: str) -> list[str]:
    w = _labels(lang)
    rows = [f"| {w['id']} | {w['programme']} | {w['pillar']} | {w['amount']} |", "|---|---|---|---:|"]
    rows += [
        f"| {md(i.id)} | {md(i.name)} | {_pillar(i.pillar, lang)} | {rupiah(i.total, lang)} |" for i in items
    ]
    return rows


def _budget_table(diff: RegionDiff, lang: str) -> list[str]:
    w = _labels(lang)
    rows = [
        f"| {w['pillar']} | {w['year']} | {w['before']} | {w['after']} | {w['delta']} |",
        "|---|---:|---:|---:|---:|",
    ]
    for pillar, years in diff.budget.items():
        rows += [
            f"| {_pillar(pillar, lang)} | {year} | {rupiah(a, lang)} | {rupiah(b, lang)} | {delta(a, b, lang)} |"
            for year, (a, b) in years.items()
        ]
    a, b = diff.total
    rows.append(f"| **{w['total']}** | | {rupiah(a, lang)} | {rupiah(b, lang)} | {delta(a, b, lang)} |")
    return rows


# --------------------------------------------------------------------------- summary


def summary_lines(diff: RegionDiff, *, lang: str = "id") -> list[str]:
    """A few plain lines for a revision history: what kind of change, which ids."""
    w = _labels(lang)
    if diff.state == "invalid":
        return [_state_line(diff, lang) or ""]
    if diff.state == "added":
        return [
            w["created_detail"].format(
                programmes=len(diff.added), quick_wins=len(diff.qw_added), total=rupiah(diff.total[1], lang)
            )
        ]
    if diff.state == "removed":
        return [w["deleted"]]
    lines = []
    status = next((c for c in diff.document if c.field == "status"), None)
    if status and diff.state == "changed":
        lines.append(w["status"].format(old=status.old, new=status.new))
    for key, items in (
        ("added", diff.added),
        ("removed", diff.removed),
        ("qw_added", diff.qw_added),
        ("qw_removed", diff.qw_removed),
    ):
        if items:
            lines.append(f"{w[key]}: " + ", ".join(i.id for i in items))
    for key, changed in (("changed", diff.changed), ("qw_changed", diff.qw_changed)):
        if changed:
            lines.append(f"{w[key]}: " + ", ".join(f"{i.id} ({_what(i, lang)})" for i in changed))
    a, b = diff.total
    if a != b:
        lines.append(f"{w['total']}: {rupiah(a, lang)} → {rupiah(b, lang)} ({delta(a, b, lang)})")
    if diff.plan:
        lines.append(f"{w['sections']}: " + ", ".join(c.field for c in diff.plan))
    return lines


def _what(item: ItemDiff, lang: str) -> str:
    w = _labels(lang)
    names = [c.field for c in item.changes]
    if item.budget:
        names.append(w["budget_word"])
    if item.targets:
        names.append(w["target_word"])
    if item.old_pillar:
        names.append(_pillar(item.pillar, lang))
    return ", ".join(names)
