"""Agreements told in background (issue 9, session 17: benchmarks/wire3's first contact): a peace agreement that
ended something else is no agreement told as ended (modality.ended), and a peace memorandum is a peace deal.
Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2016, 5, 12)


def test_a_peace_agreement_that_ended_the_fighting_was_made() -> None:
    events = run("A peace agreement signed in Brazzaville in March 2003 ended the fighting between the army and the "
                 "rebels.", published=PUBLISHED)
    assert [(e.sub_event_type, e.date_start) for e in events if e.event_type == "Strategic developments"] == [
        ("Agreement", "2003-03-01")]


def test_a_truce_that_collapsed_is_still_no_new_agreement() -> None:
    assert run("The truce signed in Juba collapsed on Sunday.", published=PUBLISHED) == []


def test_a_peace_memorandum_signed_is_an_agreement() -> None:
    events = run("In August 2006, the government signed a peace memorandum in Namibe with a faction of the separatist "
                 "rebels.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Agreement"]
