"""A day owning an act noun points back at the act told on that day (issue 9, session 21: benchmarks/wire7's first
contact read "Monday's bombings came as government forces fought Islamic State east of Homs", after bombings on
Monday elsewhere, as an air strike at Homs). drop.back_reference; through the whole extractor, on sentences
written for this test."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2016, 5, 24)


def test_the_days_bombings_named_again_are_no_new_strike() -> None:
    events = run("Car bombs exploded in Jableh on Monday, killing 40 people, a monitor said. Monday's bombings came "
                 "as government forces backed by Russian air power fought Islamic State east of Homs.", published=DAY)
    assert "Air/drone strike" not in [e.sub_event_type for e in events]
    assert len([e for e in events if e.event_type == "Explosions/Remote violence"]) == 1


def test_another_days_attack_is_its_own_act() -> None:
    events = run("A car bomb exploded in Jableh on Sunday, killing 12 people. Monday's car bomb in Tartus killed "
                 "nine people.", published=DAY)
    assert len([e for e in events if e.event_type == "Explosions/Remote violence"]) == 2
