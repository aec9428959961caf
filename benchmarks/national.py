"""The national site (issue 15): full build, incremental rebuild and search, beside plain mkdocs.

    python benchmarks/national.py [--sizes 100,514] [--search-sizes 100,514] [--jobs 2]
                                  [--output FILE]

Per corpus size N (build/corpus-N, generated if missing), in a throw-away project:

- full: `masterplan build --no-pdf --lang all --jobs J` with empty caches (both languages);
- again: the same command with nothing edited (every page from the page cache);
- incremental: after editing one region's vision text (a paragraph on its overview page);
- baseline: plain `mkdocs build` of the same generated Markdown, Indonesian and English at the
  same time (two processes, as ours uses two), same theme, overrides, extensions and plugins
  minus ours. mkdocs has no incremental build: its rebuild after an edit is its full build;
- search (N in --search-sizes): the site served over HTTP, opened in headless Chromium
  (Debian's /usr/bin/chromium through Playwright); a query typed key by key into the search box;
  the time from the last key to the first result, and the browser's memory (PSS summed over every
  Chromium process, sampled every 0.2 s); the same on the baseline's site (Material's search).

Wall = elapsed; CPU = user + system of the process and the children it waited for; memory = the
peak of the summed proportional set size (PSS) over the whole process tree (both languages'
processes together; shared pages counted once), sampled every 0.2 s. Prints a Markdown section; `--output` also writes it to a file.
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__:
    from .common import PYTHON, ROOT, machine, markdown_table, page_bytes, secs
    from .site_build import project_config
    from .validate_bench import ensure_corpus
else:  # run as a script: benchmarks/ is on sys.path
    from common import PYTHON, ROOT, machine, markdown_table, page_bytes, secs  # type: ignore[no-redef]
    from site_build import project_config  # type: ignore[no-redef]
    from validate_bench import ensure_corpus  # type: ignore[no-redef]

THIS = Path(__file__).resolve()
BIN = Path(PYTHON).parent
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")
CHROMIUM = Path("/usr/bin/chromium")
TARGETS = {"full_wall": 360.0, "memory_mb": 1536.0, "incremental": 0.05, "search_s": 1.0, "search_mb": 300.0}
QUERIES = ("{region}", "pelayanan publik terpadu")  # the opened region's name; a programme phrase
MATERIAL = {
    "box": "input.md-search__input",
    "result": ".md-search-result__item",
    "meta": ".md-search-result__meta",
}
PAGEFIND = {"box": "#mp-search input", "result": ".pagefind-ui__result", "meta": ".pagefind-ui__message"}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- measuring processes


@dataclass
class Run:
    wall: float
    cpu: float
    memory_mb: float  # peak of the summed RSS of the process tree
    stdout: str


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def tree_rss_mb(root: int, exclude: set[int] = frozenset()) -> float:  # type: ignore[assignment]
    """Summed memory (PSS) of `root` and all its descendants (except `exclude`), MiB."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, []))
        if pid in exclude:  # not counted, but its children are
            continue
        total += _pss_kb(pid)
    return total / 1024


