"""Validate region folders: load every file, check shapes, cross-check, build the model.

This is the only entry point renderers and the CLI use to get a `Region`: nothing downstream
ever sees raw YAML. A region with any error yields no model, only diagnostics.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.catalog import catalog
from generator.diagnostics import Diagnostic, make
from generator.model.evaluation import Evaluation
from generator.model.region import PillarPart, Region
from generator.schema.evaluation import EvaluationConfig, EvaluationFile
from generator.schema.plan import (
    Agency,
    ElementStrategy,
    MasterplanFile,
    Period,
    PillarFile,
    Programme,
    QuickWin,
)
from generator.validation.cache import ValidationCache, collector_paused
from generator.validation.checks import Draft, PillarDraft, run_checks
from generator.validation.checks_evaluation import check_config, check_evaluation, check_recommendations
from generator.validation.checks_planning import run_planning_checks
from generator.validation.load import Loaded, display_path, load_bytes, load_file
from generator.validation.shape import salvage, salvage_field, salvage_items, validate
from generator.validation.slugs import slug_problem, slugify
from generator.words import word

PLAN_FILE = "masterplan.yaml"
EVALUATION_CONFIG = Path(__file__).resolve().parents[1] / "data" / "evaluation.yaml"
MAX_REGION_BYTES = 8 * 1024 * 1024  # all YAML of one region; each file is also capped (load.MAX_FILE_BYTES)
KNOWN_FOLDERS = {"assets", "evaluations"}


@dataclass
class Result:
    regions: list[Region] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    region_count: int = 0
    valid_count: int = 0
    programme_count: int = 0
    quick_win_count: int = 0

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]


def region_folders(paths: list[Path], *, lang: str = "id") -> tuple[list[Path], list[Diagnostic]]:
    """Region folders named by `paths`: a region folder, a file inside one, or a folder of regions."""
    found: list[Path] = []
    diags: list[Diagnostic] = []
    for path in paths:
        owner = (
            next((p for p in path.parents[:2] if (p / PLAN_FILE).exists()), None) if path.is_file() else None
        )
        if owner is not None:
            found.append(owner)
        elif (path / PLAN_FILE).exists():
            found.append(path)
        elif path.is_dir() and (subs := sorted(p.parent for p in path.glob(f"*/{PLAN_FILE}"))):
            found.extend(subs)
        elif path.is_dir() and path.name not in KNOWN_FOLDERS and any(path.glob("*.yaml")):
            diags.append(make(display_path(path / PLAN_FILE), 0, 0, "E020", lang=lang, name=PLAN_FILE))
        else:
            diags.append(make(display_path(path), 0, 0, "E022", lang=lang, path=str(path)))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, diags


def validate_paths(
    paths: list[Path], *, lang: str = "id", keep: bool = True, cache_dir: Path | None = None
) -> Result:
    """Validate every region under `paths`. With keep=False the regions are counted, not kept:
    `masterplan validate` on the national corpus then needs one region's memory, not all.
    `cache_dir`: reuse the outcome of regions whose files did not change (cache.py)."""
    folders, diags = region_folders(paths, lang=lang)
    config, config_diags = check_config(EVALUATION_CONFIG, lang=lang)
    result = Result(diagnostics=diags + config_diags, region_count=len(folders))
    across = _AcrossRegions(lang)
    cache = ValidationCache(cache_dir, lang=lang) if cache_dir is not None and config is not None else None
    # Kept regions are never garbage: no collector passes over them while they accumulate (they
    # grew with the corpus: loading 514 regions from the cache took 5 s instead of 1.5 s)
    with collector_paused() if keep else contextlib.nullcontext():
        for folder in folders:
            _one(result, across, cache, folder, lang=lang, config=config, keep=keep)
    result.diagnostics.sort()
    return result


def _one(
    result: Result,
    across: _AcrossRegions,
    cache: ValidationCache | None,
    folder: Path,
    *,
    lang: str,
    config: EvaluationConfig | None,
    keep: bool,
) -> None:
    region, region_diags = _cached(cache, folder, lang=lang, config=config)
    region_diags += across.slug(folder)
    if region is not None:
        region_diags += across.province(region)
    result.diagnostics.extend(region_diags)
    if region is not None and not any(d.is_error for d in region_diags):
        result.valid_count += 1
        result.programme_count += len(region.programmes)
        result.quick_win_count += len(region.quick_wins)
        if keep:
            result.regions.append(region)
        else:
            region.evaluations.clear()  # breaks the region ↔ evaluation cycle: freed at once


def _cached(
    cache: ValidationCache | None, folder: Path, *, lang: str, config: EvaluationConfig | None
) -> tuple[Region | None, list[Diagnostic]]:
    """`validate_region`, or its outcome from an earlier build when the folder did not change."""
    if cache is None:
        with collector_paused():
            return validate_region(folder, lang=lang, config=config)
    key = cache.key(folder)
    found = cache.get(folder, key)
    if found is None:
        with collector_paused():
            found = validate_region(folder, lang=lang, config=config)
        cache.put(folder, key, found)
    region, diags = found
    return region, list(diags)


def validate_region(
    folder: Path, *, lang: str = "id", config: EvaluationConfig | None = None
) -> tuple[Region | None, list[Diagnostic]]:
    draft = Draft(slug=folder.name, folder=folder)
    size = sum(
        p.stat().st_size for p in [*folder.glob("*.y*ml"), *folder.glob("evaluations/*.y*ml")] if p.is_file()
    )
    if size > MAX_REGION_BYTES:
        return None, [make(display_path(folder), 0, 0, "E012", lang=lang, size=size, limit=MAX_REGION_BYTES)]
    diags = _slug(folder, lang) + _unknown_files(folder, lang)
    loaded_plan, plan_diags = load_file(folder / PLAN_FILE, lang=lang)
    diags += plan_diags
    if loaded_plan:
        diags += _shape_plan(draft, loaded_plan, lang)
    elif plan_diags and all(d.code == "E003" for d in plan_diags):
        _salvage_tabbed_plan(draft, folder / PLAN_FILE)
    for pillar in catalog().pillars:
        path = folder / pillar.file
        if not path.exists():
            continue  # reported once by the cross-checks (E210)
        loaded, load_diags = load_file(path, lang=lang)
        diags += load_diags
        if loaded:
            diags += _shape_pillar(draft, pillar.code, loaded, lang)
    diags += run_checks(draft, lang=lang)
    diags += run_planning_checks(draft, lang=lang)
    if any(d.is_error for d in diags):
        return None, diags + _load_evaluations(folder, None, config, lang)
    region = _build(draft)
    diags += _load_evaluations(folder, region, config, lang)
    if any(d.is_error for d in diags):
        return None, diags
    return region, diags


def _load_evaluations(
    folder: Path, region: Region | None, config: EvaluationConfig | None, lang: str
) -> list[Diagnostic]:
    """Load and check `evaluations/*.yaml`; attach valid ones to `region`. Without a valid
    masterplan (region None) or reference data (config None) only the files' own shape is checked."""
    diags: list[Diagnostic] = []
    shaped: list[tuple[Path, EvaluationFile, Loaded]] = []
    failed: set[str] = set()
    for path in sorted((folder / "evaluations").glob("*.y*ml")):
        loaded, load_diags = load_file(path, lang=lang)
        diags += load_diags
        if loaded is None:
            continue
        data, shape_diags = validate(EvaluationFile, loaded, lang=lang)
        diags += shape_diags
        if not isinstance(data, EvaluationFile) or region is None or config is None:
            continue
        found = check_evaluation(region, path, loaded, data, config, lang=lang)
        diags += found
        shaped.append((path, data, loaded))
        if any(d.is_error for d in found):
            failed.add(loaded.file)
    if region is None or config is None:
        return diags
    # across records (every well-formed one, so one faulty file does not orphan later follow-ups)
    across = check_recommendations([(data, loaded) for _, data, loaded in shaped], lang=lang)
    diags += across
    failed |= {d.file for d in across if d.is_error}
    for path, data, loaded in shaped:
        if loaded.file not in failed:
            region.evaluations.append(Evaluation(data, path, region, config))
            region.files.append(path)
    region.evaluations.sort(key=lambda e: (e.data.year, e.data.stage))
    return diags


