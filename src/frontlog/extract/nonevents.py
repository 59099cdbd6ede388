"""What the text tells but is not an act to code: summaries and tallies, comparisons and trends, grievances and
stated causes, states of affairs, a frame around another act, and headlines that only announce the story's acts."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from frontlog.extract.arguments import Mention, act_doers, span_text, text_of
from frontlog.extract.candidates import (
    CROWD_TYPES,
    NON_STATE_KINDS,
    STATISTIC_TOLL,
    UNARMED_KINDS,
    Stages,
    _extent,
    _kind,
    _perfect,
    _verb_of,
    _within,
    clause_verb,
    first_conjunct,
)
from frontlog.extract.dates import TimeExpr, TimeKind
from frontlog.extract.dating import compares
from frontlog.extract.discourse import _goes_on
from frontlog.extract.subtypes import men_lost
from frontlog.knowledge.gazetteer import COUNTRY_KIND, Place
from frontlog.knowledge.lexicon import ATTACK_CLASS, KILL_CLASS, TERRITORY_CLASS, Trigger, TriggerMatch
from frontlog.model.records import SUB_TO_TYPE, Event, EventType, SubType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


MONTH_DAYS = 28  # a time expression this long or longer names a month, a season or a year
TALLY_DAYS = 31  # a toll told in the present perfect "since" a date further back sums up many acts
SEASON_DAYS = 92  # a past toll over a window longer than this (a year), at no town, is a statistic
REGION_TALLY_TOLL = 100  # ... when it counts at least this many dead


def _headline_sentences(doc: Doc) -> list[str]:
    """The sentences of the article's headline (its first line, when that is no sentence), as evidence holds
    them; none when the article has no headline."""
    first = next(doc.sents, None)
    if first is None or first.text.rstrip().endswith((".", "!", "?", '"', "”")):
        return []
    # The headline is the first line, though the parser may cut it in two ("X signs truce; army arrests Y"). A
    # first line that ends a sentence is the lede after a dateline ("KABUL (Reuters) - Gunmen killed ...."),
    # as in articles given without their title: no headline.
    line_end = text_of(doc).find("\n", first.start_char)
    line = text_of(doc)[first.start_char:line_end if line_end > 0 else None]
    if line.rstrip().endswith((".", "!", "?", '"', "”")):
        return []
    lines = [first] + ([s for s in doc.sents if first.end_char <= s.start_char < line_end]
                       if line_end > 0 else [])
    return [" ".join(span_text(s).split()) for s in lines]


def _drop_stray_headlines(events: list[Event], heads: list[str]) -> list[Event]:
    """A headline sums up the story in few words; when its act joined none of the body's acts although the
    body tells acts of the same type, its words were read wrongly (a place or a side borrowed from the other
    half of the headline): the body's own records stand."""
    headlines = [[h] for h in heads]
    body_types = {e.event_type for e in events if e.evidence not in headlines}
    return [e for e in events if not (e.evidence in headlines and e.event_type in body_types)]


def _drop_headline_summaries(events: list[Event], heads: list[str], countries: set[str]) -> list[Event]:
    """drop.headline_summary: "Malawi: 18 dead as police crush protests" over a story that tells the protests
    town by town. A record told in the headline and placed at a region or the country, when the body tells an
    act of its sub-type (of its type, for crowds) at another place in that region or country, sums up the body's
    acts (their place narrowed away): the body's records stand."""
    if not heads:
        return events
    told = set(heads)
    body = [e for e in events if not told & set(e.evidence)]

    def inside(b: Event, e: Event) -> bool:
        if b.country != e.country or b.location == e.location:
            return False
        return e.location in countries or b.admin1 in (None, e.location, e.admin1)

    def summed(e: Event) -> bool:
        return e.geo_precision == 3 and bool(told & set(e.evidence)) and any(
            inside(b, e) and (b.sub_event_type == e.sub_event_type
                              or b.event_type == e.event_type and b.event_type in CROWD_TYPES) for b in body)

    return [e for e in events if not summed(e)]


def _told_as_toll_of(head, matches) -> bool:
    """Is the trigger what a killing trigger's toll was summed over ("40 were killed in the fighting", "120 were
    killed in June, 40 of them in X and 25 in Y, mostly in attacks by Z": a part of the toll, a number hung on the
    killing, counts as the killing)?"""
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return False
    gov = head.head.head
    while gov.pos_ == "NUM" and gov.dep_ in ("conj", "dep", "appos") and gov.head.i != gov.i:
        gov = gov.head
    return any(m.head.i == gov.i and any(t.sub == KILL_CLASS for t in m.alternatives) for m in matches)


def _same_spot(a, b) -> bool:
    """Are two places of one sentence's acts the same spot: the same place, or a place the gazetteer does not know
    put at the point of the one that locates it ("a camp at Plaine Savo, near Bule": both at Bule's point)?"""
    return a == b or isinstance(a, Place) and isinstance(b, Place) and (a.lat, a.lon) == (b.lat, b.lon)


def _frame_of_act(st: Stages, head, matches) -> bool:
    """Is an attack noun the frame of a rape or an abduction told in the same clause ("gang members raped ten
    women during an attack on the district", "were abducted in a raid on their village"), with no armed side
    named in it? The raid is where that act was done, not a second act (and no battle): its toll, if any, is told
    by a killing verb of its own."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in st.words.lower("linking_prepositions"):
        return False
    governor = head.head.head
    framed = {SubType.SEXUAL_VIOLENCE, SubType.ABDUCTION_FORCED_DISAPPEARANCE}
    if not any(m.head.i == governor.i and any(t.sub in framed for t in m.alternatives) for m in matches):
        return False
    armed = st.args.ARMED_VICTIMS
    return not any(t.lemma_.lower() in armed or t.lower_ in armed for t in head.subtree)


def _noun_modifier(st: Stages, head, heads) -> bool:
    """"protest leaders", "ceasefire monitors", "attack helicopters": an act word that only describes a person,
    body or machine (words/act_described_nouns) it modifies, no trigger of its own;
    "anti-coup marchers", "opponents of the coup": an act word behind an attitude's prefix or noun
    (words/attitude_prefixes, words/attitude_nouns)."""
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and doc[head.i - 2].lower_ in st.words.lower("attitude_prefixes"):
        return True  # "anti-coup demonstrators", "the pre-war border": an attitude or a period, no act
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in st.words.lower(
            "attitude_nouns") and head.pos_ == "NOUN":
        return True  # "opponents of the coup took to the streets": who the people are, as "anti-coup" says
    called = head.head.head  # "condemned the ouster as a coup": the parse hangs "as" on the verb or its object
    if head.dep_ == "pobj" and head.head.lower_ in st.words.lower("characterising_prepositions") \
            and any(c.dep_ == "det" for c in head.children) and (  # ("saw as fraud set fire": no noun called)
            called.pos_ == "VERB" and any(c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT") for c in called.children)
            or called.dep_ == "dobj"):
        return True  # "condemned the ouster as a coup": what the act its verb is done to is called, no act again
    noun = head.head
    # ("Ceasefire talks in Doha failed": the parse may tag a plural noun a verb; a verb as a subject or an object
    # is that noun)
    misread = noun.pos_ == "VERB" and noun.tag_ == "VBZ" and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if head.dep_ != "compound" or noun.i == head.i or noun.pos_ != "NOUN" and not misread:
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in head.sent):
        return False  # a headline with no verb read: "Police arrest faction leader" may be its verb misread
    return not any(h.i == noun.i for h in heads) and noun.lemma_.lower() in st.words.lower("act_described_nouns")


def _clause_of_act(head, heads, places: list[Mention]) -> bool:
    """Is the trigger a relative clause of another trigger's noun that names no place of its own ("the capture
    of X, which cut the motorway", "the raid, which destroyed a depot")? It tells what that act did."""
    if head.dep_ != "relcl":
        return False
    noun = head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "the capture of Saraqib, which ...": the clause may hang on the act's object
    if noun.pos_ != "NOUN" or not any(h.i == noun.i for h in heads):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in head.children):
        return False
    lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    return not any(lo <= p.start < hi for p in places)


def _state_participle(head, trig: Trigger, crowds: frozenset[str] = frozenset(), tokens: Sequence = ()) -> bool:
    """A participle used as an adjective of a place ("occupied Kherson", "the besieged town", "liberated
    areas", "the surrounding hills"), of goods ("looted buildings") or of a person ("ousted President X")
    describes a state or a position, not an act told here."""
    if head.dep_ in ("pcomp", "pobj") and head.tag_ in ("VBN", "VBD") and head.i == head.head.i + 1 \
            and head.head.pos_ == "ADP" and trig.sub == TERRITORY_CLASS:
        return True  # "in occupied Horlivka" read as a verb after its preposition: the place's state all the same
    if head.dep_ == "acl" and head.tag_ in ("VBN", "VBD") and head.head.dep_ == "pobj" \
            and trig.sub == SubType.PEACEFUL_PROTEST and head.head.lemma_.lower() in crowds:
        return True  # "shot the men in front of a crowd gathered in the square": who stood there, not a protest
    if trig.sub == SubType.OTHER and any(t.dep_ == "amod" and t.tag_ == "VBN" for t in (head, *tokens)):
        return True  # "the return of ousted President X": who the person is, not the coup told here
    if head.dep_ != "amod":
        return False
    if head.tag_ == "VBN" and head.i >= 2 and head.nbor(-1).text in "-–" and head.nbor(-1).whitespace_ == "" \
            and head.nbor(-2).lemma_.lower() not in trig.phrase:  # ("gang-raped" is one verb)
        return True  # "the junta-appointed governor", "a state-appointed commission": who made the noun what it is
    # "in fires in looted buildings": the looting told, as the buildings' state.
    return head.tag_ in ("VBN", "VBG") and trig.sub in (TERRITORY_CLASS, SubType.ARMED_CLASH) \
        or head.tag_ == "VBN" and trig.sub in (SubType.LOOTING_PROPERTY_DESTRUCTION,
                                              SubType.NON_VIOLENT_TRANSFER_OF_TERRITORY)  # ("abandoned houses")


