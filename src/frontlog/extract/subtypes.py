"""Which sub-type a trigger's act is, from its words, its weapon, its doer and its victims (an attack on civilians,
a clash, a strike from the air), and when two readings in one sentence are one act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontlog.extract.arguments import (
    ARMED_STATUS,
    GROUND_CONTEXT,
    Mention,
    act_doers,
    governed,
    relative_patients,
)
from frontlog.extract.candidates import (
    GENERIC_STATE_KINDS,
    NON_STATE_KINDS,
    UNARMED_KINDS,
    Stages,
    _Candidate,
    _verb_of,
    clause_verb,
)
from frontlog.extract.components import ALIGN, trigger_tokens
from frontlog.extract.merge import NATIONWIDE_RULE
from frontlog.extract.sides import (
    _crowd_fired_on_by_state,
    _doer_of,
    _done_by_crowd,
    _named_by_site,
    _sentence_victims,
)
from frontlog.knowledge.actors import CIVILIAN_KIND, PROTESTER_KIND, REBEL_KIND, RIOTER_KIND, UNIDENTIFIED_ROLE
from frontlog.knowledge.lexicon import (
    ATTACK_CLASS,
    DETAIN_CLASS,
    KILL_CLASS,
    STRIKE_CLASS,
    TERRITORY_CLASS,
    Trigger,
    TriggerMatch,
    tells_the_act,
)
from frontlog.model.records import SUB_TO_TYPE, EventType, SubType

# Heavier arms that, used beside small arms in one assault, make it no strike from afar (a suicide bomb, an air
# strike or a grenade alone keep their own sub-type).
ASSAULT_WEAPON_SUBS = frozenset({SubType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubType.SHELLING_ARTILLERY_MISSILE_ATTACK})

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _crowd_on_protesters(st: Stages, head, a1: Mention | None) -> bool:
    """Is an attack on protesters done by a party's people or a crowd ("supporters of the president", "members of
    the ruling party's youth wing", "men from the counter-demonstration", "a mob"; words/partisan_nouns.txt,
    crowd_doer_nouns.txt, people_words.txt), not by a force, an armed group or armed men ("armed men", "gunmen":
    words/unidentified_attackers.txt, unnamed_doer_nouns.txt, armed_words.txt)?"""
    doers = act_doers(head)
    partisans = st.words.lower("partisan_nouns")
    if a1 is not None and a1.value.kind == REBEL_KIND:
        partisans = partisans - st.words.lower("member_nouns")  # ("members of al-Shabaab" are its fighters)
    if a1 is not None and a1.value.kind not in UNARMED_KINDS and (
            a1.value.kind in GENERIC_STATE_KINDS or not any(t.lemma_.lower() in partisans for t in doers)):
        return False  # (a group's supporters are a crowd drawn from it, "Hezbollah supporters"; a force is no crowd)
    crowd = partisans | st.words.lower("crowd_doer_nouns") | st.words.lower("people_words")
    return not _armed_doers(st, doers) and any(t.lemma_.lower() in crowd for t in doers)


def _group_deed_beside_crowd(st: Stages, head) -> bool:
    """Is the killing told in a relative clause on its doers, with no protest word inside it ("residents marched to
    demand protection from ADF rebels, who have killed 70 civilians this month")? The clause tells what the
    group did, the crowd's cause, not force used against the crowd."""
    verb = _verb_of(head)
    return verb.dep_ == "relcl" and not any(t.lemma_.lower() in st.args.PROTEST_CONTEXT for t in verb.subtree)


def _armed_doers(st: Stages, doers: list) -> bool:
    """Are the doers told as armed men, no group named ("armed men", "gunmen", "militants"; words/
    unidentified_attackers.txt, unnamed_doer_nouns.txt, armed_words.txt, armed_men.txt)?"""
    armed = st.words.lower("unnamed_doer_nouns") | st.words.lower("armed_words") | st.words.lower("armed_men")
    unnamed = st.words.lower("unidentified_attackers")
    for t in doers:
        told = " ".join(c.lower_ for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i)
        if t.lemma_.lower() in armed or f"{told} {t.lower_}".strip() in unnamed \
                or any(c.lemma_.lower() in armed for c in t.children if c.dep_ in ("amod", "compound")):
            return True
    return False


def _armed_on_protesters(st: Stages, head, a1: Mention | None) -> bool:
    """Is an attack on protesters done by an armed group or by armed men nobody names ("a group of armed men
    attacked protesters with machetes", "gunmen opened fire on the sit-in"), not by a state's force?"""
    if a1 is not None:
        return a1.value.kind in NON_STATE_KINDS - UNARMED_KINDS or st.actors.role_of(a1.value) == UNIDENTIFIED_ROLE
    return _armed_doers(st, act_doers(head))


def _went_on(head) -> list:
    """The subjects of the verb an act noun is the object of a preposition of ("rebels went on a rampage": the
    rebels), when the noun's own doers are not told."""
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return []
    return [c for c in head.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _armed_subjects(st: Stages, subjects: list) -> bool:
    """Are the subjects armed men (words/armed_men.txt, unnamed_doer_nouns.txt, armed_words.txt)? The parser may
    leave a capitalised plural opening the sentence unlemmatised ("Rebels went on ..."): its singular is read too."""
    armed = st.words.lower("unnamed_doer_nouns") | st.words.lower("armed_words") | st.words.lower("armed_men")
    return _armed_doers(st, subjects) or any(t.lower_.endswith("s") and t.lower_[:-1] in armed for t in subjects)


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
    # "attacked the garrison, destroying two helicopters on the ground", "seized three tanks": what is wrecked or
    # taken is the act's target or booty, no weapon of it.
    wrecking = st.words.lower("wrecking_verbs")
    around = around | {t.i for v in sent if v.pos_ == "VERB" and v.lemma_.lower() in wrecking and v.i not in inside
                       for c in v.children if c.dep_ == "dobj" for t in c.subtree}
    around = around | _other_doers_clauses(match.head) | _acts_before_or_after(st, match.head)
    # "stormed villages in the east and attacked the city with suicide bombers": the weapon a joined verb with an
    # object of its own was used with is that verb's, not this one's.
    instruments = st.words.lower("instrument_prepositions")
    joined = [v for v in (*match.head.conjuncts, match.head.head if match.head.dep_ == "conj" else None)
              if v is not None and v.i not in inside and v.pos_ == "VERB"
              and any(c.dep_ == "dobj" for c in v.children)]
    around = around | {t.i for v in joined for c in v.children if c.dep_ == "prep" and c.lower_ in instruments
                       for t in c.subtree}
    # "shot them dead by the roadside": a word that stands for its bomb only as a noun's modifier ("a roadside
    # bomb"; words/explosive_modifiers.txt) names a place where it is no modifier.
    modifiers = st.words.lower("explosive_modifiers")
    around = around | {t.i for t in sent if t.lemma_.lower() in modifiers and t.dep_ not in ("amod", "compound")}
    for t in sent:
        (told if t.i not in around and tells_the_act(t, match, inside, preps) else described).update(
            (t.lemma_.lower(), t.lower_))
    return words - (described - told) - own


def _acts_before_or_after(st: Stages, head: Token) -> set[int]:
    """Tokens of a clause under the trigger's verb that tells another doer's act before or after it ("attacked a
    police post, a day after the army shelled their hideouts"; words/act_anchor_prepositions): that act's weapons
    are not this one's (unlike "were killed when missiles hit the school", which tells how)."""
    verb = _own_clause(head)[0]
    anchors = st.words.lower("act_anchor_prepositions")
    # "Gunmen killed five farmers while an air strike hit a camp nearby", "Maoists killed a man on Sunday while a
    # supporter was killed in an IED blast on Monday": a clause beside the act with a subject of its own (no
    # pronoun) tells another act, when the act's clause has its doer too (words/
    # other_act_subordinators; not "were killed while shells rained on the town", which may tell how).
    beside = st.words.lower("other_act_subordinators") if _doer_told(verb) else frozenset()
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                      and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    out: set[int] = set()
    for v in verbs:
        for c in v.children:
            if c.dep_ != "advcl" or v.i != verb.i and c.i < head.i:
                continue
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if marks & anchors and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) \
                    or marks & beside and any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"
                                              for s in c.children):
                out |= {t.i for t in c.subtree}
    return out


