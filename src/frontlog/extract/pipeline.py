"""The extractor: a batch of articles in, their events out. The stages run in order, data flows one way:

    documents -> nlp (parse, then the finders' doc.spans: places, actors, triggers, times; extract/components)
              -> per sentence: reading of each trigger -> modality -> arguments (actors, place, date) -> sub-type
              -> sides -> settling the sentence -> discourse -> merge

`extract_batch` is a plain function over a batch, with the pipeline, gazetteer, actor table and lexicon of one
KnowledgeBase loaded once per process, so a distributed engine can map it over partitions without touching the
stages. No pass changes what an earlier one built: it makes a new candidate (dataclasses.replace) with its rule.

This module holds the batch functions and the per-article loop; each pass lives in a module named for its job:
`candidates` (what the passes share), `context` (the article's mentions and references), `nonevents` (what is told
but is no act), `sides` (actors), `placing` (places), `dating` (date windows), `subtypes`, `settle` (one sentence's
readings together) and `discourse` (across sentences).
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from itertools import chain
from typing import TYPE_CHECKING

from frontlog.extract.arguments import (
    AIR_CONTEXT,
    ARMED_STATUS,
    CIVILIAN_STATUS,
    GROUND_CONTEXT,
    Mention,
    act_doers,
    governed,
    relative_patients,
    span_text,
    text_of,
)
from frontlog.extract.candidates import (
    CROWD_TYPES,
    GENERIC_STATE_KINDS,
    INHERIT_SENTENCES,
    NON_STATE_KINDS,
    STATISTIC_TOLL,
    STRIKE_SUBS,
    UNARMED_KINDS,
    Stages,
    _Candidate,
    _kind,
    _kind_precision,
    _overlap,
    _recode,
    _verb_of,
    stages_for,
)
from frontlog.extract.components import trigger_tokens
from frontlog.extract.context import _ArticleContext, _doerless
from frontlog.extract.dates import WEEK_DAYS, TimeKind
from frontlog.extract.dating import (
    BACKGROUND_DAYS,
    _window,
    dates_of_places,
    day_told_next,
    names_a_thing,
    names_an_act,
    report_day,
    scene_day,
    story_window,
    verb_of_time,
)
from frontlog.extract.discourse import (
    BACKGROUND_RULES,
    VIOLENT_TYPES,
    _attack_repelled,
    _attempt_on_place,
    _back_reference,
    _damage_of_act,
    _entries_under_deal,
    _fold_assaults_into_battles,
    _fold_fighting_into_captures,
    _forced_handovers,
    _handed_over_next,
    _in_phrase_of,
    _join_continuation,
    _join_retelling,
    _other_version,
    _repelled_nouns,
    _spoils_of_act,
    _swap,
    _total_of_told_acts,
    another_act,
    at_other_spot_only,
    told_at_another_time,
)
from frontlog.extract.merge import (
    ANOTHER_ACT_RULE,
    ANOTHER_TIME_RULE,
    CLASH_ON_CIVILIANS_RULE,
    RAID_RETOLD_RULE,
    clashes_on_civilians,
    fold_state_branches,
    merge_within_article,
    raid_told_again,
)
from frontlog.extract.nlp import MAX_CHARS, pipe
from frontlog.extract.nonevents import (
    _accident,
    _anchor_retold,
    _casualties_described,
    _clause_of_act,
    _comparison,
    _crowd_described,
    _crowd_siege,
    _described_as,
    _described_freed,
    _described_party,
    _described_victims,
    _disaster,
    _drill,
    _drop_headline_summaries,
    _drop_stray_headlines,
    _experienced_before,
    _fight_as_cause,
    _frame_of_act,
    _grievance,
    _harm_of_fight,
    _headline_sentences,
    _in_actor_name,
    _named_after,
    _noun_modifier,
    _party_at_war,
    _political_contest,
    _protest_manner,
    _ranked_subject,
    _reprisal_cause,
    _same_spot,
    _state_of_affairs,
    _state_participle,
    _summary,
    _told_as_toll_of,
    _toll_member,
    _unarmed_foe,
    _whole_war,
    told_only_inside,
)
from frontlog.extract.placing import _places_of, narrowed_by_next_sentence
from frontlog.extract.rules import FOLDED_DETAIL, Decision, Explanation, check
from frontlog.extract.settle import _settle_sentence
from frontlog.extract.sides import (
    _actors_of,
    _by_place,
    _claimed_doer,
    _clash_sides,
    _code_sides,
    _coup_sides,
    _covered,
    _crowd_story_part,
    _default_attackers,
    _default_losers,
    _default_targets,
    _fill_implied_victims,
    _fire_in_riot,
    _lone_police_battle,
    _name_tokens,
    _named_anchor,
    _pronoun_doer,
    _riot_of_fire,
    _with_answered_protest,
)
from frontlog.extract.subtypes import _act_words, _ground_not_taken, _person_taken, _resolve_sub, _toll_of
from frontlog.knowledge.actors import CIVILIAN_KIND, RIOTER_KIND, STATE_KIND, inter_code
from frontlog.knowledge.base import KnowledgeBase, default_knowledge
from frontlog.knowledge.gazetteer import CITY_KIND, COUNTRY_KIND, SITE_KIND
from frontlog.knowledge.lexicon import ATTACK_CLASS, KILL_CLASS, TERRITORY_CLASS, Trigger, TriggerMatch, cancelled_by
from frontlog.model.extraction import ArticleLimitError, Stats
from frontlog.model.records import SUB_TO_TYPE, Article, Event, EventType, SubType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


INHERIT_MAX_DAYS = 8  # an undated act told right after a dated one shares its date
BACKGROUND_GAP_DAYS = 31  # an act that ended this long before the act just told began is background, not news
FIGHT_WEAPON_SUBS = STRIKE_SUBS | {SubType.GRENADE}  # weapon nouns that may be what a fight was fought with
# Acceptances worth naming on the record: the act stands although its words look like a purpose or a claim.
NOTED_VERDICTS = {"modality.claimed_past", "modality.participle_of_act", "modality.past_anchor",
                  "modality.relative_past", "modality.dated_noun", "modality.charged_dated",
                  "modality.harm_denied_beside", "modality.not_forgotten",
                  "modality.reason_clause"}
# Seconds of frontlog's own work one article may take (after the language model): an article over it becomes a
# named error and the run goes on. Work is linear in the article's length, so only a pathological input gets here.
ARTICLE_SECONDS = 300.0


def _crowd_came_after(st: Stages, head: Token) -> bool:
    """Does the act's own sentence tell protests as what came after it ("protests erupted after soldiers shot dead a
    student", "the killing sparked protests")? Then its victims were not out in that crowd."""
    return bool(st.args.protests_caused(head))


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


