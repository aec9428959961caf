"""`masterplan fmt`: rewrite masterplan files in one canonical layout, keeping every comment.

The canonical layout is what the sample regions already use, so formatting them is a no-op:

* two-space mappings, list dashes indented two spaces under their key (`indent(mapping=2,
  sequence=4, offset=2)`), no line wrapping (`width=4096`), quotes kept as written;
* keys in the order of the fields of the pydantic models (`schema.py`), so every file reads the
  same way; year-keyed mappings (`budget`, `outputs`, `targets`) in ascending year order;
* UTF-8 without BOM, LF line endings, no trailing spaces, one final newline.

Comments stay attached to the line above them (ruamel.yaml's round-trip model): when keys move,
a comment written just before a key travels with the key before it. Nothing is ever lost.

Safety, because these files are a region's official plan: a file is only touched if it loads
and matches its schema; the formatted text is parsed again and must give exactly the same data
(the same plain YAML values and the same validated model) and every comment, otherwise the file
is refused and nothing is written; writes are atomic (a temporary file in the same folder, then a
rename), so an interrupted run never leaves half a file. Because of that proof, fmt rewrites files
with uncommitted edits too (what the edit-validate-fmt-commit workflow needs); `import`, which
changes values, keeps the git guard (guard.py).
"""

from __future__ import annotations

import io
import re
import typing
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedBase, CommentedMap, CommentedSeq

from generator.catalog import catalog
from generator.diagnostics import Diagnostic
from generator.files import write_atomic
from generator.schema.plan import MasterplanFile, PillarFile
from generator.validation.load import display_path, load_bytes
from generator.validation.shape import unwrap_type, validate
from generator.validation.validate import PLAN_FILE, region_folders
from generator.words import word


class FormatLossError(RuntimeError):
    """Formatting would have changed a file's data or dropped a comment: refused, nothing written."""


@dataclass
class FormatReport:
    checked: list[Path] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # files the loss check stopped (why, per file)


def yaml_rt() -> YAML:
    """The one round-trip YAML configuration used by every command that rewrites files."""
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    yaml.preserve_quotes = True
    return yaml


def dump_rt(data: Any) -> str:
    out = io.StringIO()
    yaml_rt().dump(data, out)
    return _tidy(out.getvalue())


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).rstrip("\n") + "\n"


def model_for(path: Path) -> type[BaseModel] | None:
    """Which file type `path` is, from its name (the same rule the validator uses)."""
    if path.name == PLAN_FILE:
        return MasterplanFile
    if path.name in {p.file for p in catalog().pillars}:
        return PillarFile
    return None


# --------------------------------------------------------------------------- canonical order


def canonical(node: Any, annotation: Any) -> None:
    """Reorder mapping keys in place to follow the model's field order, recursively."""
    tp = unwrap_type(annotation)
    origin = typing.get_origin(tp)
    if isinstance(tp, type) and issubclass(tp, BaseModel) and isinstance(node, CommentedMap):
        fields = list(tp.model_fields)
        rank = {name: i for i, name in enumerate(fields)}
        _reorder(node, sorted(node, key=lambda k: rank.get(k, len(fields))))
        for key in list(node):
            if key in tp.model_fields:
                canonical(node[key], tp.model_fields[key].annotation)
    elif origin is list and isinstance(node, CommentedSeq):
        for item in node:
            canonical(item, typing.get_args(tp)[0])
    elif origin is dict and isinstance(node, CommentedMap):
        key_type, value_type = (unwrap_type(a) for a in typing.get_args(tp))
        if key_type is int and all(isinstance(k, int) for k in node):
            _reorder(node, sorted(node))
        for key in list(node):
            canonical(node[key], value_type)


def _reorder(node: CommentedMap, wanted: list[Any]) -> None:
    if list(node) != wanted:
        for key in wanted:
            node.move_to_end(key)


def format_text(text: str, model: type[BaseModel]) -> str:
    """The canonical form of `text` (which must already be valid for `model`)."""
    data = yaml_rt().load(text)
    canonical(data, model)
    return dump_rt(data)


# --------------------------------------------------------------------------- safety net


_COMMENT = re.compile(r"#[^\n]*")


