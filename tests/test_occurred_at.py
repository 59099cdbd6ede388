"""A place named by an act told before (issue 9, session 19: benchmarks/wire5's first contact): "blew up three houses
on the street where the ambush took place" names the ambush just told again, not a second ambush by the soldiers of
the main clause (drop.back_reference, words/occurrence_verbs.txt). Through the whole extractor, on sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2019, 5, 8)


def test_the_street_where_the_ambush_took_place_is_no_second_ambush() -> None:
    events = run("Rebels ambushed an army patrol on the coast road near Kidal on Monday, killing three soldiers. "
                 "The next day, soldiers blew up three houses on the street where the ambush took place.",
                 published=PUBLISHED)
    subs = [e.sub_event_type for e in events]
    assert subs.count("Armed clash") == 1
    assert "Looting/property destruction" in subs