def extract_doc(article: Article, doc: Doc, stats: Stats, trace: Explanation | None = None,
                stages: Stages | None = None, deadline: float | None = None) -> list[Event]:
    ctx = _ArticleContext(article, doc, stages or stages_for(default_knowledge()))
    _check_deadline(deadline, article)

    def decide(match, trig, kept: bool, *rules: str, detail: str = "") -> None:
        if trace is not None:
            trace.sentence(s_index, span_text(sent)).decisions.append(Decision(
                " ".join(t.text for t in match.tokens), (trig or match.alternatives[0]).sub, kept,
                [check(r) for r in rules], detail))

    candidates: list[_Candidate] = []
    prev_dates: tuple[dt.date, dt.date] | None = None
    prev_at = -10
    linked: tuple[dt.date, dt.date] | None = None
    linked_at = -10
    background: tuple[dt.date, dt.date] | None = None
    background_at = -10
    said: tuple[int, dt.date | None] = (-10, None)  # the sentence of a report that told no act, and its day
    background_end = 0  # where the last sentence that set the background ended
    for s_index, sent in enumerate(doc.sents):
        _check_deadline(deadline, article)
        recent = prev_dates if s_index - prev_at <= INHERIT_SENTENCES else None
        ctx.linked = linked if s_index - linked_at <= INHERIT_SENTENCES else None
        ctx.background = background if s_index - background_at <= INHERIT_SENTENCES else None
        ctx.background_after_day = False
        if recent is not None and ctx.background is not None and background_at > prev_at \
                and ctx.background[1] < recent[0] and "\n" not in text_of(doc)[background_end:sent.start_char]:
            # "Police fired tear gas in Nairobi on Monday. In July last year, officers killed six in Kisumu. They
            # also arrested dozens": the story went back in time after the day told; an undated act next in the
            # background's paragraph goes on with it (date.background_run), not with the lead's day (rule
            # date.background_after_day). (A new paragraph after the background returns to the news.)
            recent = None
            ctx.background_after_day = True
        ctx.day_just_told = prev_dates if prev_at == s_index - 1 else None  # (date.story_year)
        ctx.report_day = said[1] if said[0] == s_index - 1 else None
        places = ctx.places_in(sent)
        actors = ctx.actors_in(sent)
        times = ctx.times_in(sent)
        words = ctx.args.lemmas(sent)
        if ctx.last is not None and ctx.last.sub == SubType.AIR_DRONE_STRIKE and s_index - ctx.last.sent_index <= 1:
            words = words | {AIR_CONTEXT}  # "...Russian strikes killed 35. Twenty-one died in Russian raids"
        elif ctx.last is not None and s_index - ctx.last.sent_index <= 1 and any(
                c.sub == SubType.SHELLING_ARTILLERY_MISSILE_ATTACK for c in ctx.last_told):
            words = words | {GROUND_CONTEXT}  # "missiles slammed into a school in X. Bombs also hit a shelter"
        sent_cands: list[_Candidate] = []
        again: list[_Candidate] = []  # acts told before that the sentence names again (drop.back_reference)
        toll_place = None  # the place of the act just told, when this sentence told its toll again
        answered_nouns: set[tuple[int, str | None]] = set()  # act nouns repelled, the answered act's place
        matches = ctx.triggers_in(sent)
        placeless: set[int] = set()  # the verbs of act words that gave no act for want of a place (drop.no_place)
        heads = [m.head for m in matches]
        tally = bool(ctx.st.tally.search(span_text(sent)))
        named = _named_anchor(ctx, sent, matches, places, times, candidates)
        if named is not None:
            # "Three days after the capture of Saraqib, ...": offsets count from that act, however far back.
            recent = named
        run_in = bool(matches) and _run_in_heading(sent)
        for match in matches:
            if run_in:
                decide(match, None, False, "drop.run_in_heading")
                continue  # "Detentions and protests. Security forces detained ...": a section's name, no act
            if _inside_name(match) or _in_acronymed_name(match, ctx.st.words.lower("name_joiners")) \
                    or _in_actor_name(match, actors):
                decide(match, None, False, "drop.in_name")
                continue  # "the Ta'ang National Liberation Army": a word of a group's name, not a liberation
            trig = _choose(ctx.st, match, sent, places, actors + _pronoun_armed(ctx, s_index, sent, match, actors),
                           words)
            claimant = next((a for a in actors if a.token.i < match.head.i), None) \
                if ctx.args.claimed_act(match.head) else None
            doer = _claimed_doer(ctx, match.head, actors) if ctx.last is not None \
                and s_index - ctx.last.sent_index <= 1 and ctx.args.told_before(match.head) else None
            if doer is not None:
                # "A suicide bomber struck a checkpoint ... IS said it carried out the attack": the act just told
                # (all those of its sentence, "the attacks"), told with no doer named, is the claimant's.
                told = [c for c in candidates if c.sent_index == ctx.last.sent_index and _doerless(ctx.st, c)
                        and (c is ctx.last or match.head.tag_ == "NNS")]
                for c in told:
                    _amend(ctx, candidates, c, "discourse.claimant_is_actor1", actor1=doer.value,
                           claimed_by=c.claimed_by or doer.value.name)
                decide(match, trig, False, "drop.claim_of_responsibility")
                continue
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
            if _comparison(ctx.st, match.head, heads):
                decide(match, trig, False, "drop.comparison")
                continue  # "the deadliest attack since the 2015 bombing": a ranking of acts, not an act
            ranked = _ranked_subject(ctx.st, match.head) if ctx.last is not None else None
            if ranked is not None and told_only_inside(ranked, places, times):
                decide(match, trig, False, "drop.ranked_subject")
                continue  # "The ambush was the deadliest in two years": the act just told, ranked
            if _crowd_described(ctx.st, match.head, times):
                decide(match, trig, False, "drop.crowd_described")
                continue  # "families of men detained by the militia held a sit-in": who the crowd are
            if _casualties_described(ctx.st, match.head, trig, places, times):
                decide(match, trig, False, "drop.casualties_described")
                continue  # "relatives of soldiers killed in clashes with militants": who the people are
            if _described_party(match.head, trig, times):
                decide(match, trig, False, "drop.described_party")
                continue  # "guerrillas who had signed the peace deal were shot dead": who they are
            if _described_as(match.head, trig, times):
                decide(match, trig, False, "drop.described_as")
                continue  # "said the five were criminals who had opened fire on officers": who they were said to be
            if _described_victims(ctx.st, match.head):
                decide(match, trig, False, "drop.described_victims")
                continue  # "shot dead two policemen who had surrendered": how the victims were out of the fight
            if _described_freed(ctx.st, match.head, trig, times):
                decide(match, trig, False, "drop.described_freed")
                continue  # "freed two men who had been detained there": who the freed were
            if _protest_manner(ctx.st, match.head):
                decide(match, trig, False, "drop.protest_manner")
                continue  # "the minister resigned in protest": the manner of a resignation, no crowd
            if _grievance(ctx.st, match.head):
                decide(match, trig, False, "drop.protest_grievance")
                continue  # "marched in protest against the coup": what the crowd opposes, told as its cause
            if SUB_TO_TYPE.get(trig.sub) == EventType.PROTESTS and match.head.pos_ in ("NOUN", "PROPN") \
                    and ctx.args.protest_apart(match.head):
                decide(match, trig, False, "drop.protest_apart")
                continue  # "arrests ahead of the rally", "over posts about the protests": not yet held, a cause
            if _noun_modifier(ctx.st, match.head, heads):
                decide(match, trig, False, "drop.noun_modifier")
                continue  # "protest leaders said", "ceasefire monitors": a thing the act's word describes, no act
            if _disaster(ctx.st, match.head, trig):
                decide(match, trig, False, "drop.disaster")
                continue  # "floods killed 40", "the collapse of a canopy that killed 15": no one's violence
            if _harm_of_fight(ctx.st, match.head, trig):
                decide(match, trig, False, "drop.harm_of_fight")
                continue  # "weeks of fighting that destroyed much of the airport": the fight's harm, no arson
            if _accident(ctx.st, match.head, trig):
                decide(match, trig, False, "drop.accident")
                continue  # "an explosion at a depot caused by a fire": an accident, no attack
            if _drill(ctx.st, match.head, actors, trig):
                decide(match, trig, False, "drop.drill")
                continue  # "fired artillery at targets during joint exercises": practice, no act
            if _crowd_siege(ctx.st, match.head, trig):
                decide(match, trig, False, "drop.crowd_siege")
                continue  # "supporters who had surrounded the plant": a blockade by a crowd, no battle
            if trig.sub == KILL_CLASS and _toll_member(ctx.st, match.head):
                decide(match, trig, False, "drop.toll_member")
                continue  # "the toll included a comedian, who was shot dead": one of that toll's dead
            if _reprisal_cause(ctx.st, match.head, times):
                decide(match, trig, False, "drop.reprisal_cause")
                continue  # "in retaliation for Israeli strikes on Lebanon": acts named as the cause, not told here
            if trig.sub == ATTACK_CLASS and _frame_of_act(ctx.st, match.head, matches):
                decide(match, trig, False, "drop.frame_of_act")
                continue  # "raped ten women during an attack on the district": the raid the act was done in
            if _clause_of_act(match.head, heads, places):
                decide(match, trig, False, "drop.clause_of_act")
                continue  # "the capture of X, which cut the motorway": what that act did, not another act
            if _state_participle(match.head, trig, ctx.st.words.lower("crowd_doer_nouns"), match.tokens):
                decide(match, trig, False, "drop.state_participle")
                continue  # "occupied Kherson", "the besieged city": a state, not an act (spec)
            if _summary(ctx.st, sent, times, match.head, places):
                decide(match, trig, False, "drop.summary")
                continue  # "has killed more than 2,600 people since 2017": a tally, not an act
            if _experienced_before(ctx.st, sent, times, match.head):
                decide(match, trig, False, "drop.experienced_before")
                continue  # "ETA has broken truces before": such acts at some time, none told here
            if _whole_war(ctx.st, match.head):
                decide(match, trig, False, "drop.whole_war")
                continue  # "fought a war from 1975 until 1991", "battling an insurgency": many acts, a state
            if trig.sub in (SubType.ARMED_CLASH, ATTACK_CLASS, SubType.VIOLENT_DEMONSTRATION) \
                    and _unarmed_foe(ctx.st, match.head):
                decide(match, trig, False, "drop.unarmed_foe")
                continue  # "fighting the coronavirus outbreak", "a war on drug trafficking": no armed foe
            if trig.sub in (SubType.ARMED_CLASH, ATTACK_CLASS) \
                    and _political_contest(ctx.st, match.head, actors, words):
                decide(match, trig, False, "drop.political_contest")
                continue  # "the ruling party launched an offensive in Congress": a contest of votes
            if trig.sub == SubType.ARMED_CLASH and _party_at_war(ctx.st, match.head, places, times):
                decide(match, trig, False, "drop.party_at_war")
                continue  # "FLEC, which has fought for independence since the 1970s": who the party is
            if trig.sub == SubType.ARMED_CLASH and _state_of_affairs(ctx.st, match.head, places, times):
                decide(match, trig, False, "drop.state_of_affairs")
                continue  # "the fight against terrorism", "is battling X on several fronts": a lasting state
            if tally and (trig.sub == KILL_CLASS or _told_as_toll_of(match.head, matches)):
                decide(match, trig, False, "drop.tally")
                continue  # "in all, 40 died in the fighting this week": a sum over several fights, not an act
            if ctx.args.in_support_phrase(match.head):
                decide(match, trig, False, "drop.support_phrase")
                continue  # "backed by Russian air strikes": who helped, told as a description of the ally
            if trig.sub == TERRITORY_CLASS and any(c.dep_ == "nsubj" and c.lemma_.lower() in ctx.st.fights
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
                _amend_last(ctx, candidates, drop_rule, fatalities=ctx.args.fatalities(span_text(sent)))
                drop_rule = "drop.toll_of_last_act"
            if built and ctx.last is not None and trig.sub == KILL_CLASS \
                    and _toll_of_told_act(ctx, built[0], match.head):
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
                # kind already (then it is that act, named again). "After the attack", "after the incident" (an
                # act noun of any kind) name the violent act told before, whatever its type.
                any_kind = match.head.lemma_.lower() in ctx.st.words.lower("any_act_nouns")
                if any(SUB_TO_TYPE[c.sub] == SUB_TO_TYPE[built[0].sub]
                       or any_kind and SUB_TO_TYPE[c.sub] in VIOLENT_TYPES for c in chain(candidates, sent_cands)):
                    decide(match, trig, False, "drop.temporal_reference")
                    continue
                built = [_recode(c, "discourse.time_anchor_is_act") for c in built]
            if built and claimant is not None:
                # "Al-Shabaab claimed a car bombing in X", or a claim that opens the story: an act not told before,
                # reported by who claims it (and did it, unless the sentence names another doer).
                built = [replace(c, actor1=c.actor1 or claimant.value, claimed_by=claimant.value.name,
                                 rules=(*c.rules, "modality.claimed_past")) for c in built]
            if built and verdict.rule == "modality.past_anchor" \
                    and _anchor_retold(match.head, built[0].sub, s_index, candidates, places, times):
                decide(match, trig, False, "drop.temporal_reference")
                continue  # "after the army entered the town": the capture told before, named as a time
            if built and verdict.rule in NOTED_VERDICTS:
                built = [_recode(cand, verdict.rule) for cand in built]
            if built and _weapon_of_fight(ctx.st, match.head, matches) and built[0].sub in FIGHT_WEAPON_SUBS:
                # "the two groups fought with rifles and mortars": the weapons of a fight, not a strike of its own.
                built = [_recode(c, "subtype.weapon_of_fight", sub=SubType.ARMED_CLASH) for c in built]
            if built and another_act(ctx.st, match.head) \
                    and not at_other_spot_only(ctx.st, match.head, built[0], candidates):
                # "Hours later a second bomb went off": a new act of its kind, never folded into one told before.
                built = [_recode(c, ANOTHER_ACT_RULE) for c in built]
            elif built and told_at_another_time(ctx.st, match.head, built[0].sub):
                # "Earlier on Monday, two militants were killed in a shootout in X": not folded into an act told in
                # the sentences before (merge.same_act), though its own sentence's other words may tell it again.
                built = [_recode(c, ANOTHER_TIME_RULE) for c in built]
            built = [_join_retelling(ctx.st, c, candidates, match.head, times) for c in built]
            built = [_join_continuation(ctx.st, c, sent_cands or candidates, match.head) for c in built]
            if built and _total_of_told_acts(ctx.st, built[0], match.head, candidates, tally):
                decide(match, trig, False, "drop.total_of_told_acts")
                continue  # "the two attacks killed 30", "both bombings": the acts told before, summed
            named_again = _back_reference(ctx, built[0], match.head, candidates, times,
                                         frozenset(c.head_i for c in sent_cands)) if built else None
            if named_again is not None:
                decide(match, trig, False, "drop.back_reference")
                again.append(named_again)
                continue  # "fled the fighting there", "that offensive": an act already coded, named again
            if built and built[0].sub == SubType.ARMED_CLASH and "discourse.retelling" not in built[0].rules \
                    and _fight_as_cause(ctx.st, match.head, places, actors, times):
                decide(match, trig, False, "drop.fight_as_cause")
                continue  # "displaced by the fighting", "families fleeing the offensive": a cause, not an act
            version = _other_version(ctx.st, built[0], match.head, candidates, actors) if built else None
            if version is not None:
                decide(match, trig, False, "drop.other_version")
                continue  # "Troops called the dead insurgents slain in a firefight": its version of that killing
            if built and _spoils_of_act(ctx.st, built[0], [*sent_cands, *([ctx.last] if ctx.last is not None else [])]):
                decide(match, trig, False, "drop.spoils_of_act")
                continue  # "ambushed a convoy ... its fighters seized weapons": the booty of that fight, no act
            if built and _damage_of_act(ctx.st, built[0], [*sent_cands, *([ctx.last] if ctx.last is not None else [])],
                                         match.head, matches):
                decide(match, trig, False, "drop.damage_of_act")
                continue  # "The explosion destroyed the front of the building": the blast's damage, not a deed
            answered = _attack_repelled(ctx.st, built[0], candidates, match.head) if built else None
            if answered is not None:
                # (the defenders: the repelling telling's actor2 once its repellers were put there, not the
                # attacker it gave an unnamed stand-in)
                defender = built[0].actor2 if "actor.repeller_attacked" in built[0].rules and built[0].actor2 \
                    else built[0].actor1
                _amend(ctx, candidates, answered, "discourse.repelled_attack",
                       actor2=answered.actor2 or (defender if defender != answered.actor1 else None))
                decide(match, trig, False, "discourse.repelled_attack")
                # "beat back an assault on the suburb": the act noun repelled is that attack too, unless it
                # names a place of its own apart from that attack's.
                answered_nouns.update((o.i, getattr(answered.place, "name", None)) for o in _repelled_nouns(match.head))
                continue  # "Troops repelled the assault": the end of the attack told before, not a second act
            if built:
                decide(match, trig, True, *built[0].rules)
            else:
                decide(match, trig, False, drop_rule or "drop.no_place")
                if drop_rule in (None, "drop.no_place"):
                    # (the act's own verb: the trigger's, or the one it is the subject or object of)
                    own = match.head if match.head.pos_ in ("VERB", "AUX") else match.head.head \
                        if match.head.dep_ in ("nsubj", "nsubjpass", "dobj") else None
                    placeless |= {own.i} if own is not None else set()
            sent_cands.extend(built)
            crowds_now = [c for c in built if SUB_TO_TYPE[c.sub] == EventType.PROTESTS]
            if crowds_now:
                # "mourners marched in X chanting slogans, and security forces opened fire on them": a protest told
                # earlier in the sentence is where a state's force then kills or hurts people, as one told before
                # (a mob's or a riot's is not: "a mob attacked a trader, beating him", "residents clashed with
                # police after a driver was shot").
                ctx.crowd_place = (crowds_now[-1].place, crowds_now[-1].precision)
        if answered_nouns:
            repelled = [c for c in sent_cands if any(c.head_i == i and (
                "place.syntax" not in c.rules or getattr(c.place, "name", None) == name) for i, name in answered_nouns)]
            if trace is not None and repelled:
                _fold_decisions(trace, s_index, span_text(sent), doc,
                                [(c, "discourse.repelled_attack") for c in repelled])
            sent_cands = [c for c in sent_cands if all(c is not r for r in repelled)]
        if toll_place is not None:
            sent_cands = _drop_how_toll_died(sent_cands, toll_place, trace, s_index, span_text(sent), doc)
        settled, dropped = _settle_sentence(ctx.st, sent_cands, sent, ctx.times_in(sent), ctx.article.published)
        settled, in_riot = _force_in_riot(ctx, candidates, settled, s_index)
        dropped += in_riot
        settled, aftermath = _crowd_aftermath(ctx, candidates, settled, s_index)
        dropped += aftermath
        if trace is not None and dropped:
            _fold_decisions(trace, s_index, span_text(sent), doc, dropped)
        sent_cands = settled
        if not sent_cands and ctx.last is not None and ctx.last.sent_index == s_index - 1:
            _victims_told_after(ctx, sent, actors, candidates)
        candidates.extend(sent_cands)
        if sent_cands:
            ctx.last = sent_cands[-1]
            ctx.last_told = tuple(sent_cands)
        elif ctx.last is not None and ctx.last.sent_index == s_index - 1 and ctx.last.window is not None \
                and "date.report_day" in ctx.last.rules:
            # "..., police said on Monday. The attackers struck late on Saturday": the act's own day, told next.
            day = day_told_next(ctx.st, sent, times, heads, ctx.last.window)
            if day is not None:
                for told in [c for c in ctx.last_told if c.window == ctx.last.window and "date.report_day" in c.rules]:
                    _amend(ctx, candidates, told, "date.day_told_next", window=day)
                ctx.last_told = tuple(c for c in candidates if c.sent_index == s_index - 1)
                if prev_dates is not None and prev_at == s_index - 1:
                    prev_dates = day
        if ctx.last is not None and _doerless(ctx.st, ctx.last) and s_index - ctx.last.sent_index <= 1:
            _lay_blame(ctx, sent, actors, candidates)
        if ctx.last is not None and ctx.last.sub == SubType.ARRESTS and ctx.last.sent_index == s_index - 1 \
                and ctx.st.missing_since.search(span_text(sent)):
            # "Police detained a teacher. No one has heard from him since.": detained, then disappeared.
            _amend_last(ctx, candidates, "discourse.missing_since", sub=SubType.ABDUCTION_FORCED_DISAPPEARANCE,
                        actor2=ctx.last.actor2 or ctx.st.actors.canonical("Civilians"))
        crowds = [c for c in sent_cands if SUB_TO_TYPE[c.sub] in CROWD_TYPES]
        if crowds:
            ctx.crowd_place = (crowds[-1].place, crowds[-1].precision)
        # An act named again brings its place back to mind: "the town" after it is that act's town.
        local = [c for c in again + sent_cands if _kind(c.place) != COUNTRY_KIND]
        if local:
            ctx.recent_place = (local[-1].place, local[-1].precision)
            ctx.recent_window = local[-1].window
            ctx.recent_place_at = s_index
            ctx.recent_scene = None
        else:
            scene, rule = _scene_frame(ctx, sent, places), "place.scene_frame"
            if scene is None:
                scene, rule = _scene_told(ctx, sent, places), "place.scene_told"
            if scene is None and (ctx.recent_place is None or s_index - ctx.recent_place_at > INHERIT_SENTENCES):
                scene, rule = _scene_named(ctx, sent, places), "place.scene_named"
            if scene is not None:
                # "In Tirana, parliament re-elected Berisha. Riot police later broke up a gathering": a sentence
                # that opens by setting its scene in a town sets the paragraph there, though it tells no act
                # (rule place.scene_frame).
                ctx.recent_place, ctx.recent_window, ctx.recent_place_at = (scene, 1), None, s_index
                ctx.recent_scene = rule
        # Only a precise date carries over to the next sentences: "seized it in August" is background.
        dated = [c.window for c in sent_cands if c.window and c.window != ctx.current
                 and (c.window[1] - c.window[0]).days < INHERIT_MAX_DAYS]
        # "retook X on Wednesday, a day after the militia had seized it": the next sentence goes on with the news,
        # not with the act its sentence dated by it.
        news = [c.window for c in sent_cands if c.window and c.window != ctx.current
                and (c.window[1] - c.window[0]).days < INHERIT_MAX_DAYS and not BACKGROUND_RULES & set(c.rules)]
        # The sentence's own precise days, in the year of the story told before when they name none ("He was found
        # shot on July 12" after "seized him on July 10, 1997": of that year, date.story_year).
        # ("BAMAKO, Sept 12 (Reuters) -": a dateline's date is when the story was filed, date.dateline_is_filing; the
        # acts told after it take no day from it)
        # ("28 July, 2020" alone on its line under a headline: the page's date, its publication, not the story's
        # day; not a live blog's or a round-up's heading, "Tuesday 1 October", whose acts follow)
        stamps = [t for t in times if ctx.st.dates.filing_stamp(span_text(sent), t)
                  or t.date_start == t.date_end == ctx.article.published
                  and not any(ch.isalpha() for ch in span_text(sent)[:t.start] + span_text(sent)[t.end:])
                  and not any(day in t.text.lower() for day in ctx.st.dates.weekday_num)]
        explicit = [story_window(ctx, t) for t in times if t.date_start is not None and t.kind == TimeKind.EXPLICIT
                    and (t.date_end - t.date_start).days < INHERIT_MAX_DAYS and t not in stamps]
        if sent_cands and not news and all("date.offset_between_acts" in c.rules for c in sent_cands):
            # "Turkey's army landed on July 20, five days after officers overthrew the president. The troops took
            # X two days later": every act of the sentence counted back from the day the sentence names for its
            # news ("five days after"), the next sentence goes on from that day, not from the act counted back.
            told = {c.window for c in sent_cands}
            news = [w for w in explicit if w not in told]
        if dated and not news and prev_dates is not None and s_index - prev_at <= INHERIT_SENTENCES \
                and all(w[1] < prev_dates[0] for w in dated) \
                and all("modality.past_anchor" in c.rules for c in sent_cands if c.window in dated):
            # "An Israeli strike killed two fighters on Friday. Fears have grown since a strike on Beirut last week
            # killed a commander. The pair were hit near Naqura": a sentence whose only dated acts are told as the
            # time of something else, earlier than the story's day (an aside of background), leaves the story's day
            # where it was (rule date.inherited). (A relative clause's act, "Mzuzu, where police opened fire on
            # Wednesday", is often the news itself.)
            dated = []
        dated = news or dated
        dated += explicit if not sent_cands else []
        if not sent_cands and not dated and not matches:
            # "In Tirana, parliament re-elected Berisha on Monday. Riot police later broke up a gathering": the day
            # of what a sentence with no act word tells (not a report's day) is the story's day for the acts after
            # it. (A sentence with act words that gave no act, "police fired shots in the air on Wednesday", is
            # not: the acts after it are no sequel of it.)
            dated = [(t.date_start, t.date_end) for t in times if scene_day(ctx.st, sent, t) and t not in stamps]
        elif not sent_cands and not dated:
            # "On Monday, a counter-demonstration of 300 gathered in the square. Men from it attacked the
            # protesters": a day that opens the sentence, set off by a comma, frames what it and the next sentences
            # tell, though its own act words gave no act (rule date.inherited).
            text = span_text(sent)
            dated = [(t.date_start, t.date_end) for t in times if not text[:t.start].strip()
                     and text[t.end:].lstrip().startswith(",") and scene_day(ctx.st, sent, t)]
        if not sent_cands and not dated and placeless:
            # "An Israeli strike killed two Hezbollah fighters on Friday, a source said. ... The pair were hit near
            # Naqura": the act a sentence told on its day but with no place is the one told next with its place.
            dated = [(t.date_start, t.date_end) for t in times if scene_day(ctx.st, sent, t) and t not in stamps
                     and getattr(verb_of_time(sent, t), "i", None) in placeless]
        if not sent_cands and not dated:
            # "The toll from Saturday's attack could still rise. The policemen were on patrol outside Qala-i-Naw when
            # they came under fire": a day owning an act noun dates the act the story goes on to tell.
            dated = [(t.date_start, t.date_end) for t in times if names_an_act(sent, t) and t not in stamps]
        if dated:
            prev_dates, prev_at = dated[-1], s_index
        if not sent_cands:
            said = (s_index, report_day(ctx.st, sent, times))
        wide = [c.window for c in sent_cands if c.window and c.window != ctx.current]
        wide += [(t.date_start, t.date_end) for t in times if t.date_start is not None and t.kind == TimeKind.EXPLICIT
                 and not sent_cands and t not in stamps]
        if wide:
            linked, linked_at = wide[-1], s_index
        # A sentence that dates all its acts (or, with none, its time) long before publication tells background;
        # one with an act of the current news ends it.
        # ("who rebuilt after 2006 lost their businesses again this week": any time of the current news ends it)
        # ("Speight demands the repeal of the 1997 constitution": a date naming a thing tells no story's time)
        told = [c.window for c in sent_cands if c.window] if sent_cands else [
            (t.date_start, t.date_end) for t in times if t.date_start is not None and not names_a_thing(sent, t)
            and t not in stamps]
        if told and ctx.article.published is not None:
            old = [w for w in told if (ctx.article.published - w[1]).days > BACKGROUND_DAYS]
            background, background_at = (old[-1], s_index) if len(old) == len(told) else (None, -10)
            background_end = sent.start_char + len(span_text(sent).rstrip())  # (the newlines after it end a paragraph)
    candidates = _fold_assaults_into_battles(ctx.st, _fold_fighting_into_captures(ctx.st, _forced_handovers(
        ctx.st, _handed_over_next(ctx, _entries_under_deal(ctx.st, candidates, doc), doc), doc), doc), doc)
    told = [c.to_event(article) for c in candidates]
    implied: dict[tuple[str, str], tuple[object, str]] = {}
    for e, c in zip(told, candidates, strict=True):
        if c.implied_actor2 is not None:
            implied.setdefault((c.evidence, e.event_type), (c.implied_actor2, c.implied_rule))
    merged = _fill_implied_victims(merge_within_article(told, _covered(ctx)), implied)
    merged = narrowed_by_next_sentence(merged, doc, ctx.place_mentions,
                                       frozenset(ctx.st.words.lower("narrowing_act_nouns")))
    # Before the sides are guessed: a clash whose other side came out as civilians is still told as such here
    # (sides.civilians_no_side_of_battle clears that side later, for a clash that stays).
    on_civilians = clashes_on_civilians(merged, lambda name: getattr(ctx.st.actors.canonical(name), "kind", None)
                                        == CIVILIAN_KIND)
    merged = _without(merged, on_civilians, CLASH_ON_CIVILIANS_RULE, trace)
    merged = _without(merged, raid_told_again(merged), RAID_RETOLD_RULE, trace)
    events = _coup_sides(_default_attackers(_default_targets(
        _clash_sides(_default_losers(merged, ctx), ctx), ctx), ctx), ctx)
    # Only where the article tells a crowd's own event: police with no foe in an article of no protest or riot
    # ("coca growers clashed with police at a roadblock") are the only telling of that confrontation.
    crowd_told = any(ev.event_type in CROWD_TYPES for ev in events)
    lone = [ev for ev in events if crowd_told
            and _lone_police_battle(ev, ctx.st.actors, ctx.st.police_foes, ctx.st.fire_exchange)]
    events = _without(events, lone, "drop.police_without_foe", trace)
    # Damage with no doer told apart from a riot's own sentences, at its place on its days, is the riot's event.
    crowds = [ev for ev in events if ev.event_type == EventType.RIOTS]
    parts = [ev for ev in events if crowds and _crowd_story_part(ev, crowds)]
    events = _without(events, parts, "sides.crowd_story_part", trace)
    # Fire at police by shooters nobody names, in a story of rioting on its days, is the rioters' (no battle).
    fire = {id(ev): _fire_in_riot(ev, crowds, ctx.st.actors, ctx.st.crowd_inside) for ev in events}
    events = _without(events, [ev for ev in events if fire[id(ev)] is True], "sides.fire_in_riot", trace)
    events = [_riot_of_fire(ev, ctx.st.actors) if fire[id(ev)] is False else ev for ev in events]
    table = ctx.st.actors

    def state_of(name: str) -> str | None:
        actor = table.canonical(name)
        return actor.country if actor is not None and actor.kind == STATE_KIND else None

    events = fold_state_branches(events, state_of)
    known = ctx.st.actors.actors
    # Coded last, once the article's tellings are merged and every side is filled: the code of a state's forces
    # depends on the event's country (at home or abroad). An actor the table lacks codes 0.
    events = [replace(ev, inter1=inter_code(known.get(ev.actor1 or ""), ev.country),
                      inter2=inter_code(known.get(ev.actor2 or ""), ev.country)) for ev in events]
    heads = _headline_sentences(doc)
    strays = _drop_stray_headlines(events, heads)
    countries = {c.place.name for c in candidates if _kind(c.place) == COUNTRY_KIND}
    kept = _drop_headline_summaries(strays, heads, countries)
    if trace is not None:
        for ev in events:
            if ev not in kept:
                _trace_dropped_event(trace, ev, "drop.stray_headline" if ev not in strays else "drop.headline_summary")
    return kept


def _without(events: list[Event], dropped: list[Event], rule: str, trace: Explanation | None) -> list[Event]:
    """The events but the dropped ones (each shown in the trace as dropped by the article-wide `rule`)."""
    if trace is not None:
        for ev in dropped:
            _trace_dropped_event(trace, ev, rule)
    return [ev for ev in events if all(ev is not d for d in dropped)] if dropped else events


def _trace_dropped_event(trace: Explanation, ev: Event, rule: str) -> None:
    """A finished record dropped by an article-wide rule: shown under its first telling, by that rule."""
    trace.sentence(-1, ev.evidence[0]).decisions.append(Decision(
        ev.evidence[0][:60], ev.sub_event_type, False, [check(rule)]))


RUN_IN_WORDS = 4  # a run-in heading names a section in a few words


def _run_in_heading(sent: Span) -> bool:
    """Is the sentence a run-in heading ("Air strikes. The coalition said ...", "Detentions and protests.")? A few
    words with no verb and a full stop, opening a paragraph that goes on after them on the same line, as reports
    of relief agencies and monitors name their sections: the name of what the section tells, not an act."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or len(words) > RUN_IN_WORDS or span_text(sent).rstrip()[-1:] != "." \
            or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    text = text_of(sent.doc)
    before = text[:sent.start_char].rstrip(" \t")
    after = text[sent.end_char:sent.end_char + 2].lstrip(" \t")
    return bool(before) and before.endswith("\n") and bool(after) and not after.startswith("\n")


def _at_country_of(broad, place) -> bool:
    """Is `broad` only the country `place` lies in (an act told with no place of its own, placed at its country)?"""
    return _kind(broad) == COUNTRY_KIND and getattr(place, "country", None) == getattr(broad, "country", "")


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
        # (a riot told before and dated only as current news, the month before publication, is no evidence
        # that it was on the force's day)
        riot = next((r for r in riots if _overlap(r.window, c.window) and (r in sent_cands or r.window != ctx.current)
                     and (r.place == c.place or _at_country_of(
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


def _figures_taken(ctx: _ArticleContext, arrest: _Candidate, figures: frozenset[str] | set[str]) -> bool:
    """Are the people an arrest takes a movement's figures: a leader noun (words/figure_nouns) told as someone's
    ("leaders of their union", "the party's chairman", "protest organisers": a bare "the head" or "the president"
    may lead anything) or a person named by name?"""
    taken = ctx.st.args.victim_objects(ctx.doc[arrest.head_i])
    taken += [a for t in taken for a in t.children if a.dep_ == "appos"]

    def someones(t: Token) -> bool:
        return any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
    return any(t.lemma_.lower() in figures and someones(t) or t.pos_ == "PROPN" and t.ent_type_ == "PERSON"
               for t in taken)


def _crowd_aftermath(ctx: _ArticleContext, candidates: list[_Candidate], sent_cands: list[_Candidate], s_index: int
                     ) -> tuple[list[_Candidate], list[tuple[_Candidate, str]]]:
    """What a crowd told in the sentence before did or met at its place, on its days, told next: arrests of the
    demonstrators make a peaceful protest a protest with intervention (spec: "Arrests of demonstrators belong to
    the demonstration's event"); property the crowd itself destroyed ("they set fire to a party office") makes it
    a violent demonstration, one event; a part of it that did ("some of them torched cars") rioted apart from the
    protest (as sides.crowd_part, merge.crowd_parts). Destruction by others ("looters", "crowds") is their own."""
    crowds = [c for c in candidates if c.sent_index == s_index - 1 and SUB_TO_TYPE[c.sub] in CROWD_TYPES]
    # ("Youths stoned police in X. Hundreds stayed in the streets. Police said 25 people were arrested there.": a
    # sentence that tells no act between the crowd and the arrests leaves the crowd the last act told; the arrests
    # are still its own, rule settle.arrests_at_protest)
    lately: list[_Candidate] = []
    if not crowds:
        # (the acts are kept in the order told: the last one before this sentence is the latest told, found by
        # walking back, not by scanning every act of the article)
        told = next((c.sent_index for c in reversed(candidates) if c.sent_index < s_index), None)
        if told == s_index - 2:
            lately = [c for c in candidates if c.sent_index == told and SUB_TO_TYPE[c.sub] in CROWD_TYPES]
    if not crowds and not lately:
        return sent_cands, []
    kept, dropped = list(sent_cands), []
    figures = ctx.st.words.lower("figure_nouns")
    for c in sent_cands:
        if c.sub == SubType.ARRESTS and _figures_taken(ctx, c, figures):
            # "Police arrested six leaders of the coalition afterwards", "Police later detained Ali Musa, who
            # called the march": a movement's figures taken after its crowd is an arrest of its own (ACLED: the
            # arrest of significant people), not the demonstrators' arrests the protest holds.
            kept[kept.index(c)] = replace(c, rules=(*c.rules, "settle.figures_arrested_after_crowd"))
            continue
        # (told two sentences on, only arrests that name no place of their own: "arrested 30 people", "there")
        near = crowds or (lately if c.sub == SubType.ARRESTS and "place.syntax" not in c.rules else [])
        crowd = next((r for r in reversed(near) if _same_spot(r.place, c.place) and _overlap(r.window, c.window)),
                     None)
        if crowd is not None and crowd.sub == SubType.VIOLENT_DEMONSTRATION \
                and c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION and c.actor1 is None \
                and not act_doers(ctx.doc[c.head_i]):
            # "Rioters stormed the town hall. The building was partly burned.": property destroyed with no doer
            # told, at the riot's place on its days, is what the riot did (ACLED codes it within the riot).
            kept.remove(c)
            dropped.append((c, "settle.destruction_in_riot"))
            continue
        if crowd is None or crowd.sub not in (SubType.PEACEFUL_PROTEST, SubType.PROTEST_WITH_INTERVENTION) and not (
                c.sub == SubType.ARRESTS and crowd.sub == SubType.VIOLENT_DEMONSTRATION):
            # ("Youths threw stones at police in X. Police said 12 people were detained there.": the rioters'
            # arrests are the riot's too, one event)
            continue
        country = getattr(crowd.actor1, "country", None) or getattr(crowd.place, "country", None) or ""
        rioters = ctx.st.actors.default_actor(RIOTER_KIND, country) or crowd.actor1
        if c.sub == SubType.ARRESTS:
            rule = "settle.arrests_at_protest"
            changes: dict[str, object] = {} if crowd.sub != SubType.PEACEFUL_PROTEST else dict(
                sub=SubType.PROTEST_WITH_INTERVENTION, actor2=crowd.actor2 or c.actor1)
        elif c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION and c.actor1 is None:
            doers = act_doers(ctx.doc[c.head_i])
            if any(t.lemma_.lower() in ctx.st.words.lower("partitive_words") for t in doers):
                kept[kept.index(c)] = _recode(c, "sides.crowd_part", sub=SubType.VIOLENT_DEMONSTRATION,
                                              actor1=rioters, actor2=None)
                continue
            if not any(t.pos_ == "PRON" or t.lemma_.lower() in ctx.st.words.lower("protester_lemmas")
                       for t in doers):
                continue
            rule = "settle.crowd_turned_violent"
            changes = dict(sub=SubType.VIOLENT_DEMONSTRATION, actor1=rioters, actor2=crowd.actor2)
        else:
            continue
        kept.remove(c)
        dropped.append((c, rule))
        if changes:
            _amend(ctx, candidates, crowd, rule, **changes)
            crowds = [r for r in candidates if r.sent_index == s_index - 1 and SUB_TO_TYPE[r.sub] in CROWD_TYPES]
            lately = [r for r in candidates if r.sent_index == s_index - 2 and SUB_TO_TYPE[r.sub] in CROWD_TYPES] \
                if lately else []
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


def _victims_told_after(ctx: _ArticleContext, sent: Span, actors: list[Mention],
                        candidates: list[_Candidate]) -> None:
    """discourse.victims_told_after: a sentence of no act of its own that tells who the dead of the acts just told
    were ("Gunmen killed 15 people near Djibo. Those killed were members of the VDP", "... The victims were truffle
    hunters") decides what the acts were when their own words did not: people killed who were armed, an attack read
    as one on civilians, are a fight's toll (Armed clash); civilians killed in an attack read as a fight only by
    default (nobody armed named as hit) were attacked (Violence against civilians)."""
    told = ctx.args.dead_told(sent)
    if not told:
        return
    # (an armed side named by name or role, not in a clause on them: "vigilantes who had pursued the bandits")
    described = {d.i for t in told if t.dep_ in ("relcl", "acl") for d in t.subtree}
    own = {t.i for t in told} - described
    named = [m for m in actors if m.token.i in own and m.value.kind not in UNARMED_KINDS and not m.extra.get("generic")]
    status = ARMED_STATUS if named else ctx.args.status_of(told)
    if not status:
        return
    for c in [c for c in candidates if c.sent_index == ctx.last.sent_index]:
        head = ctx.doc[c.head_i]
        if c.trigger.sub not in (ATTACK_CLASS, KILL_CLASS) or ctx.args.victims_named(head):
            continue
        # (not when the act's own sentence names civilians among them, the doers' words aside: "killed 10 people,
        # among them three children ... The army said those killed were militants" is the army's version)
        doers = [(m.start, m.end) for m in ctx.actors_in(head.sent)]
        words = [t for t in head.sent if not any(lo <= t.idx < hi for lo, hi in doers)]
        if status == ARMED_STATUS and c.sub == SubType.ATTACK and not ctx.args.civilians_named(words):
            _amend(ctx, candidates, c, "discourse.victims_told_after", sub=SubType.ARMED_CLASH,
                   actor2=named[0].value if named else None)
        elif status == CIVILIAN_STATUS and c.sub == SubType.ARMED_CLASH and "subtype.victims.armed" in c.rules:
            _amend(ctx, candidates, c, "discourse.victims_told_after", sub=SubType.ATTACK,
                   actor2=ctx.st.actors.canonical("Civilians"))


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


def _named_by_place(st: Stages, head, places: list[Mention], times) -> bool:
    """"a film about the Srebrenica massacre", "those killed in the Solhan massacre": an act noun named by its
    place, inside another phrase and with no date of its own, is a past act referred to by its name, not told
    here (spec: what the text says happened, at its own date; with none given it cannot be coded). Not the act a
    toll is of ("the death toll from the Solhan massacre rose to 160"): news of it."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or not any(c.dep_ == "det" and c.lower_ == "the"
                                                             for c in head.children):
        return False
    names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names or not any(m.start <= c.idx < m.end for c in names for m in places):
        return False
    if _toll_of(st, head):
        return False
    # Its own words: the phrase up to the noun and what hangs on it by a preposition ("of July 1995"), not a
    # clause the parse hung on it ("... premiered in Sarajevo on Friday").
    spans = [(head.left_edge.idx, head.idx + len(head.text))] + [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in head.children
        if c.i > head.i and c.dep_ in ("prep", "npadvmod", "appos")]
    start = head.sent.start_char
    return not any(lo <= start + t.start < hi for t in times for lo, hi in spans)


def _inside_name(match: TriggerMatch) -> bool:
    """Is the trigger a capitalised word inside a proper name that goes on after it ("West Papua National
    Liberation Army", "the Salvation Front"), by the parse: a name the actor table does not know
    (`_in_actor_name` reads the ones it knows)? Not at the sentence's start, where any word is capitalised."""
    return all(t.pos_ == "PROPN" and t.is_title and not t.is_sent_start and t.dep_ == "compound"
               and t.head.pos_ == "PROPN" and t.head.i > t.i for t in match.tokens)


def _in_acronymed_name(match: TriggerMatch, joiners: frozenset[str]) -> bool:
    """Is the trigger a capitalised word of a name spelt out before its acronym ("the People's Liberation of
    Guerrilla Army (PLGA)", "the Front for the Liberation of the Enclave of Cabinda (FLEC)"): a run of capitalised
    words, joined only by small words (words/name_joiners.txt), that the acronym's letters stand for?
    (`_inside_name` reads the names the parse makes compounds of.) Not at the sentence's start, where any word is
    capitalised."""
    toks = match.tokens
    if not toks or not all(t.is_title and not t.is_sent_start for t in toks):
        return False
    doc = toks[0].doc
    lo, hi = toks[0].i, toks[-1].i
    while lo - 1 >= 0 and (doc[lo - 1].is_title or doc[lo - 1].lower_ in joiners) \
            and not doc[lo - 1].is_sent_start:
        lo -= 1
    while hi + 1 < len(doc) and (doc[hi + 1].is_title or doc[hi + 1].lower_ in joiners):
        hi += 1
    if hi + 3 >= len(doc) or doc[hi + 1].text != "(" or doc[hi + 3].text != ")":
        return False
    acronym = doc[hi + 2].text
    initials = {t.text[0] for t in doc[lo:hi + 1] if t.is_title}
    return len(acronym) >= 2 and acronym.isupper() and acronym.isalpha() and len(initials) >= 2 \
        and set(acronym) <= initials


def _pronoun_armed(ctx: _ArticleContext, s_index: int, sent: Span, match: TriggerMatch,
                   actors: list[Mention]) -> list[Mention]:
    """"Rebels seized X on Saturday. Two days later, they entered Y": an armed doer a pronoun subject stands for
    counts as the armed side the trigger needs, as if named in the sentence; nothing when one is named there."""
    if any(m.value.kind not in UNARMED_KINDS for m in actors):
        return []
    doer = _pronoun_doer(ctx, s_index, sent, match.head)
    if doer is None or doer.kind in UNARMED_KINDS:
        return []
    return [Mention(doer, match.head.idx, match.head.idx, match.head, extra={"pronoun": True})]


PERSON_NEEDS = frozenset({"people", "captive", "taken_person"})  # readings that take a person, not a place


def _choose(st: Stages, match: TriggerMatch, sent: Span, places, actors, words) -> Trigger | None:
    # A trigger is not its own evidence: "rally" does not show that a rally is a protest.
    own = {t.lemma_.lower() for t in match.tokens} | {t.lower_ for t in match.tokens}
    context = words - own
    alternatives = match.alternatives
    if any(c.dep_ == "dobj" and c.lemma_.lower() in st.args.PEOPLE_WORDS for c in match.head.children) or (
            match.head.dep_ == "acl" and match.head.head.lemma_.lower() in st.args.PEOPLE_WORDS) or (
            any(p.lemma_.lower() in st.args.PEOPLE_WORDS for p in relative_patients(match.head))):
        # "capturing 48 people", "passengers they had seized" take people, not a town: the readings that need
        # people (or a captive: "captured a senior militant leader", an arrest by troops) go first, in the
        # lexicon's order.
        alternatives = sorted(alternatives, key=lambda t: not PERSON_NEEDS & set(t.needs))
    for trig in alternatives:
        if cancelled_by(trig, match, words, st.lexicon.without_preps):  # in the trigger's clause, about the act
            continue
        if all(st.args.needs_met(n, match.head, sent, places, actors, context) for n in trig.needs):
            return trig
    return None


RAID_SUBS = frozenset({SubType.ATTACK, SubType.ARMED_CLASH})  # the violent acts a raid is told by
RAID_PART_SUBS = frozenset({SubType.ABDUCTION_FORCED_DISAPPEARANCE})  # what a raid's victims suffer besides death
RAID_PART_SENTENCES = 2  # how far after the raid its other acts are still told as parts of it


def _raid_part(ctx: _ArticleContext, s_index: int, trig: Trigger, head) -> bool:
    """Is the act a passive with its patient as subject and nothing else ("Other people were kidnapped"), told
    just after a raid (an attack or a clash), as a part of that raid?"""
    return trig.sub in RAID_PART_SUBS and ctx.last is not None and ctx.last.sub in RAID_SUBS \
        and 0 < s_index - ctx.last.sent_index <= RAID_PART_SENTENCES \
        and any(c.dep_ == "nsubjpass" for c in head.children)


def _whose_people(tok) -> bool:
    """Is the word inside an "of" phrase that tells whose people a noun names ("relatives of missing people",
    "the families of the disappeared")?"""
    while tok.dep_ in ("amod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"


def _build(ctx: _ArticleContext, s_index: int, sent: Span, match: TriggerMatch, trig: Trigger,
           places: list[Mention], actors: list[Mention], times, words: set[str],
           prev_dates, stats: Stats, heads=()) -> tuple[list[_Candidate], str | None]:
    """The candidate events of one trigger: its actors, place(s), window and sub-type, coded ACLED's way; or
    no candidate and the id of the rule that dropped it."""
    head = match.head
    why: list[str] = ["trigger.lexicon"]
    if trig.sub == SubType.CHANGE_TO_GROUP_ACTIVITY and _civil_body_changed(ctx.st, head):
        return [], "drop.decree"
    if trig.sub == TERRITORY_CLASS and _vague_extent(ctx.st, head, places):
        return [], "drop.vague_extent"
    if trig.sub == TERRITORY_CLASS and _consequence_of_state(ctx.st, head):
        return [], "drop.consequence_of_state"
    if trig.sub == TERRITORY_CLASS and _person_taken(ctx.st, head):
        return [], "drop.person_not_place"
    if trig.sub == TERRITORY_CLASS and _ground_not_taken(ctx.st, head):
        return [], "drop.not_ground"
    if _named_by_place(ctx.st, head, places, times):
        return [], "drop.named_past_act"
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
    if chosen is None and not anchored and _raid_part(ctx, s_index, trig, head):
        # "Gunmen attacked four villages in X on Sunday ... More than 20 people were kidnapped": people taken in
        # the passive, with no place, doer or day, right after a raid, were taken in that raid, where the raid
        # was told, the last town or site named in the sentences just before (EVENTS.md: one raid, several acts,
        # one event per sub-type).
        named = ctx.last_place_named(head, s_index, kinds=(CITY_KIND, SITE_KIND))
        if named is not None:
            chosen = [Mention(named.value, head.idx, head.idx, head, precision=max(2, named.precision))]
            why.append("place.taken_in_raid")
    toll = ctx.args.fatalities(span_text(sent)) if not chosen else None
    statistic = not chosen and (toll is not None and toll >= STATISTIC_TOLL or any(
        t.kind in (TimeKind.SINCE, TimeKind.DURATION) for t in times))
    if not chosen and trig.sub == KILL_CLASS and ctx.last is not None and not statistic \
            and s_index - ctx.last.sent_index <= 2 \
            and (ctx.last.sub in (SubType.ABDUCTION_FORCED_DISAPPEARANCE, SubType.LOOTING_PROPERTY_DESTRUCTION)
                 or SUB_TO_TYPE[ctx.last.sub] == EventType.STRATEGIC_DEVELOPMENTS and not any(
                     t.date_start and t.date_end and (t.date_end - t.date_start).days > WEEK_DAYS for t in times)):
        # "Gunmen abducted 30 passengers near X. Two who tried to run were shot dead": an abduction or a burning
        # kills no one, so the civilians killed are no toll of it but an attack of the same raid, where it was
        # (EVENTS.md: one event per sub-type, the toll on the event it belongs to). So with any strategic
        # development ("Police arrested 40 people in X after the killing of an MP. The MP was shot dead outside
        # his home on Monday"): an arrest or a deal kills no one; a toll over a longer span ("40 were killed in
        # the area last year", after a peace deal) is the deal's background, no act.
        chosen = [Mention(ctx.last.place, head.idx, head.idx, head, precision=ctx.last.precision)]
        why.append("place.killed_in_raid")
    if chosen is None:
        stats.no_place += 1
        return [], "drop.no_place"
    if not chosen:
        if trig.sub == KILL_CLASS and ctx.last is not None and ctx.last.fatalities is None and not statistic:
            # "At least two children were killed": the toll of the act just told, not another act;
            # "more than 10,000 have been killed since 2014" is a statistic, not that toll.
            return [], "discourse.toll_of_last_act"
        return [], "drop.toll_of_last_act"
    window = _window(ctx, sent, head, times, prev_dates, trig, stats, why)
    if "place.recent_act" in why and "date.expression" in why and _long_before(window, ctx.recent_window) \
            and not _place_named_again(ctx.st, sent):
        # "Tuareg rebels said they killed dozens near X. The rebels took control of several towns in the north in
        # 2012": an act dated by its own words long before the act just told, in a sentence naming no place, is
        # background; where the news happened says nothing of where it did.
        return [], "drop.background_elsewhere"
    windows = _acts_of_pair(ctx.st, head, heads, times, window)
    if len(windows) > 1:
        why.append("date.pair_of_acts")
    else:
        windows = _days_again(ctx.st, sent, head, times, window)
        if len(windows) > 1:
            why.append("date.again_on_day")
    act_words = _act_words(ctx.st, match, sent, words) if trig.sub in (ATTACK_CLASS, KILL_CLASS) else None
    sub = _resolve_sub(ctx.st, trig, head, words, a1, a2, actors, chosen[0].value, why, act_words,
                       others=[t for t in match.tokens if t.i != head.i])
    if sub is None:
        return [], "drop.no_subtype"
    if sub == SubType.NON_VIOLENT_TRANSFER_OF_TERRITORY and a1 is not None and a2 is not None \
            and a1.value.kind == STATE_KIND == a2.value.kind and a1.value.country == a2.value.country:
        # "Police withdrew from the town and the army took up positions": a place handed from one of a state's
        # forces to another of its own changes no hands.
        return [], "drop.same_state_handover"
    if "place.killed_in_raid" in why and sub != SubType.ATTACK:
        return [], "drop.toll_of_last_act"  # (a guard killed in the raid: the raid's toll, no fight of its own)
    if sub == SubType.ATTACK and ctx.crowd_place is not None and any(m.value.kind == STATE_KIND for m in actors) \
            and _where_the_crowd_was(ctx.crowd_place[0], chosen[0].value) \
            and not _crowd_came_after(ctx.st, head):
        # "people were killed when soldiers opened fire" in a story of protests there: the state's forces
        # killing unarmed people where crowds are out is force against the protesters (ACLED).
        sub = SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
        why.append("subtype.victims.protest_story")
    elif sub == SubType.ATTACK and a1 is None and trig.sub == KILL_CLASS and any(
            c.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and c.place == chosen[0].value for c in ctx.last_told):
        # "Troops fired on the strikers in X. Six people died there.": the dead of that force, no
        # attack of their own (told with the crowd's riot or not).
        sub = SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
        why.append("subtype.victims.protest_story")
    toll_of = next((c for c in (ctx.last, *ctx.last_told) if c is not None
                    and c.fatalities is None and c.place == chosen[0].value
                    and (SUB_TO_TYPE[c.sub] in (EventType.RIOTS, EventType.PROTESTS)
                         or (SUB_TO_TYPE[c.sub] == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                             or c.sub == SubType.ARMED_CLASH)
                         and head.lemma_.lower() in ctx.st.words.lower("death_lemmas")
                         and not another_act(ctx.st, head)
                         and _overlap(c.window, window, ctx.article.published))), None) \
        if sub == SubType.ATTACK and a1 is None and trig.sub == KILL_CLASS else None
    if toll_of is not None:
        # "Demonstrators torched the party's offices in X and police fired on them. Nine people died there.":
        # the dead of that riot, no attack of their own; so with any crowd act of the sentence before at the
        # place ("crowds looted shops in X, and the violence spread to Y. Several more died in Y"; "police fired
        # tear gas at marchers in X. Two people were killed in X") and any strike or blast there ("Jets struck X
        # on Monday. Nine civilians were killed in X") or fight there ("Troops and militants clashed in X. Four
        # civilians were killed in X": civilians killed in a battle are its toll, spec) on days that may be its
        # own: a crowd's wounded may die days later, strikes and fights in a town come day after day. A strike's,
        # blast's or fight's dead are told killed or dead ("two men were stabbed to death" there is a knifing of its
        # own), and not as another act ("in a separate attack, two men were killed").
        return [], "discourse.toll_of_last_act" if toll_of is ctx.last else "drop.toll_of_last_act"
    missing = ctx.st.words.lower("missing_words")
    if sub == SubType.ARRESTS and (any((t.lemma_.lower() in missing or t.lower_ in missing) and not _whose_people(t)
                                       for t in sent) or ctx.st.missing_since.search(span_text(sent))):
        # "has been missing since police detained him": people detained and not seen since were forcibly
        # disappeared (ACLED), not arrested; not "detained relatives of missing people" (the word tells whose
        # relatives they are).
        sub = SubType.ABDUCTION_FORCED_DISAPPEARANCE
        why.append("subtype.arrest.missing")
    elif sub == SubType.ARRESTS and a1 is not None and a1.value.kind not in GENERIC_STATE_KINDS \
            and ctx.st.unknown_destination.search(span_text(sent)):
        # "militiamen detained dozens of men and took them to an unknown destination": held by an armed group at a
        # place nobody is told, a forced disappearance (a state's forces holding people so still arrest them).
        sub = SubType.ABDUCTION_FORCED_DISAPPEARANCE
        why.append("subtype.arrest.unknown_destination")
    if assoc:
        why.append("actor.assoc_backed_by")
    # A summed toll ("all told, 10 soldiers were killed ...") is no one act's.
    fatalities = None if ctx.st.tally.search(span_text(sent)) else ctx.args.fatalities(span_text(sent))
    count = ctx.args.count_of(head, _name_tokens(places))
    claimed = ctx.args.claimed_by(span_text(sent))
    why += [r for r, v in (("fatalities.sentence", fatalities), ("count.trigger", count),
                           ("claimed_by.sentence", claimed)) if v is not None]
    out = []
    # "captured Maarat al-Numan in January and Saraqeb in February": each place of a list with a time of its own
    own = dates_of_places(sent, chosen, times) if len(chosen) > 1 and len(windows) == 1 else {}
    for w in windows:
        for p in chosen:
            at, rules = (own[id(p)], (*why, "date.place_own_time")) if id(p) in own else (w, tuple(why))
            cand = _Candidate(
                sub=sub, sent_index=s_index, trigger=trig, head_i=head.i, evidence=" ".join(span_text(sent).split()),
                place=p.value, precision=max(p.precision, _kind_precision(p.value)),
                actor1=a1.value if a1 else None, actor2=a2.value if a2 else None,
                assoc=[m.value for m in assoc], window=at, fatalities=fatalities, count=count,
                claimed_by=claimed, confidence=trig.weight, rules=rules,
            )
            out += _with_answered_protest(_code_sides(cand, ctx, actors, words), ctx)
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


def _days_again(st: Stages, sent, head, times, window) -> list:
    """"attacked the base on Monday and again on Wednesday", "marched on Saturday and once more on Monday": a day of
    the act's window followed by another day told with "again" is the act done once on each, two acts (one event
    per act: the merge keeps one-day windows apart). Only days of the act's own words: "arrested 12 people after
    protests on Friday and again on Saturday" tells the protests' days, not the arrests'."""
    if window is None:
        return [window]
    text = span_text(sent)
    days = sorted((t for t in times if t.date_start is not None and t.date_start == t.date_end
                   and _day_of_act(sent, head, t)), key=lambda t: t.start)
    out = [window]
    for a, b in zip(days, days[1:], strict=False):
        if st.date_again_glue.match(text[a.end:b.start]) and (a.date_start, a.date_end) in out \
                and (b.date_start, b.date_end) not in out:
            out.append((b.date_start, b.date_end))
    return out


def _day_of_act(sent, head, t) -> bool:
    """Is the time no day of another act's phrase: does it reach the act's word or a verb before any other act's word
    ("after protests on Friday": the protests')? (The parse may hang "again on Wednesday" on the reporting verb.)"""
    first = next((tok for tok in sent if tok.idx == sent.start_char + t.start), None)
    return first is not None and not _in_phrase_of(first, trigger_tokens(sent.doc) - {head.i}, head)


def _where_the_crowd_was(crowd_place, place) -> bool:
    """Is the act's place where the crowd told before was: its town, or anywhere in its country when the crowd was
    a movement told for the whole country?"""
    if getattr(crowd_place, "country", None) != getattr(place, "country", None):
        return False
    return _kind(crowd_place) == COUNTRY_KIND or getattr(crowd_place, "name", None) == getattr(place, "name", None)


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
    fights = {SubType.ARMED_CLASH, ATTACK_CLASS} if head.lemma_.lower() in small_arms else {SubType.ARMED_CLASH}
    return any(m.head.i == verb.i and any(t.sub in fights for t in m.alternatives) for m in matches)


def _takes_own_country(st: Stages, head, trig: Trigger, places: list[Mention], a1) -> str | None:
    """Is a taking of ground ("seized control of X", "took over X") the taking of a whole country, by nobody
    named or by that country's own state forces? No town or site of the sentence is what was taken. Returns the
    id of the rule that says so, or None."""
    if trig.sub != TERRITORY_CLASS:
        return None
    own = [p for p in places if not p.extra.get("in_actor") and not p.extra.get("locator")
           and governed(head, p.token) and p.token.dep_ in ("pobj", "dobj", "nsubjpass")]
    if not own and a1 is not None and a1.value.kind in GENERIC_STATE_KINDS and _nation_taken(st, head):
        return "subtype.coup.the_country"  # "the military seized control of the country": its own country
    if not own or any(_kind(p.value) != COUNTRY_KIND for p in own) or st.args.place_anaphor(head):
        return None  # "retook the eastern Ukraine city": a town of the country, not the country
    country = own[0].value.country
    if a1 is None or a1.value.kind in GENERIC_STATE_KINDS and a1.value.country == country:
        return "subtype.coup.own_country_taken"
    return None


def _civil_body_changed(st: Stages, head) -> bool:
    """Is what the trigger dissolves, disbands or suspends an unarmed body of the state ("the junta dissolved
    parliament and the government", "the dissolution of the assembly")? That is a decree, not a change to an
    armed group."""
    bodies = st.words.lower("civil_bodies") | st.words.lower("elected_chambers")
    verb = _verb_of(head)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj"]
    # ("dissolved the opposition National League and 39 other parties": the body named in apposition, and those
    # listed with it)
    objects += [c for o in objects for c in o.children if c.dep_ == "appos"]
    objects += [c for o in objects for c in o.conjuncts]
    return any(o.lemma_.lower() in bodies for o in objects)


def _place_named_again(st: Stages, sent) -> bool:
    """Does the sentence name a place again ("torched much of the district in 2006", "fighting there in 2012")?"""
    definite = st.words.lower("definite_determiners")
    places, adverbs = st.args.PLACE_NOUNS, st.words.lower("place_adverbs")
    return any(t.lower_ in adverbs and t.dep_ == "advmod" or t.pos_ == "NOUN" and t.lemma_.lower() in places
               and any(c.dep_ == "det" and c.lower_ in definite for c in t.children) for t in sent)


def _scene_frame(ctx: _ArticleContext, sent, places: list[Mention]) -> object | None:
    """The town a sentence opens with as its scene ("In Tirana, ...": words/scene_frame_prepositions.txt, the name,
    a comma), when it is a town of the story's own country: where the acts told after it without a place of their
    own happened (rule place.scene_frame)."""
    if len(sent) < 4 or sent[0].lower_ not in ctx.st.words.lower("scene_frame_prepositions") or not places:
        return None
    first = places[0]
    text = text_of(sent.doc)
    if first.start != sent[1].idx or text[first.end:first.end + 1] != "," or _kind(first.value) != CITY_KIND:
        return None
    if ctx.country is not None and getattr(first.value, "country", None) != ctx.country:
        return None  # "In Washington, the Pentagon said ...": who spoke, abroad, not where the story goes on
    return first.value


def _scene_told(ctx: _ArticleContext, sent, places: list[Mention]) -> object | None:
    """"The worst incident happened on Wednesday in Siteki. Soldiers opened fire on a crowd ...": the town of the
    story's country that a verb of taking place (words/occurrence_verbs.txt) governs in a sentence that tells no
    act, whose subject is a noun: the scene of the acts told after it without a place of their own, over the last
    act's place (rule place.scene_told)."""
    for p in places:
        if _kind(p.value) != CITY_KIND or p.extra.get("in_actor") or p.extra.get("locator") \
                or (ctx.country is not None and getattr(p.value, "country", None) != ctx.country):
            continue
        verb = ctx.occurrence_verb(p.token)
        if verb is not None and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children):
            return p.value
    return None


_QUOTES = frozenset("\"'\u2018\u201c")


def _scene_named(ctx: _ArticleContext, sent, places: list[Mention]) -> object | None:
    """The one town a sentence that tells no act names, with no act told just before it ("Djibo has been under
    blockade since 2022. Militants attacked an army post on the outskirts of the town on Sunday"): the scene the
    story opens on, where the acts told after it without a place of their own happened (rule place.scene_named).
    Not a town that only locates another, a source's seat, an actor's name, the dateline, a place abroad, nor
    where people went or came from ("taken to X", "fled from X": words/scene_away_prepositions.txt)."""
    away = ctx.st.words.lower("scene_away_prepositions")
    text = text_of(sent.doc)
    own = {p.value for p in places
           if text[max(0, p.start - 1):p.start] not in _QUOTES  # ("son of 'El Chapo'": a nickname, not a town)
           and _kind(p.value) == CITY_KIND and not p.extra.get("in_actor") and not p.extra.get("locator")
           and not p.extra.get("dateline") and not ctx.args.speaks(p.token)
           and (ctx.country is None or getattr(p.value, "country", None) == ctx.country)
           and not (p.token.dep_ == "pobj" and p.token.head.lower_ in away)}
    return next(iter(own)) if len(own) == 1 else None


def _long_before(window, recent) -> bool:
    """Did the act's window end more than BACKGROUND_GAP_DAYS before the window of the act just told began?"""
    return window is not None and recent is not None and window[1] is not None and recent[0] is not None \
        and (recent[0] - window[1]).days > BACKGROUND_GAP_DAYS


def _consequence_of_state(st: Stages, head) -> bool:
    """Is the taking a participle telling what a state held since some time brings about ("rebels have held the
    countryside around X since 2022, cutting the town off")? It tells the state's effect, no act of its own."""
    return head.tag_ == "VBG" and head.dep_ == "advcl" and any(
        c.dep_ == "prep" and c.lower_ in st.words.lower("state_span_prepositions") for c in head.head.children)


def _vague_extent(st: Stages, head, places: list[Mention]) -> bool:
    """Is the ground taken only ground with no bounds ("areas have come under militant control", "seized
    swathes of territory", "has lost ground"), or towns in the plural that are not named ("took control of several
    towns in the north in 2012", "helped regain most major towns"), with no place named in what the trigger
    governs? Many places with none of their own (NOTES.md: "the unnamed towns to the northeast of Palmyra")."""
    # (a country names no bounds: "has lost ground in central Somalia")
    if any(governed(_verb_of(head), p.token) and _kind(p.value) != COUNTRY_KIND for p in places):
        return False
    vague = st.words.lower("vague_extent_nouns")
    towns = st.words.lower("settlement_nouns")
    verb = _verb_of(head)
    taken = [c for c in (*verb.children, *head.children) if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    # ("took control of several towns": the parse may hang "of" on the verb)
    taken += [g for c in (*taken, verb) for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in vague or t.tag_ == "NNS" and t.lemma_.lower() in towns and _unnamed(st, t, verb)
               for t in taken)


def _unnamed(st: Stages, towns, verb) -> bool:
    """Are the towns uncounted ("several towns", "most towns"; not "four villages"), not named ("the villages of X
    and Y", "Sinai villages") and placed in no region named or the story's ("in the north of the Sinai peninsula",
    "in the province": the province's), in the words of the verb that takes them?"""
    if _named_after(towns) or any(c.dep_ == "nummod" for c in towns.children):
        return False
    return not any(t.pos_ == "PROPN"  # (not "the north": no name)
                   or t.lemma_.lower() in st.args.PLACE_NOUNS and t.pos_ == "NOUN"
                   for w in (verb, towns) for t in w.subtree if t.i != towns.i and t.dep_ not in ("nsubj", "nsubjpass")
                   and not any(a.dep_ in ("nsubj", "nsubjpass") and a.head.i == verb.i for a in t.ancestors))


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
