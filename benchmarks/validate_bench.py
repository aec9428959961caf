"""How fast is `masterplan validate` on the national corpus, against bare YAML parsing?

    python benchmarks/validate_bench.py [--sizes 10,100,514] [--runs 3] [--profile 100] [--output FILE]

For each size N the corpus is generated into build/corpus-N if missing (benchmarks/make_corpus.py),
then, each as the median of --runs fresh processes: the whole `masterplan validate build/corpus-N`
command, and bare parses of the same files with ruamel's C safe loader and PyYAML's CSafeLoader (if
installed). The ratio is validate ÷ the fastest bare parse, both as whole processes (interpreter
start and imports included on both sides). Issue 7's target is ≤ 2 for N = 514.

With --profile N it then breaks validation of that corpus into stages (file reading, compose, walk,
pydantic, cross-checks, model build, import time), prints the hottest functions under cProfile,
and runs experiments that measure what the obvious optimisations would save.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

# Only the standard library at the top: the bare-parse children must not import more than their parser.
if __package__:
    from .common import PYTHON, ROOT, machine, markdown_table, measure, mib, secs, tree_stats
else:  # run as a script: benchmarks/ is on sys.path
    from common import PYTHON, ROOT, machine, markdown_table, measure, mib, secs, tree_stats  # type: ignore[no-redef]

THIS = Path(__file__).resolve()
_YAML_TAG = "tag:yaml.org,2002:"
_MAP, _SEQ = _YAML_TAG + "map", _YAML_TAG + "seq"
_SCALARS: dict[str, Callable[[str], Any]] = {}  # the walker's scalar rules, filled in by child_experiments


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


def child_stages(folder: Path) -> dict[str, float]:
    """CPU seconds of each stage of validating `folder` (stopwatches patched in, this process only).
    CPU rather than wall time: the figures then hold on a machine shared with other work."""
    began = time.process_time()
    import generator.cli  # noqa: F401  (what the command imports)
    from generator import load, validate

    timers: dict[str, float] = defaultdict(float)
    timers["import"] = time.process_time() - began

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                timers[name] += time.process_time() - start
        return wrapper

    if hasattr(load, "YAML"):  # compose is timed apart while the loader composes with ruamel.yaml
        class TimedYAML(load.YAML):  # type: ignore[misc,name-defined]
            def compose(self, stream: Any) -> Any:
                start = time.process_time()
                try:
                    return super().compose(stream)
                finally:
                    timers["compose"] += time.process_time() - start

        load.YAML = TimedYAML
    load.load_bytes = timed("load_bytes", load.load_bytes)
    validate.load_file = timed("load_file", validate.load_file)
    validate.validate = timed("pydantic", validate.validate)
    validate.run_checks = timed("checks", validate.run_checks)
    validate.check_evaluation = timed("checks", validate.check_evaluation)
    validate._build = timed("model", validate._build)
    validate._unknown_files = timed("scan", validate._unknown_files)
    start = time.process_time()
    result = validate.validate_paths([folder])
    programmes = sum(len(r.programmes) for r in result.regions)  # what the CLI summary touches
    timers["total"] = time.process_time() - start
    timers["read"] = timers.pop("load_file") - timers["load_bytes"]
    timers["walk"] = timers.pop("load_bytes") - timers["compose"]
    timers["other"] = timers["total"] - sum(timers[k] for k in ("read", "compose", "walk", "pydantic", "checks",
                                                                 "model", "scan"))
    return dict(timers, programmes=programmes)


def child_profile(folder: Path) -> str:
    from generator.validate import validate_paths

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
    lines = [f"{area:<28} {sec:6.2f} s  {sec / total:5.1%}" for area, sec in sorted(by_area.items(), key=lambda kv: -kv[1])]
    body = text.getvalue()
    body = body[body.index("   ncalls"):] if "   ncalls" in body else body
    return "Self time by area (under cProfile, which inflates Python-level code):\n" + "\n".join(lines) + "\n\n" + body


def _area(file: str, func: str) -> str:
    if "pydantic" in file or "pydantic" in func or "validate_python" in func:
        return "pydantic"
    if "ruamel" in file or "_ruamel_yaml" in func:
        return "ruamel (compose, resolver)"
    for name in ("load", "shape", "checks", "model", "validate", "diagnostics", "catalog", "schema"):
        if file.endswith(f"generator/{name}.py"):
            return f"generator/{name}.py"
    return "other (stdlib, builtins)"


def child_experiments(folder: Path) -> dict[str, float | None]:
    """CPU seconds of the alternatives an optimisation would pick, on the same files (best of 3).
    Nodes are dropped after each file, as validation does, so that the garbage collector does not
    inflate later figures."""
    import yaml as pyyaml
    from ruamel.yaml import YAML

    from generator import load
    from generator.schema import MasterplanFile, PillarFile
    from generator.schema_evaluation import EvaluationFile

    _SCALARS.update(load._SCALARS)
    paths = corpus_files(folder)
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    models = [MasterplanFile if p.name == "masterplan.yaml" else EvaluationFile if p.parent.name == "evaluations"
              else PillarFile for p in paths]
    loader = pyyaml_loader_yaml12()
    ruamel_compose = lambda t: YAML(typ="safe", pure=False).compose(t)
    fast_compose = lambda t: pyyaml.compose(t, Loader=loader)
    walk = lambda n: load._Walker(load.Loaded("f", None), "id").walk(n, (), depth=0)
    steps: list[tuple[str, Callable[[], float]]] = [
        ("load PyYAML C (the baseline)", lambda: _best(lambda: [pyyaml.load(t, Loader=pyyaml.CSafeLoader) for _, t in texts])),
        ("compose ruamel C (now)", lambda: _best(lambda: [ruamel_compose(t) and None for _, t in texts])),
        ("compose PyYAML C, YAML 1.2 resolver", lambda: _best(lambda: [fast_compose(t) and None for _, t in texts])),
        ("walk ruamel nodes, with positions (now)", lambda: _best_of_stage(texts, ruamel_compose, walk)),
        ("walk ruamel nodes, data only", lambda: _best_of_stage(texts, ruamel_compose, _data_only)),
        ("walk PyYAML nodes, with positions", lambda: _with_pyyaml(load, None, lambda: _best_of_stage(texts, fast_compose, walk))),
        ("walk PyYAML nodes, data only", lambda: _best_of_stage(texts, fast_compose, _data_only)),
        ("pydantic model_validate (now)", lambda: _pydantic_only(models, [fast_compose(t) for _, t in texts])),
        ("validate_paths (now)", lambda: _best(lambda: _validate(folder, stream=False), runs=1)),
        ("validate_paths, regions not kept", lambda: _best(lambda: _validate(folder, stream=True), runs=1)),
        ("validate_paths, regions not kept, no GC inside a region",
         lambda: _best(lambda: _validate(folder, stream=True, gc_off=True), runs=1)),
        ("all three + PyYAML compose (proposed)", lambda: _with_pyyaml(
            load, fast_compose, lambda: _best(lambda: _validate(folder, stream=True, gc_off=True), runs=1))),
    ]
    out: dict[str, float | None] = {}
    for label, step in steps:
        try:
            out[label] = step()
        except (AttributeError, TypeError, AssertionError):  # the generator has changed under the experiment
            out[label] = None
    return out


def _with_pyyaml(load: Any, compose: Callable[[str], Any] | None, fn: Callable[[], float]) -> float:
    """Run `fn` with generator.load walking PyYAML's nodes (and composing with `compose`, if given)."""
    with pyyaml_nodes(load), (pyyaml_composer(load, compose) if compose else contextlib.nullcontext()):
        return fn()


