"""Datelines as real pages write them (issue 9, session 29: real wire excerpts): a title-case city opening the article
before a dash ("Maputo — ", rule of places19) or any line before a spaced colon ("Abuja : ") is where the report was
filed, not where the act happened.
Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2019, 8, 28)


def test_a_city_before_a_spaced_long_dash_is_a_dateline() -> None:
    events = run("Maputo — Insurgents beheaded five villagers on Tuesday in Mucojo, in Macomia district, local "
                 "sources said.", published=PUBLISHED)
    assert [(e.sub_event_type, e.location, e.date_start) for e in events] == [
        ("Attack", "Mucojo", "2019-08-27")]


def test_a_city_before_a_spaced_colon_is_a_dateline() -> None:
    events = run("Niamey : Gunmen killed seven soldiers in an ambush near Tillaberi on Monday, the army said.",
                 published=PUBLISHED)
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Tillaberi")]


def test_a_spaced_hyphen_after_a_town_is_no_dateline() -> None:
    # a spaced hyphen is an aside, not a dateline: the town opening the sentence is the act's place
    events = run("Kafr Nabl - a town in Idlib province - was shelled by government forces on Monday, activists said.",
                 published=PUBLISHED)
    assert [e.location for e in events] == ["Kafranbel"]
