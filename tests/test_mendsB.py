"""Mends of session 23's review (branch mendsB), through the whole extractor on sentences written for these tests:
"earlier" acts of the same day, "as" after a year, a side telling its own soldiers' act."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def test_earlier_clashes_told_the_same_day_are_an_act() -> None:
    events = run("Riot police dispersed students in Kampala on Wednesday. Earlier clashes in Gulu left four people "
                 "dead.")
    assert any(e.location == "Gulu" for e in events)


def test_earlier_protests_with_a_count_are_still_known_acts() -> None:
    assert run("Residents of Gulu say three earlier protests have met the same fate.") == []


def test_as_after_a_year_is_no_clause_on_that_year() -> None:
    [e] = run("Ansar Dine, which emerged in 2012 as a Tuareg militia, killed 30 villagers near Kidal in April.",
              dt.date(2022, 6, 1))
    assert e.date_start.startswith("2022")


def test_when_after_a_year_still_dates_the_month() -> None:
    [e] = run("The rebellion began in 2012, when rebels seized Kidal in March.", dt.date(2022, 6, 1))
    assert e.date_start.startswith("2012")


def test_the_army_telling_of_its_soldiers_keeps_the_report_day() -> None:
    [e] = run("The army said on Wednesday that its soldiers killed 15 militants near Djibo.", dt.date(2019, 5, 23))
    assert (e.date_start, e.date_end) == ("2019-05-22", "2019-05-22")


def test_the_army_telling_of_troops_keeps_the_report_day() -> None:
    [e] = run("The army said on Wednesday that troops killed 15 militants near Djibo.", dt.date(2019, 5, 23))
    assert (e.date_start, e.date_end) == ("2019-05-22", "2019-05-22")


def test_a_monitor_telling_of_soldiers_still_widens() -> None:
    [e] = run("Human Rights Watch said on Wednesday that soldiers killed 15 villagers near Djibo.",
              dt.date(2019, 5, 23))
    assert e.date_start < e.date_end == "2019-05-22"
