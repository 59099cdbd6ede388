"""Battles told over several days, through the whole extractor (real spaCy model, gazetteer and actor table), on
sentences written for these tests: a day told as the Nth of a run of fighting dates the run (words/day_ordinals),
fighting that resumes the next day is the same fight, and "the fighting" told after a shelling with no armed side
of its own is that shelling named again, not a battle; a town taken after its defenders abandoned their base is
a hand-over, and fighting told as the length before the defenders fled is the capture's."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import find_time_expressions


def _window(sentence: str, published: dt.date) -> tuple[dt.date | None, dt.date | None]:
    e = find_time_expressions(sentence, published)[0]
    return e.date_start, e.date_end


def test_a_day_told_as_the_nth_of_a_run_starts_the_window_that_many_days_before() -> None:
    pub = dt.date(2024, 3, 7)  # a Thursday
    assert _window("Clashes went on for a fifth day on Thursday near the airport.", pub) == (
        dt.date(2024, 3, 3), dt.date(2024, 3, 7))
    assert _window("Troops battled the insurgents for a second consecutive day on Wednesday.", pub) == (
        dt.date(2024, 3, 5), dt.date(2024, 3, 6))
    assert _window("The gunmen struck on Tuesday, the third day of the offensive.", pub) == (
        dt.date(2024, 3, 3), dt.date(2024, 3, 5))
    assert _window("Youths fought the police for a second night on Wednesday.", pub) == (
        dt.date(2024, 3, 5), dt.date(2024, 3, 6))
    assert _window("The soldiers were deployed on Tuesday.", pub) == (dt.date(2024, 3, 5), dt.date(2024, 3, 5))


def test_a_fight_told_as_a_run_and_by_its_first_day_is_one_clash_over_the_run() -> None:
    events = run("Fighting between the army and Islamist militants raged for a third day on Wednesday around the "
                 "town of Kismayo, officials said. The clashes started on Monday when the militants raided a "
                 "checkpoint outside the town.")
    battles = [e for e in events if e.event_type == "Battles"]
    assert [(e.sub_event_type, e.location) for e in battles] == [("Armed clash", "Kismayo")]
    assert (battles[0].date_start, battles[0].date_end) == ("2019-05-20", "2019-05-22")


def test_fighting_that_resumed_the_next_day_is_the_same_clash_over_both_days() -> None:
    events = run("Rebels and government soldiers fought on Monday outside Bunia, a local official said. The "
                 "fighting resumed on Tuesday, with gunfire heard across the town.")
    assert [(e.sub_event_type, e.location, e.date_start, e.date_end) for e in events] == [
        ("Armed clash", "Bunia", "2019-05-20", "2019-05-21")]


def test_the_fighting_told_after_a_shelling_is_the_shelling_named_again() -> None:
    events = run("Government artillery pounded the outskirts of Kidal on Thursday, local sources said. "
                 "The fighting forced hundreds of residents to leave their homes.")
    assert [(e.event_type, e.location) for e in events] == [("Explosions/Remote violence", "Kidal")]


# --- one fight told with another side's ally, or a side named two ways (merge._one_fight_of_a_day) ------------

def test_a_fight_with_two_allied_armies_on_one_day_is_one_clash() -> None:
    events = run("Islamic State fighters stormed the town of Mueda on Tuesday and fought Mozambican and Rwandan "
                 "troops until nightfall, local sources said. The group later claimed it had killed 12 soldiers.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Mueda")]


def test_an_attack_told_by_the_army_and_claimed_under_another_name_is_one_clash() -> None:
    events = run("Soldiers killed 20 Boko Haram fighters who attacked a military base in Gwoza on Tuesday, the army "
                 "said. ISWAP, which claimed the attack, said it had killed 15 soldiers.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Gwoza")]



# --- a town given up, fighting told as the length before a capture, a fight ranked (session 14, piece 3) ------

def test_a_town_taken_after_the_soldiers_abandoned_their_base_is_a_hand_over() -> None:
    events = run("Jihadists took over the town of Arbinda after soldiers abandoned their base there, residents said.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Non-violent transfer of territory", "Aribinda")]


def test_fighting_told_as_the_length_before_the_defenders_fled_is_the_capture_s_fighting() -> None:
    events = run("Rebels said on Wednesday they had captured the town of Bunagana. Residents said the last soldiers "
                 "fled on Tuesday after two days of fighting.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Non-state actor overtakes territory", "Bunagana")]
    assert "discourse.fighting_into_capture" in (events[0].rules or [])



def test_a_battle_told_running_since_weeks_before_a_capture_is_the_capture_s_window() -> None:
    events = run("M23 rebels captured the town of Bunia on Tuesday after heavy fighting with the army, officials said. "
                 "The battle for Bunia had raged since early April, forcing thousands of people to flee.")
    assert [(e.sub_event_type, e.location, e.date_start, e.date_end) for e in events] == [
        ("Non-state actor overtakes territory", "Bunia", "2019-04-01", "2019-05-21")]
    assert "discourse.battle_of_capture" in (events[0].rules or [])


def test_an_offensive_told_by_the_day_it_began_is_the_recapture_s_window() -> None:
    events = run("Government forces recaptured the town of Saraqib on Monday, the army said. The offensive to "
                 "retake the town was launched on April 20.")
    assert [(e.sub_event_type, e.location, e.date_start, e.date_end) for e in events] == [
        ("Government regains territory", "Saraqib", "2019-04-20", "2019-05-20")]


def test_an_earlier_attack_on_its_own_day_stays_its_own_act() -> None:
    events = run("Government forces recaptured the town of Saraqib on Monday, the army said. Rebels had attacked "
                 "army positions in Saraqib on April 20.")
    assert sorted((e.sub_event_type, e.date_start) for e in events) == [
        ("Armed clash", "2019-04-20"), ("Government regains territory", "2019-05-20")]


def test_an_attack_that_ended_days_later_in_a_capture_gives_the_capture_its_first_day() -> None:
    events = run("Islamic State fighters attacked army positions in Macomia on Thursday, May 16, and took control of "
                 "the town on Sunday after days of clashes with Mozambican troops, residents said.")
    assert [(e.sub_event_type, e.location, e.date_start, e.date_end) for e in events] == [
        ("Non-state actor overtakes territory", "Macomia", "2019-05-16", "2019-05-19")]
