"""When acts happened, a fifth batch of classes (issue 9, session 20, benchmarks/probes/when5.jsonl), through the
whole extractor and the date grammar, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text as run
from frontlog.extract.dates import find_time_expressions


def window(e) -> tuple[str, str]:
    return e.date_start, e.date_end


# -- a season is a whole word: a place whose name begins with one is no date

@pytest.mark.parametrize("place", ["Fallujah", "Falluja", "Springs", "Summerhill", "Winterthur"])
def test_a_place_beginning_with_a_season_is_no_date(place: str) -> None:
    assert find_time_expressions(f"Troops clashed with rebels in {place} after dark.", dt.date(2016, 7, 15)) == []


def test_a_season_as_a_word_is_still_a_date() -> None:
    [t] = find_time_expressions("Rebels shelled the town in the spring.", dt.date(2016, 7, 15))
    assert (t.date_start, t.date_end) == (dt.date(2016, 3, 1), dt.date(2016, 6, 20))


def test_a_range_in_fallujah_keeps_its_own_window() -> None:
    events = run("Iraqi forces fought Islamic State fighters in Fallujah from 23 May to 26 June, when the army "
                 "declared the city retaken.", published=dt.date(2016, 7, 15))
    assert [window(e) for e in events] == [("2016-05-23", "2016-06-26")]


# -- "in the past 24 hours" is when the acts were (a span up to the report), not how long one lasted

def test_the_past_24_hours_are_the_acts_window() -> None:
    text = ("Serb irregulars clashed with Croatian police in Borovo Selo in July. Croatian radio said shelling had "
            "killed 14 civilians in Vukovar in the past 24 hours.")
    events = run(text, published=dt.date(1991, 10, 9))
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [window(e) for e in shelling] == [("1991-10-08", "1991-10-09")]


# -- a length told in a relative clause on the taker is its war's story, not the fighting for the place

def test_a_length_in_a_clause_on_the_taker_is_no_fighting_window() -> None:
    events = run("M23 rebels, who have fought the Congolese army for three years, entered Bukavu on Sunday after "
                 "government troops fled.", published=dt.date(2025, 2, 18))
    assert [window(e) for e in events] == [("2025-02-16", "2025-02-16")]


def test_a_capture_after_days_of_fighting_still_carries_them() -> None:
    events = run("Rebels captured Bukavu on Sunday after four days of fighting with government troops.",
                 published=dt.date(2025, 2, 18))
    assert [window(e) for e in events] == [("2025-02-13", "2025-02-16")]


# -- an entry of a dated list ("- Hawalli, 14 September: ...") is dated by its date, which is no dateline

def test_a_dated_list_entry_keeps_its_date() -> None:
    text = ("Witnesses described these incidents to our researchers:\n\n"
            "- Hawalli, 14 September: a young woman was raped by two soldiers at a checkpoint, her brother said.\n\n"
            "- Al Jahra, 16 September: soldiers arrested about 30 young men at a checkpoint on the road north.")
    events = run(text, published=dt.date(1990, 9, 20))
    assert sorted(window(e) for e in events) == [("1990-09-14", "1990-09-14"), ("1990-09-16", "1990-09-16")]


def test_a_dateline_is_still_the_filing_day() -> None:
    events = run("KHARKIV, Sept 9 (Reuters) - A Russian guided bomb hit a residential building in Kharkiv on Sunday, "
                 "wounding 12 people, the governor said.", published=dt.date(2024, 9, 10))
    assert [window(e) for e in events] == [("2024-09-08", "2024-09-08")]


# -- an undated act told in the past perfect after a dated one came before it (rule date.before_told_act)

def test_an_undated_pluperfect_act_comes_before_the_act_just_told() -> None:
    events = run("Congolese troops retook Kanyabayonga on Tuesday, the army said. M23 rebels had seized the town "
                 "after heavy fighting with government-allied militias.", published=dt.date(2024, 6, 12))
    taken = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [window(e) for e in taken] == [("2024-05-13", "2024-06-11")]


def test_an_undated_simple_past_act_still_shares_the_date() -> None:
    events = run("Rebels captured the town of Saraqib on Monday. Clashes with the army went on through the night.",
                 published=dt.date(2019, 5, 22))
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert [window(e) for e in clashes] == [("2019-05-20", "2019-05-20")]


# -- the act a length counts lasted those days (rule date.length_of_act)

def test_days_of_rioting_before_a_dated_calm() -> None:
    events = run("Calm returned to Honiara on Saturday after three days of rioting in which crowds burned shops.",
                 published=dt.date(2021, 11, 27))
    assert [window(e) for e in events] == [("2021-11-25", "2021-11-27")]


def test_a_pluperfect_act_placed_by_an_anaphoric_time_keeps_that_day() -> None:
    events = run("Police fired tear gas at protesters in Maputo on Monday evening. Earlier in the day, thousands had "
                 "marched peacefully through the city centre in Beira.", published=dt.date(2024, 11, 12))
    assert sorted(window(e) for e in events) == [("2024-11-11", "2024-11-11")] * 2


def test_a_pluperfect_under_a_report_is_the_act_just_told() -> None:
    events = run("Islamic State fighters stormed the town of Mueda on Tuesday and fought Mozambican troops until "
                 "nightfall. The group later claimed it had killed 12 soldiers.", published=dt.date(2019, 5, 22))
    assert [window(e) for e in events] == [("2019-05-21", "2019-05-21")]


# -- an undated act told with 'later' or 'then' after a dated act of the news came after it (date.later_than_told)

def test_a_later_act_runs_from_the_act_just_told_to_publication() -> None:
    events = run("Gunmen killed the chief of Bang village near Paoua on Sunday, local officials said. The army later "
                 "clashed with the gunmen near Paoua.", published=dt.date(2024, 10, 9))
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert [window(e) for e in clashes] == [("2024-10-06", "2024-10-09")]


def test_then_in_a_story_long_before_goes_on_with_it() -> None:
    events = run("In February 2014 rebels drove the army out of Khan Shaykhun. They then clashed with government "
                 "troops on the edge of the town.", published=dt.date(2019, 5, 10))
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert [window(e) for e in clashes] == [("2014-02-01", "2014-02-28")]


def test_a_pluperfect_act_before_a_trailing_report_came_before_the_act_just_told() -> None:
    events = run("Taliban fighters attacked a police checkpoint in Ghazni on Tuesday night, killing six policemen. The "
                 "insurgents had shot dead two tribal elders in the city's bazaar, the governor's spokesman added.",
                 published=dt.date(2019, 8, 7))
    killings = [e for e in events if e.sub_event_type == "Attack"]
    assert [window(e) for e in killings] == [("2019-07-08", "2019-08-06")]


# -- an act that went on into the next day is one act over both days (patterns date_pair_glue)

@pytest.mark.parametrize("verb", ["continued into", "lasted until", "went on into"])
def test_an_act_that_went_on_into_the_next_day_spans_both(verb: str) -> None:
    events = run(f"Clashes between two armed groups erupted in Tripoli late on Monday and {verb} Tuesday, killing "
                 "nine people, the health ministry said.", published=dt.date(2023, 8, 16))
    assert [window(e) for e in events] == [("2023-08-14", "2023-08-15")]


@pytest.mark.parametrize("text", [
    "A suicide bomber killed 11 people at a market in Konduga on Sunday. Hours later, insurgents attacked an army "
    "post nearby.",
    "A suicide bomber killed 11 people at a market in Konduga on Sunday. Insurgents then attacked an army post "
    "nearby.",
])
def test_hours_later_and_then_keep_the_day_just_told(text: str) -> None:
    events = run(text, published=dt.date(2024, 6, 17))
    assert sorted(window(e) for e in events) == [("2024-06-16", "2024-06-16")] * 2


# -- "a day after" an act named by a noun, or a second act of the clause after it (date.offset_between_acts)

def test_a_day_after_a_nominal_act_dates_it_the_day_before() -> None:
    events = run("Thousands of people marched through Bannu on Friday to demand security, a day after a suicide "
                 "bombing at the city's military cantonment.", published=dt.date(2024, 7, 20))
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert [window(e) for e in bombs] == [("2024-07-18", "2024-07-18")]


def test_a_day_after_two_acts_dates_the_second_too() -> None:
    events = run("Vigilantes killed 15 suspected bandits in a gunfight near Tsafe on Sunday, a day after the gunmen "
                 "raided a village in the area and kidnapped 20 people, residents said.", published=dt.date(2024, 7, 1))
    taken = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert [window(e) for e in taken] == [("2024-06-29", "2024-06-29")]
