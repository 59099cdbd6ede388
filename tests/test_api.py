"""The HTTP API (`frontlog serve`) over a real store filled by the real ingest of articles written here: every
filter, every format, every error case, the read-only default and the token on edits."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from frontlog.cli.commands import main
from frontlog.dataset.export import ACLED_COLUMNS
from frontlog.serve.api import create_app

# Four short reports written for these tests (Syria 2016, Ukraine 2022, Sudan 2023); a4 reports a1's capture again.
ARTICLES = {
    "a1": ("2016-03-28", "Government troops take back desert town", """Government troops take back desert town

Syrian government forces recaptured the town of Palmyra from the Islamic State on Sunday after three weeks of \
fighting, state media said.

Russian warplanes carried out dozens of air strikes on Islamic State positions near Palmyra on Saturday, the Syrian \
Observatory for Human Rights said.

At least 12 fighters were killed in clashes between the army and Islamic State militants east of Homs on Friday.
"""),
    "a2": ("2022-03-02", "Shelling hits Kharkiv as fighting rages in the east", """Shelling hits Kharkiv

Russian forces shelled residential districts of Kharkiv on Tuesday, killing 9 civilians, regional officials said.

Ukrainian troops repelled an assault by Russian forces near Izium on Monday, the general staff said.

A car bomb exploded in a market in Donetsk on Wednesday, killing 3 people.
"""),
    "a3": ("2023-10-28", "Paramilitaries seize city in Darfur", """Paramilitaries seize city in Darfur

The Rapid Support Forces captured the city of Nyala on Thursday after days of clashes with the Sudanese army, \
witnesses said.

An air strike by the Sudanese army on a village near El Fasher killed 7 civilians on Saturday.
"""),
    "a4": ("2016-03-29", "Army says Palmyra is secure", """Army says Palmyra is secure