def _in_actor_name(match: TriggerMatch, actors: list[Mention]) -> bool:
    """Is the trigger a word inside a group's name ("National Liberation Army", "Rapid Assault Brigade")? A
    capitalised word of an actor mention that is not the mention's last word (the name's head noun follows
    it): in "Russian airstrikes" the trigger is the head, and the act."""
    head = match.head
    if not head.is_title or head.i == head.sent.start:
        return False
    words = [t for t in head.sent if t.is_alpha]
    if sum(t.is_title for t in words) * 2 > len(words):
        return False  # A Headline In Title Case capitalises every act too
    start, end = match.tokens[0].idx, match.tokens[-1].idx + len(match.tokens[-1].text)
    text = text_of(head.doc)
    return any(m.start <= start and end < m.end and text[end:m.end].strip() for m in actors)


def _since_clause(st: Stages, verb) -> bool:
    """Does the verb carry a clause or phrase that opens with "since" ("have killed hundreds since the junta
    seized power", "since the coup")? A span up to now, bounded by an act rather than a date."""
    return any(_since_child(st, c) for c in verb.children)


def _since_child(st: Stages, c) -> bool:
    """Is the child a clause or phrase that opens with "since"? (the parse may read it a phrase)"""
    return st.modality.since_clause(c) or c.dep_ == "prep" and c.lower_ in st.modality.presupposing


def _days_at_a_town(st: Stages, times, places: Sequence[Mention]) -> bool:
    """"Strikes on Khan Younis over the past week have killed 60 people": a toll over the last few days (patterns
    past_span, a week at most) at a town the sentence names is an aggregate report of acts in one place and window
    (spec), not a tally."""
    spans = [t for t in times if t.kind in (TimeKind.SINCE, TimeKind.DURATION)]
    return bool(spans) and all((days := _span_days(st, t)) is not None and days <= 7 for t in spans) \
        and any(m.precision < 3 and not m.extra.get("in_actor") for m in places)


def _span_days(st: Stages, t) -> int | None:
    """How many days a span up to now covers: "over the past week" (patterns past_span), or a "since" a day, "since
    Monday" in Tripoli, from that day on (drop.summary: a few days' toll at a town is one aggregate, not a tally)."""
    days = st.past_span_days(t)
    if days is None and t.kind == TimeKind.SINCE and t.date_start is not None and t.date_end is not None:
        days = (t.date_end - t.date_start).days
    return days


def _since_a_month(st: Stages, verb, times) -> bool:
    """"600 militants were killed since the offensive began in August": a toll told in the past with a "since"
    clause or phrase that names a month or more ("in August", "in 2017") sums up the acts from then to now, the
    perfect's sense (a day there, "since Monday", may be one fight)."""
    months = [t for t in times if t.date_start is not None and t.date_end is not None
              and (t.date_end - t.date_start).days >= MONTH_DAYS]
    return any(_since_child(st, c) and timed_within(c, months) for c in verb.children)


def _reported_perfect(st: Stages, head) -> bool:
    """"The army said its operations had killed 200 jihadists over the past two months": a past perfect told in a
    report's words is the present perfect of the one who speaks (a toll summed up to the day of the report)."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in head.children):
        return False
    clause = first_conjunct(head)
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in st.modality.reporting_verbs


def _summary(st: Stages, sent: Span, times, head, places: Sequence[Mention] = ()) -> bool:
    """A tally or a habit over a span of time: "has killed more than 2,600 since 2017", "have repeatedly
    targeted", "more than 3,000 rockets have been fired since Monday", "has killed hundreds this year", "2,600
    were killed in the north-west last year"."""
    if _counted_trend(st, head, places):
        return True
    if _fight_of_tally(st, sent, times, head, places):
        return True
    if _fighting_of_tally(st, times, head):
        return True
    if _trend(st, head) or _long_counted_span(st, head, places) or _share_fallen(st, head, times):
        return True
    if _summed_since_onset(st, times, head) or _campaign_told(st, times, head):
        return True
    run = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if run is not None and run.lemma_.lower() in st.words.lower("series_nouns") \
            and not any(c.dep_ == "nummod" for c in run.children) and not any(t.date_start for t in times):
        return True  # "after a spate of attacks blamed on al-Shabaab": many acts told as known, no day of their own
    if _earlier_acts(st, sent, times, head):
        return True
    if head.pos_ == "NOUN" and head.dep_ == "nsubj" and head.lemma_.lower() in st.fights \
            and _counted_places_taken(st, head.head):
        return True  # "the offensive has taken more than 50 villages": the campaign's tally, no fight of its own
    # (told up to now, or up to the report's day when its clause names no day: "had killed 30 near Diffa on
    # Sunday in an operation against a faction formed in 2016" is Sunday's act)
    on_a_day = timed_within(head, [t for t in times if t.date_start is not None and t.date_end is not None
                                    and (t.date_end - t.date_start).days < 7])
    summed = _perfect(head) or _reported_perfect(st, head) and not on_a_day
    if head.lemma_.lower() in st.toll_lemmas and not on_a_day and _since_a_month(st, head, times):
        # "were killed since the offensive began in August": summed up from then to now ("killed 11 on Sunday in
        # the deadliest attack since 2020" is one act, its own day told)
        return True
    # (a span in a superlative's phrase compares, it sums nothing: "had killed 12 near Zurmi, the deadliest attack
    # in the area since January")
    compared = [t for t in times if compares(head.sent, head, t)]
    toll = head.lemma_.lower() in st.toll_lemmas or _men_lost(st, head)
    # ("police have recovered 120 explosive devices in X so far this year", "have arrested 1,200 gang members this
    # year": a count summed up to now over months, as a toll is, no one act)
    counted = summed and head.pos_ == "VERB" and any(c.dep_ == "nummod" for o in head.children if o.dep_ == "dobj"
                                                     for c in o.children)
    if (toll or counted) and any(
            _tally_span(t) and t not in compared and (summed and toll or (t.date_end - t.date_start).days > SEASON_DAYS)
            for t in times):
        # A toll over a window longer than a month: in the present perfect ("has killed hundreds in the region
        # this year") it is summed up to now; in the past, over a year at no town ("were killed in the
        # north-west last year") it is a statistic (spec), not an act.
        if summed or not any(m.precision < 3 for m in places) \
                and (st.args.fatalities(span_text(sent)) or 0) >= REGION_TALLY_TOLL:
            return True
    if _people_taken_tally(st, head, times, compared, summed, places):
        return True
    # "since then": from an act told before, up to now.
    spans_time = any(t.kind in (TimeKind.SINCE, TimeKind.DURATION) for t in times) \
        or bool(st.since_told.search(span_text(sent))) or _since_clause(st, _verb_of(head))
    # "the number of people detained in the capital since the weekend passed 6,000": the act's participle says what a
    # running count counts, over a span, a tally (the acts are told elsewhere, if at all).
    # (the parser may hang the participle on the count itself or make the count its subject)
    tallies = st.words.lower("tally_nouns")
    counts = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if head.dep_ == "acl":
        of = head.head.head if head.head.dep_ == "pobj" and head.head.head.lower_ == "of" else None
        counts += [head.head] + ([of.head] if of is not None else [])
    if spans_time and head.tag_ == "VBN" and any(
            c.lemma_.lower() in tallies and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
            for c in counts):
        return True
    # "the islands have seen some 20 coups or attempted coups since 1975": acts counted up to now, a tally (the
    # count on the first of two coordinated nouns counts both)
    plural = head.head if head.dep_ == "conj" and head.head.tag_ == "NNS" else head
    verb = plural.head if plural.dep_ in ("nsubj", "nsubjpass", "dobj") else plural
    if plural.tag_ == "NNS" and _perfect(verb) and any(c.dep_ == "nummod" for c in plural.children) \
            and (spans_time or _since_clause(st, verb)):
        return True
    if head.pos_ == "NOUN" and head.dep_ == "nsubj" and head.head.pos_ == "VERB" and (
            head.head.lemma_.lower() in st.words.lower("kill_lemmas")
            or _perfect(head.head) and head.lower_ in st.words.lower("lasting_hostility_nouns")):
        # "Clashes have killed hundreds since April", "the fighting has uprooted 300,000 villagers": the fighting is the
        # subject of the tally, not an act.
        head = head.head
    habitual = st.words.lower("habitual_adverbs")
    if any(c.lower_ in habitual and c.pos_ not in ("PRON", "DET") for c in head.children) and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "PRP" for c in head.children):
        return True  # (not "had repeatedly raped them": the acts done to people just named are one act)
    if head.dep_ == "conj" and head.pos_ == "VERB" and head.head.pos_ == "VERB" and any(
            c.dep_ == "advmod" and c.lower_ in habitual for c in head.head.children) and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "PRP" for c in head.children):
        return True  # "they regularly ambush troops and kidnap travellers": the habit is both verbs'
    if head.tag_ == "NNS" and head.dep_ == "dobj" and any(
            c.dep_ == "advmod" and c.lower_ in habitual for c in head.head.children):
        return True  # "has repeatedly broken ceasefires", "have often carried out raids": acts in the plural, a habit
    if head.tag_ in ("VBZ", "VBP") and any(c.dep_ == "npadvmod" and any(g.lower_ in habitual for g in c.children)
                                           for c in head.children):
        return True  # "militants attack the road every week": a habit told in the present
    # "police routinely disperse them with tear gas": a habit told in the present on the verb whose clause tells
    # the act (a noun trigger's too), whatever it is done to.
    verb = head.head.head if head.dep_ == "pobj" else _verb_of(head)
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)  # "clashes are reported regularly"
    if present and any(c.dep_ == "advmod" and c.lower_ in habitual for c in verb.children):
        return True
    if present and verb.i != head.i and any(c.dep_ == "npadvmod" and any(g.lower_ in habitual for g in c.children)
                                            for c in verb.children):
        return True  # "pensioners hold a protest every Thursday": a noun trigger's habit, told on its verb
    # "The ADF has killed thousands of civilians": a group's war-long toll in the present perfect, no act.
    # "The war has killed tens of thousands": the same of a lasting hostility (a war, an insurgency, clashes).
    lasting = st.words.lower("lasting_hostility_nouns")
    tally = _perfect(head) and any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in lasting)
                                   for c in head.children)
    onsets = st.words.lower("battle_onset_verbs")
    # (an onset told as a day counted from the report, "launched on Monday", is days ago: its toll may be one act)
    lately = [t for t in times if t.kind == TimeKind.RELATIVE and t.date_start is not None
              and t.date_start == t.date_end]
    if tally and any(c.dep_ == "nsubj" and c.lower_ in lasting and any(
            a.dep_ in ("acl", "relcl") and a.lemma_.lower() in onsets and not timed_within(a, lately)
            for a in c.children) for c in head.children):
        # "The offensive, launched on February 18, has killed more than 900 civilians": a lasting hostility told
        # from its onset, its toll summed up to now (the date is its start, not an act's).
        return True
    if spans_time and _perfect(head) and head.lemma_.lower() in st.toll_lemmas \
            and not _days_at_a_town(st, times, places):
        return True  # "60 civilians have been killed in Papua since 2018": a toll since a date, not an act
    # "Since it seized power, the junta has been accused of killing more than 4,000": a state's span as well.
    spans_time = spans_time or any(t.dep_ == "mark" and t.lower_ in st.modality.presupposing for t in sent)
    if not spans_time and not tally:
        return False
    # The clause's verb: the trigger, or the verb a trigger noun is the subject or object of ("U.S. drones have
    # carried out 300 strikes since 2004": both nouns are the tally's, not an act).
    # (a noun listed after another is told in that one's clause: "a campaign of abductions and killings")
    noun = first_conjunct(head) if head.pos_ == "NOUN" else head
    counted = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "hundreds of strikes"
    clause = counted.head if head.pos_ == "NOUN" and counted.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    if _perfect(clause) and any(t.kind in (TimeKind.SINCE, TimeKind.DURATION) and _tally_span(t) for t in times):
        # "raids have killed dozens of herders since May", "have fought heavy battles for several months":
        # many fights summed up
        return True

    # The people or things counted: "arrested 230 suspected rebels", "1,200 people have been arrested".
    counted = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    big = max([st.args.fatalities(span_text(sent)) or 0, st.args.count_of(head) or 0,
               *(st.args.parse_number(c.lemma_) or 0 for c in counted),
               *(st.args.parse_number(g.text.replace(",", "")) or 0 for c in counted for g in c.children
                 if g.dep_ == "nummod")])
    return big >= STATISTIC_TOLL


