"""The `masterplan` command. Thin: parse options, call the library, print, choose the exit code.

Exit codes: 0 success, 1 invalid input (diagnostics printed) or a machine problem (disk full,
read-only folder), 2 usage error (click's default), 3 an internal error (a bug: one line on the
terminal, the traceback in a report file; see crash.py). Bad input never produces a traceback.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from generator import diagnostics
from generator.model import documents
from generator.model.region import Region
from generator.validation.validate import Result, validate_paths
from generator.words import word

DEFAULT_ROOT = Path("masterplans")
DOCUMENT_KINDS = tuple(documents.kinds())  # data/documents.yaml: the book set, summary, combined, evaluation
LANG = click.option(
    "--lang",
    type=click.Choice(["id", "en"]),
    default="id",
    show_default=True,
    help="Language of messages / bahasa pesan.",
)


def _default_paths(paths: tuple[Path, ...]) -> list[Path]:
    if paths:
        return list(paths)
    if not DEFAULT_ROOT.is_dir():
        raise click.UsageError(f"no paths given and no {DEFAULT_ROOT}/ folder here")
    return [DEFAULT_ROOT]


def summary(result: Result, *, lang: str) -> str:
    return word(
        "cli",
        "summary",
        lang,
        regions=result.region_count,
        valid=result.valid_count,
        programmes=result.programme_count,
        quick_wins=result.quick_win_count,
        errors=len(result.errors),
        warnings=len(result.warnings),
    )


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


class _Command(click.Group):
    """The command group, with one line instead of a traceback for what no input should cause."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 — the last line of defence, reported in full
            from generator import crash

            problem = crash.environment_problem(exc)
            if problem is not None:
                click.echo(f"error: {problem}", err=True)
                ctx.exit(crash.EXIT_ENVIRONMENT)
            report_file = crash.write_report(exc, sys.argv)
            click.echo(crash.summary(exc, report_file), err=True)
            ctx.exit(crash.EXIT_BUG)


# Set by `run` (the installed command): a finished build leaves without freeing its objects one by
# one (514 regions: ~4 s of a one-region rebuild); tests calling `main` in-process keep the default.
_EXIT_AT_ONCE = False


def run() -> None:
    """The `masterplan` command (and `python -m generator`)."""
    global _EXIT_AT_ONCE
    _EXIT_AT_ONCE = True
    main()


def _exit_at_once(code: int = 0) -> None:
    """Leave now when run as the command: output flushed, at-exit handlers run, memory not freed."""
    if not _EXIT_AT_ONCE:
        return
    import atexit

    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()  # logging and multiprocessing clean-up, as a normal exit would
    os._exit(code)


