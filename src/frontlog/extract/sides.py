"""Who did it and to whom: the actors of a trigger (doers, targets, victims, allies), the sides of a clash, and the
article-level defaults (unnamed attackers, implied victims, the losing side, a strike's target, a coup's sides)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from frontlog.extract.arguments import (
    Mention,
    act_doers,
    compound_head,
    coordinated,
    governed,
    hyphen_words,
    in_clause_of_its_own,
    participle_on,
)
from frontlog.extract.candidates import (
    GENERIC_STATE_KINDS,
    INHERIT_SENTENCES,
    UNARMED_KINDS,
    Stages,
    _Candidate,
    _recode,
    _verb_of,
)
from frontlog.extract.components import ACTORS, ALIGN
from frontlog.extract.context import _ArticleContext, _doerless
from frontlog.extract.dates import TimeKind
from frontlog.extract.merge import COUNTER_PROTEST_RULE, days_apart, km, windows_overlap
from frontlog.extract.rules import check
from frontlog.knowledge.actors import (
    AIR_ROLE,
    CIVILIAN_KIND,
    EXTERNAL_KIND,
    MILITIA_KIND,
    PROTESTER_KIND,
    REBEL_KIND,
    RIOTER_KIND,
    STATE_KIND,
    UNIDENTIFIED_ROLE,
    ActorTable,
)
from frontlog.knowledge.lexicon import (
    ATTACK_CLASS,
    DETAIN_CLASS,
    KILL_CLASS,
    STRIKE_CLASS,
    TERRITORY_CLASS,
    Trigger,
    TriggerMatch,
)
from frontlog.model.records import SUB_TO_TYPE, Event, EventType, SubType

# Bombs planted or carried (no doer in sight when they go off): their doer is carried over only from another bomb
# told just before ("sent a car bomb ... The driver blew himself up"), never from shelling or strikes (rule
# actor.same_kind_previous).
PLANTED = frozenset({SubType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubType.SUICIDE_BOMB})

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _sequel(st, head) -> bool:
    """Is the act told as what came next at the scene just told ("a firefight followed", "a third bomb was
    defused nearby", "in the ensuing gun battle"; words/sequel_words)? Then it is anchored there."""
    sequel = st.words.lower("sequel_words")
    near = [head, head.head] if head.dep_ in ("nsubj", "nsubjpass", "pobj") else [head]
    return any(t.lemma_.lower() in sequel or any(c.dep_ in ("advmod", "amod", "npadvmod") and c.lemma_.lower() in sequel
                                                 for c in t.children) for t in near)


def _tied_to_act(st, head) -> bool:
    """Is the act told as tied to an act already named ("two men were arrested in connection with the plot",
    "detained over Sunday's attack"; words/linked_act_nouns)? An act noun the trigger governs through a
    preposition, made definite by a determiner or a possessive, anchors it at that act's scene."""
    nouns = st.words.lower("linked_act_nouns")
    definite = st.words.lower("definite_determiners") | st.words.lower("back_reference_determiners")
    for prep in (c for c in head.children if c.dep_ == "prep"):
        for tok in prep.subtree:
            if tok.dep_ == "pobj" and tok.lemma_.lower() in nouns and any(
                    c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in definite for c in tok.children):
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
    charged = [a for a in actors if ctx.args.in_charge_on_noun(a.token, head)]
    if charged:
        # "shot dead four men they accused of supporting the rebels": the rebels are what the victims were
        # charged with, no side of the act.
        actors = [a for a in actors if a not in charged]
        why.append("actor.charge_on_victims")
    a1, a2, assoc = ctx.args.pick_actors(head, sent, [a for a in actors if not _inside(a, match)])
    if a1 is not None or a2 is not None:
        why.append("actor.syntax")
    if a1 is None and a2 is not None and trig.sub == SubType.ABDUCTION_FORCED_DISAPPEARANCE \
            and a2.value.kind not in (CIVILIAN_KIND, PROTESTER_KIND) \
            and a2.token.dep_ == "nsubj" and a2.token.head.i != head.i and governed(head, a2.token):
        # "an engineer went missing after armed men stopped his car": an armed side doing the deed of a clause
        # under the act did the act; the one it was done to is the act's own subject.
        a1, a2 = a2, None
        why.append("actor.doer_in_clause")
    finding = trig.sub == KILL_CLASS and head.lemma_.lower() in ctx.st.words.lower("finding_verbs")
    if a1 is not None and finding:
        # "Troops found the bodies of two farmers": who found them did not kill them.
        a1 = None
        why.append("actor.finder_not_doer")
    if any(m is not None and m.extra.get("local") for m in (a1, a2)):
        why.append("actor.paragraph_country")
    if any(m is not None and m.extra.get("generic_by") == "by_nearby" for m in (a1, a2)):
        why.append("actor.generic_nearby")
    if any(m is not None and m.extra.get("branch") for m in (a1, a2)):
        why.append("actor.branch_named")
    own = [a for a in actors if _inside(a, match) and a.value.kind not in (CIVILIAN_KIND, PROTESTER_KIND)]
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
                group = ctx.st.actors.resolve_role(UNIDENTIFIED_ROLE, None)
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
    # ("police said they had exhumed the bodies": the speaker found them, no doer either)
    speaker = _speaker_as_doer(ctx, head, actors) if not finding else None
    if speaker is not None and (a1 is None or a1.value != speaker.value):
        # "The militia says it shot three soldiers in a firefight": the pronoun is the speaker, the doer; the side
        # the syntax took for the doer is the other side.
        a1, a2 = speaker, (a1 if a2 is None and a1 is not None and a1.value != speaker.value else a2)
        why.append("actor.speaker_is_doer")
    doer = _pronoun_doer(ctx, s_index, sent, head) if a1 is None else None
    if doer is not None:
        # "They also seized X": the pronoun stands for the doer of the act just told, of whatever type.
        a1 = Mention(doer, head.idx, head.idx, head)
        why.append("actor.pronoun_doer")
    anchored = a1 is not None or a2 is not None or any(t.date_start or t.kind == TimeKind.ANAPHORIC for t in times) or (
        head.pos_ == "VERB" and any(c.dep_ in ("dobj", "prt") for c in head.children)) or _sequel(ctx.st, head) or (
        _tied_to_act(ctx.st, head))
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
    attacker = ctx.st.actors.resolve_role(UNIDENTIFIED_ROLE, None)
    span = head.doc[min(t.i for t in match.tokens):max(t.i for t in match.tokens) + 1]  # with the words between
    if any(_group_word(ctx.st, t) for t in span) and ctx.main_armed is not None \
            and ctx.main_armed.country in (None, ctx.country):
        attacker = ctx.main_armed  # "came under rebel fire": the rebels are the article's group, as "rebels" are
    if a1 is None and a2 is not None and trig.sub in (ATTACK_CLASS, SubType.ARMED_CLASH) \
            and a2.value.kind == STATE_KIND \
            and attacker is not None \
            and (attacked or participle_on(head, a2.token) or any(
                c.i == a2.token.i or governed(c, a2.token) for c in head.children if c.dep_ in ("nsubjpass", "dobj"))
                 or trig.sub == ATTACK_CLASS and (ctx.args.is_patient(head, a2.token)
                                                 or ctx.args.among_killed(a2.token))):
        # "soldiers were ambushed", "attacked an army post", "soldiers ambushed at dawn", "an attack on an army
        # convoy", "an attack killed two soldiers", "20 soldiers were killed in an attack" (the dead the act's
        # verb names were attacked) (not "the fighting killed two soldiers": one side of a fight,
        # below): the forces named are the ones attacked; an attacker the text leaves unnamed is an unidentified
        # armed group (the spec's coding rules; the event's country is given it later), not a group the article
        # names elsewhere.
        a1 = Mention(attacker, head.idx, head.idx, head)
        why.append("actor.attacker_by_default")
    if trig.subject_loses and a1 is not None and (_subject_of(head, a1.token) or a1 is speaker
                                                  or _pronoun_subject_for(head, a1.token)):
        # "The army lost X to the rebels", "the militia handed X over to the army": the subject gave the place
        # up (actor2); the side it went to, if named, took it (actor1). So does the speaker a pronoun subject
        # stands for ("the separatists said they had withdrawn from X").
        a1, a2 = (a2 if a2 is not None and a2.value != a1.value else None), a1
        why.append("actor.loser_is_subject")
    elif trig.subject_loses and a1 is None and a2 is not None and not _subject_of(head, a2.token):
        a1, a2 = a2, None  # "rebels surrendered the town to the army", the rebels unnamed: the army took it
        why.append("actor.loser_is_subject")
    if a1 is None and a2 is not None and trig.sub in (SubType.ARMED_CLASH, ATTACK_CLASS) \
            and a2.value.kind != CIVILIAN_KIND \
            and not attacked:
        a1, a2 = a2, None  # a clash with one side named: that side, not one carried over from before
        why.append("actor.clash_one_side")
    regain = trig.sub == TERRITORY_CLASS and head.lemma_.lower() in ctx.st.regain
    if a1 is None and regain and _taking_told_on(ctx, s_index, times):
        # "Russia said its troops had taken X. 'Units of the Southern group liberated the settlement,' the ministry
        # said": a taking-back with no doer of its own, right after a taking by a side that is not the place's
        # state, in a sentence with no date of its own, is that side's taking told again (the side that took the
        # place just told, not the state it took it from); actor.same_kind_previous gives it that side.
        regain = False
        why.append("actor.taking_told_on")
    if a1 is not None and trig.sub == TERRITORY_CLASS and _bare_role(a1) \
            and head.dep_ == "ccomp" and head.head.lemma_.lower() in ctx.args.REPORTING_LEMMAS \
            and _taking_told_on(ctx, s_index, times) and a1.value != ctx.last_actor[EventType.BATTLES][0] \
            and _speaker_side(ctx.st, head, actors, ctx.last_actor[EventType.BATTLES][0],
                              organ_ok=not regain) == ctx.last_actor[EventType.BATTLES][0]:
        # "Russia said its forces had captured another village ... The defence ministry said troops had taken X":
        # bare "troops" reported taking a place (no taking back), right after a taking by a side that is not the
        # place's state, are that side's troops, not the state's (its troops would be retaking; a taking back is
        # the side's when that side tells it: "units liberated X," the Russian defence ministry said).
        a1 = Mention(ctx.last_actor[EventType.BATTLES][0], a1.start, a1.end, a1.token)
        why.append("actor.taking_told_on")
    if a1 is None and regain and ctx.country:
        # "Ramadi has been liberated": taking back is done by the government of the place, whoever was last named.
        state = ctx.st.actors.default_actor(STATE_KIND, ctx.country)
        a1 = Mention(state, head.idx, head.idx, head) if state else None
        if a1 is not None:
            why.append("actor.regain_is_state")
    if a1 is None and typ in ctx.last_actor and s_index - ctx.last_actor[typ][1] <= INHERIT_SENTENCES \
            and not attacked \
            and (trig.sub not in PLANTED or ctx.last_actor[typ][2] in PLANTED):
        # The same kind of act told again without its doer: the doer just named ("Russia's air force flew
        # 64 sorties... A total of 63 air strikes destroyed..."). Not who fired on a side (the doer of the last
        # battle told), and not for a bomb planted or carried after shelling or strikes: whoever shelled did not
        # set off the car bomb ("regime forces shelled X. ... a car bomb exploded in Y": an unidentified group).
        a1 = Mention(ctx.last_actor[typ][0], head.idx, head.idx, head)
        why.append("actor.same_kind_previous")
    elif a1 is not None and typ:
        ctx.last_actor[typ] = (a1.value, s_index, trig.sub)
    return a1, a2, assoc, anchored


def _speaker_side(st: Stages, head, actors: list[Mention], last, organ_ok: bool):
    """The side named in the subject of the reporting verb the act's clause hangs on ("the Russian defence
    ministry said": the actor table reads "Russian" as Russia's forces), or None. With `organ_ok`, an organ of a
    state left unnamed ("the defence ministry said"; words/state_organ_nouns.txt) speaks for `last` when that is a
    state's forces: a ministry is a state's, never a rebel group's, and the state just told taking ground is the
    one speaking of its troops ("officials said troops had taken X" after a rebel capture stays the place's state)."""
    speakers = [c for c in head.head.children if c.dep_ == "nsubj"]
    named = next((m.value for m in actors for s in speakers for t in s.subtree if m.start <= t.idx < m.end), None)
    if named is not None or not speakers or not organ_ok:
        return named
    if speakers[0].lemma_.lower() in st.words.lower("state_organ_nouns") and getattr(last, "kind", None) == STATE_KIND:
        return last
    return None


def _bare_role(m: Mention) -> bool:
    """Is the side a state's forces named by one bare word ("troops", "forces"), no nation, branch or name?"""
    text = m.extra.get("text") or ""
    return m.extra.get("how") == "role" and " " not in text.strip() and text[1:].islower()


def _taking_told_on(ctx: _ArticleContext, s_index: int, times) -> bool:
    """Was the battle told last, within INHERIT_SENTENCES, a place taken by a side other than the state forces of
    the article's country, and does the sentence give no date of its own (rule actor.taking_told_on)?"""
    last = ctx.last_actor.get(EventType.BATTLES)
    if last is None or s_index - last[1] > INHERIT_SENTENCES or last[2] != TERRITORY_CLASS:
        return False
    if any(t.date_start is not None for t in times):
        return False  # ("troops entered the city on Saturday": a day of its own may be another act)
    taker = last[0]
    return not (getattr(taker, "kind", None) == STATE_KIND and getattr(taker, "country", None) == ctx.country)


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
    opened fire on a crowd", "opened fire to disperse crowds")? Lethal force on a crowd is force against
    protesters."""
    if a1 is None or a1.value.kind not in GENERIC_STATE_KINDS or not _doer_of(head, a1.token):
        return False
    crowd = st.words.lower("crowd_words")
    # (people told by what a crowd does: "had gathered", "were blocking the road", "had surrounded the plant")
    assembled = st.words.lower("assembly_verbs") | st.words.lower("crowd_deed_verbs") | st.words.lower("siege_words")
    if _fired_to_disperse(st, head):
        return True
    # (people gathered for an occasion, "who had gathered for a wedding", "had surrounded a wedding party", are
    # guests, no crowd out to protest: the occasion's noun, the last word of words/gathering_occasions.txt)
    occasions = {o.split()[-1] for o in st.words.lower("gathering_occasions")}
    # ("opened fire on several hundred young men who had gathered in front of the governorate", "fired on supporters
    # of the former president who had surrounded the gas plant": people told as having gathered or done a crowd's
    # deed are a crowd; not people who were besieged)
    return any(t.lemma_.lower() in crowd or t.lower_ in crowd or any(
        c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and c.lemma_.lower() in assembled
        and not any(g.dep_ in ("auxpass", "nsubjpass") for g in c.children)
        and not any(x.lemma_.lower() in occasions for x in c.subtree) for c in t.children)
        for o in st.args.victim_objects(head, others) for t in _listed_heads(o))


def _fired_to_disperse(st: Stages, head) -> bool:
    """Is the firing told with a dispersal as its purpose ("opened fire to disperse crowds", "fired to scatter
    them"; words/dispersal_verbs.txt): a to-infinitive on the act's verb?"""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    verbs = [verb]
    if verb.dep_ in ("advcl", "conj") and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verbs.append(verb.head)  # "opened fire to disperse crowds, killing two": the killing shares the purpose
    dispersal = st.words.lower("dispersal_verbs")
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in dispersal
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for v in verbs for c in v.children)


def _violent_crowd_stopped(st: Stages, head) -> bool:
    """Is the crowd a dispersal was done to told as violent ("fired tear gas at stone-throwing youths", "dispersed
    rampaging students"; words/violent_crowd_words.txt), read in the objects of the trigger or of the verb a
    trigger noun is the object of?"""
    verb = head.head if head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj", "nsubjpass") else head
    if verb.pos_ == "ADP":
        verb = verb.head  # ("used tear gas on ...", "with tear gas")
    tokens = [t for o in st.args.victim_objects(verb) for t in o.subtree]
    violent = st.words.lower("violent_crowd_words")
    return bool(({t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens} | hyphen_words(tokens)) & violent)


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


def _pronoun_subject_for(head, tok) -> bool:
    """Does the trigger have a pronoun for its subject, the actor's word `tok` being outside its clause, so that
    the actor is who the pronoun stands for ("Government troops shelled X, the city they lost in May")?"""
    return head.dep_ in ("relcl", "ccomp", "advcl", "conj") and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in head.children) and not any(
        t.i == tok.i for t in head.subtree)


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


