"""A village named with the local word for village before its name ("Kampung Tanduo") and then by the rest of its
name ("the battle at Tanduo") is one place (words/settlement_name_prefixes.txt, rule place.unresolved; issue 9,
session 18: benchmarks/wire4's first contact). Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2013, 3, 7)


def test_a_kampung_named_again_without_its_prefix_is_the_same_village() -> None:
    events = run("Troops took control of Kampung Sungai Merah, a fishing village in Semporna district, on Wednesday, "
                 "the army said.\n\nPolice and the gunmen had fought their first battle at Sungai Merah on Friday, "
                 "killing four men, police said.", published=PUBLISHED)
    assert {e.location for e in events} == {"Kampung Sungai Merah"}
    assert {e.country for e in events} == {"MY"}


def test_a_bare_name_with_no_village_named_before_is_placed_as_before() -> None:
    events = run("Police and gunmen fought a battle at Sungai Merah, in Semporna district, on Friday, killing four "
                 "men, police said.", published=PUBLISHED)
    assert [e.location for e in events] == ["Sungai Merah"]


def test_a_bare_name_met_first_is_the_village_its_full_name_places() -> None:
    # The first paragraph names the village bare, with no town to place it by (only the country of the gunmen);
    # a later paragraph gives its full name near a town.
    events = run("Police fought Philippine gunmen at Tanjung Batu on Friday, killing four men, police said. The "
                 "Philippine government urged the gunmen to surrender.\n\nKampung Tanjung Batu, a fishing village "
                 "near Lahad Datu, has been deserted since. Lahad Datu's schools are closed.", published=PUBLISHED)
    assert [(e.location, e.country, e.geo_precision) for e in events] == [("Kampung Tanjung Batu", "MY", 2)]