@click.group(cls=_Command, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="masterplan")
def main() -> None:
    """Smart City masterplans: validate, build the site and the official PDFs."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "github", "sarif"]),
    default="text",
    show_default=True,
    help="Output format of the diagnostics.",
)
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
@LANG
def validate(paths: tuple[Path, ...], fmt: str, strict: bool, lang: str) -> None:
    """Check masterplans (default: every region under masterplans/)."""
    result = validate_paths(_default_paths(paths), lang=lang, keep=False)
    sys.exit(report(result, fmt=fmt, lang=lang, strict=strict))


@main.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Folder to write the JSON Schemas into: masterplan, one per pillar file, pillar, evaluation (default: print).",
)
@click.option(
    "--editor",
    is_flag=True,
    help="Refresh .masterplan/schema/, the copy the files' $schema lines and .vscode/settings.json name.",
)
@LANG
def schema(output: Path | None, editor: bool, lang: str) -> None:
    """Write the JSON Schema of the YAML files (for editor autocompletion)."""
    from generator.schema.jsonschema import schemas, write_schemas

    if editor:
        from generator.authoring.init import EDITOR_SCHEMA, refresh_editor_schema

        written = refresh_editor_schema(Path.cwd())
        click.echo(word("init", "schema", lang, folder=EDITOR_SCHEMA, count=len(written)))
        return
    if output is None:
        import json

        click.echo(json.dumps(schemas(), ensure_ascii=False, indent=2))
        return
    for path in write_schemas(output):
        click.echo(f"wrote {path}")


@main.command()
@click.option("--codeowners", is_flag=True, help="Also write .github/CODEOWNERS, a skeleton to fill in.")
@LANG
def init(codeowners: bool, lang: str) -> None:
    """Make this folder a masterplan data repository (safe to run again; never overwrites your files)."""
    from generator.authoring.init import init as make_repository

    for line in make_repository(Path.cwd(), lang=lang, codeowners=codeowners).lines:
        click.echo(line)


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
    from generator.authoring.scaffold import ScaffoldError, scaffold

    try:
        folder = scaffold(root, slug, name=name, kind=kind, province=province, period=period)
    except ScaffoldError as exc:
        raise click.UsageError(exc.message(lang)) from None
    from generator.authoring.init import refresh_editor_schema

    refresh_editor_schema(root.resolve().parent)  # what the new files' `$schema` lines name
    result = validate_paths([folder], lang=lang)
    if result.errors:  # a bug in the scaffold itself: show everything
        sys.exit(report(result, fmt="text", lang=lang, strict=False))
    click.echo(word("new", "created", lang, folder=folder, summary=summary(result, lang=lang)))
    click.echo(word("new", "next", lang, folder=folder))


def _region_folder(slug: str) -> Path:
    """SLUG names masterplans/<slug>/; a path to a region folder works too."""
    given = Path(slug)
    if (given / "masterplan.yaml").is_file():
        return given
    folder = DEFAULT_ROOT / slug
    if not (folder / "masterplan.yaml").is_file():
        raise click.UsageError(f"no region {slug!r}: {folder}/masterplan.yaml does not exist")
    return folder


@main.command()
@click.argument("slugs", nargs=-1, metavar="[SLUG]...")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="PDF file to write (default: ./<slug>-<kind>.pdf, ./<slug>-evaluasi-<year>-tahap-<n>.pdf, "
    "./briefing-<province>.pdf).",
)
@click.option(
    "--kind",
    type=click.Choice(list(DOCUMENT_KINDS)),
    default=None,
    help="masterplan: all chapters in one volume (default); analysis, plan, quick-win: Buku I "
    "Analisis Strategis, Buku II Masterplan, Buku III Quick Win; roadmap: the Road Map book "
    "(second-generation plans: generation.previous); summary: the executive summary; "
    "evaluation: an evaluation report.",
)
@click.option(
    "--evaluation",
    "evaluation",
    metavar="YEAR-tahap-N",
    help="The evaluation to report on, e.g. 2026-tahap-2 (implies --kind evaluation).",
)
@click.option(
    "--province",
    metavar="NAME",
    help="A briefing book comparing every region of this province (plus any SLUGs given); "
    "several SLUGs without --province also make a briefing book.",
)
@click.option(
    "--strict", is_flag=True, help="Validation and WeasyPrint warnings fail too (exit 1, nothing written)."
)
@LANG
def pdf(
    slugs: tuple[str, ...],
    output: Path | None,
    kind: str | None,
    evaluation: str | None,
    province: str | None,
    strict: bool,
    lang: str,
) -> None:
    """Render one region's official PDF, or a briefing book comparing regions (validated first;
    nothing is written if the input is invalid)."""
    if province is not None or len(slugs) > 1:
        if kind or evaluation:
            raise click.UsageError(
                "a briefing book (--province or several SLUGs) takes no --kind or --evaluation"
            )
        _briefing(slugs, province, output, strict, lang)
        return
    if not slugs:
        raise click.UsageError("name a region (SLUG), several regions, or --province NAME")
    _region_pdf(slugs[0], output, kind, evaluation, strict, lang)


def _region_pdf(
    slug: str, output: Path | None, kind: str | None, evaluation: str | None, strict: bool, lang: str
) -> None:
    from generator.pdf import PdfError, file_name, write_pdf

    kind = kind or ("evaluation" if evaluation else "masterplan")
    if (kind == "evaluation") != (evaluation is not None):
        raise click.UsageError("--kind evaluation needs --evaluation YEAR-tahap-N, and only it takes one")
    result = validate_paths([_region_folder(slug)], lang=lang)
    if result.errors or not result.regions or (strict and result.warnings):
        sys.exit(report(result, fmt="text", lang=lang, strict=strict) or 1)
    region = result.regions[0]
    if evaluation is not None and evaluation not in {e.slug for e in region.evaluations}:
        known = ", ".join(e.slug for e in region.evaluations) or "none"
        raise click.UsageError(f"{region.slug} has no evaluation {evaluation!r} (available: {known})")
    if kind != "evaluation" and kind not in documents.region_kinds(region.generation):
        raise click.UsageError(
            f"{region.slug} has no {kind} document: only a second-generation plan (one naming an "
            "earlier plan in generation.previous of masterplan.yaml) has the Road Map book"
        )
    path = output or Path(file_name(region, kind, evaluation))
    try:
        warnings = write_pdf(region, path, kind=kind, evaluation=evaluation, strict=strict)
    except PdfError as exc:
        for message in exc.warnings:
            click.echo(f"{region.slug}: {message}", err=True)
        click.echo(f"error: {exc}; nothing written", err=True)
        sys.exit(1)
    for message in warnings:
        click.echo(f"{region.slug}: {message}", err=True)
    click.echo(f"wrote {path}")


def _briefing(
    slugs: tuple[str, ...], province: str | None, output: Path | None, strict: bool, lang: str
) -> None:
    """The briefing book: every region is validated (a province's regions are known only then)."""
    from generator.pdf import PdfError, write_briefing
    from generator.pdf.briefing import SelectionError, label, select

    folders = [_region_folder(s) for s in slugs] if province is None else [DEFAULT_ROOT]
    result = validate_paths(folders, lang=lang)
    if result.errors or (strict and result.warnings):
        sys.exit(report(result, fmt="text", lang=lang, strict=strict) or 1)
    try:
        regions = select(result.regions, province=province, slugs=tuple(Path(s).name for s in slugs))
    except SelectionError as exc:
        raise click.UsageError(str(exc)) from None
    title = label(regions, province)
    path = output or Path(documents.briefing_name([province] if province else [r.slug for r in regions]))
    try:
        warnings = write_briefing(regions, path, title_label=title, strict=strict)
    except PdfError as exc:
        for message in exc.warnings:
            click.echo(f"briefing: {message}", err=True)
        click.echo(f"error: {exc}; nothing written", err=True)
        sys.exit(1)
    for message in warnings:
        click.echo(f"briefing: {message}", err=True)
    click.echo(f"wrote {path} ({len(regions)} regions: {', '.join(r.slug for r in regions)})")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--site",
    type=click.Path(file_okay=False, path_type=Path),
    help="Built site whose pdf/SHA256SUMS lists the published PDFs "
    "(default: site/ of the data repository this folder is in).",
)
@LANG
def verify(file: Path, site: Path | None, lang: str) -> None:
    """Check a PDF against the published SHA-256 sums (exit 0 if it matches a published file)."""
    from generator.pdf.verify import verify as check

    sums = (site or _repository_root() / "site") / "pdf" / "SHA256SUMS"
    if not sums.is_file():
        raise click.ClickException(word("verify", "no_sums", lang, sums=sums))
    digest, name = check(file, sums)
    if name:
        click.echo(word("verify", "match", lang, file=file, name=name, digest=digest))
        return
    click.echo(word("verify", "no_match", lang, file=file, digest=digest, sums=sums), err=True)
    sys.exit(1)


