"""Weapons found in what holds them (issue 9, session 19: benchmarks/wire5's first contact): "found a hideout
containing pistols and explosives" is a disrupted weapons use (the need weapons_found reads what the thing found
holds, extract/arguments.py); a flat found holding papers is none. Through the whole extractor, on sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(1978, 4, 19)


def test_a_hideout_found_holding_weapons_is_a_disrupted_weapons_use() -> None:
    events = run("Police found a hideout containing pistols, submachine guns and explosives in Milan on Tuesday, "
                 "officials said.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_a_flat_found_holding_papers_is_no_event() -> None:
    assert run("Police found a flat containing forged documents in Turin on Wednesday.", published=PUBLISHED) == []
