"""Discourse across sentences: a retelling of an act already coded joins it, a continuation carries its place and
date, a back-reference ("the attack") names an earlier act, a side's own version of an act is that act, and
fighting told just before a capture of its place is folded into the capture."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from frontlog.extract.arguments import Mention, span_text
from frontlog.extract.candidates import (
    CROWD_TYPES,
    GENERIC_STATE_KINDS,
    NATIONWIDE_SUBS,
    NON_VIOLENT,
    UNARMED_KINDS,
    Stages,
    _Candidate,
    _names_place,
    _offsets_in,
    _overlap,
    _verb_of,
    clause_verb,
)
from frontlog.extract.components import trigger_tokens
from frontlog.extract.context import _ArticleContext
from frontlog.extract.dates import TimeKind
from frontlog.extract.merge import CAPTURES, FIGHT_RUN_DAYS
from frontlog.extract.subtypes import _toll_of
from frontlog.knowledge.actors import STATE_KIND, UNIDENTIFIED_ROLE
from frontlog.knowledge.gazetteer import Place
from frontlog.knowledge.lexicon import ATTACK_CLASS, KILL_CLASS, STRIKE_CLASS, TERRITORY_CLASS, Trigger
from frontlog.model import geo
from frontlog.model.records import SUB_TO_TYPE, EventType, SubType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Rules that set an act apart from those told before it ("another strike", "Earlier on Monday, ..."): never joined.
ANOTHER_ACT_MARKS = frozenset({"discourse.another_act", "discourse.another_time"})
VIOLENT_TYPES = frozenset({EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                           EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS})


def another_act(st: Stages, head: Token, spots: bool = True) -> bool:
    """Is the trigger an indefinite act noun told as a new act of its kind ("another missile strike hit the port",
    "a second bomb went off", "in a separate attack"; words/another_act_modifiers)? A definite one ("the second
    strike") or a possessed one names an act told already. With `spots`, also an act told at another spot ("in
    another part of the city"), which is apart only when its sides differ (see at_other_spot_only)."""
    marks = st.another_act_marks
    definite = st.words.lower("definite_determiners")
    verb = head if head.pos_ == "VERB" else head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None and any(_marked_apart(c, marks, definite, st.words.lower("any_act_nouns"))
                                 or spots and _at_other_spot(st, c) for c in verb.children):
        # "Separately, two clan militias fought each other", "in a separate attack, gunmen killed", "in another
        # part of the city, a clan fought the police": the clause tells an act of its own.
        return True
    # "another group of gunmen attacked a market": an indefinite doer of the act's clause marked as another is
    # another act's; a relative clause's act ("another group gathered outside the base, where police used tear
    # gas") is told of the doer of the clause it hangs on.
    own = head if head.pos_ == "VERB" else clause_verb(head)
    verbs = (own, clause_verb(own.head)) if own.dep_ == "relcl" else (own,)
    if any(_another_doer(st, c, marks, definite) for v in verbs for c in v.children):
        return True
    if head.pos_ == "VERB":
        return False
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in definite for c in head.children):
        # "The other bomb went off near a patrol": of a pair told together, the one not told just before
        return any(c.dep_ == "amod" and c.lower_ in st.words.lower("other_of_pair_modifiers") for c in head.children)
    # (the parse may hang the mark on a compound of the noun: "a second vehicle bomb", "another car bomb")
    mods = [*head.children, *(g for c in head.children if c.dep_ == "compound" for g in c.children)]
    return any(c.dep_ in ("det", "amod", "advmod") and c.lower_ in st.another_act_marks for c in mods)


SHIFT_OPENING_TOKENS = 6  # "Earlier on Monday,", "Later that night,": the opening word and its time before a comma


def told_at_another_time(st: Stages, head: Token, sub: SubType) -> bool:
    """Is the act told by a verb or an indefinite act noun in a sentence that opens by moving to another time than
    the act just told, a word of words/time_shift_openers and its time phrase before a comma ("Earlier on Monday,
    police said two militants were killed in a shootout in X", "Later on Friday, gunmen attacked Y")? Then it is a
    new act of its kind, not one told before (rule discourse.another_time); an act of violence only, not a crowd's
    (a march and its dispersal later that day are one event) nor a development; nor a definite act noun, which
    names an act told ("Later, police said the attack killed 20")."""
    if SUB_TO_TYPE[sub] not in VIOLENT_TYPES or SUB_TO_TYPE[sub] == EventType.RIOTS:
        return False  # (arrests and deals are often told again as parts of one round: "Earlier, X said one of its
        # staff had been detained")
    if head.pos_ != "VERB" and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in st.words.lower(
            "definite_determiners") for c in head.children):
        return False
    sent = head.sent
    return sent[0].lower_ in st.words.lower("time_shift_openers") and head.i > sent[0].i \
        and any(t.text == "," for t in sent[1:SHIFT_OPENING_TOKENS])


def _marked_apart(child, marks: set[str], definite: set[str], any_act_nouns: set[str]) -> bool:
    """Is a verb's modifier one that sets its clause apart as another act: an adverb of the marks ("separately")
    or a phrase on an indefinite act noun marked so ("in a separate attack", "in another incident"; not "for a
    sixth day")?"""
    if child.dep_ == "advmod":
        return child.lower_ in marks
    if child.dep_ != "prep":
        return False
    acts = trigger_tokens(child.doc)
    return any(o.dep_ == "pobj" and (o.i in acts or o.lemma_.lower() in any_act_nouns)
               and not any(d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in definite for d in o.children)
               and any(d.dep_ in ("det", "amod") and d.lower_ in marks for d in o.children) for o in child.children)


def at_other_spot_only(st: Stages, head: Token, cand, earlier) -> bool:
    """Is the act set apart only by a spot ("in another part of the city"), and do its named sides match those of an
    act of its event type told before at its place? ACLED codes one event per place, day and actors: "fighting spread
    to other parts of the city" is the clash told; "in another part of the town, militiamen fought the police", by
    other sides, is another."""
    if not another_act(st, head) or another_act(st, head, spots=False):
        return False
    sides = {a for a in (cand.actor1, cand.actor2) if a is not None}
    return any(SUB_TO_TYPE.get(k.sub) == SUB_TO_TYPE.get(cand.sub) and k.place == cand.place
               and sides <= {k.actor1, k.actor2} for k in earlier)


def _at_other_spot(st: Stages, child) -> bool:
    """Is a verb's modifier an in/at/across phrase naming another spot than the one told ("in another part of the
    city", "in a different district", "in other neighbourhoods"; words/town_part_nouns, other_spot_nouns,
    another_act_modifiers, other_spot_modifiers, other_spot_prepositions)?"""
    w = st.words
    spots = w.lower("town_part_nouns") | w.lower("other_spot_nouns")
    others = w.lower("another_act_modifiers") | w.lower("other_spot_modifiers")
    return child.dep_ == "prep" and child.lower_ in w.lower("other_spot_prepositions") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in spots and any(d.dep_ in ("det", "amod") and d.lower_ in others
                                                                 for d in o.children) for o in child.children)


def _another_doer(st: Stages, subj, marks: set[str], definite: set[str]) -> bool:
    """Is a verb's child its subject marked as a new doer ("another group of gunmen"), or a crowd told as a new one
    ("a second crowd marched")? (A body of people, not one of them: "a second protester died" tells a second
    victim, not a second crowd.)"""
    if subj.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in marks for d in subj.children):
        return True
    bodies = st.words.lower("crowd_words") | st.words.lower("crowd_size_nouns")
    return subj.dep_ in ("nsubj", "nsubjpass") and subj.lemma_.lower() in bodies \
        and any(c.dep_ in ("det", "amod") and c.lower_ in marks for c in subj.children) \
        and not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in definite for c in subj.children)


