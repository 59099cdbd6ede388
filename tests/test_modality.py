"""Modality: only acts reported as having happened are events (sentences written for these tests)."""

from __future__ import annotations

import pytest

from frontlog.extract.modality import assess
from frontlog.knowledge.lexicon import get_lexicon


def verdicts(nlp, sentence: str) -> dict[str, bool]:
    doc = nlp(sentence)
    return {m.head.text: assess(m.head)[0] for m in get_lexicon().match(doc[:])}


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Rebels captured the village of Tal Rifaat on Monday.", "captured"),
        ("The army said it had recaptured the town after heavy fighting.", "recaptured"),
        ("In 2014 the militants seized the airbase.", "seized"),
        ("Jets struck the market, killing nine people.", "struck"),
        ("Clashes broke out near the border crossing.", "Clashes"),
        # a share word that governs no share, an agreement that did not end
        ("Most residents fled after the strikes on the market.", "strikes"),
        ("The truce signed on Sunday held through the weekend.", "truce"),
        ("The rebels and the army signed a truce that ended the siege.", "truce"),
    ],
)
def test_reported_acts_are_events(nlp, sentence: str, word: str) -> None:
    assert verdicts(nlp, sentence)[word] is True


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The army now aims to recapture the airport.", "recapture"),
        ("Officials fear the town may fall within days.", "fall"),
        ("If the rebels capture the hill, the road will be cut.", "capture"),
        ("The militia threatened to storm the city.", "storm"),
        ("Troops could retake the base next week.", "retake"),
        ("The group denied shelling the camp.", "shelling"),
        ("No clashes were reported in the district.", "clashes"),
        ("The army did not shell the village, officials said.", "shell"),
        ("Forces were preparing for an imminent assault on the city.", "assault"),
        ("Residents warned of a massacre if the fighters entered.", "massacre"),
        ("The truce held through the weekend.", "truce"),  # made before: its lasting is no new agreement
    ],
)
def test_plans_conditionals_negations_are_not(nlp, sentence: str, word: str) -> None:
    assert verdicts(nlp, sentence)[word] is False


# ------------------------------------------------------------------------------ which rule decided

def rule_for(nlp, sentence: str, word: str) -> str:
    from frontlog.extract.modality import verdict

    doc = nlp(sentence)
    (match,) = [m for m in get_lexicon().match(doc[:]) if m.head.text == word]
    return verdict(match.head).rule


