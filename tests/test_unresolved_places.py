"""Places the way ACLED codes them (issue 9): a place the gazetteer does not know keeps its name at the point of
the place the text locates it by; a list of places gives one event each; namesakes by the region the text names;
"town, region" is one place; a dateline is the act's place only when the text names no other. The whole extractor
with the real spaCy model and gazetteer, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.knowledge.gazetteer import get_gazetteer
from frontlog.model.geo import km
from frontlog.model.records import Article, Event

PUBLISHED = dt.date(2019, 5, 22)


def _events(text: str) -> list[Event]:
    [events] = extract_batch([Article(id="t", text=text, published=PUBLISHED)], Stats())
    return events


def _point(name: str, kind: str = "city") -> tuple[float, float]:
    place = next(p for p in get_gazetteer().lookup(name) if p.kind == kind)
    return place.lat, place.lon


def test_unknown_villages_in_a_list_are_one_event_each_at_their_locator() -> None:
    events = _events("Rebels seized the villages of Mbelu-Haut and Kasiro, north of Rutshuru, on Monday.")
    assert sorted(e.location for e in events) == ["Kasiro", "Mbelu-Haut"]
    lat, lon = _point("Rutshuru")
    for e in events:
        assert e.location_resolved is False and e.geo_precision == 2 and e.country == "CD"
        assert km(e.latitude, e.longitude, lat, lon) < 1
        assert "place.unresolved" in e.rules
    assert len({(e.sub_event_type, e.actor1, e.date_start) for e in events}) == 1  # same act, place by place
    assert json.loads(events[0].to_json())["location_resolved"] is False


def test_a_list_mixing_known_and_unknown_places_keeps_every_place() -> None:
    events = _events("Government troops recaptured the villages of Kasiro, Mbelu-Haut and Sake in North Kivu on "
                     "Sunday.")
    by_name = {e.location: e for e in events}
    assert set(by_name) == {"Kasiro", "Mbelu-Haut", "Sake"}
    assert by_name["Sake"].location_resolved is True and by_name["Sake"].geo_precision == 1
    # The unknown ones are located by the region, not by their neighbour in the list.
    assert by_name["Kasiro"].geo_precision == 3 and by_name["Kasiro"].location_resolved is False


def test_a_known_place_stays_resolved() -> None:
    [e] = _events("Rebels captured the town of Saraqib on Monday, Syrian officials said.")
    assert e.location == "Saraqib" and e.location_resolved is True and e.geo_precision == 1


def test_unknown_village_in_a_named_region_is_placed_in_that_region_not_at_a_namesake_abroad() -> None:
    # GeoNames' only towns called Dubovka are in Russia; the text says this one is in Kharkiv region.
    [e] = _events("Russian forces shelled Dubovka, a village in Kharkiv region, on Sunday.")
    assert (e.location, e.country, e.geo_precision, e.location_resolved) == ("Dubovka", "UA", 3, False)
    lat, lon = _point("Kharkiv region", "admin1")
    assert km(e.latitude, e.longitude, lat, lon) < 1


def test_namesake_in_the_country_the_text_names() -> None:
    [e] = _events("Gunmen attacked an army post in Tripoli, Lebanon, on Sunday, killing two soldiers.")
    assert (e.location, e.country, e.location_resolved) == ("Tripoli", "LB", True)


def test_town_comma_region_is_one_place() -> None:
    events = _events("Ukrainian forces recaptured Izium, Kharkiv region, on Monday.")
    assert [(e.location, e.geo_precision) for e in events] == [("Izium", 1)]
    assert "place.region_locator" in events[0].rules


def test_dateline_is_the_fallback_when_the_text_names_no_place() -> None:
    for text in ("[20 May 2019]  GOMA (AFP) - Rebels shelled army positions on Monday, killing four soldiers.",
                 "GOMA: Rebels shelled army positions on Monday, killing four soldiers."):
        events = _events(text)
        assert [(e.location, e.geo_precision) for e in events] == [("Goma", 2)], text
        assert "place.dateline" in events[0].rules


def test_a_truce_signed_abroad_is_placed_in_the_parties_country_not_at_the_venue() -> None:
    [e] = _events("Congolese government and M23 rebel delegates signed a truce in Doha on Monday.")
    assert (e.sub_event_type, e.country, e.geo_precision) == ("Agreement", "CD", 3)


def test_the_store_and_its_exports_keep_location_resolved(tmp_path) -> None:
    from frontlog.dataset.export import export
    from frontlog.dataset.storage import open_store
    from frontlog.jobs.ingest import ingest

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Rebels seized the villages of Mbelu-Haut and Kasiro, north of Rutshuru, on Monday.\n"
                                "Rebels also captured the town of Rutshuru on Tuesday.\n", encoding="utf-8")
    (docs / "a.meta.json").write_text(json.dumps({"published": PUBLISHED.isoformat()}), encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        ingest(store, [str(docs)])
        flags = {e["location"]: bool(e["location_resolved"]) for e in store.events()}
        assert flags == {"Mbelu-Haut": False, "Kasiro": False, "Rutshuru": True}
        for fmt in ("jsonl", "geojson"):
            out = tmp_path / f"out.{fmt}"
            export(store, fmt, out)
            text = out.read_text(encoding="utf-8")
            recs = [json.loads(x) for x in text.splitlines()] if fmt == "jsonl" else \
                [f["properties"] for f in json.loads(text)["features"]]
            assert {r["location"]: r["location_resolved"] for r in recs} == flags, fmt


def test_a_township_written_as_lying_in_a_region_takes_its_namesake_there() -> None:
    # "Kani township in Sagaing region": Japan's Kani (100,000 people) is no namesake in a Myanmar story once the
    # text says which region the township lies in (place.named_region; the Myanmar town is a supplement row).
    events = _events("Junta soldiers set fire to about 60 houses in Kani township in Sagaing region on Saturday.")
    assert events and all((e.location, e.country) == ("Kani", "MM") for e in events)


def test_a_settlement_noun_does_not_vouch_for_a_small_town_in_a_country_the_story_never_names() -> None:
    # "the village of Barrancos" says Barrancos is a place, not that it is Portugal's Barrancos in a story about
    # Mali: the name is kept, unresolved, in the country whose officials the text quotes (place.unresolved_broad).
    # (Moura, first written here, is now a supplement row: the Malian village of the 2022 massacre.)
    events = _events("Jihadists burned the village of Barrancos on Friday and killed nine residents, Malian "
                     "officials said.")
    assert events and all((e.location, e.country, e.location_resolved, e.geo_precision) == ("Barrancos", "ML", False, 3)
                          for e in events)
    assert "place.unresolved_broad" in events[0].rules


def test_a_settlement_noun_still_vouches_for_a_town_abroad_in_a_story_about_its_country() -> None:
    events = _events("Portuguese police said on Friday that a man had been stabbed to death in the town of Moura.")
    assert events and all((e.location, e.country, e.location_resolved) == ("Moura", "PT", True) for e in events)


def test_an_unknown_name_attacked_in_a_known_region_is_a_village_there() -> None:
    # No "village of" and no preposition before it: the verb of acting on a place and the locator after it say
    # the name is a place, kept as written at the region's point, not the region's record.
    events = _events("Six farmers were killed when gunmen attacked Dangabiri in Zamfara on Monday.")
    assert [(e.location, e.country, e.location_resolved) for e in events] == [("Dangabiri", "NG", False)]


def test_unknown_villages_raided_in_a_list_near_a_town_are_one_event_each() -> None:
    events = _events("Jihadists raided Tinkourou-Peulh and Sambagou near Diafarabe on Sunday, killing nine civilians.")
    assert sorted(e.location for e in events) == ["Sambagou", "Tinkourou-Peulh"]
    assert all(e.country == "ML" and not e.location_resolved for e in events)


def test_an_unknown_name_shelled_west_of_a_town_is_placed_by_it() -> None:
    [e] = _events("Soldiers shelled Wadi al-Ghurab, west of Homs, on Monday.")
    assert (e.location, e.country, e.geo_precision) == ("Wadi al-Ghurab", "SY", 2)


def test_a_person_killed_in_a_town_is_no_place() -> None:
    # "killed" is no verb of acting on a place: the name after it stays a person's.
    [e] = _events("Gunmen killed Musa Danjuma in Gusau on Monday, police said.")
    assert e.location == "Gusau"
