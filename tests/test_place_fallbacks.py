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
    # Places of current wars the press spells otherwise than cities500 (Somali, Tigrinya), or that it lacks.
    ("Eritrean troops shelled Shire on Monday, killing seven civilians.", "Inda Silase", "ET"),
    ("Federal forces retook Humera on Sunday after heavy fighting.", "Humera", "ET"),
    ("Drones struck a market in Hawzen on Tuesday, killing 12 people.", "Hawzen", "ET"),
    ("Al-Shabaab fighters attacked an army base in Bulo Burde on Friday.", "Buulobarde", "SO"),
    ("Government troops and clan militias retook El Bur from al-Shabaab on Thursday.", "Ceel Buur", "SO"),
    ("The RSF stormed Kabkabiya on Monday, killing dozens of civilians.", "Kabkabiya", "SD"),
    ("Resistance fighters overran a junta base in Kunlong on Saturday.", "Kunlong", "MM"),
    ("Militiamen hacked five farmers to death outside Oicha on Monday night.", "Oicha", "CD"),
    ("Police fired tear gas at striking garment workers in Ashulia on Monday.", "Ashulia", "BD"),
    ("A crowd torched a police post in Swat on Friday after a man died in custody.", "Swat", "PK"),
    # GeoNames lists Islamabad also as an old name of Chattogram, whose population outweighs the capital.
    ("Opposition supporters clashed with police in Islamabad on Sunday, hurling stones.", "Islamabad", "PK"),
])
def test_towns_missing_from_cities500_are_known(text: str, name: str, country: str) -> None:
    # places_supplement.tsv rows: towns missing from cities500, or in it under another spelling.
    events = _events(text)
    assert events and all((e.location, e.country, e.location_resolved) == (name, country, True)
                          for e in events), [(e.location, e.country) for e in events]


@pytest.mark.parametrize("text, place", [
    ("Young men set fire to tyres on the main road in Thies on Friday.", "Thies"),
    ("A crowd lynched a man accused of burning pages of the Koran in Sialkot on Friday.", "Sialkot"),
])
def test_common_words_that_name_a_town_abroad_are_no_place(text: str, place: str) -> None:
    # "Young" (towns in Uruguay and Australia) opening a sentence, "Koran" (near-spelling of Corenc, France).
    events = _events(text)
    assert events and all(e.location == place for e in events), [(e.location, e.country) for e in events]


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


def test_a_place_people_were_sent_or_fled_to_is_not_where_the_act_was() -> None:
    # "fled to Dilling": where the families went, not where the army shelled (words/destination_verbs.txt).
    events = _events("Government forces retook Kadugli on Sunday. On Monday the army shelled rebel positions, and "
                     "thousands of families fled to Dilling.")
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and all(e.location == "Kadugli" for e in shelling), [(e.sub_event_type, e.location)
                                                                        for e in events]


def test_a_place_held_up_for_comparison_is_no_place_of_the_act() -> None:
    # "unlike in Kidal or Gao": neither the deal's place nor the town "the town" refers to later.
    events = _events("The deal let the fighters stay in their villages, unlike in Kidal or Gao, and Malian troops "
                     "entered Anefis on Friday. Soldiers shelled the town on Saturday.")
    assert events and not any(e.location in ("Kidal", "Gao") for e in events), [(e.sub_event_type, e.location)
                                                                                for e in events]


def test_a_town_and_a_hyphened_article_name_is_a_quarter_of_the_town() -> None:
    # "Mosul al-Jadida": a quarter of Mosul, at Mosul's point, not dropped as two unknown words nor a namesake.
    events = _events("Army artillery struck Mosul al-Jadida on Monday, killing two civilians.")
    assert events and all((e.location, e.country, e.geo_precision) == ("Mosul al-Jadida", "IQ", 2) for e in events)


def _unresolved_near(text: str, name: str, country: str, near: tuple[float, float], within_km: float) -> None:
    """Every event of the text keeps the name as written, unresolved (precision 2), at the text's locator."""
    from frontlog.model.geo import km

    events = _events(text)
    assert events and all((e.location, e.country, e.location_resolved, e.geo_precision) == (name, country, False, 2)
                          for e in events), [(e.location, e.country) for e in events]
    assert all(km(e.latitude, e.longitude, *near) < within_km for e in events)