def _people_taken_tally(st: Stages, head: Token, times: Sequence[TimeExpr], compared: Collection[TimeExpr],
                        summed: bool, places: Sequence[Mention]) -> bool:
    """"More than 3,600 people were abducted in the region last year", "gangs have kidnapped 300 people this year":
    at least REGION_TALLY_TOLL people taken (words/people_taking_lemmas) counted over more than a month summed up
    to now, or over more than a season at no town: a statistic, as such a toll of dead is."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in st.words.lower("people_taking_lemmas"):
        return False
    taken = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    n = max([0, *(st.args.parse_number(g.text.replace(",", "")) or 0 for c in taken for g in c.subtree
                  if g.dep_ == "nummod" and g.head.i == c.i)])
    if n < REGION_TALLY_TOLL:
        return False
    spans = [t for t in times if _tally_span(t) and t not in compared]
    return any(summed or (t.date_end - t.date_start).days > SEASON_DAYS and not any(m.precision < 3 for m in places)
               for t in spans)


def _experienced_before(st: Stages, sent: Span, times, head) -> bool:
    """Is the act told in the present perfect with an adverb of experience ("ETA has broken truces before", "the
    suburbs have seen waves of rioting before"; words/experience_adverbs.txt), in a sentence that gives no date? Such
    acts happened at some time; the clause names none at a place and time of its own."""
    if any(t.date_start is not None for t in times):
        return False
    path = [head]
    while path[-1].dep_ == "pobj" and path[-1].head.lower_ == "of" and path[-1].head.head.i != path[-1].i:
        path.append(path[-1].head.head)  # "waves of rioting", "a history of clashes": the noun the act is counted by
    verb = _verb_of(path[-1])
    adverbs = st.words.lower("experience_adverbs")
    # (the parse may hang the adverb on the act noun: "waves of rioting before")
    return _perfect(verb) and any(c.dep_ == "advmod" and c.lower_ in adverbs
                                  for t in {*path, verb} for c in t.children)


def _fight_of_tally(st: Stages, sent: Span, times, head, places: Sequence[Mention]) -> bool:
    """"More than 1,200 soldiers and rebels have been killed in clashes across eastern Congo this year": the fight
    a tally died in, over a window longer than a month and at no place below a country, is the tally's, not an act
    (a toll "in clashes in Beni since Monday" is one fight's)."""
    toll = head.head.head if head.dep_ == "pobj" and head.head.lower_ in st.words.lower("linking_prepositions") \
        else None
    if toll is not None and toll.dep_ == "dobj":
        toll = toll.head  # (the parse may hang the fight on the dead: "lost dozens of officers in gang attacks")
    if toll is None or toll.pos_ != "VERB" or toll.lemma_.lower() not in st.toll_lemmas and not _men_lost(st, toll):
        return False
    if not any(_tally_span(t) for t in times):
        return False
    # ("have been killed in clashes in Djibo this year", "have died in gang attacks in X since January": a toll
    # summed up to now over months is many fights, at a town too)
    if any(_kind(m.value) != COUNTRY_KIND for m in places) and not _perfect(toll):
        return False
    return _summary(st, sent, times, toll, places)


def _men_lost(st: Stages, verb) -> bool:
    """"The police have lost dozens of officers in gang attacks this year": a verb of losing people (words/
    loss_verbs) tells a toll as the killing verbs do."""
    return verb.lemma_.lower() in st.words.lower("loss_verbs") and men_lost(st, verb)


def _tally_span(t) -> bool:
    """Does the time span more than TALLY_DAYS, as a toll summed over many acts does?"""
    return t.date_start is not None and t.date_end is not None and (t.date_end - t.date_start).days > TALLY_DAYS


def _fighting_of_tally(st: Stages, times, head) -> bool:
    """"40 soldiers had died fighting insurgents in Cabo Delgado since January": a participle telling what the dead
    of a toll over more than a month were doing is the tally's, many fights summed up, not one act (drop.summary)."""
    # (the parser may read the participle as a noun in front of the object: "died [fighting insurgents]")
    misread = head.dep_ == "compound" and head.head.dep_ == "dobj"
    toll = head.head.head if misread else head.head
    return (misread or head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp")) and toll.pos_ == "VERB" \
        and toll.lemma_.lower() in st.toll_lemmas and any(
            t.kind in (TimeKind.SINCE, TimeKind.DURATION) and _tally_span(t) for t in times)


def _counted_places_taken(st: Stages, verb) -> bool:
    """Does the verb take places counted in the plural ("has taken more than 50 towns", "seized dozens of
    villages"), with no place named?"""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and _counted_settlements(st, c) and not _named_after(c) for c in verb.children)


def _named_after(noun) -> bool:
    """Are the things counted named ("the villages of X and Y", "three towns, X, Y and Z")? A region they lie in
    ("50 villages in Idlib province") names none of them."""
    # (A place named after "of" was tested by entity type, which the parse never gives: NER is not run.)
    return any(g.dep_ == "appos" for g in noun.children)


def _counted_settlements(st: Stages, noun) -> bool:
    """"more than 50 towns and villages", "dozens of villages": settlements counted in the plural."""
    towns = st.words.lower("settlement_nouns")
    if noun.tag_ == "NNS" and noun.lemma_.lower() in towns:
        return any(g.dep_ == "nummod" for g in noun.children)
    return st.args.parse_number(noun.lemma_) is not None and any(
        g.dep_ == "prep" and g.lower_ == "of" and any(o.lemma_.lower() in towns for o in g.children)
        for g in noun.children)


RANKING_TAGS = frozenset({"JJS", "RBS", "JJR", "RBR"})  # superlatives and comparatives ("deadliest", "worse")


def _ranked(tok) -> bool:
    """Is the word a superlative or comparative, or a noun one modifies ("the deadliest attack", "most lethal")?"""
    return tok.tag_ in RANKING_TAGS or any(c.dep_ in ("amod", "advmod") and _ranked(c) for c in tok.children)


def _reprisal_cause(st: Stages, head, times) -> bool:
    """drop.reprisal_cause: acts in the plural named as what an act answers ("in retaliation for Israeli strikes on
    southern Lebanon", "a response to Russian attacks on its energy grid", "in revenge for US air strikes"), with no
    time of their own, are the act's stated cause, many acts told as known: none is told here. One dated act so
    named ("in retaliation for a rocket attack on Metula on Sunday") is told, and stays."""
    reprisal = st.words.lower("reprisal_words")
    if head.pos_ == "VERB":
        # "in retaliation for civilians remaining passive while police killed his soldiers": a verb told inside
        # what the act answers is that cause too, when no time of its own dates it.
        cause = next((a for a in head.ancestors if a.dep_ in ("pobj", "pcomp") and a.head.dep_ == "prep"
                      and a.head.head.lemma_.lower() in reprisal), None)
        if cause is None:
            return False
        head = cause
    elif head.pos_ != "NOUN" or head.tag_ not in ("NNS", "NNPS") or head.dep_ != "pobj" or head.head.dep_ != "prep":
        return False
    if head.head.head.lemma_.lower() not in reprisal:
        return False
    lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    start = head.sent.start_char
    return not any(lo <= start + t.start and start + t.end <= hi for t in times)


def _toll_member(st: Stages, head) -> bool:
    """drop.toll_member: a killing told in a clause on one of the dead a toll is said to include ("the health
    ministry's toll included a comedian, who was shot dead in X"; "the dead included two nurses who were shot";
    "among the dead was a nurse who was shot"): one of that toll's dead, no act of its own."""
    if head.dep_ not in ("relcl", "acl"):
        return False
    person = head.head
    while person.dep_ in ("appos", "conj"):
        person = person.head  # ("a comedian, Mustafa Baraka, who was shot dead": the name may parse as either)
    verb = person.head
    counted = st.words.lower("toll_nouns") | st.words.lower("dead_nouns")
    if person.dep_ == "dobj" and verb.lemma_.lower() in st.words.lower("inclusion_verbs"):
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in counted for c in verb.children)
    # ("among the dead was a nurse who was shot", "among the victims were two teachers who were shot dead")
    among = st.words.lower("toll_member_prepositions")
    return person.dep_ in ("nsubj", "attr") and verb.lemma_ == "be" and any(
        c.dep_ == "prep" and c.lower_ in among and any(p.dep_ == "pobj" and p.lemma_.lower() in counted
                                                       for p in c.children) for c in verb.children)


