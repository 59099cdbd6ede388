"""The extractor: a batch of articles in, their events out. The stages run in order, data flows one way:

    documents -> nlp (parse, then the finders' doc.spans: places, actors, triggers, times; extract/components)
              -> per sentence: reading of each trigger -> modality -> arguments (actors, place, date) -> sub-type
              -> sides -> settling the sentence -> discourse -> merge

`extract_batch` is a plain function over a batch, with the pipeline, gazetteer, actor table and lexicon of one
KnowledgeBase loaded once per process, so a distributed engine can map it over partitions without touching the
stages. No pass changes what an earlier one built: it makes a new candidate (dataclasses.replace) with its rule.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from frontlog.extract.arguments import (
    AIR_CONTEXT,
    Arguments,
    Mention,
    act_doers,
    coordinated,
    governed,
    in_clause_of_its_own,
    participle_on,
    phrase_head,
    relative_patients,
    text_of,
)
from frontlog.extract.components import ACTORS, ALIGN, COUNTRY, PLACES, TIMES, TRIGGERS, UNLOCATED, found
from frontlog.extract.dates import DateGrammar, TimeKind, current_window, plausible_window
from frontlog.extract.merge import NATIONWIDE_RULE, merge_within_article
from frontlog.extract.modality import Modality, set_off
from frontlog.extract.nlp import MAX_CHARS, pipe
from frontlog.extract.places import PLACE_RULES
from frontlog.extract.rules import FOLDED_DETAIL, Decision, Explanation, check
from frontlog.knowledge.actors import AIR_ROLE, ActorTable, inter_code
from frontlog.knowledge.base import KnowledgeBase, default_knowledge
from frontlog.knowledge.gazetteer import Place, name_key
from frontlog.knowledge.lexicon import Trigger, TriggerMatch, cancelled_by, tells_the_act
from frontlog.model import geo
from frontlog.model.extraction import ArticleLimitError, Stats
from frontlog.model.records import SUB_TO_TYPE, Article, Event, EventType, SubType, precision_for

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Acts that may be coded at a whole country (spec: "A nationwide act uses the country's name").
NATIONWIDE_SUBS = {SubType.AGREEMENT, SubType.OTHER, SubType.CHANGE_TO_GROUP_ACTIVITY}  # a force leaving a country
CROWD_TYPES = {EventType.PROTESTS, EventType.RIOTS}  # placed at the country when the text names no place
# Words for acts that are nationwide unless the sentence places them ("the ceasefire", "the coup"); a "deal"
# is local to the place the sentence names.
INHERIT_SENTENCES = 2
STATISTIC_TOLL = 1000  # a toll this large, told without its own act, sums up a war
LOCAL_VENUE_KM = 25  # a truce made in a town of the country this far from the capital is local to that town
TALLY_DAYS = 31  # a toll told in the present perfect "since" a date further back sums up many acts
SEASON_DAYS = 92  # a past toll over a window longer than this (a year), at no town, is a statistic
REGION_TALLY_TOLL = 100  # ... when it counts at least this many dead
INHERIT_MAX_DAYS = 8  # an undated act told right after a dated one shares its date
GENERIC_STATE_KINDS = {"state"}
NON_VIOLENT = SubType.NON_VIOLENT_TRANSFER_OF_TERRITORY
VIOLENT_TYPES = frozenset({EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                           EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS})
STRIKE_SUBS = frozenset({SubType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubType.AIR_DRONE_STRIKE})
FIGHT_WEAPON_SUBS = STRIKE_SUBS | {SubType.GRENADE}  # weapon nouns that may be what a fight was fought with
# Triggers whose act is done to people: violence against civilians or a killing decided by its victims.
VICTIM_SUBS = frozenset({"@kill", "@attack", SubType.ATTACK, SubType.ABDUCTION_FORCED_DISAPPEARANCE,
                         SubType.SEXUAL_VIOLENCE})
UNARMED_KINDS = frozenset({"civilian", "protester", "rioter"})  # victims or crowds, never a side of a battle
# Acts of a government's seat or its courts, reported from there: with no place of their own, the dateline's city.
REPORTED_FROM_SEAT = {SubType.ARRESTS, SubType.AGREEMENT, SubType.CHANGE_TO_GROUP_ACTIVITY, SubType.OTHER}
CAPTURES = (SubType.GOVERNMENT_REGAINS_TERRITORY, SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)
NON_STATE_KINDS = {"rebel", "militia", "identity", "rioter"}  # armed groups without an air force of their own
# Acceptances worth naming on the record: the act stands although its words look like a purpose or a claim.
NOTED_VERDICTS = {"modality.claimed_past", "modality.participle_of_act", "modality.past_anchor",
                  "modality.relative_past", "modality.dated_noun"}
# Seconds of frontlog's own work one article may take (after the language model): an article over it becomes a
# named error and the run goes on. Work is linear in the article's length, so only a pathological input gets here.
ARTICLE_SECONDS = 300.0


def extract_batch(articles: Sequence[Article], stats: Stats | None = None,
                  kb: KnowledgeBase | None = None) -> list[list[Event]]:
    """Events for each article of the batch, in order; `kb` is the knowledge to use (the process's default
    knowledge, package + $FRONTLOG_HOME, when not given)."""
    return list(iter_extract(articles, stats, kb=kb))


def extract_batch_tolerant(articles: Sequence[Article], stats: Stats | None = None,
                           extractor: Callable[[Sequence[Article]], list[list[Event]]] | None = None
                           ) -> tuple[list[list[Event]], list[tuple[Article, Exception]]]:
    """Like extract_batch (or `extractor`), but an article that makes extraction fail costs only itself: its
    events are [] and it is returned with the exception, for the caller to report. The one path `extract` and
    `ingest` both take."""
    stats = stats if stats is not None else Stats()

    def run(batch: Sequence[Article]) -> list[list[Event]]:
        if extractor is not None:
            return extractor(batch)
        scratch = Stats()  # counted only when the batch succeeds: a retried article counts once
        out = extract_batch(batch, scratch)
        stats.add(scratch)
        return out

    try:
        return run(articles), []
    except Exception:  # noqa: BLE001 - one bad article must not lose the others: retry one by one
        per_article: list[list[Event]] = []
        failures: list[tuple[Article, Exception]] = []
        for article in articles:
            try:
                per_article.extend(run([article]))
            except Exception as exc:  # noqa: BLE001 - reported per article by the caller
                failures.append((article, exc))
                per_article.append([])
        return per_article, failures


def iter_extract(articles: Sequence[Article], stats: Stats | None = None,
                 traces: list[Explanation] | None = None, kb: KnowledgeBase | None = None) -> Iterator[list[Event]]:
    """Events of each article in order; with `traces`, one Explanation per article is appended to it."""
    stats = stats if stats is not None else Stats()
    stages = stages_for(kb if kb is not None else default_knowledge())
    for article in articles:
        if len(article.text) > MAX_CHARS:
            raise ArticleLimitError(f"{len(article.text):,} characters is above the {MAX_CHARS:,} the language "
                                    f"model reads: split the article {article.id!r}")
    docs = pipe((a.text for a in articles), stages.kb, published=(a.published for a in articles))
    for article, doc in zip(articles, docs, strict=True):
        trace = Explanation(article.id) if traces is not None else None
        events = extract_doc(article, doc, stats, trace, stages, deadline=time.monotonic() + ARTICLE_SECONDS)
        if traces is not None and trace is not None:
            traces.append(trace)
        stats.articles += 1
        stats.events += len(events)
        yield events


def _check_deadline(deadline: float | None, article: Article) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise ArticleLimitError(f"took more than {ARTICLE_SECONDS:g} s, the budget of one article: split it or "
                                f"remove what is not prose (tables, lists of names) from {article.id!r}")


def explain_articles(articles: Sequence[Article]) -> list[tuple[Explanation, list[Event]]]:
    """What `frontlog explain` prints: for each article, every trigger sentence by sentence (kept, or dropped
    and by which rule) and the final events with their rules."""
    traces: list[Explanation] = []
    events = list(iter_extract(articles, Stats(), traces))
    return list(zip(traces, events, strict=True))


class Stages:
    """The extractor's rule sets and the words and patterns the coding passes use, each built once from one
    KnowledgeBase (word classes in knowledge/data/words, patterns in knowledge/data/patterns.yaml)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.words = kb.words
        self.args = Arguments(kb)
        self.actors = kb.actors
        self.lexicon = kb.lexicon
        self.dates = DateGrammar(kb)
        self.modality = Modality(kb)
        self.nationwide = kb.words.lower("nationwide_words")
        self.regain = kb.words.lower("regain_words")
        self.attempt = kb.words.lower("attempt_verbs")
        self.fights = kb.words.lower("fight_nouns") | kb.words.lower("war_nouns")
        self.unidentified = kb.words.lower("unidentified_attackers")
        pat = kb.patterns
        self.org_after_place = pat.one("org_after_place")
        self.locating = pat.one("locating")
        self.apposition = pat.one("place_apposition")
        self.list_gap = pat.one("region_list_gap")
        self.distance_locator = pat.one("distance_locator")
        self.unopposed = pat.one("unopposed")
        self.date_pair_glue = pat.one("date_pair_glue")
        self.after_dateline_date = pat.one("after_dateline_date")
        self.possessive_before = pat.one("possessive_before")
        self.generic_of = pat.one("generic_of")
        self.tally = pat.one("summed_toll")
        self.since_told = pat.one("since_told_act")
        self.missing_since = pat.one("missing_since")
        self.year_pair = pat.one("year_pair")
        self.that_year = pat.one("that_year")


@lru_cache(maxsize=4)
def stages_for(kb: KnowledgeBase) -> Stages:
    return Stages(kb)


def extract_doc(article: Article, doc: Doc, stats: Stats, trace: Explanation | None = None,
                stages: Stages | None = None, deadline: float | None = None) -> list[Event]:
    ctx = _ArticleContext(article, doc, stages or stages_for(default_knowledge()))
    _check_deadline(deadline, article)

    def decide(match, trig, kept: bool, *rules: str, detail: str = "") -> None:
        if trace is not None:
            trace.sentence(s_index, sent.text).decisions.append(Decision(
                " ".join(t.text for t in match.tokens), (trig or match.alternatives[0]).sub, kept,
                [check(r) for r in rules], detail))

    candidates: list[_Candidate] = []
    prev_dates: tuple[dt.date, dt.date] | None = None
    prev_at = -10
    linked: tuple[dt.date, dt.date] | None = None
    linked_at = -10
    for s_index, sent in enumerate(doc.sents):
        _check_deadline(deadline, article)
        recent = prev_dates if s_index - prev_at <= INHERIT_SENTENCES else None
        ctx.linked = linked if s_index - linked_at <= INHERIT_SENTENCES else None
        places = ctx.places_in(sent)
        actors = ctx.actors_in(sent)
        times = ctx.times_in(sent)
        words = ctx.args.lemmas(sent)
        if ctx.last is not None and ctx.last.sub == SubType.AIR_DRONE_STRIKE and s_index - ctx.last.sent_index <= 1:
            words = words | {AIR_CONTEXT}  # "...Russian strikes killed 35. Twenty-one died in Russian raids"
        sent_cands: list[_Candidate] = []
        again: list[_Candidate] = []  # acts told before that the sentence names again (drop.back_reference)
        toll_place = None  # the place of the act just told, when this sentence told its toll again
        answered_nouns: set[tuple[int, str | None]] = set()  # act nouns repelled, the answered act's place
        matches = ctx.triggers_in(sent)
        heads = [m.head for m in matches]
        tally = bool(ctx.st.tally.search(sent.text))
        named = _named_anchor(ctx, sent, matches, places, times, candidates)
        if named is not None:
            # "Three days after the capture of Saraqib, ...": offsets count from that act, however far back.
            recent = named
        run_in = bool(matches) and _run_in_heading(sent)
        for match in matches:
            if run_in:
                decide(match, None, False, "drop.run_in_heading")
                continue  # "Detentions and protests. Security forces detained ...": a section's name, no act
            if _inside_name(match) or _in_actor_name(match, actors):
                decide(match, None, False, "drop.in_name")
                continue  # "the Ta'ang National Liberation Army": a word of a group's name, not a liberation
            trig = _choose(ctx.st, match, sent, places, actors, words)
            claimant = next((a for a in actors if a.token.i < match.head.i), None) \
                if ctx.args.claimed_act(match.head) else None
            if ctx.last is not None and ctx.args.claim_of_responsibility(match.head):
                # "JNIM claimed the attack": who did the act just told, not another act (whatever its word reads).
                if claimant is not None:
                    _amend_last(ctx, candidates, "discourse.claimant_is_actor1",
                                actor1=claimant.value if _doerless(ctx.st, ctx.last) else ctx.last.actor1,
                                claimed_by=ctx.last.claimed_by or claimant.value.name)
                decide(match, trig, False, "drop.claim_of_responsibility")
                continue
            if trig is None:
                decide(match, None, False, "drop.no_reading")
                continue
            if ctx.args.blame_of_act(match.head):
                decide(match, trig, False, "drop.blame_of_act")
                continue  # "the attack was blamed on X": the act just told, its doer named after the loop
            anchor = ctx.args.temporal_reference(match.head, times)
            if anchor and match.head.head.lower_ not in ctx.st.words.lower("act_anchor_prepositions"):
                decide(match, trig, False, "drop.temporal_reference")
                continue  # "since the coup": a state since an act told elsewhere
            if _comparison(ctx.st, match.head):
                decide(match, trig, False, "drop.comparison")
                continue  # "the deadliest attack since the 2015 bombing": a ranking of acts, not an act
            if _grievance(ctx.st, match.head):
                decide(match, trig, False, "drop.protest_grievance")
                continue  # "marched in protest against the coup": what the crowd opposes, told as its cause
            if _reprisal_cause(ctx.st, match.head, times):
                decide(match, trig, False, "drop.reprisal_cause")
                continue  # "in retaliation for Israeli strikes on Lebanon": acts named as the cause, not told here
            if trig.sub == "@attack" and _frame_of_act(ctx.st, match.head, matches):
                decide(match, trig, False, "drop.frame_of_act")
                continue  # "raped ten women during an attack on the district": the raid the act was done in
            if _clause_of_act(match.head, heads, places):
                decide(match, trig, False, "drop.clause_of_act")
                continue  # "the capture of X, which cut the motorway": what that act did, not another act
            if _state_participle(match.head, trig, ctx.st.words.lower("crowd_doer_nouns")):
                decide(match, trig, False, "drop.state_participle")
                continue  # "occupied Kherson", "the besieged city": a state, not an act (spec)
            if _summary(ctx.st, sent, times, match.head, places):
                decide(match, trig, False, "drop.summary")
                continue  # "has killed more than 2,600 people since 2017": a tally, not an act
            if _whole_war(ctx.st, match.head):
                decide(match, trig, False, "drop.whole_war")
                continue  # "fought a war from 1975 until 1991", "battling an insurgency": many acts, a state
            if trig.sub == SubType.ARMED_CLASH and _state_of_affairs(ctx.st, match.head, places, times):
                decide(match, trig, False, "drop.state_of_affairs")
                continue  # "the fight against terrorism", "is battling X on several fronts": a lasting state
            if tally and (trig.sub == "@kill" or _told_as_toll_of(match.head, matches)):
                decide(match, trig, False, "drop.tally")
                continue  # "in all, 40 died in the fighting this week": a sum over several fights, not an act
            if ctx.args.in_support_phrase(match.head):
                decide(match, trig, False, "drop.support_phrase")
                continue  # "backed by Russian air strikes": who helped, told as a description of the ally
            if trig.sub == "@territory" and any(c.dep_ == "nsubj" and c.lemma_.lower() in ctx.st.fights
                                                for c in match.head.children):
                decide(match, trig, False, "drop.fight_as_subject")
                continue  # "clashes around X entered a second week": the fight's length, no place taken
            verdict = ctx.st.modality.verdict(match.head)
            attempt = verdict.rule == "modality.purpose" and _attempt_on_place(ctx.st, trig, match.head)
            if not verdict.ok and not attempt:
                stats.rejected_modality += 1
                stats.reasons[verdict.rule] += 1
                decide(match, trig, False, verdict.rule, detail=verdict.reason)
                continue
            built, drop_rule = _build(ctx, s_index, sent, match, trig, places, actors, times, words, recent,
                                      stats, heads)
            if drop_rule == "discourse.toll_of_last_act" and ctx.last is not None:
                _amend_last(ctx, candidates, drop_rule, fatalities=ctx.args.fatalities(sent.text))
                drop_rule = "drop.toll_of_last_act"
            if built and ctx.last is not None and trig.sub == "@kill" and _toll_of_told_act(ctx, built[0], match.head):
                # "IS claimed the ambush, saying its fighters had killed 40 soldiers", "the battle for X killed
                # 40": the toll of the act just told, told again, not another act.
                if ctx.last.fatalities is None and built[0].fatalities is not None:
                    _amend_last(ctx, candidates, "discourse.toll_of_last_act", fatalities=built[0].fatalities)
                defender = _defender_of_toll(ctx.last, built[0])
                if defender is not None:
                    # "IS attacked a checkpoint. The SDF said it killed six attackers": the side the attack met.
                    _amend_last(ctx, candidates, "discourse.toll_of_last_act", actor2=defender)
                decide(match, trig, False, "drop.toll_of_last_act")
                toll_place = ctx.last.place
                continue
            if built and named is not None:
                built = [_recode(c, "date.offset_from_named_act") if "date.anaphoric_offset" in c.rules else c
                         for c in built]
            if built and anchor:
                # "After the barrage, rebels took X": the anchor is an act unless the article told one of its
                # kind already (then it is that act, named again).
                if any(SUB_TO_TYPE[c.sub] == SUB_TO_TYPE[built[0].sub] for c in candidates + sent_cands):
                    decide(match, trig, False, "drop.temporal_reference")
                    continue
                built = [_recode(c, "discourse.time_anchor_is_act") for c in built]
            if built and claimant is not None:
                # "Al-Shabaab claimed a car bombing in X", or a claim that opens the story: an act not told before,
                # reported by who claims it (and did it, unless the sentence names another doer).
                built = [replace(c, actor1=c.actor1 or claimant.value, claimed_by=claimant.value.name,
                                 rules=(*c.rules, "modality.claimed_past")) for c in built]
            if built and verdict.rule in NOTED_VERDICTS:
                built = [_recode(cand, verdict.rule) for cand in built]
            if built and _weapon_of_fight(ctx.st, match.head, matches) and built[0].sub in FIGHT_WEAPON_SUBS:
                # "the two groups fought with rifles and mortars": the weapons of a fight, not a strike of its own.
                built = [_recode(c, "subtype.weapon_of_fight", sub=SubType.ARMED_CLASH) for c in built]
            built = [_join_retelling(ctx.st, c, candidates, match.head, times) for c in built]
            built = [_join_continuation(ctx.st, c, candidates, match.head) for c in built]
            if built and _total_of_told_acts(ctx.st, built[0], match.head, candidates, tally):
                decide(match, trig, False, "drop.total_of_told_acts")
                continue  # "the two attacks killed 30", "both bombings": the acts told before, summed
            named_again = _back_reference(ctx, built[0], match.head, candidates, times) if built else None
            if named_again is not None:
                decide(match, trig, False, "drop.back_reference")
                again.append(named_again)
                continue  # "fled the fighting there", "that offensive": an act already coded, named again
            version = _other_version(ctx.st, built[0], match.head, candidates, actors) if built else None
            if version is not None:
                decide(match, trig, False, "drop.other_version")
                continue  # "Troops called the dead insurgents slain in a firefight": its version of that killing
            if built and _spoils_of_act(built[0], [*sent_cands, *([ctx.last] if ctx.last is not None else [])]):
                decide(match, trig, False, "drop.spoils_of_act")
                continue  # "ambushed a convoy ... its fighters seized weapons": the booty of that fight, no act
            answered = _attack_repelled(ctx.st, built[0], candidates) if built else None
            if answered is not None:
                _amend(ctx, candidates, answered, "discourse.repelled_attack",
                       actor2=answered.actor2 or (built[0].actor1 if built[0].actor1 != answered.actor1 else None))
                decide(match, trig, False, "discourse.repelled_attack")
                # "beat back an assault on the suburb": the act noun repelled is that attack too, unless it
                # names a place of its own apart from that attack's.
                answered_nouns.update((o.i, getattr(answered.place, "name", None)) for o in _repelled_nouns(match.head))
                continue  # "Troops repelled the assault": the end of the attack told before, not a second act
            if built:
                decide(match, trig, True, *built[0].rules)
            else:
                decide(match, trig, False, drop_rule or "drop.no_place")
            sent_cands.extend(built)
        if answered_nouns:
            repelled = [c for c in sent_cands if any(c.head_i == i and (
                "place.syntax" not in c.rules or getattr(c.place, "name", None) == name) for i, name in answered_nouns)]
            if trace is not None and repelled:
                _fold_decisions(trace, s_index, sent.text, doc, [(c, "discourse.repelled_attack") for c in repelled])
            sent_cands = [c for c in sent_cands if all(c is not r for r in repelled)]
        if toll_place is not None:
            sent_cands = _drop_how_toll_died(sent_cands, toll_place, trace, s_index, sent.text, doc)
        settled, dropped = _settle_sentence(ctx.st, sent_cands, sent, ctx.article.published)
        settled, in_riot = _force_in_riot(ctx, candidates, settled, s_index)
        dropped += in_riot
        if trace is not None and dropped:
            _fold_decisions(trace, s_index, sent.text, doc, dropped)
        sent_cands = settled
        candidates.extend(sent_cands)
        if sent_cands:
            ctx.last = sent_cands[-1]
            ctx.last_told = tuple(sent_cands)
        if ctx.last is not None and _doerless(ctx.st, ctx.last) and s_index - ctx.last.sent_index <= 1:
            _lay_blame(ctx, sent, actors, candidates)
        if ctx.last is not None and ctx.last.sub == SubType.ARRESTS and ctx.last.sent_index == s_index - 1 \
                and ctx.st.missing_since.search(sent.text):
            # "Police detained a teacher. No one has heard from him since.": detained, then disappeared.
            _amend_last(ctx, candidates, "discourse.missing_since", sub=SubType.ABDUCTION_FORCED_DISAPPEARANCE,
                        actor2=ctx.last.actor2 or ctx.st.actors.canonical("Civilians"))
        crowds = [c for c in sent_cands if SUB_TO_TYPE[c.sub] in CROWD_TYPES]
        if crowds:
            ctx.crowd_place = (crowds[-1].place, crowds[-1].precision)
        # An act named again brings its place back to mind: "the town" after it is that act's town.
        local = [c for c in again + sent_cands if _kind(c.place) != "country"]
        if local:
            ctx.recent_place = (local[-1].place, local[-1].precision)
            ctx.recent_place_at = s_index
        # Only a precise date carries over to the next sentences: "seized it in August" is background.
        dated = [c.window for c in sent_cands if c.window and c.window != ctx.current
                 and (c.window[1] - c.window[0]).days < INHERIT_MAX_DAYS]
        # "retook X on Wednesday, a day after the militia had seized it": the next sentence goes on with the news,
        # not with the act its sentence dated by it.
        news = [c.window for c in sent_cands if c.window and c.window != ctx.current
                and (c.window[1] - c.window[0]).days < INHERIT_MAX_DAYS and not BACKGROUND_RULES & set(c.rules)]
        dated = news or dated
        dated += [(t.date_start, t.date_end) for t in times if t.date_start is not None and t.kind == TimeKind.EXPLICIT
                  and not sent_cands and (t.date_end - t.date_start).days < INHERIT_MAX_DAYS]
        if dated:
            prev_dates, prev_at = dated[-1], s_index
        wide = [c.window for c in sent_cands if c.window and c.window != ctx.current]
        wide += [(t.date_start, t.date_end) for t in times if t.date_start is not None and t.kind == TimeKind.EXPLICIT
                 and not sent_cands]
        if wide:
            linked, linked_at = wide[-1], s_index
    candidates = _fold_fighting_into_captures(ctx.st, _handed_over_next(ctx, _entries_under_deal(
        ctx.st, candidates, doc), doc))
    told = [c.to_event(article) for c in candidates]
    implied: dict[tuple[str, str], tuple[object, str]] = {}
    for e, c in zip(told, candidates, strict=True):
        if c.implied_actor2 is not None:
            implied.setdefault((c.evidence, e.event_type), (c.implied_actor2, c.implied_rule))
    events = _coup_sides(_default_attackers(_default_targets(
        _clash_sides(_default_losers(_fill_implied_victims(merge_within_article(told), implied), ctx), ctx), ctx),
        ctx), ctx)
    known = ctx.st.actors.actors
    # Coded last, once the article's tellings are merged and every side is filled: the code of a state's forces
    # depends on the event's country (at home or abroad). An actor the table lacks codes 0.
    events = [replace(ev, inter1=inter_code(known.get(ev.actor1 or ""), ev.country),
                      inter2=inter_code(known.get(ev.actor2 or ""), ev.country)) for ev in events]
    heads = _headline_sentences(doc)
    strays = _drop_stray_headlines(events, heads)
    countries = {c.place.name for c in candidates if _kind(c.place) == "country"}
    kept = _drop_headline_summaries(strays, heads, countries)
    if trace is not None:
        for ev in events:
            if ev not in kept:
                rule = "drop.stray_headline" if ev not in strays else "drop.headline_summary"
                trace.sentence(-1, ev.evidence[0]).decisions.append(Decision(
                    ev.evidence[0][:60], ev.sub_event_type, False, [check(rule)]))
    return kept


RUN_IN_WORDS = 4  # a run-in heading names a section in a few words


def _run_in_heading(sent: Span) -> bool:
    """Is the sentence a run-in heading ("Air strikes. The coalition said ...", "Detentions and protests.")? A few
    words with no verb and a full stop, opening a paragraph that goes on after them on the same line, as reports
    of relief agencies and monitors name their sections: the name of what the section tells, not an act."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or len(words) > RUN_IN_WORDS or sent.text.rstrip()[-1:] != "." \
            or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    text = text_of(sent.doc)
    before = text[:sent.start_char].rstrip(" \t")
    after = text[sent.end_char:sent.end_char + 2].lstrip(" \t")
    return bool(before) and before.endswith("\n") and bool(after) and not after.startswith("\n")


def _at_country_of(broad, place) -> bool:
    """Is `broad` only the country `place` lies in (an act told with no place of its own, placed at its country)?"""
    return _kind(broad) == "country" and getattr(place, "country", None) == getattr(broad, "country", "")


def _force_in_riot(ctx: _ArticleContext, candidates: list[_Candidate], sent_cands: list[_Candidate], s_index: int
                   ) -> tuple[list[_Candidate], list[tuple[_Candidate, str]]]:
    """"Youths threw stones at police in X; officers fired live rounds, killing one": force against a crowd that
    was rioting, told in the riot's sentence or the next one at its place, is the riot's (a violent demonstration,
    spec), not excessive force against peaceful protesters. Its toll goes to the riot."""
    riots = [c for c in candidates if c.sub == SubType.VIOLENT_DEMONSTRATION and s_index - c.sent_index <= 1]
    riots += [c for c in sent_cands if c.sub == SubType.VIOLENT_DEMONSTRATION]
    forces = [(e.sent_index, e.head_i, e.place) for e in (*candidates, *sent_cands)
              if e.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS]
    # A force told before the riot (its cause or not) keeps its later tellings and tolls.
    riots = [r for r in riots if not any(f[2] == r.place and f[:2] < (r.sent_index, r.head_i) for f in forces)]
    kept, dropped = list(sent_cands), []
    for c in sent_cands:
        if c.sub != SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS:
            continue
        # In one sentence, a riot placed only at the country is the force's scene ("were shot dead in X as police
        # clashed with protesters who hurled stones").
        # The riot told first, the force as what met it; or the dead told with no doer in the riot's sentence
        # ("were shot dead as police clashed with stone-throwers"). Force told first, the riot as its cause
        # ("gendarmes fired on the crowd after it torched an office"), stays an act of its own.
        verb = _verb_of(ctx.doc[c.head_i])
        doerless = not any(d.dep_ in ("nsubj", "agent") for d in verb.children)
        riot = next((r for r in riots if _overlap(r.window, c.window) and (r.place == c.place or _at_country_of(
            c.place, r.place) or r in sent_cands and _at_country_of(r.place, c.place))
            and ((r.sent_index, r.head_i) < (c.sent_index, c.head_i) or doerless and r in sent_cands)), None)
        if riot is None:
            continue
        kept.remove(c)
        dropped.append((c, "settle.force_in_riot"))
        changes = dict(fatalities=riot.fatalities if riot.fatalities is not None else c.fatalities)
        if _at_country_of(riot.place, c.place):
            changes.update(place=c.place, precision=c.precision)
        if riot in kept:
            kept[kept.index(riot)] = _recode(riot, "settle.force_in_riot", **changes)
        elif riot in candidates:
            _amend(ctx, candidates, riot, "settle.force_in_riot", **changes)
    return kept, dropped


def _amend_last(ctx: _ArticleContext, candidates: list[_Candidate], rule: str, **changes: object) -> None:
    """A later sentence amends the act just told (its doer, claimant or toll): a new record replaces it in the
    article's acts, none is changed in place, and the rule that amended it is added to its rules."""
    assert ctx.last is not None  # callers amend only an act already told
    _amend(ctx, candidates, ctx.last, rule, **changes)


