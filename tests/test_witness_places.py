"""Where witnesses or residents who report an act are, is where it was when the sentence names no other place
(issue 9, session 17: benchmarks/wire3's first contact); a distant source's place still is not. Through the whole
extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2011, 1, 10)


def test_witnesses_in_a_town_saw_the_shooting_there() -> None:
    events = run("Police shot dead three protesters in Kasserine on Friday, the government said.\n\nWitnesses in "
                 "Thala said police opened fire on Saturday evening on young men who had gathered in front of the town "
                 "hall.", published=PUBLISHED)
    assert sorted((e.location, e.date_start) for e in events) == [("Kasserine", "2011-01-07"),
                                                                  ("Thala", "2011-01-08")]


def test_witnesses_in_a_town_do_not_move_an_act_told_elsewhere() -> None:
    events = run("Witnesses in Sfax said police opened fire on protesters in Thala on Saturday evening.",
                 published=PUBLISHED)
    assert [e.location for e in events] == ["Thala"]