def _repository_root() -> Path:
    """The data repository the current folder is in: the nearest folder up with masterplans/."""
    here = Path.cwd()
    return next((p for p in (here, *here.parents) if (p / DEFAULT_ROOT).is_dir()), here)


# --------------------------------------------------------------------------- authoring in git


@main.command(name="fmt")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--check", is_flag=True, help="Change nothing; list files that would change (exit 1 if any).")
@click.option("--force", is_flag=True, hidden=True, help="Accepted for old scripts; no longer needed.")
@LANG
def fmt_command(paths: tuple[Path, ...], check: bool, force: bool, lang: str) -> None:
    """Rewrite masterplan files in the canonical layout, keeping comments (files: alone; folders: all).

    Uncommitted files are rewritten too: a file is written only when its formatted text parses
    to exactly the same data and keeps every comment; otherwise it is refused, untouched."""
    from generator.authoring.fmt import describe, format_paths

    result = format_paths(_default_paths(paths), write=not check, lang=lang)
    if result.diagnostics:
        click.echo(diagnostics.format_text(result.diagnostics))
    for reason in result.refused:
        click.echo(f"error: {reason}", err=True)
    lines, total = describe(result, check=check, lang=lang)
    for line in lines:
        click.echo(line)
    click.echo(total, err=True)
    failed = any(d.is_error for d in result.diagnostics) or result.refused
    sys.exit(1 if failed or (check and result.changed) else 0)


