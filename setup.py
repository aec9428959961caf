"""Packaging hook (the rest of the metadata is in pyproject.toml).

The repository keeps its top-level layout: `templates/`, `mkdocs.yml` and the CI files stay where
a contributor expects them. The wheel carries copies under `generator/_bundled/`, so that an
installed `masterplan` works in a data repository that holds nothing but `masterplans/`
(`generator/resources.py` finds them in either place).
"""

import runpy
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = runpy.run_path(str(ROOT / "generator" / "resources.py"))["SHIPPED"]  # one list, kept there


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):  # an editable install reads the checkout itself
            return
        target = Path(self.build_lib) / "generator" / "_bundled"
        for name in SHIPPED:
            source, dest = ROOT / name, target / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            if source.is_dir():
                shutil.copytree(
                    source, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__")
                )
            else:
                shutil.copy2(source, dest)


setup(cmdclass={"build_py": BuildWithResources})
