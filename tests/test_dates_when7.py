"""When acts happened, by class (issue 9, session 22, benchmarks/probes/when7.jsonl), on sentences written for these
tests: decades, a time told on the reporter rather than the act, 'the previous week' of a report, a killing
folded into an act noun dated only by the report's day, and arrests dated apart from a protest."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import _default_grammar


def windows(text: str, published: str) -> list[tuple[str, str]]:
    return [(str(t.date_start), str(t.date_end))
            for t in _default_grammar().find(text, dt.date.fromisoformat(published))]


# -- decades (date grammar)

def test_a_decade_is_its_ten_years_and_early_mid_late_its_thirds() -> None:
    assert windows("In the 1990s the army razed the old town.", "2024-06-12") == [("1990-01-01", "1999-12-31")]
    assert windows("Militants overran the posts in the late 2010s.", "2024-06-12") == [("2017-01-01", "2019-12-31")]
    assert windows("Rebels held the valley in the early 2000s.", "2024-06-12") == [("2000-01-01", "2003-12-31")]
    assert windows("The town was shelled throughout the mid-1980s.", "2024-06-12") == [("1984-01-01", "1986-12-31")]


def test_the_current_decade_runs_up_to_publication() -> None:
    assert windows("Gangs have seized the port several times in the 2020s.", "2024-06-12") \
        == [("2020-01-01", "2024-06-12")]
    assert windows("Militants may return in the late 2020s.", "2024-06-12") == []


def test_a_background_act_of_a_decade_is_dated_by_it_not_by_the_news() -> None:
    events = run("Jets bombed rebel positions near Kidal on Tuesday, the army said. In the 1990s Tuareg rebels "
                 "stormed the town of Menaka.", published=dt.date(2024, 6, 12))
    assert ("1990-01-01", "1999-12-31") in {(e.date_start, e.date_end) for e in events}


# -- a time in a clause on the reporter is the report's (rule date.before_report)

def test_a_time_on_the_report_noun_is_not_the_acts() -> None:
    [event] = run("A UN report issued on Monday said soldiers had burned more than 100 homes in Kidal.",
                  published=dt.date(2024, 6, 12))
    assert (event.date_start, event.date_end) == ("2024-05-12", "2024-06-10")


def test_a_time_on_the_speakers_is_not_the_acts() -> None:
    [event] = run("Refugees who arrived in Adre this week said militiamen had killed 30 villagers near El Geneina.",
                  published=dt.date(2024, 6, 12))
    assert (event.date_start, event.date_end) == ("2024-05-14", "2024-06-12")


# -- 'the previous week' counted from a report is a whole week (rule date.anaphoric_week)

def test_the_previous_week_of_a_report_is_the_week_before_it() -> None:
    [event] = run("The army said on Tuesday that its troops had repelled an attack on Menaka the previous week.",
                  published=dt.date(2024, 6, 13))
    assert (event.date_start, event.date_end) == ("2024-06-03", "2024-06-09")


# -- one act told twice in a sentence keeps its own day, not a guess up to publication (settle.kill_with_weapon)

def test_a_killing_folded_into_an_attack_noun_keeps_its_own_day() -> None:
    events = run("Police detained eight men in Kidal on Wednesday over links to the gunmen who killed six traders at "
                 "the market on Sunday, as the jihadists claimed the bloodiest attack in the town in a decade.",
                 published=dt.date(2024, 6, 12))
    assert ("Attack", "2024-06-09", "2024-06-09") in {(e.sub_event_type, e.date_start, e.date_end) for e in events}


# -- arrests dated apart from the crowd at their place are an act of their own (settle.arrests_at_protest)

def test_arrests_days_before_a_protest_are_not_its_intervention() -> None:
    events = run("The strike began on May 18, two days after police arrested 40 union leaders in Lagos.",
                 published=dt.date(2024, 6, 12))
    assert sorted((e.sub_event_type, e.date_start) for e in events) == [("Arrests", "2024-05-16"),
                                                                         ("Peaceful protest", "2024-05-18")]
