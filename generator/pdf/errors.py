"""The one error the PDF renderer raises for bad output (kept apart so importing it is cheap)."""

from __future__ import annotations


class PdfError(Exception):
    """A document could not be rendered cleanly (with strict=True: any WeasyPrint warning)."""

    def __init__(self, message: str, warnings: list[str] | None = None) -> None:
        super().__init__(message)
        self.warnings = warnings or []

    def __reduce__(
        self,
    ) -> tuple[
        type[PdfError], tuple[str, list[str]]
    ]:  # keep the warnings when the error crosses a process boundary
        return (type(self), (self.args[0], self.warnings))
