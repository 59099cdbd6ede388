"""A crowd's assault on a force named by its building ("attacked the gendarmerie") is a riot, as an assault on the
force's people already was (rule sides.crowd_attack_riot; issue 9, session 17: benchmarks/wire3's first contact),
through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 7)


def test_a_crowd_attacking_the_gendarmerie_riots() -> None:
    events = run("In Kpalime, Togo, a crowd attacked the gendarmerie on Tuesday, residents said.", published=PUBLISHED)
    assert [(e.event_type, e.actor1, e.actor2) for e in events] == [
        ("Riots", "Rioters (Togo)", "Police Forces of Togo")]


def test_gunmen_attacking_the_gendarmerie_still_fight_it() -> None:
    events = run("In Kpalime, Togo, gunmen attacked the gendarmerie on Tuesday, residents said.", published=PUBLISHED)
    assert [e.event_type for e in events] != [] and all(e.event_type != "Riots" for e in events)
