"""Settling one sentence: its candidates, read together, lose readings that retell, contain or repeat another
(one act per act), before the discourse passes see them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from frontlog.extract.arguments import act_doers, compound_head, governed, relative_patients, span_text
from frontlog.extract.candidates import (
    CROWD_TYPES,
    GENERIC_STATE_KINDS,
    NON_VIOLENT,
    STRIKE_SUBS,
    Stages,
    _Candidate,
    _names_place,
    _overlap,
    _recode,
    clause_verb,
)
from frontlog.extract.discourse import _within, another_act
from frontlog.extract.merge import (
    ANOTHER_ACT_RULE,
    CAPTURES,
    COUNTER_PROTEST_RULE,
    NATIONWIDE_RULE,
    PLACE_OWN_RULE,
    SAME_PLACE_KM,
)
from frontlog.extract.nonevents import _same_spot, timed_within
from frontlog.extract.subtypes import (
    _country_wide_retelling,
    _may_carry_a_killing,
    _modifies,
    _stopped_whole,
    _two_acts_of_violence,
    bare_participle,
)
from frontlog.knowledge.actors import CIVILIAN_KIND, MILITIA_KIND, PROTESTER_KIND, REBEL_KIND
from frontlog.knowledge.gazetteer import COUNTRY_KIND
from frontlog.knowledge.lexicon import ATTACK_CLASS, KILL_CLASS, STRIKE_CLASS
from frontlog.model.records import SUB_TO_TYPE, EventType, SubType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from frontlog.extract.dates import TimeExpr


DATE_UNDATED_RULE = "date.current_news"  # the rule id of a window guessed for an act told with no time of its own
VICTIMS_UNNAMED_RULE = "sides.victims_civilians"  # the rule id of an attack whose victims the text never named
DEVICE_SUBS = frozenset({SubType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubType.GRENADE, SubType.SUICIDE_BOMB})


def _device_stopped(device: Token, stops: set[int]) -> bool:
    """Is the device the thing a disruption stopped: its object or passive subject, shared by the verbs joined to it
    ("defused a bomb", "a bomb was found and defused"), what a disruption's noun is of ("a controlled detonation of
    a roadside bomb"), what the stopped thing holds ("detonated a cache of roadside bombs"), or the noun its
    participle describes ("a landmine found on the road")?"""
    while device.dep_ == "compound":
        device = device.head
    while device.dep_ == "conj" and device.head.pos_ in ("NOUN", "PROPN"):
        device = device.head  # "recovered explosives and suicide vests": what the first of the list is
    if any(c.dep_ == "acl" and c.i in stops for c in device.children):
        return True
    if device.dep_ == "pobj" and device.head.lower_ == "of":
        holder = device.head.head
        # "detonated a cache of 40 roadside bombs", "defused a batch of mines": the devices a stopped noun holds.
        return holder.i in stops or holder.pos_ == "NOUN" and holder.i != device.i and _device_stopped(holder, stops)
    if device.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = device.head
    return any(v.i in stops or _done_as_disruption(v, stops) for v in (verb, *verb.conjuncts))


def _done_as_disruption(verb: Token, stops: set[int]) -> bool:
    """Is the verb told as done by way of a disruption in its own preposition ("blown up in a controlled
    explosion", "destroyed in a controlled detonation")?"""
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.i in stops for g in c.children)
               for c in verb.children)


def _homes_destroyed(c: _Candidate) -> bool:
    """Is the act a destruction of civilians' property ("burned dozens of houses")?"""
    return c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION and getattr(c.actor2, "kind", None) == CIVILIAN_KIND


def _entered_to_burn(st: Stages, burning: _Candidate, entry: _Candidate) -> bool:
    """"Soldiers entered the village and burned dozens of houses": people's homes burned by those who went in is
    no part of a taking by entry; it is the raid's act (settle.entry_for_raid then drops the entry)."""
    return entry.sub in CAPTURES and entry.trigger.phrase[0] in st.words.lower("forced_entry_verbs") \
        and _homes_destroyed(burning)


def _entered_for(entry: Token, purposes: frozenset[str], towns: frozenset[str]) -> bool:
    """Does the entry verb carry a to-infinitive of purpose naming what is done to the people or things of the place
    ("entered the building to arrest criminals", "went in to search the houses")? A purpose done to the place itself
    ("to evacuate the city", "to secure it") is what a taking of it is for, not a raid."""
    return any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.lemma_.lower() in purposes
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and not any(o.dep_ == "dobj" and (o.lower_ == "it" or o.lemma_.lower() in towns) for o in c.children)
               for c in entry.children)


def _destruction_within(dest: Token, other: Token, other_sub: SubType, theft: bool, same_time: bool = True,
                        killing: frozenset[str] = frozenset()) -> bool:
    """Is a destruction part of another act told beside it at its place: a participle telling how that act was
    done ("settlers attacked the village, torching houses"), a crowd's arson joined to its riot ("youths burned
    cars and threw stones"), a fight's burning joined to the fight, a burning joined to a killing of civilians
    ("gunmen killed nine villagers and burned 30 houses": ACLED codes property destroyed in the course of a more
    serious act within that act)? A theft joined to a killing ("looted shops and killed two traders"), or an
    arrest or abduction joined to a destruction by "and", is a second deed, each its own record (EVENTS.md: one
    event per sub-type). A burning folds into a killing only when the other verb is one of `killing`
    (words/killing_verbs.txt: "stormed the village and burned houses" is the burning), the second verb has no
    subject of its own ("... and soldiers burned 30 houses": another doer) and `same_time` (the windows overlap)."""
    other_type = SUB_TO_TYPE[other_sub]
    if theft and other_type != EventType.RIOTS and dest.i > other.i:
        # ("stormed a police station, killing two officers and making off with weapons", "overran a checkpoint,
        # stealing the soldiers' rifles": what raiders carry off after the deed told first is a deed of its own
        # beside the raid, as real hand-coded reporting codes it (EVENTS.md: one raid, several acts); a crowd's
        # looting stays its riot's, and "looted shops and fought soldiers" stays one fight)
        return False
    if bare_participle(dest) and (dest.head.i == other.i or dest.dep_ == "conj" and dest.head.head.i == other.i):
        return True
    # (the later of two joined verbs is the conjunct: its own subject names another doer)
    later = dest if dest.i > other.i else other
    burned_in_killing = other_sub == SubType.ATTACK and not theft and same_time and other.lemma_.lower() in killing \
        and not any(t.dep_ in ("nsubj", "nsubjpass") for t in later.children)
    deeds = (EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.STRATEGIC_DEVELOPMENTS)
    if dest.head.i == other.i and dest.dep_ in ("advcl", "conj", "xcomp"):
        return other_type not in deeds or burned_in_killing and dest.dep_ == "conj"
    # ("looted shops and fought soldiers for hours": a fight joined to a destruction, in either order, is one fight)
    return other.head.i == dest.i and other.dep_ == "conj" and (
        other_type in (EventType.RIOTS, EventType.BATTLES) or burned_in_killing)


def _attack_on_property(st: Stages, doc, c: _Candidate) -> bool:
    """Is the act an attack verb on a building ("stormed the offices of a TV channel", "attacked the town hall") that
    names no one hurt: no toll, no people it acted on?"""
    if c.trigger.sub != ATTACK_CLASS or c.sub not in (SubType.ATTACK, SubType.ARMED_CLASH) or c.fatalities:
        return False
    head = doc[c.head_i]
    if head.pos_ != "VERB" or st.args.victims(head):
        return False
    built = st.words.lower("built_structures")
    objects = [o for o in head.children if o.dep_ == "dobj"]
    if not objects:
        # "stormed and looted a bank", "attacked and ransacked the offices": two joined verbs share the object the
        # parse hangs on the second; the attack verb has none of its own.
        objects = [o for v in head.children if v.dep_ == "conj" and v.pos_ == "VERB"
                   and not any(t.dep_ in ("nsubj", "nsubjpass") for t in v.children)
                   for o in v.children if o.dep_ == "dobj"]
    # ("attacked and looted a health centre", "raided and looted shops": people's property named as the object)
    owned = st.words.lower("civilian_property")
    return any(o.lemma_.lower() in built or o.lemma_.lower() in owned or " ".join(
        t.lemma_.lower() for t in o.lefts if t.dep_ == "compound") + " " + o.lemma_.lower() in owned
        for o in objects)


def _effect_of(noun: Token, strikes: list[_Candidate]) -> bool:
    """Is the noun the object of a participle clause ("setting off explosions", "triggering secondary blasts") on
    the verb of one of the strikes (its trigger's verb, or the verb its trigger noun is the subject of)?"""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # ("setting off a series of explosions": what the series counts)
    verb = noun.head
    if noun.dep_ != "dobj" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    doc = noun.doc
    return any(verb.head.i in (doc[k.head_i].i, doc[k.head_i].head.i) for k in strikes)


def _participle_of_device(part: Token, devices: list[_Candidate]) -> bool:
    """Is the word a participle clause ("targeting a patrol") on the verb of a device's telling (the device's own
    verb, "detonated", or the verb its device noun is the subject of, "a car bomb exploded")?"""
    if part.tag_ != "VBG" or part.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    verb, doc = part.head, part.doc
    return any(verb.i == k.head_i or (noun := compound_head(doc[k.head_i])).head.i == verb.i
               and noun.dep_ in ("nsubj", "nsubjpass", "dobj") for k in devices)


def _joined(a: Token, b: Token) -> bool:
    """Are two verbs joined by a conjunction, either first ("fired rockets and fought", "fought and shelled")?"""
    return a.dep_ == "conj" and a.head.i == b.i or b.dep_ == "conj" and b.head.i == a.i


def _damage_of_fight(dest: Token, others: list[_Candidate]) -> bool:
    """Is a destruction told in the passive with nobody as its doer ("several trucks had been destroyed") the
    damage of a fight or strike told at its place in the same sentence ("14 troops had died in the attack on
    the base")? An attack on civilians beside it is another deed (EVENTS.md: one event per sub-type)."""
    if not any(c.dep_ == "nsubjpass" for c in dest.children) or any(c.dep_ == "agent" for c in dest.children):
        return False
    return any(SUB_TO_TYPE[k.sub] in (EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE) for k in others)


def _town_attacker_fought_off(doc, c: _Candidate, cands: list[_Candidate]) -> bool:
    """Is the act an attack on a place named as the verb's object ("attacked El Obeid") by a side (or nobody named)
    that a clash at that place, told in the same sentence, has as one of its sides ("were pushed back by the
    army", "were driven off")?"""
    if c.trigger.sub != ATTACK_CLASS or c.sub != SubType.ATTACK:
        return False
    if not any(o.dep_ == "dobj" and _names_place(o, c.place) for o in doc[c.head_i].children):
        return False
    return any(k is not c and k.sub == SubType.ARMED_CLASH and k.place == c.place
               and (c.actor1 is None or c.actor1 in (k.actor1, k.actor2)) for k in cands)


