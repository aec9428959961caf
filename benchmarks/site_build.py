"""How long does the site take to build, and how much of that is ours rather than mkdocs'?

    python benchmarks/site_build.py [--corpus 100] [--runs 3] [--lang all|id|en] [--output FILE]

Builds (no PDFs) the samples in masterplans/ and, unless --corpus 0, the synthetic corpus of N
regions (generated into build/corpus-N by benchmarks/make_corpus.py if missing). Each build runs
`generator.publish.build.build` in a fresh process; figures are medians of --runs runs:

- validate: reading and validating the YAML (once per build, shared by both languages);
- generate: our page generation inside the mkdocs plugin (Jinja templates, charts, nav, open-data
  files, revision histories from git: the samples are in git, the synthetic corpus is not);
- mkdocs: the rest of each mkdocs build (Markdown, theme and nav rendering, search index, copying);
- total: the whole `build()` call; plus pages, HTML size and search-index size of the result.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

if __package__:
    from .common import PYTHON, ROOT, machine, markdown_table, measure, mib, secs
    from .validate_bench import ensure_corpus
else:  # run as a script: benchmarks/ is on sys.path
    from common import PYTHON, ROOT, machine, markdown_table, measure, mib, secs  # type: ignore[no-redef]
    from validate_bench import ensure_corpus  # type: ignore[no-redef]

THIS = Path(__file__).resolve()


def project_config(folder: Path, masterplans: Path, root: Path = ROOT) -> Path:
    """An mkdocs.yml in `folder` identical to `root`'s (a checkout) but reading `masterplans`."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: templates/site/docs", f"docs_dir: {root / 'templates/site/docs'}")
    text = text.replace(
        "custom_dir: templates/site/overrides", f"custom_dir: {root / 'templates/site/overrides'}"
    )
    text = text.replace("  - masterplan\n", f"  - masterplan:\n      masterplans: {masterplans}\n")
    config = folder / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def child(masterplans: Path, langs: tuple[str, ...]) -> None:
    """One build; prints its figures as a JSON line."""
    from generator.publish.build import build

    with tempfile.TemporaryDirectory(prefix="site-bench-") as tmp:
        config = project_config(Path(tmp), masterplans)
        began = time.perf_counter()
        report = build(config_file=config, site_dir=Path(tmp) / "site", pdf=False, langs=langs)
        total = time.perf_counter() - began
        site = Path(tmp) / "site"
        html = sum(p.stat().st_size for p in site.rglob("*.html"))
        index = site / "search" / "search_index.json"
        figures = {
            "total": total,
            "validate": report.timings["validate"],
            "regions": len(report.regions),
            "pages": sum(report.pages.values()),
            "html_mb": html / 2**20,
            "search_kb": index.stat().st_size / 1024 if index.exists() else 0.0,
        }
        for lang in langs:
            generate = report.timings[f"generate-{lang}"]
            figures[f"generate_{lang}"] = generate
            figures[f"mkdocs_{lang}"] = report.timings[f"mkdocs-{lang}"] - generate
    print(json.dumps(figures))


def bench(masterplans: Path, langs: tuple[str, ...], runs: int) -> list[object]:
    cmd = [PYTHON, str(THIS), "--child", str(masterplans), "--lang", ",".join(langs)]
    stats = measure(cmd, runs=runs, cwd=ROOT)
    row: list[object] = [
        masterplans.name,
        int(stats.median_of("regions")),
        int(stats.median_of("pages")),
        secs(stats.median_of("validate")),
    ]
    generate = sum(stats.median_of(f"generate_{lang}") for lang in langs)
    mkdocs = sum(stats.median_of(f"mkdocs_{lang}") for lang in langs)
    row += [
        secs(generate),
        secs(mkdocs),
        f"{generate / (generate + mkdocs):.0%}",
        secs(stats.median_of("total")),
        f"{stats.median_of('html_mb'):.1f} MiB",
        f"{stats.median_of('search_kb'):.0f} KiB",
        mib(stats.rss_mb),
    ]
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=int, default=100, help="synthetic regions (0: samples only)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lang", default="all", help="id, en or all (both, as `masterplan build` does)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", type=Path, help="also write the results (Markdown) to this file")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    langs = ("id", "en") if args.lang == "all" else tuple(args.lang.split(","))
    if args.child:
        child(args.child, langs)
        return

    targets = [ROOT / "masterplans"]
    if args.corpus:
        targets.append(ensure_corpus(args.corpus, args.seed, ROOT / "build"))
    rows = []
    for target in targets:
        print(f"building {target.name} ({args.runs} runs)…", file=sys.stderr)
        rows.append(bench(target, langs, args.runs))
    headers = [
        "corpus",
        "regions",
        "pages",
        "validate",
        "generate (ours)",
        "mkdocs",
        "ours",
        "total",
        "HTML",
        "search index",
        "peak RSS",
    ]
    text = (
        f"Site build, no PDFs, languages {'+'.join(langs)}, median of {args.runs} runs\n"
        f"{machine()}\n\n{markdown_table(headers, rows)}\n"
    )
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