def _amend(ctx: _ArticleContext, candidates: list[_Candidate], told: _Candidate, rule: str,
           **changes: object) -> None:
    """A later sentence amends an act told before (see _amend_last), the act just told or an earlier one."""
    amended = replace(told, **changes, rules=(*told.rules, rule))
    _swap(candidates, told, amended)
    if ctx.last is told:
        ctx.last = amended


def _drop_how_toll_died(sent_cands: list[_Candidate], toll_place, trace: Explanation | None, s_index: int,
                        text: str, doc: Doc) -> list[_Candidate]:
    """"the battle for X killed 40, most hit by artillery fire": how the toll's dead died, with no doer of its
    own, is the act whose toll the sentence told again (drop.toll_of_last_act), not another act."""
    how = [c for c in sent_cands if c.actor1 is None and c.place == toll_place]
    if trace is not None and how:
        _fold_decisions(trace, s_index, text, doc, [(c, "drop.toll_of_last_act") for c in how])
    return [c for c in sent_cands if all(c is not h for h in how)]


def _lay_blame(ctx: _ArticleContext, sent: Span, actors: list[Mention], candidates: list[_Candidate]) -> None:
    """"A bomb hit a truck. The army blamed the X group.": the one the sentence blames did the acts told with no
    doer, or with unnamed ones ("gunmen abducted four men ... the army blamed X for the abduction"), in the
    sentence of the last act (discourse.blamed_is_actor1), unless it is their victim."""
    blamed = ctx.args.blamed(sent, actors)
    if blamed is None or ctx.last is None:
        return
    told = ctx.last.sent_index
    for cand in [c for c in candidates if c.sent_index == told and _doerless(ctx.st, c)]:
        if blamed.value == cand.actor2:
            continue
        # ("the army blamed jihadists": an unnamed group blamed is the one of the act's country, as any other)
        amended = _by_place(replace(cand, actor1=blamed.value, rules=(*cand.rules, "discourse.blamed_is_actor1")),
                            ctx.st.actors)
        _swap(candidates, cand, amended)
        if cand is ctx.last:
            ctx.last = amended


def _fold_decisions(trace: Explanation, s_index: int, text: str, doc: Doc,
                    dropped: list[tuple[_Candidate, str]]) -> None:
    """Candidates a later rule of the sentence folded away: their 'kept' decision becomes 'dropped', by it."""
    decisions = trace.sentence(s_index, text).decisions
    for cand, rule in dropped:
        word = doc[cand.head_i].text
        at = next((i for i, d in enumerate(decisions) if d.kept and word in d.trigger.split()), None)
        if at is None:
            decisions.append(Decision(word, cand.sub, False, [check(rule)]))
        else:
            decisions[at] = replace(decisions[at], kept=False, rules=[*decisions[at].rules, check(rule)],
                                    detail=FOLDED_DETAIL)


def _join_retelling(st: Stages, cand: _Candidate, earlier: list[_Candidate], head, times=()) -> _Candidate:
    """One event per act across sentences: an act named again as a definite noun ("The capture of Rubaya ...
    was confirmed by the army on Wednesday", "dozens died in the battle for Sake") at the place of an act of
    the same event type told in an earlier sentence, with no date of its own, is that act told again. It takes
    the earlier act's sub-type, sides and window, so the merge makes one record with both sentences; its own
    toll and source stay."""
    if cand.sub in NATIONWIDE_SUBS:
        return cand  # "the ceasefire", "the deal" told again may be a new stage of it (signed, then in force)
    if head.pos_ != "NOUN" or not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the"
                                      for c in head.children):
        return cand
    relayed = head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.lemma_.lower() in st.modality.reporting_verbs
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        return cand  # "the lifting of the siege", "the end of the battle": a new stage of the act, not a retelling
    # (a date in a relative clause of a noun of the phrase is that noun's: "the battle for the town, which had
    # been its base for six years")
    described = {t.i for r in head.subtree if r.dep_ == "relcl" and r.i != head.i for t in r.subtree}
    if any(t.ent_type_ == "DATE" and t.i not in described for t in head.subtree) \
            or "date.expression" in cand.rules and not relayed \
            and not _dated_report_only(st, head, times) and not _dated_in_clause_only(head, times, described):
        # "the siege on Kweiris in March": a date of its own may be another act; "the capture of X was
        # confirmed on Wednesday" dates the confirmation, not the capture.
        return cand
    place = getattr(cand.place, "name", None)
    # An act noun with no place of its own ("the SANA agency confirmed the air base attack") names an act of its
    # kind told a few sentences before, wherever that was.
    borrowed = any(r in cand.rules for r in ("place.recent_act", "place.story_place"))
    last = earlier[-1] if earlier else None
    if borrowed and cand.sub == SubType.ARMED_CLASH and last is not None and SUB_TO_TYPE[last.sub] in CROWD_TYPES \
            and cand.sent_index - last.sent_index <= RETELL_SENTENCES and all(
                a is None or a.kind in GENERIC_STATE_KINDS | UNARMED_KINDS for a in (cand.actor1, cand.actor2)):
        # "Police fired on the marchers. The clashes killed four": clashes with no armed group and no place of
        # their own, told right after a crowd, are that crowd's with the force, not a battle.
        return replace(cand, sub=last.sub, actor1=last.actor1, actor2=last.actor2, window=last.window,
                       place=last.place, precision=last.precision, rules=(*cand.rules, "discourse.clashes_of_crowd"))
    # "the attack", "the incident", "the violence" name an act of any violent kind: the one told just before.
    any_kind = head.lemma_.lower() in st.words.lower("any_act_nouns")
    prior = next((c for c in reversed(earlier) if c.sent_index < cand.sent_index and place is not None
                  and (getattr(c.place, "name", None) == place or _site_of(c, cand)
                       or borrowed and cand.sent_index - c.sent_index <= RETELL_SENTENCES
                       and (SUB_TO_TYPE[c.sub] == SUB_TO_TYPE[cand.sub] or any_kind))
                  and (_retells(cand, c, head) or any_kind and SUB_TO_TYPE[c.sub] in VIOLENT_TYPES)), None)
    contested = any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
    if prior is not None and not relayed and not contested and cand.actor1 and prior.actor1 \
            and cand.actor1 != prior.actor1:
        # "Palmyra's liberation" by the army after its capture by IS: the place changed hands again; "planes
        # tried to counter the attack": another act against it. "The battle for X" is fought by both sides.
        return cand
    if prior is None:
        return cand
    # The sub-type and sides are the earlier act's, and so are the rules that chose them.
    borrowed = {"subtype", "actor", "sides", "date"}  # families of rule ids
    rules = [r for r in cand.rules if r.split(".")[0] not in borrowed] + [
        r for r in prior.rules if r.split(".")[0] in borrowed]
    return replace(cand, sub=prior.sub, actor1=prior.actor1, actor2=prior.actor2, window=prior.window,
                   place=prior.place, precision=prior.precision, rules=(*rules, "discourse.retelling"))