The Syrian army recaptured Palmyra from Islamic State militants on Sunday, a military source said.
"""),
}


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for doc, (published, title, text) in ARTICLES.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
        meta = {"published": published, "title": title, "url": f"https://example.org/{doc}", "source": "Test Wire"}
        (folder / f"{doc}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def build_store(folder: Path) -> Path:
    """A store made by `frontlog ingest` (the real extractor) from ARTICLES."""
    db = folder / "api.db"
    assert main(["ingest", str(write_articles(folder / "articles")), "--db", str(db), "-q"]) == 0
    return db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api"))


@pytest.fixture(scope="module")
def client(db: Path):
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture(scope="module")
def everything(client: TestClient) -> list[dict]:
    body = client.get("/api/events").json()
    assert body["total"] == len(body["events"]) >= 7
    return body["events"]


def ids(client: TestClient, **params: object) -> set[str]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["events"])
    return {e["id"] for e in body["events"]}


def by(events: list[dict], **want: object) -> dict:
    return next(e for e in events if all(e[k] == v for k, v in want.items()))


# ------------------------------------------------------------------------------------------------ events


def test_events_json_shape(client: TestClient, everything: list[dict]) -> None:
    body = client.get("/api/events").json()
    assert {"events", "total", "page", "limit", "pages"} <= set(body)
    ev = everything[0]
    for key in ("id", "event_type", "sub_event_type", "actor1", "location", "country", "latitude", "longitude",
                "date_start", "date_end", "date_precision", "fatalities", "evidence", "sources", "admin1"):
        assert key in ev
    assert [e["date_start"] for e in everything] == sorted(e["date_start"] for e in everything)
    capture = by(everything, sub_event_type="Government regains territory")
    assert capture["location"] == "Palmyra" and len(capture["sources"]) == 2  # a1 and a4 merged


def test_every_filter(client: TestClient, everything: list[dict]) -> None:
    all_ids = {e["id"] for e in everything}
    syria = {e["id"] for e in everything if e["country"] == "SY"}
    assert syria and syria != all_ids
    assert ids(client, date_from="2016-01-01", date_to="2016-12-31") == syria
    assert ids(client, date_from="2022-01-01") == {e["id"] for e in everything if e["date_end"] >= "2022-01-01"}
    assert ids(client, date_to="2016-12-31") == syria
    assert ids(client, event_type="Battles") == {e["id"] for e in everything if e["event_type"] == "Battles"}
    assert ids(client, sub_event_type="Air/drone strike") == {
        e["id"] for e in everything if e["sub_event_type"] == "Air/drone strike"}
    islamic_state = {e["id"] for e in everything if "Islamic State" in (e["actor1"], e["actor2"])}
    assert islamic_state and ids(client, actor="Islamic State") == islamic_state
    assert ids(client, actor="ISIS") == islamic_state  # any alias means the canonical actor
    assert ids(client, country="SY") == syria == ids(client, country="Syria")
    palmyra = by(everything, sub_event_type="Government regains territory")
    assert palmyra["admin1"]
    assert palmyra["id"] in ids(client, admin1=palmyra["admin1"])
    assert ids(client, admin1="Nowhere Province") == set()
    assert ids(client, bbox="35.5,32.3,42.4,37.4") == syria  # west,south,east,north around Syria
    near = ids(client, near="Palmyra:30km")
    assert palmyra["id"] in near and near <= syria
    assert ids(client, near="34.55,38.27:30km") == near
    assert ids(client, min_fatalities=5) == {e["id"] for e in everything if (e["fatalities"] or 0) >= 5}
    warplanes = ids(client, q="WARPLANES")  # case-insensitive, over the evidence sentences
    assert warplanes == {e["id"] for e in everything if any("warplanes" in s for s in e["evidence"])} != set()
    assert ids(client, q="100%_") == set()  # LIKE wildcards are literal
    r = client.get("/api/events", params={"q": "warplanes", "limit": 1})
    assert r.json()["total_exact"] is True and r.headers["X-Total-Exact"] == "true"  # counted to the end
    assert r.json()["total"] == len(warplanes) and r.json()["pages"] == len(warplanes)
    assert ids(client, country="SY", event_type="Battles", date_from="2016-03-01") <= syria


def test_paging(client: TestClient, everything: list[dict]) -> None:
    seen = []
    for page in (1, 2, 3, 4):
        body = client.get("/api/events", params={"limit": 3, "page": page}).json()
        assert body["total"] == len(everything) and body["pages"] == -(-len(everything) // 3)
        seen += [e["id"] for e in body["events"]]
    assert seen == [e["id"] for e in everything]


def test_csv_and_geojson(client: TestClient, everything: list[dict]) -> None:
    r = client.get("/api/events", params={"format": "csv", "country": "SY"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    df = pd.read_csv(io.StringIO(r.text))
    assert tuple(df.columns) == ACLED_COLUMNS
    assert len(df) == int(r.headers["x-total-count"]) == sum(e["country"] == "SY" for e in everything)
    assert set(df["country"]) == {"Syria"}
    r = client.get("/api/events", params={"format": "geojson", "limit": 2})
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    f = fc["features"][0]
    assert f["geometry"]["coordinates"] == [f["properties"]["longitude"], f["properties"]["latitude"]]


def test_one_event_with_its_reports(client: TestClient, everything: list[dict]) -> None:
    capture = by(everything, sub_event_type="Government regains territory")
    body = client.get(f"/api/events/{capture['id']}").json()
    assert body["event"]["id"] == capture["id"]
    titles = {m["title"] for m in body["mentions"]}
    assert titles == {ARTICLES["a1"][1], ARTICLES["a4"][1]}
    first = body["mentions"][0]
    assert first["url"].startswith("https://example.org/") and first["published"] and first["reason"]
    assert any("Palmyra" in s for s in first["evidence"])
    assert body["corrections"] == [] and body["rejections"] == []


# ------------------------------------------------------------------------------------------------ errors


@pytest.mark.parametrize("params, status, words", [
    ({"date_from": "yesterday"}, 400, "YYYY-MM-DD"),
    ({"date_to": "2016-13-01"}, 400, "YYYY-MM-DD"),
    ({"date_from": "2017-01-01", "date_to": "2016-01-01"}, 400, "before date_from"),
    ({"bbox": "1,2,3"}, 400, "west,south,east,north"),
    ({"bbox": "a,b,c,d"}, 400, "west,south,east,north"),
    ({"bbox": "40,32,35,37"}, 400, "west <= east"),
    ({"bbox": "35,95,40,99"}, 400, "latitudes"),
    ({"format": "xml"}, 400, "json, csv, geojson"),
    ({"limit": "0"}, 400, "from 1 to"),
    ({"limit": "many"}, 400, "whole number"),
    ({"page": "-1"}, 400, "from 1 to"),
    ({"event_type": "Battle"}, 400, "unknown event type"),
    ({"sub_event_type": "Airstrike"}, 400, "unknown sub-event type"),
    ({"country": "Atlantis"}, 400, "unknown country"),
    ({"near": "Palmyra"}, 400, "PLACE:RADIUS"),
    ({"near": "Nowhereville:5km"}, 400, "not in the gazetteer"),
    ({"min_fatalities": "-3"}, 400, "from 0"),
    ({"evnt_type": "Battles"}, 400, "unknown parameter 'evnt_type'"),
])
def test_bad_parameters(client: TestClient, params: dict, status: int, words: str) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error", "detail"} and words in body["detail"], body


def test_not_found_and_method(client: TestClient) -> None:
    r = client.get("/api/events/ev-000000000000")
    assert r.status_code == 404 and r.json() == {
        "error": "not found", "detail": "no event 'ev-000000000000': find ids with GET /api/events"}
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and set(r.json()) == {"error", "detail"}
    r = client.delete("/api/events/ev-000000000000")
    assert r.status_code == 405 and set(r.json()) == {"error", "detail"}
    # An id that looks like SQL is just an id that does not exist (queries are parameterised).
    assert client.get("/api/events/x' OR '1'='1").status_code == 404


def test_a_crash_shows_no_trace(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from frontlog.dataset import queries

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("secret internals at /home/someone/file.py line 12")

    monkeypatch.setattr(queries, "page", boom)
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        r = c.get("/api/events")
    assert r.status_code == 500
    assert set(r.json()) == {"error", "detail"} and "secret" not in r.text and "Traceback" not in r.text


# ------------------------------------------------------------------------------------------------ edits


def test_read_only_by_default(client: TestClient, everything: list[dict]) -> None:
    r = client.post(f"/api/events/{everything[0]['id']}/corrections", json={"set": {"fatalities": 1}},
                    headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "--allow-edits" in r.json()["detail"]


def test_edits_need_the_token(db: Path, tmp_path: Path, everything: list[dict]) -> None:
    copy = tmp_path / "edit.db"
    shutil.copy(db, copy)
    target = by(everything, sub_event_type="Government regains territory")["id"]
    url = f"/api/events/{target}/corrections"
    body = {"set": {"fatalities": 4, "claimed_by": "Syrian Government Forces"}, "note": "checked", "by": "tester"}
    with TestClient(create_app(copy, allow_edits=True, token="s3cret-token")) as c:
        assert c.post(url, json=body).status_code == 401
        assert c.post(url, json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
        assert c.post(url, json=body, headers={"Authorization": "Basic s3cret-token"}).status_code == 403
        ok = {"Authorization": "Bearer s3cret-token"}
        r = c.post(url, json={"set": {"colour": "red"}}, headers=ok)
        assert r.status_code == 400 and "cannot set 'colour'" in r.json()["detail"]
        r = c.post(url, content=b"not json", headers=ok)
        assert r.status_code == 400 and r.json()["error"] == "bad body"
        r = c.post(url, json={"set": {"fatalities": "many"}}, headers=ok)
        assert r.status_code == 400 and "fatalities='many'" in r.json()["detail"]
        assert c.post("/api/events/ev-000000000000/corrections", json=body, headers=ok).status_code == 404
        r = c.post(url, json=body, headers=ok)
        assert r.status_code == 200, r.text
        assert {x["field"] for x in r.json()["corrections"]} == {"fatalities", "claimed_by"}
        got = c.get(f"/api/events/{target}").json()
        assert got["event"]["fatalities"] == 4 and got["event"]["claimed_by"] == "Syrian Government Forces"
        assert {x["field"] for x in got["corrections"]} == {"fatalities", "claimed_by"}
        assert got["corrections"][0]["who"] == "tester" and got["corrections"][0]["note"] == "checked"
        assert c.get("/api/events", params={"min_fatalities": 4, "country": "SY"}).json()["total"] >= 1


# ------------------------------------------------------------------------------------------------ aggregates


@pytest.mark.parametrize("bucket", ["day", "week", "month"])
@pytest.mark.parametrize("key", ["event_type", "actor", "country"])
def test_timeline(client: TestClient, everything: list[dict], bucket: str, key: str) -> None:
    body = client.get("/api/timeline", params={"bucket": bucket, "by": key}).json()
    assert body["bucket"] == bucket and body["by"] == key
    assert body["total"] == len(everything) == sum(sum(s["counts"]) for s in body["series"])
    assert all(len(s["counts"]) == len(body["buckets"]) for s in body["series"])
    assert body["buckets"] == sorted(body["buckets"])
    if key == "country":
        assert {s["key"] for s in body["series"]} == {e["country"] for e in everything}
    if bucket == "week":
        import datetime as dt

        assert all(dt.date.fromisoformat(b).weekday() == 0 for b in body["buckets"])
    if bucket == "month":
        assert all(b.endswith("-01") for b in body["buckets"])


def test_timeline_filters_and_errors(client: TestClient, everything: list[dict]) -> None:
    body = client.get("/api/timeline", params={"country": "SD", "bucket": "month"}).json()
    assert body["total"] == sum(e["country"] == "SD" for e in everything) and body["buckets"] == ["2023-10-01"]
    assert client.get("/api/timeline", params={"bucket": "year"}).status_code == 400
    assert client.get("/api/timeline", params={"by": "colour"}).status_code == 400


def test_actors_places_summary(client: TestClient, everything: list[dict]) -> None:
    actors = {a["name"]: a["count"] for a in client.get("/api/actors").json()["actors"]}
    assert actors["Islamic State"] == sum("Islamic State" in (e["actor1"], e["actor2"]) for e in everything)
    assert [a["name"] for a in client.get("/api/actors", params={"q": "Isl"}).json()["actors"]] == ["Islamic State"]
    places = client.get("/api/places").json()
    assert {"Palmyra", "Kharkiv", "Nyala"} <= {p["name"] for p in places["places"]}
    assert {c["code"]: c["count"] for c in places["countries"]}["UA"] == sum(e["country"] == "UA" for e in everything)
    assert [p["name"] for p in client.get("/api/places", params={"q": "Pal"}).json()["places"]] == ["Palmyra"]
    summary = client.get("/api/summary").json()
    assert summary["events"] == len(everything) and summary["first_day"] == "2016-03-25"
    assert summary["edits"] is False and "Battles" in summary["event_types"]


def test_control(client: TestClient) -> None:
    fc = client.get("/api/control", params={"date": "2016-04-01"}).json()
    palmyra = next(f for f in fc["features"] if f["properties"]["place"] == "Palmyra")
    assert palmyra["properties"]["holder"] == "Syrian Government Forces" and palmyra["properties"]["evidence"]
    assert "Palmyra" not in {f["properties"]["place"] for f in client.get(
        "/api/control", params={"date": "2016-03-01"}).json()["features"]}
    later = client.get("/api/control", params={"date": "2023-11-01"}).json()
    assert any(f["properties"]["holder"] == "Rapid Support Forces" for f in later["features"])
    assert client.get("/api/control", params={"date": "soon"}).status_code == 400
    assert client.get("/api/control").status_code == 400


def test_clusters_add_up(client: TestClient, everything: list[dict]) -> None:
    world = client.get("/api/clusters", params={"bbox": "-180,-90,180,90", "zoom": 2}).json()
    assert world["in_view"] == sum(c["count"] for c in world["cells"]) == len(everything) == world["total"]
    assert any(c["kind"] == "cluster" for c in world["cells"])  # Syria's events share a cell at zoom 2
    close = client.get("/api/clusters", params={"bbox": "-180,-90,180,90", "zoom": 12}).json()
    singles = [c for c in close["cells"] if c["kind"] == "event"]
    assert {c["id"] for c in singles} <= {e["id"] for e in everything} and len(singles) >= 6
    box = client.get("/api/clusters", params={"bbox": "35.5,32.3,42.4,37.4", "zoom": 6, "event_type": "Battles"})
    assert box.json()["in_view"] == len(ids(client, bbox="35.5,32.3,42.4,37.4", event_type="Battles"))
    assert client.get("/api/clusters", params={"zoom": 3}).status_code == 400


def test_page_and_vendored_files(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "/static/vendor/leaflet/leaflet.js" in page.text
    for path in ("/static/app.js", "/static/app.css", "/static/vendor/leaflet/leaflet.js",
                 "/static/vendor/topojson-client/topojson-client.min.js",
                 "/static/vendor/world-atlas/countries-50m.json"):
        assert client.get(path).status_code == 200, path
    assert client.get("/openapi.json").json()["paths"]["/api/events"]


def test_first_view_spans_the_war_not_one_piece_of_ancient_history(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder)
    (folder / "old.txt").write_text("Historians recall the battle\n\nIn the year 1030, Byzantine troops fought a "
                                    "battle at Azaz, north of Aleppo.\n", encoding="utf-8")
    (folder / "old.meta.json").write_text(json.dumps({"published": "2016-03-28"}), encoding="utf-8")
    db = tmp_path / "old.db"
    assert main(["ingest", str(folder), "--db", str(db), "-q"]) == 0
    with TestClient(create_app(db)) as c:
        summary = c.get("/api/summary").json()
    assert summary["earliest_day"].startswith("1030")
    assert summary["first_day"] >= "1990-01-01"  # the first view is not a millennium of empty weeks