@pytest.mark.parametrize(
    "rule, sentence, word",
    [
        ("modality.fact", "Rebels captured the village of Tal Rifaat on Monday.", "captured"),
        ("modality.reported", "The army said it had recaptured the town after heavy fighting.", "recaptured"),
        ("modality.describes", "It is a militia that recruits from the coast.", "recruits"),
        ("modality.discussed", "The capture of the airport means the road is open.", "capture"),
        ("modality.negated", "No clashes were reported in the district.", "clashes"),
        ("modality.modal", "Troops could retake the base next week.", "retake"),
        ("modality.conditional", "If the rebels capture the hill, the road will be cut.", "capture"),
        ("modality.refers_back", "This attack was the third in a month.", "attack"),
        ("modality.refers_back", "The attack came days after a militia commander defected to the army.", "attack"),
        ("modality.fact", "An attack came at dawn on the village of Kabbo.", "attack"),
        ("modality.speculative", "Forces were preparing for an imminent assault on the city.", "assault"),
        ("modality.purpose", "The column went west to seize the crossing.", "seize"),
        # an aspect verb with an object of its own: what began is the object; the infinitive is its aim
        ("modality.purpose", "Troops began an operation on Monday to seize the crossing.", "seize"),
        ("modality.fact", "Militiamen helped the troops to seize the crossing.", "seize"),
        # a simple past describing the object of a past act's purpose is told as done
        ("modality.relative_past", "Police fired tear gas to turn back a crowd that threw stones at officers.",
         "threw"),
        ("modality.plan", "The group denied shelling the camp.", "shelling"),
        ("modality.plan_noun", "Residents spoke of fears of a massacre in the valley.", "massacre"),
        ("modality.share", "Most of the raids last month hit empty buildings.", "raids"),
        ("modality.share", "Half of the strikes hit the old town, monitors said.", "strikes"),
        ("modality.ended", "A ceasefire between the army and the rebels broke down on Sunday.", "ceasefire"),
        ("modality.ended", "The truce collapsed within hours.", "truce"),
        ("modality.lasting", "The ceasefire held across the island for a fourth day.", "ceasefire"),
        ("modality.ended", "The ceasefire in Beni is reported to have broken down on Monday.", "ceasefire"),
        ("modality.plan", "The army held off on storming the town.", "storming"),
        ("modality.accused_practice", "Rights groups accuse the army and its militias of killing civilians they "
         "suspect of helping the rebels.", "killing"),
        # counted or dated, the accused act is told (a claim)
        ("modality.fact", "Rights groups accuse the army of killing ten villagers near Kaya.", "killing"),
        # "hoped" is lemmatised "hop": the surface form is read too
        ("modality.plan", "The envoys said they hoped for a lasting truce between the two armies.", "truce"),
        ("modality.plan", "Commanders called off the assault on the ridge.", "assault"),
        ("modality.past_anchor", "He will resign after the militia seized the airport.", "seized"),
        ("modality.modal", "The army may retake the town before the rains start.", "retake"),
        ("modality.quoted_scene", '"They were burning the huts one after another," a survivor from Kaya said.',
         "burning"),
        ("modality.quoted_scene", "\u201cThey shoot at anyone who moves,\u201d said a farmer near Djibo.", "shoot"),
        ("modality.quoted_scene", '"The rebels are retreating, abandoning their trenches," the colonel said.',
         "abandoning"),
        # A past act quoted stays an act; so does a progressive outside quotation marks.
        ("modality.reported", '"They killed my brother in front of the mosque," said a woman in Kaya.', "killed"),
        ("modality.reported", "Militants were burning huts in Kaya when troops arrived, a survivor said.", "burning"),
    ],
)
def test_each_rule_names_itself(nlp, rule: str, sentence: str, word: str) -> None:
    assert rule_for(nlp, sentence, word) == rule


def test_assess_and_verdict_agree(nlp) -> None:
    from frontlog.extract.modality import verdict

    doc = nlp("The militia threatened to storm the city, but rebels took the airport.")
    for m in get_lexicon().match(doc[:]):
        v = verdict(m.head)
        assert assess(m.head) == (v.ok, v.reason)
        assert v.ok == (v.rule in ("modality.fact", "modality.reported"))


def test_a_users_speculation_adverb_rejects(nlp, tmp_path) -> None:
    from frontlog.extract.modality import Modality
    from frontlog.knowledge.base import KnowledgeBase

    sentence, word = "Rebels reportedly captured the town of Kafr Nabl.", "captured"
    doc = nlp(sentence)
    (match,) = [m for m in get_lexicon().match(doc[:]) if m.head.text == word]
    assert Modality(KnowledgeBase.load(home=tmp_path)).verdict(match.head).ok
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "speculation_adverbs.txt").write_text("reportedly\n", encoding="utf-8")
    v = Modality(KnowledgeBase.load(home=tmp_path)).verdict(match.head)
    assert (v.ok, v.rule) == (False, "modality.speculative")


@pytest.mark.parametrize(
    "sentence, word, real",
    [
        # the subject of the verb above denies the harm, not the act told in the clause on it
        ("Nobody was hurt when soldiers set fire to 40 houses in the village on Sunday.", "set", True),
        ("No civilians were killed as rebels stormed the army post at dawn.", "stormed", True),
        # an act named inside the denied harm itself ("hurt in the clashes") is still denied
        ("Nobody was hurt in the clashes near the border on Sunday.", "clashes", False),
    ],
)
def test_harm_denied_beside_an_act_leaves_the_act(nlp, sentence: str, word: str, real: bool) -> None:
    assert verdicts(nlp, sentence)[word] is real
