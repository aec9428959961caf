"""A synthetic national corpus: N realistic, valid regions, the same bytes for the same seed.

    python benchmarks/make_corpus.py --regions 514 --out build/corpus [--seed 1]

Each region gets a folder like the samples in masterplans/: masterplan.yaml, the six pillar
files, one or two evaluation records and assets/lambang.svg; about 50 programmes and 10 quick
wins spread over the 18 elements, with budgets, indicators (many referring to SNI ISO 37122),
risks, readiness and signatories. YAML is written as text in the samples' layout (not through a
YAML dumper) so that 514 regions take seconds. Regions are real kabupaten/kota names taken
round-robin across provinces, so a small corpus still spans many provinces.

Also a library: `make_corpus(out, regions, seed) -> list[Path]`. The pieces live in
benchmarks/corpus/ (vocabulary, regions, pillar files, masterplan.yaml, evaluations).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

from generator.catalog import Catalog, catalog

if __package__:
    from .corpus import words as W
    from .corpus.context import Ctx, officials
    from .corpus.evaluations import evaluation_files
    from .corpus.pillars import choose_programmes, pillar_text, sni_pools
    from .corpus.plan import logo_svg, plan_text
    from .corpus.regions import RegionSpec, region_specs
else:  # run as a script: benchmarks/ is on sys.path
    from corpus import words as W  # type: ignore[no-redef]
    from corpus.context import Ctx, officials  # type: ignore[no-redef]
    from corpus.evaluations import evaluation_files  # type: ignore[no-redef]
    from corpus.pillars import choose_programmes, pillar_text, sni_pools  # type: ignore[no-redef]
    from corpus.plan import logo_svg, plan_text  # type: ignore[no-redef]
    from corpus.regions import RegionSpec, region_specs  # type: ignore[no-redef]

MANIFEST = "corpus.json"
VERSION = 2  # bump when the generated content changes, so benchmarks regenerate their corpora


def region_files(spec: RegionSpec, seed: int, cat: Catalog, pools: dict[str, list[str]]) -> dict[str, str]:
    """The text of every file of one region, by path relative to its folder."""
    rng = random.Random(f"{seed}/{spec.slug}")
    kota = spec.kind == "kota"
    agencies = [(c, ((kt if kota else None) or kab)) for c, kab, kt in W.AGENCIES]
    agencies = [(c, f"{n} {spec.full}" if c == "RSUD" else n) for c, n in agencies]
    agencies += [
        (c, (kt if kota else None) or kab) for c, kab, kt in W.OPTIONAL_AGENCIES if rng.random() < 0.6
    ]
    ctx = Ctx(spec, rng, cat, rng.choice([2023, 2024, 2025, 2026]), agencies, officials(rng))
    plans = choose_programmes(ctx)
    quick = sorted(rng.sample(range(len(plans)), rng.randint(9, 11)))
    files = {"masterplan.yaml": plan_text(ctx)}
    for pillar in cat.pillars:
        mine = [pl for pl in plans if pl.pillar.code == pillar.code]
        wins = [plans[i] for i in quick if plans[i].pillar.code == pillar.code]
        files[pillar.file] = pillar_text(ctx, pillar, mine, wins, pools)
    files.update(evaluation_files(ctx))
    files["assets/lambang.svg"] = logo_svg(spec, rng)
    return files


def make_corpus(out: Path, regions: int, seed: int = 1) -> list[Path]:
    """Write `regions` regions under `out`; return their folders. Folders of an earlier, larger
    corpus in `out` (listed in its manifest) are removed so the folder holds exactly this corpus."""
    cat = catalog()
    pools = sni_pools(cat)
    specs = region_specs(regions)
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale(out, {s.slug for s in specs})
    folders = []
    for spec in specs:
        folder = out / spec.slug
        for sub in ("assets", "evaluations"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        for old in (folder / "evaluations").glob("*.yaml"):  # another seed may have chosen other years
            old.unlink()
        for name, text in region_files(spec, seed, cat, pools).items():
            (folder / name).write_text(text, encoding="utf-8")
        folders.append(folder)
    manifest = {"version": VERSION, "seed": seed, "regions": regions, "slugs": [s.slug for s in specs]}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return folders


def _remove_stale(out: Path, keep: set[str]) -> None:
    try:
        old = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["slugs"]
    except (OSError, ValueError, KeyError):
        return
    for slug in old:
        if slug not in keep and (out / slug / "masterplan.yaml").is_file():
            shutil.rmtree(out / slug)


def is_complete(out: Path, regions: int, seed: int = 1) -> bool:
    """True when `out` holds a finished corpus of exactly these parameters (the manifest is written last)."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (manifest.get("version"), manifest.get("regions"), manifest.get("seed")) == (
        VERSION,
        regions,
        seed,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--regions", type=int, default=514, help="number of regions (default 514)")
    parser.add_argument("--out", type=Path, default=Path("build/corpus"), help="output folder")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same bytes)")
    args = parser.parse_args(argv)
    if args.regions < 1:
        parser.error("--regions must be at least 1")
    began = time.perf_counter()
    folders = make_corpus(args.out, args.regions, args.seed)
    files = [f for folder in folders for f in [*folder.glob("*.yaml"), *folder.glob("evaluations/*.yaml")]]
    lines = sum(f.read_bytes().count(b"\n") for f in files)
    print(
        f"wrote {len(folders)} regions, {len(files)} YAML files, {lines:,} lines to {args.out}/ "
        f"in {time.perf_counter() - began:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