@main.command()
@click.argument("old")
@click.argument("new", required=False)
@click.option("--region", "slug", help="Only this region (default: every region).")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True)
@click.option(
    "--root", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_ROOT, show_default=True
)
@LANG
def diff(old: str, new: str | None, slug: str | None, fmt: str, root: Path, lang: str) -> None:
    """What changed in the plans between git revisions OLD and NEW (default NEW: the working tree)."""
    from generator.history.git import GitError, resolve, toplevel
    from generator.history.report import format_markdown, format_text
    from generator.history.semdiff import diff_revisions

    try:
        top = toplevel(root if root.exists() else Path.cwd())
        revs = [resolve(top, rev) if rev else None for rev in (old, new)]
    except GitError as exc:
        raise click.UsageError(str(exc)) from None
    diffs = diff_revisions(root, revs[0], revs[1], slug=slug, lang=lang)
    if fmt == "markdown":
        title = f"masterplan diff {old} {new or word('diff', 'working_tree', lang)}"
        click.echo(format_markdown(diffs, lang=lang, title=title), nl=False)
    else:
        click.echo(format_text(diffs, lang=lang))


def _valid_region(slug: str, lang: str) -> Region:
    result = validate_paths([_region_folder(slug)], lang=lang)
    if result.errors or not result.regions:
        sys.exit(report(result, fmt="text", lang=lang, strict=False) or 1)
    return result.regions[0]


@main.command()
@click.argument("slug")
@click.option(
    "--xlsx",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Workbook to write (programmes, budgets, targets).",
)
@click.option(
    "--json",
    "json_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSON file to write (open data).",
)
@click.option(
    "--csv",
    "csv_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the CSV files (open data).",
)
@LANG
def export(slug: str, xlsx: Path | None, json_file: Path | None, csv_dir: Path | None, lang: str) -> None:
    """Export a region's programmes, yearly budgets and targets to a workbook, JSON or CSV."""
    from generator.authoring.spreadsheet import export_xlsx
    from generator.files import write_atomic
    from generator.render import opendata

    if not (xlsx or json_file or csv_dir):
        raise click.UsageError("give at least one of --xlsx FILE, --json FILE, --csv DIR")
    for target in filter(None, (xlsx, json_file)):
        if not target.parent.is_dir():
            raise click.UsageError(f"cannot write {target}: folder {target.parent} does not exist")
    region = _valid_region(slug, lang)
    written = []
    try:
        if xlsx:
            written.append(export_xlsx(region, xlsx))
        if json_file:
            write_atomic(json_file, opendata.to_json(opendata.region_data(region)))
            written.append(json_file)
        if csv_dir:
            written += opendata.write_region_csv(region, csv_dir)
    except OSError as exc:
        raise click.ClickException(f"cannot write {exc.filename or ''}: {exc.strerror or exc}") from None
    for path in written:
        click.echo(f"wrote {path}")


