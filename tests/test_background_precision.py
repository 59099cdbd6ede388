"""Battles and strategic developments that are not there, in longer stories (session 16, probes/background.jsonl):
talks that ended without a deal, an ability, habits told in the present passive or as plural acts repeated,
ground lost with no bounds, towns taken that are neither counted nor named, the dead moved to a town, a
background act dated long before the news in a sentence naming no place, and "in May last year". Sentences
written for these tests, run through the whole extractor (real spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import find_time_expressions
from frontlog.model.records import Event

PUBLISHED = dt.date(2024, 7, 3)  # a Wednesday


def subs(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location) for e in events]


def test_talks_that_ended_without_a_truce_make_no_agreement() -> None:
    assert run("Talks between the army and the rebels in Juba ended on Monday without a ceasefire.", PUBLISHED) == []


def test_a_town_that_fell_without_a_fight_was_fought_for_by_no_one() -> None:
    events = run("Rebels entered the town of Kalehe on Monday without a fight after troops withdrew.", PUBLISHED)
    assert "Armed clash" not in [e.sub_event_type for e in events]


def test_a_group_capable_of_attacks_tells_no_attack() -> None:
    assert run("Officials say the insurgents are still capable of large attacks on Kabul.", PUBLISHED) == []


def test_fights_reported_often_in_the_present_passive_are_a_habit() -> None:
    assert run("Skirmishes between herders and farmers are reported frequently near Bouar.", PUBLISHED) == []


def test_plural_acts_done_repeatedly_are_a_habit() -> None:
    assert run("The militia has repeatedly signed truces with the army near Beni.", PUBLISHED) == []


def test_ground_lost_in_a_country_is_no_capture() -> None:
    assert run("Since then the jihadists have lost ground in northern Mozambique.", PUBLISHED) == []


def test_towns_taken_uncounted_and_unnamed_are_no_capture() -> None:
    text = "Government troops retook Gao on Sunday. The jihadists had seized several towns in the north in 2019."
    assert subs(run(text, PUBLISHED)) == [("Government regains territory", "Gao")]


def test_counted_villages_taken_are_still_a_capture() -> None:
    events = run("Jihadists seized four villages near Menaka on Sunday, residents said.", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_bodies_taken_to_a_town_take_no_ground() -> None:
    assert run("The bodies of the two soldiers were taken to Maiduguri on Tuesday.", PUBLISHED) == []


def test_a_background_act_long_before_the_news_does_not_borrow_its_place() -> None:
    text = ("Militants ambushed an army patrol near Kidal on Monday, killing four soldiers. "
            "Rival rebels had also fought the army in March 2019.")
    assert subs(run(text, PUBLISHED)) == [("Armed clash", "Kidal")]


def test_a_background_act_that_names_the_town_again_keeps_it() -> None:
    text = ("Militants ambushed an army patrol near Kidal on Monday, killing four soldiers. "
            "In March 2019, rebels looted and burned much of the town.")
    assert subs(run(text, PUBLISHED)) == [("Armed clash", "Kidal"), ("Looting/property destruction", "Kidal")]


def test_a_month_told_with_last_year_is_last_years_month() -> None:
    [expr] = find_time_expressions("The town fell in May last year.", PUBLISHED)
    assert (expr.date_start, expr.date_end) == (dt.date(2023, 5, 1), dt.date(2023, 5, 31))
    [expr] = find_time_expressions("It was retaken in early February of last year.", PUBLISHED)
    assert (expr.date_start, expr.date_end) == (dt.date(2023, 2, 1), dt.date(2023, 2, 10))


def test_clashes_that_killed_people_in_the_city_named_before_are_the_clash() -> None:
    text = ("Gunmen attacked a checkpoint in Misrata on Monday. "
            "Fighting between the same militias killed 30 people in the city last September.")
    assert ("Armed clash", "Misratah") in subs(run(text, PUBLISHED))
    assert "Attack" not in [e.sub_event_type for e in run(text, PUBLISHED)]


def test_hours_of_fighting_tell_how_long_not_when() -> None:
    text = ("Militants stormed a police post in Bamenda on Saturday. "
            "Troops sent from Bafoussam fought them for several hours.")
    assert {(e.date_start, e.date_end) for e in run(text, PUBLISHED)} == {("2024-06-29", "2024-06-29")}


def test_a_spate_of_attacks_with_no_day_is_a_summary() -> None:
    assert run("Police reinforced checkpoints in Mandera county after a spate of attacks blamed on militants.",
               PUBLISHED) == []


def test_a_habit_told_on_one_verb_is_the_habit_of_the_verb_joined_to_it() -> None:
    events = run("Insurgents remain active in the hills around Beni, where they regularly ambush army "
                          "patrols and kidnap travellers for ransom, residents say.")
    assert events == []
