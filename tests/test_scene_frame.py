"""A sentence that opens by setting its scene in a town ("In Tirana, parliament re-elected the president.") sets the
paragraph there: an act told after it without a place of its own happened in that town, not where the act told
before it was (rule place.scene_frame; issue 9, session 18: benchmarks/wire4's first contact). Through the whole
extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2012, 3, 7)


def test_a_crowd_after_a_scene_sentence_is_in_its_town() -> None:
    events = run("Gunmen killed two police officers in Mopti on Sunday, the ministry said.\n\nIn Bamako, parliament "
                 "met on Monday to vote on the budget. Riot police later broke up a rally of opposition supporters "
                 "outside the building.", published=PUBLISHED)
    crowd = [e for e in events if e.event_type == "Protests"]
    assert [e.location for e in crowd] == ["Bamako"]


def test_without_a_scene_the_act_stays_where_the_last_one_was() -> None:
    events = run("Gunmen killed two police officers in Mopti on Sunday, the ministry said.\n\nParliament met on "
                 "Monday to vote on the budget. Riot police later broke up a rally of opposition supporters outside "
                 "the building.", published=PUBLISHED)
    crowd = [e for e in events if e.event_type == "Protests"]
    assert [e.location for e in crowd] == ["Mopti"]


def test_a_scene_abroad_does_not_move_the_story() -> None:
    events = run("Gunmen killed two police officers in Mopti on Sunday, the ministry said.\n\nIn Paris, the foreign "
                 "ministry condemned the killings. Soldiers later arrested three suspects.", published=PUBLISHED)
    assert "Paris" not in [e.location for e in events]
