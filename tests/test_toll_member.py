"""A killing told in a clause on one of the dead a toll is said to include ("the dead included a teacher, who was
shot near his school", "among the dead was a nurse who was shot") is one of that toll's dead, no act of its own
(drop.toll_member; issue 9, session 23); the same killing told as news is an attack. Through the whole extractor,
on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 8)


def kinds(text: str) -> list[str]:
    return [e.sub_event_type for e in run(text, published=PUBLISHED)]


def test_a_teacher_the_dead_included_is_no_attack_of_his_own() -> None:
    assert kinds("Fighting between two armed factions killed 25 people in Zawiya on Friday. The dead included a "
                 "teacher, Salem Naji, who was shot near his school.") == ["Armed clash"]


def test_a_nurse_among_the_dead_is_no_attack_of_her_own() -> None:
    # (even at a place of its own: she is counted in the toll, not told as news)
    assert kinds("Fighting between two armed factions killed 25 people in Zawiya on Friday. Among the dead was a "
                 "nurse who was shot dead outside the clinic in Sabratha.") == ["Armed clash"]


def test_two_drivers_among_the_victims_are_no_attack_of_their_own() -> None:
    assert kinds("Fighting between two armed factions killed 25 people in Zawiya on Friday. Among the victims were "
                 "two drivers who were shot dead on the coastal road near Sabratha.") == ["Armed clash"]


def test_the_same_killing_told_as_news_is_an_attack() -> None:
    assert kinds("Gunmen shot dead a teacher near his school in Zawiya on Friday.") == ["Attack"]
