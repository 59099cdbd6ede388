"""Modality: does the sentence report the act as having happened?

Plans, aims, threats, predictions, conditionals, speculation, negation and denied acts are not events
(shared/spec/EVENTS.md, "What counts as an event"). Dated background history is: nothing here rejects
the past. The checks read spaCy's dependency parse around the trigger's head word.

Each check is a named rule; `Modality.verdict` says which rule decided (its id, e.g. "modality.negated"), so
`frontlog explain` can tell why a candidate was dropped. The words the rules use are word classes of the
KnowledgeBase (modal_verbs, irrealis_verbs, irrealis_nouns, irrealis_modifiers, speculation_adverbs,
reporting_verbs, condition_markers, fact_before_infinitive_verbs, judgement_verbs, back_reference_determiners,
relating_verbs, irrealis_reach_deps, share_words, likeness_adjectives, ending_verbs, deal_making_verbs, deal_words,
attempt_verbs, temporal_prepositions, presupposing_prepositions, frame_prepositions, past_clause_markers,
negating_prepositions, reason_subordinators, practice_verbs, practice_prepositions, placement_verbs, falsity_words,
negative_pronouns, held_participles, anyone_pronouns, disposition_words, record_verbs, outcome_verbs, long_span_units,
practice_span_units, legal_state_nouns,
span_prepositions, inclusion_prepositions: see their headers in knowledge/data/words).

Rule ids (a rejection names the first rule that fired; an acceptance names why it stands):
  modality.question     "Is there a truce?", "Did the army shell X?": a yes/no question asks, it reports nothing
  modality.quoted_scene "They shoot at us", "they were burning houses" in quotation marks: a scene the speaker
                        paints, in the present or the progressive, not a dated act
  modality.slogan       "chanting \"Death to rioters\"": an act word in quoted words a verb of chanting governs is a
                        slogan, no act
  modality.sound_of_act "shelling and explosions", "explosions from air raids", "explosions were heard after missiles
                        struck": an explosion the sentence ties to another act is its sound, no bombing of its own
  modality.deal_terms   "the agreement provides for the withdrawal of fighters": a deal told before, retold by its
                        terms, no second agreement
  modality.describes    a present-tense relative clause describes, it does not report ("a militia that recruits");
                        "troops fighting in the Tigray region killed ...": who the fighters are, no clash; "the
                        group says it fights for the poor": its cause, no clash
  modality.discussed    the act is the subject of a present-tense judgement ("the capture of X means...")
  modality.negated      "not", "never", "no clashes", "no civilians were killed", "arrested nobody"
  modality.rather_than  "blew up the depot rather than surrender it", "instead of hand it over": a verb right after
                        a two-word negating preposition is the act not chosen, whatever the parse hangs it on
  modality.harm_denied_beside "nobody was hurt when soldiers burned the houses": the subject denies the harm,
                        not the act in the clause on it
  modality.modal        "could retake", "will storm"
  modality.conditional  "if the rebels capture the hill"
  modality.refers_back  "this attack": an act already told; "similar ambushes" (a plural): acts of its kind; "The
                        capture opened the way for ...": what an act told before brought
  modality.share        "most of the strikes", "half of the raids": a share of many acts, a statistic
  modality.accused_practice "rights groups accuse the army of killing civilians", "it stands accused of abducting
                        dozens of activists", "have been accused of massacres and rapes in Tigray": an accusation in
                        the present of acts on a bare plural (or of bare plural act nouns), with no time told, charges
                        a way of acting, no one act
  modality.disposition  "the ADF, known for massacring villagers", "remains capable of striking the capital": what
                        a side is like, a reputation or a capability, no act (a dated act stays)
  modality.catalogued   "the report documented killings and rapes across X", "a war marked by massacres": a bare act
                        noun recorded or characterising, in a sentence with no time, is a kind of act, no act told
  modality.war_long     "has fought to topple the government for two decades", "have burned schools and killed
                        soldiers since ... 2017": a present-perfect act over years, a war verb with no place or a bare
                        plural object: a war or a way of fighting told whole, no one act
  modality.practice     "has resorted to aerial bombardments", "turned to roadside bombs", "have battled for the
                        capital through killings and kidnappings": a way of fighting taken up or used, many acts
                        told as a practice, not one act
  modality.weapons_in_place "mines planted around the villages have slowed the advance": devices told as lying
                        in place in a present clause are a state of affairs, no explosion
  modality.ended        "the truce collapsed", "the ceasefire broke down", "after the talks and a truce ended", "called
                        off the truce": an agreement told as ended, not made
  modality.deal_sought  "despite attempts to secure a ceasefire", "tries to forge a peace deal": an agreement tried
                        for, not made (attempt_verbs)
  modality.lasting      "the ceasefire held for a fourth day", "the truce is holding": an agreement told as lasting
                        was made before; its lasting is no new agreement (lasting_verbs)
  modality.framework    "pulled out under a deal brokered by Angola": a deal named as the frame of another act,
                        not told as made here
  modality.commemorated "the tenth anniversary of the siege": an act named as what a date marks, not told here
  modality.legal_state  "declared a state of siege in North Kivu": an act noun naming a legal regime
                        (legal_state_nouns), no act
  modality.state_of_people "relatives of detained activists": a participle of holding before the people it names
                        tells what they are, no arrest (held_participles)
  modality.whoever      "targeting anyone who protested": an act in a clause on "anyone", "everyone" says who the
                        people are (anyone_pronouns)
  modality.speculative  "an imminent assault", "possibly took", "a ceasefire was close"
  modality.purpose      "went west to take X" (a to-infinitive after a verb that does not make it a fact)
  modality.denied       told inside the subject of a predicate that calls it false ("reports of a massacre in X
                        were fabricated", "claims that police shot protesters are untrue")
  modality.plan         governed by a verb of plan, threat, fear, denial ("aims to recapture", "denied shelling")
  modality.plan_noun    governed by such a noun ("plans for an attack", "fears of a massacre")
  modality.charged      what people are charged with, convicted of or sentenced for ("sentenced for their part in
                        a coup attempt", "on suspicion of arson", "those held are accused of attacks", "arrested
                        17 people it accused of attacking troops"): a charge,
                        not an act told (an accusation of a named side, "Kyiv accused Russia of shelling X", stays);
                        but an act followed in its sentence by a date with a year ("charged over the killing of 120
                        civilians near X between 2007 and 2008") is history told as fact (modality.charged_dated)
  modality.judged       an act told as a participle on the people a court judged ("acquitted two men arrested
                        after the attack"): the trial's background
  modality.reported     accepted: the act is what a reporting verb relays ("X said rebels took Y")
  modality.claimed_past accepted: a claim of a past act ("the army claims to have recaptured X"): a report
  modality.since_undated "Since it seized power, ...", "since seizing the town": an act told as the start of a
                        state, with no date of its own, is named as known, not told (a dated one stays)
  modality.reason_clause accepted: an act in a clause of reason ("cannot return because rebels burned their houses";
                        reason_subordinators): asserted, whatever the main clause's modal or negation
  modality.past_anchor  accepted: a past act told as the time of another ("he would withdraw the bill after
                        protesters stormed parliament"): it happened, whatever the main clause says
  modality.participle_of_act accepted: a participle of a real act hung under a purpose ("fighting to reopen
                        the road, firing mortars"): the firing happened, only the reopening is a purpose
  modality.dated_noun    accepted: a definite act noun dated in its own phrase ("gathered to mark the 1995 massacre",
                        "aims to avenge the 2016 siege of Cizre"): it names a past act, whatever governs it
  modality.relative_past accepted: a past act told in a relative clause ("asked the Houthis, who seized Sanaa in
                        2014, for news"): the clause asserts it, whatever the clause it hangs on says
  modality.fact         accepted: no rule rejected it
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from frontlog.extract.arguments import compound_head, text_of
from frontlog.extract.components import PLACES, TIMES, found
from frontlog.extract.dates import TimeKind
from frontlog.extract.nlp import PUBLISHED
from frontlog.knowledge.gazetteer import ADMIN1_KIND, COUNTRY_KIND

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from frontlog.knowledge.base import KnowledgeBase

# Dependencies through which an irrealis noun governs the trigger ("the aim of relieving": pobj/prep).
_NOUN_GOVERNS = ("pobj", "prep", "acl", "compound", "dobj")
# Dependencies of a noun trigger on the verb whose clause it belongs to ("launched an attack").
_OWN_CLAUSE = ("dobj", "nsubj", "nsubjpass", "attr")
_PRESENT = ("VBZ", "VBP")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Dependencies no verb takes: a "verb" there is a noun the parse misread ("denied reports that ...").
_NOUN_SLOTS = ("dobj", "pobj")
_MAX_CLIMB = 8  # how many heads above the trigger the climb looks at
# Time expressions that date an act ("in 2014", "last week", "for 3 years", "since May"; not "until", "next May").
_WHEN_KINDS = (TimeKind.EXPLICIT, TimeKind.RELATIVE, TimeKind.ANAPHORIC, TimeKind.DURATION, TimeKind.SINCE)
_DATED = (TimeKind.EXPLICIT,)  # a charged act's own date (with a year)
_TIMED = (TimeKind.EXPLICIT, TimeKind.RELATIVE, TimeKind.ANAPHORIC)  # an arrest reason's time, from its noun on


@dataclass(frozen=True)
class Verdict:
    """Is the act reported as fact (`ok`), which rule decided (`rule`, a rule id), and the words that
    made it decide (`reason`, for people; empty when ok)."""

    ok: bool
    rule: str
    reason: str = ""


_FACT = Verdict(True, "modality.fact")
_REPORTED = Verdict(True, "modality.reported")
_CLAIMED = Verdict(True, "modality.claimed_past")
_PARTICIPLE = Verdict(True, "modality.participle_of_act")
_PAST_ANCHOR = Verdict(True, "modality.past_anchor")
_RELATIVE_PAST = Verdict(True, "modality.relative_past")
_DATED_NOUN = Verdict(True, "modality.dated_noun")
_HARM_DENIED = Verdict(True, "modality.harm_denied_beside")
_CHARGED_DATED = Verdict(True, "modality.charged_dated")
_NOT_FORGOTTEN = Verdict(True, "modality.not_forgotten")
_REASON = Verdict(True, "modality.reason_clause")


class Modality:
    """The modality rules with the word classes of one KnowledgeBase."""

    def __init__(self, kb: KnowledgeBase):
        w = kb.words
        self.modals = w.lower("modal_verbs")
        self.hypothetical = w.lower("hypothetical_modals")
        self.irrealis_verbs = w.lower("irrealis_verbs")
        self.planning_verbs = w.lower("planning_verbs")
        self.order_verbs = w.lower("order_verbs")
        self.decided_acts = w.lower("decided_act_nouns")
        self.detention_compounds = w.lower("detention_compounds")
        self.protest_infinitives = w.lower("protest_infinitives")
        self.irrealis_nouns = w.lower("irrealis_nouns")
        self.unreal_modifiers = w.lower("irrealis_modifiers") | w.lower("speculation_adverbs")
        self.unreal_predicates = w.lower("irrealis_predicates")
        self.reporting_verbs = w.lower("reporting_verbs")
        self.condition_markers = w.lower("condition_markers")
        self.fact_before_infinitive = w.lower("fact_before_infinitive_verbs")
        self.aspect_verbs = w.lower("aspect_verbs")
        self.judgement_verbs = w.lower("judgement_verbs")
        self.people_words = w.lower("people_words")
        self.held_participles = w.lower("held_participles")
        self.anyone_pronouns = w.lower("anyone_pronouns")
        self.slogan_verbs = w.lower("slogan_verbs")
        self.back_reference = w.lower("back_reference_determiners")
        self.likeness = w.lower("likeness_adjectives")
        self.relating_verbs = w.lower("relating_verbs")
        self.reach = w.set("irrealis_reach_deps")
        self.shares = w.lower("share_words")
        self.practice_verbs = w.lower("practice_verbs")
        self.practice_preps = w.lower("practice_prepositions")
        self.commemoration_nouns = w.lower("commemoration_nouns")
        self.legal_states = w.lower("legal_state_nouns")
        self.placement_verbs = w.lower("placement_verbs")
        self.ending_verbs = w.lower("ending_verbs")
        self.making_verbs = w.lower("deal_making_verbs")
        self.lasting_verbs = w.lower("lasting_verbs")
        self.deal_nouns = w.lower("deal_words")
        self.temporal = w.lower("temporal_prepositions")
        self.past_markers = w.lower("past_clause_markers")
        self.reason_markers = w.lower("reason_subordinators")
        self.negating_preps = w.lower("negating_prepositions")
        self.presupposing = w.lower("presupposing_prepositions")
        self.frame_prepositions = w.lower("frame_prepositions")
        self.falsity = w.lower("falsity_words")
        self.claim_nouns = w.lower("claim_report_nouns")
        self.negative_pronouns = w.lower("negative_pronouns")
        self.still_facts = w.lower("presupposing_verbs_negated")
        self.charge_words = w.lower("charge_words")
        self.charge_preps = w.lower("charge_prepositions")
        self.arrest_reasons = w.lower("arrest_reasons")
        self.court_verbs = w.lower("court_verbs")
        self.passive_charges = w.lower("passive_charge_words")
        self.charged_attempts = w.lower("charged_attempt_verbs")
        self.accusation_verbs = w.lower("accusation_verbs")
        self.accusers_named = w.lower("armed_victims") | w.lower("armed_words")
        self.dispositions = w.lower("disposition_words")
        self.record_verbs = w.lower("record_verbs")
        self.outcome_verbs = w.lower("outcome_verbs")
        self.long_units = w.lower("long_span_units")
        self.practice_units = w.lower("practice_span_units")
        self.war_verbs = w.lower("war_verbs")
        self.attempt_verbs = w.lower("attempt_verbs")
        self.span_prepositions = w.lower("span_prepositions")
        self.inclusions = w.lower("inclusion_prepositions")
        self.extents = w.lower("vague_extent_nouns")
        self.sound_nouns = w.lower("sound_nouns")
        self.sound_causes = w.lower("sound_cause_nouns")
        self.perception_verbs = w.lower("perception_verbs")
        self.cause_markers = w.lower("cause_markers")
        self.devices = w.lower("laid_explosives") | w.lower("explosive_words")
        self.suicide = w.lower("suicide_words")
        self.terms_verbs = w.lower("deal_terms_verbs")

    def verdict(self, head: Token) -> Verdict:
        """Is the act whose trigger head is `head` reported as fact? The first rule that decides, in the order
        of the module docstring: the trigger's own words first, then the words that govern it."""
        for check in (self.question, self.rather_than, self.sound_of_act, self.quoted_scene, self.slogan,
                      self.describes, self.discussed,
                      self.related, self.share, self.practice, self.accused_practice, self.disposition,
                      self.catalogued, self.war_long, self.weapons_in_place,
                      self.ended, self.deal_sought, self.deal_terms, self.unreal_predicate, self.lasting,
                      self.framework,
                      self.commemorated, self.legal_state, self.state_of_people, self.whoever):
            v = check(head)
            if v is not None:
                return v
        claimed = self.claimed_past(head)
        if claimed is not None:
            return claimed
        if _dated_definite(head) and head.lemma_.lower() not in self.deal_nouns:
            # (a dated deal, "rejected the 2016 peace deal", is named as a reference, a framework, not told made)
            # "gathered to mark the 1995 massacre": that massacre happened, whatever the verb governing it says
            # (only its own words, "no", "this", "planned", can say otherwise).
            return self.local(head) or _DATED_NOUN
        for tok in _own_clause(head):
            v = self.local(tok)
            if v is not None:
                return v
        return self.governed(head)

    def assess(self, head: Token) -> tuple[bool, str]:
        """(reported as fact?, reason): `verdict` in the shape extract/pipeline.py reads."""
        v = self.verdict(head)
        return v.ok, v.reason

    # ------------------------------------------------------------------ rules on the trigger itself

    def rather_than(self, head: Token) -> Verdict | None:
        """modality.rather_than: a bare or -ing verb right after "rather than" / "instead of" (negating_prepositions
        of two words) names the act not done ("blew up the depot rather than surrender it"). The parser often hangs
        such a verb on the clause before as a conjunct or an adverbial clause, where modality.negated never sees
        the preposition, so the two words before it are read directly."""
        i = head.i
        if i < 2 or head.tag_ not in ("VB", "VBG"):
            return None
        doc = head.doc
        pair = f"{doc[i - 2].lower_} {doc[i - 1].lower_}"
        if pair in self.negating_preps:
            return Verdict(False, "modality.rather_than", f"the act not chosen ({pair} {head.text})")
        return None

    def question(self, head: Token) -> Verdict | None:
        """modality.question: a sentence that asks a yes/no question ("Is there a truce?", "Will the town fall?",
        an explainer's heading) reports no act. It opens with an auxiliary and ends with a question mark;
        questions on a word ("Who shelled the market?") take the act as given and stay."""
        sent = head.sent
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if last is None or last.text != "?":
            return None  # (asked first: few sentences are questions, and the word list costs a pass over them)
        words = [t for t in sent if not t.is_punct and not t.is_space]
        if words and words[0].pos_ == "AUX" and words[0].i < head.i:
            return Verdict(False, "modality.question", f"a question ({words[0].text} ... ?)")
        return None

    def quoted_scene(self, head: Token) -> Verdict | None:
        """modality.quoted_scene: a verb in someone's quoted words told in the present or the progressive ("They
        fire on us as though we were an army", "they were burning the houses", "the enemy is fleeing") paints what
        goes on or went on, as the speaker saw it: a scene, no act with a day and a place (the article's own words
        tell those). A past act quoted ("They killed my brother") stays."""
        if head.pos_ != "VERB":
            return None
        verb = head
        while (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG") and verb.head.i != verb.i \
                and not any(c.dep_ == "aux" for c in verb.children):
            verb = verb.head  # "are losing, surrendering", "are retreating, abandoning ...": the first verb's tense
        auxes = [c for c in verb.children if c.dep_ == "aux"]
        present = head.tag_ in _PRESENT and not auxes
        progressive = head.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes)
        if not (present or progressive) or not _in_quotation(head):
            return None
        return Verdict(False, "modality.quoted_scene", f"a scene in quoted words ({head.text})")

    def sound_of_act(self, head: Token) -> Verdict | None:
        """modality.sound_of_act: an explosion noun (words/sound_nouns) that the sentence ties to another act, its
        cause (words/sound_cause_nouns), is that act's sound or effect, not a bombing of its own: told beside it
        ("mortar fire and explosions shook the outskirts"), with its cause after it ("explosions from air raids",
        "as a result of shells", words/cause_markers), or only heard or felt (words/perception_verbs) in a sentence
        that names the act ("explosions were heard after missiles struck"). A bomb in the cause ("a blast from a
        roadside bomb") is the bombing itself, and an explosion with no cause told stays one."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.sound_nouns:
            return None
        if any(c.dep_ in ("compound", "amod") and (c.lemma_.lower() in self.devices or c.lower_ in self.suicide)
               for c in head.children):
            return None  # "a suicide blast and gunfire", "a car-bomb explosion": the bombing itself
        told = next((c for c in head.conjuncts if self._causes(c)), None)
        verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
        if told is None:
            told = self._cause_after(head, verb)
        if told is None and verb.lemma_.lower() in self.perception_verbs:
            inside = {t.i for t in head.subtree}
            told = next((t for t in head.sent if t.i not in inside and self._causes(t)), None)
        if told is None:
            return None
        return Verdict(False, "modality.sound_of_act", f"the sound or effect of another act ({told.text} ... "
                                                       f"{head.text})")

    def deal_terms(self, head: Token) -> Verdict | None:
        """modality.deal_terms: a deal named by a definite noun as the subject of a verb that spells out its terms
        ("The agreement provides for the withdrawal of fighters", "the deal includes the release of prisoners";
        words/deal_terms_verbs), with no time before its terms, retells a deal told before by what it holds: no second
        agreement."""
        verb = head.head
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.deal_nouns or head.dep_ != "nsubj" \
                or verb.lemma_.lower() not in self.terms_verbs:
            return None
        if not any(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or c.lower_ in self.back_reference)
                   for c in head.children):
            return None
        lo, hi = head.sent.start, max(head.right_edge.i, verb.i)
        if any(lo <= s.start <= hi for s in head.doc.spans.get(TIMES, ())):
            # ("the deal signed on Friday includes ...": a deal with a day of its own before its terms may be told
            # here, wherever the parse hangs the day)
            return None
        return Verdict(False, "modality.deal_terms", f"a deal's terms ({head.text} {verb.text})")

    def _causes(self, tok: Token) -> bool:
        """Does the word name an act that makes explosions ("shelling", "air strikes", "mortar fire")?"""
        if tok.pos_ not in ("NOUN", "PROPN") and tok.tag_ != "VBG":
            return False  # ("soldiers struck a camp": a verb tells an act of its own, not an explosion's cause)
        lemma = tok.lemma_.lower()
        return lemma in self.sound_causes or tok.lower_ in self.sound_causes or any(
            c.dep_ in ("compound", "amod") and (c.lemma_.lower() in self.sound_causes
                                                 or f"{c.lemma_.lower()} {lemma}" in self.sound_causes)
            for c in tok.children)

    def _cause_after(self, head: Token, verb: Token) -> Token | None:
        """The act a cause phrase after the explosion names ("from a wave of air raids", "as a result of shells"),
        if no bomb is in it."""
        doc = head.doc
        for p in verb.subtree:
            if p.i <= head.i or not any(c.dep_ == "pobj" for c in p.children):
                continue
            before = " ".join(t.lower_ for t in doc[max(p.i - 3, head.sent.start):p.i + 1])
            if not any(before == m or before.endswith(" " + m) for m in self.cause_markers):
                continue
            cause = [t for c in p.children if c.dep_ == "pobj" for t in c.subtree]
            if any(t.lemma_.lower() in self.devices or t.lower_ in self.devices for t in cause):
                return None
            found = next((t for t in cause if self._causes(t)), None)
            if found is not None:
                return found
        return None

    def slogan(self, head: Token) -> Verdict | None:
        """modality.slogan: an act word in quoted words that a verb of chanting governs ("rallied, chanting \"Death
        to rioters\"", "shouted \"Down with the junta\""; words/slogan_verbs.txt) is a crowd's slogan, no act."""
        chant = next((a for a in head.ancestors if a.lemma_.lower() in self.slogan_verbs), None)
        if chant is None or not _in_quotation(head) or _in_quotation(chant):
            return None  # (the verb first: few acts hang on one, and the quotation test reads the paragraph)
        if any(a.dep_ == "ccomp" for a in (head, *head.ancestors) if chant.is_ancestor(a)):
            return None  # "'Soldiers shot my brother,' the woman shouted": words reported as said, not chanted
        return Verdict(False, "modality.slogan", f"a slogan chanted ({chant.text} ... {head.text})")

    def describes(self, head: Token) -> Verdict | None:
        """modality.describes: a present-tense relative clause without an auxiliary describes a habit or a
        property ("a militia that recruits from the coast"), it does not report an act."""
        if head.dep_ == "relcl" and head.tag_ in _PRESENT and not any(c.dep_ == "aux" for c in head.children):
            return Verdict(False, "modality.describes", f"describes, not reports ({head.text})")
        verb = head.head
        if head.tag_ in ("NNS", "NNPS") and head.dep_ == "dobj" and verb.dep_ == "relcl" and verb.tag_ in _PRESENT \
                and not any(c.dep_ == "aux" for c in verb.children):
            # "rebels who launch raids across the border", "gangs that carry out kidnappings": acts in the plural
            # as what the present clause says a group does, a habit, not one act.
            return Verdict(False, "modality.describes", f"describes, not reports ({verb.text} {head.text})")
        if head.tag_ in ("NNS", "NNPS") and head.dep_ == "dobj" and verb.dep_ in ("ROOT", "conj") \
                and verb.tag_ in _PRESENT and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
                and _told_in_full(head):
            # "The militants still carry out hit-and-run attacks in the area": acts in the plural as what a side
            # does, told in the present of the article's own sentence (a headline's present tells one act).
            return Verdict(False, "modality.describes", f"describes, not reports ({verb.text} {head.text})")
        if head.tag_ in _PRESENT and head.lemma_.lower() in self.war_verbs \
                and not any(c.dep_ in ("aux", "auxpass", "dobj", "prt") for c in head.children) \
                and not self._names_a_place(head, towns=True) and not _own_time(head) and _told_in_full(head):
            # "M23 says it fights in defense of Tutsis", "the group fights for an independent state": a war verb in
            # the simple present with no foe, town or time is what a side does, its cause (a headline's present,
            # "Rebels fight army for Goma", tells one act).
            return Verdict(False, "modality.describes", f"what a side does ({head.text})")
        if head.tag_ == "VBG" and head.dep_ == "acl" and head.lemma_.lower() in self.war_verbs \
                and head.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "dobj" for c in head.children) \
                and not self._names_a_place(head, towns=True) and not _own_time(head):
            # "Eritrean troops fighting in Ethiopia's Tigray region killed hundreds", "Russian troops fighting in
            # eastern Ukraine have received shells": a war verb as a participle on the people it names says who
            # they are (where they are at war), no clash of its own; fighting at a town ("troops fighting in
            # Marawi"), with a foe as its object or a time of its own stays.
            return Verdict(False, "modality.describes", f"who the fighters are ({head.head.text} {head.text})")
        # "Sloviansk, a city that has been a centre of the fighting", "the town is the scene of heavy clashes":
        # an act noun under what a present "be" says a place is describes the place, it reports no act.
        tok, chain = head, set()
        while tok.dep_ in ("pobj", "prep", "attr", "compound") and tok.head.i != tok.i:
            chain.add(tok.dep_)
            tok = tok.head
        if head.pos_ == "NOUN" and head.dep_ == "pobj" and "attr" in chain and tok.lemma_ == "be" and (
                tok.tag_ in _PRESENT or any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in tok.children)):
            return Verdict(False, "modality.describes", f"describes, not reports ({tok.text} ... {head.text})")
        if head.dep_ == "relcl" and present_perfect(head) and not _own_time(head) and head.head.i != head.i:
            # "Rwandan troops are part of a regional force that has driven the insurgents out of most coastal
            # towns": a relative clause in the present perfect, with no time, on what a present "be" says its
            # subject is tells what that body is known for, no act of the story
            tok, chain = head.head, set()
            while tok.dep_ in ("pobj", "prep", "attr", "compound") and tok.head.i != tok.i:
                chain.add(tok.dep_)
                tok = tok.head
            if "attr" in chain and tok.lemma_ == "be" and tok.tag_ in _PRESENT:
                return Verdict(False, "modality.describes", f"describes, not reports ({tok.text} ... "
                                                            f"{head.head.text} that {head.text})")
        return None

    def discussed(self, head: Token) -> Verdict | None:
        """modality.discussed: an act named as the subject of a present-tense judgement verb ("The capture of
        Aleppo means...", "Russia's help in recapturing Aleppo is only the beginning") is discussed."""
        subject = head
        while subject.dep_ in ("pobj", "prep", "pcomp") and subject.head.i != subject.i:
            subject = subject.head
        if head.pos_ == "NOUN" or subject is not head:
            verb = subject.head
            if subject.dep_ == "nsubj" and verb.tag_ in _PRESENT and verb.lemma_.lower() in self.judgement_verbs:
                return Verdict(False, "modality.discussed", f"discussed, not reported ({verb.text})")
        return None

    def related(self, head: Token) -> Verdict | None:
        """modality.refers_back: "The attack came days after ...", "the strikes come as ...": an act named by a
        bare definite noun as the subject of a verb that sets it against something else was told before (not
        "the attack on Wednesday comes ...", whose words of its own may be what dates or places it)."""
        verb = head.head
        if head.pos_ != "NOUN" or head.dep_ != "nsubj" or [c.dep_ for c in head.children] != ["det"] \
                or "Def" not in next(iter(head.children)).morph.get("Definite"):
            return None
        if verb.lemma_.lower() in self.relating_verbs:
            return Verdict(False, "modality.refers_back", f"related to something else ({head.text} {verb.text})")
        # "The capture cut a trade route and opened the way for an advance on X": what the act told before made
        # possible (words/outcome_verbs), in the subject's verb or a verb joined to it with no subject of its own.
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                         and not any(g.dep_ in _SUBJECTS for g in c.children))]
        # (with an object: "the offensive opened last Thursday" tells when it began, not what it brought)
        # ("open" only with what it opens for others, words/outcome_verbs "open way": "opened a new front" is an
        # act's onset)
        outcome = next((v for v in verbs if any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "dative")
            and self.outcome_verbs & {v.lemma_.lower(), f"{v.lemma_.lower()} {c.lemma_.lower()}"}
            for c in v.children)), None)
        sent = head.sent
        if outcome is not None and not any(s.label_ in _TIMED and sent.start <= s.start < sent.end
                                           for s in head.doc.spans.get(TIMES, ())):
            # (a sentence with a time of its own, "opened ... on Friday", tells its act's day: a new act)
            return Verdict(False, "modality.refers_back", f"what an act told before brought ({head.text} "
                                                          f"{outcome.text})")
        return None

    def whoever(self, head: Token) -> Verdict | None:
        """modality.whoever: an act told in a relative clause on "anyone", "everyone" ("targeting anyone who
        protested against the third term") says who the people are, not that an act happened."""
        if head.dep_ == "relcl" and head.head.lower_ in self.anyone_pronouns:
            return Verdict(False, "modality.whoever", f"describes whoever did it ({head.head.text} ... {head.text})")
        return None

    def state_of_people(self, head: Token) -> Verdict | None:
        """modality.state_of_people: a participle of holding before the people it names ("relatives of detained
        activists held a sit-in", words/held_participles) tells what they are, no arrest of this story."""
        if head.dep_ == "amod" and head.tag_ == "VBN" and head.i < head.head.i \
                and head.lemma_.lower() in self.held_participles and head.head.lemma_.lower() in self.people_words:
            return Verdict(False, "modality.state_of_people", f"a state of the people named ({head.text} "
                                                              f"{head.head.text})")
        return None

    def share(self, head: Token) -> Verdict | None:
        """modality.share: an act named as a share of many ("most of the strikes hit rebels", "a third of the
        raids") is a statistic about acts, not an act (spec: "a share or proportion ... is a statistic")."""
        if head.pos_ in ("VERB", "AUX"):
            # "most of the strikes hit rebels": the verb of a share is the share's too.
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return next((v for c in subjects if (v := self._share_word(c)) is not None), None)
        if head.dep_ != "pobj" or head.head.lower_ != "of" or head.pos_ not in ("NOUN", "PROPN"):
            return None
        return self._share_word(head.head.head) if head.head.head.i != head.head.i else None

    def commemorated(self, head: Token) -> Verdict | None:
        """modality.commemorated: an act named after "the anniversary of" ("Friday was the tenth anniversary of the
        siege") is what a date marks, a reference to an act told elsewhere or nowhere, not an act told here."""
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i \
                and prep.head.lemma_.lower() in self.commemoration_nouns:
            return Verdict(False, "modality.commemorated", f"what a date marks ({prep.head.text} of {head.text})")
        return None

    def legal_state(self, head: Token) -> Verdict | None:
        """modality.legal_state: an act noun with no article after "of" on a noun of a legal regime ("declared a
        state of siege in North Kivu and Ituri in May"; words/legal_state_nouns) names the regime a government
        declares or lifts, not a siege laid or a battle fought ("the siege of the state capital" has an article)."""
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i \
                and prep.head.lemma_.lower() in self.legal_states \
                and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
            return Verdict(False, "modality.legal_state", f"a legal regime ({prep.head.text} of {head.text})")
        return None

    def practice(self, head: Token) -> Verdict | None:
        """modality.practice: acts named in the plural as what a side took up or relies on ("the air force has
        since resorted to bombing raids", "the rebels turned to roadside bombs") are a way of fighting, many acts
        told as a practice: no one act, no place or day of its own. A single act ("resorted to shelling the town
        on Monday", a gerund) is not a plural noun and stays."""
        noun = head
        while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
            noun = noun.head  # "switched to mortar attacks": the trigger word is a modifier of the plural
        first = noun
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "through killings, rape and kidnappings": the list's first noun is the object
        if first.dep_ == "pobj" and first.head.dep_ == "prep" and first.head.lower_ in self.practice_preps \
                and first.head.head.lemma_.lower() in self.war_verbs \
                and not any(c.dep_ in ("det", "nummod", "poss") for n in (noun, first) for c in n.children):
            # "have battled for control of the capital through killings, rape and kidnappings": bare acts as the
            # means of a war verb are how a side fights (words/practice_prepositions), no one act.
            return Verdict(False, "modality.practice", f"a way of fighting ({first.head.head.text} "
                                                       f"{first.head.text} ... {head.text})")
        if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        verb = noun.head.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.practice_verbs:
            return Verdict(False, "modality.practice", f"a practice, not one act ({verb.text} ... {noun.text})")
        return None

    def accused_practice(self, head: Token) -> Verdict | None:
        """modality.accused_practice: an accusation in the simple present ("rights groups accuse the army of killing
        civilians they suspect of helping the militants") of an act on a bare plural (no number, no determiner), in
        a sentence that tells no time, charges a way of acting: many acts, no place or day of one. ("accused the
        army of killing ten villagers", "accuse the militia of killing the two men on Monday" stay: counted, named
        or dated acts.)"""
        noun = head
        while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ == "NOUN":
            noun = noun.head  # "accused of massacres, rapes and looting": the list's first noun is the charge
        if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.tag_ == "NNS" \
                and not any(g.dep_ in ("det", "nummod", "poss") for n in (noun, head) for g in n.children):
            # "Ethiopian and Eritrean troops have been accused of massacres, rapes and looting in Tigray": the
            # charge named by bare plural act nouns is a way of acting, as a participle on a bare plural is
            victims = [noun]
        elif head.tag_ != "VBG" or head.dep_ != "pcomp" or head.head.lower_ != "of":
            return None
        else:
            victims = []
        verb = head.head.head if not victims else noun.head.head
        while verb.pos_ in ("NOUN", "PROPN", "PRON") and verb.dep_ in ("dobj", "conj") and verb.head.i != verb.i:
            verb = verb.head  # the parse may hang "of killing" on the accused ("the army and its militias")
        # "stands accused of", "is accused of": the participle of a verb in the present accuses in the present too.
        # "have been accused of killing", "residents have accused rangers of torturing detainees at a camp": the
        # present perfect too, which tells no time either.
        present = verb.tag_ in _PRESENT or verb.tag_ == "VBN" and (
            any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in verb.children) or present_perfect(verb)
            or verb.dep_ in ("acomp", "oprd") and verb.head.tag_ in _PRESENT)
        if verb.lemma_.lower() not in self.accusation_verbs or not present:
            return None
        charged = bool(victims)  # (the act nouns themselves, whose compound is part of their name: "drone strikes")
        victims = victims or [c for c in head.children if c.dep_ == "dobj"]
        if not victims or any(v.tag_ not in ("NNS", "NNPS") or any(
                g.dep_ in ("det", "nummod", "poss") or g.dep_ == "compound" and not charged for g in v.children)
                for v in victims):
            return None
        sent = head.sent
        if any(sent.start <= s.start < sent.end for s in head.doc.spans.get(TIMES, ())):
            return None
        told = head.text if charged else f"{head.text} {victims[0].text}"
        return Verdict(False, "modality.accused_practice",
                       f"a practice charged, not one act ({verb.text} ... of {told})")

    def disposition(self, head: Token) -> Verdict | None:
        """modality.disposition: an act under the "for" or "of" of a word of reputation or capability ("the ADF,
        known for massacring villagers", "notorious for ambushing police convoys", "remains capable of striking the
        capital"; words/disposition_words) tells what a side is like, no act. A dated act ("known for the 2014
        kidnapping of the Chibok girls") stays: it names one act of the past."""
        act = head
        if act.dep_ == "amod" and act.tag_ == "VBG":
            act = act.head  # the parser may read "for massacring villagers" as a modifier of the villagers
        while act.dep_ == "conj" and act.head.i != act.i:
            act = act.head  # "known for kidnapping and killing travellers"
        if act.dep_ not in ("pcomp", "pobj") or act.head.dep_ != "prep":
            return None
        word = act.head.head
        if f"{word.lower_} {act.head.lower_}" not in self.dispositions or _dated_definite(head) \
                or _dated_past(head):
            return None  # ("known for attacking the police station in X last June": one act of the past, dated)
        return Verdict(False, "modality.disposition", f"what a side is like ({word.text} {act.head.text} "
                                                      f"{head.text})")

    def catalogued(self, head: Token) -> Verdict | None:
        """modality.catalogued: a bare act noun (no article, number or possessive) as the object of a verb of
        recording or the "by"-agent of one of characterising ("the report documented killings, rapes and the
        burning of villages across West Darfur", "a war marked by massacres and sexual violence";
        words/record_verbs), in a sentence that gives no day, month or year, names a kind of act found over a span:
        no act told ("documented 30 air strikes in X last week" is counted and dated: it stays)."""
        if head.pos_ != "NOUN":
            return None
        first, misread = head, None
        while True:
            misread = next((c for c in first.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.i < first.i
                            and c.lemma_.lower() in self.record_verbs), None)
            if misread is not None or first.dep_ != "conj" or first.head.i == first.i:
                break
            first = first.head
        if any(c.dep_ in ("det", "nummod", "poss") for c in (*head.children, *first.children)):
            return None
        if misread is not None:
            verb = misread  # "The report documented killings": the parser may read the verb as a modifier
        elif first.dep_ == "dobj":
            verb = first.head
        elif first.dep_ == "pobj" and first.head.lower_ == "by" and first.head.dep_ == "agent":
            verb = first.head.head
        else:
            return None
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.record_verbs:
            return None
        if self._names_a_place(verb, towns=True):
            return None  # "recorded clashes ... near Kafranbel", "the funeral in X was marked by clashes": an act
            # at a town is one act told; a kind of act is found across a region ("across Ituri province") or nowhere
        sent = head.sent
        if any(s.label_ in _TIMED and sent.start <= s.start < sent.end for s in head.doc.spans.get(TIMES, ())):
            return None
        return Verdict(False, "modality.catalogued", f"a kind of act recorded, not one act ({verb.text} ... "
                                                     f"{head.text})")

    def war_long(self, head: Token) -> Verdict | None:
        """modality.war_long: an act verb in the present perfect over a span that holds a war ("has fought to
        topple the government for nearly two decades", "have burned schools and killed soldiers since the conflict
        erupted in 2017"; words/long_span_units, or since a time more than a year back) tells a war or a way of
        fighting told whole, no one act: a war verb (words/war_verbs) whose clause names no place, or another act
        verb with a bare plural object. A siege or a fight at a place told over years ("has besieged Deir ez-Zor
        for three years", "have fought rebels in Kismayo for two years") names its place: it stays."""
        verb = head
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubj", "nsubjpass") \
                and head.head.pos_ == "VERB":
            verb = head.head  # "has waged an insurgency since 1984"
        while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) \
                and not _own_time(verb):
            verb = verb.head  # "have burned schools, kidnapped teachers and killed soldiers": the first verb's tense
            # (not "..., and on Tuesday jets struck X": a conjunct with a subject or a time of its own is its own act)
        # ("has been attacking villages and ambushing travellers in Lamu county for months": a perfect progressive
        # over months is a practice kept up, as a perfect over years is)
        progressive = any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ == "VBN" for c in verb.children)
        if verb.pos_ != "VERB" or not present_perfect(verb) \
                or not self._long_span(verb, self.practice_units if progressive else frozenset()):
            return None
        objects = [c for c in head.children if c.dep_ == "dobj"] if head.pos_ == "VERB" else []
        bare = any(o.tag_ == "NNS" and not any(g.dep_ in ("det", "nummod", "poss") for g in o.children)
                   for o in objects)
        if any(o.lemma_.lower() in self.extents for o in objects) and self._names_a_place(verb):
            # "has seized large swathes of North Kivu since late 2021": ground taken in a named region over a span
            # is coded at the region (NOTES.md: rebel offensives took ground in Idlib province in 2015).
            return None
        # A war verb's bare plural is the other side ("have fought rebels in X for two years"): a place decides.
        warring = verb.lemma_.lower() in self.war_verbs or head.lemma_.lower() in self.war_verbs
        if warring and self._names_a_place(verb) or not warring and not bare:
            return None
        return Verdict(False, "modality.war_long", f"a war or a practice told whole ({verb.text} ... over years)")

    def _long_span(self, verb: Token, shorter: frozenset[str] | set[str] = frozenset()) -> bool:
        """Does the verb's clause run over years: a preposition of span on a year, decade ("for two decades", "in
        recent years", "over the past decade"; words/long_span_units, and the `shorter` units asked for), or a
        "since" time or clause more than a year back ("since 2011", "since the conflict erupted in 2017")?"""
        for t in verb.subtree:
            if (t.lemma_.lower() in self.long_units or t.lemma_.lower() in shorter) and t.dep_ == "pobj" \
                    and t.head.lower_ in self.span_prepositions \
                    and (t.tag_ == "NNS" or any(c.dep_ in ("amod", "nummod") for c in t.children)):
                return True
        published = verb.doc.user_data.get(PUBLISHED)
        if published is None:
            return False
        lo, hi = verb.left_edge.i, verb.right_edge.i
        since = self._since_parts(verb)  # (on the verb or a verb joined to it)
        for span, (_, expr) in found(verb.doc, TIMES):
            if not lo <= span.start <= hi or expr.date_start is None:
                continue
            within = expr.kind == TimeKind.SINCE or any(c.left_edge.i <= span.start <= c.right_edge.i for c in since)
            if within and (published - expr.date_start).days > 366:
                return True
        return False

    def _since_parts(self, verb: Token) -> list[Token]:
        """The "since" clauses and phrases in the verb's subtree ("since the junta seized power", "since Russia's
        first intervention in 2014"): the start of a span, not where or when the act is."""
        return [c for c in verb.subtree if self.since_clause(c)
                or c.dep_ == "prep" and c.lower_ in self.presupposing and c.head.pos_ in ("VERB", "AUX")]

    def _names_a_place(self, verb: Token, towns: bool = False) -> bool:
        """Does a place name lie in the verb's clause (not in a "since" clause on it)? With `towns`, a place below
        a region (not a province or country; a name the gazetteer does not resolve counts as a town)."""
        since = self._since_parts(verb)
        lo, hi = verb.left_edge.i, verb.right_edge.i
        return any(lo <= sp.start <= hi and not any(c.left_edge.i <= sp.start <= c.right_edge.i for c in since)
                   and not (towns and getattr(place, "kind", None) in (ADMIN1_KIND, COUNTRY_KIND))
                   for sp, (_, place) in found(verb.doc, PLACES))

    def weapons_in_place(self, head: Token) -> Verdict | None:
        """modality.weapons_in_place: devices named in the plural as placed somewhere ("mines planted along the
        tracks", "bombs hidden in the fields"), the subject of a present or present-perfect clause ("have slowed
        the advance", "make the farms too dangerous"), tell a state of affairs: no explosion is reported. A bomb
        planted somewhere that killed or exploded ("planted under a bridge, killed four") is an act."""
        noun = head
        while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
            noun = noun.head
        group = [noun, *(c for c in noun.children if c.dep_ == "conj")]
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head  # "IEDs and mines placed at ...": the first of the list is the clause's subject
            group.append(noun)
        if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        placed = next((c for n in group for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in self.placement_verbs), None)
        verb = noun.head
        auxes = [c for c in verb.children if c.dep_ == "aux"]
        # A base form with a subject and no auxiliary is a present the tagger missed ("mines ... keep farmers away").
        present = verb.tag_ in _PRESENT or any(c.tag_ in _PRESENT for c in auxes) or verb.tag_ == "VB" and not auxes
        if placed is None or not present:
            return None
        return Verdict(False, "modality.weapons_in_place",
                       f"weapons in place, no explosion ({placed.text} ... {verb.text})")

    def _share_word(self, whole: Token) -> Verdict | None:
        """modality.share when `whole` is a share word with an "of" phrase ("most of ...", "one-third of ...")."""
        last = whole.lower_.rsplit("-", 1)[-1]  # "one-third"
        if (last in self.shares or whole.lemma_.lower() in self.shares) and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in whole.children):
            return Verdict(False, "modality.share", f"a share of many acts ({whole.text} of ...)")
        return None

    def ended(self, head: Token) -> Verdict | None:
        """modality.ended: an agreement that is the subject of a verb of ending ("the truce collapsed", "the
        ceasefire broke down on Sunday") was made earlier; its end is not a new agreement."""
        if head.lemma_.lower() not in self.deal_nouns:
            return None
        breach = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if head.dep_ == "dobj" and _verb_key(head.head) & self.ending_verbs \
                or breach is not None and breach.lemma_.lower() in self.ending_verbs:
            # "accused each other of violating the ceasefire", "in the latest violation of a truce": an agreement
            # broken was made before; the breach is no new agreement.
            return Verdict(False, "modality.ended", f"an agreement told as broken ({head.head.text})")
        if head.dep_ == "dobj":
            # "the sides had observed a truce for years, but it broke down last year": the pronoun of the next
            # clause is the agreement, told as ended.
            ending = next((c for c in head.head.children if c.dep_ == "conj" and _verb_key(c) & self.ending_verbs
                           and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "it" for g in c.children)), None)
            if ending is not None:
                return Verdict(False, "modality.ended", f"an agreement told as ended ({ending.text})")
            return None
        ending = deal_ending(head, self.ending_verbs)
        if ending is not None and not any(c.dep_ == "dobj" for c in ending.children):
            # (not "a peace agreement signed in X in 2003 ended the fighting": the deal ended something else)
            if any(s.label_ in (TimeKind.EXPLICIT, TimeKind.RELATIVE)
                   for s in deal_made_times(head, ending, self.making_verbs)):
                # "ceasefires agreed in Jeddah in May were violated", "a truce that China brokered in January
                # broke down in June", "a first ceasefire on July 22 failed": the deal's making is dated before
                # its ending is told, background history told as fact (EVENTS.md) whatever became of it.
                return None
            return Verdict(False, "modality.ended", f"an agreement told as ended ({ending.text})")
        return None

    def deal_sought(self, head: Token) -> Verdict | None:
        """modality.deal_sought: an agreement that is the object of a to-infinitive under a word of trying
        ("despite attempts by Qatar to secure a ceasefire", "the government tries to forge a peace deal", "mediators
        failed to reach a truce"; words/attempt_verbs, verb or noun) is sought, not made. A fight tried for is
        fought (subtype.territory.attempt), so such verbs make a to-infinitive a fact elsewhere; a deal tried for
        is not one."""
        if head.lemma_.lower() not in self.deal_nouns or head.dep_ != "dobj":
            return None
        verb = head.head
        if verb.dep_ not in ("xcomp", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        trying = verb.head
        if trying.lemma_.lower() in self.attempt_verbs or trying.lower_ in self.attempt_verbs:
            return Verdict(False, "modality.deal_sought", f"an agreement sought ({trying.text} to {verb.text} "
                                                          f"... {head.text})")
        return None

    def lasting(self, head: Token) -> Verdict | None:
        """modality.lasting: an agreement that is the subject of a verb of lasting with no object ("a ceasefire
        held across the island for a fourth day", "the truce is largely holding") was made before; that it lasts
        is no new agreement ("the two sides held talks" has an object: not this)."""
        if head.lemma_.lower() not in self.deal_nouns or any(
                c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBD") and c.lemma_.lower() not in self.lasting_verbs
                for c in head.children):
            # ("a truce agreed by the commanders on Monday was holding", "a truce that China brokered in January
            # has held": its making is told with it)
            return None
        # (the parser may read "a ceasefire held across X" as a participle on the noun: no agent, so no
        # "truce held by" anyone, it is the verb of lasting)
        verbs = [head.head] if head.dep_ == "nsubj" else []
        verbs += [c for c in head.children if c.dep_ == "acl" and c.i == head.i + 1
                  and not any(g.dep_ == "agent" for g in c.children)]
        verb = next((v for v in verbs if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in self.lasting_verbs
                     and not any(c.dep_ in ("dobj", "attr", "acomp", "ccomp") for c in v.children)), None)
        if verb is not None:
            return Verdict(False, "modality.lasting", f"an agreement told as lasting ({verb.text})")
        return None

    def framework(self, head: Token) -> Verdict | None:
        """modality.framework: a deal named under a framing preposition ("withdrew under a deal brokered by
        Angola") is the frame of the act told, not an agreement made there, unless its own words tell it made
        ("under a truce agreed on Sunday")."""
        if head.dep_ == "compound" and head.head.lemma_.lower() in self.deal_nouns:
            head = head.head  # ("withdrew under the ceasefire agreement": the agreement's noun is the frame's)
        if head.lemma_.lower() not in self.deal_nouns or head.dep_ != "pobj" \
                or head.head.lower_ not in self.frame_prepositions:
            return None
        if any(t.pos_ == "VERB" and t.lemma_.lower() in self.deal_nouns for t in head.subtree if t.i != head.i):
            return None
        return Verdict(False, "modality.framework", f"the frame of another act ({head.head.text} {head.text})")

    def claimed_past(self, head: Token) -> Verdict | None:
        """modality.claimed_past: a perfect infinitive under a reporting verb ("claims to have recaptured",
        "said to have killed") is a report of a past act, with the claimant as its source, not a purpose."""
        if head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("xcomp", "ccomp"):
            return None
        auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if {"to", "have"} <= auxes and head.head.lemma_.lower() in self.reporting_verbs \
                and not any(c.dep_ == "neg" for c in head.head.children):
            return _CLAIMED
        return None

    def local(self, tok: Token) -> Verdict | None:
        """The rules read on one word's own dependents: modality.negated, .modal, .conditional, .refers_back,
        .speculative, .purpose (the first that fires)."""
        for child in tok.children:
            for check in (self._negated, self._modal, self._conditional_mark, self._refers_back,
                          self._speculative, self._purpose, self._scheduled):
                v = check(tok, child)
                if v is not None:
                    return v
        return None

    def _negated(self, tok: Token, child: Token) -> Verdict | None:
        """modality.negated: a negation on the word ("did not shell", "never reached") or "no" before a noun
        ("no clashes were reported")."""
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return Verdict(False, "modality.negated", f"negated ({child.text} {tok.text})")
        if child.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("VERB", "AUX") and (
                child.lower_ in self.negative_pronouns
                or any(g.dep_ == "det" and g.lower_ == "no" for g in child.children)):
            # "no civilians had been killed there", "nobody was hurt": the act is denied by its subject.
            return Verdict(False, "modality.negated", f"negated ({child.text} {tok.text})")
        if child.dep_ == "dobj" and tok.pos_ == "VERB" and (
                child.lower_ in self.negative_pronouns
                or any(g.dep_ == "det" and g.lower_ == "no" for g in child.children)):
            # "seized a cache, arresting no one", "police have arrested nobody": the act is denied by its object.
            return Verdict(False, "modality.negated", f"negated ({tok.text} {child.text})")
        return None

    def _modal(self, tok: Token, child: Token) -> Verdict | None:
        """modality.modal: a modal auxiliary ("troops could retake the base")."""
        if child.dep_ == "aux" and child.lower_ in self.modals:
            return Verdict(False, "modality.modal", f"modal ({child.text} {tok.text})")
        return None

    def _conditional_mark(self, tok: Token, child: Token) -> Verdict | None:
        """modality.conditional: a condition marker on the word ("if the rebels capture the hill")."""
        if child.dep_ == "mark" and child.lower_ in self.condition_markers:
            return Verdict(False, "modality.conditional", f"conditional ({child.text} {tok.text})")
        return None

    def _scheduled(self, tok: Token, child: Token) -> Verdict | None:
        """modality.plan: an act noun with a participle of plan on it, set for a time ("protests planned for
        Thursday", "a march scheduled for Saturday") is one to come."""
        if tok.pos_ == "NOUN" and child.dep_ == "acl" and child.tag_ == "VBN" \
                and _verb_key(child) & self.irrealis_verbs and _set_for_a_time(child):
            return Verdict(False, "modality.plan", f"not yet real: {tok.text} {child.text}")
        if tok.pos_ == "NOUN" and tok.dep_ not in ("nsubj", "nsubjpass") and child.dep_ == "relcl" \
                and child.lemma_.lower() in self.planning_verbs \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in child.children):
            # "refused permission for a rally the opposition had planned": the noun is what the relative clause
            # plans, an act to come (not the subject of a verb that tells it done: "the attack, which they had
            # planned for months, killed 20").
            return Verdict(False, "modality.plan", f"not yet real: {tok.text} {child.text}")
        return None

    def _refers_back(self, tok: Token, child: Token) -> Verdict | None:
        """modality.refers_back: "this attack", "such raids" name an act already told, not a new one."""
        if child.dep_ == "det" and child.lower_ in self.back_reference and tok.pos_ == "NOUN":
            return Verdict(False, "modality.refers_back", f"refers back ({child.text} {tok.text})")
        if child.dep_ == "amod" and child.lower_ in self.likeness and tok.pos_ == "NOUN" and tok.tag_ == "NNS" \
                and not self._counted_or_dated(tok):
            # "similar ambushes on the road": acts of the kind of one told, a class, no one act
            return Verdict(False, "modality.refers_back", f"acts of a kind ({child.text} {tok.text})")
        if child.dep_ == "nsubj" and child.tag_ == "NNS" and tok.pos_ == "VERB" \
                and any(g.dep_ == "amod" and g.lower_ in self.likeness for g in child.children) \
                and not self._counted_or_dated(child):
            # "similar ambushes killed dozens last year": the toll of acts of a kind is no act either
            return Verdict(False, "modality.refers_back", f"acts of a kind ({child.text} {tok.text})")
        return None

    def _counted_or_dated(self, noun: Token) -> bool:
        """Are acts told "similar" counted ("two similar attacks") or dated by a day in their clause ("On Monday,
        similar attacks killed nine")? Then they are new acts of the kind, not the kind ("similar ambushes last
        year")."""
        if any(c.dep_ == "nummod" for c in noun.children):
            return True
        verb = noun if noun.pos_ in ("VERB", "AUX") else next(
            (a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), noun)
        # a day: a date with a name or a number in it ("on Monday", "on 3 May"; not "last year")
        return any(t.ent_type_ == "DATE" and (t.pos_ == "PROPN" or t.like_num) for t in verb.subtree)

    def unreal_predicate(self, head: Token) -> Verdict | None:
        """modality.speculative, said of the act's noun: "a ceasefire deal was close", "a truce is possible": the
        noun is the subject of "be" with a predicate of what is not yet real (not "the fighting was close to the
        city", a place)."""
        head = compound_head(head)  # "a ceasefire deal was close": the noun the act's word names a kind of
        if head.pos_ != "NOUN" or head.dep_ != "nsubj" or head.head.lemma_ != "be":
            return None
        for c in head.head.children:
            if c.dep_ == "acomp" and c.lower_ in self.unreal_predicates and not any(
                    g.dep_ == "prep" for g in c.children):
                return Verdict(False, "modality.speculative", f"not yet real ({head.text} ... {c.text})")
        return None

    def _speculative(self, tok: Token, child: Token) -> Verdict | None:
        """modality.speculative: "an imminent assault", "a possible ceasefire", "possibly took"."""
        if child.dep_ in ("amod", "advmod") and child.lower_ in self.unreal_modifiers \
                and not any(c.dep_ == "prep" for c in child.children):  # ("exploded next to a convoy": a place)
            return Verdict(False, "modality.speculative", f"not yet real ({child.text} {tok.text})")
        return None

    def _describes_aim_of_act(self, rel: Token, noun: Token) -> bool:
        """Is the simple past `rel` a relative clause on the object of a purpose whose own verb is a past act
        ("police fired tear gas to turn back a crowd that threw stones")? The crowd's act is told as done; under a
        plan ("plans to punish the fighters who attacked the convoy") it only says whom the plan is about."""
        aim = noun.head
        if rel.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in rel.children) or noun.dep_ != "dobj" \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in aim.children):
            return False
        act = aim.head
        return aim.dep_ in ("advcl", "xcomp") and act.tag_ == "VBD" and act.lemma_.lower() not in self.irrealis_verbs

    def _purpose(self, tok: Token, child: Token) -> Verdict | None:
        """modality.purpose: a to-infinitive is a purpose ("went west to take X") unless the verb before it
        makes it a fact ("managed to take X", "continued to shell"); in an adverbial clause it always is, and after an
        aspect verb with an object of its own ("began an operation to drive X out")."""
        if child.dep_ == "aux" and child.lower_ == "to" and tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "ROOT" and any(t.tag_ in ("VBD", "VBN") and t.i < tok.i for t in tok.sent):
                # "Police used water cannon to clear the square": a parse that lost the main verb ("used", hung
                # as a modifier) makes the purpose the root; the act told before it happened.
                return None
            governor = tok.head.lemma_.lower()
            if tok.lemma_.lower() in self.protest_infinitives and tok.head.tag_ in ("VBD", "VBN") \
                    and governor not in self.irrealis_verbs:
                # "drove tractors into Brussels to protest", "came out to demonstrate": being there to protest,
                # done, is the protest (not "threatened to protest", "plans to rally").
                return None
            if governor not in self.fact_before_infinitive or tok.dep_ == "advcl":
                return Verdict(False, "modality.purpose", f"not yet real ({tok.head.text} to {tok.text})")
            if governor in self.aspect_verbs and any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children):
                # "began an operation to drive X out of Y": what began is the operation; the infinitive is its aim.
                return Verdict(False, "modality.purpose", f"not yet real ({tok.head.text} ... to {tok.text})")
        return None

    # ------------------------------------------------------------------ rules on the words governing it

    def since_clause(self, tok: Token) -> bool:
        """Is the token a clause that opens with "since" ("since the junta seized power")?"""
        return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.presupposing for c in tok.children)

    def governed(self, head: Token) -> Verdict:
        """Climb from the trigger through its heads (along irrealis_reach_deps, at most _MAX_CLIMB) and apply,
        at each step: modality.reported (accept), modality.conditional (an if-clause), modality.plan and
        modality.plan_noun (a governing irrealis verb or noun), then the local rules on a governing verb."""
        tok = head
        depth = 0
        while tok.dep_ != "ROOT" and depth < _MAX_CLIMB:
            dep = tok.dep_
            parent = tok.head
            depth += 1
            if _participle_under_purpose(tok, parent):
                return _PARTICIPLE
            since = self.since_clause(tok) \
                or dep == "pcomp" and tok.tag_ == "VBG" and parent.lower_ in self.presupposing
            if since and not _dated_clause(tok):
                # "Since it seized power, the junta has ...", "since seizing the town": the start of a state, an
                # act named as known, with no date of its own (as "since the coup", drop.temporal_reference).
                return Verdict(False, "modality.since_undated", f"the start of a state, undated ({tok.text})")
            if dep == "advcl" and tok.tag_ == "VBD" and any(
                    c.dep_ == "mark" and c.lower_ in self.temporal for c in tok.children):
                return _PAST_ANCHOR  # "would withdraw the bill after protesters stormed parliament"
            if dep == "advcl" and tok.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in tok.children) and any(
                    c.dep_ == "mark" and c.lower_ in self.past_markers for c in tok.children):
                return _PAST_ANCHOR  # "claiming to restore peace as they overthrew the junta leader"
            if dep == "advcl" and any(c.dep_ == "nsubj" for c in tok.children) and any(
                    c.dep_ == "mark" and c.lower_ in self.reason_markers for c in tok.children):
                # "residents cannot return because rebels burned their houses": the reason is told as fact, whatever
                # the main clause's modal or negation (its own modal or plan was read on the way up).
                return _REASON
            before = tok.doc[parent.i - 1] if parent.i > 0 else parent
            if dep == "pobj" and parent.lower_ == "of" and any(
                    c.dep_ == "det" and c.lower_ == "no" for c in parent.head.children):
                # "had no record of the arrest", "no sign of an attack": the act is what there is none of.
                return Verdict(False, "modality.negated", f"negated (no {parent.head.text} of {tok.text})")
            if dep in ("pcomp", "pobj") and (f"{before.lower_} {parent.lower_}" in self.negating_preps
                                             or parent.lower_ in self.negating_preps):
                return Verdict(False, "modality.negated", f"denied ({before.text} {parent.text} {tok.text})")
            if dep == "pcomp" and tok.tag_ == "VBG" and (parent.lower_ in self.presupposing or (
                    parent.lower_ in self.temporal and _told_past(parent.head))):
                # "have refused to cooperate since seizing power in a 2023 coup": the seizing happened; "since"
                # presupposes it, and under a past clause "after taking X" did too.
                return _PAST_ANCHOR
            if dep == "pobj" and tok.i == head.i and tok.pos_ == "NOUN" and parent.lower_ in self.temporal \
                    and any(c.dep_ in ("det", "poss") for c in tok.children) and _dated_past(tok):
                # "may advance on Bukavu after their capture of Goma last month": an act named as the time of
                # another, with a past time of its own, happened, whatever the main clause says.
                return _PAST_ANCHOR
            if dep == "relcl" and _told_past(tok) and (_dated_clause(tok) or set_off(tok)
                                                    or self._describes_aim_of_act(tok, parent)):
                return _RELATIVE_PAST  # "asked the Houthis, who seized Sanaa in 2014, for news"
            if tok.i == head.i and dep == "acl" and tok.tag_ == "VBN" and parent.dep_ in ("nsubj", "nsubjpass") \
                    and not any(c.dep_ in ("nsubj", "aux", "mark") for c in tok.children):  # (not "reports that ...")
                # "a lawyer detained on Friday has not been seen since": the participle tells its own past act;
                # what the clause above says of the lawyer (negated or not) is another matter.
                return _RELATIVE_PAST
            if dep == "ccomp" and tok.i < parent.i and any(
                    t.text in (":", ";") and t.head.i == parent.i for t in tok.doc[tok.right_edge.i + 1:parent.i]):
                # "the two sides reached an agreement: fighters would hand over their weapons": the parser may
                # hang the clause told first under the one after the colon, which spells out what it held; that
                # clause's modal is its terms, not the act told before it.
                break
            v = self._step(tok, dep, parent, head)
            if v is not None:
                return v
            if dep == "csubj" and (hypothesis := [c for c in parent.children
                                                  if c.dep_ == "aux" and c.lower_ in self.hypothetical]):
                # "warned that storming government buildings could lead to more violence": an act named as the
                # subject of what it could bring is a hypothesis, not an act told.
                return Verdict(False, "modality.modal", f"modal ({tok.text} {hypothesis[0].text} {parent.text})")
            if dep not in self.reach:
                break
            if parent.pos_ in ("VERB", "AUX", "ADJ") and not _own_clause_beside(tok, dep):
                # ("The next target would be X, and troops have surrounded Y": a clause joined with a subject of its
                # own keeps its own modality; the modal, negation or plan of the clause beside it is not its)
                v = self.local(parent)
                if v is not None and v.rule == "modality.negated" and dep == "advcl" \
                        and self._denied_by_subject(parent):
                    # "Nobody was hurt when soldiers set fire to the houses": the subject denies the harm, not
                    # the act told in the clause on it.
                    return _HARM_DENIED
                if v is not None and v.rule in ("modality.negated", "modality.modal") \
                        and parent.lemma_.lower() in self.still_facts:
                    # "have not forgotten the ambush in which bandits killed 30 vigilantes", "will never forget the
                    # night ...": the remembering is negated (or to come), the act under it stays a fact.
                    return _NOT_FORGOTTEN
                if v is not None:
                    return v
            tok = parent
        return _FACT

    def _denied_by_subject(self, verb: Token) -> bool:
        """Is a verb negated only by its subject ("nobody was hurt", "no civilians were killed"), with no "not" or
        "never" of its own?"""
        return not any(c.dep_ == "neg" for c in verb.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in self.negative_pronouns
                                                  or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children))
            for c in verb.children)

    def _step(self, tok: Token, dep: str, parent: Token, head: Token | None = None) -> Verdict | None:
        """The rules read on one link of the climb, from `tok` up to `parent`."""
        lemma = parent.lemma_.lower()
        # "reports of a massacre in X were fabricated", "claims that police shot them are untrue": denied (the
        # report noun, which the parse may read as a reporting verb, is the subject of the false predicate).
        if dep in _SUBJECTS and self._called_false(parent):
            return Verdict(False, "modality.denied", f"called false ({tok.text} ... {parent.text})")
        if parent.dep_ in _SUBJECTS and self._called_false(parent.head):
            return Verdict(False, "modality.denied", f"called false ({parent.text} ... {parent.head.text})")
        if lemma in self.reporting_verbs and parent.pos_ == "VERB" and parent.dep_ not in _NOUN_SLOTS:
            # "X said rebels took Y": the report is the fact the article relays. (A reporting word in a noun's
            # slot is the noun the parse took for a verb, "denied reports that rebels took Y": climb on.)
            return _REPORTED
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.condition_markers for c in tok.children):
            return Verdict(False, "modality.conditional", f"conditional ({tok.text})")
        if dep == "oprd" and any(c.dep_ == "dobj" for c in parent.children):
            return None  # "what the AU called a coup", "called it a coup": the verb names the act, no call for it
        if dep == "dobj" and head is not None and tok.i == head.i and tok.pos_ == "NOUN" and parent.pos_ == "VERB" \
                and lemma in self.order_verbs and tok.lemma_.lower() in self.decided_acts \
                and not any(c.dep_ == "compound" and c.lemma_.lower() in self.detention_compounds
                            for c in tok.children):
            # "a magistrate ordered the arrest of the officers": the act decided, not told as done ("ordered the
            # killing of 180 people" tells the killing through its command: not a decided act's noun; "ordered the
            # house arrest of the deputy governor": the order itself holds him, words/detention_compounds; "the
            # mass arrest" is still only ordered).
            return Verdict(False, "modality.ordered", f"ordered, not told as done: '{parent.text} {tok.text}'")
        # (the surface form too: the parser lemmatises "hoped" as "hop", so the list spells "hoped" as well)
        if parent.pos_ in ("VERB", "AUX", "ADJ") and (_verb_key(parent) | {parent.lower_}) & self.irrealis_verbs \
                and dep in self.reach and not _beside(tok, dep):
            # ("rejected the deal, and its fighters clashed with troops": the act's own verb, with its own subject,
            # told beside the refusal, not under it; "demanding reforms and mourning protesters who were killed":
            # a verb joined to the plan's verb is another act beside it, not what is planned)
            return Verdict(False, "modality.plan", f"not yet real: governed by '{parent.text}'")
        if parent.pos_ == "NOUN" and lemma in self.irrealis_nouns and dep in _NOUN_GOVERNS:
            return Verdict(False, "modality.plan_noun", f"not yet real: governed by '{parent.text}'")
        listed = dep == "prep" and tok.lower_ in self.inclusions and lemma in self.charge_words and any(
            c.dep_ == "prep" and c.lower_ in self.charge_preps and c.i < tok.i for c in parent.children)
        # ("sentenced him for crimes against humanity, including the killing of civilians": the parser hangs the
        # list on the verb; what it includes is charged as the crimes are)
        if (dep == "prep" and tok.lower_ in self.charge_preps or listed) and lemma in self.charge_words \
                and (self._charged(parent) or self._attempt_charged(tok, parent)):
            if head is not None and head.pos_ == "NOUN" and _timed_in_sentence(head, _DATED, head.i + 1,
                                                                             year=True):
                # "accused over the killing of 137 villagers near X in March 2021": an act with a date of its own is
                # history told as fact; the charge says who did it, not whether it happened.
                return _CHARGED_DATED
            return Verdict(False, "modality.charged", f"a charge: '{parent.text} {tok.text}'")
        if dep == "prep" and f"{lemma} {tok.lower_}" in self.arrest_reasons and parent.pos_ == "VERB":
            if head is not None and (_timed_in_sentence(head, _TIMED, head.left_edge.i)
                                     or any(c.dep_ == "relcl" for c in head.children)):
                # "arrested over the killing of 20 villagers in March 2017", "over a grenade attack the previous
                # day", "for the looting that wrecked the centre on Friday": an act with a time after it or a clause
                # of its own is told (the time may be the arrest's: the act then stays, as it was)
                return _CHARGED_DATED
            # "269 people were arrested for looting and arson": why they were held, not an act told of its own
            # (the arrest is the act told).
            return Verdict(False, "modality.arrest_reason", f"what an arrest is for: '{parent.text} {tok.text}'")
        if dep == "acl" and tok.tag_ == "VBN" and parent.pos_ == "NOUN" and parent.dep_ in ("dobj", "nsubjpass") \
                and parent.head.lemma_.lower() in self.court_verbs:
            # "a court acquitted two men arrested after the 2013 attack": the act names whom the court judged, it
            # is the trial's background, not an act the story tells.
            return Verdict(False, "modality.judged", f"whom a court judged: '{parent.head.text} {parent.text}'")
        # "taking the port was a priority", "his arrest has been a priority": the act is the subject of a copula
        # whose attribute is such a noun.
        subject = dep == "csubj" or dep == "nsubj" and tok.pos_ == "NOUN"
        aim = next((c for c in parent.children if c.dep_ == "attr" and c.lemma_.lower() in self.irrealis_nouns),
                   None) if subject and parent.pos_ == "AUX" else None
        if aim is not None:
            # "taking the port was a priority", "capturing the port is the aim": the act is what such a noun says.
            return Verdict(False, "modality.plan_noun", f"not yet real: told as a '{aim.text}'")
        return None


    def _attempt_charged(self, prep: Token, word: Token) -> bool:
        """Is what the charge's preposition takes an attempt or a plot laid on people who are not an armed side
        ("accuses the former army chief of trying to seize power", "accused of plotting a coup")? Such an act is
        charged in any voice: the accusation tells no act done. ("Kyiv accused Russian forces of trying to storm X"
        tells the fight, as "accused Russia of shelling X" tells the shelling.)"""
        if any(c.dep_ == "dobj" and (c.lemma_.lower() in self.accusers_named
                                     or c.pos_ == "PROPN" and c.ent_type_ != "PERSON") for c in word.children):
            return False  # (a state, a group or a force named: "accused Russia of trying to storm X")
        return any(c.dep_ in ("pcomp", "pobj") and c.lemma_.lower() in self.charged_attempts for c in prep.children)

    def _charged(self, word: Token) -> bool:
        """Does the charge word lay an act on people as a charge: any such word but those of passive_charge_words
        ("accuse", "suspect"), which do so only in the passive, of someone who is not an armed side ("those held
        are accused of arson"; not "Kyiv accused Russia of shelling X", nor "the army is accused of killing
        civilians")?"""
        if word.lemma_.lower() not in self.passive_charges:
            return True
        if word.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in word.children):
            # "arrested 17 people it accused of attacking troops": the accused are the clause's noun, the people
            # held; what they are accused of is their charge, unless they are an armed side ("the militia it
            # accused of shelling X").
            return not (word.head.pos_ == "PROPN" or word.head.lemma_.lower() in self.accusers_named)
        subjects = [c for c in word.children if c.dep_ in ("nsubjpass", "nsubj")]
        passive = word.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in word.children)
                                          or word.dep_ in ("acl", "amod"))
        named = any(t.pos_ == "PROPN" or t.lemma_.lower() in self.accusers_named for s in subjects for t in s.subtree)
        if word.dep_ in ("acl", "amod"):
            named = word.head.pos_ == "PROPN" or word.head.lemma_.lower() in self.accusers_named
        return passive and not named

    def claim_denied(self, report: Token) -> Token | None:
        """The verb that disowns what `report` relays, when the report ends on a claim noun with a relative clause
        of denial ("said its fighters had overrun the camp, a claim the army denied"), else None."""
        for noun in report.subtree:
            if noun.lemma_.lower() not in self.claim_nouns or noun.i == 0 or noun.nbor(-1).lower_ not in ("a", "an") \
                    or noun.i < 2 or noun.nbor(-2).text != ",":
                continue
            verb = next((c for c in noun.children if c.dep_ == "relcl"
                         and c.lemma_.lower() in self.irrealis_verbs), None)
            if verb is not None:
                return verb
        return None

    def _called_false(self, verb: Token) -> bool:
        """Is the predicate one that calls its subject false: the verb ("were fabricated") or its copula's
        adjective or noun ("were baseless", "is a fabrication")?"""
        if verb.lemma_.lower() in self.falsity or verb.lower_ in self.falsity:
            return True
        return any(c.dep_ in ("acomp", "attr", "oprd")
                   and (c.lemma_.lower() in self.falsity or c.lower_ in self.falsity) for c in verb.children)