def _crowd_siege(st: Stages, head, trig: Trigger) -> bool:
    """drop.crowd_siege: a siege verb whose doers are people of a place or a crowd ("protesters surrounded the
    parliament", "supporters who had surrounded the gas plant", "villagers encircled the police station") is a
    blockade or a protest, no battle (ACLED: a battle needs two armed, organised sides)."""
    if trig.sub != SubType.ARMED_CLASH or head.pos_ != "VERB" \
            or head.lemma_.lower() not in st.words.lower("siege_words"):
        return False
    # "supporters who had surrounded ...": the relative pronoun stands for the noun the clause describes, or for
    # the noun before "of" ("supporters of the former president who had surrounded ...": the parse may hang the
    # clause on the name).
    doers = act_doers(head)
    if head.dep_ == "relcl" and any(d.tag_ in ("WP", "WDT") for d in doers):
        doers = [head.head]
        if head.head.dep_ == "pobj" and head.head.head.lower_ == "of":
            doers.append(head.head.head.head)
    crowd = st.words.lower("crowd_doer_nouns") | st.words.lower("crowd_side_nouns") \
        | st.words.lower("unrest_doer_nouns") | st.words.lower("protester_lemmas")
    return any(d.lemma_.lower() in crowd for d in doers)


def _protest_manner(st: Stages, head) -> bool:
    """drop.protest_manner: "in protest" on a verb of what one person or a body does with no crowd out ("the
    minister resigned in protest at the pardon", "three judges stepped down in protest"; words/
    lone_protest_verbs.txt): the manner of a resignation or a boycott, no demonstration."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ != "in":
        return False
    verb = head.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]  # "stepped down" (either parse)
    lone = st.words.lower("lone_protest_verbs")
    return lemma in lone or any(f"{lemma} {p}" in lone for p in particles)


def _grievance(st: Stages, head) -> bool:
    """drop.protest_grievance: an act noun a crowd protests against or over ("in protest against the coup", "in
    protest at the killing", "protests over the killing of a student", "marched against the crackdown") is the
    crowd's cause, named as known, not an act told here; so is an act noun inside the cause's own noun ("a protest
    against the government's handling of the fighting", "over the start of the offensive"); so is an act verb in a
    relative clause on the cause ("protested over an operation in which soldiers clashed with the insurgents"), and
    the protest may be told by a verb ("demonstrated against fighting between the separatists and the army")."""
    if head.pos_ in ("VERB", "AUX") and head.dep_ == "relcl" and head.head.pos_ == "NOUN":
        head = head.head  # the clause describes the cause it hangs on: the act is part of that cause
    if head.pos_ != "NOUN":
        return False
    if head.dep_ == "compound" and head.head.pos_ == "NOUN":
        head = head.head  # "demonstrated against the arrest campaigns": the act noun names the cause's kind
    for _ in range(2):  # up "of" to the noun it completes, two deep
        if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.pos_ != "NOUN":
            break
        head = head.head.head
    protesting = st.words.lower("protester_lemmas") | st.words.lower("protest_context") \
        | st.words.lower("protest_verbs")
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        # "rallied outside the embassy, denouncing the coup", "protested the killing": what the crowd denounces or
        # protests is its cause (a denouncing verb only as a participle or purpose of a crowd's own verb: "the AU
        # condemned the coup" may tell the coup)
        verb = head.head
        if verb.lemma_.lower() in st.words.lower("protest_verbs"):
            return True
        return verb.lemma_.lower() in st.words.lower("protest_aim_words") and verb.dep_ in ("advcl", "xcomp", "acl") \
            and (verb.head.lemma_.lower() in protesting or verb.head.lemma_.lower() in st.words.lower("assembly_verbs"))
    if head.dep_ != "pobj":
        return False
    protest = head.head.head
    if head.head.lower_ in st.words.lower("protest_noun_prepositions"):
        # "in protest at the killing": only right after the noun "protest" after "in" (the parse may hang the
        # preposition on the verb)
        before = head.doc[head.head.i - 1] if head.head.i > 0 else head.head
        return before.pos_ == "NOUN" and before.dep_ == "pobj" and before.head.lower_ == "in" \
            and before.lemma_.lower() in st.words.lower("protest_act_words")
    if head.head.lower_ not in st.words.lower("grievance_prepositions"):
        return False
    if protest.pos_ == "NOUN" and protest.dep_ == "pobj" and protest.head.head.pos_ == "VERB" \
            and protest.head.head.lemma_.lower() in st.words.lower("protest_verbs"):
        protest = protest.head.head  # "marched with red ribbons against the coup": the parse hangs it on the ribbons
    if protest.pos_ == "NOUN" and st.labour_strike(protest):
        return True  # "a general strike against the coup": a workers' stoppage, its cause
    return protest.lemma_.lower() in protesting


def _kin_of(people):
    """The noun people are named as the kin, funerals or bodies of ("relatives of soldiers", "the funerals of
    policemen"): the head of the 'of' whose object they are; None when they are not an 'of' object."""
    return people.head.head if people.dep_ == "pobj" and people.head.lower_ == "of" else None


def _crowd_described(st: Stages, head, times) -> bool:
    """drop.crowd_described: an act told as a participle on the people a crowd is drawn from or speaks for
    ("families of men detained by the militia held a sit-in", "relatives of students abducted by gunmen marched"),
    with no time of its own: who the crowd are, the cause they press, not an act told here."""
    if head.pos_ != "VERB" or head.dep_ != "acl" or head.tag_ != "VBN":
        return False
    kin = _kin_of(head.head)
    if kin is None or kin.dep_ != "nsubj":
        return False
    verb = kin.head
    gathering = st.words.lower("protest_verbs") | st.words.lower("assembly_verbs")
    protest = st.words.lower("protest_act_words")
    told = verb.lemma_.lower() in gathering or any(
        c.dep_ == "dobj" and protest & set(re.findall(r"[\w-]+", "".join(t.text_with_ws for t in c.subtree).lower()))
        for c in verb.children)  # ("held a sit-in": the parse may split the protest noun)
    return told and not timed_within(head, times, dated=False)


def _casualties_described(st: Stages, head, trig: Trigger, places: Sequence[Mention], times) -> bool:
    """drop.casualties_described: a fight noun under a participle of harm on people named as whose kin, funeral or
    bodies a phrase is about ("relatives of soldiers killed in clashes with militants held a rally", "the funerals
    of policemen killed in fighting with bandits"; words/wounding_verbs.txt), with no place nor time inside
    the participle's phrase: who the people are, not an act told here (its place would be where the people are
    now; people who are the sentence's own subject or object may be a toll told of the fight, kept). "Soldiers
    killed in clashes near X on Sunday" keeps its own place and day, an act."""
    if SUB_TO_TYPE.get(trig.sub) != EventType.BATTLES and trig.sub != ATTACK_CLASS:
        return False
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.dep_ != "prep":
        return False
    verb = head.head.head
    if verb.pos_ != "VERB" or verb.dep_ != "acl" or verb.tag_ != "VBN" \
            or verb.lemma_.lower() not in st.words.lower("wounding_verbs"):
        return False
    people = verb.head
    kin = _kin_of(people)
    of_people = kin is not None and kin.pos_ in ("NOUN", "PROPN")
    if not of_people and not any(c.dep_ == "prep" and c.lower_ == "of" for c in people.children):
        return False  # (only people named as whose kin, funerals or bodies: "the relatives of soldiers killed in";
        # the parse may hang the participle on the kin)
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    return not any(lo <= m.start < hi for m in places) and not timed_within(verb, times, dated=False)


def _described_party(head, trig: Trigger, times) -> bool:
    """drop.described_party: a deal or a change of side told in a past-perfect relative clause on the people it
    describes, with no time of its own ("two former guerrillas who had signed the peace deal were shot dead",
    "fighters who had surrendered last year" keeps its year): who the people are, not an act told here."""
    if head.dep_ in ("dobj", "pobj") and head.pos_ == "NOUN":
        head = head.head if head.dep_ == "dobj" else head.head.head  # "who had signed the ceasefire": its verb
    if trig.sub not in (SubType.AGREEMENT, SubType.CHANGE_TO_GROUP_ACTIVITY) or head.dep_ != "relcl":
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in head.children):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in head.children):
        return False  # "who had signed": a person's clause
    return not timed_within(head, times, dated=False)


def _described_victims(st: Stages, head) -> bool:
    """drop.described_victims: a surrender or capture told in a relative clause on whom a killing was done to
    ("shot dead two policemen who had surrendered at the station on Sunday", "executed soldiers who were captured
    near X"): it tells how the victims came to be out of the fight (the killing is an attack), not an act of its
    own, whatever time the clause carries (the killing's)."""
    if head.dep_ != "relcl" or not st.args.gives_up(head):
        return False  # ("gunmen who had captured the town": the clause has its own object, an act)
    victims = head.head
    verb = victims.head
    while verb.pos_ == "ADP" and verb.head.i != verb.i:  # ("fired on soldiers who had surrendered")
        verb = verb.head
    return victims.dep_ in ("dobj", "nsubjpass", "pobj") and verb.lemma_.lower() in st.words.lower("killing_verbs")


def _described_freed(st: Stages, head, trig: Trigger, times) -> bool:
    """drop.described_freed: an arrest told in a past-perfect relative clause on people a verb sets free ("a crowd
    attacked the gendarmerie and freed two men who had been detained there"; words/freeing_verbs.txt), with no time
    of its own, says who the people were, not an arrest (nor a protest's intervention) told here."""
    if trig.sub not in (SubType.ARRESTS, SubType.PROTEST_WITH_INTERVENTION) or head.dep_ != "relcl":
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in head.children):
        return False
    freed = head.head
    return freed.dep_ == "dobj" and freed.head.lemma_.lower() in st.words.lower("freeing_verbs") \
        and not timed_within(head, times, dated=False)


