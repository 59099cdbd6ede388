"""Where an act is placed when the sentence gives both a region and a town (rule place.narrowed), on sentences
written for these tests, set in several wars."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text
from frontlog.model.records import Event

PUBLISHED = dt.date(2024, 3, 10)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


@pytest.mark.parametrize("text, town, country", [
    ("Militants attacked a police post in Khyber Pakhtunkhwa province near Bannu on Sunday.", "Bannu", "PK"),
    ("Russian artillery shelled positions in Kherson Oblast near the town of Beryslav on Tuesday, the governor "
     "said.", "Beryslav", "UA"),
])
def test_a_region_narrowed_down_by_a_town_is_placed_at_the_town(text: str, town: str, country: str) -> None:
    events = _events(text)
    assert events and all((e.location, e.country) == (town, country) for e in events), text
    assert all(e.geo_precision == 2 for e in events)  # near the town, not in it


def test_a_region_alone_or_a_town_elsewhere_in_the_sentence_leaves_the_region() -> None:
    # The town is where the source spoke from, not a locator of the region.
    events = _events("Gunmen killed five farmers in Zamfara State on Friday, police in Gusau said.")
    assert events and all(e.location == "Zamfara State" for e in events)


@pytest.mark.parametrize("text, name", [
    ("Gunmen attacked Kasongo in Ituri province on Friday.", "Kasongo"),
    ("Gunmen stormed the Kasongo hospital in Ituri province on Friday, killing twelve patients.", "Kasongo hospital"),
])
def test_a_namesake_written_as_lying_in_another_region_is_placed_in_that_region(text: str, name: str) -> None:
    # The gazetteer's Kasongo lies in Maniema, 900 km from Ituri: the text's own region wins (place.named_region),
    # the name kept as written, unresolved, at the region's point.
    from frontlog.model.geo import km

    events = _events(text)
    assert events and all((e.location, e.country, e.location_resolved) == (name, "CD", False) for e in events)
    assert all(km(e.latitude, e.longitude, 1.56, 30.25) < 30 for e in events)  # Bunia, Ituri's seat


@pytest.mark.parametrize("text, name, country", [
    ("Gunmen killed four traders near Sévaré on Monday.", "Sevare", "ML"),
    ("Jihadists attacked the army camp in Hombori on Sunday, killing five soldiers.", "Hombori", "ML"),
    ("Resistance fighters ambushed a junta convoy near Kawlin on Wednesday.", "Kawlin", "MM"),
    ("The RSF shelled Um Kadada on Thursday, killing three civilians.", "Um Kadada", "SD"),
])
def test_towns_missing_from_cities500_are_known(text: str, name: str, country: str) -> None:
    events = _events(text)
    assert events and all((e.location, e.country, e.location_resolved) == (name, country, True) for e in events)


def test_vice_before_a_title_is_no_place() -> None:
    # "Vice" is a town in Peru, but before "President" or "Minister" it is part of a title.
    events = extract_text("LIMA, Peru (AP) - In 2004, after Vice President Marta Rivas was shot dead by gunmen, "
                          "crowds marched through Puno for a week.")
    assert events and "Vice" not in {e.location for e in events}, [(e.sub_event_type, e.location) for e in events]


def test_a_capital_that_calls_a_group_something_is_its_government_not_the_place_of_the_act() -> None:
    # "the alliance that Ankara brands a terrorist group": Ankara speaks here, nothing happens there, and "the
    # town" told after it is not Ankara.
    events = extract_text("Turkish-backed fighters enter Jinderes\n\nBEIRUT (Reuters) - Turkish-backed fighters "
                          "entered Jinderes on Sunday. The Turkish army said the town was secure and that its "
                          "engineers were clearing explosives left by the SDF, the alliance that Ankara brands a "
                          "terrorist group.\n\nA Turkish drone strike on the town's bakery on Monday killed four "
                          "people, a monitor said.")
    assert events and "Ankara" not in {e.location for e in events}, [(e.sub_event_type, e.location) for e in events]
