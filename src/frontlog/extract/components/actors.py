"""The actor table as a pipeline component: named actors ("Syrian government forces", "Hezbollah", "Russia"
acting as its state) as `doc.spans["actors"]` labelled with the actor's canonical name, and the generic nouns
that stand for one ("the jihadists", "gunmen", "government forces" with no country) labelled "generic:<class>".
Role phrases resolve with the article's main country, which the place component (before it) found."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from frontlog.extract.arguments import text_of
from frontlog.extract.components import ACTORS, ALIGN, COUNTRY, no_knowledge, put
from frontlog.knowledge.actors import ActorTable
from frontlog.knowledge.base import KnowledgeBase


class ActorSpans:
    def __init__(self, name: str) -> None:
        self.name = name
        self.table: ActorTable | None = None

    def use(self, kb: KnowledgeBase) -> None:
        self.table = kb.actors

    def __call__(self, doc: Doc) -> Doc:
        if self.table is None:
            raise no_knowledge(self.name)
        text = text_of(doc)
        named, generic = self.table.scan(text, doc.user_data.get(COUNTRY))
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
