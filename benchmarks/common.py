"""Timing helpers shared by the benchmarks: each measured stage runs in a fresh subprocess, so its
peak memory is its own, and figures are the median of several runs.

Wall time is the parent's clock around the child; CPU time (user + system) and peak RSS come from
`os.wait4` for that one child, which on Linux includes the grandchildren it waited for (worker
pools), so `--jobs 2` shows its real CPU cost. Peak RSS is the largest single process, not a sum.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


@dataclass(frozen=True)
class Sample:
    wall: float  # seconds
    cpu: float  # seconds, user + system, child and its waited-for descendants
    rss_mb: float  # peak resident set size of the largest process, MiB
    stdout: str
    returncode: int


@dataclass
class Stats:
    """Medians over `samples`; `report` is the last run's JSON line, if the child printed one."""

    samples: list[Sample] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)

    @property
    def rss_mb(self) -> float:
        return statistics.median(s.rss_mb for s in self.samples)

    def median_of(self, key: str) -> float:
        """Median of a figure the child reported in its last stdout line (JSON)."""
        return statistics.median(json.loads(s.stdout.strip().splitlines()[-1])[key] for s in self.samples)


def run_once(
    cmd: Sequence[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    ok: Sequence[int] = (0,),
) -> Sample:
    """Run `cmd` once in a fresh process and measure it. Raises if the exit code is not in `ok`.

    Output goes to temporary files rather than pipes so that we can reap the child ourselves with
    `os.wait4` (Popen.communicate would reap it first and its rusage would be lost)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - began
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    if code not in ok:
        raise RuntimeError(f"{' '.join(map(str, cmd))} exited {code}\n{stderr[-2000:]}")
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout, code)


def measure(cmd: Sequence[str], *, runs: int = 3, **kwargs) -> Stats:
    return Stats([run_once(cmd, **kwargs) for _ in range(runs)])


def machine() -> str:
    """One line describing the machine, for the top of a results file."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    model = _first_line("/proc/cpuinfo", "model name")
    mem = _first_line("/proc/meminfo", "MemTotal")
    mem_gib = f"{int(mem.split()[0]) / 1024**2:.1f} GiB" if mem else "?"
    return (
        f"{cores} cores ({model or platform.processor() or '?'}), {mem_gib} RAM, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    )


def _first_line(path: str, key: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def tree_stats(paths: Sequence[Path]) -> tuple[int, int, int]:
    """(files, lines, bytes) of the given files."""
    lines = size = 0
    for path in paths:
        data = path.read_bytes()
        lines += data.count(b"\n")
        size += len(data)
    return len(paths), lines, size


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [list(map(str, headers))] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    line = lambda row: "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |"
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(cells[0]), rule] + [line(r) for r in cells[1:]])


def secs(value: float) -> str:
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def mib(value: float) -> str:
    return f"{value:.0f} MiB"


def page_bytes(plugin: Any, file: Any) -> bytes:
    """A file as our plugin hands it to mkdocs; a generated page made now (the plugin makes pages
    as mkdocs reaches them) with its HTML blocks in place: what plain mkdocs gets to read."""
    plan = getattr(plugin, "plan", None)
    if plan is not None and file.src_uri in plan.specs:
        return bytes(plan.page(file.src_uri).text().encode("utf-8"))
    return bytes(file.content_bytes)
