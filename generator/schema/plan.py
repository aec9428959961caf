"""The YAML format as pydantic models: what each file may contain, field by field.

These models check the shape of one file at a time (types, required fields, allowed codes for
closed vocabularies). Checks that need several files or the reference catalogue live in
`checks.py`. Descriptions are bilingual ("Indonesian — English") because they become the JSON
Schema that editors show on hover to regional teams.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.config import JsonDict

FORMAT_VERSION: Final = 1

# Text never carries control characters (terminal escapes, NUL, form feeds: no renderer, workbook or
# terminal can show them safely); tabs and line breaks are the only ones allowed.
NO_CONTROL = r"^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*$"
Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000, pattern=NO_CONTROL)
]
LongText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20000, pattern=NO_CONTROL)
]
ONE_LINE = r"^[^\x00-\x1f\x7f-\x9f]*$"
# Names that become headings, table cells, workbook cells and page titles: one line.
Line = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000, pattern=ONE_LINE)
]
# Names that also become folder names (province pages): one line, short.
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100, pattern=ONE_LINE)
]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")]
Year = Annotated[int, Field(ge=1945, le=2100)]
Rupiah = Annotated[
    int, Field(ge=0, le=10**15, description="Jumlah dalam rupiah (bilangan bulat) — amount in rupiah")
]
IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
IsoMonth = Annotated[str, StringConstraints(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
Score = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]
# Bounded so that every figure formats and sums exactly (rupiah, percentages, counts of people).
MAX_NUMBER = 10**15
Number = Annotated[float, Field(ge=-MAX_NUMBER, le=MAX_NUMBER, allow_inf_nan=False)]

ProgrammeId = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,5}-\d{2,3}$")]  # 'GOV-01'
QuickWinId = Annotated[str, StringConstraints(pattern=r"^QW-[A-Z]{2,5}-\d{2,3}$")]  # 'QW-GOV-01'
PillarCode = Literal["governance", "branding", "economy", "living", "society", "environment"]
Level = Literal["rendah", "sedang", "tinggi"]


INTERNAL: JsonDict = {"x-internal": True}  # marks a field stripped from public builds (see publication.py)


class Contact(BaseModel):
    """Contact details of an official: internal, never published."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)
    phone: Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ()-]{6,20}$")] | None = Field(
        None, description="Nomor telepon/WA — phone"
    )
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=200)] | None = (
        Field(None, description="Surel — e-mail")
    )


class Strict(BaseModel):
    """Base for every file section: unknown keys are errors (typos must not vanish silently)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


# --------------------------------------------------------------------------- Indonesian planning links
# Nomenclature codes (Permendagri 90/2019 and updates), APBD and APBD-Perubahan figures per
# sub-activity, Kemendagri codes of kecamatan and desa, RPJMD targets, decrees (Perda, Perbup/Perwali,
# SK) and links between plan generations. All optional: files written before them stay valid.
# Cross-file checks: `validation/checks_planning.py`; reference data: `data/nomenclature.yaml`,
# `data/regions/`.

SubActivityCode = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=r"^[1-8]\.\d{2}\.\d{2}\.[12]\.\d{2}\.\d{4}$")
]
"""urusan.bidang.program.level.kegiatan.sub-kegiatan, e.g. '2.16.03.2.02.0016' (level 2 = kab/kota)."""

IndicatorId = Annotated[str, StringConstraints(pattern=r"^(QW-)?[A-Z]{2,5}-\d{2,3}\.\d{1,2}$")]
"""A stable indicator id: its programme's (or quick win's) id, a dot and a number, e.g. 'GOV-01.1'."""

LocationCode = Annotated[str, StringConstraints(pattern=r"^\d{2}\.\d{2}\.\d{2}(\.\d{4})?$")]
"""Kemendagri code of a kecamatan ('64.02.06') or desa/kelurahan ('64.02.06.1001')."""

ElementRef = Annotated[str, StringConstraints(pattern=r"^[a-z]+\.[a-z][a-z-]*$")]
"""`pillar.element`, e.g. 'society.security'."""

RpjmdRef = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")]


class Funding(Strict):
    """One sub-activity (sub-kegiatan) of one OPD that funds the programme, with what the APBD and
    the APBD-Perubahan gave it per year. The masterplan's own yearly plan stays in `budget`."""

    sub_activity: SubActivityCode = Field(
        description=(
            "Kode sub kegiatan (Permendagri 90/2019, Kepmendagri 050-5889/2021), mis. '2.16.03.2.02.0016'"
            " — sub-activity nomenclature code"
        )
    )
    agency: Code = Field(description="Kode OPD pelaksana sub kegiatan — agency running the sub-activity")
    apbd: dict[Year, Rupiah] = Field(
        default_factory=dict,
        description="Pagu APBD murni per tahun {tahun: rupiah} — amount adopted in the APBD, per year",
    )
    apbd_p: dict[Year, Rupiah] = Field(
        default_factory=dict,
        description="Pagu setelah APBD-Perubahan per tahun {tahun: rupiah} — amount after the revised APBD",
    )
    note: Line | None = Field(None, description="Catatan, mis. nomor DPA — remark, e.g. DPA number")