def _dated_past(noun: Token) -> bool:
    """Does a time of the noun's own phrase, after it, end before publication ("their capture of Goma last month",
    "the strike on X in April 2022"; not "the withdrawal next month")?"""
    published = noun.doc.user_data.get(PUBLISHED)
    if published is None:
        return False
    lo, hi = noun.i, noun.right_edge.i
    return any(lo < span.start <= hi and expr.kind in (TimeKind.EXPLICIT, TimeKind.RELATIVE)
               and expr.date_end is not None and expr.date_end < published
               for span, (_, expr) in found(noun.doc, TIMES))


def present_perfect(verb: Token) -> bool:
    """Is the verb told in the present perfect ("has fought", "have been accused", "has been fighting"), by an
    auxiliary "have" of its own in the present? (Also read by candidates, dating and nonevents: undated present
    perfect is current news.)"""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in _PRESENT for c in verb.children)


def _verb_key(verb: Token) -> set[str]:
    """A verb's lemma, and with its particle ("held off" = "hold off", "broke down" = "break down")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def _dated_definite(noun: Token) -> bool:
    """Is the act a definite noun with a date of its own before it ("the 1995 massacre", "the 2016 siege of X",
    "Sunday's attack")?"""
    if noun.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    lo = noun.left_edge.i
    return any(s.label_ == TimeKind.EXPLICIT and lo <= s.start and s.end <= noun.i
               for s in noun.doc.spans.get(TIMES, ()))


def _timed_in_sentence(noun: Token, kinds: tuple[str, ...], lo: int, year: bool = False) -> bool:
    """Is there a time expression of one of `kinds` from token `lo` to the end of the act noun's sentence, with a
    four-digit year in it when `year`? From the noun on: "over the massacre at a bar last week"; after it, a year:
    "the killing of 40 villagers in Bossangoa in December 2013" (the parse may hang it on the charge's verb)."""
    end = noun.sent.end
    return any(s.label_ in kinds and lo <= s.start and s.end <= end
               and (not year or any(t.like_num and len(t.text) == 4 for t in s))
               for s in noun.doc.spans.get(TIMES, ()))


def set_off(verb: Token) -> bool:
    """Is the relative clause set off by a comma ("al-Bab, which was also bombed")? Such a clause asserts its act
    on its own; a restrictive one ("rebels who had come under fire") names whom the sentence is about, mostly by
    an act the story tells elsewhere. (Also read by the pipeline's date of a background clause.)"""
    first = verb.left_edge
    return first.i > 0 and verb.doc[first.i - 1].is_punct and verb.doc[first.i - 1].text in ",;("


def _set_for_a_time(verb: Token) -> bool:
    """Does the participle's own phrase name a time it is set for ("planned for Thursday"), not a span ("planned
    for months")?"""
    lo, hi = verb.i, verb.right_edge.i
    return any(s.label_ in (TimeKind.EXPLICIT, TimeKind.RELATIVE) and lo < s.start and s.end <= hi + 1
               for s in verb.doc.spans.get(TIMES, ()))


def deal_ending(noun: Token, ending_verbs: frozenset[str] | set[str]) -> Token | None:
    """The verb of ending (words/ending_verbs) an agreement noun is the subject of ("the truce collapsed"), or
    that goes on from the verb it is the subject of ("ceasefires agreed in Jeddah were violated": the parser may
    hang the ending verb as a clause of the first, with no subject of its own), or told through a report ("the
    truce was said to have collapsed"); None when there is none."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "after the talks and a five-day ceasefire ended": the list's first noun is the subject
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.pos_ == "VERB"
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    verbs += [c for v in verbs for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return next((v for v in verbs if _verb_key(v) & ending_verbs), None)


def deal_made_times(noun: Token, ending: Token, making: frozenset[str] | set[str]) -> list[Span]:
    """The time expressions told from the agreement noun up to the verb of its ending that date the deal's making
    ("a ceasefire agreed in Luanda in November 2022 collapsed", "a first ceasefire on July 22 failed"): on the noun
    itself or in a participle or relative clause on it whose verb makes a deal (words/deal_making_verbs), not under
    another verb ("a ceasefire that was due to start on Monday collapsed"). A time after the ending verb dates the
    ending ("a ceasefire collapsed four years ago"), and a date before the noun names a deal referred to ("the
    2018 truce collapsed"), as the verdict reads a dated deal noun."""
    start = min([ending.i, *(c.i for c in ending.children
                             if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < ending.i)])
    lo = noun.i
    return [s for s in noun.doc.spans.get(TIMES, ()) if lo <= s.start and s.end <= start
            and _dates_making(s.root, noun, ending, making)]


def _dates_making(tok: Token, noun: Token, ending: Token, making: frozenset[str] | set[str]) -> bool:
    """Does the time word `tok` hang on the deal noun, directly or through a clause on it whose verb makes a deal
    ("agreed in May", "that China brokered in January")? A participle the parser made the noun's own verb counts
    ("a ceasefire agreed in May was violated" read as "ceasefire agreed"), and so does a time it hung on the
    ending verb that follows such a participle ("the truce agreed in Bentiu last month had collapsed")."""
    at = tok.i
    while tok.i != noun.i:
        if tok.i == ending.i:
            return any(_makes_deal(v, noun, making) for v in noun.doc[noun.i + 1:at])
        if tok.pos_ in ("VERB", "AUX"):
            return _makes_deal(tok, noun, making)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _makes_deal(verb: Token, noun: Token, making: frozenset[str] | set[str]) -> bool:
    """Is `verb` a verb of making the deal (words/deal_making_verbs) in a clause on the deal noun, or the verb the
    parser hung the noun on?"""
    on_noun = verb.dep_ in ("relcl", "acl") and verb.head.i == noun.i or noun.head.i == verb.i
    return verb.pos_ == "VERB" and on_noun and verb.lemma_.lower() in making


def _dated_clause(verb: Token) -> bool:
    """Does the clause give its act a time of its own ("who seized Sanaa in 2014", "March 3, when they stormed
    the depot", "which has been besieged for two years")?"""
    lo, hi = verb.left_edge.i, verb.right_edge.i
    at = verb.head.i  # the antecedent: "since April 12, when ..."
    return any(s.label_ in _WHEN_KINDS and (lo <= s.start and s.end <= hi + 1 or s.start <= at < s.end)
               for s in verb.doc.spans.get(TIMES, ()))


def _told_past(verb: Token) -> bool:
    """Is the verb told in a past tense, with no modal ("seized", "had come", "was taken", "has taken")?"""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return True
    # "had come", "has taken", "was taken"; not "are besieged", a state told in the present.
    return verb.tag_ == "VBN" and any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes)


def _own_clause_beside(tok: Token, dep: str) -> bool:
    """Is `tok` a verb joined to the clause above it with a subject of its own ("would be X, and troops have
    surrounded Y")? Its clause says for itself whether it happened."""
    return dep == "conj" and tok.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in tok.children)