def _told_as(cand: _Candidate, prior: _Candidate, rule: str) -> _Candidate:
    """The act told again, as it was first told: its sub-type, sides, date and place, with the rules that chose
    them (rule families subtype, actor, sides, date), and the rule that joined the telling to it."""
    borrowed = {"subtype", "actor", "sides", "date"}  # families of rule ids
    rules = [r for r in cand.rules if r.split(".")[0] not in borrowed] + [
        r for r in prior.rules if r.split(".")[0] in borrowed]
    return replace(cand, sub=prior.sub, actor1=prior.actor1, actor2=prior.actor2, window=prior.window,
                   place=prior.place, precision=prior.precision, rules=(*rules, rule))


def _join_retelling(st: Stages, cand: _Candidate, earlier: list[_Candidate], head, times=()) -> _Candidate:
    """One event per act across sentences: an act named again as a definite noun ("The capture of Rubaya ...
    was confirmed by the army on Wednesday", "dozens died in the battle for Sake") at the place of an act of
    the same event type told in an earlier sentence, with no date of its own, is that act told again. It takes
    the earlier act's sub-type, sides and window, so the merge makes one record with both sentences; its own
    toll and source stay."""
    if cand.sub in NATIONWIDE_SUBS:
        return cand  # "the ceasefire", "the deal" told again may be a new stage of it (signed, then in force)
    crowd = _crowd_of_clashes(cand, earlier, head)
    if crowd is not None:
        # "Police fired on the marchers. The clashes killed four", "Dozens were wounded in clashes in the city":
        # clashes with no armed group, told right after a crowd with no place of their own or at the crowd's own
        # place, are that crowd's with the force, not a battle.
        return replace(cand, sub=crowd.sub, actor1=crowd.actor1, actor2=crowd.actor2, window=crowd.window,
                       place=crowd.place, precision=crowd.precision, rules=(*cand.rules, "discourse.clashes_of_crowd"))
    if head.pos_ != "NOUN" or not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the"
                                      for c in head.children):
        return cand
    relayed = head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.lemma_.lower() in st.modality.reporting_verbs
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        return cand  # "the lifting of the siege", "the end of the battle": a new stage of the act, not a retelling
    # (a date in a relative clause of a noun of the phrase is that noun's: "the battle for the town, which had
    # been its base for six years")
    described = {t.i for r in head.subtree if r.dep_ == "relcl" and r.i != head.i for t in r.subtree}
    described |= _ranking_dates(st, head, times)
    finer = _told_finer(st, cand, earlier, head, described, times)
    if finer is not None:
        return finer
    if "date.expression" in cand.rules and not relayed and not _dated_toll_only(st, head, times) \
            and not _dated_report_only(st, head, times) and not _dated_in_clause_only(head, times, described):
        # "the siege on Kweiris in March": a date of its own may be another act; "the capture of X was
        # confirmed on Wednesday" dates the confirmation, not the capture.
        return cand
    place = getattr(cand.place, "name", None)
    # An act noun with no place of its own ("the SANA agency confirmed the air base attack") names an act of its
    # kind told a few sentences before, wherever that was.
    borrowed = any(r in cand.rules for r in ("place.recent_act", "place.story_place"))
    last = earlier[-1] if earlier else None
    if borrowed and cand.sub == SubType.ARMED_CLASH and all(a is None or a.kind in UNARMED_KINDS
                                                            for a in (cand.actor1, cand.actor2)) \
            and last is not None and SUB_TO_TYPE[last.sub] == EventType.EXPLOSIONS_REMOTE_VIOLENCE \
            and cand.sent_index - last.sent_index <= RETELL_SENTENCES \
            and not any(SUB_TO_TYPE[c.sub] == EventType.BATTLES for c in earlier):
        # "Artillery shelled the outskirts of X. The fighting forced families to flee": fighting with no armed side
        # and no place of its own, told after a shelling or a strike in an article that told no fight, is that act named
        # again, not a battle.
        return _told_as(cand, last, "discourse.fighting_of_strike")
    # "the attack", "the incident", "the violence" name an act of any violent kind: the one told just before.
    any_kind = head.lemma_.lower() in st.words.lower("any_act_nouns")
    prior = next((c for c in reversed(earlier) if c.sent_index < cand.sent_index and place is not None
                  and (getattr(c.place, "name", None) == place or _site_of(c, cand) or _area_of(c, cand)
                       or _road_of(c, cand)
                       or borrowed and cand.sent_index - c.sent_index <= RETELL_SENTENCES
                       and (SUB_TO_TYPE[c.sub] == SUB_TO_TYPE[cand.sub] or any_kind))
                  and (_retells(st, cand, c, head) or any_kind and SUB_TO_TYPE[c.sub] in VIOLENT_TYPES)), None)
    contested = any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
    # "Drones struck a depot in X. A source said the agency had carried out the attack": an act whose doer the
    # text never named (a default) meets its doer in "the attack" told next, a claim; it is no other act.
    unnamed = prior is not None and any_kind and "sides.default_state" in prior.rules \
        and "actor.syntax" not in prior.rules
    # "Drones struck X. The army said the attack targeted an IS hideout": the one side "the attack" names is whom
    # it hit (rule actor.clash_one_side), no doer of another act.
    target_only = any_kind and "actor.clash_one_side" in cand.rules
    # "A source in the security service said it had carried out the attack": the act's doer owning it, under
    # whatever name the claimant gives itself, is no other act.
    owned = any_kind and head.dep_ == "dobj" and head.head.lemma_.lower() in st.words.lower("act_doing_verbs")
    # "Separatists ambushed a patrol ... five soldiers had died in the ambush": the dead are its victims, not a doer.
    dead = _dead_in(st, head)
    # "Jihadists attacked an army post ... soldiers had killed 30 attackers in the assault": the side the act was
    # done to, killing in it, fought that act back; the killing is its toll, not an act of its own.
    dead = dead or prior is not None and cand.actor1 is not None and cand.actor1 == prior.actor2 \
        and _killed_in(st, head)
    # "Insurgents overran a base in X. The attack killed 12 soldiers": a doer the text never named for the noun
    # (rule actor.attacker_by_default) is no other doer.
    defaulted = "actor.attacker_by_default" in cand.rules
    if prior is not None and not relayed and not contested and cand.actor1 and prior.actor1 and not defaulted \
            and cand.actor1 != prior.actor1 and not unnamed and not target_only and not owned and not dead:
        # "Palmyra's liberation" by the army after its capture by IS: the place changed hands again; "planes
        # tried to counter the attack": another act against it. "The battle for X" is fought by both sides.
        return cand
    if prior is None:
        return cand
    # The sub-type and sides are the earlier act's, and so are the rules that chose them.
    told = _told_as(cand, prior, "discourse.retelling")
    return replace(told, rules=(*told.rules, "discourse.toll_in_act_noun")) if dead else told


