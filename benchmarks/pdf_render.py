"""PDF rendering benchmark: time and peak memory per document, and the speed-up of --jobs 2.

    python benchmarks/pdf_render.py [--repeat 3] [--regions masterplans] [--variants]

Each document (masterplan, quick-win briefing, and one report per evaluation) is rendered in a
fresh child process (so peak RSS is that document's alone, not the
benchmark's high-water mark); the median of `--repeat` runs is printed. Then every document of
every region is written with jobs=1 and jobs=2 and the wall-clock speed-up is printed.
`--variants` also compares PDF/A-3b with and without tags (the cost of the structure tree).
Figures, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader

from generator.pdf import documents, write_pdfs
from generator.validation.validate import validate_paths


def _render_once(folder: str, kind: str, evaluation: str | None, tags: bool, queue) -> None:
    """In a child: import, validate, render; report render seconds, peak RSS (MB), pages."""
    from generator.pdf import render

    region = validate_paths([Path(folder)]).regions[0]  # with its evaluations
    render.PDF_TAGS = tags
    start = time.perf_counter()
    data, _ = render.render_pdf(region, kind=kind, evaluation=evaluation)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((seconds, peak_mb, len(PdfReader(io.BytesIO(data)).pages), len(data)))


def measure(
    folder: Path, kind: str, evaluation: str | None = None, *, repeat: int, tags: bool = True
) -> tuple[float, float, int, int]:
    ctx = multiprocessing.get_context("spawn")
    runs = []
    for _ in range(repeat):
        queue = ctx.Queue()
        proc = ctx.Process(target=_render_once, args=(str(folder), kind, evaluation, tags, queue))
        proc.start()
        runs.append(queue.get())
        proc.join()
    return (
        statistics.median(r[0] for r in runs),
        statistics.median(r[1] for r in runs),
        runs[0][2],
        runs[0][3],
    )


def speedup(regions, repeat: int) -> tuple[float, float]:
    times = {}
    for jobs in (1, 2):
        samples = []
        for _ in range(repeat):
            with tempfile.TemporaryDirectory() as out:
                start = time.perf_counter()
                write_pdfs(regions, Path(out), jobs=jobs, progress=False)
                samples.append(time.perf_counter() - start)
        times[jobs] = statistics.median(samples)
    return times[1], times[2]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--regions", type=Path, default=ROOT / "masterplans")
    parser.add_argument("--variants", action="store_true", help="also time PDF/A-3b without tags")
    parser.add_argument("--speedup-only", action="store_true", help="skip the per-document figures")
    args = parser.parse_args()

    result = validate_paths([args.regions])
    if result.errors:
        sys.exit(f"{len(result.errors)} validation errors: run `masterplan validate` first")
    print(f"{'document':50} {'pages':>5} {'size':>8} {'render s':>9} {'peak MB':>8}")
    for region in [] if args.speedup_only else result.regions:
        for name, kind, evaluation in documents(region):
            seconds, peak, pages, size = measure(region.folder, kind, evaluation, repeat=args.repeat)
            print(f"{name:50} {pages:5d} {size / 1024:7.0f}K {seconds:9.2f} {peak:8.0f}")
            if args.variants:
                untagged, peak_u, _, size_u = measure(
                    region.folder, kind, evaluation, repeat=args.repeat, tags=False
                )
                print(
                    f"{'  without tags':50} {'':5} {size_u / 1024:7.0f}K {untagged:9.2f} {peak_u:8.0f}"
                    f"   (tags cost {100 * (seconds / untagged - 1):+.0f}%)"
                )
    load_before = os.getloadavg()[0]
    one, two = speedup(result.regions, args.repeat)
    count = sum(len(documents(region)) for region in result.regions)
    print(
        f"\nall {count} documents: jobs=1 {one:.1f} s, jobs=2 {two:.1f} s, speed-up {one / two:.2f}×"
        f" (median of {args.repeat}, includes worker start-up)"
    )
    # the speed-up needs two idle cores: other work on the machine understates it
    print(f"1-minute load average just before the jobs measurement: {load_before:.1f}")


if __name__ == "__main__":
    main()