def _beside(tok: Token, dep: str) -> bool:
    """Is `tok` a verb joined to a verb of plan as another act of its own, not its complement: with a subject of
    its own, or a finite verb or a participle with no "to" ("demanding reforms and mourning the dead", "rejected
    the deal and attacked the town"; not "vowed to fight and to win")?"""
    if dep != "conj" or tok.pos_ not in ("VERB", "AUX"):
        return False
    return _own_clause_beside(tok, dep) or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and tok.tag_ in ("VBD", "VBG", "VBZ", "VBP")


def _participle_under_purpose(tok: Token, parent: Token) -> bool:
    """"Troops are fighting to reopen the road, firing mortars at rebel trenches": spaCy hangs the participle
    (VBG, set off by a comma) under the purpose infinitive, but it tells what the troops did, in the tense of
    the main clause."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "xcomp") or tok.i < parent.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in parent.children):
        return False
    return any(t.lower_ == "," for t in tok.doc[parent.i:tok.i])


def _own_time(verb: Token) -> bool:
    """Does a day, month or year lie in the verb's own subtree ("and on Tuesday jets struck X")?"""
    lo, hi = verb.left_edge.i, verb.right_edge.i
    return any(s.label_ in _TIMED and lo <= s.start <= hi for s in verb.doc.spans.get(TIMES, ()))


