"""A "he" or "she" killed counts as one person named (subtype.victims.named_person) only when the sentence before
names nobody armed: on sentences written for these tests (session 21 review)."""

from __future__ import annotations

from conftest import extract_text as run


def test_a_pronoun_after_an_armed_person_is_no_named_civilian() -> None:
    events = run("Colonel Jean Mutombo, the commander of the army's 34th brigade, left his home in Beni on Monday. "
                 "He was shot dead near the town.")
    assert ("Attack", "Civilians") not in [(e.sub_event_type, e.actor2) for e in events]


def test_a_pronoun_after_a_civilian_is_still_one_named() -> None:
    events = run("Jean Mutombo, a trader, left his home in Beni on Monday. He was shot dead near the town.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians")]