def _pydantic_only(models: list[Any], nodes: list[Any]) -> float:
    """Validation of every file's data alone; the data is freed on return (it would slow later figures)."""
    datas = [(model, _data_only(node)) for model, node in zip(models, nodes)]
    nodes.clear()
    return _best(lambda: [m.model_validate(d) and None for m, d in datas])


def _validate(folder: Path, *, stream: bool, gc_off: bool = False) -> None:
    """validate_paths as it is (`stream=False`), or region by region keeping only counts."""
    import gc

    from generator.checks_evaluation import check_config
    from generator.validate import EVALUATION_CONFIG, region_folders, validate_paths, validate_region

    if not stream:
        validate_paths([folder])
        return
    folders, _ = region_folders([folder])
    config, _ = check_config(EVALUATION_CONFIG, lang="id")
    for region_folder in folders:
        if gc_off:
            gc.disable()
        try:
            region, _ = validate_region(region_folder, config=config)
            assert region is not None and region.evaluations
        finally:
            gc.enable()


@contextlib.contextmanager
def pyyaml_nodes(load: Any) -> Iterator[None]:
    """Let generator.load's walker accept PyYAML's node classes (same attributes as ruamel's)."""
    from yaml import nodes

    saved = load.MappingNode, load.SequenceNode, load.ScalarNode
    load.MappingNode, load.SequenceNode, load.ScalarNode = nodes.MappingNode, nodes.SequenceNode, nodes.ScalarNode
    try:
        yield
    finally:
        load.MappingNode, load.SequenceNode, load.ScalarNode = saved


@contextlib.contextmanager
def pyyaml_composer(load: Any, compose: Callable[[str], Any]) -> Iterator[None]:
    saved = load.YAML

    class Shim:
        def __init__(self, **_: Any):
            pass

        def compose(self, text: str) -> Any:
            return compose(text)

    load.YAML = Shim
    try:
        yield
    finally:
        load.YAML = saved


