"""What the page's API adds for the analyst: fixed colours, control with provenance and filters, place labels, place
search, a sortable table, fatalities over time, text search over place names. Over a real store filled by the real
ingest (tests/test_api.py's articles)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from frontlog.dataset.storage import SQLiteStore
from frontlog.serve.api import create_app
from frontlog.serve.page import load_palette
from test_api import build_store


def lab(colour: str) -> tuple[float, float, float]:
    """sRGB #RRGGBB -> CIELAB (D65)."""
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = lin(r), lin(g), lin(b)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: str, b: str) -> float:
    return sum((p - q) ** 2 for p, q in zip(lab(a), lab(b), strict=True)) ** 0.5


RENAMED = "Tadmor Oasis"  # a place name set by a correction, in no evidence sentence


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    db = build_store(tmp_path_factory.mktemp("page"))
    with SQLiteStore(db, create=False) as store:
        ev = next(e for e in store.events() if e["location"] == "Palmyra" and e["event_type"] != "Battles")
        store.correct(ev["id"], {"location": RENAMED, "latitude": "34.56", "longitude": "38.28"}, "a test", "tester")
    with TestClient(create_app(db)) as c:
        yield c


def test_the_palette_keeps_every_holder_and_type_apart() -> None:
    pal = load_palette()
    holders = [*pal.holders.values(), *pal.fallback]
    assert len(set(holders)) == len(holders)
    worst = min((delta_e(a, b), a, b) for a, b in itertools.combinations(holders, 2))
    assert worst[0] >= 20, worst
    assert min(delta_e(a, b) for a, b in itertools.combinations(pal.event_types.values(), 2)) >= 20
    # The three main Syrian sides the hashed colours could not tell apart.
    syria = [pal.holders[h] for h in ("Islamic State", "Jabhat al-Nusra", "Syrian Government Forces")]
    assert min(delta_e(a, b) for a, b in itertools.combinations(syria, 2)) >= 20


def test_summary_gives_each_holder_its_colour(client: TestClient) -> None:
    colours = client.get("/api/summary").json()["colours"]
    assert colours["holders"]["Syrian Government Forces"] == load_palette().holders["Syrian Government Forces"]
    assert set(colours["holders"]) >= {"Syrian Government Forces", "Rapid Support Forces"}
    assert colours["event_types"]["Battles"] == load_palette().event_types["Battles"]


def test_control_says_how_old_and_well_founded_a_holding_is(client: TestClient) -> None:
    def palmyra(day: str, **params: str) -> dict:
        fc = client.get("/api/control", params={"date": day, **params}).json()
        return next(f["properties"] for f in fc["features"] if f["properties"]["place"] == "Palmyra")

    fresh = palmyra("2016-04-01")
    assert fresh["since"] == fresh["last_confirmed"] == "2016-03-27" and fresh["stale"] is False
    assert set(fresh["reports"]) == {"a1", "a4"}  # two articles tell the capture
    old = palmyra("2023-11-01")
    assert old["holder"] == "Syrian Government Forces" and old["last_confirmed"] == "2016-03-27" and old["stale"]
    assert palmyra("2016-06-01", stale_after_days="30")["stale"] is True
    assert palmyra("2016-06-01")["stale"] is False  # 66 days < the default 180
    assert client.get("/api/control", params={"date": "2016-06-01", "stale_after_days": "x"}).status_code == 400


def test_control_follows_the_filters(client: TestClient) -> None:
    def places(**params: str) -> set[str]:
        fc = client.get("/api/control", params={"date": "2023-11-01", **params}).json()
        return {f["properties"]["place"] for f in fc["features"]}

    everything = places()
    assert {"Palmyra", "Nyala"} <= everything
    assert "Palmyra" not in places(country="SD") and "Nyala" in places(country="SD")
    assert places(actor="Rapid Support Forces") == {"Nyala"}
    assert "Nyala" not in places(bbox="35,33,40,37") and "Palmyra" in places(bbox="35,33,40,37")
    assert places(q="palm") == {"Palmyra"}


def test_labels_are_the_biggest_places_in_view(client: TestClient) -> None:
    got = client.get("/api/labels", params={"bbox": "36,34,39,37", "limit": 5}).json()["labels"]
    assert [p["name"] for p in got][0] == "Aleppo" and len(got) == 5
    assert all(36 <= p["longitude"] <= 39 and 34 <= p["latitude"] <= 37 for p in got)
    assert [p["population"] for p in got] == sorted((p["population"] for p in got), reverse=True)
    assert client.get("/api/labels").status_code == 400


def test_place_search_knows_aliases_and_spellings(client: TestClient) -> None:
    hits = client.get("/api/places/search", params={"q": "Palmyra"}).json()["places"]
    assert hits[0]["name"] == "Palmyra" and hits[0]["source"] == "store" and hits[0]["events"] > 0
    # Tadmur is Palmyra's Arabic name: the gazetteer finds it and counts the store's events there.
    tadmur = client.get("/api/places/search", params={"q": "Tadmur"}).json()["places"][0]
    assert tadmur["events"] > 0 and "Palmyra" in tadmur["store_names"]
    assert abs(tadmur["latitude"] - hits[0]["latitude"]) < 0.1
    kharkov = client.get("/api/places/search", params={"q": "Kharkov"}).json()["places"][0]
    assert kharkov["events"] > 0 and "Kharkiv" in kharkov["store_names"]
    assert client.get("/api/places/search").status_code == 400


def test_text_search_covers_place_names(client: TestClient) -> None:
    found = client.get("/api/events", params={"q": "oasis"}).json()["events"]
    assert [e["location"] for e in found] == [RENAMED]
    assert not any("Oasis" in s for s in found[0]["evidence"])


def test_the_table_sorts(client: TestClient) -> None:
    def ids(sort: str) -> list[dict]:
        return client.get("/api/events", params={"sort": sort, "limit": 100}).json()["events"]

    by_fat = [e["fatalities"] for e in ids("-fatalities")]
    known = [f for f in by_fat if f is not None]
    assert known == sorted(known, reverse=True) and by_fat[:len(known)] == known  # unknown last
    places = [e["location"] for e in ids("location") if e["location"]]
    assert places == sorted(places)
    assert client.get("/api/events", params={"sort": "colour"}).status_code == 400


def test_fatalities_over_time(client: TestClient) -> None:
    fat = client.get("/api/timeline", params={"measure": "fatalities", "bucket": "month"}).json()
    everything = client.get("/api/events", params={"limit": 100}).json()["events"]
    assert fat["total"] == sum(e["fatalities"] or 0 for e in everything if e["date_start"])
    assert client.get("/api/timeline", params={"measure": "wounded"}).status_code == 400


def test_a_place_filter_keeps_the_map_to_it(client: TestClient) -> None:
    hit = client.get("/api/places/search", params={"q": "Nyala"}).json()["places"][0]
    near = f"{hit['latitude']:.4f},{hit['longitude']:.4f}:5km"
    total = client.get("/api/events", params={"near": near}).json()["total"]
    cells = client.get("/api/clusters", params={"near": near, "bbox": "-180,-90,180,90", "zoom": 11}).json()
    assert total > 0 and cells["in_view"] == total


def test_labels_file_is_built_from_geonames() -> None:
    path = Path(__file__).resolve().parents[1] / "src" / "frontlog" / "knowledge" / "data" / "labels.tsv"
    head = path.read_text(encoding="utf-8").splitlines()[:3]
    assert "GeoNames" in head[0] and head[1].split("\t") == ["name", "latitude", "longitude", "population", "country"]