def _shape_plan(draft: Draft, loaded: Loaded, lang: str) -> list[Diagnostic]:
    draft.plan_loaded = loaded
    plan, diags = validate(MasterplanFile, loaded, lang=lang)
    if isinstance(plan, MasterplanFile):
        draft.plan, draft.period = plan, plan.period
        draft.agencies = list(enumerate(plan.agencies))
    else:
        draft.plan = salvage(MasterplanFile, loaded.data)
        period = salvage_field(MasterplanFile, "period", loaded.data)
        draft.period = period if isinstance(period, Period) else None
        draft.agencies = _agency_codes(loaded.data)
    return diags


def _salvage_tabbed_plan(draft: Draft, path: Path) -> None:
    """Read a masterplan.yaml refused only for tabs in its indentation once more, tabs as spaces,
    to learn its period and agency codes: the pillar files' references are then still checked
    (the tab errors are the file's only diagnostics; nothing else is reported from this reading)."""
    text = path.read_bytes().decode("utf-8-sig", "replace")
    for width in (2, 4, 8):
        spaced = _LEADING_TABS.sub(functools.partial(_expand, width=width), text)
        loaded, _ = load_bytes(spaced.encode("utf-8"), str(path))
        if loaded is not None and isinstance(loaded.data, dict):
            period = salvage_field(MasterplanFile, "period", loaded.data)
            draft.period = period if isinstance(period, Period) else None
            draft.agencies = _agency_codes(loaded.data)
            return