def _doer_told(verb: Token) -> bool:
    """Has the clause of the act a doer of its own: an active subject, or the subject of the verb it is a
    conjunct of ("Gunmen stormed a market and shot dead four traders")?"""
    while True:
        if any(c.dep_ == "nsubj" for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def _other_doers_clauses(head: Token) -> set[int]:
    """Tokens of the clauses beside or above the trigger's that have a subject of their own: another doer's
    deed, whose weapons are not this act's ("security forces recovered two IEDs in X, while Maoists killed a
    villager in Y", "gunmen killed a shepherd, and the army said it had defused four IEDs"). The clauses that
    share the trigger's subject ("jets struck the market, killing 14") and those below it ("were killed when
    missiles hit the school") are still the act's."""
    verb = _own_clause(head)[0]
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    own = ("nsubj", "nsubjpass")
    chain = [verb]
    while not any(c.dep_ in own for c in chain[-1].children) and chain[-1].dep_ in ("conj", "advcl", "xcomp") \
            and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # a participle or a conjunct sharing the subject of the clause it hangs on
    top = chain[-1]
    mine = {t.i for t in top.subtree}
    out: set[int] = set()
    above = top.head if top.dep_ in ("conj", "advcl") else top
    while above.i != top.i and not any(c.dep_ in own for c in above.children) \
            and above.dep_ in ("conj", "advcl", "xcomp") and above.head.i != above.i:
        above = above.head  # ("recovered two IEDs and arrested five men, while Maoists killed ...")
    if above.i != top.i and above.pos_ in ("VERB", "AUX") and any(c.dep_ in own for c in above.children):
        out |= {t.i for t in above.subtree} - mine  # the clause above, another doer's
    for v in chain:
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and all(c.i != w.i for w in chain) \
                    and any(g.dep_ in own for g in c.children):
                out |= {t.i for t in c.subtree}  # a clause beside, with its own doer
    return out


def _own_clause(tok) -> tuple:
    """The verb of a trigger's clause, its own subject (None when it has none: a participle, a passive) and its
    own object or passive subject (None when it shares one or has none)."""
    verb = clause_verb(tok)  # "after an hour of fighting": the clause the act noun is told in
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return verb, subj, obj


def _two_acts_of_violence(doc: Doc, kill: _Candidate, other: _Candidate, fight_nouns: frozenset[str],
                          sequence: frozenset[str] = frozenset(), frames: frozenset[str] = frozenset(),
                          beside: frozenset[str] = frozenset(), civilians: frozenset[str] = frozenset(),
                          sites: frozenset[str] = frozenset()) -> bool:
    """Are a killing of civilians and another act of its sentence two acts, each told in its own clause?
    "Bandits killed nine villagers before vigilantes repelled them": the killing has its own doer, the fight
    its own; "killed six people and abducted 30 others": each verb has its own victims. A killing told in a
    fight's words ("were killed in crossfire", "killed in a shootout"), or of the people just taken ("rounded
    up 40 men and shot them dead"), stays the other act's toll."""
    if kill.sub != SubType.ATTACK:
        return False
    k_verb, k_subj, k_obj = _own_clause(doc[kill.head_i])
    o_verb, o_subj, o_obj = _own_clause(doc[other.head_i])
    if beside and kill.actor1 is not None and _doer_told(k_verb) \
            and (_told_beside(o_verb, k_verb, beside) or _told_beside(k_verb, o_verb, beside)):
        # "Gunmen killed five farmers near X while an air strike hit a camp in Y", "While jets bombed X, militiamen
        # shot dead ten villagers in Y": a killing done by its doer and an act told beside it in a clause with a
        # doer of its own (words/other_act_subordinators) are two acts, not a strike and its toll.
        return True
    if SUB_TO_TYPE[other.sub] in (EventType.RIOTS, EventType.PROTESTS) and kill.actor1 is not None \
            and k_verb.dep_ == "advcl" and k_verb.head.i == o_verb.i and k_subj is not None \
            and k_subj.pos_ != "PRON" and (o_subj is None or k_subj.i != o_subj.i) \
            and any(m.dep_ == "mark" and m.lower_ in sequence for m in k_verb.children):
        # "a crowd set fire to the police station after police shot dead a young man": the killing the crowd
        # answered, done by its own doer before the crowd's act, is an act of its own, not the crowd's toll.
        return True
    fight = doc[other.head_i]
    # "Soldiers killed 45 civilians in X after fighting with militiamen there", "after clashes with rebels": a
    # fight told under a preposition of sequence on the killing is another act than the killing of its civilians.
    # ("a day after seizing the village": the preposition hangs on the length of time, which hangs on the killing)
    anchor = fight.head.head.head if fight.head.head.dep_ == "npadvmod" else fight.head.head
    sequenced = (other.trigger.sub == SubType.ARMED_CLASH or SUB_TO_TYPE[other.sub] == EventType.BATTLES) \
        and fight.dep_ in ("pcomp", "pobj") and fight.head.lower_ in sequence and anchor.i == k_verb.i \
        and (o_verb.i == k_verb.i or o_subj is None)
    # "Soldiers killed 12 civilians during an offensive against rebels": a fight told as the time frame of a
    # killing done by its doer to civilians is the scene, not the killing's weapon: two acts.
    framed = other.trigger.sub == SubType.ARMED_CLASH and fight.dep_ == "pobj" and fight.head.lower_ in frames \
        and fight.head.head.i == k_verb.i
    if k_verb.i == o_verb.i and not (sequenced or framed):
        return False
    if sequenced and other.trigger.sub != SubType.ARMED_CLASH:
        # "killed 14 civilians in X a day after seizing the village": the taking is told as an act before the
        # killing, not as what killed them; the killing done by its doer to its victims is an act of its own.
        return kill.actor1 is not None and k_subj is not None and k_obj is not None and k_obj.dep_ == "dobj"
    if other.trigger.sub == SubType.ARMED_CLASH:  # a fight's own word ("repelled", "fought"), not "the attack"
        # The killing done by someone to its victims ("X killed nine villagers"), not told by the fight itself
        # ("the clashes killed 12 people") nor in the passive ("with 12 people killed").
        doer = k_subj is not None and k_obj is not None and k_obj.dep_ == "dobj" \
            and k_subj.lemma_.lower() not in fight_nouns
        return kill.actor1 is not None and doer and (sequenced or framed or o_subj is not None and k_subj.i != o_subj.i)
    if other.sub == SubType.ABDUCTION_FORCED_DISAPPEARANCE:
        # ("rounded up the men and shot 12 of them": a share of the people just taken is no victims of its own)
        # ("hijacked a bus and killed 28 passengers": a place or vehicle of civilians seized is how the people in
        # it were taken, and the killing of them is the act)
        return k_obj is not None and o_obj is not None and "PRON" not in (k_obj.pos_, o_obj.pos_) \
            and not _share_of_them(k_obj) and o_obj.lemma_.lower() not in sites
    if other.sub in (SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubType.GOVERNMENT_REGAINS_TERRITORY):
        # "overran a string of villages, killing 190 civilians": civilians killed as a place was taken are an
        # attack on them beside the taking (ACLED codes both); the capture carries no toll of theirs. Only people
        # named as civilians (words/civilian_victim_words): "killing 12 people" may be the defenders.
        return k_obj is not None and any(t.lemma_.lower() in civilians for t in k_obj.subtree)
    if other.sub == SubType.LOOTING_PROPERTY_DESTRUCTION:
        # "killed nine villagers and burned 30 houses", "having killed nine civilians, the attackers set fire to
        # the granaries": each verb its own object, each a deed (EVENTS.md: one event per sub-type); not "set
        # fire to a bus, burning 23 passengers to death", a killing told as what the burning did.
        if bare_participle(k_verb) and k_verb.head.i == o_verb.i \
                or bare_participle(o_verb) and o_verb.head.i == k_verb.i:
            return False
        return k_obj is not None and k_obj.dep_ == "dobj" and o_obj is not None \
            and "PRON" not in (k_obj.pos_, o_obj.pos_)
    return False


def _told_beside(verb: Token, main: Token, beside: frozenset[str]) -> bool:
    """Is `verb` a clause hung on `main` (or on a verb `main` is a conjunct of) by a subordinator of another act
    ("while", "whereas"), with a subject of its own that is no pronoun?"""
    if verb.dep_ != "advcl" or verb.i == main.i:
        return False
    heads = {main.i}
    t = main
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
        heads.add(t.i)
    return verb.head.i in heads and any(m.dep_ == "mark" and m.lower_ in beside for m in verb.children) \
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children)


