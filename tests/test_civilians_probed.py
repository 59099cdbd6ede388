"""Violence against civilians, third round (session 10's probes of common phrasings), through the whole extractor
with the real spaCy model, gazetteer and actor table, on sentences written for these tests: manners of killing told
around a long object, killings by arson, a killing beside a reporter's title, people who left the force, a named
village attacked, the doer of an act noun reported by someone else, and the act noun "killing"."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text as run
from conftest import only_event as only
from frontlog.model.records import Event


def told(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in events]


# --- "hack * to death" and the like read across a direct object longer than three words ----------------------

def test_a_manner_of_killing_reads_across_a_long_object() -> None:
    e = only("Attackers armed with machetes hacked eleven members of one family to death in Butembo overnight.")
    assert (e.sub_event_type, e.actor2, e.location, e.fatalities) == ("Attack", "Civilians", "Butembo", 11)


def test_the_long_gap_is_only_an_object() -> None:
    # "to death" hangs on another verb, not after the object of "beat": no beating to death is told
    assert run("Militiamen beat drums in the streets of Bunia and many people prayed to death's saint.") == []


# --- a killing by arson is an attack; a killing is not folded into an appointment -----------------------------

def test_people_burnt_to_death_in_a_torched_vehicle_are_an_attack_not_a_destruction() -> None:
    events = run("Militiamen torched a minibus outside Bunia on Sunday, burning nine travellers to death.")
    assert told(events) == [("Attack", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians",
                             "Bunia")]
    assert events[0].fatalities == 9


def test_a_torched_market_with_nobody_killed_stays_a_destruction() -> None:
    events = run("Rebels set fire to a market in Kidal on Sunday.")
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_a_hyphenated_participle_describes_the_speaker_it_tells_no_appointment() -> None:
    events = run("Soldiers shot dead 12 traders at a market in Gao on Monday, the junta-appointed governor said.")
    assert told(events) == [("Attack", "Military Forces of Mali", "Civilians", "Gao")]


def test_a_hyphenated_verb_of_the_lexicon_is_still_read() -> None:
    e = only("Militants gang-raped two women in Bunia on Sunday.")
    assert e.sub_event_type == "Sexual violence"


# --- people who left the force are civilians ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Unidentified attackers killed an ex-soldier in Jalalabad on Monday.",
    "Gunmen shot dead a retired police colonel outside his home in Peshawar on Friday.",
])
def test_killing_a_former_member_of_a_force_is_an_attack(text: str) -> None:
    assert only(text).sub_event_type == "Attack"


def test_killing_serving_soldiers_is_still_a_clash() -> None:
    assert only("Gunmen shot dead two soldiers in Peshawar on Friday.").sub_event_type == "Armed clash"


# --- a named village attacked ---------------------------------------------------------------------------------

def test_gunmen_attacking_a_place_called_a_village_attack_civilians() -> None:
    e = only("Gunmen attacked Kuru, a village near Jos, on Saturday night.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians")


# --- the act noun's own "by" names its doer, not the subject of the verb that reports it ------------------------

@pytest.mark.parametrize(("text", "doer"), [
    ("Police confirmed the abduction of two nuns in Bamenda by separatist fighters on Sunday.",
     "Ambazonian Separatists"),
    ("Police in Borno confirmed the kidnapping of a nurse in Bama by gunmen on Monday.",
     "Unidentified Armed Group (Nigeria)"),
])
def test_the_reporter_of_an_abduction_is_not_its_doer(text: str, doer: str) -> None:
    e = only(text)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Abduction/forced disappearance", doer, "Civilians")


# --- "the killing of" ---------------------------------------------------------------------------------------

def test_the_killing_of_people_is_an_act() -> None:
    e = only("The killing of five aid workers near Gao on Monday drew wide condemnation.")
    assert (e.sub_event_type, e.actor2, e.location) == ("Attack", "Civilians", "Gao")


def test_the_killing_of_people_by_soldiers_names_the_soldiers() -> None:
    e = only("Residents condemned the killing of 12 villagers by soldiers in Kidal on Sunday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", "Military Forces of Mali", "Civilians")


# --- bodies recovered, people taken from their homes, a shooting at a place, reactions to an act ----------------

def test_bodies_recovered_are_a_killing() -> None:
    e = only("The bodies of seven kidnapped traders were recovered from a river near Katsina on Friday.")
    assert (e.sub_event_type, e.actor2, e.location) == ("Attack", "Civilians", "Katsina")


@pytest.mark.parametrize(("text", "sub"), [
    ("Armed men took a journalist from his house in Gao on Monday night.", "Abduction/forced disappearance"),
    ("Police took the opposition leader from his home in Harare on Friday.", "Arrests"),
])
def test_a_person_taken_from_home_is_taken_by_force(text: str, sub: str) -> None:
    assert only(text).sub_event_type == sub


def test_a_shooting_at_a_place_of_civilians_is_an_attack() -> None:
    e = only("A shooting at a restaurant in Irapuato left six people dead on Saturday.")
    assert (e.sub_event_type, e.actor1, e.fatalities) == ("Attack", "Unidentified Armed Group (Mexico)", 6)


@pytest.mark.parametrize("text", [
    "Police are investigating the shooting of a radio presenter in San Pedro Sula on Monday.",
    "The army condemned the massacre of 30 villagers in Djibo on Sunday.",
])
def test_who_reacts_to_an_act_did_not_do_it(text: str) -> None:
    e = only(text)
    assert e.sub_event_type == "Attack" and e.actor1.startswith("Unidentified Armed Group")


def test_an_act_ranked_as_one_of_the_worst_is_the_act_told() -> None:
    e = only("Gunmen shot dead 12 passengers near Zhob on Monday. The provincial government listed it as one of "
             "the worst attacks on travellers in Balochistan in recent years.")
    assert (e.location, e.fatalities) == ("Zhob", 12)


# --- an unnamed group blamed for an act told before is the one of the act's country ----------------------------

@pytest.mark.parametrize("text", [
    "Four farmers were abducted near Gao on Monday. The army blamed jihadists for the abduction.",
    "The army blamed militants for the massacre of 30 villagers near Gao on Sunday.",
])
def test_an_unnamed_group_blamed_is_named_with_the_country(text: str) -> None:
    assert only(text).actor1 == "Unidentified Armed Group (Mali)"


# --- people freed in a raid are not its victims (words/freeing_verbs.txt) ----------------------------------------

def test_a_raid_that_frees_hostages_is_no_attack_on_civilians() -> None:
    events = run("Soldiers attacked a bandit camp near Birnin Gwari on Tuesday and rescued 12 abducted farmers "
                 "after a gunfight, the army said.")
    assert "Attack" not in [e.sub_event_type for e in events]
    assert "Armed clash" in [e.sub_event_type for e in events]


def test_a_raid_that_kills_villagers_is_still_an_attack() -> None:
    events = run("Soldiers raided a village near Birnin Gwari on Tuesday and killed seven farmers, residents said.")
    assert "Attack" in [e.sub_event_type for e in events]


# --- a person taken, told by a pronoun (needs.yaml person_patient) ----------------------------------------------

def test_seizing_him_is_an_abduction_not_a_place_taken() -> None:
    events = run("Kidnappers released a priest on Monday, four days after seizing him from his parish house in "
                 "Ekiti State, the diocese said.", dt.date(2023, 10, 31))
    assert [(e.sub_event_type, e.date_start) for e in events] == [("Abduction/forced disappearance", "2023-10-26")]


# --- an attack known by the toll told after it (words/toll_participles.txt, subtype.toll_of_attack) --------------

def test_an_attack_by_a_named_group_leaving_dead_is_an_attack_on_people() -> None:
    events = run("The last attack by ADF rebels near Beni was on Sunday, leaving 17 dead, local officials said.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Attack", "Allied Democratic Forces")]


def test_an_attack_on_soldiers_leaving_dead_stays_a_clash() -> None:
    events = run("The attack by ADF rebels on an army post near Beni was on Sunday, leaving 17 soldiers dead.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


# --- an ambulance fired on is a civilian site (words/civilian_sites.txt) ------------------------------------------

def test_soldiers_firing_on_an_ambulance_attack_civilians() -> None:
    events = run("Soldiers shot at an ambulance near Mekelle on Tuesday, health workers said.")
    assert [e.sub_event_type for e in events] == ["Attack"]


# --- one person told by a pronoun the sentence leaves unresolved (subtype.victims.named_person) -----------------

def test_a_person_told_by_he_and_shot_dead_is_an_attack_on_a_civilian() -> None:
    events = run("He was shot dead outside his home in Lasarte on Saturday, residents said.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_he_among_soldiers_shot_dead_is_no_civilian() -> None:
    events = run("A soldier and a policeman were wounded and he was shot dead in Lasarte on Saturday.")
    assert "Attack" not in [e.sub_event_type for e in events]


# --- only the act's verbs free anyone: "Free Syrian Army" is a name (session 21 review) ---------------------

def test_a_name_with_free_in_it_is_no_rescue() -> None:
    events = run("Free Syrian Army fighters attacked a convoy near Tal Rifaat on Monday, and seven civilians died.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians")]
