"""Dates told in short stories (issue 9, session 15), through the whole extractor (real spaCy model, gazetteer and
actor table), on sentences written for these tests: a range of days joined by "and", an act noun dated by the
offset told right after it, the weapon of an act told before or after another, and a month's name that is no
march."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def window(e) -> tuple[str, str]:
    return e.date_start, e.date_end


def test_between_two_days_of_a_month_is_one_window() -> None:
    events = run("Fighting between the army and rebels in Goma between 12 and 14 June killed 30 people, officials "
                 "said.", published=dt.date(2024, 6, 20))
    assert [window(e) for e in events] == [("2024-06-12", "2024-06-14")]


def test_a_month_then_two_days_joined_by_and_is_one_window() -> None:
    events = run("Protesters marched in Lima on July 8 and 9 to demand new elections.", published=dt.date(2024, 7, 15))
    assert [window(e) for e in events] == [("2024-07-08", "2024-07-09")]


def test_an_act_noun_followed_by_the_previous_day_is_dated_from_the_sentences_day() -> None:
    events = run("On Thursday, police in Peshawar detained nine men over a grenade attack on a market in the city "
                 "the previous day.", published=dt.date(2024, 5, 10))
    by_sub = {e.sub_event_type: window(e) for e in events}
    assert by_sub["Arrests"] == ("2024-05-09", "2024-05-09")
    assert by_sub["Grenade"] == ("2024-05-08", "2024-05-08")


def test_the_weapon_of_an_act_told_after_another_is_not_the_first_acts() -> None:
    events = run("Gunmen attacked a police station in Bannu on Sunday, a day after the army shelled militant "
                 "positions in the hills nearby.", published=dt.date(2024, 6, 25))
    assert sorted((e.sub_event_type, e.date_start) for e in events) == [
        ("Armed clash", "2024-06-23"), ("Shelling/artillery/missile attack", "2024-06-22")]


def test_men_shot_on_a_night_of_march_are_no_protesters() -> None:
    events = run("Soldiers shot dead two farmers at a roadblock near Bamenda on the night of 3 March, their families "
                 "said.", published=dt.date(2024, 3, 10))
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_day_after_a_clause_with_a_long_subject_counts_back() -> None:
    # "a day after" ends on the clause's "after", far from its verb: the clause's act is a day before the blast.
    events = run("A car bomb exploded near a checkpoint in Kismayo on Tuesday, killing three people. The blast "
                 "came a day after Al-Shabaab militants attacked a police station in Jamame.",
                 published=dt.date(2024, 6, 12))
    by_place = {e.location: window(e) for e in events}
    assert by_place["Kismayo"] == ("2024-06-11", "2024-06-11")
    assert by_place["Jamaame"] == ("2024-06-10", "2024-06-10")


def test_a_weekday_counts_from_a_dated_datelines_day() -> None:
    # issue 9, session 17 (when2.jsonl): a page published days after its dateline; rule date.dateline_day
    events = run("YOLA, Nigeria, May 17 (Reuters) - Gunmen killed six farmers near Mubi on Tuesday, police said.",
                 published=dt.date(2024, 5, 21))
    assert [window(e) for e in events] == [("2024-05-14", "2024-05-14")]


def test_yesterday_counts_from_a_bracketed_stamp() -> None:
    events = run("[4 May 2024] DOSSO (AFP) - Jihadists killed 12 soldiers in an ambush near Dosso yesterday.",
                 published=dt.date(2024, 5, 9))
    assert [window(e) for e in events] == [("2024-05-03", "2024-05-03")]


def test_a_dateline_day_long_before_publication_is_no_anchor() -> None:
    # more than a month back the date stamps something else; the weekday counts from publication
    events = run("YOLA, Nigeria, Feb 2 (Reuters) - Gunmen killed six farmers near Mubi on Tuesday, police said.",
                 published=dt.date(2024, 5, 21))
    assert [window(e) for e in events] == [("2024-05-21", "2024-05-21")]


def test_a_since_measuring_rarity_dates_nothing() -> None:
    # issue 9, session 17 (when2.jsonl); rule date.since_compares
    events = run("Jihadists killed 11 soldiers near Gao on Sunday in the deadliest attack in the area since 2020.",
                 published=dt.date(2024, 5, 21))
    assert [window(e) for e in events] == [("2024-05-19", "2024-05-19")]


def test_an_act_in_a_clause_on_the_time_after_until_is_at_that_time() -> None:
    # issue 9, session 17 (when2.jsonl); rule date.when_clause
    events = run("Jihadists controlled Gao until 2013, when French and Malian troops recaptured the town.",
                 published=dt.date(2024, 5, 21))
    assert [window(e) for e in events] == [("2013-01-01", "2013-12-31")]


def test_a_participle_after_an_offset_and_a_comma_shares_its_verbs_day() -> None:
    # issue 9, session 17 (when2.jsonl): "the night before, killing" is no "a day before the killing"
    events = run("Officials said on Sunday that Russian forces had shelled Kherson the day before, killing three "
                 "civilians.", published=dt.date(2024, 6, 12))
    assert [window(e) for e in events] == [("2024-06-08", "2024-06-08")]


def test_the_previous_week_is_the_week_before_the_act_told() -> None:
    # issue 9, session 17 (when2.jsonl); rule date.anaphoric_week
    events = run("Soldiers clashed with jihadists near Gao on Saturday. The previous week, the jihadists had killed "
                 "a village chief near Gao.", published=dt.date(2024, 6, 12))
    assert sorted((e.sub_event_type, window(e)) for e in events) == [
        ("Armed clash", ("2024-06-08", "2024-06-08")), ("Attack", ("2024-05-27", "2024-06-02"))]
