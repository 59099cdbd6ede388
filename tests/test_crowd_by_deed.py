"""People a state's forces fired on, told by a crowd's deed in a clause on them ("workers who had surrounded the
refinery", "farmers who had blocked the highway"), are a crowd: force against protesters, not
an attack on civilians (subtype.victims.crowd_by_state); people who were besieged are not (issue 9, session 23).
Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2019, 11, 20)


def kinds(text: str) -> list[str]:
    return [e.sub_event_type for e in run(text, published=PUBLISHED)]


def test_fired_on_supporters_who_had_surrounded_a_plant_is_force_against_protesters() -> None:
    assert kinds("Six people died when police fired on oil workers who had surrounded the refinery in Port Harcourt "
                 "on Monday.") == ["Excessive force against protesters"]


def test_fired_on_villagers_who_had_blocked_a_road_is_force_against_protesters() -> None:
    assert kinds("Six people died when troops fired on farmers who had blocked the highway outside Port Harcourt "
                 "on Monday.") == ["Excessive force against protesters"]


def test_villagers_who_had_been_besieged_are_no_crowd() -> None:
    assert kinds("Troops shot dead six farmers who had been besieged in Port Harcourt for a week.") == ["Attack"]
