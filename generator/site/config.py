"""The site configuration a data repository builds with: the package's defaults plus its overrides.

A data repository needs nothing but `masterplans/`. Its configuration is three layers, later wins:

1. the package's default: the repository's own `mkdocs.yml`, shipped in the wheel, with its
   folders (`docs_dir`, the theme's `custom_dir`) pointed at the shipped templates;
2. the data repository's `mkdocs.yml`, if it has one, merged over the default: mappings key by
   key, anything else (a list, a value) replaced; its relative folders are relative to it;
3. its `masterplan.toml`, if any, `[site]` table: title, description, url, logo, primary,
   accent, pages (see README, "Your own data repository").

mkdocs gets the merged mapping through `load_config` as if it were the file `<root>/mkdocs.yml`,
so the plugin finds `masterplans/` and `build/` beside it either way.
"""

from __future__ import annotations

import copy
import io
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import resources

CONFIG_NAME = "mkdocs.yml"
TOML_NAME = "masterplan.toml"
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# masterplan.toml [site] keys: the mkdocs setting each one sets, or the plugin option.
SITE_KEYS = {"title": "site_name", "description": "site_description", "url": "site_url"}
PLUGIN_KEYS = ("logo", "primary", "accent", "pages")


class ConfigError(Exception):
    """A data repository's mkdocs.yml or masterplan.toml that cannot be used (says which and why)."""


@dataclass(frozen=True)
class SiteConfig:
    root: Path  # the data repository: masterplans/, site/ and build/ are here
    data: dict[str, Any]  # the merged mkdocs configuration
    sources: tuple[str, ...]  # what went into it, for messages ('default', 'mkdocs.yml', ...)

    @property
    def path(self) -> Path:
        """The file mkdocs believes it read (it need not exist)."""
        return self.root / CONFIG_NAME

    def load(self, **overrides: Any) -> Any:
        """A validated MkDocsConfig (mkdocs.exceptions.Abort / ConfigurationError on a bad value)."""
        from mkdocs.config import load_config

        given = {k: v for k, v in overrides.items() if v is not None}
        settings = copy.deepcopy({**self.data, **given})  # mkdocs consumes what it validates
        return load_config(io.BytesIO(b"{}"), config_file_path=str(self.path), **settings)


def site_config(root: Path, config_file: Path | None = None) -> SiteConfig:
    """The configuration for the data repository `root` (`config_file`: an explicit mkdocs.yml)."""
    root = root.resolve()
    data, sources = _default(), ["default"]
    own = config_file or root / CONFIG_NAME
    if own.is_file():
        data = merge(data, _read_mkdocs(own))
        sources.append(str(own.name))
    toml = root / TOML_NAME
    if toml.is_file():
        data = apply_toml(data, _read_toml(toml), root)
        sources.append(TOML_NAME)
    return SiteConfig(root, data, tuple(sources))


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` on top of `base`: nested mappings merged key by key, everything else replaced."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def _default() -> dict[str, Any]:
    data = _read_mkdocs(resources.DEFAULT_MKDOCS)
    base = resources.DEFAULT_MKDOCS.parent
    data["docs_dir"] = str(base / data["docs_dir"])
    data["theme"] = dict(data["theme"], custom_dir=str(base / data["theme"]["custom_dir"]))
    return data


def _read_mkdocs(path: Path) -> dict[str, Any]:
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.utils.yaml import yaml_load

    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml_load(fh)
    except (OSError, ConfigurationError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected `key: value` settings at the top level")
    return data


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path.name}: {exc}") from None
    unknown = sorted(set(data) - {"site"})
    if unknown:
        raise ConfigError(f"{path.name}: unknown table(s) {', '.join(unknown)}; expected [site]")
    return dict(data.get("site", {}))


def apply_toml(data: dict[str, Any], site: dict[str, Any], root: Path) -> dict[str, Any]:
    """masterplan.toml's [site] settings on top of the mkdocs configuration."""
    unknown = sorted(set(site) - set(SITE_KEYS) - set(PLUGIN_KEYS))
    if unknown:
        allowed = ", ".join([*SITE_KEYS, *PLUGIN_KEYS])
        raise ConfigError(f"{TOML_NAME}: unknown key(s) {', '.join(unknown)} in [site]; allowed: {allowed}")
    out = dict(data)
    for key, setting in SITE_KEYS.items():
        if key in site:
            out[setting] = _text(key, site[key])
    options: dict[str, Any] = {}
    for key in ("primary", "accent"):
        if key in site:
            if not COLOUR.match(_text(key, site[key])):
                raise ConfigError(
                    f'{TOML_NAME}: [site] {key} must be a colour like "#1b5e20", not {site[key]!r}'
                )
            options[key] = site[key]
    for key in ("logo", "pages"):
        if key in site:
            options[key] = str(_inside(root, key, _text(key, site[key]), folder=key == "pages"))
    if options:
        out["plugins"] = _with_plugin_options(out.get("plugins", []), options)
    return out


def _text(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{TOML_NAME}: [site] {key} must be a non-empty text, not {value!r}")
    return value


def _inside(root: Path, key: str, value: str, *, folder: bool) -> Path:
    """A file or folder of the data repository (never outside it: it is published)."""
    path = (root / value).resolve()
    if not path.is_relative_to(root):
        raise ConfigError(f"{TOML_NAME}: [site] {key} {value!r} is outside the repository")
    if not (path.is_dir() if folder else path.is_file()):
        kind = "folder" if folder else "file"
        raise ConfigError(f"{TOML_NAME}: [site] {key}: no {kind} {value!r} in {root}")
    return path


def _with_plugin_options(plugins: list[Any], options: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    for entry in plugins:
        if entry == "masterplan":
            entry = {"masterplan": dict(options)}
        elif isinstance(entry, dict) and "masterplan" in entry:
            entry = {"masterplan": {**(entry["masterplan"] or {}), **options}}
        out.append(entry)
    return out
