"""Where an act with no place of its own is placed from the text around it (rules place.story_place,
place.witness_next, place.line_dateline, place.told_next), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text
from frontlog.model.records import Event

PUBLISHED = dt.date(2024, 6, 14)
# The story's town named twice, then an act at another town, then comment, beyond the reach of place.recent_act.
STORY = ("Militants have besieged Menaka for a month, and food is running short in Menaka. On Monday soldiers clashed "
         "with militants near Ansongo. The army said more troops would be sent north. Aid groups asked for a pause "
         "in the fighting. Many families have left. ")


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


def _taken(text: str) -> list[Event]:
    return [e for e in _events(text) if e.sub_event_type == "Non-state actor overtakes territory"]


def test_a_place_taken_by_a_noun_that_is_no_town_is_the_story_place_not_the_last_act_place() -> None:
    events = _taken(STORY + "Militants overran the army base on Thursday.")
    assert events and all(e.location == "Menaka" for e in events)


def test_the_town_named_again_is_still_the_last_act_place() -> None:
    events = _taken(STORY + "Militants overran the town on Thursday.")
    assert events and all(e.location == "Ansongo" for e in events)


def test_an_act_with_no_place_is_where_the_witness_quoted_next_is() -> None:
    events = _events("Armed men shot dead six farmers on Friday, police said. \"They surrounded the fields and "
                     "opened fire,\" a villager in Kagoro told reporters.")
    assert any(e.sub_event_type == "Attack" and e.location == "Kagoro" and e.fatalities == 6 for e in events)


def test_a_round_up_line_is_set_at_its_own_dateline() -> None:
    events = _events("Quetta: Gunmen shot dead two shopkeepers on Monday, police said.\nTurbat: A bomb planted on a "
                     "motorbike wounded four soldiers on Monday.")
    assert {(e.sub_event_type, e.location) for e in events} >= {("Attack", "Quetta"),
                                                                ("Remote explosive/landmine/IED", "Turbat")}


def test_an_act_with_no_place_takes_the_place_the_next_sentence_gives_it() -> None:
    events = _events("Unknown gunmen ambushed a lorry carrying workers on Thursday, killing five. The attack took "
                     "place near Sehwan, police said.")
    assert any(e.sub_event_type == "Attack" and e.location == "Sehwan" and e.fatalities == 5 for e in events)


def test_an_incident_told_as_happening_in_a_town_sets_the_scene_over_the_last_act() -> None:
    events = _events("In Gitega, crowds looted a market on Monday morning before police cleared the streets. The "
                     "worst incident happened on Monday evening in Ngozi, in the north. Soldiers opened fire on a "
                     "crowd outside the governor's office, killing three people, witnesses said.")
    fired = [e for e in events if e.sub_event_type == "Excessive force against protesters"]
    assert fired and all(e.location == "Ngozi" for e in fired)


def test_a_toll_across_several_regions_or_cities_is_a_tally_placed_nowhere() -> None:
    # A sum over many places is none of their acts: placed at one region or the capital it stood for many.
    assert not _events("Separatist fighters killed 12 soldiers across the Northwest and Southwest regions this "
                       "week, the army said.")
    assert not _events("Gunmen killed 30 people in five districts of the province last month, officials said.")
