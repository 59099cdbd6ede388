"""Violence against civilians in longer reports (probes harm.jsonl), through the whole extractor, on sentences
written for these tests: tolls summed over a long window."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUB = dt.date(2024, 9, 10)


# --- tallies over a long window (drop.summary) -----------------------------------------------------------------

def test_a_perfect_toll_over_this_year_is_a_tally_not_an_act() -> None:
    events = run("Fighters of the Allied Democratic Forces killed 12 villagers in Kalunguta, a village near Beni, on "
                 "Sunday, officials said. The Islamic State-linked group has killed hundreds of people in the region "
                 "this year.", PUB)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 12)]


def test_a_past_toll_over_last_year_in_a_region_is_a_statistic() -> None:
    assert run("More than 1,400 civilians were killed by militias in Ituri province last year, a UN report "
               "said on Monday.", PUB) == []


def test_a_past_massacre_over_a_year_at_a_town_is_still_an_act() -> None:
    events = run("In 2014, jihadists killed more than 400 villagers in Gwoza, survivors told the inquiry.", PUB)
    assert [e.sub_event_type for e in events] == ["Attack"]
