"""The site configuration of a data repository: package defaults, its mkdocs.yml, masterplan.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import resources
from generator.publish.build import BuildError, build
from generator.site.config import ConfigError, merge, site_config

from ..conftest import SAMPLES


def test_without_any_file_the_package_default_is_used(tmp_path: Path) -> None:
    config = site_config(tmp_path)
    assert config.sources == ("default",)
    assert Path(config.data["docs_dir"]) == resources.TEMPLATES / "site" / "docs"
    cfg = config.load()
    assert Path(cfg.config_file_path).parent == tmp_path.resolve()
    assert Path(cfg.site_dir) == tmp_path.resolve() / "site"
    assert "masterplan" in cfg.plugins


def test_an_own_mkdocs_yml_is_merged_over_the_default(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: Masterplan Sragen\ntheme:\n  language: en\n")
    config = site_config(tmp_path)
    assert config.data["site_name"] == "Masterplan Sragen"
    assert config.data["theme"]["language"] == "en"
    assert config.data["theme"]["name"] == "material"  # the rest of the theme from the default
    assert merge({"a": {"b": 1, "c": [1]}}, {"a": {"c": [2]}}) == {"a": {"b": 1, "c": [2]}}


def test_masterplan_toml(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (tmp_path / "halaman").mkdir()
    (tmp_path / "masterplan.toml").write_text(
        '[site]\ntitle = "Masterplan Sragen"\nlogo = "logo.svg"\nprimary = "#1b5e20"\npages = "halaman"\n'
    )
    config = site_config(tmp_path)
    assert config.data["site_name"] == "Masterplan Sragen"
    [options] = [p["masterplan"] for p in config.data["plugins"] if isinstance(p, dict) and "masterplan" in p]
    assert options["primary"] == "#1b5e20" and Path(options["logo"]) == (tmp_path / "logo.svg").resolve()


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[site]\ncolour = "red"\n', "unknown key(s) colour"),
        ('[site]\nprimary = "red"\n', 'must be a colour like "#1b5e20"'),
        ('[site]\nlogo = "../etc/passwd"\n', "outside the repository"),
        ('[site]\nlogo = "missing.png"\n', "no file 'missing.png'"),
        ("[sites]\n", "unknown table(s) sites"),
        ("[site\n", "masterplan.toml:"),
    ],
)
def test_a_bad_masterplan_toml_says_what_is_wrong(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / "masterplan.toml").write_text(toml)
    with pytest.raises(ConfigError, match=None) as info:
        site_config(tmp_path)
    assert message in str(info.value)


@pytest.mark.slow
def test_a_data_repository_with_only_masterplans_builds(tmp_path: Path) -> None:
    """No mkdocs.yml, no templates: everything from the package; masterplan.toml restyles it."""
    shutil.copytree(SAMPLES / "balikpapan", tmp_path / "masterplans" / "balikpapan")
    (tmp_path / "halaman").mkdir()
    (tmp_path / "halaman" / "tentang.md").write_text("# Tentang kami\n\nTim Smart City.\n")
    (tmp_path / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (tmp_path / "masterplan.toml").write_text(
        '[site]\ntitle = "Masterplan Balikpapan"\nlogo = "logo.svg"\nprimary = "#1b5e20"\npages = "halaman"\n'
    )
    build(root=tmp_path, pdf=False, langs=("id",))
    site = tmp_path / "site"
    home = (site / "index.html").read_text()
    assert "Masterplan Balikpapan" in home and "tentang.html" in home and "images/site-logo.svg" in home
    assert (site / "wilayah" / "balikpapan" / "index.html").is_file()
    assert "#1b5e20" in (site / "stylesheets" / "pillars.css").read_text()
    assert not (tmp_path / ".site.lock").exists() and (tmp_path / "build" / "site.lock").exists()
    (tmp_path / "mkdocs.yml").write_text("plugins: [search]\n")  # a list replaces the default's
    with pytest.raises(BuildError, match="`masterplan` plugin is missing"):
        build(root=tmp_path, pdf=False, langs=("id",))
