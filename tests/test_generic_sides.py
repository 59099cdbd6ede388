"""A generic noun ("a local militia", "gunmen") that fights a named group is not that group, though the article
names no other (rule actor.unnamed_doer; issue 9, session 18). Through the whole extractor, on sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 3, 5)


def test_a_militia_that_clashed_with_a_group_is_not_that_group() -> None:
    events = run("A local militia clashed with Islamic State fighters near Menaka on Saturday.", published=PUBLISHED)
    assert [(e.actor1, e.actor2) for e in events] == [("Unidentified Armed Group (Mali)", "Islamic State")]


def test_fighters_of_the_named_group_stay_that_group() -> None:
    events = run("Islamic State fighters attacked an army post near Menaka on Saturday. The militants then clashed "
                 "with soldiers sent from Gao.", published=PUBLISHED)
    assert {e.actor1 for e in events} == {"Islamic State"}
