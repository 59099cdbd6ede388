"""frontlog's spaCy pipeline components: the finders that run once per document, after the parser, each
writing what it found into `doc.spans[GROUP]` (one tokeniser: spaCy's), with labels a user can read:

    frontlog_places    doc.spans["places"]    label "Name (CC)": the place the mention resolves to
    frontlog_actors    doc.spans["actors"]    label the actor's canonical name, or "generic:<class>"
    frontlog_triggers  doc.spans["triggers"]  label the trigger entry's id ("recapture -> @territory")
    frontlog_times     doc.spans["times"]     label the time expression's kind ("explicit", "relative"...)

The publication date the times resolve against is doc.user_data[extract.nlp.PUBLISHED] (set by `nlp.pipe`).

Next to each span group the component keeps, in the same order, the object the coding passes read (a place
mention with its candidates, an actor mention, a trigger match, a time expression): `found(doc, group)`.

Knowledge: every component is built empty by its factory and given a KnowledgeBase by `use(kb)`, which
`extract/nlp.py`'s `load_nlp(kb)` calls once per pipeline; there is one pipeline per KnowledgeBase, so no
component reads a process-wide singleton and two knowledge bases never share a component.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

COUNTRY = "frontlog_country"  # doc.user_data key: the article's main country, from its places
UNLOCATED = "frontlog_unlocated"  # doc.user_data key: spans of place names no gazetteer entry nor locator places
ENTRY_DAYS = "frontlog_entry_days"  # doc.user_data key: (offset, day) of a live blog's entry headers
FILED_DAY = "frontlog_filed_day"  # doc.user_data key: the day a dated dateline says the story was filed, or None
TEXT = "frontlog_text"  # doc.user_data key: the document's text (spaCy rebuilds Doc.text from its tokens each time)
TRIGGER_RANGES = "frontlog_trigger_ranges"  # doc.user_data key: the trigger spans' offsets and tokens, read once
GROUPS = ("places", "actors", "triggers", "times")
PLACES, ACTORS, TRIGGERS, TIMES = GROUPS  # the span groups, named once
# How a mention's characters become a span when they cut a token: widened to whole tokens.
ALIGN = "expand"


class NoKnowledgeError(RuntimeError):
    """A frontlog component ran before it was given its knowledge."""


def no_knowledge(name: str) -> NoKnowledgeError:
    return NoKnowledgeError(f"component {name!r} has no knowledge: build the pipeline with "
                            "frontlog.extract.nlp.load_nlp(kb), not spacy.load or nlp.add_pipe alone")


def _key(group: str) -> str:
    return f"frontlog_{group}"  # doc.user_data key of what the group's spans stand for


def put(doc: Doc, group: str, spans: Sequence[Span], values: Sequence[Any]) -> None:
    """Write the span group and, in the same order, what each span stands for."""
    doc.spans[group] = list(spans)
    doc.user_data[_key(group)] = list(values)
    doc.user_data.pop(TRIGGER_RANGES, None)  # (built again from the new spans when read)


def _triggers_read(doc: Doc) -> tuple[tuple[tuple[int, int], ...], frozenset[int]]:
    """The trigger spans' (start, end) token offsets and the tokens inside them, built once per document: the
    coding passes ask, per candidate and per word, whether a token is inside some trigger (reading the span group
    builds Span objects each time)."""
    got = doc.user_data.get(TRIGGER_RANGES)
    if got is None:
        ranges = tuple((sp.start, sp.end) for sp in doc.spans.get(TRIGGERS, ()))
        got = doc.user_data[TRIGGER_RANGES] = (ranges, frozenset(i for a, b in ranges for i in range(a, b)))
    return got


def trigger_ranges(doc: Doc) -> tuple[tuple[int, int], ...]:
    """(start, end) token offsets of every trigger span."""
    return _triggers_read(doc)[0]


def trigger_tokens(doc: Doc) -> frozenset[int]:
    """The index of every token inside a trigger span."""
    return _triggers_read(doc)[1]


def found(doc: Doc, group: str) -> list[tuple[Span, Any]]:
    """(span, what it stands for) of one group, in the order the component found them."""
    values = doc.user_data.get(_key(group))
    if values is None:
        raise NoKnowledgeError(f"this document has no frontlog {group!r} spans: parse it with the pipeline of "
                               "frontlog.extract.nlp.load_nlp(kb)")
    return list(zip(doc.spans[group], values, strict=True))


def entry_day(entries: Sequence[tuple[int, dt.date]] | None, offset: int,
              default: dt.date | None = None) -> dt.date | None:
    """The day of the live-blog entry (ENTRY_DAYS: (offset, day) pairs in order) that text at `offset` is in."""
    return next((d for at, d in reversed(entries or ()) if at <= offset), default)
