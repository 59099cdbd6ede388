"""Argument attachment (frontlog.extract.arguments) on sentences written for these tests, parsed by the real model."""

from __future__ import annotations

import pytest

from frontlog.extract.arguments import Arguments, Mention
from frontlog.knowledge.base import KnowledgeBase

# The rules with the package's knowledge (the test session's FRONTLOG_HOME is empty).
A = Arguments(KnowledgeBase.load())

# ------------------------------------------------------------------------------------- fatalities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A car bomb tore through the market on Friday, killing at least 12 people.", 12),
        ("Officials said 14 people were killed when the shells landed.", 14),
        ("By Monday evening the death toll rose to 30, medics said.", 30),
        ("The overnight raid on the checkpoint left 7 dead.", 7),
        ("Artillery fire killed twelve civilians in the old quarter.", 12),
        ("Five soldiers died in the ambush on the supply road.", 5),
        ("More than 40 people were killed and 12 were wounded.", 40),
    ],
)
def test_fatalities_reads_the_number_of_dead(sentence: str, expected: int) -> None:
    assert A.fatalities(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The convoy was ambushed 12 km south of the town.",
        "The drone strike left 12 km of the highway closed.",
        "The town first fell to the militants in 2015.",
        "Jets bombed the bridge on Monday; nobody was hurt.",
        "Dozens of people were killed in the fighting, residents said.",  # no number given: fatalities stay null
        "The brigade of 300 fighters withdrew from the hill.",
    ],
)
def test_fatalities_is_none_without_a_death_count(sentence: str) -> None:
    assert A.fatalities(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Clashes on March 14 killed three soldiers near the dam.", 3),
        ("Fighting in 2014 killed 300 people in the province.", 300),
        ("An attack on 12 May killed 4 people at the market.", 4),
    ],
)
def test_fatalities_ignores_a_date_before_the_verb(sentence: str, expected: int) -> None:
    assert A.fatalities(sentence) == expected


# -------------------------------------------------------------------------------------- claimed_by


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jets bombed the town on Monday, according to the Syrian Observatory for Human Rights.",
         "Syrian Observatory for Human Rights"),
        ("The Syrian Observatory for Human Rights said ten fighters died in the clashes.",
         "Syrian Observatory for Human Rights"),
        ("State TV said the army had taken the village overnight.", "State TV"),
        ("Rebels overran the hilltop, citing a military source.", "military source"),
        ("The town fell after a week of fighting, the Observatory said.", "Observatory"),
    ],
)
def test_claimed_by_names_the_source(sentence: str, expected: str) -> None:
    assert A.claimed_by(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Jets bombed the town on Monday.",
        "He said the town fell on Monday.",  # a pronoun is no source
        "They said the road was cut.",
    ],
)
def test_claimed_by_is_none_without_a_named_source(sentence: str) -> None:
    assert A.claimed_by(sentence) is None


# ---------------------------------------------------------------------------------------- count_of


def _token(doc, word: str):
    found = [t for t in doc if t.text == word]
    assert found, f"{word!r} not in {doc.text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Russian jets carried out 40 air strikes on the city overnight.", "strikes", 40),
        ("Warplanes flew more than 120 sorties over the northern countryside.", "sorties", 120),
        ("The army fired 30 rockets at the town.", "rockets", 30),
        ("Jets carried out air strikes on the city overnight.", "strikes", None),
        ("One air strike hit the hospital.", "strike", None),  # a single act is not a count
    ],
)
def test_count_of_reads_the_number_on_the_trigger_noun(nlp, sentence: str, trigger: str, expected) -> None:
    doc = nlp(sentence)
    assert A.count_of(_token(doc, trigger)) == expected


# ------------------------------------------------------------------------------------- pick_places


def _mention(doc, name: str, precision: int = 1) -> Mention:
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    return Mention(name, start, start + len(name), span.root, precision=precision)


def test_pick_places_returns_both_coordinated_places(nlp) -> None:
    doc = nlp("The rebels took Azaz and Tal Rifaat on Tuesday.")
    chosen = A.pick_places(_token(doc, "took"), [_mention(doc, "Azaz"), _mention(doc, "Tal Rifaat")])
    assert [m.value for m in chosen] == ["Azaz", "Tal Rifaat"]


