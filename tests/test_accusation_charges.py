"""Accusations that charge, not tell (issue 9, session 21: benchmarks/wire7's first contact): "stands accused of
abducting dozens of activists" accuses in the present, a practice (modality.accused_practice); people an arrest
took, "it accused of attacking troops", are charged with the act, not told doing it (modality.charged). Through the
whole extractor, on sentences written for this test."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2016, 3, 9)


def test_stands_accused_of_a_practice_is_no_act() -> None:
    events = run("The militia took over the town of Beni in 2014. It also stands accused of abducting dozens of "
                 "teachers and aid workers.", published=DAY)
    assert "Abduction/forced disappearance" not in [e.sub_event_type for e in events]


def test_a_dated_accusation_in_the_past_stays_an_act() -> None:
    events = run("Residents accused the militia of abducting three teachers in Beni on Saturday.", published=DAY)
    assert "Abduction/forced disappearance" in [e.sub_event_type for e in events]


def test_the_charge_of_people_arrested_is_no_act() -> None:
    events = run("Police said on Tuesday they had arrested 12 people in Kasese they accused of attacking a "
                 "patrol.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_an_armed_side_accused_in_a_relative_clause_still_did_the_act() -> None:
    events = run("The army pounded positions of the militia, which it accused of shelling Kasese on Sunday.",
                 published=DAY)
    assert "Shelling/artillery/missile attack" in [e.sub_event_type for e in events]
