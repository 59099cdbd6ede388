"""Where real reporting puts its acts (issue 9, session 30, branch places20: real wire excerpts of many wars): agency
datelines with no dash ("Peshawar, March 4 (PTI) Three policemen ...") are where the report was filed, not where
the act was (rule place.dateline); the city where a speaker told reporters of an act placed elsewhere
(rule place.speech_venue); guards: a lead placed only in a region whose next paragraph names the town. Through
the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2022, 3, 7)


def test_an_agency_dateline_with_no_dash_is_not_the_act_s_place() -> None:
    events = run("Quetta, March 7 (PTI) Gunmen shot dead five coal miners near Harnai on Sunday, officials said.",
                 published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Harnai")]


def test_an_agency_dateline_with_no_dash_gives_way_to_the_next_paragraph_s_town() -> None:
    events = run("Kaduna, March 7 (IANS) Bandits killed seven villagers in an attack in northwestern Nigeria on "
                 "Sunday, police said.\nThe attack took place in Birnin Gwari, a police spokesman said.",
                 published=PUBLISHED)
    assert "Kaduna" not in {e.location for e in events}


def test_an_agency_dateline_stays_the_place_of_an_arrest_that_names_no_other() -> None:
    events = run("Bamako, March 7 (AFP) Soldiers arrested a former prime minister at his home on Sunday, his "
                 "lawyer said.", published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Bamako")]


def test_a_credit_in_brackets_after_the_lead_town_is_a_dateline() -> None:
    events = run("Niamey, (NAN / Daily Wire - 7th March, 2022 ) :Gunmen killed nine soldiers in an attack on an "
                 "army post in Ayorou on Sunday, the army said.", published=PUBLISHED)
    assert [e.location for e in events] == ["Ayorou"]


def test_a_mid_sentence_town_with_a_date_and_agency_is_no_dateline() -> None:
    # only at the start of a paragraph: a comma-set town inside a sentence stays a place
    events = run("Militants attacked a police post in Bannu, March 6 (local time), killing two officers.",
                 published=PUBLISHED)
    assert "Bannu" in {e.location for e in events}


def test_a_lead_region_takes_the_town_of_the_next_paragraph() -> None:
    events = run("Five soldiers were killed in an attack on an army post in Nigeria's Borno state on Sunday, military "
                 "sources said.\nThe attack took place in Monguno, the sources said.", published=PUBLISHED)
    assert {e.location for e in events if e.event_type == "Battles"} == {"Monguno"}


def test_the_next_paragraph_retelling_the_act_with_its_toll_narrows_it() -> None:
    # the detail is the lead's own retelling (its evidence), not another act's
    events = run("Taliban fighters killed nine police officers in an attack on checkpoints in Afghanistan's Kandahar "
                 "province on Monday, officials said.\nThe attack happened near Spin Boldak, killing nine officers, "
                 "a provincial spokesman said.", published=PUBLISHED)
    assert {e.location for e in events} == {"Spin Boldak"}


def test_where_a_speaker_told_reporters_is_not_the_act_s_place() -> None:
    events = run("An army spokesman told reporters in Maiduguri that jihadists killed 14 farmers near Damboa on "
                 "Sunday.", published=PUBLISHED)
    assert [e.location for e in events] == ["Damboa"]


def test_a_news_conference_city_is_not_the_act_s_place() -> None:
    events = run("The provincial governor told a news conference in Jalalabad that Islamic State fighters had "
                 "attacked a police post in Kunar province on Sunday, killing three officers.",
                 published=PUBLISHED)
    assert "Jalalabad" not in {e.location for e in events}


def test_the_speaker_s_city_stays_when_the_act_names_no_place() -> None:
    events = run("A police spokesman told reporters in Gusau that gunmen killed six traders on Sunday.",
                 published=PUBLISHED)
    assert [e.location for e in events] == ["Gusau"]


def test_an_act_reported_in_a_town_is_there() -> None:
    # the act is the report's subject, not a clause it tells: "clashes were reported in X" places them at X
    events = run("Soldiers and rebels fought in Kidal on Saturday, and further clashes were reported in Anefis, "
                 "residents said.", published=PUBLISHED)
    assert {e.location for e in events} == {"Kidal", "Anefis"}


def test_a_river_s_name_is_no_town_of_it() -> None:
    events = run("Ukrainian troops beat back a Russian attempt to cross the Oskil River north of Kupiansk on Friday, "
                 "the general staff said.", published=PUBLISHED)
    assert {e.location for e in events} == {"Kupiansk"}


def test_a_river_s_name_is_no_country_of_it() -> None:
    events = run("Gunmen attacked a gendarmerie post on the banks of the Niger River in Bourem on Monday, killing two "
                 "gendarmes.", published=PUBLISHED)
    assert {(e.location, e.country) for e in events} == {("Bourem", "ML")}


def test_a_name_before_a_speech_verb_is_who_spoke_not_a_place() -> None:
    # "in X, Kasereka added": the surname after the comma is no next place of a list
    events = run("Attackers raided the villages of Kalunguta and Mabasele near Beni overnight, killing seven "
                 "civilians, said Kambale Kasereka, a local chief. In another incident, a farmer was shot dead in "
                 "Mabasele, Kasereka added.", published=PUBLISHED)
    assert "Kasereka" not in {e.location for e in events}


def test_a_town_before_a_lower_case_post_is_the_post_s_town() -> None:
    # "the Jerusalem Post" is a paper; "the Niafunke post" is an army post in Niafunke
    events = run("Jihadists attacked the Niafunke post before dawn on Sunday, killing two soldiers, the army said.",
                 published=PUBLISHED)
    assert [e.location for e in events] == ["Niafunke"]


def test_a_town_before_a_police_station_is_the_station_s_town() -> None:
    events = run("Gunmen attacked the Kaduna police station on Sunday, killing four officers.", published=PUBLISHED)
    assert [e.location for e in events] == ["Kaduna"]


def test_a_town_s_police_that_speaks_is_no_place_of_the_act() -> None:
    events = run("Kaduna police said gunmen killed four farmers in Zaria on Sunday.", published=PUBLISHED)
    assert [e.location for e in events] == ["Zaria"]


def test_the_same_province_is_the_region_of_the_place_just_told() -> None:
    events = run("A roadside bomb killed two soldiers near Baqubah on Monday. On Tuesday, gunmen killed three farmers "
                 "in the same province, police said.", published=PUBLISHED)
    assert {(e.sub_event_type, e.location) for e in events} == {
        ("Remote explosive/landmine/IED", "Baqubah"), ("Attack", "Diyala Governorate")}


def test_the_same_region_is_the_oblast_of_the_town_just_told() -> None:
    events = run("Russian artillery shelled Kupiansk on Monday, killing a woman. A drone strike killed two men in "
                 "the same region on Tuesday, the governor said.", published=PUBLISHED)
    assert "Kharkiv Oblast" in {e.location for e in events}


def test_the_same_area_stays_at_the_town_just_told() -> None:
    events = run("A roadside bomb killed two soldiers near Baqubah on Monday. On Tuesday, gunmen killed three farmers "
                 "in the same area, police said.", published=PUBLISHED)
    assert {e.location for e in events} == {"Baqubah"}
