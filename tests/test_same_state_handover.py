"""A place handed from one of a state's forces to another of its own changes no hands (rule
drop.same_state_handover; issue 9, session 17: benchmarks/wire3's first contact), through the whole extractor, on
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 7)


def test_police_leaving_a_town_to_the_army_is_no_transfer_of_territory() -> None:
    events = run("Police withdrew from Kairouan on Monday and the army took up positions around the governorate "
                 "building.", published=PUBLISHED)
    assert all(e.sub_event_type != "Non-violent transfer of territory" for e in events)


def test_troops_leaving_a_town_to_rebels_is_still_a_transfer() -> None:
    events = run("Malian troops withdrew from the town of Ber on Monday, and the Tuareg rebels of the CSP-DPA "
                 "moved in without a fight.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]
