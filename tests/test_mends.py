"""Review mends of session 22 (lead22): police firefights kept as battles, a mass arrest ordered is no arrest, a
decade told with a curly apostrophe. Sentences written for these tests, run through the whole extractor (real
spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import _default_grammar
from frontlog.extract.places import PlaceFinder
from frontlog.knowledge.base import default_knowledge

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def subs(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published))


# --- police whose trigger or sentence arms the other side stay a battle (drop.police_without_foe) ---------------

def test_police_exchanging_fire_stay_a_battle() -> None:
    assert subs("Police exchanged fire for three hours with a group holed up in a farmhouse outside Kisumu on "
                "Tuesday.") == ["Armed clash"]


def test_police_in_a_gun_battle_stay_a_battle() -> None:
    assert subs("Police fought a gun battle in the centre of Mombasa on Tuesday.") == ["Armed clash"]


def test_police_clashing_with_smugglers_stay_a_battle() -> None:
    assert subs("Police clashed with cattle rustlers near Marsabit on Tuesday.") == ["Armed clash"]


# --- an order of an arrest is no arrest, whatever compound names its kind; house arrest is the order itself -----

def test_a_mass_arrest_ordered_is_no_arrest() -> None:
    assert subs("The interior minister ordered the mass arrest of opposition supporters in Harare on Monday.") == []


def test_a_house_arrest_ordered_holds_its_man() -> None:
    assert subs("A court in Dhaka ordered the house arrest of the former mayor on Monday.") == ["Arrests"]


# --- a decade told with a curly apostrophe is its ten years, not its first year ----------------------------------

def test_a_decade_with_a_curly_apostrophe_is_its_ten_years() -> None:
    def found(text: str) -> list[tuple[str, str]]:
        return [(str(t.date_start), str(t.date_end)) for t in _default_grammar().find(text, PUBLISHED)]
    assert found("In the 1990\u2019s the army razed the old town.") == [("1990-01-01", "1999-12-31")]
    assert found("The army has held the valley since the 1990\u2019s.") == found(
        "The army has held the valley since the 1990s.") == [("1990-01-01", "2024-05-15")]


# --- the final review's mends (session 22, second part) ----------------------------------------------------------

def test_two_captures_with_the_sides_crossed_stay_two_whatever_an_umbrella_covers() -> None:
    # The SDF is a Syrian group, as Ahrar al-Sham is, but its taking a village from the rebels and the rebels'
    # taking it back the same day are two acts, not one capture told by the umbrella name and a named group.
    events = run("Fighters of the Syrian Democratic Forces captured the village of Tal Rifaat from rebels on Sunday, "
                 "a monitor said. Syrian rebels said they had seized Tal Rifaat back from the SDF late on Sunday.",
                 PUBLISHED)
    assert sorted((e.actor1, e.actor2) for e in events) == [
        ("Syrian Democratic Forces", "Syrian Rebels"), ("Syrian Rebels", "Syrian Democratic Forces")]


def test_the_following_day_is_not_counted_forward_from_a_dateline() -> None:
    # Counted from the filing day, "the following day" would be a day after the story was filed.
    events = run("GAO, May 13 (Reuters) - Gunmen killed five traders at a market near Gao, residents said. The "
                 "following day, soldiers arrested 12 suspects in Gao.", PUBLISHED)
    assert events and all(e.date_start <= "2024-05-13" for e in events), [(e.sub_event_type, e.date_start)
                                                                          for e in events]


def test_a_post_election_crisis_is_no_foreign_post() -> None:
    # "post" (an installation: "a Turkish post near X") must not match the prefix of "post-election".
    finder = PlaceFinder(default_knowledge())
    assert finder._scan_demonyms("Kenyan post-election violence spread to Kisumu.") == \
        finder._scan_demonyms("Kenyan election violence spread to Kisumu.")


def test_an_offensive_made_on_monday_that_reached_a_town_on_wednesday_is_dated_wednesday() -> None:
    # The relative clause dates the offensive's making; "reached Gao on Wednesday" is an act of its own then, not a
    # state of it ("the truce agreed on Friday was holding on Sunday").
    events = run("The offensive that the army launched on Monday reached the outskirts of Gao on Wednesday, killing "
                 "20 militants.", PUBLISHED)
    assert events and all(e.date_start == "2024-05-15" for e in events), [(e.sub_event_type, e.date_start)
                                                                          for e in events]
