"""`frontlog explain ARTICLE`: why the extractor coded what it coded, sentence by sentence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from frontlog.extract.rules import RULES, Explanation
from frontlog.model.records import Article, Event


def explain(articles: Sequence[Article]) -> list[tuple[Explanation, list[Event]]]:
    """Each article's explanation (every trigger, kept or dropped and by which rule) and its final events."""
    from frontlog.extract.pipeline import explain_articles

    return explain_articles(articles)


def explanation_lines(trace: Explanation, events: list[Event], rule_help: bool = True) -> Iterator[str]:
    """The explanation as text: sentences with their triggers, then the events with their rules."""
    yield f"== {trace.doc_id}"
    for s in trace.sentences:
        where = f"sentence {s.index + 1}" if s.index >= 0 else "after merging"
        yield f"-- {where}: {s.text}"
        for d in s.decisions:
            verdict = "kept" if d.kept else "dropped"
            detail = f" - {d.detail}" if d.detail else ""
            yield f"   [{verdict}] {d.trigger!r} ({d.sub}) by {', '.join(d.rules)}{detail}"
    yield f"-- {len(events)} event(s):"
    used: list[str] = []
    for n, ev in enumerate(events, 1):
        actors = " vs ".join(a for a in (ev.actor1, ev.actor2) if a) or "no actor"
        yield (f"   {n}. {ev.sub_event_type} | {actors} | {ev.location or '?'} ({ev.country or '?'}, precision "
               f"{ev.geo_precision}) | {ev.date_start}..{ev.date_end}")
        yield f"      rules: {', '.join(ev.rules or [])}"
        used += ev.rules or []
    if rule_help:
        used += [r for s in trace.sentences for d in s.decisions for r in d.rules]
        yield "-- the rules named above:"
        yield from (f"   {r}: {RULES[r]}" for r in dict.fromkeys(used))
