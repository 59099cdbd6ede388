"""One act, one record, on real reporting (issue 9, session 30): a lead that tells an act at its region or with no
day and a body that names its town and day (rule discourse.retelling_finer), a ranking that dates nothing ("the
deadliest this year"), and a crowd's clashes told at its town (rule discourse.clashes_of_crowd). Through the whole
extractor, on sentences written for these tests; each with its converse (two acts stay two)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2022, 3, 16)  # a Wednesday


def test_a_region_lead_and_its_town_in_the_body_are_one_act_at_the_town_and_day() -> None:
    events = run("Separatist fighters have killed four soldiers in Cameroon's North-West region, the army said. The "
                 "attack took place on Monday in Bamenda, when the fighters stormed a checkpoint.", published=PUBLISHED)
    battles = [e for e in events if e.event_type == "Battles"]
    assert [(e.location, e.date_start, e.date_end) for e in battles] == [("Bamenda", "2022-03-14", "2022-03-14")]


def test_an_undated_lead_takes_the_day_the_body_gives_at_its_own_town() -> None:
    events = run("An air strike on a house in Yemen's Hodeidah province has killed nine people, medics said. The house "
                 "in Zabid was hit by the attack on Monday night, residents said.", published=PUBLISHED)
    assert [(e.sub_event_type, e.location, e.date_start) for e in events] == [
        ("Air/drone strike", "Zabid", "2022-03-14")]


def test_an_attack_in_a_town_of_another_region_stays_another_act() -> None:
    events = run("Separatist fighters have killed four soldiers in Cameroon's North-West region, the army said. The "
                 "attack on the gendarmerie post in Buea on Monday killed two gendarmes.", published=PUBLISHED)
    assert len([e for e in events if e.event_type == "Battles"]) == 2


def test_a_body_act_dated_outside_the_lead_s_window_stays_another_act() -> None:
    events = run("An air strike on a house in Yemen's Hodeidah province killed nine people on Tuesday, medics said. "
                 "The attack in Zabid on Monday night had hit a market, residents said.", published=PUBLISHED)
    assert len(events) == 2


def test_a_ranking_dates_nothing() -> None:
    # "the deadliest this year" ranks the bombing; it is no act of this year besides it
    events = run("A car bomb exploded near a checkpoint in Mogadishu's Hodan district on Tuesday, killing eight "
                 "people, police said. The bombing, the deadliest this year, also wounded 20.", published=PUBLISHED)
    assert len(events) == 1


def test_clashes_at_the_crowd_s_own_town_are_the_crowd_s() -> None:
    events = run("Police fired tear gas and live rounds at protesters in Lahore on Monday, killing two, medics said. "
                 "Dozens more were wounded in clashes in the city, officials said.", published=PUBLISHED)
    assert [(e.event_type, e.location) for e in events] == [("Protests", "Lahore")]


def test_clashes_at_another_town_or_on_another_day_stay_apart() -> None:
    events = run("Police fired tear gas at protesters in Lahore on Monday. Clashes between police and protesters in "
                 "Lahore on Saturday had left three dead.", published=PUBLISHED)
    assert len(events) == 2


def test_the_other_bomb_of_a_pair_is_another_act() -> None:
    events = run("Two bombs killed nine people in Kirkuk on Monday, police said. The first bomb exploded at a bus "
                 "station, killing seven. The other bomb went off near a police patrol in the city centre, killing "
                 "two.", published=PUBLISHED)
    assert len([e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]) == 2


def test_the_other_attackers_are_no_other_act() -> None:
    events = run("A bomb exploded at a market in Kirkuk on Monday, killing six people, police said. The other "
                 "attackers fled the city after the bombing.", published=PUBLISHED)
    assert len(events) == 1


def test_an_unknown_town_at_the_country_point_is_no_known_town_there() -> None:
    # the unknown town is put at the country's point (Baghdad's): a crowd of another sub-type in Baghdad is not it
    events = run("Security forces opened fire on protesters in the southern Iraqi city of Nassiriya on Sunday, killing "
                 "three people, medics said. Earlier, police had fired tear gas at protesters in Baghdad on Sunday.",
                 published=dt.date(2019, 11, 11))
    assert len([e for e in events if e.event_type == "Protests"]) == 2

