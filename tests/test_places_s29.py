"""Placing on real reporting (session 29, branch places19): a mixed-case dateline opening the article ("Bunia -"),
a province located by a bearing from a town of another province ("in Kirkuk province, south of Erbil"), a place
set apart "in Y municipality" that a namesake far off does not take, and the nearest of several villages of one
name on the side a bearing says. Through the whole extractor, on sentences written for these tests (other places
than the probes of benchmarks/probes/places19.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import all_near, extract_text, only_event

DAY = dt.date(2023, 5, 15)


# PlaceFinder._lead_dateline
def test_a_mixed_case_dateline_with_a_dash_is_not_the_acts_place() -> None:
    events = extract_text("Bunia - Militiamen killed six displaced people at a camp near Djugu on Monday, local "
                          "officials said.", published=DAY)
    assert events and all_near(events, 1.919, 30.503)


def test_a_town_and_a_dash_inside_the_text_is_no_dateline() -> None:
    # (only the article's opening: a roundup's item "Kharkiv - ..." further down is not read as one)
    from frontlog.extract.places import place_finder
    from frontlog.knowledge.base import KnowledgeBase

    finder = place_finder(KnowledgeBase.load())
    text = "Fighting went on overnight.\nKherson - Two people were killed by shelling, the governor said."
    assert not any(m.modifier == "dateline" for m, _p in finder.locate(text))


# context._mark_locators: a region located by a bearing from a town of another region
def test_a_province_located_from_another_provinces_town_is_the_province() -> None:
    event = only_event("A roadside bomb killed four soldiers in Kirkuk province, south of Erbil, on Sunday, "
                       "security sources said.", published=DAY)
    assert event.location == "Kirkuk Governorate"


def test_a_province_south_of_the_capital_named_after_a_comma() -> None:
    event = only_event("Gunmen attacked a checkpoint in Ghazni province, south of the capital, Kabul, on Monday, "
                       "killing five policemen.", published=DAY)
    assert event.location == "Ghazni Province"


def test_a_town_inside_the_province_still_narrows_it() -> None:
    event = only_event("Russian troops shelled positions in Kherson Oblast near Beryslav on Friday.", published=DAY)
    assert event.location == "Beryslav"


# PlaceFinder._by_locator: "the X post, in Y district"
def test_a_post_set_apart_in_a_district_is_not_a_town_far_off() -> None:
    events = extract_text("Insurgents overran the Maganja administrative post, in Mocimboa da Praia district, on "
                          "Sunday, killing two policemen, residents said.", published=DAY)
    assert events and all_near(events, -11.35, 40.355, within_km=60)  # not the Zambezia town 700 km south


# PlaceFinder._nearer_namesake
def test_the_village_nearest_the_locator_on_the_bearings_side() -> None:
    event = only_event("Russian troops shelled the village of Novoselivka, south of Sloviansk, on Friday, killing a "
                       "woman, the governor said.", published=DAY)
    assert (round(event.latitude, 1), round(event.longitude, 1)) == (48.7, 37.6)


# PlaceFinder._admin_before: "the state of X" asks for the region as "X state" does
def test_the_state_of_a_name_is_the_state_not_a_town_abroad() -> None:
    event = only_event("Soldiers clashed with gang members in the state of Zulia on Monday, killing four.",
                       published=DAY)
    assert (event.location, event.country, event.geo_precision) == ("Zulia", "VE", 3)


# placing.narrowed_by_next_sentence (rule place.narrowed_next)
def test_a_region_lead_is_narrowed_by_the_next_sentences_town() -> None:
    event = only_event("A suicide bomber killed nine people in Borno state on Friday. The bombing targeted a mosque "
                       "in Konduga, residents said.", published=DAY)
    assert (event.location, event.country) == ("Konduga", "NG") and "place.narrowed_next" in event.rules


def test_a_town_of_another_story_does_not_narrow_the_region() -> None:
    events = extract_text("Troops killed ten militants in Kandahar province on Monday. Separately, gunmen shot "
                          "dead a shopkeeper in Spin Boldak.", published=DAY)
    assert sorted(e.location for e in events) == ["Kandahar Province", "Spin Boldak"]
