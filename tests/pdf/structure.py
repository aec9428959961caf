"""Read a tagged PDF's logical structure back with pypdf: what a screen reader and an archive see.

A full PDF/A or PDF/UA validator (veraPDF) cannot be installed here, so the tests check what can
be checked from the file itself: the structure tree's elements in reading order, the headings'
levels, tables (header cells and their /Scope), figures and their /Alt text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject


@dataclass
class Node:
    """One structure element: its type (H1, Table, TH, Figure…), attributes, children."""

    tag: str
    obj: DictionaryObject
    children: list[Node] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, tag: str) -> list[Node]:
        return [n for n in self.walk() if n.tag == tag]

    def attribute(self, key: str):
        """An attribute from /A (a dictionary or an array of them)."""
        owners = self.obj.get("/A")
        owners = owners.get_object() if owners is not None else None
        for owner in owners if isinstance(owners, ArrayObject) else [owners] if owners else []:
            owner = owner.get_object()
            if key in owner:
                return owner[key]
        return None


def tree(reader: PdfReader) -> Node:
    """The structure tree under /StructTreeRoot (marked-content ids are left out)."""
    root = reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    return _node("StructTreeRoot", root)


def _node(tag: str, obj: DictionaryObject) -> Node:
    node = Node(tag, obj)
    kids = obj.get("/K")
    kids = kids.get_object() if isinstance(kids, IndirectObject) else kids
    for kid in kids if isinstance(kids, ArrayObject) else [kids] if kids is not None else []:
        kid = kid.get_object() if isinstance(kid, IndirectObject) else kid
        if isinstance(kid, DictionaryObject) and "/S" in kid:
            node.children.append(_node(str(kid["/S"])[1:], kid))
    return node


def headings(root: Node) -> list[int]:
    """The levels of the H1…H6 elements in reading order."""
    return [int(n.tag[1]) for n in root.walk() if len(n.tag) == 2 and n.tag[0] == "H" and n.tag[1].isdigit()]


def text_of(node: Node, reader: PdfReader | None = None) -> str:
    """/Alt or /ActualText where set (figures), else ''."""
    for key in ("/Alt", "/ActualText"):
        if key in node.obj:
            return str(node.obj[key])
    return ""
