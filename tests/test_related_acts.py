"""An act named by a definite noun as the subject of a verb that sets it against something else ("The attack came
days after a commander defected") was told before: no new act (rule modality.refers_back; issue 9, session 18).
Through the whole extractor, on an article written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

STORY = """Militia kills 40 in village raid

Militiamen killed 40 villagers in an attack on the village of Wad Kabbo in Gezira state, Sudan, on Friday,
activists said.

The attack came days after a militia commander defected to the army with his fighters.
"""


def test_the_attack_related_to_a_defection_is_no_second_act() -> None:
    events = run(STORY, published=dt.date(2024, 10, 26))
    assert [e.sub_event_type for e in events if e.event_type != "Strategic developments"] == ["Attack"]


def test_an_attack_told_first_by_its_noun_is_still_told() -> None:
    events = run("An attack on the village of Wad Kabbo in Gezira state, Sudan, killed 40 villagers on Friday.",
                 published=dt.date(2024, 10, 26))
    assert [e.sub_event_type for e in events] == ["Attack"]