def _runs_on(told: _Candidate, act: _Candidate) -> bool:
    """Is `told` the same act told as running on from the day `act` gives ("has raged since Saturday, when
    clashes broke out"): dated by its own words from that first day to a later one?"""
    return told.window is not None and act.window is not None and told.window[0] == act.window[0] \
        and told.window[1] > act.window[1] and "date.expression" in told.rules \
        and not {"date.inherited", "date.current_news", "date.pair"} & set(told.rules)


def _own_window(sent: Span, times: list[TimeExpr], kept: _Candidate, other: _Candidate,
                published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The window of two tellings of one act folded into one record: the kept telling's, unless it met the other's
    only by running up to publication, from a time outside its own phrase ("claimed the deadliest attack", dated by
    the arrests' Wednesday), while the other ends before it ("the gunmen who killed ten people on Sunday"): then
    the other's, the act's own day ("the attack on Wednesday" keeps its Wednesday). `times`: the sentence's time
    expressions (their offsets count from the sentence's first character)."""
    a, b = kept.window, other.window
    if a is None or b is None or published is None or a[1] != published or b[1] >= published \
            or a[0] <= b[1] and b[0] <= a[1]:
        return a
    head = sent.doc[kept.head_i]
    lo = head.left_edge.idx - sent.start_char
    hi = head.right_edge.idx + len(head.right_edge) - sent.start_char
    own = any(lo <= t.start and t.end <= hi and (t.date_start, t.date_end) == a for t in times)
    return a if own else b


def _manner_of(st: Stages, sent: Span, times: list[TimeExpr], a: _Candidate, b: _Candidate) -> bool:
    """Is one trigger a noun telling how the other's act was done ("overthrew President X in a coup", "killed 12 in
    an ambush"): the object of a preposition on the other's word, no time anchor ("after a raid": an act before),
    with no time expression of its own in its phrase? Then a date elsewhere in the sentence is not the noun's."""
    doc = sent.doc
    return any(_operation_of_arrest(st, noun, verb) and not timed_within(noun, times, dated=False)
               for noun, verb in ((doc[a.head_i], doc[b.head_i]), (doc[b.head_i], doc[a.head_i])))


def _untimed_participle(sent: Span, times: list[TimeExpr], kill: _Candidate, act: _Candidate) -> bool:
    """Is the killing a participle of the act's verb ("bombed a convoy, killing four soldiers") with no time
    expression in its own phrase?"""
    head = sent.doc[kill.head_i]
    if head.tag_ != "VBG" or head.dep_ != "advcl" or head.head.i != act.head_i:
        return False
    return not timed_within(head, times, dated=False)


def _operation_of_arrest(st: Stages, noun, arrest) -> bool:
    """Is the strike noun the operation an arrest verb was made in ("arrested 14 men during a raid on the camp",
    "detained in a raid"): a noun after a preposition on that verb, no time anchor ("after a raid": an act before)?
    (Any act noun so hung on another act's verb tells how it was done: _manner_of.)"""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.head.i == arrest.i \
        and noun.head.lower_ not in st.words.lower("act_anchor_prepositions")


def _opened_with(st: Stages, noun: Token, heads: set[int]) -> bool:
    """Is the fight noun the subject of an onset verb ("began", "opened", "started") whose opening preposition
    ("with", "by": words/opening_prepositions.txt) holds another act of the sentence ("the offensive began with
    jets bombing the town")? Then that act is what happened, the offensive its campaign
    (settle.campaign_opened_with)."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.lemma_.lower() not in st.fights \
            or verb.lemma_.lower() not in st.words.lower("battle_onset_verbs"):
        return False
    opening = st.words.lower("opening_prepositions")
    return any(p.dep_ == "prep" and p.lower_ in opening and any(t.i in heads for t in p.subtree)
               for p in verb.children)


def _armed_people_hit(st: Stages, attack: Token) -> bool:
    """Does the attack's own object name armed people ("attacked a convoy of peacekeepers", "an assault on
    soldiers"), not only an armed target ("stormed the airport")?"""
    return any(t.lemma_.lower() in st.args.ARMED_VICTIMS for c in attack.children if c.dep_ in ("dobj", "prep")
               for t in c.subtree)


def _settle_sentence(st: Stages, cands: list[_Candidate], sent: Span, times: list[TimeExpr],
                     published: dt.date | None = None) -> tuple[list[_Candidate], list[tuple[_Candidate, str]]]:
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
    # "soldiers retreating from the town towards X", "troops are withdrawing from the front": a side leaving a place
    # told in progress is a troop movement (spec: not an event); a hand-over is told done ("withdrew", "have left").
    # (a participle on the leavers or after "seen", or a present "are retreating"; not a manner clause, "left
    # Niger, handing the base over", nor a withdrawal announced as under way, "said his troops were withdrawing")
    moving = [c for c in cands if c.sub == NON_VIOLENT and c.trigger.subject_loses and doc[c.head_i].tag_ == "VBG"
              and (doc[c.head_i].dep_ in ("acl", "xcomp") or any(
                  x.dep_ == "aux" and x.lemma_ == "be" and x.tag_ in ("VBP", "VBZ") for x in doc[c.head_i].children))]
    dropped += [(c, "settle.retreat_in_progress") for c in moving]
    # "Smoke filled the streets", "rubble filled a busy street": a crowd's verb whose doers are all things, not
    # people, tells no gathering.
    things = st.words.lower("inanimate_fillers")
    filled = [c for c in cands if SUB_TO_TYPE[c.sub] in CROWD_TYPES and (doers := act_doers(doc[c.head_i]))
              and all(d.lemma_.lower() in things or d.lower_ in things for d in doers)]
    dropped += [(c, "settle.crowd_of_things") for c in filled]
    cands = [c for c in cands if all(c is not d for d in (*moving, *filled))]
    # "the north continues to suffer jihadist attacks, with four people killed in an assault on peacekeepers": a
    # bare plural "attacks" with no target of its own is the kind of act the sentence's targeted one is, the toll
    # that one's; not an act of its own.
    against = st.words.lower("attack_target_prepositions")
    targeted = [k for k in cands if k.trigger.sub == ATTACK_CLASS and any(
        p.dep_ == "prep" and p.lower_ in against for p in doc[k.head_i].children)]
    general = [c for c in cands if c.trigger.sub == ATTACK_CLASS and doc[c.head_i].tag_ == "NNS"
               and not any(x.dep_ in ("det", "nummod", "poss") or x.dep_ == "prep" and x.lower_ in against
                           for x in doc[c.head_i].children)
               and any(k is not c and k.place == c.place for k in targeted)]
    dropped += [(c, "settle.attacks_told_by_one") for c in general]
    cands = [c for c in cands if all(c is not k for k in general)]
    # "the Houthis ousted the government from the capital", "rebels overthrew the president in Bangui": a rebel
    # movement putting a government out of its seat takes the place (ACLED: Non-state actor overtakes territory);
    # a coup is the state's own forces' (or a crowd's revolution), told at the country.
    ousting = st.words.lower("ousting_words")
    cands = [_recode(c, "settle.ousted_by_rebels", sub=SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)
             if c.sub == SubType.OTHER and c.trigger.phrase[0] in ousting and c.actor1 is not None
             and c.actor1.kind in (REBEL_KIND, MILITIA_KIND) and c.place is not None
             and NATIONWIDE_RULE not in c.rules and getattr(c.place, "kind", None) != COUNTRY_KIND else c
             for c in cands]
    # "have arrested dozens of suspects in connection with the attack on the police station": an act named as what
    # the arrested are held for, with no time at all, is the charge, told (if at all) where it happened; its doers
    # are not the arrest's. (A sentence with a time may date the charged act too: "arrested 12 men over a grenade
    # attack on a checkpoint the previous day" tells the attack.)
    charges = st.words.lower("charge_prepositions")
    arrests = [doc[c.head_i] for c in cands if c.sub == SubType.ARRESTS]
    charged = [c for c in cands if c.sub != SubType.ARRESTS and DATE_UNDATED_RULE in c.rules
               and any(_charge_of_arrest(doc[c.head_i], a, charges) for a in arrests)]
    dropped += [(c, "settle.charge_of_arrest") for c in charged]
    cands = [c for c in cands if all(c is not k for k in charged)]
    # "troops beat back an assault on the camp": the noun is the act its trigger verb tells, one act (the
    # verb's reading, which knows both sides, is kept).
    by_head = {c.head_i: c for c in cands}
    objects = [c for c in cands if doc[c.head_i].dep_ == "dobj" and doc[c.head_i].pos_ == "NOUN"
               and by_head.get(doc[c.head_i].head.i, c) is not c
               and (by_head[doc[c.head_i].head.i].place == c.place
                    or _country_wide_retelling(c, by_head[doc[c.head_i].head.i]))]
    # "bombs fell on the market", "a car bomb struck a checkpoint": a weapon that is the subject of a strike verb
    # is that strike, one act. The verb's reading, which read the weapon among its words, is kept; a weapon
    # named in full ("a car bomb", "a roadside bomb") keeps its own. "drones set fire to a refinery", "shells
    # destroyed the school": what a weapon did to a thing is that strike's damage, one act; "hit the city with
    # guided bombs": the weapon a strike verb was done with is that strike.
    remote = EventType.EXPLOSIONS_REMOTE_VIOLENCE
    back = st.words.lower("back_reference_determiners")
    amended: dict[int, tuple] = {}
    for c in cands:
        tok = doc[c.head_i]
        if SUB_TO_TYPE[c.sub] != remote or tok.pos_ != "NOUN":
            continue
        verb = by_head.get(tok.head.i) if tok.dep_ in ("nsubj", "nsubjpass") else None
        if verb is not None and verb is not c and verb.sub == c.sub and verb.place != c.place \
                and not (PLACE_OWN_RULE in c.rules and PLACE_OWN_RULE in verb.rules):
            # "another strike hit a house in the city": a strike noun that is the subject of a strike verb of its
            # kind is that strike, though the two readings found two places; the verb's reading, which reads the
            # place it hit, stays, unless only the noun's place is its own words'.
            kept_one, told = (c, verb) if PLACE_OWN_RULE in c.rules else (verb, c)
            objects.append(told)
            # (the kept reading takes the doer and "another strike" its twin knew)
            amended[kept_one.head_i] = (told.actor1, ANOTHER_ACT_RULE in told.rules)
            continue
        if verb is not None and verb is not c and verb.place == c.place and verb.sub == c.sub \
                and any(d.dep_ == "det" and ("Def" in d.morph.get("Definite") or d.lower_ in back)
                        for d in tok.children):
            # "The strike, carried out at the request of X, targeted a vehicle": the strike named again is the
            # act its verb tells, one act, though the verb's reading found another doer or day ("said on
            # Saturday"); the noun, which names the act told before, stays.
            objects.append(verb)
            continue
        if verb is not None and verb is not c and verb.place == c.place and verb.sub != c.sub:
            if SUB_TO_TYPE[verb.sub] == remote:
                objects.append(verb if len(c.trigger.phrase) > 1 else c)
            elif verb.sub == SubType.LOOTING_PROPERTY_DESTRUCTION:
                objects.append(verb)
        doer = by_head.get(tok.head.head.i) if tok.dep_ == "pobj" and tok.head.lower_ == "with" else None
        if doer is not None and doer is not c and SUB_TO_TYPE[doer.sub] == remote and doer.place == c.place:
            objects.append(c)
    cands = [replace(c, actor1=c.actor1 or amended[c.head_i][0],
                     rules=(*c.rules, *([ANOTHER_ACT_RULE] if amended[c.head_i][1] else [])))
             if c.head_i in amended and all(c is not o for o in objects) else c for c in cands]
    by_head = {c.head_i: c for c in cands}
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
    # "The RSF attacked El Obeid on Monday and were pushed back by the army": a town attacked by a side the
    # sentence tells fought off there (the fight's other side) is that fight too.
    settlements = st.words.lower("settlement_nouns")
    objects += [c for c in cands if c.trigger.sub == ATTACK_CLASS and c.sub == SubType.ATTACK and any(
        o.dep_ == "dobj" and o.lemma_.lower() in settlements for o in doc[c.head_i].children) and any(
        k is not c and k.sub == SubType.ARMED_CLASH and k.place == c.place and k.actor1 in (c.actor1, None)
        for k in cands) or _town_attacker_fought_off(doc, c, cands)]
    # "the insurgency's first attack in October 2017, when armed men attacked three police stations": an attack
    # noun that names no target of its own is the act the verb beside it tells with its target, not a second one.
    objects += [c for c in cands if c.trigger.sub == ATTACK_CLASS and c.sub == SubType.ATTACK
                and _untargeted_noun(doc[c.head_i]) and any(
                    k is not c and k.trigger.sub == ATTACK_CLASS and k.sub == SubType.ARMED_CLASH
                    and doc[k.head_i].pos_ == "VERB" and k.place == c.place and k.actor1 in (c.actor1, None)
                    for k in cands)]
    dropped += [(c, "settle.duplicate_trigger") for c in objects]
    # "fighters attacked the convoy and the two sides exchanged fire": an attack verb joined by "and" to a fight
    # at its place, of its doer or of sides not named, that names no people it hit is that fight told first.
    fought = [c for c in cands if c.trigger.sub == ATTACK_CLASS and c.sub == SubType.ATTACK
              and (c.actor2 is None or VICTIMS_UNNAMED_RULE in c.rules)
              and doc[c.head_i].pos_ == "VERB" and all(c is not d for d in objects) and any(
                  k is not c and k.sub == SubType.ARMED_CLASH and k.place == c.place
                  and k.actor1 in (c.actor1, None) and _joined(doc[c.head_i], doc[k.head_i]) for k in cands)]
    objects += fought
    dropped += [(c, "settle.attack_is_fight") for c in fought]
    # "a warplane dropped bombs that released a toxic gas over the town": the strike or the shells that carried a
    # chemical weapon told in the same sentence at its place are how it was delivered; ACLED codes the chemical
    # weapon, one act (EVENTS.md: one raid, one event per sub-type of act, not per means).
    # Only a strike whose verb governs the gas's word carried it ("dropped bombs that released chlorine"); a strike
    # told beside a gas attack at its place ("jets bombed X, and a chlorine attack hit X") is its own act.
    gas = [c for c in cands if c.sub == SubType.CHEMICAL_WEAPON]
    pairs = [(c, g) for c in cands if c.sub in (SubType.AIR_DRONE_STRIKE, SubType.SHELLING_ARTILLERY_MISSILE_ATTACK)
             and all(c is not d for d in objects) for g in gas
             if _same_spot(c.place, g.place) and governed(doc[c.head_i], doc[g.head_i])]
    carriers = list({id(c): c for c, _ in pairs}.values())
    objects += carriers
    dropped += [(c, "settle.chemical_delivery") for c in carriers]
    # "a drone struck an ammunition depot, setting off a series of explosions", "jets bombed a depot, triggering
    # secondary explosions": blasts that a participle on a strike's verb tells the strike caused are its effect,
    # no explosive device of their own (one act, the strike).
    blasts = [c for c in cands if c.sub == SubType.REMOTE_EXPLOSIVE_LANDMINE_IED and all(c is not d for d in objects)
              and _effect_of(doc[c.head_i], [k for k in cands if k is not c and _same_spot(k.place, c.place)
                                             and SUB_TO_TYPE[k.sub] == EventType.EXPLOSIONS_REMOTE_VIOLENCE])]
    objects += blasts
    dropped += [(c, "settle.blast_of_strike") for c in blasts]
    # "a car bomb exploded near X, targeting their patrol", "a bomb went off, hitting a bus": a strike verb as a
    # participle on a device's verb tells what the device hit, no strike of its own (one act, the device).
    devices = [k for k in cands if k.sub in DEVICE_SUBS and all(k is not d for d in objects)]
    aimed = [c for c in cands if c.trigger.sub == STRIKE_CLASS and all(c is not d for d in objects)
             and _participle_of_device(doc[c.head_i], devices)]
    objects += aimed
    dropped += [(c, "settle.target_of_device") for c in aimed]
    doers = {id(g): c.actor1 for c, g in pairs if c.actor1 is not None}
    cands = [replace(c, actor1=doers[id(c)]) if c.actor1 is None and id(c) in doers else c for c in cands]
    cands = [c for c in cands if all(c is not d for d in objects)]
    # "fired rockets at the base and fought soldiers for hours": fire joined by "and" to a fight of the same doer
    # at its place is how that fight was fought (ACLED codes the clash), no shelling of its own.
    fire = [c for c in cands if c.sub == SubType.SHELLING_ARTILLERY_MISSILE_ATTACK and c.count is None and any(
        k.sub == SubType.ARMED_CLASH and k.place == c.place and k.actor1 in (c.actor1, None)
        and _joined(doc[c.head_i], doc[k.head_i]) for k in cands)]
    dropped += [(c, "settle.fire_in_fight") for c in fire]
    cands = [c for c in cands if all(c is not d for d in fire)]
    # "The offensive, launched on June 13, began with aircraft pounding rebel positions": a campaign noun whose
    # opening verb names the act it began with is told by that act (the gold codes the strikes), no clash beside it.
    heads = {c.head_i for c in cands}
    opened = [c for c in cands if c.sub == SubType.ARMED_CLASH and _opened_with(st, doc[c.head_i], heads - {c.head_i})]
    dropped += [(c, "settle.campaign_opened_with") for c in opened]
    cands = [c for c in cands if all(c is not d for d in opened)]
    # "intercepted two rockets fired from Gaza": the weapons an interception stopped, all of them, made no strike
    # of their own (an attack told as wholly intercepted is not coded again); "20 of the 30 missiles" is a part.
    stops = [doc[c.head_i] for c in cands
             if c.sub == SubType.DISRUPTED_WEAPONS_USE and _stopped_whole(st, doc[c.head_i])]
    stopped = [c for c in cands if c.sub in STRIKE_SUBS and any(
        s.i != c.head_i and governed(s, doc[c.head_i]) for s in stops)]
    dropped += [(c, "settle.intercepted_weapon") for c in stopped]
    cands = [c for c in cands if all(c is not d for d in stopped)]
    # "a bomb was found and defused", "a controlled detonation of a roadside bomb": the device a disruption stopped
    # never went off; its noun is no explosion of its own.
    disrupted = {c.head_i for c in cands if c.sub == SubType.DISRUPTED_WEAPONS_USE}
    defused = [c for c in cands if c.sub in DEVICE_SUBS and disrupted and _device_stopped(doc[c.head_i], disrupted)]
    # "the bomb was blown up in a controlled explosion": the blowing up is the disruption itself, no demolition
    defused += [c for c in cands if c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION and disrupted
                and _done_as_disruption(doc[c.head_i], disrupted)]
    dropped += [(c, "settle.defused_device") for c in defused]
    cands = [c for c in cands if all(c is not d for d in defused)]
    captures = [c for c in cands if "territory" in c.sub]
    taken = {c.place for c in captures}
    out: list[_Candidate] = []
    fought_for: set = set()
    began: dict = {}  # the windows of the fighting folded into a capture of each place
    # (then a pull-back is the hand-over's other side, below; with no taking of ground in the sentence it changes
    # nothing, and the search is skipped)
    unopposed = bool(captures) and bool(st.unopposed.search(span_text(sent)))
    # "armed men stormed the offices of a television channel and set fire to part of the building": an attack on a
    # building that hurt nobody, told with the destruction it did, is that destruction (ACLED: property destroyed,
    # no one targeted), not a fight or an attack on people.
    on_property = [k for k in cands if _attack_on_property(st, doc, k) and any(
        c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION and c.place == k.place
        and _destruction_within(doc[c.head_i], doc[k.head_i], k.sub, False) for c in cands)]
    dropped += [(k, "settle.attack_on_property") for k in on_property]
    cands = [c for c in cands if all(c is not k for k in on_property)]
    # "entire neighbourhoods of Rafah have been destroyed", "dozens of homes were damaged": a thing told as wrecked,
    # in the passive with no doer and no deed of one, is the damage a war or an act did (told as its toll), no
    # destruction of property by an actor (ACLED codes who destroyed what).
    wrecked = [c for c in cands if c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION and c.actor1 is None
               and _undone_damage(st, doc[c.head_i])]
    dropped += [(c, "settle.damage_without_doer") for c in wrecked]
    cands = [c for c in cands if all(c is not k for k in wrecked)]
    if unopposed and any(c.sub == SubType.ARMED_CLASH and c.place in taken for c in cands):
        # "attacked the base in Marte and took the town after soldiers fled": fighting told at the place taken
        # makes the flight or withdrawal the defenders' end of a capture by force, unless the words deny a fight.
        unopposed = bool(st.fight_denied.search(span_text(sent)))
    for c in cands:
        # "captured Torit after two days of fighting, a spokesman said in Nairobi": fighting told in the capture's
        # own clause, with no place in its own phrase, ends in that capture wherever a stray place put it.
        place = c.place if c.place in taken else next(
            (k.place for k in captures if _fight_of_capture(doc, c, k)), None) if c.sub == SubType.ARMED_CLASH else None
        # ("attacked Gao, which they had seized in 2012, on Monday": a fight dated after every capture of its place,
        # by a time of its own, outside the capture's phrase, is an act of its own, not the fighting that ended in
        # one; an inherited date, or "took X on Tuesday after fighting overnight", may be the fight's approximate one)
        after = c.window is not None and "date.inherited" not in c.rules and all(
            k.window is not None and c.window[0] > k.window[1] and not doc[k.head_i].is_ancestor(doc[c.head_i])
            for k in captures if k.place == place)
        # ("retook X, a village Ukraine won back in its 2023 counteroffensive": a fight dated by a time of its own
        # a season or more before every capture of its place is an earlier act, not the fighting that ended in one)
        after = after or c.window is not None and "date.expression" in c.rules and "date.inherited" not in c.rules \
            and all(k.window is not None and (k.window[0] - c.window[1]).days > SIEGE_OF_A_CAPTURE_DAYS
                    for k in captures if k.place == place)
        if c.sub == SubType.ARMED_CLASH and place is not None and c.trigger.sub != KILL_CLASS and not after \
                and (not st.words.lower("siege_words") & set(c.trigger.phrase)
                     or _besiegers_took(c, captures, place)):
            dropped.append((c, "settle.fighting_into_capture"))
            fought_for.add(place)
            if c.window is not None:
                began.setdefault(place, []).append(c.window)
            continue  # a siege and its breaking stay two acts; a siege that ends in the besiegers' capture is one
        others = [k for k in cands if k is not c and k.place == c.place and k.sub != c.sub]
        if c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION and (any(
                _destruction_within(doc[c.head_i], doc[k.head_i], k.sub, bool(
                    st.words.lower("theft_words") & {w.lower() for w in c.trigger.phrase}),
                    _overlap(c.window, k.window), st.words.lower("killing_verbs")) for k in others
                if not _entered_to_burn(st, c, k)) or _damage_of_fight(doc[c.head_i], others)):
            dropped.append((c, "settle.looting_part_of_attack"))
            continue  # "settlers attacked the village, torching houses", "youths burned cars and threw stones"
        if c.sub == SubType.CHANGE_TO_GROUP_ACTIVITY and c.place in taken and not unopposed:
            dropped.append((c, "settle.surrender_in_capture"))
            continue  # "overran the base, and hundreds of soldiers surrendered": the defenders' end of the capture
        if c.sub in (SubType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubType.AIR_DRONE_STRIKE) and c.fatalities is None \
                and any(_operation_of_arrest(st, doc[c.head_i], doc[k.head_i]) for k in cands
                        if k.sub == SubType.ARRESTS and k.place == c.place):
            dropped.append((c, "settle.raid_of_arrest"))
            continue  # "arrested 14 Palestinians during a raid on the camp": the arrests' operation, no strike
        if c.sub in (SubType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubType.AIR_DRONE_STRIKE) and c.place in taken and any(
                governed(doc[k.head_i], doc[c.head_i]) for k in captures) and c.count is None:
            dropped.append((c, "settle.shelling_means_of_capture"))
            continue
        out.append(c)
    # The capture carries the fighting (a new record that says so: it was taken by force).
    out = [replace(c, rules=(*c.rules, "settle.fighting_into_capture"), window=_fought_window(c, began.get(c.place)))
           if c in captures and c.place in fought_for else c for c in out]
    # "entered the town without firing a shot", "retake Mekelle as federal troops withdraw": a hand-over,
    # not a capture by force.
    if unopposed:
        # (a flight or a withdrawal is one side's, and a taking in a relative clause of its own, away from it, was
        # another's; a deal or "without a fight" covers the sentence)
        said = None if st.fight_denied.search(span_text(sent)) else st.unopposed.search(span_text(sent))
        at = sent.start_char + said.start() if said else -1
        # (told only by a withdrawal in a clause of its own, the hand-over is of the place left)
        first = st.kb.patterns.one("withdrawn_first")
        left = said and first.search(span_text(sent)) and not any(
            p.search(span_text(sent)) for p in st.kb.patterns["unopposed"] if p.pattern != first.pattern)
        out = [replace(c, sub=SubType.NON_VIOLENT_TRANSFER_OF_TERRITORY, rules=(*c.rules, "settle.unopposed_transfer"))
               if c.sub in (SubType.GOVERNMENT_REGAINS_TERRITORY, SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)
               and not (said and _own_clause_apart(doc[c.head_i], at))
               and not (left and not _taken_where_left(st, sent, c, first.search(span_text(sent)).end())) else c
               for c in out]
        # "entered X after the militia pulled back": the pull-back is the other side of the same hand-over.
        transfers = {c.place for c in out if c.sub == NON_VIOLENT}
        # ("captured X after the rebels pulled back, bringing troops closer to Y": the pull-back of the side that
        # gave the place up, wherever its own words put it)
        losers = {c.actor2 for c in out if c.sub == NON_VIOLENT and c.actor2 is not None}
        withdrawals = [c for c in out if c.sub == SubType.CHANGE_TO_GROUP_ACTIVITY
                       and (c.place in transfers or c.actor1 in losers)]
        # "took control of X after the militants withdrew without a fight": the taking, which knows the taker,
        # is the hand-over; the phrase that told it unopposed is the same act.
        withdrawals += [c for c in out if c.sub == NON_VIOLENT and "settle.unopposed_transfer" not in c.rules
                        and any(k.place == c.place and "settle.unopposed_transfer" in k.rules for k in out)]
        dropped += [(c, "settle.withdrawal_into_transfer") for c in withdrawals]
        out = [c for c in out if all(c is not w for w in withdrawals)]
    # "blew up the bridge near X, cutting the town off from the capital": a taking told as what a destruction did
    # (a bare participle on its verb) is that destruction's result, no taking of ground of its own.
    wrecks = {c.head_i for c in out if c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION}
    results = [c for c in out if c.sub in CAPTURES and bare_participle(sent.doc[c.head_i])
               and sent.doc[c.head_i].head.i in wrecks]
    dropped += [(c, "settle.result_of_destruction") for c in results]
    out = [c for c in out if all(c is not r for r in results)]
    # "Police stormed the offices of the bar association and arrested a lawyer", "stormed a hideout and seized two
    # rifles": forcing a way in to make arrests or seize arms, no one killed, is how they were made; they are the act.
    made = [c for c in out if c.sub in (SubType.ARRESTS, SubType.DISRUPTED_WEAPONS_USE) and c.actor1 is not None]
    entries = st.words.lower("forced_entry_verbs")
    stormings = [c for c in out if c.sub in (SubType.ARMED_CLASH, SubType.ATTACK) and c.fatalities is None
                 and c.trigger.phrase[0] in entries
                 and any(a.actor1 == c.actor1 and a.place == c.place for a in made)]
    dropped += [(c, "settle.entry_for_arrests") for c in stormings]
    out = [c for c in out if all(c is not k for k in stormings)]
    # "Gunmen entered the village and killed 30 residents", "soldiers entered X and arrested 15 men": going into
    # a place to kill, take or detain the people there is how the raid was done, not a taking of the place (ACLED
    # codes the raid's acts); a place entered after a fight for it stays taken.
    # ("troops entered the village and burned houses": people's homes burned there, a raid on them too)
    raided = [c for c in out if c.sub in (SubType.ATTACK, SubType.ABDUCTION_FORCED_DISAPPEARANCE,
                                          SubType.SEXUAL_VIOLENCE, SubType.ARRESTS) or _homes_destroyed(c)]
    entries_out = [c for c in out if c.sub in CAPTURES and c.trigger.phrase[0] in entries and c.place not in fought_for]
    entered = [c for c in entries_out if any(r.place == c.place and r.actor1 in (c.actor1, None) for r in raided)]
    # ("entered Jenin to arrest two men": the raid's acts told as the entry's purpose, whatever became of them)
    purposes, towns = st.words.lower("entry_purpose_verbs"), st.words.lower("settlement_nouns")
    entered += [c for c in entries_out
                if all(c is not k for k in entered) and _entered_for(sent.doc[c.head_i], purposes, towns)]
    dropped += [(c, "settle.entry_for_raid") for c in entered]
    out = [c for c in out if all(c is not k for k in entered)]
    # "Gunmen stormed a boarding school and abducted 80 pupils": forcing a way in to take people, no one killed,
    # is how the abduction was done; the abduction is the act (one attack on civilians, not two). So is an
    # assault on people that only took them ("bandits attacked motorists and abducted travellers", "kidnapped by
    # gunmen who ambushed commuters"; words/taking_assault_verbs.txt).
    taken = [c for c in out if c.sub == SubType.ABDUCTION_FORCED_DISAPPEARANCE]
    assaults = st.words.lower("taking_assault_verbs")
    raids = [c for c in out if c.sub == SubType.ATTACK and c.fatalities is None and (
        c.trigger.phrase[0] in entries and any(a.actor1 == c.actor1 and a.place == c.place for a in taken)
        or c.trigger.phrase[0] in assaults and any(a.actor1 == c.actor1 and a.place == c.place and not _of_target(
            doc[a.head_i], doc[c.head_i]) for a in taken))]
    dropped += [(c, "settle.entry_for_abduction") for c in raids]
    out = [c for c in out if all(c is not k for k in raids)]
    # "Gunmen stormed the village and looted shops before fleeing": forcing a way into a place to loot or burn it,
    # nobody told hurt, is how the looting was done; the looting is the act (ACLED), not also an attack on
    # civilians.
    spoiled = [c for c in out if c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION]
    hurt = {c.place for c in out if SUB_TO_TYPE[c.sub] == EventType.VIOLENCE_AGAINST_CIVILIANS
            and c.trigger.phrase[0] not in entries}
    forced = [c for c in out if c.sub == SubType.ATTACK and c.fatalities is None and c.trigger.phrase[0] in entries
              and "subtype.victims.civilian_site" in c.rules and c.place not in hurt
              and any(a.actor1 == c.actor1 and a.place == c.place for a in spoiled)]
    dropped += [(c, "settle.entry_for_looting") for c in forced]
    out = [c for c in out if all(c is not k for k in forced)]
    # "Hamas said it remained committed to the truce", "the UN welcomed the ceasefire": a stance taken on an
    # agreement made before (or elsewhere in the story) tells no agreement of its own.
    stances = st.words.lower("truce_stance_words")
    making = st.words.lower("deal_making_verbs")
    held = [c for c in out if c.sub == SubType.AGREEMENT and _truce_stance(doc[c.head_i], stances, making)]
    dropped += [(c, "settle.truce_stance") for c in held]
    out = [c for c in out if all(c is not k for k in held)]
    # "Under the terms of the deal, ...", "the peace deal has brought calm", "the M23 has ignored several ceasefires":
    # an agreement named with no making told (no verb of making or onset on it, no broker) and no time of its own
    # is one the story refers to, made before; the act is told where it was made, or not at all.
    onset = st.words.lower("truce_onset_verbs")
    unmade = [c for c in out if c.sub == SubType.AGREEMENT and DATE_UNDATED_RULE in c.rules
              and not _truce_made(doc[c.head_i], making, onset)]
    dropped += [(c, "settle.truce_unmade") for c in unmade]
    out = [c for c in out if all(c is not k for k in unmade)]
    # "signed a ceasefire ending two years of fighting", "a peace deal that ended a decade of war": the fighting an
    # agreement is told to end is the war summed up behind it, no clash at the place of the signing.
    ending = st.words.lower("war_ending_verbs")
    deals = [doc[c.head_i] for c in out if c.sub == SubType.AGREEMENT]
    ended = [c for c in out if SUB_TO_TYPE[c.sub] == EventType.BATTLES and _ended_by_deal(doc[c.head_i], deals, ending)]
    dropped += [(c, "settle.war_ended_by_deal") for c in ended]
    out = [c for c in out if all(c is not k for k in ended)]
    # "Officers seized power and detained the president": the detention is part of the coup.
    # ("troops arrested his son after the July coup", "since the coup, police have detained ...": a coup that is
    # the time anchor of the sentence's act happened before it; "arrested officers suspected of sympathising with
    # the mutiny": a coup the arrest's own words name is what the arrested are charged with. The arrests are acts
    # of their own.)
    anchors = st.words.lower("temporal_prepositions")
    timed = [c for c in out if c.sub == SubType.OTHER and _time_anchor(doc[c.head_i], anchors)]
    coups = [c for c in out if c.sub == SubType.OTHER and all(c is not k for k in timed)]
    # ("arrested officers suspected of sympathising with the mutiny", "detained 12 soldiers over the coup attempt":
    # a coup the arrest's words name, not as its time, is what the arrested are held for, told as the charge;
    # the arrest is the act the sentence tells)
    naming = st.words.lower("naming_verbs")
    charged = [k for k in coups if any(_named_by_act(doc[a.head_i], doc[k.head_i], naming)
                                       for a in out if a.sub == SubType.ARRESTS)]
    dropped += [(k, "settle.coup_charged_in_arrest") for k in charged]
    out = [c for c in out if all(c is not k for k in charged)]
    coups = [c for c in coups if all(c is not k for k in charged)]
    # ("Following the coup on July 26, soldiers detained the president": a coup that is the time of arrests on its
    # own days is still the act they were part of)
    held = [c for c in out if c.sub == SubType.ARRESTS and (
        any(not _named_by_act(doc[c.head_i], doc[k.head_i], naming) for k in coups)
        or any(c.window is not None and k.window is not None and c.window[0] <= k.window[1]
               and k.window[0] <= c.window[1] for k in timed))]
    dropped += [(c, "settle.arrests_in_coup") for c in held]
    out = [c for c in out if all(c is not k for k in held)]
    if any(c.sub == SubType.OTHER for c in out):
        # "Soldiers tried to overthrow the government, surrounding the palace": the cordon is how the coup was
        # done, no battle of its own unless someone died in it.
        cordons = [c for c in out if c.sub == SubType.ARMED_CLASH and c.fatalities is None
                   and st.words.lower("siege_words") & set(c.trigger.phrase)]
        dropped += [(c, "settle.cordon_in_coup") for c in cordons]
        out = [c for c in out if all(c is not k for k in cordons)]
    # Arrests of demonstrators belong to the demonstration's event (spec); a peaceful protest with arrests is a
    # protest with intervention.
    # ("the protests began on May 18, the day after police arrested the opposition leader": arrests dated apart
    # from the crowd are an act of their own)
    crowds = [c for c in out if SUB_TO_TYPE[c.sub] in CROWD_TYPES]
    arrests = [c for c in out if c.sub == SubType.ARRESTS
               and any(k.place == c.place and _overlap(k.window, c.window, published) for k in crowds)]
    if arrests:
        dropped += [(c, "settle.arrests_at_protest") for c in arrests]
        out = [c for c in out if c not in arrests]
        for i, c in enumerate(out):
            if c.sub != SubType.PEACEFUL_PROTEST:
                continue
            held = next((a for a in arrests if a.place == c.place and _overlap(a.window, c.window, published)), None)
            if held is not None:
                out[i] = replace(c, sub=SubType.PROTEST_WITH_INTERVENTION, actor2=c.actor2 or held.actor1,
                                 rules=(*c.rules, "settle.arrests_at_protest"))
    # "Police rounded up 40 demonstrators": arrests of protesters, with no protest told apart, are that protest's
    # intervention (spec: arrests of demonstrators belong to the demonstration's event); the crowd is actor1.
    # (the arrested may be protesters only by what they were doing, "people who were blocking streets": the
    # victims the sentence implies)
    out = [_recode(c, "settle.arrests_of_protesters", sub=SubType.PROTEST_WITH_INTERVENTION,
                   actor1=c.actor2 or c.implied_actor2, actor2=c.actor1, implied_actor2=None)
           if c.sub == SubType.ARRESTS and (c.actor2 or c.implied_actor2) is not None
           and (c.actor2 or c.implied_actor2).kind == PROTESTER_KIND else c
           for c in out]
    # "Police opened fire on supporters of the opposition leader gathered outside his house": the people a state's
    # force hit are the crowd a protest of the sentence is told by (its word among theirs, or right after them
    # with no subject of its own): protesters.
    protests = [c for c in out if c.sub in (SubType.PEACEFUL_PROTEST, SubType.PROTEST_WITH_INTERVENTION)
                and c.actor1 is not None and c.actor1.kind == PROTESTER_KIND]
    # (a killing is excessive force, the force actor1 as ACLED codes it; a beating goes on to be the protest's
    # intervention below)
    for i, c in enumerate(out):
        if not protests or c.sub != SubType.ATTACK or c.actor1 is None or c.actor1.kind not in GENERIC_STATE_KINDS:
            continue
        hit = st.args.victim_objects(sent.doc[c.head_i])
        crowd = next((p for p in protests if p.place == c.place
                      and any(_crowd_word_of(o, sent.doc[p.head_i]) for o in hit)), None)
        if crowd is None:
            continue
        out[i] = _recode(c, "settle.force_on_gathered", actor2=crowd.actor1)
        if c.fatalities:
            out[i] = replace(out[i], sub=SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS)
    # "Security forces beat and arrested dozens of protesters": a state's force on demonstrators is the protest's
    # intervention, or excessive force when it killed (ACLED), not an attack on civilians; the crowd is actor1.
    out = [_recode(c, "settle.force_on_protesters", actor1=c.actor2, actor2=c.actor1,
                   sub=SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS if c.fatalities
                   else SubType.PROTEST_WITH_INTERVENTION)
           if c.sub == SubType.ATTACK and c.actor2 is not None and c.actor2.kind == PROTESTER_KIND
           and c.actor1 is not None and c.actor1.kind in GENERIC_STATE_KINDS else c
           for c in out]
    # A protest told with its dispersal is one protest with intervention; a march at another place of the same
    # sentence ("tear gas in Nakuru, while a march in Nyeri passed off peacefully", "rallied in Nairobi on Tuesday,
    # a day after police broke up a march in Mombasa") is a protest of its own.
    # (so is a protest a crowd set upon in its sentence, "supporters of the governor attacked students
    # demonstrating against fees": the crowd's mob violence is what the sentence tells of it)
    stopped = [c for c in out if c.sub in (SubType.PROTEST_WITH_INTERVENTION,
                                           SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS)
               or c.sub == SubType.MOB_VIOLENCE and "subtype.victims.protesters_by_crowd" in c.rules]
    # (a dispersal of a crowd told as a new one, at a place of its own that lies apart from the protest's, "marched
    # in Omdurman in the morning, and in the evening a second crowd gathered in Khartoum's Burri district, where
    # police fired tear gas", broke up another crowd)
    # (nor a march told at several towns, one of them where the crowd was broken up, "marched in Khartoum, Wad
    # Madani and Atbara, and police fired tear gas at the marchers in Atbara": the other towns' marches went on)
    folded = [c for c in out if c.sub == SubType.PEACEFUL_PROTEST and any(
        _overlap(c.window, k.window) and not ((another_act(st, doc[c.head_i]) or another_act(st, doc[k.head_i])
                                               or _listed_at(out, c, k)) and _places_apart(st, sent, c, k))
        for k in stopped)]
    dropped += [(c, "settle.protest_dispersed") for c in folded]
    kept_apart = [c for c in out if c.sub == SubType.PEACEFUL_PROTEST and all(c is not f for f in folded)
                  and any(_overlap(c.window, k.window) and _listed_at(out, c, k) for k in stopped)]
    out = [_recode(c, "settle.list_town_not_dispersed") if any(c is k for k in kept_apart) else c
           for c in out if all(c is not f for f in folded)]
    # "Police fired tear gas to scatter supporters who had gathered in X on Monday": a dispersal with no date of its
    # own, undated current news, is on the day of the protest it broke up.
    out = [_on_protest_day(k, folded) if any(k is t for t in stopped) else k for k in out]
    # "A crowd lynched a man, beating him and setting him alight": the burning and beating a mob's violence is
    # done by are that mob's act, not also a violent demonstration at its place (a part of a crowd that rioted,
    # sides.crowd_part, stays apart).
    # (a mob's violence against people: not a burning of their property, "crowds looted and burned shops", which
    # is the riot's own act)
    mobs = [c for c in out if c.sub == SubType.MOB_VIOLENCE and "people_property" not in c.trigger.needs]
    means = [c for c in out if c.sub == SubType.VIOLENT_DEMONSTRATION and "sides.crowd_part" not in c.rules
             and any(m.place == c.place and _overlap(m.window, c.window) for m in mobs)]
    dropped += [(c, "settle.riot_of_mob") for c in means]
    out = [c for c in out if all(c is not k for k in means)]
    # "Crowds looted and burned shops": a burning of people's property told with a riot at its place is that riot.
    riots = [c for c in out if c.sub == SubType.VIOLENT_DEMONSTRATION]
    burnt = [c for c in out if c.sub == SubType.MOB_VIOLENCE and "people_property" in c.trigger.needs
             and any(r.place == c.place and _overlap(r.window, c.window) for r in riots)]
    dropped += [(c, "settle.riot_of_mob") for c in burnt]
    out = [c for c in out if all(c is not k for k in burnt)]
    kept: list[_Candidate] = []
    for c in out:
        # Two words for one act at one place ("called the ambush a slaughter"); a doer named by one and
        # not the other is no second act.
        # Acts whose own dates do not overlap are two ("overthrew a colonel who had come to power in a coup in
        # January").
        i_twin = next((i for i, k in enumerate(kept) if k.sub == c.sub and _same_spot(k.place, c.place)
                       and k.head_i != c.head_i and (k.actor1 == c.actor1 or None in (k.actor1, c.actor1))
                       and (_overlap(k.window, c.window, published) or _manner_of(st, sent, times, k, c))
                       and not _another_in_own_clause(sent.doc, k, c)
                       # (a counter-protest and the protest it answers: two crowds, as merge.same_act keeps them)
                       and (COUNTER_PROTEST_RULE in k.rules) == (COUNTER_PROTEST_RULE in c.rules)), None)
        manner = i_twin is not None and not _overlap(kept[i_twin].window, c.window, published)
        if i_twin is None:
            kept.append(c)
        elif manner:
            # "overthrew the president in a coup": the noun is how the verb's act was done, on the verb's day (a
            # date of the main clause is not the noun's); one record, the verb's window, the doer either names.
            verb = kept[i_twin] if sent.doc[c.head_i].dep_ == "pobj" else c
            noun = c if verb is kept[i_twin] else kept[i_twin]
            dropped.append((noun, "settle.duplicate_trigger"))
            kept[i_twin] = replace(verb, actor1=verb.actor1 or noun.actor1, actor2=verb.actor2 or noun.actor2)
        elif kept[i_twin].trigger.sub == KILL_CLASS and c.trigger.sub != KILL_CLASS:
            # "says it killed 30 men in an airstrike": the killing is the strike's toll; the strike, which knows
            # its weapon, is kept with the toll and the sides the killing names.
            kill = kept[i_twin]
            dropped.append((kill, "settle.kill_with_weapon"))
            actor1 = c.actor1 or kill.actor1
            actor2 = c.actor2 or (kill.actor2 if kill.actor2 != actor1 else None)  # one side is not both sides
            kept[i_twin] = replace(c, fatalities=c.fatalities or kill.fatalities, actor1=actor1, actor2=actor2,
                                   window=_own_window(sent, times, c, kill, published),
                                   rules=(*c.rules, *kill.rules, "settle.kill_with_weapon"))
        elif kept[i_twin].actor1 is None and c.actor1 is not None and not (
                kept[i_twin].trigger.subject_target and kept[i_twin].actor2 == c.actor1):  # (the side attacked)
            dropped.append((kept[i_twin], "settle.duplicate_trigger"))  # the telling that names the doer is kept
            twin = kept[i_twin]
            kept[i_twin] = replace(c, window=_own_window(sent, times, c, twin, published))
            if _runs_on(twin, c):
                # "fighting has raged since Saturday, when clashes broke out": the act from its first day on
                kept[i_twin] = replace(c, window=(c.window[0], twin.window[1]))
        else:
            dropped.append((c, "settle.duplicate_trigger"))
            twin = kept[i_twin]
            if ("discourse.continuation" in c.rules or _runs_on(c, twin)) and c.window and twin.window \
                    and c.window[1] > twin.window[1]:
                # "clashed on Monday, and the clashes went on through Tuesday": the act told, to its later day
                kept[i_twin] = replace(twin, window=(min(twin.window[0], c.window[0]), c.window[1]))
    out = kept
    # "rounded up and executed 30 men", "were abducted and shot dead": people taken and killed, told by two
    # coordinated verbs of the same people, are the killing (ACLED), not also an arrest or an abduction.
    # (a killing of the trigger class @kill is folded with what it was done by further down)
    for k in [c for c in out if c.sub == SubType.ATTACK and c.trigger.sub != KILL_CLASS]:
        taken = [c for c in out if c.sub in (SubType.ARRESTS, SubType.ABDUCTION_FORCED_DISAPPEARANCE)
                 and _same_spot(k.place, c.place) and _taken_and_killed(sent.doc[c.head_i], sent.doc[k.head_i])]
        if taken:
            dropped += [(c, "settle.abducted_then_killed") for c in taken]
            out = [_recode(c, "settle.abducted_then_killed") if c is k else c for c in out
                   if all(c is not t for t in taken)]
    # (a theft is no weapon: "attacked the office, killed four officers and made off with 250 guns" keeps its fight)
    theft = st.words.lower("theft_words")
    weapons = [c for c in out if c.trigger.sub != KILL_CLASS and not (
        c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION and theft & {w.lower() for w in c.trigger.phrase})]
    # "arrested him on Tuesday, a day after gunmen killed four people": a killing dated apart from every other act
    # of its sentence is an act of its own, no other act's toll.
    # (not a participle of a weapon's verb with no time of its own: "had bombed a convoy a week before, killing
    # four soldiers" is that bombing's toll, whatever day the killing was given by the sentences around it)
    apart = [c for c in out if c.trigger.sub == KILL_CLASS and c.window is not None
             and not any(_overlap(c.window, w.window, published) or _untimed_participle(sent, times, c, w)
                         for w in weapons)]
    tolls_apart = {c.fatalities for c in apart if c.fatalities}
    out = [_recode(c, "settle.toll_once", fatalities=None)  # (the toll is that killing's, told once)
           if c.trigger.sub != KILL_CLASS and c.fatalities in tolls_apart else c for c in out]
    if weapons:
        dropped += [(c, "settle.kill_with_weapon") for c in out
                    if c.trigger.sub == KILL_CLASS and c.sub == SubType.ARMED_CLASH and all(c is not a for a in apart)]
        out = [c for c in out
               if c.trigger.sub != KILL_CLASS or c.sub != SubType.ARMED_CLASH or any(c is a for a in apart)]
        kills = [c for c in out if c.trigger.sub == KILL_CLASS and all(c is not a for a in apart)]
        for k in kills:
            # (or the act that is the killing's subject, told at its own place: "the fighting around the airport
            # killed 27", the fighting of the town retold)
            told_by = _verbs_told_by(sent.doc[k.head_i])
            theft = st.words.lower("theft_words")
            # (a protest the killing set off, "the killing sparked protests", "protests erupted after police shot a
            # boy", came after it: no crowd the killing was done at)
            protests = {w.head_i for w in out if SUB_TO_TYPE[w.sub] == EventType.PROTESTS}
            sequel = st.args.protests_caused(sent.doc[k.head_i], protests)
            i_twin = next((i for i, w in enumerate(out) if w.trigger.sub != KILL_CLASS and _may_carry_a_killing(w.sub)
                           and not (w.head_i in sequel and SUB_TO_TYPE[w.sub] == EventType.PROTESTS)
                           # "stealing medicines and shooting dead a nurse": a theft is no way of killing; the
                           # raid's two acts are two events (EVENTS.md: one event per sub-type).
                           and not (k.sub == SubType.ATTACK and w.sub == SubType.LOOTING_PROPERTY_DESTRUCTION
                                    and set(w.trigger.phrase) & theft)
                           and (w.place == k.place or sent.doc[w.head_i].dep_ == "nsubj"
                                and sent.doc[w.head_i].head.i in told_by)
                           and not _killers_described(sent.doc[w.head_i], sent.doc[k.head_i], w.sub)), None)
            frames = st.words.lower("linking_prepositions") - {"in"}  # ("killed in a shootout": the fight's toll)
            if i_twin is not None and _two_acts_of_violence(sent.doc, k, out[i_twin], st.words.lower("fight_nouns"),
                                                            st.words.lower("act_anchor_prepositions"), frames,
                                                            st.words.lower("other_act_subordinators"),
                                                            st.words.lower("civilian_victim_words"),
                                                            st.words.lower("civilian_sites")):
                twin = out[i_twin]
                if (twin.sub == SubType.ABDUCTION_FORCED_DISAPPEARANCE or SUB_TO_TYPE[twin.sub] == EventType.BATTLES) \
                        and twin.fatalities == k.fatalities:
                    twin = replace(twin, fatalities=None)  # the toll is the killing's, told once
                if SUB_TO_TYPE[twin.sub] == EventType.BATTLES and twin.actor2 is not None \
                        and twin.actor2.kind == CIVILIAN_KIND:
                    twin = replace(twin, actor2=None)  # (the civilians killed are no side of the fight)
                out[i_twin] = twin
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
                hemmed = bool(st.words.lower("siege_words") & set(twin.trigger.phrase))
                if k.sub == SubType.ATTACK and twin.sub == SubType.ARMED_CLASH \
                        and (twin.trigger.sub == ATTACK_CLASS or hemmed) \
                        and not (_armed_people_hit(st, doc[twin.head_i])
                                 and "subtype.victims.civilian" not in k.rules) \
                        and (twin.actor2 is None or twin.actor2.kind == CIVILIAN_KIND) \
                        and ("actor.clash_one_side" not in twin.rules  # (the one side named was attacked)
                             or k.actor1 is not None and twin.actor1 == k.actor1):
                    # ("the ambush of 5 December, when settlers killed ten Kanaks": the one side the ambush names
                    # is the killers, so nobody armed was attacked)
                    # "gunmen attacked the bus, killing four Israelis", "surrounded a mosque and shot dead 12
                    # worshippers": no armed side was attacked or hemmed in, and the people killed were not armed,
                    # so the attack was on civilians. (Not when the attack's own object was armed and no civilians
                    # are named among the dead: "attacked a convoy of peacekeepers, killing two of them".)
                    sub = SubType.ATTACK
                    rules.append("settle.victims_decide_attack")
                if k.sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS \
                        and twin.sub in (SubType.PROTEST_WITH_INTERVENTION, SubType.PEACEFUL_PROTEST):
                    # "police shot dead two people as they broke up a peaceful march": a dispersal that kills is
                    # excessive force against the protesters (ACLED), the killing its toll.
                    sub = SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
                    rules.append("settle.killed_at_protest")
                elif k.sub == SubType.ATTACK and (twin.sub == SubType.PROTEST_WITH_INTERVENTION and (
                        k.actor1 is None or k.actor1 == twin.actor2 or k.actor1.kind in GENERIC_STATE_KINDS)
                        or twin.sub == SubType.PEACEFUL_PROTEST and k.actor1 is not None
                        and k.actor1.kind in GENERIC_STATE_KINDS):
                    # ("troops shot dead four people as crowds blocked a road": a state's force killing at a
                    # protest it did not yet stop, the same)
                    # "fired tear gas at the marchers, and a doctor was shot dead as he treated the wounded": a
                    # person killed by the force (or by no one named) at the dispersal it is folded into was
                    # killed at the protest, grave force (ACLED: excessive force against protesters)
                    sub = SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
                    rules.append("settle.killed_at_protest")
                if k.sub == SubType.ATTACK and twin.sub in (SubType.ABDUCTION_FORCED_DISAPPEARANCE, SubType.ARRESTS):
                    # "rounded up 40 men and shot them dead": people taken and killed are an attack (ACLED).
                    sub = SubType.ATTACK
                    rules.append("settle.abducted_then_killed")
                # The victims are the other side of a strike or an attack on them; civilians killed in a battle
                # are its toll, not a side of it (spec).
                victims_side = twin.actor2 is None and k.sub == SubType.ATTACK \
                    and SUB_TO_TYPE[sub] != EventType.BATTLES and k.actor2 != twin.actor1
                actor2 = k.actor2 if victims_side else twin.actor2
                if sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and twin.sub == SubType.PEACEFUL_PROTEST:
                    actor2 = twin.actor2 or k.actor1  # (the crowd's other side: the force that killed at it)
                out[i_twin] = replace(twin, sub=sub, fatalities=twin.fatalities or k.fatalities,
                                      actor2=actor2,
                                      window=_own_window(sent, times, twin, k, published), rules=tuple(rules))
                out.remove(k)
                dropped.append((k, "settle.kill_with_weapon"))
    # "The deadliest attack came in June, when a car bomb outside a market killed 40 shoppers": an attack noun that
    # names no way of its own, told with a blast or a strike at its place and time, is that act in general words,
    # no attack on civilians beside it (the blast keeps the toll and the victims).
    # Only the blast told as the when-clause of the noun's own verb is that attack; another blast at the place
    # ("gunmen shot dead 12 traders, hours after a car bomb exploded") is a second act.
    openers = st.words.lower("act_told_clause_openers")
    pairs = [(c, i) for c in out if c.sub == SubType.ATTACK and c.trigger.sub == ATTACK_CLASS
             and sent.doc[c.head_i].pos_ == "NOUN"
             for i, b in enumerate(out) if SUB_TO_TYPE[b.sub] == EventType.EXPLOSIONS_REMOTE_VIOLENCE
             and _same_spot(b.place, c.place) and _overlap(b.window, c.window, published)
             and _when_clause_of(sent.doc[b.head_i], sent.doc[c.head_i], openers)]
    pairs = list({id(c): (c, i) for c, i in reversed(pairs)}.values())  # (each noun its first blast)
    general = [c for c, _ in pairs]
    for c, i in pairs:
        b = out[i]
        out[i] = replace(b, fatalities=b.fatalities or c.fatalities, actor1=b.actor1 or c.actor1,
                         actor2=b.actor2 or c.actor2, rules=(*b.rules, "settle.attack_noun_of_blast"))
        dropped.append((c, "settle.attack_noun_of_blast"))
    out = [c for c in out if all(c is not g for g in general)]
    # "killed three militants after they had surrendered": the surrender is who the victims were when killed (out
    # of the fight), no act of its own.
    gave_up = {c.i for k in out if k.trigger.sub == KILL_CLASS and k.sub == SubType.ATTACK
               for c in st.args.giving_up_clauses(sent.doc[k.head_i])}
    dropped += [(c, "settle.gave_up_before_killed") for c in out if c.head_i in gave_up]
    out = [c for c in out if c.head_i not in gave_up]
    # "killed nine villagers and burned 30 houses": two acts of one sentence, one toll, which goes on the killing
    # (spec: "the toll goes on the event it belongs to, once"), not on the destruction.
    tolls = {c.fatalities for c in out if c.fatalities and c.sub != SubType.LOOTING_PROPERTY_DESTRUCTION}
    out = [_recode(c, "settle.toll_once", fatalities=None)
           if c.sub == SubType.LOOTING_PROPERTY_DESTRUCTION and c.fatalities in tolls else c for c in out]
    out = [_excessive(c) if "settle.killed_at_protest" in c.rules else c for c in out]
    described = _crowd_of_force_act(sent.doc, out)
    dropped += [(c, "settle.victims_described_as_crowd") for c in described]
    out = [c for c in out if all(c is not d for d in described)]
    return out, dropped


def _crowd_of_force_act(doc: Doc, cands: list[_Candidate]) -> list[_Candidate]:
    """The peaceful protests told only as who a force acted on: a participle on the people a force fired on,
    dispersed or arrested ("police shot dead 20 people protesting against the bill", "fired tear gas
    at students marching on parliament") describes the crowd of that act, at its place, no protest of its own."""
    force = {c.head_i: c for c in cands if SUB_TO_TYPE[c.sub] == EventType.PROTESTS
             and c.sub != SubType.PEACEFUL_PROTEST}
    out = []
    for c in cands:
        tok = doc[c.head_i]
        if c.sub != SubType.PEACEFUL_PROTEST or tok.dep_ != "acl":
            continue  # (a relative clause tells an act with its own time: "students who marched in May were dispersed")
        people = tok.head
        verb = clause_verb(people)
        if people.dep_ not in ("dobj", "nsubjpass", "pobj") or verb.i not in force:
            continue
        if force[verb.i].place == c.place or _same_spot(force[verb.i].place, c.place):
            out.append(c)
    return out


def _taken_where_left(st: Stages, sent: Span, c: _Candidate, end: int) -> bool:
    """Is the taking, told after a withdrawal in a clause of its own (the sentence's text up to `end`), of the place
    left: "occupied it", "took over the camp", "their positions ... were taken over" (a pronoun or a place's
    common noun, no "the village of X"), or the place the withdrawal names, or any place when it names none?
    "withdrew from Kherson, and troops captured the village of Snihurivka" is a capture elsewhere; a killing told
    in the sentence ("overran Bambari, massacring 20 civilians") makes it one by force."""
    killing = st.words.lower("killing_verbs")
    if any(t.lemma_.lower() in killing for t in sent):
        return False
    head = sent.doc[c.head_i]
    anaphors = st.words.lower("place_anaphor_nouns")
    for t in head.subtree:
        if t.dep_ in ("dobj", "nsubjpass", "pobj") and (t.pos_ == "PRON" or t.lemma_.lower() in anaphors and not any(
                p.lower_ == "of" for p in t.children)):
            return True
    withdrawal = sent.start_char + end  # (a place the withdrawal names: a proper name under a preposition there,
    named = [t for t in sent if t.idx < withdrawal and t.pos_ == "PROPN" and t.dep_ == "pobj"]  # "from Kherson")
    name = (getattr(c.place, "name", None) or "").lower()
    return not named or bool(name) and name in span_text(sent)[:end].lower()


def _own_clause_apart(head: Token, at: int) -> bool:
    """Is the taking told in a relative clause of its own that does not hold the words telling a place left
    unopposed (at char offset `at`)? "took control of Kirkuk when the army fled before the advance of IS, who seized
    Mosul": the flight is Kirkuk's, Mosul was taken by force."""
    if head.dep_ != "relcl":
        return False
    return not head.left_edge.idx <= at < head.right_edge.idx + len(head.right_edge.text)


def _another_in_own_clause(doc, a: _Candidate, b: _Candidate) -> bool:
    """Is one of two triggers a new act of its kind (rule discourse.another_act) told in a clause of its own ("a
    bomb killed four in the morning, and in the afternoon a second blast wounded seven"), not the other's words
    for its own act ("another missile strike hit the port")?"""
    if ANOTHER_ACT_RULE not in a.rules and ANOTHER_ACT_RULE not in b.rules:
        return False
    return clause_verb(doc[a.head_i]).i != clause_verb(doc[b.head_i]).i


def _verbs_told_by(kill) -> set[int]:
    """The killing's verb, and the verbs whose subject a participle of it shares ("Clashes erupted on Monday and
    continued into Tuesday, killing nine": "continued", conjoined with "erupted")."""
    out = {kill.i}
    if kill.dep_ == "advcl" and kill.tag_ == "VBG":
        verb = kill.head
        out.add(verb.i)
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
            out.add(verb.i)
    return out


def _killers_described(taking, killing, sub: SubType) -> bool:
    """Is the killing a relative clause on people other than those an arrest or an abduction took ("arrested 11
    people on suspicion of helping the gunmen who killed ten people at the castle on Sunday")? It describes who
    the killers were: an act of its own, no toll of the taking ("arrested 40 men who were later shot dead" is)."""
    if sub not in (SubType.ARRESTS, SubType.ABDUCTION_FORCED_DISAPPEARANCE) or killing.dep_ != "relcl":
        return False
    if any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in killing.children) \
            and any(c.dep_ == "dobj" for c in killing.children):
        return True  # "arrested two men who had killed a trader": the people taken are the killers

    return not any(c.i == killing.head.i for c in taking.children if c.dep_ in ("dobj", "nsubjpass"))


def _taken_and_killed(taking, killing) -> bool:
    """Are the verb of taking people and the verb of killing coordinated ("rounded up and executed", "abducted
    ... and killed them") about the same people: one of them with no object of its own but a pronoun? Or is the
    taking a relative clause or a participle on the killing's victims, with no object of its own ("executed 30 men
    they had rounded up", "shot dead five villagers whom they had abducted", "killed three men detained at a
    camp")?"""
    victims = {c.i for v in (killing, *(c for c in killing.children if c.dep_ == "conj" and c.pos_ == "VERB"))
               for c in v.children if c.dep_ in ("dobj", "nsubjpass")}  # ("tortured and killed three men")
    if taking.dep_ == "relcl" and taking.head.i in victims:
        return bool(relative_patients(taking))
    if taking.dep_ == "acl" and taking.tag_ == "VBN" and taking.head.i in victims:
        return True  # "killed three young men detained at a camp": the men are who was taken
    if not (killing.dep_ == "conj" and killing.head.i == taking.i
            or taking.dep_ == "conj" and taking.head.i == killing.i):
        return False

    def named_objects(verb) -> list:  # ("shot 40 of them": a share of the people just named is no new object)
        return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ != "PRON"
                and not any(p.lower_ == "of" and any(o.pos_ == "PRON" for o in p.children) for p in c.children)]
    return not (named_objects(taking) and named_objects(killing))


def _crowd_word_of(people: Token, word: Token) -> bool:
    """Is the protest's word told of the people ("supporters who were marching", "supporters of the leader
    gathered outside": under them, or right after them with no subject of its own)?"""
    return governed(people, word) or word.i == people.right_edge.i + 1 and word.pos_ == "VERB" and not any(
        c.dep_.startswith("nsubj") for c in word.children)


def _excessive(c: _Candidate) -> _Candidate:
    """A dispersal that killed, as excessive force is coded: the force actor1, the protesters actor2
    (sides.force_first). Only a killing told with the dispersal makes it one: a toll alone ("the clashes killed
    four") may be the toll of excessive force told before."""
    crowd_first = c.actor1 is not None and c.actor1.kind == PROTESTER_KIND
    return replace(c, sub=SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
                   **(dict(actor1=c.actor2, actor2=c.actor1) if crowd_first else {}))


def _fought_window(capture: _Candidate, fights: list | None):
    """The capture's window, begun when the fighting told with it began ("attacked the town on Tuesday, March 5,
    and took control of it on Sunday": one act from the 5th to the 10th). Fighting dated after the capture, or
    undated beyond it, does not move it."""
    if capture.window is None or not fights:
        return capture.window
    starts = [w[0] for w in fights if w[0] < capture.window[0] and w[1] <= capture.window[1]]
    return (min(starts), capture.window[1]) if starts else capture.window


def _fight_of_capture(doc, fight, capture) -> bool:
    """Is the fight's word in the capture's own clause ("captured X after two days of fighting", "took X after
    heavy fighting"), governed by the capture's verb?"""
    head, verb = doc[fight.head_i], doc[capture.head_i]
    if head.i == verb.i:
        return False
    node = head  # (up to the capture's verb; a word it does not govern reaches the root first)
    own_verb = False
    while node.i != verb.i:
        if node.dep_ in ("relcl", "ccomp", "conj") or node.head.i == node.i:
            return False  # a clause of its own, not the capture's
        own_verb = own_verb or node.i != head.i and node.pos_ == "VERB"
        node = node.head
    if own_verb and "place.syntax" in fight.rules and fight.place is not None and fight.place != capture.place:
        return False  # "took Sirwah on Saturday, while fighting raged near Marib": a fight with its verb and place
    # (A place in the fight's own phrase, "after fighting in Y", was to keep Y's fight apart, tested by entity
    # type, which the parse never gives: NER is not run. Not yet done by place mentions.)
    return True


SIEGE_OF_A_CAPTURE_DAYS = 92  # a siege of weeks ending in the besiegers' capture is the fight for it


def _besiegers_took(siege, captures: list, place) -> bool:
    """Did the besiegers themselves take the place after a siege of weeks ("the RSF took Zalingei after a
    three-week siege")? Then the siege is the fighting that ended in the capture, one act (spec), the capture
    carrying its window. A siege broken by the other side stays an act of its own, and so does a siege of years
    ("captured after a two-year siege": a standing front of its own, seeds' NOTES)."""
    return siege.actor1 is not None and any(
        k.place == place and k.actor1 is not None and k.actor1 == siege.actor1 and k.window is not None
        and (k.window[1] - k.window[0]).days <= SIEGE_OF_A_CAPTURE_DAYS for k in captures)


def _when_clause_of(blast, noun, openers: frozenset[str]) -> bool:
    """Is the blast's clause the when-clause of the attack noun's own verb ("the deadliest attack came in June,
    when a car bomb killed 40"; words/act_told_clause_openers.txt)?"""
    bv = clause_verb(blast)
    # (the parser may hang "when" on the blast's subject and join its verb by "conj": the clause opens with it)
    first = next((w for w in bv.subtree if not w.is_punct), bv)
    # (or on the day the verb is dated by: "came on June 19, 1987, when a car bomb ... killed 21")
    on_day = bv.dep_ == "relcl" and bv.head.dep_ == "pobj" and bv.head.head.head.i == noun.head.i
    return (bv.dep_ in ("advcl", "conj") and bv.head.i == noun.head.i or on_day) and first.lower_ in openers


def _undone_damage(st: Stages, verb: Token) -> bool:
    """Is the destruction a passive wrecking verb (words/wrecking_verbs.txt: "have been destroyed") with no agent
    and no subject acting ("were destroyed by militiamen" names the doer)?"""
    return verb.pos_ == "VERB" and verb.tag_ == "VBN" and verb.lemma_.lower() in st.words.lower("wrecking_verbs") \
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _truce_made(noun: Token, making: frozenset[str], onset: frozenset[str]) -> bool:
    """Is the agreement noun told as made: under a verb of making ("signed a truce", "agreed to a ceasefire", "a
    truce was announced"), with one on it ("a ceasefire agreed in Jeddah", "a UN-brokered truce"), or the subject
    of a verb of onset ("the truce took effect", "a ceasefire came into force")? A trigger that is no noun is its
    own verb: made."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return True
    while noun.dep_ in ("compound", "conj") and noun.head.i != noun.i:
        noun = noun.head  # "a ceasefire deal", "announced a truce and a prisoner swap"
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
        verbs.append(noun.head)
    if noun.dep_ == "pobj" and noun.head.head.i != noun.head.i:
        verbs.append(noun.head.head)  # "agreed to a ceasefire", "agreed on a truce"
    if any(v.lemma_.lower() in making for v in verbs):
        return True
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in onset:
        return True
    return any(t.lemma_.lower() in making for t in noun.subtree if t.i < noun.i)  # "a Qatar-brokered truce"


def _named_by_act(act: Token, other: Token, naming: frozenset[str] = frozenset()) -> bool:
    """Does the act's own clause name the other act outside its doers ("arrested officers suspected of
    sympathising with the mutiny", "arrested his son after the coup"), not in who did it ("the soldiers who
    staged the coup detained the president": the doers' deed)?"""
    if not act.is_ancestor(other):
        return False
    tok = other
    while tok.head.i != act.i:
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            return False  # "detained the president and announced that they had seized power": a deed joined on
        if tok.pos_ == "VERB" and tok.lemma_.lower() in naming:
            return False  # "detained the president, in what the AU called a coup": the act itself so named
        tok = tok.head
    return tok.dep_ not in ("nsubj", "nsubjpass", "agent", "conj")


def _charge_of_arrest(noun: Token, arrest: Token, charges: frozenset[str]) -> bool:
    """Is the act noun what an arrest's people are held for: reached from the arrest verb through prepositions
    only, the first a charge preposition (words/charge_prepositions.txt: "over the bombing", "in connection with
    the killing", "for their role in the attack"), with no time in its own phrase ("over last week's grenade
    attack" is dated background, an act of its own)?"""
    if noun.pos_ != "NOUN" or not arrest.is_ancestor(noun):
        return False
    tok = noun
    while tok.head.i != arrest.i:
        if tok.dep_ not in ("pobj", "prep"):
            return False
        tok = tok.head
    # ("arrested scores for the looting that wrecked the centre on Friday": an act told in its own clause stays)
    return tok.dep_ == "prep" and tok.lower_ in charges \
        and not any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree) \
        and not any(c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") for c in noun.children)


def _time_anchor(tok: Token, anchors: frozenset[str]) -> bool:
    """Is the act's noun the object of a temporal preposition ("after the July 26 coup", "since the coup"),
    the time another act is told against, not an act the sentence tells beside it?"""
    tok = compound_head(tok)
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in anchors


def _of_target(taking: Token, assault: Token) -> bool:
    """Is the taking told in a clause that describes a noun, apart from the assault ("an assault on the cave where
    the hostages were held"), rather than joined to it or the clause it hangs on ("attacked motorists and
    abducted travellers", "were kidnapped by gunmen who attacked a school")?"""
    tok = taking
    while tok.head.i != tok.i and not (tok.i == assault.i or tok in assault.ancestors):
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _ended_by_deal(fight: Token, deals: list[Token], ending: frozenset[str]) -> bool:
    """Is a fight noun what a verb of ending governs ("ending two years of fighting", "ended the war"), that verb
    told of an agreement of the sentence (its participle or relative clause, or the clause that made it)?"""
    tok = fight
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "NUM"):
        tok = tok.head.head  # "two years of fighting": the span's noun carries the fight
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in ending:
        return False
    return any(d.i != verb.i and (d in verb.ancestors or verb.head.i == d.head.i or d.head.i == verb.i)
               for d in deals)