@main.command(name="import")
@click.argument("slug")
@click.argument("workbook", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--dry-run", is_flag=True, help="Check the workbook and report what would change; write nothing."
)
@click.option("--force", is_flag=True, help="Write even into files with uncommitted changes.")
@LANG
def import_command(slug: str, workbook: Path, dry_run: bool, force: bool, lang: str) -> None:
    """Read an exported workbook back into the region's YAML (only changed values are touched)."""
    from generator.authoring.guard import refusal, uncommitted
    from generator.authoring.spreadsheet_import import describe, import_xlsx

    region = _valid_region(slug, lang)
    if not dry_run and not force and (dirty := uncommitted(region.files)):
        click.echo(refusal(dirty, lang=lang), err=True)
        sys.exit(1)
    result = import_xlsx(region, workbook, lang=lang, write=not dry_run)
    if result.diagnostics:
        click.echo(diagnostics.format_text(result.diagnostics))
    for line in describe(result, dry_run=dry_run, lang=lang):
        click.echo(line, err=result.failed)
    sys.exit(1 if result.failed else 0)


def _check_shard(value: str | None) -> str | None:
    from generator.pdf.cache import parse_shard

    if value is not None:
        try:
            parse_shard(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
    return value


@main.command()
@click.option("--region", metavar="SLUG", help="Build only this region (a preview; the site holds just it).")
@click.option("--no-pdf", is_flag=True, help="Skip the PDFs (faster; the site then links none).")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Parallel processes: PDF renderers, and the site languages at once.",
)
@click.option("--strict", is_flag=True, help="Validation and PDF warnings fail the build too.")
@click.option(
    "--lang",
    "site_lang",
    type=click.Choice(["id", "en", "all"]),
    default="all",
    show_default=True,
    help="all: Indonesian at site/ and English at site/en/, with a language switch; "
    "id or en: that language only, at site/.",
)
@click.option(
    "-f",
    "--config-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An mkdocs.yml (default: ./mkdocs.yml if there is one, merged over the package's defaults).",
)
@click.option(
    "-d",
    "--site-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder (default: site_dir of mkdocs.yml).",
)
@click.option(
    "--shard",
    metavar="I/N",
    callback=lambda _c, _p, v: _check_shard(v),
    help="CI matrix job: render only share I of N of the regions (PDFs and site pages) into the "
    "caches (build/cache/), no site; a final `masterplan build` then assembles everything from them.",
)
@click.option(
    "--public",
    is_flag=True,
    help="Publication build: approved plans and approved evaluations only, internal fields "
    "(officials' contacts, internal notes) removed everywhere. Default: review build "
    "(everything, drafts marked DRAF).",
)
@click.option(
    "--search",
    type=click.Choice(["auto", "material", "pagefind"]),
    default="auto",
    show_default=True,
    help="Site search: Material's (one index, works from a folder: up to 40 regions with auto) or "
    "Pagefind's (chunked, needs HTTP: national sites with auto).",
)
def build(
    region: str | None,
    no_pdf: bool,
    jobs: int,
    strict: bool,
    site_lang: str,
    config_file: Path | None,
    site_dir: Path | None,
    shard: str | None,
    public: bool,
    search: str,
) -> None:
    """Validate, render the PDFs and build the site; replace site/ only if everything succeeded."""
    from generator.publish.build import BuildError, InvalidInput
    from generator.publish.build import build as build_site

    langs = ("id", "en") if site_lang == "all" else (site_lang,)
    lang = "en" if site_lang == "en" else "id"
    echo = lambda line: click.echo(line, err=True)
    _mkdocs_logging(logging.WARNING)  # mkdocs' own warnings (why a strict build stopped)
    try:
        done = build_site(
            config_file=config_file,
            site_dir=site_dir,
            region=region,
            pdf=not no_pdf,
            jobs=jobs,
            strict=strict,
            langs=langs,
            echo=echo,
            shard=shard,
            public=public,
            search=search,
        )
    except InvalidInput as exc:
        report(exc.result, fmt="text", lang=lang, strict=strict)
        click.echo(word("cli", "nothing_built", lang), err=True)
        sys.exit(1)
    except BuildError as exc:
        click.echo(f"error: {exc}", err=True)
        click.echo("the previous site is unchanged", err=True)
        sys.exit(1)
    except OSError as exc:  # disk full, read-only or forbidden folder: not a bug
        from generator.crash import environment_problem

        problem = environment_problem(exc)
        if problem is None:
            raise
        click.echo(f"error: {problem}", err=True)
        click.echo("the previous site is unchanged", err=True)
        sys.exit(1)
    if shard:
        click.echo(f"shard {shard}: PDFs and pages cached in build/cache/")
        return
    total = done.timings.get("total", 0.0)
    pages = " + ".join(f"{n} ({code})" for code, n in done.pages.items())
    click.echo(
        f"built {done.site_dir} in {total:.1f} s: {len(done.regions)} region(s), {pages} pages, "
        f"{len(done.pdfs)} PDF(s)"
    )
    _exit_at_once()


