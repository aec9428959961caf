"""How fast is `masterplan validate` on the national corpus, against bare YAML parsing?

    python benchmarks/validate_bench.py [--sizes 10,100,514] [--runs 3] [--profile 100] [--output FILE]

For each size N the corpus is generated into build/corpus-N if missing (benchmarks/make_corpus.py),
then, each as the median of --runs fresh processes: the whole `masterplan validate build/corpus-N`
command, and bare parses of the same files with ruamel's C safe loader and PyYAML's CSafeLoader (if
installed). The ratio is validate ÷ the fastest bare parse, both as whole processes (interpreter
start and imports included on both sides). Issue 7's target is ≤ 2 for N = 514.

With --profile N it then profiles validation of that corpus with cProfile (self time by area and
the hottest functions).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Only the standard library at the top: the bare-parse children must not import more than their parser.
if __package__:
    from .common import PYTHON, ROOT, machine, markdown_table, measure, mib, secs, tree_stats
else:  # run as a script: benchmarks/ is on sys.path
    from common import PYTHON, ROOT, machine, markdown_table, measure, mib, secs, tree_stats  # type: ignore[no-redef]

THIS = Path(__file__).resolve()


def corpus_files(folder: Path) -> list[Path]:
    """Every YAML file validation reads: masterplan, pillars and evaluation records."""
    return sorted([*folder.glob("*/*.yaml"), *folder.glob("*/evaluations/*.yaml")])


def ensure_corpus(size: int, seed: int, root: Path) -> Path:
    if __package__:
        from . import make_corpus as corpus
    else:
        import make_corpus as corpus  # type: ignore[no-redef]
    folder = root / f"corpus-{size}"
    if not corpus.is_complete(folder, size, seed):
        began = time.perf_counter()
        corpus.make_corpus(folder, size, seed)
        print(f"generated {folder} in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    return folder


# --------------------------------------------------------------------------- child processes
# Each measured stage runs in its own process (`--child KIND DIR`) and prints one JSON line with
# its in-process figures: `import` (seconds to import what it needs) and `run` (the work itself).


def child_parse(kind: str, folder: Path) -> dict[str, float]:
    began = time.perf_counter()
    if kind == "ruamel":
        from ruamel.yaml import YAML

        yaml = YAML(typ="safe", pure=False)
        load: Callable[[str], Any] = yaml.load
    else:
        import yaml as pyyaml

        load = lambda text: pyyaml.load(text, Loader=pyyaml.CSafeLoader)
    imported = time.perf_counter()
    for path in corpus_files(folder):
        load(path.read_text(encoding="utf-8"))
    return {"import": imported - began, "run": time.perf_counter() - imported}


def child_profile(folder: Path) -> str:
    from generator.validation.validate import validate_paths

    profiler = cProfile.Profile()
    profiler.enable()
    validate_paths([folder])
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("tottime").print_stats(18)
    by_area: dict[str, float] = defaultdict(float)
    for (file, _, func), row in stats.stats.items():  # type: ignore[attr-defined]
        by_area[_area(file, func)] += row[2]
    total = sum(by_area.values())
    lines = [
        f"{area:<28} {sec:6.2f} s  {sec / total:5.1%}"
        for area, sec in sorted(by_area.items(), key=lambda kv: -kv[1])
    ]
    body = text.getvalue()
    body = body[body.index("   ncalls") :] if "   ncalls" in body else body
    return (
        "Self time by area (under cProfile, which inflates Python-level code):\n"
        + "\n".join(lines)
        + "\n\n"
        + body
    )


def _area(file: str, func: str) -> str:
    if "pydantic" in file or "pydantic" in func or "validate_python" in func:
        return "pydantic"
    if "ruamel" in file or "_ruamel_yaml" in func:
        return "ruamel"
    if "/yaml/" in file or "_yaml" in file or "yaml." in func:
        return "PyYAML (compose, resolver)"
    for name in ("load", "shape", "checks", "model", "validate", "diagnostics", "catalog", "schema"):
        if file.endswith(f"generator/{name}.py"):
            return f"generator/{name}.py"
    return "other (stdlib, builtins)"


# --------------------------------------------------------------------------- the benchmark


def run_sizes(sizes: list[int], runs: int, seed: int, root: Path) -> str:
    have_pyyaml = _importable("yaml")
    rows, inner = [], []
    for size in sizes:
        folder = ensure_corpus(size, seed, root)
        files, lines, size_bytes = tree_stats(corpus_files(folder))
        print(f"N={size}: {files} files, {lines:,} lines, {size_bytes / 2**20:.0f} MiB", file=sys.stderr)
        validate = measure([PYTHON, "-m", "generator", "validate", str(folder)], runs=runs, cwd=ROOT)
        bases = {"ruamel C": measure([PYTHON, str(THIS), "--child", "ruamel", str(folder)], runs=runs)}
        if have_pyyaml:
            bases["PyYAML C"] = measure([PYTHON, str(THIS), "--child", "pyyaml", str(folder)], runs=runs)
        fastest = min(bases, key=lambda k: bases[k].wall)
        rows.append(
            [
                size,
                files,
                f"{lines:,}",
                secs(validate.wall),
                secs(validate.cpu),
                mib(validate.rss_mb),
                *(secs(b.wall) for b in bases.values()),
                fastest,
                f"**{validate.wall / bases[fastest].wall:.2f}×**",
                f"{validate.cpu / bases[fastest].cpu:.2f}×",
            ]
        )
        inner.append(
            [size, *(f"{secs(b.median_of('run'))} / {secs(b.cpu)} / {mib(b.rss_mb)}" for b in bases.values())]
        )
    headers = [
        "N",
        "files",
        "lines",
        "validate wall",
        "validate CPU",
        "validate peak RSS",
        "ruamel C parse wall",
    ]
    headers += ["PyYAML C parse wall"] if have_pyyaml else []
    headers += ["fastest parse", "validate ÷ fastest (wall)", "(CPU)"]
    inner_headers = ["N", "ruamel C: parse only / process CPU / peak RSS"]
    inner_headers += ["PyYAML C: parse only / process CPU / peak RSS"] if have_pyyaml else []
    return (
        f"Machine: {machine()}. Each figure is the median of {runs} fresh processes; the ratio compares "
        "whole processes (interpreter start and imports included on both sides).\n\n"
        + markdown_table(headers, rows)
        + "\n\nThe bare parses in detail (parse only = wall time of the parsing loop inside the process):\n\n"
        + markdown_table(inner_headers, inner)
    )


def run_profile(size: int, seed: int, root: Path) -> str:
    folder = ensure_corpus(size, seed, root)
    prof = measure([PYTHON, str(THIS), "--child", "profile", str(folder)], runs=1).samples[0].stdout
    return f"## cProfile of validate_paths (N = {size})\n\n```\n{prof.strip()}\n```\n"


def _importable(name: str) -> bool:
    try:
        __import__(name)
    except ImportError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,514", help="comma-separated corpus sizes")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--root", type=Path, default=ROOT / "build", help="where build/corpus-N folders live")
    parser.add_argument("--profile", type=int, default=100, help="corpus size to profile (0: skip)")
    parser.add_argument("--output", type=Path, help="also write the report to this Markdown file")
    parser.add_argument("--child", choices=["ruamel", "pyyaml", "profile"], help=argparse.SUPPRESS)
    parser.add_argument("folder", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.child, args.folder)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    report = "# Validation benchmark\n\n" + run_sizes(sizes, args.runs, args.seed, args.root) + "\n"
    if args.profile:
        report += "\n" + run_profile(args.profile, args.seed, args.root)
    print(report)
    if args.output:
        args.output.write_text(report, encoding="utf-8")
    return 0


def _child(kind: str, folder: Path) -> int:
    sys.path.insert(0, str(ROOT))
    if kind == "profile":
        print(child_profile(folder))
        return 0
    print(json.dumps(child_parse(kind, folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
