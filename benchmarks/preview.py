"""How long from saving a file to seeing it in the live preview (`masterplan serve`)?

    python benchmarks/preview.py [--regions 3,100,514] [--edits 7] [--baseline 3,100]

For each size N, a synthetic corpus of N regions (build/corpus-N, from make_corpus.py) is copied
into a data repository holding only masterplans/, and the real command runs there:
`masterplan serve` in its own process. The script opens one region's page, then saves the
region's masterplan.yaml with a new sentence in its vision (atomically, as editors save) and asks
for the page until the sentence is in it: save → visible. Figures are the median (and range) of
--edits saves; `startup` is the time until the preview answers.

Baseline, measured in the same run for the sizes in --baseline: what a save cost before, a
rebuild of every page (`masterplan build --no-pdf --lang id`, the same work `mkdocs serve` does
after each save), so the ratio says how much less a save costs now.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

if __package__:
    from .common import PYTHON, ROOT, machine
    from .validate_bench import ensure_corpus
else:  # run as a script: benchmarks/ is on sys.path
    from common import PYTHON, ROOT, machine  # type: ignore[no-redef]
    from validate_bench import ensure_corpus  # type: ignore[no-redef]

TIMEOUT = 60.0  # seconds one save may take to show before the run counts as failed


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            return str(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        return str(exc.read().decode("utf-8", "replace"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def save(path: Path, text: str) -> None:
    """As an editor saves: a temporary file, then a rename."""
    tmp = path.with_name(f".{path.name}.bench")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def with_sentence(text: str, sentence: str) -> str:
    head = "\nvision: >-\n"
    at = text.index(head) + len(head)
    return f"{text[:at]}  {sentence}\n{text[at:]}"


def measure_preview(repo: Path, slug: str, edits: int) -> tuple[float, list[float]]:
    """(startup seconds, save → visible seconds per edit) for `masterplan serve` in `repo`."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/wilayah/{slug}/"
    log = (repo / "serve.log").open("w")
    began = time.perf_counter()
    server = subprocess.Popen(
        [PYTHON, "-m", "generator", "serve", "-a", f"127.0.0.1:{port}", "--lang", "en"],
        cwd=repo,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        while "ready in" not in (repo / "serve.log").read_text():  # it listens before it is ready
            if server.poll() is not None:
                raise RuntimeError((repo / "serve.log").read_text())
            time.sleep(0.1)
        fetch(url)
        startup = time.perf_counter() - began
        plan = repo / "masterplans" / slug / "masterplan.yaml"
        original = plan.read_text(encoding="utf-8")
        times = []
        for n in range(edits):
            sentence = f"Kalimat uji nomor {n} {time.time_ns()}."
            save(plan, with_sentence(original, sentence))
            start = time.perf_counter()
            while sentence not in fetch(url):
                if time.perf_counter() - start > TIMEOUT:
                    raise RuntimeError(f"edit {n} not visible after {TIMEOUT} s")
                time.sleep(0.01)
            times.append(time.perf_counter() - start)
            time.sleep(0.3)  # let the page's own reload settle, as a person reading it would
        save(plan, original)
        return startup, times
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def measure_rebuild(repo: Path) -> float:
    """One full rebuild of every page, no PDFs: what each save cost with `mkdocs serve`."""
    start = time.perf_counter()
    subprocess.run(
        [PYTHON, "-m", "generator", "build", "--no-pdf", "--lang", "id"],
        cwd=repo,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def data_repository(corpus: Path, scratch: Path) -> Path:
    """A folder with only masterplans/ (the corpus), as a regional team's repository."""
    repo = scratch / f"repo-{corpus.name}"
    shutil.copytree(corpus, repo / "masterplans", ignore=shutil.ignore_patterns("corpus.json"))
    return repo


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--regions", default="3,100,514", help="corpus sizes, comma-separated")
    parser.add_argument("--edits", type=int, default=7, help="saves per size (median reported)")
    parser.add_argument("--baseline", default="3,100", help="sizes at which to time a full rebuild too")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(n) for n in args.regions.split(",") if n]
    baseline = {int(n) for n in args.baseline.split(",") if n}
    print(f"# Live preview: save → visible ({machine()})\n")
    print("| regions | startup | save → visible, median | min – max | full rebuild (before) | ratio |")
    print("|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="preview-bench-") as tmp:
        for size in sizes:
            corpus = ensure_corpus(size, args.seed, ROOT / "build")
            repo = data_repository(corpus, Path(tmp))
            slugs = sorted(p.parent.name for p in (repo / "masterplans").glob("*/masterplan.yaml"))
            startup, times = measure_preview(repo, slugs[len(slugs) // 2], args.edits)
            median = statistics.median(times)
            rebuild = measure_rebuild(repo) if size in baseline else None
            before = f"{rebuild:.1f} s" if rebuild else "not measured"
            ratio = f"{rebuild / median:.0f}× faster" if rebuild else ""
            print(
                f"| {size} | {startup:.1f} s | **{median:.2f} s** | {min(times):.2f} – {max(times):.2f} s "
                f"| {before} | {ratio} |",
                flush=True,
            )
            shutil.rmtree(repo, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
