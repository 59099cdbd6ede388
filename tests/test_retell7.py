"""One act, one record (issue 9, session 23, benchmarks/probes/retell7.jsonl): a strike's damage told with the
strike's own noun is no destruction of its own; a strike that carried a chemical weapon is that chemical weapon.
Sentences written for these tests, run through the whole extractor with the real spaCy model and gazetteer."""

from __future__ import annotations

import datetime as dt

from frontlog.extract import extract_batch
from frontlog.model.records import Article

PUBLISHED = dt.date(2024, 5, 8)


def events_of(text: str):
    return extract_batch([Article(id="t", text=text, published=PUBLISHED)])[0]


def test_damage_told_by_the_strikes_noun_at_a_spot_of_its_own_is_the_strike() -> None:
    # "The strike set tents ablaze in the X area": what the strike did, though the sentence names another spot.
    events = events_of("An Israeli air strike on a school in Khan Younis on Monday killed 12 people, medics said. "
                       "The strike set tents ablaze in the Mawasi area, west of the city, witnesses said.")
    subs = [e.sub_event_type for e in events]
    assert subs == ["Air/drone strike"], subs


def test_destruction_with_a_doer_of_its_own_stays_a_deed() -> None:
    events = events_of("An Israeli air strike on a school in Khan Younis on Monday killed 12 people, medics said. "
                       "Soldiers set homes ablaze in the village of Bani Suheila on Monday, residents said.")
    subs = sorted(e.sub_event_type for e in events)
    assert subs == ["Air/drone strike", "Looting/property destruction"], subs

def test_a_strike_that_carried_a_chemical_weapon_is_the_chemical_weapon() -> None:
    # The aircraft delivered the gas: one chemical attack, its doer the strike's.
    events = events_of("A gas attack on the town of Saraqib killed nine people on Monday, rescuers said. Residents "
                       "said a helicopter dropped barrel bombs that released chlorine over the town's east.")
    subs = [e.sub_event_type for e in events]
    assert subs == ["Chemical weapon"], subs


def test_a_strike_beside_a_chemical_attack_elsewhere_stays() -> None:
    events = events_of("A gas attack on the town of Saraqib killed nine people on Monday, rescuers said. Warplanes "
                       "also struck a market in Maarat al-Numan on Monday, killing two.")
    subs = sorted(e.sub_event_type for e in events)
    assert subs == ["Air/drone strike", "Chemical weapon"], subs


def test_the_strike_as_subject_of_a_strike_verb_is_the_strike_told_before() -> None:
    # "The strike, carried out at the request of X, targeted ...": the verb's reading takes another doer and the
    # statement's day, but it tells the strike named by its subject, one act.
    events = events_of("A US drone strike killed three al-Shabaab fighters near Bulo Burde on Friday, the US Africa "
                       "Command said. The strike, carried out at the request of the Somali government, targeted a "
                       "pickup truck 20 km south of Bulo Burde, the command said in a statement on Saturday.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], [(e.actor1, e.date_start) for e in events]


def test_an_indefinite_strike_as_subject_of_a_strike_verb_is_one_strike() -> None:
    events = events_of("A drone strike hit a pickup truck near Bulo Burde on Friday, killing three fighters.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], [e.sub_event_type for e in events]


def test_a_killing_told_after_an_arrest_is_no_toll_of_the_arrest() -> None:
    # An arrest kills no one: the MP shot dead is an act of its own, where the arrest was told.
    events = events_of("Police arrested 40 people in Kampala on Thursday after the killing of an opposition MP in "
                       "the city on Monday, officials said. The MP was shot dead outside his home in Kampala's "
                       "Kawempe division on Monday evening.")
    subs = sorted(e.sub_event_type for e in events)
    assert subs == ["Arrests", "Attack"], subs


def test_a_strike_at_the_place_of_a_gas_attack_that_carried_no_gas_stays() -> None:
    # (the strike and the gas are told as two acts joined by "and": nothing says the strike delivered it)
    events = events_of("Government jets bombed Khan Shaykhun on Tuesday, and a chlorine attack hit Khan Shaykhun "
                       "on Tuesday night, medics said.")
    subs = sorted(e.sub_event_type for e in events)
    assert subs == ["Air/drone strike", "Chemical weapon"], subs
