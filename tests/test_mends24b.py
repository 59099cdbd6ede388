"""Session 24 mends (review findings 3, 4, 6, 8, 11), through the whole extractor on sentences written for these
tests: a town's decision is no spot in the town; words a witness shouts are reported, not chanted; a state's forces
bombing a truck are no roadside bomb; "a separate protest" is no second protest of its own; a day counted from in
an old story is of the story's year."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in run(text)]


# --- finding 3: an "of" chain names a spot in the town only through a place noun (arguments._owns_spot) ------------


def test_a_towns_decision_is_no_place_of_the_act() -> None:
    events = run("Jihadists attacked an army post on Sunday in the wake of Bamako's decision to quit the peace deal.")
    assert "Bamako" not in [e.location for e in events]


def test_a_market_of_a_towns_quarter_stays_the_towns() -> None:
    events = run("Gunmen killed five traders on Sunday in the market of Kabul's old quarter.")
    assert [e.location for e in events] == ["Kabul"]


# --- finding 4: a witness's quoted words under a shouting verb are reported, not a slogan (modality.slogan) ---------


def test_a_witness_shouting_what_soldiers_did_is_no_slogan() -> None:
    assert subs('"Soldiers shot dead my brother in Kumba on Sunday," the woman shouted.') == ["Attack"]


def test_a_crowd_chanting_death_to_rioters_stays_a_slogan() -> None:
    assert subs('Thousands of government supporters rallied in Shiraz on Monday, chanting "Death to '
                'rioters".') == ["Peaceful protest"]


# --- finding 6: a state's forces bombing are no roadside bomb (needs.yaml nonstate_doer) -----------------------------


def test_a_states_forces_bombing_a_truck_are_no_ied() -> None:
    assert "Remote explosive/landmine/IED" not in subs(
        "Malian forces bombed a truck carrying rebels near Kidal on Monday.")


def test_a_group_bombing_a_convoy_stays_an_ied() -> None:
    assert subs("Jihadist fighters bombed a military convoy near Kidal on Monday.") == [
        "Remote explosive/landmine/IED"]


# --- finding 8: "a separate protest" tells apart, it is no second gathering (own_crowd_words) ------------------------


def test_a_separate_protest_is_one_march() -> None:
    assert subs("In a separate protest, students marched in Kampala on Monday.") == ["Peaceful protest"]


# --- finding 11: a day the next sentence goes on from is moved into the story's year (pipeline, date.story_year) ---


def test_a_day_counted_from_in_an_old_story_keeps_the_storys_year() -> None:
    events = run("Rebels seized Kidal on July 10, 2012. The army landed in Gao on July 20, five days after rebels "
                 "overran Timbuktu. The troops took Menaka two days later.", published=dt.date(2024, 5, 3))
    assert [e.date_start for e in events if e.location == "Menaka"] == ["2012-07-22"]
