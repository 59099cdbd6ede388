"""One act, one record, seventh batch (issue 9, session 25, benchmarks/probes/retell9.jsonl), through the whole
extractor, on sentences written for these tests: a date inside a comparison's 'since' phrase on another act (the
yardstick) is that act's, so the act compared is not dated by it (rule date.yardstick_own)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def test_a_date_on_the_yardstick_act_does_not_date_the_act_told() -> None:
    events = run("Gunmen shot dead four policemen in Kandahar, the second such attack in the city since last month's "
                 "bombing of a checkpoint.", published=dt.date(2019, 5, 22))
    assert len(events) == 1
    assert events[0].date_start != "2019-04-01"  # not from the start of the bombing's month
    assert "date.yardstick_own" in events[0].rules


def test_fighting_worst_since_a_fall_in_december_is_the_day_s_clash_told_again() -> None:
    events = run("Clashes between tribal gunmen and security forces killed nine people in Sweida on Sunday, the "
                 "ministry said. The fighting was the worst in the city since the fall of the old government in "
                 "December.", published=dt.date(2025, 5, 6))
    assert [(e.sub_event_type, e.date_start) for e in events] == [("Armed clash", "2025-05-04")]


# -- a clause set apart ("Separately", "in a separate attack") or a doer marked "another" tells another act
# (rule discourse.another_act)

def test_another_group_of_gunmen_the_same_day_is_another_attack() -> None:
    events = run("Suspected jihadists killed seven herders in the village of Boulkessi in Burkina Faso's Loroum "
                 "province on Monday. The same day, another group of gunmen attacked a market in Titao, killing "
                 "three traders.", published=dt.date(2023, 2, 8))
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert len(attacks) == 2


def test_separately_at_one_town_the_same_day_is_another_clash() -> None:
    events = run("Islamist fighters clashed with soldiers on the edge of Jowhar on Friday, the army said. "
                 "Separately, two clan militias fought each other over a well in the town's main market the same "
                 "day, elders said.", published=dt.date(2022, 9, 12))
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 2
    assert "discourse.another_act" in clashes[1].rules


def test_the_same_clash_told_again_without_a_mark_stays_one() -> None:
    events = run("Islamist fighters clashed with soldiers on the edge of Jowhar on Friday, the army said. The "
                 "fighters and soldiers fought for three hours, residents said.", published=dt.date(2022, 9, 12))
    assert len([e for e in events if e.sub_event_type == "Armed clash"]) == 1


def test_the_act_marked_another_is_joined_by_its_own_later_telling() -> None:
    events = run("Rebels attacked the police station in the centre of Kidal before dawn on Sunday, and another group "
                 "attacked the army camp at Anefis the same morning. At Anefis, soldiers beat back the attackers after "
                 "a two-hour gunfight, the army said.", published=dt.date(2014, 5, 20))
    at_anefis = [e for e in events if e.sub_event_type == "Armed clash" and e.location == "Anefis"]
    assert len(at_anefis) == 1


def test_a_since_with_no_measure_of_rarity_is_no_yardstick() -> None:
    events = run("Kanbalu, a stronghold of the resistance since the coup of February 1, 2021, was hit by an air strike "
                 "on Tuesday.", published=dt.date(2023, 4, 13))
    assert events and all("date.yardstick_own" not in e.rules for e in events)


# -- a fire lit by a weapon or its debris is the strike's harm, no arson of its own (triggers.yaml, the `without`
# of the destruction readings of "set on fire", "set ablaze")

def test_debris_of_a_drone_setting_a_building_on_fire_is_no_arson() -> None:
    events = run("A Russian drone attack on Kharkiv killed three people on Sunday, the governor said. Debris from a "
                 "Shahed drone fell on a block of flats in the city's Saltivskyi district, setting it on fire.",
                 published=dt.date(2024, 6, 11))
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_men_setting_houses_on_fire_is_still_destruction() -> None:
    events = run("Armed men set fire to 20 houses in the village of Kamba near Bunia on Sunday, residents said.",
                 published=dt.date(2024, 6, 11))
    assert "Looting/property destruction" in {e.sub_event_type for e in events}


# -- an armed band's roadblock in its raid is no protest (triggers.yaml: "block * road" told with a protest word)

def test_attackers_blocking_the_road_before_marching_captives_away_is_no_protest() -> None:
    events = run("Bandits kidnapped 18 travellers on the Zaria road near Kaduna on Friday, police said. The kidnappers "
                 "blocked the road and marched the passengers into the bush.", published=dt.date(2021, 6, 14))
    assert not [e for e in events if e.event_type == "Protests"]


def test_villagers_blocking_the_road_in_protest_are_still_a_protest() -> None:
    events = run("Villagers blocked the road to Kaduna on Friday to protest against the kidnapping of 18 travellers.",
                 published=dt.date(2021, 6, 14))
    assert [e for e in events if e.event_type == "Protests"]
