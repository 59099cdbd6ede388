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


# drop.casualties_described: a fight noun under a participle of harm on people, no place nor time of its own.
def test_people_killed_in_clashes_describe_a_crowd() -> None:
    assert _subs("Relatives of gendarmes killed in clashes with jihadists held a sit-in outside the defence "
                 "ministry in Niamey on Sunday.") == ["Peaceful protest"]


def test_a_fight_with_its_own_place_and_day_under_the_participle_stays() -> None:
    subs = _subs("Four soldiers killed in clashes with militants near Miranshah on Sunday were buried in Peshawar "
                 "on Monday.")
    assert "Armed clash" in subs


# merge.clash_state_branches: one fight told with the gendarmes and again with the soldiers sent to help them.
def test_a_post_attacked_and_the_reinforcements_fight_is_one_clash() -> None:
    assert _subs("Separatist fighters attacked a gendarmerie post in Kumba on Sunday, killing three gendarmes, "
                 "local sources said. Soldiers sent as reinforcements fought the attackers for several "
                 "hours.") == ["Armed clash"]


def test_a_capture_in_a_relative_clause_keeps_its_force_beside_a_flight() -> None:
    subs = _subs("Tuareg rebels took control of Kidal in 2012 when the army fled before the advance of jihadists, "
                 "who seized Timbuktu.")
    assert "Non-violent transfer of territory" in subs and "Non-state actor overtakes territory" in subs


# subtype.territory.left_again: a place entered and left again by its taker in one telling is a raid.
def test_a_brief_entry_before_retreating_is_a_clash() -> None:
    assert _subs("Al-Shabaab fighters entered the town of Bulo Burde on Monday, exchanging fire with troops for an "
                 "hour before retreating.") == ["Armed clash"]


def test_a_withdrawal_on_a_later_day_leaves_the_capture() -> None:
    assert "Non-state actor overtakes territory" in _subs("Rebels seized the town of Bria on Monday before "
                                                          "withdrawing to the hills on Thursday.")


def test_a_withdrawal_from_another_town_leaves_the_capture() -> None:
    assert "Non-state actor overtakes territory" in _subs("Rebels captured Khan Shaykhun on Sunday and withdrew "
                                                          "from the nearby town of Morek.")
