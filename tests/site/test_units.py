"""Pieces of the site generator, without building a site: escaping, links, colours, labels, nav."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import markdown
import pytest

from generator.site import colours, paths
from generator.site.labels import LABELS, labels
from generator.site.national import nation
from generator.site.nav import build_nav
from generator.site.pages import filesize, generate
from generator.site.pdfs import manifest, sums_text
from generator.site.text import html_text, md_inline
from generator.validation.validate import validate_region

from ..conftest import ROOT, SITE_FIXTURE

TEMPLATES = ROOT / "templates" / "site"


@pytest.fixture(scope="module")
def contoh():
    region, diags = validate_region(SITE_FIXTURE)
    assert region is not None, diags
    return region


def render(md_text: str) -> str:
    return markdown.markdown(md_text, extensions=["tables", "attr_list", "md_in_html"])


@pytest.mark.parametrize(
    "text",
    [
        "[klik](javascript:alert(1))",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "A | B *tebal* _miring_ `kode` # bukan judul {#id .kelas}",
        "1. bukan daftar",
        "- bukan butir",
        "&lt;sudah di-escape&gt; & 'kutip' \"ganda\" \\ garis miring",
    ],
)
def test_md_inline_shows_text_literally_in_headings_and_tables(text: str) -> None:
    for source in (f"## {md_inline(text)}", f"| h |\n|---|\n| {md_inline(text)} |"):
        html = render(source)
        assert "<a" not in html and "<script" not in html and "<img" not in html and "<code" not in html
        visible = re.sub(r"<[^>]+>", "", html)
        import html as htmllib

        assert htmllib.unescape(visible).strip().endswith(" ".join(text.split()))


def test_html_text_escapes_for_unescaped_theme_output() -> None:
    assert html_text('Kota <b>"A"</b>\n& B') == "Kota &lt;b&gt;&#34;A&#34;&lt;/b&gt; &amp; B"


def test_links_between_pages() -> None:
    src = paths.region_page("kutai-kartanegara", "governance")
    assert paths.md_link(src, paths.SNI, "sni-10-2") == "../../sni-iso-37122.md#sni-10-2"
    assert paths.md_link(src, src, "gov-01") == "#gov-01"
    assert paths.html_link(paths.HOME, src, "gov-01") == "wilayah/kutai-kartanegara/governance.html#gov-01"
    assert paths.html_link(src, "../pdf/a.pdf") == "../../../pdf/a.pdf"
    assert paths.html_link(paths.HOME, src, directory_urls=True) == "wilayah/kutai-kartanegara/governance/"
    assert paths.md_link(paths.HOME, paths.region_page("kota a(b)")) == "wilayah/kota%20a%28b%29/index.md"
    assert paths.slugify("Daerah Istimewa Yogyakarta") == "daerah-istimewa-yogyakarta"
    assert paths.anchor("QW-GOV-01") == "qw-gov-01"


def test_pillar_colours_meet_wcag_contrast(contoh) -> None:
    for pillar in contoh.cat.pillars:
        ink, glow = colours.ink(pillar.colour), colours.glow(pillar.colour)
        assert colours.contrast(colours._rgb(ink), colours.WHITE) >= 4.5, pillar.code
        assert colours.contrast(colours._rgb(glow), colours.DARK_BG) >= 4.5, pillar.code
    css = colours.pillar_css(contoh.cat.pillars)
    assert css.count("--mp-pillar-ink") == 6


def test_every_label_used_exists_in_both_languages() -> None:
    t_id, t_en = labels("id"), labels("en")
    assert all(set(entry) == {"id", "en"} for entry in t_id.table.values())
    used = set()
    for path in [*TEMPLATES.glob("*.j2"), *(ROOT / "generator" / "site").glob("*.py")]:
        used |= set(re.findall(r"\bt\(['\"]([a-z0-9_]+)['\"]\s*[,)]", path.read_text(encoding="utf-8")))
    missing = sorted(key for key in used if key not in t_id.table)
    assert missing == []
    # keys built with a prefix in the templates ('status_' ~ status …)
    for key in (
        "status_draft",
        "status_final",
        "status_approved",
        "status_planned",
        "status_ongoing",
        "status_done",
        "status_cancelled",
        "level_rendah",
        "level_sedang",
        "level_tinggi",
        "component_structure",
        "component_infrastructure",
        "component_suprastructure",
        "heat_4",
        *(f"ev_status_{s}" for s in ("done", "in-progress", "not-started", "cancelled", "unreported")),
        *(f"dim_{d}" for d in ("baseline", "output", "outcome", "impact", "quick-win")),
        "computed_outcome",
        "computed_quick-win",
        *(f"outcome_{o}" for o in ("done", "partial", "not-done")),
        *(f"risk_state_{s}" for s in ("open", "mitigated", "occurred", "closed")),
        *(f"data_{w}" for w in ("plan", "programmes", "budget", "targets", "quick-wins")),
        "national_plan",
        "national_programmes",
        "pdf_evaluation",
        "eval_draft_banner",
        "eval_final_banner",
    ):
        assert t_en(key) and t_id(key)
    assert LABELS.is_file()


def test_pdf_manifest_and_sums(tmp_path: Path) -> None:
    (tmp_path / "a-masterplan.pdf").write_bytes(b"%PDF-1.7 a")
    (tmp_path / "a-notes.pdf").write_bytes(b"ignored")
    (tmp_path / "a-evaluasi-2025-tahap-1.pdf").write_bytes(b"%PDF-1.7 e1")
    (tmp_path / "a-evaluasi-2026-tahap-2.pdf").write_bytes(b"%PDF-1.7 stale, not published")
    docs = manifest(tmp_path, ["a", "b"])
    assert [d.kind for d in docs["a"]] == ["masterplan"] and docs["b"] == []
    assert sums_text(docs) == f"{docs['a'][0].sha256}  a-masterplan.pdf\n"
    # evaluation reports: only those of the evaluations being published are listed
    docs = manifest(tmp_path, ["a", "b"], {"a": ["2025-tahap-1"], "b": ["2025-tahap-1"]})
    assert [(d.kind, d.evaluation, d.name) for d in docs["a"]] == [
        ("masterplan", None, "a-masterplan.pdf"),
        ("evaluation", "2025-tahap-1", "a-evaluasi-2025-tahap-1.pdf"),
    ]
    assert docs["b"] == []
    assert manifest(tmp_path / "missing", ["a"]) == {"a": []}
    # the Road Map book: listed for a second-generation plan only, never from a stale file
    (tmp_path / "a-buku-road-map.pdf").write_bytes(b"%PDF-1.7 road map")
    assert [d.kind for d in manifest(tmp_path, ["a"])["a"]] == ["masterplan"]
    assert [d.kind for d in manifest(tmp_path, ["a"], generations={"a": 1})["a"]] == ["masterplan"]
    assert [d.name for d in manifest(tmp_path, ["a"], generations={"a": 2})["a"]] == [
        "a-buku-road-map.pdf",
        "a-masterplan.pdf",
    ]
    assert filesize(1_234_567, "id") == "1,2 MB" and filesize(340_000, "en") == "340 kB"


def test_nav_is_grouped_so_no_level_has_hundreds_of_siblings(contoh) -> None:
    many = []
    for i in range(240):
        info = contoh.plan.region.model_copy(
            update={"province": f"Provinsi {i % 24:02d}", "name": f"Daerah {i:03d}"}
        )
        plan = contoh.plan.model_copy(update={"region": info})
        many.append(dataclasses.replace(contoh, slug=f"daerah-{i:03d}", plan=plan))
    nav = build_nav(nation(many), labels("id"))

    def widest(items) -> int:
        width = len(items)
        for item in items:
            if isinstance(item, dict):
                for child in item.values():
                    if isinstance(child, list):
                        width = max(width, widest(child))
        return width

    assert widest(nav) <= 25  # 24 provinces + the regions index; 10 regions + index per province
    regions = next(v for item in nav for k, v in item.items() if k == "Wilayah")
    assert len(regions) == 25


def test_generated_markdown_for_one_region(contoh) -> None:
    pages = {p.uri: p.text() for p in generate([contoh], lang="id")}
    assert len(pages) == 6 + 1 + 11  # national pages, one province, eleven region pages
    governance = pages["wilayah/kota-contoh/governance.md"]
    assert "{ #gov-01 .mp-programme }" in governance
    assert 'tags:\n  - "Smart Governance"' in governance
    assert "<script>" not in "".join(pages.values())


def test_every_value_the_schema_offers_has_a_label() -> None:
    """Labels built from a field's value ('partner_' ~ type) exist for every value the schema
    accepts, not only those the samples use (a partner of type bumn-bumd once crashed the build)."""
    import typing

    from generator.schema import evaluation, plan
    from generator.validation.shape import unwrap_type

    prefixed = {
        (plan.Partner, "type"): "partner_",
        (plan.Programme, "status"): "status_",
        (plan.Document, "status"): "status_",
        (plan.Risk, "likelihood"): "level_",
        (plan.Risk, "impact"): "level_",
        (plan.ReadinessItem, "component"): "component_",
        (evaluation.ProgrammeProgress, "status"): "ev_status_",
        (evaluation.QuickWinOutcome, "outcome"): "outcome_",
        (evaluation.RiskState, "state"): "risk_state_",
    }
    t_id, t_en = labels("id"), labels("en")
    for (model, name), prefix in prefixed.items():
        values = typing.get_args(unwrap_type(model.model_fields[name].annotation))
        assert values, (model, name)
        for value in values:
            assert t_id(prefix + value) and t_en(prefix + value), prefix + value


def test_year_ranking_by_official_index_ties_share_a_place() -> None:
    from generator.validation.validate import validate_paths

    from ..conftest import SAMPLES

    regions = validate_paths([SAMPLES]).regions
    nat = nation(regions)
    assert nat.evaluation_years == sorted({e.data.year for r in regions for e in r.evaluations}, reverse=True)
    year = next(y for y in nat.evaluation_years if len(nat.year_ranking(y)) >= 2)
    ranking = nat.year_ranking(year)
    indices = [ev.official.index for _, _, ev in ranking]
    assert indices == sorted(indices, reverse=True)  # the higher official index first
    assert [place for place, _, _ in ranking] == [1 + sum(i > x for i in indices) for x in indices]
    first, second = ranking[0][2], ranking[1][2]
    second.__dict__["official"] = first.official  # the same index: the same place
    assert [place for place, _, _ in nat.year_ranking(year)][:2] == [1, 1]
