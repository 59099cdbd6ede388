"""Session 29 (branch battles11): battles of real reporting, on sentences written for these tests (other wars than
the pages read): fighters taken in a fight are the fight, not ground taken; a capture told again by another
force of the same state, or by the taker's own claim with another loser, is one taking; a taking-back with no doer
right after a foreign or rebel side's taking is that side's; soldiers "captured" with no place of their own, told
beside a capture, are that capture."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text

DAY = dt.date(2022, 5, 18)


def run(text: str, published: dt.date = DAY):
    return extract_text(text, published=published)


def _battles(events):
    return [e for e in events if e.event_type == "Battles"]


def test_fighters_captured_are_the_fight() -> None:
    events = run("Government troops killed nine rebels and captured 21 others in fighting near Bentiu on Monday.")
    subs = [e.sub_event_type for e in _battles(events)]
    assert subs == ["Armed clash"]


def test_fighters_captured_in_a_told_fight() -> None:
    events = run("Soldiers captured 14 Ansar al-Sunna fighters after a firefight near Macomia on Sunday, the army "
                 "said.")
    assert [e.sub_event_type for e in _battles(events)] == ["Armed clash"]


def test_town_captured_stays_a_capture() -> None:
    events = run("Rebels captured the town of Bunia on Sunday after heavy fighting, residents said.")
    assert [e.sub_event_type for e in _battles(events)] == ["Non-state actor overtakes territory"]


def test_recapture_and_its_dated_capture_stay_two() -> None:
    events = run("Iraqi troops recaptured Rutba on Wednesday, a town Islamic State fighters had seized in May 2015.",
                 dt.date(2016, 5, 20))
    assert sorted(e.sub_event_type for e in _battles(events)) == [
        "Government regains territory", "Non-state actor overtakes territory"]


def test_capture_retold_by_another_force_of_the_state() -> None:
    events = run("Ethiopian troops recaptured the town of Kombolcha on Monday, the government said. A police "
                 "commander confirmed that Kombolcha had been retaken from the rebels.", dt.date(2021, 12, 7))
    assert len(_battles(events)) == 1


def test_taking_back_without_doer_after_foreign_taking() -> None:
    events = run("Russia's defence ministry said on Friday its forces had taken Ocheretyne in the Donetsk region. "
                 "'Units of the Centre group liberated the settlement of Ocheretyne,' the ministry said.",
                 dt.date(2024, 5, 5))
    battles = _battles(events)
    assert len(battles) == 1 and battles[0].actor1 == "Russian Armed Forces"


def test_soldiers_captured_beside_a_capture() -> None:
    events = run("Rebels said on Sunday they had seized the town of Kiwanja after pushing out the army. They "
                 "also said dozens of soldiers had been captured.", dt.date(2022, 11, 1))
    assert [e.sub_event_type for e in _battles(events)] == ["Non-state actor overtakes territory"]


def test_bare_troops_reported_after_foreign_taking() -> None:
    events = run("Russia said on Tuesday its forces had captured another village in Ukraine's eastern Kharkiv "
                 "region. The defence ministry said troops had taken Synkivka, north-east of Kupiansk.",
                 dt.date(2024, 3, 6))
    takings = [e for e in _battles(events) if e.sub_event_type != "Armed clash"]
    assert takings and all(e.actor1 == "Russian Armed Forces" for e in takings)


def test_troops_after_rebel_taking_unreported_stay_the_state() -> None:
    events = run("Rebels seized the town of Kaga-Bandoro, residents said. Troops took the nearby village of "
                 "Mbres.", dt.date(2022, 1, 10))
    assert sorted(e.sub_event_type for e in _battles(events)) == [
        "Government regains territory", "Non-state actor overtakes territory"]


def test_recapture_by_troops_stays_a_recapture() -> None:
    events = run("Rebels seized the town of Kaga-Bandoro on Sunday, residents said. Troops recaptured the town "
                 "hours later.", dt.date(2022, 1, 10))
    assert sorted(e.sub_event_type for e in _battles(events)) == [
        "Government regains territory", "Non-state actor overtakes territory"]


def test_town_occupied_in_the_passive_is_a_taking() -> None:
    events = run("The town of Ngala was occupied for two days during the 2014 offensive, on 6 September 2014.",
                 dt.date(2020, 5, 2))
    assert [e.sub_event_type for e in _battles(events)] == ["Non-state actor overtakes territory"]


def test_students_occupying_a_building_stay_a_protest() -> None:
    events = run("Students occupied the main hall of the university in Dakar on Monday.", dt.date(2023, 6, 6))
    assert [e.event_type for e in events] == ["Protests"]


def test_troops_told_by_the_state_after_a_background_taking_stay_the_state() -> None:
    events = run("The army said on Sunday it had recaptured Kombolcha from the rebels, months after the rebels "
                 "seized it. Troops entered the town from the south on Saturday, an army spokesman said.",
                 dt.date(2021, 12, 7))
    recent = [e for e in _battles(events) if e.date_start >= "2021-11-15"]
    assert recent and all(e.sub_event_type == "Government regains territory" for e in recent)