def _on_doers(head, tok) -> bool:
    """Is the place hung on the act's doers ("rival militias in Galkayo signed a truce", "factions operating in
    the Idlib countryside announced that they had merged"): where they are is where they made it?"""
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("ccomp", "xcomp") and all(d.pos_ == "PRON" for d in doers):
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "announced that they had merged"
    tok = compound_head(tok)  # "in the Idlib countryside"
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


def _pronoun_doer(ctx: _ArticleContext, s_index: int, sent: Span, head):
    """Whom an active verb's pronoun subject stands for: the doer of the act told just before, or with none, the
    armed side last named in the sentence before ("Rebels seized X on Saturday. Two days later, they entered Y")."""
    if not _pronoun_doers(head, passive=False):
        return None
    told = max(ctx.last_actor.values(), key=lambda v: v[1], default=None)
    if told is not None and s_index - told[1] <= INHERIT_SENTENCES:
        return told[0]
    prev = head.doc[sent.start - 1].sent if sent.start > 0 else None
    named = [m for m in ctx.actor_mentions if prev is not None and prev.start_char <= m.start < prev.end_char
             and m.value.kind not in UNARMED_KINDS and not ctx.args.reports(m)]
    return named[-1].value if named else None


def _pronoun_doers(head, passive: bool = True) -> bool:
    """Is the act's subject a personal pronoun ("They looted shops", "he was arrested"; with `passive` False,
    only the subject of an active verb, who did it)?"""
    verb = _verb_of(head)
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    return any(c.dep_ in deps and c.tag_ == "PRP" and c.lower_ != "it" for c in verb.children)


