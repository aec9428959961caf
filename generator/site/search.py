"""Which search a site gets, and the Pagefind index for the national one.

Material's search loads one index of every page into the browser and builds it there: fine for a
province (and it works from a folder or USB stick, file://), unusable for the nation (at 514
regions a 70 MB index, half a minute to the first result, gigabytes of browser memory). A site
with more regions than a province has uses Pagefind instead: a chunked static index, built here
from the finished HTML of every language, of which the browser fetches only the few fragments a
query needs. Pagefind needs the site served over HTTP; its pages say so when opened from a folder.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# More regions than the largest province has (Jawa Timur: 38): the national site, or a large part.
PAGEFIND_ABOVE = 40
MODES = ("auto", "material", "pagefind")
# What is not the page's own content: the theme's header, tabs, navigation, footer, permalinks, and
# charts (their labels are numbers and years, not words anyone searches for).
NOT_CONTENT = ".md-header, .md-tabs, .md-sidebar, .md-footer, .md-path, .headerlink, svg, .mp-draft-banner"


class SearchError(Exception):
    """The Pagefind index could not be built."""


def choose(mode: str, regions: int) -> str:
    """'material' or 'pagefind' for a site of `regions` regions."""
    if mode not in MODES:
        raise ValueError(f"search must be one of {', '.join(MODES)} (got {mode!r})")
    if mode == "auto":
        return "pagefind" if regions > PAGEFIND_ABOVE else "material"
    return mode


def pagefind_index(site: Path) -> None:
    """Index every page of `site` (every language under it) into `site/pagefind/`."""
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "pagefind"]
    cmd += ["--keep-index-url", "--silent", "--exclude-selectors", NOT_CONTENT]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise SearchError(f"Pagefind could not run: {exc}") from None
    if done.returncode != 0:
        raise SearchError(f"Pagefind failed (exit {done.returncode}): {(done.stderr or done.stdout)[-2000:]}")
