"""Longer reports (benchmarks/probes/retell.jsonl): one act told again in another shape is one event; what a
report says besides its act (tallies, habits, references) is none. Sentences written for these tests, through the
real extractor."""

from __future__ import annotations

from conftest import extract_text as run
from frontlog.model.records import Event


def summary(events: list[Event]) -> list[tuple]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.location, e.date_start, e.date_end) for e in events]


def test_the_losers_claim_to_have_repelled_the_capture_is_the_capture_told_again() -> None:
    events = run("Islamic State fighters seized the town of Baiji on Thursday after heavy fighting with Iraqi "
                 "troops, residents said. The army said its soldiers had repelled the assault and inflicted heavy "
                 "losses on the attackers.")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"], summary(events)


def test_the_defenders_claim_to_have_beaten_back_the_attack_is_the_capture_told_again() -> None:
    events = run("Al-Shabaab fighters overran the town of Bulo Burde on Monday, local elders said. A Somali army "
                 "commander said his troops had beaten back the attack on Bulo Burde.")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"], summary(events)


def test_a_siege_of_months_and_the_capture_that_ends_it_stay_two_acts() -> None:
    events = run("Government forces recaptured the town of Baiji on Thursday. Islamic State fighters had besieged "
                 "Baiji since March.")
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Government regains territory"], \
        summary(events)
