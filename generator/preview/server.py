"""`masterplan serve`: a live preview that keeps up with typing, at national scale.

One warm process: every region is validated once at start and kept in memory; a saved file
re-validates only its region (workspace.py); the pages are rendered when a browser asks for them
(session.py), so a save costs one region's validation plus the page on screen, not the site.
While a region has errors its pages show them (overlay.py) and the terminal prints them, errors
first and warnings as one line; the page reloads by itself once the file is fixed.

Files are watched with watchdog (inotify on Linux); saves arriving together (an editor writing a
backup, then the file) are handled as one change.
"""

from __future__ import annotations

import json
import sys
import threading
import time
import warnings
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from generator import diagnostics
from generator.model.region import Region
from generator.preview.overlay import WAIT_PATH, decorate, error_page
from generator.preview.session import Session
from generator.preview.workspace import TOP, Workspace
from generator.render.environment import TEMPLATES
from generator.site.config import TOML_NAME, SiteConfig
from generator.words import word

Echo = Callable[[str], None]
DEBOUNCE = 0.05  # seconds: saves closer together than this are one change
WAIT_TIMEOUT = 25.0  # seconds a page's reload request is held open


class Preview:
    def __init__(self, config: SiteConfig, *, lang: str = "id", echo: Echo = lambda _: None) -> None:
        self.config, self.lang, self.echo = config, lang, echo
        self.workspace = Workspace(config.root / _masterplans_option(config.data), lang=lang)
        self.lock = threading.Lock()  # mkdocs renders one page at a time
        self.changed = threading.Condition()
        self.version = 0
        self._pending: set[str] = set()
        self._wake = threading.Event()
        self._stop = threading.Event()

    # ------------------------------------------------------------------ state

    def open(self) -> None:
        start = time.perf_counter()
        regions = self.workspace.load()
        self.session = Session(self.config, regions, lang=self.lang)
        self.opened_in = time.perf_counter() - start
        self._report()

    def respond(self, url_path: str) -> tuple[int, bytes, str]:
        """(status, body, media type) for a GET of `url_path`."""
        dest = _dest(url_path)
        with self.lock:
            found = self.session.get(dest)
            if (
                found is None
                and "." not in dest.rsplit("/", 1)[-1]
                and self.session.has(dest + "/index.html")
            ):
                return HTTPStatus.MOVED_PERMANENTLY, url_path.rstrip("/").encode() + b"/", "redirect"
            errors, warnings = self.workspace.errors, len(self.workspace.warnings)
        if found is None:
            page = error_page(
                version=self.version, errors=errors, warnings=warnings, lang=self.lang, missing=dest
            )
            return HTTPStatus.NOT_FOUND, page.encode("utf-8"), "text/html; charset=utf-8"
        body, media = found
        if media.startswith("text/html"):
            text = decorate(
                body.decode("utf-8"), version=self.version, errors=errors, warnings=warnings, lang=self.lang
            )
            body = text.encode("utf-8")
        return HTTPStatus.OK, body, media

    def wait(self, since: int, timeout: float = WAIT_TIMEOUT) -> int:
        """Block until the preview's version differs from `since` (or `timeout`); the version."""
        with self.changed:
            self.changed.wait_for(lambda: self.version != since, timeout=timeout)
            return self.version

    # ------------------------------------------------------------------ changes

    def notice(self, path: Path) -> None:
        """A file changed (watcher thread): remember its region, wake the worker."""
        if _is_site_setting(path, self.config.root):
            self._pending.add("*")
        else:
            self._pending.add(self.workspace.slug_of(path))
        self._wake.set()

    def apply(self, slugs: set[str]) -> None:
        """Re-validate the regions that changed and update their pages ('*': everything)."""
        with self.lock:
            if "*" in slugs:
                self.session = Session(self.config, self._all_regions(), lang=self.lang)
                self._report()
            else:
                for slug in sorted(slugs):
                    self._apply_one(slug)
        with self.changed:
            self.version += 1
            self.changed.notify_all()

    def _all_regions(self) -> list[Region]:
        """Every valid region, and the last valid model of each region that now has errors."""
        fresh = {r.slug: r for r in self.workspace.load()}
        kept = {
            s: r for s, r in self.session.regions.items() if s in self.workspace.problems and s not in fresh
        }
        return list({**kept, **fresh}.values())

    def _apply_one(self, slug: str) -> None:
        if slug == TOP:
            return
        start = time.perf_counter()
        state, region = self.workspace.reload(slug)
        if state == "invalid":
            errors = [d for d in self.workspace.problems.get(slug, []) if d.is_error]
            self.echo(diagnostics.format_text(errors))
            self.echo(word("preview", "invalid", self.lang, slug=slug, errors=len(errors)))
            return
        if state == "gone" and slug not in self.session.regions:
            return
        self.session.update(slug, region)
        if state == "gone":
            self.echo(word("preview", "removed", self.lang, slug=slug))
        else:
            self.echo(word("preview", "updated", self.lang, slug=slug, seconds=time.perf_counter() - start))
        warnings = len(self.workspace.warnings)
        if warnings:
            self.echo(word("preview", "warnings", self.lang, warnings=warnings))

    def _report(self) -> None:
        """Errors first, each with its source line and hint; the warnings as one line."""
        errors = self.workspace.errors
        if errors:
            self.echo(diagnostics.format_text(errors))
        warnings = len(self.workspace.warnings)
        if warnings:
            self.echo(word("preview", "warnings", self.lang, warnings=warnings))

    def _work(self) -> None:
        while not self._stop.is_set():
            if not self._wake.wait(timeout=0.5):
                continue
            time.sleep(DEBOUNCE)
            self._wake.clear()
            slugs, self._pending = self._pending, set()
            if slugs:
                try:
                    self.apply(slugs)
                except Exception as exc:  # noqa: BLE001 (a bug: say so, keep serving the last good pages)
                    self.echo(f"preview: {type(exc).__name__}: {exc}")

    # ------------------------------------------------------------------ running

    def start(self, host: str, port: int) -> ThreadingHTTPServer:
        """Listen, open, and serve and watch in background threads; `stop()` ends them."""
        server = _Server((host, port), _handler(self))  # first: a busy port is said at once
        self.server = server
        self.open()
        threading.Thread(target=server.serve_forever, name="preview-http", daemon=True).start()
        threading.Thread(target=self._work, name="preview-worker", daemon=True).start()
        self.observer = _watch(self, [self.workspace.masterplans, self.config.root, TEMPLATES])
        return server

    def stop(self) -> None:
        self._stop.set()
        self.observer.stop()
        self.server.shutdown()
        self.server.server_close()
        with self.changed:  # release pages waiting for a change
            self.version += 1
            self.changed.notify_all()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/"


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that reloads drops its pending request: not worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler(preview: Preview) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path == WAIT_PATH:
                since = int((parse_qs(parts.query).get("since") or ["-1"])[0] or -1)
                self._send(
                    HTTPStatus.OK, json.dumps({"version": preview.wait(since)}).encode(), "application/json"
                )
                return
            status, body, media = preview.respond(unquote(parts.path))
            if media == "redirect":
                self.send_response(status)
                self.send_header("Location", body.decode())
                self.end_headers()
                return
            self._send(status, body, media)

        def _send(self, status: int, body: bytes, media: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return  # the terminal is for the diagnostics

    return Handler


def _watch(preview: Preview, folders: list[Path]) -> Any:
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    class Changes(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.event_type in ("opened", "closed_no_write"):
                return
            for raw in (event.src_path, getattr(event, "dest_path", "")):
                if raw:
                    path = Path(raw if isinstance(raw, str) else raw.decode())
                    if _relevant(path, preview):
                        preview.notice(path)

    # A folder created and renamed at once (`masterplan new` writes `.slug-tmp/` and renames it)
    # makes watchdog's inotify observer re-add a watch it already has and warn about it from its
    # thread; the watch still works, and where warnings are errors the warning would end the thread.
    warnings.filterwarnings(
        "ignore", message=r"Callback with id .* already exists for watch", category=RuntimeWarning
    )
    observer = Observer()
    handler = Changes()
    for folder in dict.fromkeys(f.resolve() for f in folders if f.is_dir()):
        recursive = folder != preview.config.root.resolve()  # the root: only its setting files
        observer.schedule(handler, str(folder), recursive=recursive)
    observer.daemon = True
    observer.start()
    return observer


def _relevant(path: Path, preview: Preview) -> bool:
    """A region's file or folder, a template, or a site setting; never hidden (editor) files."""
    if _is_site_setting(path, preview.config.root):
        return True
    resolved = path.resolve()
    for folder in (preview.workspace.masterplans.resolve(), TEMPLATES.resolve()):
        if resolved.is_relative_to(folder) and resolved != folder:
            return not any(part.startswith(".") for part in resolved.relative_to(folder).parts)
    return False


def _is_site_setting(path: Path, root: Path) -> bool:
    """mkdocs.yml, masterplan.toml, or a template: the whole preview opens again."""
    resolved = path.resolve()
    if resolved.parent == root.resolve() and resolved.name in ("mkdocs.yml", TOML_NAME):
        return True
    return resolved.is_relative_to(TEMPLATES.resolve())


def _dest(url_path: str) -> str:
    """URL path → site file: '/' → 'index.html', '/wilayah/x/' → 'wilayah/x/index.html'."""
    dest = url_path.lstrip("/")
    if dest == "" or dest.endswith("/"):
        dest += "index.html"
    return dest


def _masterplans_option(data: dict[str, Any]) -> str:
    for entry in data.get("plugins", []):
        if isinstance(entry, dict) and "masterplan" in entry:
            return str((entry["masterplan"] or {}).get("masterplans", "masterplans"))
    return "masterplans"
