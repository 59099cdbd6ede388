"""When acts happened, by class (issue 9, session 23), on sentences written for these tests: a killing or attack
by others told in what a dated report says, with no day of its own."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


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
