"""Places and discourse across sentences, the way the press writes them: a village the gazetteer knows only as
another name of a town abroad, a state named like a region of another country, a village placed by its region,
the teller of an act who is no side of it, reports called false, "the attack came N days after ...". The whole
extractor with the real spaCy model and gazetteer, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

WED = dt.date(2019, 5, 22)


def test_a_village_of_a_named_state_is_not_a_town_abroad_one_of_whose_other_names_it_has() -> None:
    # "Zike" is in GeoNames only as another name of Syke (Germany); "Kuchi" of Xincheng (China).
    for text in ("Gunmen killed nine farmers in the village of Zike in Plateau state on Sunday.",
                 "Armed men abducted 30 worshippers from a church in the village of Kuchi in Nigeria's Niger "
                 "state on Sunday."):
        [e] = run(text, WED)
        assert e.country == "NG", (text, e.location, e.country)
        assert e.location in ("Zike", "Kuchi")


def test_a_state_written_with_its_noun_is_the_region_of_that_whole_name() -> None:
    # Nigeria's "Plateau State", not Benin's "Plateau" department.
    [e] = run("Gunmen killed five herders in Plateau State on Monday, police said.", WED)
    assert (e.location, e.country) == ("Plateau State", "NG")


def test_a_village_placed_by_its_region_is_the_place_of_every_act_of_its_clause() -> None:
    events = run("Bandits stormed a mosque in the village of Kuchi, in the Munya area of Niger state, on Friday and "
                 "killed four worshippers.", WED)
    assert [(e.sub_event_type, e.location, e.country) for e in events] == [("Attack", "Kuchi", "NG")]


def test_who_tells_an_attack_is_no_armed_side_of_it() -> None:
    [e] = run("Police said gunmen attacked the village of Gidan Kaura in Zamfara state on Monday.", WED)
    assert (e.sub_event_type, e.actor2) == ("Attack", "Civilians")


def test_an_act_the_text_calls_false_is_not_reported() -> None:
    for text in ("The army said reports that soldiers had burned houses in the village of Tin-Akoff were false.",
                 "The junta said that accounts of an air strike on a market in Kidal were fabricated.",
                 "Officials said claims that police had shot dead two students in Kano on Friday were baseless."):
        assert run(text, WED) == [], text
    # Control: a toll called false is no denial of the act itself.
    [e] = run("Gunmen killed four people in Kano on Monday, and police said reports that 20 had died were false.",
              WED)
    assert e.sub_event_type == "Attack" and e.location == "Kano"


def test_nobody_killed_is_no_killing() -> None:
    assert run("Soldiers said no civilians had been killed in the village of Tin-Akoff.", WED) == []
    assert run("The junta said reports of a massacre in the village of Tin-Akoff were fabricated and that nobody "
               "had been killed there.", WED) == []
    events = run("Troops fought rebels near Kidal on Monday; no civilians were killed, the army said.", WED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_the_act_that_came_n_days_after_another_dates_that_other_act_and_is_no_new_one() -> None:
    events = run("Bandits killed 12 villagers in Bukkuyum on Tuesday. The killings came two days after bandits had "
                 "abducted 30 students in Anka.", WED)
    got = sorted((e.sub_event_type, e.location, e.date_start, e.date_end) for e in events)
    assert got == [("Abduction/forced disappearance", "Anka", "2019-05-19", "2019-05-19"),
                   ("Attack", "Bukkuyum", "2019-05-21", "2019-05-21")]


def test_the_tolls_of_both_sides_told_together_are_summed() -> None:
    [e] = run("Troops clashed with militants near Damboa on Monday; four soldiers and 11 militants were killed.", WED)
    assert (e.sub_event_type, e.fatalities) == ("Armed clash", 15)


def test_weapons_seized_in_a_fight_just_told_are_its_booty_not_another_act() -> None:
    events = run("Militants ambushed an army patrol near Damboa on Sunday. The group said its fighters had seized "
                 "rifles and a truck.", WED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].claimed_by != "group"  # "the group said" names no source
    # A seizure in a raid of its own is an act.
    [e] = run("Police seized a cache of rifles in a raid on a warehouse in Kano on Monday.", WED)
    assert e.sub_event_type == "Disrupted weapons use"


def test_a_road_named_by_the_two_towns_it_joins_is_one_stretch_at_the_first() -> None:
    [e] = run("Bandits kidnapped 18 travellers on the Kaduna-Abuja highway on Monday, police said.", WED)
    assert (e.sub_event_type, e.location, e.country, e.geo_precision) == (
        "Abduction/forced disappearance", "Kaduna", "NG", 2)
    assert "place.between" in e.rules
    # The town the story names again is the one it is about.
    [e] = run("Gunmen ambushed a lorry on the Gao-Kidal road on Monday, killing its driver. Traders in Kidal said "
              "food prices in Kidal had doubled since.", WED)
    assert (e.location, e.geo_precision) == ("Kidal", 2)


def test_a_district_named_by_another_name_of_its_town_lies_at_the_town() -> None:
    # "Lakki Marwat" is GeoNames' other name of Lakki: the district's seat, not the whole province.
    [e] = run("Militants stormed a police post in Lakki Marwat district on Tuesday, killing two policemen.", WED)
    assert (e.location, e.country, e.geo_precision) == ("Lakki", "PK", 2)


def test_an_offset_in_the_act_s_clause_counts_from_the_report_s_date() -> None:
    # "said on Monday ... the previous day": Sunday, whichever word the parse hangs "on Monday" on.
    for text in ("The army said on Monday it had killed 14 insurgents near Bama the previous day.",
                 "Police said on Monday that gunmen had abducted nine travellers near Lokoja the day before."):
        [e] = run(text, WED)
        assert (e.date_start, e.date_end) == ("2019-05-19", "2019-05-19"), text


def test_an_act_noun_subject_is_dated_in_its_own_clause_not_by_the_report() -> None:
    [e] = run("The ministry said on Tuesday that an air strike hit a market in Kidal on Sunday.", WED)
    assert (e.sub_event_type, e.date_start, e.date_end) == ("Air/drone strike", "2019-05-19", "2019-05-19")


def test_the_attackers_dead_told_in_the_next_sentence_are_the_fight_s_toll() -> None:
    [e] = run("Militants stormed an army base near Damboa on Tuesday. The army said 23 assailants were killed as "
              "soldiers beat back the raid.", WED)
    assert (e.sub_event_type, e.fatalities) == ("Armed clash", 23)


def test_a_name_apposed_to_a_village_noun_is_a_place_of_its_region() -> None:
    [e] = run("Armed herders raided Tse-Ajaver, a farming village in Benue State, late on Monday, killing seven "
              "people.", WED)
    assert (e.location, e.country, e.location_resolved) == ("Tse-Ajaver", "NG", False)
    # A person so apposed is no place: "Musa Bello, a farmer in Benue State".
    [e] = run("Gunmen abducted Musa Bello, a farmer in Benue State, on Monday, police said.", WED)
    assert e.location == "Benue State"
