"""Words that only describe the doer (session 25, branch scope2; issue 9): a `without` word inside a phrase under
the doer's preposition ("supporters of the rebel leader") or inside the adjective phrase on the doer ("angry with
the militia commander") tells whom they follow or oppose, not who acts, so it cancels no crowd reading
and makes no armed side. Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2023, 3, 9)


def test_supporters_of_a_rebel_leader_clashing_with_police_are_a_riot() -> None:
    events = run("Supporters of the exiled rebel commander clashed with riot police in Mombasa on Tuesday.",
                 published=DAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert "Armed Group" not in events[0].actor1


def test_hundreds_of_rebels_clashing_with_police_stay_armed() -> None:
    events = run("Hundreds of rebels clashed with police in Mombasa on Tuesday.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_traders_angry_with_a_militia_commander_clashing_with_police_are_a_riot() -> None:
    events = run("Traders angry with the militia commander clashed with police in Bunia on Friday.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_students_critical_of_a_militia_are_no_armed_group() -> None:
    events = run("Students critical of the militia clashed with police in Goma on Friday.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert "Armed Group" not in events[0].actor1


def test_troops_marching_stay_no_protest() -> None:
    events = run("Foreign soldiers marched through Niamey on Friday.", published=DAY)
    assert "Peaceful protest" not in {e.sub_event_type for e in events}
