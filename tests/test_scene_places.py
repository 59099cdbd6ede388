"""The place an act takes from the text around it when its own sentence names no town (issue 9, session 20:
benchmarks/probes/scene.jsonl): the town the sentence before set as the scene, and not the place the doers come
from. Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 14)


def test_an_act_after_a_scene_sentence_is_placed_at_its_town() -> None:
    events = run("Wukari has been under a dusk-to-dawn curfew for a month. Gunmen attacked a police checkpoint on the "
                 "edge of the town on Sunday, killing two officers, police said.", published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Wukari")]


def test_a_state_told_later_takes_no_scene() -> None:
    events = run("The government denied on Friday that its troops had left Wukari. A spokesman said the army remained "
                 "in full control of the area.", published=PUBLISHED)
    assert events == []


def test_the_doers_home_is_not_the_place_of_their_act() -> None:
    events = run("Residents of Lafia say the town's outskirts have become unsafe. Bandits from Wukari killed six "
                 "farmers on the edge of the town on Tuesday, a local official said.", published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Lafia")]


def test_a_crowds_home_is_where_it_gathers() -> None:
    # The doers' home gives way only for armed doers: protesters from a town march in it unless told otherwise.
    events = run("Protesters from Kisumu marched through the streets on Monday to demand the release of detained "
                 "activists.", published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Kisumu")]


def test_a_next_sentence_that_dates_the_act_tells_it_anew() -> None:
    # place.told_next lends the next sentence's place only when that sentence gives no day of its own: "The arrests
    # took place in Loikaw on 9 March" is the act's own record, not a place for "Soldiers detained 14".
    events = run("Monitors report, Kayah State, 12 March\n\nSoldiers detained 14. The arrests took place in Loikaw "
                 "on 9 March, local monitors said.",
                 dt.date(2024, 3, 12))
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Loikaw")]
