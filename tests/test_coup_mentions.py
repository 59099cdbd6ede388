"""Mentions of an act that tell none (issue 9, session 17: benchmarks/wire3's first contact): people named by their
stand on it ("opponents of the coup"), what another act is called ("condemned the ouster as a coup"), and acts
counted up to now ("has seen some 20 coups since 1975"). Through the whole extractor, on sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2008, 9, 18)


def test_opponents_of_the_coup_marching_tell_no_second_coup() -> None:
    events = run("Soldiers seized power in Nouakchott on August 6.\n\nOpponents of the coup took to the streets on "
                 "August 13, and police fired tear gas to break up their march in the capital.", published=PUBLISHED)
    assert sorted(e.sub_event_type for e in events) == ["Other", "Protest with intervention"]


def test_an_ouster_condemned_as_a_coup_is_no_second_coup() -> None:
    events = run("Soldiers seized power in Tegucigalpa on Sunday.\n\nThe UN and regional states have condemned the "
                 "ouster as a coup, and the regional body suspended the country on Saturday.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Other"]


def test_coups_counted_since_independence_are_a_tally() -> None:
    events = run("The archipelago has seen some 20 coups or attempted coups since independence in 1975.",
                 published=PUBLISHED)
    assert events == []


def test_what_a_crowd_saw_as_fraud_does_not_hide_its_riot() -> None:
    # The parse may hang the act on "as" ("saw as fraud set fire"); with no noun called, it is the act.
    events = run("Crowds angry at what they saw as fraud set fire to the party's offices in Oruro on Monday.",
                 published=PUBLISHED)
    assert [e.event_type for e in events] == ["Riots"]


def test_a_coup_told_as_how_an_overthrow_was_done_is_that_overthrow_on_its_own_day() -> None:
    # "in a coup" is the manner of "overthrew", not a second coup on the day of the sentence's main clause.
    events = run("Rebel fighters reached the outskirts of Niamey on July 30, four days after officers of the "
                 "presidential guard overthrew the president in a coup backed by the army.",
                 published=dt.date(2023, 8, 2))
    assert [(e.sub_event_type, e.date_start) for e in events] == [("Other", "2023-07-26")]