def _goes_on(st: Stages, verb) -> bool:
    """Is the verb one of an act going on or winding down ("went on", "raged", "subsided"; words/continuation_verbs),
    read with its particle?"""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    said = {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {p}" for p in particles)}
    return bool(said & st.words.lower("continuation_verbs"))


def _join_continuation(st: Stages, cand: _Candidate, earlier: list[_Candidate], head) -> _Candidate:
    """discourse.continuation: an act noun with no place of its own as the subject of a verb of going on or
    winding down ("Looting went on through Thursday", "the riots had subsided by Sunday"), right after an
    act of its kind, is that act told again as it went on: its sub-type, sides, place and window (the merge keeps
    one record). A crowd's riot goes on as looting with no crowd named."""
    if head.pos_ != "NOUN" or head.dep_ != "nsubj" or not earlier or "discourse.retelling" in cand.rules \
            or not any(r in cand.rules for r in ("place.recent_act", "place.story_place")):
        return cand
    verb = head.head
    if not _goes_on(st, verb):
        return cand
    prior = earlier[-1]
    same_kind = prior.sub == cand.sub or _looting_of_riot(prior, cand)
    if not same_kind or cand.sent_index - prior.sent_index > 2 or prior.window is None:
        return cand
    borrowed = {"subtype", "actor", "sides", "date"}  # families of rule ids
    rules = [r for r in cand.rules if r.split(".")[0] not in borrowed] + [
        r for r in prior.rules if r.split(".")[0] in borrowed]
    return replace(cand, sub=prior.sub, actor1=prior.actor1, actor2=prior.actor2, window=prior.window,
                   place=prior.place, precision=prior.precision, rules=(*rules, "discourse.continuation"))


def _back_reference(ctx: _ArticleContext, cand: _Candidate, head, earlier: list[_Candidate],
                    times) -> _Candidate | None:
    """drop.back_reference: a definite act noun ("the fighting there", "that offensive", "the detentions") that
    the retelling pass did not join names an act of its kind coded in an earlier sentence, not a new one: unless
    it has a place of its own that no such act had, a date of its own, or another doer."""
    st = ctx.st
    if cand.sub in NATIONWIDE_SUBS or head.pos_ != "NOUN" or {"discourse.retelling", "discourse.clashes_of_crowd"} \
            & set(cand.rules):
        return None  # a deal named again may be a new stage of it (signed, then in force)
    definite = st.words.lower("definite_determiners")
    if not any(c.dep_ == "det" and c.lower_ in definite for c in head.children):
        return None
    # "the capture of X on Tuesday": dated, it is left to the merge (the same act or another). Looting named after
    # a riot is the riot, which the merge keeps apart ("most died in the looting", "took part in the looting"),
    # unless the noun carries a date of its own ("the looting on Friday").
    dated = "date.expression" in cand.rules and not _dated_report_only(st, head, times)
    own_date = dated and _date_of_noun(head, times)
    own_place = "place.syntax" in cand.rules and _place_of_own_clause(ctx, head, cand.place)
    for prior in reversed(earlier):
        if prior.sent_index >= cand.sent_index or not (
                SUB_TO_TYPE[prior.sub] == SUB_TO_TYPE[cand.sub] and _retells(cand, prior, head) and not dated
                or _looting_of_riot(prior, cand) and not own_date):
            continue
        if own_place and getattr(prior.place, "name", None) != getattr(cand.place, "name", None):
            continue  # "the attack on the police post in Y": another act, told with the article's
        if cand.actor1 and prior.actor1 and cand.actor1 != prior.actor1 and "actor.syntax" in cand.rules:
            continue  # "the army's counter-offensive" after the rebels' offensive
        return prior
    return None


def _site_of(prior: _Candidate, cand: _Candidate) -> bool:
    """"Clashes broke out in Tripoli ... The fighting around Mitiga airport killed 27": the fight named again at a
    site of its place (within FOLD_KM, in the next FOLD_SENTENCES sentences), not another fight."""
    a, b = prior.place, cand.place
    return SUB_TO_TYPE[prior.sub] == EventType.BATTLES and cand.sent_index - prior.sent_index <= FOLD_SENTENCES \
        and a is not None and b is not None and _within(a, b, FOLD_KM)


_OTHER_CLAUSE_DEPS = ("advcl", "relcl", "ccomp", "pcomp", "acl", "xcomp")


def _place_of_own_clause(ctx: _ArticleContext, head, place) -> bool:
    """Is the act noun's place named in its own clause ("the attack on the post in Y", "the attack took place in
    Y"), not only in a clause of another act hung on it ("the attack came a week after gunmen had killed ten
    villagers in Y": Y is that killing's place)?"""
    sent = head.sent
    own = _clause_of(head)
    return any(getattr(m.value, "name", None) == getattr(place, "name", None) and sent.start <= m.token.i < sent.end
               and _clause_of(m.token).i == own.i for m in ctx.place_mentions)


def _clause_of(tok):
    """The verb heading the clause the token stands in (a subordinate clause's, else the sentence's root)."""
    node = tok
    while node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in _OTHER_CLAUSE_DEPS:
            return node
        node = node.head
    return node


def _date_of_noun(head, times) -> bool:
    """Does a date of the sentence lie inside the act noun's own phrase ("the looting on Friday")?"""
    lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    return any(t.date_start is not None and lo <= head.sent.start_char + t.start < hi for t in times)


def _looting_of_riot(prior: _Candidate, cand: _Candidate) -> bool:
    """Is `cand` looting told after a riot ("crowds looted shops ... Dozens died in the looting")? A crowd's
    looting is its riot: named again, it is that riot."""
    return SUB_TO_TYPE[prior.sub] == EventType.RIOTS and cand.sub == SubType.LOOTING_PROPERTY_DESTRUCTION


def _total_of_told_acts(st: Stages, cand: _Candidate, head, earlier: list[_Candidate], tally: bool) -> bool:
    """drop.total_of_told_acts: a plural act noun that gathers acts ("the two attacks killed 30", "both bombings
    were claimed by IS", "five raids in all"), in an article that told an act of its kind before: the acts told,
    summed, not one more. First told ("three attacks on villages near X killed 20"), they are acts."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return False
    gathered = any(c.lower_ in st.words.lower("sum_determiners") for c in head.children if c.dep_ in (
        "det", "predet", "preconj", "nummod", "amod"))
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in st.words.lower("definite_determiners")
                   | st.words.lower("back_reference_determiners") for c in head.children)
    counted = st.args.count_of(head) is not None
    if not (gathered or counted and (definite or tally)):
        return False
    return any(c.sent_index < cand.sent_index and SUB_TO_TYPE[c.sub] == SUB_TO_TYPE[cand.sub] for c in earlier)


def _attempt_on_place(st: Stages, trig: Trigger, head) -> bool:
    """"Rebels failed to capture the town": a taking in the to-infinitive of a verb of trying was fought for, no
    purpose (subtype.territory.attempt codes it as the clash it was)."""
    return trig.sub == "@territory" and head.dep_ == "xcomp" and head.head.lemma_.lower() in st.attempt


def _spoils_of_act(cand: _Candidate, told: list[_Candidate]) -> bool:
    """drop.spoils_of_act: weapons seized by a side of a fight just told, where it was fought ("ISWAP ambushed a
    convoy near X. The group said its fighters had seized weapons"; "overran the base, seizing arms"): the booty of
    that fight, not a disrupted weapons use of its own (a seizure in a raid of its own is one)."""
    if cand.sub != SubType.DISRUPTED_WEAPONS_USE or cand.actor1 is None:
        return False
    # (either side: "clashed with separatists ... the army said it killed five and seized their weapons"; the
    # other side's only on the fight's days: a bomb it defused the next day is an act of its own)
    return any(SUB_TO_TYPE[t.sub] == EventType.BATTLES
               and (cand.actor1 == t.actor1 or cand.actor1 == t.actor2 and _overlap(t.window, cand.window, None))
               and getattr(t.place, "name", None) == getattr(cand.place, "name", None) for t in told)


def _attack_repelled(st: Stages, cand: _Candidate, earlier: list[_Candidate]) -> _Candidate | None:
    """discourse.repelled_attack: "Rebels stormed an army post near X. Troops repelled the assault." A fight told
    by a repelling phrase, with no place of its own apart from it, is the end of the fight told in the sentences
    just before (its defenders, when named, are that act's other side): the fight they answered, not another.
    A capture told just before is answered too: "M23 seized the town ... The army said it repelled the assaults"
    is the losers' telling of the fighting that ended in it (spec: fighting that ends in a capture is one act)."""
    if " ".join(cand.trigger.phrase) not in st.words.lower("repel_phrases") \
            or SUB_TO_TYPE[cand.sub] != EventType.BATTLES:
        return None
    name = getattr(cand.place, "name", None)
    return next((c for c in reversed(earlier) if c.sent_index < cand.sent_index
                 and cand.sent_index - c.sent_index <= RETELL_SENTENCES and SUB_TO_TYPE[c.sub] == EventType.BATTLES
                 and ("place.syntax" not in cand.rules or getattr(c.place, "name", None) == name)), None)


VERSION_SENTENCES = 2  # a side's version of an act is told within this many sentences after it
VERSION_TYPES = {EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.PROTESTS}  # acts a doer may retell as a fight


def _other_version(st: Stages, cand: _Candidate, head, earlier: list[_Candidate],
                   actors: list[Mention]) -> _Candidate | None:
    """drop.other_version: "Soldiers shot dead six men in X. A military spokesman called them rebels who fell in a
    firefight." A fight told in the words of a side that did an act just told to civilians or a crowd
    (the doer, or a state force of the doer's state), at that act's place or none of its own, in its days, is the
    doer's version of that act, not a second act: the first telling stands."""
    if cand.sub != SubType.ARMED_CLASH:
        return None
    speaker = _speaker_of(st, head, actors)
    if speaker is None or getattr(speaker, "kind", None) in UNARMED_KINDS:
        return None
    name = getattr(cand.place, "name", None)
    for prior in reversed(earlier):
        if not 0 < cand.sent_index - prior.sent_index <= VERSION_SENTENCES:
            continue
        if SUB_TO_TYPE[prior.sub] not in VERSION_TYPES or prior.actor1 is None:
            continue
        if "place.syntax" in cand.rules and getattr(prior.place, "name", None) != name:
            continue
        if cand.window is not None and prior.window is not None and not (
                cand.window[0] <= prior.window[1] and prior.window[0] <= cand.window[1]):
            continue
        doer = prior.actor1
        if speaker == doer or getattr(speaker, "kind", None) == getattr(doer, "kind", None) == "state" \
                and getattr(speaker, "country", None) == getattr(doer, "country", None):
            return prior
    return None


def _speaker_of(st: Stages, head, actors: list[Mention]):
    """The actor who says what the trigger's clause tells: the subject of the nearest reporting verb ("said",
    "confirmed") above it, when the sentence names that subject as an actor."""
    verb = next((a for a in head.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in st.modality.reporting_verbs),
                None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((m.value for m in actors if m.start <= subject.idx < m.end or m.token.i == subject.i), None)


def _repelled_nouns(verb) -> list:
    """The act nouns a repelling verb governs ("repelled an assault", "an attack was pushed back"), with those
    listed with them."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
    return nouns + [c for n in nouns for c in n.conjuncts]


def _dated_report_only(st: Stages, head, times) -> bool:
    """Does every date of the sentence date a report of the act, not the act ("the fighting near X left three
    dead, a hospital source said on Wednesday")?"""
    sent = head.sent
    clause = {t.i for t in _verb_of(head).subtree}
    dated = [tok for t in times if t.date_start is not None for tok in sent if tok.idx == sent.start_char + t.start]
    return bool(dated) and all(t.i not in clause and _of_report(st, t) for t in dated)


def _dated_in_clause_only(head, times, described: set[int]) -> bool:
    """Does every date of the sentence lie in a relative clause that describes a noun of the act's phrase ("the
    battle for the town, which had been a base for six years")?"""
    sent = head.sent
    dated = [tok for t in times if t.date_start is not None for tok in sent if tok.idx == sent.start_char + t.start]
    return bool(dated) and all(t.i in described for t in dated)


def _of_report(st: Stages, tok) -> bool:
    """Does the token hang on a reporting verb ("said on Wednesday")?"""
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in st.modality.reporting_verbs


def _offset_from_report(st: Stages, sent: Span, head, times) -> tuple[dt.date, dt.date] | None:
    """"The army said on Monday it had killed 20 insurgents the previous day": an offset in the act's own clause
    counts from the date of the report that relays it (Sunday), which is not the act's date."""
    clause = {t.i for t in _verb_of(head).subtree}
    first = {t.start: next((w for w in sent if w.idx - sent.start_char >= t.start), None) for t in times}
    offsets = [t for t in times if t.kind == TimeKind.ANAPHORIC and t.offset_days and first[t.start] is not None
               and first[t.start].i in clause]

    def of_report(tok) -> bool:  # (right after the verb, "said on Monday", however the parse hangs it)
        before = tok.doc[tok.i - 1] if tok.i > 0 else tok
        return tok.i not in clause and _of_report(st, tok) or (
            before.pos_ == "VERB" and before.lemma_.lower() in st.modality.reporting_verbs)

    reports = [t for t in times
               if t.date_start is not None and first[t.start] is not None and of_report(first[t.start])]
    if not offsets or not reports:
        return None
    shift = dt.timedelta(days=offsets[0].offset_days)
    return reports[0].date_start + shift, reports[0].date_end + shift


def _retells(cand: _Candidate, prior: _Candidate, head) -> bool:
    """Is the definite noun `head` another telling of `prior`? The same sub-type, or "the battle for X" after
    X was taken (a siege or an offensive named later may be a separate act). A capture retold by the other
    side's word ("the recapture") is of the same trigger class, though its sub-type may read otherwise."""
    if cand.sub == prior.sub or cand.trigger.sub == prior.trigger.sub:
        return True
    contested = any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
    return contested and SUB_TO_TYPE[prior.sub] == SUB_TO_TYPE[cand.sub]


BACKGROUND_RULES = {"date.offset_between_acts", "modality.past_anchor", "modality.relative_past"}  # told as earlier
RETELL_SENTENCES = 4  # an act noun with no place of its own may name an act of its kind told this close before
FOLD_SENTENCES = 2  # fighting told this close to a capture of its place may be the fighting that ended in it
FOLD_DAYS_BEFORE = 7  # ... and must lie in the week before the capture, or on its days
FOLD_KM = 10  # ... at the capture's place, or this close to it (a base or a quarter of the town taken)


def _entries_under_deal(st: Stages, cands: list[_Candidate], doc: Doc) -> list[_Candidate]:
    """"Units of the army entered Manbij", in an article that tells a hand-over, or a deal to hand places over,
    in that country: the entry, with no fighting told in its sentence, is the hand-over carried out (a
    non-violent transfer), not a capture by force. A ceasefire hands nothing over. New records replace the
    captures; none is changed in place."""
    handing = st.words.lower("handover_words")
    deals = {getattr(c.place, "country", None) for c in cands if c.sub == NON_VIOLENT or c.sub == SubType.AGREEMENT
             and any(t.lemma_.lower() in handing for t in doc[c.head_i].sent)}
    if not deals:
        return cands
    entering = st.words.lower("entry_verbs")
    fought = {c.sent_index for c in cands if SUB_TO_TYPE[c.sub] in (
        EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS)
        and "territory" not in c.sub}
    return [replace(c, sub=NON_VIOLENT, rules=[*c.rules, "discourse.entry_under_deal"])
            if c.sub in CAPTURES and c.trigger.phrase[0] in entering and c.sent_index not in fought
            and c.fatalities is None and "settle.fighting_into_capture" not in c.rules
            and getattr(c.place, "country", None) in deals else c
            for c in cands]


def _handed_over_next(ctx: _ArticleContext, cands: list[_Candidate], doc: Doc) -> list[_Candidate]:
    """"Troops took over the bases at A and B. The rebels handed them over without resistance": the sentence
    after a capture, naming no place and no act of its own, tells that the place was given up (unopposed, or
    handed over by a verb whose object is a pronoun): the capture was a hand-over, a non-violent transfer. New
    records replace the captures; none is changed in place."""
    st = ctx.st
    sents = list(doc.sents)
    cession = st.words.lower("cession_verbs")
    own = {c.sent_index for c in cands if c.sub not in (NON_VIOLENT, SubType.CHANGE_TO_GROUP_ACTIVITY)}
    handed: set[int] = set()
    for i in {c.sent_index for c in cands if c.sub in CAPTURES}:
        nxt = sents[i + 1] if i + 1 < len(sents) else None
        if nxt is None or i + 1 in own or ctx.places_in(nxt):
            continue
        given = any(t.lemma_.lower() in cession and t.pos_ == "VERB" and any(
            o.dep_ == "dobj" and o.tag_ == "PRP" for o in t.children) for t in nxt)
        if given or st.unopposed.search(nxt.text):
            handed.add(i)
    if not handed:
        return cands
    return [replace(c, sub=NON_VIOLENT, rules=[*c.rules, "discourse.handover_told_next"])
            if c.sub in CAPTURES and c.sent_index in handed and c.fatalities is None
            and "settle.fighting_into_capture" not in c.rules else c
            for c in cands]


def _fold_fighting_into_captures(st: Stages, cands: list[_Candidate]) -> list[_Candidate]:
    """Fighting that ends in a capture is one act across sentences too ("Rebels took Sake on Friday. Troops
    lost dozens of men in the fighting for the town."): a clash at (or FOLD_KM from) the place of a capture told within
    FOLD_SENTENCES, over days that end by the capture's and begin at most FOLD_DAYS_BEFORE before it, between
    the capture's sides, becomes another telling of the capture (the merge joins them); the capture's window
    grows to cover the fighting. A siege is its own act; so is fighting that went on after the capture."""
    out = list(cands)
    folded: dict[tuple, _Candidate] = {}  # a clash folded (by _act_key), and the capture it ended in
    # Captures by sentence, so each clash looks only at the few told near it (linear in the article's length).
    by_sentence: dict[int, list[int]] = {}
    for j, k in enumerate(cands):
        if k.sub in (SubType.GOVERNMENT_REGAINS_TERRITORY, SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) \
                and _placed_by_text(k) \
                and k.window is not None:
            by_sentence.setdefault(k.sent_index, []).append(j)
    for c in out:
        if c.sub != SubType.ARMED_CLASH or c.trigger.sub == "@kill" or c.window is None or c.place is None \
                or st.words.lower("siege_words") & set(c.trigger.phrase) or not _placed_by_text(c):
            continue
        near = [j for d in range(-FOLD_SENTENCES, FOLD_SENTENCES + 1) for j in by_sentence.get(c.sent_index + d, ())]
        for j in near:
            k = out[j]
            if getattr(k.place, "name", None) != getattr(c.place, "name", None) and not _within(k.place, c.place,
                                                                                             FOLD_KM):
                continue  # (the storming of the airbase outside a town, then the town taken: one act)
            sides = {k.actor1, k.actor2, *k.assoc, None}
            strangers = {c.actor1, c.actor2} - sides
            # A capture told with no loser may meet its loser in the fighting ("clashes with rebels").
            if len(strangers) > (1 if k.actor2 is None else 0) or not (
                    k.window[0] - dt.timedelta(days=FOLD_DAYS_BEFORE) <= c.window[0] and c.window[1] <= k.window[1]):
                continue
            window = (min(c.window[0], k.window[0]), k.window[1])
            k = out[j] = replace(k, window=window, actor2=k.actor2 or next(iter(strangers), None))
            folded[_act_key(c)] = k
            break
    # The clash folded, and every later telling of it ("the air base attack", discourse.retelling): the capture.
    for i, c in enumerate(out):
        k = folded.get(_act_key(c)) if c.sub == SubType.ARMED_CLASH else None
        if k is not None:
            out[i] = replace(c, sub=k.sub, actor1=k.actor1, actor2=k.actor2, window=k.window, place=k.place,
                             precision=k.precision, rules=(*c.rules, "discourse.fighting_into_capture"))
    return out


def _act_key(c: _Candidate) -> tuple:
    """What makes two tellings one act for the merge: sub-type, place, sides and window."""
    return c.sub, getattr(c.place, "name", None), c.actor1, c.actor2, c.window


def _within(a: Place, b: Place, limit: float) -> bool:
    """Do two places lie within `limit` km of each other?"""
    return geo.km(a.lat, a.lon, b.lat, b.lon) <= limit


def _placed_by_text(c: _Candidate) -> bool:
    """Was the act's place read from its own words (not borrowed from the story or the last act)?"""
    return any(r in c.rules for r in ("place.syntax", "place.anaphor", "place.last_mentioned", "place.locator"))


def _swap(cands: list[_Candidate], old: _Candidate, new: _Candidate) -> None:
    """Put `new` where `old` stood (a later sentence amends an act already told)."""
    for i, c in enumerate(cands):
        if c is old:
            cands[i] = new
            return


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
    return [" ".join(s.text.split()) for s in lines]


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


@dataclass(frozen=True)
class _Candidate:
    """One reading of a trigger, built once: a later pass that changes it makes a new one (`replace`)."""

    sub: str
    sent_index: int
    trigger: Trigger
    head_i: int
    evidence: str
    place: object | None = None
    precision: int = 1
    actor1: object | None = None
    actor2: object | None = None
    assoc: list = field(default_factory=list)
    window: tuple[dt.date, dt.date] | None = None
    fatalities: int | None = None
    count: int | None = None
    claimed_by: str | None = None
    confidence: float = 0.5
    rules: tuple[str, ...] = ()
    implied_actor2: object | None = None  # the victims the sentence implies, given after merging
    implied_rule: str = "sides.victims_implied"  # the rule that implied them

    def to_event(self, article: Article) -> Event:
        place = self.place
        ds = de = prec = None
        if self.window:
            ds, de = self.window[0].isoformat(), self.window[1].isoformat()
            prec = precision_for(*self.window)
        return Event(
            doc_id=article.id,
            event_type=SUB_TO_TYPE[self.sub],
            sub_event_type=self.sub,
            actor1=self.actor1.name if self.actor1 else None,
            actor2=self.actor2.name if self.actor2 else None,
            assoc_actors=sorted({a.name for a in self.assoc} - {self.actor1.name if self.actor1 else ""}),
            location=place.name if place else None,
            country=place.country if place else None,
            latitude=round(place.lat, 4) if place else None,
            longitude=round(place.lon, 4) if place else None,
            geo_precision=self.precision if place else None,
            location_resolved=getattr(place, "resolved", True),
            date_start=ds,
            date_end=de,
            date_precision=prec,
            fatalities=self.fatalities,
            count=self.count,
            claimed_by=self.claimed_by,
            evidence=[self.evidence],
            confidence=round(self.confidence, 3),
            url=article.url,
            admin1=getattr(place, "admin1", None) if place else None,
            rules=list(dict.fromkeys(self.rules)),
        )


class _ArticleContext:
    """What the whole article tells about its places and actors, used to read each sentence."""

    def __init__(self, article: Article, doc: Doc, stages: Stages):
        self.article = article
        self.doc = doc
        self.st = stages
        self.args = stages.args
        text = text_of(doc)
        # What the pipeline's components found (extract/components): read here, never searched for again.
        self.country = doc.user_data.get(COUNTRY)
        self.unlocated = doc.user_data.get(UNLOCATED, [])  # place names neither the gazetteer nor the text places
        table = self.st.actors
        self.actor_mentions: list[Mention] = []
        actors_found = found(doc, ACTORS)
        generic = [v for _span, v in actors_found if isinstance(v, tuple)]  # (start, end, class): "the jihadists"
        for span, m in actors_found:
            if isinstance(m, tuple):
                continue
            tok = span.root
            if m.how == "place" and not _acts_as_state(tok, self.st):
                continue  # "the embassies of France": the country named, not its forces acting
            self.actor_mentions.append(Mention(m.actor, m.start, m.end, tok,
                                                    extra={"text": m.text, "how": m.how}))
        self.actor_mentions.sort(key=lambda m: m.start)
        self.actor_mentions = _names_over_descriptions(self.actor_mentions, text)
        self._resolve_possessives(text)
        self._resolve_coalitions()
        self._resolve_generic(generic, table)
        self._resolve_branches(table)
        self.place_mentions: list[Mention] = []
        actor_spans = _Spans(self.actor_mentions)
        for span, (m, place) in found(doc, PLACES):
            tok = span.root
            inside_actor = actor_spans.covers(m.start, m.end) or bool(self.st.org_after_place.match(text, m.end))
            self.place_mentions.append(Mention(
                place, m.start, m.end, tok, precision=m.precision,
                extra={"in_actor": inside_actor or m.modifier in ("dateline", "org"), "text": m.text,
                       "named_region": m.modifier == "named_region", "dateline": m.modifier == "dateline",
                       "broad": m.modifier == "unresolved_broad", "place_rule": PLACE_RULES.get(m.modifier or "")}))
        self.place_mentions.sort(key=lambda m: m.start)
        self._place_starts = [m.start for m in self.place_mentions]
        self._actor_starts = [m.start for m in self.actor_mentions]
        _mark_locators(text, self.place_mentions, self.st.locating, self.st.apposition, self.st.list_gap,
                       self.st.distance_locator)
        self._localise_roles(table)
        self.default_place = self._main_place()
        # Where the report was filed: the place of an act only when the text names no local place at all.
        datelines = [m.value for m in self.place_mentions if m.extra.get("dateline") and _kind(m.value) == "city"]
        own = [m for m in self.place_mentions if not m.extra.get("in_actor") and _kind(m.value) != "country"]
        # A dateline abroad ("NAIROBI, Kenya -" over a story of southern Somalia: the article's country is from
        # its other places) is where the reporter sat, never the place of an act.
        self.dateline_abroad = bool(datelines) and self.country is not None and datelines[0].country != self.country
        self.dateline_place = datelines[0] if datelines and not own and not self.dateline_abroad else None
        # A text naming no town (a brief, or filed from abroad): an act told in a country is placed there.
        self.countries_only = not own
        # where the report was filed, whatever the text names
        self.dateline_city = datelines[0] if datelines and not self.dateline_abroad else None
        self.current = current_window(article.published) if article.published else None
        self.country_place = stages.kb.gazetteer.country_place(self.country) if self.country else None
        self.recent_place: tuple | None = None
        self.last: _Candidate | None = None  # the latest act told, for tolls reported after it
        self.last_told: tuple[_Candidate, ...] = ()  # every act of the sentence that told it
        self.last_actor: dict[str, tuple] = {}  # event type -> (actor1 last named for it, sentence index)
        self.recent_place_at = -10
        self.crowd_place: tuple | None = None  # where the last protest or riot told was (place, precision)
        # The window of the last dated act or date told in the sentences just before, however wide: what "during
        # that fighting" links an undated act to (date.linked_act).
        self.linked: tuple[dt.date, dt.date] | None = None
        self.sent_starts = [s.start_char for s in doc.sents]
        self._times: dict[int, list] = {}  # sentence start -> its time expressions, left to right
        for _span, (sent_start, expr) in found(doc, TIMES):
            self._times.setdefault(sent_start, []).append(expr)
        # One span per reading of the same words: one match with all its readings.
        self._triggers = [TriggerMatch(list(tf.alternatives), [doc[i] for i in tf.tokens])
                          for tf in dict.fromkeys(v for _span, v in found(doc, TRIGGERS))]
        self._trigger_starts = [m.start for m in self._triggers]

    def _resolve_possessives(self, text: str) -> None:
        """"Russia appointed a mayor after its troops took over": "its troops" are the troops of the actor
        just named, not the army of the article's country."""
        for k, m in enumerate(self.actor_mentions):
            if m.extra.get("how") != "role" or not self.st.possessive_before.search(text[max(0, m.start - 7):m.start]):
                continue
            sent_start = m.token.sent.start_char
            # The nearest earlier non-role mention of the same sentence (walking back stops at the sentence).
            for o in reversed(self.actor_mentions[max(0, k - _POSSESSIVE_LOOKBACK):k]):
                if o.start < sent_start:
                    break
                if o.extra.get("how") != "role":
                    m.value = o.value
                    break

    def _resolve_coalitions(self) -> None:
        """"Coalition warplanes" is the coalition the article names ("the Saudi-led coalition" in a Yemen
        story), not by default the US-led one."""
        named = {m.value for m in self.actor_mentions
                 if "coalition" in m.value.name.lower() and not m.extra["text"].lower().startswith("coalition")}
        if len(named) != 1:
            return
        (coalition,) = named
        for m in self.actor_mentions:
            if "coalition" in m.value.name.lower() and m.extra["text"].lower().startswith("coalition"):
                m.value = coalition

    def _resolve_generic(self, generic: list[tuple[int, int, str]], table) -> None:
        """"the jihadists", "militants": the article's most named non-state armed actor, if it has one;
        "gunmen", "assailants", and any of them when the article names no armed group: an unidentified armed group
        (made the one of the event's country later).
        `generic` is the generic half of the one `table.scan(...)` of the text."""
        armed = Counter(m.value for m in self.actor_mentions if m.value.kind in ("rebel", "militia"))
        top = armed.most_common(1)[0][0] if armed else None
        self.main_armed = top  # the side a government takes places back from, when the text names none
        unknown = table.resolve_role("unidentified", None)
        named = _Spans(self.actor_mentions)
        text = text_of(self.doc)
        armed_named = [m for m in self.actor_mentions if m.value.kind in ("rebel", "militia")]
        # Right after the noun, a foreign force is what it stands for as well ("mercenaries of the Wagner Group");
        # an earlier mention of one (a peacekeeping mission) is no antecedent of "the militants".
        named_after = [m for m in self.actor_mentions if m.value.kind in ("rebel", "militia", "external")]
        after_starts = [m.start for m in named_after]
        armed_starts = [m.start for m in armed_named]
        for start, end, _word in generic:
            if named.covers(start, start + 1):
                continue
            if _word.startswith("role:") and table.find(text[start:end]):
                # A role phrase that names an actor when read without the article's country ("insurgents"):
                # not one of the generic nouns this stands in for (only the phrase is read again, not the text).
                continue
            tok = _token_at(self.doc, start, end)
            if tok is None:
                continue
            who, how = top, "by_article"
            if tok.dep_ not in ("dobj", "nsubjpass") \
                    and any(t.lower_ in self.st.words.lower("attribution_hedges") for t in tok.lefts):
                # "suspected militants attacked": the text does not say whose they were (those detained as
                # "suspected guerrillas" are still the group's).
                who, how = unknown, "by_unknown"
            elif text[start:end].lower() in self.st.unidentified:
                who, how = unknown, "by_unknown"
                # "gunmen of the X": the group named right after them, never one named earlier.
                k = bisect.bisect_left(after_starts, end)
                if k < len(named_after) and self.st.generic_of.match(text, end, named_after[k].start):
                    who, how = named_after[k].value, "by_nearby"
            else:
                near = self._named_nearby(tok, start, end, armed_named, armed_starts, text, named_after, after_starts)
                if near is not None:
                    who, how = near, "by_nearby"
                elif top is None or _acted_on_by(tok, [m for m in armed_named if m.value == top]):
                    # ("the militia repelled an attack by jihadists": who acts on them is not who they are)
                    # An article that names no armed group leaves its "militants" unidentified too (ACLED's
                    # Unidentified Armed Group), rather than nobody.
                    who, how = unknown, "by_unknown"
            if who is not None:
                self.actor_mentions.append(Mention(who, start, end, tok,
                                                   extra={"text": _word, "generic": True, "generic_by": how}))
        self.actor_mentions.sort(key=lambda m: m.start)

    def _resolve_branches(self, table) -> None:
        """"Islamic State" in a story that names its Sinai affiliate is that affiliate (ACLED codes the affiliate):
        the group's mentions, and the nouns guessed to mean it, stand for the one branch of it the article names
        (actors.tsv flag branch=)."""
        named: dict[object, set] = {}
        for m in self.actor_mentions:
            parent = table.branch_of(m.value)
            if parent is not None:
                named.setdefault(parent, set()).add(m.value)
        for parent, branches in named.items():
            if len(branches) != 1:
                continue  # two affiliates named: which one a bare "Islamic State" means is not told
            (branch,) = branches
            for m in self.actor_mentions:
                if m.value == parent:
                    m.value = branch
                    m.extra["branch"] = True
            if self.main_armed == parent:
                self.main_armed = branch

    def _named_nearby(self, tok, start: int, end: int, armed: list[Mention], starts: list[int], text: str,
                      after: list[Mention], after_starts: list[int]):
        """The armed group a generic noun ("fighters", "the militants") stands for when the text names it close
        by: right after it ("fighters of the Islamic State Sahel Province"; `after`, foreign forces included),
        else the last one named before it in its own sentence or the previous one. None when neither names one
        (the article's main group then)."""
        i = bisect.bisect_left(after_starts, end)
        if i < len(after) and self.st.generic_of.match(text, end, after[i].start):
            return after[i].value
        sent = tok.sent
        prev_start = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        before = armed[bisect.bisect_left(starts, prev_start):bisect.bisect_left(starts, start)]
        # "the militia repelled an attack by jihadists", "the YPG killed 20 militants": the group that acts on
        # the noun is not the group the noun stands for.
        before = [m for m in before if not _acted_on_by(tok, [m])]
        return before[-1].value if before else None

    def _localise_roles(self, table) -> None:
        """"the military", "troops", "police" belong to the country of the places named in their sentence, or
        else their paragraph, not to the article's main country; "militants" there, guessed to be the article's
        group of another country, are an unidentified armed group of that one."""
        text = text_of(self.doc)
        named = [p for p in self.place_mentions if not p.extra.get("in_actor")]
        local = [p for p in named if _kind(p.value) != "country"]
        states = [p for p in named if _kind(p.value) == "country"]  # "Meanwhile in Iraq, the military said..."
        foreign: list[Mention] = []
        for m in self.actor_mentions:
            guessed = m.extra.get("generic_by") in ("by_article", "by_nearby")
            if m.extra.get("how") != "role" and not guessed:
                continue
            sent = m.token.sent
            lo, hi = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end) % (len(text) + 1)
            near: list[str] = []
            # The sentence's towns, its paragraph's; for a guessed group, then the countries named there too.
            for where in (local, states) if guessed else (local,):
                near = near or [p.value.country for p in where if sent.start_char <= p.start < sent.end_char]
                near = near or [p.value.country for p in where if lo <= p.start < hi]
            country = Counter(near).most_common(1)[0][0] if near else None
            if not country or country == self.country:
                continue
            if guessed:
                if m.value.country and m.value.country != country:
                    foreign.append(m)  # "militants" in a paragraph about Iraq are not the Syrian rebels
                continue
            found = table.find(m.extra["text"], country)
            if len(found) == 1 and found[0].actor != m.value:
                m.value = found[0].actor
                m.extra["local"] = True
        unknown = table.resolve_role("unidentified", None)
        for m in foreign:  # an unnamed group there: ACLED's Unidentified Armed Group of the event's country
            m.value, m.extra["generic_by"], m.extra["local"] = unknown, "by_unknown", True

    def _main_place(self):
        local = [m for m in self.place_mentions if m.precision == 1 and not m.extra.get("in_actor")
                 and not self.args.compared(m.token)
                 and getattr(m.value, "kind", "city") in ("city", "site")]
        if not local:
            return None
        counts = Counter(m.value for m in local)
        top, n = counts.most_common(1)[0]
        return top if n >= 2 else None

    def last_place_named(self, anaphor, s_index: int, kinds: tuple[str, ...] = ()):
        """What "the town", "the base", "there" (the token `anaphor`) refers to: the last place of its kind
        named before it in its sentence or the ANAPHOR_SENTENCES before it (a town for "the town", a base or
        other site for "the base", a city of some size for "the city"), not inside an actor's name, not a
        source's seat ("Cairo said"), not only locating another place; None if there is none. `kinds` overrides
        the kinds of place the anaphor's noun allows."""
        pos = anaphor.idx
        lo = self.sent_starts[max(0, s_index - ANAPHOR_SENTENCES)]
        window = _slice(self.place_mentions, self._place_starts, lo, pos)
        noun = anaphor.lemma_.lower()
        settlement = noun in self.st.words.lower("settlement_nouns")
        kinds = kinds or (("city",) if settlement else ("city", "site") if noun in self.st.args.PLACE_ADVERBS
                          else ("site",))
        fitting = [m for m in window if not m.extra.get("in_actor") and not m.extra.get("locator")
                   and not self.args.compared(m.token)  # "unlike Gao, the town was spared"
                   and _kind(m.value) in kinds and m.end <= pos and not self.args.speaks(m.token)]
        if noun == "city":
            fitting = [m for m in fitting if m.value.population >= CITY_POPULATION] or fitting
        return fitting[-1] if fitting else None

    def times_in(self, sent: Span) -> list:
        """The sentence's time expressions (doc.spans["times"]), left to right."""
        return self._times.get(sent.start, [])

    def triggers_in(self, sent: Span) -> list[TriggerMatch]:
        """The sentence's trigger matches (doc.spans["triggers"]), left to right."""
        lo = bisect.bisect_left(self._trigger_starts, sent.start)
        return self._triggers[lo:bisect.bisect_left(self._trigger_starts, sent.end)]

    # Both lists are sorted by start: a sentence's mentions are one slice, found by bisection, so the work per
    # sentence does not grow with the length of the article.
    def places_in(self, sent: Span) -> list[Mention]:
        return _slice(self.place_mentions, self._place_starts, sent.start_char, sent.end_char)

    def actors_in(self, sent: Span) -> list[Mention]:
        return _slice(self.actor_mentions, self._actor_starts, sent.start_char, sent.end_char)


ANAPHOR_SENTENCES = 3  # "the town" refers to a town named in its sentence or the three before it
CITY_POPULATION = 50_000  # "the city" is, of the places just named, the last one of about this size if any
_POSSESSIVE_LOOKBACK = 50  # "its troops" refers back within its sentence; 50 mentions is far more than one holds


def _slice(mentions: list[Mention], starts: list[int], lo: int, hi: int) -> list[Mention]:
    return mentions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


class _Spans:
    """Which character ranges lie inside one of the given mentions, answered by bisection (not a scan of all)."""

    def __init__(self, mentions: list[Mention]) -> None:
        ordered = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in ordered]
        self.ends = [m.end for m in ordered]
        self.longest = max((m.end - m.start for m in ordered), default=0)

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.starts[i] >= start - self.longest:
            if self.ends[i] >= end:
                return True
            i -= 1
        return False


# A place name that starts the name of a channel, paper or body is not where anything happened.
# "Harbil, north of Aleppo", "Shaikh Hilal in the outskirts of Hama": the second place only locates the first.
LOCATOR_GAP = 60


# The second place is only a locator when the locating words lead straight to it ("north of Syria's second
# city Aleppo"), not when a clause break comes between ("in Syria's northwest, and Aleppo").


def _mark_locators(text: str, mentions: list[Mention], locating: re.Pattern[str],
                   apposition: re.Pattern[str], list_gap: re.Pattern[str] | None = None,
                   distance: re.Pattern[str] | None = None) -> None:
    """A place that only locates the one before it is not a second place of the act: "Harbil, north of Aleppo"
    (place.locator), "Dubovka, Kharkiv region" and "Dubovka, a village in Kharkiv region" (place.region_locator)."""
    local = [m for m in mentions if _kind(m.value) != "country"]  # "Harbil, north of Syria's city Aleppo"
    for prev, cur in zip(local, local[1:], strict=False):
        gap = text[prev.end:cur.start]
        doc = cur.token.doc
        # (between the two names, not inside one: "Sagaing region" is parsed with "Sagaing" a verb)
        verb_between = any(t.pos_ in ("VERB", "AUX") and prev.end <= t.idx < cur.start
                           for t in doc[prev.token.i + 1:cur.token.i])
        # A name the gazetteer does not know stands for one place, whatever precision its locator gave it.
        one_place = prev.precision == 1 or not getattr(prev.value, "resolved", True)
        # A town the text places only near is still one point that a distance or bearing right after it locates
        # ("the outskirts of Afgoye, 30 km northwest of Mogadishu", "near the village of Huwara, south of Nablus").
        # So does the region or district written after it ("around Djibo, in Burkina Faso's Sahel region").
        near_point = prev.precision == 2 and _kind(prev.value) in ("city", "site")
        near_town = near_point and distance is not None and bool(distance.match(gap))
        in_region = near_point and (_kind(cur.value) == "admin1"
                                    or cur.extra.get("place_rule") == "place.district_seat")
        if 0 <= cur.start - prev.end <= LOCATOR_GAP and (one_place or near_town or in_region) and "." not in gap \
                and not verb_between and getattr(cur.value, "resolved", True):  # an unknown name locates nothing
            if (one_place or near_town) and (cur.precision == 2 or locating.search(gap)):
                cur.extra["locator"] = True
            elif apposition.match(gap) and (_kind(cur.value) == "admin1" or gap.strip() != ","):
                cur.extra["locator"] = "region"  # "town, region": not a second place
        # "near Kutum, North Darfur", "in Tame, Arauca": a name right after a town and a comma that names the
        # town's own region (even where the gazetteer read it as that region's chief town) only locates it,
        # whatever precision the town has, unless a list goes on after it ("Tame, Arauca and Saravena").
        if "locator" not in cur.extra and gap == ", " and _own_region(prev.value, cur.value) \
                and not (list_gap is not None and _list_goes_on(text, cur.end, list_gap)):
            cur.extra["locator"] = "region"


def _own_region(town: object, region: object) -> bool:
    """Does `region` name the admin-1 region `town` lies in (by the region's name or the chief town's)?"""
    inside = getattr(town, "admin1", None)
    if _kind(town) not in ("city", "site") or not getattr(town, "resolved", True) \
            or _kind(region) not in ("admin1", "city") or not getattr(region, "resolved", True):
        return False
    if inside is None:  # a hand-checked row names no region: any region of its country after the comma
        return _kind(region) == "admin1" and getattr(town, "country", None) == getattr(region, "country", "")
    return name_key(getattr(region, "name", "")) in (name_key(inside), *_base_keys(inside))


def _base_keys(admin1: str) -> tuple[str, ...]:
    """"North Darfur State" -> "north darfur": the region's name without its last word, as the press may write it."""
    head, _sep, _last = admin1.rpartition(" ")
    return (name_key(head),) if head else ()


def _list_goes_on(text: str, end: int, list_gap: re.Pattern[str]) -> bool:
    gap = list_gap.match(text, end)
    return gap is not None and gap.end() > end and text[gap.end():gap.end() + 1].isupper()


def _acted_on_by(tok, mentions: list[Mention]) -> bool:
    """Is the word (a generic noun) in the object of a verb whose subject holds one of the mentions ("the VDP
    repelled an attack by jihadists", "the YPG killed 20 militants", "..., killing several assailants": a
    participle's subject is its verb's)? Not when the word is a subject itself ("a militia leader told")."""
    node, acted_on = tok, False
    for _ in range(6):
        parent = node.head
        if parent.i == node.i or node.dep_ in ("nsubj", "nsubjpass"):
            return False
        acted_on = acted_on or node.dep_ == "dobj"
        if parent.pos_ in ("VERB", "AUX"):
            if not acted_on:
                return False
            verb = parent
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                    and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
                verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            return any(governed(s, m.token) for s in subjects for m in mentions)
        node = parent
    return False


def _names_over_descriptions(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions, less those another names more narrowly: a country owning a force the table names in the
    same phrase ("Russia's FSB security service": the FSB, not Russia's army) and a people's militia described
    right before the name of the group ("the Dogon self-defence group Dan Na Ambassagou": that group).
    `mentions` are sorted by start."""
    out = []
    for k, m in enumerate(mentions):
        if m.extra.get("how") == "place" and m.token.dep_ == "poss" and any(
                o is not m and o.extra.get("how") != "place" and phrase_head(o.token).i == m.token.head.i
                for o in mentions[k + 1:k + 4]):
            continue
        following = mentions[k + 1] if k + 1 < len(mentions) else None
        if m.value.kind == "identity" and following is not None and following.value.kind in ("rebel", "militia") \
                and following.start >= m.end and not text[m.end:following.start].strip():
            continue
        out.append(m)
    return out


def _acts_as_state(tok, st: Stages) -> bool:
    """A country's or capital's name stands for its state when it does or suffers something ("Russia
    struck", "Moscow's jets", "attacks on Israel"), not when it only qualifies a thing ("embassies of France")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head  # "the embassies of Rwanda, Uganda, France": judged by the list's head
    if tok.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "dobj"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in st.words.lower("state_prepositions")


def _token_at(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode=ALIGN)
    if span is None or not len(span):
        return None
    return span.root


def _doerless(st: Stages, cand: _Candidate) -> bool:
    """Was the act told with no doer, or only with unnamed ones ("gunmen")?"""
    return cand.actor1 is None or st.actors.role_of(cand.actor1) == "unidentified"


def _inside_name(match: TriggerMatch) -> bool:
    """Is the trigger a capitalised word inside a proper name that goes on after it ("West Papua National
    Liberation Army", "the Salvation Front"), by the parse: a name the actor table does not know
    (`_in_actor_name` reads the ones it knows)? Not at the sentence's start, where any word is capitalised."""
    return all(t.pos_ == "PROPN" and t.is_title and not t.is_sent_start and t.dep_ == "compound"
               and t.head.pos_ == "PROPN" and t.head.i > t.i for t in match.tokens)


def _choose(st: Stages, match: TriggerMatch, sent: Span, places, actors, words) -> Trigger | None:
    # A trigger is not its own evidence: "rally" does not show that a rally is a protest.
    own = {t.lemma_.lower() for t in match.tokens} | {t.lower_ for t in match.tokens}
    context = words - own
    alternatives = match.alternatives
    if any(c.dep_ == "dobj" and c.lemma_.lower() in st.args.PEOPLE_WORDS for c in match.head.children) or (
            match.head.dep_ == "acl" and match.head.head.lemma_.lower() in st.args.PEOPLE_WORDS) or (
            any(p.lemma_.lower() in st.args.PEOPLE_WORDS for p in relative_patients(match.head))):
        # "capturing 48 people", "passengers they had seized" take people, not a town: the reading that needs
        # people goes first.
        alternatives = sorted(alternatives, key=lambda t: "people" not in t.needs)
    for trig in alternatives:
        if cancelled_by(trig, match, words, st.lexicon.without_preps):  # in the trigger's clause, about the act
            continue
        if all(st.args.needs_met(n, match.head, sent, places, actors, context) for n in trig.needs):
            return trig
    return None


def _build(ctx: _ArticleContext, s_index: int, sent: Span, match: TriggerMatch, trig: Trigger,
           places: list[Mention], actors: list[Mention], times, words: set[str],
           prev_dates, stats: Stats, heads=()) -> tuple[list[_Candidate], str | None]:
    """The candidate events of one trigger: its actors, place(s), window and sub-type, coded ACLED's way; or
    no candidate and the id of the rule that dropped it."""
    head = match.head
    why: list[str] = ["trigger.lexicon"]
    if trig.sub == SubType.CHANGE_TO_GROUP_ACTIVITY and _civil_body_changed(ctx.st, head):
        return [], "drop.decree"
    if trig.sub == "@territory" and _vague_extent(ctx.st, head, places):
        return [], "drop.vague_extent"
    if trig.sub == "@territory" and _person_taken(ctx.st, head):
        return [], "drop.person_not_place"
    a1, a2, assoc, anchored = _actors_of(ctx, s_index, sent, match, trig, actors, times, why)
    coup = _takes_own_country(ctx.st, head, trig, places, a1)
    if coup:
        # "Officers seized control of Burkina Faso": a state's own forces taking the whole country is a coup
        # (spec: Strategic developments / Other), placed at the country.
        trig = replace(trig, sub=SubType.OTHER)
        why.append(coup)
    parties = [m.value.country for m in (a1, a2) if m is not None and getattr(m.value, "country", None)]
    chosen = _places_of(ctx, s_index, head, trig, places, heads, anchored, a1 is not None, why, parties,
                        doer=a1.value if a1 is not None else None)
    if chosen is None:
        stats.no_place += 1
        return [], "drop.no_place"
    if not chosen:
        toll = ctx.args.fatalities(sent.text)
        statistic = toll is not None and toll >= STATISTIC_TOLL or any(t.kind in (TimeKind.SINCE, TimeKind.DURATION)
                                                                       for t in times)
        if trig.sub == "@kill" and ctx.last is not None and ctx.last.fatalities is None and not statistic:
            # "At least two children were killed": the toll of the act just told, not another act;
            # "more than 10,000 have been killed since 2014" is a statistic, not that toll.
            return [], "discourse.toll_of_last_act"
        return [], "drop.toll_of_last_act"
    window = _window(ctx, sent, head, times, prev_dates, trig, stats, why)
    windows = _acts_of_pair(ctx.st, head, heads, times, window)
    if len(windows) > 1:
        why.append("date.pair_of_acts")
    act_words = _act_words(ctx.st, match, sent, words) if trig.sub in ("@attack", "@kill") else None
    sub = _resolve_sub(ctx.st, trig, head, words, a1, a2, actors, chosen[0].value, why, act_words,
                       others=[t for t in match.tokens if t.i != head.i])
    if sub is None:
        return [], "drop.no_subtype"
    if sub == SubType.ATTACK and ctx.crowd_place is not None and any(m.value.kind == "state" for m in actors) \
            and _where_the_crowd_was(ctx.crowd_place[0], chosen[0].value):
        # "people were killed when soldiers opened fire" in a story of protests there: the state's forces
        # killing unarmed people where crowds are out is force against the protesters (ACLED).
        sub = SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
        why.append("subtype.victims.protest_story")
    elif sub == SubType.ATTACK and a1 is None and trig.sub == "@kill" and any(
            c.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and c.place == chosen[0].value for c in ctx.last_told):
        # "Troops fired on the strikers in X. Six people died there.": the dead of that force, no
        # attack of their own (told with the crowd's riot or not).
        sub = SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
        why.append("subtype.victims.protest_story")
    if sub == SubType.ATTACK and a1 is None and trig.sub == "@kill" and ctx.last is not None \
            and ctx.last.sub == SubType.VIOLENT_DEMONSTRATION and ctx.last.fatalities is None \
            and ctx.last.place == chosen[0].value:
        # "Demonstrators torched the party's offices in X and police fired on them. Nine people died there.":
        # the dead of that riot, no attack of their own.
        return [], "discourse.toll_of_last_act"
    if sub == SubType.ARRESTS and (words & ctx.st.words.lower("missing_words")
                                   or ctx.st.missing_since.search(sent.text)):
        # "has been missing since police detained him": people detained and not seen since were forcibly
        # disappeared (ACLED), not arrested.
        sub = SubType.ABDUCTION_FORCED_DISAPPEARANCE
        why.append("subtype.arrest.missing")
    if assoc:
        why.append("actor.assoc_backed_by")
    # A summed toll ("all told, 10 soldiers were killed ...") is no one act's.
    fatalities = None if ctx.st.tally.search(sent.text) else ctx.args.fatalities(sent.text)
    count = ctx.args.count_of(head, _name_tokens(places))
    claimed = ctx.args.claimed_by(sent.text)
    why += [r for r, v in (("fatalities.sentence", fatalities), ("count.trigger", count),
                           ("claimed_by.sentence", claimed)) if v is not None]
    out = []
    for w in windows:
        for p in chosen:
            cand = _Candidate(
                sub=sub, sent_index=s_index, trigger=trig, head_i=head.i, evidence=" ".join(sent.text.split()),
                place=p.value, precision=max(p.precision, _kind_precision(p.value)),
                actor1=a1.value if a1 else None, actor2=a2.value if a2 else None,
                assoc=[m.value for m in assoc], window=w, fatalities=fatalities, count=count,
                claimed_by=claimed, confidence=trig.weight, rules=tuple(why),
            )
            out.append(_code_sides(cand, ctx, actors, words))
    return out, None


PAIR_PART_DAYS = 28  # each date of a pair at least a month: acts apart in time, not one fight over two days


def _acts_of_pair(st: Stages, head, heads, times, window) -> list:
    """"seized power in coups in 2006 and 2014", "attacks in March and May": acts told in the plural with a pair
    of months or years are one act per date (date.pair_of_acts); "fighting on Saturday and Sunday" stays one
    window over both days (date.pair)."""
    plural = head.tag_ == "NNS" or any(t.tag_ == "NNS" and t.i in {h.i for h in heads} for t in head.subtree)
    if window is None or not plural:
        return [window]
    for t in times:
        m = st.year_pair.match(t.text) if (t.date_start, t.date_end) == window else None
        if m is not None and int(m["a"]) < int(m["b"]):
            return [(dt.date(int(y), 1, 1), dt.date(int(y), 12, 31)) for y in (m["a"], m["b"])]
    parts = sorted({(t.date_start, t.date_end) for t in times
                    if t.date_start is not None and t.kind != TimeKind.DURATION
                    and window[0] <= t.date_start and t.date_end <= window[1]
                    and (t.date_end - t.date_start).days >= PAIR_PART_DAYS})
    disjoint = all(a[1] < b[0] for a, b in zip(parts, parts[1:], strict=False))
    return parts if len(parts) > 1 and disjoint else [window]


def _where_the_crowd_was(crowd_place, place) -> bool:
    """Is the act's place where the crowd told before was: its town, or anywhere in its country when the crowd was
    a movement told for the whole country?"""
    if getattr(crowd_place, "country", None) != getattr(place, "country", None):
        return False
    return _kind(crowd_place) == "country" or getattr(crowd_place, "name", None) == getattr(place, "name", None)


def _toll_of_told_act(ctx: _ArticleContext, cand: _Candidate, head) -> bool:
    """Is a killing the toll of the battle told last, told again? It is at that act's place (or borrowed from
    it), between no other sides, and either a battle itself (armed victims) or the toll of a definite fight
    noun ("the battle for X killed 40"); its window meets the act's, or it is told in the past perfect ("had
    killed") or of that fight noun a few days after it, under a report of that later day."""
    last = ctx.last
    if last is None or SUB_TO_TYPE[last.sub] != EventType.BATTLES or last.window is None or cand.window is None:
        return False
    if getattr(cand.place, "name", None) != getattr(last.place, "name", None):
        return False
    # A side the act was told without (or with its doer unnamed) may be the one the toll names.
    open_slots = sum(a is None or a.name.startswith("Unidentified ") for a in (last.actor1, last.actor2))
    sides = {a for a in (cand.actor1, cand.actor2) if a is not None and a.kind not in UNARMED_KINDS}
    new = sides - {last.actor1, last.actor2}
    if any(a is not None and a.kind in NON_STATE_KINDS for a in (last.actor1, last.actor2)):
        # "JNIM attacked a post. The army said it killed 20 assailants": the unnamed dead are the attackers named.
        new = {a for a in new if not a.name.startswith("Unidentified ")}
    if len(new) > open_slots:
        return False
    lasting = ctx.st.words.lower("lasting_hostility_nouns")
    fight_subject = any(c.dep_ == "nsubj" and c.lower_ in lasting and any(
        d.dep_ in ("det", "poss") for d in c.children) for c in head.children)
    if SUB_TO_TYPE[cand.sub] != EventType.BATTLES and not fight_subject:
        return False
    (s0, e0), (s1, e1) = last.window, cand.window
    if s1 <= e0 and s0 <= e1:
        return True
    # (a toll reported days later: its day is the report's)
    pluperfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in head.children)
    return (pluperfect or fight_subject) and e0 < s1 <= e0 + dt.timedelta(days=INHERIT_MAX_DAYS)


def _defender_of_toll(last: _Candidate, toll: _Candidate) -> object | None:
    """The side a toll told after an attack names when the attack was told with no target side: the one armed
    side of the toll, named, that is not the attacker's (None when there is no such one side)."""
    if last.actor1 is None or last.actor2 is not None:
        return None
    named = [a for a in (toll.actor1, toll.actor2) if a is not None and a.kind not in UNARMED_KINDS
             and a != last.actor1 and not a.name.startswith("Unidentified ")]
    return named[0] if len(named) == 1 else None


def _weapon_of_fight(st: Stages, head, matches) -> bool:
    """Is the trigger a weapon a fight was fought with ("fought with rifles and mortars", "clashed with heavy
    weapons")? The noun, or the first weapon of the list it ends, hangs on "with" under a trigger of armed
    clashes ("clashes with rebels and air strikes" lists a side and another act, not weapons)."""
    small_arms = st.words.lower("small_arms_words")
    weapons = st.words.lower("ground_fire_words") | st.words.lower("weapon_words") | small_arms
    while head.dep_ == "conj":
        head = head.head
        if head.lemma_.lower() not in weapons:
            return False
    if head.dep_ != "pobj" or head.head.lower_ not in st.words.lower("instrument_prepositions"):
        return False
    verb = head.head.head
    # "attacked the post with guns and grenades": an assault fought with small arms first is a fight too.
    fights = {SubType.ARMED_CLASH, "@attack"} if head.lemma_.lower() in small_arms else {SubType.ARMED_CLASH}
    return any(m.head.i == verb.i and any(t.sub in fights for t in m.alternatives) for m in matches)


def _takes_own_country(st: Stages, head, trig: Trigger, places: list[Mention], a1) -> str | None:
    """Is a taking of ground ("seized control of X", "took over X") the taking of a whole country, by nobody
    named or by that country's own state forces? No town or site of the sentence is what was taken. Returns the
    id of the rule that says so, or None."""
    if trig.sub != "@territory":
        return None
    own = [p for p in places if not p.extra.get("in_actor") and not p.extra.get("locator")
           and governed(head, p.token) and p.token.dep_ in ("pobj", "dobj", "nsubjpass")]
    if not own and a1 is not None and a1.value.kind in GENERIC_STATE_KINDS and _nation_taken(st, head):
        return "subtype.coup.the_country"  # "the military seized control of the country": its own country
    if not own or any(_kind(p.value) != "country" for p in own) or st.args.place_anaphor(head):
        return None  # "retook the eastern Ukraine city": a town of the country, not the country
    country = own[0].value.country
    if a1 is None or a1.value.kind in GENERIC_STATE_KINDS and a1.value.country == country:
        return "subtype.coup.own_country_taken"
    return None


def _civil_body_changed(st: Stages, head) -> bool:
    """Is what the trigger dissolves, disbands or suspends an unarmed body of the state ("the junta dissolved
    parliament and the government", "the dissolution of the assembly")? That is a decree, not a change to an
    armed group."""
    bodies = st.words.lower("civil_bodies")
    verb = _verb_of(head)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return any(o.lemma_.lower() in bodies for o in objects)


def _vague_extent(st: Stages, head, places: list[Mention]) -> bool:
    """Is the ground taken only ground with no bounds ("areas have come under militant control", "seized
    swathes of territory"), with no place named in what the trigger governs?"""
    if any(governed(_verb_of(head), p.token) for p in places):
        return False
    vague = st.words.lower("vague_extent_nouns")
    verb = _verb_of(head)
    taken = [c for c in (*verb.children, *head.children) if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    taken += [g for c in taken for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in vague for t in taken)


def _nation_taken(st: Stages, head) -> bool:
    """Is what the trigger takes "the country" or "the nation" ("seized control of the country", "took over the
    nation"), named by a definite noun with nothing qualifying it ("the country's north" is a region)?"""
    nations = st.words.lower("nation_nouns")
    for tok in head.subtree:
        if tok.lemma_.lower() not in nations or tok.pos_ != "NOUN" or tok.tag_ == "NNS":
            continue
        taken = tok.dep_ == "dobj" and tok.head.i == head.i or tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in st.words.lower("control_nouns")
        definite = any(c.dep_ == "det" and c.lower_ in st.words.lower("definite_determiners") for c in tok.children)
        if taken and definite and not any(c.dep_ in ("prep", "compound", "amod") for c in tok.children):
            return True
    return False


def _actors_of(ctx: _ArticleContext, s_index: int, sent: Span, match: TriggerMatch, trig: Trigger,
               actors: list[Mention], times, why: list[str]) -> tuple:
    """(actor1, actor2, associated, anchored): who did it and to whom, from the sentence or the story so far.
    `anchored` tells whether the sentence itself names a side, a date or a concrete object. The ids of the
    rules that chose them are appended to `why`."""
    head = match.head
    if trig.sub == SubType.AGREEMENT:
        # "a truce brokered by Qatar", "talks under the auspices of the AU": a mediator is no party to the deal.
        mediators = [a for a in actors if _mediator(ctx.st, a.token)]
        if mediators:
            actors = [a for a in actors if a not in mediators]
            why.append("actor.mediator_no_party")
    a1, a2, assoc = ctx.args.pick_actors(head, sent, [a for a in actors if not _inside(a, match)])
    if a1 is not None or a2 is not None:
        why.append("actor.syntax")
    if a1 is not None and trig.sub == "@kill" and head.lemma_.lower() in ctx.st.words.lower("finding_verbs"):
        # "Troops found the bodies of two farmers": who found them did not kill them.
        a1 = None
        why.append("actor.finder_not_doer")
    if any(m is not None and m.extra.get("local") for m in (a1, a2)):
        why.append("actor.paragraph_country")
    if any(m is not None and m.extra.get("generic_by") == "by_nearby" for m in (a1, a2)):
        why.append("actor.generic_nearby")
    if any(m is not None and m.extra.get("branch") for m in (a1, a2)):
        why.append("actor.branch_named")
    own = [a for a in actors if _inside(a, match) and a.value.kind not in ("civilian", "protester")]
    if own and trig.sub == SubType.DISRUPTED_WEAPONS_USE and a2 is None and (a1 is None or a1.value != own[0].value):
        # "shot down two Russian drones": the side named on the weapon stopped is whose it was, the other side.
        a2 = own[0]
        own = []
        why.append("actor.weapon_owner")
    if own and (a1 is None or a1.value != own[0].value and a2 is not own[0]
                and head.i in (own[0].token.i, own[0].token.head.i) and not ctx.args.is_agent(head, a1.token)):
        # "Russian raids", "Israeli airstrikes": the actor named inside the trigger phrase did it, before a name
        # that is only near it ("the army retook X as monitors reported a toll from Russian strikes").
        a1 = own[0]
        why.append("actor.in_trigger")
    if a1 is None and not trig.subject_target:
        doer = _unnamed_doer(ctx.st, head, actors)
        if doer is not None:
            # "A pair of gunmen opened fire": doers that name no group the table knows are an unidentified armed
            # group (made the event country's later), not a side carried over; "the rebels", "insurgents" are the
            # article's main armed group of that country, as "militants" are (_resolve_generic), if it has one.
            group = ctx.main_armed if doer.lower_ in ctx.st.words.lower("armed_group_nouns") or any(
                c.dep_ in ("amod", "compound") and _group_word(ctx.st, c) for c in doer.children) else None
            if group is None or group.country not in (None, ctx.country):
                group = ctx.st.actors.resolve_role("unidentified", None)
            a1 = Mention(group, doer.idx, doer.idx + len(doer), doer)
            why.append("actor.unnamed_doer")
    if a1 is None and _type_of(trig.sub) == EventType.STRATEGIC_DEVELOPMENTS and ctx.country:
        ruler = _head_of_government(ctx.st, head)
        government = ctx.st.actors.default_actor("government", ctx.country) if ruler is not None else None
        if government is not None:
            # "President Buhari disbanded the unit": a head of state or government decreeing, arresting or
            # signing is the Government of the country (ACLED).
            a1 = Mention(government, ruler.idx, ruler.idx + len(ruler), ruler)
            why.append("actor.government_by_title")
    speaker = _speaker_as_doer(ctx, head, actors)
    if speaker is not None and (a1 is None or a1.value != speaker.value):
        # "The militia says it shot three soldiers in a firefight": the pronoun is the speaker, the doer; the side
        # the syntax took for the doer is the other side.
        a1, a2 = speaker, (a1 if a2 is None and a1 is not None and a1.value != speaker.value else a2)
        why.append("actor.speaker_is_doer")
    if a1 is None and _pronoun_doers(head, passive=False):
        told = max(ctx.last_actor.values(), key=lambda v: v[1], default=None)
        doer = told[0] if told is not None and s_index - told[1] <= INHERIT_SENTENCES else None
        if doer is None:  # no act told just before: the armed side last named in the sentence before
            prev = head.doc[sent.start - 1].sent if sent.start > 0 else None
            named = [m for m in ctx.actor_mentions if prev is not None and prev.start_char <= m.start < prev.end_char
                     and m.value.kind not in UNARMED_KINDS and not ctx.args.reports(m)]
            doer = named[-1].value if named else None
        if doer is not None:
            # "They also seized X": the pronoun stands for the doer of the act just told, of whatever type.
            a1 = Mention(doer, head.idx, head.idx, head)
            why.append("actor.pronoun_doer")
    anchored = a1 is not None or a2 is not None or any(t.date_start or t.kind == TimeKind.ANAPHORIC for t in times) or (
        head.pos_ == "VERB" and any(c.dep_ in ("dobj", "prt") for c in head.children))
    typ = _type_of(trig.sub)
    if trig.sub == SubType.AGREEMENT:
        # "a deal between rebels and pro-government forces": the parties are what the deal governs.
        parties = list(dict.fromkeys(m.value for m in actors if governed(head, m.token)))
        if len(parties) >= 2:
            a1, a2 = (Mention(v, head.idx, head.idx, head) for v in parties[:2])
            why.append("actor.agreement_parties")
        elif a1 is not None:
            # "The SDF and the government agreed a truce (to confront Turkey)": the party joined to the subject by
            # "and" is the other, before any actor the deal's words name.
            other = _joined_party(a1, actors, coordinated)
            if other is not None:
                a2 = other
                why.append("actor.agreement_parties")
    if trig.sub == SubType.ARMED_CLASH and a1 is not None and a2 is None:
        # "Chinese and Vietnamese troops traded fire", "the army and the rebels clashed": the sides joined by "and"
        # as the clash's doers are its two sides, not allies.
        other = _joined_party(a1, actors, _joined)
        if other is not None:
            a2 = other
            why.append("actor.clash_joined_sides")
    attacked = trig.subject_target and a1 is not None and _subject_of(head, a1.token)
    # "the military said it had repelled an attack by X": the speaker the pronoun stands for is the subject too.
    repelled = a1 is not None and " ".join(trig.phrase) in ctx.st.words.lower("repel_phrases") \
        and (_subject_of(head, a1.token) or a1 is speaker)
    if repelled:
        # "Troops beat back an assault on the camp", "troops pushed back the rebels": who drove the attack back
        # was attacked (actor2); the attacker, if named, is actor1.
        a1, a2 = (a2 if a2 is not None and a2.value != a1.value else None), a1
        attacked = True
        why.append("actor.repeller_attacked")
    elif attacked:
        # "An army patrol came under fire (from rebels)": the subject was attacked (actor2); who fired, if named,
        # is actor1.
        a1, a2 = (a2 if a2 is not None and a2.value != a1.value else None), a1
        why.append("actor.subject_is_target")
    attacker = ctx.st.actors.resolve_role("unidentified", None)
    span = head.doc[min(t.i for t in match.tokens):max(t.i for t in match.tokens) + 1]  # with the words between
    if any(_group_word(ctx.st, t) for t in span) and ctx.main_armed is not None \
            and ctx.main_armed.country in (None, ctx.country):
        attacker = ctx.main_armed  # "came under rebel fire": the rebels are the article's group, as "rebels" are
    if a1 is None and a2 is not None and trig.sub in ("@attack", SubType.ARMED_CLASH) and a2.value.kind == "state" \
            and attacker is not None \
            and (attacked or participle_on(head, a2.token) or any(
                c.i == a2.token.i or governed(c, a2.token) for c in head.children if c.dep_ in ("nsubjpass", "dobj"))
                 or trig.sub == "@attack" and ctx.args.is_patient(head, a2.token)):
        # "soldiers were ambushed", "attacked an army post", "soldiers ambushed at dawn", "an attack on an army
        # convoy", "an attack killed two soldiers" (not "the fighting killed two soldiers": one side of a fight,
        # below): the forces named are the ones attacked; an attacker the text leaves unnamed is an unidentified
        # armed group (the spec's coding rules; the event's country is given it later), not a group the article
        # names elsewhere.
        a1 = Mention(attacker, head.idx, head.idx, head)
        why.append("actor.attacker_by_default")
    if trig.subject_loses and a1 is not None and _subject_of(head, a1.token):
        # "The army lost X to the rebels", "the militia handed X over to the army": the subject gave the place
        # up (actor2); the side it went to, if named, took it (actor1).
        a1, a2 = (a2 if a2 is not None and a2.value != a1.value else None), a1
        why.append("actor.loser_is_subject")
    elif trig.subject_loses and a1 is None and a2 is not None and not _subject_of(head, a2.token):
        a1, a2 = a2, None  # "rebels surrendered the town to the army", the rebels unnamed: the army took it
        why.append("actor.loser_is_subject")
    if a1 is None and a2 is not None and trig.sub in (SubType.ARMED_CLASH, "@attack") and a2.value.kind != "civilian" \
            and not attacked:
        a1, a2 = a2, None  # a clash with one side named: that side, not one carried over from before
        why.append("actor.clash_one_side")
    regain = trig.sub == "@territory" and head.lemma_.lower() in ctx.st.regain
    if a1 is None and regain and ctx.country:
        # "Ramadi has been liberated": taking back is done by the government of the place, whoever was last named.
        state = ctx.st.actors.default_actor("state", ctx.country)
        a1 = Mention(state, head.idx, head.idx, head) if state else None
        if a1 is not None:
            why.append("actor.regain_is_state")
    if a1 is None and typ in ctx.last_actor and s_index - ctx.last_actor[typ][1] <= INHERIT_SENTENCES \
            and not attacked:  # who fired on a side is not the doer of the last battle told
        # The same kind of act told again without its doer: the doer just named ("Russia's air force flew
        # 64 sorties... A total of 63 air strikes destroyed...").
        a1 = Mention(ctx.last_actor[typ][0], head.idx, head.idx, head)
        why.append("actor.same_kind_previous")
    elif a1 is not None and typ:
        ctx.last_actor[typ] = (a1.value, s_index)
    return a1, a2, assoc, anchored


def _group_word(st: Stages, tok) -> bool:
    """Is the word an armed group's noun used as a modifier, in the singular ("a rebel column", "came under rebel
    fire")? The word class lists the plural nouns ("rebels", "militants")."""
    return f"{tok.lower_}s" in st.words.lower("armed_group_nouns")


def _joined_party(a1: Mention, actors: list[Mention], joined) -> Mention | None:
    """The first actor other than `a1` (another actor, at another word) that `joined(a1's word, its word)` says
    is joined to it by "and"; None if there is none."""
    return next((m for m in actors if m.value != a1.value and m.token.i != a1.token.i
                 and joined(a1.token, m.token)), None)


def _joined(a, b) -> bool:
    """Are two actor words joined by "and": coordinated, or a demonym listed before a force noun that another
    demonym leads ("Sudanese" and "troops" in "Sudanese and South Sudanese troops")?"""
    def listed_modifier(x, y) -> bool:
        return x.dep_ in ("amod", "compound", "nmod") and x.head.i == y.i and any(c.dep_ == "conj" for c in x.children)
    return coordinated(a, b) or listed_modifier(a, b) or listed_modifier(b, a)


def _crowd_fired_on_by_state(st: Stages, head, others, a1) -> bool:
    """Are a state's forces firing on a crowd ("gendarmes fired on hundreds of miners", "troops
    opened fire on a crowd")? Lethal force on a crowd is force against protesters."""
    if a1 is None or a1.value.kind not in GENERIC_STATE_KINDS or not _doer_of(head, a1.token):
        return False
    crowd = st.words.lower("crowd_words")
    return any(t.lemma_.lower() in crowd or t.lower_ in crowd
               for o in st.args.victim_objects(head, others) for t in _listed_heads(o))


def _listed_heads(tok) -> list:
    """The noun, the nouns listed with it, and what it counts ("thousands of growers": thousands, growers)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _listed_heads(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _doer_of(head, tok) -> bool:
    """Is `tok` (an actor's word) inside the doer of the verb `head`: its subject, its "by" agent, or the subject
    of the verb it is joined to ("rebels hacked off hands and shot dead three others")? Not "police said" of a
    killing told in the passive."""
    verbs = {head.i}
    if head.dep_ in ("conj", "advcl", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        verbs.add(head.head.i)
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("nsubj", "agent") and node.head.i in verbs:
            return True
        if node.dep_ not in ("compound", "amod", "appos", "conj", "nmod", "poss", "pobj", "prep"):
            return False
        node = node.head
    return False


def _head_of_government(st: Stages, head):
    """The subject of the trigger's verb when it is a head of state or government by title (words/
    head_of_government_titles: "President Muhammadu Buhari", "the prime minister"); else None."""
    titles = st.words.lower("head_of_government_titles")
    verb = _verb_of(head)
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        words = [t.lower_ for t in subj.subtree if t.i <= subj.i and t.dep_ in ("compound", "amod", "nsubj")]
        pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]  # "prime minister"
        if any(w in titles for w in [*words, *pairs]):
            return subj
    return None


def _mediator(st: Stages, tok) -> bool:
    """Is the actor's word the doer of brokering (words/mediator_verbs: "Qatar brokered", "brokered by Qatar",
    "under the auspices of the AU", "Turkey's mediation")?"""
    node = tok
    while node.dep_ in ("compound", "amod", "appos", "conj") and node.head.i != node.i:
        node = node.head
    mediating = st.words.lower("mediator_verbs")
    if node.dep_ == "nsubj" or node.dep_ == "poss":
        return node.head.lemma_.lower() in mediating
    if node.dep_ == "pobj" and node.head.lower_ in ("by", "of"):
        return {node.head.head.lemma_.lower(), node.head.head.lower_} & mediating != set()
    return False


def _subject_of(head, tok) -> bool:
    """Is `tok` (an actor's word) inside the subject of the trigger `head`, or of the verb a noun trigger is the
    object of ("the army's withdrawal" aside)?"""
    verbs = {head.i, (head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj") else head).i}
    if head.dep_ in ("conj", "advcl", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        verbs.add(head.head.i)  # "pulled out of X and handed it to Y", "pulled out, handing control to Y"
    node = tok
    while node.dep_ in ("compound", "amod", "appos", "conj", "nmod", "poss") and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass") and node.head.i in verbs


def _city_of_country(ctx: _ArticleContext, p: Mention) -> Mention:
    """"Djibouti city": a country's name followed by "city" is its capital named like it (place.capital_anaphor)."""
    if _kind(p.value) != "country" or text_of(p.token.doc)[p.end:p.end + 5].lower() != " city":
        return p
    capital = ctx.st.kb.gazetteer.capital_city(p.value.country)
    if capital is None or capital.name.lower() != p.value.name.lower():
        return p
    return replace(p, value=capital, precision=1, extra={**p.extra, "place_rule": "place.capital_anaphor"})


def _site_named_again(ctx: _ArticleContext, head) -> Mention | None:
    """The site an earlier "the <noun>" in the trigger's clause names again: the last site mention before it
    whose name ends in that noun, or is followed by it ("the Ras Doumeira promontory" ... "the promontory")."""
    verb = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass", "pobj") else head
    text = text_of(head.doc)
    for tok in verb.subtree:
        if tok.pos_ != "NOUN" or tok.i == head.i or not any(c.dep_ == "det" and c.lower_ == "the"
                                                            for c in tok.children):
            continue
        noun = tok.lower_
        for m in reversed(ctx.place_mentions):
            if m.end > tok.idx or m.extra.get("in_actor") or _kind(m.value) != "site":
                continue
            after = text[m.end:m.end + len(noun) + 1]
            if m.value.name.lower().split()[-1] == noun or after.lower() == f" {noun}":
                return m
    return None


def _capital_named(ctx: _ArticleContext, head) -> tuple[object | None, bool]:
    """(the capital, named by its country?) when the trigger's clause says "the capital" and names no place: the
    capital of the country a demonym before it names ("the Afghan capital"), else of the article's country."""
    verb = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass", "pobj") else head
    for tok in verb.subtree:
        if tok.lemma_.lower() == "capital" and tok.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):  # "the capital of X" names X
            named = [ctx.st.kb.demonym_countries.get(c.text, frozenset()) for c in tok.children
                     if c.dep_ in ("amod", "compound")]
            named = [next(iter(cc)) for cc in named if len(cc) == 1]
            country = named[0] if named else ctx.country
            return (ctx.st.kb.gazetteer.capital_city(country) if country else None), bool(named)
    return None, False


def _places_of(ctx: _ArticleContext, s_index: int, head, trig: Trigger, places: list[Mention], heads,
               anchored: bool, anchored_by_actor: bool, why: list[str], parties: list[str] = (), doer=None
               ) -> list[Mention] | None:
    """Where the act happened: the sentence's place(s) for it, the country for a nationwide act, else the
    story's place. None when there is no place at all; [] for a toll to be added to the act just told.
    `parties`: the countries of the act's sides, where a truce signed abroad applies; `doer`: its actor1."""
    nationwide = trig.sub in NATIONWIDE_SUBS
    places = [_city_of_country(ctx, p) for p in places]
    usable = [p for p in places if not p.extra.get("in_actor") and not p.extra.get("locator")
              and (nationwide or _kind(p.value) != "country")]
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    if trig.sub == SubType.AGREEMENT:
        # "a ceasefire signed in Caracas that will apply across Colombia": where the truce itself says it applies.
        scope_verbs = ctx.st.words.lower("truce_scope_verbs")
        scopes = [v for v in head.subtree if v.i != head.i and v.pos_ == "VERB" and v.lemma_.lower() in scope_verbs
                  and v.dep_ != "conj"]  # (not "signed a trade deal in X, and a truce took effect in Y")
        scoped = [p for p in usable if any(governed(v, p.token) for v in scopes)]
        if scoped:
            why.append("place.truce_not_venue")
            usable = scoped
    if trig.sub == SubType.AGREEMENT:
        # "a truce between Israel and Hamas took effect in Gaza": the countries it is between are its sides.
        sides = [p for p in usable if _kind(p.value) == "country" and _between_object(ctx.st, p.token)]
        if sides and len(sides) < len(usable):
            why.append("place.truce_parties")
            usable = [p for p in usable if p not in sides]
        # "a swap mediated by the United Arab Emirates": the broker is no place of the deal.
        brokers = [p for p in usable if _kind(p.value) == "country" and _mediator(ctx.st, p.token)]
        if brokers:
            why.append("place.truce_parties")
            usable = [p for p in usable if p not in brokers]
    if trig.sub == SubType.AGREEMENT and parties and verb is not None:
        # "signed in Doha a truce to apply along the Beni front": where it was signed, abroad, is not where it
        # applies (the places the truce itself governs, else the parties' country).
        venues = [p for p in usable if p.value.country not in parties and not governed(head, p.token)
                  and governed(verb, p.token)]
        if venues:
            why.append("place.truce_not_venue")
            usable = [p for p in usable if p not in venues]
    if trig.sub == SubType.DISRUPTED_WEAPONS_USE:
        targets = _weapon_targets(ctx.st, head, usable)
        if targets:
            # "intercepted a rocket fired at Haifa and a drone launched towards Eilat": where each was aimed.
            why.append("place.weapon_target")
            return targets
    place_rule = "place.syntax"
    if not usable:
        usable = [p for p in places if p.extra.get("locator")]
        place_rule = "place.locator"
    chosen = ctx.args.pick_places(head, usable, heads)
    anaphor = ctx.args.definite_place_object(head)
    # "captured the camp at Kidal": a place hung on the trigger itself names where the camp is.
    if anaphor is not None and any(p.token.dep_ == "pobj" and p.token.head.dep_ == "prep"
                                   and p.token.head.head.i == head.i and p.precision == 1 for p in chosen):
        anaphor = None
    if anaphor is not None and not any(p.token.i == anaphor.i for p in usable):  # "the Brigade 93 base" is named
        # "ISIS took the city": the city named before it in the sentence, else the last one named before it in
        # the sentences just told (not the last act's place), else the story's place.
        before = [p for p in usable if p.end <= anaphor.idx and _kind(p.value) in ("city", "site")]
        chosen = [before[-1]] if before else []
        place_rule = "place.anaphor"
        if not chosen:
            last = ctx.last_place_named(anaphor, s_index)
            if last is not None:
                why.append("place.last_mentioned")
                return [Mention(last.value, head.idx, head.idx, head, precision=last.precision)]
    # "the coup", and a phrase with such a word ("seized power"): the act binds the whole country.
    national = head.lemma_.lower() in ctx.st.nationwide or bool(ctx.st.nationwide & set(trig.phrase))
    if nationwide and not chosen:
        # "factions operating in the Idlib countryside announced that they had merged": where the doers are.
        chosen = [p for p in usable if _on_doers(head, p.token) and _kind(p.value) != "country"][:1]
        if chosen:
            why.append("place.doers")
    if nationwide and not national and not chosen and ctx.recent_place is None and ctx.default_place:
        # A deal named without a place is about the place the story is about (an evacuation deal).
        why.append("place.deal_story_place")
        return [Mention(ctx.default_place, head.idx, head.idx, head, precision=1)]
    own_clause = bool(chosen) and _placed_by_own_clause(ctx.st, head, chosen[0])
    if own_clause and national:
        why.append("place.truce_clause")
    # "The Colombian government and the ELN agreed a ceasefire": a text naming no country but the sides' own.
    own_country = ctx.country_place or (ctx.st.kb.gazetteer.country_place(parties[0])
                                        if parties and trig.sub in (SubType.AGREEMENT, SubType.OTHER) else None)
    if nationwide and own_country is not None and (
            not chosen and (national or ctx.recent_place is None)
            or national and chosen and not governed(head, chosen[0].token) and not _local_venue(ctx, head, chosen[0])
            and not own_clause):
        # A truce or a coup named without a place is the country's (spec: capital, geo_precision 3): the
        # parties' country when the story's main country is none of theirs (talks abroad, a coup next door).
        why.append(NATIONWIDE_RULE)
        country = own_country
        if trig.sub in (SubType.AGREEMENT, SubType.OTHER) and parties and ctx.country not in parties:
            country = ctx.st.kb.gazetteer.country_place(parties[0]) or country  # (a force leaving: where it was)
        return [Mention(country, head.idx, head.idx, head, precision=3)]
    if chosen:
        why.append(place_rule)
        if any(p.extra.get("locator") == "region" for p in places):
            why.append("place.region_locator")
        if any(not getattr(p.value, "resolved", True) for p in chosen):
            why.append("place.unresolved_broad" if any(p.extra.get("broad") for p in chosen) else "place.unresolved")
        if any(p.extra.get("named_region") for p in chosen):
            why.append("place.named_region")
        why.extend(sorted({p.extra["place_rule"] for p in chosen if p.extra.get("place_rule")}))
        return chosen
    site = _site_named_again(ctx, head)
    if site is not None:
        # "near the temple", "part of the promontory": the site the article named before ("the Preah Vihear
        # temple", "the Ras Doumeira promontory"), by the noun of its name.
        why.append("place.site_anaphor")
        return [Mention(site.value, head.idx, head.idx, head, precision=site.precision)]
    capital, by_country = _capital_named(ctx, head)
    if capital is not None and by_country:
        # "a car bomb in the Iraqi capital": the capital named by its country is a place named.
        why.append("place.capital_anaphor")
        return [Mention(capital, head.idx, head.idx, head, precision=1)]
    # An act told without a place happened where the story just was (the previous act's place).
    fallback = ctx.recent_place if anchored and s_index - ctx.recent_place_at <= INHERIT_SENTENCES else None
    fallback_rule = "place.recent_act"
    if fallback is None and ctx.args.place_anaphor(head):
        # "it was captured", "took the city": the place the article is about.
        fallback = ctx.recent_place or ((ctx.default_place, 1) if ctx.default_place else None)
        fallback_rule = "place.story_place"
    sent = head.sent
    if fallback is None and ctx.dateline_place is not None and (anchored or ctx.args.place_anaphor(head)) \
            and not any(sent.start_char <= a < sent.end_char for a, _b in ctx.unlocated):  # placed elsewhere
        fallback, fallback_rule = (ctx.dateline_place, 1), "place.dateline"
    if fallback is None and ctx.countries_only and trig.sub != SubType.MOB_VIOLENCE \
            and (anchored or ctx.args.place_anaphor(head)):  # (a lynching is local: no country-wide record)
        # "NAIROBI - ... attacked an army base in southern Somalia": filed from abroad, in a text that names no
        # town, an act told only as in a country is the country's (capital's point, precision 3), not the
        # dateline's town.
        named = [p for p in places if _kind(p.value) == "country" and not p.extra.get("in_actor")
                 and governed(head, p.token)]
        if named:
            fallback, fallback_rule = (named[0].value, 3), "place.country_named"
    if fallback is None and ctx.last is not None and trig.sub not in REPORTED_FROM_SEAT \
            and _kind(ctx.last.place) in ("city", "site") and _doers_named_again(ctx.st, head):
        # (not a decision of the group's leaders, and not where a region is all that was said)
        # "The gang members burned a row of shops": the doers of the act told before, named again, did
        # this where they did that, however many sentences of comment came between.
        fallback, fallback_rule = (ctx.last.place, ctx.last.precision), "place.doers_last_act"
    if fallback is None and _pronoun_doers(head):
        # "Gunmen raided a market in Gao. They looted shops": doers named by a pronoun act where the sentences
        # just before put them, the last town or site named there.
        named = ctx.last_place_named(head, s_index, kinds=("city", "site"))
        if named is not None:
            fallback, fallback_rule = (named.value, 2), "place.pronoun_doers"
    if fallback is None and anchored and ctx.dateline_city is not None and trig.sub in REPORTED_FROM_SEAT \
            and (doer is None or doer.kind not in NON_STATE_KINDS):  # (an armed group has no seat there)
        # "JUBA, 28 March - ... confirmed the house arrest of X": an arrest, a decree or a deal with no place of
        # its own is reported from where it happened, the dateline's city (the capital, as a rule).
        fallback, fallback_rule = (ctx.dateline_city, 1), "place.dateline_strategic"
    if fallback is None and trig.sub in VICTIM_SUBS and _named_before(ctx.st, head):
        # "In X, villagers had no time to finish the trench. ... gunmen machine-gunned these villagers", "the
        # raid on X ... 40 villagers died in that raid": the victims or the act named again ("these",
        # "that") are where the sentences just before put them.
        named = ctx.last_place_named(head, s_index, kinds=("city", "site"))
        if named is not None:
            fallback, fallback_rule = (named.value, named.precision), "place.named_before"
    # A lynching is local; "everyone who is protesting" describes people, it tells no protest of its own.
    described = head.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") for c in head.children)
    crowd = _type_of(trig.sub) in CROWD_TYPES and trig.sub != SubType.MOB_VIOLENCE and not described
    definite = any(c.dep_ == "det" and c.lower_ in ctx.st.words.lower("definite_determiners") for c in head.children)
    if fallback is None and crowd and definite and ctx.crowd_place is not None:
        # "Zelenskiy praised the protests": the crowd the article told before, where it was.
        fallback, fallback_rule = ctx.crowd_place, "place.last_crowd"
    if fallback is None and crowd and ctx.country_place is not None:
        # Spec: a protest movement told for the whole country, with no place, is the country's (capital,
        # geo_precision 3); a crowd act is never dropped for want of a town.
        fallback, fallback_rule = (ctx.country_place, 3), "place.crowd_country"
    if fallback is None:
        return None
    if capital is not None:
        # "Police in the capital detained 50 people": the capital of the country the article is about, not the
        # last place told (a foreign capital quoted in between). Only where some place would be used: a tally
        # "killed in the capital since June" no rule places stays without one.
        fallback, fallback_rule = (capital, 1), "place.capital_anaphor"
    if trig.sub == "@kill" and ctx.last is not None and not anchored_by_actor:
        return []  # "two children were killed": no doer of its own, the toll of the act just told
    why.append(fallback_rule)
    precision = 1 if capital is not None else max(2, fallback[1])  # the capital is named: the town itself
    return [Mention(fallback[0], head.idx, head.idx, head, precision=precision)]


def _between_object(st: Stages, tok) -> bool:
    """Is the token one of the pair after "between" ("between Israel and Hamas")?"""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in st.words.lower("between_words")


def _placed_by_own_clause(st: Stages, head, place: Mention) -> bool:
    """Is the act the subject of a verb of holding that places it ("a ceasefire took effect in Goma", "the truce
    held in Gaza"; words/truce_scope_verbs.txt)? The place is where the truce applies, not the country's."""
    tok = place.token
    return (head.dep_ == "nsubj" and head.head.lemma_.lower() in st.words.lower("truce_scope_verbs")
            and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == head.head.i)


def _local_venue(ctx: _ArticleContext, head, place: Mention) -> bool:
    """Is the place where a truce was made ("rival commanders signed a truce in X": X the object of a preposition
    of the truce or of the verb that made it) a town of the story's own country away from its capital? A truce
    made there is local to it, not the country's."""
    capital = ctx.country_place
    value = place.value
    made = head.head if head.dep_ in ("dobj", "nsubjpass") else head
    tok = place.token
    if not (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i in (head.i, made.i)
            or _on_doers(head, tok)):
        return False
    if capital is None or _kind(value) != "city" or getattr(value, "country", None) != ctx.country:
        return False
    return geo.km(value.lat, value.lon, capital.lat, capital.lon) > LOCAL_VENUE_KM


def _on_doers(head, tok) -> bool:
    """Is the place hung on the act's doers ("rival militias in Galkayo signed a truce", "factions operating in
    the Idlib countryside announced that they had merged"): where they are is where they made it?"""
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("ccomp", "xcomp") and all(d.pos_ == "PRON" for d in doers):
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "announced that they had merged"
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head  # "in the Idlib countryside"
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    holder = tok.head.head
    if holder.dep_ == "acl":
        holder = holder.head  # "factions operating in X"
    return any(holder.i == d.i for d in doers)


def _weapon_targets(st: Stages, head, usable: list[Mention]) -> list[Mention]:
    """The places the weapons an interception stopped were aimed at ("intercepted a missile fired from the
    coast towards Odesa and a drone launched into Kharkiv": Odesa, Kharkiv), each weapon's own, in text order."""
    preps = st.words.lower("target_prepositions")
    # (the parser may read "intercepted a missile ... and drones launched towards X" as a clause of its own)
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "ccomp")]
    objects += [c for o in objects for c in o.conjuncts]
    aimed = {g.i for o in objects for t in o.subtree
             if t.dep_ == "pobj" and t.head.lower_ in preps and t.head.head.i != head.i for g in t.subtree}
    targets = [p for p in usable if p.token.i in aimed]
    return sorted(targets, key=lambda p: p.start)


def _verb_of(head):
    """The verb whose clause tells the act: the trigger itself, or the verb a trigger noun hangs on."""
    return head if head.pos_ in ("VERB", "AUX") else head.head


def _named_before(st: Stages, head) -> bool:
    """Is the act ("that attack") or are its victims ("these civilians", "those villagers") named again by a
    demonstrative: told in the sentences just before?"""
    people = st.words.lower("people_words") | st.words.lower("person_nouns")
    nouns = [o for o in st.args.victim_objects(head, ()) if o.lemma_.lower() in people]
    if head.pos_ == "NOUN":
        nouns.append(head)
    # "this", "that", "these", "those" (not "the": "the villagers" may be new to the story)
    pointing = (st.words.lower("back_reference_determiners") | st.words.lower("definite_determiners")) - {"the"}
    return any(c.dep_ == "det" and c.lower_ in pointing for n in nouns for c in n.children)


def _pronoun_doers(head, passive: bool = True) -> bool:
    """Is the act's subject a personal pronoun ("They looted shops", "he was arrested"; with `passive` False,
    only the subject of an active verb, who did it)?"""
    verb = _verb_of(head)
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    return any(c.dep_ in deps and c.tag_ == "PRP" and c.lower_ != "it" for c in verb.children)


def _speaker_as_doer(ctx: _ArticleContext, head, actors: list[Mention]) -> Mention | None:
    """The actor who says that it, or they, did the act ("the militia says it shot...", "the rebels said
    they had shot down..."): the subject of the reporting verb whose reported clause has a pronoun subject."""
    verb = head
    for _ in range(4):  # "killed two rebels in a clash": the verb the trigger noun's phrase hangs on
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb.dep_ in ("conj", "aux") and verb.head.i != verb.i and verb.head.dep_ != "ROOT" \
            and verb.head.lemma_.lower() not in ctx.args.REPORTING_LEMMAS:
        verb = verb.head  # "said it had struck ... and destroyed ...": the clause's first verb
    pronouns = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "PRP"]
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ctx.args.REPORTING_LEMMAS or not pronouns:
        return None
    # The speaker named before the pronoun it stands for ("They seized X, police said": not the police).
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < pronouns[0].i]
    return next((m for m in actors for s in speakers if m.start <= s.idx < m.end
                 and m.value.kind not in ("civilian", "protester")), None)


def _unnamed_doer(st: Stages, head, actors: list[Mention]):
    """The subject of the trigger (of the verb a trigger noun is the object of, or of the verb a participle or
    conjunct shares it with) when it names doers but no group ("insurgents", "a suicide bomber", "armed men"),
    and no actor was read in it; else None."""
    verb = _verb_of(head)
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("dobj", "attr"):
        verb = head  # "an attack by gunmen"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj"]
    if not subjects and verb.dep_ in ("conj", "xcomp", "advcl") and verb.tag_ in ("VBG", "VBN", "VB", "VBD", "VBZ"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    nouns = st.words.lower("unnamed_doer_nouns")
    armed = st.words.lower("unidentified_attackers")
    # "a pair of gunmen", "a band of rebels": the doers are what the quantity counts.
    subjects += [g for c in subjects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
    for subj in subjects:
        if subj.pos_ not in ("NOUN", "PROPN") or any(m.token.i == subj.i or governed(subj, m.token) for m in actors):
            continue
        phrase = " ".join(t.lower_ for t in subj.subtree if t.dep_ in ("amod", "compound") and t.i < subj.i)
        if subj.lemma_.lower() in nouns or f"{phrase} {subj.lower_}".strip() in armed:
            return subj
        if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in nouns for c in subj.children):
            return subj  # "the same rebel unit", "a militant cell": a body of such doers
    return None


def _doers_named_again(st: Stages, head) -> bool:
    """Is the act's subject a definite back-reference to unnamed armed doers ("the gunmen", "the armed men",
    "the gang members", "these militants"), so the doers of an act told before?"""
    verb = _verb_of(head)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("conj", "xcomp", "advcl"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    determiners = st.words.lower("definite_determiners") | st.words.lower("back_reference_determiners")
    if not any(c.dep_ == "det" and c.lower_ in determiners for c in subj.children):
        return False
    phrase = " ".join(t.lower_ for t in subj.subtree if t.dep_ != "det" and t.i <= subj.i)
    return phrase in st.words.lower("unidentified_attackers") or subj.lower_ in st.words.lower("armed_group_nouns")


def _named_anchor(ctx: _ArticleContext, sent: Span, matches, places: list[Mention], times,
                  earlier: list[_Candidate]) -> tuple[dt.date, dt.date] | None:
    """The window of the act an offset counts from when the sentence names it as a time anchor ("three days
    after the capture of Saraqib"): the last act told before at the anchor's place, of its event type."""
    if not any(t.kind == "anaphoric" and t.offset_days for t in times):
        return None
    for m in matches:
        if not ctx.args.temporal_reference(m.head, times):
            continue
        where = {getattr(p.value, "name", None) for p in places if governed(m.head, p.token)}
        types = {_type_of(t.sub) for t in m.alternatives}
        prior = next((c for c in reversed(earlier) if getattr(c.place, "name", None) in where
                      and SUB_TO_TYPE[c.sub] in types and c.window is not None), None)
        if prior is not None:
            return prior.window
    return None


def _told_as_toll_of(head, matches) -> bool:
    """Is the trigger what a killing trigger's toll was summed over ("40 were killed in the fighting")?"""
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and any(
        m.head.i == head.head.head.i and any(t.sub == "@kill" for t in m.alternatives) for m in matches)


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


def _state_participle(head, trig: Trigger, crowds: frozenset[str] = frozenset()) -> bool:
    """A participle used as an adjective of a place ("occupied Kherson", "the besieged town", "liberated
    areas", "the surrounding hills") or of goods ("looted buildings") describes a state or a position, not an act
    told here."""
    if head.dep_ in ("pcomp", "pobj") and head.tag_ in ("VBN", "VBD") and head.i == head.head.i + 1 \
            and head.head.pos_ == "ADP" and trig.sub == "@territory":
        return True  # "in occupied Horlivka" read as a verb after its preposition: the place's state all the same
    if head.dep_ == "acl" and head.tag_ in ("VBN", "VBD") and head.head.dep_ == "pobj" \
            and trig.sub == SubType.PEACEFUL_PROTEST and head.head.lemma_.lower() in crowds:
        return True  # "shot the men in front of a crowd gathered in the square": who stood there, not a protest
    if head.dep_ != "amod":
        return False
    if head.tag_ == "VBN" and head.i >= 2 and head.nbor(-1).text in "-–" and head.nbor(-1).whitespace_ == "" \
            and head.nbor(-2).lemma_.lower() not in trig.phrase:  # ("gang-raped" is one verb)
        return True  # "the junta-appointed governor", "a state-appointed commission": who made the noun what it is
    # "in fires in looted buildings": the looting told, as the buildings' state.
    return head.tag_ in ("VBN", "VBG") and trig.sub in ("@territory", SubType.ARMED_CLASH) \
        or head.tag_ == "VBN" and trig.sub == SubType.LOOTING_PROPERTY_DESTRUCTION


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
    return any(st.modality.since_clause(c) or c.dep_ == "prep" and c.lower_ in st.modality.presupposing
               for c in verb.children)  # (the parse may read it a phrase)


def _summary(st: Stages, sent: Span, times, head, places: Sequence[Mention] = ()) -> bool:
    """A tally or a habit over a span of time: "has killed more than 2,600 since 2017", "have repeatedly
    targeted", "more than 3,000 rockets have been fired since Monday", "has killed hundreds this year", "2,600
    were killed in the north-west last year"."""
    if _trend(st, head):
        return True
    if head.lemma_.lower() in st.args.KILL_LEMMAS | st.words.lower("death_lemmas") and any(
            t.date_start is not None and t.date_end is not None and (t.date_end - t.date_start).days > TALLY_DAYS
            and (_perfect(head) or (t.date_end - t.date_start).days > SEASON_DAYS) for t in times):
        # A toll over a window longer than a month: in the present perfect ("has killed hundreds in the region
        # this year") it is summed up to now; in the past, over a year at no town ("were killed in the
        # north-west last year") it is a statistic (spec), not an act.
        if _perfect(head) or not any(m.precision < 3 for m in places) \
                and (st.args.fatalities(sent.text) or 0) >= REGION_TALLY_TOLL:
            return True
    # "since then": from an act told before, up to now.
    spans_time = any(t.kind in (TimeKind.SINCE, TimeKind.DURATION) for t in times) \
        or bool(st.since_told.search(sent.text)) or _since_clause(st, _verb_of(head))
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
    if head.tag_ in ("VBZ", "VBP") and any(c.dep_ == "npadvmod" and any(g.lower_ in habitual for g in c.children)
                                           for c in head.children):
        return True  # "militants attack the road every week": a habit told in the present
    # "police routinely disperse them with tear gas": a habit told in the present on the verb whose clause tells
    # the act (a noun trigger's too), whatever it is done to.
    verb = head.head.head if head.dep_ == "pobj" else _verb_of(head)
    if verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ in habitual for c in verb.children):
        return True
    # "The ADF has killed thousands of civilians": a group's war-long toll in the present perfect, no act.
    # "The war has killed tens of thousands": the same of a lasting hostility (a war, an insurgency, clashes).
    lasting = st.words.lower("lasting_hostility_nouns")
    tally = _perfect(head) and any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in lasting)
                                   for c in head.children)
    if spans_time and _perfect(head) and head.lemma_.lower() in st.args.KILL_LEMMAS | st.words.lower("death_lemmas"):
        return True  # "60 civilians have been killed in Papua since 2018": a toll since a date, not an act
    # "Since it seized power, the junta has been accused of killing more than 4,000": a state's span as well.
    spans_time = spans_time or any(t.dep_ == "mark" and t.lower_ in st.modality.presupposing for t in sent)
    if not spans_time and not tally:
        return False
    # The clause's verb: the trigger, or the verb a trigger noun is the subject or object of ("U.S. drones have
    # carried out 300 strikes since 2004": both nouns are the tally's, not an act).
    counted = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head  # "hundreds of strikes"
    clause = counted.head if head.pos_ == "NOUN" and counted.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    if _perfect(clause) and any(t.kind in (TimeKind.SINCE, TimeKind.DURATION) and t.date_start is not None
                                and t.date_end is not None and (t.date_end - t.date_start).days > TALLY_DAYS
                                for t in times):
        # "raids have killed dozens of herders since May", "have fought heavy battles for several months":
        # many fights summed up
        return True

    # The people or things counted: "arrested 230 suspected rebels", "1,200 people have been arrested".
    counted = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    big = max([st.args.fatalities(sent.text) or 0, st.args.count_of(head) or 0,
               *(st.args.parse_number(c.lemma_) or 0 for c in counted),
               *(st.args.parse_number(g.text.replace(",", "")) or 0 for c in counted for g in c.children
                 if g.dep_ == "nummod")])
    return big >= STATISTIC_TOLL


