"""One act, one record across an article (session 28, branch merge2): a raid on people retold in a later sentence
by its unnamed doer ("the attackers surrounded the village"), and a place taken without a fight retold by an act
noun ("the fall of X"). Through the whole extractor, on sentences written for these tests (other wars than the
probes the fixes were built on)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2022, 3, 1)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=DAY))


# merge.raid_retold: the attackers' raid verb in a later sentence tells the attack again, no fight.
def test_the_attackers_surrounding_the_village_is_the_attack_told_again() -> None:
    assert _subs("Armed men killed eight farmers in Kajuru on Saturday, police said. The attackers surrounded the "
                 "village before dawn.") == ["Attack"]


def test_a_fight_with_the_unnamed_raiders_stays_a_clash() -> None:
    subs = _subs("Gunmen killed nine villagers in Bukkuyum on Saturday, residents said. Vigilantes fought the "
                 "gunmen for two hours before they fled.")
    assert subs.count("Attack") == 1 and "Armed clash" in subs


def test_a_named_group_fighting_beside_its_killings_stays_a_clash() -> None:
    subs = _subs("Al-Shabaab fighters killed four civilians in Afgooye on Saturday, residents said. Al-Shabaab "
                 "also attacked the town's police station, officials said.")
    assert "Armed clash" in subs


# merge.handover_retold: the fall of a town taken without a fight is that hand-over.
def test_the_fall_of_a_town_taken_without_a_fight_is_the_handover() -> None:
    assert _subs("Houthi fighters took control of Harib on Monday without a fight after tribal forces withdrew, "
                 "residents said. The rebels entered the town at dawn and raised their flag over the district "
                 "office. The fall of Harib opened the road to Marib.") == ["Non-violent transfer of territory"]


def test_a_fought_capture_told_again_stays_a_capture() -> None:
    subs = _subs("Rebels captured Pibor on Monday after heavy fighting with the army, residents said. The fall of "
                 "Pibor cut the road to the border.")
    assert "Non-violent transfer of territory" not in subs
