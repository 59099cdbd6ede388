"""Explosions and remote violence (issue 9) through the whole extractor, on sentences written for these tests with
the real spaCy model, gazetteer and actor table: rockets or missiles fired by an aircraft are an air strike, and a
count of strikes over years is a tally, not an act. Each mechanism is tried on three wars, with sentences that must
keep their reading."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text as run
from conftest import only_event as only


@pytest.mark.parametrize("text", [
    "Sri Lankan helicopter gunships fired rockets at rebel positions outside Kilinochchi on Monday, the military said.",
    "A U.S. drone fired two missiles at a car near Jilib in southern Somalia on Monday, killing three al Shabaab "
    "fighters, officials said.",
    "Libyan National Army warplanes fired rockets at a militia depot in Misrata on Monday, a spokesman said.",
])
def test_rockets_or_missiles_fired_by_an_aircraft_are_one_air_strike(text: str) -> None:
    e = only(text)
    assert e.sub_event_type == "Air/drone strike"
    assert "subtype.fired_from_air" in e.rules or "subtype.trigger" in e.rules


@pytest.mark.parametrize("text", [
    "Russian artillery units fired rockets at the outskirts of Kharkiv on Monday while jets circled overhead, "
    "officials said.",
    "Rebels fired rockets at the helicopter base in Gao on Monday, the Malian army said.",
    "Houthi fighters fired missiles at a helicopter base in Marib on Monday, the coalition said.",
])
def test_rockets_fired_from_the_ground_stay_shelling(text: str) -> None:
    e = only(text)
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert "subtype.fired_from_air" not in e.rules


@pytest.mark.parametrize("text", [
    "U.S. drones have carried out more than 300 strikes in Yemen's Shabwa province since 2009, researchers said.",
    "Israeli warplanes have carried out hundreds of strikes on Gaza City since 2008, a rights group said.",
    "Turkish drones have carried out dozens of strikes near Qamishli since 2019, Kurdish officials said.",
])
def test_a_count_of_strikes_over_years_is_a_tally_not_an_act(text: str) -> None:
    assert run(text, dt.date(2021, 6, 2)) == []


@pytest.mark.parametrize("text", [
    "Militants have fired rockets at Bannu since Monday, police said.",
    "M23 rebels have shelled Sake since Saturday, the army said.",
    "Russian jets have bombed Idlib since Sunday, rescuers said.",
])
def test_strikes_since_a_recent_day_are_still_an_act(text: str) -> None:
    e = only(text)
    assert e.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "Militants clashed with troops near Bir al-Abd on Monday. Since then the air force has resorted to aerial "
    "bombardments of insurgent camps, residents said.",
    "Taliban fighters clashed with police near Lashkar Gah on Monday. The insurgents have increasingly turned to "
    "roadside bombs, officials said.",
    "Shabaab fighters clashed with troops near Afgoye on Monday. The group has switched to mortar attacks on "
    "army bases, a commander said.",
])
def test_a_way_of_fighting_taken_up_is_no_act(text: str) -> None:
    events = run(text)
    assert [e.event_type for e in events] == ["Battles"], [(e.sub_event_type, e.evidence) for e in events]


@pytest.mark.parametrize("text", [
    "After talks failed, the army resorted to shelling Kidal on Monday, residents said.",
    "The rebels turned their guns on Bunia and shelled the airport on Monday, the U.N. said.",
    "Residents turned to the radio for news as jets bombed Kidal on Monday.",
])
def test_single_acts_told_after_such_verbs_stay(text: str) -> None:
    events = run(text)
    assert any(e.event_type == "Explosions/Remote violence" for e in events), [(e.sub_event_type, e.evidence)
                                                                            for e in events]
    assert all("modality.practice" not in e.rules for e in events)


@pytest.mark.parametrize("text", [
    "Roadside bombs and landmines planted along the roads around Arish have slowed the army's advance, "
    "officials said.",
    "Improvised explosive devices hidden in the fields around Marawi have slowed the army's advance, a colonel said.",
    "Landmines buried along the road near Ituango keep farmers away from their fields, residents say.",
])
def test_devices_lying_in_place_are_a_state_not_an_explosion(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "A roadside bomb planted under a bridge near Kandahar killed four soldiers on Monday, officials said.",
    "Two bombs planted in Mogadishu's Bakara market exploded on Monday, killing five people, police said.",
    "Landmines planted by Boko Haram killed three soldiers near Gwoza on Monday, the army said.",
])
def test_placed_devices_that_went_off_are_an_act(text: str) -> None:
    e = only(text)
    assert e.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(("text", "published", "anchor_day"), [
    ("Hezbollah fired rockets at Safed in response to the April 1 air strike in Damascus, the group said.",
     dt.date(2024, 4, 14), dt.date(2024, 4, 1)),
    ("Russian forces shelled Kharkiv in retaliation for the Monday drone strike on Belgorod, officials said.",
     dt.date(2024, 5, 22), dt.date(2024, 5, 20)),
    ("Boko Haram fired mortars at Maiduguri in revenge for the Sunday air strike on its fighters, the army said.",
     dt.date(2019, 5, 22), dt.date(2019, 5, 19)),
])
def test_a_date_of_the_act_answered_is_not_the_date_of_the_answer(text: str, published: dt.date,
                                                                  anchor_day: dt.date) -> None:
    events = run(text, published)
    answers = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert answers, [(e.sub_event_type, e.location) for e in events]
    for e in answers:
        assert (e.date_start, e.date_end) != (anchor_day.isoformat(), anchor_day.isoformat())
        assert "date.anchor_act_own" in e.rules


@pytest.mark.parametrize(("text", "day"), [
    ("Government jets bombed Idlib after midnight on Monday, rescuers said.", dt.date(2019, 5, 20)),
    ("Rebels shelled Goma in the Monday attack on the city, the army said.", dt.date(2019, 5, 20)),
    ("Shabaab fighters fired mortars at Mogadishu after the Monday prayers, police said.", dt.date(2019, 5, 20)),
])
def test_a_date_of_the_act_itself_or_of_a_moment_stays(text: str, day: dt.date) -> None:
    e = only(text)
    assert (e.date_start, e.date_end) == (day.isoformat(), day.isoformat())
    assert "date.anchor_act_own" not in e.rules


# ---- who hit whom, and with what (the remote.jsonl probes' causes, on sentences written for these tests) -------

@pytest.mark.parametrize(("text", "expected"), [
    # The forces an attack's noun hit as the object of its verb, or after "on", were attacked, by someone unnamed.
    ("A mortar attack killed three soldiers near Menaka on Tuesday.",
     ("Shelling/artillery/missile attack", "Unidentified Armed Group (Mali)", "Military Forces of Mali")),
    ("An attack on a police convoy near Bannu killed three policemen on Tuesday.",
     ("Armed clash", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")),
    # Warplanes with no flag that hit the country's own forces are not that country's air force.
    ("A drone strike killed four soldiers near Tessalit on Tuesday.",
     ("Air/drone strike", None, "Military Forces of Mali")),
])
def test_the_forces_an_attack_hit_are_its_target(text: str, expected: tuple) -> None:
    e = only(text)
    assert (e.sub_event_type, e.actor1, e.actor2) == expected


def test_a_grenade_attack_is_one_grenade_event() -> None:
    e = only("A grenade attack on a nightclub in Bujumbura wounded nine people on Saturday.")
    assert (e.sub_event_type, e.actor2) == ("Grenade", "Civilians")


@pytest.mark.parametrize("text", [
    "Gunmen opened fire with rifles on a police patrol near Quetta on Tuesday, killing two officers.",
    "Gunmen attacked a checkpoint near Quetta with guns and grenades on Tuesday.",
])
def test_small_arms_make_a_fight_not_a_shelling(text: str) -> None:
    assert [e.sub_event_type for e in run(text)] == ["Armed clash"]


@pytest.mark.parametrize(("text", "expected"), [
    # "Israeli fire", "Russian mortar fire": a demonym before fire names the force that fired.
    ("Three Palestinians were killed by Israeli fire in Nablus on Tuesday.",
     ("Attack", "Israel Defense Forces", "Civilians")),
    ("Russian mortar fire wounded two farmers near Kupiansk on Tuesday.",
     ("Shelling/artillery/missile attack", "Russian Armed Forces", "Civilians")),
])
def test_fire_of_a_nation_is_its_forces(text: str, expected: tuple) -> None:
    e = only(text)
    assert (e.sub_event_type, e.actor1, e.actor2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A state's forces that "bombed" a place, with no aircraft named, bombed it from the air.
    ("The Sudanese army bombed a market in El Obeid on Monday, killing 12 people.",
     ("Air/drone strike", "Sudanese Armed Forces", "Civilians")),
    # Air strikes in Lebanon with no flag named are Israel's (actors.tsv: default=air@LB), not the Lebanese army's.
    ("An air strike on a motorbike near Nabatieh killed a Hezbollah fighter on Monday.",
     ("Air/drone strike", "Israel Defense Forces", "Hezbollah")),
])
def test_who_bombs_from_the_air(text: str, expected: tuple) -> None:
    e = only(text)
    assert (e.sub_event_type, e.actor1, e.actor2) == expected


def test_an_armed_group_that_bombed_a_place_struck_no_air_strike() -> None:
    assert "Air/drone strike" not in [e.sub_event_type for e in run("Militants bombed a police station in Bannu on "
                                                                    "Monday.")]
