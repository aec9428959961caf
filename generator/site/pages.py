"""Every page of the site, rendered from the validated model through templates/site/.

Engine-independent: returns (source path, Markdown) pairs; the mkdocs plugin only registers them.
Per region: an overview, one page per pillar (its programmes as anchored sections, so a national
site of 500 regions stays at ~11 pages per region instead of ~60), quick wins, agencies, progress
(evaluations) and revision history. Nationally: home, regions, one page per province, compare,
the national evaluation ranking, the SNI ISO 37122 catalogue, tags.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from markupsafe import Markup

import generator.render.environment as jinja_environment
from generator.catalog import nomenclature, vocabulary
from generator.history.log import DEFAULT_LIMIT, Revision
from generator.model import documents
from generator.model import region as model
from generator.model.region import Region
from generator.render import charts, progress_charts
from generator.render.environment import environment
from generator.render.formatting import number
from generator.site import colours, paths, progress
from generator.site.downloads import DataFile
from generator.site.labels import labels
from generator.site.national import Nation, nation
from generator.site.pagecache import PageCache, digest, tool_version, tree_digest
from generator.site.pdfs import PdfDoc
from generator.site.text import html_text, md_inline


@dataclass(frozen=True)
class Page:
    """A page's Markdown, and the finished HTML its placeholder comments stand for.

    Python-Markdown is slow on what we generate from model data (tables, chips, lists: two thirds
    of a national build went into converting them), and that HTML needs nothing it does: so the
    templates render it as HTML directly (`{% call m.html() %}`, one `<!--mp-block:N-->` each,
    `blocks`) and only headings and text stay Markdown. Blocks are put back right after the
    conversion (`insert_blocks`), before anything else reads the body (anchors, search, cache).
    Charts (`<!--mp-chart:N-->`, `charts`) are large finished SVG that nothing needs to parse, so
    they go into the page's final HTML instead (`insert_charts`). `links`: the site pages and
    fragments the blocks link to (target source path, fragment or ""), for mkdocs' link checks.
    """

    uri: str
    content: str
    charts: dict[str, str] = field(default_factory=dict)
    blocks: dict[str, str] = field(default_factory=dict)
    links: list[tuple[str, str]] = field(default_factory=list)

    def text(self) -> str:
        """The Markdown with its blocks in place (charts still placeholders): all the page says."""
        return insert_blocks(self.content, self.blocks)


SLOT = re.compile(r"<!--mp-(chart|block):(\d+)-->")


def slot(kind: str, key: str) -> str:
    return f"<!--mp-{kind}:{key}-->"


def _fill(html: str, kind: str, items: dict[str, str]) -> str:
    if not items:
        return html
    return SLOT.sub(lambda m: items[m.group(2)] if m.group(1) == kind else m.group(0), html)


def insert_charts(html: str, charts: dict[str, str]) -> str:
    return _fill(html, "chart", charts)


def insert_blocks(html: str, blocks: dict[str, str]) -> str:
    return _fill(html, "block", blocks)


VERBATIM = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2>)", re.DOTALL | re.IGNORECASE)
BLANK_LINES = re.compile(r"(?:\n[ \t]*)+\n")


def drop_blank_lines(html: str) -> str:
    """Remove whitespace-only lines (outside pre, textarea, script, style): the same page in a browser.

    The theme's navigation template leaves a few blank lines for every entry it prunes, so without
    this a page's bytes would change with the number of regions in *other* provinces (and the
    page cache would have to render them again); it also makes pages smaller.
    """
    parts = VERBATIM.split(html)
    # split() with two groups yields [text, verbatim, tag name, text, verbatim, tag name, ...]
    for i in range(0, len(parts), 3):
        parts[i] = BLANK_LINES.sub("\n", parts[i])
    return "".join(p for i, p in enumerate(parts) if i % 3 != 2)


@dataclass
class Site:
    """What every template may see besides its own subject."""

    nation: Nation
    lang: str
    pdfs: dict[str, list[PdfDoc]] = field(default_factory=dict)
    directory_urls: bool = False
    # Where the PDFs are, relative to this site's root: inside it ('pdf/…', files mkdocs copies and
    # checks) or one level up for a second-language build ('../pdf/…', linked, not copied).
    pdf_prefix: str = ""
    # Revision history per region slug (absent: not in git), open-data files per slug and 'national'.
    histories: dict[str, list[Revision]] | None = None
    data: dict[str, list[DataFile]] = field(default_factory=dict)

    def pdf_uri(self, doc: PdfDoc) -> str:
        return self.pdf_prefix + paths.pdf_file(doc.name)

    def data_uri(self, item: DataFile) -> str:
        return self.pdf_prefix + paths.data_file(item.name)  # same place as the PDFs: main site's root

    def evaluation_pdf(self, region: Region, slug: str) -> PdfDoc | None:
        return next((d for d in self.pdfs.get(region.slug, []) if d.evaluation == slug), None)


def generate(
    regions: list[Region],
    *,
    lang: str = "id",
    pdfs: dict[str, list[PdfDoc]] | None = None,
    directory_urls: bool = False,
    pdf_prefix: str = "",
    histories: dict[str, list[Revision]] | None = None,
    data: dict[str, list[DataFile]] | None = None,
    override: Path | None = None,
) -> list[Page]:
    """Every page at once (tests, benchmarks). `histories` None: the masterplans are not in git
    (the history pages say so). A build makes them one at a time (`Plan.page`)."""
    site = Site(nation(regions), lang, pdfs or {}, directory_urls, pdf_prefix, histories, data or {})
    made = Plan(site, override=override)
    return [made.page(uri) for uri in made.specs]


def national_pages(env: jinja2.Environment, site: Site) -> list[Page]:
    return [render_page(env, spec) for spec in national_page_specs(site.nation)]


class Plan:
    """Every page of a site, each made when it is asked for: a build holds one region's pages at a
    time, not the country's (514 regions: half a gigabyte of Markdown, tables and charts).

    A region's pages are made together (from the `cache`'s record of the region when nothing they
    show changed, `region_key`) and handed out one by one; the national pages, which show every
    region, are made every time they are asked for.
    """

    def __init__(self, site: Site, *, override: Path | None = None, cache: PageCache | None = None) -> None:
        self.site, self.cache = site, cache
        self.env = site_environment(site, override=override)
        self.specs = {spec.uri: spec for spec in page_specs(site.nation)}
        self.templates = templates_key(site, override)
        self.keys = {r.slug: region_key(self.templates, site, r) for r in site.nation.ordered}
        self._regions = {r.slug: r for r in site.nation.ordered}
        self._held: dict[str, Page] = {}  # the pages of the region last asked for, not handed out yet

    def page(self, uri: str) -> Page:
        slug = paths.region_of(uri)
        if slug is None or slug not in self._regions:
            return render_page(self.env, self.specs[uri])
        if uri not in self._held:
            self._held = {page.uri: page for page in self._region(self._regions[slug])}
        return self._held.pop(uri)

    def national(self) -> list[str]:
        """Source paths of the pages that show every region."""
        return [uri for uri, spec in self.specs.items() if "region" not in spec.context]

    def _region(self, region: Region) -> list[Page]:
        if self.cache is None:
            return region_pages(self.env, region)
        key = self.keys[region.slug]
        record = self.cache.get("markdown", key)
        if record is not None:
            return [
                Page(uri, content, charts, blocks, [(to, anchor) for to, anchor in links])
                for uri, content, charts, blocks, links in record["pages"]
            ]
        pages = region_pages(self.env, region)
        self.cache.put(
            "markdown", key, {"pages": [[p.uri, p.content, p.charts, p.blocks, p.links] for p in pages]}
        )
        return pages


def page_digest(page: Page) -> str:
    """Everything a generated page is made of (what decides whether it must be rendered again)."""
    return digest(page.uri, page.content, page.charts, page.blocks, page.links)


def page_specs(nation: Nation) -> list[PageSpec]:
    """Every page of the site: the national ones first, then each region's, in navigation order."""
    specs = national_page_specs(nation)
    for region in nation.ordered:
        specs += region_page_specs(region)
    return specs