def _speaker_as_doer(ctx: _ArticleContext, head, actors: list[Mention]) -> Mention | None:
    """The actor who says that it, they, or its own people did the act ("the militia says it shot...", "the rebels
    said they had shot down...", "the group said its fighters had struck"): the subject of the reporting verb whose
    reported clause has a pronoun subject, or one a possessive pronoun owns."""
    verb = head
    for _ in range(4):  # "killed two rebels in a clash": the verb the trigger noun's phrase hangs on
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb.dep_ in ("conj", "aux") and verb.head.i != verb.i and verb.head.dep_ != "ROOT" \
            and verb.head.lemma_.lower() not in ctx.args.REPORTING_LEMMAS:
        verb = verb.head  # "said it had struck ... and destroyed ...": the clause's first verb
    # ("it", "they", or a noun a possessive pronoun owns: "said its fighters had carried out")
    pronouns = [c for c in verb.children if c.dep_ == "nsubj" and (
        c.tag_ == "PRP" or any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in c.children))]
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ctx.args.REPORTING_LEMMAS or not pronouns:
        return None
    # The speaker named before the pronoun it stands for ("They seized X, police said": not the police).
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < pronouns[0].i]
    return next((m for m in actors for s in speakers if m.start <= s.idx < m.end
                 and m.value.kind not in (CIVILIAN_KIND, PROTESTER_KIND)), None)


def _claimed_doer(ctx: _ArticleContext, head, actors: list[Mention]) -> Mention | None:
    """The side that says it did an act already told ("IS said it carried out the attack", "the group said its
    fighters had carried out the attacks"): the act noun is the object of a verb of doing (act_doing_verbs), and
    the speaker of the clause is its doer (_speaker_as_doer). None when the clause names its doer itself, or no
    armed speaker."""
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in ctx.st.words.lower("act_doing_verbs"):
        return None
    return _speaker_as_doer(ctx, head, actors)


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


def _crowd_not_the_group(st: Stages, head, group: str) -> bool:
    """Are the act's doers a crowd ("hundreds of young people", "residents", "protesters") in whose words the
    armed group read as actor1 is not named?"""
    doers = act_doers(head)
    crowd = (st.words.lower("crowd_doer_nouns") | st.words.lower("unrest_doer_nouns") | st.words.lower("crowd_words")
             | st.words.lower("crowd_side_nouns") | st.args.PEOPLE_WORDS)
    if not any(t.lemma_.lower() in crowd for t in doers):
        return False
    inside = {g.i for d in doers for g in d.subtree}
    spans = head.doc.spans[ACTORS] if ACTORS in head.doc.spans else ()
    return not any(span.label_ == group and any(t.i in inside for t in span) for span in spans)


def _named_by_site(actor, actors: list[Mention]) -> bool:
    """Is the actor named only as the kind of a site ("a police station", "an army post"): each of its mentions a
    noun modifier of another noun, so no one of it is told doing anything?"""
    mentions = [m for m in actors if m.value == actor]
    return bool(mentions) and all(m.token.dep_ == "compound" and m.token.head.pos_ == "NOUN" for m in mentions)


def _done_by_crowd(st: Stages, head, unrest: bool = False) -> bool:
    """Is the act's subject people of a place or a crowd ("residents of a hamlet", "an angry crowd", "villagers"),
    no armed group? With `unrest`, civilians out in unrest too ("supporters of the jailed leader", "farmers"):
    for an assault on a force, not on people, where farmers or herders may be a communal militia. "Hundreds of
    supporters", "a group of youths": the people after "of"."""
    if head.lemma_.lower() in st.words.lower("finding_verbs"):
        return False  # "residents discovered a mass grave": who found the dead did not kill them
    verb = _verb_of(head)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("conj", "xcomp", "advcl"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in st.words.lower("crowd_size_nouns"):
        subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), subj)
    nouns = st.words.lower("crowd_doer_nouns") | (st.words.lower("unrest_doer_nouns") if unrest else set())
    # ("several thousand people", "some 2,000 residents": people counted in hundreds are a crowd)
    return subj is not None and (subj.lemma_.lower() in nouns or st.args.crowd_by_size(subj))


def _crowd_as_object(st: Stages, head) -> bool:
    """Is a protest or its protesters what the act's verb was done to, its direct object ("stormed a sit-in",
    "charged the marchers", "stormed the protest camp"), not a side it fought with ("clashed with protesters")?"""
    crowd = st.words.lower("protest_act_words") - st.words.lower("crowd_doer_nouns")
    doc = head.doc

    def words(tok) -> set[str]:  # "sit-in" is three tokens, its head "sit" or "in"
        joined = {doc[i:i + 3].text.lower() for i in (tok.i - 2, tok.i) if 0 <= i and i + 3 <= len(doc)}
        return {tok.lemma_.lower(), *joined}

    # (or what the object is named by: "stormed the protest camp", "the sit-in site")
    return any(c.dep_ == "dobj" and (words(c) & crowd or any(m.dep_ == "compound" and words(m) & crowd
                                                              for m in c.children))
               for c in _verb_of(head).children)


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


def _force_a_crowd_fought(st: Stages, cand: _Candidate, head: Token) -> object | None:
    """The state's force a clash's doers fought when they are a crowd ("youths fought police", "students battled
    security forces", "mourners fought with soldiers"): a crowd noun among the verb's subjects (words
    crowd_side_nouns, crowd_doer_nouns, crowd_fighter_nouns), none of them armed or naming a group, and the other
    side a state's force; else None."""
    if cand.sub != SubType.ARMED_CLASH or cand.trigger.sub == ATTACK_CLASS:
        return None  # (an assault on a force is sides.crowd_attack_riot's, which tells a riot from mob violence)
    sides = [a for a in (cand.actor1, cand.actor2) if a is not None]
    forces = [a for a in sides if a.kind == STATE_KIND]
    if len(forces) != 1 or any(a.kind in (REBEL_KIND, EXTERNAL_KIND, MILITIA_KIND) and a is not cand.actor1
                               for a in sides):
        return None
    doers = [t for t in act_doers(head) if t.dep_ in ("nsubj", "conj", "pobj")]
    subjects = [t for t in doers if t.dep_ == "nsubj"]
    if not subjects:
        return None
    crowd = st.words.lower("crowd_side_nouns") | st.words.lower("crowd_doer_nouns") \
        | st.words.lower("crowd_fighter_nouns")
    if not any(t.lemma_.lower() in crowd or t.lower_ in crowd for t in doers):
        return None
    armed = st.words.lower("armed_group_nouns") | st.words.lower("unidentified_attackers") \
        | st.words.lower("unnamed_doer_nouns") - crowd | st.words.lower("armed_crowd_words") \
        | st.words.lower("small_arms_words")
    inside = {g.i for d in subjects for g in d.subtree}
    if any(head.doc[i].lemma_.lower() in armed or head.doc[i].lower_ in armed for i in inside):
        return None  # "armed youths", "villagers armed with rifles", "gunmen and youths"
    spans = head.doc.spans[ACTORS] if ACTORS in head.doc.spans else ()
    unarmed = (CIVILIAN_KIND, PROTESTER_KIND, RIOTER_KIND)
    if any(t.i in inside and getattr(st.actors.canonical(span.label_), "kind", None) not in unarmed
           for span in spans for t in span):
        return None  # "Al-Shabaab supporters", "police and students": the doers name a group or the force
    return forces[0]


def _done_to_a_person(st: Stages, head) -> bool:
    """Is the act done to a person ("set ablaze a man", "set fire to a woman")? Its object is a person noun."""
    verb = _verb_of(head)
    persons = st.words.lower("person_nouns")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                if g.dep_ == "pobj"]  # "set fire to a man"
    return any(c.lemma_.lower() in persons for c in objects)


def _two_camps(st: Stages, doers: list) -> bool:
    """Are the doers a party's people told as two camps ("supporters of the ruling party and the opposition",
    "activists of the League and the BNP", words/partisan_nouns.txt): a partisan noun among them, and two
    subjects or a subject with its conjunct?"""
    partisans = st.words.lower("partisan_nouns")
    if not any(t.lemma_.lower() in partisans for t in doers):
        return False
    subjects = [t for t in doers if t.dep_ == "nsubj"]
    return len(subjects) > 1 or any(c.dep_ == "conj" for t in subjects for c in t.children)


def _camp_on_camp(st: Stages, head, doers: list) -> bool:
    """Is a party's people's act aimed at another party's people ("opposition supporters hurled stones at a group
    of ruling party supporters", words/partisan_nouns.txt): a partisan noun among the doers and among what the act
    is done to (`Arguments.victim_objects`: its object, or the object of "at", "on", "against")? One camp set upon
    the other."""
    partisans = st.words.lower("partisan_nouns")
    if not any(t.lemma_.lower() in partisans for t in doers):
        return False
    aims = st.args.victim_objects(_verb_of(head))
    return any(t.lemma_.lower() in partisans for a in aims for t in a.subtree if t.pos_ in ("NOUN", "PROPN"))


