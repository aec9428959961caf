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


class Evaluator(Strict):
    name: Text = Field(description="Nama evaluator — evaluator's name")
    institution: Text = Field(description="Instansi/perguruan tinggi — institution")
    role: Text | None = Field(None, description="Peran, mis. 'Ketua Tim Evaluasi' — role")


class IndicatorValue(Strict):
    name: Text = Field(
        description="Nama indikator persis seperti di masterplan — indicator name as in the masterplan"
    )
    value: Number = Field(
        description="Nilai realisasi pada tahun evaluasi — realised value in the evaluation year"
    )


class ProgrammeProgress(Strict):
    id: ProgrammeId = Field(description="Kode program di masterplan — programme id")
    status: Literal["not-started", "in-progress", "done", "cancelled"] = Field(
        description="not-started (belum mulai), in-progress (berjalan), done (selesai), cancelled (dibatalkan)"
    )
    realised_budget: Rupiah | None = Field(
        None, description="Realisasi anggaran tahun evaluasi (rupiah) — realised budget"
    )
    indicators: list[IndicatorValue] = Field(
        max_length=20, default_factory=list, description="Realisasi indikator — indicator values"
    )
    note: Text | None = Field(None, description="Catatan — remarks")


class PillarAchievement(Strict):
    pillar: PillarCode = Field(description="Dimensi — pillar")
    achievements: list[Text] = Field(
        max_length=30, default_factory=list, description="Capaian utama — main achievements"
    )
    score: Score | None = Field(
        None, description="Nilai capaian 0–100 bila dinilai — achievement score, if scored"
    )


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


class SniAssessment(Strict):
    number: Annotated[str, StringConstraints(pattern=r"^\d{1,2}\.\d{1,2}$")] = Field(
        description="Nomor indikator SNI"
    )
    available: bool = Field(description="Data tersedia? — is data available")
    value: Number | None = Field(None, description="Nilai — value")
    year: Year | None = Field(None, description="Tahun data — year of the value")
    source: Code | None = Field(None, description="Kode OPD sumber data — source agency code")


class RiskState(Strict):
    programme: ProgrammeId = Field(description="Kode program — programme id")
    risk: Annotated[int, Field(ge=1)] = Field(
        description="Nomor urut risiko di program (mulai 1) — risk number in the programme"
    )
    state: Literal["open", "mitigated", "occurred", "closed"] = Field(
        description="open, mitigated, occurred, closed"
    )
    note: Text | None = Field(None, description="Catatan — remarks")


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


# --------------------------------------------------------------------------- reference data


class Scheme(Strict):
    id: Code
    years: list[Year] = Field(max_length=10, min_length=1)
    weights: dict[Dimension, Annotated[float, Field(ge=0, le=100)]]


class Band(Strict):
    code: Code
    min: Annotated[float, Field(ge=0, le=100)]
    max: Annotated[float, Field(ge=0, le=100)]
    label: dict[Literal["id", "en"], Text]


class EvaluationConfig(Strict):
    """`generator/data/evaluation.yaml`: weights per year and achievement bands."""

    version: Text
    schemes: list[Scheme] = Field(max_length=50, min_length=1)
    bands: list[Band] = Field(max_length=20, min_length=1)
