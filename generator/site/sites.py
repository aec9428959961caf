"""A whole site: every language, patched from the previous site when possible, else built.

    render_sites(config, out, regions, langs=("id", "en"), cache_root=..., previous=site_dir)

renders the main language into `out` and the others into `out/<lang>/`, in parallel processes
when `jobs` > 1, then the Pagefind index (search.py) if the site uses it. With `previous` (the
live site) and the manifest the last build left in `cache_root` (`save_manifest`, called once
that build's site was in place), a language whose shape did not change is patched (patch.py):
only the pages an edit affects are rendered, every other file is linked from `previous`. Else it
is built in full (engine.render_site, which reuses the page cache).
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.files import FileDigests, read_json, write_atomic
from generator.model.region import Region
from generator.site.config import SiteConfig
from generator.site.engine import SiteError, SiteResult, ordered, render_site
from generator.site.patch import patch_site
from generator.site.paths import region_of
from generator.site.record import Record
from generator.site.search import SearchError, bundle_name, pagefind_index

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1


def render_sites(
    config: SiteConfig,
    out: Path,
    regions: list[Region],
    *,
    langs: tuple[str, ...],
    pdf_dir: Path | None = None,
    cache_root: Path | None = None,
    jobs: int = 1,
    only: Callable[[str], bool] | None = None,
    search: str = "material",
    previous: Path | None = None,
) -> dict[str, SiteResult]:
    """Every language: the main one into `out`, the others into `out/<lang>/`.

    With `jobs` > 1, the other languages build in forked processes at the same time as the main
    one (each into a folder of its own, moved under `out` at the end: the main build empties
    `out` first). The regions are inherited by the fork, not copied or pickled.
    """
    languages = ordered(langs)
    main, others = languages[0], languages[1:]
    records = {}
    if previous is not None and cache_root is not None and only is None:
        records = usable_records(cache_root, previous, languages, search)
    side = {code: out.with_name(f"{out.name}-{code}") for code in others}
    targets = {main: out, **side}

    def one(code: str) -> SiteResult:
        before = records.get(code)
        if before is not None and previous is not None:
            done = patch_site(
                config,
                targets[code],
                previous if code == main else previous / code,
                regions,
                before,
                lang=code,
                langs=langs,
                pdf_dir=pdf_dir,
                search=search,
                skip=frozenset([*others, "pagefind"]) if code == main else frozenset(),
            )
            if done is not None:
                return done
        cache = cache_root / code if cache_root is not None else None
        return render_site(
            config,
            targets[code],
            regions,
            lang=code,
            langs=langs,
            pdf_dir=pdf_dir,
            cache_dir=cache,
            only=only,
            search=search,
        )

    results = _run(one, main, others, jobs)
    for code in others:
        shutil.move(str(side[code]), str(out / code))
    if search == "pagefind" and only is None:
        bundles = {r.slug: bundle_name(r.plan.region.province) for r in regions}
        try:
            pagefind_index(
                out,
                bundles,
                lang_folders=set(others),
                cache_dir=cache_root / "search" if cache_root is not None else None,
                jobs=jobs,
            )
        except SearchError as exc:
            raise SiteError(str(exc)) from None
    return {code: results[code] for code in languages}


def _run(one: Callable[[str], SiteResult], main: str, others: list[str], jobs: int) -> dict[str, SiteResult]:
    """`one` for every language; the others in forked processes while the main one runs here."""
    results: dict[str, SiteResult] = {}
    if jobs <= 1 or not others:
        for code in [main, *others]:
            results[code] = one(code)
        return results
    ctx = multiprocessing.get_context("fork")
    pending = []
    for code in others:
        receive, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(send, one, code))
        proc.start()
        send.close()
        pending.append((code, proc, receive))
    try:
        results[main] = one(main)
    finally:
        outcomes = {code: _collect(proc, receive) for code, proc, receive in pending}
    for code, outcome in outcomes.items():
        if isinstance(outcome, str):
            raise SiteError(outcome)
        results[code] = outcome
    return results


def shard_pages(regions: list[Region], share: list[Region]) -> Callable[[str], bool]:
    """The pages of a shard: its regions' pages, and the national pages if it has the first region."""
    slugs = {r.slug for r in share}
    first = min((r.slug for r in regions), default=None)
    national = first in slugs

    def accept(uri: str) -> bool:
        slug = region_of(uri)
        return slug in slugs if slug is not None else national

    return accept


# --------------------------------------------------------------------------- the manifest


def save_manifest(cache_root: Path, site: Path, results: dict[str, SiteResult], *, search: str) -> None:
    """After a build's site is in place: its records, and every file's digest (remembered by
    identity from the previous manifest: the files a patch linked are not read again)."""
    path = cache_root / MANIFEST
    records = {code: r.record.to_json() for code, r in results.items() if r.record is not None}
    if len(records) != len(results):
        path.unlink(missing_ok=True)
        return
    previous = _read(path)
    digests = FileDigests(previous.get("files") if previous else None)
    digests.of_folder(site)
    manifest = {
        "version": MANIFEST_VERSION,
        "site": str(site),
        "search": search,
        "langs": list(results),
        "files": digests.entries,
        "records": records,
    }
    cache_root.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(manifest, ensure_ascii=False))


def usable_records(cache_root: Path, site: Path, langs: list[str], search: str) -> dict[str, Record]:
    """The last build's records, if `site` holds exactly the files that build left, byte for byte
    (else none). Files are compared by identity, and by content where it differs: a site restored
    from a CI cache has new inodes, the same bytes."""
    path = cache_root / MANIFEST
    manifest = _read(path)
    if (
        not manifest
        or manifest.get("version") != MANIFEST_VERSION
        or manifest.get("site") != str(site)
        or manifest.get("search") != search
        or manifest.get("langs") != langs
        or not isinstance(manifest.get("files"), dict)
    ):
        return {}
    expected = {name: e[3] for name, e in manifest["files"].items() if isinstance(e, list) and len(e) == 4}
    digests = FileDigests(manifest["files"])
    if len(expected) != len(manifest["files"]) or digests.of_folder(site) != expected:
        return {}
    if digests.entries != manifest["files"]:  # restored elsewhere: remember the new identities
        write_atomic(path, json.dumps({**manifest, "files": digests.entries}, ensure_ascii=False))
    records = {code: Record.from_json(data) for code, data in manifest.get("records", {}).items()}
    return {code: record for code, record in records.items() if record is not None}


def _read(path: Path) -> dict[str, Any] | None:
    found = read_json(path)
    return found if isinstance(found, dict) else None


def _child(send: Any, one: Callable[[str], SiteResult], code: str) -> None:
    try:
        send.send(one(code))
    except Exception as exc:  # noqa: BLE001 (reported by the parent as a build failure)
        send.send(f"{type(exc).__name__}: {exc}" if not isinstance(exc, SiteError) else str(exc))
    finally:
        send.close()


def _collect(proc: Any, receive: Any) -> SiteResult | str:
    try:
        outcome: SiteResult | str = receive.recv()
    except EOFError:
        outcome = "a language build process ended without a result"
    proc.join()
    if proc.exitcode not in (0, None) and not isinstance(outcome, str):
        return f"a language build process failed (exit code {proc.exitcode})"
    return outcome
