"""Violence against civilians, second round (issue 9), through the whole extractor with the real spaCy model,
gazetteer and actor table, on sentences written for these tests: killings by a named armed side of people nobody
calls armed, maiming, people taken (not places) and people taken and not seen since, victims or an act named again
by a demonstrative, comparisons with a class of acts, and the names of the Maoists and a country's navy."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text as run
from conftest import only_event as only

UGANDA = dt.date(1996, 7, 12)


@pytest.mark.parametrize("text", [
    "Lord's Resistance Army rebels shot dead a schoolteacher near Gulu on Monday, police said.",
    "Police officers dragged four young men from a bar in Kisumu on Friday night and shot them dead, residents said.",
    "Soldiers clubbed a fruit seller to death in Kisumu on Saturday, his brother said.",
])
def test_an_armed_side_killing_people_not_called_armed_is_an_attack_on_civilians(text: str) -> None:
    e = only(text, UGANDA)
    assert (e.event_type, e.sub_event_type, e.actor2) == ("Violence against civilians", "Attack", "Civilians")
    assert e.actor1 and not e.actor1.startswith("Unidentified")


@pytest.mark.parametrize("victims", ["five bandits", "two armed robbers", "three guerrillas", "the attackers",
                                     "three kidnappers", "two cattle rustlers"])
def test_an_armed_side_killing_people_called_armed_is_no_attack_on_civilians(victims: str) -> None:
    events = run(f"Soldiers killed {victims} near Gulu on Monday, the army said.", UGANDA)
    assert all(e.event_type != "Violence against civilians" for e in events), events


def test_who_found_the_bodies_did_not_kill_them() -> None:
    events = run("Troops found the bodies of two farmers near Gulu on Monday.", UGANDA)
    assert all(not (e.actor1 or "").startswith("Military Forces") for e in events), events


@pytest.mark.parametrize("act", ["hacked off the hands of three farmers", "cut off the ears of two traders"])
def test_maiming_is_an_attack_and_no_ground_is_cut_off(act: str) -> None:
    e = only(f"Rebels {act} in a village near Kitgum on Tuesday, a priest said.", UGANDA)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_person_taken_away_is_no_place_taken() -> None:
    events = run("Soldiers took away a journalist from his home in Dili on Tuesday, his wife said.", UGANDA)
    assert events and all(e.event_type != "Battles" for e in events), events


def test_a_person_taken_and_not_seen_since_was_forcibly_disappeared() -> None:
    e = only("Police detained a student activist in Dili on Tuesday. His parents have not seen him since, "
             "and the police say they released him.", UGANDA)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")
    assert e.actor2 == "Civilians"
    same = only("Police detained two activists in Srinagar on Monday, and they have not been seen since.", UGANDA)
    assert same.sub_event_type == "Abduction/forced disappearance"


def test_people_abducted_and_taken_somewhere_make_one_abduction_and_no_capture() -> None:
    e = only("Militiamen abducted 20 pupils from a school in Maliana on Sunday and took them to a camp in the "
             "hills.", UGANDA)
    assert e.sub_event_type == "Abduction/forced disappearance"


def test_victims_named_again_by_a_demonstrative_are_where_they_were_named() -> None:
    e = only("In Kitgum, villagers had gone back to their fields after a month in the camps. Before dawn on "
             "Sunday, fighters on foot machine-gunned these villagers as they slept, a priest said.", UGANDA)
    assert (e.sub_event_type, e.location) == ("Attack", "Kitgum")


def test_a_class_of_acts_compared_with_is_no_act() -> None:
    events = run("Rebels killed 30 villagers in Kitgum on Monday, a priest said. It was one of the deadliest "
                 "attacks on civilians in the north in years.", UGANDA)
    assert len(events) == 1, events


@pytest.mark.parametrize(("text", "published", "actor"), [
    ("Maoist rebels shot dead a teacher in Nepalgunj on Monday, police said.", dt.date(2004, 9, 10),
     "Communist Party of Nepal (Maoist)"),
    ("Maoist rebels abducted two traders near Jagdalpur on Monday, police said.", dt.date(2010, 4, 8),
     "CPI (Maoist)"),
])
def test_maoists_are_the_maoist_party_of_the_country_they_fight_in(text: str, published: dt.date,
                                                                   actor: str) -> None:
    assert only(text, published).actor1 == actor


def test_a_countrys_navy_is_its_military() -> None:
    e = only("Navy sailors beat a fisherman to death near Chittagong on Friday, his family said.",
             dt.date(2015, 3, 6))
    assert (e.sub_event_type, e.actor1) == ("Attack", "Military Forces of Bangladesh")


def test_the_town_inside_a_phrase_of_the_act_is_the_town_just_named() -> None:
    events = run("Rebels burned a school in Gulu on Monday, the army said. A nurse from Kitgum told reporters she had "
                 "been raped by soldiers during an army operation in the town in May.", UGANDA)
    rape = next(e for e in events if e.sub_event_type == "Sexual violence")
    assert rape.location == "Kitgum"


def test_acts_done_repeatedly_to_people_just_named_are_one_act_not_a_habit() -> None:
    e = only("Women who fled told a rights group that rebels had repeatedly raped them at a base outside Kitgum "
             "last year.", UGANDA)
    assert (e.sub_event_type, e.location) == ("Sexual violence", "Kitgum")


def test_who_reports_a_killing_told_in_the_passive_did_not_do_it() -> None:
    events = run("Eleven men, believed to be members of a clan militia, were killed near Kitgum on Sunday, police "
                 "said.", UGANDA)
    assert all(e.actor1 != "Police Forces of Uganda" for e in events), events


@pytest.mark.parametrize("victims", ["two policemen who had surrendered", "three captured soldiers",
                                     "four unarmed fighters"])
def test_killing_people_out_of_the_fight_is_an_attack(victims: str) -> None:
    e = only(f"Rebels shot dead {victims} at a checkpoint near Gulu on Sunday, witnesses said.", UGANDA)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_mixed_toll_is_a_fights_not_an_attack_on_civilians() -> None:
    e = only("Rebels killed five soldiers and three civilians near Gulu on Tuesday, the army said.", UGANDA)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    wife = only("Rebels shot dead the wife of a soldier near Gulu on Tuesday, the army said.", UGANDA)
    assert wife.sub_event_type == "Attack"


def test_state_forces_firing_on_a_crowd_is_force_against_protesters_and_its_toll_told_next_is_its_own() -> None:
    e = only("Police fired on thousands of tea pickers who were marching over a bridge into Kericho on Friday. "
             "Six people were killed there, a hospital official said.", UGANDA)
    assert (e.sub_event_type, e.actor2, e.fatalities) == ("Excessive force against protesters", "Protesters (Kenya)", 6)


def test_gunmen_firing_on_a_crowd_is_still_an_attack_on_civilians() -> None:
    e = only("Gunmen opened fire on hundreds of worshippers at a church in Kitgum on Sunday.", UGANDA)
    assert e.sub_event_type == "Attack"


def test_a_broadcaster_shot_dead_by_men_on_a_motorcycle_is_an_attack_by_an_unidentified_group() -> None:
    e = only("In Gulu, two men riding a motorbike gunned down a radio broadcaster near his house on Thursday.", UGANDA)
    assert (e.sub_event_type, e.actor1) == ("Attack", "Unidentified Armed Group (Uganda)")
