"""Editor support: every region file names its JSON Schema, and a second, independent validator
(check-jsonschema, what VS Code's YAML extension does while typing) accepts the samples and
rejects a broken file at the right place."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from generator.authoring.init import EDITOR_SCHEMA, refresh_editor_schema
from generator.catalog import catalog

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
    pillar_schemas = {p.file.replace(".yaml", ".schema.json") for p in catalog().pillars}
    assert {p.name for p in by_schema} == {"masterplan.schema.json"} | pillar_schemas
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


def test_each_pillar_schema_knows_its_own_three_elements(tmp_path: Path) -> None:
    """`element: health` in economy.yaml passed the shared schema silently; economy's own rejects it."""
    source = SAMPLES / "kutai-kartanegara" / "economy.yaml"
    text = source.read_text(encoding="utf-8")
    first = text.split("element: ", 2)[1].split("\n", 1)[0]
    broken = tmp_path / "economy.yaml"
    broken.write_text(text.replace(f"element: {first}", "element: health", 1), encoding="utf-8")
    own = check(ROOT / "schema" / "economy.schema.json", broken)
    assert own.returncode == 1 and "health" in own.stdout
    assert check(ROOT / "schema" / "pillar.schema.json", broken).returncode == 0  # old files stay valid


def test_every_code_in_the_schema_has_an_indonesian_and_english_label() -> None:
    import json

    def enums(node: object) -> list[dict]:
        found = []
        if isinstance(node, dict):
            if "enum" in node and node.get("type") == "string":
                found.append(node)
            for value in node.values():
                found += enums(value)
        elif isinstance(node, list):
            for value in node:
                found += enums(value)
        return found

    for path in sorted((ROOT / "schema").glob("*.schema.json")):
        if path.name == "evaluation.schema.json":
            continue  # evaluation records are helper h16's: their codes are labelled there
        for node in enums(json.loads(path.read_text(encoding="utf-8"))):
            assert len(node.get("enumDescriptions", [])) == len(node["enum"]), (path.name, node["enum"])
    economy = json.loads((ROOT / "schema" / "economy.schema.json").read_text(encoding="utf-8"))
    element = economy["$defs"]["Programme"]["properties"]["element"]
    assert element["enum"] == ["industry", "welfare", "transactions"]
    assert element["enumDescriptions"][0] == "Ekosistem Industri — Industry ecosystem"
    apbd = economy["$defs"]["QuickWin"]["properties"]["budget"]["properties"]["apbd"]
    assert "APBD" in apbd["description"]
    sni = economy["$defs"]["Indicator"]["properties"]["sni"]["anyOf"][0]
    assert "18.2" in sni["enum"] and "[persen;" in sni["enumDescriptions"][sni["enum"].index("18.2")]
