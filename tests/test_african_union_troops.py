""""African Union troops" in Somalia are AMISOM (issue 9, session 21: benchmarks/wire7's first contact read "pushed out
of Mogadishu in 2011 by African Union troops" with no doer, and "backed by African Union forces" with no associated
actor). Aliases conditioned on Somalia in actors.tsv; through the whole extractor, on sentences written for this
test."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2017, 10, 16)


def test_african_union_troops_in_somalia_are_amisom() -> None:
    events = run("Al-Shabaab fighters were driven out of the Somali town of Baidoa on Monday by African Union troops, "
                 "residents said.", published=DAY)
    assert "African Union Mission in Somalia" in {e.actor1 for e in events}


def test_african_union_forces_elsewhere_are_not_amisom() -> None:
    events = run("African Union forces clashed with gunmen near El Fasher in Darfur on Monday, residents said.",
                 published=DAY)
    assert "African Union Mission in Somalia" not in {a for e in events for a in (e.actor1, e.actor2)}
