"""One taking told several ways (session 22, probes/battles4.jsonl): the fighting a capture ended, told as a verb or
as "the scene of fighting" running "since" a month, is the capture's; the losers' withdrawal told on the day next to
the capture is the same taking. Sentences written for these tests, run through the whole extractor (real spaCy
model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def battles(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str | None]]:
    return sorted((e.sub_event_type, e.date_start) for e in run(text, published)
                  if e.event_type in ("Battles", "Strategic developments"))


def test_fighting_told_as_a_verb_running_since_a_month_is_the_capture_s() -> None:
    assert battles("Fighters of the Arakan Army seized Buthidaung on Saturday after weeks of clashes. The group had "
                   "been attacking the town since April.") == [("Non-state actor overtakes territory", "2024-04-01")]


def test_a_place_the_scene_of_fighting_since_a_month_before_its_capture_is_the_capture_s() -> None:
    assert battles("M23 rebels said on Monday they had taken full control of Kalehe. Since March, the town had been "
                   "the scene of the fiercest fighting of the war.") == [
        ("Non-state actor overtakes territory", "2024-03-01")]


def test_a_place_the_scene_of_fighting_with_no_article_since_a_month_is_the_capture_s() -> None:
    assert battles("M23 rebels said on Monday they had taken full control of Kalehe. Since March, the town had been "
                   "the scene of heavy fighting between M23 and the army.") == [
        ("Non-state actor overtakes territory", "2024-03-01")]


def test_the_losers_withdrawal_told_the_day_after_the_capture_is_the_same_taking() -> None:
    assert [s for s, _ in battles(
        "Russia's defence ministry said on Saturday its forces had taken full control of Avdiivka. Ukraine's "
        "commander-in-chief had announced overnight that his troops were withdrawing from the town.",
        dt.date(2024, 2, 19))] == ["Non-state actor overtakes territory"]


def test_a_withdrawal_from_another_town_stays_its_own_act() -> None:
    assert [s for s, _ in battles(
        "Russia's defence ministry said on Saturday its forces had taken full control of Avdiivka. Ukraine's "
        "commander-in-chief announced on Sunday that his troops were withdrawing from Marinka.",
        dt.date(2024, 2, 19))] == ["Non-state actor overtakes territory", "Non-violent transfer of territory"]


# --- police with no armed foe: the crowd's event, no battle (drop.police_without_foe) ---------------------------

def test_marchers_pushed_back_by_police_are_no_battle() -> None:
    events = run("Thousands of farmers marched on the parliament in Lima on Tuesday and were pushed back by police "
                 "near the main square.", PUBLISHED)
    assert [e.event_type for e in events] == ["Protests"]


def test_a_neighbourhood_s_history_of_clashes_with_police_is_no_battle() -> None:
    assert battles("Hundreds of students marched through Exarchia in Athens on Tuesday against the new education "
                   "law. The neighbourhood of students and anarchists has a long history of clashes with the "
                   "police.") == []


def test_a_clash_with_police_that_is_the_only_telling_of_the_confrontation_is_kept() -> None:
    # (no protest or riot told: dropping it would lose the act; its crowd's event is not told elsewhere)
    assert [s for s, _ in battles("Coca growers clashed with police at a roadblock near Villa Tunari on Monday.")] \
        == ["Armed clash"]


def test_police_fighting_armed_men_the_parse_leaves_out_stay_a_battle() -> None:
    assert [s for s, _ in battles("Police and armed men who had held the centre of Jinotepe fought for several "
                                  "hours on Monday, and two police officers were killed, the government said.")] \
        == ["Armed clash"]


def test_police_attacked_by_gunmen_stay_a_battle() -> None:
    assert [s for s, _ in battles("Gunmen attacked a police post in Baksan on Monday and were driven off after "
                                  "an hour-long gunfight, police said.")] == ["Armed clash"]


# --- fighting only named as what people fled, beside the civilians hit (drop.fight_as_cause) ---------------------

def test_people_fleeing_an_offensive_beside_a_children_s_hospital_tell_no_battle() -> None:
    assert [e.sub_event_type for e in run(
        "Nine people were killed in the town of Maarat al-Numan on Tuesday when rockets slammed into a mosque "
        "sheltering families fleeing the offensive and a children's hospital, residents said.", PUBLISHED)
        if e.event_type == "Battles"] == []
