"""Where an act is placed, in the phrasings of the whereabouts probes (benchmarks/probes/whereabouts.jsonl): roads
named by their towns with the town on them where the act was, roads named by where they lead. The whole extractor
with the real spaCy model and gazetteer, on sentences written for these tests."""

from __future__ import annotations

from conftest import extract_text as run


def test_a_town_on_a_road_named_by_its_two_ends_is_the_acts_place() -> None:
    # "the Bannu-Miranshah road near Mir Ali": the stretch only locates Mir Ali (rule place.on_road).
    events = run("Militants ambushed an army convoy on the Bannu-Miranshah road near Mir Ali on Tuesday, and the "
                 "gunfight lasted two hours.")
    assert {(e.location, e.country) for e in events} == {("Mir Ali", "PK")}
    assert all("place.on_road" in e.rules for e in events)


def test_an_unknown_village_on_a_road_between_two_towns_keeps_its_name() -> None:
    # Before: "Komanda at Ngongo" was read as one unknown name, and the act put at Bunia.
    [e] = run("Gunmen stopped a truck on the road between Bunia and Komanda at Ngongo on Friday and killed three "
              "traders.")
    assert (e.location, e.country) == ("Ngongo", "CD")


def test_the_town_a_road_leads_to_is_no_second_place() -> None:
    events = run("Al-Shabaab fighters attacked a police post 15 km outside Baidoa on the road to Mogadishu on "
                 "Tuesday, sparking a gunfight.")
    assert {(e.location, e.country) for e in events} == {("Baidoa", "SO")}


def test_a_road_named_only_by_where_it_leads_still_places_the_act() -> None:
    [e] = run("A landmine killed four civilians on the road to Djibo on Monday.")
    assert (e.location, e.country) == ("Djibo", "BF")


def test_a_road_between_two_towns_alone_is_still_at_the_first() -> None:
    [e] = run("A landmine exploded on the road between Bambari and Grimari on Monday, killing three traders.")
    assert (e.location, e.geo_precision) == ("Bambari", 2)
    assert "place.between" in e.rules