@pytest.mark.parametrize("text, name, country, near", [
    # A hotel named after another town, located by the town it is in.
    ("Gunmen attacked the Mocuba hotel in Pemba on Monday, killing six guests.", "Mocuba hotel", "MZ",
     (-12.97, 40.52)),
    # A square named with a capital, in a story filed from the capital: the dateline's town (rule place.named_site).
    ("Minsk, Belarus — Riot police detained dozens of people in Grodno Square on Sunday evening.", "Grodno Square",
     "BY", (53.90, 27.57)),
])
def test_a_site_named_after_a_town_is_where_the_text_locates_it(text: str, name: str, country: str,
                                                               near: tuple[float, float]) -> None:
    _unresolved_near(text, name, country, near, 10)


def test_a_site_named_after_a_town_with_no_other_locator_is_the_town() -> None:
    events = _events("Fighters blew up the Mosul bridge on Tuesday, police said.")
    assert events and all((e.location, e.country) == ("Mosul", "IQ") for e in events)


def test_a_name_after_the_statue_of_is_a_person() -> None:
    # Leopold is also a town in Australia; the statue's subject is a person, the act is in Kinshasa.
    events = _events("Protesters toppled a statue of Leopold in Kinshasa on Monday and torched a police post.")
    assert events and all((e.location, e.country) == ("Kinshasa", "CD") for e in events)


@pytest.mark.parametrize("text, name, country, near", [
    # Russia's Dubovkas lie hundreds of km from Kharkiv: the text's own locator wins, the name kept as written,
    # at Kharkiv's point moved 30 km east (place.distance_offset).
    ("Russian troops shelled Dubovka, 30 km east of Kharkiv, on Monday.", "Dubovka", "UA", (49.99, 36.65)),
    # Neither Cameroon's Bali nor Indonesia's is a village north of Gusau (12.17 N, 6.66 E): 20 km north of it.
    ("Bandits attacked the village of Bali, 20 km north of Gusau, on Monday.", "Bali", "NG", (12.35, 6.66)),
])
def test_a_namesake_abroad_far_from_the_town_locating_it_gives_way(text: str, name: str, country: str,
                                                                  near: tuple[float, float]) -> None:
    _unresolved_near(text, name, country, near, 15)


@pytest.mark.parametrize("text, town", [
    ("Jihadists attacked Kidal, north of Gao, on Monday.", "Kidal"),  # in Y's country a wire locates loosely
    ("Separatists ambushed an army convoy near Bali, north of Bamenda, on Friday.", "Bali"),
])
def test_a_town_in_the_locators_country_is_kept(text: str, town: str) -> None:
    events = _events(text)
    assert events and all((e.location, e.location_resolved) == (town, True) for e in events)


def test_a_place_after_a_clause_break_does_not_locate_an_unknown_name() -> None:
    # "..., and in Eldoret": the town of the next clause is no locator of the junction; the paragraph's town is.
    from frontlog.extract.places import place_finder
    from frontlog.knowledge.base import KnowledgeBase
    from frontlog.model.geo import km

    text = ("In Kisumu, protesters blocked the Kondele junction on Friday to demand lower fuel prices, and in Eldoret "
            "a crowd walked quietly to the governor's office.")
    located = place_finder(KnowledgeBase.load()).locate(text)
    junction = [p for m, p in located if m.text == "Kondele junction"]
    assert junction and all(km(p.lat, p.lon, -0.10, 34.76) < 15 for p in junction), located


def _located(text: str) -> dict[str, object]:
    from frontlog.extract.places import place_finder
    from frontlog.knowledge.base import KnowledgeBase

    return {m.text: p for m, p in place_finder(KnowledgeBase.load()).locate(text)}


def test_a_capitalised_article_inside_an_unknown_name_keeps_the_name_whole() -> None:
    # "Souq Al Khamis": not "Souq" alone, nor "Al Khamis" read as a namesake; placed by the town listed with it.
    located = _located("Fighters clashed in Souq Al Khamis and Msallata town on Sunday.")
    assert "Souq Al Khamis" in located and "Souq" not in located, located
    assert located["Souq Al Khamis"].country == "LY" and not located["Souq Al Khamis"].resolved


