"""A country named as a state acting or speaking ("the United States wants ...", "Britain has urged ...") or as the
attribute of a thing ("a U.S. request") says nothing of where the story is set: the story's own town, named twice,
still places the names the gazetteer does not know (issue 9, session 18: benchmarks/wire4's first contact).
Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2010, 5, 26)


def test_a_foreign_state_asking_and_urging_does_not_move_the_story() -> None:
    events = run("BELIZE CITY, Belize (AP) — Schools in Belize City stayed closed on Wednesday, and few shops "
                 "opened in central Belize City.\n\nSoldiers took control of the Yabra Lane district on Monday "
                 "after a gunfight with a gang, police said. The United States wants the gang's leader extradited, "
                 "and a U.S. request reached the government in March. The United States has urged calm, and a U.S. "
                 "envoy met the minister on Tuesday. The United States says a U.S. warrant stands, and U.S. "
                 "officials said the United States would wait.", published=PUBLISHED)
    assert {e.country for e in events} == {"BZ"}


def test_a_country_named_as_the_place_still_counts() -> None:
    # "fled to the United States": the country as a place; the district is still Belize's (the dateline's), the
    # flight no act.
    events = run("BELIZE CITY, Belize (AP) — Soldiers took control of the Yabra Lane district on Monday "
                 "after a gunfight with a gang, police said. The gang's leader fled to Venezuela last year.",
                 published=PUBLISHED)
    assert {e.country for e in events} == {"BZ"}
