"""One act, one record (session 26, branch granular8): a toll told later by the act's noun is that act; days told
with "again" are acts of their own; a series of days is one window; a march told at several towns and broken up at
one went on at the others; an act "in another part of the city" is another act; "a second car bomb" is another act.
Through the whole extractor, on sentences written for these tests (wars the probes did not use)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2022, 3, 11)  # a Friday


def _days(events, sub: str) -> list[tuple[str, str]]:
    return sorted((e.date_start, e.date_end) for e in events if e.sub_event_type == sub)


def test_dead_told_two_days_later_in_the_ambush_are_its_toll() -> None:
    events = run("Mai-Mai fighters ambushed an army convoy near Butembo on Monday, a local official said. Two days "
                 "later, the army said six soldiers had been killed in the ambush.", published=DAY)
    assert _days(events, "Armed clash") == [("2022-03-07", "2022-03-07")]


def test_died_in_the_attack_names_the_attack_told() -> None:
    events = run("Gunmen attacked a police post in Tillaberi on Tuesday. On Thursday, officials said four "
                 "policemen had died in the attack.", published=DAY)
    assert len(events) == 1 and events[0].date_start == "2022-03-08"


def test_toll_put_by_a_verb_from_the_clashes_is_no_new_clash() -> None:
    events = run("Rival factions fought in Juba's Gudele neighbourhood on Monday night. On Thursday, the health "
                 "ministry put the death toll from the clashes at 21.", published=DAY)
    assert _days(events, "Armed clash") == [("2022-03-07", "2022-03-07")]


def test_again_on_another_day_is_a_second_act() -> None:
    events = run("Anti-Balaka militiamen attacked a police post in Bossangoa on Monday and again on Thursday, a "
                 "local official said.", published=DAY)
    assert _days(events, "Armed clash") == [("2022-03-07", "2022-03-07"), ("2022-03-10", "2022-03-10")]


def test_a_series_of_days_is_one_window() -> None:
    events = run("Government artillery shelled the town of Kafr Nabl on Monday, Tuesday and Wednesday, residents "
                 "said.", published=DAY)
    assert _days(events, "Shelling/artillery/missile attack") == [("2022-03-07", "2022-03-09")]


def test_a_pair_of_days_of_a_strike_stays_one_window() -> None:
    events = run("Government jets bombed rebel positions near Kafr Nabl on Tuesday and Wednesday.", published=DAY)
    assert _days(events, "Air/drone strike") == [("2022-03-08", "2022-03-09")]


def test_march_at_three_towns_dispersed_at_one() -> None:
    events = run("Teachers marched in Lilongwe, Blantyre and Zomba on Tuesday, and police fired tear gas at the "
                 "teachers in Zomba.", published=DAY)
    assert sorted(e.location for e in events if e.sub_event_type == "Peaceful protest") == ["Blantyre", "Lilongwe"]
    assert [e.location for e in events if e.sub_event_type == "Protest with intervention"] == ["Zomba"]


def test_march_dispersed_at_its_only_town_is_one_record() -> None:
    events = run("Teachers marched in Zomba on Tuesday, and police fired tear gas at them.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_another_part_of_the_city_is_another_act() -> None:
    events = run("Troops clashed with Al-Shabaab fighters in Beledweyne on Wednesday. In another part of the town, "
                 "clan militiamen fought the police, residents said.", published=DAY)
    assert len([e for e in events if e.sub_event_type == "Armed clash"]) == 2


def test_a_second_car_bomb_is_another_act() -> None:
    events = run("A car bomb exploded at a checkpoint in Kirkuk on Tuesday, killing three policemen. An hour later, a "
                 "second car bomb exploded at the checkpoint, wounding four.", published=DAY)
    assert len([e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]) == 2


def test_a_named_missile_strike_is_the_missile_attack() -> None:
    events = run("A Russian missile hit a shopping centre in Kremenchuk on Monday, killing 20 people. The Kalibr "
                 "strike set the building on fire.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_dead_in_the_fighting_on_a_later_day_of_its_own_is_another_clash() -> None:
    events = run("Houthi fighters and government troops fought in Marib on Monday. Nine soldiers were killed in the "
                 "fighting on Thursday.", published=DAY)
    assert _days(events, "Armed clash") == [("2022-03-07", "2022-03-07"), ("2022-03-10", "2022-03-10")]


def test_fighting_spread_to_other_parts_of_the_town_is_the_same_clash() -> None:
    events = run("Taliban fighters attacked a police station in Kunduz on Monday. Fighting spread to other parts of "
                 "the city, residents said.", published=DAY)
    assert len([e for e in events if e.sub_event_type == "Armed clash"]) == 1


def test_the_same_sides_in_other_parts_of_the_town_are_the_same_clash() -> None:
    events = run("Taliban fighters attacked a police station in Kunduz on Monday. In other parts of the city, the "
                 "Taliban fought the police, residents said.", published=DAY)
    assert len([e for e in events if e.sub_event_type == "Armed clash"]) == 1


def test_dead_in_the_battle_since_a_day_are_its_toll() -> None:
    events = run("Somali troops stormed the airport of Kismayo on Tuesday, a commander said. Medical sources said 30 "
                 "soldiers and 45 militants had been killed in the battle for the airport since Saturday.",
                 published=DAY)
    assert [e for e in events if e.date_start == "2022-03-05"] == []
