"""Types of real reporting, round 3 (session 30, branch types13): aircraft that "raided" positions (an air strike),
"took off from X" and "seized the opportunity" (no taking), "targeting" on a device's verb (its target, no air
strike), "hit by gunfire" (a shooting, no shelling), "claimed control of", a counter-offensive at a place, a bus that
"came under fire" (an attack on civilians), and an old dated fight that is not the fighting of a later capture of its
place; each with its converse. Through the whole extractor, on sentences written for these tests (other wars and
towns than the probes of benchmarks/probes/types13.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2024, 5, 15)


def _subs(text: str, day: dt.date = DAY) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=day))


# triggers.yaml: raid (VERB) with the air_doer need (needs.yaml)
def test_helicopters_that_raided_positions_made_an_air_strike() -> None:
    subs = _subs("Afghan helicopters raided Taliban positions near Lashkar Gah on Sunday, officials said.",
                 dt.date(2016, 8, 16))
    assert subs == ["Air/drone strike"]


def test_soldiers_who_raided_a_camp_made_no_air_strike() -> None:
    subs = _subs("Soldiers raided a rebel camp near Beni on Sunday, killing four fighters, the army said.")
    assert "Air/drone strike" not in subs


# triggers.yaml: take (territory) without "take off"; seize without "seize the opportunity"
def test_a_plane_that_took_off_from_a_town_took_no_ground() -> None:
    subs = _subs("A military plane that took off from Kandahar crashed near Ghazni on Monday, officials said.",
                 dt.date(2019, 3, 12))
    assert not any("territory" in s for s in subs)


def test_seizing_the_opportunity_of_a_meeting_takes_no_ground() -> None:
    subs = _subs("Rival leaders seized the opportunity of a visit to Juba to meet in private on Monday.")
    assert not any("territory" in s for s in subs)


# settle.target_of_device
def test_targeting_on_a_blast_names_its_target_and_makes_no_strike() -> None:
    subs = _subs("Four soldiers were killed on Monday when a roadside bomb exploded near Tikrit, targeting their "
                 "patrol, police said.", dt.date(2014, 2, 4))
    assert subs == ["Remote explosive/landmine/IED"]


def test_jets_targeting_a_convoy_beside_a_bomb_stay_a_strike() -> None:
    subs = _subs("Jets struck a convoy near Tikrit on Monday, targeting militant leaders, and a roadside bomb "
                 "exploded in Samarra, police said.", dt.date(2014, 2, 4))
    assert "Air/drone strike" in subs and "Remote explosive/landmine/IED" in subs


# triggers.yaml: hit / wound by with the gunfire need; hit (@strike) without small arms
def test_a_car_hit_by_gunfire_is_a_shooting_not_shelling() -> None:
    subs = _subs("A car carrying three teachers was hit by gunfire near Kidal on Sunday, killing one of them.")
    assert "Shelling/artillery/missile attack" not in subs and "Attack" in subs


def test_a_house_hit_by_a_shell_stays_shelling() -> None:
    subs = _subs("A house was hit by an artillery shell in Kramatorsk on Sunday, killing two residents.")
    assert "Shelling/artillery/missile attack" in subs


def test_a_bomb_that_wounded_officers_is_the_bomb() -> None:
    subs = _subs("A roadside bomb wounded four officers near Garissa on Monday.", dt.date(2014, 2, 4))
    assert subs == ["Remote explosive/landmine/IED"]


# triggers.yaml: claim * control
def test_claimed_control_of_a_town_is_a_taking() -> None:
    subs = _subs("Insurgents claimed control of Quissanga on Friday.", dt.date(2020, 3, 30))
    assert subs == ["Non-state actor overtakes territory"]


# triggers.yaml: counteroffensive, counter offensive
def test_a_counter_offensive_near_a_town_is_a_fight_and_an_announced_one_is_not() -> None:
    assert _subs("The army launched a counter-offensive against the rebels near Butembo on Monday.") == ["Armed clash"]
    assert _subs("The army announced a counter-offensive to retake Butembo, a spokesman said.") == []


# settle.fighting_into_capture: a fight dated a season or more before every capture of its place stays its own act
def test_an_old_dated_fight_is_not_the_fighting_of_a_later_capture() -> None:
    events = run("Russian forces said on Monday they had retaken Robotyne, a village Ukraine won back in its 2023 "
                 "counteroffensive.", published=dt.date(2024, 5, 15))
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    takings = [e for e in events if "territory" in e.sub_event_type]
    assert clashes and takings and all(str(t.date_start).startswith("2024") for t in takings)


# triggers.yaml: come under (*) fire with the civilian_vehicle_doer need (@attack: whom it hit decides)
def test_a_bus_that_came_under_fire_is_an_attack_on_civilians() -> None:
    subs = _subs("A passenger bus came under fire near Peshawar on Tuesday, wounding three passengers.",
                 dt.date(2023, 12, 27))
    assert subs == ["Attack"]


def test_a_patrol_that_came_under_fire_stays_a_clash() -> None:
    subs = _subs("An army patrol came under fire near Peshawar on Tuesday, police said.", dt.date(2023, 12, 27))
    assert subs == ["Armed clash"]
