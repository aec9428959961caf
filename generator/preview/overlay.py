"""What the preview adds to each page: a reload hook, and the diagnostics while a file is invalid.

Like a dev server's compile-error overlay: every diagnostic with its file, line, column, code,
message, the source line with a caret, and the hint; all text escaped (it quotes user files).
The page keeps asking the server whether anything changed (long polling, no websocket) and
reloads itself, so fixing the file brings the page back without touching the browser.
"""

from __future__ import annotations

import html
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.words import word

WAIT_PATH = "/__masterplan/wait"

RELOAD = """<script>
(function () {
  var seen = %d;
  function wait() {
    fetch("%s?since=" + seen, {cache: "no-store"})
      .then(function (r) { return r.json(); })
      .then(function (d) { if (d.version !== seen) { location.reload(); } else { wait(); } })
      .catch(function () { setTimeout(wait, 1000); });
  }
  wait();
})();
</script>"""

STYLE = (
    "position:fixed;inset:0;z-index:10000;overflow:auto;background:rgba(20,20,28,.94);color:#f4f4f6;"
    "font:14px/1.5 ui-monospace,'DejaVu Sans Mono',monospace;padding:2rem"
)


def decorate(page: str, *, version: int, errors: list[Diagnostic], warnings: int, lang: str) -> str:
    """`page` (HTML) with the reload hook and, if there are errors, the diagnostics overlay."""
    extra = (overlay(errors, warnings=warnings, lang=lang) if errors else "") + RELOAD % (version, WAIT_PATH)
    at = page.rfind("</body>")
    return page[:at] + extra + page[at:] if at >= 0 else page + extra


def error_page(*, version: int, errors: list[Diagnostic], warnings: int, lang: str, missing: str) -> str:
    """For a page that does not exist (yet): the diagnostics if any, else 'not found'."""
    body = "" if errors else f"<p>{html.escape(word('preview', 'not_found', lang, path=missing))}</p>"
    page = f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>masterplan</title></head><body>{body}</body></html>'
    return decorate(page, version=version, errors=errors, warnings=warnings, lang=lang)


def overlay(errors: list[Diagnostic], *, warnings: int, lang: str) -> str:
    title = word("preview", "errors", lang, errors=len(errors), warnings=warnings)
    items = "".join(_item(d) for d in errors)
    hint = word("preview", "fix", lang)
    return (
        f'<div id="masterplan-diagnostics" role="alert" style="{STYLE}">'
        f'<h1 style="color:#ff8a80;font-size:1.3rem;margin:0 0 .5rem">{html.escape(title)}</h1>'
        f'<p style="margin:0 0 1.5rem;color:#c8c8d0">{html.escape(hint)}</p>{items}</div>'
    )


def _item(d: Diagnostic) -> str:
    source = _source(d)
    shown = ""
    if source is not None:
        caret = " " * max(d.column - 1, 0) + "^"
        shown = (
            f'<pre style="margin:.4rem 0;padding:.5rem;background:#000;color:#e8e8e8;white-space:pre">'
            f'{html.escape(source)}\n<span style="color:#ff8a80">{caret}</span></pre>'
        )
    hint = f'<div class="hint" style="color:#9ccc65">hint: {html.escape(d.hint)}</div>' if d.hint else ""
    return (
        '<section class="diagnostic" style="margin:0 0 1.5rem">'
        f'<div><span class="location" style="color:#80d8ff">{html.escape(d.location())}</span> '
        f'<span style="color:#ff8a80">{html.escape(d.severity)} {html.escape(d.code)}</span> '
        f'<span class="message">{html.escape(d.message)}</span></div>{shown}{hint}</section>'
    )


def _source(d: Diagnostic) -> str | None:
    if d.line <= 0:
        return None
    try:
        lines = Path(d.file).read_bytes().decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    line = lines[d.line - 1] if d.line <= len(lines) else None
    return line.replace("\t", " ") if line is not None and len(line) <= 300 else None
