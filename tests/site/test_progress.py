"""Evaluation views, drafts, open data and history in the built review site (`built_site`).

Every number is checked against the model (generator/evaluation.py), formatted with the same
functions the templates use, so a page that computed or rounded on its own would fail here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.model.official import index_trend, of_year
from generator.render.formatting import fixed, percent, rupiah_short
from generator.render.opendata import write_open_data
from generator.render.progress_charts import rate_text, score, stage_label
from generator.site.labels import labels
from generator.site.progress import programme_rows
from generator.validation.validate import validate_paths

from ..conftest import SAMPLES, SITE_FIXTURE
from ..site.test_pages import REGION_PAGES, Page, read, section

pytestmark = pytest.mark.slow

BANNER = {"id": "DRAF — belum disahkan", "en": "DRAFT — not yet approved"}
# the banner's words follow the evaluation's status, like the status chip beside it
EVAL_BANNER = {
    "draft": "DRAF — hasil evaluasi ini belum disahkan",
    "final": "FINAL, MENUNGGU PENGESAHAN — hasil evaluasi ini belum disahkan",
}


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
    official = latest.official  # the official index and rank
    assert (
        fixed(official.index) in stats
        and f"Peringkat nasional {official.rank} dari {official.evaluated}" in stats
    )
    withdrawn = section(html, f"evaluasi-{latest.slug}-program").split("tidak dihitung dalam penyebut", 1)[1]
    assert latest.withdrawn and all(pid in withdrawn for pid in latest.withdrawn)  # named, not counted
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
            assert rows[-1][:3] == ["Indeks perkiraan", "100%", score(ev.index)]


def test_official_result_matches_the_model(site: Path, regions) -> None:
    checked = 0
    for slug, region in regions.items():
        html = progress_html(site, slug)
        for ev in region.evaluations:
            official = ev.official
            if official is None:
                assert "belum dicatat" in section(html, f"evaluasi-{ev.slug}-resmi")
                continue
            tables = Page(section(html, f"evaluasi-{ev.slug}-resmi")).tables
            rows = tables[0][1:]
            assert [row[2] for row in rows[:-1]] == [
                fixed(official.scores[d]) for d in ("baseline", "output", "outcome", "impact", "quick-win")
            ]
            assert rows[-1][:3] == ["Indeks resmi", "100%", fixed(official.index)]
            assert rows[-1][3] == f"Peringkat nasional {official.rank} dari {official.evaluated}"
            assert rows[3][3] == "dihitung: rata-rata enam nilai pilar"  # Impact, computed
            assert [row[1] for row in tables[1][1:]] == [
                fixed(official.data.pillars[part.code]) for part in region.parts
            ]
            checked += 1
    assert checked == 4  # every sample evaluation; the site fixture's has no official result


def test_open_recommendations_and_evidence_are_shown(site: Path, regions) -> None:
    from generator.model.recommendations import followed_in, open_recommendations

    region = regions["kutai-kartanegara"]
    latest = region.evaluations[-1]
    html = progress_html(site, "kutai-kartanegara")
    rows = table_in(section(html, "rekomendasi-terbuka"))[1:]
    expected = open_recommendations(latest)
    assert expected, "the sample has open recommendations"
    assert [r[0] for r in rows] == [t.recommendation.id for t in expected]
    assert [r[-1] for r in rows] == [f"{t.months_open} bulan" for t in expected]
    follow = table_in(section(html, f"evaluasi-{latest.slug}-tindak-lanjut"))[1:]
    status = labels("id")
    assert [(r[0], r[3]) for r in follow] == [
        (t.recommendation.id, status(f"rec_status_{t.follow_ups[-1][1].status}")) for t in followed_in(latest)
    ]
    evidence = table_in(section(html, f"evaluasi-{latest.slug}-bukti"))[1:]
    assert len(evidence) == len(latest.evidence)
    files = [e.file for _, _, e in latest.evidence if e.file]
    assert files and all(any(f in row[1] for row in evidence) for f in files)
    # the pillar page shows the latest evaluation's status beside the plan's
    for pid in latest.withdrawn:  # plan says one thing, the evaluation another: both shown
        pillar = read(site / "wilayah" / "kutai-kartanegara" / f"{region.pillar_of[pid].code}.html")
        assert f"Evaluasi {stage_label(latest)}: {status('ev_status_cancelled')}" in pillar


def test_programme_status_table_lists_every_due_programme(site: Path, regions) -> None:
    t = labels("id")
    for slug, region in regions.items():
        html = progress_html(site, slug)
        for ev in region.evaluations:
            rows = table_in(section(html, f"evaluasi-{ev.slug}-program"))[1:-1]
            expected = programme_rows(ev)
            assert [r[0] for r in rows] == [row.programme.id for row in expected]
            assert [r[2] for r in rows] == [
                t(f"ev_status_{row.status}") + (" — " + t("withdrawn") if row.withdrawn else "")
                for row in expected
            ]
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
    assert [r[3] for r in rows] == [fixed(ev.official.index) for ev in reversed(region.evaluations)]
    assert [r[4] for r in rows] == [rate_text(ev.implementation()) for ev in reversed(region.evaluations)]
    assert [r[6] for r in rows] == [score(ev.index) for ev in reversed(region.evaluations)]
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
            text = section(html, f"evaluasi-{ev.slug}")
            shown = [status for status, banner in EVAL_BANNER.items() if banner in text]
            assert shown == ([] if ev.data.status == "approved" else [ev.data.status]), (slug, ev.slug)


# --------------------------------------------------------------------------- national


def test_national_ranking_by_official_index_per_year(site: Path, regions) -> None:
    """Each year's group ranks that year's evaluations by official index (a 2024 result no longer
    ranks above 2026 ones), with the national rank, index trend and implementation rate."""
    table = Page(read(site / "evaluasi.html")).tables[0]
    groups: dict[str, list[list[str]]] = {}
    current = None
    for row in table[1:]:
        if row[0].startswith("Peringkat indeks resmi"):
            current = row[0].rsplit(" ", 1)[1]
            groups[current] = []
        else:
            groups[current].append(row)
    years = sorted({e.data.year for r in regions.values() for e in r.evaluations}, reverse=True)
    assert list(groups) == [str(y) for y in years]
    for year, rows in groups.items():
        evaluated = [(r, of_year(r, int(year))) for r in regions.values()]
        evaluated = [(r, ev) for r, ev in evaluated if ev is not None]
        evaluated.sort(
            key=lambda row: (row[1].official is None, -(row[1].official.index if row[1].official else 0))
        )
        assert [row[1].split(" Final")[0].split(" Draf")[0] for row in rows] == [
            r.full_name for r, _ in evaluated
        ]
        for place, (row, (region, ev)) in enumerate(zip(rows, evaluated, strict=True), 1):
            assert row[8] == rate_text(ev.implementation())
            if ev.official is None:  # evaluated that year, no official result: listed last, unranked
                assert (row[0], row[5], row[6], row[7]) == ("—", "—", "—", "belum ada indeks resmi")
                continue
            assert row[0] == str(place)
            assert row[5] == fixed(ev.official.index)
            assert row[6] == f"{ev.official.rank} dari {ev.official.evaluated}"
            assert row[7] == " → ".join(f"{y}: {fixed(v)}" for y, v in index_trend(region))
    assert any("→" in row[7] for row in groups["2026"])  # a region evaluated in two years shows its trend
    html = read(site / "evaluasi.html")
    assert (
        'data-province="Kalimantan Timur" data-cohort="2017" data-year="2026"' in html
    )  # the filter's hooks
    assert f'data-filter-year-default="{years[0]}"' in html
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
        assert len(mine) == 6 and mine <= links  # JSON + programmes, budget, funding, targets, quick wins
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
