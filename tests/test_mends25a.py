"""Mends of session 25's review (findings 3-6, 13): a strike's, blast's or clash's
toll is the dead killed, not stabbed nor told as a separate attack; a person held by armed men or gangs is no
arrest; a fire set after a rocket attack is arson; police routing protesters is no fight; an attempt charged is no
act. Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2023, 3, 14)


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in run(text, published=DAY)]


def test_men_stabbed_after_a_blast_are_an_attack() -> None:
    assert "Attack" in _subs("A roadside bomb exploded near a market in Baidoa on Sunday. Two men were stabbed to "
                             "death in Baidoa on Sunday, police said.")


def test_women_stabbed_by_neighbours_after_a_clash_are_an_attack() -> None:
    assert "Attack" in _subs("Troops and Al-Shabaab militants clashed in Beledweyne on Sunday. Two women were "
                             "stabbed to death in Beledweyne on Sunday by their neighbours.")


def test_a_separate_attack_after_a_strike_keeps_its_own_dead() -> None:
    events = run("Russian jets struck a market in Maarat al-Numan on Monday. In a separate attack, two men were shot "
                 "dead at a checkpoint in Maarat al-Numan on Monday.", published=DAY)
    assert "Attack" in [e.sub_event_type for e in events]
    assert all(not e.fatalities for e in events if e.sub_event_type == "Air/drone strike")


def test_houses_set_on_fire_after_rockets_are_arson() -> None:
    assert "Looting/property destruction" in _subs("Soldiers fired rockets at the village of Kamba near Bunia on "
                                                   "Sunday, then entered it and set houses on fire.")


def test_reporters_held_by_gunmen_at_a_radio_station_are_no_arrest() -> None:
    assert "Arrests" not in _subs("Gunmen held five reporters at a radio station in Mogadishu for three hours on "
                                  "Monday.")


def test_a_journalist_held_by_militants_in_a_cell_is_no_arrest() -> None:
    assert "Arrests" not in _subs("Al-Shabaab fighters held a local journalist in a cell in Jilib on Monday.")


def test_police_routing_protesters_is_no_fight() -> None:
    assert "Violent demonstration" not in _subs("Riot police routed protesters from the main square in Nairobi on "
                                                "Monday.")


# -- finding 13: an attempt laid on people by a charge is charged in any voice (modality.charged), not by the
# coup triggers' own without lists

def test_an_armed_side_accused_of_trying_to_storm_a_town_still_fought() -> None:
    assert "Armed clash" in _subs("Kyiv accused Russia of trying to storm Bakhmut on Monday.")


def test_a_colonel_accused_of_plotting_a_coup_made_none() -> None:
    assert "Other" not in _subs("The junta accused Colonel Amadou Traore of plotting a coup in Bamako on Monday.")
