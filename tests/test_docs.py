"""The README stays true: every diagnostic code documented, every CLI command listed."""

from __future__ import annotations

import re

from generator.cli import main
from generator.diagnostics import message_codes

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_code_is_in_the_readme_table_and_vice_versa() -> None:
    documented = set(re.findall(r"^\| ([EW]\d{3}) \|", README, re.MULTILINE))
    assert documented == set(message_codes())


def test_every_code_has_both_languages_and_a_matching_severity() -> None:
    for code, entry in message_codes().items():
        assert entry["id"] and entry["en"], code
        assert entry["severity"] == ("warning" if code.startswith("W") else "error"), code


def test_every_command_is_documented() -> None:
    for name in main.commands:
        assert f"`masterplan {name}" in README, f"masterplan {name} is not in the README"
