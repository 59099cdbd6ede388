"""When acts happened, more classes (issue 9, session 19, benchmarks/probes/when4.jsonl), through the whole extractor
and the date grammar, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def window(e) -> tuple[str, str]:
    return e.date_start, e.date_end


# -- "of that year" after a full date whose year a comma follows (rule date.that_year)

def test_that_year_is_the_year_of_a_date_written_with_a_comma_after_it() -> None:
    text = ("Troops seized the radio station on June 3, 1991, and arrested the president. Rebels shelled Kigali "
            "in October of that year, killing four people.")
    events = run(text, published=dt.date(2003, 5, 2))
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [window(e) for e in shelling] == [("1991-10-01", "1991-10-31")]


# -- "on the eve of" a dated day: the day before it (dates._apply_eve)

def test_the_eve_of_a_days_vote_is_the_day_before() -> None:
    events = run("Gunmen shot dead a council candidate in Uruapan on the eve of Sunday's vote, prosecutors said.",
                 published=dt.date(2024, 6, 4))
    assert [window(e) for e in events] == [("2024-06-01", "2024-06-01")]


def test_the_eve_of_a_visit_dated_later_in_its_phrase_is_the_day_before() -> None:
    events = run("A car bomb exploded outside a police station in Baidoa on the eve of the prime minister's visit to "
                 "the town on Friday, killing two officers.", published=dt.date(2024, 11, 23))
    assert [window(e) for e in events] == [("2024-11-21", "2024-11-21")]


def test_a_day_told_before_the_eve_keeps_its_own_day() -> None:
    events = run("Rebels shelled Kiryat Shmona on Tuesday, on the eve of truce talks in Cairo.",
                 published=dt.date(2024, 8, 15))
    assert [window(e) for e in events] == [("2024-08-13", "2024-08-13")]


# -- an act dated only by its report's day, its own day told next (rule date.day_told_next)

def test_the_day_the_next_sentence_gives_the_attack_is_its_day_not_the_reports() -> None:
    text = ("KAMPALA, June 11 (Wire) - Suspected rebels hacked six villagers to death in a raid on a village near "
            "Bundibugyo, police said on Tuesday. The attackers struck late on Sunday and fled across the border.")
    events = run(text, published=dt.date(2024, 6, 11))
    assert [window(e) for e in events] == [("2024-06-09", "2024-06-09")]
    assert "date.day_told_next" in events[0].rules


def test_it_happened_dates_the_act_just_reported() -> None:
    text = ("Soldiers shot dead three protesters in Kisumu, a rights group said on Thursday. It happened on Tuesday "
            "evening near the main market.")
    events = run(text, published=dt.date(2024, 7, 12))
    assert [window(e) for e in events] == [("2024-07-09", "2024-07-09")]


def test_a_day_of_someone_elses_act_or_report_next_does_not_redate_the_act() -> None:
    text = ("Gunmen killed four farmers near Mangu, police said on Monday. The state governor visited the area on "
            "Saturday. The army said on Sunday that it had deployed troops.")
    events = run(text, published=dt.date(2024, 6, 4))
    # (the killing by others ends on its report's Monday, date.others_act_reported; the governor's Saturday and the
    # army's Sunday do not move it)
    assert [window(e) for e in events if e.sub_event_type == "Attack"] == [("2024-05-05", "2024-06-03")]



# -- a span up to the report in the act's own clause beats the report's day (rule date.report_not_act)

def test_strikes_over_the_past_week_told_by_a_report_keep_the_week() -> None:
    events = run("Russian forces have shelled Kupiansk more than 100 times over the past week, the regional governor "
                 "said on Monday.", published=dt.date(2024, 9, 2))
    assert [window(e) for e in events] == [("2024-08-27", "2024-09-02")]


# -- a round-up's heading states its window: its weekdays fall in it (rule date.dateline_day)

def test_weekdays_of_a_briefing_fall_in_the_window_its_heading_states() -> None:
    text = ("Security briefing for 2-8 September. On Tuesday, gunmen ambushed a convoy near Baidoa. On Saturday, a "
            "roadside bomb killed three soldiers in Afgooye.")
    by_place = {e.location: window(e) for e in run(text, published=dt.date(2024, 9, 12))}
    assert by_place["Baidoa"] == ("2024-09-03", "2024-09-03")
    assert by_place["Afgooye"] == ("2024-09-07", "2024-09-07")


def test_a_window_in_a_sentence_that_tells_an_act_is_no_round_up() -> None:
    text = "Fighting from 2-8 September killed 40 people near Baidoa. On Tuesday, gunmen ambushed a convoy near Jowhar."
    by_place = {e.location: window(e) for e in run(text, published=dt.date(2024, 9, 12))}
    assert by_place.get("Jawhar", by_place.get("Jowhar")) == ("2024-09-10", "2024-09-10")


# -- the day of what a sentence with no act tells dates the undated act told next (rule date.inherited)

def test_an_undated_act_after_a_sentence_dating_a_vote_shares_the_votes_day() -> None:
    text = ("In Kisumu, gunmen shot dead two traders on Sunday, police said. In Nairobi, parliament passed the "
            "finance bill on Tuesday. Police later fired tear gas at protesters outside the parliament building.")
    by_place = {e.location: window(e) for e in run(text, published=dt.date(2024, 6, 26))}
    # ('later' than the vote: from its day up to publication, date.later_than_told; not the killing's Sunday)
    assert by_place["Nairobi"] == ("2024-06-25", "2024-06-26")


def test_a_reports_day_in_a_sentence_with_no_act_is_not_the_storys_day() -> None:
    text = ("Gunmen shot dead two traders in Kisumu on Sunday. The ministry said on Tuesday it would send "
            "investigators. The attackers also burned a shop in the town.")
    assert {window(e) for e in run(text, published=dt.date(2024, 6, 26))} == {("2024-06-23", "2024-06-23")}
