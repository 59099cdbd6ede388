"""When an act happened: the date window a trigger takes from the times of its sentence and the sentences around it
(offsets between acts, "that year", a report's own date, an undated act after a dated one)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from frontlog.extract.arguments import compound_head, span_text, text_of
from frontlog.extract.candidates import (
    Stages,
    _extent,
    _first_token,
    _offsets_in,
    _perfect,
    _verb_of,
    _within,
    clause_verb,
)
from frontlog.extract.components import ENTRY_DAYS, FILED_DAY, entry_day, trigger_ranges, trigger_tokens
from frontlog.extract.context import _ArticleContext
from frontlog.extract.dates import (
    APART_ABOUT,
    APART_MONTHS_UNIT,
    APART_SOME,
    APART_YEARS_UNIT,
    MONTH_UNIT,
    SPAN_DAYS_UNIT,
    VAGUE_DAYS_UNIT,
    VAGUE_SPAN_LEAST_DAYS,
    WEEK_DAYS,
    WEEKEND_UNIT,
    TimeExpr,
    TimeKind,
    _add_months,
    _month_end,
    _same_day_of,
    current_window,
    names_its_year,
    plausible_window,
)
from frontlog.extract.discourse import _offset_from_report
from frontlog.extract.modality import deal_ending, deal_made_times, set_off
from frontlog.knowledge.lexicon import ATTACK_CLASS, KILL_CLASS, TERRITORY_CLASS, Trigger
from frontlog.model.extraction import Stats
from frontlog.model.records import SUB_TO_TYPE, EventType, SubType

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token


# "the previous week", "the following week": a whole week away from the act told, not a day
_WHOLE_WEEK = re.compile(r"\b(?:previous|preceding|following|next)\s+week$", re.I)
# (not "1,987"; but "On May 14, 1987, troops ..." is a year)
_YEAR = re.compile(r"(?<![\d,.])\b(1[5-9]\d\d|20\d\d)\b(?!\d|,\d)")
# An undated act told in the past right after acts dated this many days or more before publication goes on with
# their story (date.background_run): the spec's current news covers only the last 30 days.
BACKGROUND_DAYS = 30


WEEK = 7
YEAR_MONTHS = 12
MONTH_DAYS = 31
YEAR_DAYS = 366


def _week_of(day: dt.date, published: dt.date | None) -> tuple[dt.date, dt.date]:
    """The Monday-to-Sunday week of `day`, ending at publication at the latest."""
    monday = day - dt.timedelta(days=day.weekday())
    end = monday + dt.timedelta(days=WEEK - 1)
    return monday, min(end, published) if published else end


def _quoted_at(text: str, i: int) -> bool:
    """Is position i of the sentence inside a quotation (an odd number of quotation marks before it)?"""
    before = text[:i]
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1


def _perfect_act(head) -> bool:
    """Is the act told in the present perfect, by its own auxiliary or by the one of the verb it is joined to with no
    subject of its own ("Soldiers have since deployed to the area and arrested 20 suspects": 'arrested' shares
    'have', whatever tag the parse gives it)? (rule date.shared_perfect, when the act is current news by it)"""
    if _perfect(head):
        return True
    verb = head
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        verb = verb.head
        if _perfect(verb):
            return True
    return False


def _told_in_past(head) -> bool:
    """Is the act told in the simple past or the past perfect ("looted", "had looted", "was burned"), by its verb
    or the verb its noun hangs on?"""
    verb = _clause_verb(head)
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


# Kinds of time that never join another into one window (date.pair): a length, a span up to publication ("since
# 2022") or up to a time ("until March").
_UNPAIRED = frozenset({TimeKind.DURATION, TimeKind.SINCE, TimeKind.UNTIL})


_SERIES_COMMA = re.compile(r"^\s*,\s*$")


def _listed_with(st: Stages, text: str, best, usable) -> list:
    """The times listed in one series with `best`, commas between them and a pair's glue before the last ("on
    Friday, Saturday and Sunday", "on June 3, 4 and 5"): a series of three or more, else none (a pair is read
    by its glue alone)."""
    seq = sorted((t for t in usable if t.kind not in _UNPAIRED), key=lambda t: t.start)
    first = 0
    for k in range(len(seq) - 1):
        glue = text[seq[k].end:seq[k + 1].start]
        if _SERIES_COMMA.match(glue):
            continue
        if st.date_pair_glue.match(glue) and k - first >= 1 and best in seq[first:k + 2]:
            return seq[first:k + 2]
        first = k + 1
    return []


def _that_year(st: Stages, doc, sent: Span, best) -> int | None:
    """The year "of that year" after a date with no year of its own refers to: the last year the text named
    before it (rule date.that_year)."""
    text = span_text(sent)
    if not st.that_year.match(text, best.end) or _YEAR.search(text, best.start, best.end):
        return None
    years = _YEAR.findall(text_of(doc), 0, sent.start_char + best.start)
    return int(years[-1]) if years else None


def story_window(ctx: _ArticleContext, t: TimeExpr) -> tuple[dt.date, dt.date] | None:
    """The window of a time of a sentence that tells no act, for the acts told next: moved into the year of the
    story told right before when it names no year (date.story_year)."""
    if t.date_start is None or t.date_end is None:
        return None
    return _story_year(ctx, t, t.date_start, t.date_end) or (t.date_start, t.date_end)


def _story_year(ctx: _ArticleContext, best, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
    """The window of a day or month named with no year ("on July 12", "in March"), moved into the year of the story
    the sentences just before told on a day long before publication: the first such day on or after that story's start,
    when it is in an earlier year than publication gave it (rule date.story_year)."""
    published = ctx.article.published
    if best.kind != TimeKind.EXPLICIT or not best.relative or published is None or _YEAR.search(best.text):
        return None
    # (only after a day told precisely in the sentence right before: "announced in 2016 that it would demolish the
    # quarter. On May 10, ..." may come back to the news of the publication's year)
    story = ctx.day_just_told
    if story is None or (published - story[1]).days <= BACKGROUND_DAYS or story[0].year != story[1].year \
            or start.year <= story[0].year:
        return None
    for year in (story[0].year, story[0].year + 1):
        moved = _same_day_of(start, year), _same_day_of(end, year + end.year - start.year)
        if moved[0] >= story[0] and moved[1] <= published:
            return moved if moved[0].year < start.year else None
    return None


# Dependencies of a clause or phrase that describes a noun ("M23 rebels, who first seized Bunagana in June 2022, ...",
# "Hamas, which attacked Israel in October 2023, ..."): what is told there is the noun's past, not the act's story.
_ASIDE_DEPS = frozenset({"relcl", "acl", "appos"})


def _told_aside(sent: Span, head: Token, t: TimeExpr) -> bool:
    """Is the time told inside a clause or phrase describing a noun (_ASIDE_DEPS) that the act's word is not in?"""
    tok = _first_token(sent, t)
    return tok is not None and any(a.dep_ in _ASIDE_DEPS and not a.left_edge.i <= head.i <= a.right_edge.i
                                   for a in (tok, *tok.ancestors))


def _year_of_sentence(sent: Span, head: Token, times: Sequence[TimeExpr], best: TimeExpr, start: dt.date,
                      end: dt.date) -> tuple[dt.date, dt.date] | None:
    """"In March 2022 the rebels seized the hills above Bunagana, and in June they took the town itself": a day or
    month with no year, told after a day or month of an earlier year in the same sentence, is of that year (or the
    next: the first such on or after it, within a year of it), not the one before publication (rule
    date.story_year, inside one sentence). A year told in a clause describing a noun ("rebels, who first seized
    the town in June 2022, attacked ... on March 3") is that noun's past and dates nothing else."""
    if best.kind != TimeKind.EXPLICIT or not best.relative or names_its_year(best):
        return None
    before = [t for t in times if t.kind == TimeKind.EXPLICIT and t.end <= best.start and t.date_start is not None
              and t.date_end is not None and names_its_year(t) and (t.date_end - t.date_start).days <= MONTH_DAYS
              and not _told_aside(sent, head, t)]
    if not before or start.year <= before[-1].date_start.year:
        return None
    told = before[-1]
    for year in (told.date_start.year, told.date_start.year + 1):
        moved = _same_day_of(start, year), _same_day_of(end, year + end.year - start.year)
        if moved[0] >= told.date_start and (moved[0] - told.date_end).days <= YEAR_DAYS:
            return moved if moved[0].year < start.year else None
    return None


# Place rules by which an act with no place of its own is put where the act just told was (placing, pipeline).
_PLACED_BY_LAST_ACT = frozenset({"place.killed_in_raid", "place.recent_act"})


def _window(ctx: _ArticleContext, sent: Span, head, times, recent, trig: Trigger, stats: Stats, why: list[str]):
    """The act's date window (see _find_window), or None when it is not a plausible one (dates.plausible_window):
    one article must not date an event in the year 100 or 9999."""
    try:
        window = _find_window(ctx, sent, head, times, recent, trig, stats, why)
    except OverflowError:  # an anaphoric shift past the calendar's end
        return None
    if window is not None and not plausible_window(window[0], window[1], ctx.article.published):
        return None
    published = ctx.article.published
    if window is not None and published is not None and window[0] <= published < window[1]:
        # "in the spring offensive" told on 12 June: a reported act happened by the day it was reported, so a
        # window that runs past publication ends there.
        why.append("date.up_to_publication")
        window = (window[0], published)
    return window


