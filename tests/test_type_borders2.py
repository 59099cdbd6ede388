"""The borders between event types, second batch (session 19, from benchmarks/probes/kinds2.jsonl's failures),
through the whole extractor on sentences written for these tests: fighters killed when out of the fight (wounded,
captured, surrendered) are an attack, not a clash, and their surrender is no act of its own; the devices a stopped
cache held never went off; what an attack wrecked is its target, never its weapon."""

from __future__ import annotations

from conftest import extract_text as run
from frontlog.model.records import Event


def subs(events: list[Event]) -> list[str]:
    return sorted(e.sub_event_type for e in events)


# --- fighters out of the fight: Attack (hors_de_combat, the `people` need) ---------------------------------------

def test_wounded_fighters_shot_dead_are_an_attack() -> None:
    events = run("Troops shot dead four wounded rebel fighters lying beside a road near Bambari on Monday, a video "
                 "showed.")
    assert subs(events) == ["Attack"]


def test_captured_soldiers_lined_up_and_shot_are_an_attack() -> None:
    events = run("Militiamen lined up a dozen captured soldiers outside a school near Kadugli on Friday and shot "
                 "them, witnesses said.")
    assert "Attack" in subs(events)
    assert "Armed clash" not in subs(events)


def test_troops_shot_after_surrender_are_an_attack_and_no_surrender() -> None:
    events = run("Rebel fighters shot seven soldiers who had surrendered near Kalehe on Thursday, the army said.")
    assert subs(events) == ["Attack"]


def test_gendarmes_killed_after_surrendering_leave_no_change_of_group() -> None:
    events = run("KINSHASA - Rebels attacked the town of Kalehe on Saturday. Witnesses told a local radio that the "
                 "rebels shot dead four gendarmes who had surrendered at their post on Sunday morning.")
    assert "Change to group/activity" not in subs(events)
    assert "Non-violent transfer of territory" not in subs(events)


def test_a_clash_with_fighters_stays_a_clash() -> None:
    events = run("Troops killed six rebel fighters in a gunbattle near Bambari on Monday.")
    assert subs(events) == ["Armed clash"]


def test_soldiers_shot_in_an_ambush_stay_a_clash() -> None:
    events = run("Gunmen shot four soldiers in an ambush near Kadugli on Friday.")
    assert "Attack" not in subs(events)


# --- a cache of devices destroyed: Disrupted weapons use, no explosion (settle.defused_device) --------------------

def test_a_cache_of_roadside_bombs_detonated_is_no_explosion() -> None:
    events = run("Army engineers detonated a cache of 25 roadside bombs left by insurgents near Mosul on Tuesday.")
    assert subs(events) == ["Disrupted weapons use"]


# --- what an attack wrecked is no weapon of it (words/wrecking_verbs) --------------------------------------------

def test_helicopters_destroyed_in_an_attack_on_a_base_make_no_air_strike() -> None:
    events = run("Rebel fighters attacked the army base in Nyala on Tuesday, destroying three helicopters on the "
                 "ground.")
    assert "Air/drone strike" not in subs(events)
    assert "Armed clash" in subs(events)


def test_helicopters_that_strike_stay_an_air_strike() -> None:
    events = run("Army helicopters attacked rebel positions near Nyala on Tuesday, killing 12 fighters.")
    assert subs(events) == ["Air/drone strike"]


# --- where a killing was is not whom it was done to (arguments.victim_objects) -----------------------------------

def test_officers_killed_at_an_office_in_a_refugee_camp_are_a_clash() -> None:
    events = run("A gunman killed four intelligence officers at an office in a camp for displaced people near Bunia "
                 "on Monday.")
    assert subs(events) == ["Armed clash"]


def test_fire_opened_at_worshippers_stays_an_attack() -> None:
    events = run("Gunmen opened fire at worshippers outside a mosque near Bunia on Monday, killing two.")
    assert subs(events) == ["Attack"]


# --- people freed, named by what was done to them: no act told (modality.state_of_people) ------------------------

def test_kidnapped_villagers_freed_by_troops_tell_no_abduction() -> None:
    events = run("Troops freed 30 kidnapped travellers in a raid on a bandit camp near Katsina on Tuesday after a "
                 "gunfight, the army said.")
    assert "Abduction/forced disappearance" not in subs(events)