DecreeType = Literal["perda", "perbup", "perwali", "keputusan-bupati", "keputusan-wali-kota"]


class Decree(Strict):
    """A legal instrument: the regulation adopting the plan, or the decree forming a body."""

    type: DecreeType = Field(
        description=(
            "Jenis: perda (Peraturan Daerah), perbup (Peraturan Bupati), perwali (Peraturan Wali Kota),"
            " keputusan-bupati, keputusan-wali-kota (SK) — instrument type"
        )
    )
    number: Name = Field(description="Nomor, mis. '45 Tahun 2025' atau '118/SK-BUP/HK/2025' — number")
    date: IsoDate = Field(description="Tanggal penetapan (YYYY-MM-DD) — date of enactment")
    title: Line | None = Field(None, description="Judul ('tentang …') — title")


class RpjmdIndicator(Strict):
    id: RpjmdRef = Field(description="Kode indikator RPJMD, mis. 'IKU-1.1' — RPJMD indicator code")
    name: Line = Field(description="Nama indikator RPJMD — RPJMD indicator")


class RpjmdTarget(Strict):
    """An RPJMD sasaran (objective) and its indicators, as written in the RPJMD."""

    id: RpjmdRef = Field(description="Kode sasaran RPJMD, mis. 'S1.1' — RPJMD objective code")
    text: Text = Field(description="Rumusan sasaran — objective")
    indicators: list[RpjmdIndicator] = Field(
        max_length=30, default_factory=list, description="Indikator sasaran — objective indicators"
    )


class PreviousPlan(Strict):
    """An earlier masterplan of the same region (an earlier generation), kept readable as an archive."""

    slug: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{1,79}$")] = Field(
        description="Folder wilayah arsip di masterplans/, mis. 'kutai-kartanegara-2017-2021' — archive folder"
    )
    period: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{4}$")] = Field(
        description="Periode masterplan terdahulu, mis. '2017-2021' — period of the earlier plan"
    )


class Generation(Strict):
    """Where this plan sits among the region's successive masterplans."""

    previous: list[PreviousPlan] = Field(
        max_length=10, default_factory=list, description="Masterplan terdahulu — earlier plans"
    )
    superseded_by: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{1,79}$")] | None = Field(
        None,
        description=(
            "Diisi pada masterplan arsip: folder masterplan yang menggantikannya. Masterplan arsip tidak"
            " dihitung dalam angka nasional — on an archived plan: the folder of the plan replacing it"
        ),
    )


QuickWinBudgetScope = Literal["included", "additional"]


# --------------------------------------------------------------------------- masterplan.yaml


class Person(Strict):
    name: Line = Field(description="Nama lengkap dengan gelar — full name with titles")
    position: Text = Field(description="Jabatan — position, e.g. 'Bupati Kutai Kartanegara'")
    nip: Annotated[str, StringConstraints(pattern=r"^\d{18}$")] | None = Field(
        None, description="NIP (18 digit), jika ada — civil-servant number, if any"
    )


class Head(Person):
    contact: Contact | None = Field(
        None,
        description="Kontak (internal, tidak dipublikasikan) — contact, internal",
        json_schema_extra=INTERNAL,
    )
    deputy: Person | None = Field(None, description="Wakil kepala daerah — deputy head of region")


