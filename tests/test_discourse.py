"""One event per act across sentences, and claims and participles that are acts (sentences written for these
tests, run through the whole extractor with the real spaCy model and gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontlog.extract import extract_batch
from frontlog.model.records import Article

PUBLISHED = dt.date(2024, 3, 15)


def events_of(text: str):
    return extract_batch([Article(id="t", text=text, published=PUBLISHED)])[0]


# (article, expected number of records of the event type, event type, why)
CASES = [
    ("Rebels took Kidal on Monday. The capture of Kidal, which gave the rebels the northern road, was "
     "confirmed by the army on Wednesday.", 1, "Battles", "a retelling relayed by a reporting verb"),
    ("Rebels seized Kidal on Monday. Soldiers lost dozens of men in the battle for Kidal, a doctor said.",
     1, "Battles", "'the battle for X' after X was taken"),
    ("Jihadists captured Tessalit on Monday. The army said the lifting of the siege of Tessalit came on Friday.",
     None, "Battles", "'the lifting of the siege' is a new stage, never folded (not counted)"),
    ("The army claims to have recaptured Kidal from the rebels.", 1, "Battles", "a claim of a past act"),
    ("Malian troops are fighting to reopen the Gao road, firing mortars at rebel trenches near Gao.",
     1, "Explosions/Remote violence", "a participle of a real act under a purpose"),
    ("The army now aims to recapture Kidal.", 0, "Battles", "a plan is not an act"),
    ("Islamic State captured Menaka in March. The army's recapture of Menaka came in May.",
     2, "Battles", "a retelling with its own date is another act"),
]


@pytest.mark.parametrize(("text", "n", "etype", "why"), CASES, ids=[c[3] for c in CASES])
def test_acts_across_sentences(text: str, n: int | None, etype: str, why: str) -> None:
    events = events_of(text)
    if n is not None:
        got = [e for e in events if e.event_type == etype]
        assert len(got) == n, (why, [(e.sub_event_type, e.location, e.date_start, e.evidence) for e in events])


def test_retelling_keeps_both_sentences_and_the_first_date() -> None:
    (ev,) = [e for e in events_of(CASES[0][0]) if e.event_type == "Battles"]
    assert len(ev.evidence) == 2 and "discourse.retelling" in ev.rules
    assert ev.date_start == ev.date_end == "2024-03-11"  # Monday, not the Wednesday of the confirmation


def test_claim_names_its_claimant() -> None:
    (ev,) = events_of(CASES[3][0])
    assert ev.claimed_by and "army" in ev.claimed_by.lower()
    assert "modality.claimed_past" in ev.rules


@pytest.mark.parametrize(("text", "place", "day"), [
    ("Rebels seized Gao on Sunday, three days after taking Bourem.", "Bourem", "2024-03-07"),
    ("Rebels seized Gao on Sunday, two days after they took Bourem.", "Bourem", "2024-03-08"),
    ("Rebels seized Gao on Sunday, three days after taking Bourem.", "Gao", "2024-03-10"),
])
def test_relative_offset_between_acts(text: str, place: str, day: str) -> None:
    got = {e.location: e.date_start for e in events_of(text)}
    assert got.get(place) == day, got