def test_pick_places_returns_a_list_of_three(nlp) -> None:
    doc = nlp("Government troops captured Khanaser, Ithriya and Raqqa after a week of fighting.")
    mentions = [_mention(doc, n) for n in ("Khanaser", "Ithriya", "Raqqa")]
    chosen = A.pick_places(_token(doc, "captured"), mentions)
    assert [m.value for m in chosen] == ["Khanaser", "Ithriya", "Raqqa"]


def test_pick_places_skips_where_the_force_came_from(nlp) -> None:
    doc = nlp("Jets based in Latakia struck Aleppo on Monday.")
    chosen = A.pick_places(_token(doc, "struck"), [_mention(doc, "Latakia"), _mention(doc, "Aleppo")])
    assert [m.value for m in chosen] == ["Aleppo"]


def test_pick_places_does_not_join_a_place_of_another_clause(nlp) -> None:
    doc = nlp("The army took Azaz, while rebels attacked Raqqa.")
    chosen = A.pick_places(_token(doc, "took"), [_mention(doc, "Azaz"), _mention(doc, "Raqqa")])
    assert [m.value for m in chosen] == ["Azaz"]


def test_pick_places_prefers_the_town_over_its_province(nlp) -> None:
    doc = nlp("Rebels shelled Azaz in Aleppo province on Monday.")
    chosen = A.pick_places(
        _token(doc, "shelled"), [_mention(doc, "Aleppo province", precision=3), _mention(doc, "Azaz")]
    )
    assert [m.value for m in chosen] == ["Azaz"]


def test_pick_places_empty_without_places(nlp) -> None:
    doc = nlp("Rebels shelled the outskirts on Monday.")
    assert A.pick_places(_token(doc, "shelled"), []) == []


# ------------------------------------------------------------------------------------- the number gate


@pytest.mark.parametrize(
    ("text", "required"),
    [
        (r"\b{num}\s+deaths\b", True),
        (r"\bkilled\s+(?:at least\s+)?{num}\b", True),
        (r"(?:x|{num})\s+dead", False),  # the number is one alternative of a group
        (r"dead|{num}", False),  # a top-level alternative matches without it
        (r"{num}?\s+dead", False),  # optional
        (r"{words:death_words}{num}", False),  # a bare word class is an alternation of its own
        (r"[(|]{num}", True),  # "|" and "(" inside a character class are members, not syntax
        (r"\|{num}", True),
    ],
)
def test_number_required_reads_the_pattern_text(text: str, required: bool) -> None:
    from frontlog.knowledge.patterns import _number_required

    assert _number_required(text) is required


def test_toll_patterns_are_gated_by_a_number() -> None:
    kb = KnowledgeBase.load()
    assert kb.patterns.number_required([*kb.patterns["fatalities"], *kb.patterns["fatalities_sum"]])
    assert not kb.patterns.number_required(kb.patterns["summed_toll"])  # ("in all", "all told": no number)
    assert A.FATALITY_GATE is not None
    assert A.FATALITY_GATE.search("Twenty-one died") and A.FATALITY_GATE.search("killed 3")
    assert not A.FATALITY_GATE.search("Gunmen killed villagers in the market.")
    # Without a number the toll is the one-death reading or nothing, as before the gate.
    assert A.fatalities("Gunmen killed villagers in the market.") is None


def test_span_text_is_spacys_span_text(nlp) -> None:
    from frontlog.extract.arguments import span_text
    from frontlog.extract.nlp import pipe

    text = "Rebels shelled the town.  Two  died there.\n\nTroops withdrew on Monday \nunder fire. "
    for doc in (nlp(text), next(pipe([text]))):  # the text built on demand, and the one the pipe stores
        assert [span_text(s) for s in doc.sents] == [s.text for s in doc.sents]
        assert span_text(doc[2:2]) == doc[2:2].text == ""
        assert span_text(doc[1:4]) == doc[1:4].text
