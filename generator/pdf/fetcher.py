"""The only way WeasyPrint may read anything while rendering our documents.

WeasyPrint's default fetcher accepts every protocol: a `<link rel="attachment"
href="file:///etc/passwd">` slipped into a masterplan would embed that file in the PDF, and an
`<img src="http://…">` would make the build reach the network. Markdown is sanitised upstream,
but this is the second wall: only `data:` URLs and `file:` URLs that resolve (after following
`..` and symlinks) inside an allowed folder are served. Everything else is refused, and the
refusal is logged by WeasyPrint as a warning that `render` captures and surfaces.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse  # type: ignore[import-untyped]


class RefusedURL(ValueError):
    """A URL outside the allowed folders or with a forbidden scheme."""


class SafeFetcher(URLFetcher):
    """Serve `file:` URLs inside `roots` and `data:` URLs; refuse the rest (no network, ever)."""

    def __init__(self, roots: list[Path]) -> None:
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False, timeout=1)
        # A root that is itself a symbolic link serves nothing: it would lead outside the region.
        self.roots = [root.resolve() for root in roots if not root.is_symlink()]
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme != "file":
            raise self._refuse(url, "only local asset files may be loaded")
        path = self._allowed_path(url)
        mime, _ = mimetypes.guess_type(path.name)
        return URLFetcherResponse(
            path.as_uri(), path.read_bytes(), headers={"Content-Type": mime or "application/octet-stream"}
        )

    def _allowed_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise self._refuse(url, "remote file host")
        path = Path(unquote(parts.path)).resolve()
        if not any(path.is_relative_to(root) for root in self.roots):
            raise self._refuse(url, "outside the region's assets and the print templates")
        if not path.is_file():
            raise self._refuse(url, "no such file")
        return path

    def _refuse(self, url: str, reason: str) -> RefusedURL:
        self.refused.append(url)
        return RefusedURL(f"refused {url!r}: {reason}")