def national_page_specs(nation: Nation) -> list[PageSpec]:
    """The pages that show every region (home, lists, provinces, rankings): they change with any."""
    out = [
        PageSpec(paths.HOME, "home.md.j2", {}),
        PageSpec(paths.REGIONS, "regions.md.j2", {}),
        PageSpec(paths.COMPARE, "compare.md.j2", {}),
        PageSpec(paths.EVALUATION, "evaluation.md.j2", {}),
        PageSpec(paths.SNI, "sni.md.j2", {}),
        PageSpec(paths.TAGS, "tags.md.j2", {}),
    ]
    out += [PageSpec(p.page, "province.md.j2", {"province": p}) for p in nation.provinces]
    return out


def templates_key(site: Site, override: Path | None = None) -> str:
    """What every region's pages depend on besides the region: code, templates, labels, settings."""
    folders = [jinja_environment.TEMPLATES / "site", jinja_environment.TEMPLATES / "shared"]
    settings = [site.lang, site.directory_urls, site.pdf_prefix, site.histories is None]
    return digest(tool_version(), tree_digest([*folders, *([override] if override else [])]), settings)


def region_key(base: str, site: Site, region: Region) -> str:
    """Everything a region's pages show: its validated model, its PDFs, open-data files, history.

    The region templates read nothing national (no other region, no totals): the national pages
    do, and they are never cached.
    """
    model = [
        region.slug,
        region.public,
        region.folder.name,
        region.plan.model_dump_json(),
        [(part.code, part.data.model_dump_json()) for part in region.parts],
        [(ev.slug, ev.file.name, ev.data.model_dump_json()) for ev in region.evaluations],
    ]
    pdfs = [(d.name, d.kind, d.size, d.sha256, d.evaluation) for d in site.pdfs.get(region.slug, [])]
    data = [(f.name, f.size, f.what) for f in site.data.get(region.slug, [])]
    history = _history_key(site.histories.get(region.slug)) if site.histories is not None else None
    return digest(base, model, pdfs, data, history)


