"""An act noun hung by "in" or "during" on the people a verb names ("killed dozens of militants in air strikes") is
how that verb was done: the verb's subject did it and its object was hit, wherever the parse hangs the phrase
(issue 9, session 18). Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 3, 5)


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in run(text, published=PUBLISHED)]


def test_the_verbs_subject_struck_and_its_object_was_hit() -> None:
    assert _sides("The army killed dozens of militants in air strikes near Djibo on Monday.") == [
        ("Air/drone strike", "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)")]


def test_the_same_under_a_report() -> None:
    assert _sides("The army said on Monday it had killed dozens of militants in air strikes near Djibo.") == [
        ("Air/drone strike", "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)")]


def test_a_phrase_on_the_verb_keeps_its_sides() -> None:
    assert _sides("Russian jets killed 12 civilians in air strikes on Idlib on Sunday.") == [
        ("Air/drone strike", "Russian Armed Forces", "Civilians")]