def _find_window(ctx: _ArticleContext, sent: Span, head, times, recent, trig: Trigger, stats: Stats,
                 why: list[str]):
    """The act's date window: the nearest time expression, else the recent context, else current news."""
    published = ctx.article.published
    pos = head.idx - sent.start_char
    between = _offset_between_acts(sent, head, times, recent)
    if between is None and head.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("NOUN", "PROPN") \
            and head.head.pos_ in ("VERB", "AUX"):
        # "The arrest came two days after a roadside bomb killed two soldiers": the act noun that is its verb's
        # subject is dated as that verb is.
        between = _offset_between_acts(sent, head.head, times, recent)
    if between is not None:
        why.append("date.offset_between_acts")
        return between
    relayed = _offset_from_report(ctx.st, sent, head, times)
    if relayed is None and head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.pos_ in ("VERB", "AUX"):
        # "said on Sunday that forces had shelled X the day before, killing three": the participle's act is the
        # verb's, on the verb's day.
        relayed = _offset_from_report(ctx.st, sent, head.head, times)
    if relayed is None:
        relayed = _offset_from_governing_clause(sent, head, times)
    if relayed is not None and (published is None or relayed[1] <= published):
        why.append("date.anaphoric_offset")
        if relayed[0] == relayed[1] and any(t.kind == TimeKind.ANAPHORIC and t.offset_days in (-WEEK, WEEK)
                                            and _WHOLE_WEEK.search(t.text) for t in times):
            # "the army said on Monday it had repelled an assault the previous week": the Monday-to-Sunday week
            # before the report's, not the day seven days before it (as date.anaphoric_week counts from an act)
            why.append("date.anaphoric_week")
            return _week_of(relayed[0], published)
        return relayed
    usable = [t for t in times if t.date_start is not None and not _in_other_clause(sent, head, t)]
    later = [t for t in usable if published is not None and t.date_start > published]
    if later:
        # "a crackdown by state forces, including the use of gunships to fire on civilians, killed dozens ... ahead of
        # presidential elections in 2018" (told in 2017): a time wholly after publication names what is to come,
        # never when a reported act happened (a plan or a threat is no act: modality)
        usable = [t for t in usable if t not in later]
        why.append("date.after_publication")
    apposed = [t for t in usable if _in_apposed_clause(sent, head, t)]
    if apposed:
        # "overran Kidal, a town they had lost in 2013, and killed 12 soldiers": a clause on a noun set off
        # beside another tells that noun's story, not the act's day
        usable = [t for t in usable if t not in apposed]
        why.append("date.apposed_clause")
    on_named = [t for t in usable if t.named is not None and _clause_on_time(sent, head, t)]
    if on_named:
        # "Al-Shabaab held Kismayo until 2012, when troops drove it out": the act of a clause on the time named
        # after 'until' or 'since' happened then, not in the days before it or since.
        usable = [replace(t, date_start=t.named[0], date_end=t.named[1], kind=TimeKind.EXPLICIT)
                  if t in on_named else t for t in usable]
        why.append("date.when_clause")
    text = span_text(sent)
    filed = [t for t in usable if ctx.st.dates.filing_stamp(text, t) and not _list_entry(sent, t)]
    if any(ctx.st.dates.run_in_heading(text, t) for t in usable):
        why.append("date.run_in_day")  # "Wednesday: Soldiers arrested 12 suspects": the line's day, no dateline
    if filed:
        # The dateline's date ("MARIB, Yemen, Jan 14 -", "GAROWE, 21 May 2019 (Puntland Post) -") is when the story
        # was filed, not when the act happened, even when the sentence gives no other date.
        usable = [t for t in usable if t not in filed]
        why.append("date.dateline_is_filing")
    lengths = [t for t in usable if t.kind == TimeKind.DURATION and _after_a_length(ctx.st, text, t)]
    if lengths:
        # "repelled the attack after three hours of fighting": how long something lasted before the act, not when
        # the act was (a duration read alone ends at publication); the act's date is another or the context's.
        usable = [t for t in usable if t not in lengths]
        why.append("date.duration_not_when")
    reported = [t for t in usable if _date_of_report(ctx.st, sent, head, t)]
    if reported and any(t not in reported and (t.kind != TimeKind.DURATION or _past_span(ctx.st, t))
                        and not _in_relative_clause(sent, head, t) for t in usable):
        # "HRW said on Thursday that soldiers executed 223 villagers in X ... on February 25": the day the report
        # was made is not the act's, when the sentence gives another (the parse may hang that one elsewhere).
        usable = [t for t in usable if t not in reported]
        why.append("date.report_not_act")
        usable = _counted_from_report(ctx, head, reported, usable, why)
    elif reported and recent is not None and _PLACED_BY_LAST_ACT.intersection(why):
        # "Gunmen abducted 35 people in X late on Thursday. Two men who tried to stop them were shot dead, a
        # councillor told reporters on Sunday": an act with no place of its own was done in the act just told
        # (where it was placed), and the day the report was made is not its day: it has that act's window.
        why.append("date.raid_report")
        return recent
    elif reported and not lengths and (_pluperfect(_clause_verb(head)) or _perfect(_clause_verb(head))):
        # "said on Friday that police had killed two", "police have arrested 40 supporters, the party said on
        # Thursday": the act came before the day it was told, on a day the text
        # does not give; the widest window the text allows is the current news up to that day. ("said on Saturday
        # they had taken X after three days of fighting" is bounded by the fighting: date.fighting_window.)
        day = max(t.date_end for t in reported)
        why.append("date.before_report")
        return current_window(day)
    compared = [t for t in usable if compares(sent, head, t)]
    if compared:
        # "killed seven soldiers on Monday in the deadliest attack in the region since 2019": a measure of rarity.
        usable = [t for t in usable if t not in compared]
        why.append("date.since_compares")
    owned = [t for t in usable if _dates_a_thing(sent, head, t)]
    if owned:
        # "called for a review of last week's budget, saying police had shot two": the date owns the budget, a
        # thing outside the act's phrase, not the shooting.
        usable = [t for t in usable if t not in owned]
        why.append("date.owned_by_thing")
    yardstick = [t for t in usable if _dates_yardstick(ctx.st, sent, head, t)]
    if yardstick:
        # "the second on the compound since last month's bombing", "the worst in the suburb since the fall of X in
        # December": the date is the act the story measures this one by, not this one's.
        usable = [t for t in usable if t not in yardstick]
        why.append("date.yardstick_own")
    anchored = [t for t in usable if _dates_another_act(ctx.st, sent, head, t)]
    if anchored:
        # "targeted the base in response to the April 1 air strike", "shelled X after Monday's bombing": that date
        # is the other act's; this one happened after it (or before, "before the March 3 vote"), not on it.
        usable = [t for t in usable if t not in anchored]
        why.append("date.anchor_act_own")
    saying = _day_of_saying(ctx.st, sent, head, usable)
    if saying and not lengths and (_pluperfect(_clause_verb(head)) or _perfect(_clause_verb(head))):
        # "The mayor appealed on Wednesday for calm, saying militiamen had killed four traders": the day is the
        # speaker's, whose 'saying' tells the act as before it, on a day not given: the 30 days up to it
        # (as date.before_report)
        why.append("date.said_while")
        return current_window(max(t.date_end for t in saying))
    stative = [t for t in usable if _since_of_state(sent, head, t)]
    if stative:
        # "A roadside bomb killed two fighters in Jalalabad, IS's branch, active in the province since 2015, said":
        # a span since a day on a word of state is how long that state has lasted; a finished act is not in it
        usable = [t for t in usable if t not in stative]
        why.append("date.since_of_state")
    ended = _length_up_to_day(ctx.st, sent, head, usable)
    if ended is not None:
        # "fought for three days south of Tripoli before pulling back on Monday": the act lasted those days, up to
        # the day that closed them (not up to publication, nor that one day alone)
        why.append("date.length_up_to_day")
        return ended
    told_with = [t for t in usable if t.kind == TimeKind.DURATION and any(
        o.kind != TimeKind.DURATION and (not text[min(t.end, o.end):max(t.start, o.start)].strip(" ,")
                                         or o.date_end < t.date_start) for o in usable)]
    if told_with:
        # "over five days in late March 2022", "for three days last week", "during a five-day operation in X in
        # March 2022": a length told beside a date, or with a date before the days up to publication it would
        # cover alone, is how long the act lasted, not when.
        usable = [t for t in usable if t not in told_with]
        why.append("date.duration_not_when")
    if usable and all(t.kind == TimeKind.DURATION and (t.date_end - t.date_start).days < 2
                      and ctx.st.past_span_days(t) is None for t in usable):
        # "Soldiers sent as reinforcements clashed with the attackers for several hours": hours tell how long, not
        # when; the act has the window the story gives it (the act just told), not the day before publication.
        # ("killed in the past 24 hours" is a span up to the report, when the acts were: patterns past_span)
        usable = []
        why.append("date.duration_not_when")
    if len(usable) > 1:
        # "fought for several hours" is how long: the act's own day ("on Saturday") is the other expression.
        # A capture's "after three days of fighting" is how long the fighting before it lasted, not its own day:
        # the day is the other expression, and the fighting's window is added to it (date.fighting_window).
        # "a six-month ceasefire signed on Wednesday": a duration inside the act's own noun phrase is how long
        # it runs, not when it was made.
        lo_np, at = head.left_edge.idx - sent.start_char, head.idx - sent.start_char
        own = [t for t in usable if not (t.kind == TimeKind.DURATION and (
            (t.date_end - t.date_start).days < 2 or trig.sub == TERRITORY_CLASS
            or head.pos_ == "NOUN" and lo_np <= t.start < at))]
        usable = own or usable
    shifted = _offset_from_sentence_date(sent, head, times, usable)
    if shifted is not None and (published is None or shifted[1] <= published):
        why.append("date.anaphoric_offset")
        return shifted
    marked = _anniversary(ctx.st, sent, head, usable, published)
    if marked is not None:
        why.append("date.anniversary")
        return marked
    if usable:
        # A date inside the trigger's own clause ("had fought their way into the town on Aug. 18") beats a
        # nearer one of the clause around it.
        # An act noun that is its verb's subject is dated in that verb's clause ("said on Friday that an air strike
        # hit X on Wednesday": Wednesday, not the nearer Friday of the report).
        scope = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass") \
            and head.head.pos_ in ("VERB", "AUX") else head
        lo, hi = _extent(sent, scope)
        inner = [_extent(sent, d) for d in scope.subtree
                 if d.i != scope.i and d.dep_ in ("relcl", "acl", "advcl", "ccomp")]
        own_clause = [t for t in usable if lo <= t.start and t.end <= hi
                      and not any(a <= t.start and t.end <= b for a, b in inner)]
        # (a clause joined by "and" with its subject of its own, "and on Monday soldiers arrested 12", is another
        # clause here)
        apart = inner + [_extent(sent, d) for d in scope.subtree
                         if d.i != scope.i and d.dep_ == "conj" and d.pos_ in ("VERB", "AUX")
                         and any(c.dep_ in ("nsubj", "nsubjpass") for c in d.children)]
        if not any(lo <= t.start and t.end <= hi and not any(a <= t.start and t.end <= b for a, b in apart)
                   for t in usable):
            counted = _offset_in_own_clause(sent, head, times, usable, recent, lo, hi, apart)
            if counted is not None and (published is None or counted[1] <= published):
                why.append("date.anaphoric_offset")
                return counted
        if scope is not head and head.head.lemma_.lower() in ctx.st.words.lower("lasting_verbs"):
            # "The truce that the militias agreed on Friday was holding on Sunday": an act noun's own relative
            # clause tells when it was made; its verb's day is a later state of it ("the clashes, which began on
            # Friday, went on on Sunday": an onset runs to the day told, date.onset_window). Only a state
            # (words/lasting_verbs): "the offensive the army launched on Monday reached Gao on Wednesday" tells a
            # new act on Wednesday.
            onset = ctx.st.words.lower("onset_verbs")
            made = [t for t in usable for r in head.children if r.dep_ in ("relcl", "acl") and r.pos_ == "VERB"
                    and r.lemma_.lower() not in onset and _within(t, _extent(sent, r))]
            if made:
                own_clause = made
                why.append("date.noun_own_clause")
        ending = deal_ending(head, ctx.st.words.lower("ending_verbs")) \
            if trig.sub == SubType.AGREEMENT and head.pos_ == "NOUN" else None
        if ending is not None:
            # "ceasefires agreed in Jeddah in May were violated within hours", "a truce China brokered in January
            # broke down in June": a deal told as ended is dated where it was made, not by its ending's day.
            made_at = {(s.start_char - sent.start_char, s.end_char - sent.start_char)
                       for s in deal_made_times(head, ending, ctx.st.words.lower("deal_making_verbs"))}
            made = [t for t in usable if any(a <= t.start and t.end <= b for a, b in made_at)]
            if made:
                own_clause = made
                why.append("date.noun_own_clause")
        if not own_clause:
            # "the funeral on Tuesday of the men killed when a drone struck their car on Sunday": an act told as
            # happening when another did has that one's day, not the nearest of the clause around it
            markers = ctx.st.words.lower("past_clause_markers")
            during = [t for t in usable for c in scope.children if c.dep_ == "advcl" and any(
                m.dep_ in ("advmod", "mark") and m.lower_ in markers for m in c.children)
                and _within(t, _extent(sent, c))]
            if during:
                own_clause = during
                why.append("date.when_act")
        if not own_clause and trig.sub == SubType.AGREEMENT:
            # "agreed on Friday to a ceasefire starting on Saturday": a clause on the deal tells when it applies;
            # it was made when the clause above says.
            own_clause = [t for t in usable if not any(a <= t.start and t.end <= b for a, b in inner)]
        verb = clause_verb(scope.head)
        if not own_clause and verb.dep_ in ("acl", "relcl"):
            # "Funerals were held on Tuesday for gunmen killed in clashes on Monday": an act named in a clause on
            # a noun, with no time in its own phrase, has the time of that clause ("killed ... on Monday"), not
            # whichever of the sentence lies closest
            own_clause = [t for t in usable if _within(t, _extent(sent, verb))]
        own_clause = own_clause or usable
        best = min(own_clause, key=lambda t: (abs((t.start + t.end) // 2 - pos)))
        start, end = best.date_start, best.date_end
        why.append("date.expression")
        told = [t.date_end for t in reported if t.date_end is not None]
        last_report = max((t for t in reported if t.date_end is not None), key=lambda t: t.date_end, default=None)
        if best.kind == TimeKind.SINCE and best not in reported and told and start <= max(told) < end:
            # "Since Monday, police have arrested 120 people, officials said on Thursday": the tally runs up to
            # the day it was told, not to publication.
            end = max(told)
            why.append("date.since_report")
        elif best.kind == TimeKind.DURATION and best not in reported and told and published is not None \
                and end == published and max(told) < end and _past_span(ctx.st, best):
            # "Strikes over the past week have killed 60, the ministry said on Sunday" (published on Monday): the
            # seven days up to the day it was told.
            shift = max(told) - end
            start, end = start + shift, end + shift
            why.append("date.since_report")
        elif best.kind == TimeKind.RELATIVE and best not in reported and told and published is not None \
                and max(told) < published and head.doc.user_data.get(FILED_DAY) is None \
                and _quoted_at(span_text(sent), best.start) and not _quoted_at(span_text(sent), last_report.start):
            # '"Yesterday they shelled the hospital again," the mayor said on Friday': a day counted in a quote is
            # counted from the day the speaker spoke, not from publication.
            shift = last_report.date_end - published
            start, end = start + shift, end + shift
            why.append("date.quote_day")
        if best in reported:
            # "hacked seven villagers to death, police said on Monday": the report's day is all the sentence gives
            # (the next sentence may tell the act's own day: date.day_told_next)
            why.append("date.report_day")
            if published is not None and end == published and start == end and trig.sub != TERRITORY_CLASS \
                    and "date.duration_not_when" not in why:
                # "hacked seven villagers to death, police said on Friday" in Friday's paper: told on the day it
                # was published, the act lay on or before it, on a day the text does not give (the widest window
                # the text allows is the current news up to it, as date.before_report does; not a capture or an act
                # told with how long it lasted, whose day the report tells as its end)
                start = current_window(end)[0]
                why.append("date.report_on_publication")
            elif start == end and (trig.sub in (KILL_CLASS, ATTACK_CLASS)
                                   or SUB_TO_TYPE.get(trig.sub) == EventType.VIOLENCE_AGAINST_CIVILIANS) \
                    and "date.duration_not_when" not in why \
                    and _told_by_another(ctx, sent, head, best):
                # "Human Rights Watch said on Thursday that soldiers executed 40 villagers": a killing, attack or
                # abduction by others told in a report has no day of its own; it came on or before the report's
                # day (the widest window the text allows is the 30 days up to it, as date.before_report). A side
                # telling its own act ("the army said it intercepted three drones") tells it as news of that day.
                start = current_window(end)[0]
                why.append("date.others_act_reported")
        entry = entry_day(head.doc.user_data.get(ENTRY_DAYS), sent.start_char)
        if entry is not None and entry != ctx.article.published and best.kind != TimeKind.EXPLICIT:
            why.append("date.blog_entry")
        elif head.doc.user_data.get(FILED_DAY) is not None and best.kind != TimeKind.EXPLICIT:
            why.append("date.dateline_day")  # counted from the dateline's day (components.times)
        year = _that_year(ctx.st, head.doc, sent, best)
        if year is not None and year != start.year and start.year == end.year:
            # "in late March of that year": the year the text named last, not the publication's.
            start, end = _same_day_of(start, year), _same_day_of(end, year)
            why.append("date.that_year")
        elif year is None:
            story = _story_year(ctx, best, start, end) or _year_of_sentence(sent, head, times, best, start, end)
            if story is not None:
                # "ETA gunmen seized him on July 10, 1997. He was found shot on July 12": a day or month with no
                # year, told right after a story dated in an earlier year, is of that story's year.
                start, end = story
                why.append("date.story_year")
        joined = _joined_clause(sent, head)
        listed = _listed_with(ctx.st, span_text(sent), best, usable)
        for other in usable:
            # "on Saturday and Sunday", "Nov. 28 and 29": one window over both days; "on Friday, Saturday and
            # Sunday": the days of a series, one window over them all.
            # ("have attacked X since 2022, and on Saturday they fired ...": a span up to publication pairs with no
            # day; it tells a habit's or a state's start)
            # ("followed on Monday, and early on Tuesday a drone hit the port": a day of another clause, with a
            # subject of its own, is that clause's act's)
            if other is not best and other.kind not in _UNPAIRED and best.kind not in _UNPAIRED \
                    and (other in listed or ctx.st.date_pair_glue.match(
                        span_text(sent)[min(best.end, other.end):max(best.start, other.start)])) \
                    and not any(a <= other.start and other.end <= b and not a <= best.start < b for a, b in apart) \
                    and not (joined is not None and _within(best, joined) and not _within(other, joined)):
                # ("clashed with police on Monday, and on Tuesday they marched": the act of a joined clause with a
                # subject of its own has that clause's day, not the day of the clause it is joined to)
                start, end = min(start, other.date_start), max(end, other.date_end)
                why.append("date.pair")
        lasted = [t for t in lengths if _length_of(sent, head, t)]
        if lasted and best.kind != TimeKind.DURATION:
            # "Calm returned to the city on Saturday after three days of rioting": the act is what lasted those
            # days up to the day told (as a capture carries the fighting before it: date.fighting_window).
            start = min(start, end - (lasted[0].date_end - lasted[0].date_start))
            why.append("date.length_of_act")
        # ("M23 rebels, who have fought the army for three years, entered Bukavu": a length in a clause on the
        # taker tells its war's story, not the fighting for the place)
        fought = [t for t in times if t.kind == TimeKind.DURATION and t is not best and t.date_start is not None
                  and not _on_the_doer(sent, head, t)]
        if trig.sub == TERRITORY_CLASS and best.kind != TimeKind.DURATION and fought:
            # "took the town after five days of fighting": the capture carries the fighting's window.
            start = min(start, end - (fought[0].date_end - fought[0].date_start))
            why.append("date.fighting_window")
        onset = ctx.st.words.lower("onset_verbs")
        # (the parser may hang the clause on the act's place: "the sit-in in Basrah, which began on Sunday")
        begun = [t for r in head.subtree if r.dep_ in ("relcl", "acl") and r.lemma_.lower() in onset
                 and (r.head.i == head.i or r.head.pos_ == "PROPN")
                 for t in usable if t is not best and t.date_start is not None and t.date_start < start
                 and _within(t, _extent(sent, r))]
        if begun:
            # "the sit-in, which began on Sunday, continued on Tuesday": one act from its onset to the day told.
            start = min(t.date_start for t in begun)
            why.append("date.onset_window")
        since = [t for t in times if t.kind == TimeKind.ANAPHORIC and t.offset_days and t.start > best.start]
        if trig.sub == KILL_CLASS and since and head.lemma_.lower() in ctx.st.words.lower("finding_verbs"):
            # "the bodies were found on Wednesday, two days after gunmen raided the area", "a day after they went
            # missing": the killing came between that act and the finding, and the window covers both.
            start = start - dt.timedelta(days=since[0].offset_days)
            why.append("date.found_after")
        return (start, end)
    period = _period_of_told_act(ctx.st, times, recent or ctx.linked)
    if period is not None and (published is None or period[0] <= published):
        why.append("date.anaphoric_period")
        if any(t.period is not None and t.period[0] == SPAN_DAYS_UNIT for t in times):
            why.append("date.days_after_told")
        return period[0], min(period[1], published) if published else period[1]
    anaphoric = [t for t in times if t.kind == TimeKind.ANAPHORIC and t.offset_days is not None]
    filed = head.doc.user_data.get(FILED_DAY)
    # ("KUNDUZ, May 3 (Reuters) - Taliban fighters attacked a checkpoint the previous night": with no act told
    # before, a day counted from nothing named is counted from the day the story was filed, as 'yesterday' is)
    anchor = recent if recent is not None or filed is None else (filed, filed)
    if recent is None and ctx.report_day is not None:
        # "The army said on Tuesday it was sending troops to Bama. The night before, militants had attacked a base
        # near Bama": counted from the day of the report just told, when it told no act
        anchor = (ctx.report_day, ctx.report_day)
    if anaphoric and anchor is not None:
        shift = dt.timedelta(days=anaphoric[0].offset_days)
        # A reported act cannot come after the report: a shift past publication read the offset from the wrong
        # anchor ("entered the city two days after launching the offensive" counts from the launch, not from
        # the last act told), so the act keeps the date it would have without it.
        # (from a dateline or a report day only back: "the following day" after a filing is no day yet told)
        if (published is None or anchor[0] + shift <= published) and (anchor is recent or shift.days <= 0):
            why.append("date.anaphoric_offset")
            if anchor is not recent:
                why.append("date.report_offset" if anchor[0] == ctx.report_day else "date.dateline_day")
            if _WHOLE_WEEK.search(anaphoric[0].text):
                # "Troops clashed near Bama on Sunday. The previous week, insurgents had killed ...": the Monday to
                # Sunday week before the act's, as "last week" is before publication's (spec), not one day.
                why.append("date.anaphoric_week")
                return _week_of(anchor[0] + shift, published)
            return (anchor[0] + shift, anchor[1] + shift)
    if any(t.relative and t.kind != TimeKind.ANAPHORIC for t in times) and published is None:
        stats.undated_relative += 1
        why.append("date.unknown")
        return None
    if published is None:
        why.append("date.unknown")
        return None
    if ctx.linked is not None and _linked_to_told_act(ctx, head):
        # "Tajik forces shelled Batken during that fighting": the act is dated by the act the text ties it to,
        # however wide its window (seeds NOTES: undated background is tied to the dated event).
        why.append("date.linked_act")
        return ctx.linked
    entry = entry_day(head.doc.user_data.get(ENTRY_DAYS), sent.start_char)
    if entry is not None and entry != published and (recent is None or recent[1] > entry):
        # An undated act in a live blog's entry is news of the day it was written, not of the 30 days up to the
        # blog's last entry; the act just told, when an entry written later dated it, is no guide (newest first).
        why.append("date.blog_entry")
        return (entry, entry)
    if recent is not None and not _perfect_act(head):
        verb = _clause_verb(head)
        # (a time told from the act just told, "the next day", "earlier in the day", places the act itself)
        untimed = not any(t.kind == TimeKind.ANAPHORIC for t in times) \
            and not ctx.st.same_day_told.search(span_text(sent))
        if untimed and _pluperfect(verb) and _main_clause(verb):
            # "Troops retook Kanyabayonga on Tuesday. M23 rebels had seized the town after ...": told as before
            # the act just told, on a day the text does not give: the widest window it allows is the current news
            # up to that act's day (as date.before_report does for an act told before its report). ("The group
            # later claimed it had killed 12 soldiers": a past perfect under a report is the report's tense; "Earlier
            # in the day, thousands had marched": a time told from the act just told places it.)
            why.append("date.before_told_act")
            return min(recent[0], current_window(recent[1])[0]), recent[1]
        if untimed and ctx.st.before_told_opener.match(span_text(sent)):
            # "Jets bombed a village near Kalay on Tuesday. Before that, resistance fighters overran an outpost":
            # the opener tells the act came before the act just told, on a day not given: the 30 days up to that
            # act's day (as date.before_told_act), not its day.
            why.append("date.before_that")
            return min(recent[0], current_window(recent[1])[0]), recent[1]
        if untimed and current_window(published)[0] <= recent[1] < published \
                and any(c.dep_ == "advmod" and c.lower_ in ctx.st.words.lower("later_adverbs")
                        for c in verb.children):
            # "Gunmen killed the chief of Bang on Sunday. The army later clashed with the bandits": after that day,
            # on a day the text does not give, up to publication (an act long before goes on with its story).
            why.append("date.later_than_told")
            return recent[1], published
        if untimed and any(c.dep_ == "advmod" and c.lower_ in ctx.st.words.lower("recency_adverbs")
                           for c in {*verb.children, *head.children}):
            # "Last week, IS fighters attacked a village near Hawija. Iraqi forces carry out raids daily, recently
            # arresting 19 suspects in Kirkuk": recent news with no day of its own, not the day of the act before
            why.append("date.recently")
            return ctx.current
        why.append("date.inherited")
        return recent
    if recent is None and ctx.background is not None and not _perfect_act(head) and _told_in_past(head) \
            and not any(t.kind == TimeKind.ANAPHORIC for t in times):
        # "In August 2023 the RSF overran Wad Medani. Its fighters looted the market and burned the hospital": an
        # undated act told in the past right after background dated long before publication goes on with that
        # story, at its window, not in the current news, wherever it was ("fought along the border in September
        # 2022. Troops shelled Batken during the night").
        why.append("date.background_run")
        if ctx.background_after_day:
            why.append("date.background_after_day")
        return ctx.background
    if not _perfect(head) and _perfect_act(head):
        why.append("date.shared_perfect")
    why.append("date.current_news")
    return ctx.current


_DIGIT_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.I)


def _anniversary(st: Stages, sent: Span, head, usable, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """"Israelis marked on Monday the first anniversary of the attack in which gunmen killed 360 people": an act
    told inside what an anniversary marks, with no date of its own there, happened that many years before the day
    the anniversary was marked (the sentence's date outside the marked phrase, else the current news up to
    publication)."""
    noun = next((a for a in head.ancestors if a.lemma_.lower() in st.commemoration_nouns and a.pos_ == "NOUN"), None)
    if noun is None:
        return None
    # (how many years: the noun's ordinal, "first", "10th"; "the anniversary of" alone does not say)
    words = [c.lower_ for c in noun.children if c.dep_ in ("amod", "nummod", "compound")]
    years = next((n for w in words if (n := st.ordinal_numbers.get(w) or (
        int(m[1]) if (m := _DIGIT_ORDINAL.match(w)) else None))), None)
    if not years:
        return None
    s0 = sent.start_char
    lo = noun.idx - s0
    hi = noun.right_edge.idx + len(noun.right_edge.text) - s0
    if any(lo <= t.start < hi for t in usable):
        return None  # "the anniversary of the attack of 7 October 2023": the act has its date
    marking = [t for t in usable if t.kind != TimeKind.DURATION and t.date_end - t.date_start < dt.timedelta(days=31)]
    if marking:
        day = min(marking, key=lambda t: min(abs(t.end - lo), abs(t.start - hi)))
        window = (day.date_start, day.date_end)
    elif published is not None and not usable:
        window = current_window(published)
    else:
        return None
    return _same_day_of(window[0], window[0].year - years), _same_day_of(window[1], window[1].year - years)


def _period_of_told_act(st: Stages, times, anchor: tuple[dt.date, dt.date] | None) -> tuple[dt.date, dt.date] | None:
    """"In May 2015 IS seized Palmyra. Later that month it blew up the temple": a month or year named by the act
    told before ('that', 'later/earlier that', 'the same') is that act's whole month or year (seeds NOTES: 'later
    that month' covers the whole month); 'the following / previous month (year)' the one after or before it, and
    'two months later', 'three years earlier' that many after or before it."""
    if anchor is None:
        return None
    for t in times:
        if t.kind != TimeKind.ANAPHORIC or t.period is None:
            continue  # (the date grammar reads the period: "a few months later" names no one month or year)
        unit, sign = t.period
        if unit == SPAN_DAYS_UNIT:
            # "days later", "in the days that followed": the days after the act told (before it, "days earlier"),
            # not its own day; the least gap counted from its first day, the reach from its last ("in 2016 ...
            # Months later": from February 2016 to the end of 2017)
            least = dt.timedelta(days=VAGUE_SPAN_LEAST_DAYS.get(abs(sign), 1))
            if sign > 0:
                return min(anchor[1] + dt.timedelta(days=1), anchor[0] + least), anchor[1] + dt.timedelta(days=sign)
            return anchor[0] + dt.timedelta(days=sign), max(anchor[0] - dt.timedelta(days=1), anchor[1] - least)
        if unit == VAGUE_DAYS_UNIT or unit.startswith((APART_MONTHS_UNIT, APART_YEARS_UNIT)):
            continue  # ("days after rebels seized it" counts from the act that governs it: date.offset_between_acts)
        if unit == WEEKEND_UNIT:
            # the last Saturday before the act's first day, or the first Saturday after its last day
            if sign < 0:
                day = anchor[0]
                sat = day - dt.timedelta(days=(day.weekday() - 5) % 7 + (WEEK_DAYS if day.weekday() >= 5 else 0))
            else:
                sat = anchor[1] + dt.timedelta(days=(5 - anchor[1].weekday()) % 7 or WEEK_DAYS)
            return sat, sat + dt.timedelta(days=1)
        if unit == MONTH_UNIT:
            first = _add_months((anchor[1] if sign >= 0 else anchor[0]).replace(day=1), sign)
            return first, _month_end(first.year, first.month)
        year = (anchor[1] if sign >= 0 else anchor[0]).year + sign
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None


def _offset_in_own_clause(sent: Span, head, times, usable, recent, lo: int, hi: int,
                          inner: list[tuple[int, int]]) -> tuple[dt.date, dt.date] | None:
    """"On Monday a strike killed 18, and the following day tanks shelled X", "The attacks spread to Y the following
    day, and on Monday soldiers arrested 12": an act whose own clause gives no date but an offset ("the following
    day", "two days later") is counted from the date told before the offset in the sentence, else from the act
    just told, not given the date of another clause of the sentence. (The parse may hang the act's clause on the
    offset's noun: "and the following day artillery shelled X", 'shelled' a relative clause of 'day'.)"""
    offsets = [t for t in times if t.kind == TimeKind.ANAPHORIC and t.offset_days is not None and (
        lo <= t.start and t.end <= hi and not any(a <= t.start and t.end <= b for a, b in inner)
        or _clause_on_time(sent, head, t))]
    if not offsets:
        return None
    off = offsets[0]
    before = [t for t in usable if t.kind != TimeKind.DURATION and t.end <= off.start]
    if before:
        base = (before[-1].date_start, before[-1].date_end)
    elif recent is not None:
        base = recent
    else:
        return None
    shift = dt.timedelta(days=off.offset_days)
    return base[0] + shift, base[1] + shift


def _offset_from_sentence_date(sent: Span, head, times, usable) -> tuple[dt.date, dt.date] | None:
    """"On Wednesday, police arrested 12 men over a grenade attack in the city the previous day": an act noun
    nearer to an offset ("the previous day", "a day earlier") than to the sentence's date, and told before the
    offset, is dated by the offset from that date (the arrests keep Wednesday)."""
    if head.pos_ != "NOUN":
        return None
    pos = head.idx - sent.start_char
    offsets = [t for t in times if t.kind == TimeKind.ANAPHORIC and t.offset_days is not None and t.start > pos]
    dated = [t for t in usable if t.kind != TimeKind.DURATION]
    if not offsets or len(dated) != 1:
        return None
    near = min(offsets, key=lambda t: t.start - pos)
    base = dated[0]
    # The offset is the noun's own: inside its phrase, or right after it (the parse may hang it on the verb).
    phrase_end = head.right_edge.idx + len(head.right_edge.text) - sent.start_char
    if near.start - pos >= abs((base.start + base.end) // 2 - pos) \
            or span_text(sent)[phrase_end:near.start].strip(" ,"):
        return None
    shift = dt.timedelta(days=near.offset_days)
    return base.date_start + shift, base.date_end + shift


def _past_span(st: Stages, t) -> bool:
    """"over the past week", "in recent days" (patterns past_span): a span of days up to the report, the acts' own
    window, not a length ("for three years", "after three weeks of fighting")."""
    days = st.past_span_days(t)
    return days is not None and days >= 2


def _pluperfect(verb) -> bool:
    """"had killed", "had been arrested": a past perfect, told as before the time of the clause it hangs on."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children)


def _clause_verb(head):
    """The verb whose clause tells the act: the trigger, the verb its noun hangs on, or the verb of the
    preposition it hangs on ("had lost five men in the battle": "lost")."""
    verb = _verb_of(head)
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.i != verb.i:
        return verb.head
    return verb


def _in_relative_clause(sent: Span, head, t) -> bool:
    """Is the time expression inside a relative clause that does not hold the act ("the town they seized last
    week")? It dates what that clause tells."""
    tok = _first_token(sent, t)
    return tok is not None and any(a.dep_ == "relcl" and not a.left_edge.i <= head.i <= a.right_edge.i
                                   for a in (tok, *tok.ancestors))


# A line opening with a list marker ("- Hawalli, 14 September: a woman was raped ...", "3. Gao, 2 May: ...").
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*]|\d{1,2}[.)])\s")


def _list_entry(sent: Span, t) -> bool:
    """Is the time expression on a line that opens with a list marker? Then it dates that entry of a dated list, and
    is no dateline's filing stamp."""
    text = sent.doc.text
    at = sent.start_char + t.start
    return bool(_LIST_ITEM.match(text, text.rfind("\n", 0, at) + 1))


def _main_clause(verb) -> bool:
    """Is the verb its sentence's main verb, or one joined to it by a conjunction, or the clause a trailing report
    is on ("the insurgents had shot dead two elders, the spokesman added")?"""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.i < verb.head.i


def _length_of(sent: Span, head, t) -> bool:
    """Is the act the thing a length counts ("after three days of rioting": 'rioting' hangs on 'of' after the
    length's unit)?"""
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    unit = head.head.head
    return sent.start_char + t.start <= unit.idx < sent.start_char + t.end


def _on_the_doer(sent: Span, head, t) -> bool:
    """Is the time expression inside a relative clause on the act's subject ("M23 rebels, who have fought the army
    for three years, entered Bukavu")? It tells the doer's story."""
    tok = _first_token(sent, t)
    doers = {c.i for c in _verb_of(head).children if c.dep_ == "nsubj"}
    return tok is not None and any(a.dep_ == "relcl" and a.head.i in doers for a in (tok, *tok.ancestors))


def _date_of_report(st: Stages, sent: Span, head, t) -> bool:
    """Is the time expression the date of a reporting verb other than the act's own ("said on Thursday",
    "told Reuters on Monday"): hung on that verb directly, or through its preposition, or through the report's
    noun ("in a statement on Sunday"); or right after the verb ("said on Monday they had repelled", which the
    parse may hang on the told verb)?"""
    tok = _first_token(sent, t)
    if tok is None:
        return False
    if tok.dep_ == "det" and tok.head.i > tok.i:
        tok = tok.head  # "said this week": the time's noun carries its tie to the verb
    reporting = st.modality.reporting_verbs
    reacting = head.head if head.pos_ == "NOUN" and head.dep_ == "dobj" \
        and head.head.lemma_.lower() in st.words.lower("reaction_verbs") else None
    if reacting is not None and tok.i < head.i and reacting.i in (tok.head.i, tok.head.head.i):
        # "the UN condemned on Tuesday the killing of 14 civilians ... on Saturday": the day told with the verb
        # of reacting, before the act's noun, is when it was condemned; a day after the noun is the act's.
        return True
    own = {head.i, _verb_of(head).i, _clause_verb(head).i}
    near = clause_verb(tok)
    says = near.head.head
    if near.dep_ in ("acl", "relcl") and near.head.dep_ in ("nsubj", "nsubjpass") and near.i not in own \
            and says.pos_ == "VERB" and says.lemma_.lower() in reporting and says.i not in own \
            and any(c.dep_ == "ccomp" and c.left_edge.i <= head.i <= c.right_edge.i for c in says.children):
        # "a UN report released on Tuesday said troops had ...", "survivors who reached Gedaref this week said
        # fighters had ...": a time in a clause on the reporter of the act's clause is when the report was made
        # (or its speakers came), not the act's own time
        return True
    before = tok.i - 1 if tok.i - 1 >= sent.start and tok.nbor(-1).dep_ != "prep" else tok.i - 2
    if before >= sent.start and tok.doc[before].pos_ == "VERB" and tok.doc[before].i != head.i \
            and tok.doc[before].lemma_.lower() in reporting and tok.dep_ in ("prep", "pobj", "npadvmod"):
        return True
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "nsubj" and verb.head.pos_ == "VERB" \
            and verb.head.lemma_.lower() in reporting:
        verb = verb.head  # "..., said the military's media wing on Wednesday": the parse hangs the day on the speaker
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.lower_ == "in":
        verb = verb.head.head  # "said in a statement on Sunday": the statement's date is the report's
    # ("campaigners said at a vigil in Abuja on Sunday": an act noun in the reporting verb's own phrase was where
    # and when the report was made)
    if tok.dep_ not in ("prep", "pobj", "npadvmod") or verb.i in own:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in reporting


def _offset_from_governing_clause(sent: Span, head, times) -> tuple[dt.date, dt.date] | None:
    """"Bandits on Thursday freed 18 passengers they had seized nine days earlier": an offset in the clause of an
    act told under another ("seized", a relative or adverbial clause) counts from the date of the clause that
    governs it (Thursday), not from the last act told."""
    verb = _verb_of(head)
    if verb.dep_ not in ("relcl", "advcl", "acl") or verb.head.i == verb.i:
        return None
    clause = {w.i for w in verb.subtree}
    first, offsets = _offsets_in(sent, times, clause)
    dated = [t for t in times if t.date_start is not None and t.kind != TimeKind.DURATION
             and first[t.start] is not None and first[t.start].i not in clause]
    if not offsets or not dated:
        return None
    anchor = verb.head.idx - sent.start_char
    best = min(dated, key=lambda t: abs((t.start + t.end) // 2 - anchor))
    shift = dt.timedelta(days=offsets[0].offset_days)
    return best.date_start + shift, best.date_end + shift


def _after_a_length(st: Stages, text: str, t) -> bool:
    """Does a sequence preposition ("after", "following") stand right before the duration `t` ("after three days
    of fighting")?"""
    before = text[:t.start].split()
    return bool(before) and before[-1].lower() in st.words.lower("act_anchor_prepositions")


def _dates_another_act(st: Stages, sent: Span, head, t) -> bool:
    """Is the time expression `t` a modifier of another noun ("the April 1 air strike", "Monday's bombing") inside
    a phrase of sequence or reprisal on the act ("after ...", "in response to ...", "in retaliation for ...")? Then
    it dates that other act, not the act of `head`."""
    tok = _expression_top(sent, head, t)
    if tok is None:
        return False
    if tok.dep_ not in ("compound", "nmod", "poss", "amod", "npadvmod") or tok.head.pos_ not in ("NOUN", "PROPN") \
            or tok.head.i == head.i:
        return False
    node = tok.head
    span_long = tok.dep_ == "poss" and (t.date_end - t.date_start).days >= 6
    if not span_long and node.i not in trigger_tokens(head.doc):
        return False  # "after the Monday prayers": a moment, no act of its own ("after last month's unrest" is a
        # time of its own, long before the act's)
    anchors = st.words.lower("act_anchor_prepositions") | st.words.lower("reprisal_words")
    for _ in range(6):
        if node.head.i == node.i or node.head.i == head.i:
            return False
        node = node.head
        if node.lower_ in anchors or node.lemma_.lower() in anchors:
            return True
    return False


def _dates_yardstick(st: Stages, sent: Span, head, t) -> bool:
    """Is the time expression `t` inside a phrase of comparison (words/comparison_prepositions: "since", "than")
    on an act noun other than `head` ("since last month's bombing at its gate", "since the fall of X in December")?
    It dates that yardstick act. Only with a superlative or an ordinal before it (the act measured: "the worst",
    "the second"), and only a chain of nouns and prepositions: a clause under "since" ("since troops entered the
    town in May") tells a state's onset, dated elsewhere (date.when_clause)."""
    lo, hi = sent.start_char + t.start, sent.start_char + t.end
    spans = [(a, b) for a, b in trigger_ranges(head.doc) if not a <= head.i < b]
    compare = st.words.lower("comparison_prepositions")
    for tok in sent:
        if not lo <= tok.idx < hi:
            continue
        act, node = False, tok
        for _ in range(8):
            if node.head.i == node.i or node.head.i == head.i or node.head.pos_ in ("VERB", "AUX"):
                break
            node = node.head
            if node.pos_ == "NOUN" and not lo <= node.idx < hi and any(a <= node.i < b for a, b in spans):
                act = True
            elif act and node.lower_ in compare:
                # ("a stronghold since the coup of February 1": a state since then, no measure of rarity)
                return _ranked(st, node.head)
    return False


def _ranked(st: Stages, word) -> bool:
    """Is the word a comparison hangs on ranked by a superlative or an ordinal, itself or a word on it ("the worst
    since", "the second such attack since", "was the deadliest since")?"""
    return any(w.tag_ in ("JJS", "RBS") or w.lower_ in st.ordinal_numbers or "Ord" in w.morph.get("NumType")
               for w in (word, *word.children))


def _expression_top(sent: Span, head, t):
    """The word of the time expression `t` that hangs on a word outside it ("April 1" -> "1", "last weekend's" ->
    "weekend"), or None when the expression starts at the trigger or is not in the sentence's tokens."""
    tok = _first_token(sent, t)
    if tok is None or tok.i == head.i:
        return None
    end = sent.start_char + t.end
    while tok.head.i != tok.i and tok.head.idx < end and tok.head.i != head.i:
        tok = tok.head  # out of the expression's own words
    return tok


def _clause_on_time(sent: Span, head, t) -> bool:
    """Is the act's word inside a clause that hangs on a word of the time expression `t` ("until 2012, when troops
    drove it out": 'drove' is a relative clause of '2012')?"""
    lo, hi = sent.start_char + t.start, sent.start_char + t.end
    up = head
    while up.head.i != up.i:
        if up.dep_ in ("relcl", "acl", "advcl") and lo <= up.head.idx < hi:
            return True
        up = up.head
    return False


def compares(sent: Span, head, t) -> bool:
    """Is `t` a "since ..." on a noun told with a superlative or an ordinal ("the deadliest attack in the region
    since 2019", "the first such killing since 2021")? It measures how rare the act is, not when it was."""
    if t.kind != TimeKind.SINCE:
        return False
    tok = _first_token(sent, t)
    if tok is None or tok.is_ancestor(head):
        return False  # "since June 2005, when fighters overran X": the act of the clause on the date is dated by it
    for up in tok.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return False
        if up.pos_ == "NOUN" and any(c.tag_ == "JJS" or "Ord" in c.morph.get("NumType") for c in up.children):
            return True
    return False


def _dates_a_thing(sent: Span, head, t) -> bool:
    """Is the time expression `t` the possessive of a noun that names no act ("last weekend's election", "Sunday's
    vote") and lies outside the act's own phrase? Then it dates that thing, not the act ("at Sunday's funeral",
    inside the act's phrase, stays the act's time; "Monday's bombing" is another act's, see _dates_another_act)."""
    tok = _expression_top(sent, head, t)
    if tok is None:
        return False
    thing = tok.head
    if tok.dep_ != "poss" or thing.pos_ not in ("NOUN", "PROPN") or thing.i == head.i:
        return False
    if thing.i in trigger_tokens(head.doc):
        return False
    return not any(a.i == head.i for a in thing.ancestors)


def _linked_to_told_act(ctx: _ArticleContext, head) -> bool:
    """Is the act told as part of an act named again ("during that fighting", "in those clashes"): a linking
    preposition (words/linking_prepositions.txt) on the act's word or its verb, with a trigger noun whose
    determiner is a demonstrative (spaCy's PronType=Dem: "that", "those", not "the")?"""
    linking = ctx.st.words.lower("linking_prepositions")
    if head.dep_ == "pobj" and head.head.lower_ in linking and _demonstrative(head):
        return True  # "during that fighting": the act named again is dated as told
    acts = {t.i for m in ctx.triggers_in(head.sent) for t in m.tokens}
    for tok in (head, head.head):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in linking and any(
                    o.dep_ == "pobj" and o.i in acts and _demonstrative(o) for o in prep.children):
                return True
    return False


def _demonstrative(noun) -> bool:
    """Does the noun have a demonstrative determiner ("that fighting", "those clashes")?"""
    return any(d.dep_ == "det" and "Dem" in d.morph.get("PronType") for d in noun.children)


def _in_other_clause(sent: Span, head, t) -> bool:
    """Is the time expression inside a relative clause of a word outside the act's own phrase ("The ADF, which
    pledged allegiance to IS in 2019, carried out the attack")? Its date is the background the clause tells, not
    the act's (date.expression). (A participle's clause is not read so: the parse often hangs the act's own date
    there, "a crowd holding a vigil on Sunday".)"""
    s0 = sent.start_char
    head = compound_head(head)  # ("a roadside bomb attack that killed four on Sunday": the phrase is the bomb's)
    for d in sent:
        relative = d.dep_ == "relcl" or d.dep_ == "conj" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in d.children)  # "... and which ..."
        if not relative or d.left_edge.i <= head.i <= d.right_edge.i:
            continue
        antecedent = d.head
        # "the attack on the base, which began on Sunday": the act's own phrase. A verb's phrase is its whole
        # clause: there the clause of its subject ("Al-Shabaab, which was founded in 2006, attacked ...") or one set
        # off by commas ("retook Kidal, which rebels had seized in 2012") tells background; a restrictive clause at
        # the end often holds the act's own date as parsed ("executed men they accused of spying last week").
        if antecedent.i == head.i or head.pos_ in ("NOUN", "PROPN") and head.left_edge.i <= antecedent.i \
                <= head.right_edge.i:
            continue
        if head.pos_ not in ("NOUN", "PROPN") and not set_off(d) and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= antecedent.i <= c.right_edge.i
                for c in head.children):
            continue
        if d.left_edge.idx - s0 <= t.start and t.end <= d.right_edge.idx + len(d.right_edge.text) - s0:
            return True
    return False


def _length_up_to_day(st: Stages, sent: Span, head, usable) -> tuple[dt.date, dt.date] | None:
    """The window of an act told with how long it lasted ("for three days", a length on the act's own verb) and a
    day told after it past a word that ends the length (words/length_end_words: "before pulling back on Monday",
    "until troops retook it on Friday"): that many days up to and including the day."""
    text = span_text(sent)
    verb = _verb_of(head)
    ends = st.words.lower("length_end_words")
    for t in usable:
        if t.kind != TimeKind.DURATION or _past_span(st, t) or t.start < head.idx - sent.start_char:
            continue
        top = _first_token(sent, t)
        while top is not None and top.head.i != top.i and top.head.idx < sent.start_char + t.end \
                and top.head.idx >= sent.start_char + t.start:
            top = top.head
        if top is None or top.head.i not in (head.i, verb.i):
            continue
        for o in usable:
            if o.kind == TimeKind.DURATION or o.start < t.end or o.date_start != o.date_end:
                continue
            if ends.intersection(w.lower() for w in re.findall(r"[\w']+", text[t.end:o.start])):
                return o.date_end - (t.date_end - t.date_start), o.date_end
    return None


# Kinds of time a place of a list may carry as its own (not a length, a span up to now or an offset from an act)
_PLACE_TIME_KINDS = frozenset({TimeKind.EXPLICIT, TimeKind.RELATIVE})


def dates_of_places(sent: Span, places, times) -> dict[int, tuple[dt.date, dt.date]]:
    """"Government forces captured Maarat al-Numan in January and Saraqeb in February": in a list of an act's
    places, each followed at once by a time of its own, each place has that time (rule date.place_own_time), not
    the one nearest the verb. Keyed by the id of the place mention; empty unless two places of the list have
    times of their own and the times differ."""
    text = span_text(sent)
    own: dict[int, tuple[dt.date, dt.date]] = {}
    for p in places:
        end = p.end - sent.start_char
        t = next((t for t in times if t.kind in _PLACE_TIME_KINDS and t.date_start is not None
                  and t.start >= end and not text[end:t.start].strip(" ,")), None)
        if t is not None:
            own[id(p)] = (t.date_start, t.date_end)
    return own if len(own) > 1 and len(set(own.values())) > 1 else {}


def _counted_from_report(ctx: _ArticleContext, head: Token, reported: list[TimeExpr], usable: list[TimeExpr],
                         why: list[str]) -> list[TimeExpr]:
    """"Russian drones struck Kyiv overnight, officials said on Monday" in Tuesday's paper: a day counted from now
    that reaches the day of speaking (words/relative_days ending 0 days back: 'overnight', 'last night', 'today',
    'this morning') counts from the day the report was made, when that day came before the one the text's times
    were counted from (publication, the dateline's or the blog entry's): the times shifted back by the days between
    (rule date.now_of_report). Not 'yesterday': a whole day before is the reporter's, counted from publication."""
    said = {(t.date_start, t.date_end) for t in reported}
    published = ctx.article.published
    if len(said) != 1 or published is None:
        return usable
    start, day = next(iter(said))
    base = entry_day(head.doc.user_data.get(ENTRY_DAYS), head.sent.start_char) \
        or head.doc.user_data.get(FILED_DAY) or published
    now_words = {w for w, (_back, end_back) in ctx.st.dates.relative_days.items() if end_back == 0}
    if start != day or not day < base:
        return usable
    shift = day - base
    text = span_text(head.sent)
    # (a day counted inside a quote is counted from the speaker's day by date.quote_day)
    out = [replace(t, date_start=t.date_start + shift, date_end=t.date_end + shift)
           if t.kind == TimeKind.RELATIVE and t.date_start is not None and not _quoted_at(text, t.start)
           and " ".join(t.text.lower().split()) in now_words else t for t in usable]
    if out != usable:
        why.append("date.now_of_report")
    return out


def _day_of_saying(st: Stages, sent: Span, head, usable) -> list:
    """The times of the clause a participle of a reporting verb hangs on, when the act is told in what that
    participle says ("appealed on Wednesday for calm, saying militiamen had killed four": Wednesday): the day the
    speaker spoke, not the act's."""
    verb = _clause_verb(head)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    says = verb.head
    if verb.dep_ != "ccomp" or says.tag_ != "VBG" or says.lemma_.lower() not in st.modality.reporting_verbs \
            or says.head.i == says.i:
        return []
    main = says.head
    if says.dep_ == "acl" and main.dep_ == "ROOT" and main.pos_ == "PROPN":
        # "BAMAKO, May 20 (Reuters) - The opposition leader called on Friday for an inquiry, saying soldiers had
        # killed ...": the parser made the dateline's name the root and hung the participle on it; the participle
        # follows the finite verb told before it.
        told = [w for w in sent if main.i < w.i < says.i and w.pos_ == "VERB" and w.tag_ in ("VBD", "VBZ", "VBP")]
        if not told:
            return []
        main = told[-1]
    elif says.dep_ not in ("advcl", "xcomp", "conj"):
        return []
    inside = {w.i for w in says.subtree}
    out = []
    for t in usable:
        tok = _first_token(sent, t)
        if tok is not None and tok.i in inside:
            return []  # ("saying gunmen had killed 12 villagers on Sunday": the act's own day)
        if t.kind == TimeKind.DURATION or tok is None:
            continue
        # (in the clause the participle hangs on itself: "killed three gunmen on Tuesday, the army said, adding
        # that ...": Tuesday is the killing's, a clause of its own under 'said')
        up = tok
        while up.i != main.i and up.head.i != up.i and up.dep_ not in _OWN_CLAUSE_DEPS:
            up = up.head
        if up.i == main.i:
            out.append(t)
    return out


# Dependencies that open a clause of its own under the word they hang on
_OWN_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "relcl", "acl", "conj", "parataxis", "csubj"})


