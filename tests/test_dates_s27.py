"""When acts happened, twelfth batch (issue 9, session 27, benchmarks/probes/when12.jsonl), through the whole
extractor, on sentences written for these tests: a live blog's entries under a weekday alone on its line, and a
pluperfect act told by a 'saying' participle in a wire lead whose dateline the parser took for the root."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def window(e) -> tuple[str, str]:
    return e.date_start, e.date_end


# -- a weekday alone on its line heads the clock-timed entries under it (rule date.blog_entry)

def test_a_weekday_line_dates_the_blog_entries_under_it() -> None:
    text = ("Live updates\n\nAll times local.\n\n09:10 Police said the roads into the capital were open again.\n\n"
            "Saturday\n\n21:40 Rioters set fire to two banks in Tegucigalpa this evening, police said.")
    events = run(text, published=dt.date(2019, 6, 2))  # a Sunday
    riot = [e for e in events if e.event_type == "Riots"]
    assert riot and window(riot[0]) == ("2019-06-01", "2019-06-01")
    assert "date.blog_entry" in riot[0].rules


def test_entries_above_the_first_weekday_line_keep_the_publication_day() -> None:
    text = ("Live updates\n\n18:20 Troops clashed with gang members in Port-au-Prince this afternoon, "
            "witnesses said.\n\nFriday\n\n22:05 Police said the capital's main road was open again.")
    events = run(text, published=dt.date(2024, 3, 9))  # a Saturday
    clash = [e for e in events if e.event_type == "Battles"]
    assert clash and window(clash[0]) == ("2024-03-09", "2024-03-09")


def test_a_weekday_line_in_a_story_without_clock_entries_is_no_heading() -> None:
    text = "Monday\n\nSoldiers shot dead three protesters in Conakry today, witnesses said."
    events = run(text, published=dt.date(2020, 10, 21))  # a Wednesday
    shot = [e for e in events if e.event_type == "Protests"]
    assert shot and window(shot[0]) == ("2020-10-21", "2020-10-21")


# -- 'saying ... had killed' under a dated speech act, in a wire lead with a dateline (rule date.said_while)

def test_saying_after_a_dateline_tells_an_act_before_the_speech() -> None:
    text = ("HARARE, Aug 3 (Reuters) - Zimbabwe's main opposition party appealed on Friday for calm, saying soldiers "
            "had shot dead six of its supporters in Harare.")
    events = run(text, published=dt.date(2018, 8, 4))
    killed = [e for e in events if e.event_type in ("Violence against civilians", "Protests")]
    assert killed and window(killed[0]) == ("2018-07-05", "2018-08-03")
    assert "date.said_while" in killed[0].rules


def test_the_act_s_own_day_inside_saying_still_dates_it() -> None:
    text = ("HARARE, Aug 3 (Reuters) - Zimbabwe's main opposition party appealed on Friday for calm, saying soldiers "
            "had shot dead six of its supporters in Harare on Wednesday.")
    events = run(text, published=dt.date(2018, 8, 4))
    killed = [e for e in events if e.event_type in ("Violence against civilians", "Protests")]
    assert killed and window(killed[0]) == ("2018-08-01", "2018-08-01")