def _crowd_of_clashes(cand: _Candidate, earlier: list[_Candidate], head) -> _Candidate | None:
    """discourse.clashes_of_crowd: the crowd act whose clashes with the force a clash telling is: a clash noun with
    no armed group as a side, told within RETELL_SENTENCES of a crowd act, either with no place of its own right
    after it ("The clashes killed four") or at the crowd's own town when the last act told there was the crowd's
    ("wounded in clashes in the city", "the clashes in Nairobi" after tear gas fired at marchers there)."""
    if cand.sub != SubType.ARMED_CLASH or head.pos_ != "NOUN" or not earlier or not all(
            a is None or a.kind in GENERIC_STATE_KINDS | UNARMED_KINDS for a in (cand.actor1, cand.actor2)):
        return None
    if ANOTHER_ACT_MARKS & set(cand.rules):  # ("Later on Monday, heavy clashes in Kharkiv killed four": another act)
        return None
    reach = RETELL_SENTENCES
    if any(r in cand.rules for r in ("place.recent_act", "place.story_place")):
        crowd = earlier[-1]
    else:
        # (at its own town the clashes may come a paragraph later, on the crowd's days: not on a day of their own)
        reach = 2 * RETELL_SENTENCES
        place = getattr(cand.place, "name", None)
        crowd = next((c for c in reversed(earlier) if place is not None and getattr(c.place, "name", None) == place),
                     None)
        if crowd is not None and not (crowd.window is None or cand.window is None
                                      or crowd.window[0] <= cand.window[1] and cand.window[0] <= crowd.window[1]):
            return None
    if crowd is None or SUB_TO_TYPE[crowd.sub] not in CROWD_TYPES or crowd.sent_index >= cand.sent_index \
            or cand.sent_index - crowd.sent_index > reach:
        return None
    return crowd


def _ranking_dates(st: Stages, head, times) -> set[int]:
    """The sentence's date tokens that rank an act rather than date it ("the attack, the first this year", "the
    deadliest since 2019", "were the worst this month"): a date under a superlative or an ordinal word other than
    the act noun itself."""
    ordinals = set(st.ordinal_numbers)
    out = set()
    for tok in _date_tokens(head.sent, times):
        up = tok
        while up.head.i != up.i and up.i != head.i:
            up = up.head
            if up.i != head.i and (up.tag_ == "JJS" or up.lower_ in ordinals):
                out.add(tok.i)
                break
    return out


def _told_finer(st: Stages, cand: _Candidate, earlier: list[_Candidate], head, described: set[int],
                times) -> _Candidate | None:
    """discourse.retelling_finer: a definite act noun at a town of its own, told within RETELL_SENTENCES after an act
    of its kind told only at the town's region or with no day of its own ("An air strike on a house in the southern
    Gaza Strip has killed 17 ... The building in Rafah was hit by the attack on Friday", "A Taliban attack has
    killed six policemen in Ghazni province ... The attack happened on Wednesday in Andar district") is that act
    told with its town and day: it takes the act's sub-type and sides and keeps its own place and window, which
    lie inside the act's (the merge then keeps the finer of the two). Another doer named, another place or a day
    outside the act's window tell another act."""
    if cand.place is None or "place.syntax" not in cand.rules or cand.precision == 3 \
            or ANOTHER_ACT_MARKS & set(cand.rules):
        return None
    dated = "date.expression" in cand.rules and not all(
        t.i in described for t in _date_tokens(head.sent, times))
    any_kind = head.lemma_.lower() in st.words.lower("any_act_nouns")
    prior = next((c for c in reversed(earlier) if c.sent_index < cand.sent_index
                  and cand.sent_index - c.sent_index <= RETELL_SENTENCES
                  and (SUB_TO_TYPE[c.sub] == SUB_TO_TYPE[cand.sub]
                       or any_kind and SUB_TO_TYPE[c.sub] in VIOLENT_TYPES)), None)
    if prior is None or prior.place is None or prior.window is None or "place.unresolved" in prior.rules:
        return None  # (a village the gazetteer does not know, put at its region, is a place of its own)
    if SUB_TO_TYPE[prior.sub] != SUB_TO_TYPE[cand.sub] and "subtype.victims.civilian" in cand.rules \
            and "subtype.victims.armed" in prior.rules:
        return None  # (the telling that names civilians as the victims reads the act better than one that guessed)
    same_town = getattr(prior.place, "name", None) == getattr(cand.place, "name", None)
    if not same_town and not _town_of_region(prior, cand):
        return None
    undated = "date.current_news" in prior.rules
    if not undated and not (prior.precision == 3 and not dated):
        return None  # (an act dated at its town told again with a date is left to the merge)
    if dated and (cand.window is None or not (prior.window[0] <= cand.window[0] and cand.window[1] <= prior.window[1])):
        return None
    if same_town and not dated:
        return None  # (the same town, no day of its own: the plain retelling below)
    if cand.actor1 and prior.actor1 and cand.actor1 != prior.actor1 and "actor.syntax" in cand.rules \
            and UNIDENTIFIED_ROLE not in (st.actors.role_of(cand.actor1), st.actors.role_of(prior.actor1)):
        return None  # "the army's counter-attack in X": another doer, another act
    told = _told_as(cand, prior, "discourse.retelling")
    return replace(told, place=cand.place, precision=cand.precision, window=cand.window if dated else prior.window,
                   rules=(*told.rules, "discourse.retelling_finer"))


def _town_of_region(prior: _Candidate, cand: _Candidate) -> bool:
    """Is the noun's own place a town (precision 1-2) of the region (precision 3) the act told before was placed at
    (its admin1; a town of no known region: within AREA_KM of the region's point)? The converse of _region_of."""
    a, b = prior.place, cand.place
    return a is not None and b is not None and prior.precision == 3 and cand.precision < 3 \
        and a.country == b.country and (a.admin1 == b.admin1 if a.admin1 and b.admin1 else _within(a, b, AREA_KM))


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
    if head.pos_ != "NOUN" or head.dep_ != "nsubj" or not earlier or "discourse.retelling" in cand.rules:
        return cand
    prior = earlier[-1]
    # "Rebels clashed with troops in X on Monday, and the clashes went on through Tuesday": in the sentence of the
    # act it continues, at that act's place, the noun is that act going on.
    same_place = prior.sent_index == cand.sent_index and prior.place is not None and cand.place is not None \
        and getattr(prior.place, "name", None) == getattr(cand.place, "name", None)
    if not same_place and not any(r in cand.rules for r in ("place.recent_act", "place.story_place")):
        return cand
    verb = head.head
    if not _goes_on(st, verb):
        return cand
    same_kind = prior.sub == cand.sub or _looting_of_riot(prior, cand)
    if not same_kind or cand.sent_index - prior.sent_index > 2 or prior.window is None:
        return cand
    told = _told_as(cand, prior, "discourse.continuation")
    if "date.expression" in cand.rules and cand.window is not None and prior.window[1] < cand.window[1] \
            and (cand.window[1] - prior.window[0]).days <= FIGHT_RUN_DAYS:
        # "Fighting broke out on Tuesday ... It resumed on Wednesday": the act went on to its own later day.
        told = replace(told, window=(prior.window[0], cand.window[1]))
    return told


