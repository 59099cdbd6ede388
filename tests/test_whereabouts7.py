"""Where an act is placed, seventh batch (issue 9, session 24, whereabouts7 probes): a town's possession that a
preposition of being inside governs ("in the favelas of X's west zone") is the act's place, not only whose thing
it is; Iran's Kordestan is the press's "Kurdistan province". The whole extractor with the real spaCy model and
gazetteer, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import all_near, extract_text
from frontlog.model.records import Event

PUBLISHED = dt.date(2024, 3, 7)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


def test_a_spot_inside_a_town_named_by_its_possessive_is_in_that_town() -> None:
    # The first sentence puts an act in Salvador, 1,200 km away; the second's own place is Rio de Janeiro's zone.
    events = _events("Gunmen killed two guards in Salvador, Bahia, on Tuesday, police said. Military Police officers "
                     "traded fire with drug gang members in the favelas of Rio de Janeiro's west zone on Wednesday, "
                     "killing three suspects.")
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash and all_near(clash, -22.91, -43.2)


def test_whose_thing_a_town_names_is_still_not_the_place_of_an_act_elsewhere() -> None:
    # "the head of X's junta" is whose junta: the act's own place wins.
    events = _events("Gunmen shot dead the head of Ouagadougou's ruling council at his farm near Kaya on Monday.")
    assert events and all_near(events, 13.09, -1.08)


def test_kurdistan_province_is_iran_s_kordestan() -> None:
    events = _events("In Sanandaj, in Kurdistan province, Kurdish militants ambushed a Revolutionary Guards patrol "
                     "on Sunday, killing two, the Guards said.")
    assert events and all(e.country == "IR" for e in events) and all_near(events, 35.31, 47.0)


def test_a_near_spelling_of_part_of_a_longer_name_is_not_that_place() -> None:
    # "Siroka" nearly spells Sroki, a village 120 km from Gospic; the hamlet's whole name is unknown: at Gospic.
    events = _events("Serb irregulars shot dead nine villagers in the hamlet of Siroka Kula near Gospic on Sunday, "
                     "Croatian officials said.")
    assert events and all(e.location == "Siroka Kula" for e in events) and all_near(events, 44.55, 15.37)


def test_a_region_opening_the_sentence_gives_way_to_a_spot_near_a_town_in_the_act_s_clause() -> None:
    events = _events("In Chhattisgarh, Maoist rebels set off a landmine under a truck carrying police commandos near "
                     "Sukma on Tuesday, killing eight policemen, officials said.")
    assert events and all_near(events, 18.39, 81.66)
