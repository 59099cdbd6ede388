"""Review mends of session 27 (branch menda), on sentences written for these tests: a withdrawal from one place
makes no hand-over of another (settle.unopposed_transfer through patterns.yaml `withdrawn_first`); a leader noun
arrested after a crowd is a movement's figure only when told as someone's (settle.figures_arrested_after_crowd)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2024, 5, 8)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=DAY))


def test_a_withdrawal_from_one_place_makes_no_handover_of_another() -> None:
    subs = _subs("Russian forces withdrew from Kherson on Friday, and Ukrainian troops captured the village of "
                 "Snihurivka.")
    assert subs == ["Government regains territory"]


def test_a_taking_with_a_massacre_after_a_retreat_is_by_force() -> None:
    subs = _subs("Government troops retreated to their barracks, and rebels overran Bambari on Monday, massacring "
                 "20 civilians.")
    assert "Non-violent transfer of territory" not in subs


def test_the_place_left_entered_by_name_is_a_handover() -> None:
    assert _subs("Russian troops pulled out of Kupiansk on Saturday, and Ukrainian forces entered Kupiansk hours "
                 "later.") == ["Non-violent transfer of territory"]


def test_a_withdrawal_naming_no_place_hands_over_the_place_taken() -> None:
    assert _subs("Following the withdrawal of French troops, jihadists seized Menaka on Tuesday.") \
        == ["Non-violent transfer of territory"]


def test_a_bare_head_arrested_after_a_march_belongs_to_it() -> None:
    subs = _subs("Thousands of nurses marched through Lilongwe on Monday. Police arrested the head and 30 others "
                 "afterwards.")
    assert subs == ["Protest with intervention"]


def test_the_leaders_of_a_union_arrested_after_a_march_are_an_arrest_of_their_own() -> None:
    assert "Arrests" in _subs("Thousands of nurses marched through Lilongwe on Monday. Police arrested two leaders "
                              "of their union afterwards.")
