"""Acts mentioned, not told (issue 9, session 18: benchmarks/wire4's first contact): an act in the present perfect
with an adverb of experience ("has broken truces before", rule drop.experienced_before), and youths breaking away
from a march (no faction leaving its group). Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2011, 5, 4)


def test_truces_broken_before_are_no_agreement() -> None:
    events = run("The PKK has broken truces before.", published=PUBLISHED)
    assert events == []


def test_riots_seen_before_are_no_riot() -> None:
    events = run("The poor districts of Marseille and Toulouse have seen waves of rioting before.", published=PUBLISHED)
    assert events == []


def test_attacks_previously_claimed_are_no_attack() -> None:
    events = run("The group has previously attacked army convoys in the Kidal region.", published=PUBLISHED)
    assert events == []


def test_a_dated_act_with_before_is_still_told() -> None:
    # "before" with a date of its own: the act has its time, it is told.
    events = run("Rebels have attacked the army base in Kidal twice before, on Monday and on Tuesday.",
                 published=PUBLISHED)
    assert [e.event_type for e in events] != []


def test_youths_breaking_away_from_a_march_are_no_new_group() -> None:
    events = run("Riot police fired tear gas in Omonia Square on Tuesday after masked youths broke away from the "
                 "students' march and threw stones at officers.", published=PUBLISHED)
    assert "Change to group/activity" not in [e.sub_event_type for e in events]


def test_a_faction_breaking_away_from_its_group_is_still_a_change() -> None:
    events = run("A faction of the rebel army broke away from the movement in Kidal on Sunday and formed its own "
                 "armed group.", published=PUBLISHED)
    assert "Change to group/activity" in [e.sub_event_type for e in events]
