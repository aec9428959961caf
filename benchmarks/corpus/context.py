"""What every generator of one region's files shares: its random source, period, agencies, officials
and the record of the programmes written so far (which the evaluation records refer to)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from generator.catalog import Catalog, Pillar

from . import words as W
from .regions import RegionSpec


class People:
    """Names of the region's officials, drawn once so the same person signs everywhere."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def person(self, *, titles: bool = True) -> str:
        rng = self.rng
        while True:
            female = rng.random() < 0.35
            first = rng.choice(W.WOMEN if female else W.MEN)
            name = f"{first} {rng.choice(W.SURNAMES)}"
            if name not in self.used:
                break
        self.used.add(name)
        if not titles:
            return name
        prefix = rng.choice(["", "", "", "Dr. ", "Ir. ", "Hj. " if female else "H. "])
        return f"{prefix}{name}, {rng.choice(W.DEGREES)}"

    def nip(self) -> str:
        rng = self.rng
        born = f"{rng.randint(1968, 1990)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        hired = f"{rng.randint(1992, 2015)}{rng.randint(1, 12):02d}"
        return f"{born}{hired}{rng.randint(1, 2)}{rng.randint(1, 20):03d}"


@dataclass
class Officials:
    head: str
    deputy: str
    sekda: str
    bappeda: str
    kominfo: str
    kabid: str
    academic: str
    business: str
    coordinators: list[str]
    nips: dict[str, str]


def officials(rng: random.Random) -> Officials:
    people = People(rng)
    names = [people.person() for _ in range(8)]
    coords = [people.person() for _ in range(6)]
    nips = {n: people.nip() for n in names[2:6] + coords}
    return Officials(*names, coordinators=coords, nips=nips)


@dataclass
class Ctx:
    spec: RegionSpec
    rng: random.Random
    cat: Catalog
    start: int
    agencies: list[tuple[str, str]]
    people: Officials
    programmes: list[Written] = field(default_factory=list)
    quick_wins: list[str] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return list(range(self.start, self.start + 5))

    def fmt(self, text: str) -> str:
        s = self.spec
        short = s.name if len(s.name) <= 14 else "".join(w[0] for w in s.name.split())
        return text.format(full=s.full, name=s.name, short=short, province=s.province, bank=s.bank)


@dataclass
class WrittenIndicator:
    id: str  # stable id the evaluation records refer to
    name: str
    unit: str
    down: bool
    baseline: float
    targets: dict[int, float]


@dataclass
class Written:
    """What the evaluation records need to know about a programme once it is written."""

    id: str
    name: str
    lead: str
    pillar: str
    years: list[int]
    budget: dict[int, int]  # by year, all sources
    indicators: list[WrittenIndicator]
    risks: int
    sni: list[str]


@dataclass
class Plan:
    """A programme chosen for the region, before it is written out."""

    id: str
    pillar: Pillar
    element: str
    template: W.T