def _back_reference(ctx: _ArticleContext, cand: _Candidate, head, earlier: list[_Candidate],
                    times, acts: frozenset[int] = frozenset()) -> _Candidate | None:
    """drop.back_reference: a definite act noun ("the fighting there", "that offensive", "the detentions") that
    the retelling pass did not join names an act of its kind coded in an earlier sentence, not a new one: unless
    it has a place of its own that no such act had, a date of its own, or another doer."""
    st = ctx.st
    if cand.sub in NATIONWIDE_SUBS or head.pos_ != "NOUN" or {"discourse.retelling", "discourse.clashes_of_crowd"} \
            & set(cand.rules):
        return None  # a deal named again may be a new stage of it (signed, then in force)
    definite = st.words.lower("definite_determiners")
    # "Monday's bombings came as ...": a day owning the act noun points at the act told on that day, as "the" does.
    day_owned = any(c.dep_ == "poss" and _date_of_noun(c, times) for c in head.children)
    if not day_owned and not any(c.dep_ == "det" and c.lower_ in definite for c in head.children):
        return None
    # "the capture of X on Tuesday": dated, it is left to the merge (the same act or another). Looting named after
    # a riot is the riot, which the merge keeps apart ("most died in the looting", "took part in the looting"),
    # unless the noun carries a date of its own ("the looting on Friday").
    dated = "date.expression" in cand.rules and not _dated_report_only(st, head, times)
    own_date = dated and _date_of_noun(head, times)
    if dated and not own_date and _adjunct_of_act(head, acts):
        dated = False  # "arrested 30 people on Sunday in connection with the riot": Sunday dates the arrests
    own_place = "place.syntax" in cand.rules and _place_of_own_clause(ctx, head, cand.place)
    for prior in reversed(earlier):
        same_day = day_owned and prior.window == cand.window
        if prior.sent_index >= cand.sent_index or not (
                (SUB_TO_TYPE[prior.sub] == SUB_TO_TYPE[cand.sub] or _attack_named_again(cand, prior, same_day))
                and (_retells(st, cand, prior, head) or same_day)
                and (not dated or same_day) or _looting_of_riot(prior, cand) and not own_date):
            continue
        if day_owned and not same_day:
            continue  # "Monday's bombing" after Sunday's: another act
        if own_place and getattr(prior.place, "name", None) != getattr(cand.place, "name", None) \
                and not _region_of(prior, cand):
            continue  # "the attack on the police post in Y": another act, told with the article's
        if cand.actor1 and prior.actor1 and cand.actor1 != prior.actor1 and "actor.syntax" in cand.rules \
                and not _occurred_at(st, head) and not (same_day and "actor.same_kind_previous" in cand.rules):
            continue  # "the army's counter-offensive" after the rebels' offensive
        return prior
    return None


def _region_of(prior: _Candidate, cand: _Candidate) -> bool:
    """Is the noun's own place only the region (precision 3) that holds the act told before ("confirmed the attack,
    an army spokesman in Ituri said" after an attack in Komanda; a town of no known region: within AREA_KM of the
    region's point)? A coarser place names no other act."""
    a, b = prior.place, cand.place
    return a is not None and b is not None and cand.precision == 3 and prior.precision < 3 \
        and a.country == b.country and (a.admin1 == b.admin1 if a.admin1 else _within(a, b, AREA_KM))


def _attack_named_again(cand: _Candidate, prior: _Candidate, same_day: bool = False) -> bool:
    """"ADF rebels attacked a church in X ... an army spokesman confirmed the attack": the noun "attack" takes its
    sub-type from the people around it (here the spokesman, read as armed victims), so an attack told before, on
    civilians or on a force, is the one it may name again, whichever of the two each reading gave. So may an
    attack owned by the day of a clash told before ("Troops clashed with militants in X on Monday ... 25 died in
    Monday's attacks"), whatever word told the clash."""
    both = {SubType.ATTACK, SubType.ARMED_CLASH}
    return (same_day or cand.trigger.sub == prior.trigger.sub == ATTACK_CLASS) and cand.sub in both \
        and prior.sub in both


def _adjunct_of_act(head, acts: frozenset[int]) -> bool:
    """Is the act noun inside a prepositional phrase of the verb of another act of its sentence (`acts`, their
    heads: "arrested 30 people on Sunday in connection with the riot")? The sentence's date is that act's."""
    if head.dep_ != "pobj":
        return False
    node = clause_verb(head.head)
    return node.i in acts and node.i != head.i


def _occurred_at(st: Stages, head) -> bool:
    """Is the act noun the subject of a verb of occurring in a relative clause on a noun ("blew up three houses on
    the street where the ambush took place")? That clause names the place by the act, whose doer it does not tell
    (the doer the parse lends it is the main clause's)."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ != "relcl":
        return False
    phrase = {verb.lemma_.lower(), " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children
                                                                    if c.dep_ == "dobj")])}
    return bool(phrase & st.words.lower("occurrence_verbs"))


def _site_of(prior: _Candidate, cand: _Candidate) -> bool:
    """"Clashes broke out in Tripoli ... The fighting around Mitiga airport killed 27": the fight named again at a
    site of its place (within FOLD_KM, in the next FOLD_SENTENCES sentences), not another fight."""
    a, b = prior.place, cand.place
    return SUB_TO_TYPE[prior.sub] == EventType.BATTLES and cand.sent_index - prior.sent_index <= FOLD_SENTENCES \
        and a is not None and b is not None and _within(a, b, FOLD_KM)


def _road_of(prior: _Candidate, cand: _Candidate) -> bool:
    """"Militants ambushed a convoy near Afgooye ... the fighting lasted an hour on the road between Mogadishu and
    Afgooye": the act named again, in the next FOLD_SENTENCES sentences, on a road between two towns (placed at one
    end, rule place.between) that runs within AREA_KM of the act's own place: the act told by its road."""
    a, b = prior.place, cand.place
    return a is not None and b is not None and "place.between" in cand.rules \
        and 0 < cand.sent_index - prior.sent_index <= FOLD_SENTENCES \
        and SUB_TO_TYPE[prior.sub] == SUB_TO_TYPE[cand.sub] and a.country == b.country and _within(a, b, AREA_KM)


def _area_of(prior: _Candidate, cand: _Candidate) -> bool:
    """"Artillery shelled Maarat al-Numan ... the shelling of the southern Idlib countryside wounded 11": the act
    named again, in the next FOLD_SENTENCES sentences, at a coarser place (a countryside, an area, a province) of
    the region that holds the act's own place, within AREA_KM of it: the act told at a coarser grain."""
    a, b = prior.place, cand.place
    return a is not None and b is not None and cand.sent_index - prior.sent_index <= FOLD_SENTENCES \
        and cand.precision > max(prior.precision, 1) and bool(a.admin1) and a.admin1 == b.admin1 \
        and a.country == b.country and _within(a, b, AREA_KM)


_OTHER_CLAUSE_DEPS = ("advcl", "relcl", "ccomp", "pcomp", "acl", "xcomp")


def _place_of_own_clause(ctx: _ArticleContext, head, place) -> bool:
    """Is the act noun's place named in its own clause ("the attack on the post in Y", "the attack took place in
    Y"), not only in a clause of another act hung on it ("the attack came a week after gunmen had killed ten
    villagers in Y": Y is that killing's place)?"""
    sent = head.sent
    own = _clause_of(head)
    # ("the arrests came a day after the kidnapping of 15 farmers in Y": Y is in the kidnapping's phrase)
    acts = trigger_tokens(head.doc) - {head.i}
    return any(getattr(m.value, "name", None) == getattr(place, "name", None) and sent.start <= m.token.i < sent.end
               and _clause_of(m.token).i == own.i and not _in_phrase_of(m.token, acts, head)
               for m in ctx.place_mentions)


def _in_phrase_of(tok, acts: set[int], head) -> bool:
    """Does the token hang, below its clause, on the word of another act than `head`?"""
    for anc in tok.ancestors:
        if anc.i == head.i or anc.pos_ in ("VERB", "AUX"):
            return False
        if anc.i in acts:
            return True
    return False


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
    return trig.sub == TERRITORY_CLASS and head.dep_ == "xcomp" and head.head.lemma_.lower() in st.attempt


