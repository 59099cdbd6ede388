"""Tolls, tallies and one act's parts (session 23, branch tallies2): a clause beside an act that tells another
doer's act lends it no weapon. Sentences written for these tests, run through the whole extractor with the real
spaCy model and gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from frontlog.extract import extract_batch
from frontlog.model.records import Article

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def subs_of(text: str) -> list[tuple[str, str]]:
    events = extract_batch([Article(id="t", text=text, published=PUBLISHED)])[0]
    return sorted((e.sub_event_type, e.location) for e in events)


@pytest.mark.parametrize("text, place", [
    ("Armed men shot dead six herders near Gusau on Monday while an air strike hit a hideout in the Tsafe area.",
     "Gusau"),
    ("While army jets bombed militia positions outside Kosti on Tuesday, militiamen shot dead 12 villagers in "
     "Rabak.", "Rabak"),
    ("Gunmen raided a village near Koro on Sunday and killed nine farmers, while a drone strike killed three "
     "fighters near Djibo.", "Koro"),
])
def test_other_clause_lends_no_weapon(text: str, place: str) -> None:
    # the killing keeps its own kind (an attack on civilians), neither turned into the strike nor folded into it
    got = subs_of(text)
    assert ("Attack", place) in got, got


def test_killed_while_shells_fell_keeps_weapon() -> None:
    # a passive killing has no doer of its own: the clause beside it may tell how they died
    got = subs_of("Four children were killed in Kharkiv on Tuesday while Russian shells hit the city centre.")
    assert all(s != "Attack" for s, _ in got), got


@pytest.mark.parametrize("text", [
    "The interior ministry said 31 police officers had been killed this year in the provinces of Cabo Delgado, "
    "Niassa and Nampula.",
    "A rights group said 64 people had died in the unrest since May, including 20 in Bamako, 11 in Kayes and "
    "six in Sikasso.",
    "Officials said 85 villagers were killed in Zamfara in April, 30 of them in Maru district and 22 in Anka.",
])
def test_toll_spread_over_places_is_no_act(text: str) -> None:
    # a toll summed over several named places is a tally (drop.tally), no record at each place
    assert subs_of(text) == []


@pytest.mark.parametrize("text", [
    "Residents of Djibo will never forget the night jihadists killed 40 villagers in the town.",
    "Families in Bokkos have not forgotten the night gunmen killed 25 villagers in the town.",
])
def test_act_not_forgotten_is_told(text: str) -> None:
    # the negation is of the remembering, not of the killing under it (modality.not_forgotten)
    assert ("Attack", "Djibo" if "Djibo" in text else "Bokkos") in subs_of(text)


def test_acts_a_toll_part_was_summed_over_are_no_act() -> None:
    # "mostly in attacks by X" hangs on a part of the toll ("25 in Y"): the acts the tally was summed over
    text = ("The UN said on Monday that 95 civilians were killed in Ituri province in February, 30 of them in Djugu "
            "territory and 20 in Mambasa territory, mostly in attacks by CODECO militiamen.")
    assert subs_of(text) == []