def _own_clause(head: Token) -> list[Token]:
    """The trigger word, and for a noun its governing verb ("launched an attack", "the attack was repelled")."""
    toks = [head]
    if head.pos_ in ("NOUN", "PROPN") and head.head.pos_ in ("VERB", "AUX") and head.dep_ in _OWN_CLAUSE:
        toks.append(head.head)
    return toks


@lru_cache(maxsize=1)
def _default_modality() -> Modality:
    from frontlog.knowledge.base import default_knowledge

    return Modality(default_knowledge())


def assess(head: Token) -> tuple[bool, str]:
    """(reported as fact?, reason) with the process's default knowledge: the call extract/pipeline.py makes
    until it builds its stages from a KnowledgeBase (then: `Modality(kb).assess` or `.verdict`)."""
    return _default_modality().assess(head)


def verdict(head: Token) -> Verdict:
    """`Modality.verdict` with the process's default knowledge (see `assess`)."""
    return _default_modality().verdict(head)


def _in_quotation(tok: Token) -> bool:
    """Does the token lie inside quotation marks opened earlier in its paragraph?"""
    text = text_of(tok.doc)
    seg = text[text.rfind("\n", 0, tok.idx) + 1:tok.idx]
    opened, closed = seg.count("\u201c"), seg.count("\u201d")
    if opened or closed:
        return opened > closed
    return seg.count('"') % 2 == 1


def _told_in_full(tok: Token) -> bool:
    """Is the token's sentence a full sentence of the article (it ends with a full stop), not a headline?"""
    last = next((t for t in reversed(tok.sent) if not t.is_space), None)
    return last is not None and last.text in (".", "\u201d", '"') and tok.sent[0].i > 0
