"""Evaluation views, drafts, open data and history in the built review site (`built_site`).

Every number is checked against the model (generator/evaluation.py), formatted with the same
functions the templates use, so a page that computed or rounded on its own would fail here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.render.formatting import percent, rupiah_short
from generator.render.opendata import write_open_data
from generator.render.progress_charts import rate_text, score, stage_label
from generator.site.labels import labels
from generator.site.progress import programme_rows
from generator.validation.validate import validate_paths

from ..conftest import SAMPLES, SITE_FIXTURE
from ..site.test_pages import REGION_PAGES, Page, read, section

pytestmark = pytest.mark.slow

BANNER = {"id": "DRAF — belum disahkan", "en": "DRAFT — not yet approved"}
EVAL_BANNER = "DRAF — hasil evaluasi ini belum disahkan"


@pytest.fixture(scope="module")
def regions():
    result = validate_paths(sorted(p.parent for p in SAMPLES.glob("*/masterplan.yaml")) + [SITE_FIXTURE])
    assert not result.errors
    return {r.slug: r for r in result.regions}


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site[0]


def progress_html(site: Path, slug: str, prefix: str = "") -> str:
    return read(site / prefix / "wilayah" / slug / "kemajuan.html")


def table_in(fragment: str) -> list[list[str]]:
    tables = Page(fragment).tables
    assert tables, "no table in the section"
    return tables[0]


def pct(fraction) -> str:
    return "—" if fraction is None else percent(fraction)


def band(ev, fraction, lang="id") -> str:
    found = ev.band(fraction)
    return found.label[lang] if found else "—"


# --------------------------------------------------------------------------- per region


def test_implementation_per_pillar_matches_the_model(site: Path, regions) -> None:
    checked = 0
    for slug, region in regions.items():
        html = progress_html(site, slug)
        for ev in region.evaluations:
            rows = table_in(section(html, f"evaluasi-{ev.slug}-dimensi"))[1:]
            expected = [
                [p.name("id"), str(r.done), str(r.total), pct(r.value), band(ev, r.value)]
                for p, r in ev.implementation_by_pillar
            ]
            overall = ev.implementation()
            expected.append(
                ["Jumlah", str(overall.done), str(overall.total), pct(overall.value), band(ev, overall.value)]
            )
            assert rows == expected, (slug, ev.slug)
            checked += 1
    assert checked == sum(len(r.evaluations) for r in regions.values()) > 0


def test_the_headline_figures_are_the_latest_evaluations(site: Path, regions) -> None:
    """The figures at the top of the progress page (the sample's ~75% is checked in tests/test_samples.py)."""
    html = progress_html(site, "kutai-kartanegara")
    latest = regions["kutai-kartanegara"].evaluations[-1]
    rate = latest.implementation()
    stats = "".join(Page(html.split('class="mp-stats"', 1)[1].split("</div>\n</div>", 1)[0]).text)
    assert percent(rate.value) in stats and f"{rate.done} dari {rate.total} program" in stats
    assert percent(latest.budget_realisation.value) in stats and score(latest.index) in stats
    assert rupiah_short(latest.budget_realisation.done) in stats


def test_index_and_dimensions_match_the_model(site: Path, regions) -> None:
    for slug, region in regions.items():
        html = progress_html(site, slug)
        for ev in region.evaluations:
            rows = table_in(section(html, f"evaluasi-{ev.slug}-indeks"))
            scores = {row[0]: row[2] for row in rows[1:-1]}
            assert scores == {
                "Baseline": score(ev.scores["baseline"]),
                "Output": score(ev.scores["output"]),
                "Outcome": score(ev.scores["outcome"]),
                "Impact": score(ev.scores["impact"]),
                "Quick Win": score(ev.scores["quick-win"]),
            }
            weights = [row[1] for row in rows[1:-1]]
            assert weights == [
                percent(ev.weights.get(d, 0) / 100, digits=0)
                for d in ("baseline", "output", "outcome", "impact", "quick-win")
            ]
            assert rows[-1][:3] == ["Indeks evaluasi", "100%", score(ev.index)]


def test_programme_status_table_lists_every_due_programme(site: Path, regions) -> None:
    t = labels("id")
    for slug, region in regions.items():
        html = progress_html(site, slug)
        for ev in region.evaluations:
            rows = table_in(section(html, f"evaluasi-{ev.slug}-program"))[1:-1]
            expected = programme_rows(ev)
            assert [r[0] for r in rows] == [row.programme.id for row in expected]
            assert [r[2] for r in rows] == [t(f"ev_status_{row.status}") for row in expected]
            total = table_in(section(html, f"evaluasi-{ev.slug}-program"))[-1]
            assert total[-1] == percent(ev.budget_realisation.value, digits=0)
    cancelled = [
        r for r in programme_rows(regions["kutai-kartanegara"].evaluations[-1]) if r.status == "cancelled"
    ]
    assert [r.programme.id for r in cancelled] == ["SOC-03"]


def test_trend_table_and_chart_cover_every_evaluation_newest_first(site: Path, regions) -> None:
    region = regions["kutai-kartanegara"]
    html = progress_html(site, "kutai-kartanegara")
    rows = table_in(section(html, "tren"))[1:]
    assert [r[0] for r in rows] == [stage_label(ev) for ev in reversed(region.evaluations)]
    assert [r[3] for r in rows] == [rate_text(ev.implementation()) for ev in reversed(region.evaluations)]
    assert [r[5] for r in rows] == [score(ev.index) for ev in reversed(region.evaluations)]
    desc = section(html, "tren").split("<desc", 1)[1].split("</desc>", 1)[0]
    for ev in region.evaluations:
        assert stage_label(ev) in desc and score(ev.index) in desc


def test_evaluation_pdfs_are_linked(site: Path, regions) -> None:
    for slug, region in regions.items():
        hrefs = {v for _, _, v in Page(progress_html(site, slug)).links}
        overview = {v for _, _, v in Page(read(site / "wilayah" / slug / "index.html")).links}
        for ev in region.evaluations:
            name = f"{slug}-evaluasi-{ev.slug}.pdf"
            assert (site / "pdf" / name).is_file()
            assert f"../../pdf/{name}" in hrefs and f"../../pdf/{name}" in overview


def test_unapproved_evaluations_carry_their_own_banner(site: Path, regions) -> None:
    for slug, region in regions.items():
        html = progress_html(site, slug)
        for ev in region.evaluations:
            shown = EVAL_BANNER in section(html, f"evaluasi-{ev.slug}")
            assert shown == (ev.data.status != "approved"), (slug, ev.slug)


# --------------------------------------------------------------------------- national


def test_national_ranking_orders_regions_by_latest_rate_then_index(site: Path, regions) -> None:
    table = Page(read(site / "evaluasi.html")).tables[0]
    latest = [(r, r.evaluations[-1]) for r in regions.values() if r.evaluations]
    latest.sort(key=lambda row: (-row[1].implementation().value, -row[1].index))
    assert [row[1] for row in table[1:]] == [
        r.full_name + (f" {labels('id')(f'status_{r.status}')}" if r.status != "approved" else "")
        for r, _ in latest
    ]
    for row, (region, ev) in zip(table[1:], latest, strict=True):
        assert row[0] == str(latest.index((region, ev)) + 1)
        assert row[5:] == [
            rate_text(ev.implementation()),
            band(ev, ev.implementation().value),
            percent(ev.budget_realisation.value),
            score(ev.index),
        ]
    html = read(site / "evaluasi.html")
    assert 'data-province="Kalimantan Timur" data-cohort="2017"' in html  # the filter's hooks
    assert "evaluation-filter.js" in html


# --------------------------------------------------------------------------- drafts


def test_every_page_of_an_unapproved_region_carries_the_draft_banner(site: Path, regions) -> None:
    assert {r.status for r in regions.values()} == {"approved", "final", "draft"}
    for prefix, lang in (("", "id"), ("en/", "en")):
        for slug, region in regions.items():
            for page in REGION_PAGES:
                html = read(site / prefix / "wilayah" / slug / f"{page}.html")
                banner = f'<div class="mp-draft-banner" role="note"><strong>{BANNER[lang]}</strong></div>'
                assert (banner in html) == (region.status != "approved"), (prefix, slug, page)
        assert BANNER[lang] not in read(site / prefix / "index.html")


# --------------------------------------------------------------------------- open data, history


def test_open_data_is_published_and_linked(site: Path, regions, tmp_path: Path) -> None:
    expected = {p.name: p.read_bytes() for p in write_open_data(list(regions.values()), tmp_path)}
    published = {p.name: p.read_bytes() for p in (site / "data").iterdir()}
    assert published == expected  # the same files, byte for byte, as `opendata.write_open_data`
    assert not (site / "en" / "data").exists()  # the English site links the same files
    national = json.loads(published["national.json"])
    assert {r["slug"] for r in national["regions"]} == set(regions)
    home = {v for _, _, v in Page(read(site / "index.html")).links}
    assert {"data/national.json", "data/national-programmes.csv"} <= home
    for slug in regions:
        links = {v for _, _, v in Page(read(site / "wilayah" / slug / "index.html")).links}
        mine = {
            f"../../data/{name}" for name in expected if name == f"{slug}.json" or name.startswith(f"{slug}-")
        }
        assert len(mine) == 5 and mine <= links
        english = {v for _, _, v in Page(read(site / "en" / "wilayah" / slug / "index.html")).links}
        assert f"../../../data/{slug}.json" in english


def test_history_page_outside_git_says_so(site: Path) -> None:
    html = read(site / "wilayah" / "kutai-kartanegara" / "riwayat.html")
    assert "Riwayat revisi tidak tersedia" in "".join(Page(html).text)


# --------------------------------------------------------------------------- review-only content


def test_review_build_shows_internal_fields_marked_as_internal(site: Path) -> None:
    overview = "".join(Page(read(site / "wilayah" / "kutai-kartanegara" / "index.html")).text)
    assert "+62 541 661 000" in overview and "protokol@kukarkab.go.id" in overview
    assert "revisi lampiran anggaran menunggu" in overview
    governance = "".join(Page(read(site / "wilayah" / "kutai-kartanegara" / "governance.html")).text)
    assert "Negosiasi lisensi aplikasi" in governance
    assert "Internal — hanya di build review" in governance


def test_hostile_evaluation_text_is_shown_literally(site: Path) -> None:
    text = "".join(Page(progress_html(site, "kota-contoh")).text)
    for shown in (
        "Evaluator <script>alert('evaluator')</script>",
        "Capaian <script>alert('capaian')</script>",
        "Temuan <svg onload=alert('temuan')>",
        "Catatan <img src=x onerror=alert('catatan')> | pipa",
        "Sebagian <script>alert('qw-hasil')</script>",
    ):
        assert shown in text, shown
