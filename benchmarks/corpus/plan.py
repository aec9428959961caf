"""`masterplan.yaml` (profile, period, vision, agencies, council and team, readiness, chapters,
document metadata) and the region's stylised emblem."""

from __future__ import annotations

import random
from xml.sax.saxutils import escape

from . import words as W
from .context import Ctx
from .regions import RegionSpec
from .text import banner, flow, folded, literal, num, q


def plan_text(ctx: Ctx) -> str:
    spec, rng, p = ctx.spec, ctx.rng, ctx.people
    end = ctx.start + 4
    out = [
        "# " + "=" * 77,
        f"# MASTERPLAN SMART CITY {spec.full.upper()} {ctx.start}–{end}",
        "# Berkas induk: profil daerah, periode, visi-misi, perangkat daerah (OPD), kelembagaan,",
        "# analisis kesiapan, bab naratif dan metadata dokumen.",
        "# " + "=" * 77,
        "format: 1",
    ]
    out += banner("Profil daerah.")
    out += region_lines(ctx)
    out += [
        "",
        "# Periode masterplan lima tahun (end = start + 4).",
        "period:",
        f"  start: {ctx.start}",
        f"  end: {end}",
        "",
    ]
    rpjmd = f"{ctx.start - 1}–{end - 1}"
    out += [
        "rpjmd:",
        f"  title: {q(f'Rencana Pembangunan Jangka Menengah Daerah {spec.full} Tahun {rpjmd}')}",
        f"  regulation: {q(f'Peraturan Daerah {spec.full} tentang RPJMD Tahun {rpjmd}')}",
        f"  period: {rpjmd}",
        f"  vision: {q(f'Terwujudnya {spec.name} yang Maju, Sejahtera dan Berdaya Saing')}",
        "",
    ]
    out += folded(
        "vision",
        f"{spec.full} Cerdas, Terhubung dan Sejahtera: teknologi digital dimanfaatkan bersama "
        "pemerintah, dunia usaha, akademisi, komunitas dan media untuk layanan publik yang prima, "
        "ekonomi yang tumbuh merata dan lingkungan yang lestari.",
        0,
    )
    missions = [0, 1, 2, 3, 4] + ([5] if rng.random() < 0.5 else [])
    out += ["", "missions:"]
    for i in missions:
        out += [f"  - id: M{i + 1}"] + folded("text", W.MISSIONS[i], 4)
    out += ["", "# Tujuan smart city per dimensi dan misi yang didukungnya.", "goals:"]
    for pillar in ctx.cat.pillars:
        refs = [f"M{i + 1}" for i in W.GOAL_MISSIONS[pillar.code] if i in missions]
        out += [f"  - pillar: {pillar.code}"] + folded("text", ctx.fmt(W.GOALS[pillar.code]), 4)
        out.append(f"    missions: {flow(refs)}")
    out += banner("Perangkat daerah (OPD). Kode dipakai pada kolom lead/support setiap program.")
    out.append("agencies:")
    for code, name in ctx.agencies:
        out += [f"  - code: {code}", f"    name: {q(name)}"]
        if code == "DISKOMINFO":
            out.append(f"    head: {q(p.kominfo)}")
    out += banner("Kelembagaan smart city.")
    out += body_lines(
        ctx,
        "council",
        "Dewan Smart City",
        [
            (p.head, f"{spec.head_title} {spec.name}", "Ketua"),
            (p.deputy, f"Wakil {spec.head_title} {spec.name}", "Wakil Ketua"),
            (p.sekda, f"Sekretaris Daerah {spec.full}", "Sekretaris"),
            (p.bappeda, "Kepala Badan Perencanaan Pembangunan Daerah", "Anggota"),
            (p.kominfo, "Kepala Dinas Komunikasi dan Informatika", "Anggota"),
            (
                p.academic,
                f"Akademisi perguruan tinggi di Provinsi {spec.province}",
                "Anggota (unsur akademisi)",
            ),
            (p.business, f"Ketua Kamar Dagang dan Industri {spec.full}", "Anggota (unsur dunia usaha)"),
        ],
    )
    team = [
        (p.kominfo, "Kepala Dinas Komunikasi dan Informatika", "Ketua"),
        (p.bappeda, "Kepala Badan Perencanaan Pembangunan Daerah", "Wakil Ketua"),
        (p.kabid, "Kepala Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika", "Sekretaris"),
    ]
    team += [
        (name, f"Pejabat perangkat daerah pengampu {pillar.name_id}", f"Koordinator {pillar.name_id}")
        for name, pillar in zip(p.coordinators, ctx.cat.pillars)
    ]
    out += [""] + body_lines(ctx, "team", "Tim Pelaksana Smart City", team)
    out += banner("Analisis kesiapan. Skor 0–100 per aspek.")
    out += readiness_lines(ctx)
    out += banner("Bab naratif (Markdown).")
    out += chapter_lines(ctx)
    out += banner("Metadata dokumen.")
    out += document_lines(ctx)
    return "\n".join(out) + "\n"


