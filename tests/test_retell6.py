"""One act, one record (issue 9, session 22): words that name who reports are no weapon of the act. Sentences
written for these tests, run through the whole extractor with the real spaCy model and gazetteer."""

from __future__ import annotations

import datetime as dt

from frontlog.extract import extract_batch
from frontlog.model.records import Article

PUBLISHED = dt.date(2023, 7, 7)


def events_of(text: str):
    return extract_batch([Article(id="t", text=text, published=PUBLISHED)])[0]


def test_air_force_as_source_makes_no_air_strike() -> None:
    # "the air force said": the aircraft word is the source's, so the missile told again is the same strike.
    events = events_of("A Russian missile struck an apartment building in Lviv on Thursday, killing four people, "
                       "the mayor said. The air force said the missile was fired from the Black Sea and hit the "
                       "top floors.")
    subs = [e.sub_event_type for e in events]
    assert subs == ["Shelling/artillery/missile attack"], subs


def test_aircraft_word_outside_the_source_still_counts() -> None:
    events = events_of("Warplanes struck a market in Lviv on Thursday, killing four people, the air force said.")
    subs = [e.sub_event_type for e in events]
    assert subs == ["Air/drone strike"], subs


def test_act_explained_by_its_copula_is_the_act_told() -> None:
    # "the massacre was revenge for raids on X": the place is the cause's, the massacre the act just told.
    events = events_of("Gunmen stopped a bus near Mandera on Saturday and shot dead 28 passengers, police said. "
                       "The group said the massacre was revenge for raids on mosques in Mombasa.")
    assert [e.location for e in events] == ["Mandera"], [e.location for e in events]


def test_ranked_act_with_its_own_day_stays() -> None:
    # a ranked act told with a day of its own may be another act: it is kept.
    events = events_of("Gunmen shot dead 28 passengers near Mandera on Saturday. The attack on a village near "
                       "Mombasa on Tuesday, which killed five villagers, was the deadliest this year.")
    assert len(events) == 2, [(e.location, e.date_start) for e in events]


def test_strike_with_no_weapon_after_a_missile_strike_is_that_strike() -> None:
    # "Bombs also hit ...": no weapon or doer of its own, right after missiles hit the town: the same shelling.
    events = events_of("Fourteen people were killed in Azaz on Monday when missiles hit a school. Bombs also "
                       "hit a shelter south of the town, a resident said.")
    subs = [e.sub_event_type for e in events]
    assert subs == ["Shelling/artillery/missile attack"], subs


def test_aircraft_strike_after_a_missile_strike_stays_an_air_strike() -> None:
    events = events_of("Fourteen people were killed in Azaz on Monday when missiles hit a school. Warplanes "
                       "also bombed a market in Idlib on Monday, killing six.")
    subs = sorted(e.sub_event_type for e in events)
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"], subs


def test_raid_an_arrest_was_made_in_is_no_strike() -> None:
    # (after an air strike, "raid" could be read as another one)
    events = events_of("An Israeli air strike hit a house in Rafah on Monday, killing five people. Israeli troops "
                       "detained 12 men during a raid on the Jenin refugee camp on Tuesday.")
    subs = sorted(e.sub_event_type for e in events)
    assert subs == ["Air/drone strike", "Arrests"], subs


def test_raid_before_the_arrests_with_a_toll_stays() -> None:
    # a raid that killed people is an act of its own, whatever arrest followed.
    events = events_of("An Israeli air strike hit a house in Rafah on Monday, killing five people. Israeli troops "
                       "detained 12 men after a raid on the Jenin refugee camp on Tuesday that killed three people.")
    subs = sorted(e.sub_event_type for e in events)
    assert subs.count("Air/drone strike") == 2, subs
