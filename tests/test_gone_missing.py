"""'Went missing' told with armed men in a clause under it is an abduction ("a priest went missing after masked men
stopped his car"), the armed men its doers (actor.doer_in_clause); a person lost at sea, or soldiers missing after
an ambush, are none (issue 9, session 23). Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 9, 18)


def test_gone_missing_after_armed_men_stopped_his_car_is_an_abduction_by_them() -> None:
    events = run("A doctor went missing after armed men stopped his car near Gao on Sunday, his colleagues said.",
                 published=PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Abduction/forced disappearance", "Unidentified Armed Group (Mali)", "Civilians")]
    assert "actor.doer_in_clause" in events[0].rules


def test_gone_missing_after_a_named_group_seized_him_is_an_abduction() -> None:
    assert [e.sub_event_type for e in run("An engineer went missing near Mosul in August after Islamic State "
                                          "fighters seized him at a checkpoint.", published=PUBLISHED)
            ] == ["Abduction/forced disappearance"]


def test_gone_missing_after_visiting_armed_men_is_no_abduction() -> None:
    # (the armed side is whom he went to see, the object of his own deed: no one told taking him)
    assert "Abduction/forced disappearance" not in [
        e.sub_event_type for e in run("An aid worker went missing near Idlib last week after visiting rebel leaders "
                                      "there.", published=PUBLISHED)]


def test_gone_missing_at_sea_is_no_act_whoever_reports_it() -> None:
    assert run("A fisherman went missing off the coast of Lamu on Tuesday, police said.", published=PUBLISHED) == []


def test_soldiers_gone_missing_after_an_ambush_are_no_abduction() -> None:
    assert "Abduction/forced disappearance" not in [
        e.sub_event_type for e in run("Two soldiers went missing after militants ambushed their patrol near Bannu "
                                      "on Tuesday.", published=PUBLISHED)]