def _described_as(head, trig: Trigger, times) -> bool:
    """drop.described_as: a fight told in a relative clause on what a copula says people were ("police said the five
    were criminals who had opened fire on officers", "the two had been rebels who attacked the soldiers"), with no
    time of its own, says who those people were, as a side's account of them: no act told here."""
    if trig.sub not in (ATTACK_CLASS, SubType.ARMED_CLASH):
        return False
    verb = head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # ("who had opened fire": the trigger's noun, on its verb)
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children):
        return False
    described = verb.head
    return described.dep_ == "attr" and described.head.lemma_ == "be" and not timed_within(verb, times)


def _comparison(st: Stages, head, heads: Sequence = ()) -> bool:
    """drop.comparison: an act noun that names or ranks an act already told, or is the yardstick of that ranking,
    is not an act of its own: "called the raid a slaughter" (a name), "it was the deadliest attack since
    2015", "among the bloodiest raids of the conflict" (what the act told was), "the deadliest since the 2015
    bombing", "worse than the siege of X" (what it is measured by), "compared the assault to the 1941 invasion"
    (an act set beside another), "the first such strike in years" (the act told, counted among its kind). An act
    told with a superlative as its own subject ("the worst fighting in years erupted in X") is kept."""
    # ", the first ground fighting in years": a gerund as a noun, or as a participle on the noun before it
    gerund = head.dep_ == "acl" and head.tag_ == "VBG" and head.i == head.head.i + 1 and head.head.pos_ == "NOUN"
    if head.pos_ != "NOUN" and head.dep_ != "appos" and not gerund:
        return False
    naming = st.words.lower("naming_verbs")
    as_name = head.dep_ == "pobj" and head.head.lower_ == "as"
    namer = head.head.head if as_name else head.head
    if (as_name or head.dep_ == "oprd") and namer.lemma_.lower() in naming \
            and not any(c.tag_ in ("WP", "WDT") for c in namer.children):
        # "described the shelling as a war crime", "called it a massacre": a name for an act told. (Not "in what
        # the AU called a coup": the name tells what the sentence's act was.)
        return True
    equating = st.words.lower("equating_verbs")
    equated = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else head.head
    if head.dep_ in ("dobj", "pobj", "attr") and equated.lemma_.lower() in equating:
        return True  # "these strikes amount to a massacre", "constitute a war crime": a name for acts told
    if head.dep_ == "pobj" and head.head.lower_ in st.words.lower("comparison_prepositions") \
            and _ranked(head.head.head):
        return True  # the yardstick
    setter = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("to", "with") else head.head
    if setter.dep_ == "dobj" and setter.i != head.i:
        setter = setter.head  # "likened the raid to the massacre": "to" hung on the object
    if head.dep_ in ("dobj", "pobj") and setter.lemma_.lower() in st.words.lower("comparing_verbs"):
        return True  # "compared the assault to that invasion": the act told set beside its yardstick
    if any(c.lower_ == "such" for c in head.children):
        return True  # "..., the first such strike in years", "such attacks are rare": an act of a kind, a kind
    if not any(c.dep_ == "amod" and _ranked(c) for c in head.children):
        # "It was the first deadly attack by the group in three years", "..., the second clash there this week":
        # an ordinal ranks the act told only as a predicate of it (not "the first attack came at dawn").
        phrase = head.head if gerund else head
        return _ordinal(st, phrase) and (phrase.dep_ in ("attr", "appos") or _appended(phrase))
    if _appended(head) or _ranked_in_act(st, head, heads):
        return True
    node = head
    acts = {h.i for h in heads}
    ranks = st.words.lower("comparison_heads")  # (not `heads`, the acts' verbs passed in)
    if node.dep_ == "pobj" and node.head.lower_ in ranks:
        return node.head.head.lemma_ == "be"  # "was among the deadliest attacks"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in ranks:
        node = node.head.head  # "one of the deadliest assaults"
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        # "battled Hamas in Jabalia ..., the military said, in some of the heaviest fighting of the war": a ranked
        # fight in a phrase on the act's verb (or on a "said" set inside its sentence) is the act told, ranked.
        verb = node.head.head
        told = {verb.i}
        if verb.dep_ == "parataxis":
            told.add(verb.head.i)  # "battled X ..., the military said, in ..."
        if verb.lemma_.lower() in st.modality.reporting_verbs:
            told |= {c.i for c in verb.children if c.dep_ == "ccomp"}  # the parse's "said" as the root
        if told & acts - {head.i}:
            return True
    # A predicate: "it was ...", "made it ...", "..., the deadliest ...", "this makes it one of ..." (a small clause),
    # "marking it as one of the worst ...".
    return node.dep_ in ("attr", "oprd", "appos") or node.dep_ == "pobj" and node.head.lower_ == "as" \
        or node.dep_ == "ccomp" and node.pos_ != "VERB" and any(c.dep_ == "nsubj" for c in node.children)


def _ranked_subject(st: Stages, head: Token) -> Token | None:
    """drop.ranked_subject: a definite act noun whose copula ranks or explains it ("The ambush was the deadliest on
    security forces in two years", "the raid was the third on the town this month", "the massacre was revenge for
    raids on mosques in X") names an act already told. Returns the copula's attribute (its places and times are the
    ranking's or the cause's, not the act's), or None. The caller keeps the act when a place or a time outside that
    attribute is told (then it may be the act's only telling)."""
    if head.pos_ != "NOUN" or head.dep_ != "nsubj" or head.head.lemma_ != "be":
        return None
    if not any(c.dep_ == "det" and c.lower_ in st.words.lower("definite_determiners") for c in head.children):
        return None  # ("an attack was the deadliest ...": no act told before)
    attr = next((c for c in head.head.children if c.dep_ == "attr"), None)
    if attr is None:
        return None
    if _ranked(attr) or _ordinal(st, attr) or attr.lower_ in st.ordinal_numbers \
            or attr.lemma_.lower() in st.words.lower("reprisal_words"):
        return attr
    return None


