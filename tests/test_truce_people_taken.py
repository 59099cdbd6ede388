"""Strategic developments and attacks on civilians read from benchmarks/wire5's first contact (issue 9, session 19):
a truce told as lasting is no new agreement (rule modality.lasting, words/lasting_verbs.txt), nor is a deal struck a
strike (triggers.yaml); envoys, consuls and prosecutors are people one can seize or kill (words/people_words.txt,
captive_nouns.txt); "rounded up the men and shot 12 of them" is one attack on the people taken. Through the whole
extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2019, 5, 6)


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in run(text, published=PUBLISHED)]


def test_a_truce_that_held_is_no_new_agreement() -> None:
    assert subs("A ceasefire held across Upper Nile state for a third day on Sunday, residents said.") == []
    assert subs("Truce holds in Upper Nile as aid convoys move") == []


def test_a_truce_agreed_is_still_an_agreement() -> None:
    assert subs("The army and the rebels signed a ceasefire in Malakal on Sunday.") == ["Agreement"]


def test_a_truce_agreed_and_holding_is_the_agreement_told() -> None:
    assert subs("A truce agreed by the two commanders in Malakal on Sunday was largely holding on Monday.") \
        == ["Agreement"]


def test_talks_held_then_a_truce_signed_is_an_agreement() -> None:
    # "held" with an object is no lasting: the sides held talks.
    assert "Agreement" in subs("The two sides held talks in Malakal on Saturday and signed a ceasefire there.")


def test_a_consul_seized_is_taken_not_a_place() -> None:
    assert subs("Gunmen seized the Brazilian consul at his house in Malakal on Friday, police said.") \
        == ["Abduction/forced disappearance"]


def test_an_ambassador_shot_dead_is_an_attack_on_a_civilian() -> None:
    assert subs("The Dutch ambassador was shot dead outside his residence in Malakal on Friday.") == ["Attack"]


def test_men_rounded_up_and_a_share_of_them_shot_is_one_attack() -> None:
    events = run("Militiamen rounded up the men of Bandajuma, a village near Kenema, on Monday and shot 12 of them, "
                 "residents said.", published=dt.date(2019, 3, 5))
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_men_shot_with_no_one_taken_stay_one_attack() -> None:
    events = run("Militiamen shot 12 men in Bandajuma, a village near Kenema, on Monday, residents said.",
                 published=dt.date(2019, 3, 5))
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_deal_struck_is_no_strike_and_leaves_the_hand_over() -> None:
    found = subs("The army handed over its barracks in the town of Bjelovar to the National Guard on Tuesday under a "
                 "deal struck by local commanders, a day after jets fired rockets at Zagreb.")
    assert "Non-violent transfer of territory" in found
    assert found.count("Air/drone strike") + found.count("Shelling/artillery/missile attack") == 1  # the rockets
