"""When acts happened, by class (issue 9, session 21, benchmarks/probes/when6.jsonl), on sentences written for these
tests: holidays whose date moves from year to year (Eid al-Fitr, Eid al-Adha, Ramadan, Nowruz) and Orthodox
Christmas."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import _default_grammar


def windows(text: str, published: str) -> list[tuple[str, str]]:
    return [(str(t.date_start), str(t.date_end))
            for t in _default_grammar().find(text, dt.date.fromisoformat(published))]


# -- holidays of a moving date (date grammar, word class moving_holidays)

def test_on_a_moving_holiday_is_its_first_day_of_the_latest_year() -> None:
    assert windows("A bomb exploded near the shrine on Nowruz, killing four.", "2024-03-25") \
        == [("2024-03-20", "2024-03-20")]
    # published before that year's feast: the year before's
    assert windows("Gunmen attacked worshippers at Eid al-Adha prayers.", "2024-05-01") \
        == [("2023-06-28", "2023-06-28")]


def test_a_named_day_of_a_holiday_and_its_eve() -> None:
    assert windows("Mortars hit the compound on the first day of Eid ul-Adha.", "2023-07-01") \
        == [("2023-06-28", "2023-06-28")]
    assert windows("A car bomb exploded in the market on the eve of Eid al-Fitr.", "2024-04-12") \
        == [("2024-04-09", "2024-04-09")]


def test_during_a_holiday_is_its_days_and_a_year_named_wins() -> None:
    assert windows("Bandits killed 11 villagers during the Eid al-Fitr holiday.", "2022-05-06") \
        == [("2022-05-02", "2022-05-04")]
    assert windows("Strikes killed 40 people during the holy month of Ramadan.", "2024-03-25") \
        == [("2024-03-11", "2024-03-25")]  # still going on at publication: up to it
    assert windows("Rebels shelled the town on Eid al-Fitr 2019.", "2024-03-25") == [("2019-06-04", "2019-06-04")]


def test_a_holiday_named_with_no_preposition_dates_nothing() -> None:
    assert windows("A truce before Eid al-Adha collapsed.", "2024-07-01") == []


def test_orthodox_christmas_is_the_seventh_of_january() -> None:
    assert windows("Russian shells hit the city on Orthodox Christmas Day.", "2023-01-09") \
        == [("2023-01-07", "2023-01-07")]


def test_a_moving_holiday_of_last_year() -> None:
    assert windows("Strikes killed 40 people during Ramadan last year.", "2024-06-12") \
        == [("2023-03-23", "2023-04-21")]


# -- seasons of a year told after them (date grammar)

def test_a_season_of_last_year_is_that_years() -> None:
    assert windows("Rebels took the town in the spring of last year.", "2024-06-12") \
        == [("2023-03-01", "2023-06-20")]


def test_a_winter_across_two_years_ends_in_the_second() -> None:
    assert windows("Rebels besieged the town in the winter of 2022-23.", "2024-06-12") \
        == [("2022-12-01", "2023-03-20")]
    assert windows("Rebels besieged the town in the winter of 2015.", "2024-06-12") \
        == [("2014-12-01", "2015-03-20")]


# -- periods told in other words (date grammar)

def test_earlier_in_the_week_is_earlier_this_week() -> None:
    assert windows("Gunmen attacked the village earlier in the week.", "2024-06-12") \
        == windows("Gunmen attacked the village earlier this week.", "2024-06-12") \
        == [("2024-06-10", "2024-06-12")]
    assert windows("Gunmen attacked the village later in the week.", "2024-06-12") == []


def test_this_past_weekend_is_the_last_one() -> None:
    assert windows("Gunmen attacked the village this past weekend.", "2024-06-12") == [("2024-06-08", "2024-06-09")]


def test_a_span_of_years_with_the_second_in_two_digits() -> None:
    assert windows("Rebels held the town in 2020-21.", "2024-06-12") == [("2020-01-01", "2021-12-31")]
    assert windows("Rebels attacked the town on 2024-05-12.", "2024-06-12") == [("2024-05-12", "2024-05-12")]


# -- the day a report recalls an act is not the act's (rule date.report_not_act, word class reporting_verbs)

def test_the_day_a_report_recalled_a_dated_act_is_not_its_day() -> None:
    events = run("In 2016 jihadists overran the town of Gao, and the army spent three months retaking it, a UN report "
                 "recalled on Monday.", published=dt.date(2019, 9, 3))
    assert {(e.sub_event_type, e.date_start, e.date_end) for e in events} == {
        ("Non-state actor overtakes territory", "2016-01-01", "2016-12-31"),
        ("Government regains territory", "2016-01-01", "2016-12-31")}


# -- a date that names a thing starts no background story (rule date.background_run)

def test_a_date_naming_a_thing_is_no_background_for_the_acts_after_it() -> None:
    [event] = run("The putschists said they had revoked the 2010 constitution. Soldiers stormed the state "
                  "broadcaster's offices in Niamey.", published=dt.date(2023, 7, 30))
    assert (event.date_start, event.date_end) == ("2023-07-01", "2023-07-30")  # current news, not 2010


# -- a fight dated after the capture its sentence recalls is its own act (rule settle.fighting_into_capture)

def test_a_fight_after_a_recalled_capture_is_not_folded_into_it() -> None:
    events = run("Jihadists attacked Gao, which they had seized in 2012, on Monday, the army said.",
                 published=dt.date(2024, 6, 12))
    assert sorted((e.sub_event_type, e.date_start, e.date_end) for e in events) == [
        ("Armed clash", "2024-06-10", "2024-06-10"),
        ("Non-state actor overtakes territory", "2012-01-01", "2012-12-31")]


# -- one act told twice in a sentence, once as running on from its first day (rule settle.duplicate_trigger)

def test_fighting_raging_since_the_day_clashes_broke_out_keeps_its_run() -> None:
    [event] = run("Heavy fighting has raged in Khartoum since Saturday, when clashes broke out between the army and "
                  "the Rapid Support Forces, doctors said.", published=dt.date(2023, 4, 19))
    assert (event.date_start, event.date_end) == ("2023-04-15", "2023-04-19")


def test_a_moving_holiday_of_a_named_year_gives_no_days_after_publication() -> None:
    # (session 21 review: "this year" published before the holiday gave a window after publication, or reversed)
    for text in ("Gunmen attacked the village on Eid al-Fitr this year.",
                 "Gunmen attacked the village during Ramadan 2024."):
        assert all(a <= b and a <= "2024-01-20" for a, b in windows(text, "2024-01-20")), text
