"""Where the tool's own files are: in a checkout, or inside an installed wheel.

A data repository holds only `masterplans/` (and optionally its own `mkdocs.yml` or
`masterplan.toml`); everything else a command needs ships with the package. The repository keeps
its top-level layout (`templates/`, `mkdocs.yml`, `.github/workflows/`); the wheel carries copies
of them under `generator/_bundled/` (setup.py's build step). Both places are looked up here, once.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUNDLED = PACKAGE / "_bundled"  # inside an installed wheel
CHECKOUT = PACKAGE.parent  # a clone of the repository (also an editable install)

# What the wheel carries besides the Python code and generator/data (setup.py copies these).
SHIPPED = (
    "templates",
    "mkdocs.yml",
    ".github/workflows/masterplan.yml",
    ".pre-commit-hooks.yaml",
)


def resource(name: str) -> Path:
    """One of SHIPPED (or a path inside `templates`): the wheel's copy, else the checkout's."""
    bundled = BUNDLED / name
    return bundled if bundled.exists() else CHECKOUT / name


TEMPLATES = resource("templates")
DEFAULT_MKDOCS = resource("mkdocs.yml")
WORKFLOW = resource(".github/workflows/masterplan.yml")
