"""Place expressions of wire copy from wars frontlog was not developed on (issue 9): accented datelines, a
region name that is another country's, a part of a town, a stretch of road between two towns, unknown villages
listed with a known one, and a name that goes on past a known word ("Lanao del Sur"). The whole extractor with
the real spaCy model and gazetteer, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.knowledge.gazetteer import get_gazetteer
from frontlog.model.geo import km
from frontlog.model.records import Article, Event

PUBLISHED = dt.date(2024, 5, 16)


def _events(text: str) -> list[Event]:
    [events] = extract_batch([Article(id="t", text=text, published=PUBLISHED)], Stats())
    return events


def _point(name: str, country: str) -> tuple[float, float]:
    place = next(p for p in get_gazetteer().lookup(name) if p.kind == "city" and p.country == country)
    return place.lat, place.lon


def _near(e: Event, name: str, country: str, within_km: float = 1.0) -> bool:
    return km(e.latitude, e.longitude, *_point(name, country)) < within_km


def test_an_accented_dateline_is_where_the_report_was_filed_not_the_act() -> None:
    events = _events("CÚCUTA, Colombia (Reuters) - Guerrillas ambushed an army patrol in Tibu on Monday, killing "
                     "three soldiers.")
    assert [e.location for e in events] == ["Tibu"]


def test_a_region_name_of_a_far_country_does_not_move_the_town_there() -> None:
    # GeoNames has a "Northwest" region in Iceland; Cameroon's is listed as "North-West Province".
    events = _events("YAOUNDE, Cameroon (AP) - Separatist fighters attacked a police station in Batibo, a town in "
                     "the Northwest region, on Monday, officials said.")
    assert events and all(e.country == "CM" for e in events)
    assert any(e.location == "Batibo" and _near(e, "Batibo", "CM") for e in events)


def test_a_part_of_a_town_keeps_its_name_at_the_town_not_at_a_namesake_elsewhere() -> None:
    # There are many places called Poblacion in the Philippines; this one is the one in Cotabato.
    [e] = _events("A bomb went off in the Poblacion area of Cotabato on Tuesday, wounding six people, police said.")
    assert (e.location, e.country, e.geo_precision) == ("Poblacion", "PH", 2)
    assert _near(e, "Cotabato", "PH")
    assert "place.part_of_town" in e.rules


def test_the_road_between_two_towns_is_one_place_not_two_events() -> None:
    events = _events("A landmine killed four traders on the road between Bria and Ippy on Sunday, a local "
                     "official said.")
    assert len(events) == 1
    [e] = events
    assert (e.location, e.geo_precision) == ("Bria", 2) and _near(e, "Bria", "CF")
    assert "place.between" in e.rules


def test_towns_joined_by_and_without_between_stay_two_places() -> None:
    events = _events("Rebels shelled Bria and Ippy on Sunday, a local official said.")
    assert sorted(e.location for e in events) == ["Bria", "Ippy"]


def test_unknown_villages_listed_with_a_known_one_lie_at_it() -> None:
    # "Bawock" is no GeoNames entry; it is listed with Bali (Cameroon), not Bali in India or Indonesia.
    events = _events("Cameroonian soldiers burned dozens of houses in the villages of Bawock and Bali on Tuesday, "
                     "residents said.")
    by_name = {e.location: e for e in events}
    assert set(by_name) == {"Bawock", "Bali"}
    assert by_name["Bali"].country == "CM" and by_name["Bali"].geo_precision == 1
    bawock = by_name["Bawock"]
    assert bawock.location_resolved is False and bawock.geo_precision == 2 and _near(bawock, "Bali", "CM")
    assert "place.list_neighbour" in bawock.rules


def test_a_name_that_goes_on_past_a_known_word_is_not_that_place() -> None:
    # "Lanao" alone is a village in Leyte, 500 km away; "Lanao del Sur" is the province Butig is in.
    events = _events("Troops killed five militants in a clash in Butig, Lanao del Sur, on Friday, the army said.")
    assert [e.location for e in events] == ["Butig"]
    assert _near(events[0], "Butig", "PH")


def test_an_unknown_name_after_a_town_and_a_comma_still_counts_in_a_list() -> None:
    events = _events("Rebels burned homes in Bria, Kassa Kassa and Ndoukou on Sunday, residents said.")
    assert sorted(e.location for e in events) == ["Bria", "Kassa Kassa", "Ndoukou"]


def test_a_spelling_variant_of_a_city_abroad_is_not_that_city() -> None:
    # GeoNames lists "Mambasa" (a town of Ituri) among the alternate names of Mombasa, in Kenya, which this
    # story never names: the act stays in Congo.
    events = _events("Rebels of the Allied Democratic Forces killed nine villagers in Mambasa, in Ituri province of "
                     "Congo, on Sunday, local officials said.")
    assert events and all(e.country == "CD" for e in events)


def test_a_district_named_by_its_town_is_the_town_not_a_region_abroad() -> None:
    # An alternate name makes "Tyre district" a region of Japan; in a Lebanon story it is the district of Tyre.
    events = _events("BEIRUT, Lebanon (AP) - An Israeli drone strike killed two men on a motorbike in Tyre district "
                     "on Monday, the health ministry said.")
    assert events and all(e.country == "LB" for e in events)
    assert any(_near(e, "Tyre", "LB", within_km=25) for e in events)


def test_places_of_a_list_each_located_by_a_phrase_of_its_own_are_all_places_of_the_act() -> None:
    # Syria, Ukraine, Mali: "A near X, B in the north of Y, and C" is one list of three places, one event each.
    for text, places in [
        ("Government troops entered Manbij near the Euphrates, Ain Issa north of Raqqa, and Tabqa on "
         "Monday.", ["Manbij", "Ain Issa", "Al-Tabqa"]),
        ("Russian forces captured the villages of Robotyne south of Orikhiv, and Verbove on Monday.",
         ["Robotyne", "Verbove"]),
        ("Malian troops retook Gao near the Niger river, Menaka and Kidal on Monday.", ["Gao", "Menaka", "Kidal"]),
    ]:
        assert [e.location for e in _events(text)] == places, text


def test_a_time_phrase_or_a_source_between_two_places_makes_no_list() -> None:
    events = _events("Gunmen abducted 12 people in Culiacan in the early hours of Saturday, Sinaloa state "
                     "prosecutors said.")
    assert [e.location for e in events] == ["Culiacan"]
    events = _events("Rebels took Rutshuru near Goma on Monday and troops shelled Bunia.")
    assert sorted((e.location, e.event_type) for e in events) == [
        ("Bunia", "Explosions/Remote violence"), ("Rutshuru", "Battles")]
