"""Violence against civilians, session 27 (branch vac9), through the whole extractor on sentences written for these
tests: the people killed are read when the parse makes them the subject of a clause after the verb, or the subject
of a killing phrase with no object ("burned to death"); intelligence agents are a state's forces."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

WED = dt.date(2024, 5, 8)  # a Wednesday


def test_victims_told_with_a_participle_clause_are_read() -> None:
    events = run("Unknown gunmen shot dead two vaccination workers going door to door in Peshawar on Monday, "
                 "police said.", WED)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians")]


def test_people_who_burned_to_death_are_the_victims() -> None:
    events = run("Militiamen torched a minibus near Bambari on Monday, and six passengers trapped inside burned to "
                 "death.", WED)
    assert "Attack" in [e.sub_event_type for e in events]


def test_intelligence_agents_are_a_state_force() -> None:
    events = run("Intelligence agents detained a prominent blogger at his home in Algiers on Monday, his lawyer said.",
                 WED)
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Arrests", "Military Forces of Algeria")]

