"""Acts with no place in their own sentence (issue 9, session 29: real wire excerpts): a lead act whose place the
next sentences give (rule place.lead_named_next) and "the X region" of a town whose region bears another name
(rule place.town_region). Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.places import place_finder
from frontlog.knowledge.base import KnowledgeBase

PUBLISHED = dt.date(2021, 6, 14)


def test_a_lead_act_takes_the_town_the_next_sentence_names() -> None:
    events = run("Nine soldiers died when militants ambushed an army patrol in the west of the country on Sunday, the "
                 "defence ministry said. The patrol was attacked near Tillaberi as it returned to base.",
                 published=PUBLISHED)
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Tillaberi")]


def test_a_lead_act_takes_a_region_when_the_next_sentences_name_no_town() -> None:
    events = run("Dozens of fighters were killed in clashes between the army and rebels over the weekend, a monitor "
                 "said on Monday. The rebels had launched an assault on army posts in Tigray region on Friday.",
                 published=PUBLISHED)
    assert {e.location for e in events if e.sub_event_type == "Armed clash"} == {"Tigray Region"}


def test_the_next_sentence_s_source_seat_and_origin_are_no_place_of_the_lead() -> None:
    # "officials in Kano said", "travelling from Kaduna": who spoke and where people came from
    events = run("Gunmen abducted 18 passengers from a bus on Saturday. The bus was travelling from Kaduna, officials "
                 "in Kano said.", published=PUBLISHED)
    assert [e.location for e in events] == []


def test_an_act_after_a_placed_act_does_not_look_ahead() -> None:
    # the story has placed an act: an unplaced one after it follows the usual fallbacks, not the next sentences
    events = run("Gunmen killed six villagers in Gusau on Sunday, police said. Days later gunmen killed a trader. "
                 "Separately, soldiers raided a camp near Tsafe.", published=PUBLISHED)
    assert "Tsafe" not in {e.location for e in events if e.sub_event_type == "Attack"}


def test_the_region_of_a_town_is_the_town_at_precision_two() -> None:
    finder = place_finder(KnowledgeBase.load())
    found = {m.text: (m.candidates[0].name, m.precision)
             for m in finder.find_mentions("Shelling in the Bakhmut region and the Kharkiv region killed two.")}
    assert found["Bakhmut region"] == ("Bakhmut", 2)
    assert found["Kharkiv region"] == ("Kharkiv Oblast", 3)  # a region of the town's name stays the region


def test_a_town_region_is_no_near_spelling_of_a_foreign_region() -> None:
    events = run("Islamic State fighters captured a dozen villages in northern Syria, in the Kobani region, on "
                 "Thursday, Kurdish officials said.", published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [("Non-state actor overtakes territory", "Kobani")]


def test_a_lead_does_not_take_a_town_of_another_country_named_next() -> None:
    events = run("Jihadists killed 12 civilians in an attack on a hamlet in northern Mali on Saturday. In neighbouring "
                 "Niger, soldiers repelled an assault on their post near Tillaberi on Sunday.", published=PUBLISHED)
    assert [e.location for e in events if e.sub_event_type == "Attack"] == []


def test_a_lead_naming_a_town_of_its_own_does_not_look_ahead() -> None:
    # "from Hodeidah": where the missile left from is no place of the act, and the next sentence's town is another's
    events = run("Houthi forces fired an anti-ship missile from Hodeidah on Tuesday, the US military said. American "
                 "jets had struck targets near Sanaa on Friday.", published=PUBLISHED)
    assert "Sanaa" not in {e.location for e in events if e.sub_event_type != "Air/drone strike"}