def comments(text: str) -> Counter[str]:
    """Every comment in a YAML text, as a multiset (positions may move, text may not vanish)."""
    found: Counter[str] = Counter()

    def tokens(value: Any) -> None:
        if value is None:
            return
        if isinstance(value, list):
            for item in value:
                tokens(item)
        elif hasattr(value, "value") and isinstance(value.value, str):
            found.update(c.rstrip() for c in _COMMENT.findall(value.value))

    def walk(node: Any) -> None:
        if isinstance(node, CommentedBase):
            ca = node.ca
            tokens(ca.comment)
            tokens(list(ca.items.values()))
            tokens(ca.end)
            children = list(node.values()) if isinstance(node, CommentedMap) else list(node)  # type: ignore[call-overload]
            for child in children:
                walk(child)

    walk(yaml_rt().load(text))
    return found


def _parsed(text: str, name: str, model: type[BaseModel]) -> tuple[Any, BaseModel | None]:
    """(plain data, validated model) of a text; (None, None) if it no longer loads."""
    loaded, _ = load_bytes(text.encode("utf-8"), name)
    if loaded is None:
        return None, None
    result, _ = validate(model, loaded, lang="en")
    return loaded.data, result


# --------------------------------------------------------------------------- files


def format_file(path: Path, *, lang: str = "id") -> tuple[str | None, str | None, list[Diagnostic]]:
    """(original text, canonical text, diagnostics); both texts None when the file is refused."""
    model = model_for(path)
    assert model is not None, path
    name = display_path(path)
    raw = path.read_bytes() if path.is_file() else b""
    loaded, diags = load_bytes(raw, name, lang=lang)
    if loaded is None:
        return None, None, diags
    before, diags = validate(model, loaded, lang=lang)
    if before is None:
        return None, None, diags
    original = raw.decode("utf-8-sig")
    new = format_text(original, model)
    if new != original:
        data, after = _parsed(new, name, model)
        if after != before or data != loaded.data:  # key order is layout, not data: dicts compare so
            raise FormatLossError(
                f"{name}: formatting would change the data; nothing written (please report this bug)"
            )
        if comments(new) != comments(original):
            raise FormatLossError(
                f"{name}: formatting would drop a comment; nothing written (please report this bug)"
            )
    return raw.decode("utf-8"), new, []


def files_to_format(
    paths: list[Path], *, lang: str = "id"
) -> tuple[list[Path], list[Path], list[Diagnostic]]:
    """(masterplan files named by `paths`, other files skipped, diagnostics for bad paths).

    A file is formatted alone (pre-commit passes the changed files); a folder means every
    masterplan file of every region inside it."""
    files: list[Path] = []
    skipped: list[Path] = []
    folders = [p for p in paths if not p.is_file()]
    for path in paths:
        if path.is_file():
            (files if model_for(path) else skipped).append(path)
    found, diags = region_folders(folders, lang=lang) if folders else ([], [])
    pillar_files = [p.file for p in catalog().pillars]
    for folder in found:
        files.extend(folder / name for name in [PLAN_FILE, *pillar_files] if (folder / name).is_file())
    unique = list(dict.fromkeys(f.resolve() for f in files))
    return unique, skipped, diags


def format_paths(paths: list[Path], *, write: bool, lang: str = "id") -> FormatReport:
    """Format (or with `write=False` only check) every masterplan file under `paths`."""
    files, skipped, diags = files_to_format(paths, lang=lang)
    report = FormatReport(skipped=skipped, diagnostics=diags)
    for path in files:
        try:
            original, new, file_diags = format_file(path, lang=lang)
        except FormatLossError as exc:  # the proof failed: this file stays exactly as it is
            report.refused.append(str(exc))
            continue
        report.diagnostics.extend(file_diags)
        if new is None:
            continue
        report.checked.append(path)
        if new != original:
            report.changed.append(path)
            if write:
                write_atomic(path, new)
    report.diagnostics.sort()
    return report


def describe(report: FormatReport, *, check: bool, lang: str = "id") -> tuple[list[str], str]:
    """(one line per changed file, a summary line) for the command line."""
    verb = "would_reformat" if check else "reformatted"
    lines = [word("fmt", verb, lang, path=display_path(p)) for p in report.changed]
    lines += [word("fmt", "skipped", lang, path=display_path(p)) for p in report.skipped]
    counts = {"checked": len(report.checked), "changed": len(report.changed)}
    summary = word("fmt", "summary_check" if check else "summary", lang, **counts)
    if report.diagnostics:
        refused = len({d.file for d in report.diagnostics if d.is_error})
        summary += word("fmt", "refused", lang, refused=refused)
    if report.refused:
        summary += word("fmt", "refused_loss", lang, refused=len(report.refused))
    return lines, summary