class Region(Strict):
    name: Name = Field(
        description="Nama daerah tanpa 'Kabupaten'/'Kota' — region name, e.g. 'Kutai Kartanegara'"
    )
    type: Literal["kabupaten", "kota"] = Field(description="Kabupaten atau kota — regency or city")
    province: Name = Field(description="Provinsi — province")
    code: Annotated[str, StringConstraints(pattern=r"^\d{2}\.\d{2}$")] = Field(
        description="Kode wilayah Kemendagri (mis. '64.02') — official region code"
    )
    capital: Text | None = Field(None, description="Ibu kota kabupaten — seat of government")
    cohort: Year | None = Field(None, description="Tahun masuk Gerakan Menuju 100 Smart City — cohort year")
    area_km2: Annotated[float, Field(gt=0, le=10**6, allow_inf_nan=False)] | None = Field(
        None, description="Luas wilayah (km²) — area"
    )
    population: Annotated[int, Field(gt=0, le=10**9)] | None = Field(
        None, description="Jumlah penduduk — population"
    )
    logo: Annotated[str, StringConstraints(pattern=r"^assets/[A-Za-z0-9_./-]+$")] | None = Field(
        None,
        description="Lambang daerah di folder assets/ wilayah (PNG/SVG/JPG) — emblem file under the region's assets/",
    )
    head: Head = Field(description="Kepala daerah — head of region (Bupati/Wali Kota)")


class Period(Strict):
    start: Year = Field(description="Tahun pertama — first year of the plan")
    end: Year = Field(description="Tahun terakhir (lima tahun: start + 4) — last year (five years)")


class Rpjmd(Strict):
    title: Text = Field(description="Judul RPJMD — title of the regional mid-term development plan")
    regulation: Text | None = Field(None, description="Perda penetapan RPJMD — regulation adopting it")
    period: Text | None = Field(None, description="Periode RPJMD, mis. '2025–2029' — RPJMD period")
    vision: Text | None = Field(None, description="Visi RPJMD — the RPJMD vision the masterplan follows")
    start: Year | None = Field(
        None, description="Tahun pertama RPJMD (boleh berbeda dari masterplan) — first RPJMD year"
    )
    end: Year | None = Field(None, description="Tahun terakhir RPJMD — last RPJMD year")
    targets: list[RpjmdTarget] = Field(
        max_length=100,
        default_factory=list,
        description="Sasaran RPJMD dan indikatornya yang dirujuk program — RPJMD objectives programmes serve",
    )


class Mission(Strict):
    id: Code = Field(description="Kode misi, mis. 'M1' — mission code")
    text: Text = Field(description="Rumusan misi — mission statement")


class Goal(Strict):
    pillar: PillarCode = Field(description="Dimensi — pillar")
    text: Text = Field(description="Tujuan smart city untuk dimensi ini — smart-city goal for the pillar")
    missions: list[Code] = Field(
        max_length=30, default_factory=list, description="Misi RPJMD yang didukung — missions supported"
    )


class Agency(Strict):
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9-]{1,19}$")] = Field(
        description="Singkatan OPD dalam huruf besar, mis. 'DISKOMINFO' — agency short code"
    )
    name: Line = Field(description="Nama resmi perangkat daerah — official agency name")
    head: Text | None = Field(None, description="Nama kepala OPD — head of agency")
    contact: Contact | None = Field(
        None,
        description="Kontak (internal, tidak dipublikasikan) — contact, internal",
        json_schema_extra=INTERNAL,
    )


class Member(Strict):
    name: Line = Field(description="Nama — name")
    position: Text = Field(description="Jabatan dalam struktur daerah — position in government")
    role: Text = Field(description="Peran dalam dewan/tim, mis. 'Ketua' — role in the council or team")
    contact: Contact | None = Field(
        None,
        description="Kontak (internal, tidak dipublikasikan) — contact, internal",
        json_schema_extra=INTERNAL,
    )


class Body(Strict):
    decree: Text | None = Field(None, description="SK pembentukan — decree forming the body")
    adopted_by: Decree | None = Field(
        None,
        description="SK pembentukan: jenis, nomor, tanggal — decree forming the body: type, number, date",
    )
    members: list[Member] = Field(max_length=100, min_length=1, description="Anggota — members")


class ReadinessItem(Strict):
    component: Literal["structure", "infrastructure", "suprastructure"] = Field(
        description="Komponen: structure (SDM, anggaran, kelembagaan), infrastructure, suprastructure (regulasi, komitmen)"
    )
    aspect: Text = Field(description="Aspek yang dinilai, mis. 'SDM TIK' — aspect assessed")
    score: Score = Field(description="Skor 0–100 — score")
    evidence: Text = Field(description="Bukti dan catatan — evidence and remarks")


class Swot(Strict):
    strengths: list[Text] = Field(max_length=30, default_factory=list, description="Kekuatan — strengths")
    weaknesses: list[Text] = Field(max_length=30, default_factory=list, description="Kelemahan — weaknesses")
    opportunities: list[Text] = Field(
        max_length=30, default_factory=list, description="Peluang — opportunities"
    )
    threats: list[Text] = Field(max_length=30, default_factory=list, description="Ancaman — threats")


