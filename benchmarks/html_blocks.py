"""How much of a site build goes into Python-Markdown, before and after pre-rendered HTML blocks?

    python benchmarks/html_blocks.py [--corpus 100] [--baseline REV] [--runs 1] [--lang id]

Generated tables, chips and lists are rendered to HTML by the templates and put into the page
after the Markdown conversion (pages.Page.blocks, `{% call m.html() %}`); only headings and text
are still Markdown. This builds the synthetic corpus (no PDFs, from scratch, one language) with
this checkout and with `--baseline` (a git revision before the change, checked out into a
temporary worktree and run with this same virtualenv), each in a fresh process, and prints for
both: build CPU, the CPU spent in `markdown.Markdown.convert` (timed by wrapping it, so the
figures are not distorted by a profiler: mkdocs' conversion of every page and ours of free-text
fields), in our page generation (model → Markdown and blocks, Markdown excluded), the rest
(validation, theme and navigation, search, writing), pages and HTML size, and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__:
    from .common import PYTHON, ROOT, machine, markdown_table, measure, mib, secs
    from .site_build import project_config
    from .validate_bench import ensure_corpus
else:  # run as a script: benchmarks/ is on sys.path
    from common import PYTHON, ROOT, machine, markdown_table, measure, mib, secs  # type: ignore[no-redef]
    from site_build import project_config  # type: ignore[no-redef]
    from validate_bench import ensure_corpus  # type: ignore[no-redef]

THIS = Path(__file__).resolve()


def default_baseline() -> str:
    """The commit before pre-rendered blocks came in (every generated table through Python-Markdown)."""
    added = subprocess.run(
        [
            "git",
            "log",
            "-1",
            "--diff-filter=A",
            "--format=%H",
            "HEAD",
            "--",
            "generator/site/mkdocs_blocks.py",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return f"{added[:12]}~1" if added else "HEAD"


def child(masterplans: Path, langs: tuple[str, ...]) -> None:
    """One build with the `generator` package found first on sys.path; prints a JSON line."""
    import markdown

    import generator
    from generator.publish.build import build

    spent = [0.0]
    convert = markdown.Markdown.convert

    def timed(self: markdown.Markdown, source: str) -> str:
        began = time.process_time()
        try:
            return convert(self, source)
        finally:
            spent[0] += time.process_time() - began

    markdown.Markdown.convert = timed  # type: ignore[method-assign]
    from generator.site import pages

    generating = [0.0]
    generate = pages.render_page  # every page is made by it, whether all at once or one at a time

    def generate_timed(*args: object, **kwargs: object) -> object:
        began, before = time.process_time(), spent[0]
        try:
            return generate(*args, **kwargs)  # type: ignore[arg-type]
        finally:  # Markdown inside it (free-text fields) is counted as Markdown
            generating[0] += time.process_time() - began - (spent[0] - before)

    pages.render_page = generate_timed  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="blocks-bench-") as tmp:
        config = project_config(Path(tmp), masterplans, root=Path(generator.__file__).parents[1])
        report = build(config_file=config, site_dir=Path(tmp) / "site", pdf=False, langs=langs)
        html = sum(p.stat().st_size for p in (Path(tmp) / "site").rglob("*.html"))
    figures = {
        "markdown": spent[0],
        "generate": generating[0],
        "pages": sum(report.pages.values()),
        "html_mb": html / 2**20,
        "code": str(Path(generator.__file__).parents[1]),
    }
    print(json.dumps(figures))


def bench(code: Path, masterplans: Path, langs: tuple[str, ...], runs: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(code))
    cmd = [PYTHON, str(THIS), "--child", str(masterplans), "--lang", ",".join(langs)]
    stats = measure(cmd, runs=runs, cwd=code, env=env)
    reported = json.loads(stats.samples[-1].stdout.strip().splitlines()[-1])["code"]
    if Path(reported).resolve() != code.resolve():  # the installed package shadowed the checkout
        raise RuntimeError(f"the build ran the code in {reported}, not {code}")
    return {
        "cpu": stats.cpu,
        "wall": stats.wall,
        "markdown": stats.median_of("markdown"),
        "generate": stats.median_of("generate"),
        "pages": stats.median_of("pages"),
        "html_mb": stats.median_of("html_mb"),
        "rss": stats.rss_mb,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=int, default=100, help="synthetic regions")
    parser.add_argument("--baseline", help="git revision to compare with (default: before the blocks)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--lang", default="id", help="id, en or all")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", type=Path, help="also write the results (Markdown) to this file")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    langs = ("id", "en") if args.lang == "all" else tuple(args.lang.split(","))
    if args.child:
        child(args.child, langs)
        return

    corpus = ensure_corpus(args.corpus, args.seed, ROOT / "build")
    args.baseline = args.baseline or default_baseline()
    with tempfile.TemporaryDirectory(prefix="blocks-baseline-") as tmp:
        before_code = Path(tmp) / "baseline"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(before_code), args.baseline],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        try:
            print(f"building {corpus.name} at {args.baseline}…", file=sys.stderr)
            before = bench(before_code, corpus, langs, args.runs)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(before_code)], cwd=ROOT, check=False)
    print(f"building {corpus.name} with this checkout…", file=sys.stderr)
    after = bench(ROOT, corpus, langs, args.runs)

    def row(name: str, b: dict[str, float]) -> list[object]:
        return [
            name,
            int(b["pages"]),
            secs(b["cpu"]),
            secs(b["markdown"]),
            f"{b['markdown'] / b['cpu']:.0%}",
            secs(b["generate"]),
            secs(b["cpu"] - b["markdown"] - b["generate"]),
            secs(b["wall"]),
            f"{b['html_mb']:.1f} MiB",
            mib(b["rss"]),
        ]

    headers = [
        "code",
        "pages",
        "build CPU",
        "Markdown",
        "share",
        "page generation",
        "rest",
        "wall",
        "HTML",
        "peak RSS",
    ]
    table = markdown_table(headers, [row(f"before ({args.baseline})", before), row("after", after)])
    ratios = (
        f"after/before: build CPU {after['cpu'] / before['cpu']:.2f}× "
        f"({1 - after['cpu'] / before['cpu']:.0%} less), "
        f"Markdown conversion {after['markdown'] / before['markdown']:.2f}×, "
        f"HTML {after['html_mb'] / before['html_mb']:.3f}×"
    )
    text = (
        f"Site build of {corpus.name} (no PDFs, from scratch, languages {'+'.join(langs)}), "
        f"median of {args.runs} run(s)\n{machine()}\n\n{table}\n\n{ratios}\n"
    )
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