def told_only_inside(tok: Token, places: Sequence[Mention], times: Sequence[TimeExpr]) -> bool:
    """Are all the sentence's places and times inside the token's phrase?"""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    base = tok.sent.start_char
    return all(lo <= m.start < hi for m in places) and all(lo <= t.start + base < hi for t in times)


def _ordinal(st: Stages, noun) -> bool:
    """Does an ordinal ("first", "second"; words/ordinal_numbers) modify the noun?"""
    words = [*noun.children, *(g for c in noun.children if c.dep_ == "compound" for g in c.children)]
    return any(c.dep_ == "amod" and (c.lower_ in st.ordinal_numbers or "Ord" in c.morph.get("NumType"))
               for c in words)  # (or on a compound: "the first ground fighting")


_PHRASE_DEPS = ("det", "amod", "compound", "nummod", "poss", "advmod")


def _appended(noun) -> bool:
    """Is the noun a phrase set after a comma at the end of a sentence whose act was told before it ("soldiers killed
    11 militants near X, the army said, the deadliest clash in the district since last summer"), which the parse
    makes the sentence's root: a predicate of that act, as an apposition is?"""
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN":
        return False
    # The phrase's own first word (the root's subtree holds the clause the parse hangs on it).
    first = min([c.left_edge.i for c in noun.children if c.i < noun.i and c.dep_ in _PHRASE_DEPS] + [noun.i])
    if first == noun.sent.start:
        return False
    before = noun.doc[first - 1]
    return before.text == "," and any(t.pos_ == "VERB" for t in noun.doc[noun.sent.start:before.i])


def _ranked_in_act(st: Stages, noun, heads: Sequence = ()) -> bool:
    """"killing 28 soldiers in the deadliest attack in the country's history", "clashed with troops near X, in the
    heaviest fighting since 2006": a ranked act noun after "in" on a verb of an act told with its doer (a killing
    with whom it killed) is what that act was, not another act."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    verb = noun.head.head
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in st.words.lower("killing_verbs"):
        return any(c.dep_ == "dobj" for c in verb.children)
    return any(h.i == verb.i for h in heads) and any(c.dep_ == "nsubj" for c in verb.children)


ACCIDENT_SUBS = frozenset({SubType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubType.LOOTING_PROPERTY_DESTRUCTION})


def _accident(st: Stages, head, trig: Trigger) -> bool:
    """drop.accident: an explosion or a fire its sentence or the next tells as an accident ("an explosion at an arms
    depot caused by a short circuit", "police ruled out sabotage"; words/accident_words) is no attack: ACLED codes
    none."""
    if trig.sub not in ACCIDENT_SUBS:
        return False
    sent = head.sent
    told = [sent, sent.doc[sent.end].sent] if sent.end < len(sent.doc) else [sent]  # (or the next: "...; police said")
    lemmas = " " + " ".join(t.lemma_.lower() for s in told for t in s) + " "
    return any(f" {w} " in lemmas for w in st.words.lower("accident_words"))


def _disaster(st: Stages, head, trig: Trigger) -> bool:
    """drop.disaster: a killing or a destruction done by a disaster or a thing ("floods killed 40", "killed by a
    landslide", "killed in a plane crash", "the collapse of a canopy that killed 15", "heavy rains destroyed 300
    homes", "heavy rains swept through the camp, killing five"; words/disaster_nouns), or told as what a vehicle's or
    a building's mishap did ("a bus plunged into a ravine, killing 22"; words/mishap_verbs), is no political
    violence."""
    if trig.sub not in (KILL_CLASS, SubType.LOOTING_PROPERTY_DESTRUCTION):
        return False
    doers = _doers_of(head)
    if not doers:  # "was killed in a plane crash", "died in a stampede": where no one did it, what it was in
        doers = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.dep_ == "pobj"]
    verb = participle = head
    while not doers and participle.dep_ == "conj" and participle.tag_ == "VBG" and participle.head.tag_ == "VBG":
        participle = participle.head  # "..., killing five people and destroying hundreds of shelters"
    if not doers and participle.tag_ == "VBG" and participle.dep_ in ("advcl", "conj", "xcomp", "dep") \
            and participle.head.pos_ == "VERB":
        # "heavy rains swept through the camp, killing five", "a bus plunged into a ravine, killing 22": a
        # participle with no subject of its own tells what its clause's verb and subject did
        verb = participle.head
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not doers and verb.dep_ == "acl":
            doers = [verb.head]  # ("heavy rains swept ...": the parse may hang the verb on its subject)
    verbs = [verb]
    if not doers and participle.tag_ == "VBG" and participle.dep_ == "acl" and participle.head.pos_ == "NOUN":
        # "a lorry overturned near X, killing 14": the parse may hang both verbs on the subject noun
        doers = [participle.head]
        verbs += [c for c in participle.head.children if c.dep_ == "acl" and c.i != participle.i]
    disasters = st.words.lower("disaster_nouns")
    mishap = any(v.lemma_.lower() in st.words.lower("mishap_verbs") and v.pos_ == "VERB"
                 and not any(c.dep_ == "dobj" for c in v.children) for v in verbs)  # (not "the navy sank a boat")
    return mishap or any(d.lemma_.lower() in disasters for d in doers)


def _harm_of_fight(st: Stages, head, trig: Trigger) -> bool:
    """drop.harm_of_fight: a destruction whose doer is a fight ("fighting destroyed dozens of apartment blocks",
    "three days of clashes destroyed much of the market"; words/fight_nouns, war_nouns, episode_nouns) is the
    fight's harm, told with the fight's own word where the fight is coded, not a looting or destruction by anyone."""
    if trig.sub != SubType.LOOTING_PROPERTY_DESTRUCTION:
        return False
    spans = st.words.lower("span_units")
    for d in _doers_of(head):
        if d.lower_ in spans or d.lemma_.lower() in spans:  # "three days of clashes": the fight the span is of
            d = next((g for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), d)
        if d.lemma_.lower() in st.fights or d.lower_ in st.fights:
            return True
    return False


def _doers_of(head) -> list:
    """Who or what did the act: the verb's subject, a passive's agent, the noun a relative clause is on ("a canopy
    that killed 15"), and what that noun is the collapse of."""
    doers = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]  # ("Fighting in X destroyed": a csubj)
    doers += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if head.dep_ == "relcl":
        doers.append(head.head)  # "a canopy that killed 15"
        if head.head.dep_ == "pobj" and head.head.head.lower_ == "of":
            doers.append(head.head.head.head)  # "the collapse of a canopy that killed 15"
    return doers


def _drill(st: Stages, head, actors: Sequence[Mention], trig: Trigger | None = None) -> bool:
    """drop.drill: an act told as practice, not done to anyone: hung on an exercise or a test ("fired artillery at
    targets during joint exercises", "fired two missiles into the sea in a test", "live-fire drills"; words/
    drill_nouns) or made a pretence by its modifier ("a mock assault", "test-fired a missile"; words/
    mock_modifiers). ACLED codes neither. Not when the sentence names a side outside the state's forces ("gunmen
    attacked recruits during a drill" is an attack on the drill), nor when the act is done to someone: a trigger of
    the killing class, or people or a toll told in its clause ("shot dead two villagers during an exercise")."""
    if trig is not None and trig.sub == KILL_CLASS or _done_to_people(st, head):
        return False
    if any(m.value.kind in NON_STATE_KINDS or m.extra.get("generic") and m.value.kind not in UNARMED_KINDS
           for m in actors):
        return False
    drills, mock = st.words.lower("drill_nouns"), st.words.lower("mock_modifiers")
    if any(c.dep_ in ("amod", "compound", "npadvmod", "advmod") and c.lemma_.lower() in mock for c in head.children):
        return True
    # the act's word, the words it hangs from up to its clause's verb, and the preposition objects on each
    chain = [head]
    while chain[-1].pos_ not in ("VERB", "AUX") and chain[-1].head.i != chain[-1].i and len(chain) < 6:
        chain.append(chain[-1].head)
    if chain[-1].pos_ in ("VERB", "AUX") and chain[-1].dep_ in ("advcl", "conj", "xcomp") \
            and chain[-1].tag_ == "VBG":
        chain.append(chain[-1].head)  # "carried out drills, firing missiles": the participle's clause's verb
    for w in chain:
        if w is not head and w.lemma_.lower() in drills and w.pos_ == "NOUN":
            return True  # "drills simulating an assault"
        for c in w.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in drills:
                return True  # "carried out live-fire drills, firing missiles"
            if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in drills for g in c.children):
                return True
    return False


def _done_to_people(st: Stages, head) -> bool:
    """Does the act's clause tell victims or a toll: a verb of killing or dying in it ("firing shells, killing two
    farmers"), or people as the object of its verb ("shot two villagers")?"""
    verb = clause_verb(head)
    if any(t.lemma_.lower() in st.toll_lemmas and t.i != head.i for t in verb.subtree):
        return True
    people = st.words.lower("people_words") | st.words.lower("person_nouns") | st.args.ARMED_VICTIMS
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in people for v in {head, verb} for c in v.children)


def _share_fallen(st: Stages, head, times: Sequence[TimeExpr]) -> bool:
    """"Much of the countryside in Idlib province has fallen to the rebels", "large parts of the province have been
    seized": a share of a region (words/share_of_whole.txt) told in the present perfect as taken, with no time in
    the sentence, is how the map stands, no act of a day (drop.summary)."""
    if not _perfect(head) or times:
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lemma_.lower() in st.words.lower("share_of_whole")
               and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in subjects)