class Readiness(Strict):
    assessed_on: IsoDate | None = Field(None, description="Tanggal asesmen (YYYY-MM-DD) — assessment date")
    items: list[ReadinessItem] = Field(
        max_length=100, min_length=1, description="Penilaian per aspek — scores per aspect"
    )
    swot: Swot | None = Field(None, description="Analisis SWOT — SWOT analysis")
    strategic_issues: list[Text] = Field(
        max_length=50, default_factory=list, description="Isu strategis — strategic issues"
    )


class Signatory(Strict):
    name: Line = Field(description="Nama penanda tangan — signatory's name")
    position: Text = Field(description="Jabatan — position")
    role: Literal["approved", "verified", "prepared"] = Field(
        description="approved (mengesahkan), verified (memeriksa), prepared (menyusun)"
    )
    nip: Annotated[str, StringConstraints(pattern=r"^\d{18}$")] | None = Field(None, description="NIP")
    contact: Contact | None = Field(
        None,
        description="Kontak (internal, tidak dipublikasikan) — contact, internal",
        json_schema_extra=INTERNAL,
    )


class Foreword(Strict):
    author: Text = Field(description="Nama — author")
    position: Text = Field(description="Jabatan — position")
    text: LongText = Field(description="Isi kata pengantar (Markdown) — foreword text")


class Document(Strict):
    title: Text = Field("Masterplan Smart City", description="Judul dokumen — document title")
    version: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+){0,2}$")] = Field(
        description="Versi, mis. '1.0'"
    )
    status: Literal["draft", "final", "approved"] = Field(
        description="draft, final, atau approved (disahkan)"
    )
    approved_on: IsoDate | None = Field(None, description="Tanggal pengesahan (YYYY-MM-DD) — approval date")
    place: Text | None = Field(None, description="Tempat pengesahan, mis. 'Tenggarong' — place of signing")
    adopted_by: Decree | None = Field(
        None,
        description=(
            "Penetapan masterplan dengan Perda atau Perbup/Perwali: jenis, nomor, tanggal"
            " — regulation adopting the masterplan"
        ),
    )
    signatories: list[Signatory] = Field(
        max_length=10, default_factory=list, description="Penanda tangan — signatories"
    )
    forewords: list[Foreword] = Field(
        max_length=5, default_factory=list, description="Kata pengantar — forewords"
    )
    internal_notes: LongText | None = Field(
        None,
        description="Catatan internal tim (tidak dipublikasikan) — internal notes",
        json_schema_extra=INTERNAL,
    )


class Chapter(Strict):
    """Narrative chapters in Markdown; all optional so a draft can grow."""

    background: LongText | None = Field(None, description="Latar belakang — background")
    purpose: LongText | None = Field(None, description="Maksud dan tujuan — purpose")
    scope: LongText | None = Field(None, description="Ruang lingkup — scope")
    legal_basis: list[Text] = Field(
        max_length=100, default_factory=list, description="Dasar hukum — legal basis"
    )
    overview: LongText | None = Field(None, description="Gambaran umum daerah — regional overview")
    ict: LongText | None = Field(None, description="Kondisi TIK daerah — ICT conditions")
    monitoring: LongText | None = Field(None, description="Monitoring dan evaluasi — monitoring scheme")
    closing: LongText | None = Field(None, description="Penutup — closing chapter")


class MasterplanFile(Strict):
    """`masterplan.yaml`: the region, its plan period, vision, agencies and document metadata."""

    format: Literal[1] = Field(FORMAT_VERSION, description="Versi format berkas (1) — file format version")
    region: Region = Field(
        description="Profil daerah: nama, jenis, provinsi, kode Kemendagri, kepala daerah — region profile"
    )
    period: Period = Field(description="Periode masterplan (lima tahun) — plan period (five years)")
    rpjmd: Rpjmd = Field(
        description="RPJMD yang diacu: judul, periode, sasaran dan indikatornya — the RPJMD the plan follows"
    )
    vision: Text = Field(description="Visi smart city — smart-city vision")
    missions: list[Mission] = Field(max_length=30, min_length=1, description="Misi — missions")
    goals: list[Goal] = Field(
        max_length=60, default_factory=list, description="Tujuan smart city per dimensi — goals per pillar"
    )
    agencies: list[Agency] = Field(
        max_length=200, min_length=1, description="Perangkat daerah (OPD) — agencies"
    )
    council: Body = Field(description="Dewan Smart City — smart-city council")
    team: Body = Field(description="Tim Pelaksana Smart City — working team")
    readiness: Readiness = Field(description="Analisis kesiapan — readiness assessment")
    chapters: Chapter = Field(default_factory=Chapter, description="Bab naratif — narrative chapters")
    document: Document = Field(description="Metadata dokumen — document metadata")
    generation: Generation | None = Field(
        None,
        description="Masterplan terdahulu dan penggantinya (generasi rencana) — earlier and later plans",
    )