def _truce_stance(noun: Token, stances: frozenset[str], making: frozenset[str]) -> bool:
    """Is the agreement noun what a stance is taken on ("welcomed the ceasefire", "remained committed to the
    truce", "have abided by the truce since April"): the object of a verb or adjective of stance, directly or
    through its preposition, with no making of its own told on it ("welcomed the ceasefire signed on Friday")?"""
    noun = compound_head(noun)
    if noun.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in making for c in noun.children):
        return False
    gov = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent") and noun.head.head.i != noun.head.i:
        gov = noun.head.head
    if gov is not None and gov.tag_ == "VBG" and gov.dep_ == "pcomp" and gov.head.dep_ == "prep":
        gov = gov.head.head  # ("were close to agreeing a ceasefire": the stance is on the making)
    return gov is not None and (gov.lemma_.lower() in stances or gov.lower_ in stances)


def _untargeted_noun(tok) -> bool:
    """Is the act a noun with no target of its own ("the first attack in October 2017", "the attack in Kidal"):
    none of its prepositions holds a common noun (a name or a number says when or where, not whom)?"""
    return tok.pos_ == "NOUN" and not any(
        ch.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in ch.children)
        for ch in tok.children)


def _on_protest_day(stop: _Candidate, folded: list[_Candidate]) -> _Candidate:
    """settle.dispersal_on_protest_day: a dispersal dated only as current news takes the narrower window of a
    protest folded into it (the protest's own day)."""
    if "date.current_news" not in stop.rules or not stop.window:
        return stop
    span = stop.window[1] - stop.window[0]
    day = next((f.window for f in folded if f.window and "date.current_news" not in f.rules
                and _overlap(f.window, stop.window) and f.window[1] - f.window[0] < span), None)
    return stop if day is None else _recode(stop, "settle.dispersal_on_protest_day", window=day)


def _listed_at(out: list[_Candidate], protest: _Candidate, stopped: _Candidate) -> bool:
    """Is the protest one of a crowd act told at several places by one word ("marched in X, Y and Z"), one of which
    is where the crowd was stopped?"""
    return any(o is not protest and o.head_i == protest.head_i and _same_spot(o.place, stopped.place) for o in out)


def _places_apart(st: Stages, sent: Span, a: _Candidate, b: _Candidate) -> bool:
    """Were two acts of one sentence told at places of their own (each the words of its own clause) that lie more
    than a town's width apart? (A place a crowd set out for, "a march to Islamabad", is where it was going, not
    another crowd's place.)"""
    if PLACE_OWN_RULE not in a.rules or PLACE_OWN_RULE not in b.rules:
        return False
    pa, pb = a.place, b.place
    if None in (getattr(pa, "lat", None), getattr(pb, "lat", None)):
        return False
    towards = st.words.lower("destination_prepositions")
    for place in (pa, pb):
        first = str(getattr(place, "name", "")).split(" ")[0]
        if any(t.text == first and t.i > sent.start and t.nbor(-1).lower_ in towards for t in sent):
            return False
    return not _within(pa, pb, SAME_PLACE_KM)