def _pss_kb(pid: int) -> int:
    """Proportional set size: shared pages (forked workers, Chromium's processes) counted once."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


class Sampler(threading.Thread):
    """Peak of `tree_rss_mb(pid)` while running."""

    def __init__(self, pid: int, exclude: set[int] | None = None) -> None:
        super().__init__(daemon=True)
        self.pid, self.exclude, self.peak, self.stop = pid, exclude or set(), 0.0, threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.2):
            self.peak = max(self.peak, tree_rss_mb(self.pid, self.exclude))

    def done(self) -> float:
        self.stop.set()
        self.join()
        return self.peak


def run(cmd: list[str], *, cwd: Path = ROOT) -> Run:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=out, stderr=err)
        sampler = Sampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - began
        peak = sampler.done()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed\n{stderr[-3000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, peak, stdout)


# --------------------------------------------------------------------------- the baseline's Markdown


def child_markdown(config: Path, out: Path, lang: str) -> None:
    """Exactly the files our plugin hands mkdocs for `lang` (no PDFs), written to out/docs, and an
    mkdocs.yml without our plugin whose nav is the one the plugin sets."""
    import yaml
    from mkdocs.structure.files import get_files

    from generator.site.config import site_config
    from generator.site.engine import language_overrides

    site = site_config(config.parent, config)
    cfg = site.load(site_dir=str(out / "unused"), **language_overrides(site, lang))
    plugin = cfg.plugins["masterplan"]
    plugin.config.lang = lang
    cfg.plugins.on_startup(command="build", dirty=False)
    cfg = cfg.plugins.on_config(cfg)
    files = plugin.on_files(get_files(cfg), config=cfg)
    docs = out / "docs"
    pages = 0
    for file in files:
        path = docs / file.src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page_bytes(plugin, file))
        pages += file.src_uri.endswith(".md")
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: templates/site/docs", "docs_dir: docs")
    text = text.replace(
        "custom_dir: templates/site/overrides", f"custom_dir: {ROOT / 'templates/site/overrides'}"
    )
    text = text.replace("  language: id\n", f"  language: {lang}\n")
    text = re.sub(r"\n  - masterplan\n(      .*\n)*", "\n", text)  # the plugin and its options
    text = text.replace("strict: true", "strict: false")  # chart placeholders etc. are ours to resolve
    nav = yaml.safe_dump({"nav": cfg.nav}, allow_unicode=True, sort_keys=False)
    (out / "mkdocs.yml").write_text(text + "\n" + nav, encoding="utf-8")
    print(json.dumps({"pages": pages}))


# --------------------------------------------------------------------------- search in Chromium


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


def _region_name(page: Path) -> str:
    """'Kabupaten Aceh Besar' → 'Aceh Besar' (the page's first heading, without the kind)."""
    match = re.search(r"<h1[^>]*>(.*?)<", page.read_text(encoding="utf-8"))
    title = re.sub(r"^(Kabupaten|Kota)\s+", "", match[1] if match else "")
    return title.strip() or "Kota"


def bench_search(site: Path, page: str, queries: tuple[str, ...], timeout: float) -> list[dict[str, Any]]:
    """Per query, in a fresh browser: seconds from the last key to the first result, peak memory."""
    from functools import partial

    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{page}"
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    args += ["--disable-component-update", "--disable-sync"]
    results = []
    try:
        with sync_playwright() as pw:
            region = _region_name(site / page)
            for query in (q.format(region=region) for q in queries):
                browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=args)
                sampler = Sampler(os.getpid(), exclude={os.getpid()})
                sampler.start()
                try:
                    tab = browser.new_page()
                    tab.goto(url, wait_until="load")
                    loaded = tree_rss_mb(os.getpid(), {os.getpid()})
                    ui = PAGEFIND if (site / "pagefind").is_dir() else MATERIAL
                    tab.wait_for_selector(ui["box"], timeout=30_000)
                    tab.keyboard.press("/")  # the shortcut to the search box (Material's and ours)
                    tab.wait_for_selector(f"{ui['box']}:focus", timeout=10_000)
                    tab.keyboard.type(query, delay=120)
                    began = time.perf_counter()
                    try:
                        tab.wait_for_selector(ui["result"], timeout=timeout * 1000)
                        latency: float | None = time.perf_counter() - began
                    except Exception:  # noqa: BLE001 (a timeout is a result here)
                        latency = None
                    count = tab.locator(ui["meta"]).first.inner_text(timeout=5000)
                finally:
                    peak = sampler.done()
                    browser.close()
                results.append(
                    {"query": query, "latency": latency, "peak_mb": peak, "loaded_mb": loaded, "meta": count}
                )
                log(f"search {query!r}: {latency} s, peak {peak:.0f} MiB ({count})")
    finally:
        server.shutdown()
    return results


# --------------------------------------------------------------------------- one corpus size


