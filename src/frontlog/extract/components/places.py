"""The place finder as a pipeline component: every place name of the document, resolved in the article's own
country context, as `doc.spans["places"]` (label "Name (CC)", the place it resolves to), and the article's main
country (the most named one) for the components after it.

The finder reads the document's spaCy tokens: its name words (`places.name_words`) are tokens, joined where a
name crosses spaCy's token boundaries ("al-Bab" is one name word and three tokens) and cut where a token holds
more than one ("U.S." is the name word "U.S", a possessive "Aleppo's" reads "Aleppo"). Its rules still read the
characters between words (one space, a line break) and the words around a name (datelines, "the town of")."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from frontlog.extract.arguments import text_of
from frontlog.extract.components import ALIGN, COUNTRY, PLACES, UNLOCATED, no_knowledge, put
from frontlog.extract.places import DATELINE, PlaceFinder, place_finder
from frontlog.knowledge.base import KnowledgeBase


def place_label(place) -> str:
    return f"{place.name} ({place.country})"


class PlaceSpans:
    def __init__(self, name: str) -> None:
        self.name = name
        self.finder: PlaceFinder | None = None

    def use(self, kb: KnowledgeBase) -> None:
        self.finder = place_finder(kb)

    def __call__(self, doc: Doc) -> Doc:
        if self.finder is None:
            raise no_knowledge(self.name)
        located, unlocated = self.finder.locate_all(doc, text=text_of(doc))
        # The main country from the places the gazetteer knows (a name it does not know has its locator's), not
        # counting where the report was filed ("NAIROBI, Kenya -" over a story of southern Somalia) unless the text
        # names no other place.
        countries = Counter(p.country for m, p in located if p.resolved and m.modifier != DATELINE) \
            or Counter(p.country for _, p in located if p.resolved)
        doc.user_data[COUNTRY] = countries.most_common(1)[0][0] if countries else None
        doc.user_data[UNLOCATED] = unlocated
        spans, values = [], []
        for mention, place in located:
            # A name's characters may end inside a spaCy token ("U.S" of "U.S."): the span covers the token,
            # the mention keeps the name's own offsets.
            span = doc.char_span(mention.start, mention.end, label=place_label(place), alignment_mode=ALIGN)
            if span is not None and len(span):
                spans.append(span)
                values.append((mention, place))
        put(doc, PLACES, spans, values)
        return doc


@Language.factory("frontlog_places")
def make_place_spans(nlp: Language, name: str) -> PlaceSpans:
    return PlaceSpans(name)
