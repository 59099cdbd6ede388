"""The Battles borders of session 20's second round (from benchmarks/probes/battles2.jsonl and wire6's failures),
through the whole extractor on sentences written for these tests: a siege of weeks that ends in the besiegers' capture
is the fight for it (one act), and a place that "changed hands" over years is a history of fighting, not a
handover; an attack noun with no target of its own is the attack the verb beside it tells."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.model.records import Event

TERRITORY = {"Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory"}


def subs(events: list[Event]) -> list[str]:
    return sorted(e.sub_event_type for e in events)


def test_a_siege_of_weeks_ended_by_the_besiegers_capture_is_one_act() -> None:
    events = run("The rebels took Bambari, the capital of Ouaka, in early May after a four-week siege, residents said.",
                 dt.date(2024, 5, 20))
    assert subs(events) == ["Non-state actor overtakes territory"]


def test_a_siege_of_years_ended_by_a_capture_stays_two_acts() -> None:
    events = run("This May, the long-besieged Bambari barracks were captured by the rebels after a three-year siege.",
                 dt.date(2024, 5, 20))
    assert "Armed clash" in subs(events)


def test_changed_hands_several_times_is_no_handover() -> None:
    events = run("The town of Marib has changed hands several times over the past decade, and residents say they no "
                 "longer know who controls it.")
    assert "Non-violent transfer of territory" not in subs(events)


def test_a_town_handed_over_is_still_a_handover() -> None:
    events = run("The militia handed the town of Kafr Nabudah over to the army on Monday under a deal, officials "
                 "said.")
    assert "Non-violent transfer of territory" in subs(events)


def test_an_attack_noun_with_no_target_is_the_attack_the_verb_tells() -> None:
    events = run("Kidal was the scene of the rebellion's first attack in May 2012, when about 40 armed men attacked "
                 "two police stations, killing three officers.")
    assert subs(events) == ["Armed clash"]


def test_an_attack_noun_with_its_own_target_stays() -> None:
    events = run("Gunmen killed six traders in an attack on the market in Kidal on Sunday, hours after gunmen "
                 "attacked an army post in the town.")
    assert "Attack" in subs(events)
