"""Crowds, sixth batch (session 23, branch crowds6), through the whole extractor on sentences written for these
tests: protests told with other nouns (a human chain, pot-banging), a crowd gathered for an occasion that is no
protest, and an arrest the parse ties to the protesters."""

from __future__ import annotations

from conftest import extract_text as run


def test_a_human_chain_is_a_protest() -> None:
    [e] = run("Residents of Tripoli formed a human chain along the coast road on Sunday to demand new elections.")
    assert (e.sub_event_type, e.location) == ("Peaceful protest", "Tripoli")


def test_banging_pots_and_pans_is_a_protest() -> None:
    [e] = run("Residents of Valparaiso banged pots and pans in the streets on Tuesday night against the curfew.")
    assert (e.sub_event_type, e.location) == ("Peaceful protest", "Valparaiso")


def test_people_gathered_for_a_ceremony_are_no_protest() -> None:
    events = run("A drone strike on Monday killed 20 villagers near Mopti who had gathered for a wedding of an "
                 "opposition activist's son.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_people_gathered_against_a_ceremony_still_protest() -> None:
    [e] = run("Opposition supporters gathered in Yaounde on Monday to protest against the inauguration.")
    assert e.sub_event_type == "Peaceful protest"


def test_an_arrest_read_as_done_by_protesters_is_their_protests_intervention() -> None:
    events = run("In Kano, police fired tear gas at several hundred peaceful protesters gathered at the Sani Abacha "
                 "Stadium on Thursday and again on Friday, when officers also arrested a journalist, according to a "
                 "union.")
    assert {(e.sub_event_type, e.actor1, e.actor2) for e in events} == {
        ("Protest with intervention", "Protesters (Nigeria)", "Police Forces of Nigeria")}
    # (Thursday's and Friday's, date.again_on_day: the arrest is folded into Friday's, no Arrests of its own)
    assert len(events) == 2 and len({e.date_start for e in events}) == 2


def test_earlier_protests_told_as_known_are_no_event() -> None:
    assert run("Earlier protests against the curfew in Bamako had been put down by the police.") == []


def test_a_base_used_during_previous_protests_is_no_protest() -> None:
    events = run("Students have used the union hall in Kampala as a base during previous protests.")
    assert not any(e.event_type in ("Protests", "Riots") for e in events)


def test_earlier_clashes_with_their_day_are_an_act() -> None:
    [e] = run("Earlier clashes between protesters and police in Bamako on Monday left two people injured.")
    assert e.sub_event_type == "Violent demonstration"


def test_an_act_noun_naming_the_kind_of_a_grievance_is_the_cause() -> None:
    [e] = run("In Jos, residents demonstrated on Monday evening against the arrest campaigns carried out by the army.")
    assert (e.sub_event_type, e.actor2) == ("Peaceful protest", None)


def test_an_arrest_told_with_the_crowds_own_pronoun_invents_no_police() -> None:
    # (the pronoun is the crowd: no other subject, and no force is named anywhere)
    events = run("Demonstrators stormed the district headquarters in Gulu on Friday, where they detained two "
                 "officials.")
    assert all(e.actor2 is None or "Police" not in e.actor2 for e in events), [(e.sub_event_type, e.actor2)
                                                                               for e in events]
