"""The borders between event types (issue 9, session 18), through the whole extractor with the real spaCy model,
gazetteer and actor table, on sentences written for these tests: people taken and then killed, named again by a
pronoun or taken in a relative clause; arrests in raids on homes, which are no protest's."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text as run
from conftest import only_event as only

PUBLISHED = dt.date(2023, 3, 15)


@pytest.mark.parametrize("text", [
    "Armed men took four herders from their camp near Gao on Sunday and shot them dead, relatives said.",
    "Rebels pulled six traders off a lorry near Bunia on Monday and shot them, a local official said.",
    "Bandits dragged two farmers out of their fields near Gusau on Sunday and then shot at them, police said.",
])
def test_people_taken_and_named_again_by_a_pronoun_are_the_killing_s_victims(text: str) -> None:
    e = only(text, PUBLISHED)
    assert (e.event_type, e.sub_event_type, e.actor2) == ("Violence against civilians", "Attack", "Civilians")


def test_a_pronoun_with_a_subject_of_its_own_is_not_resolved() -> None:
    # "they" has its own verb: the soldiers killed are armed, whoever "them" stands for elsewhere.
    events = run("Rebels ambushed an army patrol near Beni on Sunday and soldiers shot them dead.", PUBLISHED)
    assert all(e.event_type != "Violence against civilians" for e in events), events


@pytest.mark.parametrize("text", [
    "Soldiers executed about 20 men they had rounded up in a village near Mopti on Sunday, witnesses said.",
    "Gunmen shot dead five villagers whom they had abducted from a farm near Gusau on Monday, police said.",
])
def test_people_taken_in_a_relative_clause_and_killed_are_one_attack(text: str) -> None:
    e = only(text, PUBLISHED)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")


def test_killers_taken_in_a_relative_clause_stay_two_acts() -> None:
    events = run("Police arrested two men who had killed a trader in Mopti on Sunday, the governor said.", PUBLISHED)
    assert {e.sub_event_type for e in events} == {"Arrests", "Attack"}, events


@pytest.mark.parametrize("text", [
    "Security forces detained dozens of opposition activists in overnight raids on their homes in Conakry on Sunday.",
    "Police arrested 12 opposition members at their homes in Lome on Sunday, their party said.",
])
def test_arrests_in_raids_on_homes_are_no_protest_s(text: str) -> None:
    e = only(text, PUBLISHED)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Arrests")


def test_arrests_at_a_rally_stay_the_protest_s() -> None:
    e = only("Police detained 40 opposition supporters at a rally in Conakry on Sunday.", PUBLISHED)
    assert (e.event_type, e.sub_event_type) == ("Protests", "Protest with intervention")


def test_people_taken_in_a_participle_and_killed_are_one_attack() -> None:
    e = only("Soldiers tortured and killed three young men detained at a military camp near Mopti on Sunday.",
             PUBLISHED)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Kidnappings for ransom have become common on the roads around Kaduna, residents say.",
    "Lootings are rife in the markets of Bangui, traders say.",
])
def test_acts_told_as_a_habit_of_a_place_are_no_act(text: str) -> None:
    assert run(text, PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "A former minister was picked up by soldiers at Bamako airport on Saturday, his lawyer said.",
    "Israeli forces seized two Palestinians in a raid on Tubas before dawn on Sunday.",
    "Authorities jailed a Catholic bishop in Matagalpa on Friday, the church said.",
])
def test_people_held_by_a_state_are_an_arrest(text: str) -> None:
    e = only(text, PUBLISHED)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Arrests")


def test_a_court_jailing_someone_is_a_verdict() -> None:
    assert run("A court in Managua jailed a Catholic bishop for 26 years on Friday.", PUBLISHED) == []


@pytest.mark.parametrize("target", ["a convoy of aid trucks", "a humanitarian convoy", "a wedding party"])
def test_an_attack_on_a_gathering_or_convoy_of_civilians_is_an_attack_on_civilians(target: str) -> None:
    e = only(f"Militants attacked {target} near Kaya on Sunday, officials said.", PUBLISHED)
    assert (e.event_type, e.sub_event_type, e.actor2) == ("Violence against civilians", "Attack", "Civilians")


def test_an_attack_on_a_military_convoy_stays_a_clash() -> None:
    e = only("Militants attacked a military convoy near Kaya on Sunday, officials said.", PUBLISHED)
    assert e.event_type == "Battles"


@pytest.mark.parametrize("text", [
    "Rebel fighters left the town of Dera'a al-Balad on Sunday under an evacuation deal and government forces "
    "took over their positions.",
    "Under the deal, hundreds of fighters left Dera'a al-Balad on buses, and government troops entered the district "
    "on Sunday.",
])
def test_a_place_taken_under_a_deal_is_a_non_violent_transfer(text: str) -> None:
    e = only(text, PUBLISHED)
    assert e.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize("text", [
    "Government forces recaptured the town of Busra al-Sham on Sunday, violating a deal reached last week.",
    "Government forces completed their capture of Busra al-Sham on Sunday after the last rebels left under a deal.",
])
def test_a_capture_against_a_deal_or_completed_is_still_a_capture(text: str) -> None:
    e = only(text, PUBLISHED)
    assert e.sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text", [
    "Security forces beat and arrested dozens of protesters in Conakry on Sunday.",
    "Police beat dozens of protesters in Harare on Sunday.",
])
def test_a_state_s_force_on_protesters_is_the_protest_s_intervention(text: str) -> None:
    e = only(text, PUBLISHED)
    assert (e.event_type, e.sub_event_type) == ("Protests", "Protest with intervention")
    assert e.actor1 and e.actor1.startswith("Protesters")


def test_soldiers_beating_villagers_stay_an_attack_on_civilians() -> None:
    e = only("Soldiers beat residents of a village near Kumba on Sunday, witnesses said.", PUBLISHED)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("deed", ["looted shops before fleeing", "burned dozens of houses"])
def test_a_place_stormed_to_loot_or_burn_is_the_looting(deed: str) -> None:
    e = only(f"Gunmen stormed the village of Kamba near Beni on Sunday and {deed}.", PUBLISHED)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Looting/property destruction")


def test_a_place_stormed_where_people_were_hurt_keeps_the_attack() -> None:
    events = run("Gunmen stormed a church in Kamba near Beni on Sunday, beat worshippers and looted the offerings.",
                 PUBLISHED)
    assert "Attack" in {e.sub_event_type for e in events}, events


@pytest.mark.parametrize(("text", "sub"), [
    ("Houthi rebels detonated the home of a tribal sheikh in al-Bayda on Sunday.", "Looting/property destruction"),
    ("Troops detonated a cache of explosives found in a house near Kirkuk on Sunday.", "Disrupted weapons use"),
    ("Police detonated a suspicious device found near a school in Kirkuk on Sunday.", "Disrupted weapons use"),
    ("Militants detonated a bomb near an army patrol in Kirkuk on Sunday.", "Remote explosive/landmine/IED"),
    ("Militants detonated explosives inside a house in Kirkuk on Sunday, killing a family of five.",
     "Remote explosive/landmine/IED"),
])
def test_what_a_detonation_destroyed_or_hit_decides_its_kind(text: str, sub: str) -> None:
    assert only(text, PUBLISHED).sub_event_type == sub


def test_an_attack_whose_own_killing_hit_soldiers_is_a_fight_whatever_civilians_the_sentence_names() -> None:
    # The attack noun is the subject of "killed": the soldiers it killed say who it hit; the civilian drivers left
    # missing are told by another verb (subtype.victims.killed_by_act).
    events = run("An attack on a supply convoy near Kaya killed nine soldiers on Monday and left 30 civilian "
                 "drivers missing, a security source said.", PUBLISHED)
    assert "Armed clash" in [e.sub_event_type for e in events]
    assert "Attack" not in [e.sub_event_type for e in events]


def test_soldiers_shooting_at_an_ambulance_attack_civilians() -> None:
    # An ambulance is a place of civilians as a target (words/civilian_sites.txt): with no armed side hit and no
    # victims told, soldiers firing on it attack civilians, no clash (subtype.victims.civilian_site).
    events = run("Soldiers shot at an ambulance on the road to Kumbo on Tuesday, health workers said.", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Attack"]