# --------------------------------------------------------------------------- <pillar>.yaml


class ElementStrategy(Strict):
    element: Code = Field(description="Kode elemen, mis. 'public-service' — element code")
    problems: list[Text] = Field(max_length=30, default_factory=list, description="Permasalahan — problems")
    potential: list[Text] = Field(max_length=30, default_factory=list, description="Potensi — potential")
    goals: list[Text] = Field(max_length=60, default_factory=list, description="Sasaran — goals")
    strategy: list[Text] = Field(max_length=30, default_factory=list, description="Strategi — strategy")


class Baseline(Strict):
    year: Year = Field(description="Tahun data dasar — baseline year")
    value: Number = Field(description="Nilai data dasar — baseline value")


class Indicator(Strict):
    id: IndicatorId | None = Field(
        None,
        description=(
            "Kode indikator tetap: kode program, titik, nomor, mis. 'GOV-01.1'; dirujuk oleh evaluasi"
            " — stable indicator id referenced by evaluations"
        ),
    )
    name: Line = Field(description="Nama indikator — indicator name")
    unit: Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=ONE_LINE)] = Field(
        description="Satuan, mis. 'persen', 'desa', 'unit' — unit"
    )
    direction: Literal["up", "down"] = Field(
        "up", description="up: makin tinggi makin baik; down: sebaliknya"
    )
    baseline: Baseline | None = Field(None, description="Data dasar — baseline")
    targets: dict[Year, Number] = Field(
        min_length=1, description="Target per tahun {tahun: nilai} — yearly targets"
    )
    sni: Annotated[str, StringConstraints(pattern=r"^\d{1,2}\.\d{1,2}$")] | None = Field(
        None, description="Nomor indikator SNI ISO 37122:2019, mis. '10.2' — SNI ISO 37122 indicator number"
    )
    location_targets: dict[LocationCode, dict[Year, Number]] = Field(
        default_factory=dict,
        description=(
            "Target per kecamatan/desa {kode wilayah: {tahun: nilai}} — targets per kecamatan or desa"
        ),
    )


class Risk(Strict):
    description: Text = Field(description="Uraian risiko — risk")
    likelihood: Level = Field(description="Kemungkinan: rendah, sedang, tinggi — likelihood")
    impact: Level = Field(description="Dampak: rendah, sedang, tinggi — impact")
    mitigation: Text = Field(description="Mitigasi — mitigation")


class Partner(Strict):
    name: Line = Field(description="Nama mitra — partner name")
    type: Literal["swasta", "bumn-bumd", "akademisi", "komunitas", "media", "pemerintah"] = Field(
        description="Jenis mitra (pentahelix; bumn-bumd untuk badan usaha milik negara/daerah) — partner type"
    )


Budget = dict[Year, dict[Code, Rupiah]]