def _riot_outside_protest(st: Stages, head, camps: bool = True) -> tuple[bool, bool]:
    """Are the riot's doers people held (words/mob_doer_nouns), or crowds told as rivals (words/rival_words) or a
    party's people in two camps or set upon the other camp (`_two_camps`, `_camp_on_camp`, when `camps`: no force
    is the other side), with no protest word in
    the sentence? (whether it is such a riot, whether its doers are rivals)"""
    doers = act_doers(head)
    held = st.words.lower("mob_doer_nouns")
    rivals = st.words.lower("rival_words")
    if any(t.lemma_.lower() in held for t in doers):
        rival = False
    elif any(c.lower_ in rivals for t in doers for c in t.children if c.dep_ == "amod") \
            or (camps and (_two_camps(st, doers) or _camp_on_camp(st, head, doers))):
        rival = True
    else:
        return False, False
    protest = st.words.lower("protest_act_words") - st.words.lower("crowd_doer_nouns")
    outside = not any(t.lemma_.lower() in protest for t in head.sent)
    return outside, outside and rival


def _named_subjects(head) -> list:
    """The subjects of the act's verb that are no pronoun (a pronoun is the crowd's own: "stormed the town hall,
    where they detained two officials")."""
    return [c for c in _verb_of(head).children if c.dep_ == "nsubj" and c.pos_ != "PRON"]


def _done_by_another(st: Stages, head) -> bool:
    """Has the act's verb a subject of its own that is no crowd ("when officers also arrested a journalist"), in
    the active voice: whoever it is, the protesters the sentence ties the act to did not do it?"""
    crowd = st.words.lower("crowd_side_nouns") | st.words.lower("protester_lemmas")
    subjects = _named_subjects(head)
    return bool(subjects) and not any(t.lemma_.lower() in crowd or t.lower_ in crowd for s in subjects
                                      for t in (s, *s.conjuncts))


def _arresting_force(st: Stages, head, actors: list[Mention]):
    """The state's force the arrest's own subject names: a state actor found at the subject or, for another
    subject, named in the sentence; (None, True) for a police or force noun the actor table leaves unnamed;
    (None, False) when no force is told."""
    forces = st.words.lower("police_nouns") | st.words.lower("state_force_nouns")
    for s in _named_subjects(head):
        for m in actors:
            if m.token.i == s.i and getattr(m.value, "kind", None) == STATE_KIND:
                return m.value, True
        if s.lemma_.lower() in forces or s.lower_ in forces:
            return None, True
        # ("police fired tear gas ..., when officers arrested a journalist": the force the sentence names)
        sent = head.sent
        for m in actors:
            if sent.start <= m.token.i < sent.end and getattr(m.value, "kind", None) == STATE_KIND:
                return m.value, True
    return None, False


def _pressing_a_cause(st: Stages, head) -> bool:
    """Is the crowd's act told with a participle of its cause on its verb ("attacked a police station, demanding
    the release of five youths", "denouncing the killing"; words/protest_aim_words.txt): a crowd out in protest?"""
    verb = _verb_of(head)
    aims = st.words.lower("protest_aim_words")
    # (on the verb or a verb joined to it: "attacked and burned a police station, demanding ...")
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in aims
               for v in (verb, *verb.conjuncts) for c in v.children)


def _done_by_part(st: Stages, head) -> bool:
    """Is the act's subject a part of a crowd ("some who stayed threw stones", "a group of youths torched", "a
    group of protesters tried to break through and clashed with police": the subject a conjunct shares)?"""
    verb = _verb_of(head)
    parts = st.words.lower("partitive_words")
    for _ in range(3):  # up the verbs that share the subject ("tried to break through ... and clashed")
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return any(c.lower_ in parts for c in subjects)
        verb = verb.head
    return False


def _crowds_taking(st, verb) -> bool:
    """Is a taking verb joined to a crowd's verb ("marched through X and took over the offices"; words/
    protest_verbs.txt) with no subject of its own?"""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    marches = st.words.lower("protest_verbs")
    return verb.dep_ == "conj" and verb.head.lemma_.lower() in marches \
        or any(c.dep_ == "conj" and c.lemma_.lower() in marches for c in verb.children)


