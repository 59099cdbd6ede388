"""Battles over-predicted (session 26, branch battles8): an extra clash or capture where the analyst codes one act
or none. Through the whole extractor, on sentences written for these tests (other wars than the sets tuned on)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2022, 3, 9)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=DAY))


# merge.clash_on_civilians: a raid on people read as a fight beside the record of what it did to them.
def test_a_raid_that_abducts_is_no_clash() -> None:
    assert _subs("Gunmen attacked the Kalma camp near Nyala on Sunday night and abducted six women, officials "
                 "said.") == ["Abduction/forced disappearance"]


def test_an_attack_told_with_its_area_of_clashes_is_one_attack() -> None:
    subs = _subs("Gunmen killed nine people in an attack on a village near Tillaberi on Sunday, the mayor said. "
                 "The village lies in an area hit repeatedly by clashes between herders and farmers.")
    assert "Armed clash" not in subs and "Attack" in subs


def test_a_clash_with_armed_defenders_beside_the_killing_stays() -> None:
    subs = _subs("Jihadists raided the town of Djibo in Burkina Faso on Thursday, killing 12 residents; members "
                 "of a self-defence militia fought them for two hours, and three militiamen died.")
    assert "Armed clash" in subs and "Attack" in subs


# settle.unopposed_transfer: a place taken "when" its holders fled or withdrew is a hand-over.
def test_taken_when_the_defenders_fled_is_a_hand_over() -> None:
    assert _subs("Rebels took the town of Bria when government soldiers abandoned their positions on "
                 "Tuesday.") == ["Non-violent transfer of territory"]


def test_taken_when_soldiers_fled_a_fight_is_a_capture() -> None:
    assert _subs("Rebels took the town of Bria on Tuesday when government soldiers fled after three hours of "
                 "fighting.") == ["Non-state actor overtakes territory"]