def test_a_known_place_of_the_list_locates_an_unknown_one_before_the_place_after_the_list() -> None:
    # Garabulli lies beside Qasr Khiyar, 50 km east of Tripoli: the list's neighbour is the closer clue.
    from frontlog.model.geo import km

    located = _located("Gunmen attacked Qasr Al Akhyar and Garabulli town east of Tripoli on Monday.")
    town = located["Garabulli"]
    assert not town.resolved and km(town.lat, town.lon, 32.75, 13.72) < 25, located


@pytest.mark.parametrize("text, country, army", [
    ("NAIROBI, Kenya (AP) — Al-Shabaab fighters attacked an army base in southern Somalia on Tuesday, killing at "
     "least ten soldiers, officials said.", "SO", "Military Forces of Somalia"),
    ("DAKAR, Senegal (AP) — Jihadists killed 12 soldiers in an ambush in northern Burkina Faso on Sunday, the army "
     "said.", "BF", "Military Forces of Burkina Faso"),
])
def test_a_dateline_abroad_is_no_place_of_the_act(text: str, country: str, army: str) -> None:
    # Filed from a neighbour's capital: the act is in the country the text names (precision 3), with its army.
    events = _events(text)
    assert events and all((e.country, e.geo_precision) == (country, 3) for e in events), [
        (e.location, e.country) for e in events]
    assert any(army in (e.actor1, e.actor2) for e in events)


def test_a_short_report_that_names_only_a_country_is_placed_at_the_country() -> None:
    # No town, no dateline (a headline feed, a one-line brief): the act told in a country is that country's,
    # precision 3 (rule place.country_named), not dropped for want of a town.
    events = _events("Ethiopian drones struck militia camps in northern Somalia on Tuesday, killing 20 fighters.")
    assert [(e.sub_event_type, e.country, e.geo_precision) for e in events] == [("Air/drone strike", "SO", 3)], [
        (e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text, town", [
    ("JUBA, 28 March (Eye Radio) - Security forces arrested an opposition leader at his home on Friday.", "Juba"),
    ("GOMA (AFP) - Rebels shelled army positions on Monday, killing four soldiers.", "Goma"),
])
def test_a_dateline_in_the_storys_country_still_places_an_act_with_no_place(text: str, town: str) -> None:
    events = _events(text)
    assert events and all(e.location == town for e in events)


def test_a_town_described_as_a_leaders_is_no_name_in_a_list_of_leaders() -> None:
    # ", Shoigu's former command post": an apposition describing the town, not a list of leaders' names.
    events = _events("Russian troops shelled Kupiansk on Monday. Saboteurs seized part of Kalinovka, Shoigu's "
                     "former command post, until Russian troops took it back on Friday, an official said.")
    taken = [e for e in events if e.event_type == "Battles"]
    assert taken and all(e.location == "Kalinovka" for e in taken), [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text, town, country", [
    # A force's demonym names who acted: Ukraine's Pokrovsk, six times the size of Russia's, across the border.
    ("Russian forces shelled Pokrovsk on Monday, killing two civilians.", "Pokrovsk", "UA"),
    # With no bigger namesake across the border, the demonym's country stays the place's.
    ("Cameroonian soldiers burned houses in Bali on Monday.", "Bali", "CM"),
])
def test_a_forces_demonym_does_not_pull_a_town_to_a_small_namesake_at_home(text: str, town: str,
                                                                           country: str) -> None:
    events = _events(text)
    assert events and all((e.location, e.country) == (town, country) for e in events), [
        (e.location, e.country) for e in events]


@pytest.mark.parametrize("text, location", [
    ("Gunmen killed 12 villagers in Plateau State on Sunday.", "Plateau State"),
    ("Gunmen attacked a village near Bokkos in Plateau State on Sunday, killing eight people.", "Bokkos"),
])
def test_a_region_named_with_its_own_suffix_beats_a_namesake_with_a_made_up_one(text: str, location: str) -> None:
    # Nigeria's Plateau State, not Benin's Plateau department read with "State" added (gazetteer._load_admin1).
    events = _events(text)
    assert events and all((e.location, e.country) == (location, "NG") for e in events), \
        [(e.location, e.country) for e in events]
