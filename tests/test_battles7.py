"""Battles precision and type (session 25, probes/battles7.jsonl): an operation begun 'to drive X out of Y' is an
aim; an attack that ends in a capture after the defenders fled is a capture by force. Sentences written for these
tests, run through the whole extractor (real spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def battles(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published) if e.event_type == "Battles")


def test_an_operation_begun_to_drive_a_group_out_is_an_aim() -> None:
    assert battles("Kenyan troops began an operation on Monday to drive al-Shabaab out of villages around "
                   "Lamu, officials said.") == []


def test_troops_who_began_to_push_into_a_town_took_it() -> None:
    assert battles("Kenyan troops began to drive al-Shabaab out of villages around Lamu on Monday, officials "
                   "said.") != []


def test_an_attack_that_ends_in_a_capture_after_soldiers_fled_is_a_capture_by_force() -> None:
    assert battles("Jihadists attacked an army base in Diapaga on Sunday and took control of the town after the "
                   "soldiers fled, security sources said.") == ["Non-state actor overtakes territory"]


def test_a_town_taken_after_the_troops_fled_with_no_fight_told_is_a_transfer() -> None:
    assert battles("Jihadists took control of Diapaga on Sunday after the soldiers fled, security sources "
                   "said.") == []


def test_a_capture_told_without_a_fight_stays_a_transfer_beside_fighting() -> None:
    assert battles("Jihadists entered Diapaga without a fight on Sunday after clashes with soldiers near the "
                   "town, security sources said.") == []


def test_troops_routed_is_a_clash() -> None:
    assert battles("Rebels reached the outskirts of Hama on Tuesday after routing government troops in the "
                   "villages to its north, a war monitor said.") == ["Armed clash"]


def test_a_party_routed_in_an_election_is_no_battle() -> None:
    assert battles("The ruling party was routed in Sunday's election, losing 40 seats.") == []


def test_villagers_who_fought_militants_fought_a_battle() -> None:
    assert battles("Villagers fought the militants for hours near Djibo on Sunday.") == ["Armed clash"]


def test_the_fight_for_a_town_running_since_a_month_ends_in_its_capture_told_sentences_before() -> None:
    text = ("The RSF said on Tuesday they had captured the army's base in Nyala after weeks of fighting. "
            "The army did not confirm the loss. It said its troops had repositioned. Aid groups said food was "
            "short. Fighting for Nyala had gone on since March, with the RSF besieging the base.")
    assert battles(text) == ["Non-state actor overtakes territory"]


def test_fighting_in_a_town_since_a_month_told_far_from_a_capture_stays_apart() -> None:
    text = ("The RSF said on Tuesday they had captured the army's base in Nyala after weeks of fighting. "
            "The army did not confirm the loss. It said its troops had repositioned. Aid groups said food was "
            "short. Fighting in Nyala had gone on since March, with the RSF besieging the base.")
    assert battles(text) == ["Armed clash", "Non-state actor overtakes territory"]


def test_an_attack_confirmed_by_an_army_spokesman_in_the_province_is_the_attack_told_before() -> None:
    text = ("ADF rebels attacked a church in Komanda on Sunday, killing 30 worshippers, local sources said. "
            "Survivors said the gunmen came at night. Captain Paul Kasongo, army spokesman in Ituri, did not give "
            "a toll but confirmed the attack to reporters.")
    events = run(text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_an_attack_on_soldiers_in_another_province_is_another_act() -> None:
    text = ("ADF rebels attacked a church in Komanda on Sunday, killing 30 worshippers, local sources said. "
            "Survivors said the gunmen came at night. Separately, the attack on an army post in North Kivu "
            "killed two soldiers, an army spokesman said.")
    assert battles(text) == ["Armed clash"]