def _spoils_of_act(st: Stages, cand: _Candidate, told: list[_Candidate]) -> bool:
    """drop.spoils_of_act: weapons seized by a side of a fight just told, where it was fought ("ISWAP ambushed a
    convoy near X. The group said its fighters had seized weapons"; "overran the base, seizing arms"): the booty of
    that fight, not a disrupted weapons use of its own (a seizure in a raid of its own is one: "stormed a hideout
    and seized two rifles", a way forced in by the seizers in the same sentence, no one killed, is the raid's)."""
    if cand.sub != SubType.DISRUPTED_WEAPONS_USE or cand.actor1 is None:
        return False
    entries = st.words.lower("forced_entry_verbs")
    told = [t for t in told if not (t.sent_index == cand.sent_index and t.actor1 == cand.actor1 and t.fatalities is None
                                    and t.trigger.phrase[0] in entries)]
    # (either side: "clashed with separatists ... the army said it killed five and seized their weapons"; the
    # other side's only on the fight's days: a bomb it defused the next day is an act of its own)
    return any(SUB_TO_TYPE[t.sub] == EventType.BATTLES
               and (cand.actor1 == t.actor1 or cand.actor1 == t.actor2 and _overlap(t.window, cand.window, None))
               and getattr(t.place, "name", None) == getattr(cand.place, "name", None) for t in told)


def _damage_of_act(st: Stages, cand: _Candidate, told: list[_Candidate], head=None, matches=()) -> bool:
    """drop.damage_of_act: property destroyed with no doer of its own, where and when a fight, a bombing or a strike
    was just told ("A car bomb exploded outside a restaurant in X. The explosion destroyed the front of the building
    and set vehicles ablaze"; "30 assailants were also killed and several motorbikes destroyed"): that act's damage,
    no destruction of its own. (A destruction with a doer named, "soldiers burned the houses", is a deed, and so is
    a theft, "loot shops" (words/theft_words), or anything done after a capture.) A destruction whose subject is a
    strike's or a fight's own noun ("The strike set tents ablaze in the X area") is what that act did, wherever
    the sentence puts the damage: the act told, on its days, whatever place its damage is read at."""
    if cand.sub != SubType.LOOTING_PROPERTY_DESTRUCTION or cand.actor1 is not None \
            or st.words.lower("theft_words") & {w.lower() for w in cand.trigger.phrase}:
        return False
    by_noun = head is not None and _subject_is_act_noun(head, matches)
    return any((t.sub == SubType.ARMED_CLASH or SUB_TO_TYPE[t.sub] == EventType.EXPLOSIONS_REMOTE_VIOLENCE)
               and (by_noun or getattr(t.place, "name", None) == getattr(cand.place, "name", None))
               and _overlap(t.window, cand.window, None) for t in told)


