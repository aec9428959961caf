"""`python -m generator` is the same as the `masterplan` command."""

from .cli import main

main()
