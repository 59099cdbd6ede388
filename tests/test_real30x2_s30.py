"""How a trigger gets its place in real wire copy (issue 9, session 30: the real30o2 census and real pages): a far
town locating a province does not narrow it, a province's officials as the only place, a "village, X Division"
chain is one place, a place inside "according to", a trigger word in a name spelt out before its acronym, and the
reader's doubled captions. On sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.jobs.documents import clean_text

PUBLISHED = dt.date(2019, 6, 14)


def test_a_far_town_locating_a_province_does_not_narrow_it() -> None:
    events = run("Eight New People's Army guerrillas died in a firefight with soldiers on Wednesday in Samar province, "
                 "southeast of Manila, the army said.", published=PUBLISHED)
    assert [e.location for e in events if e.sub_event_type == "Armed clash"] == ["Samar"]


def test_a_town_inside_the_region_still_narrows_it() -> None:
    events = run("Bandits killed nine villagers on Sunday in Zamfara State near Gusau, a police spokesman said.",
                 published=PUBLISHED)
    assert [e.location for e in events if e.sub_event_type == "Attack"] == ["Gusau"]


def test_a_province_s_officials_place_the_act_they_tell_of() -> None:
    events = run("The police chief of Ghazni province announced on Sunday that insurgents had killed four policemen "
                 "at a checkpoint overnight.", published=PUBLISHED)
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Ghazni Province")]


def test_a_town_s_officials_do_not_place_an_act() -> None:
    # a town's officials may speak of acts anywhere: no place rather than theirs
    events = run("Police officials in Peshawar said militants had killed two soldiers in an ambush on Sunday.",
                 published=PUBLISHED)
    assert "Peshawar" not in {e.location for e in events}


def test_the_act_s_own_place_wins_over_the_officials_province() -> None:
    events = run("Officials in Borno State said jihadists killed nine fishermen near Baga on Saturday.",
                 published=PUBLISHED)
    assert [e.location for e in events] == ["Baga"]


def test_a_village_and_its_division_are_one_place() -> None:
    events = run("Separatist fighters killed two gendarmes in an ambush on Wednesday in the village of Kumbo, Bui "
                 "Division, in Cameroon's North West region.", published=PUBLISHED)
    assert [e.location for e in events if e.event_type == "Battles"] == ["Kumbo"]


def test_a_list_of_two_towns_is_still_two_places() -> None:
    events = run("Militants attacked police posts in Bannu and Lakki Marwat on Monday, killing four officers.",
                 published=PUBLISHED)
    assert len([e for e in events if e.event_type == "Battles"]) == 2


def test_a_place_inside_according_to_gives_way_to_the_act_s_own() -> None:
    events = run("Insurgents beheaded three villagers near Macomia on Sunday, according to a report in the Maputo "
                 "newspaper Savana.", published=PUBLISHED)
    assert [e.location for e in events] == ["Macomia"]


def test_a_trigger_word_in_a_name_spelt_out_before_its_acronym_is_no_act() -> None:
    events = run("Police said two of the men killed were commanders of the People's Liberation Guerrilla Army (PLGA) "
                 "in Sukma district.", published=PUBLISHED)
    assert [e for e in events if e.event_type == "Battles" and "territory" in e.sub_event_type] == []


def test_a_headline_word_before_an_agency_credit_is_still_an_act() -> None:
    events = run("Rebels Capture Town of Bunagana (AFP)", published=PUBLISHED)
    assert [e.location for e in events] == ["Bunagana"]


def test_a_caption_told_twice_with_its_credit_is_removed_both_times() -> None:
    text = ("Jihadists kill five soldiers in central Mali\n\n"
            "Soldiers patrol the old town of Djenne in central Mali on March 3, 2020.\n"
            "Soldiers patrol the old town of Djenne in central Mali on March 3, 2020. © Jane Roe, AFP (file photo)\n\n"
            "Jihadists killed five soldiers in an attack on an army post, the army said on Sunday.")
    cleaned = clean_text(text)
    assert "Djenne" not in cleaned
    assert "Jihadists killed five soldiers" in cleaned


def test_a_caption_with_an_ap_photo_credit_is_removed() -> None:
    text = ("Drone strike kills two in south Lebanon\n\n"
            "Fighters carry a coffin in a village in southern Lebanon, May 2, 2024. (AP Photo/Jane Roe)\n\n"
            "An Israeli drone strike killed two people in the village of Houla on Sunday.")
    cleaned = clean_text(text)
    assert "coffin" not in cleaned
    assert "Houla" in cleaned


def test_the_dead_of_an_attack_were_attacked_by_an_unnamed_group() -> None:
    # "20 soldiers were killed in an attack": the soldiers are actor2, the attacker unnamed
    events = run("Some 15 Nigerien soldiers were killed in a militant attack near Tillaberi on Monday, officials said.",
                 published=PUBLISHED)
    assert [(e.actor1, e.actor2) for e in events if e.event_type == "Battles"] == [
        ("Unidentified Armed Group (Niger)", "Military Forces of Niger")]


def test_who_says_an_attack_killed_people_did_not_do_it() -> None:
    events = run("Kenyan police say nine people have been killed in an attack on a bus near Lamu.",
                 published=PUBLISHED)
    assert [e.actor1 for e in events if e.sub_event_type == "Attack"] == ["Unidentified Armed Group (Kenya)"]
