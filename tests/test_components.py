"""The finders as spaCy components: a user parses a sentence with `load_nlp(kb)` and finds the places, actors,
triggers and times in doc.spans; entries of the user's own data folder appear there too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from frontlog.extract.components import NoKnowledgeError, found
from frontlog.extract.nlp import load_nlp, pipe
from frontlog.knowledge.base import KnowledgeBase


def spans(doc, group: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in doc.spans[group]]


def test_a_sentence_has_its_places_actors_triggers_and_times_in_doc_spans() -> None:
    text = "Syrian government forces, backed by Hezbollah, recaptured Saraqib on Monday after heavy shelling."
    doc = next(pipe([text], published=[dt.date(2019, 5, 22)]))
    assert ("Saraqib", "Saraqib (SY)") in spans(doc, "places")
    assert ("Syrian government forces", "Syrian Government Forces") in spans(doc, "actors")
    assert ("Hezbollah", "Hezbollah") in spans(doc, "actors")
    assert ("recaptured", "recapture -> @territory") in spans(doc, "triggers")
    assert ("on Monday", "relative") in spans(doc, "times")
    (_span, (_sent_start, monday)), = found(doc, "times")
    assert monday.date_start == dt.date(2019, 5, 20)  # resolved against the publication date


def test_the_pipeline_runs_its_finders_after_the_parse() -> None:
    names = load_nlp().pipe_names
    finders = [n for n in names if n.startswith("frontlog_") and n != "frontlog_paragraphs"]
    assert finders == ["frontlog_places", "frontlog_actors", "frontlog_triggers", "frontlog_times"]
    assert names.index("frontlog_places") > max(names.index("parser"), names.index("lemmatizer"))


@pytest.mark.parametrize("text, words, label", [
    ("Both sides agreed a cease-fire in the north.", "cease-fire", "cease fire -> Agreement"),  # hyphen read through
    ("Militants Attack Army Post", "Attack", "attack -> @attack"),  # a headline's capitalised verb
    ("Rebels took full control of the town.", "took full control", "take * control -> @territory"),  # a gap
    ("Rebels took the town; control passed to them.", "took", None),  # no gap across sentences
])
def test_trigger_spans_are_the_lexicon_reading_of_the_parse(text: str, words: str, label: str | None) -> None:
    """The opening tokens give the lexicon's own matches, no more, no fewer: the span group equals what the lexicon
    reads in each sentence of the same parse."""
    nlp = load_nlp()
    doc = nlp(text)
    lexicon = KnowledgeBase.load().lexicon
    expected = [(doc[m.start:m.end].text, [t.sub for t in m.alternatives])
                for sent in doc.sents for m in lexicon.match(sent)]
    got = [(doc[tf.tokens[0]:tf.tokens[-1] + 1].text, [t.sub for t in tf.alternatives])
           for tf in dict.fromkeys(v for _s, v in found(doc, "triggers"))]
    assert got == expected
    assert any(s.text == words for s in doc.spans["triggers"])
    if label is not None:
        assert (words, label) in spans(doc, "triggers")


def test_march_and_may_as_months_are_no_triggers() -> None:
    doc = load_nlp()("On March 22 thousands held a march through the capital.")
    # One span per reading of the noun "march" (with a protest word, or with a place), none for the month ("held"
    # may open a span of its own: an arrest reading, whose needs the sentence does not meet).
    assert {s.text for s in doc.spans["triggers"] if s.text.lower() == "march"} == {"march"}


def test_a_users_trigger_and_alias_appear_as_spans(tmp_path: Path) -> None:
    (tmp_path / "triggers.yaml").write_text(
        "- {phrase: waylay, sub: Armed clash, weight: 0.8}\n", encoding="utf-8")
    (tmp_path / "actors.tsv").write_text(
        "canonical\tkind\tcountry\taliases\tdemonyms\tflags\n"
        "Brigade of the Red Hills\trebel\tSY\tRed Hills Brigade|Red Hills fighters\t\t\n", encoding="utf-8")
    kb = KnowledgeBase.load(home=tmp_path)
    doc = load_nlp(kb)("Red Hills fighters waylaid an army convoy near Aleppo.")
    assert ("waylaid", "waylay -> Armed clash") in spans(doc, "triggers")
    assert ("Red Hills fighters", "Brigade of the Red Hills") in spans(doc, "actors")
    # The process's own pipeline does not know them: each KnowledgeBase has its own components.
    plain = load_nlp()("Red Hills fighters waylaid an army convoy near Aleppo.")
    assert "waylaid" not in [s.text for s in plain.spans["triggers"]]


def test_a_component_without_knowledge_says_how_to_build_the_pipeline() -> None:
    import spacy

    import frontlog.extract.components.triggers  # noqa: F401 - registers the factory

    bare = spacy.blank("en")
    bare.add_pipe("frontlog_triggers")
    with pytest.raises(NoKnowledgeError, match="load_nlp"):
        bare("Rebels attacked the town.")


def test_without_a_publication_date_a_relative_time_is_found_but_not_resolved() -> None:
    doc = load_nlp()("Rebels shelled the town on Monday.")  # nlp(text) carries no date; pipe(..., published=) does
    ((span, (_start, monday)),) = found(doc, "times")
    assert (span.text, span.label_) == ("on Monday", "relative")
    assert monday.date_start is None and monday.relative
