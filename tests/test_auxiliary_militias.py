"""A militia that fights beside the state (actors.tsv flag `auxiliary`: Burkina Faso's VDP) is never what an
article's generic "jihadists" or "militants" stand for (issue 9, session 20: benchmarks/wire6's first contact read
"Hundreds of jihadists attack Djibo" as the VDP's attack, the VDP being the armed group named nearest). Through the
whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.knowledge.base import default_knowledge

PUBLISHED = dt.date(2023, 11, 29)


def test_the_vdp_is_flagged_as_an_auxiliary_and_jnim_is_not() -> None:
    table = default_knowledge().actors
    assert table.is_auxiliary(table.actors["Volunteers for the Defense of the Homeland"])
    assert not table.is_auxiliary(table.actors["JNIM"])


def test_jihadists_near_a_named_auxiliary_are_not_the_auxiliary() -> None:
    events = run("Hundreds of jihadists attacked a checkpoint near Dori on Sunday, residents said. Volunteers for the "
                 "Defence of the Homeland (VDP) guarding the checkpoint lost four men.", published=PUBLISHED)
    assert events and all(e.actor1 != "Volunteers for the Defense of the Homeland" for e in events)
