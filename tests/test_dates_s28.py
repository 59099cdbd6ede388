"""When acts happened, thirteenth batch (issue 9, session 28, benchmarks/probes/when13.jsonl), through the whole
extractor, on sentences written for these tests: an act counted whole months or years back from the act that governs
its clause ("a year after gunmen abducted ..."), and the days right after the act told under more prepositions
("on the days that followed", "in subsequent days", "in the days since")."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import _default_grammar


def window(e) -> tuple[str, str]:
    return e.date_start, e.date_end


# -- months and years between two acts (rule date.offset_between_acts)

def test_a_year_after_an_act_dates_it_in_the_year_before() -> None:
    text = ("Gunmen killed nine worshippers in a church near Owo on Sunday. The attack came a year after bandits "
            "abducted 30 passengers from a train near Kaduna.")
    events = run(text, published=dt.date(2023, 6, 7))
    taken = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert taken and window(taken[0]) == ("2022-01-01", "2022-12-31")
    assert "date.offset_between_acts" in taken[0].rules


def test_months_counted_in_the_same_sentence_give_that_calendar_month() -> None:
    text = "Six months after Russian troops seized Kupiansk, Ukrainian forces retook the town on Saturday."
    events = run(text, published=dt.date(2022, 9, 14))
    seized = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    retook = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert seized and window(seized[0]) == ("2022-03-01", "2022-03-31")
    assert retook and window(retook[0]) == ("2022-09-10", "2022-09-10")


def test_a_hedged_count_of_years_is_vague_by_a_year_either_way() -> None:
    text = ("Islamist fighters shelled the army base in Djibo on Tuesday, nearly two years after they overran "
            "the town of Solhan.")
    events = run(text, published=dt.date(2023, 5, 17))
    taken = [e for e in events if e.location == "Solhan" or e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and window(taken[0]) == ("2020-01-01", "2022-12-31")


def test_the_grammar_marks_counts_between_acts_apart_from_counts_from_the_act_told() -> None:
    g = _default_grammar()
    pub = dt.date(2020, 5, 5)
    assert [t.period for t in g.find("A year after rebels took the town, the army retook it.", pub)] == [
        ("years_apart", 1)]
    assert [t.period for t in g.find("Months after rebels took the town, the army retook it.", pub)] == [
        ("months_apart_some", 1)]
    assert [t.period for t in g.find("Two years later, the army retook it.", pub)] == [("year", 2)]
    assert [t.period for t in g.find("Two months prior to the vote, the army retook it.", pub)] == [None]


# -- the days right after the act told (rule date.days_after_told)

def test_on_the_days_that_followed_is_the_days_after_the_act_told() -> None:
    text = ("Police shot dead a student in La Paz on Monday. On the days that followed, thousands of people "
            "marched in El Alto.")
    events = run(text, published=dt.date(2019, 11, 16))  # a Saturday
    march = [e for e in events if e.event_type == "Protests"]
    assert march and window(march[0]) == ("2019-11-12", "2019-11-16")
    assert "date.days_after_told" in march[0].rules


def test_in_subsequent_days_and_in_the_days_since_count_from_the_act_told() -> None:
    for opener in ("In subsequent days,", "In the days since,"):
        text = f"Soldiers killed a trader in Bamenda on Monday. {opener} shopkeepers marched in Buea."
        events = run(text, published=dt.date(2021, 3, 13))  # a Saturday
        march = [e for e in events if e.event_type == "Protests"]
        assert march and window(march[0]) == ("2021-03-09", "2021-03-13"), opener


def test_the_days_since_a_named_thing_are_not_read_as_the_days_after_the_act_told() -> None:
    g = _default_grammar()
    found = g.find("Protesters have marched every day in the weeks since the massacre.", dt.date(2019, 6, 20))
    assert all(t.period is None or t.period[0] != "days_span" for t in found)


# -- "a decade earlier", "a fortnight later": the unit multiples of "a decade ago" count from the act told too

def test_a_decade_earlier_counts_ten_years_back_from_the_act_told() -> None:
    text = "Rebels shelled Bunia on Monday. A decade earlier, militiamen had briefly seized the town."
    events = run(text, published=dt.date(2024, 3, 15))
    seized = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert seized and window(seized[0]) == ("2014-01-01", "2014-12-31")


def test_a_fortnight_earlier_is_fourteen_days_before_the_act_told() -> None:
    g = _default_grammar()
    found = g.find("A fortnight earlier, rebels shelled the town.", dt.date(2024, 3, 15))
    assert [t.offset_days for t in found] == [-14]


# -- a month with no year after a month of an earlier year in the same sentence (rule date.story_year)

def test_a_month_after_a_dated_month_of_the_same_sentence_is_of_that_year() -> None:
    text = ("Rebels shelled Goma on Thursday. In March 2022 the rebels seized the hills above Bunagana, and in June "
            "they took the town itself.")
    events = run(text, published=dt.date(2024, 2, 10))
    took = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"
            and e.date_start.startswith("2022-06")]
    assert took and window(took[0]) == ("2022-06-01", "2022-06-30")
    assert "date.story_year" in took[0].rules


def test_a_day_after_a_dated_day_of_the_year_before_goes_into_the_next_year() -> None:
    text = "Soldiers retook Kidal on November 14, 2023, and jihadists ambushed a convoy near Gao on January 5."
    events = run(text, published=dt.date(2025, 3, 3))
    ambush = [e for e in events if e.location == "Gao"]
    assert ambush and window(ambush[0]) == ("2024-01-05", "2024-01-05")


def test_a_year_alone_earlier_in_the_sentence_does_not_move_a_month() -> None:
    text = "Rebels seized Rutshuru in 2022 and shelled Sake in January."
    events = run(text, published=dt.date(2024, 2, 10))
    sake = [e for e in events if e.location == "Sake"]
    assert sake and window(sake[0]) == ("2024-01-01", "2024-01-31")


def test_a_month_of_last_year_keeps_its_year_after_a_dated_month() -> None:
    text = ("A ceasefire agreed in Luanda in November 2022 collapsed within weeks, and a truce mediated by Qatar in "
            "December last year expired in January.")
    events = run(text, published=dt.date(2024, 2, 20))
    truce = [e for e in events if e.sub_event_type == "Agreement" and e.date_start.startswith("2023")]
    assert truce and window(truce[0]) == ("2023-12-01", "2023-12-31")
