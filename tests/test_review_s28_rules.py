"""Misfires a review of session 28's new rules found, each mended by a general change (branch mendb). Through the
whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def _by_place(text: str, published: dt.date) -> dict[str | None, list]:
    out: dict[str | None, list] = {}
    for e in run(text, published=published):
        out.setdefault(e.location, []).append(e)
    return out


# date.story_year: a year told in a clause describing a noun is that noun's past, not the act's story.
def test_year_in_a_relative_clause_does_not_date_the_act() -> None:
    recs = _by_place("M23 rebels, who first seized Bunagana in June 2022, attacked Kitshanga on March 3, killing 10 "
                     "civilians.", dt.date(2024, 3, 10))
    assert [e.date_start for e in recs["Kitshanga"]] == ["2024-03-03"]


def test_year_in_a_relative_clause_does_not_date_the_act_other_war() -> None:
    recs = _by_place("Houthi fighters, who took Sanaa in September 2014, shelled Taiz on January 5, killing four "
                     "civilians.", dt.date(2024, 1, 12))
    assert [e.date_start for e in recs["Taiz"]] == ["2024-01-05"]


def test_year_of_a_joined_clause_still_dates_the_act() -> None:
    recs = run("In March 2022 the rebels seized the hills above Bunagana, and in June they took the town itself.",
               published=dt.date(2024, 2, 1))
    assert sorted(e.date_start for e in recs) == ["2022-03-01", "2022-06-01"]


# sides.fire_in_riot: unclaimed fire at police far from a riot (beyond CROWD_STORY_KM) is no riot of its own; within
# it, a riot of its own there (tests/test_battles10_s28.py).
def test_fire_at_a_patrol_far_from_the_riot_stays_a_clash() -> None:
    recs = _by_place("Protesters set fire to tyres and stoned police in Nairobi on Tuesday. In Mandera, near the "
                     "Somali border, a police patrol came under fire on Tuesday night.", dt.date(2024, 5, 15))
    assert [e.sub_event_type for e in recs["Mandera"]] == ["Armed clash"]


def test_shots_at_a_station_in_a_far_town_stay_a_clash() -> None:
    recs = _by_place("Rioters torched buses and looted shops in Cali on Wednesday. Shots were fired at a police "
                     "station in Tumaco on Wednesday night, officials said.", dt.date(2024, 5, 16))
    assert [e.sub_event_type for e in recs["Tumaco"]] == ["Armed clash"]


# triggers.yaml "drive * back": police driving a crowd back disperse it; no fight, no riot.
def test_police_driving_protesters_back_is_an_intervention() -> None:
    subs = {e.sub_event_type for e in run("Police drove the protesters back with tear gas and batons outside "
                                          "parliament in Nairobi on Tuesday.", published=dt.date(2024, 5, 15))}
    assert subs == {"Protest with intervention"}


def test_riot_police_driving_demonstrators_back_is_an_intervention() -> None:
    subs = {e.sub_event_type for e in run("Riot police drove the demonstrators back with water cannon in Tbilisi on "
                                          "Sunday.", published=dt.date(2024, 5, 15))}
    assert subs == {"Protest with intervention"}
