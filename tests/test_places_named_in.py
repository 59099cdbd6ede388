"""Where an act is placed when its town is named with "in": the scene's town written right before the police's noun
("In Karachi police arrested ...", the parser hanging the town on the noun). The whole extractor with the real spaCy
model and gazetteer, on sentences written for these tests."""

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
