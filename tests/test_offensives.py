"""Battles told at length (session 13's probes, benchmarks/probes/offensives.jsonl), through the whole extractor
with the real spaCy model, gazetteer and actor table, on sentences written for these tests: one fight told by
each side, one taking told on two days."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.model.records import Event

FRIDAY = dt.date(2024, 7, 5)


def subs(events: list[Event]) -> list[str]:
    return sorted(e.sub_event_type for e in events)


# --- one fight, one record --------------------------------------------------------------------------------

def test_each_sides_telling_of_one_fight_is_one_clash() -> None:
    # The attackers' telling names only them; the defenders' names only themselves, their attackers unnamed.
    events = run("Russian troops have been storming Siversk since Monday, Ukraine's army said on Friday, in the "
                 "fiercest fighting for the town this year. Ukrainian units repelled several assaults on the "
                 "town's railway district, a brigade spokesman said.", FRIDAY)
    assert subs(events) == ["Armed clash"]
    assert {events[0].actor1, events[0].actor2} == {"Russian Armed Forces", "Ukrainian Armed Forces"}
    # (the defenders' repelling now names the attack's other side itself, so the two tellings need no merge)
    assert {"merge.clash_one_side_each", "discourse.repelled_attack"} & set(events[0].rules)


# --- one taking, one record -------------------------------------------------------------------------------

def test_a_town_taken_and_claimed_days_later_is_one_capture() -> None:
    events = run("M23 rebels seized Rubaya on Monday after a short battle, residents said. The rebels said on "
                 "Wednesday that they had taken Rubaya and its mines.")
    assert subs(events) == ["Non-state actor overtakes territory"]
    # Wednesday is when the taking was claimed ("had taken": before that day, date.before_report), not a day of it.
    assert (events[0].date_start, events[0].date_end) == ("2019-05-20", "2019-05-20")


def test_two_towns_taken_on_two_days_stay_two_captures() -> None:
    events = run("Ukrainian forces recaptured the village of Robotyne on Monday, the army said. On Tuesday, they "
                 "retook the nearby village of Verbove after heavy fighting.")
    assert len([e for e in events if e.sub_event_type == "Government regains territory"]) == 2


def test_fighting_told_after_a_capture_with_no_place_of_its_own_is_the_capture() -> None:
    events = run("Rebels of the M23 seized the town of Kiwanja on Tuesday after clashing with the army, a UN source "
                 "said. Residents said the fighting started at dawn and went on until the soldiers fled.")
    assert subs(events) == ["Non-state actor overtakes territory"]


# --- no act of its own ------------------------------------------------------------------------------------

def test_an_offensives_tally_of_villages_is_no_fight() -> None:
    events = run("Rebel artillery shelled the outskirts of Hama on Friday, a war monitor said. Their offensive has so "
                 "far taken more than 30 towns and villages in Hama and Idlib provinces, the monitor said.")
    assert subs(events) == ["Shelling/artillery/missile attack"]


def test_what_a_side_still_does_told_in_the_present_is_a_habit() -> None:
    events = run("Al-Shabaab fighters stormed a base near Afgooye on Monday, officials said. The militants still "
                 "stage ambushes on the road to Baidoa.")
    assert [e.location for e in events] == ["Afgooye"]


def test_a_capital_after_according_to_is_who_reports_not_where() -> None:
    events = run("Houthi fighters attacked government positions in Marib on Monday, officials said. The rebels "
                 "have made small gains in recent weeks, according to Riyadh.")
    assert "Riyadh" not in {e.location for e in events}