def _share_of_them(obj: Token) -> bool:
    """Is the object a part of people named by a pronoun ("12 of them", "most of them")?"""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.pos_ == "PRON" for o in p.children)
               for p in obj.children)


def bare_participle(verb: Token) -> bool:
    """Is the verb a present participle hung on the clause before it ("attacked the village, torching houses",
    "set fire to a bus, burning 23 passengers to death"): how or with what result that clause's act was done?
    Not a perfect participle ("having killed nine civilians, they set fire ...") nor one under a preposition
    ("after looting the market"): those tell a deed of their own."""
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head  # ("..., killing 18 people and torching dozens of homes")
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") \
        and not any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


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
    triggered = trigger_tokens(sent.doc)
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


CRACKDOWN_SENTENCES = 2  # a toll town by town follows the crackdown it breaks down within two sentences


def _crackdown_told_before(st: Stages, head) -> bool:
    """"Security forces fired on protesters in several towns, killing 12. Seven people were killed in Deraa and two
    in Homs": people killed with no doer, no weapon and no crowd in their own sentence, right after a sentence that
    told protesters killed or fired on, are that crackdown's dead town by town (excessive force), not an attack on
    civilians by someone unnamed. (Not after a sentence of killings with no crowd: "Gunmen raided a village,
    killing 11. Two people were killed in Damboa" stays an attack; nor after tear gas fired at a march, whose
    dead are that intervention's toll.)"""
    # the sentences right before, walked back from this one (not the whole article's sentences for every act)
    before, start = [], head.sent.start
    while start > 0 and len(before) < CRACKDOWN_SENTENCES:
        before.append(head.doc[start - 1].sent)
        start = before[-1].start
    control = st.words.lower("crowd_control_means")
    crowd, fire = st.args.PROTEST_CONTEXT | st.args._PROTESTERS, st.words.lower("crowd_fire_lemmas")
    for s in before:
        lemmas = {t.lemma_.lower() for t in s}
        if not lemmas & crowd:
            continue
        # (firing tear gas or rubber bullets is an intervention: the dead told next are its toll, one record)
        hits = [t for t in s if t.lemma_.lower() in st.toll_lemmas
                or t.lemma_.lower() in fire and not lemmas & control]
        # the killing or firing (or the verb it hangs on: "opened fire on protesters, killing three") must reach the
        # crowd, not be another killing the marchers speak of ("marched to demand justice for two men killed by police")
        if any(x.lemma_.lower() in crowd for t in hits for x in (*t.subtree, *t.head.subtree)):
            return True
    return False


