"""Evaluation records (`evaluations/<year>-tahap-<n>.yaml`) and the evaluation reference data.

A record holds what evaluators *observed*: programme status, realised budget and indicator values,
pillar achievements, interviews, quick-win outcomes, the SNI ISO 37122 self-assessment and the risk
register. Everything derived (implementation rate, realisation rate, index, bands) is computed in
`evaluation.py`, never typed, so a record cannot contradict itself.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from generator.schema.plan import (
    Code,
    IndicatorId,
    IsoDate,
    Number,
    PillarCode,
    ProgrammeId,
    QuickWinId,
    Rupiah,
    Score,
    Strict,
    Text,
    Year,
)

Dimension = Literal["baseline", "output", "outcome", "impact", "quick-win"]
# A recommendation's id, stable across evaluations, e.g. 'REK-2025-01'.
RecommendationId = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9]{0,9}(-[A-Z0-9]{1,10}){1,3}$")]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s<>\"'()]{1,2000}$")]
# A file inside the region folder, written relative to it (e.g. 'evaluations/bukti/sk-dewan.pdf').
RegionFile = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_./ -]{0,299}$")]
OfficialScore = Annotated[float, Field(ge=0, le=1000, allow_inf_nan=False)]
ProgrammeStatus = Literal["not-started", "in-progress", "done", "cancelled"]
FollowUpStatus = Literal["done", "in-progress", "not-started"]


class Evidence(Strict):
    """Supporting evidence (data dukung) for a score, a status or a realised value."""

    title: Text = Field(description="Judul dokumen bukti dukung — title of the supporting document")
    date: IsoDate | None = Field(None, description="Tanggal dokumen (YYYY-MM-DD) — document date")
    url: Url | None = Field(None, description="Tautan (https://…) — link")
    file: RegionFile | None = Field(
        None,
        description="Berkas di folder daerah, relatif terhadap folder itu — a file in the region folder",
    )


EvidenceList = Annotated[list[Evidence], Field(max_length=20)]


class Evaluator(Strict):
    name: Text = Field(description="Nama evaluator — evaluator's name")
    institution: Text = Field(description="Instansi/perguruan tinggi — institution")
    role: Text | None = Field(None, description="Peran, mis. 'Ketua Tim Evaluasi' — role")


class IndicatorValue(Strict):
    id: IndicatorId | None = Field(
        None, description="Kode indikator di masterplan, mis. 'GOV-01.1' — indicator id in the masterplan"
    )
    name: Text | None = Field(
        None,
        description=(
            "Cara lama: nama indikator persis seperti di masterplan (pakai `id`) — old way: the indicator's"
            " name; use `id`"
        ),
    )
    value: Number = Field(
        description="Nilai realisasi pada tahun evaluasi — realised value in the evaluation year"
    )
    year: Year | None = Field(
        None, description="Tahun data nilai ini (mis. data BPS 2025) — the year the value is data for"
    )
    source: Text | None = Field(
        None, description="Sumber data, mis. 'BPS, data Maret 2026' — source of the value"
    )
    evidence: EvidenceList = Field(default_factory=list, description="Bukti dukung — evidence")


class Cancellation(Strict):
    """A formal cancellation or reallocation: the programme leaves the implementation-rate denominator."""

    reason: Text = Field(description="Alasan pembatalan/realokasi — reason")
    decision: Text = Field(
        description="Nomor keputusan (mis. Perbup/SK/berita acara APBD-P) — decision reference"
    )
    date: IsoDate | None = Field(None, description="Tanggal keputusan — decision date")
    reallocated_to: list[ProgrammeId] = Field(
        max_length=20,
        default_factory=list,
        description="Program penerima realokasi anggaran — reallocated to",
    )


class ProgrammeProgress(Strict):
    id: ProgrammeId = Field(description="Kode program di masterplan — programme id")
    status: ProgrammeStatus = Field(
        description="not-started (belum mulai), in-progress (berjalan), done (selesai), cancelled (dibatalkan)"
    )
    realised_budget: Rupiah | dict[Code, Rupiah] | None = Field(
        None,
        description="Realisasi anggaran tahun evaluasi (rupiah), total atau per sumber dana "
        "({apbd: …, dak: …}) — realised budget, in total or per funding source",
    )
    indicators: list[IndicatorValue] = Field(
        max_length=20, default_factory=list, description="Realisasi indikator — indicator values"
    )
    note: Text | None = Field(None, description="Catatan — remarks")
    cancellation: Cancellation | None = Field(
        None,
        description="Pembatalan/realokasi resmi (status cancelled): tidak dihitung dalam penyebut tingkat "
        "implementasi — formal cancellation or reallocation",
    )
    evidence: EvidenceList = Field(default_factory=list, description="Bukti dukung status — evidence")

    @property
    def realised_total(self) -> int | None:
        """The realised budget in rupiah, summed over funding sources when given per source."""
        if isinstance(self.realised_budget, dict):
            return sum(self.realised_budget.values())
        return self.realised_budget


class PillarAchievement(Strict):
    pillar: PillarCode = Field(description="Dimensi — pillar")
    achievements: list[Text] = Field(
        max_length=30, default_factory=list, description="Capaian utama — main achievements"
    )
    score: Score | None = Field(
        None, description="Nilai capaian 0–100 bila dinilai — achievement score, if scored"
    )
    evidence: EvidenceList = Field(default_factory=list, description="Bukti dukung — evidence")


class Interview(Strict):
    pillar: PillarCode = Field(description="Dimensi — pillar")
    respondents: Annotated[int, Field(ge=0, le=1000)] = Field(description="Jumlah responden — respondents")
    summary: Text = Field(description="Ringkasan temuan — summary of findings")


class QuickWinOutcome(Strict):
    id: QuickWinId = Field(description="Kode quick win")
    outcome: Literal["done", "partial", "not-done"] = Field(
        description="done (tercapai), partial (sebagian), not-done"
    )
    note: Text | None = Field(None, description="Catatan — remarks")
    evidence: EvidenceList = Field(default_factory=list, description="Bukti dukung — evidence")


class SniAssessment(Strict):
    number: Annotated[str, StringConstraints(pattern=r"^\d{1,2}\.\d{1,2}$")] = Field(
        description="Nomor indikator SNI"
    )
    available: bool = Field(description="Data tersedia? — is data available")
    value: Number | None = Field(None, description="Nilai — value")
    year: Year | None = Field(None, description="Tahun data — year of the value")
    source: Code | None = Field(None, description="Kode OPD sumber data — source agency code")
    evidence: EvidenceList = Field(default_factory=list, description="Bukti dukung — evidence")


class RiskState(Strict):
    programme: ProgrammeId = Field(description="Kode program — programme id")
    risk: Annotated[int, Field(ge=1)] = Field(
        description="Nomor urut risiko di program (mulai 1) — risk number in the programme"
    )
    state: Literal["open", "mitigated", "occurred", "closed"] = Field(
        description="open, mitigated, occurred, closed"
    )
    note: Text | None = Field(None, description="Catatan — remarks")


class OfficialResult(Strict):
    """The ministry's result as its letter gives it: scores on the scheme's scale, index, rank."""

    letter: Text | None = Field(
        None, description="Nomor surat Ditjen Aptika, mis. 'B-1003/DJAI/AI.01.04/12/2022' — letter number"
    )
    date: IsoDate | None = Field(None, description="Tanggal surat — letter date")
    scores: dict[Dimension, OfficialScore] = Field(
        default_factory=dict,
        description="Nilai per dimensi pada skala skema (mis. 3.21); Impact dihitung dari nilai pilar "
        "bila diberikan — dimension scores on the scheme's scale",
    )
    pillars: dict[PillarCode, OfficialScore] = Field(
        default_factory=dict, description="Nilai per pilar (smart governance …) — pillar scores"
    )
    index: OfficialScore | None = Field(
        None,
        description="Indeks pencapaian yang diumumkan, untuk dicocokkan dengan hasil hitung — "
        "the published final index, checked against the computed one",
    )
    rank: Annotated[int, Field(ge=1, le=1000)] | None = Field(None, description="Peringkat nasional — rank")
    evaluated: Annotated[int, Field(ge=1, le=1000)] | None = Field(
        None, description="Jumlah daerah yang dievaluasi tahun itu — number of regions evaluated"
    )
    evidence: EvidenceList = Field(default_factory=list, description="Bukti dukung — evidence")


class Recommendation(Strict):
    """A weakness the assessors found and what they recommend; its id is tracked in later evaluations."""

    id: RecommendationId = Field(description="Kode tetap, mis. 'REK-2025-01' — stable id")
    finding: Text = Field(description="Kelemahan yang ditemukan — weakness found")
    text: Text = Field(description="Rekomendasi — recommendation")
    pillar: PillarCode | None = Field(None, description="Pilar terkait — pillar concerned")
    dimension: Dimension | None = Field(None, description="Dimensi evaluasi terkait — dimension concerned")


class FollowUp(Strict):
    """What became of a recommendation of an earlier evaluation."""

    id: RecommendationId = Field(description="Kode rekomendasi evaluasi sebelumnya — recommendation id")
    status: FollowUpStatus = Field(
        description="done (selesai), in-progress (sedang ditindaklanjuti), not-started (belum)"
    )
    note: Text | None = Field(None, description="Catatan — remarks")
    evidence: EvidenceList = Field(default_factory=list, description="Bukti dukung — evidence")


class EvaluationFile(Strict):
    """`evaluations/<year>-tahap-<n>.yaml`: one evaluation of the masterplan."""

    format: Literal[1] = Field(1, description="Versi format berkas (1)")
    year: Year = Field(description="Tahun evaluasi — evaluation year")
    stage: Annotated[int, Field(ge=1, le=4)] = Field(description="Tahap evaluasi (1 atau 2) — stage")
    date: IsoDate = Field(description="Tanggal evaluasi (YYYY-MM-DD) — date")
    status: Literal["draft", "final", "approved"] = Field("draft", description="Status laporan evaluasi")
    scheme: Code | None = Field(None, description="Skema bobot (default menurut tahun) — weighting scheme id")
    weights: dict[Dimension, Annotated[float, Field(ge=0, le=100)]] | None = Field(
        None, description="Bobot khusus per dimensi (jumlah 100) — custom weights, summing to 100"
    )
    scores: dict[Literal["baseline", "output", "impact"], Score] = Field(
        default_factory=dict,
        description="Nilai dimensi yang dinilai evaluator (0–100); outcome dan quick-win dihitung",
    )
    evaluators: list[Evaluator] = Field(max_length=50, min_length=1, description="Tim evaluator — evaluators")
    summary: Text | None = Field(None, description="Ringkasan hasil evaluasi — summary")
    programmes: list[ProgrammeProgress] = Field(
        max_length=300, default_factory=list, description="Kemajuan program — progress"
    )
    pillars: list[PillarAchievement] = Field(default_factory=list, description="Capaian per dimensi")
    interviews: list[Interview] = Field(
        max_length=30, default_factory=list, description="Wawancara responden"
    )
    quick_wins: list[QuickWinOutcome] = Field(
        max_length=100, default_factory=list, description="Hasil quick win"
    )
    sni: list[SniAssessment] = Field(
        max_length=200, default_factory=list, description="Swa-penilaian SNI ISO 37122"
    )
    risks: list[RiskState] = Field(max_length=20, default_factory=list, description="Status register risiko")
    official: OfficialResult | None = Field(
        None, description="Hasil resmi Kementerian (surat Ditjen Aptika) — the ministry's official result"
    )
    strengths: list[Text] = Field(max_length=50, default_factory=list, description="Kekuatan — strengths")
    recommendations: list[Recommendation] = Field(
        max_length=100, default_factory=list, description="Kelemahan dan rekomendasi — recommendations"
    )
    follow_up: list[FollowUp] = Field(
        max_length=200,
        default_factory=list,
        description="Tindak lanjut rekomendasi evaluasi sebelumnya — follow-up of earlier recommendations",
    )


# --------------------------------------------------------------------------- reference data


class Scale(Strict):
    min: Annotated[float, Field(ge=0)]
    max: Annotated[float, Field(gt=0, le=1000)]
    decimals: Annotated[int, Field(ge=0, le=4)] = 2


class Source(Strict):
    title: Text
    url: Url | None = None
    note: Text | None = None


class Scheme(Strict):
    id: Code
    title: Text | None = None
    years: list[Year] = Field(max_length=20, min_length=1)
    aliases: list[Code] = Field(default_factory=list, max_length=10)
    weights: dict[Dimension, Annotated[float, Field(ge=0, le=100)]]
    impact: Literal["pillar-mean", "scored"] = "pillar-mean"
    scale: Scale | None = None
    sources: list[Source] = Field(default_factory=list, max_length=20)


class Band(Strict):
    code: Code
    min: Annotated[float, Field(ge=0, le=100)]
    max: Annotated[float, Field(ge=0, le=100)]
    label: dict[Literal["id", "en"], Text]


class EvaluationConfig(Strict):
    """`generator/data/evaluation.yaml`: weights per year and achievement bands."""

    version: Text
    scale: Scale  # the default for schemes that do not set their own
    schemes: list[Scheme] = Field(max_length=50, min_length=1)
    bands: list[Band] = Field(max_length=20, min_length=1)
    # plan status → evaluation status: two tenses of one vocabulary (defined once, in the data file)
    status_mapping: dict[Literal["planned", "ongoing", "done", "cancelled"], ProgrammeStatus]

    def scheme(self, id_or_alias: str) -> Scheme | None:
        return next((s for s in self.schemes if id_or_alias in (s.id, *s.aliases)), None)
