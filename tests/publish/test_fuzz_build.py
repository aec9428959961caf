"""Property: on a mutated masterplan (or a region generated from the schema), `masterplan build`
either succeeds or exits 1 with diagnostics — never a traceback, never a half-written site. Bounded for CI (each example is a real
mkdocs build when the input stays valid); HYPOTHESIS_PROFILE=long searches longer."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings

from generator.cli import main
from generator.validation.validate import validate_paths

from ..conftest import FIXTURES, make_site_project
from ..validation.test_fuzz_validate import mutate, mutations
from .regions import mutated_regions, write_region

EXAMPLES = 400 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 12


@pytest.mark.slow
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations())
def test_build_succeeds_or_fails_cleanly(tmp_path_factory: pytest.TempPathFactory, case) -> None:
    name, ops = case
    root = tmp_path_factory.mktemp("fuzzbuild")
    config = make_site_project(root, [FIXTURES / "mini"])
    target = root / "masterplans" / "mini" / name
    target.write_bytes(mutate(target.read_text(encoding="utf-8"), ops))
    site = root / "site"
    site.mkdir()
    (site / "index.html").write_text("previous site")
    old_cwd = os.getcwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(
            main, ["build", "--no-pdf", "--lang", "id", "-f", str(config), "-d", str(site)]
        )
    finally:
        os.chdir(old_cwd)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    if result.exit_code == 1:
        assert (site / "index.html").read_text() == "previous site", "a failed build touched the site"
    assert not list(root.glob(".site-build-*")), "staging folder left behind"
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.slow
@settings(max_examples=EXAMPLES // 4 or 3, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated_regions())
def test_generated_regions_build_or_fail_cleanly(tmp_path_factory: pytest.TempPathFactory, case) -> None:
    """Schema-valid values anywhere (tests/publish/regions.py), built by the real mkdocs into a
    site in both languages: an accepted region always builds."""
    slug, files = case
    root = tmp_path_factory.mktemp("genbuild")
    config = make_site_project(root, [])
    region = write_region(root / "masterplans" / slug, files)
    site = root / "site"
    old_cwd = os.getcwd()
    os.chdir(root)
    try:
        valid = bool(validate_paths([region]).regions)
        result = CliRunner().invoke(main, ["build", "--no-pdf", "-f", str(config), "-d", str(site)])
    finally:
        os.chdir(old_cwd)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == (0 if valid else 1), result.output
    if valid:
        assert (site / "wilayah" / slug / "index.html").is_file()
        assert (site / "en" / "wilayah" / slug / "index.html").is_file()
    shutil.rmtree(root, ignore_errors=True)
