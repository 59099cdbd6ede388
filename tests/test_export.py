"""Exports read back with the tools analysts use (pandas, pyarrow, json) and checked for types and values."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from frontlog.dataset.export import ACLED_COLUMNS, export, interaction
from frontlog.dataset.storage import Filters, open_store
from frontlog.jobs.ingest import ingest
from frontlog.jobs.resolvers import store_resolvers
from test_storage import KHANASIR, FakeExtractor, rec, write_article


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("export")
    docs = tmp / "docs"
    table = {
        "art-a": [rec("art-a", "Government regains territory", *KHANASIR, "2015-11-04", fat=12,
                      admin1="Aleppo Governorate"),
                  rec("art-a", "Air/drone strike", 36.2012, 37.1612, "2015-11-01", "2015-11-07", loc="Aleppo",
                      a1="Russian Armed Forces", a2="Civilians", fat=None, text="Russian jets struck Aleppo.")],
        "art-b": [rec("art-b", "Government regains territory", KHANASIR[0] + 0.03, KHANASIR[1] + 0.05,
                      "2015-11-02", "2015-11-08", loc="Khanasir countryside", prec=2, a1=None, fat=15)],
    }
    for doc in table:
        write_article(docs, doc, f"Report {doc}.")
    db = tmp / "s.db"
    with open_store(db, **store_resolvers()) as store:  # as the CLI opens it
        ingest(store, [str(docs)], extractor=FakeExtractor(table))
    return db


def _export(db: Path, fmt: str, out: Path, filters: Filters | None = None) -> int:
    with open_store(db, create=False) as store:
        return export(store, fmt, out, filters)


def test_acled_csv_has_acleds_columns_and_codes(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    assert _export(store_path, "acled-csv", out) == 2
    df = pd.read_csv(out, keep_default_na=False)
    assert tuple(df.columns) == ACLED_COLUMNS
    cap = df[df.sub_event_type == "Government regains territory"].iloc[0]
    assert cap.event_date == "2015-11-04" and cap.year == 2015 and cap.time_precision == 1
    assert cap.disorder_type == "Political violence" and cap.event_type == "Battles"
    assert cap.inter1 == 1 and cap.inter2 == 0 and cap.interaction == 10
    assert cap.iso == 760 and cap.region == "Middle East" and cap.country == "Syria"
    assert cap.admin1 == "Aleppo Governorate" and cap.location == "Khanasir"
    assert cap.fatalities == 12
    assert "fatalities_reported=12|15" in cap.tags or "fatalities_reported=15|12" in cap.tags
    assert cap.event_id_cnty.startswith("SYR")
    assert "Source A" in cap.source and "Source B" in cap.source
    strike = df[df.sub_event_type == "Air/drone strike"].iloc[0]
    assert strike.time_precision == 2  # a week's window
    assert strike.inter1 == 8 and strike.inter2 == 7 and strike.interaction == 78  # Russia abroad vs civilians
    assert strike.civilian_targeting == "Civilian targeting"
    assert strike.fatalities == 0  # ACLED: 0 when no figure is reported
    assert "date_end=2015-11-07" in strike.tags and "Russian jets struck Aleppo." in strike.notes
    assert df.latitude.dtype == float and df.timestamp.dtype.kind == "i"


def test_inter_codes_and_interaction() -> None:
    from frontlog.knowledge.actors import Actor, inter_code

    actors = [Actor("A", "state", "SY"), Actor("B", "rebel", None), Actor("C", "state", "RU"),
              Actor("D", "protester", "SD"), Actor("E", "state", None), None]
    assert [inter_code(a, "SY") for a in actors] == [1, 2, 8, 6, 8, 0]
    assert interaction(2, 1) == 12 and interaction(1, 0) == 10 and interaction(0, 0) == 0
    assert interaction(None, 2) == ""  # a report stored before frontlog recorded codes


def test_parquet_is_typed_and_loads_in_pandas_and_pyarrow(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    _export(store_path, "parquet", out)
    t = pq.read_table(out)
    assert t.num_rows == 2
    assert t.schema.field("date_start").type == pa.date32()
    assert t.schema.field("fatalities").type == pa.int64()
    assert t.schema.field("evidence").type == pa.list_(pa.string())
    assert t.schema.field("latitude").type == pa.float64()
    rows = {r["sub_event_type"]: r for r in t.to_pylist()}
    strike = rows["Air/drone strike"]
    assert strike["fatalities"] is None  # frontlog keeps "unknown" as null outside ACLED's CSV
    assert strike["date_start"] == dt.date(2015, 11, 1) and strike["date_end"] == dt.date(2015, 11, 7)
    cap = rows["Government regains territory"]
    assert cap["doc_ids"] == ["art-b", "art-a"] or cap["doc_ids"] == ["art-a", "art-b"]
    assert sorted(cap["fatalities_reported"]) == [12, 15]
    df = pd.read_parquet(out, dtype_backend="pyarrow")
    assert len(df) == 2 and str(df.fatalities.dtype).startswith("int64")


def test_geojson_is_rfc7946(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.geojson"
    _export(store_path, "geojson", out)
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    for f in fc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert (lon, lat) == (f["properties"]["longitude"], f["properties"]["latitude"])
        assert 30 < lon < 40 and 30 < lat < 40  # [longitude, latitude] order: Syria, not the Indian Ocean
        assert isinstance(f["properties"]["sources"], list) and f["properties"]["id"] == f["id"]
    try:
        import pyogrio
    except ImportError:
        return
    df = pyogrio.read_dataframe(out)  # pragma: no cover - only when pyogrio is installed
    assert len(df) == 2


def test_jsonl_has_spec_records_with_id_and_sources(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.jsonl"
    _export(store_path, "jsonl", out, Filters(event_type="Battles"))
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 1
    r = recs[0]
    for f in ("id", "doc_id", "event_type", "sub_event_type", "actor1", "location", "latitude", "date_start",
              "date_end", "date_precision", "fatalities", "evidence", "sources"):
        assert f in r
    assert {s["doc_id"] for s in r["sources"]} == {"art-a", "art-b"}
    assert set(r["sources"][0]) == {"doc_id", "url", "title", "published"}
    assert r["fatalities"] == 12 and len(r["evidence"]) == 2


def test_filters_select_by_type_date_place_and_actor(store_path: Path) -> None:
    with open_store(store_path, create=False) as store:
        def ids(**kw) -> int:
            return len(list(store.events(Filters(**kw))))

        assert ids() == 2
        assert ids(event_type="Explosions/Remote violence") == 1
        assert ids(since="2015-11-05") == 1  # the capture's window is the 4th; the strike's runs to the 7th
        assert ids(until="2015-10-31") == 0
        assert ids(near=(36.2012, 37.1612, 10)) == 1
        assert ids(near=(36.2012, 37.1612, 60)) == 2
        assert ids(actor="Civilians") == 1
        assert ids(country="UA") == 0


def test_export_to_a_folder_is_refused(store_path: Path, tmp_path: Path) -> None:
    from frontlog.dataset.export import ExportError

    with pytest.raises(ExportError, match="is a folder"):
        _export(store_path, "jsonl", tmp_path)


# ------------------------------------------------------------------------------------------------ formula injection

HOSTILE = {  # text an article or its metadata could carry, as a spreadsheet would run it
    "location": "=HYPERLINK(\"http://evil.example\",\"Aleppo\")",
    "actor1": "+SUM(1,2)",
    "actor2": "@cmd",
    "evidence": "-2+3 killed, said a source.",
    "source": "\tTab Wire",
}


def test_acled_csv_neutralises_formulas_but_keeps_negative_numbers(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from frontlog.serve.api import create_app

    docs = tmp_path / "docs"
    write_article(docs, "art-x", "A report.")
    meta = json.loads((docs / "art-x.meta.json").read_text())
    (docs / "art-x.meta.json").write_text(json.dumps({**meta, "source": HOSTILE["source"]}))
    # Negative coordinates (south of the equator, west of Greenwich) are numbers, not formulas.
    table = {"art-x": [rec("art-x", "Armed clash", -12.5, -45.25, "2015-11-04", loc=HOSTILE["location"],
                           a1=HOSTILE["actor1"], a2=HOSTILE["actor2"], text=HOSTILE["evidence"], fat=3)]}
    db = tmp_path / "x.db"
    with open_store(db) as store:
        ingest(store, [str(docs)], extractor=FakeExtractor(table))
    out = tmp_path / "x.csv"
    assert _export(db, "acled-csv", out) == 1
    with TestClient(create_app(db)) as client:
        served = client.get("/api/events", params={"format": "csv"})
    assert served.status_code == 200
    for df in (pd.read_csv(out, keep_default_na=False), pd.read_csv(io.StringIO(served.text), keep_default_na=False)):
        row = df.iloc[0]
        assert row.location == "'" + HOSTILE["location"]
        assert row.actor1 == "'" + HOSTILE["actor1"] and row.actor2 == "'" + HOSTILE["actor2"]
        assert row.notes == "'" + HOSTILE["evidence"] and row.source == "'" + HOSTILE["source"]
        text_cells = [str(v) for k, v in row.items() if df[k].dtype == object]
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in text_cells), text_cells
        assert row.latitude == -12.5 and row.longitude == -45.25 and df.latitude.dtype.kind == "f"
        assert row.fatalities == 3 and row.year == 2015
