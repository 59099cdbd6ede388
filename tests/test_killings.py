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


def test_names_in_apposition_to_villages_are_places() -> None:
    events = run("Gunmen killed 30 people in raids on three villages, Kurmin Dangana, Ungwan Gaiya and Maro, "
                 "in Kaduna State on Sunday.")
    assert sorted(e.location for e in events) == ["Kurmin Dangana", "Maro", "Ungwan Gaiya"]
    assert {e.sub_event_type for e in events} == {"Attack"}


def test_a_province_of_burkina_faso_gives_the_country() -> None:
    event = only_event("Soldiers executed 17 herders in Sirba, a hamlet of Tapoa province, on Tuesday.")
    assert (event.location, event.country) == ("Sirba", "BF")


def test_the_date_of_the_report_is_not_the_act_s() -> None:
    event = only_event("A rights group said on Tuesday that soldiers shot dead 14 villagers in Kumbo, two hamlets "
                       "away from the main road in Cameroon, on March 3.")
    assert (event.sub_event_type, event.date_start) == ("Attack", "2019-03-03")


def test_an_offset_in_a_relative_clause_counts_from_its_governing_clause() -> None:
    # Published Wednesday 2019-05-22: "on Sunday" is 19 May, the abduction twelve days before it.
    event = only_event("Gunmen on Sunday released 40 worshippers whom they had abducted from a church in Kajuru "
                       "twelve days earlier, police said.")
    assert (event.sub_event_type, event.date_start) == ("Abduction/forced disappearance", "2019-05-07")


def test_civilians_killed_after_a_fight_are_an_attack_besides_the_fight() -> None:
    events = run("Troops killed 12 villagers in Kumbo after clashes with separatists on Monday.")
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Attack"]


def test_people_killed_in_a_fight_are_its_toll() -> None:
    events = run("Troops killed 12 villagers in Kumbo in clashes with separatists on Monday.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_people_rounded_up_and_executed_are_one_attack() -> None:
    event = only_event("Soldiers rounded up and executed 12 herders at a market in Djibo on Monday, witnesses said.")
    assert event.sub_event_type == "Attack"


def test_people_taken_and_others_killed_are_two_acts() -> None:
    events = run("Gunmen abducted 20 travellers and killed five others near Kajuru on Monday.")
    assert sorted(e.sub_event_type for e in events) == ["Abduction/forced disappearance", "Attack"]


def test_a_killing_on_a_day_of_march_is_no_fire_on_a_march() -> None:
    event = only_event("Soldiers shot dead 14 villagers in Kumbo on March 3.")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians")


def test_a_patrol_of_a_militia_ambushed_is_a_fight() -> None:
    # (and the jihadists who ambush the militia are not that militia)
    event = only_event("Jihadists ambushed a patrol of Dozo hunters near Mopti on Tuesday, killing five of them.")
    assert (event.sub_event_type, event.actor1) == ("Armed clash", "Unidentified Armed Group (Mali)")


def test_vigilantes_killed_are_a_fight() -> None:
    event = only_event("Bandits shot dead six vigilantes near Birnin Gwari on Tuesday.")
    assert event.sub_event_type == "Armed clash"


def test_one_person_killed_by_name_is_a_civilian_attacked() -> None:
    # A name with no actor's or place's name, and a role noun set beside the name with the relative clause on the
    # name, are one person killed: an attack on a civilian (rule subtype.victims.named_person).
    for text, place in (("Mustafa Karimov was shot dead outside his home in Kirkuk on Monday.", "Kirkuk"),
                        ("Jean-Pierre Mukendi was shot dead outside his home in Bunia on Monday.", "Bunia"),
                        ("The body of Jean-Pierre Mukendi was found near Bunia on Monday.", "Bunia"),
                        ("Their first victim was the Mosul provincial judge, Ali Hassan, who was shot dead outside "
                         "his home in Mosul in June 2015.", "Mosul")):
        event = only_event(text)
        assert (event.sub_event_type, event.location) == ("Attack", place), text


def test_a_named_commander_killed_is_no_civilian() -> None:
    event = only_event("Rebel commander Mustafa Karimov was shot dead by soldiers near Kirkuk on Monday.")
    assert event.sub_event_type != "Attack"


def test_people_held_and_beaten_are_attacked() -> None:
    # Force on people already held, with no doer named or a doer the actor table does not know, is an attack on
    # them (the held_people need), not a protest's dispersal nor nothing.
    for text in ("Relatives said detainees were being beaten at the national stadium in Kigali.",
                 "Prisoners were whipped by guards at the jail in Juba on Sunday, a rights group said."):
        assert only_event(text).sub_event_type == "Attack", text


def test_people_named_by_their_work_or_kin_killed_in_the_passive_are_civilians() -> None:
    for text in ("A night watchman was shot dead in Kaduna on Monday.",
                 "A headmaster was shot dead in Kaduna on Monday.",
                 "A tax collector was shot dead in Kaduna on Monday.",
                 "His nephew was shot dead in Kaduna on Monday."):
        assert only_event(text).sub_event_type == "Attack", text


def test_an_official_killed_is_a_civilian_and_a_military_one_is_not() -> None:
    # Nouns of civil office tell the victims of a killing (words/official_victims), never a source's people.
    for text in ("A local government official was shot dead in Kaduna on Monday.",
                 "Gunmen killed a district commissioner in Kaduna on Monday."):
        assert only_event(text).sub_event_type == "Attack", text
    assert only_event("A military official was killed in Kaduna on Monday.").sub_event_type != "Attack"
