"""A nationwide act is placed at its country (the country's row of the gazetteer: its name and the capital's
coordinates). Every country's row is read in one pass; it must be the row a query for that one country gives."""

from __future__ import annotations

from frontlog.knowledge.gazetteer import Place, get_gazetteer


def test_each_country_place_is_the_countrys_own_row() -> None:
    gz = get_gazetteer()
    db = gz._db()
    # SQLite gives a bare column beside MIN() from the row with the minimum: each country's first row.
    rows = db.execute("SELECT name, country, lat, lon, kind, population, admin1_name, geonameid, precision, "
                      "MIN(id) FROM main.places WHERE kind = 'country' GROUP BY country").fetchall()
    assert {"SY", "UA", "ML", "CO"} <= {row[1] for row in rows}
    for row in rows:
        assert gz.country_place(row[1]) == Place(*row[:9], "package")
    assert gz.country_place("SY").name == "Syria"


def test_a_code_no_country_has_gives_no_place() -> None:
    assert get_gazetteer().country_place("QQ") is None
    assert get_gazetteer().country_place("") is None
