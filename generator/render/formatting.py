"""Numbers, money and dates for Indonesian (and English) readers, through Babel's CLDR data.

Never format by hand: '1.234.567' vs '1,234,567' and month names are the locale's business.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_currency, format_decimal, format_percent

LOCALES = {"id": "id_ID", "en": "en_US"}


@functools.cache
def _locale(lang: str) -> Locale:
    """A parsed Locale, not its name: Babel parses a name again on every call (a tenth of the
    site's page generation went into that)."""
    return Locale.parse(LOCALES.get(lang, "id_ID"))


def rupiah(amount: float, lang: str = "id") -> str:
    """Full amount: 'Rp 1.250.000.000'."""
    return format_currency(amount, "IDR", format="¤ #,##0", locale=_locale(lang), currency_digits=False)


def rupiah_short(amount: float, lang: str = "id") -> str:
    """Compact amount for tables and charts: 'Rp 1,25 miliar' / 'IDR 1.25 billion'."""
    if abs(amount) < 1_000_000:
        return rupiah(amount, lang)
    words = format_compact_decimal(amount, format_type="long", locale=_locale(lang), fraction_digits=2)
    return f"Rp {words}" if lang != "en" else f"IDR {words}"


# Beyond this magnitude a figure is shown as a bound ('> 10^18'): Babel's decimal context (28
# digits) cannot format it, and such a figure (a ratio over a near-zero target) means nothing exact.
LARGEST = 10**18


def number(value: float, lang: str = "id") -> str:
    if not _shown_exactly(value):
        return _beyond(value, lambda v: format_decimal(v, locale=_locale(lang)))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return format_decimal(value, locale=_locale(lang))


def fixed(value: float, digits: int = 2, lang: str = "id") -> str:
    """`fixed(3.3, 2)` → '3,30': a score shown with exactly `digits` decimals, as published."""
    return format_decimal(value, format="#,##0." + "0" * digits if digits else "#,##0", locale=_locale(lang))


def percent(fraction: float, lang: str = "id", digits: int = 1) -> str:
    """`percent(0.8571)` → '85,7%'."""
    pattern = "#,##0." + "0" * digits + "%" if digits else "#,##0%"
    if not _shown_exactly(fraction * 100):
        return _beyond(
            fraction * 100, lambda v: format_percent(v / 100, format=pattern, locale=_locale(lang))
        )
    return format_percent(fraction, format=pattern, locale=_locale(lang))


def _shown_exactly(value: float) -> bool:
    return not math.isnan(value) and abs(value) < LARGEST


def _beyond(value: float, fmt: Callable[[int], str]) -> str:
    if math.isnan(value):
        return "–"
    return ("> " if value > 0 else "< ") + fmt(LARGEST if value > 0 else -LARGEST)


def date(value: str | dt.date | None, lang: str = "id") -> str:
    """ISO date string → '17 Maret 2025'; a 'YYYY-MM' month → 'Maret 2025'."""
    if not value:
        return ""
    if isinstance(value, str):
        if len(value) == 7:
            return format_date(dt.date.fromisoformat(value + "-01"), format="MMMM yyyy", locale=_locale(lang))
        value = dt.date.fromisoformat(value)
    return format_date(value, format="long", locale=_locale(lang))


ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def roman(n: int) -> str:
    """14 → 'XIV': chapter numbers (BAB I…) and evaluation stages (tahap II)."""
    out = ""
    for value, letters in ROMAN:
        count, n = divmod(n, value)
        out += letters * count
    return out
