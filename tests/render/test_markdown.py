"""Markdown from regional teams: links keep only what cannot be resolved against a local file."""

from __future__ import annotations

import pytest

from generator.render.markdown import markdown


@pytest.mark.parametrize(
    "target",
    ["../../etc/passwd", "/etc/passwd", "file:///etc/passwd", "lambang.svg", "javascript:alert(1)", "//evil"],
)
def test_relative_and_local_links_lose_their_target(target: str) -> None:
    html = str(markdown(f"see [the file]({target})"))
    assert "href" not in html and "the file" in html


@pytest.mark.parametrize("target", ["https://jdih.go.id/a", "http://x.id", "mailto:a@b.id", "#bab-2"])
def test_absolute_web_links_and_anchors_stay(target: str) -> None:
    assert f'href="{target}"' in str(markdown(f"[ok]({target})"))


def test_one_text_leaves_nothing_behind_for_the_next() -> None:
    """The converter is reused (reset between texts): a reference or raw HTML of one description
    must not show up in another."""
    markdown("[ref]: https://example.org/a\n\nsee [the page][ref]\n\n<div>x</div>")
    later = str(markdown("see [the page][ref]"))
    assert "href" not in later and "example.org" not in later
    assert later == "<p>see [the page][ref]</p>"
