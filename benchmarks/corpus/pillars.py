"""The six pillar files: strategy per element, about 50 programmes and 10 quick wins per region."""

from __future__ import annotations

import random

from generator.catalog import Catalog, Pillar

from . import words as W
from .context import Ctx, Plan, Written, WrittenIndicator
from .text import banner, flow, flow_map, literal, num, q


def choose_programmes(ctx: Ctx) -> list[Plan]:
    """About 50 programme templates, every element at least twice, numbered per pillar."""
    rng = ctx.rng
    chosen = {el: list(ts) for el, ts in W.PROGRAMMES.items()}
    target = rng.randint(47, 53)
    total = sum(map(len, chosen.values()))
    while total > target:
        element = rng.choice([el for el, ts in chosen.items() if len(ts) > 2])
        chosen[element].pop(rng.randrange(len(chosen[element])))
        total -= 1
    plans = []
    for pillar in ctx.cat.pillars:
        number = 0
        for element in pillar.elements:
            for template in chosen[element.code]:
                number += 1
                plans.append(Plan(f"{pillar.prefix}-{number:02d}", pillar, element.code, template))
    return plans


def sni_pools(cat: Catalog) -> dict[str, list[str]]:
    by_theme: dict[str, list[str]] = {}
    for number, ind in cat.sni.items():
        by_theme.setdefault(ind.theme, []).append(number)
    return {el: [n for t in themes for n in by_theme.get(t, [])] for el, themes in W.ELEMENT_THEMES.items()}


def series(rng: random.Random, unit: str, *, down: bool, steps: int) -> list[float]:
    """A baseline and `steps` yearly targets that move steadily in the indicator's direction."""
    if unit == "persen":
        base = rng.uniform(20, 60) if down else rng.uniform(2, 50)
        final = base * rng.uniform(0.2, 0.6) if down else min(100.0, base + rng.uniform(15, 50))
    elif unit in ("hari", "jam"):
        base = rng.uniform(7, 30) if unit == "hari" else rng.uniform(24, 120)
        final = base * rng.uniform(0.2, 0.5)
    elif unit in ("per-km2", "gj-per-kapita", "ton-per-kapita", "rasio"):
        base = rng.uniform(0.002, 0.2)
        final = base * rng.uniform(1.5, 4)
    elif unit.startswith("per-"):
        base = rng.uniform(10, 500)
        final = base * rng.uniform(1.5, 4)
    else:  # a count of things the programme delivers, cumulative, on the unit's own scale
        low, high = COUNT_SCALE.get(unit, (10, 5000))
        final = float(rng.randint(low, high))
        base = float(int(final * rng.uniform(0, 0.3)))
        return [float(round(base + (final - base) * i / steps)) for i in range(steps + 1)]
    values = [base + (final - base) * i / steps for i in range(steps + 1)]
    return [round_value(v) for v in values]


# Plausible final counts for the units of the programme templates' own indicators.
COUNT_SCALE = {
    "OPD": (8, 35),
    "regulasi": (1, 6),
    "instansi": (8, 40),
    "kali": (4, 24),
    "dataset": (60, 900),
    "layanan": (20, 250),
    "sentra": (2, 12),
    "simpang": (6, 40),
    "trayek": (3, 25),
    "stasiun": (2, 12),
    "unit": (5, 150),
    "gedung": (8, 120),
    "desa": (10, 150),
    "sekolah": (20, 400),
    "puskesmas": (8, 40),
    "posyandu": (50, 600),
    "kelompok": (10, 200),
    "destinasi": (5, 40),
    "proyek": (5, 40),
    "produk": (20, 300),
    "kesepakatan": (5, 60),
    "BUMDes": (10, 120),
    "jenis": (5, 20),
    "insiden": (10, 120),
    "lokasi": (5, 40),
    "hektare": (20, 400),
    "RDTR": (1, 5),
    "dokumen": (200, 20000),
    "kegiatan": (20, 300),
    "kunjungan": (5000, 500000),
    "kantor": (20, 80),
    "desa/kelurahan": (20, 200),
}


def is_count(unit: str) -> bool:
    return unit not in (
        "persen",
        "hari",
        "jam",
        "per-km2",
        "gj-per-kapita",
        "ton-per-kapita",
        "rasio",
    ) and not unit.startswith("per-")


def round_value(value: float) -> float:
    if value >= 100:
        return float(round(value))
    return round(value, 1) if value >= 1 else round(value, 3)


def rupiah(rng: random.Random, low_millions: int, high_millions: int) -> int:
    return max(50, round(rng.uniform(low_millions, high_millions) / 25) * 25) * 1_000_000


