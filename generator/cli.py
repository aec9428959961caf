"""The `masterplan` command. Thin: parse options, call the library, print, choose the exit code.

Exit codes: 0 success, 1 invalid input (diagnostics printed), 2 usage error (click's default).
A bug keeps its traceback; bad input never produces one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import diagnostics
from .validate import Result, validate_paths

DEFAULT_ROOT = Path("masterplans")
LANG = click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
                    help="Language of messages / bahasa pesan.")


def _default_paths(paths: tuple[Path, ...]) -> list[Path]:
    if paths:
        return list(paths)
    if not DEFAULT_ROOT.is_dir():
        raise click.UsageError(f"no paths given and no {DEFAULT_ROOT}/ folder here")
    return [DEFAULT_ROOT]


def summary(result: Result, *, lang: str) -> str:
    programmes = sum(len(r.programmes) for r in result.regions)
    quick_wins = sum(len(r.quick_wins) for r in result.regions)
    errors, warnings = len(result.errors), len(result.warnings)
    if lang == "en":
        return (f"{result.region_count} regions ({len(result.regions)} valid), {programmes} programmes, "
                f"{quick_wins} quick wins, {errors} errors, {warnings} warnings")
    return (f"{result.region_count} wilayah ({len(result.regions)} valid), {programmes} program, "
            f"{quick_wins} quick win, {errors} galat, {warnings} peringatan")


def report(result: Result, *, fmt: str, lang: str, strict: bool) -> int:
    """Print the diagnostics in `fmt`; return the exit code."""
    if fmt == "text":
        if result.diagnostics:
            click.echo(diagnostics.format_text(result.diagnostics))
        click.echo(summary(result, lang=lang), err=bool(result.diagnostics))
    else:
        click.echo(diagnostics.FORMATTERS[fmt](result.diagnostics))
    failed = result.errors or (strict and result.warnings)
    return 1 if failed else 0


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="masterplan")
def main() -> None:
    """Smart City masterplans: validate, build the site and the official PDFs."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github", "sarif"]), default="text",
              show_default=True, help="Output format of the diagnostics.")
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
@LANG
def validate(paths: tuple[Path, ...], fmt: str, strict: bool, lang: str) -> None:
    """Check masterplans (default: every region under masterplans/)."""
    result = validate_paths(_default_paths(paths), lang=lang)
    sys.exit(report(result, fmt=fmt, lang=lang, strict=strict))


@main.command()
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Folder to write masterplan.schema.json and pillar.schema.json into (default: print).")
def schema(output: Path | None) -> None:
    """Write the JSON Schema of the YAML files (for editor autocompletion)."""
    from .jsonschema import schemas, write_schemas

    if output is None:
        import json

        click.echo(json.dumps(schemas(), ensure_ascii=False, indent=2))
        return
    for path in write_schemas(output):
        click.echo(f"wrote {path}")


@main.command()
@click.argument("slug")
@click.option("--name", required=True, help="Region name without Kabupaten/Kota, e.g. 'Kutai Kartanegara'.")
@click.option("--type", "kind", type=click.Choice(["kabupaten", "kota"]), required=True)
@click.option("--province", default="Provinsi", show_default=True)
@click.option("--period", default="2025-2029", show_default=True, help="Five-year plan period START-END.")
@click.option("--root", type=click.Path(path_type=Path), default=DEFAULT_ROOT, show_default=True)
@LANG
def new(slug: str, name: str, kind: str, province: str, period: str, root: Path, lang: str) -> None:
    """Scaffold a new region that validates, ready to fill in."""
    from .scaffold import ScaffoldError, scaffold

    try:
        folder = scaffold(root, slug, name=name, kind=kind, province=province, period=period)
    except ScaffoldError as exc:
        raise click.UsageError(str(exc)) from None
    result = validate_paths([folder], lang=lang)
    if result.errors:  # a bug in the scaffold itself: show everything
        sys.exit(report(result, fmt="text", lang=lang, strict=False))
    click.echo(f"created {folder}/ — {summary(result, lang=lang)}")
    click.echo(f"next: fill in the files, then run `masterplan validate {folder}`")


if __name__ == "__main__":  # pragma: no cover
    main()
