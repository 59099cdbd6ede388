"""The trigger lexicon as a pipeline component: spaCy's Matcher finds, on the parsed tokens, every token that
can open an entry of `triggers.yaml` (the package's and the user's): a phrase's first word as the token's lemma or
its lower-case form, never a month's name ("March 22", "May 2015"). From each of those tokens the lexicon reads
its phrases on the same tokens ("*" a gap of up to MAX_GAP words, taking the first word after it that fits;
hyphens read through: "cease-fire"), keeps the longest at each token and drops overlaps: the first-word-after-a-gap
rule and the choice among overlapping phrases are what token patterns cannot say, and one pattern per entry made
the Matcher four times slower than the parse. Written as `doc.spans["triggers"]`, one span per reading of the
words (label: the entry's id, `trigger_id`), from the phrase's first word to its last."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from frontlog.extract.components import TRIGGERS, no_knowledge, put
from frontlog.knowledge.base import KnowledgeBase
from frontlog.knowledge.lexicon import Lexicon, Trigger

LEMMA_KEY = "frontlog_lemma"  # the token's lemma in lower case: how a phrase word names an inflected form

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


class TriggerSpans:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.lexicon: Lexicon | None = None
        self.matcher: Matcher | None = None

    def use(self, kb: KnowledgeBase) -> None:
        self.lexicon = kb.lexicon
        firsts = sorted({t.phrase[0] for t in self.lexicon.triggers})
        not_month = {"NOT_IN": sorted(self.lexicon.months)}
        self.matcher = Matcher(self.vocab)
        self.matcher.add("trigger_start", [[{"LOWER": {"IN": firsts}, "ORTH": not_month}],
                                           [{"_": {LEMMA_KEY: {"IN": firsts}}, "ORTH": not_month}]])

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None or self.matcher is None:
            raise no_knowledge(self.name)
        starts = {start for _id, start, _end in self.matcher(doc)}
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
        put(doc, TRIGGERS, spans, values)
        return doc


@Language.factory("frontlog_triggers")
def make_trigger_spans(nlp: Language, name: str) -> TriggerSpans:
    return TriggerSpans(nlp, name)
