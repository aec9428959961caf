"""A hostile masterplan cannot make the PDF renderer read local files or touch the network.

tests/fixtures/pdf/hostile/ carries `<img src="file:///etc/passwd">`, `<link rel="attachment">`,
remote images, `<script>`, CSS `url()`s in its Markdown, and an emblem SVG that references
/etc/passwd and an http URL. The Markdown sanitiser removes most of it; the fetcher refuses the
rest. Rendered in this process with sockets disabled, so any network attempt is recorded.
"""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest
from pypdf import PdfReader
from weasyprint import HTML

from generator.pdf import PdfError, write_pdf, write_pdfs
from generator.pdf.document import build_html
from generator.pdf.fetcher import RefusedURL, SafeFetcher
from generator.validation.validate import validate_region

HOSTILE = Path(__file__).parents[1] / "fixtures" / "pdf" / "hostile"
SECRET = Path("/etc/passwd")
MARKERS = ["root:x:0:0", "/bin/bash", "/usr/sbin/nologin"]  # lines every /etc/passwd has


@pytest.fixture(scope="module")
def hostile():
    region, diagnostics = validate_region(HOSTILE)
    assert region is not None, [str(d) for d in diagnostics if d.is_error]
    return region


@pytest.fixture(scope="module")
def network_attempts():
    """Every outgoing connection attempted while the module's PDFs render (none are allowed)."""
    attempts: list[object] = []
    original = socket.socket.connect

    def refuse(self, address):
        if self.family not in (socket.AF_INET, socket.AF_INET6):  # local IPC (the process pool) is fine
            return original(self, address)
        attempts.append(address)  # pragma: no cover - only runs if the renderer misbehaves
        raise OSError("network disabled in tests")  # pragma: no cover

    socket.socket.connect = refuse
    yield attempts
    socket.socket.connect = original


@pytest.fixture(scope="module")
def rendered(hostile, network_attempts, tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    warnings = {
        kind: write_pdf(hostile, out / f"{kind}.pdf", kind=kind) for kind in ("masterplan", "quick-win")
    }
    return out, warnings


def _all_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.mark.slow
def test_no_local_file_content_in_text_or_attachments(rendered, hostile):
    out, _ = rendered
    for kind in ("masterplan", "quick-win"):
        reader = PdfReader(out / f"{kind}.pdf")
        text = _all_text(out / f"{kind}.pdf")
        assert not any(marker in text for marker in MARKERS)
        assert "SKRIP-JAHAT" not in text  # <script> never runs nor prints
        assert sorted(reader.attachments) == sorted(
            p.name for p in hostile.files
        )  # the sources, nothing else
        for name, contents in reader.attachments.items():
            assert all(m.encode() not in data for data in contents for m in MARKERS), name


@pytest.mark.slow
def test_legitimate_text_survives(rendered):
    out, _ = rendered
    text = _all_text(out / "masterplan.pdf")
    assert "Paragraf pembuka yang sah." in text and "Uraian program." in text


@pytest.mark.slow
def test_no_network_attempted(rendered, network_attempts):
    assert network_attempts == []


@pytest.mark.slow
def test_refusals_are_reported_as_warnings(rendered):
    _, warnings = rendered
    for kind in ("masterplan", "quick-win"):
        joined = "\n".join(warnings[kind])
        assert "refused 'file:///etc/passwd'" in joined  # from the emblem SVG
        assert "refused 'http://127.0.0.1:9/remote.png'" in joined


@pytest.mark.slow
def test_strict_fails_cleanly_and_writes_nothing(hostile, network_attempts, tmp_path):
    target = tmp_path / "strict.pdf"
    with pytest.raises(PdfError) as error:
        write_pdf(hostile, target, kind="quick-win", strict=True)
    assert any("file:///etc/passwd" in w for w in error.value.warnings)
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_markdown_is_sanitised_before_weasyprint_sees_it(hostile):
    html = build_html(hostile, "masterplan")
    for needle in (
        "file:///etc",
        "<script",
        "<link",
        "<object",
        "<iframe",
        "javascript:",
        "onerror",
        "127.0.0.1",
    ):
        assert needle not in html, needle


def test_raw_hostile_html_through_the_fetcher_leaks_nothing(tmp_path, network_attempts):
    """The second wall: even unsanitised HTML rendered with our fetcher cannot read or fetch."""
    html = """<html><body><p>x</p>
      <link rel="attachment" href="file:///etc/passwd">
      <img src="file:///etc/passwd"><img src="http://127.0.0.1:9/a.png"><img src="assets/../../secret.txt">
      <div style="background: url(https://127.0.0.1:9/b.png)"></div></body></html>"""
    (tmp_path / "secret.txt").write_text("TOP-SECRET")
    assets = tmp_path / "region" / "assets"
    assets.mkdir(parents=True)
    fetcher = SafeFetcher([assets])
    pdf = HTML(string=html, base_url=assets.as_uri() + "/", url_fetcher=fetcher).write_pdf()
    assert b"TOP-SECRET" not in pdf and not any(m.encode() in pdf for m in MARKERS)
    assert PdfReader(io.BytesIO(pdf)).attachments == {}
    assert "file:///etc/passwd" in fetcher.refused and "http://127.0.0.1:9/a.png" in fetcher.refused
    assert network_attempts == []


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://127.0.0.1:9/x.png",
        "https://example.org/logo.png",
        "ftp://example.org/x",
        "file://evil.example/etc/passwd",
        "ASSETS/../../escape.txt",
    ],
)
def test_fetcher_refuses(url, tmp_path):
    assets = tmp_path / "assets"
    assets.mkdir()
    (tmp_path / "escape.txt").write_text("outside")
    if url.startswith("ASSETS"):
        url = assets.as_uri() + url.removeprefix("ASSETS")
    with pytest.raises((RefusedURL, ValueError)):
        SafeFetcher([assets]).fetch(url)


def test_fetcher_refuses_symlink_out_of_assets(tmp_path):
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "logo.png").symlink_to(SECRET)
    with pytest.raises(RefusedURL):
        SafeFetcher([assets]).fetch((assets / "logo.png").as_uri())


def test_fetcher_serves_assets_and_data_urls(tmp_path):
    assets = tmp_path / "assets"
    (assets / "sub").mkdir(parents=True)
    (assets / "sub" / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    fetcher = SafeFetcher([assets])
    response = fetcher.fetch((assets / "sub" / "logo.svg").as_uri())
    assert response.read().startswith(b"<svg") and response.content_type == "image/svg+xml"
    assert fetcher.fetch("data:text/plain;base64,aGFsbw==").read() == b"halo"


@pytest.mark.slow
def test_write_pdfs_logs_refusals(hostile, network_attempts, tmp_path, caplog):
    with caplog.at_level("WARNING", logger="masterplan.pdf"):
        paths = write_pdfs([hostile], tmp_path, jobs=1, progress=False, kinds=("masterplan", "quick-win"))
    assert [p.name for p in paths] == ["hostile-quick-win.pdf", "hostile-masterplan.pdf"]
    assert any(
        "hostile-quick-win.pdf: error: Failed to load image at 'file:///etc/passwd'" in m
        for m in caplog.messages
    )


@pytest.mark.slow
def test_strict_error_crosses_the_process_pool_with_its_warnings(hostile, tmp_path):
    with pytest.raises(PdfError) as error:
        write_pdfs([hostile], tmp_path, jobs=2, strict=True, progress=False)
    assert any("refused 'file:///etc/passwd'" in w for w in error.value.warnings)
    assert not list(tmp_path.glob("*.pdf"))
