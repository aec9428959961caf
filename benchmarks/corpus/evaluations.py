"""Evaluation records (`evaluations/<year>-tahap-<n>.yaml`): one or two per region, for the plan
years up to 2026, reporting on every programme that has started, as the evaluators would."""

from __future__ import annotations

from .context import Ctx, People, Written
from .pillars import is_count, round_value
from .text import banner, literal, num, q

LAST_EVALUATED_YEAR = 2026
INTERVIEWS = {
    "governance": "OPD menilai layanan daring mempercepat pekerjaan, tetapi operator di kecamatan masih membutuhkan pendampingan.",
    "branding": "Pelaku wisata menyambut promosi digital; sebagian desa wisata belum siap menerima pemesanan daring.",
    "economy": "UMKM binaan merasakan kemudahan pembayaran digital, namun omzet belum naik sesuai target.",
    "living": "Pasien puas dengan antrean daring; kader posyandu membutuhkan pelatihan lanjutan.",
    "society": "Warga yang baru terlayani internet merasakan manfaat untuk sekolah dan usaha.",
    "environment": "Nasabah bank sampah aktif menabung, tetapi harga jual plastik yang turun mengurangi minat.",
}


def evaluation_files(ctx: Ctx) -> dict[str, str]:
    """Records for the last one or two plan years that have begun by 2026, by relative path."""
    years = [y for y in ctx.years if y <= LAST_EVALUATED_YEAR][-2:]
    files = {}
    for year in years:
        stage = 1 if year == LAST_EVALUATED_YEAR else 2
        files[f"evaluations/{year}-tahap-{stage}.yaml"] = evaluation_text(ctx, year, stage)
    return files


def evaluation_text(ctx: Ctx, year: int, stage: int) -> str:
    rng = ctx.rng
    rule = "# " + "=" * 77
    out = [
        rule,
        f"# EVALUASI TAHAP {'I' * stage} {year} — Masterplan Smart City {ctx.spec.full}",
        "# Tingkat implementasi dan indeks evaluasi dihitung oleh generator, tidak diketik di sini.",
        rule,
        "format: 1",
        "",
        f"year: {year}",
        f"stage: {stage}",
        f"date: '{year}-{rng.randint(5, 8) if stage == 1 else rng.randint(10, 11):02d}-{rng.randint(1, 28):02d}'",
        f"status: {rng.choice(['final', 'approved'])}",
        "",
        "scores:",
        f"  baseline: {rng.randint(60, 90)}",
        f"  output: {rng.randint(50, 85)}",
        f"  impact: {rng.randint(40, 80)}",
        "",
        "evaluators:",
    ]
    people = People(rng)
    for institution, role in (
        (f"Perguruan tinggi negeri di Provinsi {ctx.spec.province}", "Ketua Tim Evaluasi Eksternal"),
        ("Kementerian Komunikasi dan Digital (Komdigi)", "Evaluator Gerakan Menuju Smart City"),
        ("Praktisi tata kelola TI", "Anggota (validasi bukti dukung)"),
    ):
        out += [
            f"  - name: {q(people.person())}",
            f"    institution: {q(institution)}",
            f"    role: {q(role)}",
        ]
    out.append("")
    out += literal(
        "summary",
        f"Evaluasi tahap {'I' * stage} tahun {year} dilaksanakan melalui penilaian mandiri OPD, pemeriksaan bukti "
        "dukung dan wawancara dengan 30 responden (5 per dimensi). Program yang memperluas layanan yang sudah "
        "berjalan umumnya sesuai rencana; program yang bergantung pada pengadaan besar sebagian tertunda.",
        indent=0,
    )
    out += banner(f"Kemajuan program tahun {year} (semua program yang telah dimulai)")
    out.append("programmes:")
    for w in ctx.programmes:
        if min(w.years) <= year:
            out += progress_lines(ctx, w, year)
    out += banner("Capaian per dimensi dan wawancara")
    out.append("pillars:")
    for pillar in ctx.cat.pillars:
        names = [w.name for w in ctx.programmes if w.pillar == pillar.code and min(w.years) <= year][:2]
        out += [f"  - pillar: {pillar.code}", "    achievements:" if names else "    achievements: []"]
        out += [f"      - {q(f'{name} berjalan dan dimanfaatkan warga.')}" for name in names]
        if stage == 2:
            out.append(f"    score: {rng.randint(50, 92)}")
    out.append("interviews:")
    for pillar in ctx.cat.pillars:
        out += [
            f"  - pillar: {pillar.code}",
            "    respondents: 5",
            f"    summary: {q(INTERVIEWS[pillar.code])}",
        ]
    out.append("quick_wins:")
    for qw in ctx.quick_wins:
        out += [
            f"  - id: {qw}",
            f"    outcome: {rng.choice(['done', 'done', 'done', 'partial', 'not-done'])}",
        ]
    out += sni_lines(ctx, year) + risk_lines(ctx)
    return "\n".join(out) + "\n"


def progress_lines(ctx: Ctx, w: Written, year: int) -> list[str]:
    rng = ctx.rng
    late = year == min(w.years) and rng.random() < 0.15
    status = (
        "not-started" if late else "done" if year >= max(w.years) and rng.random() < 0.7 else "in-progress"
    )
    realised = 0 if late else round(w.budget.get(year, 0) * rng.uniform(0.5, 1.0) / 1e6) * 1_000_000
    out = [f"  - id: {w.id}", f"    status: {status}", f"    realised_budget: {realised}"]
    if late:
        out.append(f"    note: {q(f'Pengadaan tertunda; kegiatan dijadwalkan ulang pada APBD {year + 1}.')}")
    measured = [ind for ind in w.indicators if year in ind.targets]
    if measured:
        out.append("    indicators:")
    for ind in measured:
        target = ind.targets[year]
        value = (
            ind.baseline
            if late
            else target * (rng.uniform(0.95, 1.2) if ind.down else rng.uniform(0.8, 1.05))
        )
        if ind.unit == "persen":
            value = min(100.0, value)
        value = float(round(value)) if is_count(ind.unit) else round_value(value)
        out += [f"      - id: {ind.id}", f"        value: {num(value)}"]
    return out


def sni_lines(ctx: Ctx, year: int) -> list[str]:
    rng = ctx.rng
    rows = [(number, w.lead, ind) for w in ctx.programmes for number, ind in zip(w.sni, w.indicators[1:])]
    out = ["", "# Swa-penilaian SNI ISO 37122:2019 (ketersediaan data)", "sni:" if rows else "sni: []"]
    seen = set()
    for number, lead, ind in rows:
        if number in seen or len(seen) >= 8:
            continue
        seen.add(number)
        out += [
            f"  - number: '{number}'",
            "    available: true",
            f"    value: {num(ind.baseline)}",
            f"    year: {year - rng.randint(0, 1)}",
            f"    source: {lead}",
        ]
    return out


def risk_lines(ctx: Ctx) -> list[str]:
    rng = ctx.rng
    out = ["", "# Status register risiko", "risks:"]
    for w in rng.sample(ctx.programmes, 4):
        out += [
            f"  - programme: {w.id}",
            f"    risk: {rng.randint(1, w.risks)}",
            f"    state: {rng.choice(['open', 'mitigated', 'occurred', 'closed'])}",
        ]
    return out
