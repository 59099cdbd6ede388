"""A live blog's entries under headers of a clock time and a weekday are dated from the day each was written (rule
date.blog_entry; issue 9, session 17: benchmarks/wire3's first contact), through the whole extractor, on a blog
written for these tests. Published on Tuesday 7 May 2024; newest entries first."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 7)
BLOG = """Election crisis: live updates

08:15 Tuesday
The electoral commission said results would be published on Thursday.

21:40 Sunday
Police fired tear gas at several thousand opposition supporters outside the electoral commission in Harare.

19:05 Saturday
Thousands of people marched through Bulawayo this morning to demand the release of the results.
"""


def _by_place() -> dict[str, tuple[str, str]]:
    return {e.location: (e.date_start, e.date_end) for e in run(BLOG, published=PUBLISHED)}


def test_this_morning_in_saturdays_entry_is_saturday() -> None:
    assert _by_place()["Bulawayo"] == ("2024-05-04", "2024-05-04")


def test_an_undated_act_in_sundays_entry_is_sunday() -> None:
    assert _by_place()["Harare"] == ("2024-05-05", "2024-05-05")


def test_a_line_naming_a_weekday_and_a_time_inside_prose_is_no_header() -> None:
    text = ("Police fired tear gas at protesters in Harare this morning.\n\n"
            "The curfew starts at 18:00 Sunday and the vote count resumes on Wednesday.\n")
    assert [(e.location, e.date_start) for e in run(text, published=PUBLISHED)] == [("Harare", "2024-05-07")]
