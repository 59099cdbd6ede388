"""Battles told as claims and counterclaims (session 15's probes, benchmarks/probes/claims.jsonl), through the whole
extractor with the real spaCy model, gazetteer and actor table, on sentences written for these tests: each side's
statement of one fight, dated by the day it was said, is that fight told again, not a second one."""

from __future__ import annotations

from conftest import extract_text as run
from frontlog.model.records import Event

# conftest's PUBLISHED is Wednesday 2019-05-22: Saturday is the 18th, Sunday the 19th, Monday the 20th.


def clashes(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [(e.date_start, e.date_end) for e in events if e.sub_event_type == "Armed clash"]


# --- a statement's day is not the fight's (extract/dating.py, rule date.before_report) ----------------------

def test_a_sides_statement_dated_by_its_noun_is_the_fight_told_before() -> None:
    # "In a statement on Sunday": the statement's day; "had ambushed" came before it: the Saturday fight again.
    events = run("Soldiers fought Boko Haram fighters near Damboa on Saturday, the army said. In a statement on "
                 "Sunday, the insurgents said they had ambushed a patrol in the area and killed six soldiers.")
    assert clashes(events) == [("2019-05-18", "2019-05-18")]


def test_a_date_right_after_said_is_the_reports_however_the_parse_hangs_it() -> None:
    # The parse hangs "on Monday" on "had repelled"; the army's "Saturday's fighting" dates the one fight.
    events = run("The Houthis said on Monday they had repelled an attack by government forces on their positions "
                 "near Taiz. The army said in its own statement that it had lost four soldiers in Saturday's "
                 "fighting.")
    assert clashes(events) == [("2019-05-18", "2019-05-18")]


def test_a_battle_named_in_a_past_perfect_under_a_dated_report_is_the_battle_told_before() -> None:
    # "had lost three men in the battle": the noun hangs on "in", the past perfect is its verb's.
    events = run("Fighting between Tuareg rebels and the army near Menaka on Sunday killed ten fighters, officials "
                 "said. On Tuesday the rebels said they had lost three men in the battle and killed 11 soldiers.")
    assert clashes(events) == [("2019-05-19", "2019-05-19")]


def test_a_date_in_a_relative_clause_is_not_the_acts_when_the_report_day_is_dropped() -> None:
    # "the town ... they seized last week": last week is the seizure's; the recapture came before Wednesday.
    events = run("The army said on Wednesday it had driven the rebels out of Kidal, the town of old mud mosques "
                 "they seized last week.")
    taken = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert len(taken) == 1 and taken[0].date_end == "2019-05-22"


# --- entered and lost again: no change of hands (subtype.territory.repulsed, discourse.repelled_attack) ------

def test_a_town_entered_and_lost_in_one_telling_is_a_clash() -> None:
    events = run("Al-Shabaab fighters entered parts of the town of Beledweyne on Tuesday before being pushed out by "
                 "Somali troops, officials said.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert "subtype.territory.repulsed" in events[0].rules


def test_a_town_lost_weeks_later_was_taken_first() -> None:
    events = run("Rebels seized the town of Menaka on Monday but were driven out two weeks later.")
    assert "Non-state actor overtakes territory" in [e.sub_event_type for e in events]


def test_attackers_driven_out_after_a_fight_are_that_fights_end() -> None:
    events = run("Jihadists attacked the town of Djibo on Sunday and fought soldiers for several hours, residents "
                 "said. The army said on Monday that the assailants had been driven out of the town.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


# --- a claim another side denies; a town named only to locate another; a fight's toll ---------------------

def test_a_capture_claimed_and_denied_is_no_capture() -> None:
    # (subtype.territory.claim_denied: "a claim the army denied" leaves the base fought for, not taken: the clash)
    events = run("The army said it had repelled an attack on its base near Kidal on Sunday. The rebels said their "
                 "fighters had overrun the base, a claim the army denied.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_disputed_toll_leaves_the_act_standing() -> None:
    events = run("Al-Shabaab said its fighters had killed more than 130 soldiers in an attack on a base near Afgooye "
                 "on Friday, a figure the AU mission disputed.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_town_that_only_locates_another_is_no_second_place() -> None:
    # "Sake, a town west of Goma": Goma locates Sake (patterns.yaml, distance_locator), no fight there.
    events = run("Rebels and the army traded accusations over clashes on Thursday near Sake, a town west of Goma, "
                 "each side saying the other had attacked first.")
    assert [e.location for e in events] == ["Sake"]


def test_a_killing_told_as_a_participle_of_a_fight_is_its_toll() -> None:
    # "Clashes ... broke out ... and spread ..., killing six": the clashes killed them (conjoined verbs).
    events = run("Clashes between two armed groups broke out in Tripoli's Tajoura district on Sunday and spread to "
                 "nearby streets, killing at least six people, medics said.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_fight_claimed_and_dismissed_stands() -> None:
    events = run("The rebels said their fighters had killed 30 soldiers in clashes near Menaka on Sunday, a claim the "
                 "army dismissed as propaganda.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_group_telling_what_its_fighters_did_where_unnamed_gunmen_struck_claims_that_act() -> None:
    events = run("Gunmen killed nine villagers in an attack on the town of Gorom-Gorom on Sunday, residents said. "
                 "JNIM said in a statement on Monday that its fighters had attacked a militia post in the town.")
    assert [(e.sub_event_type, e.actor2, e.date_start) for e in events] == [("Attack", "Civilians", "2019-05-19")]


def test_a_group_claiming_an_attack_elsewhere_tells_another_act() -> None:
    events = run("Gunmen killed nine villagers in an attack on the town of Gorom-Gorom on Sunday, residents said. "
                 "JNIM said in a statement on Monday that its fighters had attacked an army base in Djibo.")
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Attack"]


def test_the_attack_claimed_after_a_strike_whose_doer_was_not_named_is_that_strike() -> None:
    events = run("Drones hit a power station in the Russian city of Belgorod overnight, starting a fire, the regional "
                 "governor said on Tuesday. A source in Ukraine's security service said the agency had carried out "
                 "the attack.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Air/drone strike", "Belgorod")]
