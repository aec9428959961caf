"""The navigation, grouped so that no level has hundreds of siblings.

mkdocs renders the whole navigation into every page; a flat list of 500 regions makes the build
quadratic. Regions sit under their province (at most ~40 siblings), and `navigation.prune` keeps
only the open branch in each page. Titles are HTML-escaped here because mkdocs and the theme print
nav titles without escaping.
"""

from __future__ import annotations

from typing import Any

from generator.model.region import Region
from generator.site import paths
from generator.site.labels import Labels
from generator.site.national import Nation
from generator.site.text import html_text

NavItem = str | dict[str, Any]


def build_nav(nation: Nation, t: Labels) -> list[NavItem]:
    regions: list[NavItem] = [paths.REGIONS]
    for province in nation.provinces:
        items: list[NavItem] = [province.page]
        items += [{html_text(r.full_name): region_nav(r, t)} for r in province.regions]
        regions.append({html_text(province.name): items})
    return [
        {t("nav_home"): paths.HOME},
        {t("nav_regions"): regions},
        {t("nav_compare"): paths.COMPARE},
        {t("nav_evaluation"): paths.EVALUATION},
        {t("nav_sni"): paths.SNI},
        {t("nav_tags"): paths.TAGS},
    ]


def region_nav(region: Region, t: Labels) -> list[NavItem]:
    page = lambda name: paths.region_page(region.slug, name)
    items: list[NavItem] = [page(paths.OVERVIEW)]
    items += [{html_text(part.pillar.name(t.lang)): page(part.code)} for part in region.parts]
    items += [{t("quick_wins"): page(paths.QUICK_WINS)}, {t("agencies"): page(paths.AGENCIES)}]
    items += [{t("progress"): page(paths.PROGRESS)}, {t("history"): page(paths.HISTORY)}]
    return items
