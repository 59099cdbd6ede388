"""Exports that load untouched: ACLED's CSV layout, GeoJSON, Parquet and JSON Lines.

Every writer streams the store's events in chunks (a million events never sit in memory at once) into a temporary
file beside the target, renamed into place only when complete.

ACLED CSV decisions (ACLED's codebook, applied to frontlog's records):
- `event_date` is the window's first day and `time_precision` says how sure that day is: 1 the day is known,
  2 within a week (a few days), 3 a month or vaguer. ACLED codes an uncertain date to the earliest day the
  source allows with a lower precision; frontlog's exact window stays in `tags` (date_start, date_end).
- `inter1`/`inter2` as the extractor recorded them from the actor table's kind (knowledge/data/actor_kinds.tsv):
  state 1, rebel 2, militia 3, identity 4, rioter 5, protester 6, civilian 7, external 8. A state's forces acting
  outside their own country (Russia in Syria, a coalition with no country) are External/Other forces (8), as ACLED
  codes foreign forces. No actor2: inter2 0. Empty (and `interaction` too) for an event whose reports were stored
  before frontlog recorded codes: `frontlog ingest --reextract --stale` codes them.
- `interaction`: the two codes, smaller digit first (12, 17, 28); a lone actor gives its code times ten (10).
- `disorder_type`: Battles, Explosions/Remote violence, Violence against civilians and Mob violence are
  "Political violence"; protests and violent demonstrations "Demonstrations"; Excessive force against protesters
  "Political violence; Demonstrations"; Strategic developments "Strategic developments".
- `iso` is the numeric ISO 3166 code and `region` ACLED's region, from data/countries.tsv; `admin1` the
  GeoNames admin-1 name of the place the extractor resolved; admin2/admin3 and source_scale stay empty (frontlog
  does not know them).
- `fatalities` is 0 when no figure was reported (ACLED's convention); the other formats keep null.
- `notes` holds the evidence sentences; `tags` holds frontlog's extra fields as `key=value` pairs separated by
  "; " (frontlog_id, date_start, date_end, date_precision, confidence, fatalities_reported, count, claimed_by,
  doc_ids, urls).
- `timestamp`: Unix time of the event's last change (latest source ingested or correction made).
- Formula injection (OWASP's CSV injection guard): a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
  carriage return (article text, titles, actor and place names all come from outside) is prefixed with `'`, so a
  spreadsheet shows it as text instead of running it. Numeric columns (coordinates, codes, fatalities) are numbers
  and stay as written, negative ones included.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from frontlog.dataset import FORMATS
from frontlog.dataset.storage import EventStore, Filters
from frontlog.knowledge.countries import CountryTable, get_countries
from frontlog.knowledge.paths import OutputError, atomic_output

CHUNK = 100_000

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
CIVILIAN_CODE = 7  # ACLED's inter code of civilians (knowledge/data/actor_kinds.tsv): "Civilian targeting"
# Columns that hold numbers frontlog computed: never text from an article, and a leading "-" is a sign.
NUMERIC_COLUMNS = frozenset(("year", "time_precision", "inter1", "inter2", "interaction", "iso", "latitude",
                             "longitude", "geo_precision", "fatalities", "timestamp"))
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
DISORDER_BY_SUB = {"Mob violence": "Political violence",
                   "Excessive force against protesters": "Political violence; Demonstrations"}
# The spec's record fields, in the spec's order (JSON Lines export).
SPEC_FIELDS = (
    "doc_id", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors", "location", "country",
    "latitude", "longitude", "geo_precision", "date_start", "date_end", "date_precision", "fatalities", "count",
    "claimed_by", "evidence",
)


class ExportError(Exception):
    """An export that cannot be written (unknown format, unwritable target); one line for the user."""


def countries() -> CountryTable:
    """ISO codes, names and ACLED regions by alpha-2 (the knowledge layer's one country table)."""
    return get_countries()


def country_code(text: str) -> str | None:
    """An alpha-2 code for what a user typed: a code (sy, SYR) or a name (Syria)."""
    return get_countries().code(text)


# ------------------------------------------------------------------------------------------------ ACLED


def interaction(inter1: int | None, inter2: int | None) -> int | str:
    """ACLED's interaction code: both inter codes, smaller first (12); one actor alone: its code times ten; empty
    when a code is unknown (reports stored before frontlog recorded codes)."""
    if inter1 is None or inter2 is None:
        return ""
    if inter1 == 0 and inter2 == 0:
        return 0
    if inter2 == 0 or inter1 == 0:
        return max(inter1, inter2) * 10
    a, b = sorted((inter1, inter2))
    return a * 10 + b


def spreadsheet_safe(value: object) -> object:
    """A text cell a spreadsheet will not run as a formula (OWASP: prefix a quote); other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def acled_row(ev: dict) -> dict:
    """One event as an ACLED CSV row (see the module doc for each column), its text cells spreadsheet-safe."""
    row = _acled_cells(ev)
    return {k: v if k in NUMERIC_COLUMNS else spreadsheet_safe(v) for k, v in row.items()}


def _acled_cells(ev: dict) -> dict:
    cc = ev.get("country")
    country = countries().get(cc or "")
    i1, i2 = ev["inter1"], ev["inter2"]
    start = ev["date_start"]
    tags = [f"frontlog_id={ev['id']}", f"date_start={start or ''}", f"date_end={ev['date_end'] or ''}",
            f"date_precision={ev['date_precision'] or ''}", f"confidence={ev['confidence']}"]
    if ev["fatalities_reported"]:
        tags.append("fatalities_reported=" + "|".join(str(x) for x in ev["fatalities_reported"]))
    if ev["count"] is not None:
        tags.append(f"count={ev['count']}")
    if ev["claimed_by"]:
        tags.append(f"claimed_by={ev['claimed_by']}")
    if ev["corrected"]:
        tags.append("corrected=" + "|".join(ev["corrected"]))
    tags.append("doc_ids=" + " ".join(s["doc_id"] for s in ev["sources"]))
    urls = [s["url"] for s in ev["sources"] if s.get("url")]
    if urls:
        tags.append("urls=" + " ".join(urls))
    names = list(dict.fromkeys(s.get("source") or s["doc_id"] for s in ev["sources"]))
    return {
        "event_id_cnty": f"{country.alpha3 if country else 'XXX'}{ev['id'][3:]}",
        "event_date": start or "",
        "year": int(start[:4]) if start else "",
        "time_precision": TIME_PRECISION.get(ev["date_precision"] or "", 3),
        "disorder_type": DISORDER_BY_SUB.get(ev["sub_event_type"], DISORDER[ev["event_type"]]),
        "event_type": ev["event_type"],
        "sub_event_type": ev["sub_event_type"],
        "actor1": ev["actor1"] or "",
        "assoc_actor_1": "; ".join(ev["assoc_actors"]),
        "inter1": "" if i1 is None else i1,
        "actor2": ev["actor2"] or "",
        "assoc_actor_2": "",
        "inter2": "" if i2 is None else i2,
        "interaction": interaction(i1, i2),
        "civilian_targeting": "Civilian targeting" if i2 == CIVILIAN_CODE else "",
        "iso": country.numeric if country else "",
        "region": country.region if country else "",
        "country": country.name if country else (cc or ""),
        "admin1": ev["admin1"] or "",
        "admin2": "",
        "admin3": "",
        "location": ev["location"] or "",
        "latitude": f"{ev['latitude']:.4f}" if ev["latitude"] is not None else "",
        "longitude": f"{ev['longitude']:.4f}" if ev["longitude"] is not None else "",
        "geo_precision": ev["geo_precision"] or "",
        "source": "; ".join(names),
        "source_scale": "",
        "notes": " ".join(ev["evidence"]),
        "fatalities": ev["fatalities"] if ev["fatalities"] is not None else 0,
        "tags": "; ".join(tags),
        "timestamp": ev["updated_at"],
    }


def write_acled_csv(chunks: Iterator[list[dict]], fh: IO[str]) -> int:
    w = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for chunk in chunks:
        w.writerows(acled_row(ev) for ev in chunk)
        n += len(chunk)
    return n


# ------------------------------------------------------------------------------------------------ JSON


def jsonl_record(ev: dict) -> dict:
    """One merged event as the spec's record, with its id, every source and frontlog's extra fields."""
    rec: dict = {"id": ev["id"]}
    for f in SPEC_FIELDS:
        rec[f] = ev["sources"][0]["doc_id"] if f == "doc_id" and ev["sources"] else ev.get(f)
    rec.update(
        fatalities_reported=ev["fatalities_reported"], confidence=ev["confidence"], url=ev["url"],
        admin1=ev["admin1"], inter1=ev["inter1"], inter2=ev["inter2"],
        location_resolved=bool(ev.get("location_resolved", 1)),
        sources=[{k: s.get(k) for k in ("doc_id", "url", "title", "published")} for s in ev["sources"]],
        corrected=ev["corrected"])
    return rec


def write_jsonl(chunks: Iterator[list[dict]], fh: IO[str]) -> int:
    n = 0
    for chunk in chunks:
        fh.write("".join(json.dumps(jsonl_record(ev), ensure_ascii=False) + "\n" for ev in chunk))
        n += len(chunk)
    return n


def write_geojson(chunks: Iterator[list[dict]], fh: IO[str]) -> int:
    """RFC 7946 FeatureCollection of Points ([longitude, latitude], WGS 84); properties are the JSONL record's."""
    fh.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for chunk in chunks:
        for ev in chunk:
            rec = jsonl_record(ev)
            geometry = None
            if ev["latitude"] is not None and ev["longitude"] is not None:
                geometry = {"type": "Point", "coordinates": [ev["longitude"], ev["latitude"]]}
            props = {k: v for k, v in rec.items() if k not in ("latitude", "longitude")}
            props["latitude"], props["longitude"] = ev["latitude"], ev["longitude"]
            feature = {"type": "Feature", "id": ev["id"], "geometry": geometry, "properties": props}
            fh.write(("" if n == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
            n += 1
    fh.write("\n]}\n")
    return n


# ------------------------------------------------------------------------------------------------ Parquet


def parquet_schema():
    import pyarrow as pa

    s, i, f, d = pa.string(), pa.int64(), pa.float64(), pa.date32()
    return pa.schema([
        ("id", s), ("event_type", s), ("sub_event_type", s), ("actor1", s), ("actor2", s),
        ("assoc_actors", pa.list_(s)), ("location", s), ("country", s), ("admin1", s), ("inter1", i),
        ("inter2", i), ("latitude", f),
        ("longitude", f), ("geo_precision", i), ("date_start", d), ("date_end", d), ("date_precision", s),
        ("fatalities", i), ("fatalities_reported", pa.list_(i)), ("count", i), ("claimed_by", s),
        ("evidence", pa.list_(s)), ("confidence", f), ("url", s), ("doc_ids", pa.list_(s)),
        ("source_urls", pa.list_(s)), ("n_mentions", i), ("corrected", pa.list_(s)),
        ("updated_at", pa.timestamp("s", tz="UTC")), ("location_resolved", pa.bool_()),
    ])


def _json_columns(cols: dict[str, list]):
    """The JSON text columns of a chunk parsed by Arrow's C++ JSON reader in one pass (row-by-row json.loads
    would take most of a 1 M-event export)."""
    import io

    import pyarrow as pa
    import pyarrow.json as pj

    s = pa.string()
    source = pa.struct([("doc_id", s), ("url", s), ("title", s), ("published", s), ("source", s)])
    schema = pa.schema([("a", pa.list_(s)), ("f", pa.list_(pa.int64())), ("e", pa.list_(s)),
                        ("c", pa.list_(s)), ("s", pa.list_(source))])
    lines = "\n".join(f'{{"a":{a},"f":{f},"e":{e},"c":{c},"s":{src}}}' for a, f, e, c, src in zip(
        cols["assoc_actors"], cols["fatalities_reported"], cols["evidence"], cols["corrected"], cols["sources"],
        strict=True))
    table = pj.read_json(io.BytesIO(lines.encode("utf-8")), parse_options=pj.ParseOptions(explicit_schema=schema),
                         read_options=pj.ReadOptions(block_size=1 << 26))
    return table.combine_chunks()


def parquet_table(cols: dict[str, list]):
    """One column chunk of events (SQLiteStore.event_columns) as an Arrow table with parquet_schema()'s types."""
    import pyarrow as pa
    import pyarrow.compute as pc

    schema = parquet_schema()
    parsed = _json_columns(cols)
    srcs = parsed.column("s").chunk(0) if parsed.num_rows else pa.array([], type=parsed.schema.field("s").type)
    flat = pc.list_flatten(srcs)
    offsets = srcs.offsets

    def per_source(key: str):
        return pa.ListArray.from_arrays(offsets, pc.struct_field(flat, key))

    arrays = []
    for fld in schema:
        name = fld.name
        if name == "doc_ids":
            arrays.append(per_source("doc_id"))
        elif name == "source_urls":
            arrays.append(per_source("url"))
        elif name in ("date_start", "date_end"):
            arrays.append(pa.array(cols[name], type=pa.string()).cast(fld.type))  # ISO text -> date32
        elif name == "updated_at":
            arrays.append(pa.array(cols[name], type=pa.int64()).cast(fld.type))
        elif name == "location_resolved":
            arrays.append(pa.array([bool(v) for v in cols[name]], type=fld.type))  # SQLite's 0/1
        elif name in ("assoc_actors", "fatalities_reported", "evidence", "corrected"):
            key = {"assoc_actors": "a", "fatalities_reported": "f", "evidence": "e", "corrected": "c"}[name]
            arrays.append(parsed.column(key).combine_chunks() if parsed.num_rows else pa.array([], type=fld.type))
        else:
            arrays.append(pa.array(cols[name], type=fld.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def write_parquet(store: EventStore, filters: Filters | None, path: Path, chunk_size: int) -> int:
    import pyarrow.parquet as pq

    n = 0
    with pq.ParquetWriter(path, parquet_schema(), compression="zstd") as writer:
        for cols in store.event_columns(filters, size=chunk_size):
            writer.write_table(parquet_table(cols))
            n += len(cols["id"])
    return n


# ------------------------------------------------------------------------------------------------ entry


def export(store: EventStore, fmt: str, out: str | Path, filters: Filters | None = None,
           chunk_size: int = CHUNK) -> int:
    """Write the events matching `filters` to `out` in `fmt`; returns how many were written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if Path(out).is_dir():
        raise ExportError(f"{out} is a folder: give a file name, e.g. {Path(out) / ('events.' + _suffix(fmt))}")
    try:
        with atomic_output(out) as tmp:
            if fmt == "parquet":
                n = write_parquet(store, filters, tmp, chunk_size)
            else:
                chunks = store.event_chunks(filters, size=chunk_size)
                with tmp.open("w", encoding="utf-8", newline="") as fh:
                    if fmt == "acled-csv":
                        n = write_acled_csv(chunks, fh)
                    else:
                        n = {"geojson": write_geojson, "jsonl": write_jsonl}[fmt](chunks, fh)
    except OutputError as exc:
        raise ExportError(str(exc)) from None
    return n


def _suffix(fmt: str) -> str:
    return {"acled-csv": "csv", "geojson": "geojson", "parquet": "parquet", "jsonl": "jsonl"}[fmt]


# ------------------------------------------------------------------------------------------------ text


def _cut(s: object, width: int) -> str:
    text = "" if s is None else str(s)
    return text if len(text) <= width else text[: width - 1] + "…"


def events_table(events: Iterator[dict] | list[dict]) -> Iterator[str]:
    """Lines of a plain-text table of events (for `frontlog events`)."""
    cols = (("id", 15), ("window", 23), ("sub_event_type", 34), ("actors", 44), ("location", 26), ("fat", 4),
            ("src", 3))
    yield "  ".join(name.ljust(w) for name, w in cols).rstrip()
    for ev in events:
        window = ev["date_start"] or ""
        if ev["date_end"] and ev["date_end"] != ev["date_start"]:
            window += ".." + ev["date_end"]
        actors = f"{ev['actor1'] or '?'} > {ev['actor2']}" if ev["actor2"] else (ev["actor1"] or "?")
        place = f"{ev['location'] or '?'} ({ev['country'] or '?'})"
        flag = ("R " if ev["rejected"] else "") + ("* " if ev["corrected"] else "")
        cells = (ev["id"], window, flag + ev["sub_event_type"], actors, place,
                 "" if ev["fatalities"] is None else ev["fatalities"], len(ev["sources"]))
        yield "  ".join(_cut(v, w).ljust(w) for v, (_n, w) in zip(cells, cols, strict=True)).rstrip()


def explanation_text(exp) -> Iterator[str]:
    """Why an event is what it is: its fields, each mention with the reason it joined, corrections, rejections."""
    ev = exp.event
    yield f"{ev['id']}: {ev['event_type']} / {ev['sub_event_type']}" + ("  [REJECTED]" if ev["rejected"] else "")
    yield (f"  {ev['actor1'] or '?'}" + (f" against {ev['actor2']}" if ev["actor2"] else "") +
           (f" (with {', '.join(ev['assoc_actors'])})" if ev["assoc_actors"] else ""))
    yield (f"  at {ev['location']} ({ev['country']}, {ev['admin1'] or 'admin1 unknown'}) "
           f"{ev['latitude']}, {ev['longitude']} precision {ev['geo_precision']}")
    yield f"  window {ev['date_start']}..{ev['date_end']} ({ev['date_precision']})"
    fat = "unknown" if ev["fatalities"] is None else str(ev["fatalities"])
    if len(ev["fatalities_reported"]) > 1:
        fat += f" (lowest of reported {', '.join(map(str, ev['fatalities_reported']))})"
    yield f"  fatalities {fat}; {len(ev['sources'])} source(s), {ev['n_mentions']} mention(s)"
    if ev["corrected"]:
        yield f"  corrected by an analyst: {', '.join(ev['corrected'])}"
    for i, m in enumerate(exp.mentions, 1):
        yield ""
        yield f"  [{i}] {m['mention_id']} from {m['doc_id']} ({m['published'] or 'undated'}) {m['title'] or ''}"
        yield (f"      reads: {m['sub_event_type']} at {m['location']} {m['date_start']}..{m['date_end']}, "
               f"{m['actor1'] or '?'} / {m['actor2'] or 'none'}, fatalities {m['fatalities']}")
        yield f"      why: {m['reason']}"
        for s in m["evidence"]:
            yield f"      > {s}"
    for c in exp.corrections:
        what = f"split off {c.value}" if c.field == "split" else f"set {c.field} = {json.dumps(c.value)}"
        yield f"  correction #{c.id}: {what} by {c.who} at {c.at}" + (f": {c.note}" if c.note else "")
    for r in exp.rejections:
        yield f"  {r.action} #{r.id} by {r.who} at {r.at}" + (f": {r.note}" if r.note else "")


def control_table(states: list) -> Iterator[str]:
    """Lines of a plain-text table of control states (for `frontlog control --format table`)."""
    yield f"{'place':28}  {'holder':34}  {'since':10}  {'besieged':9}  {'conflict':8}  evidence"
    for st in states:
        holder = st.holder or ("CONFLICT: " + " / ".join(sorted({c['holder'] or '?' for c in st.claims}))
                               if st.conflict else "?")
        besieged = f"yes ({st.besieged_by})" if st.besieged and st.besieged_by else ("yes" if st.besieged else "")
        yield (f"{_cut(st.place + ' (' + (st.country or '?') + ')', 28):28}  {_cut(holder, 34):34}  "
               f"{st.since or '':10}  {_cut(besieged, 9):9}  {'yes' if st.conflict else '':8}  "
               f"{' '.join(st.evidence)}").rstrip()
