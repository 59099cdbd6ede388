"""Where an act is placed, ninth batch (issue 9, session 26, whereabouts9 probes): a namesake next door to the story's
countries or an armed group's home is not lost with a doubted town abroad ranked above it; a name written in two
words that the gazetteer has as one; a region's own name that is only an alternate name of a town near its point; a
hand-checked district abroad kept neither by its own name written again nor by a country named only as an actor; a
small town abroad whose country the story names nowhere else, in a story set in one country. The whole extractor
with the real spaCy model and gazetteer, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import all_near, extract_text
from frontlog.model.records import Event

PUBLISHED = dt.date(2024, 3, 7)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


def test_a_namesake_in_the_group_s_home_next_door_beats_a_doubted_city_abroad() -> None:
    # "Banki" is also an alternate name of Krasnogorsk (Russia), ranked first by its size and doubted; Nigeria's
    # Banki (Boko Haram's home, next door to the Cameroon the text names) is the town.
    events = _events("Boko Haram fighters stormed Banki near the Cameroon border overnight, killing six vigilantes, "
                     "a militia leader said.")
    assert events and all(e.country == "NG" for e in events) and all_near(events, 11.66, 14.02)


def test_a_town_next_door_to_the_only_country_named_is_not_dropped() -> None:
    # Only "Russian" names a country; Tokmak (Ukraine, next door) is the town, not Tokmok (Kyrgyzstan).
    events = _events("Ukrainian rockets hit a Russian ammunition depot in Tokmak on Sunday, killing three soldiers, "
                     "a Russian-installed official said.")
    assert events and all(e.country == "UA" for e in events) and all_near(events, 47.26, 35.71)


def test_a_name_written_in_two_words_is_the_one_word_town() -> None:
    events = _events("Al-Shabaab fighters overran a police post in Beled Weyne on Friday, killing two officers, a "
                     "local elder said.")
    assert events and all(e.country == "SO" for e in events) and all_near(events, 4.74, 45.2)


def test_a_state_named_after_its_town_is_the_state_not_a_town_near_its_seat() -> None:
    # "Chiapas" is the state's own name and only an alternate name of Chiapa de Corzo, 12 km from the state's point:
    # the state contains Frontera Comalapa, and no second record goes to Chiapa de Corzo.
    events = _events("Cartel gunmen killed four people at a bar in Frontera Comalapa, Chiapas, on Sunday, state "
                     "prosecutors said.")
    assert events and all_near(events, 15.66, -92.14)


def test_a_district_abroad_is_not_kept_by_a_country_named_as_an_actor() -> None:
    # "Independence Square" is Kyiv's hand-checked Maidan; Russia, next door to Ukraine, is named only as who acted
    events = _events("Soldiers loyal to the junta clashed with a rival unit at Independence Square in Bamako on "
                     "Saturday, residents said. The capital had been calm since Russia sent instructors in 2021. "
                     "Roads out of Kati and Koulikoro were closed.")
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clashes and all(e.country == "ML" for e in clashes)
