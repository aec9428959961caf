"""SVG charts: well-formed, accessible, escaped, proportional, deterministic.

Uses tests/fixtures/regions/tiny: three programmes (one with a hostile name, one with a long
name), two funding sources, readiness items in all three components.
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.model.evaluation import Evaluation, evaluation_config
from generator.model.region import PillarPart, Region
from generator.render import charts, progress_charts
from generator.render import svg as draw
from generator.render.formatting import number, percent, rupiah
from generator.schema.evaluation import EvaluationFile
from generator.validation.validate import validate_region

TINY = Path(__file__).parents[1] / "fixtures" / "regions" / "tiny"
NS = {"s": "http://www.w3.org/2000/svg"}
HOSTILE = "<script>alert(1)</script> & Layanan Terpadu"


@pytest.fixture(scope="session")
def region() -> Region:
    found, diags = validate_region(TINY)
    assert found is not None, [str(d) for d in diags if d.is_error]
    return found


def all_charts(region: Region, lang: str = "id") -> dict[str, str]:
    ind = region.programmes[0].indicators[0]
    return {
        "bpy": charts.budget_by_pillar_year(region, lang=lang),
        "bsrc": charts.budget_by_source(region, lang=lang),
        "road": charts.roadmap(region, lang=lang),
        "ind": charts.indicator_chart(ind, years=region.years, lang=lang),
        "ready": charts.readiness(region, lang=lang),
        "cmp": charts.compare_budget([region, region], lang=lang),
    }


def parse(svg: str) -> ET.Element:
    return ET.fromstring(str(svg))


def desc(svg: str) -> str:
    return parse(svg).find("s:desc", NS).text or ""


def rect(svg: str, key: str) -> ET.Element:
    found = parse(svg).find(f".//s:rect[@data-key='{key}']", NS)
    assert found is not None, f"no bar {key!r}"
    return found


def with_programmes(region: Region, code: str, extra: int) -> Region:
    """A copy of `region` whose pillar `code` has `extra` more programmes (clones of the first one)."""
    model = region.programmes[0]
    parts = []
    for part in region.parts:
        progs = list(part.data.programmes)
        if part.code == code:
            progs += [model.model_copy(update={"id": f"{part.pillar.prefix}-{50 + i}"}) for i in range(extra)]
        parts.append(PillarPart(part.pillar, part.data.model_copy(update={"programmes": progs})))
    return dataclasses.replace(region, parts=parts)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_chart_is_well_formed_self_contained_and_labelled(region: Region, lang: str) -> None:
    for uid, svg in all_charts(region, lang).items():
        root = parse(svg)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        width, height = float(root.get("width")), float(root.get("height"))
        assert root.get("viewBox") == f"0 0 {draw.fmt(width)} {draw.fmt(height)}"
        assert root.get("role") == "img"
        assert root.get("font-family") == "'Noto Sans', 'DejaVu Sans', sans-serif"
        assert root.get("aria-labelledby") == f"{uid}-title {uid}-desc"
        assert root.find("s:title", NS).get("id") == f"{uid}-title"
        assert root.find("s:desc", NS).get("id") == f"{uid}-desc"
        assert len(desc(svg)) > 20
        tags = {el.tag.split("}")[1] for el in root.iter()}
        assert not tags & {"script", "foreignObject", "image", "use", "style", "a"}, uid
        assert not re.search(r"href|@import|url\(|on\w+=", str(svg)), uid


def test_yearly_totals_are_stated_and_match_the_model(region: Region) -> None:
    svg = charts.budget_by_pillar_year(region)
    text = desc(svg)
    for year, total in region.budget_by_year.items():
        assert f"{year}: {rupiah(total)}" in text
    assert rupiah(region.total_budget) in text
    assert region.budget_by_year[2026] == 2_700_000_000  # 1,5 + 0,5 + 0,4 + 0,3 miliar, summed by hand
    english = desc(charts.budget_by_pillar_year(region, lang="en"))
    assert "2026: IDR 2,700,000,000" in english and "Total budget per year" in english


def test_stacked_bar_heights_are_proportional_to_amounts(region: Region) -> None:
    svg = charts.budget_by_pillar_year(region)
    gov = region.budget_by_pillar_year["governance"]
    h25, h26 = (float(rect(svg, f"governance/{y}").get("height")) for y in (2025, 2026))
    assert h26 / h25 == pytest.approx(gov[2026] / gov[2025], rel=1e-3)
    eco25 = float(rect(svg, "economy/2025").get("height"))
    assert eco25 / h25 == pytest.approx(region.budget_by_pillar_year["economy"][2025] / gov[2025], rel=1e-3)
    # stacked: economy sits directly on top of governance
    assert float(rect(svg, "economy/2025").get("y")) + eco25 == pytest.approx(
        float(rect(svg, "governance/2025").get("y"))
    )


def test_source_bars_and_shares(region: Region) -> None:
    svg = charts.budget_by_source(region)
    amounts = {s.code: a for s, a in region.budget_by_source}
    assert set(amounts) == {"apbd", "apbn", "csr"}
    w_apbd, w_apbn = (float(rect(svg, code).get("width")) for code in ("apbd", "apbn"))
    assert w_apbd / w_apbn == pytest.approx(amounts["apbd"] / amounts["apbn"], rel=1e-3)
    assert f"{rupiah(amounts['apbn'])} (8,3%)" in desc(svg)  # 500 juta of 6 miliar


def test_readiness_bars_scale_to_100(region: Region) -> None:
    svg = charts.readiness(region)
    widths = {a: float(rect(svg, a).get("width")) for a in ("Komitmen kepala daerah", "Kapasitas anggaran")}
    assert widths["Komitmen kepala daerah"] / widths["Kapasitas anggaran"] == pytest.approx(
        85 / 62.5, rel=1e-3
    )
    assert f"Struktur (rata-rata {number(region.readiness_by_component['structure'])})" in desc(svg)


def test_hostile_programme_name_is_inert(region: Region) -> None:
    assert region.programme("GOV-01").name == HOSTILE
    svg = str(charts.roadmap(region))
    assert "<script" not in svg and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Layanan" in svg
    root = parse(svg)
    assert not root.findall(".//s:script", NS)
    tips = [t.text for t in root.iter("{http://www.w3.org/2000/svg}title")]
    assert f"GOV-01 {HOSTILE}" in tips  # escaped once, not twice: the tooltip shows the name as typed
    assert HOSTILE in desc(svg)


def test_hostile_region_name_is_inert(region: Region) -> None:
    plan = region.plan.model_copy(
        update={"region": region.plan.region.model_copy(update={"name": '"><g onload=x>'})}
    )
    evil = dataclasses.replace(region, plan=plan)
    for svg in (charts.compare_budget([evil]), charts.budget_by_pillar_year(evil), charts.readiness(evil)):
        assert "<g onload" not in str(svg) and "Kota &#34;&gt;&lt;g onload=x&gt;" in str(svg)
        parse(svg)


def test_charts_are_deterministic(region: Region) -> None:
    again, _ = validate_region(TINY)
    assert all_charts(region) == all_charts(again)
    assert all_charts(region, "en") == all_charts(region, "en")


def test_roadmap_rows_cells_truncation_and_growth(region: Region) -> None:
    svg = charts.roadmap(region)
    root = parse(svg)
    assert float(root.get("width")) == 1000
    cells = [r.get("data-key") for r in root.iter("{http://www.w3.org/2000/svg}rect") if r.get("data-key")]
    assert cells == [
        "GOV-01/2025",
        "GOV-01/2026",
        "GOV-01/2027",
        "GOV-02/2026",
        "GOV-02/2027",
        "GOV-02/2028",
        "GOV-02/2029",
        "ECO-01/2025",
        "ECO-01/2026",
    ]
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    long_name = region.programme("GOV-02").name
    first = texts.index(next(t for t in texts if t.startswith("Penguatan")))
    assert " ".join(texts[first : first + 3]) == long_name  # the whole name, on three lines, not cut
    assert f"GOV-02 {long_name}" in [t.text for t in root.iter("{http://www.w3.org/2000/svg}title")]
    assert "Smart Governance" in texts and "Smart Economy" in texts and "Smart Living" not in texts
    height = float(root.get("height"))
    bigger = with_programmes(region, "living", 45)
    bigger_root = parse(charts.roadmap(bigger))
    clone = bigger.part("living").data.programmes[0]
    row = float(bigger_root.get("height")) - height - charts.HEAD_H
    assert row == pytest.approx(45 * charts._road_row_h(clone))
    assert float(bigger_root.get("width")) == 1000


def test_roadmap_for_one_pillar(region: Region) -> None:
    root = parse(charts.roadmap(region, pillar="economy", uid="road-eco"))
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "ECO-01" in texts and "GOV-01" not in texts
    empty = charts.roadmap(region, pillar="living")
    assert "Belum ada program" in str(empty)
    with pytest.raises(ValueError):
        charts.roadmap(region, pillar="nope")


def test_roadmap_pages_split_for_print(region: Region) -> None:
    big = with_programmes(region, "living", 45)  # 3 + 45 programmes under 3 pillar headers: 51 rows
    pages = charts.roadmap_pages(big, rows=24)
    assert len(pages) == 3
    ids, heights = [], []
    for n, page in enumerate(pages, start=1):
        root = parse(page)
        assert root.find("s:title", NS).get("id") == f"road-{n}-title"
        assert root.find("s:title", NS).text.endswith(f"({n}/3)")
        heights.append(float(root.get("height")))
        texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
        ids += [t for t in texts if re.fullmatch(r"[A-Z]{3}-\d\d", t)]
        headers = [t for t in texts if t.startswith("Smart ")]
        assert headers == (
            ["Smart Governance", "Smart Economy", "Smart Living"] if n == 1 else ["Smart Living"]
        )
    assert ids == [p.id for p in big.programmes]  # every programme once, in order
    assert max(heights) <= 32 + 24 * charts.HEAD_H + 10
    assert len(charts.roadmap_pages(region, rows=1)) == 3  # a header and one programme per chart, at least


def test_indicator_chart(region: Region) -> None:
    up = region.programmes[0].indicators[0]
    svg = charts.indicator_chart(up, years=region.years)
    root = parse(svg)
    assert (float(root.get("width")), float(root.get("height"))) == (360, 170)
    assert root.find("s:title", NS).text.endswith("↑")
    text = desc(svg)
    assert "Data dasar 2024: 35" in text and "2025: 45; 2026: 60; 2027: 80" in text and "(persen)" in text
    points = root.find(".//s:polyline", NS).get("points").split()
    ys = [float(p.split(",")[1]) for p in points]
    assert ys[0] > ys[1] > ys[2]  # rising values are drawn higher up
    assert (ys[0] - ys[1]) / (ys[1] - ys[2]) == pytest.approx((45 - 60) / (60 - 80), rel=1e-3)
    down = charts.indicator_chart(
        region.programme("ECO-01").indicators[0], years=region.years, lang="en", uid="i2"
    )
    assert parse(down).find("s:title", NS).text.endswith("↓") and "Baseline 2024: 7.2" in desc(down)


def test_compare_budget_grows_and_orders_regions(region: Region) -> None:
    two, five = parse(charts.compare_budget([region] * 2)), parse(charts.compare_budget([region] * 5))
    assert float(five.get("height")) - float(two.get("height")) == pytest.approx(3 * 24)
    assert rupiah(region.total_budget) in desc(charts.compare_budget([region]))
    empty = parse(charts.compare_budget([]))
    assert float(empty.get("height")) > 0


def test_uid_keeps_ids_apart_and_is_sanitised(region: Region) -> None:
    a, b = parse(charts.readiness(region, uid="r1")), parse(charts.readiness(region, uid='x" y'))
    assert a.find("s:title", NS).get("id") == "r1-title"
    assert b.find("s:title", NS).get("id") == "x--y-title"


@pytest.mark.parametrize(
    ("lo", "hi", "count", "expected"),
    [
        (0, 100, 4, [0, 25, 50, 75, 100]),
        (0, 100, 5, [0, 20, 40, 60, 80, 100]),
        (0, 33.72e9, 5, [0, 1e10, 2e10, 3e10, 4e10]),
        (0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]),
        (6.1, 7.2, 4, [6, 6.5, 7, 7.5]),
        (0, 0, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]),
        (-3, 7, 5, [-4, -2, 0, 2, 4, 6, 8]),
    ],
)
def test_nice_ticks(lo: float, hi: float, count: int, expected: list[float]) -> None:
    ticks = draw.nice_ticks(lo, hi, count)
    assert ticks == pytest.approx(expected)
    assert ticks[0] <= lo and ticks[-1] >= hi


def test_truncate_and_fmt() -> None:
    assert draw.truncate("pendek", 100, 10) == "pendek"
    cut = draw.truncate("x" * 100, 100, 10)
    assert cut.endswith("…") and draw.text_width(cut, 10) <= 100
    assert [draw.fmt(v) for v in (1.0, 2.505, -0.001, 1 / 3)] == ["1", "2.5", "0", "0.33"]


# --------------------------------------------------------------------------- evaluation charts


@pytest.fixture(scope="session")
def evaluated(region: Region) -> Region:
    """A copy of tiny with two hand-made evaluations.

    2025: GOV-01 done, ECO-01 not started → governance 1/1, economy 0/1, overall 1/2 = 50%;
    indicators: GOV-01 54 of target 45 (up) → 120%, ECO-01 poverty 8,5 vs target 6,8 (down) → 80%.
    2026: GOV-01, GOV-02 and ECO-01 in progress → 3/3 = 100%.
    """
    copy = dataclasses.replace(region, evaluations=[])
    config = evaluation_config()
    records = [
        {
            "year": 2025,
            "stage": 1,
            "date": "2025-10-01",
            "scores": {"baseline": 80, "output": 70, "impact": 60},
            "evaluators": [{"name": "Tim", "institution": "Universitas"}],
            "programmes": [
                {
                    "id": "GOV-01",
                    "status": "done",
                    "realised_budget": 900_000_000,
                    "indicators": [{"name": "Layanan publik yang dapat diajukan daring", "value": 54}],
                },
                {
                    "id": "ECO-01",
                    "status": "not-started",
                    "indicators": [{"name": "Tingkat kemiskinan", "value": 8.5}],
                },
            ],
        },
        {
            "year": 2026,
            "stage": 2,
            "date": "2026-10-01",
            "scores": {"baseline": 85, "output": 75, "impact": 70},
            "evaluators": [{"name": "Tim", "institution": "Universitas"}],
            "programmes": [{"id": p, "status": "in-progress"} for p in ("GOV-01", "GOV-02", "ECO-01")],
        },
    ]
    copy.evaluations = [
        Evaluation(EvaluationFile.model_validate(r), Path("x.yaml"), copy, config) for r in records
    ]
    return copy


def width(svg: str, key: str) -> float:
    return float(rect(svg, key).get("width"))


def test_light_spreads_any_number_of_bands_from_red_to_green(evaluated: Region) -> None:
    bands = evaluated.evaluations[0].config.bands
    assert [progress_charts.light(b, bands) for b in bands] == [0, 1, 2, 3]
    two = [b.model_copy(update={"min": m}) for b, m in zip(bands[:2], (0, 50), strict=True)]
    assert [progress_charts.light(b, two) for b in two] == [0, 3]
    assert progress_charts.light(None, bands) is None


def test_evaluation_charts_are_well_formed_and_inert(evaluated: Region) -> None:
    ev = evaluated.evaluations[0]
    draw_all = lambda: {
        "impl": progress_charts.pillar_implementation(ev),
        "ach": progress_charts.indicator_achievement(ev),
        "trend": progress_charts.evaluation_trend(evaluated),
    }
    first = draw_all()
    for uid, svg in first.items():
        root = parse(svg)
        assert root.get("aria-labelledby") == f"{uid}-title {uid}-desc" and len(desc(svg)) > 20
        tags = {el.tag.split("}")[1] for el in root.iter()}
        assert not tags & {"script", "foreignObject", "image", "use", "style", "a"}, uid
    assert draw_all() == first  # deterministic: the same bytes every build


def test_pillar_implementation_bars_rates_and_traffic_lights(evaluated: Region) -> None:
    ev = evaluated.evaluations[0]
    svg = progress_charts.pillar_implementation(ev)
    full = width(svg, "impl/governance")
    assert width(svg, "impl/overall") == pytest.approx(full / 2)  # 1 of 2 programmes due
    assert width(svg, "impl/economy") == 2.0  # 0%: a visible red sliver, not nothing
    assert width(svg, "impl/living") == 0.0  # nothing due: no bar at all
    assert rect(svg, "impl/governance").get("fill") == progress_charts.LIGHTS[3]
    assert rect(svg, "impl/economy").get("fill") == progress_charts.LIGHTS[0]
    assert rect(svg, "impl/overall").get("fill") == progress_charts.LIGHTS[1]  # 50% is in 26–50%
    text = desc(svg)
    assert (
        "Smart Governance: 1/1 · 100,0% · 76%–100%" in text and "Keseluruhan: 1/2 · 50,0% · 26%–50%" in text
    )
    assert "Smart Living: belum ada program terjadwal" in text
    assert "Overall: 1/2 · 50.0% · 26%–50%" in desc(progress_charts.pillar_implementation(ev, lang="en"))


def test_indicator_achievement_against_target(evaluated: Region) -> None:
    ev = evaluated.evaluations[0]
    svg = progress_charts.indicator_achievement(ev)
    up = width(svg, "GOV-01/Layanan publik yang dapat diajukan daring")
    down = width(svg, "ECO-01/Tingkat kemiskinan")
    assert up / down == pytest.approx(1.2 / 0.8, rel=1e-3)  # 54 ÷ 45 and 6,8 ÷ 8,5 (lower is better)
    text = desc(svg)
    assert f"54 / 45 · {percent(54 / 45)}" in text and f"8,5 / 6,8 · {percent(6.8 / 8.5)}" in text
    assert "GOV-01 <script>" not in str(svg)  # the hostile programme name is never markup
    assert parse(svg).find(".//s:line[@stroke-dasharray='4 3']", NS) is not None  # the 100% target line


def test_trend_shows_every_evaluation_in_order(evaluated: Region) -> None:
    svg = progress_charts.evaluation_trend(evaluated)
    first, second = (
        float(rect(svg, f"{ev.slug}/implementation").get("height")) for ev in evaluated.evaluations
    )
    assert second == pytest.approx(first * 2)  # 50% → 100%
    text = desc(svg)
    assert text.index("2025 · Tahap I:") < text.index("2026 · Tahap II:")
    assert progress_charts.score(evaluated.evaluations[1].index) in text
    empty = progress_charts.evaluation_trend(dataclasses.replace(evaluated, evaluations=[]))
    assert desc(empty) == "Belum ada evaluasi."
