"""One tokeniser: the place finder's name words and the actor table's keys are read from spaCy's tokens of the
document. Where spaCy cuts differently from a name (hyphens, apostrophes, dots, possessives, diacritics), the
finders join or cut its tokens explicitly; these sentences (our own) pin each case."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlog.extract.components.actors import actor_tokens
from frontlog.extract.nlp import load_model, load_nlp
from frontlog.extract.places import name_words
from frontlog.knowledge.actors import phrase_tokens
from frontlog.knowledge.base import KnowledgeBase


def _doc(text: str):
    return load_model().tokenizer(text)


@pytest.mark.parametrize("text, word, surface", [
    ("Rebels shelled al-Bab at dawn.", "al-Bab", "al-Bab"),  # spaCy: "al", "-", "Bab"; one name word
    ("Jets struck Ma'arat al-Numan twice.", "Ma'arat", "Ma'arat"),  # an apostrophe inside a name
    ("Jets struck Ma’arat al-Numan twice.", "Ma’arat", "Ma’arat"),  # ... typographic
    ("The U.S. embassy closed.", "U.S", "U.S"),  # one spaCy token "U.S."; the final dot ends the name
    ("Kumbo's market burned.", "Kumbo", "Kumbo"),  # the possessive is left out
    ("Fighting in Jisr al-Shughur's outskirts.", "al-Shughur", "al-Shughur"),  # hyphen and possessive
    ("Troops held Kafr ʿAin.", "ʿAin", "ʿAin"),  # a transliteration mark is a letter
    ("A T-72 tank was hit.", "T", "T"),  # a number never joins a word: "T", then "72"
])
def test_name_words_join_and_cut_spacys_tokens(text: str, word: str, surface: str) -> None:
    words = name_words(_doc(text), text)
    hit = [(s, e) for s, e, w in words if w == word]
    assert hit, f"{word!r} is not a name word of {text!r}: {words}"
    s, e = hit[0]
    assert text[s:e] == surface


def test_a_name_word_can_be_a_number_of_its_own() -> None:
    text = "Fighters of Division 17 shelled the base near km12."
    assert [w for _s, _e, w in name_words(_doc(text), text)][-2:] == ["km", "12"]
    assert ("Division" in [w for *_x, w in name_words(_doc(text), text)])


@pytest.mark.parametrize("text, keys", [
    ("U.S.-backed fighters advanced.", ["us", "backed", "fighters", "advanced", "."]),  # dots, a hyphen joins
    ("The al-Nusra Front withdrew.", ["the", "al", "nusra", "front", "withdrew", "."]),  # no word for a hyphen
    ("Assad's troops shelled it.", ["assad", "'s", "troops", "shelled", "it", "."]),  # the possessive, a word
    ("Hay'at Tahrir al-Sham said so.", ["hayat", "tahrir", "al", "sham", "said", "so", "."]),  # apostrophe dropped
    ("Ḥizbullah fighters left.", ["hizbullah", "fighters", "left", "."]),  # diacritics fold
    ("Police and/or soldiers", ["police", "and", "or", "soldiers"]),  # a slash joins
])
def test_actor_keys_from_spacys_tokens(text: str, keys: list[str]) -> None:
    toks = actor_tokens(_doc(text), text)
    assert [t.low for t in toks] == keys
    assert toks == phrase_tokens(text)  # the keys an alias of the table is written in
    assert all(t.end > t.start for t in toks)


def test_diacritics_keep_the_documents_offsets() -> None:
    text = "Ḥizbullah fighters left."
    (first, *_rest) = actor_tokens(_doc(text), text)
    assert text[first.start:first.end] == "Ḥizbullah"


@pytest.mark.parametrize("text, mention", [
    ("Fighters of the Liwa' al-Tall Brigade shelled the town.", "Liwa' al-Tall Brigade"),
    ("Fighters of the Liwa al Tall brigade shelled the town.", "Liwa al Tall brigade"),  # another spelling
    ("Fighters of the Līwa’ al-Tall Brigade shelled the town.", "Līwa’ al-Tall Brigade"),  # diacritics
    ("LTB fighters shelled the town.", "LTB fighters"),  # a short acronym in capitals, and its force noun
])
def test_a_users_alias_is_found_however_the_press_spells_it(
        text: str, mention: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "actors.tsv").write_text(
        "canonical\tkind\tcountry\taliases\tdemonyms\tflags\n"
        "Liwa al-Tall\trebel\tSY\tLiwa' al-Tall Brigade|LTB\t\t\n", encoding="utf-8")
    monkeypatch.setenv("FRONTLOG_HOME", str(tmp_path))
    doc = load_nlp(KnowledgeBase.load())(text)
    assert (mention, "Liwa al-Tall") in [(s.text, s.label_) for s in doc.spans["actors"]]


def test_a_short_acronym_in_lower_case_is_no_users_alias(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "actors.tsv").write_text(
        "canonical\tkind\tcountry\taliases\tdemonyms\tflags\n"
        "Liwa al-Tall\trebel\tSY\tLTB\t\t\n", encoding="utf-8")
    monkeypatch.setenv("FRONTLOG_HOME", str(tmp_path))
    doc = load_nlp(KnowledgeBase.load())("The ltb said nothing.")
    assert "Liwa al-Tall" not in [s.label_ for s in doc.spans["actors"]]


@pytest.mark.parametrize("text, name, label", [
    ("Rebels shelled al-Bab on Monday.", "al-Bab", "Al Bab (SY)"),
    ("Separatists attacked Kumbo's market on Sunday.", "Kumbo", "Kumbo (CM)"),
])
def test_place_spans_cover_the_name_not_its_possessive(text: str, name: str, label: str) -> None:
    doc = load_nlp()(text)
    assert (name, label) in [(s.text, s.label_) for s in doc.spans["places"]]
