"""Actors of wars benchmarks/wire6 reads (issue 9, session 20): Libya's rival governments of 2022 named by their
prime ministers ("Dbeibah's forces", "forces loyal to Fathi Bashagha"), the Radaa force (the Special Deterrence
Force, not the Yemeni town of Rada'a), and the Dyck Advisory Group, the private military company of Cabo Delgado.
Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2022, 9, 5)


def test_forces_named_by_the_rival_prime_ministers_are_their_governments() -> None:
    events = run("Forces loyal to Fathi Bashagha clashed with Dbeibah's forces near Janzour, west of Tripoli, on "
                 "Friday.", published=PUBLISHED)
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Government of National Stability", "Government of National Unity")]


def test_the_radaa_force_is_the_special_deterrence_force_not_a_yemeni_town() -> None:
    events = run("Fighters of the Radaa force clashed with the Presidential Guard in Tripoli on Monday, killing "
                 "six people.", published=PUBLISHED)
    assert [(e.actor1, e.location) for e in events] == [("Special Deterrence Force", "Tripoli")]


def test_the_dyck_advisory_group_is_an_actor() -> None:
    events = run("A helicopter of the Dyck Advisory Group fired on insurgents near Macomia on Thursday.",
                 published=dt.date(2020, 8, 14))
    assert any("Dyck Advisory Group" in (e.actor1, e.actor2) for e in events)
