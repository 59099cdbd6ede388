"""The parse frontlog reads is spaCy's: the attribute ruler and lemmatizer run over arrays
(extract/attributes.py) and must give every token the tag, part of speech, features, lemma and dependency that
spaCy's own components give it."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from frontlog.extract.attributes import fast_components
from frontlog.extract.nlp import _model, load_model

# Written for this test: the ruler's special forms ("gonna", "y'all", "ain't", "let's", "there were", "gets",
# "c'mon"), line breaks and runs of spaces, a dateline, numbers, hyphenated names and a headline.
TEXT = """ALEPPO, Syria (Reuters) -\u00a0Rebels said they're gonna hold al-Bab; y'all ain't seen nothing yet.

Let's be clear:  there were 12 killed and 30-odd wounded when shells hit the market  on Nov. 28-29.
He gets up, got out and c'mon, the army's 4th Division shelled Saraqib's outskirts again.
Militants Attack Army Post Near Kidal
"We are not going to leave," a commander told AFP by phone from the town, which was besieged in 2016.
"""

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]


@pytest.fixture(scope="module")
def stock_and_array():
    return _model(array_components=False), load_model()


def test_the_array_components_replace_spacys_in_the_pipeline() -> None:
    names = load_model().pipe_names
    assert names.index("attribute_ruler") > names.index("parser") and names[-1] == "lemmatizer"
    assert type(load_model().get_pipe("lemmatizer")).__name__ != "EnglishLemmatizer"


@pytest.mark.parametrize("text", [TEXT, TEXT.upper(), TEXT.replace("\n", " "), "", "\n\n", "gonna"])
def test_every_token_has_the_values_spacys_components_give(stock_and_array, text: str) -> None:
    stock, array = stock_and_array
    a, b = stock(text), array(text)
    assert a.to_array(ATTRS).tolist() == b.to_array(ATTRS).tolist()
    assert [(t.lemma_, str(t.morph), t.pos_, t.tag_, t.dep_) for t in a] == \
        [(t.lemma_, str(t.morph), t.pos_, t.tag_, t.dep_) for t in b]


def test_a_ruler_pattern_the_arrays_cannot_read_keeps_spacys_component() -> None:
    nlp = _model(array_components=False)
    nlp.get_pipe("attribute_ruler").add([[{"ORTH": "Aleppo", "IS_TITLE": True}]], {"POS": "PROPN"})
    assert not fast_components(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    assert nlp("Aleppo fell.")[0].pos_ == "PROPN"