class Programme(Strict):
    id: ProgrammeId = Field(description="Kode program unik, mis. 'GOV-01' — unique programme id")
    name: Line = Field(description="Nama program — programme name")
    element: Code = Field(description="Kode elemen dimensi ini — element of this pillar")
    category: Code = Field(
        description="Kategori: suprastructure, infrastructure, application, human-resources"
    )
    description: LongText = Field(description="Uraian (Markdown) — description")
    problem: Text | None = Field(None, description="Masalah yang diatasi — problem addressed")
    goal: Text | None = Field(None, description="Tujuan program — goal")
    missions: list[Code] = Field(
        max_length=30,
        default_factory=list,
        description="Misi RPJMD yang didukung, mis. [M1] — RPJMD missions served",
    )
    rpjmd: list[RpjmdRef] = Field(
        max_length=30,
        default_factory=list,
        description="Sasaran/indikator RPJMD yang didukung, mis. [S1.1, IKU-1.1] — RPJMD objectives served",
    )
    secondary: list[ElementRef] = Field(
        max_length=10,
        default_factory=list,
        description=(
            "Elemen dimensi lain yang juga dilayani, 'dimensi.elemen', mis. [society.security]"
            " — other pillars' elements also served (counted in coverage)"
        ),
    )
    locations: list[LocationCode] = Field(
        max_length=500,
        default_factory=list,
        description="Kode wilayah kecamatan/desa lokasi program, mis. ['64.02.06'] — kecamatan/desa served",
    )
    lead: Code = Field(description="Kode OPD penanggung jawab — lead agency code")
    support: list[Code] = Field(
        max_length=30, default_factory=list, description="Kode OPD pendukung — supporting agencies"
    )
    partners: list[Partner] = Field(max_length=30, default_factory=list, description="Mitra — partners")
    years: list[Year] = Field(max_length=10, min_length=1, description="Tahun pelaksanaan — active years")
    outputs: dict[Year, Text] = Field(
        default_factory=dict, description="Target keluaran per tahun — yearly outputs"
    )
    budget: Budget = Field(
        default_factory=dict, description="Anggaran {tahun: {sumber: rupiah}} — yearly budget by source"
    )
    total_budget: Rupiah | None = Field(
        None, description="Total anggaran (opsional; diperiksa) — stated total, checked"
    )
    funding: list[Funding] = Field(
        max_length=50,
        default_factory=list,
        description=(
            "Sub kegiatan OPD yang mendanai program, dengan pagu APBD dan APBD-P per tahun"
            " — sub-activities funding the programme, with APBD and revised APBD amounts"
        ),
    )
    indicators: list[Indicator] = Field(
        max_length=20, default_factory=list, description="Indikator kinerja — indicators"
    )
    risks: list[Risk] = Field(max_length=20, default_factory=list, description="Risiko — risks")
    status: Literal["planned", "ongoing", "done", "cancelled"] = Field(
        "planned", description="Status program"
    )
    internal_notes: LongText | None = Field(
        None,
        description="Catatan internal tim (tidak dipublikasikan) — internal notes",
        json_schema_extra=INTERNAL,
    )


class Milestone(Strict):
    month: IsoMonth = Field(description="Bulan (YYYY-MM) — month")
    output: Text = Field(description="Capaian yang ditargetkan — milestone")


class QuickWin(Strict):
    id: QuickWinId = Field(description="Kode quick win unik, mis. 'QW-GOV-01' — unique id")
    name: Line = Field(description="Nama quick win — name")
    programme: ProgrammeId = Field(description="Program yang dipercepat — programme it accelerates")
    element: Code = Field(description="Kode elemen — element")
    description: LongText = Field(description="Uraian (Markdown) — description")
    lead: Code = Field(description="Kode OPD penanggung jawab — lead agency")
    support: list[Code] = Field(
        max_length=30, default_factory=list, description="OPD pendukung — supporting agencies"
    )
    start: IsoMonth = Field(description="Bulan mulai (YYYY-MM) — start month")
    end: IsoMonth = Field(
        description="Bulan selesai (YYYY-MM), paling lama 12 bulan — end month, at most 12 months"
    )
    beneficiaries: Text = Field(description="Penerima manfaat — beneficiaries")
    budget: dict[Code, Rupiah] = Field(
        default_factory=dict, description="Anggaran {sumber: rupiah} — budget by source"
    )
    budget_scope: QuickWinBudgetScope | None = Field(
        None,
        description=(
            "included: anggaran sudah termasuk anggaran program; additional: di luar (ditambahkan ke total)"
            " — included in the programme's budget, or additional to it"
        ),
    )
    locations: list[LocationCode] = Field(
        max_length=500, default_factory=list, description="Kode wilayah kecamatan/desa — locations"
    )
    milestones: list[Milestone] = Field(
        max_length=24, min_length=1, description="Tonggak capaian — milestones"
    )
    indicators: list[Indicator] = Field(
        max_length=20, default_factory=list, description="Indikator — indicators"
    )


class PillarFile(Strict):
    """`<pillar>.yaml`: one pillar's strategy per element, its programmes and quick wins."""

    format: Literal[1] = Field(FORMAT_VERSION, description="Versi format berkas (1) — file format version")
    summary: LongText | None = Field(None, description="Ringkasan arah dimensi — pillar summary")
    strategy: list[ElementStrategy] = Field(
        max_length=30, default_factory=list, description="Strategi per elemen — per element"
    )
    programmes: list[Programme] = Field(
        max_length=300, default_factory=list, description="Program — programmes"
    )
    quick_wins: list[QuickWin] = Field(max_length=100, default_factory=list, description="Quick win")
