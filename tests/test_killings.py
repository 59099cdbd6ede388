"""Violence against civilians as wire copy tells it (session 13's killings probes), through the whole extractor
(real spaCy model, gazetteer and actor table), on sentences written for these tests: where a killing's record
goes wrong, its place, its type at the borders, its sides."""

from __future__ import annotations

from conftest import extract_text as run
from conftest import only_event


def test_a_toll_with_who_the_dead_were_keeps_its_place_before_the_source() -> None:
    # The parse reads "men" as a second subject of "said", with the place under it: the source is the subject
    # nearest the verb, and the place stays the killing's.
    event = only_event("Gunmen on motorbikes shot dead 15 villagers, many of them elderly men, in Kajuru on Sunday, "
                       "a community leader said.")
    assert (event.sub_event_type, event.location, event.actor2) == ("Attack", "Kajuru", "Civilians")


def test_people_named_by_their_work_are_civilians() -> None:
    for text, place in (("A newspaper commentator was stabbed to death in Kisumu on Friday.", "Kisumu"),
                        ("Two polio vaccinators were shot dead in Peshawar on Monday.", "Peshawar"),
                        ("A local councillor was shot dead in Mopti on Friday.", "Mopti")):
        event = only_event(text)
        assert (event.sub_event_type, event.location, event.actor2) == ("Attack", place, "Civilians"), text


def test_a_civilian_killed_with_an_armed_escort_is_a_fight() -> None:
    # "his army escort": a noun named by an armed word is the armed side of a mixed toll.
    event = only_event("Gunmen killed a health worker and his army escort near Maiduguri on Monday.")
    assert event.sub_event_type == "Armed clash"


def test_the_group_blamed_is_not_the_victim() -> None:
    event = only_event("Gunmen stormed a church in Kaduna on Sunday, killing five worshippers, police said, "
                       "blaming the Ansaru group.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians")
    assert event.actor1 == "Ansaru"


def test_a_quarter_the_gazetteer_does_not_know_keeps_its_name_without_its_noun() -> None:
    event = only_event("Gunmen killed three people in the Rivera Hernandez sector of San Pedro Sula on Friday.")
    assert (event.location, event.country) == ("Rivera Hernandez", "HN")


def test_pibor_is_in_south_sudan() -> None:
    [event] = run("Armed youths killed 10 people in Pibor on Friday.")
    assert (event.location, event.country) == ("Pibor", "SS")