_LEADING_TABS = re.compile(r"^[ \t]+", re.MULTILINE)


def _expand(match: re.Match[str], *, width: int) -> str:
    return match[0].expandtabs(width)


def _agency_codes(data: object) -> list[tuple[int, Agency]] | None:
    """Agency codes as written, even if an entry is invalid: its own error is reported once, and
    references to it should not cascade into an error on every programme that names it."""
    rows = data.get("agencies") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        return None
    return [
        (i, Agency.model_construct(code=row["code"], name=str(row.get("name", ""))))
        for i, row in enumerate(rows)
        if isinstance(row, dict) and isinstance(row.get("code"), str)
    ]


def _shape_pillar(draft: Draft, code: str, loaded: Loaded, lang: str) -> list[Diagnostic]:
    data, diags = validate(PillarFile, loaded, lang=lang)
    pd = PillarDraft(code=code, loaded=loaded, data=data if isinstance(data, PillarFile) else None)
    if isinstance(data, PillarFile):
        pd.programmes = list(enumerate(data.programmes))
        pd.quick_wins = list(enumerate(data.quick_wins))
        pd.strategy = list(enumerate(data.strategy))
    else:
        raw = loaded.data if isinstance(loaded.data, dict) else {}
        pd.programmes = salvage_items(Programme, raw.get("programmes"))
        pd.quick_wins = salvage_items(QuickWin, raw.get("quick_wins"))
        pd.strategy = salvage_items(ElementStrategy, raw.get("strategy"))
    draft.pillars[code] = pd
    return diags


def _slug(folder: Path, lang: str) -> list[Diagnostic]:
    problem = slug_problem(folder.name)
    if problem is None:
        return []
    reason = word("validation", f"slug_{problem}", lang)
    return [make(display_path(folder), 0, 0, "E023", lang=lang, name=folder.name, reason=reason)]


class _AcrossRegions:
    """What must be unique across the regions of one build: slugs, and province page names."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.slugs: dict[str, Path] = {}
        self.provinces: dict[str, tuple[str, Path]] = {}

    def slug(self, folder: Path) -> list[Diagnostic]:
        other = self.slugs.setdefault(folder.name, folder)
        if other == folder:
            return []
        where = display_path(other)
        return [make(display_path(folder), 0, 0, "E025", lang=self.lang, slug=folder.name, other=where)]

    def province(self, region: Region) -> list[Diagnostic]:
        name = region.plan.region.province
        key = slugify(name)
        other, where = self.provinces.setdefault(key, (name, region.folder))
        if other == name:
            return []
        path = region.folder / PLAN_FILE
        loaded, _ = load_file(path, lang=self.lang)
        line, col = loaded.position(("region", "province")) if loaded else (0, 0)
        shown = display_path(where / PLAN_FILE)
        args = {"name": name, "other": other, "where": shown, "slug": key}
        return [make(display_path(path), line, col, "E026", lang=self.lang, **args)]


def _unknown_files(folder: Path, lang: str) -> list[Diagnostic]:
    """Warn about stray files: a misspelt `goverance.yaml` would otherwise be silently ignored."""
    known = [PLAN_FILE] + [p.file for p in catalog().pillars]
    diags = []
    for path in sorted(folder.iterdir()):
        if path.name in known or path.name.startswith(".") or (path.is_dir() and path.name in KNOWN_FOLDERS):
            continue
        if path.suffix in (".yaml", ".yml") or path.is_dir():
            close = difflib.get_close_matches(path.name, known, n=1, cutoff=0.6)
            tip = word("validation", "did_you_mean", lang, choice=close[0]) if close else ""
            diags.append(make(display_path(path), 0, 0, "W021", lang=lang, name=path.name, suggestion=tip))
    return diags


def _build(draft: Draft) -> Region:
    assert draft.plan is not None
    cat = catalog()
    parts = []
    for pillar in cat.pillars:
        data = draft.pillars[pillar.code].data
        assert data is not None
        parts.append(PillarPart(pillar, data))
    files = [draft.folder / PLAN_FILE] + [draft.folder / p.file for p in cat.pillars]
    return Region(slug=draft.slug, folder=draft.folder, plan=draft.plan, parts=parts, files=files, cat=cat)