def _killed_by_the_act(st: Stages, head) -> str:
    """Who the attack noun's own verb of killing hit ("an attack on a convoy killed nine soldiers and left 30
    civilian drivers missing": soldiers, armed): an act noun that is the subject of a killing verb is told by whom
    that verb killed, before any victim word elsewhere in the sentence, which may be another act's
    (subtype.victims.killed_by_act). '' when it is no killing's subject or the killed are not told."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        # "jihadists killed seven VDP volunteers and three civilians in an attack near X": the noun is how the verb
        # above it killed, so its victims are that verb's.
        verb = verb.head
    elif head.dep_ != "nsubj":
        return ""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in st.args.KILL_LEMMAS:
        return ""
    return st.args.victims(verb)


def _labour_strike_again(st: Stages, head, words: set[str]) -> bool:
    """Is "the strike" a workers' strike told before in the article ("striking teachers", "a general strike",
    "went on strike"; words/labour_strike_words), with no aircraft, weapon or armed word in its own sentence?"""
    if head.lemma_.lower() != st.strike_lemma or head.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in st.words.lower("definite_determiners") or c.dep_ == "poss"
            for c in head.children):  # ("the strike", "their strike")
        return False
    if (words - {head.lemma_.lower(), head.lower_}) & (st.args.AIR_WORDS | st.args.WEAPON_WORDS | st.args.ARMED_WORDS):
        return False  # (the trigger's own word aside: "strike" is a weapon word)
    return any(st.labour_strike(t) for t in head.doc[:head.sent.start])


def _armed_side_named_hit(st: Stages, head, others, a2: Mention | None) -> bool:
    """Is the act's other side an armed actor the table knows (no generic noun guessed to be one), named inside
    what the act hit ("a convoy of volunteers for the defence of the homeland (VDP)")?"""
    if a2 is None or a2.value.kind in UNARMED_KINDS or a2.extra.get("generic"):
        return False
    # (any word of the name: the parse may hang its last words on the verb)
    named = head.doc.char_span(a2.start, a2.end, alignment_mode=ALIGN)
    words = [a2.token] if named is None else list(named)
    sites = st.words.lower("civilian_sites")
    if any(t.dep_ == "compound" and t.head not in words and t.head.lemma_.lower() in sites for t in words):
        return False  # "the Federal Government College": the name of a place of civilians, not the side
    return any(governed(o, t) for o in st.args.victim_objects(head, others) for t in words)


def _sub_and_rule(st: Stages, trig: Trigger, head, words: set[str], a1, a2, actors, place,
                  act_words: set[str], others=()) -> tuple[str | None, str]:
    """The sub-type and the rule that decided it. `act_words` are the words about the act itself: an attack's or
    a killing's weapon is read there, not in a clause that describes its target."""
    sub = trig.sub
    if sub == STRIKE_CLASS:
        if _labour_strike_again(st, head, words):
            # "Striking health workers marched ... The strike, now in its second week, has shut hospitals": the
            # workers' strike told again, no bombing.
            return None, "drop.no_subtype"
        # "strikes", "raids", "bombardment" are air strikes unless the sentence names guns, rockets or bombs.
        if _weapon_sub(st, words) == SubType.SUICIDE_BOMB:
            return SubType.SUICIDE_BOMB, "subtype.strike.suicide"
        if words & st.args.EXPLOSIVE_WORDS and not words & st.args.AIR_WORDS:
            return SubType.REMOTE_EXPLOSIVE_LANDMINE_IED, "subtype.strike.explosive"
        if not words & st.args.AIR_WORDS and _non_state_doer(st, head, a1):
            # "Separatists bombarded Bamenda": an armed group with no aircraft word fires from the ground.
            return SubType.SHELLING_ARTILLERY_MISSILE_ATTACK, "subtype.strike.non_state"
        if not words & (st.args.AIR_WORDS | st.args.GROUND_FIRE_WORDS | st.args.SMALL_ARMS) \
                and GROUND_CONTEXT in words and a1 is None:
            # "Missiles slammed into a school in Azaz. Bombs also hit a shelter south of the town": a strike told
            # with no weapon and no doer of its own, right after a shelling or missile strike, is of that kind.
            return SubType.SHELLING_ARTILLERY_MISSILE_ATTACK, "subtype.strike.as_last"
        if words & st.args.AIR_WORDS or not words & (st.args.GROUND_FIRE_WORDS | st.args.SMALL_ARMS):
            return SubType.AIR_DRONE_STRIKE, "subtype.strike.air"
        return SubType.SHELLING_ARTILLERY_MISSILE_ATTACK, "subtype.strike.ground"
    if sub == ATTACK_CLASS:
        # "jets attacked the village": an attack told with its weapon is that kind of strike.
        weapon = _weapon_sub(st, act_words)
        if weapon in ASSAULT_WEAPON_SUBS and act_words & st.args.SMALL_ARMS:
            # "attacked the police station with rifles and explosives": an assault fought with small arms and
            # heavier arms too is an assault (who it hit decides), not a strike from afar.
            weapon, why = None, "subtype.weapons_of_assault"
        else:
            why = ""
        if weapon:
            return weapon, "subtype.weapon"
        if st.args.status_told_after(head, others) == ARMED_STATUS:
            # "attacked Kirkuk, killing 80 people, most of them members of the security forces": who they were,
            # told after the words that named them, is armed: a fight.
            return SubType.ARMED_CLASH, "subtype.victims.told_after"
        victim = st.args.victims(head, others)
        if not victim and _rescued(st, head):
            # "stormed a bandit camp and rescued 12 abducted farmers": the people freed are not the raid's victims.
            why = why or "subtype.rescued_not_victims"
        elif not victim:
            victim = _killed_by_the_act(st, head)
            if victim == "armed":
                why = why or "subtype.victims.killed_by_act"
            if not victim and _pronoun_of_armed(st, head, others):
                victim, why = "armed", why or "subtype.victims.pronoun_antecedent"
            victim = victim or _sentence_victims(st, words)
        if victim == CIVILIAN_KIND and _armed_side_named_hit(st, head, others, a2):
            # "attacked a convoy of volunteers of the VDP": the people hit are named as an armed side's, whatever
            # their noun says.
            victim = "armed"
        if victim == PROTESTER_KIND and _crowd_on_protesters(st, head, a1):
            # "supporters of the ruling party attacked the protesters with sticks": one crowd set upon another,
            # no force nor armed group (ACLED's mob violence).
            return SubType.MOB_VIOLENCE, "subtype.victims.protesters_by_crowd"
        if victim == PROTESTER_KIND and _armed_on_protesters(st, head, a1):
            # "gunmen opened fire on the protesters": armed men, no force of a state, attacking civilians out in
            # protest (ACLED's attack, the protesters its victims).
            return SubType.ATTACK, "subtype.victims.protesters_by_armed"
        if victim == PROTESTER_KIND:
            # "soldiers opened fire on a march": force against the crowd, not a battle nor an attack on civilians.
            return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.protesters"
        if victim in (CIVILIAN_KIND, "") and _crowd_fired_on_by_state(st, head, others, a1):
            return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.crowd_by_state"
        if victim == CIVILIAN_KIND:
            return SubType.ATTACK, "subtype.victims.civilian"
        armed = [m for m in actors if m.value.kind not in (CIVILIAN_KIND, PROTESTER_KIND, RIOTER_KIND)]
        # Who reports the act is no armed side at a place of civilians: "police said gunmen attacked the village".
        fighting = [m for m in armed if not st.args.reports(m)]
        sites = st.civilian_sites
        if not victim and not any(a1 is None or m.value != a1.value for m in fighting) \
                and not words & st.words.lower("resistance_words") \
                and any(n.lemma_.lower() in sites for o in st.args.victim_objects(head, others)
                        for n in _target_nouns(o)):
            # "Gunmen attacked a school", "stormed a church", "attacked Kuru, a village near Jos", "attacked a
            # wedding party", "a convoy of aid trucks": a place or a gathering of civilians with nobody armed to
            # fight.
            return SubType.ATTACK, "subtype.victims.civilian_site"
        if not victim and (_toll_of(st, head) or _toll_told_after(st, head)) \
                and not any(a1 is None or m.value != a1.value for m in fighting):
            # "the death toll from Sunday's attack in X rose to 27", "the attack by the ADF was in February, leaving
            # 23 dead": an attack known by its dead, no armed side but its doers named in it or around it, was one
            # on people, not a fight (nobody is told fighting back).
            return SubType.ATTACK, "subtype.toll_of_attack"
        return (SubType.ARMED_CLASH if armed or victim == "armed" else None), why or "subtype.victims.armed"
    if sub == KILL_CLASS:
        # "14 people were killed when missiles hit a school": the killing is told with its weapon.
        weapon = _weapon_sub(st, act_words)
        if weapon in ASSAULT_WEAPON_SUBS and act_words & st.args.SMALL_ARMS:
            # "attacked a bus with rockets and rifles, killing 12 passengers": a killing by men who fought with
            # small arms and heavier arms too is an assault (who it hit decides), as for an attack.
            weapon = None
        if weapon:
            return weapon, "subtype.weapon"
        if st.args.status_told_after(head, others) == ARMED_STATUS:
            return SubType.ARMED_CLASH, "subtype.victims.told_after"  # "killed 20 people, most of them gendarmes"
        victim = st.args.victims(head, others)
        if victim == PROTESTER_KIND:
            return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.protesters"
        if victim == CIVILIAN_KIND:
            # People killed "in one of the bloodiest days of protests" were protesters.
            if words & st.args.PROTEST_CONTEXT and not st.args.protest_only_related(head, others):
                if _group_deed_beside_crowd(st, head):
                    return SubType.ATTACK, "subtype.victims.group_deed"
                return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.protesters"
            if _crowd_fired_on_by_state(st, head, others, a1):
                return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.crowd_by_state"
            if a1 is None and _crackdown_told_before(st, head):
                return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.crackdown_told_before"
            return SubType.ATTACK, "subtype.victims.civilian"
        if _done_by_crowd(st, head) and (a1 is None or a1.value.kind in UNARMED_KINDS
                                         or _named_by_site(a1.value, actors)):
            # "residents stoned and burned to death two suspected gang members": people of a place killing, no
            # armed group, are a mob (ACLED's mob violence), whoever they killed; a force named only by a site
            # ("dragged him out of a police station and killed him") is not who killed.
            return SubType.MOB_VIOLENCE, "subtype.killed_by_crowd"
        if victim == "armed":
            return SubType.ARMED_CLASH, "subtype.victims.armed"
        if not victim and _participle_on_armed(st, head):
            return SubType.ARMED_CLASH, "subtype.victims.participle_noun"
        if _crowd_fired_on_by_state(st, head, others, a1):
            return SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "subtype.victims.crowd_by_state"
        if a1 is not None and st.actors.role_of(a1.value) == UNIDENTIFIED_ROLE and not words & st.args.ARMED_VICTIMS:
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
        if head.lemma_.lower() in st.words.lower("finding_verbs") and words & st.words.lower("grave_words") \
                and not words & st.args.ARMED_VICTIMS:
            # "Residents discovered a mass grave holding 30 bodies": the dead found in a grave, nobody calls them
            # armed and the finder did not kill them: people killed by someone (an attack on civilians). Bodies
            # found with no grave may be a toll told again or the dead of a fire.
            return SubType.ATTACK, "subtype.bodies_found"
        if not victim and st.args.named_person(head, others) and not words & st.args.ARMED_VICTIMS \
                and (a1 is None or a1.value.kind not in UNARMED_KINDS):
            # "Ahmed Salim was shot dead outside his home": one person killed, told by name, nobody calls armed
            # and no crowd did it: an attack on a civilian (ACLED codes killings of named people so).
            return SubType.ATTACK, "subtype.victims.named_person"
        return None, "drop.no_subtype"
    if sub == DETAIN_CLASS:
        # "Troops captured a rebel commander": a state's forces holding a person is an arrest (ACLED); anyone
        # else taking one is an abduction.
        if a1 is not None and a1.value.kind in GENERIC_STATE_KINDS:
            return SubType.ARRESTS, "subtype.detain.state"
        return SubType.ABDUCTION_FORCED_DISAPPEARANCE, "subtype.detain.non_state"
    if sub == TERRITORY_CLASS:
        if head.dep_ in ("xcomp", "acl") and head.head.lemma_.lower() in st.attempt:
            trying = head.head
            if trying.pos_ == "NOUN" and trying.dep_ == "pobj" and trying.head.head.pos_ == "VERB" \
                    and trying.head.head.lemma_.lower() in st.words.lower("preparation_verbs"):
                # "are massing around X in an attempt to retake it": the aim of forces moved or readied, a
                # purpose; troop movements are no events (EVENTS.md)
                return None, "modality.purpose"
            if trying.lemma_.lower() in st.words.lower("wish_attempt_verbs") and (
                    trying.tag_ in ("VBZ", "VBP") or trying.tag_ == "VBG" and any(
                        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in trying.children)):
                # "Syrian troops seek to retake the province", "are seeking to capture the airport": an aim told
                # in the present, no fight told (a past "sought to retake the port" was fought for)
                return None, "modality.purpose"
            # "Troops tried to retake the port": a place fought for, not taken (ACLED: an armed clash).
            return SubType.ARMED_CLASH, "subtype.territory.attempt"
        report = next((a for a in head.ancestors if a.pos_ == "VERB"
                       and a.lemma_.lower() in st.modality.reporting_verbs), None)
        if report is not None and st.modality.claim_denied(report) is not None:
            # "said its fighters had overrun the camp, a claim the army denied": fought for, not taken as told.
            return SubType.ARMED_CLASH, "subtype.territory.claim_denied"
        if trig.subject_loses and men_lost(st, head):
            # "the militia lost 30 fighters": a side's toll, the fight told again, no ground given up.
            return SubType.ARMED_CLASH, "subtype.territory.men_lost"
        if _named_person_seized(st, head):
            # "militants captured Ahmed Saleh, a local council member", "seized Father John Obi near X": a person
            # taken by name, not a place (an arrest by a state's forces, an abduction by anyone else).
            if a1 is not None and a1.value.kind in GENERIC_STATE_KINDS:
                return SubType.ARRESTS, "subtype.territory.person_seized"
            return SubType.ABDUCTION_FORCED_DISAPPEARANCE, "subtype.territory.person_seized"
        if pushed_out(st, head) or driven_off(st, head):
            # "entered parts of the town before being pushed out", "attacked a police post and were driven off":
            # the place did not change hands (an armed clash).
            return SubType.ARMED_CLASH, "subtype.territory.repulsed"
        if left_again(st, head):
            # "briefly entered Damboa, exchanging fire with soldiers, before retreating": a raid, the place kept.
            return SubType.ARMED_CLASH, "subtype.territory.left_again"
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
    if sub == SubType.MOB_VIOLENCE and _armed_subjects(st, _went_on(head)):
        # "Rebels went on a rampage in villages near Beni, killing eight": armed men, no crowd, on a rampage are
        # told by their acts (the killing, the abductions), not as a mob. (Settlers or youths on a rampage, no
        # armed men's noun, are a mob.)
        return None, "drop.no_subtype"
    if sub == SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS and not words & st.args.PROTEST_CONTEXT \
            and _armed_on_protesters(st, head, a1):
        # "gunmen opened fire on a crowd watching a football match": armed men, no state's force, firing on a
        # crowd the sentence tells of no protest attack civilians (ACLED).
        return SubType.ATTACK, "subtype.victims.protesters_by_armed"
    return sub, "subtype.trigger"


