"""When acts happened, by class (issue 9, session 22 round 2), on sentences written for these tests: 'the previous
weekend' counted from the act just told, an act noun dated in its own relative clause rather than by the later state
its verb tells, an act told in a when-clause, and 'the night before' counted from a dateline or a report that told no
act."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def _windows(text: str, published: dt.date) -> set[tuple[str, str, str]]:
    return {(e.sub_event_type, e.date_start, e.date_end) for e in run(text, published=published)}


# -- 'the previous / following weekend' is the Saturday and Sunday before / after the act told (date.anaphoric_period)

def test_the_previous_weekend_is_the_one_before_the_act_told() -> None:
    got = _windows("Police dispersed 200 protesters in Khartoum on Wednesday. The previous weekend, security forces "
                   "fired tear gas at demonstrators in Omdurman.", dt.date(2024, 5, 10))
    assert {w[1:] for w in got} == {("2024-05-08", "2024-05-08"), ("2024-05-04", "2024-05-05")}


def test_the_previous_weekend_of_a_sunday_is_a_week_earlier() -> None:
    got = _windows("Rebels shelled the town of Goma on Sunday. The previous weekend, they had ambushed an army convoy "
                   "near Rutshuru.", dt.date(2024, 5, 14))
    assert ("2024-05-04", "2024-05-05") in {w[1:] for w in got}


# -- an act noun's own relative clause dates it (date.noun_own_clause)

def test_a_truce_is_dated_when_made_not_when_still_holding() -> None:
    got = _windows("The ceasefire that the two sides signed in Juba on Wednesday was still holding on Saturday.",
                   dt.date(2024, 6, 17))
    assert got == {("Agreement", "2024-06-12", "2024-06-12")}


def test_an_onset_clause_still_runs_to_the_day_told() -> None:
    got = _windows("The sit-in outside the oil ministry in Basrah, which began on Sunday, continued on Tuesday.",
                   dt.date(2024, 6, 12))
    assert {w[1:] for w in got} == {("2024-06-09", "2024-06-11")}


# -- an act told as happening when another did has that one's day (date.when_act)

def test_a_killing_in_a_when_clause_has_the_strikes_day_not_the_funerals() -> None:
    got = _windows("Hundreds of mourners attended the funeral on Tuesday of the five men killed when a drone struck "
                   "their car near Kidal on Sunday.", dt.date(2024, 5, 10))
    assert {w[1:] for w in got} == {("2024-05-05", "2024-05-05")}


# -- with no act told before, 'the previous night' counts from a dated dateline's day (date.dateline_day)

def test_the_previous_night_counts_from_the_datelines_day() -> None:
    got = _windows("JALALABAD, June 3 (Reuters) - Gunmen attacked a police post in Jalalabad the previous night, "
                   "killing four officers, a provincial spokesman said.", dt.date(2024, 6, 6))
    assert {w[1:] for w in got} == {("2024-06-02", "2024-06-02")}


# -- with no act told before, 'the night before' counts from the day of the report just told (date.report_offset)

def test_the_night_before_counts_from_a_report_that_told_no_act() -> None:
    got = _windows("The army said on Tuesday it was sending more troops to Gwoza. The night before, militants had "
                   "attacked a base near Gwoza, killing two soldiers.", dt.date(2024, 5, 10))
    assert {w[1:] for w in got} == {("2024-05-06", "2024-05-06")}


# -- an act told only by a report made on the publication day lay on or before it (date.report_on_publication)

def test_an_act_told_on_the_publication_day_is_current_news_up_to_it() -> None:
    got = _windows("Gunmen shot dead five traders at a market in Kidal, officials said on Friday.",
                   dt.date(2024, 5, 10))
    assert {w[1:] for w in got} == {("2024-04-11", "2024-05-10")}


def test_a_report_day_before_publication_ends_the_acts_window() -> None:
    # (session 23: an act of others told by a report dated before publication came on or before the report's day,
    # date.others_act_reported, as on the publication day: the 30 days up to it, not the report's day alone)
    got = _windows("Gunmen shot dead five traders at a market in Kidal, officials said on Wednesday.",
                   dt.date(2024, 5, 10))
    assert {w[1:] for w in got} == {("2024-04-09", "2024-05-08")}