RANKING_TAGS = frozenset({"JJS", "RBS", "JJR", "RBR"})  # superlatives and comparatives ("deadliest", "worse")


def _ranked(tok) -> bool:
    """Is the word a superlative or comparative, or a noun one modifies ("the deadliest attack", "most lethal")?"""
    return tok.tag_ in RANKING_TAGS or any(c.dep_ in ("amod", "advmod") and _ranked(c) for c in tok.children)


def _reprisal_cause(st: Stages, head, times) -> bool:
    """drop.reprisal_cause: acts in the plural named as what an act answers ("in retaliation for Israeli strikes on
    southern Lebanon", "a response to Russian attacks on its energy grid", "in revenge for US air strikes"), with no
    time of their own, are the act's stated cause, many acts told as known: none is told here. One dated act so
    named ("in retaliation for a rocket attack on Metula on Sunday") is told, and stays."""
    if head.pos_ != "NOUN" or head.tag_ not in ("NNS", "NNPS") or head.dep_ != "pobj" or head.head.dep_ != "prep":
        return False
    if head.head.head.lemma_.lower() not in st.words.lower("reprisal_words"):
        return False
    lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    start = head.sent.start_char
    return not any(lo <= start + t.start and start + t.end <= hi for t in times)


def _grievance(st: Stages, head) -> bool:
    """drop.protest_grievance: an act noun a crowd protests against or over ("in protest against the coup",
    "protests over the killing of a student", "marched against the crackdown") is the crowd's cause, named as
    known, not an act told here."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in st.words.lower("grievance_prepositions"):
        return False
    protest = head.head.head
    return protest.lemma_.lower() in st.words.lower("protester_lemmas") | st.words.lower("protest_context")


def _comparison(st: Stages, head) -> bool:
    """drop.comparison: an act noun that names or ranks an act already told, or is the yardstick of that ranking,
    is not an act of its own: "called the raid a slaughter" (a name), "it was the deadliest attack since
    2015", "among the bloodiest raids of the conflict" (what the act told was), "the deadliest since the 2015
    bombing", "worse than the siege of X" (what it is measured by). An act told with a superlative as its own
    subject ("the worst fighting in years erupted in X") is kept."""
    if head.pos_ != "NOUN":
        return False
    naming = st.words.lower("naming_verbs")
    as_name = head.dep_ == "pobj" and head.head.lower_ == "as"
    namer = head.head.head if as_name else head.head
    if (as_name or head.dep_ == "oprd") and namer.lemma_.lower() in naming \
            and not any(c.tag_ in ("WP", "WDT") for c in namer.children):
        # "described the shelling as a war crime", "called it a massacre": a name for an act told. (Not "in what
        # the AU called a coup": the name tells what the sentence's act was.)
        return True
    if head.dep_ == "pobj" and head.head.lower_ in st.words.lower("comparison_prepositions") \
            and _ranked(head.head.head):
        return True  # the yardstick
    if not any(c.dep_ == "amod" and _ranked(c) for c in head.children):
        return False
    node = head
    heads = st.words.lower("comparison_heads")
    if node.dep_ == "pobj" and node.head.lower_ in heads:
        return node.head.head.lemma_ == "be"  # "was among the deadliest attacks"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in heads:
        node = node.head.head  # "one of the deadliest assaults"
    # A predicate: "it was ...", "made it ...", "..., the deadliest ...", "this makes it one of ..." (a small clause),
    # "marking it as one of the worst ...".
    return node.dep_ in ("attr", "oprd", "appos") or node.dep_ == "pobj" and node.head.lower_ == "as" \
        or node.dep_ == "ccomp" and node.pos_ != "VERB" and any(c.dep_ == "nsubj" for c in node.children)


def _trend(st: Stages, head) -> bool:
    """Acts told as a trend, a habit or the start of a state (drop.summary): "escalated its shelling", "ramped up
    looting" (words/escalation_verbs.txt), "near-daily attacks" (frequency_adjectives), "weeks of protests"
    (span_units, uncounted), "killed since the protests began" (onset_verbs under a state preposition)."""
    if any(c.dep_ == "amod" and (c.lower_ in st.words.lower("frequency_adjectives")) for c in head.children):
        return True
    span = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if span is not None and span.lower_ in st.words.lower("span_units") and not any(
            c.dep_ == "nummod" for c in span.children):
        return True  # "after weeks of protests", "months of fighting": many acts over an uncounted span
    node = head
    while node.dep_ in ("conj", "amod", "compound") and node.head.i != node.i:
        node = node.head  # "stepped up its shelling and air operations" (the parse: "shelling operations")
    verb = node.head
    if node.dep_ in ("dobj", "xcomp") and verb.pos_ == "VERB":
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        if {verb.lemma_.lower(), f"{verb.lemma_.lower()} {particle}"} & st.words.lower("escalation_verbs"):
            return True
    if node.dep_ == "nsubj" and _since_onset(st, verb):
        return True  # "since the protests began"
    if node.dep_ == "nsubj" and _perfect(verb) and _goes_on(st, verb):
        return True  # "protests have continued": a state of affairs
    # "90 have died since the strikes started": a toll summed since a state began.
    return _perfect(head) and any(c.dep_ == "advcl" and _since_onset(st, c) for c in head.children)


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
    rebellion against X")? A war is the sum of many acts at many places, or a state of affairs: no one act."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    wars = st.words.lower("war_nouns")
    return any(o.lemma_.lower() in wars for o in _objects(head, st.words.lower("war_prepositions")))


def _objects(verb, prepositions: frozenset[str], *more) -> list:
    """What a fight is against: `verb`'s direct objects, and the objects of its prepositions in `prepositions`
    (also those hung on the words in `more`, as the parse hangs "clashes with X" on the noun)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [g for w in (verb, *more) for c in w.children if c.dep_ == "prep" and c.lower_ in prepositions
                      for g in c.children if g.dep_ == "pobj"]