def pushed_out(st: Stages, head) -> bool:
    """Is the taking told by `head` undone in its own sentence by a passive clause of forcing out on its verb
    ("before being pushed out", "but were driven out by troops"), with no date of its own (a town "retaken two
    weeks later" was taken, then lost)?"""
    w = st.words
    when = w.lower("weekdays") | w.lower("months") | w.lower("span_units")
    return any(c.dep_ in ("advcl", "conj", "pcomp") and c.lemma_.lower() in st.expulsion
               and any(a.dep_ == "auxpass" for a in c.children)
               and not any(t.lower_ in when or t.lemma_.lower() + "s" in when for t in c.subtree)
               for c in (*head.children, *(g for p in head.children if p.dep_ == "prep" for g in p.children)))


def left_again(st: Stages, head) -> bool:
    """Is the taking told by `head` followed in its own sentence by its taker going back of its own accord, in a
    clause with no subject nor date of its own on its verb ("briefly entered X, exchanging fire with soldiers,
    before retreating into the bush", "stormed the town and withdrew at nightfall"; words/retreat_verbs.txt)? A
    raid: the place did not change hands."""
    w = st.words
    when = w.lower("weekdays") | w.lower("months") | w.lower("span_units")
    back = w.lower("retreat_verbs")
    # (on the verb, or on a participle clause of it: "entered X, exchanging fire ..., before retreating")
    verbs = [head, *(c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
    return any(c.dep_ in ("advcl", "conj", "pcomp") and c.lemma_.lower() in back
               and not any(a.dep_ in ("nsubj", "nsubjpass", "auxpass") for a in c.children)
               and not any(t.lower_ in when or t.lemma_.lower() + "s" in when for t in c.subtree)
               and not _left_elsewhere(head, c, w.lower("left_place_prepositions"))
               for v in verbs
               for c in (*v.children, *(g for p in v.children if p.dep_ == "prep" for g in p.children)))


def _left_elsewhere(head, retreat, away: frozenset[str]) -> bool:
    """Does the retreat name a place left other than the one taken ("captured X and withdrew from the nearby town of
    Y", "... and abandoned Y"): a name in its "from" phrase (words/left_place_prepositions) or its object that the
    taking's objects do not hold? The taker left another place, not the one it took."""
    taken = {t.lower_ for c in head.children if c.dep_ in ("dobj", "prep") for t in c.subtree}
    left = [t for c in retreat.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in away
            for t in c.subtree]
    return any(t.pos_ == "PROPN" and t.lower_ not in taken for t in left)


def driven_off(st: Stages, head) -> bool:
    """Is `head` a passive verb of forcing out with a particle of repulsion ("the gunmen were driven off", "were
    beaten back"; words/expulsion_verbs.txt, words/repulsion_particles.txt)? Its subject's attack failed."""
    back = st.words.lower("repulsion_particles")
    return head.lemma_.lower() in st.expulsion and any(c.dep_ == "auxpass" for c in head.children) \
        and any(c.dep_ == "prt" and c.lower_ in back for c in head.children)


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


def _armed_noun(st: Stages, noun) -> bool:
    """Is the noun armed people or an armed unit or post ("soldiers", "the patrol", "an army convoy", "a police
    truck"): an armed word itself, or a target or vehicle named by one?"""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.lower()
    return lemma in st.args.ARMED_VICTIMS | st.args.ARMED_TARGETS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in st.args.ARMED_WORDS for c in noun.children)


def _pronoun_of_armed(st: Stages, head, others=()) -> bool:
    """Is what the attack was done to a pronoun ("it", "they") that stands for armed people or a unit told before
    it in the sentence as a subject ("the patrol was returning from a mission when it was attacked", "an army
    convoy was travelling to X when it was ambushed")? (subtype.victims.pronoun_antecedent)"""
    pronouns = st.words.lower("unit_pronouns")
    if not any(o.lower_ in pronouns for o in st.args.victim_objects(head, others)):
        return False
    # The antecedent is the subject of the clause the act's clause hangs on ("returning ... when it was attacked"),
    # never the act's own doers ("soldiers opened fire on them": who "them" are was told before).
    verb = clause_verb(head)
    if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return False
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_armed_noun(st, t) for t in subjects)