def _code_sides(built: _Candidate, ctx: _ArticleContext, actors: list[Mention], words: set[str]) -> _Candidate:
    """ACLED's conventions for who is actor1 and actor2 of some sub-types: a new candidate, with the rules
    that recoded it; the one built from the sentence is not changed. Each convention that applies makes a new
    record (`_recode`) from the one before it."""
    cand = built
    table = ctx.st.actors
    if cand.actor2 is not None and cand.actor2 == cand.actor1:
        cand = _recode(cand, "sides.same_actor_twice", actor2=None)  # one side named twice is not both sides
    if cand.actor1 is not None and cand.actor1.kind == PROTESTER_KIND and cand.sub in (
            SubType.VIOLENT_DEMONSTRATION, SubType.MOB_VIOLENCE):
        # A violent crowd is rioters (ACLED).
        cand = _recode(cand, "sides.demonstrators_fighting_riot",
                       actor1=table.default_actor(RIOTER_KIND, cand.actor1.country or "") or table.canonical("Rioters"))
    protesters = cand.actor1 is not None and cand.actor1.kind == PROTESTER_KIND
    if cand.trigger.sub == TERRITORY_CLASS and SUB_TO_TYPE[cand.sub] in (EventType.BATTLES,
                                                                        EventType.STRATEGIC_DEVELOPMENTS) \
            and (protesters or _crowds_taking(ctx.st, ctx.doc[cand.head_i])):
        # "protesters had taken over 18 oil wells", "the movement seized the airport", "hundreds marched through X
        # and took over the offices of a militia": ground a crowd of protesters takes (or a taking joined to a
        # crowd's verb, with no subject of its own) is a site they occupy, a protest (ACLED), not a capture nor a
        # riot, unless they are told violent.
        crowd = cand.actor1 if protesters else table.default_actor(PROTESTER_KIND, ctx.country or "") \
            or table.canonical("Protesters")
        cand = _recode(cand, "sides.crowd_occupation", sub=SubType.PEACEFUL_PROTEST, actor1=crowd, actor2=None)
    arrest_by_others = cand.sub == SubType.ARRESTS and cand.actor1 is not None \
        and cand.actor1.kind == PROTESTER_KIND and _done_by_another(ctx.st, ctx.doc[cand.head_i])
    named_force, force_subject = _arresting_force(ctx.st, ctx.doc[cand.head_i], actors) if arrest_by_others \
        else (None, False)
    # (only a force makes it a stop of the protest: no police is invented for another subject)
    arrest_by_others = arrest_by_others and (force_subject or cand.actor2 is not None
                                             and cand.actor2.kind == STATE_KIND)
    if cand.actor1 is not None and cand.actor1.kind in (PROTESTER_KIND, RIOTER_KIND) and SUB_TO_TYPE[cand.sub] in (
            EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.STRATEGIC_DEVELOPMENTS) \
            and not arrest_by_others:
        # Demonstrators who attack, burn or fight are rioters (ACLED's Riots).
        cand = _recode(cand, "sides.demonstrators_fighting_riot", sub=SubType.VIOLENT_DEMONSTRATION,
                       actor1=table.default_actor(RIOTER_KIND, cand.actor1.country or "") or cand.actor1)
    if arrest_by_others:
        # "police fired tear gas at protesters gathered at the stadium on Thursday and again on Friday, when
        # officers arrested a journalist": a crowd arrests nobody, so an arrest whose own subject is someone else
        # but that the sentence ties to the protesters was made at their protest, which it stopped (ACLED:
        # arrests at a demonstration belong to its event). "..., and 30 were detained" after a clash is the
        # riot's and stays with it.
        force = cand.actor2 if cand.actor2 is not None and cand.actor2.kind == STATE_KIND else named_force \
            or table.default_actor("police", getattr(cand.place, "country", None) or cand.actor1.country or "")
        cand = _recode(cand, "sides.arrest_by_crowd_is_intervention", sub=SubType.PROTEST_WITH_INTERVENTION,
                       actor2=force)
    if cand.sub == SubType.ARMED_CLASH and (cand.actor2 is None or cand.actor2.kind == CIVILIAN_KIND) \
            and (cand.actor1 is None or cand.actor1.kind not in (PROTESTER_KIND, RIOTER_KIND)) \
            and _fought_a_crowd(ctx.st, ctx.doc[cand.head_i]):
        # "Riot police clashed with stone-throwing students": the other side is a crowd, whatever the table
        # calls it, so the crowd is the protesters who fought.
        cand = replace(cand, actor2=_protesters(table, cand.place))
    force = _force_a_crowd_fought(ctx.st, cand, ctx.doc[cand.head_i])
    if force is not None:
        # "Youths burned cars and fought police", "mourners fought with soldiers": a crowd, no armed group, fighting
        # a state's force is its riot (ACLED), the force the other side; a riot told beside it at its place and
        # day is the same act (merged later).
        country = getattr(cand.place, "country", None) or ctx.country or ""
        cand = _recode(cand, "sides.crowd_fought_force", sub=SubType.VIOLENT_DEMONSTRATION,
                       actor1=table.default_actor(RIOTER_KIND, country) or table.canonical("Rioters"), actor2=force)
    if cand.trigger.sub == SubType.VIOLENT_DEMONSTRATION and cand.actor1 is not None \
            and cand.actor1.kind == STATE_KIND and _crowd_as_object(ctx.st, ctx.doc[cand.head_i]):
        # "Security forces stormed a sit-in by doctors": a crowd's act done by a force to the crowd is the force
        # breaking up the protest (a protest with intervention), not a riot by the protesters.
        protesters = cand.actor2 if cand.actor2 is not None and cand.actor2.kind == PROTESTER_KIND \
            else _protesters(table, cand.place)
        cand = _recode(cand, "sides.force_on_crowd", sub=SubType.PROTEST_WITH_INTERVENTION, actor1=protesters,
                       actor2=cand.actor1)
    if cand.sub in (SubType.ARMED_CLASH, SubType.VIOLENT_DEMONSTRATION) and cand.actor2 is not None \
            and cand.actor2.kind in (PROTESTER_KIND, RIOTER_KIND) \
            and (cand.actor1 is None or cand.actor1.kind not in (PROTESTER_KIND, RIOTER_KIND)):
        # "Police clashed with protesters": demonstrators who fight are rioters, the force is the other side.
        rioters = table.default_actor(RIOTER_KIND, cand.actor2.country or getattr(cand.place, "country", "") or "") \
            or cand.actor2
        cand = _recode(cand, "sides.clash_with_crowd_riot", sub=SubType.VIOLENT_DEMONSTRATION, actor1=rioters,
                       actor2=cand.actor1)
    if cand.sub == SubType.PROTEST_WITH_INTERVENTION and _violent_crowd_stopped(ctx.st, ctx.doc[cand.head_i]):
        # "Police fired tear gas at stone-throwing youths": a crowd told as violent, dispersed, is a riot and its
        # dispersal (one violent demonstration), the force the other side.
        force = next((a for a in (cand.actor2, cand.actor1) if a is not None and a.kind == STATE_KIND), None)
        country = getattr(cand.place, "country", None) or ctx.country or ""
        cand = _recode(cand, "sides.violent_crowd_stopped", sub=SubType.VIOLENT_DEMONSTRATION,
                       actor1=table.default_actor(RIOTER_KIND, country) or table.canonical("Rioters"), actor2=force)
    if cand.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and _violent_crowd_stopped(ctx.st, ctx.doc[cand.head_i]):
        # "Police fired on a crowd that was stoning their vehicles, killing a student": lethal force on a crowd told
        # as violent is used in a riot, not on peaceful demonstrators (EVENTS.md: excessive force is against
        # demonstrators who were not violent); the riot, its toll included, is one violent demonstration.
        force = next((a for a in (cand.actor1, cand.actor2) if a is not None and a.kind == STATE_KIND), None)
        country = getattr(cand.place, "country", None) or ctx.country or ""
        cand = _recode(cand, "sides.violent_crowd_fired_on", sub=SubType.VIOLENT_DEMONSTRATION,
                       actor1=table.default_actor(RIOTER_KIND, country) or table.canonical("Rioters"), actor2=force)
    if cand.sub == SubType.VIOLENT_DEMONSTRATION \
            and (cand.actor1 is None or cand.actor1.kind in (STATE_KIND, CIVILIAN_KIND)):
        # A riot's actor1 is the crowd (ACLED): "they threw stones at police" names the police as the other side;
        # "residents torched the office" are rioters, not civilians.
        country = getattr(cand.place, "country", None) or ctx.country or ""
        # "Farmers set fire to tyres", "residents blocked the road with bonfires": civilians read in the doers'
        # words are the crowd itself, no other side.
        crowd = ctx.st.words.lower("crowd_doer_nouns") | ctx.st.words.lower("unrest_doer_nouns")
        actor2 = None if cand.actor2 is not None and cand.actor2.kind == CIVILIAN_KIND and any(
            t.lemma_.lower() in crowd for t in act_doers(ctx.doc[cand.head_i])) else cand.actor2
        cand = _recode(cand, "sides.rioters_first",
                       actor1=table.default_actor(RIOTER_KIND, country) or table.canonical("Rioters"),
                       actor2=cand.actor1 if cand.actor1 is not None and cand.actor1.kind == STATE_KIND
                       and actor2 is None else actor2)
    # (or a state's force read from a site the crowd acted at, "a crowd dragged him out of a police station and
    # killed him": the crowd is the verb's subject, so the force is no doer; not an assault, whose force may be
    # what the crowd attacked, below)
    site_force = cand.actor1 is not None and cand.actor1.kind == STATE_KIND and cand.trigger.sub != ATTACK_CLASS \
        and (cand.actor2 is None or cand.actor2.kind == CIVILIAN_KIND) \
        and _named_by_site(cand.actor1, actors)
    if cand.sub == SubType.ATTACK and (cand.actor1 is None or cand.actor1.kind == CIVILIAN_KIND or site_force) \
            and _done_by_crowd(ctx.st, ctx.doc[cand.head_i]):
        # "Residents beat two suspected thieves and burned them alive": people of a place, no armed group, setting
        # upon others are a mob (ACLED's mob violence), whatever the verb.
        cand = _recode(cand, "sides.civilians_as_mob", sub=SubType.MOB_VIOLENCE,
                       actor1=None if site_force else cand.actor1)
    # (an assault on a force read as an attack on civilians, "a crowd attacked the gendarmerie", the building's
    # name taken for its people, is the same assault)
    # (or with the force read as the doer and the crowd as its victims, "villagers attacked and burned a police
    # station": the object the verbs share is the second's, so the force was taken for the attacker; not a passive,
    # "after a driver was shot", whose subject is its victim)
    on_force = cand.sub == SubType.ATTACK and (cand.actor2 is not None and cand.actor2.kind == STATE_KIND or (
        cand.actor1 is not None and cand.actor1.kind == STATE_KIND
        and (cand.actor2 is None or cand.actor2.kind == CIVILIAN_KIND)
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in _verb_of(ctx.doc[cand.head_i]).children)))
    if (cand.sub == SubType.ARMED_CLASH or on_force) and cand.trigger.sub == ATTACK_CLASS \
            and (_doerless(ctx.st, cand) or cand.actor1.kind in (STATE_KIND, CIVILIAN_KIND)) \
            and _done_by_crowd(ctx.st, ctx.doc[cand.head_i], unrest=True):
        # "A crowd attacked a police station": a crowd's assault on a force is a riot (ACLED), the force it attacked
        # the other side, no armed clash; a violent demonstration when the crowd was out in protest, else mob
        # violence.
        country = getattr(cand.place, "country", None) or ctx.country or ""
        force = cand.actor1 if cand.actor1 is not None and cand.actor1.kind == STATE_KIND else cand.actor2
        protest = ctx.st.words.lower("protest_act_words") - ctx.st.words.lower("crowd_doer_nouns")
        # (so is a crowd's assault on a force in a country where the article told crowds out before: "In Bogota, a
        # crowd attacked a police station" in a story of the country's protests is that unrest's; not an assault
        # on a gathering, "government supporters attacked the gathering")
        gathered = ctx.st.words.lower("crowd_words") | ctx.st.words.lower("protest_context")
        unrest = ctx.crowd_place is not None and getattr(ctx.crowd_place[0], "country", None) == country \
            and not any(o.dep_ == "dobj" and o.lemma_.lower() in gathered for o in ctx.doc[cand.head_i].children)
        sub = SubType.VIOLENT_DEMONSTRATION if any(t.lemma_.lower() in protest for t in ctx.doc[cand.head_i].sent) \
            or _pressing_a_cause(ctx.st, ctx.doc[cand.head_i]) or unrest else SubType.MOB_VIOLENCE
        cand = _recode(cand, "sides.crowd_attack_riot", sub=sub,
                       actor1=table.default_actor(RIOTER_KIND, country) or table.canonical("Rioters"), actor2=force)
    if cand.sub == SubType.VIOLENT_DEMONSTRATION and _done_to_a_person(ctx.st, ctx.doc[cand.head_i]):
        # "A crowd set ablaze a man suspected of theft": a crowd's violence against a person, not a demonstration.
        cand = _recode(cand, "sides.mob_on_person", sub=SubType.MOB_VIOLENCE, actor1=None)
    outside, rival = _riot_outside_protest(ctx.st, ctx.doc[cand.head_i],
                                           camps=cand.actor2 is None or cand.actor2.kind != STATE_KIND) \
        if cand.sub == SubType.VIOLENT_DEMONSTRATION else (False, False)
    if outside:
        # "Inmates rioted, setting fire to cell blocks", "supporters of rival candidates clashed": a riot of people
        # held, or of crowds against each other, out in no demonstration, is mob violence (ACLED); rival crowds
        # with no other side named are rioters on both sides.
        rivals = rival and cand.actor2 is None and cand.actor1 is not None and cand.actor1.kind == RIOTER_KIND
        cand = _recode(cand, "sides.riot_outside_protest", sub=SubType.MOB_VIOLENCE,
                       actor2=cand.actor1 if rivals else cand.actor2)
    if SUB_TO_TYPE[cand.sub] == EventType.RIOTS and cand.actor1 is not None \
            and cand.actor1.kind in (REBEL_KIND, EXTERNAL_KIND, MILITIA_KIND) \
            and _crowd_not_the_group(ctx.st, ctx.doc[cand.head_i], cand.actor1.name):
        # "Hundreds of young people in Goma denounced the M23 advance, burning tyres": the group is what the
        # crowd was against, not who rioted.
        country = getattr(cand.place, "country", None) or ctx.country or ""
        cand = _recode(cand, "sides.crowd_against_group",
                       actor1=table.default_actor(RIOTER_KIND, country) or table.canonical("Rioters"),
                       actor2=cand.actor2 if cand.actor2 != cand.actor1 else None)
    known = cand.actor1 is not None and table.canonical(cand.actor1.name) is not None
    if SUB_TO_TYPE[cand.sub] == EventType.RIOTS and cand.actor1 is not None and (not known or cand.actor1.kind not in (
            STATE_KIND, REBEL_KIND, EXTERNAL_KIND, RIOTER_KIND, PROTESTER_KIND, CIVILIAN_KIND)):
        # "Settlers rampaged through the village", "party youths stoned the rally": the crowd is rioters (ACLED's
        # Riots) of the group's country (settlers are Israel's wherever they riot), else of the place's; the group
        # it is drawn from, if the table knows it, is their associated actor (a name it does not know may be a
        # person's).
        rioters = table.default_actor(RIOTER_KIND, cand.actor1.country or getattr(cand.place, "country", None)
                                      or ctx.country or "")
        if rioters is not None:
            cand = _recode(cand, "sides.rioters_with_group", actor1=rioters,
                           assoc=[cand.actor1, *cand.assoc] if known else cand.assoc,
                           actor2=cand.actor2 or (table.canonical("Civilians") if cand.sub == SubType.MOB_VIOLENCE
                                                  else None))
    if cand.sub == SubType.MOB_VIOLENCE and (cand.actor1 is None or cand.actor1.kind == CIVILIAN_KIND or (
            cand.actor1.kind == RIOTER_KIND and cand.actor2 is None and cand.trigger.sub != SubType.ARMED_CLASH)):
        # (a mob named by the table, "a mob set fire to the homes of five people": whom it set upon are civilians
        # too, unless it fought another side: "rival mobs clashed")
        # "villagers lynched two men": a mob is rioters (ACLED), the people it set upon civilians.
        country = getattr(cand.place, "country", None) or ctx.country or ""
        rioters = table.default_actor(RIOTER_KIND, country) or table.canonical("Rioters")
        # Crowds of people that clashed with each other ("villagers clashed over land") are rioters on both sides.
        # (protesters a crowd set upon, subtype.victims.protesters_by_crowd, are the protesters of the place)
        cand = _recode(cand, "sides.mob_rioters", actor1=rioters,
                       actor2=rioters if "crowd_people" in cand.trigger.needs
                       else _protesters(table, cand.place) if "subtype.victims.protesters_by_crowd" in cand.rules
                       else cand.actor2 or table.canonical("Civilians"))
    if cand.sub == SubType.VIOLENT_DEMONSTRATION and _done_by_part(ctx.st, ctx.doc[cand.head_i]):
        # "some of them threw stones": a part of the crowd rioted; the protest it came from is an event apart.
        cand = _recode(cand, "sides.crowd_part")
    if cand.sub in (SubType.PEACEFUL_PROTEST, SubType.PROTEST_WITH_INTERVENTION):
        # The protesters are actor1, the force that intervenes actor2.
        # (never the crowd itself: "120 protesters were detained" names the detained, not who detained them)
        force = next((a for a in (cand.actor1, cand.actor2) if a is not None and a.kind != PROTESTER_KIND), None)
        cand = _recode(cand, "sides.protesters_first", actor1=_protesters(ctx.st.actors, cand.place),
                       actor2=force if cand.sub != SubType.PEACEFUL_PROTEST else None)
    if cand.sub == SubType.AGREEMENT and cand.actor2 is not None and cand.actor2.kind == STATE_KIND \
            and (cand.actor1 is None or cand.actor1.kind != STATE_KIND):
        # The government is listed first.
        cand = _recode(cand, "sides.government_first", actor1=cand.actor2, actor2=cand.actor1)
    if cand.sub == SubType.AIR_DRONE_STRIKE and cand.actor1 is None \
            and EventType.EXPLOSIONS_REMOTE_VIOLENCE in ctx.last_actor:
        # Strikes with no flag named in a story that has named who strikes: that striker, not a default.
        cand = _recode(cand, "actor.striker_of_article",
                       actor1=ctx.last_actor[EventType.EXPLOSIONS_REMOTE_VIOLENCE][0])
    if cand.sub in (SubType.AGREEMENT, SubType.AIR_DRONE_STRIKE) and cand.actor1 is None and ctx.country \
            and not _someone_named_did_it(ctx.st, ctx.doc[cand.head_i]) \
            and (cand.actor2 is None or cand.actor2 != table.default_actor(STATE_KIND, ctx.country)):
        # (a strike that hit the country's own forces is not theirs: "a drone strike killed five soldiers")
        # A truce binds the government; warplanes with no flag named are the air force of the war's country, or
        # of the state the actor table names as striking there (default=air: Israel's in Lebanon).
        striker = table.default_actor(AIR_ROLE, ctx.country) if cand.sub == SubType.AIR_DRONE_STRIKE else None
        cand = _recode(cand, "sides.default_state", actor1=striker or table.default_actor(STATE_KIND, ctx.country))
    if cand.sub == SubType.DISRUPTED_WEAPONS_USE and cand.actor1 is None \
            and not _someone_named_did_it(ctx.st, ctx.doc[cand.head_i]):
        # "Air defences shot down 11 drones over Odesa": who stops weapons over a country is its forces.
        country = getattr(cand.place, "country", None) or ctx.country
        defender = table.default_actor(STATE_KIND, country) if country else None
        if defender is not None:
            cand = _recode(cand, "sides.default_state", actor1=defender)
    if cand.sub in (SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubType.GOVERNMENT_REGAINS_TERRITORY) \
            and cand.actor2 is None:
        # Who reports the capture ("army officers told reporters") did not lose the place.
        loser = _loser(cand, [m for m in actors if not ctx.args.reports(m)])
        if loser is not None:
            cand = _recode(cand, "sides.loser", actor2=loser)
    if cand.actor2 is None and cand.sub == SubType.LOOTING_PROPERTY_DESTRUCTION \
            and (cand.actor1 is None or cand.actor1.kind not in (CIVILIAN_KIND, PROTESTER_KIND, RIOTER_KIND)) \
            and _people_s_property(ctx.st, ctx.doc[cand.head_i]):
        # "Soldiers looted shops", "militiamen burned dozens of homes": what was looted or burned was people's
        # own, so the civilians are the other side (ACLED).
        cand = _recode(cand, "sides.civilian_property", actor2=table.canonical("Civilians"))
    if cand.actor1 is None and cand.actor2 is not None and table.role_of(cand.actor2) == UNIDENTIFIED_ROLE \
            and SUB_TO_TYPE[cand.sub] == EventType.VIOLENCE_AGAINST_CIVILIANS:
        # "villagers discovered the bodies of 12 men ..., two days after armed men passed through": unnamed armed
        # men are who does violence to civilians, never its target; the victims are the civilians.
        cand = _recode(cand, "sides.unnamed_armed_doer", actor1=cand.actor2, actor2=table.canonical("Civilians"))
    if cand.actor2 is None and SUB_TO_TYPE[cand.sub] == EventType.VIOLENCE_AGAINST_CIVILIANS \
            and cand.sub != SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS:
        # Violence against civilians with no victims named: the victims are civilians (ACLED's Civilians).
        cand = _recode(cand, "sides.victims_civilians", actor2=table.canonical("Civilians"))
    if cand.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and cand.actor2 is not None \
            and cand.actor2.kind == STATE_KIND and (cand.actor1 is None or cand.actor1.kind != STATE_KIND):
        # "protesters were killed when soldiers opened fire": the force is actor1, the protesters actor2.
        cand = _recode(cand, "sides.force_first", actor1=cand.actor2, actor2=None)
    if cand.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and cand.actor1 is not None \
            and cand.actor1.kind == PROTESTER_KIND:
        # "uniformed men opening fire on demonstrators": the crowd fired on is the target, never the doer.
        cand = _recode(cand, "sides.force_first", actor1=None,
                       actor2=cand.actor2 if cand.actor2 is not None and cand.actor2.kind == PROTESTER_KIND
                       else cand.actor1)
    if cand.actor2 is None and cand.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS:
        cand = _recode(cand, "sides.victims_civilians", actor2=_protesters(ctx.st.actors, cand.place))
    elif cand.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and cand.actor2.kind == CIVILIAN_KIND:
        # "opened fire on worshippers protesting after prayers": people fired on at a protest are its protesters,
        # whatever else they are called (ACLED's actor2 of excessive force).
        cand = _recode(cand, "sides.protesters_fired_on", actor2=_protesters(ctx.st.actors, cand.place))
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
        if victims == PROTESTER_KIND:
            cand = replace(cand, implied_actor2=_protesters(table, cand.place))
        elif victims == CIVILIAN_KIND:
            cand = replace(cand, implied_actor2=table.canonical("Civilians"))
        elif SUB_TO_TYPE[cand.sub] == EventType.EXPLOSIONS_REMOTE_VIOLENCE:
            forces = _forces_hit(ctx, cand, head, others, words - said)
            if forces is not None:
                cand = replace(cand, implied_actor2=forces, implied_rule="sides.forces_hit")
    if SUB_TO_TYPE[cand.sub] in (EventType.PROTESTS, EventType.RIOTS) \
            and _counter_protest(ctx.st, ctx.doc[cand.head_i]):
        cand = _recode(cand, COUNTER_PROTEST_RULE)
    return _by_place(cand, table)