BUDGET_RANGE = {
    "suprastructure": (150, 1500),
    "human-resources": (200, 2500),
    "application": (300, 5000),
    "infrastructure": (1000, 20000),
}
EXTRA_SOURCES = ("apbn", "dak", "apbd-provinsi", "csr", "kpbu", "hibah", "dana-desa")


# --------------------------------------------------------------------------- pillar files


def programme_lines(ctx: Ctx, plan: Plan, pools: dict[str, list[str]]) -> list[str]:
    rng, spec = ctx.rng, ctx.spec
    name, category, lead, support, what, problem, goal, (own_name, own_unit) = plan.template
    codes = {c for c, _ in ctx.agencies}
    first = rng.randint(0, 2)
    years = ctx.years[first : first + rng.randint(2, 5 - first)]
    out = [
        f"  - id: {plan.id}",
        f"    name: {q(ctx.fmt(name))}",
        f"    element: {plan.element}",
        f"    category: {category}",
    ]
    out += literal(
        "description",
        what,
        f"Program dilaksanakan oleh **{dict(ctx.agencies)[lead]}** bersama perangkat daerah terkait di seluruh "
        f"wilayah {spec.full}, dengan prioritas pada lokasi yang paling membutuhkan, dan hasilnya "
        f"dilaporkan dalam dasbor smart city setiap triwulan.",
        indent=4,
    )
    out += [f"    problem: {q(problem)}", f"    goal: {q(goal)}", f"    lead: {lead}"]
    helpers = [c for c in support if c in codes and c != lead]
    if helpers:
        out.append(f"    support: {flow(helpers)}")
    partners = rng.sample(W.PARTNERS, rng.randint(0, 2))
    if partners:
        out.append("    partners:")
        for pname, ptype in partners:
            out += [f"      - name: {q(ctx.fmt(pname))}", f"        type: {ptype}"]
    out.append(f"    years: {flow([str(y) for y in years])}")
    out.append("    outputs:")
    phrases = W.OUTPUTS[category]
    k = rng.randint(2, 8)
    for i, year in enumerate(years):
        out.append(f"      {year}: {q(phrases[min(i + first, len(phrases) - 1)].format(k=k * (i + 1)))}")
    out.append("    budget:")
    total = 0
    low, high = BUDGET_RANGE[category]
    yearly = rng.uniform(low, high)  # a programme's budget stays within ±30% from year to year
    co_funder = rng.choice(EXTRA_SOURCES[:-1] if spec.kind == "kota" else EXTRA_SOURCES)
    by_year = {}
    for year in years:
        amounts = {"apbd": rupiah(rng, int(yearly * 0.7), int(yearly * 1.3))}
        if rng.random() < 0.3:
            amounts[co_funder] = rupiah(rng, int(yearly * 0.2), int(yearly * 0.6))
        by_year[year] = sum(amounts.values())
        total += by_year[year]
        out.append(f"      {year}: {flow_map(amounts)}")
    if rng.random() < 0.5:
        out.append(f"    total_budget: {total}")
    out.append("    indicators:")
    written = Written(
        plan.id, ctx.fmt(name), lead, plan.pillar.code, years, by_year, [], rng.randint(1, 2), []
    )
    out += indicator_lines(rng, own_name, own_unit, None, years, ctx.start - 1, written)
    pool = pools[plan.element]
    if pool and rng.random() < 0.7:
        number = rng.choice(pool)
        sni = ctx.cat.sni[number]
        out += indicator_lines(rng, sni.title_id, sni.unit, number, years, ctx.start - 1, written)
        written.sni.append(number)
    ctx.programmes.append(written)
    out.append("    risks:")
    for desc, likelihood, impact, mitigation in rng.sample(W.RISKS[category], written.risks):
        out += [
            f"      - description: {q(desc)}",
            f"        likelihood: {likelihood}",
            f"        impact: {impact}",
            f"        mitigation: {q(mitigation)}",
        ]
    status = "planned" if first > 0 or ctx.start >= 2026 else rng.choice(["ongoing", "ongoing", "planned"])
    out.append(f"    status: {status}")
    return out


def indicator_lines(
    rng: random.Random,
    name: str,
    unit: str,
    sni: str | None,
    years: list[int],
    base_year: int,
    written: Written,
) -> list[str]:
    down = sni in W.SNI_DOWN
    values = series(rng, unit, down=down, steps=len(years))
    targets = {year: num(v) for year, v in zip(years, values[1:])}
    ind_id = f"{written.id}.{len(written.indicators) + 1}"
    written.indicators.append(
        WrittenIndicator(ind_id, name, unit, down, values[0], dict(zip(years, values[1:])))
    )
    out = [
        f"      - id: {ind_id}",
        f"        name: {q(name)}",
        f"        unit: {q(unit)}",
        f"        direction: {'down' if down else 'up'}",
        f"        baseline: {{year: {base_year}, value: {num(values[0])}}}",
        f"        targets: {flow_map(targets)}",
    ]
    if sni:
        out.append(f"        sni: '{sni}'")
    return out