def _best(fn: Callable[[], Any], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def _best_of_stage(texts: list[tuple[str, str]], compose: Callable[[str], Any], stage: Callable[[Any], Any]) -> float:
    """CPU time of `stage` alone over every file's composed node (composing is not counted)."""
    best = float("inf")
    for _ in range(3):
        spent = 0.0
        for _, text in texts:
            node = compose(text)
            start = time.process_time()
            stage(node)
            spent += time.process_time() - start
        best = min(best, spent)
    return best


def pyyaml_loader_yaml12() -> type:
    """PyYAML's C loader with ruamel's YAML 1.2 implicit resolvers: the same tags as today's loader
    (no `yes`/`on` booleans, no sexagesimal numbers)."""
    import yaml as pyyaml
    from ruamel.yaml.resolver import implicit_resolvers

    class Loader(pyyaml.CSafeLoader):  # type: ignore[misc,name-defined]
        yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, Any]]]] = {}

    for versions, tag, regexp, first in implicit_resolvers:
        if (1, 2) in versions:
            for ch in first:
                Loader.yaml_implicit_resolvers.setdefault(ch, []).append((tag, regexp))
    return Loader


def _data_only(node: Any) -> Any:
    """The walk without position bookkeeping: what recording positions lazily would cost."""
    tag = node.tag
    if tag == _MAP:
        out = {}
        for key_node, value_node in node.value:
            key = _data_only(key_node)
            if key in out:
                raise ValueError("duplicate key")
            out[key] = _data_only(value_node)
        return out
    if tag == _SEQ:
        return [_data_only(item) for item in node.value]
    if node.style in ("'", '"', "|", ">"):
        return node.value
    return _SCALARS[tag[len(_YAML_TAG):]](node.value)


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
        rows.append([size, files, f"{lines:,}", secs(validate.wall), secs(validate.cpu), mib(validate.rss_mb),
                     *(secs(b.wall) for b in bases.values()), fastest,
                     f"**{validate.wall / bases[fastest].wall:.2f}×**", f"{validate.cpu / bases[fastest].cpu:.2f}×"])
        inner.append([size, *(f"{secs(b.median_of('run'))} / {secs(b.cpu)} / {mib(b.rss_mb)}" for b in bases.values())])
    headers = ["N", "files", "lines", "validate wall", "validate CPU", "validate peak RSS", "ruamel C parse wall"]
    headers += ["PyYAML C parse wall"] if have_pyyaml else []
    headers += ["fastest parse", "validate ÷ fastest (wall)", "(CPU)"]
    inner_headers = ["N", "ruamel C: parse only / process CPU / peak RSS"]
    inner_headers += ["PyYAML C: parse only / process CPU / peak RSS"] if have_pyyaml else []
    return (f"Machine: {machine()}. Each figure is the median of {runs} fresh processes; the ratio compares "
            "whole processes (interpreter start and imports included on both sides).\n\n"
            + markdown_table(headers, rows)
            + "\n\nThe bare parses in detail (parse only = wall time of the parsing loop inside the process):\n\n"
            + markdown_table(inner_headers, inner))


def run_profile(size: int, seed: int, root: Path) -> str:
    folder = ensure_corpus(size, seed, root)
    startup = measure([PYTHON, "-c", "pass"], runs=3).wall
    stage_runs = measure([PYTHON, str(THIS), "--child", "stages", str(folder)], runs=3)
    stages = {k: stage_runs.median_of(k) for k in
              ("import", "read", "compose", "walk", "pydantic", "checks", "model", "scan", "other", "total")}
    total = stages["total"]
    rows = [["interpreter start (wall)", secs(startup), ""], ["imports (generator.cli)", secs(stages["import"]), ""]]
    rows += [[name, secs(stages[name]), f"{stages[name] / total:.0%}"] for name in
             ("read", "compose", "walk", "pydantic", "checks", "model", "scan", "other")]
    rows.append(["validate_paths total", secs(total), "100%"])
    prof = measure([PYTHON, str(THIS), "--child", "profile", str(folder)], runs=1).samples[0].stdout
    exp = json.loads(measure([PYTHON, str(THIS), "--child", "experiments", str(folder)], runs=1).samples[0].stdout)
    return (f"## Where validation time goes (N = {size}, CPU time, median of 3 in-process runs)\n\n"
            + markdown_table(["stage", "CPU time", "share of validate_paths"], rows)
            + "\n\n## Alternatives measured on the same files (CPU time, best of 3, in-process)\n\n"
            + markdown_table(["operation", "CPU time"], [[k, secs(v) if v is not None else "n/a"] for k, v in exp.items()])
            + f"\n\n## cProfile (N = {size})\n\n```\n{prof.strip()}\n```\n")


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
    parser.add_argument("--child", choices=["ruamel", "pyyaml", "stages", "profile", "experiments"],
                        help=argparse.SUPPRESS)
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
    runners: dict[str, Callable[[Path], dict[str, float]]] = {
        "ruamel": lambda f: child_parse("ruamel", f), "pyyaml": lambda f: child_parse("pyyaml", f),
        "stages": child_stages, "experiments": child_experiments,
    }
    print(json.dumps(runners[kind](folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
