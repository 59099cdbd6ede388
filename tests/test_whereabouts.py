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


def test_an_unknown_place_lies_in_the_one_country_whose_forces_the_text_names() -> None:
    # No country, region or people's demonym is named: the Malian soldiers fight at home (rule place.force_home);
    # their "Russian allies" say nothing of where (words/foreign_hand_words.txt). Before: no event at all, or with
    # "allies" read as Russians at home, the village put in Russia.
    [e] = run("Malian soldiers and their Russian allies fought separatist rebels outside Tinzabar on Tuesday, the "
              "army said.")
    assert (e.location, e.country, e.geo_precision) == ("Tinzabar", "ML", 3)
    assert "place.force_home" in e.rules and not e.location_resolved


def test_a_people_s_demonym_still_places_an_unknown_name_before_a_force_s() -> None:
    [e] = run("Gunmen killed six herders in Tinzabar on Tuesday, Malian officials said, as Russian forces patrolled "
              "the area.")
    assert e.country == "ML" and "place.force_home" not in e.rules


def test_a_hand_checked_census_population_outweighs_a_namesake_abroad() -> None:
    # Ras al-Ayn is also the Arabic name of Rosh HaAyin, Israel; the supplement row that renames cities500's
    # Syrian town (which has no population there) gives the 2004 census's.
    [e] = run("A car bomb exploded in Ras al-Ayn on Sunday, killing three people.")
    assert (e.location, e.country) == ("Ras al-Ain", "SY")


def test_a_region_after_a_town_and_a_comma_is_the_region_not_a_village_of_its_name() -> None:
    # "Michoacan" is also a village of Chiapas; Zamora is also a Spanish city and a Veracruz village: the state
    # after the comma picks the Zamora inside it (rule place.named_region), and is no second place.
    events = run("Gunmen shot dead four police officers in Zamora, Michoacan, on Tuesday, state prosecutors said.")
    assert [(e.location, e.country) for e in events] == [("Zamora de Hidalgo", "MX")]
    assert "place.named_region" in events[0].rules


def test_an_unknown_village_written_as_outside_a_town_is_a_place_of_its_own() -> None:
    [e] = run("Russian artillery shelled Zelenivka-Pivnichna, a village just outside Kherson, on Friday, wounding "
              "two people.")
    assert (e.location, e.country, e.geo_precision) == ("Zelenivka-Pivnichna", "UA", 2)


def test_an_unknown_district_after_a_town_only_locates_it() -> None:
    # "near Parachinar in Kurram district": before, the district (unknown to the gazetteer, at Parachinar's point)
    # was the act's place name.
    [e] = run("Gunmen ambushed a bus near Parachinar in Kurram district on Friday, killing seven passengers.")
    assert (e.location, e.country) == ("Parachinar", "PK")
    assert "place.region_locator" in e.rules


def test_a_town_on_a_road_the_gazetteer_does_not_know_is_the_acts_place() -> None:
    # Before: the road's name, unknown to the gazetteer, at the town's point (place.unresolved).
    [e] = run("Farmers blocked the Interoceanic highway near Puerto Maldonado on Monday to protest against fuel "
              "prices.")
    assert (e.location, e.country) == ("Puerto Maldonado", "PE")
    assert "place.on_road" in e.rules


def test_a_region_s_noun_picks_among_namesake_regions_of_several_countries() -> None:
    # Punjab is a province of Pakistan and a state of India; Bolivar a state of Venezuela, a department of
    # Colombia and a province of Ecuador (words/admin1_unit_nouns.txt).
    [e] = run("Police shot dead two suspected militants in a raid in Punjab province on Monday.")
    assert e.country == "PK"
    [e] = run("Police shot dead two suspected militants in a raid in Punjab state on Monday.")
    assert e.country == "IN"
    [e] = run("Soldiers clashed with a gang that runs illegal gold mines in Bolivar state on Tuesday.")
    assert e.country == "VE"


def test_a_country_named_still_outweighs_the_region_s_noun() -> None:
    [e] = run("Soldiers clashed with a gang that runs illegal gold mines in Colombia's Bolivar state on Tuesday.")
    assert e.country == "CO"


def test_a_near_spelling_may_write_its_vowels_another_way() -> None:
    # cities500's "Ash Shaykh Zuwayd" and the press's "Sheikh Zuweid": the same consonants, and the same letters
    # once "ay" and "ei" are one spelling (gazetteer._similar).
    [e] = run("Militants killed three soldiers in an attack on a checkpoint in Sheikh Zuweid, in Egypt's North "
              "Sinai, on Tuesday.")
    assert e.country == "EG" and abs(e.latitude - 31.22) < 0.05 and abs(e.longitude - 34.11) < 0.05


def test_a_road_written_from_one_town_to_another_is_one_stretch() -> None:
    [e] = run("Bandits attacked travellers on the road from Funtua to Gusau on Monday.")
    assert (e.location, e.geo_precision) == ("Funtua", 2)
    assert "place.between" in e.rules


def test_the_town_a_road_leads_to_places_the_act_near_it_when_nothing_else_is_named() -> None:
    [e] = run("An Israeli drone hit a motorcycle on the road to Tyre on Friday, killing its rider.")
    assert (e.location, e.geo_precision) == ("Tyre", 2)


def test_a_capital_s_dateline_gives_its_country_to_an_unknown_name() -> None:
    # Before: no event (the capital is no place of the act, and nothing else located the village).
    [e] = run("KINSHASA (Reuters) - Rebels killed 10 civilians in the village of Mbau-Kasinga on Sunday, local "
              "officials said.")
    assert (e.location, e.country, e.geo_precision) == ("Mbau-Kasinga", "CD", 3)
    assert not e.location_resolved


def test_a_country_the_text_names_outweighs_a_dateline_abroad() -> None:
    [e] = run("NAIROBI (Reuters) - Al Shabaab fighters attacked an army base in the village of Bulo-Marerto in "
              "southern Somalia on Monday.")
    assert e.country == "SO"


def test_a_town_s_countryside_written_with_a_possessive_is_near_the_town() -> None:
    # NOTES.md: "X countryside" takes X's point with precision 2; so do "X's countryside" and "X's northern
    # countryside", and "X's outskirts".
    [e] = run("Government warplanes struck villages in Hama's northern countryside on Monday, killing four people.")
    assert (e.location, e.geo_precision) == ("Hama", 2)
    [e] = run("Fighting raged on Raqqa's outskirts on Tuesday.")
    assert (e.location, e.geo_precision) == ("Raqqa", 2)
