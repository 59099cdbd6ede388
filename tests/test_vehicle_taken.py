"""A bus or another place of civilians seized, and the people in it killed, is one attack, not also an abduction
(issue 9, session 25: benchmarks/probes/vac7.jsonl). Through the whole extractor, on sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2019, 3, 12)


def test_bus_hijacked_and_passengers_killed_is_one_attack() -> None:
    events = run("Militants hijacked a minibus near Garissa on Sunday and shot dead nine passengers, police said.",
                 published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_people_killed_and_others_abducted_stay_two_acts() -> None:
    events = run("Bandits killed six villagers and abducted 30 others in Gusau on Sunday, police said.",
                 published=PUBLISHED)
    assert sorted(e.sub_event_type for e in events) == ["Abduction/forced disappearance", "Attack"]
