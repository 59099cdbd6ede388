"""Long wire stories (issue 9, benchmarks/wire) through the whole extractor, on sentences written for these tests
with the real spaCy model, gazetteer and actor table: what a long story tells besides its act (background, tallies,
anniversaries, retellings) and how its acts are coded."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.model.records import Event


def summary(events: list[Event]) -> list[tuple]:
    return [(e.sub_event_type, e.actor1, e.location) for e in events]


def test_crowds_looting_shops_in_unrest_are_rioters_not_looting_by_an_armed_group() -> None:
    events = run("Crowds looted shops and warehouses in Kisumu on Tuesday after the election result was announced.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Violent demonstration", "Kisumu")], summary(events)


def test_soldiers_looting_shops_stay_looting() -> None:
    events = run("Residents said soldiers looted shops in Kisumu on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"], summary(events)


def test_a_crowd_that_sets_buildings_alight_riots() -> None:
    events = run("Protesters set alight the town hall in Kisumu on Tuesday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Violent demonstration", "Kisumu")], summary(events)


def test_a_surname_given_with_a_title_is_the_person_when_it_stands_alone_later() -> None:
    text = ("Supporters of former President Lenin Moreno marched through Quito on Monday. "
            "On Tuesday, crowds that blamed Moreno for the crisis set fire to a police post in Guayaquil.")
    events = run(text)
    assert "Moreno" not in {e.location for e in events}, summary(events)
    assert ("Violent demonstration", "Guayaquil") in {(e.sub_event_type, e.location) for e in events}, summary(events)


def test_the_capital_is_the_capital_of_the_country_the_story_is_about() -> None:
    events = run("Protesters blocked roads in Kisumu on Tuesday, Kenyan police said. A Ugandan minister said in "
                 "Kampala that trade had stopped. Police in the capital arrested 40 people on Wednesday.")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert [(e.location, e.geo_precision) for e in arrests] == [("Nairobi", 1)], summary(events)
    assert "place.capital_anaphor" in arrests[0].rules


def test_a_countrys_name_with_city_after_it_is_its_capital_town() -> None:
    [e] = run("Thousands of people marched through central Djibouti city on Thursday, chanting slogans.")
    assert (e.sub_event_type, e.location, e.geo_precision) == ("Peaceful protest", "Djibouti", 1)


def test_an_act_named_as_what_an_anniversary_marks_is_not_told_again() -> None:
    events = run("Saturday was the 25th anniversary of the massacre in Srebrenica, and thousands gathered in "
                 "Potocari to remember the dead.")
    assert all(e.event_type != "Violence against civilians" for e in events), summary(events)


def test_a_capital_named_by_its_country_is_that_capital() -> None:
    events = run("A car bomb exploded in the Somali capital on Monday, killing five people, police said.")
    assert [(e.location, e.geo_precision) for e in events] == [("Mogadishu", 1)], summary(events)


def test_a_month_of_that_year_is_in_the_year_the_text_named_last() -> None:
    events = run("Fighting broke out again in 1994. In early March of that year, rebels shelled Kigali, killing "
                 "six people.")
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [(e.date_start, e.date_end) for e in shelling] == [("1994-03-01", "1994-03-10")], summary(events)
    assert "date.that_year" in shelling[0].rules


def test_towns_each_after_a_preposition_of_its_own_are_one_list() -> None:
    events = run("Rioting spread on Tuesday to the port city of Mombasa and to Kisumu, where crowds burned shops.")
    assert {e.location for e in events} >= {"Mombasa", "Kisumu"}, summary(events)


def test_fighting_that_died_down_is_the_fighting_just_told_not_a_second_clash() -> None:
    events = run("Soldiers of Sudan and South Sudan clashed in Heglig on Tuesday, killing 20 soldiers, the army "
                 "said. The clashes had subsided by Friday.", published=dt.date(2012, 4, 20))
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Heglig")], summary(events)
    assert "discourse.continuation" in events[0].rules


def test_a_site_named_with_its_kind_and_then_by_its_kind_alone() -> None:
    events = run("Thai and Cambodian soldiers dug in around the Preah Vihear temple on Monday. "
                 "In October 2008 a gun battle near the temple left two soldiers dead.", published=dt.date(2011, 2, 8))
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert [e.location for e in clashes] == ["Preah Vihear Temple"], summary(events)
    assert "place.site_anaphor" in clashes[0].rules


def test_marches_in_named_towns_are_protests_there_without_another_protest_word() -> None:
    events = run("Marches in Kisumu and Mombasa drew thousands on Tuesday.")
    assert {(e.sub_event_type, e.location) for e in events} == {
        ("Peaceful protest", "Kisumu"), ("Peaceful protest", "Mombasa")}, summary(events)


def test_troops_on_the_march_are_no_protest() -> None:
    events = run("A column of troops on the march in Kisumu was seen by residents on Tuesday.")
    assert all(e.event_type != "Protests" for e in events), summary(events)


def test_a_title_case_headline_word_after_a_preposition_is_no_place() -> None:
    # Headlines capitalise every word: "In Stunning Reversal" names no place that an act could be coded at.
    from frontlog.extract.places import place_finder
    from frontlog.knowledge.base import KnowledgeBase

    text = ("In Stunning Reversal, Afghan Army Retakes Town Near Kunduz\n\n"
            "Afghan troops recaptured the town of Imam Sahib from the Taliban on Monday, officials said.")
    names = [m.text for m, _p in place_finder(KnowledgeBase.load()).locate_all(text)[0]]
    assert names == ["Kunduz", "Imam Sahib"]
    # In prose the same cue still names a place the gazetteer does not know.
    events = run("Gunmen killed nine soldiers in Kalembe-Nord, north of Rutshuru, on Sunday, the army said.")
    assert "Kalembe-Nord" in {e.location for e in events}, summary(events)


def test_taking_turns_at_a_place_takes_no_ground() -> None:
    events = run("Troops fired on mourners in Lome on Tuesday. In the Lome church, relatives took turns guarding "
                 "the coffins.")
    territory = {"Non-state actor overtakes territory", "Government regains territory",
                 "Non-violent transfer of territory"}
    assert not territory & {e.sub_event_type for e in events}, summary(events)
    events = run("Rebels took the town of Kasiro, north of Rutshuru, on Monday, residents said.")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"], summary(events)


def test_shots_fired_into_the_air_are_no_air_strike() -> None:
    # Warning shots: "air" here is the sky, not an aircraft; the raid that killed the farmers is an attack.
    events = run("JOS, Nigeria (Reuters) - Gunmen fired into the air as they stormed the village of Bokkos on Monday, "
                 "killing two farmers.")
    assert [e.sub_event_type for e in events] == ["Attack"], summary(events)
    # An aircraft word elsewhere in the sentence still makes an air strike.
    events = run("Jets bombed an air base near Maiduguri on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], summary(events)


def test_an_offset_from_another_anchor_never_dates_an_act_after_the_report() -> None:
    # "two days after launching the offensive" counts from the launch, not from the act told before it: an act
    # reported on 3 May cannot be dated 5 May.
    events = run("BAMAKO, Mali (AFP) - Jihadist fighters overran an army camp in Boulkessi on Tuesday. Fighters "
                 "entered the outskirts of Mopti, two days after launching the offensive.",
                 published=dt.date(2022, 5, 3))
    assert events and all(str(e.date_end) <= "2022-05-03" for e in events), \
        [(e.sub_event_type, e.location, e.date_start, e.date_end) for e in events]


def test_a_headline_at_the_country_sums_up_the_acts_the_body_places_in_its_towns() -> None:
    # drop.headline_summary: the headline's protests at "Senegal" are the body's, told town by town.
    # Its lede sums up at the country too, and the towns lie too far from the capital for the merge to join them.
    body = ("DAKAR, March 6 - Calm returned to Senegal on Saturday after two days of opposition protests in which six "
            "people died. Police used tear gas and bullets on protesters in Ziguinchor on Friday, killing four "
            "people, hospital officials said. In Tambacounda, police broke up a march with tear gas on Friday.")
    events = run("Senegal: six dead as police crush opposition protests\n\n" + body)
    assert sorted(e.location for e in events) == ["Tambacounda", "Ziguinchor"], summary(events)
    # Control: a body that tells no act of the headline's kind leaves the headline's record.
    events = run("Senegal: six dead as police crush opposition protests\n\nDAKAR, March 6 - The opposition called "
                 "a general strike for Monday.")
    assert [e.evidence[0] for e in events if e.event_type == "Protests"] == [
        "Senegal: six dead as police crush opposition protests"], summary(events)


def test_a_key_points_list_gives_each_item_its_own_sentence() -> None:
    # A line that opens with a bullet starts a sentence: the items were one run-on sentence, whose shelling was
    # placed at the town the first item named.
    from frontlog.extract.nlp import load_model

    text = ("LIVE: Army retakes Kalehe as rebels push south\n\nKey points\n- The army says it has retaken Kalehe\n"
            "- Shelling kills three civilians in Minova\n- Rebel leader vows to fight on\n")
    sents = [s.text.strip() for s in load_model()(text).sents]
    assert "Shelling kills three civilians in Minova" in [s.lstrip("- ") for s in sents], sents
    events = run(text + "\nShells fired by the rebels killed three civilians in Minova on Thursday, a local "
                 "official said.")
    assert [e.location for e in events if e.sub_event_type.startswith("Shelling")] == ["Minova"], summary(events)


def test_a_run_in_heading_of_a_monitors_report_is_no_act() -> None:
    # drop.run_in_heading: the section's name ("Arrests and demonstrations.") is no protest of its own.
    report = ("Situation report, Kayah State, 12 March\n\nArrests and demonstrations. Junta soldiers detained 14 young "
              "men at a checkpoint in Loikaw on 9 March, local monitors said.\n\nAir strikes. Military jets bombed a "
              "village near Demoso on 10 March, killing four civilians.")
    events = run(report)
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Arrests"], summary(events)
    assert "Loikaw" in {e.location for e in events}, summary(events)
    # Control: a short sentence with a verb opening a paragraph tells an act.
    events = run("Situation report, Kayah State, 12 March\n\nSoldiers detained 14. The arrests took place in Loikaw on "
                 "9 March, local monitors said.")
    assert [e.sub_event_type for e in events] == ["Arrests"], summary(events)


def test_the_dead_there_after_force_and_a_riot_in_one_sentence_are_the_forces_toll() -> None:
    # subtype.victims.protest_story reads every act of the sentence before, not only its last (the riot here).
    events = run("Gendarmes fired on protesters in Labe on Wednesday after the crowd torched a ruling-party office. "
                 "Seven people were killed there, a doctor said.")
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [
        ("Excessive force against protesters", 7), ("Violent demonstration", None)], summary(events)


def test_a_paragraph_opening_on_a_capitalised_noun_keeps_it_in_its_sentence() -> None:
    # The parser cut "Government | forces shelled the town" after a headline, and the doer was lost; a lower-case
    # word right after a word starts no sentence.
    from frontlog.extract.nlp import load_model

    text = "Clashes in Syria\n\nGovernment forces shelled the town of Ariha on Tuesday, wounding six people.\n"
    sents = [s.text.strip() for s in load_model()(text).sents]
    assert "Government forces shelled the town of Ariha on Tuesday, wounding six people." in sents, sents
    events = run(text, published=dt.date(2019, 6, 14))
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Shelling/artillery/missile attack", "Syrian Government Forces")], summary(events)