def _participle_on_armed(st: Stages, head) -> bool:
    """Is the killing a past participle on the armed people it was done to ("the bodies of soldiers killed in
    Saturday's fight", "six policemen killed in X on Sunday"): who died are the noun it describes, a fight's
    dead? (subtype.victims.participle_noun)"""
    noun = head.head
    if noun.dep_ == "attr" or noun.dep_ == "pobj" and noun.head.lower_ in st.words.lower("likeness_prepositions"):
        # "passed them off as guerrillas killed in combat", "saying the dead were fighters killed in combat": what
        # people were called or said to be, no fight told
        return False
    return head.dep_ == "acl" and head.tag_ == "VBN" and _armed_noun(st, noun) \
        and noun.lemma_.lower() not in st.args.ARMED_TARGETS


def _target_nouns(target) -> list:
    """The nouns that say what an attack's target is: the target, its apposition ("Kuru, a village near Jos"),
    the nouns it is named by ("a wedding party", "an aid convoy") and its "of" phrase with those ("a convoy of aid
    trucks")."""
    out = [target, *(c for c in target.children if c.dep_ in ("appos", "compound"))]
    for p in target.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in p.children:
                if g.dep_ == "pobj":
                    out += [g, *(c for c in g.children if c.dep_ == "compound")]
    return out