def _long_counted_span(st: Stages, head, places: Sequence[Mention]) -> bool:
    """"Demonstrators chanted slogans after five months of military assaults to crush the protests", "after two
    years of fighting": act nouns over a counted span of months or more (words/counted_long_spans.txt) sum up many
    acts, background to the news (drop.summary), when a preposition frames the span and places none under them ("five
    months of fighting in Marawi" may be coded as the battle's run)."""
    span = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if span is None or span.dep_ != "pobj" or span.lower_ not in st.words.lower("counted_long_spans") \
            or not any(c.dep_ == "nummod" for c in span.children):
        return False  # (only a span a preposition frames, "after ...", "during ...": "ending 27 years of war" is
        # the deal's outcome, settle.war_ended_by_deal)
    return not any(m.token.i in {t.i for t in head.subtree} for m in places)


def _trend(st: Stages, head) -> bool:
    """Acts told as a trend, a habit or the start of a state (drop.summary): "escalated its shelling", "ramped up
    looting" (words/escalation_verbs.txt), "near-daily attacks" (frequency_adjectives), "weeks of protests"
    (span_units, uncounted), "killed since the protests began" (onset_verbs under a state preposition),
    "kidnappings have become common" (prevalence_adjectives)."""
    if any(c.dep_ == "amod" and (c.lower_ in st.words.lower("frequency_adjectives")) for c in head.children):
        return True
    span = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if span is not None and span.lower_ in st.words.lower("span_units") and not any(
            c.dep_ == "nummod" for c in span.children):
        return True  # "after weeks of protests", "months of fighting": many acts over an uncounted span
    node = head
    while node.dep_ in ("conj", "amod", "compound", "nmod") and node.head.i != node.i:
        node = node.head  # "stepped up its shelling and air operations" (the parse: "shelling operations"); "widened
        # their hit-and-run raids" (the parse: "hit" a nominal modifier of the raids)
    verb = node.head
    if node.dep_ in ("dobj", "xcomp") and verb.pos_ == "VERB":
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        if {verb.lemma_.lower(), f"{verb.lemma_.lower()} {particle}"} & st.words.lower("escalation_verbs"):
            return True
    if node.dep_ == "nsubj" and _since_onset(st, verb):
        return True  # "since the protests began"
    if node.dep_ in ("nsubj", "csubj") and any(
            c.dep_ in ("acomp", "attr") and c.lower_ in st.words.lower("prevalence_adjectives") for c in verb.children):
        # "kidnappings have become common on the roads": a habit of the place ("Fighting has become routine":
        # a gerund's subject is parsed csubj)
        return True
    if node.dep_ == "nsubj" and node.i == head.i and not any(
            c.dep_ in ("det", "poss", "nummod") for c in head.children) and any(
            c.dep_ == "attr" and c.lemma_.lower() in st.words.lower("practice_nouns") for c in verb.children):
        return True  # "kidnapping for ransom has become a lucrative business": a bare act noun told as a trade
    if node.dep_ == "nsubj" and _perfect(verb) and _goes_on(st, verb):
        return True  # "protests have continued": a state of affairs
    # "90 have died since the strikes started": a toll summed since a state began.
    return _perfect(head) and any(c.dep_ == "advcl" and _since_onset(st, c) for c in head.children)


def _summed_since_onset(st: Stages, times: Sequence[TimeExpr], head: Token) -> bool:
    """"Since the invasion began, drone strikes on Belgorod have forced thousands to leave", "since the start of the
    war, strikes on the plants have left the city without power": act nouns (a plural, or a bare mass noun) the
    subject of a perfect whose span opens at the onset of a war or campaign (a "since" clause with an onset verb, or
    a "since" phrase naming a lasting hostility; words/lasting_hostility_nouns, war_nouns) sum up many acts to now,
    no one act (drop.summary). A day told in the sentence ("since the offensive began on Monday") may open a few
    days' aggregate at a town, which the spec codes: kept."""
    node = head
    while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX") and node.dep_ in ("compound", "dobj", "amod"):
        node = node.head  # (the parse may read "drone strikes" as a noun with an object)
    if node.dep_ not in ("nsubj", "csubj") or head.tag_ != "NNS" and any(
            c.dep_ in ("det", "nummod", "poss") for n in (head, node) for c in n.children):
        return False  # ("the strike has left ...": one act)
    verb = node.head
    if not _perfect(verb) or any(t.date_start is not None and t.date_end is not None
                                 and (t.date_end - t.date_start).days <= 7 for t in times):
        return False  # ("has raged since Saturday, when clashes broke out": days, not a war's span)
    lasting = st.words.lower("lasting_hostility_nouns") | st.words.lower("war_nouns")

    def names_lasting(prep: Token) -> bool:  # "since the war", "since the start of the war"
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        objects += [o for g in objects for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]
        return any(o.lower_ in lasting for o in objects)

    spans = [*verb.children, *node.children]  # (the parse may hang the clause on the subject)
    return any(c.dep_ == "advcl" and _since_onset(st, c) for c in spans) or any(
        c.dep_ == "prep" and c.lower_ in st.modality.presupposing and names_lasting(c) for c in spans)


def _campaign_told(st: Stages, times: Sequence[TimeExpr], head: Token) -> bool:
    """"Israel's bombing campaign in Gaza has destroyed much of its housing", "the extensive Russian bombing
    campaign has yielded few gains": a campaign (words/campaign_nouns) the subject of a perfect, with no day told in
    the sentence, is many acts over an untold span summed up to now: an undated summary, not an act (drop.summary;
    NOTES.md: "the coalition's campaign in Iraq" is not coded). "The bombing campaign on Aleppo intensified on
    Tuesday" tells its day."""
    node = head.head if head.dep_ == "compound" else head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.head.i:
        node = head.head.head  # "the coalition's campaign of air raids has devastated Houthi positions"
    if node.lemma_.lower() not in st.words.lower("campaign_nouns") or node.dep_ != "nsubj":
        return False
    return _perfect(node.head) and not any(t.date_start is not None and t.date_start == t.date_end for t in times)


def _earlier_acts(st: Stages, sent: Span, times, head) -> bool:
    """"a base during previous protests", "earlier protests against the junta had been repressed", "nine earlier
    truces have met the same fate": a plural act noun put before the story by its adjective
    (words/past_act_adjectives), with no date in its clause, is many earlier acts told as known. "Earlier clashes
    on Monday killed two" has its day and is an act."""
    if head.tag_ != "NNS":
        return False
    past = [c for c in head.children if c.dep_ in ("amod", "advmod") and c.i < head.i  # (the parse: "Earlier" advmod)
            and c.lower_ in st.words.lower("past_act_adjectives")]
    if not past:
        return False
    verb = clause_verb(head)  # the clause the noun is told in ("during previous protests": "used")
    # A comparative ("earlier clashes in Gulu left four dead") may be earlier the same day, news told with the
    # story's own; it is acts before the story only in a perfect ("had been put down") or counted ("nine earlier
    # truces").
    if all(c.tag_ in ("JJR", "RBR") for c in past) and not (
            any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)
            or any(n.dep_ == "nummod" for n in head.children)):
        return False
    extent = _extent(sent, verb)
    return not any(t.date_start and _within(t, extent) for t in times)


def _counted_trend(st: Stages, head, places: Sequence[Mention]) -> bool:
    """Acts told as a number going up or down ("armed clashes across Burkina Faso rose by 40 percent in 2023",
    "attacks on troops have doubled this year": a plural act noun the subject of words/number_change_verbs), with no
    place below a country in its clause (drop.summary): a statistic over many acts. Strikes that increased on a town
    are many acts at one place, an aggregate the spec codes as one event."""
    if head.dep_ != "nsubj" or head.tag_ != "NNS" or head.head.lemma_.lower() not in st.words.lower(
            "number_change_verbs"):
        return False
    return not any(_in_own_clause(m.token, head.head) and _kind(m.value) != COUNTRY_KIND for m in places)


def _since_onset(st: Stages, verb) -> bool:
    """Is the verb an onset ("began", "broke out") under a state preposition ("since the protests began")?"""
    state_preps = st.words.lower("temporal_prepositions") - st.words.lower("act_anchor_prepositions")
    return verb.lemma_.lower() in st.words.lower("onset_verbs") and any(
        c.dep_ == "mark" and c.lower_ in state_preps for c in verb.children)


def _state_of_affairs(st: Stages, head, places: list[Mention], times) -> bool:
    """Is a fight told as a lasting state, not an act: against an enemy named as a phenomenon ("battling an
    insurgency", "the fight against terrorism"), or in the progressive with neither a place nor a date of its own
    ("the army is battling UNITA on several fronts")?"""
    verb = _verb_of(head)
    objects = _objects(verb, st.words.lower("clash_side_prepositions"), head)
    if any(o.lemma_.lower() in st.words.lower("generic_enemy_nouns") for o in objects):
        return True
    # (only a fight verb: "fighting has been going on for the city" tells fighting, its place told by anaphor)
    progressive = head.i == verb.i and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be"
                                                                   for c in verb.children)
    if not progressive:
        return False
    own_place = any(_in_own_clause(m.token, verb) for m in places)
    sent = verb.sent
    own_date = any(_in_own_clause(tok, verb) for t in times if t.date_start is not None
                   for tok in sent if tok.idx == sent.start_char + t.start)
    return not own_place and not own_date


