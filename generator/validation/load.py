"""Read one YAML file into plain Python data plus the source position of every key and value.

We compose the node graph with libyaml (PyYAML's C loader, configured with ruamel.yaml's YAML 1.2
resolver rules: `yes`/`on` stay strings), then walk it ourselves instead of letting a constructor
build objects; every node carries its line and column. Measured on the 514-region corpus, this is
2.5× faster than composing through ruamel's Python layer (benchmarks/validate_bench.py); ruamel
stays the tool for round-trip editing (`fmt`, `import`). The walk is where the hostile cases are
caught, each as a diagnostic at its position:

* aliases (`*x`) and merge keys: a billion-laughs file composes instantly but explodes when
  expanded, and a self-referencing alias silently becomes null, so we refuse every alias;
* duplicate keys (YAML says undefined; the last one silently wins in most loaders);
* tags (`!!python/object`, `!custom`): data files have no use for them;
* implicit types: dates stay strings; only int, float, bool and null are recognised.

Tabs in indentation, invalid UTF-8, empty and oversized files are checked on the raw bytes first,
and so is nesting depth: libyaml's composer recurses in C, so a file of 100,000 `[` crashes the
interpreter outright. A file with many brackets is first measured on the event stream (iterative).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import yaml
from ruamel.yaml.resolver import implicit_resolvers
from yaml import MarkedYAMLError, YAMLError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.diagnostics import Diagnostic, make, syntax_opened, syntax_phrase

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 40
MAX_NUMBER_CHARS = 40  # a number written with more characters is refused (E013) before parsing it
# Below this many '[' and '{' flow nesting cannot reach a depth that endangers the C stack (10,000
# levels were measured safe); block nesting in a 1 MiB file is bounded near 1,450 by indentation.
BRACKETS_NEEDING_DEPTH_SCAN = 2000


class _Loader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    """libyaml with YAML 1.2 core-schema resolution (ruamel's table), not PyYAML's YAML 1.1."""

    yaml_implicit_resolvers: ClassVar[dict] = {}


for _versions, _tag, _regexp, _first in implicit_resolvers:
    if (1, 2) in _versions:
        _compiled = re.compile(_regexp.pattern, _regexp.flags)  # ruamel's are lazy proxies: slow per call
        for _ch in _first:
            _Loader.yaml_implicit_resolvers.setdefault(_ch, []).append((_tag, _compiled))

PathKey = tuple[str, ...]
_YAML_TAG = "tag:yaml.org,2002:"
_TAB_INDENT = re.compile(r"^[ ]*\t", re.MULTILINE)


@dataclass
class Loaded:
    """A parsed file: `data` as plain Python, and the node tree to find 1-based (line, column) of
    any key or value by its path. Positions are looked up only when a diagnostic needs one: the
    national corpus has millions of nodes and hardly any diagnostics."""

    file: str
    data: Any
    root: Node | None = None
    starts: list[int] | None = None  # where each line begins, when YAML and editors count lines apart

    def pos(self, node: Node) -> tuple[int, int]:
        return _pos(node, self.starts)

    def position(self, path: tuple[Any, ...], *, at_key: bool = False) -> tuple[int, int]:
        """The closest known position to `path`: the node itself, else its nearest ancestor."""
        key, value = self._trail(path)[-1]
        if value is None:
            return (1, 1)
        return self.pos(key) if at_key and key is not None else self.pos(value)

    def exact(self, path: tuple[Any, ...], *, at_key: bool = False) -> tuple[int, int] | None:
        """The position of exactly `path` (its key with `at_key`), or None if there is no such node."""
        trail = self._trail(path)
        if len(trail) != len(path) + 1:
            return None
        key, value = trail[-1]
        if at_key:
            return self.pos(key) if key is not None else None
        return self.pos(value) if value is not None else None

    def _trail(self, path: tuple[Any, ...]) -> list[tuple[Node | None, Node | None]]:
        """(key node, value node) for each level of `path` that exists, the root first. With
        duplicate keys the first one counts, as in `data`."""
        trail: list[tuple[Node | None, Node | None]] = [(None, self.root)]
        node = self.root
        for part in (str(p) for p in path):
            if isinstance(node, MappingNode):
                pair = next(
                    ((k, v) for k, v in node.value if isinstance(k, ScalarNode) and k.value == part), None
                )
                if pair is None:
                    break
                trail.append(pair)
                node = pair[1]
            elif isinstance(node, SequenceNode) and part.isdigit() and int(part) < len(node.value):
                node = node.value[int(part)]
                trail.append((None, node))
            else:
                break
        return trail


class _Refused(Exception):
    """Raised inside the walk for problems that make the rest of the tree meaningless."""

    def __init__(self, diag: Diagnostic):
        self.diag = diag


def display_path(path: Path) -> str:
    """Paths as the user typed them: relative to the working folder when possible."""
    # A symbolic link is shown where it is, not where it leads.
    real = path.parent.resolve() / path.name if path.is_symlink() else path.resolve()
    try:
        return str(real.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_file(path: Path, *, lang: str = "id") -> tuple[Loaded | None, list[Diagnostic]]:
    """Load `path`; on failure return None and the diagnostics that explain why."""
    name = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [make(name, 0, 0, "E001", lang=lang, reason=exc.strerror or str(exc))]
    return load_bytes(raw, name, lang=lang)


def load_bytes(raw: bytes, name: str, *, lang: str = "id") -> tuple[Loaded | None, list[Diagnostic]]:
    if len(raw) > MAX_FILE_BYTES:
        return None, [make(name, 0, 0, "E006", lang=lang, size=len(raw), limit=MAX_FILE_BYTES)]
    text, diag = _decode(raw, name, lang)
    if diag:
        return None, [diag]
    tabs = [_tab_diag(text, m.end(), name, lang) for m in _TAB_INDENT.finditer(text)]
    if tabs:
        return None, tabs
    try:
        too_deep = _too_deep(text) if _may_be_deep(text) else None
        if too_deep:
            return None, [make(name, too_deep[0], too_deep[1], "E009", lang=lang, limit=MAX_DEPTH)]
        node = yaml.compose(text, Loader=_Loader)
    except (YAMLError, RecursionError) as exc:
        # A library's own limit may trip first (libyaml >= 0.2.6 stops at 1,000 levels): our
        # limit, in the user's language, takes precedence over whatever the library reports.
        too_deep = _too_deep(text)
        if too_deep:
            return None, [make(name, too_deep[0], too_deep[1], "E009", lang=lang, limit=MAX_DEPTH)]
        return None, [_syntax_diag(exc, text, name, lang)]
    if node is None:
        return None, [make(name, 1, 1, "E007", lang=lang)]
    starts = _line_starts(text) if _UNUSUAL_BREAKS.search(text) else None
    if not isinstance(node, MappingNode):
        line, col = _pos(node, starts)
        return None, [make(name, line, col, "E008", lang=lang)]
    loaded = Loaded(name, None, node, starts)
    walker = _Walker(loaded, lang)
    try:
        loaded.data = walker.walk(node, None, depth=0)
    except _Refused as refused:
        walker.diags.append(refused.diag)
    except RecursionError:
        walker.diags.append(make(name, 1, 1, "E009", lang=lang, limit=MAX_DEPTH))
    if walker.diags:
        return None, walker.diags
    return loaded, []


def _may_be_deep(text: str) -> bool:
    """Cheap guard: only a file with many brackets can nest deep enough to endanger the C composer
    (block nesting is bounded by indentation: about 1,450 levels in a 1 MiB file)."""
    return text.count("[") + text.count("{") >= BRACKETS_NEEDING_DEPTH_SCAN


def _too_deep(text: str) -> tuple[int, int] | None:
    """Position of the first collection nested deeper than MAX_DEPTH, measured without recursion.

    PyYAML's pure-Python parser is iterative and has no depth limit of its own, so the answer does
    not depend on the installed libyaml; it stops at the first level too deep (streaming)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    assert mark is not None  # the parser marks every event it emits
                    return mark.line + 1, mark.column + 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except YAMLError:
        return None
    return None


def _decode(raw: bytes, name: str, lang: str) -> tuple[str, Diagnostic | None]:
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        return "", make(name, line, col, "E001", lang=lang, reason=f"byte 0x{raw[exc.start]:02x}")


def _tab_diag(text: str, end: int, name: str, lang: str) -> Diagnostic:
    line = text.count("\n", 0, end) + 1
    col = end - (text.rfind("\n", 0, end) + 1)
    return make(name, line, col, "E003", lang=lang)


def _syntax_diag(exc: Exception, text: str, name: str, lang: str) -> Diagnostic:
    """E002 in plain words from the catalogue; the library's English text only as a detail."""
    line, col = _error_position(exc, text)
    detail = _library_text(exc)
    problem, advice = syntax_phrase(detail, lang)
    context = getattr(exc, "context_mark", None)
    opened = _mark_position(context, text) if context is not None else None
    if opened is not None and opened != (line, col):
        problem += f" ({syntax_opened(*opened, lang)})"
    return make(name, line, col, "E002", lang=lang, problem=problem, advice=advice, detail=detail)


def _error_position(exc: Exception, text: str) -> tuple[int, int]:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        return _mark_position(mark, text)
    if isinstance(exc, yaml.reader.ReaderError):  # a control character: position is an index
        before = text[: exc.position]
        return before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
    return 1, 1


def _library_text(exc: Exception) -> str:
    if isinstance(exc, MarkedYAMLError):
        text = "; ".join(filter(None, [exc.context, exc.problem]))
    elif isinstance(exc, yaml.reader.ReaderError):
        text = f"unacceptable character #x{exc.character:04x}: {exc.reason}"
    else:
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


# YAML also ends lines at U+0085, U+2028 and U+2029; editors do not (nor does git): positions are
# recounted from the character index in files containing them, so line numbers match the editor.
_UNUSUAL_BREAKS = re.compile("[\x85\u2028\u2029]")
_EDITOR_BREAK = re.compile(r"\r\n|\r|\n")


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _EDITOR_BREAK.finditer(text)]