def _toll_of(st: Stages, head) -> bool:
    """Is the act noun what a toll is of ("the death toll from Sunday's attack", "the number of people killed in
    the attack")? The head of the phrase its preposition hangs on is a toll noun."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    holder = head.head.head
    tolls = st.words.lower("toll_nouns")
    if holder.pos_ in ("VERB", "AUX"):
        # "put the death toll from the clashes at 55": the parse may hang the phrase on the verb whose object is
        # the toll.
        holder = next((c for c in holder.children if c.dep_ in ("dobj", "nsubjpass") and c.i < head.i), holder)
    return holder.lemma_.lower() in tolls or any(c.dep_ == "compound" and c.lemma_.lower() in tolls
                                                 for c in holder.children)


def _toll_told_after(st: Stages, head) -> bool:
    """Is the act noun the subject of a clause that ends in its toll ("the last attack by the ADF was in February,
    leaving 23 dead in Mambasa"): a participle of words/toll_participles on the subject's verb?"""
    if head.pos_ != "NOUN" or head.dep_ != "nsubj":
        return False
    tolls = st.words.lower("toll_participles")
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in tolls
               for c in head.head.children)


def _person_taken(st: Stages, head) -> bool:
    """Is what the verb takes a person, not a place ("militiamen led a teacher away from his house in X", "kidnapped
    30 pupils and drove them to a forest camp")? "them" is people when the verb it is joined to acted on people."""
    # (the dead too: "the bodies were taken to X", moved there, no ground taken)
    people = st.words.lower("people_words") | st.words.lower("person_nouns") | st.words.lower("body_words")
    pronouns = st.words.lower("person_pronouns")
    # "the father, who was seized"; fighters too when a relative clause took them ("soldiers they had captured":
    # captives, no ground), not when a verb drives them out ("drove the troops out of X" takes X).
    if any(p.lemma_.lower() in people | st.args.ARMED_VICTIMS for p in relative_patients(head)):
        return True
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.lemma_.lower() in people:
        return True  # "17 farmers taken from their fields near X": the participle's noun is who was taken
    patients = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not patients and head.dep_ == "conj":
        # "300 people were detained ... and taken to a holding area at the stadium": a joined verb with no patient
        # of its own acts on its partner's (the parse may hang it on a word of the partner's clause: "detained
        # ..., most of them young men, and taken").
        partner = head.head if head.head.pos_ in ("VERB", "AUX") else head.head.head
        patients = [c for c in partner.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.lemma_.lower() in st.words.lower("carrying_verbs") and not any(c.dep_ == "prt" for c in head.children) \
            and any(c.dep_ == "prep" and c.lower_ in st.words.lower("carried_to_prepositions")
                    and any(g.dep_ == "pobj" for g in c.children) for c in head.children):
        return True  # "they had been taken to the security branch": what is taken somewhere is moved, not a place
    taken = [*patients, *(c for p in patients for c in p.conjuncts)]
    # ("captured 12 suspected fighters in a raid on a village near X": fighters taken in an operation too)
    fights = st.words.lower("fight_nouns") | st.words.lower("operation_nouns")
    if taken and all(t.pos_ == "NOUN" and t.lemma_.lower() in st.args.ARMED_VICTIMS for t in taken) and any(
            t.lemma_.lower() in fights and t.i != head.i for t in head.subtree):
        # "rebels captured a soldier in fighting at X": fighters taken in a fight the clause tells; the fight is
        # the act, no ground taken.
        return True
    for p in patients:
        if p.lemma_.lower() in people:
            return True
        if p.lower_ in pronouns and ("Plur" not in p.morph.get("Number") or head.dep_ == "conj" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in people for c in head.head.children)):
            return True  # "him", "her"; "them" when the verb it is joined to acted on people
    return False


