"""Types of real reporting, round 4 (session 30, branch types14): arms carried off by raiders after the deed told
first (a looting of its own beside the raid, and no weapon of its killing), arms captured or recovered by a state's
force (disrupted weapons use, not ground taken), positions "targeted" with no weapon told (a clash), and targets
"destroyed" by aircraft (an air strike); each with its converse. Through the whole extractor, on sentences written
for these tests (other wars and towns than the probes of benchmarks/probes/types14.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2020, 3, 10)


def _subs(text: str, day: dt.date = DAY) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=day))


# settle.py: a theft is no part of the raid it is told with (settle.looting_part_of_attack)
def test_weapons_carried_off_in_a_raid_are_their_own_looting() -> None:
    subs = _subs("Militants stormed a gendarmerie post in Tillaberi on Sunday, killing three gendarmes and stealing "
                 "their rifles, officials said.")
    assert "Looting/property destruction" in subs
    assert "Armed clash" in subs


def test_houses_burned_in_a_killing_stay_the_killing() -> None:
    subs = _subs("Gunmen attacked the village of Kukawa on Sunday, killing eight villagers and burning houses.")
    assert "Looting/property destruction" not in subs


def test_a_crowd_that_looted_and_threw_stones_is_one_riot() -> None:
    subs = _subs("Youths looted shops and threw stones at police in Kisumu on Tuesday, witnesses said.")
    assert "Looting/property destruction" not in subs


# triggers.yaml: capture/recovery of weapons by a state's force (disrupted weapons use, no ground taken)
def test_troops_who_captured_a_stock_of_rifles_took_no_ground() -> None:
    subs = _subs("Soldiers captured 30 rifles and ammunition in Bama on Thursday, the army said.", dt.date(2018, 6, 9))
    assert subs == ["Disrupted weapons use"]


def test_recovery_of_rifles_is_a_disrupted_weapons_use() -> None:
    subs = _subs("An operation by police in the hills near Cotabato led to the recovery of six rifles and a "
                 "grenade launcher on Monday.", dt.date(2019, 2, 13))
    assert subs == ["Disrupted weapons use"]


# triggers.yaml: target (VERB) with no weapon, on an armed target (needs: place, armed_target)
def test_rebels_who_targeted_army_positions_fought_a_clash() -> None:
    subs = _subs("Rebels targeted army positions near Kidal on Sunday, a military source said.", dt.date(2021, 5, 4))
    assert subs == ["Armed clash"]


def test_drones_that_targeted_positions_made_no_clash() -> None:
    subs = _subs("Turkish drones targeted Kurdish positions near Qamishli on Sunday, a monitor said.",
                 dt.date(2023, 1, 9))
    assert "Armed clash" not in subs


def test_a_state_that_targeted_militant_positions_fought_no_clash() -> None:
    subs = _subs("Jets bombed a market in Saada on Monday. The coalition said it had targeted militant "
                 "positions in the city.", dt.date(2015, 7, 23))
    assert "Armed clash" not in subs


def test_a_plan_to_target_positions_is_nothing() -> None:
    assert _subs("The army said it would target rebel positions near Kidal in the coming days.",
                 dt.date(2021, 5, 4)) == []


# settle.py: a theft is no weapon of the killing told with it (settle.kill_with_weapon)
def test_a_fight_told_with_guns_carried_off_keeps_its_toll() -> None:
    events = run("Rebels attacked a police station in Bunia on Monday, killed three policemen and made off with "
                 "about 40 rifles, officials said.", published=dt.date(2021, 9, 14))
    subs = sorted(e.sub_event_type for e in events)
    assert "Armed clash" in subs and "Looting/property destruction" in subs
    assert [e.fatalities for e in events if e.sub_event_type == "Armed clash"] == [3]


# triggers.yaml: destroy (VERB) with an aircraft as its doer (needs: air_doer)
def test_jets_that_destroyed_targets_made_an_air_strike() -> None:
    subs = _subs("Nigerian Air Force jets destroyed several insurgent targets near Bama on Friday, a spokesman said.",
                 dt.date(2021, 4, 17))
    assert subs == ["Air/drone strike"]


def test_soldiers_who_destroyed_a_bridge_made_no_air_strike() -> None:
    subs = _subs("Soldiers destroyed a bridge near Bama on Friday to stop the insurgents' advance, a spokesman said.",
                 dt.date(2021, 4, 17))
    assert "Air/drone strike" not in subs
