"""Editor support: every region file names its JSON Schema, and a second, independent validator
(check-jsonschema, what VS Code's YAML extension does while typing) accepts the samples and
rejects a broken file at the right place."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from generator.authoring.init import EDITOR_SCHEMA, refresh_editor_schema

from ..conftest import ROOT, SAMPLES

MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")
CHECKER = Path(sys.executable).with_name("check-jsonschema")


def schema_of(path: Path) -> Path:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = MODELINE.match(first)
    assert match, f"{path} does not start with a yaml-language-server $schema line"
    return (path.parent / match.group(1)).resolve()


def check(schema: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHECKER), "--schemafile", str(schema), *map(str, files)],
        check=False,
        capture_output=True,
        text=True,
    )


def test_every_sample_file_names_a_schema_that_accepts_it() -> None:
    """The `$schema` lines name the tool-written copy (.masterplan/schema/), never a committed one."""
    refresh_editor_schema(ROOT)
    by_schema: dict[Path, list[Path]] = {}
    for path in sorted(SAMPLES.glob("*/*.yaml")):
        by_schema.setdefault(schema_of(path), []).append(path)
    assert {p.name for p in by_schema} == {"masterplan.schema.json", "pillar.schema.json"}
    for schema, files in by_schema.items():
        assert schema.parent == ROOT / EDITOR_SCHEMA and schema.is_file()
        done = check(schema, *files)
        assert done.returncode == 0, done.stdout + done.stderr


def test_a_broken_file_is_rejected_where_the_editor_would_underline_it(tmp_path: Path) -> None:
    source = SAMPLES / "kutai-kartanegara" / "governance.yaml"
    broken = tmp_path / "governance.yaml"
    broken.write_text(
        source.read_text(encoding="utf-8").replace("    lead: ", "    leed: ", 1), encoding="utf-8"
    )
    done = check(ROOT / "schema" / "pillar.schema.json", broken)
    assert done.returncode == 1
    assert "$.programmes[0]" in done.stdout and "leed" in done.stdout
