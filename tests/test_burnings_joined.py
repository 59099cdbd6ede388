"""A burning joined by "and" to a killing is folded into it (settle.looting_part_of_attack) only when it is the
same doer's on the same days: on sentences written for these tests (session 21 review)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def subs(events) -> list[str]:
    return sorted(e.sub_event_type for e in events)


def test_a_burning_by_another_doer_is_its_own_act() -> None:
    events = run("Gunmen killed nine villagers in Bokkos on Sunday and soldiers burned 30 houses.")
    assert "Looting/property destruction" in subs(events)


def test_a_burning_on_another_day_is_its_own_act() -> None:
    events = run("Gunmen killed nine villagers in Bokkos on Sunday and burned 30 houses there on Wednesday.",
                 dt.date(2023, 12, 29))
    assert "Looting/property destruction" in subs(events)


def test_a_burning_joined_to_a_killing_is_still_folded() -> None:
    events = run("Gunmen killed nine villagers in Bokkos on Sunday and burned 30 houses.")
    assert subs(events) == ["Attack"]
