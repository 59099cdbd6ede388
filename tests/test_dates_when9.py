"""When acts happened, by class (issue 9, session 23), on sentences written for these tests: a killing or attack
by others told in what a dated report says, with no day of its own; a dated dateline under a headline; a month with
no year of its own after a year told in its sentence; 'in June last year' told early in the next year."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import find_time_expressions


def _windows(text: str, published: dt.date) -> set[tuple[str, str, str]]:
    return {(e.sub_event_type, e.date_start, e.date_end) for e in run(text, published=published)}


# -- an act of others inside a dated report reaches back from the report's day (date.others_act_reported)

def test_a_rights_groups_account_reaches_back_from_its_day() -> None:
    got = _windows("Human Rights Watch said on Thursday that soldiers executed 40 villagers in a village near Kaya.",
                   dt.date(2024, 5, 13))
    assert {w[1:] for w in got} == {("2024-04-10", "2024-05-09")}


def test_a_trailing_report_of_a_named_doer_reaches_back_too() -> None:
    got = _windows("Gunmen abducted 20 farmers near Gusau, residents told reporters on Friday.", dt.date(2024, 5, 13))
    assert {w[1:] for w in got} == {("2024-04-11", "2024-05-10")}


def test_a_side_telling_its_own_act_keeps_the_reports_day() -> None:
    got = _windows("The army said on Thursday it killed 20 militants in fighting near Kaya.", dt.date(2024, 5, 13))
    assert {w[1:] for w in got} == {("2024-05-09", "2024-05-09")}


def test_a_passive_act_with_no_doer_keeps_the_reports_day() -> None:
    got = _windows("Two traders were shot dead in the market of Kaya, officials said on Thursday.",
                   dt.date(2024, 5, 13))
    assert {w[1:] for w in got} == {("2024-05-09", "2024-05-09")}


# -- a dated dateline under a headline anchors the story's days (date.dateline_day)

def test_a_dateline_under_a_headline_is_the_filing_day() -> None:
    got = _windows("Militants attack army base near Bama\n\nMAIDUGURI, Nigeria, June 7 (Reuters) - Militants attacked "
                   "an army base near Bama on Wednesday, the army said.", dt.date(2024, 6, 13))
    assert {w[1:] for w in got} == {("2024-06-05", "2024-06-05")}


def test_a_date_on_the_line_after_a_first_sentence_is_no_dateline() -> None:
    got = _windows("Militants attacked an army base near Bama on Wednesday, the army said.\n\nMAIDUGURI, Nigeria, "
                   "June 7 (Reuters) - The attackers fled.", dt.date(2024, 6, 13))
    assert ("2024-06-12", "2024-06-12") in {w[1:] for w in got}


# -- a month with no year of its own, told after a year that opens the sentence or a clause on it, is of that year

def test_a_month_in_a_when_clause_on_a_year_is_of_that_year() -> None:
    got = _windows("The war in the Donbas began in 2014, when separatists captured the town of Sloviansk in April.",
                   dt.date(2022, 2, 18))
    assert {w[1:] for w in got} == {("2014-04-01", "2014-04-30")}


def test_a_month_after_a_year_opening_the_sentence_is_of_that_year() -> None:
    got = {t.text: (t.date_start, t.date_end) for t in find_time_expressions(
        "In 2016, rebels seized the town in February and lost it in May.", dt.date(2019, 3, 1))}
    assert got["in February"] == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))
    assert got["in May"] == (dt.date(2016, 5, 1), dt.date(2016, 5, 31))


def test_a_year_naming_a_founding_does_not_date_a_later_month() -> None:
    got = {t.text: (t.date_start, t.date_end) for t in find_time_expressions(
        "The group, founded in 2009, attacked the town in April.", dt.date(2022, 6, 1))}
    assert got["in April"] == (dt.date(2022, 4, 1), dt.date(2022, 4, 30))


def test_a_month_last_year_told_early_in_the_year_is_that_month() -> None:
    got = _windows("The rebels resumed their offensive in June last year, when they captured the town of Bunagana.",
                   dt.date(2023, 2, 8))
    assert {w[1:] for w in got} == {("2022-06-01", "2022-06-30")}


def test_a_dateline_under_a_headline_and_a_byline_is_the_filing_day() -> None:
    got = _windows("Militants attack army base near Bama\nBy Ahmed Kingimi\n\nMAIDUGURI, Nigeria, June 7 (Reuters) - "
                   "Militants attacked an army base near Bama on Wednesday, the army said.", dt.date(2024, 6, 13))
    assert {w[1:] for w in got} == {("2024-06-05", "2024-06-05")}
