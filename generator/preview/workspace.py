"""The preview's view of masterplans/: every region validated once, then only the one that changed.

Diagnostics are kept per region folder, so that fixing one region clears exactly its problems,
and a region whose files are broken keeps its last valid model in the preview (the page stays,
the diagnostics are shown over it) until it is fixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.model.region import Region
from generator.validation.validate import PLAN_FILE, region_folders, validate_paths

TOP = ""  # problems that belong to no region (e.g. masterplans/ itself)


@dataclass
class Workspace:
    masterplans: Path
    lang: str = "id"
    problems: dict[str, list[Diagnostic]] = field(default_factory=dict)

    def load(self) -> list[Region]:
        """Validate every region; the valid ones, in folder order."""
        result = validate_paths([self.masterplans], lang=self.lang)
        self.problems = {}
        for diag in result.diagnostics:
            self.problems.setdefault(self.slug_of(Path(diag.file)), []).append(diag)
        return list(result.regions)

    def reload(self, slug: str) -> tuple[str, Region | None]:
        """Validate one region again: ('valid', region), ('invalid', None) or ('gone', None)."""
        if TOP in self.problems:  # e.g. masterplans/ was empty: is it still? (a listing, cheap)
            self.problems[TOP] = region_folders([self.masterplans], lang=self.lang)[1]
        folder = self.masterplans / slug
        if not (folder / PLAN_FILE).is_file():
            self.problems.pop(slug, None)
            return "gone", None
        result = validate_paths([folder], lang=self.lang)
        self.problems[slug] = list(result.diagnostics)
        if result.errors or not result.regions:
            return "invalid", None
        return "valid", result.regions[0]

    def slug_of(self, path: Path) -> str:
        """The region folder a file belongs to ('' if none)."""
        try:
            rel = path.resolve().relative_to(self.masterplans.resolve())
        except ValueError:
            return TOP
        return rel.parts[0] if rel.parts else TOP

    @property
    def errors(self) -> list[Diagnostic]:
        return sorted(d for ds in self.problems.values() for d in ds if d.is_error)

    @property
    def warnings(self) -> list[Diagnostic]:
        return sorted(d for ds in self.problems.values() for d in ds if not d.is_error)
