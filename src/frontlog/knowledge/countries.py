"""The one country table: ISO 3166 codes, English names and ACLED regions (data/countries.tsv, built by
scripts/build_countries.py from GeoNames, CC BY 4.0)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from frontlog.knowledge.paths import PACKAGE_DATA

COUNTRY_FILE = "countries.tsv"


@dataclass(frozen=True)
class Country:
    alpha2: str
    alpha3: str
    numeric: int
    name: str
    region: str


class CountryTable(dict[str, Country]):
    """Countries by alpha-2 code."""

    def code(self, text: str) -> str | None:
        """An alpha-2 code for what a user typed: a code (sy, SYR) or a name (Syria)."""
        t = text.strip()
        if t.upper() in self:
            return t.upper()
        for c in self.values():
            if t.upper() == c.alpha3 or t.casefold() == c.name.casefold():
                return c.alpha2
        return None


@lru_cache(maxsize=1)
def get_countries() -> CountryTable:
    out = CountryTable()
    lines = (PACKAGE_DATA / COUNTRY_FILE).read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")]
    for cells in rows[1:]:
        out[cells[0]] = Country(cells[0], cells[1], int(cells[2]), cells[3], cells[4])
    return out
