"""Who fights whom decides the type, and what is not a battle: a clash with a crowd is a riot, fire on a march is
force against protesters, a war against "an insurgency" is a state of affairs, a unit that "came under fire" was
attacked, and a toll told again with the date of its report is the same fight. Sentences written for these tests
(several wars each, and sentences that must not fire), run through the whole extractor with the real spaCy model
and gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from frontlog.extract import extract_batch
from frontlog.model.records import Article

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def events_of(text: str):
    return extract_batch([Article(id="t", text=text, published=PUBLISHED)])[0]


def count(events, etype: str) -> int:
    return sum(e.event_type == etype for e in events)


def show(events) -> list:
    return [(e.sub_event_type, e.location, e.date_start, e.actor1, e.actor2, e.rules) for e in events]


# (article, {event type: expected number of records}, why)
CROWD_SIDE = [
    ("Riot police clashed with stone-throwing students in Nairobi on Tuesday, witnesses said.",
     {"Riots": 1, "Battles": 0}, "a clash with students is a violent demonstration (Kenya)"),
    ("Police clashed with youths who had blocked the main road in Karachi on Monday.",
     {"Riots": 1, "Battles": 0}, "youths as the other side of a clash (Pakistan)"),
    ("Security forces clashed with a crowd outside the governor's office in Cochabamba on Wednesday.",
     {"Riots": 1, "Battles": 0}, "a crowd as the other side of a clash (Bolivia)"),
    ("Soldiers opened fire on a march in Mandalay on Sunday, killing three people, witnesses said.",
     {"Protests": 1, "Battles": 0, "Violence against civilians": 0}, "fire on a march (Myanmar)"),
    ("Troops opened fire on hundreds of demonstrators in Khartoum on Thursday, killing two, medics said.",
     {"Protests": 1, "Battles": 0, "Violence against civilians": 0}, "fire on demonstrators (Sudan)"),
    ("Police opened fire on a rally in Conakry on Monday, wounding several people, the opposition said.",
     {"Protests": 1, "Battles": 0}, "fire on a rally (Guinea)"),
    # must not fire
    ("Troops clashed with rebels near Beni on Tuesday, the army said.",
     {"Battles": 1, "Riots": 0}, "rebels are an armed side: a battle"),
    ("Government forces fought Tuareg separatists near Kidal on Monday.",
     {"Battles": 1, "Riots": 0}, "separatists are an armed side"),
    ("Soldiers clashed with armed youths near Bor on Monday, a local official said.",
     {"Riots": 0}, "armed youths are an armed side, not a crowd"),
    ("Gunmen killed five students at a school near Maiduguri on Monday, police said.",
     {"Protests": 0, "Riots": 0, "Violence against civilians": 1}, "students killed at a school are no crowd"),
]

STATE_OF_AFFAIRS = [
    ("Nigeria's army is battling a jihadist insurgency in the north-east.",
     {"Battles": 0}, "an insurgency is a phenomenon, not a side (Nigeria)"),
    ("With much of Mali battling militancy, the junta postponed the elections.",
     {"Battles": 0}, "a country fighting militancy (Mali)"),
    ("The Colombian army is battling the ELN on several fronts.",
     {"Battles": 0}, "a progressive fight with no place or date of its own (Colombia)"),
    ("The Philippine military is fighting a communist rebellion in the countryside.",
     {"Battles": 0}, "a rebellion fought is a state of war (Philippines)"),
    # must not fire
    ("Troops are fighting rebels in the streets of Bunia, residents said on Tuesday.",
     {"Battles": 1}, "a fight with its place and day is an act"),
    ("Nigerian troops fought Boko Haram insurgents near Bama on Monday.",
     {"Battles": 1}, "insurgents are a side, not a phenomenon"),
]

UNDER_FIRE = [
    ("A Malian army convoy came under fire near Douentza on Monday, the army said.",
     {"Battles": 1}, "a convoy came under fire (Mali)"),
    ("Ukrainian positions near Vuhledar came under fire from Russian troops on Sunday.",
     {"Battles": 1}, "positions came under fire from a named side (Ukraine)"),
    ("An Indian army patrol came under attack in Kupwara on Friday, police said.",
     {"Battles": 1}, "a patrol came under attack (Kashmir)"),
    # must not fire
    ("The minister came under fire from opposition lawmakers in Kinshasa on Tuesday.",
     {"Battles": 0}, "criticism of a minister is no fire"),
    ("The new law has come under attack from rights groups in Bangkok.",
     {"Battles": 0, "Violence against civilians": 0}, "criticism of a law is no attack"),
]

TOLL_RETOLD = [
    ("Troops fought al-Shabaab fighters near Jowhar on Tuesday. The fighting near Jowhar killed nine soldiers, "
     "a local elder said on Wednesday.", {"Battles": 1}, "a toll told with its report's day (Somalia)"),
    ("Government forces fought Tamil Tiger rebels near Kilinochchi on Monday. The fighting near Kilinochchi left "
     "14 rebels dead, the military said on Tuesday.", {"Battles": 1}, "a toll told with its report's day (Sri Lanka)"),
    ("Fano militiamen fought the army near Gondar on Sunday. The fighting near Gondar killed 11 people, a doctor "
     "said on Monday.", {"Battles": 1}, "a toll told with its report's day (Ethiopia)"),
    # must not fire
    ("Troops fought al-Shabaab fighters near Jowhar on Tuesday. Fresh fighting broke out near Jowhar on Thursday "
     "and killed four soldiers, an elder said.", {"Battles": 2}, "fighting on a day of its own is another act"),
]

CLASHES_OF_CROWD = [
    ("Police fired tear gas at protesters in Lima on Saturday. The clashes killed two people, a hospital said.",
     {"Battles": 0, "Protests": 1}, "the clashes of a protest just told (Peru)"),
    ("Thousands of protesters marched on parliament in Nairobi on Tuesday and police dispersed them. The clashes "
     "left three people dead, medics said.", {"Battles": 0, "Protests": 1}, "the clashes of a march (Kenya)"),
    ("Police dispersed a rally in Dhaka on Sunday. The clashes wounded dozens of people, witnesses said.",
     {"Battles": 0, "Protests": 1}, "the clashes of a rally (Bangladesh)"),
    ("Police dispersed a rally in Dhaka on Sunday. Police and hospital officials said the clashes wounded dozens "
     "of people.", {"Battles": 0, "Protests": 1}, "the clashes of a rally, police among the sources (Bangladesh)"),
    ("Riot police broke up a sit-in in Tunis on Friday. Police sources said the clashes injured 12 people.",
     {"Battles": 0, "Protests": 1}, "the clashes of a sit-in (Tunisia)"),
    # must not fire
    ("Police dispersed a rally in Dhaka on Sunday. Rebels clashed with troops near Rangamati on Monday.",
     {"Battles": 1, "Protests": 1}, "a battle with its own sides and place after a protest"),
    ("Protesters marched in Bamako on Friday. The clashes between the army and jihadists near Mopti killed ten "
     "soldiers.", {"Battles": 1, "Protests": 1}, "clashes with their own sides and place after a protest"),
]
SIDES_EITHER_WAY = [
    ("UNITA rebels fought government troops near Menongue on Tuesday. Government soldiers battled the rebels near "
     "Menongue on Tuesday for several hours, aid workers said.", {"Battles": 1}, "a clash told both ways (Angola)"),
    ("Houthi fighters clashed with government forces near Marib on Sunday. Government troops clashed with the "
     "Houthis near Marib on Sunday, a military source said.", {"Battles": 1}, "a clash told both ways (Yemen)"),
    ("The army fought Arakan Army fighters near Sittwe on Monday. Arakan Army fighters fought the army near Sittwe "
     "on Monday, residents said.", {"Battles": 1}, "a clash told both ways (Myanmar)"),
    # must not fire
    ("UNITA rebels fought government troops near Menongue on Tuesday. Government soldiers battled the rebels near "
     "Menongue on Friday.", {"Battles": 2}, "the same sides on another day are another clash"),
]
ALL = CROWD_SIDE + STATE_OF_AFFAIRS + UNDER_FIRE + TOLL_RETOLD + CLASHES_OF_CROWD + SIDES_EITHER_WAY


@pytest.mark.parametrize(("text", "expected", "why"), ALL, ids=[w for _t, _e, w in ALL])
def test_who_fights_whom(text: str, expected: dict[str, int], why: str) -> None:
    events = events_of(text)
    got = {etype: count(events, etype) for etype in expected}
    assert got == expected, (why, show(events))


def test_the_side_under_fire_is_actor2_and_who_fired_actor1() -> None:
    events = events_of("Ukrainian positions near Vuhledar came under fire from Russian troops on Sunday.")
    battles = [e for e in events if e.event_type == "Battles"]
    assert len(battles) == 1, show(events)
    assert battles[0].actor2 == "Ukrainian Armed Forces" and battles[0].actor1 == "Russian Armed Forces", \
        show(events)
    assert "actor.subject_is_target" in battles[0].rules


def test_a_crowd_fought_is_rioters_against_the_force() -> None:
    events = events_of("Riot police clashed with stone-throwing students in Nairobi on Tuesday, witnesses said.")
    riots = [e for e in events if e.event_type == "Riots"]
    assert len(riots) == 1, show(events)
    assert riots[0].sub_event_type == "Violent demonstration"
    assert riots[0].actor1 == "Rioters (Kenya)" and riots[0].actor2 == "Police Forces of Kenya", show(events)


def test_fire_on_a_march_is_done_by_the_force_to_the_protesters() -> None:
    events = events_of("Soldiers opened fire on a march in Mandalay on Sunday, killing three people, witnesses said.")
    protests = [e for e in events if e.event_type == "Protests"]
    assert len(protests) == 1, show(events)
    assert protests[0].sub_event_type == "Excessive force against protesters"
    assert protests[0].actor2 is not None and protests[0].actor2.startswith("Protesters"), show(events)
    assert protests[0].actor1 is None or not protests[0].actor1.startswith("Protesters"), show(events)


def test_the_retold_toll_joins_the_fight_and_keeps_its_day() -> None:
    events = events_of("Troops fought al-Shabaab fighters near Jowhar on Tuesday. The fighting near Jowhar killed "
                       "nine soldiers, a local elder said on Wednesday.")
    battles = [e for e in events if e.event_type == "Battles"]
    assert len(battles) == 1, show(events)
    assert str(battles[0].date_start) == "2024-03-12" and len(battles[0].evidence) == 2, show(events)


@pytest.mark.parametrize(("text", "sides"), [
    ("Heavy fighting continued on Thursday on the outskirts of Khartoum between the army and the RSF, residents "
     "said.", {"Sudanese Armed Forces", "Rapid Support Forces"}),
    ("Fighting raged for a third day near Sittwe between the Arakan Army and the military.",
     {"Arakan Army", "Myanmar Armed Forces"}),
    ("Clashes broke out again on Monday in the hills above Bunia between the army and CODECO militiamen.",
     {"Armed Forces of the Democratic Republic of the Congo", "CODECO"}),
])
def test_the_pair_after_between_are_the_sides(text: str, sides: set[str]) -> None:
    battles = [e for e in events_of(text) if e.event_type == "Battles"]
    assert len(battles) == 1 and {battles[0].actor1, battles[0].actor2} == sides, show(battles)


def test_a_pair_in_another_clause_is_no_side() -> None:
    events = events_of("Fighting flared near Goma on Monday, residents said, while talks between the army and M23 "
                       "stalled in Luanda.")
    battles = [e for e in events if e.event_type == "Battles"]
    assert len(battles) == 1 and battles[0].actor2 is None, show(events)

