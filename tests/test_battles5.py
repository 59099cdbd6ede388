"""Battles precision and type (session 23, probes/battles5.jsonl): a people word in front of an armed noun or inside
an armed group's name does not make its victims civilians; a capture told with its fight denied in words of its own
is a hand-over; a toll over months told with what the dead were doing is a tally. Sentences written for these tests,
run through the whole extractor (real spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def subs(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published))


# --- who the victims were (arguments.victims) -------------------------------------------------------------------

def test_volunteer_fighters_killed_in_an_attack_on_their_position_are_a_clash() -> None:
    assert subs("At least 12 volunteer fighters were killed when jihadists attacked their position in Djibo on "
                "Saturday.") == ["Armed clash"]


def test_members_of_an_army_named_with_people_in_its_name_killed_are_a_clash() -> None:
    assert subs("Soldiers killed three members of the New People's Army in an encounter in Las Navas, Northern "
                "Samar, on Sunday.") == ["Armed clash"]


def test_volunteers_killed_by_gunmen_stay_civilians() -> None:
    assert subs("Gunmen shot dead four aid volunteers near Djibo on Saturday.") == ["Attack"]


# --- a capture whose fight is denied (settle.unopposed_transfer) --------------------------------------------------

def test_a_town_entered_with_no_fighting_reported_is_a_hand_over() -> None:
    assert subs("Forces loyal to Khalifa Haftar entered Sirte on Monday after a local armed group switched sides, "
                "and no fighting was reported.", dt.date(2020, 1, 7)) == ["Non-violent transfer of territory"]


def test_a_town_taken_after_meeting_no_resistance_is_a_hand_over() -> None:
    assert subs("Taliban fighters took control of the district centre of Imam Sahib on Monday and met no "
                "resistance.", dt.date(2021, 6, 22)) == ["Non-violent transfer of territory"]


def test_a_town_taken_after_fighting_stays_a_capture() -> None:
    assert subs("Taliban fighters took control of the district centre of Imam Sahib on Monday after heavy "
                "fighting.", dt.date(2021, 6, 22)) == ["Non-state actor overtakes territory"]


# --- a toll over months told with what the dead were doing (drop.summary) ----------------------------------------

def test_soldiers_dead_fighting_since_january_are_a_tally() -> None:
    assert subs("Mozambique's defence minister told parliament on Wednesday that 40 soldiers had died fighting "
                "insurgents in Cabo Delgado since January.", dt.date(2022, 3, 10)) == []


def test_soldiers_dead_fighting_on_a_day_are_a_clash() -> None:
    assert subs("Three soldiers died fighting insurgents in Macomia on Tuesday.", dt.date(2022, 3, 10)) == [
        "Armed clash"]


# --- a place entered to arrest or search its people (settle.entry_for_raid) ---------------------------------------

def test_a_town_entered_to_arrest_wanted_men_is_no_capture() -> None:
    assert not [s for s in subs("Israeli forces entered Jenin on Monday to arrest two wanted men, the army said.",
                                dt.date(2023, 6, 20)) if "territory" in s]


def test_a_town_entered_to_take_control_stays_a_capture() -> None:
    assert subs("M23 rebels entered Bunagana on Monday to take control of the border post.",
                dt.date(2023, 6, 20)) == ["Non-state actor overtakes territory"]


# --- the fights a toll summed up to now over months died in (drop.summary) ---------------------------------------

def test_clashes_a_toll_since_january_died_in_at_a_town_are_the_tally_s() -> None:
    assert subs("Dozens of police officers have died in gang attacks in Port-au-Prince since January.",
                dt.date(2023, 6, 14)) == []


def test_clashes_a_toll_this_year_died_in_at_a_town_are_the_tally_s() -> None:
    assert subs("More than 200 soldiers have been killed in clashes with jihadists in Djibo this year, officials "
                "said.", dt.date(2023, 6, 14)) == []


def test_clashes_a_toll_since_monday_died_in_at_a_town_stay_a_clash() -> None:
    assert subs("Five soldiers have been killed in clashes with jihadists in Djibo since Monday.",
                dt.date(2023, 6, 14)) == ["Armed clash"]


def test_a_town_entered_to_free_it_from_its_holders_stays_a_capture() -> None:
    # (freeing a place from those who hold it is taking it back, not a raid on its people)
    assert subs("Iraqi soldiers entered Fallujah on Sunday to free the city from jihadists.",
                dt.date(2016, 6, 20)) == ["Government regains territory"]


def test_a_town_entered_to_do_something_to_the_town_itself_stays_a_capture() -> None:
    # (a purpose whose object is the place itself, not its people or things)
    assert subs("Iraqi soldiers entered Fallujah on Sunday to evacuate the city, the army said.",
                dt.date(2016, 6, 20)) == ["Government regains territory"]
