"""Violence against civilians, session 24 (branch vac6), through the whole extractor on sentences written for these
tests: civilians killed as a place is taken are an attack beside the taking; armed men firing on a crowd that
the sentence tells of no protest attack civilians."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

WED = dt.date(2024, 5, 8)  # a Wednesday


def test_civilians_killed_as_villages_are_overrun_are_an_attack_beside_the_capture() -> None:
    events = run("Rebels overran three villages near Kafr Nabl on Sunday, killing 40 civilians, activists said.", WED)
    got = sorted((e.sub_event_type, e.actor2, e.fatalities) for e in events)
    assert got == [("Attack", "Civilians", 40),
                   ("Non-state actor overtakes territory", "Syrian Government Forces", None)]


def test_people_killed_as_a_village_is_seized_stay_the_capture_s_toll() -> None:
    # ("12 people" may be its defenders: only people named as civilians make an attack of their own)
    events = run("Insurgents seized Kumba on Monday, killing 12 people.", WED)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_fighters_killed_in_a_recapture_stay_its_toll() -> None:
    events = run("Government troops recaptured the town of Kidal on Tuesday, killing dozens of rebels.", WED)
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_gunmen_firing_on_a_crowd_with_no_protest_told_attack_civilians() -> None:
    events = run("Gunmen opened fire on a crowd watching a football match in a village near Bunia on Sunday, "
                 "killing nine people, local officials said.", WED)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_police_firing_on_a_crowd_stay_excessive_force() -> None:
    events = run("Police opened fire on a crowd in Kano on Monday, killing three.", WED)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_a_killing_a_crowd_answered_is_an_attack_beside_its_riot() -> None:
    events = run("In Kumba, a crowd set fire to the police station on Sunday after police shot dead a young man at a "
                 "roadblock, residents said.", WED)
    got = sorted((e.sub_event_type, e.actor1) for e in events)
    assert got == [("Attack", "Police Forces of Cameroon"), ("Violent demonstration", "Rioters (Cameroon)")]


def test_an_offensive_s_toll_told_from_its_launch_is_no_act() -> None:
    events = run("The offensive, launched on February 18, has killed more than 900 civilians in Eastern Ghouta, "
                 "according to the Observatory.", dt.date(2018, 3, 10))
    assert events == []
