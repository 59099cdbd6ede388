"""The choice between two event types when a sentence's words fit both (session 24's probes, benchmarks/probes/
types2.jsonl), through the whole extractor on sentences written for these tests: lethal force on a crowd told as
violent (a riot, not force against peaceful demonstrators), and a word that stands for a bomb only as a modifier
("a roadside bomb") told as a place ("by the roadside")."""

from __future__ import annotations

from conftest import extract_text as run


def subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text))


# --- lethal force on a crowd told as violent: one violent demonstration -------------------------------------

def test_fire_on_a_crowd_stoning_vehicles_is_a_violent_demonstration() -> None:
    events = run("Police fired live bullets at a crowd that was stoning their vehicles in Kisumu on Monday, "
                 "killing a student.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert events[0].actor1 == "Rioters (Kenya)"


def test_fire_on_protesters_looting_shops_is_one_violent_demonstration() -> None:
    assert subs("Troops opened fire on protesters who were looting shops in Kisumu on Monday, killing two.") \
        == ["Violent demonstration"]


def test_fire_on_a_peaceful_march_stays_excessive_force() -> None:
    assert subs("Police opened fire on a crowd of marchers in Kisumu on Monday, killing two.") \
        == ["Excessive force against protesters"]


# --- "roadside" names a place unless it modifies a noun ----------------------------------------------------

def test_bodies_dumped_by_the_roadside_are_no_bomb() -> None:
    assert subs("Gunmen shot dead three travellers and dumped their bodies by the roadside near Gao on Sunday, "
                "residents said.") == ["Attack"]


def test_a_roadside_bomb_stays_a_bomb() -> None:
    assert subs("A roadside bomb killed three soldiers near Gao on Sunday, a military source said.") \
        == ["Remote explosive/landmine/IED"]


# --- blasts a strike set off are its effect -------------------------------------------------------------------

def test_explosions_set_off_by_a_drone_strike_are_no_second_act() -> None:
    assert subs("A Ukrainian drone struck an ammunition depot in the Belgorod region on Monday, setting off a series "
                "of explosions, the governor said.") == ["Air/drone strike"]


def test_secondary_explosions_of_an_air_strike_are_no_second_act() -> None:
    assert subs("Israeli jets bombed a weapons depot near Tyre on Monday, triggering secondary explosions, the army "
                "said.") == ["Air/drone strike"]


def test_an_explosion_told_beside_a_strike_in_its_own_clause_stays() -> None:
    assert subs("Israeli jets bombed a weapons depot near Tyre on Monday, and a roadside bomb killed two soldiers "
                "near Nabatieh.") == ["Air/drone strike", "Remote explosive/landmine/IED"]


# --- a riot's word in a chanted slogan is no riot ------------------------------------------------------------

def test_a_rally_chanting_death_to_rioters_is_a_peaceful_protest() -> None:
    assert subs('Thousands of government supporters rallied in Isfahan on Tuesday, chanting "Death to rioters" and '
                'waving flags.') == ["Peaceful protest"]


def test_rioters_told_outside_quotation_stay_a_riot() -> None:
    assert subs("Rioters burned cars and chanted slogans in Isfahan on Tuesday.") == ["Violent demonstration"]


# --- an act whose object is nobody is denied --------------------------------------------------------------------

def test_a_cache_seized_arresting_no_one_is_no_arrest() -> None:
    assert subs("Soldiers seized a cache of rifles in a raid on a house in Peshawar on Monday, arresting no one, the "
                "army said.") == ["Disrupted weapons use"]


def test_police_have_arrested_nobody_is_no_arrest() -> None:
    events = run("Gunmen shot dead a trader in Kano on Sunday and police have arrested nobody.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Attack", "Unidentified Armed Group (Nigeria)")]


# --- people fired on, parsed as the subject of a gerund after the verb -----------------------------------------

def test_police_attacking_mourners_marching_is_force_on_the_march() -> None:
    assert subs("Police attacked hundreds of mourners marching to the cemetery in Zahedan on Monday, killing two, "
                "rights groups said.") == ["Excessive force against protesters"]