def _with_answered_protest(cand: _Candidate, ctx: _ArticleContext) -> list[_Candidate]:
    """The candidate, and when it is a protest whose doers are both the demonstrators and the counter-protesters
    ("pro-Palestinian demonstrators and a group of pro-Israel counter-protesters rallied"), the protest they
    answer too: two crowds, two events (sides.counter_protest keeps them apart). Crowds of two camps fighting
    each other stay one riot."""
    if COUNTER_PROTEST_RULE not in cand.rules or SUB_TO_TYPE[cand.sub] != EventType.PROTESTS:
        return [cand]
    head = ctx.doc[cand.head_i]
    prefixes = ctx.st.words.lower("counter_prefixes")
    protesters = ctx.st.words.lower("protester_lemmas")
    subjects = [t for s in act_doers(head) if s.dep_ == "nsubj" for t in s.subtree]
    plain = any(t.lemma_.lower() in protesters and not _counter_prefixed(t, prefixes) for t in subjects)
    if not plain:
        return [cand]
    return [cand, replace(cand, rules=tuple(r for r in cand.rules if r != COUNTER_PROTEST_RULE))]


def _counter_protest(st: Stages, head) -> bool:
    """Is the crowd act told as the other side's protest ("throngs of the president's backers gathered in a
    counter-protest", "counter-demonstrators marched", "counterprotesters", "held their own rally")? A word of its
    clause begins with a counter prefix (words/counter_prefixes) joined to a protest word, or the crowd noun is
    told as a camp's own (words/own_crowd_words)."""
    own = st.words.lower("own_crowd_words")
    if head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in own for c in head.children):
        return True  # ("opposition supporters held their own rally": the other camp's gathering)
    prefixes = st.words.lower("counter_prefixes")
    text = head.sent.text.lower()
    if not any(p in text for p in prefixes):
        return False  # (most sentences: no word to read)
    protest = st.words.lower("protest_words") | st.words.lower("protester_lemmas")
    return any(_counter_prefixed(t, prefixes, protest) for t in head.subtree)