def _since_of_state(sent: Span, head, t) -> bool:
    """Is `t` a span since a day ("since 2015") that hangs on a word other than the act's own, an adjective, a noun
    or a participle ("active since 2015", "in power since 2019", "held since March"), while the act is told in the
    simple past? A simple past tells a finished act, which a span up to now cannot date."""
    if t.kind != TimeKind.SINCE:
        return False
    verb = _clause_verb(head)
    if verb.tag_ != "VBD":
        return False
    tok = _first_token(sent, t)
    lo, hi = sent.start_char + t.start, sent.start_char + t.end
    while tok is not None and tok.head.i != tok.i and lo <= tok.head.idx < hi:
        tok = tok.head  # out of the expression's own words
    if tok is None or tok.head.i == tok.i:
        return False
    owner = tok.head
    while owner.pos_ == "ADP" and owner.head.i != owner.i:
        owner = owner.head  # ("fighters, in power since 2021,": the phrase's word)
    if owner.i in (head.i, verb.i, _verb_of(head).i):
        return False
    return owner.pos_ in ("ADJ", "NOUN", "PROPN") or owner.tag_ in ("VBN", "VBG") and owner.dep_ in ("acl", "amod")


def _in_apposed_clause(sent: Span, head, t) -> bool:
    """Is the time expression inside a relative or participle clause on an appositive set off by a comma ("Kidal,
    a town they had lost in 2013,", "Goma, a city seized by M23 in 2012,"), or inside a participle
    clause set off on the act's subject ("The RSF, formed in 2013, attacked"), outside the act's own phrase? The
    clause describes the place or group named before it; its time dates that description."""
    s0 = sent.start_char
    for d in sent:
        if d.dep_ not in ("relcl", "acl") or d.tag_ not in ("VBD", "VBN") or d.left_edge.i <= head.i <= d.right_edge.i:
            continue
        noun = d.head
        apposed = noun.dep_ == "appos" and noun.left_edge.i > 0 and sent.doc[noun.left_edge.i - 1].text == ","
        # ("The RSF, formed in 2013 from the Janjaweed, attacked ...": a participle set off on the act's subject)
        on_subject = d.dep_ == "acl" and d.left_edge.i > 0 and sent.doc[d.left_edge.i - 1].text == "," \
            and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == _verb_of(head).i
        if not apposed and not on_subject:
            continue
        if noun.i == head.i or head.pos_ in ("NOUN", "PROPN") and head.left_edge.i <= noun.i <= head.right_edge.i:
            continue
        if d.left_edge.idx - s0 <= t.start and t.end <= d.right_edge.idx + len(d.right_edge.text) - s0:
            return True
    return False


