"""A place "crowded with" people is how full it was, no crowd out: neither a protest's sign nor a crowd that
cancels an attack (issue 9, session 17: benchmarks/wire3's first contact). Through the whole extractor, on
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2016, 12, 21)


def test_gunmen_firing_on_a_police_station_by_a_crowded_fortress_fight_the_police() -> None:
    events = run("Gunmen fired on a police station in Karak on Sunday and then took refuge in the castle, a hilltop "
                 "fortress crowded with visitors.", published=PUBLISHED)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Police Forces of Jordan")]


def test_police_firing_on_a_crowd_of_protesters_is_still_excessive_force() -> None:
    events = run("Police fired on a crowd of protesters in Karak on Sunday, killing two.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
