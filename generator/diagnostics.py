"""One diagnostic type for every problem found in a masterplan, and its printed forms.

Diagnostics are collected, never raised: every stage appends to a list, the CLI prints them all
sorted by file and line, like a compiler. Messages come from `data/messages.yaml` by code, in
Indonesian or English, so the wording lives in one data file rather than in `if` chains.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from ruamel.yaml import YAML

Severity = Literal["error", "warning"]
LANGS = ("id", "en")


@dataclass(frozen=True, order=True)
class Diagnostic:
    """A problem at a place: `file:line:col: severity CODE message`, plus an optional hint.

    `line` and `column` are 1-based as editors show them; 0 means "the whole file".
    """

    file: str
    line: int
    column: int
    code: str
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    hint: str | None = field(default=None, compare=False)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def location(self) -> str:
        return f"{self.file}:{self.line}:{self.column}" if self.line else self.file


def _messages() -> dict[str, dict[str, Any]]:
    return _vocabulary()["messages"]


@cache
def _vocabulary() -> dict[str, dict[str, Any]]:
    text = resources.files("generator").joinpath("data/messages.yaml").read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)


def phrase(table: str, key: str, lang: str) -> str | None:
    """A plain-language phrase from the `expected`, `found` or `patterns` tables, if known."""
    entry = _vocabulary()[table].get(key)
    return entry[lang if lang in LANGS else "id"] if entry else None


def syntax_phrase(library_text: str, lang: str) -> tuple[str, str]:
    """(problem, advice) in the user's language for a YAML parser's English problem text."""
    lang = lang if lang in LANGS else "id"
    vocab = _vocabulary()
    entry = next((e for key, e in vocab["syntax"].items() if key in library_text), vocab["syntax_generic"])
    return entry[lang], entry["hint"][lang]


def syntax_opened(line: int, column: int, lang: str) -> str:
    """'opened at line L, column C': where an unclosed quote or bracket began."""
    return _vocabulary()["syntax_opened"][lang if lang in LANGS else "id"].format(line=line, column=column)


def message_codes() -> dict[str, dict[str, Any]]:
    """Every documented code with its severity and templates (used by the README's list)."""
    return dict(_messages())


def make(file: str, line: int, column: int, code: str, /, *, lang: str = "id", **args: Any) -> Diagnostic:
    """Build a diagnostic from the message catalogue; `args` fill the `{placeholders}`."""
    entry = _messages()[code]
    lang = lang if lang in LANGS else "id"
    message = entry[lang].format(**args)
    hint_template = (entry.get("hint") or {}).get(lang)
    hint = hint_template.format(**args) if hint_template else None
    return Diagnostic(file, line, column, code, entry["severity"], message, hint or None)


# --------------------------------------------------------------------------- output formats


def visible(text: str) -> str:
    """Control and invisible formatting characters as escapes (`\\x1b`, `\\u202e`): a file's text
    printed to a terminal must not move the cursor, retitle the window or reorder what is shown."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def _source_line(path: str, line: int, cache_: dict[str, list[str]]) -> str | None:
    if line <= 0:
        return None
    if path not in cache_:
        try:
            # Lines as editors count them: only \n (and \r\n) end a line, not U+2028 or U+0085.
            cache_[path] = Path(path).read_bytes().decode("utf-8", "replace").split("\n")
        except OSError:
            cache_[path] = []
    lines = cache_[path]
    return lines[line - 1].removesuffix("\r") if line <= len(lines) else None


def format_text(diags: list[Diagnostic], *, context: bool = True) -> str:
    """Compiler-style lines, each followed by the source line, a caret, and the hint."""
    out: list[str] = []
    files: dict[str, list[str]] = {}
    for d in sorted(diags):
        out.append(visible(f"{d.location()}: {d.severity} {d.code} {d.message}"))
        src = _source_line(d.file, d.line, files) if context else None
        if src is not None and len(src) <= 300:
            shown = src.replace("\t", " ")
            before = visible(shown[: max(d.column - 1, 0)])  # the caret stays under the character
            out.append(f"    {visible(shown)}")
            out.append("    " + " " * len(before) + "^")
        if d.hint:
            out.append(visible(f"    hint: {d.hint}"))
    return "\n".join(out)


def format_json(diags: list[Diagnostic]) -> str:
    rows = [
        {
            "file": d.file,
            "line": d.line,
            "column": d.column,
            "code": d.code,
            "severity": d.severity,
            "message": d.message,
            "hint": d.hint,
        }
        for d in sorted(diags)
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2)


def _gh_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's runner unescapes it: a line break in a
    region's text must not start a second (forged) command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    """A workflow command's property value (file, title): also ':' and ',' end a property."""
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(diags: list[Diagnostic]) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's changed lines."""
    out = []
    for d in sorted(diags):
        kind = "error" if d.is_error else "warning"
        msg = d.message + (f" — {d.hint}" if d.hint else "")
        where = f"file={_gh_property(d.file)},line={max(d.line, 1)},col={max(d.column, 1)}"
        out.append(f"::{kind} {where},title={_gh_property(d.code)}::{_gh_data(msg)}")
    return "\n".join(out)


def format_sarif(diags: list[Diagnostic]) -> str:
    """SARIF 2.1.0 for GitHub code scanning."""
    codes = sorted({d.code for d in diags})
    results = [
        {
            "ruleId": d.code,
            "level": "error" if d.is_error else "warning",
            "message": {"text": d.message + (f" ({d.hint})" if d.hint else "")},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": d.file},
                        "region": {"startLine": max(d.line, 1), "startColumn": max(d.column, 1)},
                    }
                }
            ],
        }
        for d in sorted(diags)
    ]
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "masterplan",
                        "informationUri": "https://github.com/",
                        "rules": [
                            {"id": c, "shortDescription": {"text": _messages()[c]["en"]}} for c in codes
                        ],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


FORMATTERS = {"json": format_json, "github": format_github, "sarif": format_sarif}