def _done_by_crowd(st: Stages, head) -> bool:
    """Is the act's subject people of a place or a crowd ("residents of a hamlet", "an angry crowd", "villagers"),
    no armed group?"""
    verb = _verb_of(head)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("conj", "xcomp", "advcl"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in st.words.lower("crowd_doer_nouns")


def _fought_a_crowd(st: Stages, head) -> bool:
    """Is the other side of a clash a crowd ("clashed with stone-throwing students", "fought youths", "clashes
    between police and students")? Its "with", "against" or "between" object, or its direct object, is a crowd
    noun (word class crowd_side_nouns)."""
    crowd = st.words.lower("crowd_side_nouns")
    verb = head if head.pos_ == "VERB" else _verb_of(head)
    sides = [c for c in verb.children if c.dep_ == "dobj"]
    preps = st.words.lower("clash_side_prepositions")
    sides += [g for c in (*verb.children, *head.children) if c.dep_ == "prep" and c.lower_ in preps
              for g in c.children if g.dep_ == "pobj"]
    armed = st.words.lower("armed_group_nouns") | st.words.lower("unidentified_attackers")
    return any((t.lemma_.lower() in crowd or t.lower_ in crowd)
               and not any(w.lemma_.lower() in armed or w.lower_ in armed for w in t.subtree)  # "armed youths"
               for s in sides for t in (s, *s.conjuncts))


def _done_to_a_person(st: Stages, head) -> bool:
    """Is the act done to a person ("set ablaze a man", "set fire to a woman")? Its object is a person noun."""
    verb = _verb_of(head)
    persons = st.words.lower("person_nouns")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                if g.dep_ == "pobj"]  # "set fire to a man"
    return any(c.lemma_.lower() in persons for c in objects)