def _subject_is_act_noun(head, matches) -> bool:
    """Is the subject of the destruction's verb a noun that is itself a trigger of a strike, a bombing or a fight
    ("the strike", "the blast", "the shelling")? Matches are the sentence's trigger matches."""
    subjects = {c.i for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"}
    return any(m.head.i in subjects and any(
        t.sub in (STRIKE_CLASS, SubType.ARMED_CLASH) or t.sub in SUB_TO_TYPE
        and SUB_TO_TYPE[t.sub] == EventType.EXPLOSIONS_REMOTE_VIOLENCE for t in m.alternatives) for m in matches)


def _attack_repelled(st: Stages, cand: _Candidate, earlier: list[_Candidate], head=None) -> _Candidate | None:
    """discourse.repelled_attack: "Rebels stormed an army post near X. Troops repelled the assault." A fight told
    by a repelling phrase, with no place of its own apart from it, is the end of the fight told in the sentences
    just before (its defenders, when named, are that act's other side): the fight they answered, not another.
    A capture told just before is answered too: "M23 seized the town ... The army said it repelled the assaults"
    is the losers' telling of the fighting that ended in it (spec: fighting that ends in a capture is one act).
    Attackers told as forced out ("the attackers had been driven out of the town", words/expulsion_verbs.txt, in
    the passive) after a fight with no capture are that fight's end too (after a capture, its retaking)."""
    phrase = " ".join(cand.trigger.phrase)
    expelled = head is not None and phrase in st.expulsion and any(c.dep_ == "auxpass" for c in head.children)
    if phrase not in st.words.lower("repel_phrases") and not expelled or SUB_TO_TYPE[cand.sub] != EventType.BATTLES:
        return None
    name = getattr(cand.place, "name", None)
    answered = next((c for c in reversed(earlier) if c.sent_index < cand.sent_index
                     and cand.sent_index - c.sent_index <= RETELL_SENTENCES and SUB_TO_TYPE[c.sub] == EventType.BATTLES
                     and ("place.syntax" not in cand.rules or getattr(c.place, "name", None) == name)), None)
    return answered if not expelled or answered is not None and answered.sub == SubType.ARMED_CLASH else None


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
        if speaker == doer or getattr(speaker, "kind", None) == getattr(doer, "kind", None) == STATE_KIND \
                and getattr(speaker, "country", None) == getattr(doer, "country", None):
            return prior
        # "Gunmen killed 11 villagers in X. JNIM said its fighters had attacked a militia post in the village": a
        # group telling what its own fighters did where unnamed attackers just struck claims that act, in its words.
        if cand.actor1 == speaker and getattr(speaker, "kind", None) != STATE_KIND \
                and st.actors.role_of(speaker) != UNIDENTIFIED_ROLE and st.actors.role_of(doer) == UNIDENTIFIED_ROLE:
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


def _date_tokens(sent, times) -> list:
    """The tokens of the sentence that open one of its dated time expressions."""
    return [tok for t in times if t.date_start is not None for tok in sent if tok.idx == sent.start_char + t.start]


def _dated_report_only(st: Stages, head, times) -> bool:
    """Does every date of the sentence date a report of the act, not the act ("the fighting near X left three
    dead, a hospital source said on Wednesday")?"""
    clause = {t.i for t in _verb_of(head).subtree}
    dated = _date_tokens(head.sent, times)
    return bool(dated) and all(t.i not in clause and _of_report(st, t) for t in dated)


def _dated_toll_only(st: Stages, head, times) -> bool:
    """Is the act noun what a toll is of, with every date of the sentence outside its own phrase ("By Tuesday, the
    toll from the strike had risen to 18", "Two days later, the army said five soldiers had died in the ambush")?
    The dates are the toll's count, not the act's (rule discourse.retelling)."""
    if _toll_of(st, head):
        own = {t.i for t in head.subtree}
    elif _dead_in(st, head):
        # the dying verb's own words are the act's: "were killed in the fighting on Wednesday" is that day's act
        # ("Two days later, the army said ... had died in the ambush": the time hangs on "said"); a span "since
        # Saturday" on it is the toll's count, not a day of the act's
        spans = {t.i for t in _date_tokens(head.sent, [x for x in times if x.kind == TimeKind.SINCE])}
        own = {t.i for t in head.head.head.subtree} - spans
    else:
        return False
    dated = _date_tokens(head.sent, times)
    return bool(dated) and all(t.i not in own for t in dated)


def _dead_in(st: Stages, head) -> bool:
    """Is the definite act noun where people died, with no doer of its own ("five soldiers had died in the ambush",
    "were killed in the attack"): the place of a verb of dying, or of killing in the passive? Its clause's people
    are the act's dead, not its sides; the noun names the act told (rule discourse.toll_in_act_noun)."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in st.words.lower("linking_prepositions"):
        return False
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in head.children):
        return False  # "killed in the army's raid", "died in an attack by X": a doer of its own
    verb = head.head.head
    lemma = verb.lemma_.lower()
    if lemma not in st.toll_lemmas or verb.pos_ not in ("VERB", "ADJ"):
        return False
    return lemma not in st.args.KILL_LEMMAS or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
        or verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl")


def _killed_in(st: Stages, head: Token) -> bool:
    """Is the definite act noun (words/definite_determiners: "the assault", "this raid") where a subject killed, in
    the active ("soldiers killed 30 attackers in the assault"), with no doer of its own? ("killed 30 militants in a
    raid" tells a raid of its own.)"""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in st.words.lower("linking_prepositions"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in st.words.lower("definite_determiners") for c in head.children):
        return False
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in head.children):
        return False
    verb = head.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in st.args.KILL_LEMMAS \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _dated_in_clause_only(head, times, described: set[int]) -> bool:
    """Does every date of the sentence lie in a relative clause that describes a noun of the act's phrase ("the
    battle for the town, which had been a base for six years")?"""
    dated = _date_tokens(head.sent, times)
    return bool(dated) and all(t.i in described for t in dated)


def _of_report(st: Stages, tok) -> bool:
    """Does the token hang on a reporting verb ("said on Wednesday")?"""
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in st.modality.reporting_verbs


def _offset_from_report(st: Stages, sent: Span, head, times) -> tuple[dt.date, dt.date] | None:
    """"The army said on Monday it had killed 20 insurgents the previous day": an offset in the act's own clause
    counts from the date of the report that relays it (Sunday), which is not the act's date."""
    clause = {t.i for t in _verb_of(head).subtree}
    first, offsets = _offsets_in(sent, times, clause)

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


def _retells(st: Stages, cand: _Candidate, prior: _Candidate, head) -> bool:
    """Is the definite noun `head` another telling of `prior`? The same sub-type, or "the battle for X" after
    X was taken (a siege or an offensive named later may be a separate act). A capture retold by the other
    side's word ("the recapture") is of the same trigger class, though its sub-type may read otherwise."""
    if cand.sub == prior.sub or cand.trigger.sub == prior.trigger.sub:
        return True
    if cand.trigger.sub == STRIKE_CLASS and SUB_TO_TYPE[cand.sub] == SUB_TO_TYPE[prior.sub] \
            and head.lemma_.lower() in st.words.lower("bare_strike_nouns") \
            and not any(c.dep_ in ("compound", "amod") for c in head.children):
        # "A missile struck X. The toll from the strike rose": a bare "strike" takes its sub-type from words
        # around it (air by default), so any remote act told before may be the one it names ("the bombardment",
        # "the drone strike" name a kind of their own).
        return True
    contested = any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
    return contested and SUB_TO_TYPE[prior.sub] == SUB_TO_TYPE[cand.sub]


BACKGROUND_RULES = {"date.offset_between_acts", "modality.past_anchor", "modality.relative_past"}  # told as earlier
RETELL_SENTENCES = 4  # an act noun with no place of its own may name an act of its kind told this close before
FOLD_SENTENCES = 2  # fighting told this close to a capture of its place may be the fighting that ended in it
FOLD_DAYS_BEFORE = 7  # ... and must lie in the week before the capture, or on its days
FOLD_KM = 10  # ... at the capture's place, or this close to it (a base or a quarter of the town taken)
# A fight named as the contest for its place and running since a time ("fighting for X had gone on since
# August") may be the one a capture of the place told this close ended.
FOLD_CONTEST_SENTENCES = 6
AREA_KM = 60  # an act named again at a coarser place of its region lies this close to the act's own place


def _entries_under_deal(st: Stages, cands: list[_Candidate], doc: Doc) -> list[_Candidate]:
    """"Units of the army entered Manbij", in an article that tells a hand-over, or a deal to hand places over,
    in that country: the entry, with no fighting told in its sentence, is the hand-over carried out (a
    non-violent transfer), not a capture by force. A ceasefire hands nothing over. New records replace the
    captures; none is changed in place."""
    handing = st.words.lower("handover_words")
    deals = {getattr(c.place, "country", None) for c in cands if c.sub == NON_VIOLENT or c.sub == SubType.AGREEMENT
             and any(t.lemma_.lower() in handing for t in doc[c.head_i].sent)}
    # "the rebels handed the villages back to the state, and police re-entered them", "entered the town after the
    # rebels agreed to let them deploy": a hand-over or a deal told as a verb in the entry's own sentence
    # (one link from the entry, not negated nor refused: "after troops refused to surrender" hands nothing over)
    ceding = st.words.lower("cession_verbs") | st.words.lower("deal_words")  # (as verbs: "handed", "agreed")
    ceded = {c.sent_index for c in cands if c.sub in CAPTURES and any(
        t.pos_ == "VERB" and t.lemma_.lower() in ceding and not _refused(st, t) for t in _linked(doc[c.head_i]))}
    if not deals and not ceded:
        return cands
    entering = st.words.lower("entry_verbs")
    fought = {c.sent_index for c in cands if SUB_TO_TYPE[c.sub] in (
        EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS)
        and "territory" not in c.sub}
    return [replace(c, sub=NON_VIOLENT, rules=[*c.rules, "discourse.entry_under_deal"])
            if c.sub in CAPTURES and c.trigger.phrase[0] in entering and c.sent_index not in fought
            and c.fatalities is None and "settle.fighting_into_capture" not in c.rules
            and (getattr(c.place, "country", None) in deals or c.sent_index in ceded) else c
            for c in cands]


def _linked(entry) -> list:
    """The verbs one link from an entry: its adverbial clauses and the verb it is coordinated with."""
    return [c for c in entry.children if c.dep_ == "advcl"] + ([entry.head] if entry.dep_ == "conj" else [])


def _refused(st: Stages, verb) -> bool:
    """Is the verb negated, or the object of a refusal ("refused to surrender", "rejected a deal")?"""
    if any(g.dep_ == "neg" for g in verb.children):
        return True
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in st.words.lower("refusal_verbs")


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


def _forced_handovers(st: Stages, cands: list[_Candidate], doc: Doc) -> list[_Candidate]:
    """discourse.withdrawal_after_fight: a taking told as a hand-over because its sentence tells the holder's
    withdrawal ("some troops pulled out, and now the militants have taken over the base", rule
    settle.unopposed_transfer), at a place the story tells fought over within FOLD_SENTENCES on overlapping days
    ("The militants stormed the base on Sunday"), is the defenders' end of a capture by force, as it is when the
    fight is told in the same sentence; words that deny the fight ("without a fight", a deal) keep the hand-over.
    The taking gets back the sub-type its taker gave it (subtype.territory.*); the fold of the fighting into the
    capture follows."""
    handed = [j for j, c in enumerate(cands) if c.sub == NON_VIOLENT and "settle.unopposed_transfer" in c.rules
              and c.place is not None and c.window is not None]
    if not handed:
        return cands
    sents = list(doc.sents)
    out = list(cands)
    for j in handed:
        k = out[j]
        if k.sent_index >= len(sents) or st.fight_denied.search(span_text(sents[k.sent_index])):
            continue
        sub = SubType.GOVERNMENT_REGAINS_TERRITORY if "subtype.territory.state_home" in k.rules else \
            SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY if "subtype.territory.overtake" in k.rules else None
        if sub is None:
            continue
        fought = any(_fight_near_capture(st, c, k, FOLD_SENTENCES)
                     and c.window[0] <= k.window[1] and k.window[0] <= c.window[1] for c in out)
        if fought:
            out[j] = replace(k, sub=sub, rules=(*k.rules, "discourse.withdrawal_after_fight"))
    return out


def _fight_near_capture(st: Stages, c: _Candidate, k: _Candidate, reach: int) -> bool:
    """Is the clash `c` fighting near the capture `k`: told within `reach` sentences of it, no siege (its own act),
    at the capture's place or FOLD_KM from it? (The test of a fight that ended in a capture, for the fold of
    fighting into captures and for a hand-over taken back as a capture by force.)"""
    return c.sub == SubType.ARMED_CLASH and c.place is not None and c.window is not None \
        and abs(c.sent_index - k.sent_index) <= reach \
        and not st.words.lower("siege_words") & set(c.trigger.phrase) \
        and (getattr(c.place, "name", None) == getattr(k.place, "name", None) or _within(c.place, k.place, FOLD_KM))


def _fold_fighting_into_captures(st: Stages, cands: list[_Candidate], doc=None) -> list[_Candidate]:
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
        # (a capture with no place of its own, "they had driven the army out of two villages", is where the act
        # just told was: the fight told before it is the one it ended)
        if k.sub in (SubType.GOVERNMENT_REGAINS_TERRITORY, SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) \
                and (_placed_by_text(k) or "place.recent_act" in k.rules) \
                and k.window is not None:
            by_sentence.setdefault(k.sent_index, []).append(j)
    for c in out:
        if c.sub != SubType.ARMED_CLASH or c.trigger.sub == KILL_CLASS or c.window is None or c.place is None \
                or st.words.lower("siege_words") & set(c.trigger.phrase) \
                or not (_placed_by_text(c) or "place.recent_act" in c.rules and (
                    _named_again(st, doc, c) or _length_of_fighting(st, doc, c) or _told_since(doc, c)
                    or "fighters_captive" in c.trigger.needs)):
            # (the fighting named again with no place of its own, "the fighting began before dawn", is where the
            # act just told was: when that act is the capture, the fighting is the capture's; so are soldiers
            # "captured" with no place of their own; "a nearby attack" is another act)
            continue
        reach = FOLD_CONTEST_SENTENCES if doc is not None and _contest_for(doc, c) else FOLD_SENTENCES
        near = [j for d in range(-reach, reach + 1) for j in by_sentence.get(c.sent_index + d, ())]
        for j in near:
            k = out[j]
            if not _fight_near_capture(st, c, k, reach):
                continue  # (the storming of the airbase outside a town, then the town taken: one act)
            if not _placed_by_text(k) and _halted(st, doc, c):
                continue  # ("the attack in the area had been halted": a fight stopped ended in no capture there)
            sides = {k.actor1, k.actor2, *k.assoc, None}
            # (who took soldiers nobody named, "soldiers had been captured", may be the capture's taker: no stranger)
            taken = "fighters_captive" in c.trigger.needs
            strangers = {a for a in {c.actor1, c.actor2} - sides
                         if not (taken and a is not None and k.actor1 is not None and a != k.actor2
                                 and st.actors.role_of(a) == UNIDENTIFIED_ROLE)}
            # A capture told with no loser may meet its loser in the fighting ("clashes with rebels").
            if len(strangers) > (1 if k.actor2 is None else 0):
                continue
            battle = _battle_of_capture(st, doc, c, k)
            if not battle and not (
                    k.window[0] - dt.timedelta(days=FOLD_DAYS_BEFORE) <= c.window[0] and c.window[1] <= k.window[1]):
                continue
            window = (min(c.window[0], k.window[0]), k.window[1])
            k = out[j] = replace(k, window=window, actor2=k.actor2 or next(iter(strangers), None),
                                 rules=(*k.rules, "discourse.battle_of_capture") if battle else k.rules)
            folded[_act_key(c)] = k
            break
    # The clash folded, and every later telling of it ("the air base attack", discourse.retelling; "clashes went
    # on through Wednesday", discourse.continuation, the same fight to a later day): the capture.
    going_on = {key[:4] + (key[4][0],): k for key, k in folded.items() if key[4] is not None}
    for i, c in enumerate(out):
        k = folded.get(_act_key(c)) if c.sub == SubType.ARMED_CLASH else None
        if k is None and c.sub == SubType.ARMED_CLASH and "discourse.continuation" in c.rules and c.window:
            k = going_on.get(_act_key(c)[:4] + (c.window[0],))
        if k is not None:
            out[i] = replace(c, sub=k.sub, actor1=k.actor1, actor2=k.actor2, window=k.window, place=k.place,
                             precision=k.precision, rules=(*c.rules, "discourse.fighting_into_capture"))
    return out


def _fold_assaults_into_battles(st: Stages, cands: list[_Candidate], doc=None) -> list[_Candidate]:
    """discourse.assault_of_battle: an attack on a place ("The RSF attacked the town of X at dawn"), told within
    FOLD_SENTENCES of a battle at that place or FOLD_KM from it, on the battle's days (or, for a capture, in the
    week before it), is the battle's opening told on its own: one act. That holds for an attack read as one on
    civilians only by default (nobody hurt or named as its victims) before a clash or a capture its doer fought,
    and for an attack read as a clash before its doer's capture of the place. It becomes another telling of the
    battle (the merge joins them); a capture's window starts with it. An attack that hurt people, or whose victims
    are named, stays its own act."""
    out = _fold_attacks_into_strikes(st, list(cands), doc)
    battles: dict[int, list[int]] = {}  # by sentence, so each attack looks only at the few told near it
    for j, k in enumerate(out):
        if (k.sub in CAPTURES or k.sub == SubType.ARMED_CLASH) and k.window is not None and k.place is not None:
            battles.setdefault(k.sent_index, []).append(j)
    if not battles:
        return out
    for i, c in enumerate(out):
        unhurt = c.sub == SubType.ATTACK and "sides.victims_civilians" in c.rules and c.fatalities is None
        if not (unhurt or c.sub == SubType.ARMED_CLASH) or c.trigger.sub != ATTACK_CLASS or c.actor1 is None \
                or c.window is None or c.place is None or not _attack_on_place(st, doc, c):
            continue
        near = [j for d in range(-FOLD_SENTENCES, FOLD_SENTENCES + 1) for j in battles.get(c.sent_index + d, ())]
        for j in near:
            k = out[j]
            if j == i or c.sub == SubType.ARMED_CLASH and (k.sub not in CAPTURES or k.actor1 != c.actor1):
                continue  # (an attack read as a clash is folded only into its doer's capture of the place)
            if c.actor1 not in (k.actor1, k.actor2) and (k.actor1 is None or k.actor2 is not None):
                continue  # (another doer: troops fighting someone else there)
            if getattr(k.place, "name", None) != getattr(c.place, "name", None) \
                    and not _within(k.place, c.place, FOLD_KM):
                continue
            if k.sub in CAPTURES:
                if not (k.window[0] - dt.timedelta(days=FOLD_DAYS_BEFORE) <= c.window[0]
                        and c.window[1] <= k.window[1]):
                    continue
                # (the capture came after the assault began: the act runs from the assault to the capture)
                k = out[j] = replace(k, window=(c.window[0], k.window[1]))
            elif not (c.window[0] <= k.window[1] and k.window[0] <= c.window[1]):
                continue
            if c.actor1 not in (k.actor1, k.actor2):
                k = out[j] = replace(k, actor2=c.actor1)  # "troops fought them": the attackers are the other side
            out[i] = _attack_as(c, k, "discourse.assault_of_battle")
            break
    return out


STANDOFF_SUBS = frozenset({SubType.AIR_DRONE_STRIKE, SubType.SHELLING_ARTILLERY_MISSILE_ATTACK})


def _fold_attacks_into_strikes(st: Stages, cands: list[_Candidate], doc=None) -> list[_Candidate]:
    """discourse.attack_of_strikes (assault_of_battle's converse for stand-off fire): an attack named by a bare act
    noun ("At least 15 died in an Israeli attack on Khan Younis", "Fresh Israeli attacks on Damascus"), by a named
    doer, told within FOLD_SENTENCES of an air strike or a shelling by that doer at its place (or FOLD_KM from it) on
    its days, is that strike told by its generic noun: it takes the strike's sub-type, sides and window (the merge
    joins them), not an attack on civilians or a clash beside it. An attack told by a verb ("troops attacked the
    camp") or by another noun ("a raid"), by a doer unnamed or another, or elsewhere, stays its own act."""
    if doc is None:
        return cands
    strikes = [j for j, k in enumerate(cands) if k.sub in STANDOFF_SUBS and k.window is not None
               and k.place is not None and k.actor1 is not None]
    if not strikes:
        return cands
    out = list(cands)
    generic = st.words.lower("any_act_nouns")
    for i, c in enumerate(out):
        if c.trigger.sub != ATTACK_CLASS or c.sub not in (SubType.ATTACK, SubType.ARMED_CLASH) or c.actor1 is None \
                or c.window is None or c.place is None or doc[c.head_i].pos_ != "NOUN" \
                or doc[c.head_i].lemma_.lower() not in generic \
                or st.actors.role_of(c.actor1) == UNIDENTIFIED_ROLE:
            continue
        for j in strikes:
            k = out[j]
            if abs(k.sent_index - c.sent_index) > FOLD_SENTENCES or k.actor1 != c.actor1 \
                    or not (c.window[0] <= k.window[1] and k.window[0] <= c.window[1]):
                continue
            own = getattr(k.place, "name", None) == getattr(c.place, "name", None)
            if not own and not _within(k.place, c.place, FOLD_KM):
                continue
            out[i] = _attack_as(c, k, "discourse.attack_of_strikes")
            break
    return out


def _attack_as(c: _Candidate, k: _Candidate, rule: str) -> _Candidate:
    """The attack noun `c` as the act `k` it names: k's sub-type, sides and days; the attack's own place, when it names
    k's, keeps its own precision."""
    own = getattr(k.place, "name", None) == getattr(c.place, "name", None)
    return replace(c, sub=k.sub, actor1=k.actor1, actor2=k.actor2, window=k.window,
                   place=c.place if own else k.place, precision=c.precision if own else k.precision,
                   rules=(*[r for r in c.rules if r not in ("subtype.victims.civilian", "subtype.victims.armed",
                                                            "sides.victims_civilians")], rule))


def _attack_on_place(st: Stages, doc, c: _Candidate) -> bool:
    """Is what the attack hit a place ("attacked the town of X", "an attack on Bambari"), not people or a thing
    (a convoy, a market, a patrol)?"""
    if doc is None:
        return False
    head = doc[c.head_i]
    hit = [t for t in head.children if t.dep_ == "dobj"] + [
        o for p in head.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in st.words.lower("settlement_nouns") or _names_place(t, c.place) for t in hit)


def _halted(st: Stages, doc, c: _Candidate) -> bool:
    """Is the fight told as stopped or driven back ("the attack had been halted", "the assault was repelled";
    words/halting_verbs, words/repel_phrases)?"""
    if doc is None:
        return False
    head = doc[c.head_i]
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
    stops = st.words.lower("halting_verbs") | {p for p in st.words.lower("repel_phrases") if " " not in p}
    return verb.lemma_.lower() in stops


def _battle_of_capture(st: Stages, doc, c: _Candidate, k: _Candidate) -> bool:
    """Is the fight `c`, begun more than FOLD_DAYS_BEFORE before the capture `k` of its place, the battle that
    ended in it? Yes when the text tells it running up to the capture ("the battle for X had raged since late
    May": a window from before the capture through its day) or tells the day it began ("the offensive to retake
    the town began on October 1", "was launched on August 20": a fight's onset, before the capture). A fight told
    on a day of its own before the capture, with no onset ("rebels attacked the town in May"), may have ended
    then; it stays its own act."""
    if doc is None or not c.window[0] < k.window[0]:
        return False
    head = doc[c.head_i]
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    running = c.window[1] >= k.window[1] and _told_since(doc, c)
    if verb is None:
        return running
    onset = c.window[1] < k.window[0] and verb.lemma_.lower() in st.words.lower("battle_onset_verbs")
    return running or onset


def _contest_for(doc, c: _Candidate) -> bool:
    """Is the fight named as the contest for its place and told running since a time ("fighting for Nyala had gone
    on since August", "the battle for the airport has raged since May")? Such a fight is the one the place's
    capture ended wherever the article tells the capture near it, not only in the sentences next to it."""
    head = doc[c.head_i]
    place_name = getattr(c.place, "name", None)
    return place_name is not None and _told_since(doc, c) and any(
        t.dep_ == "prep" and t.lower_ == "for" and any(place_name.lower() in doc[p.left_edge.i:p.right_edge.i + 1]
                                                       .text.lower() for p in t.children if p.dep_ == "pobj")
        for t in head.children)


def _told_since(doc, c: _Candidate) -> bool:
    """Is the fight told running "since" a time, on the verb it is the subject of ("the battle had raged since May"),
    on its own verb ("had been attacking the town since April") or on the verb of the clause whose complement holds
    it ("the town had been the scene of heavy fighting since October")?"""
    if doc is None:
        return False
    head = doc[c.head_i]
    verbs = {head.head if head.dep_ in ("nsubj", "nsubjpass") else None,
             head if head.pos_ in ("VERB", "AUX") else _verb_over_noun(head)} - {None}
    return any(t.dep_ == "prep" and t.lower_ == "since" for v in verbs for t in v.children)


_COMPLEMENT_DEPS = ("pobj", "prep", "attr", "dobj")  # a noun's way up to its clause's verb ("the scene of fighting")
# Links climbed at most: a complement's chain up to its verb is short ("been the scene of fighting": 3 links).
_COMPLEMENT_CLIMB = 6


def _verb_over_noun(head):
    """The verb whose clause a noun trigger sits in as (part of) a complement ("had been the scene of fighting":
    been), climbing through objects and prepositions only; None for a subject or any other slot."""
    tok = head
    for _ in range(_COMPLEMENT_CLIMB):
        if tok.dep_ not in _COMPLEMENT_DEPS or tok.head.i == tok.i:  # (spaCy makes a new Token per access: no `is`)
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _named_again(st: Stages, doc, c: _Candidate) -> bool:
    """Is the candidate's trigger a noun with a definite determiner ("the fighting", "the clashes")?"""
    if doc is None:
        return False
    head = doc[c.head_i]
    return head.pos_ == "NOUN" and any(t.dep_ == "det" and t.lower_ in st.words.lower("definite_determiners")
                                       for t in head.children)


def _length_of_fighting(st: Stages, doc, c: _Candidate) -> bool:
    """Is the candidate's trigger the fighting of a counted length that came before another act ("the last troops
    fled on Saturday after two days of heavy fighting")? Told near a capture of its place, it is the fighting that
    ended in the capture, not a fight of its own."""
    if doc is None:
        return False
    head = doc[c.head_i]
    of = head.head
    length = of.head
    return head.dep_ == "pobj" and of.dep_ == "prep" and length.lower_ in st.words.lower("span_units") \
        and length.dep_ == "pobj" and any(n.dep_ == "nummod" for n in length.children) \
        and length.head.lower_ in st.words.lower("act_anchor_prepositions")


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
