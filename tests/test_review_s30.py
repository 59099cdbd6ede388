"""Counter-sentences of session 30's review, written for these tests: a clash told at "another time" is no crowd's
clash; a killing after a march that only speaks of old killings is no crackdown's toll."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2022, 3, 8)


def test_clashes_told_later_that_day_are_not_the_protest_s() -> None:
    events = run("Hundreds of residents protested in Kharkiv on Monday against power cuts. Later on Monday, heavy "
                 "clashes in Kharkiv killed four people.", published=PUBLISHED)
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Peaceful protest"]


def test_a_killing_after_a_march_for_old_victims_is_no_crackdown() -> None:
    events = run("Hundreds of protesters marched in Conakry on Thursday to demand justice for two men killed by "
                 "police last month. On Saturday, two people were killed in Labe, residents said.",
                 published=PUBLISHED)
    labe = [e for e in events if e.location == "Labe"]
    assert labe and all(e.sub_event_type != "Excessive force against protesters" for e in labe)


def test_the_crackdown_s_dead_town_by_town_stay_excessive_force() -> None:
    events = run("Security forces fired on protesters in several towns on Friday, killing 12. Seven people were "
                 "killed in Homs and two in Hama, activists said.", published=PUBLISHED)
    assert any(e.location == "Homs" and e.sub_event_type == "Excessive force against protesters"
               for e in events)