@main.command()
@click.option(
    "-f",
    "--config-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An mkdocs.yml (default: ./mkdocs.yml if there is one, merged over the package's defaults).",
)
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, metavar="IP:PORT")
@LANG
def serve(config_file: Path | None, dev_addr: str, lang: str) -> None:
    """Live preview: a saved file shows in the browser at once; errors show in the page itself."""
    import os

    from mkdocs.exceptions import MkDocsException

    from generator.preview.server import Preview
    from generator.site.config import ConfigError, site_config

    host, _, port = dev_addr.rpartition(":")
    if not host or not port.isdigit():
        raise click.BadParameter(f"{dev_addr!r} is not IP:PORT", param_hint="-a/--dev-addr")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    _mkdocs_logging(logging.WARNING)
    try:
        config = site_config(config_file.parent if config_file else Path.cwd(), config_file)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    if not (config.root / DEFAULT_ROOT).is_dir():
        raise click.UsageError(f"no {DEFAULT_ROOT}/ folder here (masterplan init makes one)")
    echo = lambda line: click.echo(line, err=True)
    preview = Preview(config, lang=lang, echo=echo)
    try:
        preview.start(host, int(port))
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {dev_addr}: {exc.strerror or exc}") from None
    except MkDocsException as exc:  # a bad setting in mkdocs.yml
        raise click.ClickException(f"site configuration: {exc}") from None
    regions = len(preview.session.regions)
    echo(word("preview", "ready", lang, regions=regions, seconds=preview.opened_in, url=preview.url))
    try:
        _until_interrupted()
    except KeyboardInterrupt:
        preview.stop()


def _until_interrupted() -> None:
    import threading

    threading.Event().wait()


class _EchoHandler(logging.Handler):
    """Log records to the current stderr (looked up at each record, as click.echo does)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.format(record), err=True)


def _mkdocs_logging(level: int) -> None:
    """mkdocs logs through the 'mkdocs' logger and leaves handlers to its own CLI: print them here."""
    logger = logging.getLogger("mkdocs")
    if not any(isinstance(h, _EchoHandler) for h in logger.handlers):
        handler = _EchoHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)


if __name__ == "__main__":  # pragma: no cover
    run()