def _counter_prefixed(tok, prefixes: set[str], protest: set[str] | None = None) -> bool:
    """Is the word written with a counter prefix (words/counter_prefixes): "counter", "-", "protest" (the tokenizer
    splits the hyphen; read from the prefix) or "counterprotesters" in one word? With `protest`, only when what
    follows the prefix is one of those words."""
    low = tok.lower_
    if low in prefixes and tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-":
        return protest is None or tok.nbor(2).lemma_.lower() in protest
    if tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ in prefixes:
        return protest is None or tok.lemma_.lower() in protest
    return any(low.startswith(p) and (protest is None or tok.lemma_.lower()[len(p):].lstrip("-") in protest)
               for p in prefixes)


def _people_s_property(st: Stages, head) -> bool:
    """Is what the act was done to people's own property (words/civilian_property.txt: "looted shops", "set fire
    to dozens of homes", "burned a bakery")? Read in the trigger verb's objects, never its subject."""
    verb = _verb_of(head)
    toks = [t for c in verb.children if c.dep_ in ("dobj", "prep", "nsubjpass", "dative") for t in c.subtree]
    toks += [t for t in head.subtree if t.i != head.i] if head.i != verb.i else []
    pairs = {f"{a.lemma_.lower()} {b.lemma_.lower()}" for a, b in zip(toks, toks[1:], strict=False)}
    words = {t.lemma_.lower() for t in toks} | pairs  # "health centre", "petrol station"
    return bool(words & st.words.lower("civilian_property"))


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
                and doer.kind == STATE_KIND and doer.country == ev.country:
            crackdowns.setdefault(ev.country, Counter())[doer.name] += 1
    out = []
    for ev in events:
        unknown = None
        if ev.actor1 is None and ev.country and (ev.event_type == EventType.VIOLENCE_AGAINST_CIVILIANS
                                                 or ev.sub_event_type in UNCLAIMED_SUBS):
            unknown = table.default_actor(UNIDENTIFIED_ROLE, ev.country)
        if unknown is not None:
            # A new record: the merged one stays as the merge made it.
            ev = replace(ev, actor1=unknown.name, rules=None if ev.rules is None else [
                *ev.rules, check("sides.unnamed_attacker")])
        crowd = table.canonical(ev.actor1) if ev.actor1 else None
        if ev.sub_event_type == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and crowd is not None \
                and crowd.kind in (PROTESTER_KIND, RIOTER_KIND) and ev.actor2 in (None, ev.actor1):
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
    if victims in ("armed", PROTESTER_KIND):
        return victims if victims == PROTESTER_KIND else ""
    # (a country that only owns the place, "in Russia's Belgorod region", is no side)
    others = [m for m in actors if m.value not in (cand.actor1, *cand.assoc)
              and m.value.kind not in (CIVILIAN_KIND, PROTESTER_KIND) and not in_clause_of_its_own(m.token, head)
              and not st.args.owns_place(m.token)]
    if others:
        return ""
    # What the act itself was done to decides first: the sentence's other words may name the doer's own kind
    # ("police detained 11 workers": "police" is an armed word, but not the victims).
    if victims == CIVILIAN_KIND or CIVILIAN_KIND in _toll_victims(st, head) or cand.sub in IMPLIED_VICTIM_SUBS and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in st.args.PEOPLE_WORDS for c in head.children):
        return CIVILIAN_KIND
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
    if cand.actor1 is not None and cand.actor1.kind == STATE_KIND:
        return None  # a state's strike hits its enemy, whom sides.target_by_default reads from the story
    told = {st.args.victims(head), *_toll_victims(st, head)}
    if "armed" not in told or told & {CIVILIAN_KIND, PROTESTER_KIND}:
        return None
    armed = {m.value for m in others if m.value not in (cand.actor1, *cand.assoc)
             and m.value.kind not in (CIVILIAN_KIND, PROTESTER_KIND)}
    if len(armed) == 1 and next(iter(armed)).kind == STATE_KIND:
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
        if all(k in (STATE_KIND, REBEL_KIND, MILITIA_KIND, EXTERNAL_KIND) for k in kinds):
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


def _covered(ctx: _ArticleContext) -> frozenset[tuple[str, str]]:
    """(umbrella, group) pairs of the article: an umbrella name it uses ("rebels": Syrian Rebels, words
    umbrella_actors) and each armed group of that umbrella's country it names (Ahrar al-Sham), which may tell one
    capture."""
    umbrellas = set(ctx.st.words.list("umbrella_actors"))
    names = {m.value.name: m.value for m in ctx.actor_mentions if m.value is not None}
    return frozenset((u, g) for u, ua in names.items() if u in umbrellas
                     for g, ga in names.items() if g != u and ga.kind == REBEL_KIND and ga.country
                     and ga.country == ua.country)


def _foes(events: list[Event], table: ActorTable) -> dict[str, Counter[str]]:
    """actor -> how often each other side is told against it in the article's events (victims left out)."""
    against: dict[str, Counter[str]] = {}
    for ev in events:
        if ev.actor1 is None or ev.actor2 is None:
            continue
        kinds = [getattr(table.canonical(a), "kind", None) for a in (ev.actor1, ev.actor2)]
        if any(k in (CIVILIAN_KIND, PROTESTER_KIND) for k in kinds):
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
        civilians = table.canonical(ev.actor2) if ev.sub_event_type == SubType.ARMED_CLASH and ev.actor2 else None
        if civilians is not None and civilians.kind == CIVILIAN_KIND:
            # "attacked a military base ... five soldiers and seven civilians died in the fighting": civilians
            # killed in a battle are its toll, not its other side (spec), so the other side is still to find.
            ev = replace(ev, actor2=None, rules=None if ev.rules is None else [
                *ev.rules, check("sides.civilians_no_side_of_battle")])
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
            state_side = actor1 is not None and actor1.kind == STATE_KIND and actor1.country == ev.country
            if actor1 is None or actor1.kind not in (STATE_KIND, REBEL_KIND, MILITIA_KIND) \
                    or actor1.kind == STATE_KIND and not state_side:  # a foreign force's enemy is not told by the place
                out.append(ev)
                continue
            rule = "sides.other_side_by_default"
        if state_side:
            loser = ctx.main_armed
            if loser is not None and loser.country not in (None, ev.country):
                loser = None  # the article's main group fights in another country
        else:
            loser = table.default_actor(STATE_KIND, ev.country) if ev.country else None
            # A place taken from nobody named is taken from the side the taker fights on the ground in the
            # article's other battles: the place's state forces or an armed group, never another state's (the
            # Kurdish militia, not Syria's army, lost a town to Turkey's forces in a story of their war).
            foes = [(n, a) for a, n in ground.get(ev.actor1, Counter()).items()
                    if (foe := table.canonical(a)) is not None
                    and (foe.kind != STATE_KIND or foe.country == ev.country)]
            foe = table.canonical(max(foes)[1]) if foes else None
            if ev.sub_event_type == SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY and foe is not None \
                    and foe.kind != STATE_KIND:
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
            if target is None and doer is not None and doer.kind == STATE_KIND and ctx.main_armed is not None:
                target = ctx.main_armed.name
            if target is not None and target != ev.actor1 and target not in ev.assoc_actors:
                ev = replace(ev, actor2=target, rules=None if ev.rules is None else [
                    *ev.rules, check("sides.target_by_default")])
        out.append(ev)
    return out