def _done_by_part(st: Stages, head) -> bool:
    """Is the act's subject a part of a crowd ("some who stayed threw stones", "a group of youths torched")?"""
    verb = _verb_of(head)
    parts = st.words.lower("partitive_words")
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in parts for c in verb.children)


def _code_sides(built: _Candidate, ctx: _ArticleContext, actors: list[Mention], words: set[str]) -> _Candidate:
    """ACLED's conventions for who is actor1 and actor2 of some sub-types: a new candidate, with the rules
    that recoded it; the one built from the sentence is not changed. Each convention that applies makes a new
    record (`_recode`) from the one before it."""
    cand = built
    table = ctx.st.actors
    if cand.actor2 is not None and cand.actor2 == cand.actor1:
        cand = _recode(cand, "sides.same_actor_twice", actor2=None)  # one side named twice is not both sides
    if cand.actor1 is not None and cand.actor1.kind == "protester" and cand.sub in (
            SubType.VIOLENT_DEMONSTRATION, SubType.MOB_VIOLENCE):
        # A violent crowd is rioters (ACLED).
        cand = _recode(cand, "sides.demonstrators_fighting_riot",
                       actor1=table.default_actor("rioter", cand.actor1.country or "") or table.canonical("Rioters"))
    if cand.actor1 is not None and cand.actor1.kind in ("protester", "rioter") and SUB_TO_TYPE[cand.sub] in (
            EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.STRATEGIC_DEVELOPMENTS):
        # Demonstrators who attack, burn or fight are rioters (ACLED's Riots).
        cand = _recode(cand, "sides.demonstrators_fighting_riot", sub=SubType.VIOLENT_DEMONSTRATION,
                       actor1=table.default_actor("rioter", cand.actor1.country or "") or cand.actor1)
    if cand.sub == SubType.ARMED_CLASH and (cand.actor2 is None or cand.actor2.kind == "civilian") \
            and (cand.actor1 is None or cand.actor1.kind not in ("protester", "rioter")) \
            and _fought_a_crowd(ctx.st, ctx.doc[cand.head_i]):
        # "Riot police clashed with stone-throwing students": the other side is a crowd, whatever the table
        # calls it, so the crowd is the protesters who fought.
        cand = replace(cand, actor2=_protesters(table, cand.place))
    if cand.sub in (SubType.ARMED_CLASH, SubType.VIOLENT_DEMONSTRATION) and cand.actor2 is not None \
            and cand.actor2.kind in ("protester", "rioter") \
            and (cand.actor1 is None or cand.actor1.kind not in ("protester", "rioter")):
        # "Police clashed with protesters": demonstrators who fight are rioters, the force is the other side.
        rioters = table.default_actor("rioter", cand.actor2.country or getattr(cand.place, "country", "") or "") \
            or cand.actor2
        cand = _recode(cand, "sides.clash_with_crowd_riot", sub=SubType.VIOLENT_DEMONSTRATION, actor1=rioters,
                       actor2=cand.actor1)
    if cand.sub == SubType.VIOLENT_DEMONSTRATION and (cand.actor1 is None or cand.actor1.kind in ("state", "civilian")):
        # A riot's actor1 is the crowd (ACLED): "they threw stones at police" names the police as the other side;
        # "residents torched the office" are rioters, not civilians.
        country = getattr(cand.place, "country", None) or ctx.country or ""
        # "Farmers set fire to tyres", "residents blocked the road with bonfires": civilians read in the doers'
        # words are the crowd itself, no other side.
        crowd = ctx.st.words.lower("crowd_doer_nouns") | ctx.st.words.lower("unrest_doer_nouns")
        actor2 = None if cand.actor2 is not None and cand.actor2.kind == "civilian" and any(
            t.lemma_.lower() in crowd for t in act_doers(ctx.doc[cand.head_i])) else cand.actor2
        cand = _recode(cand, "sides.rioters_first",
                       actor1=table.default_actor("rioter", country) or table.canonical("Rioters"),
                       actor2=cand.actor1 if cand.actor1 is not None and cand.actor1.kind == "state"
                       and actor2 is None else actor2)
    if cand.sub == SubType.ATTACK and (cand.actor1 is None or cand.actor1.kind == "civilian") \
            and _done_by_crowd(ctx.st, ctx.doc[cand.head_i]):
        # "Residents beat two suspected thieves and burned them alive": people of a place, no armed group, setting
        # upon others are a mob (ACLED's mob violence), whatever the verb.
        cand = _recode(cand, "sides.civilians_as_mob", sub=SubType.MOB_VIOLENCE)
    if cand.sub == SubType.VIOLENT_DEMONSTRATION and _done_to_a_person(ctx.st, ctx.doc[cand.head_i]):
        # "A crowd set ablaze a man suspected of theft": a crowd's violence against a person, not a demonstration.
        cand = _recode(cand, "sides.mob_on_person", sub=SubType.MOB_VIOLENCE, actor1=None)
    known = cand.actor1 is not None and table.canonical(cand.actor1.name) is not None
    if SUB_TO_TYPE[cand.sub] == EventType.RIOTS and cand.actor1 is not None and (not known or cand.actor1.kind not in (
            "state", "rebel", "external", "rioter", "protester", "civilian")):
        # "Settlers rampaged through the village", "party youths stoned the rally": the crowd is rioters (ACLED's
        # Riots) of the group's country (settlers are Israel's wherever they riot), else of the place's; the group
        # it is drawn from, if the table knows it, is their associated actor (a name it does not know may be a
        # person's).
        rioters = table.default_actor("rioter", cand.actor1.country or getattr(cand.place, "country", None)
                                      or ctx.country or "")
        if rioters is not None:
            cand = _recode(cand, "sides.rioters_with_group", actor1=rioters,
                           assoc=[cand.actor1, *cand.assoc] if known else cand.assoc,
                           actor2=cand.actor2 or (table.canonical("Civilians") if cand.sub == SubType.MOB_VIOLENCE
                                                  else None))
    if cand.sub == SubType.MOB_VIOLENCE and (cand.actor1 is None or cand.actor1.kind == "civilian" or (
            cand.actor1.kind == "rioter" and cand.actor2 is None and cand.trigger.sub != SubType.ARMED_CLASH)):
        # (a mob named by the table, "a mob set fire to the homes of five people": whom it set upon are civilians
        # too, unless it fought another side: "rival mobs clashed")
        # "villagers lynched two men": a mob is rioters (ACLED), the people it set upon civilians.
        country = getattr(cand.place, "country", None) or ctx.country or ""
        rioters = table.default_actor("rioter", country) or table.canonical("Rioters")
        # Crowds of people that clashed with each other ("villagers clashed over land") are rioters on both sides.
        cand = _recode(cand, "sides.mob_rioters", actor1=rioters,
                       actor2=rioters if "crowd_people" in cand.trigger.needs
                       else cand.actor2 or table.canonical("Civilians"))
    if cand.sub == SubType.VIOLENT_DEMONSTRATION and _done_by_part(ctx.st, ctx.doc[cand.head_i]):
        # "some of them threw stones": a part of the crowd rioted; the protest it came from is an event apart.
        cand = _recode(cand, "sides.crowd_part")
    if cand.sub in (SubType.PEACEFUL_PROTEST, SubType.PROTEST_WITH_INTERVENTION):
        # The protesters are actor1, the force that intervenes actor2.
        force = cand.actor1 if cand.actor1 is not None and cand.actor1.kind != "protester" else cand.actor2
        cand = _recode(cand, "sides.protesters_first", actor1=_protesters(ctx.st.actors, cand.place),
                       actor2=force if cand.sub != SubType.PEACEFUL_PROTEST else None)
    if cand.sub == SubType.AGREEMENT and cand.actor2 is not None and cand.actor2.kind == "state" \
            and (cand.actor1 is None or cand.actor1.kind != "state"):
        # The government is listed first.
        cand = _recode(cand, "sides.government_first", actor1=cand.actor2, actor2=cand.actor1)
    if cand.sub == SubType.AIR_DRONE_STRIKE and cand.actor1 is None \
            and EventType.EXPLOSIONS_REMOTE_VIOLENCE in ctx.last_actor:
        # Strikes with no flag named in a story that has named who strikes: that striker, not a default.
        cand = _recode(cand, "actor.striker_of_article",
                       actor1=ctx.last_actor[EventType.EXPLOSIONS_REMOTE_VIOLENCE][0])
    if cand.sub in (SubType.AGREEMENT, SubType.AIR_DRONE_STRIKE) and cand.actor1 is None and ctx.country \
            and not _someone_named_did_it(ctx.st, ctx.doc[cand.head_i]) \
            and (cand.actor2 is None or cand.actor2 != table.default_actor("state", ctx.country)):
        # (a strike that hit the country's own forces is not theirs: "a drone strike killed five soldiers")
        # A truce binds the government; warplanes with no flag named are the air force of the war's country, or
        # of the state the actor table names as striking there (default=air: Israel's in Lebanon).
        striker = table.default_actor(AIR_ROLE, ctx.country) if cand.sub == SubType.AIR_DRONE_STRIKE else None
        cand = _recode(cand, "sides.default_state", actor1=striker or table.default_actor("state", ctx.country))
    if cand.sub == SubType.DISRUPTED_WEAPONS_USE and cand.actor1 is None \
            and not _someone_named_did_it(ctx.st, ctx.doc[cand.head_i]):
        # "Air defences shot down 11 drones over Odesa": who stops weapons over a country is its forces.
        country = getattr(cand.place, "country", None) or ctx.country
        defender = table.default_actor("state", country) if country else None
        if defender is not None:
            cand = _recode(cand, "sides.default_state", actor1=defender)
    if cand.sub in (SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubType.GOVERNMENT_REGAINS_TERRITORY) \
            and cand.actor2 is None:
        # Who reports the capture ("army officers told reporters") did not lose the place.
        loser = _loser(cand, [m for m in actors if not ctx.args.reports(m)])
        if loser is not None:
            cand = _recode(cand, "sides.loser", actor2=loser)
    if cand.actor2 is None and cand.sub == SubType.LOOTING_PROPERTY_DESTRUCTION \
            and (cand.actor1 is None or cand.actor1.kind not in ("civilian", "protester", "rioter")) \
            and _people_s_property(ctx.st, ctx.doc[cand.head_i]):
        # "Soldiers looted shops", "militiamen burned dozens of homes": what was looted or burned was people's
        # own, so the civilians are the other side (ACLED).
        cand = _recode(cand, "sides.civilian_property", actor2=table.canonical("Civilians"))
    if cand.actor2 is None and SUB_TO_TYPE[cand.sub] == EventType.VIOLENCE_AGAINST_CIVILIANS \
            and cand.sub != SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS:
        # Violence against civilians with no victims named: the victims are civilians (ACLED's Civilians).
        cand = _recode(cand, "sides.victims_civilians", actor2=table.canonical("Civilians"))
    if cand.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and cand.actor2 is not None \
            and cand.actor2.kind == "state" and (cand.actor1 is None or cand.actor1.kind != "state"):
        # "protesters were killed when soldiers opened fire": the force is actor1, the protesters actor2.
        cand = _recode(cand, "sides.force_first", actor1=cand.actor2, actor2=None)
    if cand.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and cand.actor1 is not None \
            and cand.actor1.kind == "protester":
        # "uniformed men opening fire on demonstrators": the crowd fired on is the target, never the doer.
        cand = _recode(cand, "sides.force_first", actor1=None,
                       actor2=cand.actor2 if cand.actor2 is not None and cand.actor2.kind == "protester"
                       else cand.actor1)
    if cand.actor2 is None and cand.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS:
        cand = _recode(cand, "sides.victims_civilians", actor2=_protesters(ctx.st.actors, cand.place))
    if cand.actor2 is None and (SUB_TO_TYPE[cand.sub] == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                                or cand.sub in IMPLIED_VICTIM_SUBS):
        # Filled after the article's tellings are merged (_fill_implied_victims), so a guessed side never keeps
        # two tellings of one act apart.
        # Who tells of the act ("police said") is no side of it: neither its name nor its words make it a fight;
        # nor do the doer's own words ("militants hurled a grenade ..., wounding three customers").
        head = ctx.doc[cand.head_i]
        sources = [m for m in actors if ctx.args.reports(m)]
        doers = [m for m in actors if m.value == cand.actor1] + sources
        told = {t.lemma_.lower() for t in head.sent if not any(m.start <= t.idx < m.end for m in doers)}
        said = {t.lemma_.lower() for t in head.sent} - told
        others = [m for m in actors if m not in sources]
        victims = _implied_victims(ctx.st, cand, head, others, words - said)
        if victims == "protester":
            cand = replace(cand, implied_actor2=_protesters(table, cand.place))
        elif victims == "civilian":
            cand = replace(cand, implied_actor2=table.canonical("Civilians"))
        elif SUB_TO_TYPE[cand.sub] == EventType.EXPLOSIONS_REMOTE_VIOLENCE:
            forces = _forces_hit(ctx, cand, head, others, words - said)
            if forces is not None:
                cand = replace(cand, implied_actor2=forces, implied_rule="sides.forces_hit")
    return _by_place(cand, table)


def _people_s_property(st: Stages, head) -> bool:
    """Is what the act was done to people's own property (words/civilian_property.txt: "looted shops", "set fire
    to dozens of homes", "burned a bakery")? Read in the trigger verb's objects, never its subject."""
    verb = _verb_of(head)
    toks = [t for c in verb.children if c.dep_ in ("dobj", "prep", "nsubjpass", "dative") for t in c.subtree]
    toks += [t for t in head.subtree if t.i != head.i] if head.i != verb.i else []
    pairs = {f"{a.lemma_.lower()} {b.lemma_.lower()}" for a, b in zip(toks, toks[1:], strict=False)}
    words = {t.lemma_.lower() for t in toks} | pairs  # "health centre", "petrol station"
    return bool(words & st.words.lower("civilian_property"))


def _recode(cand: _Candidate, rule: str, **changes) -> _Candidate:
    """A new candidate with `changes` and `rule` added to the rules that made it."""
    return replace(cand, **changes, rules=(*cand.rules, rule))


def _fill_implied_victims(events: list[Event], implied: dict[tuple[str, str], tuple[object, str]]) -> list[Event]:
    """The victims a sentence implied (see _implied_victims) for each merged act that names none: those of
    the first of its tellings (evidence sentence and event type) that implied any, with the rule that implied
    them."""
    out = []
    for ev in events:
        found = next((implied[k] for k in ((s, ev.event_type) for s in ev.evidence) if k in implied), None)
        if ev.actor2 is None and found is not None:
            victims, rule = found
            # A new record: the merged one stays as the merge made it.
            ev = replace(ev, actor2=victims.name, rules=None if ev.rules is None else [*ev.rules, check(rule)])
        out.append(ev)
    return out


# Bombs whose layer the text never names: ACLED's Unidentified Armed Group, as for violence against civilians (an
# air strike or shelling is some army's or group's, which the text or a default names).
UNCLAIMED_SUBS = {SubType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubType.GRENADE, SubType.SUICIDE_BOMB}


def _default_attackers(events: list[Event], ctx: _ArticleContext) -> list[Event]:
    """Violence against civilians whose doer the text never names ("four traders were shot dead"), and a bomb
    nobody claimed ("a roadside bomb killed three soldiers"), are ACLED's Unidentified Armed Group of the event's
    country. Filled after the article's retellings are merged, so the
    guess never keeps an unnamed telling apart from a named one."""
    table = ctx.st.actors
    # The state forces the article names using force on crowds, by country: the force of a crackdown told with
    # none named ("uniformed men opened fire on the demonstrators") before the police by default.
    crackdowns: dict[str | None, Counter[str]] = {}
    for ev in events:
        doer = table.canonical(ev.actor1) if ev.actor1 else None
        if ev.sub_event_type == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and doer is not None \
                and doer.kind == "state" and doer.country == ev.country:
            crackdowns.setdefault(ev.country, Counter())[doer.name] += 1
    out = []
    for ev in events:
        unknown = None
        if ev.actor1 is None and ev.country and (ev.event_type == EventType.VIOLENCE_AGAINST_CIVILIANS
                                                 or ev.sub_event_type in UNCLAIMED_SUBS):
            unknown = table.default_actor("unidentified", ev.country)
        if unknown is not None:
            # A new record: the merged one stays as the merge made it.
            ev = replace(ev, actor1=unknown.name, rules=None if ev.rules is None else [
                *ev.rules, check("sides.unnamed_attacker")])
        crowd = table.canonical(ev.actor1) if ev.actor1 else None
        if ev.sub_event_type == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and crowd is not None \
                and crowd.kind in ("protester", "rioter") and ev.actor2 in (None, ev.actor1):
            # A protest merged with the force used on it (a march, then "the crackdown left four dead"): the
            # crowd is the target, never the doer.
            ev = replace(ev, actor1=None, actor2=ev.actor1)
        arrester = table.default_actor("police", ev.country) if ev.country and ev.actor1 is None \
            and ev.sub_event_type == SubType.ARRESTS else None
        if arrester is not None and ev.actor2 != arrester.name:
            # "211 people had been detained overnight": an arrest whose doer the text never names is the police's
            # of the country (ACLED), the force that makes arrests.
            ev = replace(ev, actor1=arrester.name, rules=None if ev.rules is None else [
                *ev.rules, check("sides.arrester_by_default")])
        police = table.default_actor("police", ev.country) if ev.country and ev.actor1 is None \
            and ev.sub_event_type == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS else None
        if police is not None:
            # Deaths told of "the crackdown" with no force named: the force the article's other crackdowns there
            # name, else the country's police (ACLED), the force that polices crowds.
            named = crackdowns.get(ev.country)
            force = named.most_common(1)[0][0] if named else police.name
            ev = replace(ev, actor1=force, rules=None if ev.rules is None else [
                *ev.rules, check("sides.force_by_default")])
        out.append(ev)
    return out


def _someone_named_did_it(st: Stages, head) -> bool:
    """Does the trigger's subject name a doer the actor table does not know ("Separatists bombarded X", "Local
    gunmen struck")? Then no default may stand in for it; aircraft ("jets bombed") name no one."""
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return any(c.lemma_.lower() not in st.args.AIR_WORDS and c.lower_ not in st.args.AIR_WORDS
               and c.lemma_.lower() not in st.words.lower("state_force_nouns") for c in subjects)


# One-sided acts whose victims, when the sentence names them only as people, are civilians (ACLED's Civilians).
IMPLIED_VICTIM_SUBS = {SubType.MOB_VIOLENCE, SubType.ARRESTS, SubType.ABDUCTION_FORCED_DISAPPEARANCE}


def _implied_victims(st: Stages, cand: _Candidate, head, actors: list[Mention], words: set[str]) -> str:
    """Who an explosion, a mob or an arrest hit when no actor is named as its target: 'protester' or
    'civilian' when the people it acted on are named so ("killing 25 people", "detained 11 workers", "lynched
    a trader"), '' when the sentence names armed victims or another armed side (a strike on fighters)."""
    victims = st.args.victims(head)
    if victims in ("armed", "protester"):
        return victims if victims == "protester" else ""
    # (a country that only owns the place, "in Russia's Belgorod region", is no side)
    others = [m for m in actors if m.value not in (cand.actor1, *cand.assoc)
              and m.value.kind not in ("civilian", "protester") and not in_clause_of_its_own(m.token, head)
              and not st.args.owns_place(m.token)]
    if others:
        return ""
    # What the act itself was done to decides first: the sentence's other words may name the doer's own kind
    # ("police detained 11 workers": "police" is an armed word, but not the victims).
    if victims == "civilian" or "civilian" in _toll_victims(st, head) or cand.sub in IMPLIED_VICTIM_SUBS and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in st.args.PEOPLE_WORDS for c in head.children):
        return "civilian"
    if words & st.args.ARMED_VICTIMS:
        return ""
    not_strategic = SUB_TO_TYPE[cand.sub] != EventType.STRATEGIC_DEVELOPMENTS
    return "civilian" if not_strategic and _sentence_victims(st, words) else ""


def _toll_victims(st: Stages, head) -> set[str]:
    """Who the act's toll, told as a participle, names ("..., wounding three customers", "..., killing two
    soldiers"): the kinds `Arguments.victims` gives them."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return {st.args.victims(c) for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"} - {""}


def _forces_hit(ctx: _ArticleContext, cand: _Candidate, head, others: list[Mention], words: set[str]):
    """The forces a strike or bomb of a non-state or unnamed doer hit when no side is named as its target but
    what it hit is armed ("shells on a frontier outpost, killing a soldier", "a bomb under a passing patrol"): the
    event country's police when police words name them, else its military; None when the sentence names
    another armed side (whose post it may be) or a non-state fighter among what was hit. One state force named,
    but not as the target, is it."""
    st = ctx.st
    if cand.actor1 is not None and cand.actor1.kind == "state":
        return None  # a state's strike hits its enemy, whom sides.target_by_default reads from the story
    told = {st.args.victims(head), *_toll_victims(st, head)}
    if "armed" not in told or told & {"civilian", "protester"}:
        return None
    armed = {m.value for m in others if m.value not in (cand.actor1, *cand.assoc)
             and m.value.kind not in ("civilian", "protester")}
    if len(armed) == 1 and next(iter(armed)).kind == "state":
        return next(iter(armed))  # "a bomb tore through a police van": the one force named is what it hit
    if armed:
        return None
    hit = {t.lemma_.lower() for o in st.args.victim_objects(head) for t in o.subtree}
    if hit & st.words.lower("armed_group_nouns"):
        return None  # "mortars on rebel positions": not the state's
    country = getattr(cand.place, "country", None) or ctx.country
    if not country:
        return None
    police = (hit | words) & st.words.lower("police_nouns")
    return st.actors.default_actor("police" if police else "state", country)


def _clash_sides(events: list[Event], ctx: _ArticleContext) -> list[Event]:
    """A clash told with neither side named ("clashes also continued near X and Y") is between the sides the
    article's other battles name most often (with the losers given by default), in the order most told, among
    those fought in the same country. Filled after the article's tellings are merged, so a guessed pair never
    keeps two tellings apart."""
    table = ctx.st.actors
    pairs: Counter[tuple[str, str, str | None]] = Counter()
    for ev in events:
        if ev.event_type != EventType.BATTLES or ev.actor1 is None or ev.actor2 is None:
            continue
        kinds = [getattr(table.canonical(a), "kind", None) for a in (ev.actor1, ev.actor2)]
        if all(k in ("state", "rebel", "militia", "external") for k in kinds):
            pairs[(ev.actor1, ev.actor2, ev.country)] += 1
    out = []
    for ev in events:
        if ev.sub_event_type == SubType.ARMED_CLASH and ev.actor1 is None and ev.actor2 is None:
            here = [(n, p) for p, n in pairs.items() if p[2] == ev.country]
            if here:
                _n, (a1, a2, _c) = max(here, key=lambda x: x[0])
                ev = replace(ev, actor1=a1, actor2=a2, rules=None if ev.rules is None else [
                    *ev.rules, check("sides.clash_of_article")])
        out.append(ev)
    return out


def _foes(events: list[Event], table: ActorTable) -> dict[str, Counter[str]]:
    """actor -> how often each other side is told against it in the article's events (victims left out)."""
    against: dict[str, Counter[str]] = {}
    for ev in events:
        if ev.actor1 is None or ev.actor2 is None:
            continue
        kinds = [getattr(table.canonical(a), "kind", None) for a in (ev.actor1, ev.actor2)]
        if any(k in ("civilian", "protester") for k in kinds):
            continue  # victims are nobody's side in the war
        against.setdefault(ev.actor1, Counter())[ev.actor2] += 1
        against.setdefault(ev.actor2, Counter())[ev.actor1] += 1
    return against


