"""When acts happened, ninth batch (issue 9, session 24, benchmarks/probes/when9.jsonl), through the whole
extractor, on sentences written for these tests: an undated act after a background sentence told after the day of
the lead, a day or month with no year told right after a story dated on a day of an earlier year, and a day opening
its line as a run-in heading."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def window(e) -> tuple[str, str]:
    return e.date_start, e.date_end


# -- background told after the lead's day ends that day's run in its paragraph (rule date.background_after_day)

def test_an_undated_act_after_a_later_background_sentence_goes_on_with_the_background() -> None:
    events = run("Police fired tear gas at students in Kampala on Monday. In May last year, soldiers shot dead four "
                 "traders in Arua. They also arrested a dozen men in the town.", published=dt.date(2022, 3, 9))
    by_type = {e.sub_event_type: e for e in events}
    assert window(by_type["Arrests"]) == ("2021-05-01", "2021-05-31")
    assert "date.background_after_day" in by_type["Arrests"].rules


def test_a_new_paragraph_after_the_background_returns_to_the_lead_s_day() -> None:
    events = run("Soldiers shot dead four traders in Arua on Monday. In May last year, soldiers killed two herders in "
                 "Arua.\n\nThey also arrested a dozen men in the town.", published=dt.date(2022, 3, 9))
    by_type = {e.sub_event_type: e for e in events}
    assert window(by_type["Arrests"]) == ("2022-03-07", "2022-03-07")


def test_an_undated_act_after_the_lead_alone_keeps_its_day() -> None:
    events = run("Soldiers shot dead four traders in Arua on Monday. They also arrested a dozen men in the town.",
                 published=dt.date(2022, 3, 9))
    by_type = {e.sub_event_type: e for e in events}
    assert window(by_type["Arrests"]) == ("2022-03-07", "2022-03-07")


# -- a date with no year after a story of an earlier year (rule date.story_year)

def test_a_day_with_no_year_after_an_old_dated_story_is_of_its_year() -> None:
    events = run("Rebels seized the mayor of Gulu on July 10, 2004, and threatened to kill him. On July 14, rebels "
                 "shot dead three farmers in Kitgum.", published=dt.date(2011, 3, 2))
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert window(attack) == ("2004-07-14", "2004-07-14")
    assert "date.story_year" in attack.rules


def test_a_day_before_the_story_s_start_is_of_the_next_year() -> None:
    events = run("Rebels seized the mayor of Gulu on December 28, 2004, and threatened to kill him. On January 3, "
                 "rebels shot dead three farmers in Kitgum.", published=dt.date(2011, 3, 2))
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert window(attack) == ("2005-01-03", "2005-01-03")


def test_a_day_with_no_year_after_news_of_this_year_keeps_publication_s_year() -> None:
    events = run("Rebels seized the mayor of Gulu on February 20. On February 24, rebels shot dead three farmers "
                 "in Kitgum.", published=dt.date(2011, 3, 2))
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert window(attack) == ("2011-02-24", "2011-02-24")


# -- a day opening its line as a run-in heading (rule date.run_in_day)

ROUNDUP = """Weekly round-up:
Tuesday: Gunmen killed two traders near Kidal.
Thursday: Soldiers arrested 12 suspects in Gao.
"""


def test_a_run_in_weekday_dates_its_line_and_is_no_dateline() -> None:
    events = run(ROUNDUP, published=dt.date(2024, 5, 19))
    by_type = {e.sub_event_type: e for e in events}
    assert window(by_type["Arrests"]) == ("2024-05-16", "2024-05-16")
    assert "date.run_in_day" in by_type["Arrests"].rules
    assert window(by_type["Attack"]) == ("2024-05-14", "2024-05-14")


def test_a_dateline_with_its_place_is_still_a_filing_stamp() -> None:
    events = run("GAO, May 16 - Soldiers arrested 12 suspects in Gao, the army said.", published=dt.date(2024, 5, 19))
    assert "date.run_in_day" not in events[0].rules
    assert "date.dateline_is_filing" in events[0].rules

