"""People held at gunpoint, and fighters killed after they gave up (issue 9, session 19: benchmarks/wire5's first
contact): 'held its staff at gunpoint' is an abduction (triggers.yaml); 'shot dead five rebels after they had
surrendered' is an attack on people out of the fight, and the surrender in its clause no act of its own (rule
settle.gave_up_before_killed). Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2019, 5, 5)


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in run(text, published=PUBLISHED)]


def test_staff_held_at_gunpoint_are_taken() -> None:
    assert "Abduction/forced disappearance" in subs(
        "Gunmen stormed the offices of the state radio in Bangui on Friday and held its staff at gunpoint for six "
        "hours, the station's director said.")


def test_fighters_shot_after_they_surrendered_are_an_attack_on_them() -> None:
    assert subs("Soldiers shot dead five rebels near Kidal on Monday after they had surrendered, a rights group "
                "said.") == ["Attack"]


def test_fighters_killed_after_they_attacked_stay_a_fight() -> None:
    assert subs("Soldiers killed five rebels near Kidal on Tuesday after they attacked an army post, the army "
                "said.") == ["Armed clash"]