def _default_losers(events: list[Event], ctx: _ArticleContext) -> list[Event]:
    """A place taken with nobody named as losing it: a government takes it back from the article's main armed
    group; an armed group or a foreign state takes it from the forces of the place's country. Filled after the
    article's retellings are merged, so a guessed side never keeps two tellings of one capture apart."""
    table = ctx.st.actors
    ground = _foes([ev for ev in events if ev.event_type == EventType.BATTLES], table)
    out = []
    for ev in events:
        if ev.actor2 is not None or ev.actor1 is None or ev.sub_event_type not in (
                SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubType.GOVERNMENT_REGAINS_TERRITORY,
                SubType.ARMED_CLASH, SubType.AGREEMENT):
            out.append(ev)
            continue
        rule = "sides.loser_by_default"
        state_side = ev.sub_event_type == SubType.GOVERNMENT_REGAINS_TERRITORY
        if ev.sub_event_type in (SubType.ARMED_CLASH, SubType.AGREEMENT):
            # A clash or a truce told with one side: the other is the war's other side, the place's state forces
            # against an armed group, the article's main armed group against those forces.
            actor1 = table.canonical(ev.actor1)
            state_side = actor1 is not None and actor1.kind == "state" and actor1.country == ev.country
            if actor1 is None or actor1.kind not in ("state", "rebel", "militia") \
                    or actor1.kind == "state" and not state_side:  # a foreign force's enemy is not told by the place
                out.append(ev)
                continue
            rule = "sides.other_side_by_default"
        if state_side:
            loser = ctx.main_armed
            if loser is not None and loser.country not in (None, ev.country):
                loser = None  # the article's main group fights in another country
        else:
            loser = table.default_actor("state", ev.country) if ev.country else None
            # A place taken from nobody named is taken from the side the taker fights on the ground in the
            # article's other battles: the place's state forces or an armed group, never another state's (the
            # Kurdish militia, not Syria's army, lost a town to Turkey's forces in a story of their war).
            foes = [(n, a) for a, n in ground.get(ev.actor1, Counter()).items()
                    if (foe := table.canonical(a)) is not None and (foe.kind != "state" or foe.country == ev.country)]
            foe = table.canonical(max(foes)[1]) if foes else None
            if ev.sub_event_type == SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY and foe is not None \
                    and foe.kind != "state":
                loser, rule = foe, "sides.loser_of_article"
        if loser is not None and loser.name != ev.actor1:
            # A new record: the merged one stays as the merge made it.
            ev = replace(ev, actor2=loser.name, rules=None if ev.rules is None else [*ev.rules, check(rule)])
        out.append(ev)
    return out


# Strikes whose target, when the text names none, is the side their doer fights (sides.target_by_default). Not
# shelling: in the gold sets half of the shellings with no target named have none (towns shelled), against a third
# of the air strikes.
TARGETED_SUBS = {SubType.AIR_DRONE_STRIKE, SubType.DISRUPTED_WEAPONS_USE}


def _default_targets(events: list[Event], ctx: _ArticleContext) -> list[Event]:
    """An air strike with its doer named and no target (nor victims), or weapons stopped with no one named as
    having fired them, is on (are of) the side the doer fights
    in the article: the side told most often against it in the article's other events, else, for a state's
    forces, the article's main armed group. Filled after the article's tellings are merged and the other defaults
    given, so a guessed side never keeps two tellings apart."""
    table = ctx.st.actors
    against = _foes(events, table)
    out = []
    launched = ctx.st.words.lower("launched_weapons")
    for ev in events:
        if ev.sub_event_type == SubType.DISRUPTED_WEAPONS_USE and not any(
                w.rstrip("s") in launched for told in ev.evidence for w in re.findall(r"[a-z]+", told.lower())):
            out.append(ev)  # bombs defused or arms seized belong to no side the story names
            continue
        if ev.actor1 is not None and ev.actor2 is None and ev.sub_event_type in TARGETED_SUBS:
            foes = against.get(ev.actor1)
            target = foes.most_common(1)[0][0] if foes else None
            doer = table.canonical(ev.actor1)
            if target is None and ev.sub_event_type == SubType.DISRUPTED_WEAPONS_USE:
                # Weapons stopped are those of who strikes in the story ("Russian drones struck Odesa").
                strikers = Counter(e.actor1 for e in events if e.event_type == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                                   and e.actor1 is not None and e.actor1 != ev.actor1)
                target = strikers.most_common(1)[0][0] if strikers else None
            if target is None and doer is not None and doer.kind == "state" and ctx.main_armed is not None:
                target = ctx.main_armed.name
            if target is not None and target != ev.actor1 and target not in ev.assoc_actors:
                ev = replace(ev, actor2=target, rules=None if ev.rules is None else [
                    *ev.rules, check("sides.target_by_default")])
        out.append(ev)
    return out


def _coup_sides(events: list[Event], ctx: _ArticleContext) -> list[Event]:
    """A coup (the lexicon's Other: seizing power, overthrowing, a putsch) is done to the government of its
    country (ACLED: Military Forces of X against Government of X): an overthrown junta, read as the military,
    is the government then, and the military the doer when the text names none. No doer is guessed otherwise
    ("Seleka rebels seized power": a doer the table does not know). Not a foreign state's act (an occupier
    appointing a mayor)."""
    table = ctx.st.actors
    out = []
    for ev in events:
        if ev.sub_event_type == SubType.OTHER and ev.country:
            military = table.default_actor("state", ev.country)
            government = table.default_actor("government", ev.country)
            doer = table.canonical(ev.actor1) if ev.actor1 else None
            foreign = doer is not None and doer.kind == "state" and doer.country not in (None, ev.country)
            military_name = military.name if military else None
            if government is not None and not foreign and ev.actor2 in (None, military_name) \
                    and ev.actor1 != government.name:
                actor1 = ev.actor1 or (military_name if ev.actor2 is not None else None)
                ev = replace(ev, actor1=actor1, actor2=government.name, rules=None if ev.rules is None else [
                    *ev.rules, check("sides.coup_government")])
        out.append(ev)
    return out


def _by_place(cand: _Candidate, table) -> _Candidate:
    """Crowds, police and unnamed attackers are those of the country where the event happened (ACLED's
    Protesters (X), Rioters (X), Police Forces of X, Unidentified Armed Group (X)): a new candidate when a side
    changes."""
    country = getattr(cand.place, "country", None)
    if not country:
        return cand
    for side in ("actor1", "actor2"):
        actor = getattr(cand, side)
        role = table.role_of(actor) if actor is not None else None
        if role not in ("police", "protester", "rioter", "unidentified") or actor.country == country:
            continue
        if side == "actor1" and role == "rioter" and any(getattr(a, "country", None) == actor.country
                                                         for a in cand.assoc):
            continue  # a crowd drawn from a group of its own country (sides.rioters_with_group) keeps it
        local = table.default_actor(role, country)
        if local is not None and local != actor:
            cand = _recode(cand, "sides.crowd_police_by_place", **{side: local})
    return cand


# Generic nouns ("the jihadists", "militants") mean the group the article is about; these mean an unknown one.
PSEUDO_TYPES = {"@strike": EventType.EXPLOSIONS_REMOTE_VIOLENCE, "@territory": EventType.BATTLES,
                "@attack": EventType.BATTLES, "@detain": EventType.STRATEGIC_DEVELOPMENTS}


def _type_of(sub: str) -> str | None:
    return SUB_TO_TYPE.get(sub) or PSEUDO_TYPES.get(sub)


def _name_tokens(mentions: list[Mention]) -> set[int]:
    """Token indices inside place names: the 93 of "Brigade 93 base" counts nothing."""
    if not mentions:
        return set()
    doc = mentions[0].token.doc
    out: set[int] = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode=ALIGN)
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _inside(m: Mention, match: TriggerMatch) -> bool:
    """Does the mention overlap the trigger's words ("Russian strikes" with the trigger "strikes")?"""
    return any(m.start < t.idx + len(t.text) and t.idx < m.end for t in match.tokens)


def _kind(place) -> str:
    return getattr(place, "kind", "city")


def _kind_precision(place) -> int:
    return 3 if _kind(place) in ("admin1", "country") else 1


_YEAR = re.compile(r"(?<![\d,.])\b(1[5-9]\d\d|20\d\d)\b(?![\d,])")


def _that_year(st: Stages, doc, sent: Span, best) -> int | None:
    """The year "of that year" after a date with no year of its own refers to: the last year the text named
    before it (rule date.that_year)."""
    text = sent.text
    if not st.that_year.match(text, best.end) or _YEAR.search(text, best.start, best.end):
        return None
    years = _YEAR.findall(text_of(doc), 0, sent.start_char + best.start)
    return int(years[-1]) if years else None


def _in_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a common year
        return day.replace(year=year, day=28)


def _window(ctx: _ArticleContext, sent: Span, head, times, recent, trig: Trigger, stats: Stats, why: list[str]):
    """The act's date window (see _find_window), or None when it is not a plausible one (dates.plausible_window):
    one article must not date an event in the year 100 or 9999."""
    try:
        window = _find_window(ctx, sent, head, times, recent, trig, stats, why)
    except OverflowError:  # an anaphoric shift past the calendar's end
        return None
    if window is not None and not plausible_window(window[0], window[1], ctx.article.published):
        return None
    return window


