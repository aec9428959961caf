"""`masterplan diff` and the revision history, on real temporary git repositories."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.authoring.fmt import dump_rt, yaml_rt
from generator.cli import main
from generator.history.log import region_history
from generator.model.region import programme_by_year
from generator.render.formatting import rupiah
from generator.validation.validate import validate_region

from ..conftest import FIXTURES, SAMPLES, run_git


def git(repo: Path, *args: str, date: str = "2025-03-17T10:00:00+08:00") -> str:
    return run_git(repo, *args, date=date)


def commit(repo: Path, message: str, date: str = "2025-03-17T10:00:00+08:00") -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, date=date)


def edit(path: Path, change) -> None:
    """Edit a YAML file the way a person would: same layout, one value changed."""
    doc = yaml_rt().load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(dump_rt(doc), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with the mini region committed once ('Draf awal')."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    git(tmp_path, "init", "-q", "-b", "main")
    shutil.copytree(FIXTURES / "mini", tmp_path / "masterplans" / "mini")
    commit(tmp_path, "Draf awal")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def revise(repo: Path) -> None:
    """The second commit: budgets, targets, a lead, statuses, a programme swapped, a quick win."""
    region = repo / "masterplans" / "mini"

    def economy(doc):
        doc["programmes"][0]["budget"][2026]["apbd"] = 850000000
        doc["programmes"][1]["indicators"][0]["targets"][2026] = 70
        doc["programmes"][2]["lead"] = "BAPPEDA"
        doc["programmes"][2].insert(9, "status", "ongoing")

    def governance(doc):
        new = yaml_rt().load(dump_rt(doc["programmes"][2]))
        new["id"], new["name"] = "GOV-04", "Portal | <b>Satu</b> Data"
        new["budget"][2026]["apbd"] = 900000000
        del doc["programmes"][2]
        doc["programmes"].append(new)
        doc["quick_wins"][0]["end"] = "2025-12"

    def plan(doc):
        doc["document"]["status"] = "final"
        doc["document"]["version"] = "1.1"

    edit(region / "economy.yaml", economy)
    edit(region / "governance.yaml", governance)
    edit(region / "masterplan.yaml", plan)
    commit(repo, "Revisi anggaran dan target", date="2025-04-02T09:30:00+08:00")


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


EXPECTED_TEXT = """\
Kota Mini (mini)
  Dokumen: status: draft → final; version: 1.0 → 1.1
  Program ditambah:
    + GOV-04 Portal | <b>Satu</b> Data [Smart Governance] Rp 1.500.000.000
  Program dihapus:
    - GOV-03 Program Kebijakan Publik [Smart Governance] Rp 1.200.000.000
  Program diubah:
    ~ ECO-01 Program Ekosistem Industri
        anggaran 2026: Rp 700.000.000 → Rp 950.000.000 (+Rp 250.000.000)
    ~ ECO-02 Program Kesejahteraan Rakyat
        target “Layanan daring” 2026: 60 → 70
    ~ ECO-03 Program Ekosistem Transaksi Keuangan
        lead: DISKOMINFO → BAPPEDA
        status: planned → ongoing
  Quick win diubah:
    ~ QW-GOV-01 Layanan kilat
        end: 2025-11 → 2025-12
  Anggaran per dimensi dan tahun:
    Smart Governance 2026: Rp 2.100.000.000 → Rp 2.400.000.000 (+Rp 300.000.000)
    Smart Economy 2026: Rp 2.100.000.000 → Rp 2.350.000.000 (+Rp 250.000.000)
    Total anggaran: Rp 21.750.000.000 → Rp 22.300.000.000 (+Rp 550.000.000)"""


def test_text_diff_between_two_commits(repo: Path) -> None:
    revise(repo)
    result = invoke("diff", "HEAD~1", "HEAD")
    assert result.exit_code == 0, result.output
    assert result.output.replace("\xa0", " ").rstrip("\n") == EXPECTED_TEXT


def test_markdown_diff_escapes_text_from_the_files(repo: Path) -> None:
    revise(repo)
    out = invoke("diff", "main~1", "main", "--format", "markdown", "--lang", "en").output.replace("\xa0", " ")
    assert out.startswith("# masterplan diff main\\~1 main\n\n## Kota Mini (mini)\n")
    assert "**Document:** status: draft → final; version: 1.0 → 1.1" in out
    assert "| GOV-04 | Portal \\| \\<b\\>Satu\\</b\\> Data | Smart Governance | IDR 1,500,000,000 |" in out
    assert "- **ECO-03** Program Ekosistem Transaksi Keuangan\n  - lead: DISKOMINFO → BAPPEDA\n" in out
    assert "| Smart Economy | 2026 | IDR 2,100,000,000 | IDR 2,350,000,000 | +IDR 250,000,000 |" in out
    assert "| **Total budget** | | IDR 21,750,000,000 | IDR 22,300,000,000 | +IDR 550,000,000 |" in out
    assert "<b>" not in out


def test_default_new_revision_is_the_working_tree_and_layout_is_not_a_change(repo: Path) -> None:
    path = repo / "masterplans" / "mini" / "economy.yaml"
    path.write_text("# komentar baru\n" + path.read_text().replace("format: 1", "format:   1"))
    assert invoke("diff", "HEAD").output.strip() == "Tidak ada perubahan isi masterplan."
    edit(path, lambda doc: doc["programmes"][0]["budget"][2025].__setitem__("apbd", 400000000))
    out = invoke("diff", "HEAD", "--lang", "en").output.replace("\xa0", " ")
    assert "budget 2025: IDR 500,000,000 → IDR 400,000,000 (−IDR 100,000,000)" in out


def test_money_moved_between_sources_is_a_change(repo: Path) -> None:
    path = repo / "masterplans" / "mini" / "economy.yaml"
    edit(path, lambda doc: doc["programmes"][0]["budget"].__setitem__(2026, {"apbd": 700000000}))
    out = invoke("diff", "HEAD").output.replace("\xa0", " ")
    assert "budget.2026: apbd Rp 600.000.000, csr Rp 100.000.000 → apbd Rp 700.000.000" in out
    assert "Anggaran per dimensi" not in out  # the totals did not move


def test_a_programme_serving_another_mission_is_a_change(repo: Path) -> None:
    path = repo / "masterplans" / "mini" / "economy.yaml"
    edit(path, lambda doc: doc["programmes"][0].insert(6, "missions", ["M1"]))
    out = invoke("diff", "HEAD", "--lang", "en").output
    assert "    ~ ECO-01 Program Ekosistem Industri\n        missions: — → M1\n" in out


def test_regions_added_invalid_and_filtered(repo: Path) -> None:
    shutil.copytree(FIXTURES / "regions" / "tiny", repo / "masterplans" / "tiny")
    (repo / "masterplans" / "mini" / "living.yaml").write_text("format: 1\nprogrammes: [\n")
    commit(repo, "Tambah wilayah, rusak satu berkas")
    out = invoke("diff", "HEAD~1", "HEAD").output
    assert "Kota Mini (mini)\n  tidak valid pada revisi baru (1 galat)" in out
    assert "(tiny)\n  wilayah baru\n" in out
    assert "+ GOV-01 <script>alert(1)</script> & Layanan Terpadu" in out
    only = invoke("diff", "HEAD~1", "HEAD", "--region", "tiny").output
    assert "mini" not in only and "wilayah baru" in only


def test_git_problems_are_usage_errors(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    result = invoke("diff", "no-such-rev", "HEAD")
    assert result.exit_code == 2
    assert "unknown revision 'no-such-rev'" in result.output
    os.chdir(tmp_path_factory.mktemp("not-a-repo"))
    result = invoke("diff", "HEAD~1")
    assert result.exit_code == 2
    assert "not a git repository" in result.output.lower()


def test_history_lists_who_changed_what_and_when(repo: Path) -> None:
    revise(repo)
    path = repo / "masterplans" / "mini" / "society.yaml"
    path.write_text(path.read_text() + "# catatan rapat\n")
    commit(repo, "Catatan", date="2025-05-01T08:00:00+08:00")
    history = region_history(repo / "masterplans" / "mini")
    assert [(h.subject, h.author, h.date) for h in history] == [
        ("Catatan", "Siti Aminah", "2025-05-01T08:00:00+08:00"),
        ("Revisi anggaran dan target", "Siti Aminah", "2025-04-02T09:30:00+08:00"),
        ("Draf awal", "Siti Aminah", "2025-03-17T10:00:00+08:00"),
    ]
    assert (
        history[0].summary == ["tanpa perubahan isi (tata letak atau komentar)"] and history[0].diff is None
    )
    assert [line.replace("\xa0", " ") for line in history[1].summary] == [
        "status dokumen draft → final",
        "Program ditambah: GOV-04",
        "Program dihapus: GOV-03",
        "Program diubah: ECO-01 (anggaran), ECO-02 (target), ECO-03 (lead, status)",
        "Quick win diubah: QW-GOV-01 (end)",
        "Total anggaran: Rp 21.750.000.000 → Rp 22.300.000.000 (+Rp 550.000.000)",
    ]
    assert (
        history[2].summary[0].replace("\xa0", " ")
        == "wilayah dibuat: 18 program, 1 quick win, Rp 21.750.000.000"
    )
    assert len(history[0].commit) == 40 and history[0].commit.startswith(history[0].short)
    assert region_history(repo / "masterplans" / "mini", limit=1)[0].subject == "Catatan"


def test_history_outside_git_is_empty(mini: Path) -> None:
    assert region_history(mini) == []


def test_a_budget_change_in_a_real_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q")
    shutil.copytree(SAMPLES / "kutai-kartanegara", tmp_path / "masterplans" / "kutai-kartanegara")
    commit(tmp_path, "Masterplan Kukar")
    region, _ = validate_region(tmp_path / "masterplans" / "kutai-kartanegara")
    assert region is not None
    p = region.parts[0].data.programmes[0]
    year = min(p.budget)
    source = next(iter(p.budget[year]))

    def raise_budget(doc):
        node = doc["programmes"][0]
        node["budget"][year][source] += 250_000_000
        if "total_budget" in node:
            node["total_budget"] += 250_000_000

    edit(tmp_path / "masterplans" / "kutai-kartanegara" / "governance.yaml", raise_budget)
    commit(tmp_path, "Tambah anggaran")
    out = invoke("diff", "HEAD~1", "HEAD").output
    before = programme_by_year(p)[year]
    assert f"~ {p.id} " in out
    assert (
        f"anggaran {year}: {rupiah(before)} → {rupiah(before + 250_000_000)} (+{rupiah(250_000_000)})" in out
    )
    pillar_before = region.budget_by_pillar_year["governance"][year]
    assert f"Smart Governance {year}: {rupiah(pillar_before)} → {rupiah(pillar_before + 250_000_000)}" in out


def test_history_in_a_shallow_clone_says_it_is_truncated(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    revise(repo)
    clone = tmp_path_factory.mktemp("clone") / "repo"
    git(repo.parent, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    history = region_history(clone / "masterplans" / "mini")
    assert [(h.subject, h.summary) for h in history] == [
        ("Revisi anggaran dan target", ["revisi sebelumnya tidak tersedia di salinan ini (clone dangkal)"])
    ]
