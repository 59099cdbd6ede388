"""When acts happened, by class (issue 9, session 18, benchmarks/probes/when3.jsonl), through the whole extractor
and the date grammar, on sentences written for these tests: live blogs whose entries are headed by a day's date,
a span 'since' a year told beside a day, an act dated only by an offset in a clause after another dated one,
acts inside what an anniversary marks, holidays of a fixed date, and windows that would run past publication."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import _default_grammar


def window(e) -> tuple[str, str]:
    return e.date_start, e.date_end


# -- live blogs: entries under a day's date (rule date.blog_entry)

BLOG = """Sudan war: live

14 Mar 2024 07:10 GMT
RSF drones struck a fuel depot in Kosti overnight, the army said.

12 Mar 2024 19:45 GMT
Seven people were killed in shelling on a market in Omdurman, medics said.
"""


def test_an_entry_under_a_date_and_a_clock_dates_its_acts() -> None:
    by_place = {e.location: window(e) for e in run(BLOG, published=dt.date(2024, 3, 15))}
    assert by_place["Omdurman"] == ("2024-03-12", "2024-03-12")
    assert by_place["Kosti"] == ("2024-03-13", "2024-03-14")


def test_two_weekday_and_date_headers_date_their_entries() -> None:
    text = ("Ukraine: latest\n\nSunday 8 September\nRussian drones hit Sumy overnight, injuring four people.\n\n"
            "Monday 9 September\nA Russian missile struck a hospital in Poltava this morning.\n")
    by_place = {e.location: window(e) for e in run(text, published=dt.date(2024, 9, 10))}
    assert by_place["Sumy"] == ("2024-09-07", "2024-09-08")
    assert by_place["Poltava"] == ("2024-09-09", "2024-09-09")


def test_a_lone_date_line_is_no_entry_header() -> None:
    g = _default_grammar()
    assert g.entry_days("3 May 2024\n\nGunmen killed four traders in Dori yesterday.", dt.date(2024, 5, 6)) == []
    assert g.entry_days("Police said on\nMonday 6 May\nthat ...", dt.date(2024, 5, 6)) == []


# -- a span since a year is no pair with a day (rule date.pair)

def test_a_span_since_a_year_does_not_widen_the_days_act() -> None:
    events = run("Jihadists have attacked Dori repeatedly since 2021, and on Saturday they fired mortars at the "
                 "town's market, killing four people.", published=dt.date(2024, 5, 6))
    assert [window(e) for e in events] == [("2024-05-04", "2024-05-04")]


# -- an offset in the act's own clause (rule date.anaphoric_offset)

def test_the_following_day_after_a_dated_clause_counts_from_its_date() -> None:
    events = run("On Tuesday, a drone strike killed six people in Kherson, and the following day Russian artillery "
                 "shelled the outskirts of Mykolaiv.", published=dt.date(2024, 5, 10))
    by_place = {e.location: window(e) for e in events}
    assert by_place["Kherson"] == ("2024-05-07", "2024-05-07")
    assert by_place["Mykolaiv"] == ("2024-05-08", "2024-05-08")


def test_the_next_day_before_a_dated_clause_counts_from_the_act_just_told() -> None:
    events = run("Bandits abducted 12 villagers near Gusau on Friday. The gunmen attacked Tsafe the next day, and on "
                 "Sunday police arrested nine suspects in Gusau.", published=dt.date(2024, 5, 14))
    by_type = {e.sub_event_type: window(e) for e in events}
    assert {e.location for e in events} == {"Gusau", "Tsafe"}
    assert [window(e) for e in events if e.location == "Tsafe"] == [("2024-05-11", "2024-05-11")]
    assert by_type["Arrests"] == ("2024-05-12", "2024-05-12")


# -- anniversaries (rule date.anniversary)

def test_an_act_inside_what_an_anniversary_marks_is_years_before_the_day_it_was_marked() -> None:
    events = run("Villagers in Solhan held prayers on Thursday on the second anniversary of the massacre in which "
                 "jihadists killed 160 people in the town.", published=dt.date(2023, 6, 9))
    assert [window(e) for e in events] == [("2021-06-08", "2021-06-08")]


def test_an_act_with_its_own_date_inside_an_anniversary_keeps_it() -> None:
    events = run("Villagers marked on Thursday the second anniversary of the massacre of 5 June 2021, in which "
                 "jihadists killed 160 people in Solhan.", published=dt.date(2023, 6, 9))
    assert [window(e) for e in events] == [("2021-06-05", "2021-06-05")]


# -- holidays of a fixed date (date grammar)

def test_a_fixed_holiday_is_its_day_before_publication() -> None:
    g = _default_grammar()
    found = [(t.date_start, t.date_end)
             for t in g.find("Gunmen attacked a church on Christmas Eve.", dt.date(2025, 2, 3))]
    assert found == [(dt.date(2024, 12, 24), dt.date(2024, 12, 24))]
    assert g.find("Prices rose before the Christmas holidays.", dt.date(2025, 2, 3)) == []


def test_an_act_on_new_years_day_is_not_dated_by_the_report() -> None:
    events = run("Government artillery shelled Saraqib on New Year's Day, killing three children, rescuers said in a "
                 "statement on Monday.", published=dt.date(2019, 1, 8))
    assert [window(e) for e in events] == [("2019-01-01", "2019-01-01")]


# -- windows end by publication (rule date.up_to_publication)

def test_a_season_still_under_way_ends_at_publication() -> None:
    events = run("Rebels captured the town of Saraqib this spring.", published=dt.date(2019, 5, 22))
    assert [window(e) for e in events] == [("2019-03-01", "2019-05-22")]


# -- an undated act right after background told long before publication (rule date.background_run)

def test_an_undated_past_act_after_a_background_sentence_shares_its_window() -> None:
    events = run("In March 2021 militiamen overran the village of Bijombo in South Kivu. They burned its health "
                 "centre and a school, residents said.", published=dt.date(2024, 5, 10))
    by_type = {e.sub_event_type: window(e) for e in events}
    assert by_type["Looting/property destruction"] == ("2021-03-01", "2021-03-31")


def test_news_of_this_week_between_ends_the_background() -> None:
    events = run("In March 2021 militiamen overran the village of Bijombo in South Kivu. Many who fled then came "
                 "back this week. Militiamen burned a school in Bijombo, residents said.",
                 published=dt.date(2024, 5, 10))
    by_type = {e.sub_event_type: window(e) for e in events}
    assert by_type["Looting/property destruction"] == ("2024-04-11", "2024-05-10")


def test_an_undated_present_perfect_after_background_is_current_news() -> None:
    events = run("In March 2021 militiamen overran the village of Bijombo in South Kivu. Militiamen have burned a "
                 "school in Bijombo, residents say.", published=dt.date(2024, 5, 10))
    by_type = {e.sub_event_type: window(e) for e in events}
    assert by_type["Looting/property destruction"] == ("2024-04-11", "2024-05-10")


def test_an_undated_past_act_at_another_place_goes_on_with_the_background_too() -> None:
    events = run("In March 2021 militiamen overran the village of Bijombo in South Kivu. They shelled Uvira, "
                 "residents said.", published=dt.date(2024, 5, 10))
    by_place = {e.location: window(e) for e in events}
    assert by_place["Uvira"] == ("2021-03-01", "2021-03-31")


# -- a day of another clause joins no window (rule date.pair)

def test_a_day_in_a_clause_with_its_own_subject_is_not_paired() -> None:
    events = run("Rebels shelled Kidal on Monday, and on Tuesday soldiers stormed a rebel camp near Tessalit.",
                 published=dt.date(2024, 5, 10))
    by_place = {e.location: window(e) for e in events}
    assert by_place["Kidal"] == ("2024-05-06", "2024-05-06")


def test_two_days_of_one_clause_are_one_window() -> None:
    events = run("Rebels shelled Kidal on Monday and Tuesday, officials said.", published=dt.date(2024, 5, 10))
    assert [window(e) for e in events] == [("2024-05-06", "2024-05-07")]


# -- a month or year named by the act told before (rule date.anaphoric_period)

def test_later_that_month_is_the_whole_month_of_the_act_told() -> None:
    events = run("Islamic State fighters seized the town of Qaryatayn on 5 August 2015. Later that month they blew up "
                 "the town's ancient monastery.", published=dt.date(2016, 4, 3))
    by_type = {e.sub_event_type: window(e) for e in events}
    assert by_type["Looting/property destruction"] == ("2015-08-01", "2015-08-31")


def test_the_following_month_is_the_month_after_the_act_told() -> None:
    events = run("Rebels captured the town of Saraqib in February 2016. The following month, government forces "
                 "recaptured the town.", published=dt.date(2016, 6, 3))
    by_type = {e.sub_event_type: window(e) for e in events}
    assert by_type["Government regains territory"] == ("2016-03-01", "2016-03-31")


def test_two_months_later_counts_months_from_the_act_told() -> None:
    events = run("Jihadists overran the army post at Inates in March 2019. Two months later, troops clashed with the "
                 "jihadists near Inates.", published=dt.date(2020, 1, 20))
    assert sorted(window(e) for e in events) == [("2019-03-01", "2019-03-31"), ("2019-05-01", "2019-05-31")]


def test_a_few_months_later_names_no_month() -> None:
    events = run("Jihadists overran the army post at Inates in March 2019. A few months later, troops clashed with "
                 "the jihadists near Inates.", published=dt.date(2020, 1, 20))
    assert ("2019-05-01", "2019-05-31") not in [window(e) for e in events]


# -- an act in the reporting verb's own phrase has the report's day (date.report_not_act)

def test_a_vigil_where_campaigners_spoke_has_their_day() -> None:
    events = run("Five years after gunmen abducted 110 girls from their school in Dapchi on 19 February 2018, one is "
                 "still held, campaigners said at a vigil in Abuja on Sunday.", published=dt.date(2023, 2, 20))
    by_type = {e.sub_event_type: window(e) for e in events}
    assert by_type["Peaceful protest"] == ("2023-02-19", "2023-02-19")
    assert by_type["Abduction/forced disappearance"] == ("2018-02-19", "2018-02-19")


# -- "from X until Y" is one window (date grammar)

def test_from_a_month_until_another_is_one_window() -> None:
    g = _default_grammar()
    found = [(t.date_start, t.date_end)
             for t in g.find("Rebels held the town from June until late August 2014.", dt.date(2016, 3, 1))]
    assert found == [(dt.date(2014, 6, 1), dt.date(2014, 8, 31))]
    found = [(t.date_start, t.date_end)
             for t in g.find("Troops besieged the city from 20 December 2015 to 5 January.", dt.date(2016, 3, 1))]
    assert found == [(dt.date(2015, 12, 20), dt.date(2016, 1, 5))]


def test_two_dates_of_two_sentences_make_no_range() -> None:
    g = _default_grammar()
    found = [(t.date_start, t.date_end) for t in g.find("Police arrested him on 3 March 2016, and on 9 April he "
                                                         "was freed.", dt.date(2024, 6, 12))]
    assert found == [(dt.date(2016, 3, 3), dt.date(2016, 3, 3)), (dt.date(2024, 4, 9), dt.date(2024, 4, 9))]


def test_an_act_during_a_rule_from_one_month_until_another_spans_it() -> None:
    events = run("Jihadists held the town of Gao from April 2012 until January 2013. During their rule, they "
                 "destroyed two mausoleums in Gao.", published=dt.date(2016, 3, 1))
    by_type = {e.sub_event_type: window(e) for e in events}
    assert by_type["Looting/property destruction"] == ("2012-04-01", "2013-01-31")


# -- a present perfect under a dated report (rule date.before_report)

def test_a_present_perfect_under_a_dated_report_is_the_month_up_to_it() -> None:
    events = run("Police have detained 25 opposition activists in Lusaka ahead of the vote, their party said on "
                 "Monday.", published=dt.date(2024, 5, 10))
    assert [window(e) for e in events] == [("2024-04-07", "2024-05-06")]


# -- early / late last week (date grammar)

def test_late_last_week_is_thursday_to_sunday() -> None:
    g = _default_grammar()
    pub = dt.date(2024, 10, 8)  # a Tuesday
    assert [(t.date_start, t.date_end) for t in g.find("an attack on the town late last week", pub)] == [
        (dt.date(2024, 10, 3), dt.date(2024, 10, 6))]
    assert [(t.date_start, t.date_end) for t in g.find("clashes early last week", pub)] == [
        (dt.date(2024, 9, 30), dt.date(2024, 10, 2))]
    assert [(t.date_start, t.date_end) for t in g.find("clashes last week", pub)] == [
        (dt.date(2024, 9, 30), dt.date(2024, 10, 6))]