def _mark_position(mark: Any, text: str) -> tuple[int, int]:
    """1-based (line, column) of a parser mark, as an editor shows it."""
    if not _UNUSUAL_BREAKS.search(text):
        return mark.line + 1, mark.column + 1
    return _from_index(mark.index, _line_starts(text))


def _from_index(index: int, starts: list[int]) -> tuple[int, int]:
    line = bisect.bisect_right(starts, index) - 1
    return line + 1, index - starts[line] + 1


def _pos(node: Node, starts: list[int] | None = None) -> tuple[int, int]:
    if starts is not None:
        return _from_index(node.start_mark.index, starts)
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Walker:
    """Turns a composed node graph into plain data, refusing hazards."""

    def __init__(self, loaded: Loaded, lang: str):
        self.loaded = loaded
        self.lang = lang
        self.seen: set[int] = set()
        self.diags: list[Diagnostic] = []

    def walk(self, node: Node, where: Node | None, *, depth: int) -> Any:
        """`where` is the key this value belongs to (an alias is reported there: the aliased node
        itself only knows where its anchor was)."""
        if id(node) in self.seen:
            line, col = self.loaded.pos(where) if where is not None else (1, 1)
            raise _Refused(make(self.loaded.file, line, col, "E005", lang=self.lang))
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            raise _Refused(
                make(self.loaded.file, *self.loaded.pos(node), "E009", lang=self.lang, limit=MAX_DEPTH)
            )
        if isinstance(node, MappingNode):
            return self._mapping(node, depth)
        if isinstance(node, SequenceNode):
            self._check_tag(node, "seq")
            return [self.walk(item, where, depth=depth + 1) for item in node.value]
        assert isinstance(node, ScalarNode)  # the composer makes only these three kinds of node
        return self._scalar(node)

    def _mapping(self, node: MappingNode, depth: int) -> dict[Any, Any]:
        self._check_tag(node, "map")
        out: dict[Any, Any] = {}
        first_seen: dict[Any, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == _MERGE:
                raise _Refused(make(self.loaded.file, *self.loaded.pos(key_node), "E011", lang=self.lang))
            key = self._scalar(key_node)
            if key in first_seen:
                first = self.loaded.pos(first_seen[key])[0]
                self.diags.append(
                    make(
                        self.loaded.file,
                        *self.loaded.pos(key_node),
                        "E004",
                        lang=self.lang,
                        key=key,
                        first=first,
                    )
                )
                continue
            first_seen[key] = key_node
            out[key] = self.walk(value_node, key_node, depth=depth + 1)
        return out

    def _check_tag(self, node: Node, kind: str) -> None:
        if node.tag not in (_YAML_TAG + kind, None):
            raise _Refused(
                make(
                    self.loaded.file, *self.loaded.pos(node), "E010", lang=self.lang, tag=_short_tag(node.tag)
                )
            )

    def _scalar(self, node: ScalarNode) -> Any:
        convert = _CONVERTERS.get(node.tag)
        if convert is None:
            raise _Refused(
                make(
                    self.loaded.file, *self.loaded.pos(node), "E010", lang=self.lang, tag=_short_tag(node.tag)
                )
            )
        if node.style:  # quoted or block scalar: always text
            return node.value
        if convert in (_int, _float) and len(node.value) > MAX_NUMBER_CHARS:
            # Python refuses to parse ints beyond 4,300 digits; no field accepts anything near this.
            self.diags.append(
                make(self.loaded.file, *self.loaded.pos(node), "E013", lang=self.lang, limit=MAX_NUMBER_CHARS)
            )
            return None
        return convert(node.value)


def _short_tag(tag: str) -> str:
    """Tags as the user wrote them: 'tag:yaml.org,2002:python/object' → '!!python/object'."""
    return "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag


def _int(text: str) -> int:
    text = text.replace("_", "")
    if text[:2].lower() in ("0x", "0o") or text[1:3].lower() in ("0x", "0o"):
        return int(text, 0)
    return int(text, 10)


def _float(text: str) -> float:
    low = text.lower().replace("_", "")
    if low.endswith(".inf"):
        return float("-inf") if low.startswith("-") else float("inf")
    if low == ".nan":
        return float("nan")
    return float(low)


_SCALARS: dict[str, Callable[[str], Any]] = {
    "str": str,
    "int": _int,
    "float": _float,
    "bool": lambda t: t.lower() == "true",
    "null": lambda t: None,
    # Dates are strings: the schema decides which fields are dates and how they must look.
    "timestamp": str,
}
_CONVERTERS = {_YAML_TAG + name: convert for name, convert in _SCALARS.items()}
_MERGE = _YAML_TAG + "merge"
