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
    ],
)
def test_plans_conditionals_negations_are_not(nlp, sentence: str, word: str) -> None:
    assert verdicts(nlp, sentence)[word] is False