def _history_key(revisions: list[Revision] | None) -> str:
    """A history as plain data: the same whether just read from git or from the history cache
    (where a revision's diff comes back as a mapping, not an object: its repr would differ)."""
    plain = [dataclasses.asdict(r) for r in revisions or []]
    return json.dumps(plain, ensure_ascii=False, sort_keys=True, default=str)


def region_pages(env: jinja2.Environment, region: Region) -> list[Page]:
    return [render_page(env, spec) for spec in region_page_specs(region)]


@dataclass(frozen=True)
class PageSpec:
    """A page before rendering: its path, template and context (the preview renders one at a time)."""

    uri: str
    template: str
    context: dict[str, object]


def region_page_specs(region: Region) -> list[PageSpec]:
    page = lambda name: paths.region_page(region.slug, name)
    out = [PageSpec(page(paths.OVERVIEW), "region.md.j2", {"region": region})]
    for part in region.parts:
        out.append(PageSpec(page(part.code), "pillar.md.j2", {"region": region, "part": part}))
    out.append(PageSpec(page(paths.QUICK_WINS), "quick_wins.md.j2", {"region": region}))
    out.append(PageSpec(page(paths.AGENCIES), "agencies.md.j2", {"region": region}))
    out.append(PageSpec(page(paths.PROGRESS), "progress.md.j2", {"region": region}))
    out.append(PageSpec(page(paths.HISTORY), "history.md.j2", {"region": region}))
    return out


def render_page(env: jinja2.Environment, spec: PageSpec) -> Page:
    return _render(env, spec.template, spec.uri, **spec.context)


def _render(env: jinja2.Environment, template: str, uri: str, **context: object) -> Page:
    charts: dict[str, str] = {}
    blocks: dict[str, str] = {}
    links: list[tuple[str, str]] = []

    def stash(svg: Markup) -> Markup:
        key = str(len(charts))
        charts[key] = str(svg)
        return Markup(slot("chart", key))

    def block(html: Markup) -> Markup:
        """Finished HTML into the page as a placeholder (blank lines: a block of its own)."""
        key = str(len(blocks))
        blocks[key] = str(html).strip()
        return Markup(f"\n\n{slot('block', key)}\n\n")

    text = env.get_template(template).render(
        page_uri=uri, stash=stash, block=block, page_links=links, **context
    )
    return Page(uri, text, charts, blocks, links)


def site_environment(site: Site, *, override: Path | None = None) -> jinja2.Environment:
    """The site's Jinja environment with `site` as a global. One per language and override
    folder, reused: compiling the templates costs more than rendering one region's pages, which
    matters when the live preview renders just the region that changed."""
    env = _environment(site.lang, override)
    env.globals.update(site=site, cat=site.nation.cat)
    return env


@functools.cache
def _environment(lang: str, override: Path | None) -> jinja2.Environment:
    env = environment("site", lang=lang, override=override)
    env.filters["md"] = md_inline
    env.filters["html_text"] = html_text
    env.filters["filesize"] = lambda size: filesize(size, lang)
    env.filters["score"] = lambda value: progress_charts.score(value, lang)
    env.globals.update(
        t=labels(lang),
        paths=paths,
        charts=charts,
        progress_charts=progress_charts,
        progress=progress,
        document_kind=documents.kind,
        history_limit=DEFAULT_LIMIT,
        programme_total=model.programme_total,
        programme_by_year=model.programme_by_year,
        programme_by_source=model.programme_by_source,
        programme_stages=model.programme_stages,
        nomenclature=nomenclature(),
        vocab=lambda name, code: vocabulary()[name][code].name(lang),
        quick_win_total=model.quick_win_total,
        risk_band=model.risk_band,
        link=_md_link,
        href=_html_link,
    )
    return env


@jinja2.pass_context
def _md_link(ctx: jinja2.runtime.Context, to: str, fragment: str | None = None) -> str:
    return paths.md_link(ctx["page_uri"], to, fragment)


@jinja2.pass_context
def _html_link(ctx: jinja2.runtime.Context, to: str, fragment: str | None = None) -> str:
    """A final URL for HTML; remembered (unless outside this site) so that mkdocs checks it."""
    links = ctx.get("page_links")
    if links is not None and not posixpath.normpath(to).startswith(".."):
        links.append((to, fragment or ""))
    return paths.html_link(ctx["page_uri"], to, fragment, directory_urls=ctx["site"].directory_urls)


def pillar_css(regions: list[Region]) -> str:
    """Pillar colours as CSS classes, from the catalogue (reference data, not the stylesheet)."""
    return colours.pillar_css(nation(regions).cat.pillars)


def filesize(size: int, lang: str) -> str:
    """'1,2 MB' / '340 kB' (decimal units, as file managers show them)."""
    if size >= 1_000_000:
        return f"{number(round(size / 1_000_000, 1), lang)} MB"
    return f"{number(max(round(size / 1000), 1), lang)} kB"
