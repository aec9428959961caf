"""`masterplan pdf` and `masterplan verify` as users call them: exit codes, output, files written."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

HOSTILE = Path(__file__).parents[1] / "fixtures" / "pdf" / "hostile"


def invoke(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_unknown_region_is_a_usage_error(in_tmp: Path) -> None:
    result = invoke("pdf", "no-such-region")
    assert result.exit_code == 2
    assert "no region 'no-such-region'" in result.output
    assert list(in_tmp.iterdir()) == []


def test_invalid_region_prints_diagnostics_and_writes_nothing(mini: Path, in_tmp: Path) -> None:
    path = mini / "governance.yaml"
    path.write_text(path.read_text().replace("lead: DISKOMINFO", "lead: DISKOMINF0", 1))
    result = invoke("pdf", "mini", "-o", in_tmp / "out.pdf")
    assert result.exit_code == 1
    assert "error E" in result.output and "DISKOMINF0" in result.output
    assert not (in_tmp / "out.pdf").exists()


def test_strict_fails_on_validation_warnings(tmp_path: Path) -> None:
    result = invoke("pdf", HOSTILE, "--strict", "-o", tmp_path / "out.pdf")
    assert result.exit_code == 1
    assert "warning W" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_pdf_writes_the_file_and_reports_refused_resources(tmp_path: Path) -> None:
    out = tmp_path / "briefing.pdf"
    result = invoke("pdf", HOSTILE, "--kind", "quick-win", "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"wrote {out}"
    assert "refused 'file:///etc/passwd'" in result.stderr
    assert out.read_bytes().startswith(b"%PDF-1.7")
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]  # no temporary file left behind


def test_road_map_book_is_refused_for_a_first_generation_plan(mini: Path, in_tmp: Path) -> None:
    result = invoke("pdf", mini, "--kind", "roadmap")
    assert result.exit_code == 2
    assert "only a second-generation plan" in result.output and "generation.previous" in result.output
    assert list(in_tmp.glob("*.pdf")) == []


@pytest.mark.slow
def test_road_map_book_of_a_second_generation_plan(mini: Path, in_tmp: Path) -> None:
    plan = mini / "masterplan.yaml"
    plan.write_text(
        plan.read_text() + "generation:\n  previous: [{slug: mini-2020-2024, period: 2020-2024}]\n"
    )
    result = invoke("pdf", mini, "--kind", "roadmap")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "wrote mini-buku-road-map.pdf"
    text = subprocess.run(
        ["pdftotext", str(in_tmp / "mini-buku-road-map.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "ROAD MAP SMART CITY" in text and "Kesinambungan dengan Masterplan Terdahulu" in text


def _site_with_sums(root: Path, files: dict[str, bytes]) -> Path:
    (root / "site" / "pdf").mkdir(parents=True)
    lines = [f"{hashlib.sha256(data).hexdigest()}  {name}" for name, data in files.items()]
    (root / "site" / "pdf" / "SHA256SUMS").write_text("\n".join(lines) + "\n")
    return root / "site"


def test_verify_match_and_mismatch(tmp_path: Path) -> None:
    site = _site_with_sums(
        tmp_path, {"kota-x-masterplan.pdf": b"%PDF official", "kota-x-quick-win.pdf": b"%PDF qw"}
    )
    copy = tmp_path / "emailed.pdf"
    copy.write_bytes(b"%PDF official")
    result = invoke("verify", copy, "--site", site, "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"match: {copy} is the published kota-x-masterplan.pdf")
    copy.write_bytes(b"%PDF official, edited")
    result = invoke("verify", copy, "--site", site, "--lang", "en")
    assert result.exit_code == 1
    assert "no match" in result.stderr


def test_verify_without_published_sums(tmp_path: Path) -> None:
    copy = tmp_path / "x.pdf"
    copy.write_bytes(b"%PDF")
    result = invoke("verify", copy, "--site", tmp_path / "site", "--lang", "en")
    assert result.exit_code == 1
    assert "SHA256SUMS not found" in result.output


def _with_evaluation(mini: Path) -> None:
    (mini / "evaluations").mkdir()
    (mini / "evaluations" / "2025-tahap-1.yaml").write_text(
        "format: 1\nyear: 2025\nstage: 1\ndate: '2025-09-01'\nstatus: approved\n"
        "evaluators: [{name: Dr. Evaluator, institution: Universitas Mini}]\n"
        "programmes: [{id: GOV-01, status: done}]\n"
    )


def test_evaluation_report_usage_errors(mini: Path, in_tmp: Path) -> None:
    _with_evaluation(mini)
    result = invoke("pdf", mini, "--kind", "evaluation")
    assert result.exit_code == 2 and "--kind evaluation needs --evaluation" in result.output
    result = invoke("pdf", mini, "--kind", "quick-win", "--evaluation", "2025-tahap-1")
    assert result.exit_code == 2
    result = invoke("pdf", mini, "--evaluation", "2026-tahap-2")
    assert result.exit_code == 2
    assert "mini has no evaluation '2026-tahap-2' (available: 2025-tahap-1)" in result.output
    assert list(in_tmp.iterdir()) == [in_tmp / "masterplans"]  # nothing written


@pytest.mark.slow
def test_evaluation_report_default_file_name(mini: Path, in_tmp: Path) -> None:
    _with_evaluation(mini)
    result = invoke("pdf", mini, "--evaluation", "2025-tahap-1")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "wrote mini-evaluasi-2025-tahap-1.pdf"
    pdf = in_tmp / "mini-evaluasi-2025-tahap-1.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "LAPORAN EVALUASI" in text and "Dr. Evaluator" in text and "Universitas Mini" in text