def region_lines(ctx: Ctx) -> list[str]:
    spec, rng, p = ctx.spec, ctx.rng, ctx.people
    kab = spec.kind == "kabupaten"
    population = rng.randint(60_000, 2_500_000) if kab else rng.randint(90_000, 2_800_000)
    area = round(rng.uniform(300, 18_000)) if kab else round(rng.uniform(20, 650), 1)
    return [
        "region:",
        f"  name: {q(spec.name)}",
        f"  type: {spec.kind}",
        f"  province: {q(spec.province)}",
        f"  code: '{spec.code}'",
        f"  cohort: {rng.choice([2017, 2018, 2019, 2021, 2022, 2023, 2024])}",
        f"  area_km2: {num(area)}",
        f"  population: {population}",
        "  logo: assets/lambang.svg",
        "  head:",
        f"    name: {q(p.head)}",
        f"    position: {q(f'{spec.head_title} {spec.name}')}",
        "    deputy:",
        f"      name: {q(p.deputy)}",
        f"      position: {q(f'Wakil {spec.head_title} {spec.name}')}",
    ]


def body_lines(ctx: Ctx, key: str, what: str, members: list[tuple[str, str, str]]) -> list[str]:
    number = ctx.rng.randint(100, 899)
    decree = f"Keputusan {ctx.spec.head_title} {ctx.spec.name} Nomor {number}/{ctx.start - 1} tentang Pembentukan {what} {ctx.spec.full}"
    out = [f"{key}:", f"  decree: {q(decree)}", "  members:"]
    for name, position, role in members:
        out += [f"    - name: {q(name)}", f"      position: {q(position)}", f"      role: {q(role)}"]
    return out


def readiness_lines(ctx: Ctx) -> list[str]:
    rng = ctx.rng
    out = [
        "readiness:",
        f"  assessed_on: '{ctx.start - 1}-{rng.randint(3, 9):02d}-{rng.randint(1, 28):02d}'",
        "  items:",
    ]
    for component, aspect, weak, strong in W.READINESS:
        score = rng.randint(35, 92)
        out += [f"    - component: {component}", f"      aspect: {q(aspect)}", f"      score: {score}"]
        out += folded("evidence", weak if score < 65 else strong, 6)
    out.append("  swot:")
    for key, pool in W.SWOT.items():
        out.append(f"    {key}:")
        out += [f"      - {q(text)}" for text in rng.sample(pool, 3)]
    out.append("  strategic_issues:")
    out += [f"    - {q(text)}" for text in rng.sample(W.STRATEGIC_ISSUES, 4)]
    return out


def chapter_lines(ctx: Ctx) -> list[str]:
    spec, start = ctx.spec, ctx.start
    full, end = spec.full, start + 4
    area = "kecamatan, desa dan kelurahan" if spec.kind == "kabupaten" else "kecamatan dan kelurahan"
    out = ["chapters:"]
    out += literal(
        "background",
        f"{full} terpilih mengikuti **Gerakan Menuju 100 Smart City** yang diselenggarakan Kementerian "
        "Komunikasi dan Informatika bersama kementerian dan lembaga terkait. Melalui bimbingan teknis tahap I "
        "sampai dengan IV, Tim Pelaksana Smart City bersama seluruh perangkat daerah menyusun masterplan ini "
        "sebagai rencana induk lima tahun yang selaras dengan RPJMD.",
        "Masterplan menjawab isu strategis daerah: layanan publik dan data yang belum terintegrasi, kesenjangan "
        "digital, daya saing ekonomi lokal dan kelestarian lingkungan. Pembangunan kota cerdas bukan pekerjaan "
        "pemerintah sendiri, melainkan kerja bersama pemerintah, dunia usaha, akademisi, komunitas dan media.",
        indent=2,
    )
    out += literal(
        "purpose",
        f"Masterplan Smart City menjadi pedoman perangkat daerah dan pemangku kepentingan dalam merencanakan, "
        f"melaksanakan, memantau dan mengevaluasi pembangunan kota cerdas di {full} tahun {start}–{end}: "
        "menjabarkan visi dan misi RPJMD ke dalam program terukur, menetapkan peta jalan, kebutuhan anggaran "
        "dan indikator, serta quick win yang manfaatnya dirasakan dalam tahun pertama.",
        indent=2,
    )
    out += literal(
        "scope",
        f"Ruang lingkup masterplan meliputi seluruh wilayah {full} beserta {area}, dan enam dimensi smart city "
        "(*Smart Governance, Smart Branding, Smart Economy, Smart Living, Smart Society* dan *Smart "
        "Environment*) masing-masing dengan tiga elemen.",
        indent=2,
    )
    out.append("  legal_basis:")
    out += [f"    - {q(text)}" for text in W.LEGAL_BASIS]
    out.append(f"    - {q(f'Peraturan Daerah {full} tentang Rencana Pembangunan Jangka Menengah Daerah')}")
    out += literal(
        "overview",
        f"{full} terletak di Provinsi {spec.province}. Perekonomian daerah bertumpu pada pertanian, "
        "perdagangan dan jasa, dengan potensi pariwisata alam dan budaya yang terus berkembang.",
        indent=2,
    )
    out += literal(
        "ict",
        "Jaringan seluler 4G telah menjangkau kawasan perkotaan dan ibu kota kecamatan, tetapi sebagian "
        "wilayah masih mengalami blank spot. Aplikasi perangkat daerah sebagian besar berdiri sendiri dan "
        "belum saling bertukar data; aplikasi nasional seperti SIPD, OSS, SIAK dan SRIKANDI telah digunakan.",
        indent=2,
    )
    out += literal(
        "monitoring",
        "Tim Pelaksana Smart City menghimpun capaian keluaran, realisasi anggaran dan indikator setiap program "
        "setiap triwulan dan menyajikannya dalam dasbor smart city. Setiap semester Tim Pelaksana melaporkan "
        "kemajuan kepada **Dewan Smart City**, yang menilai tingkat implementasi per dimensi dan memastikan "
        "program masuk ke dalam RKPD dan APBD tahun berikutnya.",
        indent=2,
    )
    out += literal(
        "closing",
        f"Masterplan Smart City {full} {start}–{end} adalah rencana bersama seluruh pemangku kepentingan "
        "daerah. Keberhasilannya diukur dari manfaat nyata yang dirasakan warga, dan dokumen ini akan "
        "disempurnakan sesuai perkembangan teknologi, kebijakan nasional dan hasil evaluasi berkala.",
        indent=2,
    )
    return out


