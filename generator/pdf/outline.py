"""Numbering of chapters, sections, tables and figures, collected while the body renders.

Templates call `outline.chapter(...)`, `outline.section(...)`, `outline.table(...)` in reading
order; numbers ("BAB III", "3.2", "Tabel 3.2") are therefore real text in the HTML (searchable,
extractable, the same in the outline and the table of contents) and the front matter (table of
contents, list of tables and figures) is rendered afterwards from what was collected.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.render.formatting import roman
from generator.words import words

ANNEX = "L"  # Lampiran


@dataclass
class Entry:
    """One heading, table or figure: its anchor id, its printed number and its title."""

    id: str
    number: str
    title: str
    level: int = 1
    front: bool = False  # front matter: page numbers in roman numerals

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip()


@dataclass
class Outline:
    """Stateful counters; one instance per document render."""

    lang: str = "id"
    headings: list[Entry] = field(default_factory=list)
    tables: list[Entry] = field(default_factory=list)
    figures: list[Entry] = field(default_factory=list)
    _chapter: int = 0
    _section: int = 0
    _sub: int = 0
    _table: int = 0
    _figure: int = 0
    _front: int = 0
    _annex: bool = False  # inside the unnumbered annex: sections and tables read "L.1", "Tabel L.1"

    @property
    def words(self) -> Mapping[str, str]:
        return words("outline", self.lang)

    def front(self, title: str) -> Entry:
        """An unnumbered front-matter heading (foreword, table of contents) listed in the TOC."""
        self._front += 1
        entry = Entry(f"front-{self._front}", "", title, front=True)
        self.headings.append(entry)
        return entry

    def chapter(self, title: str, *, numbered: bool = True) -> Entry:
        """A chapter heading; an unnumbered one (Lampiran) numbers what follows "L.1", "L.2"…, so
        its sections and tables never repeat the numbers of the last numbered chapter."""
        self._chapter += 1 if numbered else 0
        self._annex = not numbered
        self._section = self._sub = self._table = self._figure = 0
        number = f"{self.words['chapter']} {roman(self._chapter)}" if numbered else ""
        entry = Entry(f"bab-{len(self.headings) + 1}", number, title)
        self.headings.append(entry)
        return entry

    def section(self, title: str) -> Entry:
        self._section += 1
        self._sub = 0
        entry = Entry(f"sub-{self._key}-{self._section}", self._prefix(self._section), title, level=2)
        self.headings.append(entry)
        return entry

    def subsection(self, title: str, *, toc: bool = False) -> Entry:
        """Third-level heading; in the PDF outline always, in the printed TOC only when `toc`."""
        self._sub += 1
        number = f"{self._prefix(self._section)}.{self._sub}"
        entry = Entry(f"sub-{self._key}-{self._section}-{self._sub}", number, title, level=3 if toc else 4)
        self.headings.append(entry)
        return entry

    def table(self, title: str) -> Entry:
        self._table += 1
        entry = Entry(
            f"tabel-{len(self.tables) + 1}", f"{self.words['table']} {self._prefix(self._table)}", title
        )
        self.tables.append(entry)
        return entry

    def figure(self, title: str) -> Entry:
        self._figure += 1
        entry = Entry(
            f"gambar-{len(self.figures) + 1}", f"{self.words['figure']} {self._prefix(self._figure)}", title
        )
        self.figures.append(entry)
        return entry

    def toc(self) -> list[Entry]:
        """Entries of the printed table of contents: front matter first (it is rendered after the
        body but printed before it), then chapters, sections and the subsections marked `toc`."""
        return sorted((h for h in self.headings if h.level <= 3), key=lambda h: not h.front)

    @property
    def _key(self) -> str:
        return ANNEX if self._annex else str(self._chapter)

    def _prefix(self, n: int) -> str:
        if self._annex:
            return f"{ANNEX}.{n}"
        return f"{self._chapter}.{n}" if self._chapter else str(n)
