"""Review mends of session 22 (lead22): police firefights kept as battles, a mass arrest ordered is no arrest, a
decade told with a curly apostrophe. Sentences written for these tests, run through the whole extractor (real
spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import _default_grammar

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