OFFSET_GAP = 12  # characters between "three days after" and its act ("... after they took")


def _offset_between_acts(sent: Span, head, times, recent=None) -> tuple[dt.date, dt.date] | None:
    """"Rebels seized Butembo on Sunday, three days after taking Beni": the act under "N days after/before" is
    dated from the act that governs it (Beni: three days before Sunday), not given that act's date. A governing
    act with no date in the sentence has the recent one ("Gunmen killed eight in X on Monday. The attack came a
    week after gunmen had killed ten in Y": Y's a week before Monday)."""
    # ("a day after the gunmen raided a village and kidnapped 20 people": a later act of the clause is under the
    # offset as its first act is)
    while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ == head.pos_:
        head = head.head
    # ("marched on Friday, a day after a suicide bombing at the cantonment": an act named by a noun right after the
    # offset's preposition)
    nominal = head.dep_ == "pobj" and head.pos_ in ("NOUN", "PROPN") and head.head.dep_ == "prep"
    # ("On Friday, a week after soldiers killed 11 in X, jihadists ambushed ...": a clause opened by its own
    # conjunction, which the parse may hang as a complement, is an adverbial one all the same)
    marked = head.dep_ == "ccomp" and any(
        c.dep_ == "mark" and any(t.kind == TimeKind.ANAPHORIC and (t.offset_days or _vague_days(t) or _apart(t))
                                 and t.start <= c.idx - sent.start_char < t.end for t in times)
        for c in head.children)
    if head.dep_ not in ("pcomp", "advcl") and not nominal and not marked:
        return None
    pos = head.idx - sent.start_char
    # "two days after bandits had abducted": inside the clause, parsed so; "a day after Al-Shabaab fighters
    # attacked": ending on the clause's "after", however long its subject.
    lo = head.left_edge.idx - sent.start_char
    # ("shelled X the night before, killing two": the comma closes the offset, which dates the verb before it and
    # governs no clause after it)
    anchor = [t for t in times if t.kind == TimeKind.ANAPHORIC and (t.offset_days or _vague_days(t) or _apart(t))
              and (0 <= lo - t.end <= 2 if nominal else 0 <= pos - t.end <= OFFSET_GAP or lo < t.end <= pos)
              and not span_text(sent)[t.end:pos].lstrip().startswith(",")]
    # (the word the offset's clause hangs on: the governing act's verb)
    gov = clause_verb(head.head) if nominal else head.head.head if head.dep_ == "pcomp" else head.head
    gpos = gov.idx - sent.start_char
    hi = head.right_edge.idx + len(head.right_edge.text) - sent.start_char
    if anchor and (_vague_days(anchor[-1]) is not None or _apart(anchor[-1])) and any(
            t.date_start is not None and t.kind not in (TimeKind.ANAPHORIC, TimeKind.DURATION)
            and pos <= t.start and t.end <= hi for t in times):
        return None  # ("came days after it lost X in mid-June": the act's own date, told in its clause, is its own)
    dated = [t for t in times if t.date_start is not None and t.kind != TimeKind.DURATION and t.end <= pos - 1]
    if anchor and not dated:
        # "Four days after missiles hit X, a strike on Y killed 21 people on Friday": the offset clause opens the
        # sentence and the governing act's own day comes after it, in that act's clause.
        dated = [t for t in times if t.date_start is not None and t.kind != TimeKind.DURATION and t.start >= hi
                 and t.kind != TimeKind.ANAPHORIC and getattr(verb_of_time(sent, t), "i", None) == gov.i]
    if not anchor or not dated and recent is None:
        return None
    if not dated:
        return _shifted(recent, anchor[-1])
    best = min(dated, key=lambda t: abs((t.start + t.end) // 2 - gpos))
    return _shifted((best.date_start, best.date_end), anchor[-1])


def _vague_days(t: TimeExpr) -> int | None:
    """The vague count of days of "days after", "weeks before" (signed as its direction), else None."""
    return t.period[1] if t.period is not None and t.period[0] == VAGUE_DAYS_UNIT and t.period[1] else None


def _apart(t: TimeExpr) -> tuple[int, int, str] | None:
    """(months in the unit: 1 or 12, signed count, vagueness suffix) of "two months after X", "a year after X",
    "nearly two years after X", "months after X" (dates.APART_*: counted from the act that governs the clause), else
    None."""
    if t.period is None or not t.period[0].startswith((APART_MONTHS_UNIT, APART_YEARS_UNIT)):
        return None
    months = 1 if t.period[0].startswith(APART_MONTHS_UNIT) else YEAR_MONTHS
    return months, t.period[1], t.period[0].removeprefix(APART_MONTHS_UNIT).removeprefix(APART_YEARS_UNIT)


def _months_back(window: tuple[dt.date, dt.date], months: int, n: int, vague: str) -> tuple[dt.date, dt.date]:
    """The calendar months (years, when `months` is 12) n units before the window (after it when n < 0), as "two
    months ago" is the month two before publication's and "a year ago" last year (dates._h_ago); a unit more either
    way when hedged, from one to twelve months for a bare "months after"."""
    if vague == APART_SOME:
        far, near = (YEAR_MONTHS, 1) if n > 0 else (-1, -YEAR_MONTHS)
    elif vague == APART_ABOUT:
        far, near = n + 1, n - 1
    else:
        far, near = n, n
    if months == YEAR_MONTHS:
        return dt.date(window[0].year - far, 1, 1), dt.date(window[1].year - near, 12, 31)
    first = _add_months(window[0].replace(day=1), -far)
    last = _add_months(window[1].replace(day=1), -near)
    return first, _month_end(last.year, last.month)


def _shifted(window: tuple[dt.date, dt.date], anchor: TimeExpr) -> tuple[dt.date, dt.date]:
    """The window of the act an offset is counted to: "N days after" X: X came N days before; "days after" X:
    some days before, from twice the vague count (as "a few days ago") to one day (one week for weeks) before;
    "a year after" X: X came in the calendar year before (months as months, _months_back)."""
    apart = _apart(anchor)
    if apart is not None:
        return _months_back(window, *apart)
    n = _vague_days(anchor)
    if n is None:
        shift = dt.timedelta(days=-anchor.offset_days)
        return (window[0] + shift, window[1] + shift)
    step = WEEK_DAYS if abs(n) >= WEEK_DAYS else 1
    if n > 0:
        return (window[0] - dt.timedelta(days=2 * n), window[1] - dt.timedelta(days=step))
    return (window[0] + dt.timedelta(days=step), window[1] + dt.timedelta(days=-2 * n))


# How many days before the report's day the day a next sentence gives the act may be (date.day_told_next): a
# wire tells the act's own day within the week it reports it.
TOLD_NEXT_DAYS = 7


def day_told_next(st: Stages, sent: Span, times: Sequence[TimeExpr], heads: Sequence[Token],
                  reported: tuple[dt.date, dt.date]
                  ) -> tuple[dt.date, dt.date] | None:
    """"Rebels hacked seven villagers to death near Kasese, police said on Monday. The attackers struck late on
    Saturday": the day a sentence that tells no act of its own gives the act just told (a verb or a subject that
    is an act word, a doer or the act named again, with no name of its own), when the act had only its report's
    day and this day is before it, within a week (rule date.day_told_next)."""
    reporting = st.modality.reporting_verbs
    acts = {h.i for h in heads}
    for t in times:
        if t.date_start is None or t.date_start != t.date_end or t.kind not in (TimeKind.RELATIVE, TimeKind.EXPLICIT):
            continue
        if not 0 < (reported[1] - t.date_start).days <= TOLD_NEXT_DAYS:
            continue
        verb = verb_of_time(sent, t)
        if verb is None or verb.lemma_.lower() in reporting:
            continue  # "the army said on Saturday": a report's day, not the act's
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(c.pos_ == "PROPN" or any(g.pos_ == "PROPN" for g in c.children) for c in subjects):
            continue  # a subject of its own name tells of someone else
        if verb.i in acts or any(c.i in acts or c.pos_ == "PRON" and verb.lemma_.lower() in st.words.lower(
                "occurrence_verbs") for c in subjects):
            return t.date_start, t.date_end
    return None


def _told_by_another(ctx: _ArticleContext, sent: Span, head, t: TimeExpr) -> bool:
    """Is the act told in the past tense in what a report dated by `t` says ("Human Rights Watch said on Thursday
    that soldiers executed 40 villagers", "gunmen killed two, police said on Monday"), done by someone other than
    the reporter (not "the army said it intercepted three drones", nor a pronoun's doer, nor its own side's: "the
    army said its soldiers killed 15")?"""
    verb = _clause_verb(head)
    says = verb_of_time(sent, t)
    published_by = _report_noun_verb(says)
    if published_by is not None:
        # "A UN report released on Tuesday said RSF fighters raped ...": the day is the report's, told in a
        # participle on the noun that says it; that noun's verb tells the act
        says = published_by
    # (the day after the reporting verb: "on Monday, the ombudsman's office said" may be the act's own day that
    # the parse hung on the report)
    elif says is None or says.i == verb.i or t.start < says.idx - sent.start_char:
        return False
    # (active only: "two soldiers were beaten to death after the arrest, officials said" names no doer to tell of)
    if verb.tag_ != "VBD" or not any(c.dep_ == "ccomp" and c.left_edge.i <= verb.i <= c.right_edge.i
                                     for c in says.children):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    tellers = [c for c in says.children if c.dep_ == "nsubj"]
    return bool(doers) and not any(d.pos_ == "PRON" or _own_side(ctx, d, tellers) for d in doers)


def _report_noun_verb(participle: Token | None) -> Token | None:
    """The verb whose subject is the noun a past participle describes ("A report released on Tuesday said ...":
    'said'), else None."""
    if participle is None or participle.dep_ != "acl" or participle.tag_ != "VBN":
        return None
    noun = participle.head
    if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX") and noun.head.i != participle.i:
        return noun.head
    return None


def _own_side(ctx: _ArticleContext, doer: Token, tellers: list[Token]) -> bool:
    """Is the doer the teller's own side: the same word, the teller's by a possessive pronoun ("its soldiers"), or
    the same actor in the article's country ("the army said ... troops killed")?"""
    if not tellers or any(g.dep_ == "poss" and g.pos_ == "PRON" for g in doer.children):
        return bool(tellers)
    if doer.lemma_.lower() in {t.lemma_.lower() for t in tellers}:
        return True

    def actor(tok: Token) -> str | None:
        # (the noun with its words before it: "Malian soldiers", not a relative clause after it)
        found = ctx.st.actors.find(tok.doc[tok.left_edge.i:tok.i + 1].text, ctx.country)
        return found[-1].actor.name if found else None

    side = actor(doer)
    return side is not None and any(actor(t) == side for t in tellers)


def verb_of_time(sent: Span, t: TimeExpr) -> Token | None:
    """The verb a time expression hangs on: its first token's nearest verb or auxiliary, itself included."""
    tok = _first_token(sent, t)
    return next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None) if tok else None


def report_day(st: Stages, sent: Span, times: Sequence[TimeExpr]) -> dt.date | None:
    """The one day a reporting verb of the sentence was said on ("The army said on Tuesday ..."), or None."""
    for t in times:
        if t.date_start is not None and t.date_start == t.date_end and t.kind in (TimeKind.RELATIVE, TimeKind.EXPLICIT):
            # (right after the verb, "said on Tuesday it was sending", however the parse hangs it)
            tok = _first_token(sent, t)
            if tok is None:
                continue
            near = [verb_of_time(sent, t)] + [tok.doc[i] for i in (tok.i - 1, tok.i - 2) if i >= sent.start]
            if any(w is not None and w.pos_ == "VERB" and w.lemma_.lower() in st.modality.reporting_verbs
                   for w in near):
                return t.date_start
    return None


def names_a_thing(sent: Span, t: TimeExpr) -> bool:
    """Is the time expression a modifier of a noun ("the 1997 constitution", "a 2019 law", "the May 2023 deal"):
    it tells which thing is meant, not when the sentence's story happened?"""
    tok = _first_token(sent, t)
    last = next((w for w in reversed(sent) if w.idx - sent.start_char < t.end), None)
    return any(w is not None and w.dep_ in ("nummod", "compound", "amod", "npadvmod", "poss")
               and w.head.pos_ in ("NOUN", "PROPN") and not t.start <= w.head.idx - sent.start_char < t.end
               for w in (tok, last))


def names_an_act(sent: Span, t: TimeExpr) -> bool:
    """Is the time expression a day owning an act noun ("the toll from Saturday's attack", "Sunday's clashes"): the
    day of the act the sentence speaks of, though the sentence itself told no act (rule date.inherited)?"""
    if t.date_start is None or t.date_start != t.date_end:
        return False
    owners = [w for w in sent if t.start <= w.idx - sent.start_char < t.end and w.dep_ == "poss"]
    return any(w.head.pos_ == "NOUN" and w.head.i in trigger_tokens(sent.doc)
               and not t.start <= w.head.idx - sent.start_char < t.end for w in owners)


def scene_day(st: Stages, sent: Span, t: TimeExpr) -> bool:
    """Is the time expression the one day of a verb that tells what happened, not of a report ("parliament
    re-elected Berisha on Monday", not "the ministry said on Monday"), in a sentence that tells no act? Acts told
    next without a date of their own share it (rule date.inherited)."""
    if t.date_start is None or t.date_start != t.date_end:
        return False
    if t.kind in (TimeKind.RELATIVE, TimeKind.EXPLICIT) and not span_text(sent)[t.end:].strip(" \t\n:") \
            and st.dates.run_in_heading(span_text(sent), t):
        return True  # "Monday:" alone, heading the line of a round-up whose acts follow (rule date.run_in_day)
    if t.kind != TimeKind.RELATIVE:
        return False
    verb = verb_of_time(sent, t)
    # (in the past: "talks open on Monday" tells what is to come)
    return verb is not None and verb.lemma_.lower() not in st.modality.reporting_verbs and verb.tag_ in ("VBD", "VBN")


def _joined_clause(sent, head) -> tuple[int, int] | None:
    """The extent of the clause joined by "and" with a subject of its own that the act's word is told in ("..., and on
    Tuesday they marched", "and on Saturday they returned to block the road"), or None."""
    tok = head
    while tok.dep_ in ("xcomp", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        tok = tok.head  # "returned ... to block": the purpose is told in the clause of its verb
    if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return _extent(sent, tok)
    return None
