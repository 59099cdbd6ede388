"""Dates of session 20's second round: spans counted in a bigger unit ("a fortnight ago", "a decade ago") and a day
with no year told as what is to come ("ahead of the June 2 elections")."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text
from frontlog.extract.dates import find_time_expressions

D = dt.date


def windows(sentence: str, published: dt.date) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(e.text, e.date_start, e.date_end) for e in find_time_expressions(sentence, published)]


# -- words/unit_multiples.txt

@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # two weeks back: the Monday-to-Sunday week that day falls in, as "two weeks ago"
    ("Rebels overran the outpost a fortnight ago.", D(2024, 3, 5), ("a fortnight ago", D(2024, 2, 19), D(2024, 2, 25))),
    ("Soldiers burned the market a decade ago.", D(2024, 3, 5), ("a decade ago", D(2014, 1, 1), D(2014, 12, 31))),
    ("The militia razed the village two decades ago.", D(2024, 3, 5),
     ("two decades ago", D(2004, 1, 1), D(2004, 12, 31))),
])
def test_a_span_counted_in_a_bigger_unit(sentence: str, published: dt.date,
                                        expected: tuple[str, dt.date, dt.date]) -> None:
    assert windows(sentence, published) == [expected]


def test_decades_ago_ends_a_decade_back() -> None:
    [(_text, _start, end)] = windows("The valley was fought over decades ago.", D(2024, 3, 5))
    assert end is not None and end <= D(2014, 3, 5)


# -- patterns ahead_of

def test_a_day_ahead_is_no_date_of_the_act() -> None:
    found = windows("Gunmen shot dead a councillor in Leon on Wednesday, weeks ahead of the June 2 elections.",
                    D(2024, 5, 23))
    assert found == [("on Wednesday", D(2024, 5, 22), D(2024, 5, 22))]


def test_a_run_up_to_a_day_to_come_gives_no_date() -> None:
    assert windows("Police detained 30 opposition members in the run-up to the March 15 vote.", D(2024, 3, 1)) == []


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # the day is past at publication: it is this year's, a bound the act came before
    ("Clashes broke out ahead of the June 2 elections.", D(2024, 6, 10), ("June 2", D(2024, 6, 2), D(2024, 6, 2))),
    # a year of its own: kept as told
    ("Clashes broke out ahead of the 4 March 2023 vote.", D(2024, 6, 10),
     ("4 March 2023", D(2023, 3, 4), D(2023, 3, 4))),
])
def test_a_day_ahead_that_is_past_or_has_its_year_stays(sentence: str, published: dt.date,
                                                       expected: tuple[str, dt.date, dt.date]) -> None:
    assert windows(sentence, published) == [expected]


# -- an act named in a clause on a noun takes that clause's time (extract/dating.py, date.expression)

def test_an_act_in_a_clause_on_a_noun_has_that_clauses_day() -> None:
    events = extract_text("A funeral was held on Thursday in Baidoa for six soldiers killed in clashes with "
                          "al-Shabaab fighters near the town on Tuesday.", published=D(2024, 5, 10))
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert [(e.date_start, e.date_end) for e in clashes] == [("2024-05-07", "2024-05-07")]


# -- "from <month> to <month>", neither with a year (extract/dates.py, _from_until)

@pytest.mark.parametrize(("published", "expected"), [
    # the June is last year's, so is the March before it: one window, not March this year and June last year
    (D(2024, 4, 10), ("March to June", D(2023, 3, 1), D(2023, 6, 30))),
    (D(2024, 8, 10), ("March to June", D(2024, 3, 1), D(2024, 6, 30))),
])
def test_a_range_of_months_without_years_is_one_window_in_the_past(
        published: dt.date, expected: tuple[str, dt.date, dt.date]) -> None:
    assert windows("Drones struck rebel positions around the town from March to June.", published) == [expected]