def document_lines(ctx: Ctx) -> list[str]:
    spec, rng, p = ctx.spec, ctx.rng, ctx.people
    status = rng.choice(["draft", "final", "final", "approved", "approved"])
    out = [
        "document:",
        f"  title: {q(f'Masterplan Smart City {spec.full} {ctx.start}–{ctx.start + 4}')}",
        f"  version: '{'0.9' if status == 'draft' else '1.0'}'",
        f"  status: {status}",
    ]
    if status == "approved":
        day = f"{ctx.start - 1}-{rng.randint(10, 12)}-{rng.randint(1, 28):02d}"
        out.append(f"  approved_on: '{day}'")
        kind = "perbup" if spec.kind == "kabupaten" else "perwali"
        out.append(
            f"  adopted_by: {{type: {kind}, number: {rng.randint(10, 80)} Tahun {ctx.start - 1}, date: '{day}'}}"
        )
    out += [
        f"  place: {q(spec.name)}",
        "  signatories:",
        f"    - name: {q(p.head)}",
        f"      position: {q(f'{spec.head_title} {spec.name}')}",
        "      role: approved",
    ]
    for name, position, role in (
        (p.bappeda, "Kepala Badan Perencanaan Pembangunan Daerah", "verified"),
        (p.kominfo, "Kepala Dinas Komunikasi dan Informatika", "prepared"),
    ):
        out += [
            f"    - name: {q(name)}",
            f"      position: {q(position)}",
            f"      role: {role}",
            f"      nip: '{p.nips[name]}'",
        ]
    out.append("  forewords:")
    out += [f"    - author: {q(p.head)}", f"      position: {q(f'{spec.head_title} {spec.name}')}"]
    out += literal(
        "text",
        f"Puji syukur kita panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat dan karunia-Nya "
        f"Masterplan Smart City {spec.full} dapat tersusun.",
        "Saya minta seluruh perangkat daerah menjadikan masterplan ini acuan dalam menyusun Renstra, Renja dan "
        "anggaran, serta mengajak dunia usaha, perguruan tinggi, komunitas dan media untuk bergandeng tangan.",
        indent=6,
    )
    out += [
        f"    - author: {q(p.kominfo)}",
        "      position: Kepala Dinas Komunikasi dan Informatika selaku Ketua Tim Pelaksana Smart City",
    ]
    out += literal(
        "text",
        "Masterplan ini disusun oleh Tim Pelaksana Smart City bersama perangkat daerah melalui empat tahap "
        "bimbingan teknis Gerakan Menuju 100 Smart City. Kami menyampaikan terima kasih kepada seluruh pihak "
        "yang telah berkontribusi.",
        indent=6,
    )
    return out


# --------------------------------------------------------------------------- assets and driver


def logo_svg(spec: RegionSpec, rng: random.Random) -> str:
    initials = escape("".join(w[0] for w in spec.name.split()[:3]).upper())
    colour = rng.choice(["#1f5fa8", "#2a8a5b", "#b5487a", "#c77c0e", "#6a4fb3", "#3c7d22"])
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 240" width="200" height="240" role="img">\n'
        f"  <title>Lambang stilisasi {escape(spec.full)} (bukan lambang resmi)</title>\n"
        f'  <path d="M100 8 L186 32 L186 112 C186 168 148 206 100 230 C52 206 14 168 14 112 L14 32 Z" '
        f'fill="{colour}" stroke="#d4a017" stroke-width="8"/>\n'
        f'  <text x="100" y="140" font-family="DejaVu Sans" font-size="64" font-weight="bold" fill="#ffffff" '
        f'text-anchor="middle">{initials}</text>\n</svg>\n'
    )
