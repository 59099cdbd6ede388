"""The date grammar as a pipeline component: the time expressions of each sentence, resolved against the
article's publication date (`doc.user_data["frontlog_published"]`; without it, relative ones stay unresolved),
as `doc.spans["times"]` labelled with their kind.

The grammar stays a set of regular expressions over the sentence's characters, not token patterns: its forms
cut through spaCy's tokens ("Nov. 28-29", "2019-05-22", "mid-March", "the 1990s", "18h00") and read digits inside
them, which a token matcher cannot express."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from frontlog.extract.arguments import text_of
from frontlog.extract.components import ALIGN, ENTRY_DAYS, FILED_DAY, TIMES, entry_day, no_knowledge, put
from frontlog.extract.dates import DateGrammar
from frontlog.extract.nlp import PUBLISHED
from frontlog.knowledge.base import KnowledgeBase


class TimeSpans:
    def __init__(self, name: str) -> None:
        self.name = name
        self.grammar: DateGrammar | None = None

    def use(self, kb: KnowledgeBase, grammar: DateGrammar | None = None) -> None:
        self.grammar = grammar or DateGrammar(kb)

    def __call__(self, doc: Doc) -> Doc:
        if self.grammar is None:
            raise no_knowledge(self.name)
        published = doc.user_data.get(PUBLISHED)
        text = text_of(doc)  # built once per document (spaCy rebuilds Doc.text and Span.text from tokens)
        entries = self.grammar.entry_days(text, published)
        doc.user_data[ENTRY_DAYS] = entries
        # "MAIDUGURI, Nigeria, June 7 (Reuters) - ... on Wednesday": the reporter counted from the day the story
        # was filed, which a page's publication date may follow by days (rule date.dateline_day).
        filed = self.grammar.filing_day(text, published)
        doc.user_data[FILED_DAY] = filed
        spans, values = [], []
        for sent in doc.sents:
            # In a live blog, an entry's times count from the day the entry was written (rule date.blog_entry).
            day = entry_day(entries, sent.start_char, filed or published)
            for t in self.grammar.find(text[sent.start_char:sent.end_char], day):
                span = sent.char_span(t.start, t.end, label=t.kind, alignment_mode=ALIGN)
                if span is None:
                    span = doc[sent.start:sent.start]  # never seen: an expression covers a word
                spans.append(span)
                values.append((sent.start, t))
        put(doc, TIMES, spans, values)
        return doc


@Language.factory("frontlog_times")
def make_time_spans(nlp: Language, name: str) -> TimeSpans:
    return TimeSpans(name)
