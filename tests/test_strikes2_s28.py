"""Strikes and shelling summed up in real reporting (session 28, branch strikes2): act nouns the subject of a
present perfect whose span opens at the onset of a war or campaign ("since the war began, shelling has ..."), and
a campaign told in the present perfect with no day, are summaries, not acts (drop.summary); a day told, or a
single strike, stays. Through the whole extractor, on sentences written for these tests (other wars and places
than benchmarks/probes/strikes2.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2024, 5, 15)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=DAY))


def test_strikes_summed_since_a_war_began_are_no_act() -> None:
    assert _subs("Since the war began, air strikes on Nyala have forced most of its residents to flee.") == []


def test_shelling_since_the_start_of_a_conflict_is_no_act() -> None:
    assert _subs("Since the start of the conflict, shelling has destroyed much of the old market in "
                 "Kadugli.") == []


def test_a_campaign_told_in_the_perfect_with_no_day_is_no_act() -> None:
    assert _subs("The Saudi-led bombing campaign in Hodeidah has wrecked the port's cranes, engineers say.") == []


def test_shelling_since_a_day_stays() -> None:
    assert _subs("Since Saturday, shelling of Kadugli has forced thousands to flee, aid workers said.") != []


def test_a_campaign_on_its_day_stays() -> None:
    assert _subs("The army's bombing campaign on Nyala intensified on Monday, killing 14 people.") != []


def test_one_strike_in_the_perfect_stays() -> None:
    assert _subs("A drone strike on the market in Kadugli has killed nine people, local officials said.") != []