def _ground_not_taken(st: Stages, head) -> bool:
    """drop.not_ground: is what the taking verb takes no ground ("seized the initiative", "took the lead"; words/
    ungrounded_objects), nor a part of one ("a third of Nigeria's fuel market"; also words/ungrounded_wholes)?"""
    ungrounded = st.words.lower("ungrounded_objects")
    as_whole = ungrounded | st.words.lower("ungrounded_wholes")  # ("the market" taken whole is a place)
    for obj in (c for c in head.children if c.dep_ in ("dobj", "nsubjpass")):
        # the object, or the whole its part is of ("a third of the market", "40 percent of the vote")
        wholes = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"]
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in ungrounded or any(
                w.pos_ == "NOUN" and w.lemma_.lower() in as_whole for w in wholes):
            return True
    return False


def men_lost(st: Stages, head) -> bool:
    """Is what a losing verb loses its own people ("the militia lost 30 fighters", "lost dozens of men"): a toll
    told from the loser's side, not ground given up?"""
    people = st.words.lower("people_words") | st.words.lower("person_nouns") | st.args.ARMED_VICTIMS
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        # "dozens of men", "some of its soldiers": the counted people under "of"
        nouns = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                        if g.dep_ == "pobj")]
        if any(n.lemma_.lower() in people and n.pos_ == "NOUN" for n in nouns):
            return True
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


def _rescued(st: Stages, head: Token) -> bool:
    """Is the act's verb, or a verb joined to it ("stormed a camp and rescued 12 farmers"), one of freeing people?
    Only verbs: "Free Syrian Army fighters attacked" names a group, no rescue."""
    rescue = st.words.lower("freeing_verbs")
    return any(v.pos_ == "VERB" and (v.lemma_.lower() in rescue or v.lower_ in rescue)
               for v in (head, *head.conjuncts))


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


def _named_person_seized(st: Stages, head) -> bool:
    """Is what a taking verb takes a person by name: a proper name with a title before it ("Father John Obi",
    words/person_titles) or a person's noun in apposition ("Ahmed Saleh, a local council member")?"""
    people = st.words.lower("people_words") | st.words.lower("captive_nouns")
    titles = st.words.lower("person_titles")
    for obj in (c for c in head.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.pos_ != "PROPN":
            continue
        if any(c.dep_ == "compound" and c.lower_.rstrip(".") in titles for c in obj.children) or any(
                c.dep_ == "appos" and c.lemma_.lower() in people for c in obj.children):
            return True
    return False
