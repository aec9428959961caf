"""What the command does when something fails that no input should cause: one line, not a traceback.

A civil servant who meets a bug should read what failed, where the full report was written, and
whom to send it to; the traceback goes into that report (exit code 3, distinct from invalid input).
Failures of the machine rather than of the program (disk full, read-only or forbidden folder) are
not bugs: they get a plain one-line error and exit code 1.
"""

from __future__ import annotations

import errno
import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

from generator.diagnostics import visible

EXIT_BUG = 3
EXIT_ENVIRONMENT = 1
REPORT_TO = "the masterplan maintainers (the issue tracker of the repository masterplan was installed from)"
# Errors of the machine, not of the program: the user can act on them.
ENVIRONMENT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EMFILE}


def environment_problem(exc: BaseException) -> str | None:
    """'No space left on device: site/x' for a machine problem, else None."""
    if not isinstance(exc, OSError) or exc.errno not in ENVIRONMENT_ERRNOS:
        return None
    where = exc.filename or ""
    return f"{exc.strerror}: {visible(str(where))}" if where else str(exc.strerror)


def write_report(exc: BaseException, argv: list[str]) -> Path:
    """The full report (command, versions, traceback) in build/ if possible, else the temp folder."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    text = "".join(
        [
            f"masterplan crash report {stamp}\n",
            f"command: {' '.join(argv)}\n",
            f"python {sys.version.split()[0]} on {platform.platform()}\n",
            f"cwd: {os.getcwd()}\n\n",
            *traceback.format_exception(exc),
        ]
    )
    for folder in (Path("build"), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"crash-{stamp}-{os.getpid()}.txt"
            path.write_text(text, encoding="utf-8")
            return path.resolve()
        except OSError:
            continue
    return Path("(report could not be written)")


def summary(exc: BaseException, report: Path) -> str:
    """One line: what failed (exception type and the innermost frame), where the report is."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" in {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return (
        f"masterplan: internal error ({type(exc).__name__}{where}); this is a bug, not a problem with "
        f"your files. Full report: {report} — please send it to {REPORT_TO}"
    )
