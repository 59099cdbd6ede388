"""One act coded twice, round 2 (session 31, branch fold15): an air strike or a shelling told again by its blast
("the bombing", "the blast") is one strike, not also a bomb; the converse, a roadside bomb told with a place of its
own beside a strike, stays two. Through the whole extractor, on sentences written for these tests (other wars
than the probes of benchmarks/probes/fold15.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2022, 6, 15)  # a Wednesday


def _subs(text: str, day: dt.date = DAY) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=day))


# taxonomy.tsv: an air strike and a shelling subsume the bomb their blast is told as
def test_an_air_strike_told_again_by_its_blast_is_one_strike() -> None:
    assert _subs("A Turkish drone strike hit a car near Qamishli on Monday. The blast killed two fighters, a "
                 "monitoring group said.") == ["Air/drone strike"]


def test_a_shelling_told_again_as_the_bombing_is_one_shelling() -> None:
    assert _subs("Russian artillery shelled a market in Kherson on Monday, killing three people. The bombing "
                 "destroyed dozens of stalls, the governor said.") == ["Shelling/artillery/missile attack"]


def test_a_strike_and_a_roadside_bomb_in_another_town_stay_two() -> None:
    assert _subs("An air strike hit a house in Tal Afar on Monday, killing four militants. In Sinjar, a roadside "
                 "bomb killed two soldiers the same day.") == ["Air/drone strike", "Remote explosive/landmine/IED"]


# discourse.retelling: "the attack" whose doer the text never named (actor.attacker_by_default) after a capture
def test_the_attack_after_a_base_overrun_is_the_taking() -> None:
    assert _subs("Jihadists overran an army camp in Menaka on Monday. The attack killed 15 soldiers, a security "
                 "source said.") == ["Non-state actor overtakes territory"]


# drop.back_reference: an attack owned by the day of a clash told before names that clash
def test_the_days_attacks_after_a_clash_are_the_clash() -> None:
    assert _subs("Soldiers clashed with ADF rebels in Oicha on Monday, the army said. Twelve people died in "
                 "Monday's attacks, a local official said.") == ["Armed clash"]


def test_another_days_attack_after_a_clash_stays_apart() -> None:
    assert len(_subs("Soldiers clashed with ADF rebels in Oicha on Monday, the army said. Twelve people died in "
                     "Saturday's attacks on Eringeti, a local official said.")) == 2


# merge.same_act: a bomb and a strike told apart in time stay two acts, whichever came first
def test_a_roadside_bomb_then_rockets_hours_later_stay_two() -> None:
    assert _subs("A roadside bomb killed two soldiers near Kandahar on Monday. Hours later, militants fired "
                 "rockets at the city's airport.") == ["Remote explosive/landmine/IED",
                                                      "Shelling/artillery/missile attack"]


def test_a_strike_and_a_bomb_on_other_targets_in_one_sentence_are_two_acts() -> None:
    # (integration review: the strike had absorbed the bomb and taken its victims as its own)
    subs = _subs("A US drone strike killed three militants near Jilib on Monday, while a roadside bomb killed two "
                 "Kenyan soldiers in the town.")
    assert "Air/drone strike" in subs and "Remote explosive/landmine/IED" in subs