def _find_window(ctx: _ArticleContext, sent: Span, head, times, recent, trig: Trigger, stats: Stats,
                 why: list[str]):
    """The act's date window: the nearest time expression, else the recent context, else current news."""
    published = ctx.article.published
    pos = head.idx - sent.start_char
    between = _offset_between_acts(sent, head, times, recent)
    if between is not None:
        why.append("date.offset_between_acts")
        return between
    relayed = _offset_from_report(ctx.st, sent, head, times)
    if relayed is not None and (published is None or relayed[1] <= published):
        why.append("date.anaphoric_offset")
        return relayed
    usable = [t for t in times if t.date_start is not None and not _in_other_clause(sent, head, t)]
    text = sent.text
    filed = [t for t in usable if ctx.st.after_dateline_date.match(text, t.end)]
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
    anchored = [t for t in usable if _dates_another_act(ctx.st, sent, head, t)]
    if anchored:
        # "targeted the base in response to the April 1 air strike", "shelled X after Monday's bombing": that date
        # is the other act's; this one happened after it (or before, "before the March 3 vote"), not on it.
        usable = [t for t in usable if t not in anchored]
        why.append("date.anchor_act_own")
    if len(usable) > 1:
        # "fought for several hours" is how long: the act's own day ("on Saturday") is the other expression.
        # A capture's "after three days of fighting" is how long the fighting before it lasted, not its own day:
        # the day is the other expression, and the fighting's window is added to it (date.fighting_window).
        # "a six-month ceasefire signed on Wednesday": a duration inside the act's own noun phrase is how long
        # it runs, not when it was made.
        lo_np, at = head.left_edge.idx - sent.start_char, head.idx - sent.start_char
        own = [t for t in usable if not (t.kind == TimeKind.DURATION and (
            (t.date_end - t.date_start).days < 2 or trig.sub == "@territory"
            or head.pos_ == "NOUN" and lo_np <= t.start < at))]
        usable = own or usable
    if usable:
        # A date inside the trigger's own clause ("had fought their way into the town on Aug. 18") beats a
        # nearer one of the clause around it.
        # An act noun that is its verb's subject is dated in that verb's clause ("said on Friday that an air strike
        # hit X on Wednesday": Wednesday, not the nearer Friday of the report).
        scope = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass") \
            and head.head.pos_ in ("VERB", "AUX") else head
        lo = scope.left_edge.idx - sent.start_char
        hi = scope.right_edge.idx + len(scope.right_edge.text) - sent.start_char
        inner = [(d.left_edge.idx - sent.start_char, d.right_edge.idx + len(d.right_edge.text) - sent.start_char)
                 for d in scope.subtree if d.i != scope.i and d.dep_ in ("relcl", "acl", "advcl", "ccomp")]
        own_clause = [t for t in usable if lo <= t.start and t.end <= hi
                      and not any(a <= t.start and t.end <= b for a, b in inner)] or usable
        best = min(own_clause, key=lambda t: (abs((t.start + t.end) // 2 - pos)))
        start, end = best.date_start, best.date_end
        why.append("date.expression")
        year = _that_year(ctx.st, head.doc, sent, best)
        if year is not None and year != start.year and start.year == end.year:
            # "in late March of that year": the year the text named last, not the publication's.
            start, end = _in_year(start, year), _in_year(end, year)
            why.append("date.that_year")
        for other in usable:
            # "on Saturday and Sunday", "Nov. 28 and 29": one window over both days.
            if other is not best and other.kind != TimeKind.DURATION and ctx.st.date_pair_glue.match(
                    sent.text[min(best.end, other.end):max(best.start, other.start)]):
                start, end = min(start, other.date_start), max(end, other.date_end)
                why.append("date.pair")
        fought = [t for t in times if t.kind == TimeKind.DURATION and t is not best and t.date_start is not None]
        if trig.sub == "@territory" and best.kind != TimeKind.DURATION and fought:
            # "took the town after five days of fighting": the capture carries the fighting's window.
            start = min(start, end - (fought[0].date_end - fought[0].date_start))
            why.append("date.fighting_window")
        return (start, end)
    anaphoric = [t for t in times if t.kind == TimeKind.ANAPHORIC and t.offset_days is not None]
    if anaphoric and recent is not None:
        shift = dt.timedelta(days=anaphoric[0].offset_days)
        # A reported act cannot come after the report: a shift past publication read the offset from the wrong
        # anchor ("entered the city two days after launching the offensive" counts from the launch, not from
        # the last act told), so the act keeps the date it would have without it.
        if published is None or recent[0] + shift <= published:
            why.append("date.anaphoric_offset")
            return (recent[0] + shift, recent[1] + shift)
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
    if recent is not None and not _perfect(head):
        why.append("date.inherited")
        return recent
    why.append("date.current_news")
    return ctx.current


def _after_a_length(st: Stages, text: str, t) -> bool:
    """Does a sequence preposition ("after", "following") stand right before the duration `t` ("after three days
    of fighting")?"""
    before = text[:t.start].split()
    return bool(before) and before[-1].lower() in st.words.lower("act_anchor_prepositions")


def _dates_another_act(st: Stages, sent: Span, head, t) -> bool:
    """Is the time expression `t` a modifier of another noun ("the April 1 air strike", "Monday's bombing") inside
    a phrase of sequence or reprisal on the act ("after ...", "in response to ...", "in retaliation for ...")? Then
    it dates that other act, not the act of `head`."""
    tok = next((w for w in sent if w.idx - sent.start_char >= t.start), None)
    if tok is None or tok.i == head.i:
        return False
    end = sent.start_char + t.end
    while tok.head.i != tok.i and tok.head.idx < end and tok.head.i != head.i:
        tok = tok.head  # out of the expression's own words ("April 1")
    if tok.dep_ not in ("compound", "nmod", "poss", "amod", "npadvmod") or tok.head.pos_ not in ("NOUN", "PROPN") \
            or tok.head.i == head.i:
        return False
    node = tok.head
    span_long = tok.dep_ == "poss" and (t.date_end - t.date_start).days >= 6
    if not span_long and not any(sp.start <= node.i < sp.end for sp in head.doc.spans.get(TRIGGERS, ())):
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


def _overlap(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None,
             published: dt.date | None = None) -> bool:
    """Could two windows be one act's? They overlap, or one is unknown, or one runs up to publication (current
    news, "for weeks", "since": a guess that the act's own date may belong elsewhere)."""
    if a is None or b is None or published is not None and published in (a[1], b[1]):
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def _in_other_clause(sent: Span, head, t) -> bool:
    """Is the time expression inside a relative clause of a word outside the act's own phrase ("The ADF, which
    pledged allegiance to IS in 2019, carried out the attack")? Its date is the background the clause tells, not
    the act's (date.expression). (A participle's clause is not read so: the parse often hangs the act's own date
    there, "a crowd holding a vigil on Sunday".)"""
    s0 = sent.start_char
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


OFFSET_GAP = 12  # characters between "three days after" and its act ("... after they took")


def _offset_between_acts(sent: Span, head, times, recent=None) -> tuple[dt.date, dt.date] | None:
    """"Rebels seized Butembo on Sunday, three days after taking Beni": the act under "N days after/before" is
    dated from the act that governs it (Beni: three days before Sunday), not given that act's date. A governing
    act with no date in the sentence has the recent one ("Gunmen killed eight in X on Monday. The attack came a
    week after gunmen had killed ten in Y": Y's a week before Monday)."""
    if head.dep_ not in ("pcomp", "advcl"):
        return None
    pos = head.idx - sent.start_char
    lo = head.left_edge.idx - sent.start_char  # "two days after bandits had abducted": inside the clause, parsed so
    anchor = [t for t in times if t.kind == TimeKind.ANAPHORIC and t.offset_days
              and (0 <= pos - t.end <= OFFSET_GAP or lo <= t.start and t.end <= pos)]
    gpos = head.head.head.idx - sent.start_char if head.dep_ == "pcomp" else head.head.idx - sent.start_char
    dated = [t for t in times if t.date_start is not None and t.kind != TimeKind.DURATION and t.end <= pos - 1]
    if not anchor or not dated and recent is None:
        return None
    shift = dt.timedelta(days=-anchor[-1].offset_days)  # "N days after" X: X came N days before
    if not dated:
        return (recent[0] + shift, recent[1] + shift)
    best = min(dated, key=lambda t: abs((t.start + t.end) // 2 - gpos))
    return (best.date_start + shift, best.date_end + shift)


def _perfect(head) -> bool:
    """"has surrounded", "have captured": undated present perfect is current news."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in head.children)


def _act_words(st: Stages, match: TriggerMatch, sent: Span, words: set[str]) -> set[str]:
    """The sentence's words less those that only describe something else than the act ("attacked the base
    where drones were stored", "attacked a post near a missile depot"): the weapon of an attack is read here.
    The trigger's own words are no weapon of it: "machine-gunned", "gunned down" are killings, not shelling."""
    own = {w for t in match.tokens for w in (t.lemma_.lower(), t.lower_)}
    preps = st.lexicon.without_preps
    if preps is None:
        return words - own
    inside = {t.i for t in match.tokens}
    described: set[str] = set()
    told: set[str] = set()
    around = _scenery(sent, inside)
    if match.head.lemma_.lower() in st.args.KILL_LEMMAS:
        # What a killing is done to is people: "killed 1,700 air force cadets" names no air strike.
        around = around | {t.i for c in match.head.children if c.dep_ in ("dobj", "nsubjpass")
                           for t in c.subtree if t.i != c.i}
    for t in sent:
        (told if t.i not in around and tells_the_act(t, match, inside, preps) else described).update(
            (t.lemma_.lower(), t.lower_))
    return words - (described - told) - own


def _own_clause(tok) -> tuple:
    """The verb of a trigger's clause, its own subject (None when it has none: a participle, a passive) and its
    own object or passive subject (None when it shares one or has none)."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "after an hour of fighting": the clause the act noun is told in
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return verb, subj, obj


def _two_acts_of_violence(doc: Doc, kill: _Candidate, other: _Candidate, fight_nouns: frozenset[str]) -> bool:
    """Are a killing of civilians and another act of its sentence two acts, each told in its own clause?
    "Bandits killed nine villagers before vigilantes repelled them": the killing has its own doer, the fight
    its own; "killed six people and abducted 30 others": each verb has its own victims. A killing told in a
    fight's words ("were killed in crossfire", "killed in a shootout"), or of the people just taken ("rounded
    up 40 men and shot them dead"), stays the other act's toll."""
    if kill.sub != SubType.ATTACK:
        return False
    k_verb, k_subj, k_obj = _own_clause(doc[kill.head_i])
    o_verb, o_subj, o_obj = _own_clause(doc[other.head_i])
    if k_verb.i == o_verb.i:
        return False
    if other.trigger.sub == SubType.ARMED_CLASH:  # a fight's own word ("repelled", "fought"), not "the attack"
        # The killing done by someone to its victims ("X killed nine villagers"), not told by the fight itself
        # ("the clashes killed 12 people") nor in the passive ("with 12 people killed").
        doer = k_subj is not None and k_obj is not None and k_obj.dep_ == "dobj" \
            and k_subj.lemma_.lower() not in fight_nouns
        return kill.actor1 is not None and doer and o_subj is not None and k_subj.i != o_subj.i
    if other.sub == SubType.ABDUCTION_FORCED_DISAPPEARANCE:
        return k_obj is not None and o_obj is not None and "PRON" not in (k_obj.pos_, o_obj.pos_)
    return False


def _may_carry_a_killing(sub: str) -> bool:
    """Whether an act of this sub-type can be the weapon or the frame of a killing at its place: any violence,
    an arrest or an abduction (people taken, then killed), a destruction (people burnt in it); not an
    appointment, a deal or a change of a group ("the state-appointed commission said soldiers shot 45 people")."""
    return SUB_TO_TYPE[sub] != EventType.STRATEGIC_DEVELOPMENTS \
        or sub in (SubType.ARRESTS, SubType.LOOTING_PROPERTY_DESTRUCTION)


def _scenery(sent: Span, inside: set[int]) -> set[int]:
    """Tokens of relative clauses that describe a noun other than the act and tell no act of their own ("killed
    five villagers in X, where drones have been patrolling", "in Y, where helicopters are based"): what they name
    is the place's scenery, no weapon of the act. A relative clause whose verb is itself a trigger ("in X, where
    jets had bombed a market") tells an act and stays."""
    triggered = {i for sp in sent.doc.spans.get(TRIGGERS, ()) for i in range(sp.start, sp.end)}
    return {t.i for r in sent if r.dep_ == "relcl" and r.head.i not in inside and r.i not in triggered
            and r.head.pos_ in ("NOUN", "PROPN") for t in r.subtree}


def _resolve_sub(st: Stages, trig: Trigger, head, words: set[str], a1, a2, actors, place,
                 why: list[str], act_words: set[str] | None = None, others=()) -> str | None:
    """The sub-type of a trigger's act; the id of the rule that decided it is appended to `why`."""
    sub, rule = _sub_and_rule(st, trig, head, words, a1, a2, actors, place,
                              words if act_words is None else act_words, others)
    if sub is not None:
        why.append(rule)
    return sub


def _sub_and_rule(st: Stages, trig: Trigger, head, words: set[str], a1, a2, actors, place,
                  act_words: set[str], others=()) -> tuple[str | None, str]:
    """The sub-type and the rule that decided it. `act_words` are the words about the act itself: an attack's or
    a killing's weapon is read there, not in a clause that describes its target."""
    sub = trig.sub
    if sub == "@strike":
        # "strikes", "raids", "bombardment" are air strikes unless the sentence names guns, rockets or bombs.
        if _weapon_sub(st, words) == SubType.SUICIDE_BOMB:
            return SubType.SUICIDE_BOMB, "subtype.strike.suicide"
        if words & st.args.EXPLOSIVE_WORDS and not words & st.args.AIR_WORDS:
            return SubType.REMOTE_EXPLOSIVE_LANDMINE_IED, "subtype.strike.explosive"
        if not words & st.args.AIR_WORDS and _non_state_doer(st, head, a1):
            # "Separatists bombarded Bamenda": an armed group with no aircraft word fires from the ground.
            return SubType.SHELLING_ARTILLERY_MISSILE_ATTACK, "subtype.strike.non_state"
        if words & st.args.AIR_WORDS or not words & (st.args.GROUND_FIRE_WORDS | st.args.SMALL_ARMS):
            return SubType.AIR_DRONE_STRIKE, "subtype.strike.air"
        return SubType.SHELLING_ARTILLERY_MISSILE_ATTACK, "subtype.strike.ground"
    if sub == "@attack":
        # "jets attacked the village": an attack told with its weapon is that kind of strike.
        weapon = _weapon_sub(st, act_words)
        if weapon:
            return weapon, "subtype.weapon"
        victim = st.args.victims(head, others) or _sentence_victims(st, words)
        if victim == "protester":
            # "soldiers opened fire on a march": force against the crowd, not a battle nor an attack on civilians.
            return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.protesters"
        if victim in ("civilian", "") and _crowd_fired_on_by_state(st, head, others, a1):
            return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.crowd_by_state"
        if victim == "civilian":
            return SubType.ATTACK, "subtype.victims.civilian"
        armed = [m for m in actors if m.value.kind not in ("civilian", "protester", "rioter")]
        # Who reports the act is no armed side at a place of civilians: "police said gunmen attacked the village".
        fighting = [m for m in armed if not st.args.reports(m)]
        sites = st.words.lower("civilian_sites")
        if not victim and not any(a1 is None or m.value != a1.value for m in fighting) \
                and not words & st.words.lower("resistance_words") \
                and any(n.lemma_.lower() in sites for o in st.args.victim_objects(head, others)
                        for n in (o, *(c for c in o.children if c.dep_ == "appos"))):
            # "Gunmen attacked a school", "stormed a church", "attacked Kuru, a village near Jos": a place of
            # civilians with nobody armed to fight.
            return SubType.ATTACK, "subtype.victims.civilian_site"
        return (SubType.ARMED_CLASH if armed or victim == "armed" else None), "subtype.victims.armed"
    if sub == "@kill":
        # "14 people were killed when missiles hit a school": the killing is told with its weapon.
        weapon = _weapon_sub(st, act_words)
        if weapon:
            return weapon, "subtype.weapon"
        victim = st.args.victims(head, others)
        if victim == "protester":
            return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.protesters"
        if victim == "civilian":
            # People killed "in one of the bloodiest days of protests" were protesters.
            if words & st.args.PROTEST_CONTEXT:
                return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.protesters"
            if _crowd_fired_on_by_state(st, head, others, a1):
                return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.crowd_by_state"
            return SubType.ATTACK, "subtype.victims.civilian"
        if _done_by_crowd(st, head) and (a1 is None or a1.value.kind in UNARMED_KINDS):
            # "residents stoned and burned to death two suspected gang members": people of a place killing, no
            # armed group, are a mob (ACLED's mob violence), whoever they killed.
            return SubType.MOB_VIOLENCE, "subtype.killed_by_crowd"
        if victim == "armed":
            return SubType.ARMED_CLASH, "subtype.victims.armed"
        if _crowd_fired_on_by_state(st, head, others, a1):
            return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.crowd_by_state"
        if a1 is not None and st.actors.role_of(a1.value) == "unidentified" and not words & st.args.ARMED_VICTIMS:
            # "Gunmen killed four travellers": unnamed attackers killing people nobody calls armed is an attack
            # on civilians (ACLED), whatever noun the victims go by.
            return SubType.ATTACK, "subtype.victims.unarmed_by_unidentified"
        if a1 is not None and a1.value.kind not in UNARMED_KINDS and _doer_of(head, a1.token) \
                and not _armed_named_among(st, st.args.victim_objects(head, others), actors, a1):
            # "Rebels shot dead a schoolteacher", "police shot them dead": an armed side killing people nobody
            # calls armed, and no armed group named among them, is an attack on civilians (ACLED).
            return SubType.ATTACK, "subtype.victims.unarmed_by_armed"
        if a1 is not None and a1.value.kind not in UNARMED_KINDS and _armed_actor_among(
                [t for o in st.args.victim_objects(head, others) for t in o.subtree], actors, a1):
            # "Troops killed nine members of the Ansaru faction": an armed side killing another side's members.
            return SubType.ARMED_CLASH, "subtype.victims.armed_named"
        return None, "drop.no_subtype"
    if sub == "@detain":
        # "Troops captured a rebel commander": a state's forces holding a person is an arrest (ACLED); anyone
        # else taking one is an abduction.
        if a1 is not None and a1.value.kind in GENERIC_STATE_KINDS:
            return SubType.ARRESTS, "subtype.detain.state"
        return SubType.ABDUCTION_FORCED_DISAPPEARANCE, "subtype.detain.non_state"
    if sub == "@territory":
        if head.dep_ in ("xcomp", "acl") and head.head.lemma_.lower() in st.attempt:
            # "Troops tried to retake the port": a place fought for, not taken (ACLED: an armed clash).
            return SubType.ARMED_CLASH, "subtype.territory.attempt"
        actor1 = a1.value if a1 else None
        actor2 = a2.value if a2 else None
        pcountry = getattr(place, "country", None)
        if actor1 is None and head.lemma_.lower() in st.regain:
            # "the recapture of Palmyra", "Ramadi has been liberated": taking back is the government's.
            return SubType.GOVERNMENT_REGAINS_TERRITORY, "subtype.territory.regain"
        if actor1 is not None:
            if actor1.kind in GENERIC_STATE_KINDS and actor1.country and actor1.country == pcountry:
                return SubType.GOVERNMENT_REGAINS_TERRITORY, "subtype.territory.state_home"
            return SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "subtype.territory.overtake"
        if actor2 is not None and actor2.kind in GENERIC_STATE_KINDS and actor2.country == pcountry:
            return SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "subtype.territory.overtake"
        if head.lemma_.lower() in st.regain:
            return SubType.GOVERNMENT_REGAINS_TERRITORY, "subtype.territory.regain"
        return SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "subtype.territory.overtake"
    if sub == SubType.SHELLING_ARTILLERY_MISSILE_ATTACK and _fired_from_air(st, head):
        return SubType.AIR_DRONE_STRIKE, "subtype.fired_from_air"
    return sub, "subtype.trigger"


def _armed_named_among(st: Stages, objects, actors: list[Mention], a1: Mention) -> bool:
    """Is an armed side other than the doer named among the victims ("killed 12 al-Shabaab", "killed five
    bandits", "two armed robbers", "security guards"), or are there no victims to read ("killed 25")?"""
    tokens = [t for o in objects for t in o.subtree]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in tokens):
        return True
    w = st.words
    armed = w.lower("armed_men") | w.lower("armed_group_nouns") | st.args.ARMED_VICTIMS | st.args.ARMED_WORDS \
        | w.lower("criminal_nouns")
    if any(t.lemma_.lower() in armed or t.lower_ in armed or t.dep_ in ("amod", "compound")
           and t.lower_ in w.lower("force_modifiers") for t in tokens):
        return True
    return _armed_actor_among(tokens, actors, a1)


def _armed_actor_among(tokens, actors: list[Mention], a1: Mention) -> bool:
    """Is an armed side other than the doer named in these words ("nine members of the Ansaru faction")?"""
    spans = [(t.idx, t.idx + len(t)) for t in tokens]
    return any(m.value != a1.value and m.value.kind not in UNARMED_KINDS
               and any(s < m.end and m.start < e for s, e in spans) for m in actors)


def _person_taken(st: Stages, head) -> bool:
    """Is what the verb takes a person, not a place ("militiamen led a teacher away from his house in X", "kidnapped
    30 pupils and drove them to a forest camp")? "them" is people when the verb it is joined to acted on people."""
    people = st.words.lower("people_words") | st.words.lower("person_nouns")
    pronouns = st.words.lower("person_pronouns")
    # "the father, who was seized"; fighters too when a relative clause took them ("soldiers they had captured":
    # captives, no ground), not when a verb drives them out ("drove the troops out of X" takes X).
    if any(p.lemma_.lower() in people | st.args.ARMED_VICTIMS for p in relative_patients(head)):
        return True
    patients = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for p in patients:
        if p.lemma_.lower() in people:
            return True
        if p.lower_ in pronouns and ("Plur" not in p.morph.get("Number") or head.dep_ == "conj" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in people for c in head.head.children)):
            return True  # "him", "her"; "them" when the verb it is joined to acted on people
    return False


def _fired_from_air(st: Stages, head) -> bool:
    """Are the rockets or missiles fired by an aircraft ("a drone fired two missiles at a house", "a jet fired
    rockets at the bridge", "missiles fired by a helicopter")? The doer of the verb, or a word of its noun phrase
    ("the air force"), is an aircraft word: the act is an air strike however the munition is named."""
    verb = _verb_of(head)
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers and verb.dep_ == "conj":
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    air = st.args.AIR_WORDS
    return any(w.lemma_.lower() in air or w.lower_ in air
               for d in doers for w in (d, *(c for c in d.children if c.dep_ in ("compound", "amod"))))


def _non_state_doer(st: Stages, head, a1) -> bool:
    """Is the strike's doer an armed group: actor1 of a non-state kind, or, unresolved, a subject or modifier of
    the trigger that is an armed group noun ("rebels shelled", "militant bombardment")?"""
    if a1 is not None:
        return a1.value.kind in NON_STATE_KINDS
    nouns = st.words.lower("armed_group_nouns") | st.words.lower("unidentified_attackers")
    return any(c.dep_ in ("nsubj", "compound", "amod", "poss") and (c.lower_ in nouns or c.lemma_.lower() in nouns)
               for c in head.children)


def _sentence_victims(st: Stages, words: set[str]) -> str:
    w = st.words
    if words & w.lower("civilian_victim_words"):
        return "civilian"
    if words & w.lower("person_nouns") and words & w.lower("harm_verbs"):
        return "civilian"
    if words & w.lower("people_nouns") and words & (w.lower("death_lemmas") | st.args.KILL_LEMMAS):
        return "civilian"  # "people were killed", "people were wounded in the attack"
    return ""


def _protesters(table, place):
    country = getattr(place, "country", None)
    return (table.default_actor("protester", country) if country else None) or table.canonical("Protesters")


def _weapon_sub(st: Stages, words: set[str]) -> str | None:
    if words & st.words.lower("suicide_words") and words & st.words.lower("suicide_bomb_words"):
        return SubType.SUICIDE_BOMB
    if words & st.args.EXPLOSIVE_WORDS:
        return SubType.REMOTE_EXPLOSIVE_LANDMINE_IED
    if words & st.args.GROUND_FIRE_WORDS:
        return SubType.SHELLING_ARTILLERY_MISSILE_ATTACK
    if words & (st.args.AIR_WORDS - {"raid"}) or words & st.words.lower("air_attack_nouns"):
        return SubType.AIR_DRONE_STRIKE
    if words & st.words.lower("grenade_words") and not words & st.args.SMALL_ARMS:
        return SubType.GRENADE  # "a grenade attack on a bar" (with guns too, an assault: not a grenade's act)
    return None


def _loser(cand: _Candidate, actors: list[Mention]):
    """Who lost the place when the sentence names only the taker: the other side named in it."""
    for m in actors:
        if cand.actor1 is not None and m.value != cand.actor1 and m.value not in cand.assoc:
            if m.value.kind not in ("civilian",):
                return m.value
    return None


def _modifies(tok: Token, trigger: Token) -> bool:
    """Is `tok` a modifier in the noun phrase of `trigger`'s word or of the object it governs ("ceasefire" in
    "signed a ceasefire agreement")?"""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.i == trigger.i or tok.dep_ == "dobj" and tok.head.i == trigger.i


def _country_wide_retelling(noun: _Candidate, verb: _Candidate) -> bool:
    """Is the noun's act, put at the country for want of a place of its own ("signed a ceasefire deal in X": the
    ceasefire), of the sub-type its verb tells at a place? Then it names that act again."""
    return noun.sub == verb.sub and NATIONWIDE_RULE in noun.rules


def _stopped_whole(st: Stages, stop: Token) -> bool:
    """Does the interception tell every weapon it names as stopped (not "20 of the 30 missiles", "most drones")?"""
    objs = [c for c in stop.children if c.dep_ in ("dobj", "nsubjpass")]
    shares = st.words.lower("share_words")
    return not any(o.lemma_.lower() in shares or any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in o.children)
                   or any(ch.lemma_.lower() in shares for ch in o.children) for o in objs)


def _settle_sentence(st: Stages, cands: list[_Candidate], sent: Span, published: dt.date | None = None
                     ) -> tuple[list[_Candidate], list[tuple[_Candidate, str]]]:
    """One sentence, several triggers: fighting that ends in a capture is one act (the capture carries it),
    and so is the shelling told as its means ("retook the city after a night of mortar fire"); a killing told
    with its weapon ("strikes killed 35") is that strike's toll, not another event. Returns the acts kept (new
    records where one is amended) and the candidates folded away, each with the rule that folded it."""
    # "clashes ended as the troops pulled out of X", "the army entered X as the rebels withdrew from it": the
    # withdrawal is the other side of the act told at its place, not an act of its own.
    # Told with another hand-over word ("pulled out of X without a fight"), the withdrawal, which knows who gave
    # the place up, is the one kept.
    # "the rebels handed the villages back, and police re-entered them": a place its holder hands over (not one
    # it withdraws from, maybe under fire) is taken without force; the taking, which knows the taker, is kept
    # as the hand-over. "handed over the port, pulling back across the river": the pull-back is the hand-over.
    cession = st.words.lower("cession_verbs")
    ceded = {c.place for c in cands if c.trigger.subject_loses and c.sub == NON_VIOLENT
             and c.trigger.phrase[0] in cession}
    # A pull-back with no place of its own words (the country's, by default) is the hand-over's other side too.
    pull_backs = [c for c in cands if c.sub == SubType.CHANGE_TO_GROUP_ACTIVITY and ceded
                  and (c.place in ceded or NATIONWIDE_RULE in c.rules)]
    cands = [c for c in cands if all(c is not k for k in pull_backs)]
    acts_at = {c.place for c in cands if not c.trigger.subject_loses and c.sub != NON_VIOLENT}
    given_up = {c.place for c in cands if c.trigger.subject_loses and c.sub == NON_VIOLENT}
    cands = [replace(c, sub=NON_VIOLENT, actor2=c.actor2 or next(
        (k.actor1 for k in cands if k.place == c.place and k.trigger.subject_loses and k.actor1 != c.actor1), None),
        rules=(*c.rules, "settle.ceded_in_capture")) if c.sub in CAPTURES and c.place in ceded else c for c in cands]
    # A place lost in a fight ("withdrew from X after heavy fighting") gives way only to its taking, not to the
    # fight, which its capture carries.
    takings_at = {c.place for c in cands if not c.trigger.subject_loses and c.sub in CAPTURES}
    dropped: list[tuple[_Candidate, str]] = [(c, "settle.withdrawal_into_transfer") for c in cands
                                             if c.trigger.subject_loses
                                             and c.place in (takings_at if c.sub in CAPTURES else acts_at)]
    dropped += [(c, "settle.withdrawal_into_transfer") for c in pull_backs]
    dropped += [(c, "settle.duplicate_trigger") for c in cands if c.sub == NON_VIOLENT
                and not c.trigger.subject_loses and c.place in given_up - acts_at]
    cands = [c for c in cands if all(c is not d for d, _r in dropped)]
    doc = sent.doc
    # "troops beat back an assault on the camp": the noun is the act its trigger verb tells, one act (the
    # verb's reading, which knows both sides, is kept).
    by_head = {c.head_i: c for c in cands}
    objects = [c for c in cands if doc[c.head_i].dep_ == "dobj" and doc[c.head_i].pos_ == "NOUN"
               and by_head.get(doc[c.head_i].head.i, c) is not c
               and (by_head[doc[c.head_i].head.i].place == c.place
                    or _country_wide_retelling(c, by_head[doc[c.head_i].head.i]))]
    # "bombs fell on the market", "a car bomb struck a checkpoint": a weapon that is the subject of a strike verb
    # is that strike, one act. The verb's reading, which read the weapon among its words, is kept; a weapon
    # named in full ("a car bomb", "a roadside bomb") keeps its own.
    for c in cands:
        verb = by_head.get(doc[c.head_i].head.i) if doc[c.head_i].dep_ in ("nsubj", "nsubjpass") else None
        if verb is None or verb is c or verb.place != c.place or verb.sub == c.sub or doc[c.head_i].pos_ != "NOUN" \
                or {SUB_TO_TYPE[c.sub], SUB_TO_TYPE[verb.sub]} != {EventType.EXPLOSIONS_REMOTE_VIOLENCE}:
            continue
        objects.append(verb if len(c.trigger.phrase) > 1 else c)
    # "signed a ceasefire agreement": a noun that only modifies another trigger of the same kind (its word, or
    # the object its verb governs) names that act again, though alone it would be placed country-wide.
    objects += [c for c in cands if doc[c.head_i].dep_ in ("compound", "amod") and any(
        k is not c and k.sub == c.sub and _modifies(doc[c.head_i], doc[k.head_i]) for k in cands)]
    # "Hindu and Muslim mobs clashed in X", "rioting youths clashed with police": a crowd trigger that names the
    # doer (the subject, or a word on it) of another crowd act or of a clash there is that act, one act. It says
    # what kind of crowd: a crowd verb's reading, which knows the sides, takes its sub-type; a clash verb's
    # reading, which takes the crowd for an armed side, gives way to it.
    for c in cands:
        subj = doc[c.head_i].head if doc[c.head_i].dep_ in ("amod", "compound") else doc[c.head_i]
        while subj.dep_ == "conj" and subj.head.i != subj.i:
            subj = subj.head  # "Christian and Muslim mobs": the parse hangs the noun on the first conjunct
        if subj.dep_ != "nsubj" or subj.pos_ not in ("NOUN", "PROPN") or SUB_TO_TYPE[c.sub] != EventType.RIOTS:
            continue
        # The verb the crowd is the subject of, and the verbs joined to it that share it ("a mob beat a man to
        # death and set his body ablaze"): each is the crowd's act.
        verbs = [by_head.get(v.i) for v in (subj.head, *subj.head.conjuncts)
                 if v.i == subj.head.i or not any(g.dep_ == "nsubj" for g in v.children)]
        for verb in verbs:
            if verb is None or verb is c or verb.place != c.place or c.sub == verb.sub:
                continue
            if verb.sub == SubType.ARMED_CLASH:
                objects.append(verb)
            elif SUB_TO_TYPE[verb.sub] == EventType.RIOTS:
                if all(c is not o for o in objects):
                    objects.append(c)
                cands = [replace(k, sub=c.sub, actor2=k.actor2 or c.actor2) if k is verb else k for k in cands]
                by_head = {k.head_i: k for k in cands}
    # "Fighters attacked the town of X, pressing their offensive", "stormed the town after a day of fighting": an
    # attack on a town whose doer fights there in the same sentence is that fight (the town was defended), not
    # also an attack on its people; an attack that names people it hit stays.
    settlements = st.words.lower("settlement_nouns")
    objects += [c for c in cands if c.trigger.sub == "@attack" and c.sub == SubType.ATTACK and any(
        o.dep_ == "dobj" and o.lemma_.lower() in settlements for o in doc[c.head_i].children) and any(
        k is not c and k.sub == SubType.ARMED_CLASH and k.place == c.place and k.actor1 in (c.actor1, None)
        for k in cands)]
    dropped += [(c, "settle.duplicate_trigger") for c in objects]
    cands = [c for c in cands if all(c is not d for d in objects)]
    # "intercepted two rockets fired from Gaza": the weapons an interception stopped, all of them, made no strike
    # of their own (an attack told as wholly intercepted is not coded again); "20 of the 30 missiles" is a part.
    stops = [doc[c.head_i] for c in cands
             if c.sub == SubType.DISRUPTED_WEAPONS_USE and _stopped_whole(st, doc[c.head_i])]
    stopped = [c for c in cands if c.sub in STRIKE_SUBS and any(
        s.i != c.head_i and governed(s, doc[c.head_i]) for s in stops)]
    dropped += [(c, "settle.intercepted_weapon") for c in stopped]
    cands = [c for c in cands if all(c is not d for d in stopped)]
    captures = [c for c in cands if "territory" in c.sub]
    taken = {c.place for c in captures}
    out: list[_Candidate] = []
    fought_for: set = set()
    unopposed = bool(st.unopposed.search(sent.text))  # (then a pull-back is the hand-over's other side, below)
    for c in cands:
        if c.sub == SubType.ARMED_CLASH and c.place in taken and c.trigger.sub != "@kill" \
                and not st.words.lower("siege_words") & set(c.trigger.phrase):
            dropped.append((c, "settle.fighting_into_capture"))
            fought_for.add(c.place)
            continue  # a siege and its breaking stay two acts
        others = [k for k in cands if k is not c and k.place == c.place and k.sub != c.sub]
        if c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION and any(
                doc[c.head_i].head.i == doc[k.head_i].i and doc[c.head_i].dep_ in ("advcl", "conj", "xcomp")
                or doc[k.head_i].head.i == doc[c.head_i].i and doc[k.head_i].dep_ == "conj"
                and SUB_TO_TYPE[k.sub] in (EventType.RIOTS, EventType.VIOLENCE_AGAINST_CIVILIANS)
                for k in others):
            dropped.append((c, "settle.looting_part_of_attack"))
            continue  # "settlers attacked the village, torching houses", "youths burned cars and threw stones"
        if c.sub == SubType.CHANGE_TO_GROUP_ACTIVITY and c.place in taken and not unopposed:
            dropped.append((c, "settle.surrender_in_capture"))
            continue  # "overran the base, and hundreds of soldiers surrendered": the defenders' end of the capture
        if c.sub in (SubType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubType.AIR_DRONE_STRIKE) and c.place in taken and any(
                governed(doc[k.head_i], doc[c.head_i]) for k in captures) and c.count is None:
            dropped.append((c, "settle.shelling_means_of_capture"))
            continue
        out.append(c)
    # The capture carries the fighting (a new record that says so: it was taken by force).
    out = [replace(c, rules=(*c.rules, "settle.fighting_into_capture")) if c in captures and c.place in fought_for
           else c for c in out]
    # "entered the town without firing a shot", "retake Mekelle as federal troops withdraw": a hand-over,
    # not a capture by force.
    if unopposed:
        out = [replace(c, sub=SubType.NON_VIOLENT_TRANSFER_OF_TERRITORY, rules=(*c.rules, "settle.unopposed_transfer"))
               if c.sub in (SubType.GOVERNMENT_REGAINS_TERRITORY, SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) else c
               for c in out]
        # "entered X after the militia pulled back": the pull-back is the other side of the same hand-over.
        transfers = {c.place for c in out if c.sub == NON_VIOLENT}
        withdrawals = [c for c in out if c.place in transfers and c.sub == SubType.CHANGE_TO_GROUP_ACTIVITY]
        # "took control of X after the militants withdrew without a fight": the taking, which knows the taker,
        # is the hand-over; the phrase that told it unopposed is the same act.
        withdrawals += [c for c in out if c.sub == NON_VIOLENT and "settle.unopposed_transfer" not in c.rules
                        and any(k.place == c.place and "settle.unopposed_transfer" in k.rules for k in out)]
        dropped += [(c, "settle.withdrawal_into_transfer") for c in withdrawals]
        out = [c for c in out if all(c is not w for w in withdrawals)]
    # "Police stormed the offices of the bar association and arrested a lawyer": forcing a way in to make arrests,
    # no one killed, is how the arrests were made; the arrests are the act.
    made = [c for c in out if c.sub == SubType.ARRESTS and c.actor1 is not None]
    entries = st.words.lower("forced_entry_verbs")
    stormings = [c for c in out if c.sub in (SubType.ARMED_CLASH, SubType.ATTACK) and c.fatalities is None
                 and c.trigger.phrase[0] in entries
                 and any(a.actor1 == c.actor1 and a.place == c.place for a in made)]
    dropped += [(c, "settle.entry_for_arrests") for c in stormings]
    out = [c for c in out if all(c is not k for k in stormings)]
    # "Officers seized power and detained the president": the detention is part of the coup.
    if any(c.sub == SubType.OTHER for c in out):
        dropped += [(c, "settle.arrests_in_coup") for c in out if c.sub == SubType.ARRESTS]
        out = [c for c in out if c.sub != SubType.ARRESTS]
        # "Soldiers tried to overthrow the government, surrounding the palace": the cordon is how the coup was
        # done, no battle of its own unless someone died in it.
        cordons = [c for c in out if c.sub == SubType.ARMED_CLASH and c.fatalities is None
                   and st.words.lower("siege_words") & set(c.trigger.phrase)]
        dropped += [(c, "settle.cordon_in_coup") for c in cordons]
        out = [c for c in out if all(c is not k for k in cordons)]
    # Arrests of demonstrators belong to the demonstration's event (spec); a peaceful protest with arrests is a
    # protest with intervention.
    crowds_at = {c.place for c in out if SUB_TO_TYPE[c.sub] in CROWD_TYPES}
    arrests = [c for c in out if c.sub == SubType.ARRESTS and c.place in crowds_at]
    if arrests:
        dropped += [(c, "settle.arrests_at_protest") for c in arrests]
        held = {c.place: c.actor1 for c in arrests}
        out = [replace(c, sub=SubType.PROTEST_WITH_INTERVENTION, actor2=c.actor2 or held[c.place],
                       rules=(*c.rules, "settle.arrests_at_protest"))
               if c.sub == SubType.PEACEFUL_PROTEST and c.place in held else c for c in out if c not in arrests]
    # A protest told with its dispersal is one protest with intervention.
    if any(c.sub in (SubType.PROTEST_WITH_INTERVENTION, SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS) for c in out):
        dropped += [(c, "settle.protest_dispersed") for c in out if c.sub == SubType.PEACEFUL_PROTEST]
        out = [c for c in out if c.sub != SubType.PEACEFUL_PROTEST]
    kept: list[_Candidate] = []
    for c in out:
        # Two words for one act at one place ("called the ambush a slaughter"); a doer named by one and
        # not the other is no second act.
        # Acts whose own dates do not overlap are two ("overthrew a colonel who had come to power in a coup in
        # January").
        i_twin = next((i for i, k in enumerate(kept) if k.sub == c.sub and _same_spot(k.place, c.place)
                       and k.head_i != c.head_i and (k.actor1 == c.actor1 or None in (k.actor1, c.actor1))
                       and _overlap(k.window, c.window, published)), None)
        if i_twin is None:
            kept.append(c)
        elif kept[i_twin].trigger.sub == "@kill" and c.trigger.sub != "@kill":
            # "says it killed 30 men in an airstrike": the killing is the strike's toll; the strike, which knows
            # its weapon, is kept with the toll and the sides the killing names.
            kill = kept[i_twin]
            dropped.append((kill, "settle.kill_with_weapon"))
            actor1 = c.actor1 or kill.actor1
            actor2 = c.actor2 or (kill.actor2 if kill.actor2 != actor1 else None)  # one side is not both sides
            kept[i_twin] = replace(c, fatalities=c.fatalities or kill.fatalities, actor1=actor1, actor2=actor2,
                                   rules=(*c.rules, *kill.rules, "settle.kill_with_weapon"))
        elif kept[i_twin].actor1 is None and c.actor1 is not None and not (
                kept[i_twin].trigger.subject_target and kept[i_twin].actor2 == c.actor1):  # (the side attacked)
            dropped.append((kept[i_twin], "settle.duplicate_trigger"))  # the telling that names the doer is kept
            kept[i_twin] = c
        else:
            dropped.append((c, "settle.duplicate_trigger"))
    out = kept
    weapons = [c for c in out if c.trigger.sub != "@kill"]
    if weapons:
        dropped += [(c, "settle.kill_with_weapon") for c in out
                    if c.trigger.sub == "@kill" and c.sub == SubType.ARMED_CLASH]
        out = [c for c in out if c.trigger.sub != "@kill" or c.sub != SubType.ARMED_CLASH]
        kills = [c for c in out if c.trigger.sub == "@kill"]
        for k in kills:
            # (or the act that is the killing's subject, told at its own place: "the fighting around the airport
            # killed 27", the fighting of the town retold)
            i_twin = next((i for i, w in enumerate(out) if w.trigger.sub != "@kill" and _may_carry_a_killing(w.sub)
                           and (w.place == k.place or sent.doc[w.head_i].dep_ == "nsubj"
                                and sent.doc[w.head_i].head.i == k.head_i)), None)
            if i_twin is not None and _two_acts_of_violence(sent.doc, k, out[i_twin], st.words.lower("fight_nouns")):
                if out[i_twin].sub == SubType.ABDUCTION_FORCED_DISAPPEARANCE and out[i_twin].fatalities == k.fatalities:
                    out[i_twin] = replace(out[i_twin], fatalities=None)  # the toll is the killing's, told once
                out[out.index(k)] = _recode(k, "settle.killing_in_own_clause")
                continue
            if i_twin is not None:
                twin = out[i_twin]
                rules = [*twin.rules, "settle.kill_with_weapon"]
                sub = twin.sub
                if k.sub == SubType.ATTACK and twin.sub == SubType.LOOTING_PROPERTY_DESTRUCTION:
                    # "set fire to a bus, burning 23 passengers to death": the arson is how they were killed,
                    # an attack on civilians (ACLED codes the destruction of an attack within it).
                    sub = SubType.ATTACK
                    rules.append("settle.killing_by_destruction")
                if k.sub == SubType.ATTACK and twin.trigger.sub == "@attack" and twin.sub == SubType.ARMED_CLASH \
                        and (twin.actor2 is None or twin.actor2.kind == "civilian") \
                        and "actor.clash_one_side" not in twin.rules:  # (the one side named was attacked)
                    # "gunmen attacked the bus, killing four Israelis": no armed side was attacked, and the
                    # people killed were not armed, so the attack was on civilians.
                    sub = SubType.ATTACK
                    rules.append("settle.victims_decide_attack")
                if k.sub == SubType.ATTACK and twin.sub in (SubType.ABDUCTION_FORCED_DISAPPEARANCE, SubType.ARRESTS):
                    # "rounded up 40 men and shot them dead": people taken and killed are an attack (ACLED).
                    sub = SubType.ATTACK
                    rules.append("settle.abducted_then_killed")
                # The victims are the other side of a strike or an attack on them; civilians killed in a battle
                # are its toll, not a side of it (spec).
                victims_side = twin.actor2 is None and k.sub == SubType.ATTACK \
                    and SUB_TO_TYPE[sub] != EventType.BATTLES and k.actor2 != twin.actor1
                out[i_twin] = replace(twin, sub=sub, fatalities=twin.fatalities or k.fatalities,
                                      actor2=k.actor2 if victims_side else twin.actor2, rules=tuple(rules))
                out.remove(k)
                dropped.append((k, "settle.kill_with_weapon"))
    return out, dropped
