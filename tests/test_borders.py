"""The borders between event types where civilians are hurt (session 11's probes, benchmarks/probes/borders.jsonl),
through the whole extractor with the real spaCy model, gazetteer and actor table, on sentences written for these
tests: the killing of civilians beside a fight or an abduction in one sentence, fights told as exchanged gunfire,
killings by crowds, and a word of an armed group's name that is no protest."""

from __future__ import annotations

import pytest

from conftest import extract_text as run
from frontlog.model.records import Event


def told(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return sorted((e.sub_event_type, e.actor1, e.actor2) for e in events)


def subs(events: list[Event]) -> list[str]:
    return sorted(e.sub_event_type for e in events)


# --- a killing of civilians told in its own clause beside a fight or an abduction: two acts ----------------

def test_villagers_killed_before_defenders_fought_back_are_an_attack_and_a_clash() -> None:
    events = run("Gunmen killed seven farmers in a village near Zurmi on Tuesday before local hunters drove them "
                 "off after an hour of fighting.")
    assert "Attack" in subs(events)


def test_residents_killed_and_a_fight_with_volunteers_in_one_sentence_are_two_acts() -> None:
    events = run("Jihadists killed 15 residents of a village near Kaya on Friday, and militiamen fought them "
                 "until nightfall.")
    assert subs(events) == ["Armed clash", "Attack"]


def test_people_killed_and_others_kidnapped_are_an_attack_and_an_abduction() -> None:
    events = run("Armed men shot dead three traders near Funtua on Saturday and kidnapped nine others.")
    assert subs(events) == ["Abduction/forced disappearance", "Attack"]
    abduction = next(e for e in events if e.sub_event_type.startswith("Abduction"))
    assert abduction.fatalities is None  # the toll is the killing's


@pytest.mark.parametrize("text", [
    "Gunmen seized 20 men in a village near Tillaberi on Monday and shot them dead.",  # the people just taken
    "Gunmen kidnapped and killed four herders near Tillaberi on Monday.",  # one object for both verbs
])
def test_people_taken_and_killed_stay_one_attack(text: str) -> None:
    assert subs(run(text)) == ["Attack"]


@pytest.mark.parametrize("text", [
    "Four civilians were killed in crossfire when soldiers and rebels clashed in Kalehe on Thursday.",
    "Soldiers clashed with militants near Kaya on Friday, killing three civilians.",
    "Armed men killed two bystanders in a shootout with police in Irapuato on Monday.",
])
def test_civilians_killed_in_the_fight_itself_are_its_toll(text: str) -> None:
    assert subs(run(text)) == ["Armed clash"]


# --- fights told as gunfire exchanged -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Soldiers and insurgents exchanged gunfire in Baidoa on Sunday.",
    "Police and gang members traded heavy gunfire in Gonaives for several hours on Sunday.",
])
def test_exchanged_gunfire_is_a_clash(text: str) -> None:
    assert subs(run(text)) == ["Armed clash"]


# --- killings by crowds -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "An angry crowd stoned to death a suspected cattle thief in Mbarara on Sunday.",
    "Villagers stoned two suspected thieves to death near Kilifi on Sunday.",
    # the model reads "lynched" before a conjunction as an adjective and leaves it unlemmatised
    "Residents of a Goma neighbourhood lynched and burned two men accused of theft on Tuesday.",
])
def test_killings_by_crowds_are_mob_violence(text: str) -> None:
    assert "Mob violence" in subs(run(text))


# --- a word of an armed group's name is no protest -----------------------------------------------------------

def test_an_armed_group_named_anti_something_burning_homes_is_no_riot() -> None:
    events = run("Anti-balaka militiamen set fire to dozens of homes in Bossangoa on Friday.")
    assert subs(events) == ["Looting/property destruction"]


def test_a_crowd_against_something_burning_a_building_still_riots() -> None:
    events = run("Anti-government demonstrators set fire to the town hall in Bossangoa on Friday.")
    assert subs(events) == ["Violent demonstration"]


# --- people killed in crossfire: the fight is the event -------------------------------------------------------

def test_civilians_killed_in_crossfire_between_two_sides_are_the_clash() -> None:
    events = run("Three civilians were killed in crossfire between soldiers and militiamen in Kalehe on Tuesday.")
    assert subs(events) == ["Armed clash"]


# --- force against a crowd that was rioting belongs to the riot (spec) -----------------------------------------

def test_live_fire_on_stone_throwers_is_part_of_their_riot() -> None:
    events = run("Youths hurled stones at police in Kaolack on Friday; officers fired live rounds, killing one "
                 "protester.")
    assert subs(events) == ["Violent demonstration"]
    assert events[0].fatalities == 1


def test_a_riot_after_force_on_peaceful_marchers_is_a_second_act() -> None:
    events = run("Police shot dead three peaceful marchers in Kisumu on Monday. Angry youths then set fire to a "
                 "police station in Kisumu.")
    assert subs(events) == ["Excessive force against protesters", "Violent demonstration"]


def test_the_dead_of_a_riot_told_next_are_its_toll_not_an_attack() -> None:
    events = run("Demonstrators set fire to the ruling party's offices in Lilongwe on Wednesday. Four people were "
                 "killed there, doctors said.")
    assert subs(events) == ["Violent demonstration"]
    assert events[0].fatalities == 4


# --- the victims' class: people not on duty are not fighting ---------------------------------------------------

def test_an_off_duty_policeman_shot_at_home_is_an_attack_on_a_civilian() -> None:
    events = run("Gunmen shot dead an off-duty policeman outside his house in Maiduguri on Sunday.")
    assert subs(events) == ["Attack"]


def test_an_on_duty_patrol_attacked_is_still_a_clash() -> None:
    events = run("Gunmen shot dead two policemen on patrol in Maiduguri on Sunday.")
    assert subs(events) == ["Armed clash"]


# --- a toll since a clause is a tally, not an act --------------------------------------------------------------

def test_a_toll_since_an_act_told_as_a_clause_is_no_act() -> None:
    events = run("Armed groups have killed more than 300 villagers in northern Mali since the peacekeepers left.")
    assert "Attack" not in subs(events)


# --- a participle on a noun tells its own past act --------------------------------------------------------------

def test_a_detention_told_in_a_participle_is_not_negated_by_the_clause_above() -> None:
    events = run("A student leader detained by soldiers in Conakry on Monday has not been seen since, his "
                 "family said.")
    assert subs(events) == ["Abduction/forced disappearance"]


def test_a_negated_act_of_its_own_clause_stays_negated() -> None:
    assert run("Soldiers did not detain anyone in Conakry on Monday.") == []


def test_people_seized_told_in_a_participle_were_abducted_not_a_place_taken() -> None:
    events = run("Twelve farmers seized by gunmen near Gusau last month were released on Sunday.")
    assert subs(events) == ["Abduction/forced disappearance"]


# --- a force's demonym says who acted, not that the town is in its own country ---------------------------------

def test_a_town_across_the_border_of_a_force_named_by_its_demonym_is_kept() -> None:
    events = run("Russian forces shelled Kherson on Monday, killing two civilians.")
    assert [(e.sub_event_type, e.location, e.country) for e in events] == [
        ("Shelling/artillery/missile attack", "Kherson", "UA")]
