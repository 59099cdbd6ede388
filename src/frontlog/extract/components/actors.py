"""The actor table as a pipeline component: named actors ("Syrian government forces", "Hezbollah", "Russia"
acting as its state) as `doc.spans["actors"]` labelled with the actor's canonical name, and the generic nouns
that stand for one ("the jihadists", "gunmen", "government forces" with no country) labelled "generic:<class>".
Role phrases resolve with the article's main country, which the place component (before it) found; a name valid
only in context ("National Liberation Army", "SPLA") with the countries of the article's places and demonyms and
its publication date (knowledge.actors.AliasCondition).

The table's phrases are found by a PhraseMatcher over the document's spaCy tokens, each token read as the
table's key (diacritics folded, "U.S." as "US", apostrophes dropped: knowledge.actors.phrase_tokens). A chain
(demonym or name, "'s", modifiers, force noun: "Syria's army units") is the table's small grammar over those
keys."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.attrs import IDX, IS_ALPHA, IS_ASCII, IS_SPACE, LENGTH, SPACY
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from frontlog.extract.arguments import text_of
from frontlog.extract.components import ACTORS, ALIGN, COUNTRY, PLACES, found, no_knowledge, put
from frontlog.extract.nlp import PUBLISHED
from frontlog.knowledge.actors import ActorContext, ActorTable, ActorToken, phrase_tokens
from frontlog.knowledge.base import KnowledgeBase


@lru_cache(maxsize=1 << 14)
def _piece_tokens(piece: str) -> tuple[ActorToken, ...]:
    """phrase_tokens of a piece of tokens written together, offsets from its start: the same pieces (",",
    "U.S.", "al-Qaeda") recur in every article, each is cut once."""
    return tuple(phrase_tokens(piece))


def actor_tokens(doc: Doc, text: str | None = None) -> list[ActorToken]:
    """The document's words as the actor table keys them, from spaCy's tokens. A plain word (one ASCII
    alphabetic token between spaces) is its own key, read from the token's attributes. Tokens written together
    (`whitespace_` empty) are read as one piece by the table's rules, because spaCy cuts them where the table
    joins: "al-Nusra" (three tokens, the table's "al", "Nusra": a hyphen is no word), "U.S." (one token, "US"),
    "Assad's" (two, "Assad" and "'s"), "Hay'at" (the apostrophe dropped), and letters with diacritics."""
    text = text_of(doc) if text is None else text
    out: list[ActorToken] = []
    if not len(doc):
        return out
    rows = doc.to_array([IDX, LENGTH, IS_ALPHA, IS_ASCII, IS_SPACE, SPACY]).tolist()
    start = -1  # where the piece of tokens written together began
    for k, (idx, length, alpha, ascii_, space, spaced) in enumerate(rows):
        end = idx + length
        if start < 0:
            if space:
                continue
            if spaced and alpha and ascii_:
                word = text[idx:end]
                out.append(ActorToken(word.lower(), word, idx, end))
                continue
            start = idx
        if spaced or space or k + 1 == len(rows) or rows[k + 1][4]:
            out += [ActorToken(t.low, t.surf, t.start + start, t.end + start) for t in _piece_tokens(text[start:end])]
            start = -1
    return out


class ActorSpans:
    def __init__(self, name: str) -> None:
        self.name = name
        self.table: ActorTable | None = None
        self._matcher: PhraseMatcher | None = None
        self._vocab = Vocab()  # the keys' own strings: the model's vocabulary is not grown with them

    def use(self, kb: KnowledgeBase) -> None:
        self.table = kb.actors
        self._matcher = None

    def matcher(self) -> PhraseMatcher:
        """The PhraseMatcher of the table's phrases, built at first use (the table is immutable; one component
        per KnowledgeBase)."""
        if self._matcher is None:
            if self.table is None:
                raise no_knowledge(self.name)
            matcher = PhraseMatcher(self._vocab, attr="ORTH")
            matcher.add(ACTORS, [Doc(self._vocab, words=list(key)) for key in self.table.phrase_keys()])
            self._matcher = matcher
        return self._matcher

    def __call__(self, doc: Doc) -> Doc:
        if self.table is None:
            raise no_knowledge(self.name)
        text = text_of(doc)
        toks = actor_tokens(doc, text)
        ends: dict[int, list[int]] = {}
        if toks:
            for _id, start, end in self.matcher()(Doc(self._vocab, words=[t.low for t in toks])):
                ends.setdefault(start, []).append(end)
        for hits in ends.values():
            hits.sort(reverse=True)
        # Where and when the article is, for the names valid only in context: the countries of its places (the
        # table adds those of its demonyms) and its publication date.
        located = found(doc, PLACES) if PLACES in doc.spans else []
        places = Counter(place.country for _span, (_m, place) in located if place.resolved)
        context = ActorContext(places, doc.user_data.get(COUNTRY), doc.user_data.get(PUBLISHED))
        named, generic = self.table.scan(text, doc.user_data.get(COUNTRY), toks, ends, context)
        spans, values = [], []
        for m in named:
            span = doc.char_span(m.start, m.end, label=m.actor.name, alignment_mode=ALIGN)
            if span is not None and len(span):
                spans.append(span)
                values.append(m)
        for start, end, word in generic:
            span = doc.char_span(start, end, label=f"generic:{word}", alignment_mode=ALIGN)
            if span is not None and len(span):
                spans.append(span)
                values.append((start, end, word))
        put(doc, ACTORS, spans, values)
        return doc


@Language.factory("frontlog_actors")
def make_actor_spans(nlp: Language, name: str) -> ActorSpans:
    return ActorSpans(name)
