"""Render many documents, in a pool of reused worker processes, with a progress bar on a terminal.

WeasyPrint is CPU-bound and single-threaded, so documents are spread over processes. Importing it
costs ~0.65 s, so the workers come from a fork server that has imported the renderer once and
live for the whole batch. Each job is one document (region, kind, evaluation slug); results come back in completion
order but the returned list follows input order, so callers (and the SHA256SUMS file) are stable.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections.abc import Callable, Collection
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from generator.model.region import Region
from generator.pdf.write import documents, write_pdf

PRELOAD = ["generator.pdf.render"]
LOG = logging.getLogger("masterplan.pdf")


# (region, output path, kind, evaluation slug or None)
Task = tuple[Region, Path, str, str | None]


def _job(region: Region, path: Path, kind: str, evaluation: str | None, strict: bool) -> list[str]:
    return write_pdf(region, path, kind=kind, evaluation=evaluation, strict=strict)


def _progress(total: int, enabled: bool) -> AbstractContextManager[Any]:
    """A rich progress bar on an interactive stderr; nothing in CI logs or pipes."""
    if not (enabled and sys.stderr.isatty()):
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("PDF"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=Console(stderr=True),
        transient=True,
    )


def render_all(
    regions: list[Region],
    out_dir: Path,
    *,
    jobs: int,
    strict: bool,
    progress: bool,
    kinds: Collection[str] | None = None,
) -> list[Path]:
    """Write every document of every region (or only those of `kinds`) into `out_dir`; raise
    `PdfError` on the first failure (strict) after the other jobs have finished, so no worker is
    killed mid-write."""
    tasks: list[Task] = [
        (region, out_dir / name, kind, evaluation)
        for region in regions
        for name, kind, evaluation in documents(region)
        if kinds is None or kind in kinds
    ]
    with _progress(len(tasks), progress) as bar:
        task_id = bar.add_task("", total=len(tasks)) if bar else None

        def advance(path: Path, warnings: list[str]) -> None:
            for message in warnings:
                if bar is not None:  # above the bar, not through it
                    bar.console.print(f"{path.name}: {message}", markup=False, highlight=False)
                else:  # through logging: the caller (the build) decides how to show them
                    LOG.warning("%s: %s", path.name, message)
            if bar is not None:
                bar.update(task_id, advance=1, description=path.name)

        if jobs <= 1 or len(tasks) <= 1:
            for region, path, kind, evaluation in tasks:
                advance(path, _job(region, path, kind, evaluation, strict))
            return [task[1] for task in tasks]
        return _in_pool(tasks, jobs, strict, advance)


def _in_pool(
    tasks: list[Task], jobs: int, strict: bool, advance: Callable[[Path, list[str]], None]
) -> list[Path]:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    errors: list[BaseException] = []
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context) as pool:
        # longest first (masterplans, the biggest regions), so no worker is left with a long job at the end
        ordered = sorted(tasks, key=lambda t: (t[2] != "masterplan", -len(t[0].programmes)))
        futures: dict[Future, Path] = {
            pool.submit(_job, region, path, kind, evaluation, strict): path
            for region, path, kind, evaluation in ordered
        }
        for future in as_completed(futures):
            error = future.exception()
            if error is not None:
                errors.append(error)
            advance(futures[future], [] if error else future.result())
    if errors:
        raise errors[0]
    return [task[1] for task in tasks]
