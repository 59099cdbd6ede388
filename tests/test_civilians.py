"""Violence against civilians (issue 9) through the whole extractor, on sentences written for these tests with the
real spaCy model, gazetteer and actor table: who counts as a civilian victim (the word classes), abductions and
hostage-taking, killings by unnamed attackers, and the armed victims that keep a killing a clash."""

from __future__ import annotations

import datetime as dt

import pytest

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.model.records import Article, Event

PUBLISHED = dt.date(2019, 5, 22)  # a Wednesday


def run(text: str) -> list[Event]:
    [events] = extract_batch([Article(id="t", text=text, published=PUBLISHED)], Stats())
    return events


def only(text: str) -> Event:
    events = run(text)
    assert len(events) == 1, [(e.sub_event_type, e.location, e.evidence) for e in events]
    return events[0]


@pytest.mark.parametrize("victims", ["travellers", "passengers", "herders", "pupils", "mourners"])
def test_killing_people_of_a_civilian_kind_is_an_attack_on_civilians(victims: str) -> None:
    e = only(f"Militants shot dead six {victims} near the town of Mopti in central Mali on Sunday.")
    assert (e.event_type, e.sub_event_type, e.actor2) == ("Violence against civilians", "Attack", "Civilians")
    assert e.fatalities == 6


def test_unnamed_attackers_killing_people_not_called_armed_is_an_attack_by_an_unidentified_group() -> None:
    e = only("Gunmen killed five Norwegians outside the town of Mopti in central Mali on Sunday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", "Unidentified Armed Group (Mali)", "Civilians")


def test_unnamed_attackers_killing_soldiers_is_still_a_clash() -> None:
    e = only("Gunmen killed three soldiers outside the town of Mopti in central Mali on Sunday.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")


def test_hostage_taking_is_an_abduction_of_civilians() -> None:
    e = only("Armed men took twelve bus passengers hostage near the town of Mopti in central Mali on Monday.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group (Mali)", "Civilians")


def test_people_wounded_in_an_attack_with_no_side_named_make_it_an_attack_on_civilians() -> None:
    e = only("Several people were wounded in an attack on the market of Mopti in central Mali on Tuesday.")
    assert (e.sub_event_type, e.actor2) == ("Attack", "Civilians")


@pytest.mark.parametrize("act", ["burned three farmers alive", "hacked three farmers to death",
                                 "stabbed three farmers"])
def test_killings_told_by_their_manner_are_attacks(act: str) -> None:
    e = only(f"Bandits {act} in the village of Mopti in central Mali on Tuesday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", "Unidentified Armed Group (Mali)", "Civilians")


def test_an_attack_told_with_the_killing_of_people_not_armed_is_an_attack_on_civilians() -> None:
    bus = only("Gunmen attacked a bus outside the town of Mopti in central Mali on Sunday, killing four Norwegians.")
    assert (bus.sub_event_type, bus.actor2, bus.fatalities) == ("Attack", "Civilians", 4)
    post = only("Gunmen attacked an army post outside the town of Mopti in central Mali on Sunday, killing four "
                "soldiers.")
    assert (post.sub_event_type, post.actor2) == ("Armed clash", "Military Forces of Mali")


def test_victims_nobody_is_said_to_have_attacked_are_attacked_by_an_unidentified_group() -> None:
    e = only("Four traders were shot dead in the town of Mopti in central Mali on Thursday.")
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == (
        "Attack", "Unidentified Armed Group (Mali)", "Civilians", 4)


def test_civilians_killed_in_a_battle_are_its_toll_not_its_other_side() -> None:
    e = only("Five civilians were killed in fighting between the army and jihadists near the town of Mopti in "
             "central Mali on Monday.")
    assert (e.event_type, e.sub_event_type, e.fatalities) == ("Battles", "Armed clash", 5)
    assert e.actor2 != "Civilians" and e.actor1 != e.actor2


def test_soldiers_shot_dead_is_a_clash() -> None:
    e = only("Jihadists shot dead three soldiers near the town of Mopti in central Mali on Wednesday.")
    assert (e.sub_event_type, e.actor2, e.fatalities) == ("Armed clash", "Military Forces of Mali", 3)


def test_people_found_dead_were_killed_by_someone_unnamed() -> None:
    e = only("Six herders were found dead near the town of Mopti in central Mali on Thursday.")
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == (
        "Attack", "Unidentified Armed Group (Mali)", "Civilians", 6)
