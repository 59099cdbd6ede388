"""Property-based tests (hypothesis): whatever the input — random or mutated articles, metadata and JSON Lines, deep
nesting, huge numbers, lone surrogates, absurd years — no exception escapes, every input gives events or a named
error, and every event's window runs forward with a precision that fits it. Bounded (modest max_examples, no
deadline) so that the suite stays fast."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontlog.extract.dates import MIN_YEAR, find_time_expressions
from frontlog.extract.pipeline import Stats
from frontlog.jobs.documents import DocumentError, iter_articles
from frontlog.jobs.run import extract_tolerant
from frontlog.model.records import Article, precision_for

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Sentences written for these tests (real places and actors, invented acts).
SENTENCES = [
    "Syrian government forces recaptured the town of Kafr Nabl on Tuesday after a week of fighting.",
    "Russian jets carried out more than 40 air strikes around Maarat al-Numan on 3 March 2019.",
    "At least 14 fighters were killed in clashes near Saraqeb in early May, the Observatory said.",
    "The Rapid Support Forces seized Kutum last week after clashes with the army.",
    "Security forces fired tear gas at hundreds of protesters in Omdurman in the year 2024.",
    "A car bomb exploded in Azaz three days ago, killing 5 civilians.",
    "Ukrainian troops shelled Russian positions near Oleshky in the summer of 2023.",
    "Islamic State fighters took Palmyra in May 2015 and held it until March 2016.",
]
NOISE = ["", "!" * 400, "((((" * 200, "&amp;" * 300, "\ud800", "\udc80", "\x00", "\u202e", "9" * 5000,
         "In the year 000", "in the year 9999", "year 100", "31 February 2019", "99999 days ago", "\n\n\n",
         "Aleppo " * 50, "\ufeff", "é" * 10, "2019-13-45", "since 1066", "in 0999", "May 32, 2019"]

years = st.integers(min_value=-5, max_value=20000)
published = st.one_of(st.none(), st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2026, 12, 31)))


@st.composite
def mutated_text(draw) -> str:
    parts = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4))
    text = "\n\n".join(parts)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.one_of(st.sampled_from(NOISE), st.text(max_size=40),
                               years.map(lambda y: f" in the year {y} "), years.map(lambda y: f" {y} years ago ")))
        text = text[:at] + piece + text[at:]
    return text


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8)


@st.composite
def jsonl_line(draw) -> bytes:
    """One JSON Lines line: a valid article, mutated in its fields, its encoding or its bytes."""
    obj: dict = {"id": draw(st.one_of(st.text(max_size=12), st.integers(), json_values)),
                 "text": draw(st.one_of(mutated_text(), json_values)),
                 "published": draw(st.one_of(published.map(lambda d: d and d.isoformat()), st.text(max_size=12),
                                             json_values)),
                 "url": draw(st.one_of(st.none(), st.text(max_size=20), json_values))}
    line = json.dumps(obj, ensure_ascii=draw(st.booleans()))
    kind = draw(st.sampled_from(["plain", "deep", "bigint", "surrogate", "bytes", "cut"]))
    if kind == "deep":
        n = draw(st.integers(1000, 200_000))
        line = line[:-1] + ', "x": ' + "[" * n + "]" * n + "}"
    elif kind == "bigint":
        line = line[:-1] + ', "n": ' + "7" * draw(st.integers(4000, 20000)) + "}"
    elif kind == "surrogate":
        line = line[:-1] + ', "title": "\\udc80\\ud800"}'
    elif kind == "cut":
        line = line[: draw(st.integers(0, len(line)))]
    data = line.encode("utf-8", "surrogatepass")
    if kind == "bytes":
        data = draw(st.binary(max_size=200)) + data
    return data.replace(b"\n", b" ")


@SETTINGS
@given(lines=st.lists(jsonl_line(), min_size=1, max_size=5), meta=st.one_of(st.binary(max_size=300), jsonl_line()))
def test_the_reader_never_raises_and_names_every_bad_input(lines: list[bytes], meta: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "archive.jsonl").write_bytes(b"\n".join(lines) + b"\n")
        (folder / "page.txt").write_text("Fighting in Idlib\n\n" + SENTENCES[0], encoding="utf-8")
        (folder / "page.meta.json").write_bytes(meta)
        items = list(iter_articles([str(folder)]))
    assert items
    for item in items:
        assert isinstance(item, (Article, DocumentError))
        if isinstance(item, DocumentError):
            assert not item.internal, item  # a reader bug, not the input's fault
            assert str(item).strip()
        else:
            for value in (item.id, item.text, item.url, item.title):
                if value is not None:
                    value.encode("utf-8")  # writable: no lone surrogate survives the reader


@SETTINGS
@given(sentence=mutated_text(), pub=published)
def test_the_date_resolver_never_raises_and_every_window_fits(sentence: str, pub: dt.date | None) -> None:
    for t in find_time_expressions(sentence, pub):
        if t.date_start is None:
            continue
        assert t.date_start <= t.date_end
        assert t.precision == precision_for(t.date_start, t.date_end)
        assert MIN_YEAR <= t.date_start.year and t.date_end.year <= (pub or dt.date.today()).year + 1


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(mutated_text(), min_size=1, max_size=4), pub=published)
def test_extraction_gives_every_article_events_or_a_named_error_and_sound_windows(texts: list[str],
                                                                                 pub: dt.date | None) -> None:
    articles = [Article(id=f"a{i}", text=t, published=pub) for i, t in enumerate(texts)]
    results = list(extract_tolerant(articles, Stats()))
    assert [a.id for a, _r in results] == [a.id for a in articles]
    for _article, result in results:
        assert not isinstance(result, DocumentError) or not result.internal, result  # a crash is a bug
        for ev in result if isinstance(result, list) else []:
            json.dumps(ev.to_dict(), ensure_ascii=False).encode("utf-8")
            if ev.date_start is not None:
                start, end = dt.date.fromisoformat(ev.date_start), dt.date.fromisoformat(ev.date_end)
                assert start <= end and ev.date_precision == precision_for(start, end)
                assert start.year >= MIN_YEAR and end.year <= (pub or dt.date.today()).year + 1


def _merge_by_scan(events: list) -> list:
    """The merge as it was written before the grids: every earlier event is compared (the reference)."""
    from frontlog.extract.merge import combine, same_act

    out: list = []
    for ev in events:
        twin = next((i for i, o in enumerate(out) if same_act(o, ev)), None)
        if twin is None:
            out.append(ev)
        else:
            out[twin] = combine(out[twin], ev)
    return out


@st.composite
def events_of_one_article(draw) -> list:
    from frontlog.model.records import SUB_TO_TYPE, Event

    subs = ["Air/drone strike", "Armed clash", "Peaceful protest", "Protest with intervention"]
    centres = [(36.2, 37.15), (36.21, 37.16), (35.9, 36.6), (48.0, 37.8), (64.1, -21.9), (65.0, 179.999),
               (65.0, -179.999)]  # the last two are 100 m apart across the antimeridian
    out = []
    for i in range(draw(st.integers(1, 25))):
        sub = draw(st.sampled_from(subs))
        lat, lon = draw(st.sampled_from(centres))
        lat += draw(st.floats(-0.05, 0.05))
        placed = draw(st.booleans())
        day = dt.date(2019, 5, 1) + dt.timedelta(days=draw(st.integers(0, 20)))
        span = draw(st.integers(0, 9))
        out.append(Event(doc_id="a", event_type=SUB_TO_TYPE[sub], sub_event_type=sub,
                         actor1=draw(st.sampled_from([None, "A", "B"])),
                         location=draw(st.sampled_from(["X", "Y", "Z"])) if placed else None,
                         country=draw(st.sampled_from(["SY", "UA"])) if placed else None,
                         latitude=round(lat, 4) if placed else None, longitude=round(lon, 4) if placed else None,
                         geo_precision=draw(st.sampled_from([1, 2, 3])) if placed else None,
                         date_start=day.isoformat(), date_end=(day + dt.timedelta(days=span)).isoformat(),
                         date_precision=precision_for(day, day + dt.timedelta(days=span)),
                         evidence=[f"sentence {draw(st.integers(0, i))}"]))
    return out


@settings(max_examples=200, deadline=None)
@given(events=events_of_one_article())
def test_merging_the_tellings_of_an_article_by_grid_joins_exactly_what_the_scan_of_all_pairs_joined(events) -> None:
    import copy

    from frontlog.extract.merge import merge_within_article

    expected = [e.to_dict() for e in _merge_by_scan(copy.deepcopy(events))]
    told = copy.deepcopy(events)
    assert [e.to_dict() for e in merge_within_article(told)] == expected
    # No step changes what an earlier one built: the tellings merged are left as they were told.
    assert [e.to_dict() for e in told] == [e.to_dict() for e in events]


def test_a_number_too_long_for_a_count_is_no_crash() -> None:
    # Found by the property test above: 5,000 digits glued to a count ("more than 40999...") reached int().
    text = "Russian jets carried out more than 40" + "9" * 5000 + " air strikes around Maarat al-Numan on 3 March 2019."
    [(_article, result)] = list(extract_tolerant([Article(id="a0", text=text, published=dt.date(2019, 3, 5))],
                                                 Stats()))
    assert not isinstance(result, DocumentError), result
