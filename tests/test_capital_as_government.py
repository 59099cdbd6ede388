"""A capital named as its government by "did" or "hails" (issue 9, session 21: benchmarks/wire7's first contact
placed "Baghdad did not give a toll, and a spokesman said the forces had taken the positions" at Baghdad). Words of
words/government_verbs.txt; on sentences written for this test."""

from __future__ import annotations

from frontlog.extract.places import place_finder
from frontlog.knowledge.base import KnowledgeBase


def test_a_capital_that_did_or_hails_is_its_government_not_a_place() -> None:
    finder = place_finder(KnowledgeBase.load())
    for text in ("Baghdad did not give a toll.", "Kabul does not comment on such reports.",
                 "Ankara hails the deal as a victory.", "Tehran hailed the agreement."):
        assert not [m for m in finder.find_mentions(text) if m.modifier is None], text


def test_a_capital_where_things_happen_stays_a_place() -> None:
    finder = place_finder(KnowledgeBase.load())
    assert [m.modifier for m in finder.find_mentions("Shells hit Baghdad on Monday.") if m.text == "Baghdad"] == [None]


def test_a_capital_with_an_auxiliary_do_before_another_verb_stays_a_place() -> None:
    # "did" is no verb of government: the verb after it tells (words/do_auxiliaries.txt)
    finder = place_finder(KnowledgeBase.load())
    assert [m.modifier for m in finder.find_mentions("Kyiv did come under heavy shelling on Monday.")
            if m.text == "Kyiv"] == [None]
