"""A killing told in a clause on one of the dead a toll is said to include ("the health ministry's toll included a
comedian, Ali Hamed, who was shot dead in X") is one of that toll's dead, no act of its own (drop.toll_member;
issue 9, session 23); the same killing told as news is an attack. Through the whole extractor, on sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 8)


def test_a_comedian_the_toll_included_is_no_attack_of_his_own() -> None:
    events = run("Clashes between rival militias killed 30 people in Tripoli on Saturday. The health ministry's toll "
                 "included a comedian, Ali Hamed, who was shot dead in the Souq al-Jumaa district.",
                 published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_the_same_killing_told_as_news_is_an_attack() -> None:
    assert [e.sub_event_type for e in run("Gunmen shot dead a comedian, Ali Hamed, in the Souq al-Jumaa district of "
                                          "Tripoli on Saturday.", published=PUBLISHED)] == ["Attack"]
