"""Two acts folded into one, one act coded twice (session 31, branch fold14), from real wire pages of many wars: a
grenade told by its blast is one grenade attack, and a telling at a region is not folded into a telling at a town of
another region; each with its converse. Through the whole extractor, on sentences written for these tests (other
wars than the probes of benchmarks/probes/fold14.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2022, 6, 15)  # a Wednesday


def _records(text: str, day: dt.date = DAY) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location) for e in run(text, published=day))


# taxonomy.tsv: a grenade subsumes the bomb its blast is told as ("a grenade explosion"), as a suicide bomb does
def test_a_grenade_told_by_its_blast_is_one_grenade_attack() -> None:
    assert [s for s, _ in _records("Three shoppers were wounded in a grenade explosion at a market in Mingora on "
                                   "Monday, police said.")] == ["Grenade"]


def test_a_grenade_and_a_roadside_bomb_told_apart_stay_two() -> None:
    subs = [s for s, _ in _records("Militants hurled a grenade at a police post in Bannu on Monday. On Tuesday, a "
                                   "roadside bomb exploded near a school in Bannu, wounding two children.")]
    assert subs == ["Grenade", "Remote explosive/landmine/IED"]


# discourse.another_act (words/another_act_modifiers: "similar"): an act like the one told is another act
def test_a_similar_attack_is_another_act() -> None:
    recs = _records("Jihadists ambushed an army patrol near Gao on Monday, killing four soldiers. A similar ambush "
                    "killed two soldiers near the town on Monday evening.")
    assert [s for s, _ in recs] == ["Armed clash", "Armed clash"]


def test_the_attack_retold_after_a_likeness_stays_one() -> None:
    recs = _records("Gunmen killed five villagers in a raid on a village near Mopti on Sunday, officials said. "
                    "Residents said the raid on the village was similar to one in March.")
    assert [s for s, _ in recs].count("Attack") == 1


# discourse.attack_of_strikes: a generic attack noun beside the strikes of its doer at its place is those strikes
def test_an_attack_noun_beside_the_doers_strikes_is_the_strike() -> None:
    recs = _records("Five people died in a Russian attack on Zaporizhzhia on Monday, officials said. Russian missiles "
                    "struck an apartment block in Zaporizhzhia on Monday, killing five residents.")
    assert recs == [("Shelling/artillery/missile attack", "Zaporizhzhia")]


def test_a_ground_raid_beside_a_drone_strike_stays_two() -> None:
    recs = _records("Israeli troops killed two Palestinians in a raid on Tulkarm on Monday. An Israeli drone strike "
                    "hit a car in Tulkarm on Monday, killing two militants.")
    assert [s for s, _ in recs] == ["Air/drone strike", "Attack"]


def test_an_attack_by_another_doer_stays_its_own_act() -> None:
    recs = _records("Gunmen killed four farmers in an attack on Kwall on Monday, police said. Nigerian air force jets "
                    "bombed bandit hideouts near Kwall on Monday.")
    assert [s for s, _ in recs] == ["Air/drone strike", "Attack"]
