"""The `masterplan` command as users and scripts call it: exit codes, formats, languages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

from .conftest import ROOT


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def break_lead(region: Path) -> None:
    path = region / "economy.yaml"
    path.write_text(path.read_text().replace("lead: DISKOMINFO", "lead: DISKOMINF0", 1))


def test_python_dash_m_and_console_script_agree(mini: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(mini)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "1 wilayah (1 valid)" in out.stdout


def test_exit_codes(mini: Path, in_tmp: Path) -> None:
    assert invoke("validate", "masterplans").exit_code == 0
    assert invoke("validate", "no/such/path").exit_code == 2
    assert invoke("validate", "--format", "yaml").exit_code == 2
    break_lead(mini)
    assert invoke("validate", "masterplans").exit_code == 1


def test_english_messages(mini: Path, in_tmp: Path) -> None:
    break_lead(mini)
    result = invoke("validate", "--lang", "en", "masterplans")
    assert "error E203 agency 'DISKOMINF0' is not in the agencies list" in result.output
    assert "hint: did you mean 'DISKOMINFO'?" in result.output
    assert "1 regions (0 valid)" in result.output


def test_json_format(mini: Path, in_tmp: Path) -> None:
    break_lead(mini)
    result = invoke("validate", "--format", "json", "masterplans")
    rows = json.loads(result.output)
    assert result.exit_code == 1
    assert rows == [
        {
            "file": "masterplans/mini/economy.yaml",
            "line": 12,
            "column": 11,
            "code": "E203",
            "severity": "error",
            "hint": "maksud Anda 'DISKOMINFO'?",
            "message": "OPD 'DISKOMINF0' tidak ada dalam daftar agencies di masterplan.yaml",
        }
    ]


def test_github_annotations(mini: Path, in_tmp: Path) -> None:
    break_lead(mini)
    out = invoke("validate", "--format", "github", "masterplans").output.strip()
    assert out.startswith(
        "::error file=masterplans/mini/economy.yaml,line=12,col=11,title=E203::OPD 'DISKOMINF0'"
    )


def test_sarif(mini: Path, in_tmp: Path) -> None:
    break_lead(mini)
    doc = json.loads(invoke("validate", "--format", "sarif", "masterplans").output)
    [result] = doc["runs"][0]["results"]
    assert doc["version"] == "2.1.0" and result["ruleId"] == "E203"
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 12, "startColumn": 11}


def test_strict_fails_on_warnings(mini: Path, in_tmp: Path) -> None:
    path = mini / "society.yaml"
    path.write_text(
        path.read_text().replace("targets: {2025: 50, 2026: 60}", "targets: {2025: 50, 2026: 40}", 1)
    )
    assert invoke("validate", "masterplans").exit_code == 0
    assert invoke("validate", "--strict", "masterplans").exit_code == 1


def test_new_scaffolds_a_valid_region(in_tmp: Path) -> None:
    result = invoke("new", "kota-baru", "--name", "Baru", "--type", "kota", "--period", "2026-2030")
    assert result.exit_code == 0, result.output
    assert "0 galat" in result.output
    first = (in_tmp / "masterplans/kota-baru/masterplan.yaml").read_text().splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../.masterplan/schema/masterplan.schema.json"
    assert invoke("validate", "masterplans/kota-baru").exit_code == 0


def test_new_refuses_to_overwrite_and_bad_arguments(mini: Path, in_tmp: Path) -> None:
    before = (mini / "masterplan.yaml").read_bytes()
    assert invoke("new", "mini", "--name", "X", "--type", "kota").exit_code == 2
    assert (mini / "masterplan.yaml").read_bytes() == before
    assert invoke("new", "Bad Slug", "--name", "X", "--type", "kota").exit_code == 2
    assert invoke("new", "ok", "--name", "X", "--type", "kota", "--period", "2025-2030").exit_code == 2
    assert not (in_tmp / "masterplans/ok").exists()


def test_schema_command_prints_both_schemas() -> None:
    result = invoke("schema")
    pillars = {
        f"{p}.schema.json" for p in ("governance", "branding", "economy", "living", "society", "environment")
    }
    assert (
        set(json.loads(result.output))
        == {
            "masterplan.schema.json",
            "pillar.schema.json",
            "evaluation.schema.json",
        }
        | pillars
    )


def test_committed_schema_is_current(tmp_path: Path) -> None:
    assert invoke("schema", "-o", str(tmp_path)).exit_code == 0
    for name in sorted(path.name for path in tmp_path.glob("*.schema.json")):
        assert (tmp_path / name).read_text() == (ROOT / "schema" / name).read_text(), (
            f"schema/{name} is stale: run `masterplan schema -o schema`"
        )


def test_a_file_path_validates_its_region(mini: Path, in_tmp: Path) -> None:
    (mini / "evaluations").mkdir()
    path = mini / "evaluations" / "2025-tahap-1.yaml"
    path.write_text(
        "format: 1\nyear: 2025\nstage: 1\ndate: '2025-09-01'\nevaluators: [{name: A, institution: B}]\n"
    )
    result = invoke("validate", "masterplans/mini/evaluations/2025-tahap-1.yaml")
    assert "1 wilayah" in result.output and "E022" not in result.output


def test_new_speaks_the_language_asked_for(in_tmp: Path) -> None:
    result = invoke("new", "kota-baru", "--name", "Baru", "--type", "kota")
    assert "dibuat masterplans/kota-baru/" in result.output and "berikutnya:" in result.output
    again = invoke("new", "kota-baru", "--name", "Baru", "--type", "kota")
    assert again.exit_code == 2 and "sudah ada; tidak ada yang diubah" in again.output
    bad = invoke("new", "Kota Baru", "--name", "Baru", "--type", "kota", "--lang", "en")
    assert "must be lower-case words joined by '-'" in bad.output


def test_verify_finds_the_site_from_a_subfolder(in_tmp: Path, monkeypatch) -> None:
    pdf = in_tmp / "dokumen.pdf"
    pdf.write_bytes(b"%PDF-1.7 published\n")
    (in_tmp / "masterplans").mkdir()
    (in_tmp / "site" / "pdf").mkdir(parents=True)
    from generator.files import sha256_file

    (in_tmp / "site" / "pdf" / "SHA256SUMS").write_text(f"{sha256_file(pdf)}  kota-x-masterplan.pdf\n")
    monkeypatch.chdir(in_tmp / "masterplans")
    result = invoke("verify", str(pdf))
    assert result.exit_code == 0 and "cocok:" in result.output and "kota-x-masterplan.pdf" in result.output
    other = in_tmp / "lain.pdf"
    other.write_bytes(b"%PDF-1.7 other\n")
    result = invoke("verify", "--lang", "en", str(other))
    assert result.exit_code == 1 and "no match:" in result.output


def test_the_command_leaves_at_once_after_a_build_yet_runs_exit_handlers(tmp_path: Path) -> None:
    """`run` (the installed command) skips freeing a build's objects, not the at-exit handlers."""
    script = (
        "import atexit, sys, generator.cli as cli\n"
        "atexit.register(lambda: print('handlers ran', flush=True))\n"
        "cli._EXIT_AT_ONCE = True\n"
        "print('built', flush=True)\n"
        "cli._exit_at_once(0)\n"
        "print('not reached')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.split() == ["built", "handlers", "ran"]