def edit_region(masterplans: Path, stamp: str) -> str:
    folders = sorted(p for p in masterplans.iterdir() if p.is_dir())
    folder = folders[len(folders) // 2]
    path = folder / "masterplan.yaml"
    text = path.read_text(encoding="utf-8")
    assert "\nvision: >-\n" in text, path
    path.write_text(text.replace("\nvision: >-\n", f"\nvision: >-\n  Revisi {stamp}.\n", 1), encoding="utf-8")
    return folder.name


def bench_size(n: int, *, jobs: int, search: bool, tmp: Path) -> dict[str, Any]:
    corpus = ensure_corpus(n, 1, ROOT / "build")
    masterplans = tmp / "masterplans"
    shutil.copytree(corpus, masterplans, ignore=shutil.ignore_patterns(".*"))
    config = project_config(tmp, masterplans)
    site = tmp / "site"
    build = [str(BIN / "masterplan"), "build", "--no-pdf", "--lang", "all", "--jobs", str(jobs)]
    build += ["-f", str(config), "-d", str(site)]
    out: dict[str, Any] = {"n": n}
    log(f"N={n}: full build (cold caches)")
    shutil.rmtree(tmp / "build", ignore_errors=True)
    out["full"] = run(build)
    out["pages"] = sum(1 for _ in site.rglob("*.html"))
    out["site_mb"] = sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20
    index = [site / "search" / "search_index.json", site / "search" / "search_index.js", site / "pagefind"]
    out["index_mb"] = (
        sum(
            p.stat().st_size
            for i in index
            if i.exists()
            for p in ([i] if i.is_file() else i.rglob("*"))
            if p.is_file()
        )
        / 2**20
    )
    log(f"N={n}: rebuild, nothing edited")
    out["again"] = run(build)
    slug = edit_region(masterplans, "1")
    log(f"N={n}: rebuild after editing {slug}")
    out["incremental"] = run(build)
    out["edited"] = slug
    out["search_ui"] = "Pagefind" if (site / "pagefind").is_dir() else "Material"
    if search and CHROMIUM.exists():
        out["search"] = bench_search(site, f"wilayah/{slug}/index.html", QUERIES, timeout=180)
    log(f"N={n}: baseline Markdown")
    plain = tmp / "plain"
    pages = 0
    for lang in ("id", "en"):
        child = run([PYTHON, str(THIS), "--child-markdown", str(config), str(plain / lang), lang])
        pages += json.loads(child.stdout.strip().splitlines()[-1])["pages"]
    out["markdown_pages"] = pages
    log(f"N={n}: baseline mkdocs build (id and en at once)")
    both = " & ".join(
        f"{BIN / 'mkdocs'} build -q -f {plain / lang / 'mkdocs.yml'} -d {plain / lang / 'site'}"
        for lang in ("id", "en")
    )
    out["mkdocs"] = run(["sh", "-c", f"{both} & wait"])
    if search and CHROMIUM.exists():  # the baseline's search: Material's, on the same pages
        out["search_baseline"] = bench_search(
            plain / "id" / "site", f"wilayah/{slug}/index.html", QUERIES, timeout=180
        )
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def bench_pdf(n: int, regions: int, tmp: Path) -> dict[str, Any]:
    """PDF CPU per region: `masterplan build --lang id --jobs 1` of `regions` regions of corpus-N
    (spread over the corpus), with PDFs minus without, divided by the regions."""
    corpus = ensure_corpus(n, 1, ROOT / "build")
    folders = sorted(p for p in corpus.iterdir() if (p / "masterplan.yaml").is_file())
    step = max(1, len(folders) // regions)
    for folder in folders[::step][:regions]:
        shutil.copytree(folder, tmp / "masterplans" / folder.name)
    config = project_config(tmp, tmp / "masterplans")
    base = [str(BIN / "masterplan"), "build", "--lang", "id", "--jobs", "1", "-f", str(config)]
    log(f"PDFs of {regions} regions of corpus-{n}")
    with_pdf = run([*base, "-d", str(tmp / "site-pdf")])
    documents = sum(1 for _ in (tmp / "site-pdf" / "pdf").glob("*.pdf"))
    without = run([*base, "--no-pdf", "-d", str(tmp / "site")])
    return {"regions": regions, "documents": documents, "with": with_pdf, "without": without}


# --------------------------------------------------------------------------- report


def fmt_run(r: Run) -> list[str]:
    return [secs(r.wall), secs(r.cpu), f"{r.memory_mb:.0f} MiB"]


def verdict(value: float, target: float, unit: str = "") -> str:
    return f"{'met' if value <= target else 'missed'} (target ≤ {target:g}{unit})"


def _load_note(load: str) -> str:
    """What the load average says about the wall times (the 1-minute figure against the cores)."""
    try:
        first = float(load.split("/")[0])
    except ValueError:
        return ""
    if first > (os.cpu_count() or 1):
        return (
            ": **the machine was shared** with other work, so wall times carry that noise; CPU times less so"
        )
    return " (below the number of cores: no other heavy work ran at the start)"


def report(results: list[dict[str, Any]], jobs: int, began: str, ended: str, load: str) -> str:
    lines = [
        "## National site (issue 15): both languages, no PDFs\n",
        (
            f"`python benchmarks/national.py` ({began} → {ended} UTC), one run per figure. {machine()}. "
            f"Load average at start {load}{_load_note(load)}. Ours = `masterplan build --no-pdf "
            f"--lang all --jobs {jobs}`; baseline = plain `mkdocs build` of the same generated Markdown, "
            "Indonesian and English in two processes at once (mkdocs has no incremental build, so its "
            "rebuild after an edit is its full build). Memory = peak of the summed proportional set size "
            "(PSS: pages shared by forked processes counted once) of all processes of the build.\n"
        ),
    ]
    rows = []
    for r in results:
        full, inc, again, base = r["full"], r["incremental"], r["again"], r["mkdocs"]
        rows.append(
            [
                r["n"],
                r["pages"],
                "full (cold caches)",
                *fmt_run(full),
                *fmt_run(base),
                f"{full.wall / base.wall:.2f}×",
            ]
        )
        rows.append(
            [r["n"], "", "nothing edited", *fmt_run(again), *fmt_run(base), f"{again.wall / base.wall:.2f}×"]
        )
        rows.append(
            [r["n"], "", "one region edited", *fmt_run(inc), *fmt_run(base), f"{inc.wall / base.wall:.2f}×"]
        )
    lines.append(
        markdown_table(
            [
                "N",
                "HTML pages",
                "build",
                "ours wall",
                "CPU",
                "memory",
                "mkdocs wall",
                "CPU",
                "memory",
                "ours ÷ mkdocs (wall)",
            ],
            rows,
        )
        + "\n"
    )
    goals = []
    for r in results:
        full, inc = r["full"], r["incremental"]
        target = f" ({verdict(full.wall, TARGETS['full_wall'], ' s')})" if r["n"] >= 514 else ""
        goals.append(
            f"- N = {r['n']}: full build {secs(full.wall)} wall{target}, {secs(full.cpu)} CPU, "
            f"memory {full.memory_mb:.0f} MiB ({verdict(full.memory_mb, TARGETS['memory_mb'], ' MiB')}); "
            f"rebuild after one edit {secs(inc.wall)} = **{inc.wall / full.wall:.1%}** of the full build "
            f"({verdict(inc.wall / full.wall, TARGETS['incremental'])}); by CPU {inc.cpu / full.cpu:.1%}; "
            f"site {r['site_mb']:.0f} MiB, search files ({r['search_ui']}) {r['index_mb']:.1f} MiB"
        )
    lines += ["Against the issue's goals:\n", "\n".join(goals) + "\n"]
    srows = []
    for r in results:
        runs = [(r.get("search_ui", ""), s) for s in r.get("search", [])]
        runs += [("Material (plain mkdocs)", s) for s in r.get("search_baseline", [])]
        for ui, s in runs:
            latency = "no result within 180 s" if s["latency"] is None else secs(s["latency"])
            srows.append(
                [
                    r["n"],
                    ui,
                    f"`{s['query']}`",
                    latency,
                    f"{s['loaded_mb']:.0f} MiB",
                    f"{s['peak_mb']:.0f} MiB",
                    f"**{s['peak_mb'] - s['loaded_mb']:.0f} MiB**",
                    s["meta"],
                ]
            )
    if srows:
        lines += [
            "### Search in headless Chromium\n",
            (
                "The built site served over HTTP; a region page opened in a fresh browser, `/` pressed, "
                "the query typed key by key (120 ms apart). Latency = last key → first result shown. Memory = "
                "proportional set size (PSS) summed over every Chromium process, after the page loaded and at "
                "the peak while searching; the search's share is the difference "
                f"(targets: ≤ {TARGETS['search_s']:g} s, ≤ {TARGETS['search_mb']:g} MiB).\n"
            ),
            markdown_table(
                [
                    "N",
                    "search",
                    "query",
                    "latency",
                    "browser after load",
                    "peak",
                    "search's share",
                    "results",
                ],
                srows,
            )
            + "\n",
        ]
    return "\n".join(lines)


def pdf_section(pdf: dict[str, Any], site: dict[str, Any], regions: int = 514, shards: int = 16) -> str:
    """The national build with PDFs, from measured parts: PDF CPU per region (`bench_pdf`) and the
    site build of `site` (a `bench_size` result, scaled linearly to `regions`)."""
    per_region = (pdf["with"].cpu - pdf["without"].cpu) / pdf["regions"]
    scale = regions / site["n"]
    site_cpu = site["full"].cpu * scale
    pdf_cpu = per_region * regions
    total = pdf_cpu + site_cpu
    # From CPU times (this machine's wall times carry the load of other work): a 2-core machine
    # runs the PDF pool and the two languages on both cores.
    two_cores = (pdf_cpu + site_cpu) / 2
    # a matrix job: validate + generate everything (taken as the no-edit rebuild's CPU), its share
    # of the PDFs and pages on 2 cores; the final job: a rebuild with everything from the caches
    fixed = site["again"].cpu * scale
    shard = fixed + (pdf_cpu + site_cpu - fixed) / shards / 2
    final = fixed
    rows = [
        [
            "PDF CPU per region",
            secs(per_region),
            f"{pdf['documents']} documents of {pdf['regions']} regions, one process",
        ],
        [f"PDFs, {regions} regions", f"{pdf_cpu / 60:.0f} CPU-min", f"{pdf_cpu / 3600:.1f} CPU-hours"],
        [
            f"site, both languages, {regions} regions",
            f"{site_cpu / 60:.0f} CPU-min",
            f"N = {site['n']} × {scale:.2f}",
        ],
        ["total", f"**{total / 60:.0f} CPU-min**", ""],
        [
            "wall, one 2-core machine",
            f"**{two_cores / 60:.0f} min**",
            "CPU ÷ 2 (PDF pool and languages on both cores)",
        ],
        [
            f"wall, {shards}-job matrix (2 cores each) + final job",
            f"**{(shard + final) / 60:.0f} min**",
            f"{shard / 60:.1f} min per shard, then {final / 60:.1f} min to assemble",
        ],
    ]
    return (
        "### National build with PDFs (estimate from measured CPU times)\n\n"
        f"PDF CPU measured on {pdf['regions']} regions of corpus-514 (`masterplan build --lang id --jobs 1`, "
        "with PDFs minus without); the site figures from the table above, scaled linearly to "
        f"{regions} regions. A matrix job validates and generates every region's Markdown (its fixed "
        "cost, taken as the no-edit rebuild) and renders its share of the PDFs and pages.\n\n"
        + markdown_table(["what", "figure", "how"], rows)
        + "\n"
    )


def _runs(record: dict[str, Any]) -> dict[str, Any]:
    """A --json record with its Run figures as Run objects again."""
    keys = ("full", "again", "incremental", "mkdocs", "with", "without")
    return {k: Run(**v) if k in keys and isinstance(v, dict) else v for k, v in record.items()}


def report_from_json(path: Path, pdf_path: Path | None, jobs: int, began: str, ended: str, load: str) -> str:
    results = [_runs(r) for r in json.loads(path.read_text(encoding="utf-8"))]
    text = report(results, jobs, began, ended, load)
    if pdf_path is not None:
        text += "\n" + pdf_section(_runs(json.loads(pdf_path.read_text(encoding="utf-8"))), results[-1])
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,514")
    parser.add_argument("--search-sizes", default="100,514")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--output", type=Path)
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--child-markdown", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--search-only", type=Path, help="only the search benchmark, on this built site")
    parser.add_argument(
        "--pdf-only", type=int, metavar="K", help="only the PDF CPU of K regions of corpus-514"
    )
    parser.add_argument(
        "--from-json",
        nargs=4,
        metavar=("JSON", "BEGAN", "ENDED", "LOAD"),
        help="only write the report of an earlier run's --json (with its start, end and load average)",
    )
    parser.add_argument("--pdf-json", type=Path, help="with --from-json: a --pdf-only result to add")
    args = parser.parse_args()
    if args.from_json:
        path, began, ended, load = args.from_json
        print(report_from_json(Path(path), args.pdf_json, args.jobs, began, ended, load))
        return
    if args.pdf_only:
        with tempfile.TemporaryDirectory(prefix="national-pdf-", dir=ROOT / "build") as tmp:
            result = bench_pdf(514, args.pdf_only, Path(tmp))
        print(json.dumps(result, default=lambda o: o.__dict__, indent=1))
        return
    if args.search_only:
        page = next(args.search_only.glob("wilayah/*/index.html")).relative_to(args.search_only)
        print(json.dumps(bench_search(args.search_only, str(page), QUERIES, timeout=180), indent=1))
        return
    if args.child_markdown:
        config, out, lang = args.child_markdown
        child_markdown(Path(config), Path(out), lang)
        return
    began, load = (
        time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
        " / ".join(f"{x:.2f}" for x in os.getloadavg()),
    )
    search = {int(n) for n in args.search_sizes.split(",") if n}
    results = []
    for n in [int(n) for n in args.sizes.split(",") if n]:
        with tempfile.TemporaryDirectory(prefix=f"national-{n}-", dir=ROOT / "build") as tmp:
            results.append(bench_size(n, jobs=args.jobs, search=n in search, tmp=Path(tmp)))
        if args.json:
            args.json.write_text(
                json.dumps(results, default=lambda o: o.__dict__, indent=1), encoding="utf-8"
            )
    text = report(results, args.jobs, began, time.strftime("%Y-%m-%d %H:%M", time.gmtime()), load)
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
