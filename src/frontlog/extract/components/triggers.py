"""The trigger lexicon as a pipeline component: spaCy's Matcher finds every entry of `triggers.yaml` (the
package's and the user's) on the parsed tokens, each word of a phrase as its lemma or its lower-case form, a
"*" as a gap of up to MAX_GAP words, hyphens read through ("cease-fire"); the lexicon then keeps, per sentence,
the longest match at each token and drops overlaps. Written as `doc.spans["triggers"]`, one span per reading
of the words (label: the entry's id, `trigger_id`), from the first word of the phrase to its last."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import product

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from frontlog.extract.components import no_knowledge, put
from frontlog.knowledge.base import KnowledgeBase
from frontlog.knowledge.lexicon import HYPHENS, MAX_GAP, Lexicon, Trigger

LEMMA_KEY = "frontlog_lemma"  # the token's lemma in lower case: how a phrase word names an inflected form
_HYPHEN_TOKEN = {"ORTH": {"IN": [*HYPHENS, HYPHENS]}, "IS_PUNCT": True, "OP": "*"}
_ANY_WORD = {"OP": "?"}

if not Token.has_extension(LEMMA_KEY):
    Token.set_extension(LEMMA_KEY, getter=lambda t: t.lemma_.lower())


def trigger_id(trig: Trigger) -> str:
    """A readable id of a lexicon entry: its phrase and what it reports ("recapture -> @territory")."""
    return f"{' '.join(trig.phrase)} -> {trig.sub}"


@dataclass(frozen=True)
class TriggerFound:
    """One match of the sentence: the entries that read these words (best first) and the tokens of the phrase's
    words (a gap's words are not among them)."""

    alternatives: tuple[Trigger, ...]
    tokens: tuple[int, ...]


def _patterns(trig: Trigger, months: frozenset[str]) -> list[list[dict]]:
    """Token patterns of one entry, one per choice of lemma or lower-case form for each word. They find a
    superset of the lexicon's matches (a gap here may hold more hyphens); the lexicon's own reading of the
    sentence decides (it takes the first word after a gap that fits, which a pattern cannot say)."""
    words = [w for w in trig.phrase if w != "*"]
    out = []
    for forms in product(("lemma", "lower"), repeat=len(words)):
        pattern: list[dict] = []
        k, after_gap = 0, False
        for w in trig.phrase:
            if w == "*":
                pattern += [_HYPHEN_TOKEN, _ANY_WORD] * MAX_GAP + [_HYPHEN_TOKEN]
                after_gap = True
                continue
            tok: dict = {"_": {LEMMA_KEY: w}} if forms[k] == "lemma" else {"LOWER": w}
            if k == 0:
                tok["ORTH"] = {"NOT_IN": sorted(months)}  # "March 22", "May 2015": a month, not a march
                if trig.pos:
                    tok["POS"] = {"IN": sorted({*trig.pos, "PROPN"})}
            elif not after_gap:
                pattern.append(_HYPHEN_TOKEN)
            pattern.append(tok)
            k, after_gap = k + 1, False
        out.append(pattern)
    return out


class TriggerSpans:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.lexicon: Lexicon | None = None
        self.matcher: Matcher | None = None
        self.entries: list[Trigger] = []

    def use(self, kb: KnowledgeBase) -> None:
        self.lexicon = kb.lexicon
        self.entries = list(dict.fromkeys(self.lexicon.triggers))
        self.matcher = Matcher(self.vocab)
        for n, trig in enumerate(self.entries):
            self.matcher.add(str(n), _patterns(trig, self.lexicon.months))

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None or self.matcher is None:
            raise no_knowledge(self.name)
        strings = self.vocab.strings
        starts: dict[int, set[Trigger]] = defaultdict(set)
        for match_id, start, _end in self.matcher(doc):
            starts[start].add(self.entries[int(strings[match_id])])
        spans, values = [], []
        if starts:
            for sent in doc.sents:
                if not any(sent.start <= i < sent.end for i in starts):
                    continue
                for match in self.lexicon.match(sent, starts):
                    tf = TriggerFound(tuple(match.alternatives), tuple(t.i for t in match.tokens))
                    for trig in tf.alternatives:
                        spans.append(Span(doc, match.start, match.end, label=trigger_id(trig)))
                        values.append(tf)
        put(doc, "triggers", spans, values)
        return doc


@Language.factory("frontlog_triggers")
def make_trigger_spans(nlp: Language, name: str) -> TriggerSpans:
    return TriggerSpans(nlp, name)