def quick_win_lines(ctx: Ctx, plan: Plan, number: int) -> list[str]:
    rng = ctx.rng
    name, _, lead, support, what, *_ = plan.template
    codes = {c for c, _ in ctx.agencies}
    first_month = rng.randint(1, 6)
    months = rng.randint(6, 12)
    start = ctx.start * 12 + first_month - 1
    end = start + months - 1
    month = lambda m: f"'{m // 12}-{m % 12 + 1:02d}'"
    k = rng.randint(3, 40)
    title = rng.choice(["Peluncuran", "Percontohan", "Gerakan Serentak", "Percepatan"])
    ctx.quick_wins.append(f"QW-{plan.pillar.prefix}-{number:02d}")
    out = [
        f"  - id: QW-{plan.pillar.prefix}-{number:02d}",
        f"    name: {q(f'{title} {ctx.fmt(name)}')}",
        f"    programme: {plan.id}",
        f"    element: {plan.element}",
    ]
    out += literal(
        "description",
        f"Langkah cepat program {plan.id} yang manfaatnya dirasakan warga dalam satu tahun: {what[0].lower()}{what[1:]}",
        indent=4,
    )
    helpers = [c for c in support if c in codes and c != lead]
    out.append(f"    lead: {lead}")
    if helpers:
        out.append(f"    support: {flow(helpers)}")
    out += [
        f"    start: {month(start)}",
        f"    end: {month(end)}",
        f"    beneficiaries: {q(rng.choice(W.BENEFICIARIES).format(k=k))}",
    ]
    budget = {"apbd": rupiah(rng, 100, 1500)}
    if rng.random() < 0.4:
        budget["csr"] = rupiah(rng, 50, 400)
    out.append(f"    budget: {flow_map(budget)}")
    out.append("    budget_scope: additional")  # on top of the programme's budget, counted in totals
    out.append("    milestones:")
    steps = rng.randint(3, 5)
    for i in range(steps):
        m = start + round(i * (months - 1) / (steps - 1))
        label = (
            "Persiapan, pendataan sasaran dan kesepakatan mitra"
            if i == 0
            else "Evaluasi hasil dan rencana perluasan"
            if i == steps - 1
            else f"Pelaksanaan tahap {i} di {k * i // (steps - 2)} lokasi"
        )
        out += [f"      - month: {month(m)}", f"        output: {q(label)}"]
    out.append("    indicators:")
    own_name, own_unit = plan.template[7]
    values = series(rng, own_unit, down=False, steps=1)
    out += [
        f"      - name: {q(own_name)}",
        f"        unit: {q(own_unit)}",
        "        direction: up",
        f"        baseline: {{year: {ctx.start - 1}, value: {num(values[0])}}}",
        f"        targets: {{{end // 12}: {num(values[1])}}}",
    ]
    return out


def strategy_lines(ctx: Ctx, pillar: Pillar) -> list[str]:
    rng = ctx.rng
    out = ["strategy:"]
    for element in pillar.elements:
        out.append(f"  - element: {element.code}")
        for key, pool in zip(("problems", "potential", "goals", "strategy"), W.STRATEGY[element.code]):
            out.append(f"    {key}:")
            out += [f"      - {q(text)}" for text in rng.sample(pool, min(2, len(pool)))]
    return out


def pillar_text(
    ctx: Ctx, pillar: Pillar, plans: list[Plan], quick: list[Plan], pools: dict[str, list[str]]
) -> str:
    elements = [f"{e.code} ({e.name_id})" for e in pillar.elements]
    out = [
        "# " + "=" * 77,
        f"# {pillar.name_id.upper()} — {ctx.spec.full} {ctx.start}–{ctx.start + 4}",
        f"# Elemen: {', '.join(elements[:2])},",
        f"# {elements[2]}. Kode program: {pillar.prefix}-01 dst.",
        "# " + "=" * 77,
        "format: 1",
        "",
    ]
    out += literal("summary", ctx.fmt(W.PILLAR_SUMMARIES[pillar.code]), indent=0)
    out += banner("Strategi per elemen: permasalahan, potensi, sasaran, strategi.")
    out += strategy_lines(ctx, pillar)
    out += banner(f"Program {pillar.name_id}")
    out.append("programmes:")
    for n, plan in enumerate(plans):
        if n:
            out.append("")
        out += programme_lines(ctx, plan, pools)
    out += banner(f"Quick win {pillar.name_id}")
    out.append("quick_wins:" if quick else "quick_wins: []")
    for n, plan in enumerate(quick, start=1):
        if n > 1:
            out.append("")
        out += quick_win_lines(ctx, plan, n)
    return "\n".join(out) + "\n"
