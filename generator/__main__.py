"""`python -m generator` is the same as the `masterplan` command."""

from generator.cli import run

run()