def _in_own_clause(tok, verb) -> bool:
    """Is `tok` in `verb`'s own clause, not in a clause under it ("since the rebels rejected last year's vote")?"""
    node = tok
    while node.i != verb.i:
        if node.dep_ in ("advcl", "relcl", "acl", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
    return True


def _whole_war(st: Stages, head) -> bool:
    """Is the act a whole war ("fought a war from 1975 until 1991", "is battling an insurgency", "waged a
    rebellion against X", "the war killed hundreds of thousands")? A war is the sum of many acts at many places, or
    a state of affairs: no one act."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    wars = st.words.lower("war_nouns")
    if head.lemma_.lower() in st.toll_lemmas and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in wars for c in head.children):
        return True  # "the Tigray war, which began in 2020, killed hundreds of thousands": a whole war's toll
    return any(o.lemma_.lower() in wars for o in _objects(head, st.words.lower("war_prepositions")))


def _unarmed_foe(st: Stages, head) -> bool:
    """drop.unarmed_foe: a fight word whose objects (what is fought, or fought against or on) are all foes with no arms
    ("fighting the coronavirus outbreak", "a losing battle against disease", "battled wildfires", "a war on drug
    trafficking"; words/unarmed_foes): no fight between armed sides."""
    foes = st.words.lower("unarmed_foes")
    preps = st.words.lower("foe_prepositions")

    def objects_of(w) -> list:
        return [c for c in w.children if c.dep_ == "dobj"] + [
            g for c in w.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]

    objects = objects_of(head)
    # "fighting a losing battle against disease": what the fight noun the verb fights is fought against
    objects = [g for o in objects for g in (objects_of(o) if o.lemma_.lower() in st.fights else [o])]
    objects += [c for o in objects for c in o.conjuncts]

    def unarmed(o) -> bool:
        return o.lemma_.lower() in foes or any(
            c.dep_ == "compound" and c.lemma_.lower() in foes for c in o.children) and o.lemma_.lower() in (
            st.words.lower("outbreak_heads"))

    return bool(objects) and all(unarmed(o) for o in objects)


def _political_contest(st: Stages, head, actors: Sequence[Mention], words: set[str]) -> bool:
    """drop.political_contest: a fight or attack word done by a political doer with no arms ("the ruling party
    launched an offensive in Congress", "senators attacked the bill"; words/political_doers), in a sentence that
    names no armed side and no weapon, is a contest of words or votes."""
    if any(m.value.kind not in UNARMED_KINDS for m in actors) or words & (
            st.args.WEAPON_WORDS | st.args.AIR_WORDS | st.args.ARMED_WORDS):
        return False
    politics = st.words.lower("political_doers") | st.words.lower("elected_chambers")
    verb = head
    while (verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj") or verb.pos_ == "ADP") and verb.head.i != verb.i:
        verb = verb.head  # "launched an offensive": who launched it
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(doers) and all(d.lemma_.lower() in politics for d in doers)


def _objects(verb, prepositions: frozenset[str], *more) -> list:
    """What a fight is against: `verb`'s direct objects, and the objects of its prepositions in `prepositions`
    (also those hung on the words in `more`, as the parse hangs "clashes with X" on the noun)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [g for w in (verb, *more) for c in w.children if c.dep_ == "prep" and c.lower_ in prepositions
                      for g in c.children if g.dep_ == "pobj"]


def _fight_as_cause(st: Stages, head, places: Sequence[Mention], actors: Sequence[Mention], times) -> bool:
    """drop.fight_as_cause: fighting named only as the cause of what people or things suffer ("people displaced by
    the fighting", "shortages caused by the fighting", "the fighting has disrupted road links";
    words/consequence_verbs), as what people fled ("families fleeing the offensive"; words/flight_verbs) or as what
    a deal ended ("a peace agreement signed in 2003 ended the fighting"; words/halting_verbs), with no place below
    a country, no side and no date in its own phrase: the setting of another matter, not an act told here.
    ("Fighting in X on Monday displaced 5,000", "disrupted by a battle for the villages between X and Y" keep
    their act.)"""
    if head.pos_ != "NOUN" and not (head.tag_ == "VBG" and head.dep_ == "nsubj"):
        return False  # (the parse may read "Fighting" heading the sentence as a gerund)
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "displaced by the fighting and the shelling"
    verb = node.head
    lemma = verb.lemma_.lower()
    if node.dep_ == "pobj" and verb.dep_ == "agent":
        cause = verb.head.lemma_.lower() in st.words.lower("consequence_verbs")  # "displaced by the fighting"
    elif node.dep_ == "pobj" and verb.lower_ in st.words.lower("origin_words"):
        cause = verb.head.lemma_.lower() in st.words.lower("flight_verbs")  # "fled from the clashes"
    elif node.dep_ == "nsubj" and verb.pos_ == "VERB":
        cause = lemma in st.words.lower("consequence_verbs")  # "the fighting has disrupted road links"
    elif node.dep_ == "dobj" and lemma in st.words.lower("flight_verbs"):
        cause = True  # "families fleeing the offensive"
    elif node.dep_ == "dobj" and lemma in st.words.lower("halting_verbs"):
        deals = st.words.lower("deal_words")
        cause = any(c.dep_ == "nsubj" and c.lemma_.lower() in deals for c in verb.children)
    else:
        return False
    if not cause:
        return False
    suffered = verb.head if verb.dep_ == "agent" or verb.lower_ in st.words.lower("origin_words") else verb
    if _perfect(suffered) and any(t.kind in (TimeKind.SINCE, TimeKind.DURATION) and _tally_span(t) for t in times) \
            and not any(t.date_start is not None and t.date_start == t.date_end for t in times):
        # "Fighting between M23 and the army in North Kivu has displaced 250,000 since January": what months of
        # fighting have done, summed up to now, with its sides and its region or town named: no one act told
        # (a day told in the sentence, "near Gondar on Monday has displaced 5,000, bringing the number since March
        # to ...", is the fight's own).
        return True
    lo, hi = head.left_edge.i, head.right_edge.i
    if any(lo <= m.token.i <= hi and _kind(m.value) != COUNTRY_KIND for m in places):
        return False  # "fled the fighting in Bunia": the fight has a place of its own
    if any(lo <= m.token.i <= hi and getattr(m.value, "kind", None) not in UNARMED_KINDS for m in actors):
        return False  # "a battle between al-Qaeda and a local militia": a fight told with its sides (civilians,
        # "families fleeing the offensive and a children's hospital", are no side of it)
    return not timed_within(head, times)


def _party_at_war(st: Stages, head, places: Sequence[Mention], times=()) -> bool:
    """drop.party_at_war: a fight that tells who a party is, not one act, with no place below a country nor a date
    in its own clause: in the present perfect "since" a time, in a relative clause on the party ("FLEC, which has
    fought for the territory's independence since the 1970s", "Uganda's army, which has fought the rebels inside
    Congo since launching an offensive in 2021"); in the present progressive in a relative clause ("JNIM, which is
    fighting the juntas of Mali, Burkina Faso and Niger"); or as a present participle on the party ("one of 100
    armed groups fighting for control of eastern Congo"). (A siege "since 2015" stays an act, as the spec codes it;
    "fighting has raged in X since Monday" is no relative clause; "rebels fighting the army near Beni" has a place.)"""
    if head.pos_ != "VERB" or head.lemma_.lower() not in st.words.lower("war_verbs"):
        return False
    if any(_in_own_clause(m.token, head) and _kind(m.value) != COUNTRY_KIND for m in places):
        return False
    if head.dep_ == "relcl" and _perfect(head):
        since = st.words.lower("presupposing_prepositions")  # ("since": a state since a time or an act)
        return any(c.lower_ in since and c.dep_ == "prep" or c.dep_ in ("advcl", "pcomp") and any(
            g.dep_ == "mark" and g.lower_ in since for g in c.children) for c in head.children)
    progressive = head.tag_ == "VBG" and (head.dep_ == "acl" or head.dep_ == "relcl" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in head.children))
    if not progressive:
        return False
    return not timed_within(head, times)


def timed_within(head, times, dated: bool = True) -> bool:
    """Does a time expression of the sentence (a dated one, with `dated`) start inside the head's phrase?"""
    base = head.sent.start_char
    lo, hi = head.left_edge.idx - base, head.right_edge.idx + len(head.right_edge.text) - base
    return any((not dated or t.date_start is not None) and lo <= t.start < hi for t in times)


def _anchor_retold(head, sub: str, sent_index: int, earlier: Sequence, places: Sequence[Mention], times) -> bool:
    """drop.temporal_reference: a battle told only as the time of another act ("residents said soldiers detained
    three men after the army entered the town"), with no place and no time of its own in its clause, after a battle
    told in an earlier sentence, is that battle named again, not another one."""
    if SUB_TO_TYPE[sub] != EventType.BATTLES:
        return False  # (measured: anchors of other types so placed are as often acts of their own)
    clause = head
    for _ in range(3):  # up to the "after ..." clause the trigger is told in
        if clause.dep_ == "advcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "advcl":
        return False
    if not any(SUB_TO_TYPE[c.sub] == SUB_TO_TYPE[sub] and c.sent_index < sent_index for c in earlier):
        return False
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    return not any(lo <= p.start < hi for p in places) and not timed_within(clause, times, dated=False)
