"""The trigger lexicon as a pipeline component: every token that can open an entry of `triggers.yaml` (the
package's and the user's) is found on the document's arrays: a phrase's first word as the token's lemma or its
lower-case form, never a month's name ("March 22", "May 2015"). From each of those tokens the lexicon reads
its phrases on the same tokens ("*" a gap of up to MAX_GAP words, taking the first word after it that fits;
hyphens read through: "cease-fire"), keeps the longest at each token and drops overlaps: the first-word-after-a-gap
rule and the choice among overlapping phrases are what token patterns cannot say, and one pattern per entry made
the Matcher four times slower than the parse. The opening tokens are a set test on the lower-case form, lemma and
spelling columns (`doc.to_array`): the same tokens spaCy's Matcher with those two patterns found, without its
per-token predicate calls. Written as `doc.spans["triggers"]`, one span per reading of the words (label: the
entry's id, `trigger_id`), from the phrase's first word to its last."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from frontlog.extract.components import TRIGGERS, no_knowledge, put
from frontlog.knowledge.base import KnowledgeBase
from frontlog.knowledge.lexicon import Lexicon, Trigger


def trigger_id(trig: Trigger) -> str:
    """A readable id of a lexicon entry: its phrase and what it reports ("recapture -> @territory")."""
    return f"{' '.join(trig.phrase)} -> {trig.sub}"


@dataclass(frozen=True)
class TriggerFound:
    """One match of the sentence: the entries that read these words (best first) and the tokens of the phrase's
    words (a gap's words are not among them)."""

    alternatives: tuple[Trigger, ...]
    tokens: tuple[int, ...]


class TriggerSpans:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.lexicon: Lexicon | None = None
        self.firsts: frozenset[str] = frozenset()
        self.first_forms = np.empty(0, dtype=np.uint64)  # hashes of the first words (a lower-case form is one)
        self.months = np.empty(0, dtype=np.uint64)  # hashes of the months' spellings
        self.lemma_opens: dict[int, bool] = {}  # lemma hash -> its lower-case form is a first word

    def use(self, kb: KnowledgeBase) -> None:
        self.lexicon = kb.lexicon
        strings = self.vocab.strings
        self.firsts = frozenset(t.phrase[0] for t in self.lexicon.triggers)
        self.first_forms = np.array(sorted(strings[w] for w in self.firsts), dtype=np.uint64)
        self.months = np.array(sorted(strings[m] for m in self.lexicon.months), dtype=np.uint64)
        self.lemma_opens = {}

    def opening_tokens(self, doc: Doc) -> set[int]:
        """Tokens whose lower-case form or lower-cased lemma is the first word of an entry, months excepted."""
        if not len(doc):
            return set()
        rows = doc.to_array([LOWER, LEMMA, ORTH])
        opens = self.lemma_opens
        lemmas = np.unique(rows[:, 1])
        for h in lemmas.tolist():
            if h not in opens:
                opens[h] = doc.vocab.strings[h].lower() in self.firsts if h else False
        by_lemma = np.array([opens[h] for h in lemmas.tolist()], dtype=bool)
        hit = np.isin(rows[:, 0], self.first_forms) | np.isin(rows[:, 1], lemmas[by_lemma])
        hit &= ~np.isin(rows[:, 2], self.months)
        return set(np.flatnonzero(hit).tolist())

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise no_knowledge(self.name)
        starts = self.opening_tokens(doc)
        spans, values = [], []
        if starts:
            ordered = sorted(starts)  # a sentence opens no entry unless a start lies in it: found by bisection
            for sent in doc.sents:
                k = bisect.bisect_left(ordered, sent.start)
                if k == len(ordered) or ordered[k] >= sent.end:
                    continue
                for match in self.lexicon.match(sent, starts):
                    tf = TriggerFound(tuple(match.alternatives), tuple(t.i for t in match.tokens))
                    for trig in tf.alternatives:
                        spans.append(Span(doc, match.start, match.end, label=trigger_id(trig)))
                        values.append(tf)
        put(doc, TRIGGERS, spans, values)
        return doc


@Language.factory("frontlog_triggers")
def make_trigger_spans(nlp: Language, name: str) -> TriggerSpans:
    return TriggerSpans(nlp, name)
