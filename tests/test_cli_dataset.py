"""The dataset commands end to end through frontlog.cli.commands: ingest, events, explain, correct, reject,
corrections, export and control, and their one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from frontlog.cli.commands import main
from test_storage import EXAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "f.db"
    assert main(["ingest", str(EXAMPLES), "--db", str(path), "-q"]) == 0
    return path


def _events(db: Path, capsys, *extra: str) -> list[dict]:
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--format", "jsonl", *extra]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_ingest_reports_and_is_idempotent(db: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["ingest", str(EXAMPLES), "--db", str(db), "-q"]) == 0
    err = capsys.readouterr().err
    assert "0 new" in err and "4 unchanged" in err


def test_events_table_filters_and_explain(db: Path, capsys) -> None:
    evs = _events(db, capsys)
    assert evs and all(e["id"].startswith("ev-") and e["sources"] for e in evs)
    sudan = _events(db, capsys, "--country", "Sudan")
    assert sudan and all(e["country"] == "SD" for e in sudan)
    near = _events(db, capsys, "--near", "Khartoum:60km")
    assert near and all(e["country"] == "SD" for e in near)
    assert main(["events", "--db", str(db)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("id") and len(table) == len(evs) + 1
    assert main(["events", "--db", str(db), "--explain", evs[0]["id"]]) == 0
    out = capsys.readouterr().out
    assert evs[0]["id"] in out and "why: first report (anchor)" in out and "> " in out


def test_correct_reject_and_list(db: Path, capsys) -> None:
    target = _events(db, capsys, "--country", "SY")[0]
    assert main(["correct", target["id"], "--db", str(db), "--set", "location=Khanasir", "--set", "fatalities=12",
                 "--note", "checked", "--by", "tester"]) == 0
    fixed = next(e for e in _events(db, capsys) if e["id"] == target["id"])
    assert fixed["location"] == "Khanasir" and fixed["fatalities"] == 12 and abs(fixed["latitude"] - 35.78) < 0.01
    assert set(fixed["corrected"]) >= {"location", "fatalities", "latitude"}
    assert main(["reject", target["id"], "--db", str(db), "--note", "duplicate", "--by", "tester"]) == 0
    assert target["id"] not in {e["id"] for e in _events(db, capsys)}
    assert target["id"] in {e["id"] for e in _events(db, capsys, "--include-rejected")}
    capsys.readouterr()
    assert main(["corrections", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    assert "fatalities = 12" in listing and "tester" in listing and "reject" in listing
    assert main(["reject", target["id"], "--db", str(db), "--undo", "--by", "tester"]) == 0
    assert target["id"] in {e["id"] for e in _events(db, capsys)}


def test_exports_and_control(db: Path, tmp_path: Path, capsys) -> None:
    for fmt, name in (("acled-csv", "e.csv"), ("parquet", "e.parquet"), ("geojson", "e.geojson"),
                      ("jsonl", "e.jsonl")):
        assert main(["export", "--db", str(db), "--format", fmt, "-o", str(tmp_path / name)]) == 0
    n = len(_events(db, capsys))
    assert len(pd.read_csv(tmp_path / "e.csv")) == n == len(pd.read_parquet(tmp_path / "e.parquet"))
    assert len(json.loads((tmp_path / "e.geojson").read_text())["features"]) == n
    capsys.readouterr()
    assert main(["control", "--db", str(db), "--at", "2024-02-13"]) == 0
    fc = json.loads(capsys.readouterr().out)
    assert fc["type"] == "FeatureCollection"
    for f in fc["features"]:
        assert {"place", "holder", "since", "besieged", "conflict", "evidence"} <= set(f["properties"])


@pytest.mark.parametrize("argv, message", [
    (["events", "--db", "{tmp}/missing.db"], "no such store"),
    (["events", "--db", "{db}", "--explain", "ev-000000000000"], "no event ev-000000000000"),
    (["events", "--db", "{db}", "--near", "Aleppo"], "PLACE:RADIUS"),
    (["events", "--db", "{db}", "--near", "Nowhereville:5km"], "not in the gazetteer"),
    (["events", "--db", "{db}", "--since", "yesterday"], "YYYY-MM-DD"),
    (["events", "--db", "{db}", "--type", "Battle"], "unknown event type"),
    (["correct", "ev-000000000000", "--db", "{db}", "--set", "fatalities=3", "--by", "t"], "no event"),
    (["correct", "{first}", "--db", "{db}", "--set", "fatalities=many", "--by", "t"], "fatalities=many"),
    (["correct", "{first}", "--db", "{db}", "--set", "colour=red", "--by", "t"], "cannot set 'colour'"),
    (["correct", "{first}", "--db", "{db}", "--by", "t"], "nothing to correct"),
    (["ingest", "--db", "{db}"], "give the articles"),
])
def test_errors_are_one_line(db: Path, tmp_path: Path, capsys, argv: list[str], message: str) -> None:
    first = _events(db, capsys)[0]["id"]
    capsys.readouterr()
    argv = [a.format(tmp=tmp_path, db=db, first=first) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("frontlog: error:") and message in err and "\n" not in err


def test_the_dispatcher_shows_a_store_error_as_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    # No command catches StoreError: main maps the domain's errors (cli.commands.USER_ERRORS) to a CLI error.
    from frontlog.cli.commands import main

    assert main(["corrections", "--db", str(tmp_path / "none.db")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("frontlog: error: ") and "no such store" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
