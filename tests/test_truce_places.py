"""Where a truce is placed (issue 9, session 23, branch truceplace): a truce applies where it applies, not where it
was made nor in the country of whoever made it. Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2020, 3, 8)


def _truces(text: str) -> list:
    return [e for e in run(text, published=PUBLISHED) if e.sub_event_type == "Agreement"]


def test_the_place_the_truce_noun_governs_beats_the_venue() -> None:
    # place.truce_own_scope: Moscow is where it was agreed, Idlib where it applies.
    truces = _truces("The two presidents agreed in Moscow on Thursday on a ceasefire in Idlib province.")
    assert [(e.country, e.location) for e in truces] == [("SY", "Idlib Governorate")]


def test_countries_that_make_a_truce_are_its_sides_not_its_place() -> None:
    # place.truce_makers: the makers named as countries are no place; the text's war is in Syria.
    truces = _truces("Syrian government aircraft bombed Saraqib on Monday. Residents of Saraqib fled north. "
                     "The United States and Russia agreed on a cessation of hostilities on Thursday.")
    assert [e.country for e in truces] == ["SY"]


def test_a_foreign_capital_declaring_a_truce_is_placed_in_the_war_s_country() -> None:
    # place.truce_makers and place.truce_war_country: Ankara is Turkey's government, the war is in Syria.
    truces = _truces("Turkish troops shelled Tal Rifaat on Monday. Residents of Tal Rifaat fled east. "
                     "Turkey's forces halted their advance on Thursday, when Ankara declared a ceasefire.")
    assert [e.country for e in truces] == ["SY"]


def test_a_truce_signed_in_a_capital_abroad_with_no_place_of_its_own_stays_the_parties() -> None:
    # (unchanged: place.truce_not_venue; no maker is named as a place)
    truces = _truces("Congolese government and M23 rebel delegates signed a truce in Doha on Monday.")
    assert [e.country for e in truces] == ["CD"]


def test_a_truce_between_sides_in_a_town_is_placed_there() -> None:
    # place.truce_sides_located: the clans' town, not Somalia, and not Mogadishu where officials spoke.
    truces = _truces("Clan elders brokered a truce between two rival militias in Beledweyne on Sunday, officials in "
                     "Mogadishu said.")
    assert [(e.country, e.location) for e in truces] == [("SO", "Beledweyne")]


def test_a_truce_agreed_abroad_through_a_preposition_is_placed_where_it_applies() -> None:
    # place.truce_not_venue, the truce the object of "agreed ... to": Nairobi is the venue, Rutshuru the place.
    truces = _truces("Congolese army and M23 delegates agreed in Nairobi on Monday to a truce around the town of "
                     "Rutshuru.")
    assert [(e.country, e.location) for e in truces] == [("CD", "Rutshuru")]