CROWD_STORY_KM = 25.0  # a riot's damage told apart, within the scoring's reach of its place


def _crowd_story_part(ev: Event, crowds: list[Event]) -> bool:
    """Is the record property destroyed with no doer told, at a riot's place (the same place or within
    CROWD_STORY_KM of it) on its days ("some 30 kiosks had been set alight", "the market was left gutted", "a
    clinic was ransacked")? That is what the riot did, its event (sides.crowd_story_part), wherever in the
    article it is told. Destruction anyone is named as doing stays an act of its own.
    (Arrests of unnamed people in a riot's city on its days were tried here too: the golds code most of them as
    Arrests, "police said they had detained 700 people in the city overnight", and it cost 20 sealed matches.)"""
    if ev.sub_event_type != SubType.LOOTING_PROPERTY_DESTRUCTION or ev.actor1 is not None:
        return False
    return any(c.event_type == EventType.RIOTS and windows_overlap(c, ev)
               and (c.location == ev.location or ((d := km(c, ev)) is not None and d <= CROWD_STORY_KM))
               for c in crowds)


FIRE_IN_RIOT_DAYS = 3  # the nights of one wave of rioting a story tells together


def _fire_in_riot(ev: Event, riots: list[Event], table: ActorTable, inside: re.Pattern[str]) -> bool | None:
    """A clash between police and shooters nobody names, told in a story of rioting on its days ("shots were
    fired at police and firefighters in X", "armed men among them exchanged fire with police"): the fire is the
    rioters', no battle (ACLED codes it in the riot). True when a riot is told at its place on its days (it joins
    that riot); False when the story's riots are elsewhere or on days near it and the shooters are told inside the
    crowd or the fire is within CROWD_STORY_KM of a riot (a riot of its own there); None otherwise (unclaimed fire
    at a patrol far from the rioting stays a battle). Shooters are unnamed when no doer was told
    (actor.attacker_by_default) on police, or the doers are told inside the crowd (`inside`: "among them", "from
    the crowd") firing on any state force; gunmen or a group named as the doer, or a toll, keep the battle (rule
    sides.fire_in_riot)."""
    if ev.sub_event_type != SubType.ARMED_CLASH or ev.fatalities or not riots:
        return None
    sides = [table.canonical(a) if a is not None else None for a in (ev.actor1, ev.actor2)]
    forces = [s for s in sides if s is not None and (s.kind == STATE_KIND or table.role_of(s) == "police")]
    others = [s for s in sides if s not in forces]
    if len(forces) != 1 or len(others) != 1 or others[0] is not None and \
            table.role_of(others[0]) != UNIDENTIFIED_ROLE:
        return None
    # (shots nobody is named as firing hit police in a riot; at soldiers they are as often an ambush)
    police = table.role_of(forces[0]) == "police"
    among = inside.search(" ".join(ev.evidence)) is not None
    if not (police and "actor.attacker_by_default" in (ev.rules or ()) or among):
        return None
    near = [r for r in riots if r.country == ev.country and days_apart(r, ev) <= FIRE_IN_RIOT_DAYS]
    if not near:
        return None
    # (within 1 km is one site told under two names, "the campus" and its town: the scoring's own place tolerance is
    # wider, but a riot in the next quarter is the golds' next event)
    if any(windows_overlap(r, ev) and (r.location == ev.location or (d := km(r, ev)) is not None and d < 1.0)
           for r in near):
        return True
    # (a riot in the next town is another riot, the fire there a riot of its own, when the shooters are told inside
    # a crowd or the town is within the riots' reach: unclaimed fire at a patrol far from the rioting, "In Mandera,
    # near the Somali border, a patrol came under fire", is as often an ambush, a battle)
    if among or any((d := km(r, ev)) is not None and d <= CROWD_STORY_KM for r in near):
        return False
    return None


def _riot_of_fire(ev: Event, table: ActorTable) -> Event:
    """The fire at a force of _fire_in_riot told where no riot was: a riot there, the country's rioters against
    the force (sides.fire_in_riot)."""
    first = table.canonical(ev.actor1) if ev.actor1 is not None else None
    force = ev.actor2 if first is None or table.role_of(first) == UNIDENTIFIED_ROLE else ev.actor1
    rioters = table.default_actor(RIOTER_KIND, ev.country) if ev.country else None
    return replace(ev, event_type=EventType.RIOTS, sub_event_type=SubType.VIOLENT_DEMONSTRATION,
                   actor1=rioters.name if rioters is not None else None, actor2=force,
                   rules=None if ev.rules is None else [*ev.rules, check("sides.fire_in_riot")])


def _lone_police_battle(ev: Event, table: ActorTable, armed: frozenset[str] | set[str],
                        exchange: re.Pattern[str]) -> bool:
    """Is the record a battle whose only side is a country's police, with nobody named or given by default against
    it, or only people no one arms (civilians, protesters, rioters): "a long history of clashes with the police",
    "farmers marched ... and were pushed back by police", "police regained control of the town"? Police facing
    people the text never arms are policing a crowd, which the crowd's own event tells: no battle
    (drop.police_without_foe; the caller asks it only of an article that tells a protest or a riot). Police
    attacked by anyone armed, named or not, stay a battle, and so do a fight with its dead and police whose
    sentence names armed men the parse left out of the sides ("police and armed men who held the town centre
    fought"; `armed`: Stages.police_foes, armed men, their arms and forces, "smugglers") or tells an exchange of
    fire ("police exchanged fire for two hours", "a shootout"; `exchange`: patterns fire_exchange)."""
    if ev.event_type != EventType.BATTLES or ev.actor1 is None or ev.fatalities:
        return False  # (the dead of a shootout: "police killed three men in a shootout" was a fight)
    other = table.canonical(ev.actor2) if ev.actor2 is not None else None
    if ev.actor2 is not None and (other is None or other.kind not in UNARMED_KINDS):
        return False  # (an armed side, named or unidentified, makes it a fight)
    actor = table.canonical(ev.actor1)
    if actor is None or table.role_of(actor) != "police":
        return False
    told = " ".join(ev.evidence).lower()
    words = {v for w in re.findall(r"[a-z]+", told) for v in (w, w.rstrip("s"))}
    return not (words & armed or exchange.search(told)
                or any(" " in a and re.search(rf"\b{re.escape(a)}\b", told) for a in armed))


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
            military = table.default_actor(STATE_KIND, ev.country)
            government = table.default_actor("government", ev.country)
            doer = table.canonical(ev.actor1) if ev.actor1 else None
            foreign = doer is not None and doer.kind == STATE_KIND and doer.country not in (None, ev.country)
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
        if role not in ("police", PROTESTER_KIND, RIOTER_KIND, UNIDENTIFIED_ROLE) or actor.country == country:
            continue
        if side == "actor1" and role == RIOTER_KIND and any(getattr(a, "country", None) == actor.country
                                                         for a in cand.assoc):
            continue  # a crowd drawn from a group of its own country (sides.rioters_with_group) keeps it
        local = table.default_actor(role, country)
        if local is not None and local != actor:
            cand = _recode(cand, "sides.crowd_police_by_place", **{side: local})
    return cand


# Generic nouns ("the jihadists", "militants") mean the group the article is about; these mean an unknown one.
PSEUDO_TYPES = {STRIKE_CLASS: EventType.EXPLOSIONS_REMOTE_VIOLENCE, TERRITORY_CLASS: EventType.BATTLES,
                ATTACK_CLASS: EventType.BATTLES, DETAIN_CLASS: EventType.STRATEGIC_DEVELOPMENTS}


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


def _sentence_victims(st: Stages, words: set[str]) -> str:
    w = st.words
    if words & w.lower("civilian_victim_words"):
        return CIVILIAN_KIND
    if words & w.lower("person_nouns") and words & w.lower("harm_verbs"):
        return CIVILIAN_KIND
    if words & w.lower("people_nouns") and words & (w.lower("death_lemmas") | st.args.KILL_LEMMAS):
        return CIVILIAN_KIND  # "people were killed", "people were wounded in the attack"
    return ""


def _protesters(table, place):
    country = getattr(place, "country", None)
    return (table.default_actor(PROTESTER_KIND, country) if country else None) or table.canonical("Protesters")


def _loser(cand: _Candidate, actors: list[Mention]):
    """Who lost the place when the sentence names only the taker: the other side named in it."""
    for m in actors:
        if cand.actor1 is not None and m.value != cand.actor1 and m.value not in cand.assoc:
            if m.value.kind not in (CIVILIAN_KIND,):
                return m.value
    return None
