"""A small store written by this frontlog, dumped as SQL (tests/data/store_vN.sql, N its schema), so the next
schema's migration is tested on a file the previous one really made:

    PYTHONPATH=src .venv/bin/python tests/store_fixture.py      # writes tests/data/store_v{SCHEMA_VERSION}.sql

Three invented articles (Mali, early 2013), with a correction, a rejection and a split made by analysts. The dump
keeps the virtual tables' own tables byte for byte (the text index and the R*Tree as that schema wrote them)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
from pathlib import Path

from frontlog.dataset.storage import SCHEMA_VERSION, SQLiteStore
from frontlog.model.records import SUB_TO_TYPE, Article, Event

DATA = Path(__file__).resolve().parent / "data"
KONNA = (14.95, -3.89)
DIABALY = (14.69, -6.02)


def report(doc: str, sub: str, where: tuple[float, float], place: str, day: str, text: str,
           fatalities: int | None = None, actor2: str | None = None) -> Event:
    return Event(doc_id=doc, event_type=SUB_TO_TYPE[sub], sub_event_type=sub, actor1="Military Forces of France",
                 actor2=actor2, location=place, country="ML", latitude=where[0], longitude=where[1], geo_precision=1,
                 date_start=day, date_end=day, date_precision="day", fatalities=fatalities, evidence=[text],
                 url=f"https://example.org/{doc}", inter1=8, inter2=2 if actor2 else 0)


ARTICLES = {
    "mali-a": [report("mali-a", "Air/drone strike", KONNA, "Konna", "2013-01-12",
                      "French jets hit rebel trucks outside Konna on Saturday.", 4, "Ansar Dine"),
               report("mali-a", "Non-state actor overtakes territory", DIABALY, "Diabaly", "2013-01-14",
                      "Rebels rolled into Diabaly on Monday, residents said.", None, None)],
    "mali-b": [report("mali-b", "Air/drone strike", KONNA, "Konna", "2013-01-12",
                      "Warplanes pounded a rebel column near Konna.", 6, "Ansar Dine")],
    "mali-c": [report("mali-c", "Armed clash", DIABALY, "Diabaly", "2013-01-15",
                      "Soldiers and rebels exchanged fire at Diabaly.", 2, "Ansar Dine")],
}


def build(db: Path) -> dict[str, str]:
    """Fill a new store at `db`; returns the ids of the events the analysts worked on (strike, capture, clash)."""
    with SQLiteStore(db) as store:
        for doc, events in ARTICLES.items():
            store.put_article(Article(doc, f"Invented report {doc} for the migration test.", dt.date(2013, 1, 16),
                                      f"Report {doc}", f"https://example.org/{doc}", "Test Wire"), f"sha256:{doc}",
                              events)
        store.refresh()
        by_sub = {e["sub_event_type"]: e["id"] for e in store.events()}
        strike, capture, clash = (by_sub[s] for s in ("Air/drone strike", "Non-state actor overtakes territory",
                                                      "Armed clash"))
        store.correct(capture, {"actor1": "Ansar Dine", "fatalities": "3"}, "checked the wire", "ana")
        store.reject(clash, "a rumour", "ana")
        store.split(strike, store.explain(strike).mentions[1]["mention_id"], "two strikes", "ana")
        return {"strike": strike, "capture": capture, "clash": clash}


def dump(db: Path) -> str:
    """The store as SQL: ordinary tables, then the virtual tables with their own tables' rows as they are, then the
    indexes and views."""
    con = sqlite3.connect(db)
    try:
        objects = con.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                              "ORDER BY type IN ('index', 'view'), rowid").fetchall()
        virtual = [name for _t, name, sql in objects if sql.startswith("CREATE VIRTUAL TABLE")]
        lines = [f"-- A store made by frontlog at schema {con.execute('PRAGMA user_version').fetchone()[0]} "
                 "(tests/store_fixture.py): three invented reports with a correction, a rejection and a split.",
                 "BEGIN TRANSACTION;"]
        tables = []
        for typ, name, sql in objects:
            shadow = any(name.startswith(v + "_") for v in virtual)
            if typ == "table" and not shadow and not name.startswith("sqlite_"):
                lines.append(sql + ";")
            if typ == "table" and name not in virtual:
                tables.append(name)
        for name in tables:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{name}")')]
            if any(name.startswith(v + "_") for v in virtual) or name == "sqlite_sequence":
                lines.append(f'DELETE FROM "{name}";')  # what CREATE VIRTUAL TABLE wrote, replaced by the rows
            quoted = ", ".join(f'quote("{c}")' for c in cols)
            for row in con.execute(f'SELECT {quoted} FROM "{name}"'):
                lines.append(f'INSERT INTO "{name}" ({", ".join(cols)}) VALUES ({", ".join(row)});')
        lines += [sql + ";" for typ, _name, sql in objects if typ in ("index", "view")]
        lines.append(f"PRAGMA user_version = {con.execute('PRAGMA user_version').fetchone()[0]};")
        lines.append("COMMIT;")
        return "\n".join(lines) + "\n"
    finally:
        con.close()


def load(sql_file: Path, db: Path) -> None:
    """Make the store file `db` from a dump."""
    con = sqlite3.connect(db)
    try:
        con.executescript(sql_file.read_text(encoding="utf-8"))
    finally:
        con.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        build(db)
        out = DATA / f"store_v{SCHEMA_VERSION}.sql"
        out.write_text(dump(db), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
