"""Where an act is placed, third batch (issue 9, session 20, whereabouts3 probes): a namesake inside a region the
story names in another sentence, a region's own name over a hamlet named after it, a people's adjective made of a
region's name, a road named by a town with the town on it, a place in a relative clause on the doers. The whole
extractor with the real spaCy model and gazetteer, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import all_near, extract_text
from frontlog.model.records import Event

PUBLISHED = dt.date(2024, 6, 10)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


def test_a_namesake_in_a_region_named_in_another_sentence_beats_a_world_city() -> None:
    # Buenos Aires is also a town of Colombia's Cauca department; the story names Cauca only in its second sentence.
    events = _events("Rebels ambushed a police patrol in rural Buenos Aires on Tuesday, killing three officers. "
                     "Violence in Cauca has worsened this year, the governor said.")
    assert events and all(e.country == "CO" for e in events)
    assert all_near(events, 3.01, -76.65)


def test_a_namesake_in_a_region_named_in_another_sentence_beats_a_hamlet_of_the_exact_name() -> None:
    # GeoNames calls Michoacan's Zamora "Zamora de Hidalgo"; hamlets of Veracruz and Sonora are called Zamora.
    events = _events("Gunmen shot dead five men at a bar in Zamora on Friday night. Michoacan has long suffered "
                     "from cartel violence, Mexican officials say.")
    assert all_near(events, 19.98, -102.29)


def test_a_region_named_alone_is_the_region_not_a_hamlet_named_after_it() -> None:
    # Guerrero is a Mexican state and a hamlet of Coahuila, 1,300 km north of it.
    events = _events("Gunmen killed seven people in Guerrero on Sunday, Mexican officials said.")
    assert events and all(e.latitude is not None and e.latitude < 20 for e in events)


def test_a_peoples_adjective_made_of_a_regions_name_is_no_place() -> None:
    # "Sindhi" nearly spells Sindh; the act is in Hyderabad.
    events = _events("Police fired tear gas at hundreds of Sindhi activists protesting in Hyderabad on Sunday "
                     "against a dam. Pakistan's government denies the dam will harm the province.")
    assert all_near(events, 25.39, 68.37)


def test_a_road_named_by_a_town_is_placed_at_the_town_on_it() -> None:
    events = _events("Bandits kidnapped nine travellers on the Kaduna road outside Zaria on Monday, Nigerian police "
                     "said.")
    assert all_near(events, 11.11, 7.72)


def test_a_place_in_a_relative_clause_on_the_doers_is_where_they_came_from() -> None:
    events = _events("Fighters who had fled Wad Madani looted shops in Hasaheisa on Tuesday, residents said.")
    assert all_near(events, 14.75, 33.3)


def test_a_name_placed_first_by_its_paragraph_lies_where_the_text_later_says_it_does() -> None:
    # The attack's sentence names only the hamlet; the paragraph's town is Djibo, 100 km from Dori; the next
    # sentence says where the hamlet lies.
    events = _events("Soldiers clashed with jihadists in Djibo on Saturday, Burkinabe officials said. On Sunday, "
                     "militants attacked the village of Tiembara, killing six civilians. Tiembara lies near Dori, a "
                     "local official said.")
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert all_near(attacks, 14.03, -0.03)


def test_a_short_form_of_a_place_named_in_full_is_that_place_not_a_namesake_abroad() -> None:
    # Tivoli is also a village of New York state; the story names the United States, and Tivoli Gardens in full.
    events = _events("Soldiers stormed Tivoli Gardens in Kingston on Monday to arrest a gang leader wanted by the "
                     "United States. Residents of Tivoli said soldiers shot dead three unarmed men in their homes "
                     "on Tuesday.")
    assert events and all(e.country == "JM" for e in events)
