"""Where an act is placed when its town is named with "in": the scene's town written right before the police's noun
("In Karachi police arrested ...", the parser hanging the town on the noun), and the victims' home town with the
town of the act hung after it ("traders from Kano in Zaria": a town far off is a second place, not a locator of the
first, and "from" reaches no further than the first town), and a district written "of" its region ("Mon district
of Nagaland", not Myanmar's Mon State), and a site named after a town, in another town ("the Damascus Gate in
Jerusalem"). The whole extractor with the real spaCy model and gazetteer, on sentences written for these tests."""

from __future__ import annotations

from conftest import extract_text as run


def test_the_scene_town_before_the_police_noun_is_the_act_place() -> None:
    events = run("In Karachi police arrested 30 supporters of an opposition party on Thursday after they blocked a "
                 "highway.")
    assert events and {(e.location, e.country) for e in events} == {("Karachi", "PK")}
    assert "place.scene_police" in events[0].rules


def test_the_scene_town_after_the_day_is_not_the_last_act_place() -> None:
    events = run("Police fired tear gas at protesters in Maputo on Tuesday. On Wednesday in Beira police dispersed "
                 "hundreds of traders who were protesting against new taxes.")
    assert sorted(e.location for e in events) == ["Beira", "Maputo"]


def test_the_police_named_by_their_town_are_not_a_scene() -> None:
    events = run("Kano police arrested 12 suspected kidnappers in Zaria on Monday.")
    assert [e.location for e in events] == ["Zaria"]


def test_victims_home_town_with_the_act_town_after_it() -> None:
    events = run("Gunmen killed two traders from Kano in Zaria on Monday.")
    assert [(e.location, e.country) for e in events] == [("Zaria", "NG")]


def test_victims_home_town_far_from_the_act_town() -> None:
    events = run("Soldiers shot dead three men from Jenin in Nablus on Tuesday.")
    assert [e.location for e in events] == ["Nablus"]


def test_a_quarter_in_its_city_stays_one_place() -> None:
    events = run("Police raided homes in Kibera in Nairobi on Monday and arrested 40 people.")
    assert {e.location for e in events} == {"Kibera"}


def test_a_town_in_the_region_named_by_its_chief_town_stays_one_place() -> None:
    events = run("Rebels attacked government positions in Kafr Nabl in Idlib on Monday.")
    assert len(events) == 1 and events[0].location != "Idlib"


def test_a_force_based_in_a_town_still_came_from_it() -> None:
    events = run("Russian jets based in Latakia bombed Maarat al-Numan on Monday.")
    assert [e.location for e in events] == ["Maarat al-Numan"]


def test_a_district_of_a_region_is_not_a_namesake_region_abroad() -> None:
    # Myanmar's Mon State is also called "Mon": the region written after the district says which Mon.
    events = run("Security forces shot dead six coal miners in Mon district of Nagaland on Saturday.")
    assert [(e.location, e.country) for e in events] == [("Mon", "IN")]


def test_a_district_of_a_country_region_is_not_a_namesake_region_abroad() -> None:
    events = run("Soldiers killed 13 civilians in an ambush in Mon district of India's Nagaland state on Saturday.")
    assert [e.country for e in events] == ["IN"]


def test_the_namesake_region_itself_stays() -> None:
    events = run("Myanmar troops shelled villages in Mon State on Monday.")
    assert [(e.location, e.country) for e in events] == [("Mon State", "MM")]


def test_a_gate_named_after_a_town_is_in_the_town_written_after_it() -> None:
    events = run("Israeli police shot dead a Palestinian at the Damascus Gate in Jerusalem on Friday.")
    assert [e.country for e in events] == ["IL"] and events[0].location != "Damascus"


def test_a_roundabout_named_after_a_town_is_in_the_town_written_after_it() -> None:
    events = run("Gunmen opened fire on a minibus at the Kaduna roundabout in Abuja on Monday, killing two people.")
    assert len(events) == 1 and events[0].location != "Kaduna"
    assert abs(events[0].latitude - 9.06) < 0.1 and abs(events[0].longitude - 7.49) < 0.1
