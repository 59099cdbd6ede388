"""Territory changes, session 21 (captures2): what a taking verb takes when it is not a place. Sentences written for
these tests, through the whole extractor with the real spaCy model, gazetteer and actor table."""

from __future__ import annotations

from conftest import extract_text as run
from frontlog.model.records import Event


def subs(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location) for e in events]


# --- people taken somewhere are moved there: no place taken (drop.person_not_place) ------------------------

def test_people_taken_to_a_place_take_no_ground() -> None:
    events = run("Soldiers arrested four men in Gao on Monday, and relatives said they were taken to a military camp "
                 "near Sevare.")
    assert all("territory" not in e.sub_event_type for e in events), subs(events)


def test_a_town_taken_for_the_second_time_is_still_taken() -> None:
    events = run("Rebels took the town of Saraqib for the second time on Monday.")
    assert subs(events) == [("Non-state actor overtakes territory", "Saraqib")]


def test_a_town_taken_over_is_still_taken() -> None:
    events = run("Rebels took over the town of Saraqib on Monday.")
    assert subs(events) == [("Non-state actor overtakes territory", "Saraqib")]


# --- a taking told as what a lasting state brings about is no act (drop.consequence_of_state) ---------------

def test_a_town_cut_off_by_a_state_held_since_a_year_is_no_act() -> None:
    events = run("Islamist rebels have held much of the countryside around Djibo since 2022, cutting the town off "
                 "from the rest of Burkina Faso.")
    assert all("territory" not in e.sub_event_type for e in events), subs(events)


def test_a_town_cut_off_by_an_act_is_still_an_act() -> None:
    events = run("Islamist rebels seized the main road north of Djibo on Monday, cutting the town off from the rest "
                 "of Burkina Faso.")
    assert any("territory" in e.sub_event_type for e in events), subs(events)


# --- a losing verb with a pronoun subject in a clause of its own: the actor it stands for lost the place ------

def test_the_city_they_lost_was_lost_by_them() -> None:
    events = run("Government troops shelled Maarat al-Numan, the city they lost in May, on Sunday.")
    taken = [e for e in events if "territory" in e.sub_event_type]
    assert [(e.sub_event_type, e.actor2) for e in taken] == [
        ("Non-state actor overtakes territory", "Syrian Government Forces")], subs(events)
    assert taken[0].actor1 != "Syrian Government Forces"


# --- a person taken by name is no place taken (subtype.territory.person_seized) -----------------------------

def test_a_named_person_seized_by_militants_is_an_abduction() -> None:
    events = run("In Mosul, militants captured Ahmed Saleh, a local council member, on Wednesday.")
    assert subs(events) == [("Abduction/forced disappearance", "Mosul")]


def test_a_named_person_seized_by_soldiers_is_an_arrest() -> None:
    events = run("Soldiers captured Ahmed Saleh, a senior commander, near Mosul on Friday.")
    assert subs(events) == [("Arrests", "Mosul")]


def test_a_town_named_with_an_apposition_is_still_taken() -> None:
    events = run("Rebels captured Saraqib, a strategic town, on Monday.")
    assert subs(events) == [("Non-state actor overtakes territory", "Saraqib")]


# --- fighters taken in a fight the clause tells: the fight is the act (drop.person_not_place) ----------------

def test_a_soldier_captured_in_fighting_is_the_fight_not_ground_taken() -> None:
    events = run("Rebels captured a soldier in fighting near Kiwanja on Monday, the army said.")
    assert [e.sub_event_type for e in events] == ["Armed clash"], subs(events)


def test_soldiers_captured_with_no_fight_told_stay_as_they_were() -> None:
    # (captured fighters with no fight told: read as a taking still; as a clash or as nothing it cost matches)
    events = run("Rebels captured the town of Kiwanja and three soldiers on Monday, the army said.")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"], subs(events)
