"""A name after "control of" is a place taken or held, though the gazetteer does not know it (rule
place.unresolved; issue 9, session 17: benchmarks/wire3's first contact). Through the whole extractor, on sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2017, 8, 10)


def test_full_control_of_an_unknown_quarter_is_a_place_taken() -> None:
    events = run("Security forces fought gunmen in the town of Awamiya on Monday. On Wednesday, the interior ministry "
                 "said its forces had taken full control of al-Musawara after a two-week assault.",
                 published=PUBLISHED)
    assert [(e.sub_event_type, e.location, e.geo_precision) for e in events] == [
        ("Government regains territory", "al-Musawara", 2)]
