"""Violence against civilians (issue 9) through the whole extractor, on sentences written for these tests with the
real spaCy model, gazetteer and actor table: who counts as a civilian victim (the word classes), abductions and
hostage-taking, killings by unnamed attackers, and the armed victims that keep a killing a clash."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import PUBLISHED
from conftest import extract_text as run
from conftest import only_event as only
from frontlog.extract.pipeline import explain_articles
from frontlog.model.records import Article


@pytest.mark.parametrize("victims", ["travellers", "passengers", "herders", "pupils", "mourners"])
def test_killing_people_of_a_civilian_kind_is_an_attack_on_civilians(victims: str) -> None:
    e = only(f"Militants shot dead six {victims} near the town of Mopti in central Mali on Sunday.")
    assert (e.event_type, e.sub_event_type, e.actor2) == ("Violence against civilians", "Attack", "Civilians")
    assert e.fatalities == 6


def test_unnamed_attackers_killing_people_not_called_armed_is_an_attack_by_an_unidentified_group() -> None:
    e = only("Gunmen killed five Norwegians outside the town of Mopti in central Mali on Sunday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", "Unidentified Armed Group (Mali)", "Civilians")


def test_unnamed_attackers_killing_soldiers_is_still_a_clash() -> None:
    e = only("Gunmen killed three soldiers outside the town of Mopti in central Mali on Sunday.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")


def test_hostage_taking_is_an_abduction_of_civilians() -> None:
    e = only("Armed men took twelve bus passengers hostage near the town of Mopti in central Mali on Monday.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group (Mali)", "Civilians")


def test_people_wounded_in_an_attack_with_no_side_named_make_it_an_attack_on_civilians() -> None:
    e = only("Several people were wounded in an attack on the market of Mopti in central Mali on Tuesday.")
    assert (e.sub_event_type, e.actor2) == ("Attack", "Civilians")


@pytest.mark.parametrize("act", ["burned three farmers alive", "hacked three farmers to death",
                                 "stabbed three farmers"])
def test_killings_told_by_their_manner_are_attacks(act: str) -> None:
    e = only(f"Bandits {act} in the village of Mopti in central Mali on Tuesday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", "Unidentified Armed Group (Mali)", "Civilians")


def test_an_attack_told_with_the_killing_of_people_not_armed_is_an_attack_on_civilians() -> None:
    bus = only("Gunmen attacked a bus outside the town of Mopti in central Mali on Sunday, killing four Norwegians.")
    assert (bus.sub_event_type, bus.actor2, bus.fatalities) == ("Attack", "Civilians", 4)
    post = only("Gunmen attacked an army post outside the town of Mopti in central Mali on Sunday, killing four "
                "soldiers.")
    assert (post.sub_event_type, post.actor2) == ("Armed clash", "Military Forces of Mali")


def test_victims_nobody_is_said_to_have_attacked_are_attacked_by_an_unidentified_group() -> None:
    e = only("Four traders were shot dead in the town of Mopti in central Mali on Thursday.")
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == (
        "Attack", "Unidentified Armed Group (Mali)", "Civilians", 4)


def test_civilians_killed_in_a_battle_are_its_toll_not_its_other_side() -> None:
    e = only("Five civilians were killed in fighting between the army and jihadists near the town of Mopti in "
             "central Mali on Monday.")
    assert (e.event_type, e.sub_event_type, e.fatalities) == ("Battles", "Armed clash", 5)
    assert e.actor2 != "Civilians" and e.actor1 != e.actor2


def test_soldiers_shot_dead_is_a_clash() -> None:
    e = only("Jihadists shot dead three soldiers near the town of Mopti in central Mali on Wednesday.")
    assert (e.sub_event_type, e.actor2, e.fatalities) == ("Armed clash", "Military Forces of Mali", 3)


def test_people_found_dead_were_killed_by_someone_unnamed() -> None:
    e = only("Six herders were found dead near the town of Mopti in central Mali on Thursday.")
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == (
        "Attack", "Unidentified Armed Group (Mali)", "Civilians", 6)


# -- victims the press names by occupation, kin or standing (people_words, civilian_victim_words)

@pytest.mark.parametrize("victims", ["a village headman and his son", "a rubber tapper and his wife",
                                     "two lorry drivers", "an imam"])
def test_victims_named_by_their_work_or_kin_are_civilians(victims: str) -> None:
    e = only(f"Jihadists killed {victims} near the town of Mopti in central Mali on Sunday.")
    assert (e.event_type, e.sub_event_type, e.actor2) == ("Violence against civilians", "Attack", "Civilians")


def test_a_leader_of_an_armed_side_is_armed() -> None:
    e = only("Soldiers killed a rebel leader near the town of Mopti in central Mali on Sunday.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")


def test_an_ambush_is_decided_by_whom_it_hit() -> None:
    bus = only("Gunmen ambushed a minibus near the town of Mopti in central Mali on Sunday, killing two drivers.")
    assert (bus.sub_event_type, bus.actor1, bus.actor2) == ("Attack", "Unidentified Armed Group (Mali)", "Civilians")
    patrol = only("Jihadists ambushed an army patrol near the town of Mopti in central Mali on Sunday, killing two "
                  "soldiers.")
    assert (patrol.sub_event_type, patrol.actor2) == ("Armed clash", "Military Forces of Mali")


def test_bodies_found_are_people_killed_by_someone_unnamed() -> None:
    e = only("The bodies of five herders were found near the town of Mopti in central Mali on Thursday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", "Unidentified Armed Group (Mali)", "Civilians")
    assert e.date_start == e.date_end == "2019-05-16"


def test_bodies_of_soldiers_found_are_no_attack_on_civilians() -> None:
    assert all(e.event_type != "Violence against civilians"
               for e in run("The bodies of five soldiers were found near the town of Mopti in central Mali on "
                            "Thursday."))


def test_people_seized_are_abducted_not_a_place_taken() -> None:
    e = only("Gunmen seized three woodcutters near the town of Mopti in central Mali on Monday.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_person_detained_and_missing_since_was_forcibly_disappeared() -> None:
    e = only("A blogger has been missing since police officers detained him in Mopti in April, his lawyer said.")
    assert (e.sub_event_type, e.actor1) == ("Abduction/forced disappearance", "Police Forces of Mali")
    assert (e.date_start, e.date_end) == ("2019-04-01", "2019-04-30")


def test_rape_told_of_a_woman_by_a_pronoun() -> None:
    e = only("A woman told reporters that she had been raped by soldiers in Mopti, in central Mali, in April.")
    assert (e.event_type, e.sub_event_type, e.actor1) == (
        "Violence against civilians", "Sexual violence", "Military Forces of Mali")


def test_a_dateline_in_march_tells_no_protest_march() -> None:
    e = only("SEVARE, March 14 - Jihadists killed nine villagers near the town of Mopti in central Mali on "
             "Tuesday.", published=dt.date(2019, 3, 14))
    assert (e.sub_event_type, e.date_start) == ("Attack", "2019-03-12")


def test_a_trigger_word_inside_a_name_is_no_act() -> None:
    [(explanation, events)] = explain_articles([Article(
        id="t", published=PUBLISHED,
        text="Fighters of the Kayes Popular Liberation Army killed four traders near the town of Mopti in central "
             "Mali on Sunday.")])
    decisions = {d.trigger: d for s in explanation.sentences for d in s.decisions}
    assert not decisions["Liberation"].kept and decisions["Liberation"].rules == ["drop.in_name"]
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_toll_since_a_date_is_no_act() -> None:
    assert run("At least 60 civilians have been killed in the Mopti region of Mali since January, a rights group "
               "said.") == []


def test_a_killing_by_gunfire_is_no_shelling() -> None:
    e = only("Gunmen gunned down three traders in the market of Mopti in central Mali on Sunday.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_participle_on_the_victims_tells_the_killing() -> None:
    e = only("Men on motorcycles machine-gunned the villagers near the town of Mopti in central Mali on Monday.")
    assert (e.sub_event_type, e.actor2, e.date_start) == ("Attack", "Civilians", "2019-05-20")


def test_the_side_blamed_for_an_act_just_told_is_its_doer_not_a_second_act() -> None:
    e = only("Gunmen abducted four woodcutters near the town of Mopti in central Mali on Monday. The army blamed "
             "JNIM for the abduction.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Abduction/forced disappearance", "JNIM", "Civilians")


@pytest.mark.parametrize(("text", "doer"), [
    ("Anti-balaka militiamen killed three herders near the town of Bossangoa on Sunday.", "Anti-Balaka"),
    ("Abu Sayyaf militants kidnapped two fishermen near the town of Jolo on Sunday.", "Abu Sayyaf"),
    ("ELN guerrillas abducted a pastor near the town of Saravena on Sunday.", "ELN"),
])
def test_armed_groups_of_wars_beyond_the_dev_articles_are_named(text: str, doer: str) -> None:
    assert only(text).actor1 == doer


def test_one_act_told_by_two_words_in_one_sentence_is_one_event() -> None:
    e = only("Fighters of the 3R rebel group killed seven herders in Gbade, a village near Bossangoa in the Central "
             "African Republic, on Monday. Residents described the 3R attack as a massacre.")
    assert (e.sub_event_type, e.actor1, e.fatalities) == ("Attack", "3R", 7)


@pytest.mark.parametrize(("act", "sub"), [
    ("beat two herders to death", "Attack"), ("burned a trader to death", "Attack"),
    ("decapitated a village chief", "Attack"), ("slit the throats of three fishermen", "Attack"),
    ("took twelve women captive", "Abduction/forced disappearance"), ("gang-raped two girls", "Sexual violence"),
])
def test_violence_told_by_its_manner(act: str, sub: str) -> None:
    e = only(f"Militiamen {act} near the town of Mopti in central Mali on Sunday.")
    assert (e.event_type, e.sub_event_type, e.actor2) == ("Violence against civilians", sub, "Civilians")


def test_shepherds_killed_by_a_mine_are_civilians() -> None:
    e = only("Three shepherds were killed when a mine exploded near the Syrian town of Manbij on Sunday.")
    assert (e.sub_event_type, e.actor2) == ("Remote explosive/landmine/IED", "Civilians")
