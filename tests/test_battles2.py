"""Battles told twice or named only to measure another (session 20, probes/battles2.jsonl): a fight ranked as the
first or the deadliest of its kind in a phrase after the act it describes, clashes that went on the next day in
the sentence that told them. And the fights that stay. Sentences written for these tests, run through the whole
extractor (real spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 29)  # a Wednesday


def battles(text: str) -> list:
    return [e for e in run(text, PUBLISHED) if e.event_type == "Battles"]


def test_a_fight_ranked_in_a_phrase_after_the_act_is_that_act() -> None:
    found = battles("Soldiers killed 11 militants in a gunfight near Mir Ali in North Waziristan on Tuesday, the "
                    "army said, the deadliest clash in the district since last summer.")
    assert [e.location for e in found] == ["Mir Ali"]


def test_an_act_called_the_first_of_its_kind_in_years_is_the_act_told() -> None:
    found = battles("Gunmen attacked a police post in Kasese on Monday, wounding two officers. It was the first "
                    "deadly attack by the rebels in Bundibugyo in more than three years.")
    assert [e.location for e in found] == ["Kasese"]


def test_the_second_attack_in_an_apposition_is_the_act_told() -> None:
    found = battles("ADF rebels attacked an army post in Oicha on Monday, the second attack on the town this week, "
                    "a local official said.")
    assert len(found) == 1


def test_a_ranked_fight_that_is_its_own_subject_stays() -> None:
    assert len(battles("The heaviest fighting in years erupted between M23 rebels and the army near Sake on "
                       "Monday.")) == 1


def test_a_killing_ranked_as_the_deadliest_attack_is_one_act() -> None:
    found = battles("Jihadists killed 23 soldiers at an army base in Tillaberi on Sunday in the deadliest attack "
                    "on the army this year, the defence ministry said.")
    assert len(found) == 1


def test_clashes_that_went_on_the_next_day_in_their_own_sentence_are_one_fight() -> None:
    found = battles("Syrian rebels clashed with government troops on the northern outskirts of Hama on Monday, and "
                    "the clashes went on through Tuesday, a war monitor said.")
    assert [(str(e.date_start), str(e.date_end)) for e in found] == [("2024-05-27", "2024-05-28")]


def test_clashes_at_another_place_in_the_same_sentence_stay_apart() -> None:
    found = battles("Rebels clashed with troops in Sake on Monday, and clashes went on in Kitshanga on Tuesday, "
                    "residents said.")
    assert len(found) == 2


def test_fighting_called_the_first_since_a_war_is_the_clash_told_not_that_war() -> None:
    found = battles("Armenian and Azerbaijani troops clashed on Monday near the border village of Sotk, the first "
                    "ground fighting in the area since the 2020 war, officials said.")
    assert [str(e.date_start) for e in found] == ["2024-05-27"]


def test_a_capture_told_again_as_the_time_of_arrests_is_no_second_capture() -> None:
    found = battles("Malian troops took the town of Ber from the rebels on Monday. Residents who fled to Timbuktu "
                    "said soldiers had detained three young men after the army entered the town.")
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


def test_an_attack_told_again_as_the_time_villagers_fled_is_the_attack_told() -> None:
    found = battles("Gunmen attacked an army post in Djibo on Sunday. Villagers fled after the gunmen attacked "
                    "the post, residents said.")
    assert len(found) == 1


def test_a_capture_told_as_a_time_with_a_place_of_its_own_is_an_act() -> None:
    found = battles("Rebels captured the town of Kitshanga on Sunday. The army counter-attacked on Tuesday after "
                    "the rebels seized Sake.")
    assert {e.location for e in found} >= {"Kitshanga", "Sake"}


def test_a_clash_called_the_heaviest_fighting_since_a_war_is_one_clash_now() -> None:
    found = battles("Hezbollah fighters clashed with Israeli troops near Odaisseh on Tuesday, in the heaviest "
                    "fighting since the 2006 war.")
    assert [str(e.date_start) for e in found] == ["2024-05-28"]


def test_a_fight_in_what_the_police_said_the_dead_were_is_no_fight() -> None:
    found = run("Police shot dead five men in Bujumbura on Monday. A police spokesman said the five were criminals "
                "who had opened fire on officers, but neighbours said none of them was armed.", PUBLISHED)
    assert [e.event_type for e in found] == ["Violence against civilians"]


def test_a_fight_with_its_own_day_in_what_people_were_said_to_be_stays() -> None:
    found = battles("The attackers were militants who had stormed an army post in Djibo on Sunday, the army said.")
    assert len(found) == 1
