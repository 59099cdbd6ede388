"""Violence against civilians told inside longer conflict stories (session 14's atrocities probes), through the
whole extractor (real spaCy model, gazetteer and actor table), on sentences written for these tests: killings
told beside a capture, people taken and then killed, days of the week before."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

TUE = dt.date(2024, 3, 5)  # a Tuesday


def test_a_killing_after_a_capture_is_an_act_of_its_own() -> None:
    # "a day after seizing": the taking is told as what came before, not as what killed them; the toll is the
    # killing's, told once.
    events = run("Insurgents shot dead nine farmers in Kumba on Monday, two days after taking the town from the army.",
                 TUE)
    got = sorted((e.sub_event_type, e.date_start, e.fatalities) for e in events)
    assert got == [("Attack", "2024-03-04", 9), ("Non-state actor overtakes territory", "2024-03-02", None)]


def test_a_killing_told_as_how_a_town_was_taken_stays_its_toll() -> None:
    events = run("Insurgents stormed and seized Kumba on Monday, killing 20 soldiers.", TUE)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_people_rounded_up_and_a_share_of_them_shot_is_one_attack() -> None:
    # ("shot at least 25": the lexicon reads "shoot at" there, an attack)
    events = run("Troops rounded up villagers in Kagoro on Sunday and shot at least 25 of them, residents said.", TUE)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_weekday_of_last_week_is_in_last_week() -> None:
    events = run("Militiamen burned a village near Kagoro on Monday last week, killing 12 people.", TUE)
    assert {e.date_start for e in events} == {"2024-02-26"}


def test_a_length_told_beside_a_date_is_how_long_not_when() -> None:
    events = run("Soldiers executed dozens of men in Kagoro over four days in early May 2021, a rights group said.",
                 TUE)
    assert [(e.date_start, e.date_end) for e in events] == [("2021-05-01", "2021-05-10")]
    events = run("Gunmen killed 14 villagers in Kagoro over two days last week.", TUE)
    assert [(e.date_start, e.date_end) for e in events] == [("2024-02-26", "2024-03-03")]
    # a length whose days up to publication lie after the date the sentence gives is how long, not when
    events = run("Troops killed some 300 villagers during a four-day sweep of Kagoro in May 2021, a UN report said.",
                 TUE)
    assert [(e.date_start, e.date_end) for e in events] == [("2021-05-01", "2021-05-31")]


def test_moura_in_mali_is_the_village_of_the_inner_delta() -> None:
    events = run("Malian soldiers killed dozens of villagers in Moura on Sunday, residents said.", TUE)
    assert [(e.location, e.country) for e in events] == [("Moura", "ML")]


def test_the_drone_that_filmed_a_killing_is_not_its_weapon() -> None:
    # "citing drone footage" hangs on the verb of saying: how the act is known, not what it was done with.
    events = run("Russian troops shot dead four civilians in Kostiantynivka on Sunday, the regional governor said, "
                 "citing drone footage.", TUE)
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Kostyantynivka")]


def test_people_killed_in_a_raid_that_abducted_or_burned_are_an_attack_of_their_own() -> None:
    # An abduction or a burning kills no one: the dead told after it are no toll of it.
    events = run("Bandits kidnapped 20 worshippers from a church near Kankara on Sunday. Two men who resisted were "
                 "shot dead, a survivor said.", TUE)
    assert sorted(e.sub_event_type for e in events) == ["Abduction/forced disappearance", "Attack"]
    assert {e.location for e in events} == {"Kankara"}
    # a tally since a year is no toll of that raid
    events = run("Bandits kidnapped 20 worshippers from a church near Kankara on Sunday. More than 3,000 people have "
                 "been killed in the state since 2019.", TUE)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_a_village_entered_to_kill_its_people_was_raided_not_taken() -> None:
    # "entered X and killed 30 residents": the entry is the raid's way in; no capture, the attack is kept.
    events = run("Gunmen entered the village of Kagoro on Friday and shot dead 18 residents.", TUE)
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Kagoro")]
    events = run("Soldiers entered Kagoro on Sunday and detained 15 young men.", TUE)
    assert [e.sub_event_type for e in events] == ["Arrests"]
    # a place entered after a fight for it, or where soldiers were killed, stays taken
    events = run("Rebels entered the town of Kagoro on Sunday and killed 20 soldiers.", TUE)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_people_surrounded_and_shot_are_an_attack() -> None:
    events = run("Militiamen surrounded a church in Kagoro on Friday and shot dead 12 worshippers.", TUE)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians")]
    events = run("Jihadists surrounded the army base in Kagoro on Friday and killed 30 soldiers.", TUE)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_civilians_killed_by_their_doer_during_an_offensive_are_an_attack() -> None:
    # The fight is the scene of the killing, not its weapon; passive tolls "killed during fighting" stay the fight's.
    events = run("Troops killed 14 villagers during an offensive against insurgents near Kagoro on Sunday.", TUE)
    got = sorted((e.sub_event_type, e.actor2, e.fatalities) for e in events)
    assert got == [("Armed clash", None, None), ("Attack", "Civilians", 14)]
    events = run("Fourteen villagers were killed during fighting between troops and insurgents near Kagoro on Sunday.",
                 TUE)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_count_with_its_own_place_is_the_act_again_there() -> None:
    events = run("Gunmen killed 11 people in Kagoro and seven in Zonkwa on Saturday.", TUE)
    assert sorted(e.location for e in events) == ["Kagoro", "Zonkwa"]
    assert {e.sub_event_type for e in events} == {"Attack"}


def test_neutralised_is_a_forces_word_for_killed() -> None:
    events = run("Soldiers neutralised 12 jihadists near Djibo on Friday, the army said.", TUE)
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Djibo")]
    # (a device neutralised is made safe, as 'defused': disrupted weapons use, no killing)
    assert [e.sub_event_type for e in run("Troops neutralised an explosive device near Djibo on Friday.", TUE)] \
        == ["Disrupted weapons use"]
