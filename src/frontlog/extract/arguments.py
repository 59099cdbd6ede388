"""Argument attachment: who did it, to whom, where, when, how many, according to whom.

Works on one sentence with its trigger, the place and actor mentions already found in it, and the time
expressions in it. Syntax first (subject, object, "by", "against", "backed by"), word order as fallback.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from frontlog.extract.components import ACTORS, PLACES, TEXT, TIMES
from frontlog.knowledge.actors import CIVILIAN_KIND, PROTESTER_KIND, RIOTER_KIND, STATE_KIND
from frontlog.knowledge.gazetteer import ADMIN1_KIND, COUNTRY_KIND, Place, name_key
from frontlog.knowledge.lexicon import DOER
from frontlog.knowledge.patterns import number_values
from frontlog.model import geo

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from frontlog.knowledge.base import KnowledgeBase

ARMED_STATUS, CIVILIAN_STATUS = "armed", "civilian"  # who people were, as Arguments.status_of tells it
AIR_CONTEXT = "<air-context>"  # added to a sentence's words when the sentence before told an air strike
GROUND_CONTEXT = "<context2>"  # ... and this one when it told a shelling or a missile strike (a marker, no word)
MAX_PLACE_COST = 24  # beyond this (dependency edges plus penalties) a place belongs to another clause or a source
CROWD_SIZE = 100  # people counted from this many on are a crowd ("several hundred people", "some 2,000 people")


@dataclass
class Mention:
    """A place or actor found in a sentence, with the token that heads it."""

    value: Any
    start: int  # char offsets within the document
    end: int
    token: Token
    precision: int = 1
    extra: dict = field(default_factory=dict)


def first_token(place: Mention) -> Token:
    """The first word of a place's name: the origin word of "fighters from Jisr al-Shughur" stands right before
    "Jisr", more than three words before the name's head."""
    tok = place.token
    while tok.i > 0 and tok.doc[tok.i - 1].idx + len(tok.doc[tok.i - 1]) > place.start:  # (overlapping the name)
        tok = tok.doc[tok.i - 1]
    return tok


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy rebuilds Doc.text from its tokens on every access."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """A span's text (a sentence's), cut from the document's text built once: spaCy joins the span's tokens again
    on every Span.text."""
    return text_of(span.doc)[span.start_char:span.end_char]


def hyphen_words(toks: Sequence[Token]) -> set[str]:
    """The words the tokeniser split at a hyphen, joined again ("sit-in", "stone-thrower"), lower case: word
    classes list them whole."""
    return {f"{a.lower_}-{b.lower_}" for a, h, b in zip(toks, toks[1:], toks[2:], strict=False)
            if h.text == "-" and not a.whitespace_ and not h.whitespace_ and h.i == a.i + 1 and b.i == h.i + 1}


def _in_doers_clause(head: Token, tok: Token) -> bool:
    """Is the place inside a relative clause on the act's subject ("RSF fighters who had fled X looted ...",
    "militants who came from X attacked ...")? It tells where the doers were before, not where they acted (rule
    place.syntax); the act's own clause, when it names a place, is the likelier one."""
    t = tok
    while t.i != t.head.i and t.i != head.i:
        if t.dep_ == "relcl" and t.head.dep_ == "nsubj" and t.head.head.i == head.i:
            return True
        t = t.head
    return False


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens in the dependency tree (same sentence)."""
    path_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(path_a)}
    for n, tok in enumerate([b, *b.ancestors]):
        if tok.i in index:
            return n + index[tok.i]
    return 99


def _active_after_passive(verb: Token, first: Token) -> bool:
    """Is `verb`, joined to the passive `first` with no subject of its own, active ("were repelled but recaptured
    Alamata", "was pushed back and then retook it"), not a second passive ("were killed and wounded")?"""
    return any(c.dep_ == "auxpass" for c in first.children) and not any(
        c.dep_ == "auxpass" for c in verb.children) and (
        verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "dobj" for c in verb.children))


def act_doers(head: Token) -> list[Token]:
    """Who did the act the trigger tells: its verb's subject, or the subject it shares as a conjunct or an
    infinitive ("a mob beat a man and set his body ablaze"), or the agent of a passive ("torched by
    villagers"); with their conjuncts and, for a partitive, what it is a part of ("hundreds of residents",
    "a group of youths")."""
    verb = head if head.pos_ in ("VERB", "AUX") or head.head.i == head.i else head.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    subjects += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    return subjects + [g for s in subjects for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]


def relative_patients(head: Token) -> list[Token]:
    """What a verb heading a relative clause acted on, when that is the clause's antecedent: "passengers they had
    seized", "the father of a singer, who was seized" (the noun "of" hangs on too), "pupils whom gunmen took"; none
    for "the gunmen who seized a town", where the antecedent is the doer."""
    if head.dep_ != "relcl":
        return []
    relative = next((c for c in head.children if c.tag_ in ("WP", "WDT")), None)  # who, whom, which, that
    if relative is not None and relative.dep_ not in ("dobj", "nsubjpass"):
        return []
    # No relative word ("passengers they had seized"): the antecedent fills the object the clause lacks.
    if relative is None and (any(c.dep_ in ("dobj", "nsubjpass") for c in head.children)
                             or not any(c.dep_ == "nsubj" for c in head.children)):
        return []
    antecedent = head.head
    if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of":
        return [antecedent, antecedent.head.head]
    return [antecedent]


def conj_objects(head: Token, lemmas: set[str] | None = None) -> list[Token]:
    """The objects of the verbs joined to `head` that have no subject of their own (of those whose lemma is in
    `lemmas`, when given): what a verb with no object of its own acted on ("found and destroyed five landmines",
    "shot and wounded a journalist")."""
    return [o for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and (lemmas is None or c.lemma_.lower() in lemmas)
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for o in c.children if o.dep_ == "dobj"]


def pronoun_antecedents(obj: Token, head: Token, pronouns: set[str]) -> list[Token]:
    """Who an object pronoun of a verb joined to an earlier one stands for: that earlier verb's object, when
    neither verb has a subject of its own ("took three farmers from their fields and shot them dead", "pulled
    nine passengers off a bus and shot at them": the farmers, the passengers). None for any other word, nor where
    the second verb has its own subject ("rebels ambushed a patrol and soldiers shot them"). `pronouns`: those
    that stand for people (word class person_pronouns)."""
    if obj.lower_ not in pronouns or obj.tag_ != "PRP":
        return []
    verb = obj.head
    while verb.pos_ == "ADP" and verb.head.i != verb.i:  # ("shot at them")
        verb = verb.head
        if verb.pos_ in ("NUM", "PRON", "DET", "ADJ") and verb.dep_ in ("dobj", "nsubjpass") \
                and verb.head.i != verb.i:
            verb = verb.head  # ("rounded up the men and shot 12 of them", "most of them"): a part of them
    if verb.i != head.i or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    objs = [c for c in first.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
    # ("ambushed a group of farmers and led eight of them away": the people a collective or a number names)
    return objs + [g for c in objs for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]


def _subject_sharers(head: Token) -> set[int]:
    """The verbs whose subject the trigger's verb shares, up its chain of conjuncts and participles ("fighters
    looted the market and abducted 20 men": "looted" for "abducted"); none when it has a subject of its own."""
    verb, out = head, set()
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.head.i != verb.i and (
            verb.dep_ in ("conj", "xcomp") or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        verb = verb.head
        out.add(verb.i)
    return out if head.pos_ == "VERB" else set()


def _frame_noun(head: Token, other: Token) -> bool:
    """Is `other` a noun the trigger governs with no verb between them ("arrested 25 people in raids in X"): the
    frame its act was done in, not an act whose places compete with it?"""
    if other.pos_ not in ("NOUN", "PROPN") or other.i == head.i:
        return False
    for anc in other.ancestors:
        if anc.i == head.i:
            return True
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


def governed(head: Token, tok: Token) -> bool:
    return head.i == tok.i or any(anc.i == head.i for anc in tok.ancestors)


def _doer_position(tok: Token) -> bool:
    """Is the token a clause's subject or a passive's agent ("armed men stopped his car", "was seized by gunmen")?"""
    return tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _road_named_by_ends(place: Mention) -> bool:
    """Is the place one end of a road's name ("the Dhaka-Mymensingh highway")? Such a road runs far from both."""
    return place.extra.get("place_rule") == "place.between" and "-" in text_of(place.token.doc)[place.start:place.end]


def coordinated(a: Token, b: Token) -> bool:
    """Places or actors joined by "and"/commas: "took X and Y", "in Hama, Idlib and Raqqa provinces", "the SDF and
    the government agreed"."""
    if b.head.i == a.i and b.dep_ == "conj" or a.head.i == b.i and a.dep_ == "conj":
        return True
    if b.dep_ == "conj" and a.dep_ == "conj" and a.head.i == b.head.i:
        return True
    # chains: a <- conj - x <- conj - b
    root_a = a
    while root_a.dep_ == "conj":
        root_a = root_a.head
    root_b = b
    while root_b.dep_ == "conj":
        root_b = root_b.head
    if root_a.i == root_b.i:
        return True
    # compounds inside one coordination ("Hama, Lattakia and Idlib provinces": names are compounds)
    if a.dep_ == "compound" and b.dep_ in ("conj", "compound") and a.head.i == b.head.i:
        return True
    # each with a preposition of its own: "spread to the city of A and to B", "in A and in B", "at universities in
    # A and in the city of B" (the first preposition on the way up from a name as well as the last)
    return any(pa.i != pb.i and (pb.dep_ == "conj" and pb.head.i == pa.i or pa.dep_ == "conj" and pa.head.i == pb.i)
               for pa in _prepositions_of(a) for pb in _prepositions_of(b))


def compound_head(tok: Token) -> Token:
    """The noun a compound's first words belong to ("ceasefire" in "a ceasefire deal" -> "deal", "Idlib" in "the
    Idlib countryside" -> "countryside")."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def phrase_head(tok: Token) -> Token:
    """The noun a name or modifier belongs to ("Malian" in "Malian soldiers" -> "soldiers")."""
    while tok.dep_ in ("compound", "amod", "appos", "poss", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def participle_on(head: Token, tok: Token) -> bool:
    """The trigger is a past participle on the actor's noun, which it was done to: "soldiers executed at dawn",
    "the ambushed soldiers", "images of soldiers massacred" (the parse may hang it on the noun the actor's is
    "of", and tag it as a past tense)."""
    if not (head.dep_ == "amod" and head.tag_ == "VBN" or head.dep_ == "acl" and head.tag_ in ("VBN", "VBD")):
        return False
    if any(c.dep_ == "dobj" for c in head.children):
        return False  # a verb with an object of its own is active: "soldiers backed by militias killed 30 people"
    noun = phrase_head(tok)
    return noun.i == head.head.i or noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.i == head.head.i


def _preposition_of(tok: Token) -> Token | None:
    """The preposition a name is the object of, through "the city of": "to" for A in "to the port city of A";
    through a site it names or is in: "near" for A in "near A airport", "at" for B in "at a base in B"."""
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        tok = tok.head
    while tok.dep_ == "pobj" and (tok.head.lower_ == "of" or tok.head.lower_ == "in" and tok.head.head.dep_ == "pobj"
                                  and tok.head.head.pos_ == "NOUN") and tok.head.head.i != tok.head.i:
        tok = tok.head.head
    return tok.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "conj") else None


def _prepositions_of(tok: Token) -> list[Token]:
    """The preposition a name is the object of (_preposition_of) and, when that one is reached through a noun the
    name is "in" ("at universities in A"), the name's own "in" too."""
    last = _preposition_of(tok)
    first = tok.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "conj") else None
    if last is None or first is None or first.i == last.i:
        return [p for p in (last, first) if p is not None][:1]
    return [last, first]


_UNREAD = object()
_READ_LIMIT = 256  # sentences remembered (an article's trigger sentences; the table is emptied when full)


class Arguments:
    """The argument-attachment rules, with the words and patterns they use taken from a KnowledgeBase (word
    classes in knowledge/data/words, patterns in knowledge/data/patterns.yaml)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        w, pat = kb.words, kb.patterns
        self.NUMBER_WORDS = number_values(w)
        self.ONE_DEATH = pat.one("one_death")
        self.FATALITY_PATTERNS = pat["fatalities"]
        self.FATALITY_SUMS = pat["fatalities_sum"]
        # A sentence with no number anywhere matches none of the toll patterns: one cheap search instead of nine.
        self.FATALITY_GATE = pat.number_gate \
            if pat.number_required([*self.FATALITY_PATTERNS, *self.FATALITY_SUMS]) else None
        self.AIR_WORDS = w.lower("aircraft_words")
        self.WEAPON_WORDS = self.AIR_WORDS | w.lower("weapon_words")
        self._AGAINST_PREFIXES = w.lower("against_prefixes")
        self._kb = kb
        self.GROUND_FIRE_WORDS = w.lower("ground_fire_words")
        self.SMALL_ARMS = w.lower("small_arms_words")
        self.DEAL_WORDS = w.lower("deal_words")
        self.PROTEST_CONTEXT = w.lower("protest_context")
        self._UNREST_CAUSES = w.lower("unrest_cause_verbs")
        self._AFTERMATH_MARKS = w.lower("aftermath_marks")
        self.EXPLOSIVE_WORDS = w.lower("explosive_words")
        self.PROTEST_WORDS = w.lower("protest_words")
        self._PROTEST_APART = w.lower("protest_apart_words")
        self._ROLE_NOUNS = w.lower("role_nouns")
        self._PROTEST_DAYS = w.lower("protest_day_possessives")
        self._WOUNDING = w.lower("wounding_verbs")
        self._NOT_YET = w.lower("irrealis_modifiers")
        self.PEOPLE_WORDS = w.lower("people_words")
        self._CROWD_DOER_WORDS = w.lower("crowd_words")  # (a need that reads a crowd in the doers)
        self.PERSON_PRONOUNS = w.lower("person_pronouns")
        self._GROUP_PRONOUNS = w.lower("group_pronouns")
        self._DOER_NOUNS = w.lower("unnamed_doer_nouns")
        self.INSIDE_PREPS = w.lower("inside_prepositions")
        self._SPOT_NOUNS = w.lower("place_nouns")  # (a town's possession that is a spot in it: _owns_spot)
        self.PLACE_ADVERBS = w.lower("place_adverbs")
        self.CIVILIAN_VICTIMS = self.PEOPLE_WORDS - self.PROTEST_CONTEXT
        self.ARMED_VICTIMS = w.lower("armed_victims")
        self._PEOPLE_OR_ARMED = self.PEOPLE_WORDS | self.ARMED_VICTIMS
        self.HORS_DE_COMBAT = w.lower("hors_de_combat")
        self.ARMED_WORDS = self.ARMED_VICTIMS | w.lower("armed_words")
        self._ARMED_NOUNS = w.lower("armed_group_nouns")
        self.DEMONYMS = w.lower("demonyms")
        self.ARMED_TARGETS = w.lower("armed_targets")  # "raided an army post", "shot at a patrol": a clash
        self._COMBAT_FRAMES = w.lower("combat_frame_nouns")  # "killed in action", "in the line of duty"
        # (the unions the per-token checks read, built once)
        self._ARMED_OR_GROUPS = self.ARMED_WORDS | self._ARMED_NOUNS
        self._ARMED_OR_TARGETS = self.ARMED_WORDS | self.ARMED_TARGETS
        self.ASSOC_CUES = pat["assoc_cues"]
        self.ASSOC_AFTER = pat["assoc_after"]
        self.ASSOC_BEFORE_NAME = pat["assoc_before_name"]
        self._ASSOC_MEMBER = pat.one("assoc_member")
        self._DOING_VERBS = w.lower("act_doing_verbs")
        self._REACTION_VERBS = w.lower("reaction_verbs")
        self.SOURCE_PATTERNS = pat["sources"]
        self._SOURCE_STOP = w.lower("not_sources")
        self._NOT_AIRCRAFT = {tuple(e.lower().split()) for e in w.list("not_aircraft")}
        # the aircraft words those phrases hold ("air", "bomber"): read from the phrases, not written here
        self._NOT_AIRCRAFT_WORDS = {word for phrase in self._NOT_AIRCRAFT for word in phrase} & self.AIR_WORDS
        self.PLACE_NOUNS = w.lower("place_anaphor_nouns")
        self._SIDE_PREPS = w.lower("clash_side_prepositions")  # "clashed with X and Y": sides, not objects
        self._SEATS = w.lower("civil_bodies") | w.lower("elected_chambers") | w.lower("built_structures")
        self._ASSEMBLED = w.lower("assembly_verbs")
        self._CAUSE = w.lower("protest_aim_words")
        # (people who may be told by a crowd's deed: "students blocking the highway", not "a bus blocking the road")
        self._DEED_PEOPLE = (w.lower("crowd_side_nouns") | w.lower("crowd_doer_nouns") | w.lower("unrest_doer_nouns")
                             | w.lower("blocker_nouns") | w.lower("people_words")) - self.ARMED_WORDS
        self._SCENE_FRAMES = w.lower("scene_frame_prepositions")
        self._OWNED_PLACES = w.lower("owned_place_nouns")
        self._TITLES = w.lower("person_titles")
        self._RELATIVE = pat.one("relative_clause")
        self._LIST_GLUE = pat.one("list_glue")
        self._LOCATED_GLUE = pat.one("list_glue_after_locator")
        units = w.lower("district_nouns") | w.lower("region_nouns") | w.lower("admin_suffixes") \
            | w.lower("sub_unit_nouns")
        # A name followed by a unit noun before the next comma ("Mbiame subdivision, Bui Division"; singular).
        self._UNIT_AFTER = re.compile(
            r"^[^,;()]*?\b(?:" + "|".join(sorted((re.escape(u) for u in units), key=len, reverse=True))
            + r")\b(?![\w-])", re.I)
        self.REPORTING_LEMMAS = w.lower("reporting_verbs")
        self._ACCORDING = pat.one("according_to")
        self._BY_BEFORE = pat.one("by_agent")
        self.KILL_LEMMAS = w.lower("kill_lemmas")
        self._SOURCE_NOUNS = pat.one("source_nouns")
        self.TEMPORAL_PREPS = w.lower("temporal_prepositions")
        self.COUNTED_OBJECTS = w.lower("counted_objects")
        self._OWN = w.lower("own_possessives")
        self._DEFINITE = w.lower("definite_determiners")
        self._CLAIM_VERBS = w.lower("claim_verbs")
        # The passes ask for a sentence's toll and source once per trigger in it (and again for its summary):
        # each sentence's text is read once. Kept small: only the sentences of the article at hand recur.
        self._read: dict[tuple[str, str], Any] = {}
        self._CLAIM_NOUNS = w.lower("claim_nouns")
        self._BLAME_VERBS = w.lower("blame_verbs")
        self._SOURCE_VERBS = self.REPORTING_LEMMAS | self._BLAME_VERBS
        self._ACCUSATION_VERBS = w.lower("accusation_verbs")
        self._CHARGE_WORDS = w.lower("charge_words")
        self._CHARGE_PREPS = w.lower("charge_prepositions")
        self._SUPPORT_VERBS = w.lower("support_verbs")
        self._SUPPORT_NOUNS = w.lower("support_nouns")
        self._SUPPORT_PREPS = w.lower("support_prepositions")
        self._ORIGIN = w.lower("origin_words")
        self._SPREAD = w.lower("spread_verbs")
        self._SCENE = w.lower("scene_subordinators")
        self._IRREALIS = w.lower("irrealis_verbs")
        self._DESTINATION = w.lower("destination_verbs")
        self._DESTINATION_PREPS = w.lower("destination_prepositions")
        self._WAYS = w.lower("way_nouns")
        self._PROCESSIONS = w.lower("procession_verbs")
        self._LIKENESS = w.lower("likeness_prepositions")
        self._EXCLUDING = w.lower("exclusion_prepositions")
        self._LOCAL_SOURCES = w.lower("local_source_nouns")
        self._CROWDED_BY = w.lower("fullness_prepositions")
        self._FALL_TO = w.lower("fall_to_verbs")
        self._CONTROL_OF = w.lower("control_of_heads")
        self._CONTROL = w.lower("control_nouns")
        self._PATIENT_PREPS = w.lower("patient_prepositions")
        self._MEANS_PREPS = w.lower("linking_prepositions")
        self._PARTITIVES = w.lower("partitive_words")
        self._COUNT_STANDINS = w.lower("count_standins")  # ("captured 34 others": the rebels just killed)
        self._OF_WHAT = self._PARTITIVES | w.lower("quantity_nouns")  # ("two of the suspects", "a haul of rifles")
        self._PROTESTERS = w.lower("protester_lemmas")
        self._CROWD_DEEDS = w.lower("crowd_deed_verbs")
        self._CROWD_PRONOUNS = w.lower("crowd_pronouns")
        self._PAIR_PREPS = w.lower("pair_prepositions")
        self._RECIPROCAL = w.lower("reciprocal_fight_verbs")
        self._RECIPROCAL_PRONOUNS = w.lower("reciprocal_pronouns")
        self._JOINERS = w.lower("doer_joiners")
        self._BODIES = w.lower("body_words")
        self._OFFICIALS = w.lower("official_victims")
        # "the dead", "the victims": who a toll was, told in a sentence of its own (words/dead_nouns)
        self._DEAD_NOUNS = w.lower("dead_nouns")
        self._DEATHS = w.lower("kill_lemmas") | w.lower("death_lemmas")  # "those killed", "the people who died"
        self._SHARES = w.lower("share_words") | self._PARTITIVES | w.lower("sum_determiners")
        # Civilians named as who the dead were: not "people" nor "victims", which say nothing of it.
        self._STATUS_CIVILIANS = (self.CIVILIAN_VICTIMS | self._OFFICIALS) - w.lower("people_nouns") \
            - self._DEAD_NOUNS
        self._MONTH_WORDS = w.set("months_also_words")  # "March" the month is no march, "May" no modal
        # Needs with no rule of their own below (a user's, or a new package one) are read from needs.yaml.
        self._NEED_WORDS = {
            name: (frozenset().union(*(w.lower(c) for c in need.classes)), need.where)
            for name, need in kb.lexicon.needs.items()
        }

    def crowd_by_size(self, tok: Token) -> bool:
        """Are the people the token names a crowd by their number ("several thousand people", "some 2,000 people",
        "about 500 residents"): a people noun (words/people_words.txt) counted in hundreds or more? ("thousands of
        people" is told by its partitive, crowd_words.)"""
        # ("several thousand ethnic Macedonians": people named by their nation, counted, are a crowd too)
        if tok.lemma_.lower() not in self.PEOPLE_WORDS and not self._nation_plural(tok):
            return False
        return any(c.dep_ == "nummod" and (self.parse_number(c.text) or 0) >= CROWD_SIZE for c in tok.children)

    def _nation_plural(self, tok: Token) -> bool:
        """Does the token name people by their nation, in the plural ("Palestinians", "ethnic Macedonians"; the
        parser's lemma or the word less its plural s)?"""
        return tok.tag_ in ("NNS", "NNPS") and (tok.lemma_.lower() in self.DEMONYMS or tok.lower_[:-1] in self.DEMONYMS)

    def parse_number(self, text: str) -> int | None:
        t = text.lower().replace(",", "").strip()
        if t.isdigit():
            # (no count has more than 15 digits, and "²" is a digit Python's int() refuses)
            return int(t) if t.isascii() and len(t) <= 15 else None
        parts = re.split(r"[\s-]+", t)
        if len(parts) == 2 and parts[0] in self.NUMBER_WORDS and parts[1] in self.NUMBER_WORDS:
            return self.NUMBER_WORDS[parts[0]] + self.NUMBER_WORDS[parts[1]]  # "twenty-one"
        return self.NUMBER_WORDS.get(t)

    def lemmas(self, sent: Span) -> set[str]:
        dated = self._dated_month_words(sent)
        toks = list(sent)  # spaCy makes a Token object per access: each token made once
        lows = [t.lower_ for t in toks]
        lems = [t.lemma_.lower() for t in toks]
        words = {w for t, low, lem in zip(toks, lows, lems, strict=True) if t.i not in dated for w in (low, lem)}
        words |= hyphen_words(toks)
        # "a hilltop fortress crowded with visitors": how full a place was, no crowd out (the word stays only if
        # the sentence uses it otherwise too)
        full = [i for i, t in enumerate(toks) if lems[i] in self.PROTEST_WORDS and t.pos_ in ("VERB", "ADJ")
                and not any(c.dep_ == "dobj" for c in t.children)
                and any(c.dep_ == "prep" and c.lower_ in self._CROWDED_BY for c in t.children)]
        for i in full:
            if not any(j not in full and lems[j] == lems[i] for j in range(len(toks))):
                words.discard(lems[i])
                words.discard(lows[i])
        # "hit an anti-tank mine", "anti-aircraft guns": a weapon word after "anti-" names what a weapon is laid
        # or aimed against, not the weapon (the word stays only if the sentence uses it otherwise too).
        against = {i for i in range(2, len(toks)) if lems[i] in self.WEAPON_WORDS and lows[i - 1] == "-"
                   and lows[i - 2] in self._AGAINST_PREFIXES}
        for i in against:
            if not any(j not in against and lems[j] == lems[i] for j in range(len(toks))):
                words.discard(lems[i])
                words.discard(lows[i])
        not_aircraft = self._not_aircraft_tokens(lows, lems)
        if not_aircraft:
            # "air base", "suicide bomber", "fired into the air": the word stays only if used as aircraft elsewhere
            air_used = {low for i, low in enumerate(lows) if low in self._NOT_AIRCRAFT_WORDS
                        and i not in not_aircraft}
            for i in not_aircraft:
                if lows[i] not in air_used:
                    words.discard(lows[i])
        if not self.AIR_WORDS.isdisjoint(lems):
            # "The air force said the missile was fired from the sea": the aircraft word names who reports, not
            # the act's weapon; it stays only if used outside a reporting verb's subject too.
            told = [i for i, t in enumerate(toks) if lems[i] in self.AIR_WORDS]
            source = {i for i in told if self._reporter(toks[i])}
            for i in source:
                if not any(j not in source and lems[j] == lems[i] for j in told):
                    words.discard(lems[i])
                    words.discard(lows[i])
        return words

    def _not_aircraft_tokens(self, lows: list[str], lems: list[str]) -> set[int]:
        """Positions of an aircraft word inside a listed phrase (words, the last one's lemma) naming no aircraft."""
        out: set[int] = set()
        if self._NOT_AIRCRAFT_WORDS.isdisjoint(lows):
            return out  # most sentences: no aircraft word to take back
        for phrase in self._NOT_AIRCRAFT:
            n = len(phrase)
            for i in range(len(lows) - n + 1):
                if lems[i + n - 1] == phrase[-1] and tuple(lows[i:i + n - 1]) == phrase[:-1]:
                    out.update(i + k for k in range(n) if lows[i + k] in self._NOT_AIRCRAFT_WORDS)
        return out

    def _dated_month_words(self, sent: Span) -> set[int]:
        """Tokens that are a month inside a time expression ("BANGUI, March 14 -"): not the words they spell
        otherwise, so a dateline's "March" tells no protest march."""
        spans = sent.doc.spans[TIMES] if TIMES in sent.doc.spans else ()
        return {t.i for span in spans if span.start < sent.end and span.end > sent.start
                for t in span if t.text in self._MONTH_WORDS}

    def _crowd_told_before(self, head: Token, sent: Span) -> bool:
        """Is the trigger done to a plural pronoun ("dispersed them", "surrounded them") that stands for a crowd the
        sentence before told, in the same paragraph (a protest word in it, or people gathered for a cause: "200
        women gathered outside the ministry to demand news of their sons", or a crowd's deed: "workers blocked the
        highway, demanding unpaid wages; soldiers dispersed them")? Only that one sentence is read, and the
        trigger's own sentence before it."""
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "PRP" and c.lower_ in self._CROWD_PRONOUNS
                   for c in head.children):
            return False
        if any(t.pos_ == "VERB" and t.lemma_.lower() in self._CROWD_DEEDS for t in sent.doc[sent.start:head.i]):
            return True
        if sent.start == 0:
            return False
        before = sent.doc[sent.start - 1].sent
        if "\n" in sent.doc[before.end - 1:sent.start + 1].text_with_ws:
            return False  # another paragraph's crowd
        lemmas = {t.lemma_.lower() for t in before} | {t.lower_ for t in before}
        return bool(lemmas & self.PROTEST_WORDS) or any(
            t.pos_ == "VERB" and t.lemma_.lower() in self._CROWD_DEEDS for t in before) or any(
            t.pos_ == "VERB" and t.lemma_.lower() in self._ASSEMBLED for t in before) and bool(lemmas & self._CAUSE)

    def needs_met(self, need: str, trigger_head: Token, sent: Span, places: list[Mention], actors: list[Mention],
                  words: set[str]) -> bool:
        if need == "place":
            return any(self._place_attached(trigger_head, p) for p in places) or self.place_anaphor(trigger_head)
        if need == "crowd_place":
            # A crowd is where its people are: "students at the University of Juba demonstrated".
            doers = act_doers(trigger_head)
            verb = trigger_head
            while verb.pos_ == "NOUN" and verb.dep_ in ("pobj", "dobj") or verb.pos_ == "ADP" and verb.dep_ == "prep":
                verb = verb.head  # "women in Bukavu took part in a march": who took part are the march's people
            if verb.i != trigger_head.i and verb.pos_ == "VERB":
                doers += act_doers(verb)
            if any(d.pos_ == "PRON" for d in doers) and trigger_head.dep_ == "conj":
                # "traders in Kano shut their shops, and hundreds of them marched": "them" are the first clause's.
                doers += act_doers(trigger_head.head)
            if self.needs_met("place", trigger_head, sent, places, actors, words) or any(
                    governed(d, p.token) and not self._from_origin(p.token, d) for d in doers for p in places):
                return True
            if words & self._SEATS and any(t.lemma_.lower() in self._SEATS and t.pos_ in ("NOUN", "PROPN")
                                           and t.dep_ == "pobj" and t.head.head.i == verb.i for t in verb.subtree):
                # "200 women gathered outside the Justice Ministry to demand news": a crowd at a seat of the state or
                # a building is somewhere, the town the story's
                return True
            # "students boycotted classes in Kampala and marched to the vice-chancellor's office": a verb joined
            # to an earlier one with no subject of its own is done where that one was.
            first = verb
            while first.dep_ == "conj" and first.pos_ == "VERB" and first.head.pos_ == "VERB" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
                first = first.head
            return first.i != verb.i and any(self._place_attached(first, p) for p in places)
        if need == "air":
            return bool(words & (self.AIR_WORDS | {AIR_CONTEXT})) or any(
                "air" in m.extra.get("text", "").lower() or m.value.name.endswith("Air Force") for m in actors
            )
        if need == "state_doer":
            # "the military bombed a school": a state's forces named as the doer (they bomb from the air).
            return any(m.value.kind == STATE_KIND and self.is_agent(trigger_head, m.token) for m in actors)
        if need == "nonstate_doer":
            # "the group had bombed a convoy": an armed side as the doer, not a state's forces ("Malian forces
            # bombed a truck" is the state's).
            return self.needs_met("armed_doer", trigger_head, sent, places, actors, words) \
                and not self.needs_met("state_doer", trigger_head, sent, places, actors, words)
        if need == "armed_doer":
            # "traders who were taken by gunmen", "rebels took 20 villagers": an armed side named as the doer, not
            # only somewhere in the sentence ("30 children had been taken, police said").
            return any(m.value.kind not in ("civilian", "protester", "rioter") and self.is_agent(trigger_head, m.token)
                       for m in actors) or any(t.lemma_.lower() in self.ARMED_WORDS for t in act_doers(trigger_head))
        if need == "armed_governed":
            # "a priest went missing after masked men stopped his car": an armed side in what the act's words
            # govern, not only named somewhere in the sentence nor who reports it ("a fisherman went missing,
            # police said").
            # The armed side must do something there: the subject of a clause under the act, or its passive's
            # agent ("was stopped by gunmen"), not whom the victim went to see ("after interviewing rebel
            # commanders").
            return any(m.value.kind not in ("civilian", "protester", "rioter") and _doer_position(m.token)
                       and governed(trigger_head, m.token) and not self.reports(m) for m in actors) or any(
                t.lemma_.lower() in self.ARMED_WORDS and _doer_position(t) for t in trigger_head.subtree)
        if need == "weapon":
            return bool(words & self.WEAPON_WORDS)
        if need in ("protest", "dispersed_crowd") and self._crowd_told_before(trigger_head, sent):
            return True  # "Hundreds marched on the ministry. Riot police dispersed them with batons."
        if need == "protest":
            hits = self._not_apart(words & self.PROTEST_WORDS, sent)
            if not hits and words & self._CROWD_DEEDS and any(t.dep_ in ("relcl", "acl") and t.pos_ == "VERB"
                                and t.lemma_.lower() in self._CROWD_DEEDS
                                and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in self._DEED_PEOPLE
                                for t in sent):
                return True  # "fired live ammunition at students blocking the highway": people told by a crowd's deed
            named = [(m.start, m.end) for m in actors if m.value.kind not in ("civilian", "protester", "rioter")
                     and m.value.kind != STATE_KIND and not m.extra.get("generic")]  # a group's own name
            if not hits or not named:
                return bool(hits)
            # "Anti-balaka militiamen": a word of an armed group's name is no sign of a protest.
            return any((t.lower_ in hits or t.lemma_.lower() in hits) and not any(s <= t.idx < e for s, e in named)
                       for t in sent)
        if need == "deal":
            return bool(words & self.DEAL_WORDS)
        if need == "armed":
            return any(m.value.kind not in ("civilian", "protester", "rioter") for m in actors) or bool(
                words & self.ARMED_WORDS
            )
        if need == "people":
            return any(t.lemma_.lower() in self.PEOPLE_WORDS and governed(trigger_head, t) for t in sent) or any(
                t.lemma_.lower() in self.PEOPLE_WORDS for t in trigger_head.head.subtree if t.dep_ == "nsubjpass"
            ) or (trigger_head.dep_ in ("amod", "acl") and trigger_head.head.lemma_.lower() in self.PEOPLE_WORDS) or (
                any(p.lemma_.lower() in self.PEOPLE_WORDS for p in relative_patients(trigger_head))) or any(
                a.lemma_.lower() in self.PEOPLE_WORDS for t in trigger_head.subtree
                for a in pronoun_antecedents(t, trigger_head, self.PERSON_PRONOUNS)) or any(
                self._out_of_the_fight(o) for o in self.victim_objects(trigger_head) if trigger_head.head.i != o.i)
            # ("machine-gunned civilians", a participle on the people it was done to; "passengers they had seized";
            # "pulled passengers off a bus and shot them"; "shot six troops who had surrendered", "lined up captured
            # soldiers and shot them": fighters out of the fight are people shot, not a fight; not the trigger's own
            # word on them, "executed captured soldiers": no one taken there)
        if need in self._NEED_WORDS:
            vocab, where = self._NEED_WORDS[need]
            if where == "governed":
                return any((t.lemma_.lower() in vocab or t.lower_ in vocab) and governed(trigger_head, t)
                           for t in sent if t.i != trigger_head.i)
            if where == "governed_object":
                # What the trigger governs outside its subject ("troops cleared the valley of militants").
                doers = {g.i for c in trigger_head.children if c.dep_ in ("nsubj", "nsubjpass", "agent")
                         for g in c.subtree}
                return any((t.lemma_.lower() in vocab or t.lower_ in vocab) and governed(trigger_head, t)
                           for t in sent if t.i != trigger_head.i and t.i not in doers)
            if where == "patient":
                if need == "fighters_captive" and trigger_head.dep_ in ("relcl", "acl"):
                    return False  # "executed 100 people, most of them rebels they had captured": who the victims were
                # The trigger's object or passive subject, and their conjuncts ("captured a commander and an aide").
                objs = [c for c in trigger_head.children if c.dep_ in ("dobj", "nsubjpass")]
                # "dispersed the teachers marching on parliament": the parse makes the object the subject of a
                # clause the trigger governs.
                objs += [g for c in trigger_head.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
                         for g in c.children if g.dep_ == "nsubj"]
                # "traders who were taken by gunmen", "the commander whom troops captured": a relative clause's
                # antecedent is what it acted on.
                objs += relative_patients(trigger_head)
                if not objs and trigger_head.pos_ == "VERB":
                    # "found and destroyed five landmines": a verb with no object of its own acts on the object of
                    # the verb joined to it, when that verb has no subject of its own either.
                    objs += conj_objects(trigger_head)
                if not objs and trigger_head.pos_ == "VERB" and need != "fighters_captive":
                    # (not for fighters taken: "recaptured X, a town fighters had seized" parses alike, its doers
                    # made that clause's subject)
                    # "had destroyed all 30 drones Russia launched": a reduced relative clause the parse reads as
                    # a clause the verb governs, its object made that clause's subject.
                    objs += [g for c in trigger_head.children if c.dep_ == "ccomp"
                             for g in c.children if g.dep_ == "nsubj" and g.pos_ == "NOUN"]
                objs += [c for o in objs for c in o.conjuncts]
                if trigger_head.dep_ == "conj" and any(o.lower_ in self._COUNT_STANDINS or o.pos_ == "NUM"
                                                       for o in objs):
                    # "killed seven rebels and captured 34 others", "killed 12 and captured four": a bare count
                    # stands for the object of the verb this one is joined to
                    objs += [c for c in trigger_head.head.children if c.dep_ == "dobj"]
                # "captured one of the group's commanders", "arrested two of the suspects", "recovered a haul of
                # rifles": a number, a part or a quantity names whom or what it was done to through "of".
                objs += [g for o in objs if o.pos_ == "NUM" or o.lemma_.lower() in self._OF_WHAT
                         for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"]
                if need == "weapons_found":
                    # "found a hideout containing pistols and explosives": what a place found holds was found
                    held = [g for o in objs for c in o.children if c.dep_ == "acl" and c.tag_ == "VBG"
                            for g in c.children if g.dep_ == "dobj"]
                    objs += held + [c for g in held for c in g.conjuncts]
                if need == "fighters_captive":
                    # (every thing taken is a fighter: "captured the base and 20 soldiers" took ground too)
                    named = [t for t in objs if t.lower_ not in self._COUNT_STANDINS and t.pos_ != "NUM"]
                    return bool(named) and all(t.lemma_.lower() in vocab or t.lower_ in vocab for t in named)
                if need == "captive" and any(self._nation_plural(t) for t in objs):
                    return True  # "seized two Palestinians in a raid on Tubas": people of a nation, not the town
                if need == "captive":
                    # "opposition leader Julius Malema was held": a named person's role told before the name
                    objs += [c for o in objs if o.pos_ == "PROPN" for c in o.subtree
                             if c.dep_ == "compound" and c.pos_ == "NOUN"]
                return any(t.lemma_.lower() in vocab or t.lower_ in vocab for t in objs)
            if where == DOER:
                doers = act_doers(trigger_head)
                if any(t.lemma_.lower() in vocab or t.lower_ in vocab for t in doers):
                    return True
                # "several thousand people broke into the parliament": people counted in hundreds are a crowd
                return bool(vocab & self._CROWD_DOER_WORDS) and any(self.crowd_by_size(t) for t in doers)
            if need == "protest_act":
                return bool(self._not_apart(words & vocab, sent))
            return bool(words & vocab)
        return True

    def _not_apart(self, hits: set[str], sent: Span) -> set[str]:
        """The protest words of `hits` but those the sentence only uses for a protest set apart (protest_apart)."""
        if not hits:
            return hits
        apart, free = set(), set()
        for t in sent:
            for w in {t.lower_, t.lemma_.lower()} & hits:
                (apart if self.protest_apart(t) else free).add(w)
        return hits - (apart - free)

    def protest_apart(self, tok: Token) -> bool:
        """Is this protest word one not yet held or told as a cause: "a planned march", "ahead of the rally",
        "prior to the protest", "over the demonstrations"?"""
        while tok.dep_ == "compound":  # "a planned strike rally": the noun the word names a kind of
            tok = tok.head
        if any(c.dep_ == "amod" and c.lower_ in self._NOT_YET for c in tok.children):
            return True
        if self.protest_of_its_day(tok):
            return True
        # Up the chain of prepositions ("over his coverage of the demonstrations"), two deep.
        for _ in range(2):
            if tok.dep_ != "pobj":
                return False
            prep = tok.head
            if prep.lower_ in self._PROTEST_APART or prep.head.lower_ in self._PROTEST_APART:
                return True
            # "for their part in the 2018 protests": the topic of a verdict or an arrest (the parse may hang "in"
            # on the verb: the noun right before it)
            role = prep.head if prep.head.pos_ == "NOUN" else prep.doc[prep.i - 1] if prep.i > 0 else prep
            # (not "took part in a march", whose noun is the object of a verb that tells the march)
            if prep.lower_ == "in" and role.pos_ == "NOUN" and role.lemma_.lower() in self._ROLE_NOUNS \
                    and role.dep_ != "dobj":
                return True
            tok = prep.head
        return False

    def protest_of_its_day(self, tok: Token) -> bool:
        """Is this protest word one held on a day of its own that people are named by ("arrested the organisers
        of last week's protest at their homes"), not the crowd at it ("at Sunday's protest")?"""
        while tok.dep_ == "compound":
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and any(
            c.dep_ == "poss" and c.lemma_.lower() in self._PROTEST_DAYS for c in tok.children)

    def place_anaphor(self, head: Token) -> bool:
        """Does the trigger act on a place not named here ("it was captured", "took the city", "overran an army
        base", "took over villages in the province")? The place is then the one the story is about."""
        near = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "pobj", "prep", "nsubj", "attr")]
        if head.dep_ in ("nsubj", "nsubjpass", "dobj"):
            near.append(head.head)
        for tok in near + [g for c in near for g in c.subtree if g.i != head.i]:
            if tok.lower_ == "it" and tok.dep_ in ("nsubjpass", "dobj"):
                return True
            if tok.lemma_.lower() in self.PLACE_NOUNS and tok.pos_ == "NOUN":
                return True
        return False

    def _place_attached(self, head: Token, place: Mention) -> bool:
        """Is the place in what the trigger governs, or close to it?"""
        if governed(head, place.token):
            return True
        if head.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj", "attr") and governed(head.head, place.token):
            return True  # (attr: "the base in X was overrun", a participle the parser read as a noun after "was")
        if head.dep_ in ("relcl", "acl") and (head.head.i == place.token.i or self._antecedent(head, place)):
            return True  # "Mosul, which fell to militants"
        return tree_distance(head, place.token) <= 3

    def _antecedent(self, head: Token, place: Mention) -> bool:
        """Is the place what a relative clause starting right after it is about ("Mosul, which fell...")?"""
        doc = head.doc
        rel = [t for t in head.children if t.dep_ in ("nsubj", "nsubjpass", "advmod") and t.i < head.i]
        return bool(rel) and bool(self._RELATIVE.match(text_of(doc)[place.end:rel[0].idx + len(rel[0].text)]))

    def pick_places(self, head: Token, places: list[Mention], other_heads: list[Token] = ()) -> list[Mention]:
        """The place(s) where the act happened: the syntactically closest, with its coordinated siblings.

        A place closer to another trigger of the sentence belongs to that act ("after taking X, they seized Y").
        """
        if not places:
            return []
        # Other acts whose places are not this one's: not the verb whose subject this one shares, when this one
        # names no place of its own ("looted the market of X and abducted 20 men": X is where both were done), nor
        # a noun this act is told in ("arrested 25 people in raids in X").
        own_place = any(governed(head, p.token) for p in places)
        sharers = set() if own_place else _subject_sharers(head)
        rivals = [o for o in other_heads if o.i != head.i and o.i not in sharers and not _frame_noun(head, o)]

        marched_to = {p.token.i for p in places if self._procession_destination(head, p.token)}

        def cost(p: Mention) -> int:
            own = self._place_cost(head, p)
            if self._antecedent(head, p):
                own = min(own, 1)
            if any(tree_distance(o, p.token) < tree_distance(head, p.token) for o in rivals):
                own += 6
            if p.token.i in marched_to and len(marched_to) < len(places):
                own += 30  # "set out from Kisumu on a march to Nairobi": met where it set out; but "fired on
                # pickers marching into Kericho", no other place named: met on its way there
            return own

        scored = sorted(places, key=lambda p: (cost(p), abs(p.token.i - head.i)))
        best = scored[0]
        if cost(best) > MAX_PLACE_COST:
            return []
        narrowed = self._narrowed(best, places)
        if narrowed is None and best.precision >= 3:
            # At equal cost, a town over a region: "In Galmudug, troops took control of the town of X" is X's.
            best = next((p for p in scored if p.precision < 3 and cost(p) == cost(best)), best)
        best = narrowed or best
        if self._opening_scene(best):
            # "In Arauca, bodies were found in a rural area near Tame": the spot the act's own clause locates by a
            # town ("near", "north of") is closer than the scene the sentence opens with (rule place.syntax).
            # A region opening the sentence gives way to such a spot anywhere in the clause of the act's verb, not
            # only under the trigger: "In Chhattisgarh, rebels set off a landmine under a truck near Sukma" (the
            # trigger "landmine", "killing eight policemen" hung on "set off").
            clause = head.head if head.dep_ in ("dobj", "nsubjpass", "advcl") and best.precision >= 3 else head
            best = next((p for p in scored if p.precision == 2 and governed(clause, p.token)
                         and not _road_named_by_ends(p) and not self._opening_scene(p)
                         and cost(p) <= MAX_PLACE_COST), best)
        chosen = [best]
        for other in places:
            if other is best or other.value == best.value:
                continue
            if coordinated(best.token, other.token):
                chosen.append(other)
        chosen.extend(p for p in self._listed_with(best, places) if p not in chosen and p.value != best.value)
        if governed(head, best.token):
            # "killed 12 people in X and nine in Y", "14 worshippers in a mosque in X and six more in a church in
            # Y": a count standing for a second object of the same verb, with a place of its own, is the act
            # again at that place (spec: a different place is a different event).
            chosen.extend(p for p in places if p not in chosen and p.value != best.value
                          and _under_gapped_count(head, p.token))
            # "attacked a police station in X and a military base in Y", "captured X on Sunday and Y on Monday": a
            # second object joined to the act's own phrase, at a place of its own, is the act again there (spec:
            # a different place is a different event; each keeps its own day, date.place_own_time).
            names = {p.token.i for p in places}
            chosen.extend(p for p in places if p not in chosen and p.value != best.value
                          and cost(p) <= MAX_PLACE_COST
                          and _in_joined_object(head, p.token, names, self.PLACE_NOUNS, best.token,
                                                self._SIDE_PREPS))
        if head.dep_ == "nsubj" and head.head.lemma_.lower() in self._SPREAD and governed(head.head, best.token):
            # "Protests spread from Bamenda to Buea and Kumba": where they spread from had them too.
            chosen.extend(p for p in places if p not in chosen and p.value != best.value
                          and p.token.dep_ == "pobj" and p.token.head.lower_ in self._ORIGIN
                          and p.token.head.head.i == head.head.i)
        chosen.sort(key=lambda p: p.start)
        if narrowed is not None:  # said in the record's rules
            chosen = [replace(p, extra={**p.extra, "place_rule": "place.narrowed"}) if p is narrowed else p
                      for p in chosen]
        return chosen

    @staticmethod
    def _narrowed(best: Mention, places: list[Mention]) -> Mention | None:
        """A region or sea that the text narrows down with a town hung under it ("in Kherson Oblast near
        Beryslav", "over the Red Sea off Eilat"): the town is where the act was, as ACLED codes it (rule
        place.narrowed). A town (or a spot near one) under the region's name, or beside it under the same noun
        ("positions in Kherson Oblast near Beryslav"), the nearest in the tree; not a clause's other places."""
        if best.precision < 3:
            return None
        scope = best.token
        if scope.head.dep_ == "prep" and scope.head.head.pos_ in ("NOUN", "PROPN"):
            scope = scope.head.head
        inner = [p for p in places if p.precision < 3 and p.token.i != best.token.i
                 and governed(scope, p.token) and tree_distance(best.token, p.token) <= 6
                 and not _outside_region(best.value, p.value)]
        return min(inner, key=lambda p: tree_distance(best.token, p.token)) if inner else None

    def _listed_with(self, best: Mention, places: list[Mention]) -> list[Mention]:
        """Places written as one list with `best` ("Daraya, Zamalka, and Deir Assafier"), when the parse
        does not coordinate them."""
        ordered = sorted(places, key=lambda p: p.start)
        text = text_of(best.token.doc)
        i = ordered.index(best)
        group = [best]
        j = i
        while j > 0 and self._glued(text[ordered[j - 1].end:ordered[j].start]) \
                and not self._contains(text, ordered[j - 1], ordered[j]):
            j -= 1
            group.append(ordered[j])
        j = i
        while j + 1 < len(ordered) and self._glued(text[ordered[j].end:ordered[j + 1].start]) \
                and not self._contains(text, ordered[j], ordered[j + 1]):
            j += 1
            group.append(ordered[j])
        return group[1:]

    def _contains(self, text: str, first: Mention, then: Mention) -> bool:
        """Is the place named after a comma the unit the one before it lies in, not a second place of a list: it is
        followed by a unit noun and the one before is not ("the locality of Kissem, Mbiame subdivision, Bui
        Division": words/sub_unit_nouns.txt, district_nouns.txt, region_nouns.txt)? ("in Kurram district, Orakzai
        district" is a list of two.)"""
        def unit_after(m: Mention) -> bool:
            return bool(self._UNIT_AFTER.match(text[m.start:m.end + 40]))
        return text[first.end:then.start].strip() == "," and unit_after(then) and not unit_after(first)

    def _glued(self, gap: str) -> bool:
        """Does the text between two place names join them in one list: a comma or "and", maybe after a phrase
        locating the first ("A in the north of Y, and B")?"""
        return bool(self._LIST_GLUE.match(gap) or self._LOCATED_GLUE.match(gap))

    def _from_origin(self, tok: Token, top: Token) -> bool:
        """Is the place, inside the phrase headed by `top`, where its people came from ("refugees from Sudan")?"""
        while tok.i != top.i and tok.head.i != tok.i:
            if tok.dep_ == "pobj" and tok.head.lower_ in self._ORIGIN:
                return True
            tok = tok.head
        return False

    def _place_cost(self, head: Token, place: Mention) -> int:
        cost = tree_distance(head, place.token)
        # A place that is the origin of the force ("jets based in Latakia", "fired from Gaza") is not where it hit.
        if self.origin_place(place):
            cost += 20
        if self.destination_of_other(head, place.token) or self.compared(place.token):
            cost += 30
        elif self.way_destination(place.token):
            cost += 8  # "blocked the road to X": where the road goes, unless the sentence gives no other place
        if getattr(place.value, "kind", None) in (ADMIN1_KIND, COUNTRY_KIND) and place.token.dep_ == "pobj" \
                and place.token.head.lower_ in self._EXCLUDING:
            cost += 30  # "the boldest raid in the region outside Chechnya": everywhere but there
        if place.extra.get("in_actor"):
            cost += 60
        if _in_doers_clause(head, place.token):
            cost += 8  # "fighters who had fled X looted the market in Y": the doers' own story, not the act's place
        if self.in_scene_clause(head, place.token) or self._in_unreal_clause(head, place.token):
            cost += 30
        tok = place.token
        if tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in self.PLACE_NOUNS \
                and place.precision == 1 and not self._owns_spot(tok.head):
            cost += 20  # "the head of Ouagadougou's ruling junta": whose junta, not where the act was (a country's
            # junta, "Mali's ruling junta", may well be where its act was)
        sourced = self.in_source(place.token) and not self.in_source(head)
        # "security sources in Takhar province said", "the police chief of Daykundi province announced that the
        # Taliban killed ...": a province's officials tell of acts in their province, when the sentence names no
        # other place (a town's officials, "police officials in Samarra told CNN", may speak of acts elsewhere).
        # (the province the reporting subject itself is "in" or "of", not one describing something else in it,
        # "residents of a West Bank village say")
        regional_source = sourced and getattr(place.value, "kind", None) == ADMIN1_KIND and tok.dep_ == "pobj" \
            and tok.head.dep_ == "prep" and tok.head.head.dep_ in ("nsubj", "nsubjpass") \
            and tok.head.head.head.lemma_.lower() in self.REPORTING_LEMMAS
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in self._TITLES \
                and not regional_source:
            cost += 8  # "killed the governor of Negros Oriental at his home in Pamplona": the office's place, not
            # where the act was, when the sentence gives another (alone, it stays the act's place)
        if self._in_according(tok) and not self._in_according(head):
            cost += 12  # "..., according to a report in the newssheet 'Carta de Mocambique'": the source's place,
            # not the act's when the sentence names another (alone, "according to residents in Gao", it may be)
        if sourced:
            # "police officials in Samarra told CNN": where the source is, not the act (an act parsed inside the
            # source's subject too, "Gunmen killed ten in X, a leader said", keeps its own place); but "witnesses in
            # Thala said police opened fire" saw it there, when the sentence names no other place.
            cost += 12 if self.local_source(place.token) or regional_source else 30
        # The most specific place the sentence gives: a town over its province, a province over the country.
        # A name the gazetteer does not know is a town's, though placed at its region's point (precision 3).
        precision = min(place.precision, 2) if isinstance(place.value, Place) and not place.value.resolved \
            else place.precision
        cost += {1: 0, 2: 1, 3: 3}.get(precision, 0)
        if regional_source and cost <= MAX_PLACE_COST:
            # the last resort: any place the act's own words reach comes first ("Police in Balochistan said
            # gunmen shot dead seven labourers from Punjab in Gwadar": Gwadar)
            cost = MAX_PLACE_COST
        return cost

    def _in_according(self, tok: Token) -> bool:
        """Is the token inside an "according to" phrase ("according to a report in X"; patterns.yaml)?"""
        text = text_of(tok.doc)
        return any(a.dep_ == "prep" and self._ACCORDING.search(text[max(0, a.idx - 12):a.idx + len(a.text) + 1])
                   for a in tok.ancestors)

    def _owns_spot(self, noun: Token) -> bool:
        """Is the noun a town's possession stands for a spot inside it: the noun, or the
        noun an "of" chain hangs it on, governed by a preposition of being inside ("in the favelas of Rio's west
        zone", "at Kabul's main market"; words/inside_prepositions.txt)? Then the town is where the act was, not
        whose it is ("the head of Ouagadougou's ruling junta"). Not when the spot has a name of its own ("in
        Nairobi's Kibera slum": the town only locates Kibera)."""
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
            return False
        # A place noun on the chain makes it a spot ("zone", "market"); "in the wake of Bamako's decision" is the
        # town's deed, not a spot in it.
        spot = noun.lemma_.lower() in self._SPOT_NOUNS
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
            spot = spot or noun.lemma_.lower() in self._SPOT_NOUNS
        return spot and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in self.INSIDE_PREPS

    def _opening_scene(self, place: Mention) -> bool:
        """Does the place open its sentence as the scene it sets ("In Arauca, ...": words/
        scene_frame_prepositions.txt, the name, a comma)? A place the act's clause names is the closer one."""
        tok = place.token
        sent = tok.sent
        prep = tok.head
        return tok.dep_ == "pobj" and prep.i == sent.start and prep.lower_ in self._SCENE_FRAMES \
            and text_of(tok.doc)[place.end:place.end + 1] == ","

    def _in_unreal_clause(self, head: Token, tok: Token) -> bool:
        """Is the place under a verb of intent or threat that does not govern the act ("said five fighters were
        killed and vowed to retaliate against ships in the Red Sea"; words/irrealis_verbs)? It is where an act
        not done would be."""
        return any(a.lemma_.lower() in self._IRREALIS and a.pos_ == "VERB" and not governed(a, head)
                   for a in tok.ancestors)

    def in_scene_clause(self, head: Token, tok: Token) -> bool:
        """Is the place in a clause hung on the act's verb that tells another doer's act beside it ("overran a
        base, killing 10 soldiers, as the junta celebrated with a parade in the capital": words/
        scene_subordinators.txt, a subject of its own that is no pronoun)? Its place is that clause's scene."""
        t = tok
        while t.i != t.head.i and t.i != head.i:
            if t.dep_ == "advcl" and t.head.i != t.i and any(
                    c.dep_ == "mark" and c.lower_ in self._SCENE for c in t.children) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in t.children):
                return any(a.i == head.i for a in t.ancestors)
            t = t.head
        return False

    def moved_end(self, head: Token | None, place: Mention) -> bool:
        """Is the place where people came from or went, not where the act was ("six traders from Kano", "a bus
        travelling from Bamenda to Kumba"; words/origin_words.txt, destination_verbs.txt)?"""
        return self.origin_place(place, head) or self.destination_of_other(head, place.token)

    def origin_place(self, place: Mention, head: Token | None = None) -> bool:
        """Is the place where people or a force came from (came_from): read before the name's head, three words,
        and right before its first word ("fighters from Jisr al-Shughur"; looking three words before the first word
        lost a sealed match and left "from Gaza hit Tel Aviv" without its target)?"""
        return self.came_from(place.token, head) or self.came_from(first_token(place), head, reach=1)

    def came_from(self, tok: Token, head: Token | None = None, reach: int = 3) -> bool:
        """Is the place named at `tok` where people or a force came from: a word of origin among the three words
        before it ("refugees from Sudan", "jets based in Latakia", "crossed from Afghanistan";
        words/origin_words.txt)? Not one hung on the act `head` itself: "abducted 30 villagers from X" says where
        it was done. `reach`: how many words before `tok` to look (one before a name's first word, "fighters from
        Jisr al-Shughur": "from Gaza hit Tel Aviv" leaves Tel Aviv where the rockets hit)."""
        # (not past a preposition of being inside hung elsewhere: "traders from Kano in Zaria" were killed in Zaria)
        prep = tok.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.i < tok.i \
            and tok.head.lower_ in self.INSIDE_PREPS else None
        return any(t.lower_ in self._ORIGIN and (head is None or t.head.i != head.i)
                   and (prep is None or prep.i <= t.i or prep.head.i == t.i)
                   for t in tok.doc[max(tok.i - reach, 0): tok.i])

    def destination_of_other(self, head: Token | None, tok: Token) -> bool:
        """Is the place where people were sent or went, by a word other than the act's trigger `head` ("instead of
        being bussed to Jarabulus", "fled to Chad", "the buses left for Gao"; words/destination_verbs.txt)? Such a
        place is not where the sentence's act happened, nor where the story is."""
        return self._moved_to(head, tok, self._DESTINATION)

    def _procession_destination(self, head: Token | None, tok: Token) -> bool:
        """Is the place where a crowd was marching, by a word other than the act's trigger ("set out from Kisumu on
        a march to Nairobi"; words/procession_verbs.txt)? Unlike the destination of people sent or fleeing, a crowd
        may be met on its way there."""
        return self._moved_to(head, tok, self._PROCESSIONS)

    def _moved_to(self, head: Token | None, tok: Token, movers: frozenset[str]) -> bool:
        """Is the place after "to", "into", "for" or "towards" governed by one of `movers` other than `head`?"""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in self._DESTINATION_PREPS:
            return False
        mover = prep.head
        return mover.lemma_.lower() in movers and (head is None or mover.i != head.i)

    def way_destination(self, tok: Token) -> bool:
        """Is the place where a road goes ("blocked the main road to X"; words/way_nouns.txt)? The parse may hang
        "to X" on the verb: the way named right before the preposition is what leads there."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in self._DESTINATION_PREPS or prep.i == 0:
            return False
        way = prep.doc[prep.i - 1]
        return way.pos_ == "NOUN" and way.lemma_.lower() in self._WAYS

    def compared(self, tok: Token) -> bool:
        """Is the place held up for comparison ("as in Kidal or Gao", "unlike Aleppo"; words/
        likeness_prepositions.txt), a list's later names included?"""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        prep = tok.head
        if tok.dep_ != "pobj":
            return False
        return prep.lower_ in self._LIKENESS or (prep.dep_ == "prep" and prep.head.lower_ in self._LIKENESS
                                                  and prep.head.dep_ == "prep")

    def local_source(self, tok: Token) -> bool:
        """Is the place that of people reporting where they are ("witnesses in X", "residents of X";
        words/local_source_nouns.txt)?"""
        prep = tok.head
        return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lemma_.lower() in self._LOCAL_SOURCES

    def _reporter(self, tok: Token) -> bool:
        """Is the token inside a reporting verb's subject told right before that verb, with no verb of its own
        ("the air force said")? (The parse may hang a whole act's clause, "a helicopter ... fired on X, a source
        said", on the report's verb.)"""
        node = tok
        while node.dep_ not in ("nsubj", "nsubjpass") and node.head.i != node.i:
            node = node.head
        verb = node.head
        return node.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in self.REPORTING_LEMMAS \
            and node.right_edge.i + 1 == verb.i and not any(t.pos_ in ("VERB", "AUX") for t in node.subtree)

    def in_source(self, tok: Token) -> bool:
        """Is the token inside the subject of a reporting verb ("witnesses in X said")?"""
        node = tok
        while node.head.i != node.i:
            if node.dep_ in ("nsubj", "nsubjpass") and node.head.lemma_.lower() in self.REPORTING_LEMMAS:
                # "killed dozens, many of them women, in X, a source said": the parse may give the verb a second
                # subject out of the report; the source is the subject nearest the verb.
                verb = node.head
                return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != node.i
                               and abs(c.i - verb.i) < abs(node.i - verb.i) for c in verb.children)
            node = node.head
        return False

    def pick_actors(self, head: Token, sent: Span, actors: list[Mention]) -> tuple[Mention | None, Mention | None,
                                                                          list[Mention]]:
        """(actor1, actor2, associated) for a trigger."""
        if not actors:
            return None, None, []
        given = actors
        actors = [m for m in actors if (not self._is_source(m) or self._object_of(m.token, head))
                  and not self.owns_place(m.token)]
        assoc = [m for m in actors if self._is_assoc(m, sent, actors)]
        main = [m for m in actors if m not in assoc]
        # Civilians and protesters are acted on; they are actor1 only of protests and riots (decided elsewhere).
        victims_only = [m for m in main if m.value.kind in ("civilian",)]
        main = [m for m in main if m not in victims_only]
        actor1 = actor2 = None
        for m in main:
            role = self._role(head, m.token)
            if role == "agent" and actor1 is None:
                actor1 = m
            elif role == "patient" and actor2 is None:
                actor2 = m
        partners = [m for m in main if actor1 is not None and m is not actor1 and m.value != actor1.value
                    and head.lemma_.lower() not in self._RECIPROCAL and self._joined_doers(actor1, m)
                    and not self._reciprocal(head)]
        if actor1 is not None and actor2 is None and self._reciprocal(head):
            # "Government forces and rebels shelled each other's positions": the doer joined to actor1 is the other
            # side
            actor2 = next((m for m in main if m is not actor1 and m.value != actor1.value
                           and self._joined_doers(actor1, m)), None)
        if partners:
            # "Hezbollah and the Syrian army recaptured X", "Rwandan and Mozambican troops retook X": doers joined
            # by "and" acted together: one side, a state's forces leading it (EVENTS.md: forces fighting on its
            # behalf), the others its allies (assoc), never the other side. (Not "the army and the rebels
            # clashed": words/reciprocal_fight_verbs.)
            ranked = [actor1, *partners]
            actor1 = next((m for m in ranked if m.value.kind == STATE_KIND), actor1)
            assoc = assoc + [m for m in ranked if m is not actor1]
            main = [m for m in main if m not in ranked or m is actor1]
            if actor2 is not None and actor2 in ranked:
                actor2 = None
        pronoun_doer = False
        if actor1 is None and self._pronoun_subject(head):
            # "The rebels said that they did not face opposition from the army as they captured X": the pronoun
            # stands for the doer above it, not for a side named elsewhere in the sentence; the reporter is that
            # doer here, so look in all the sentence's actors (sources too).
            pronoun_doer, actor1 = self._pronoun_antecedent(head, [m for m in given if m.value.kind != "civilian"])
            if actor1 is not None and actor2 is actor1:
                actor2 = None
        if actor1 is not None and head.pos_ == "NOUN" and head.dep_ == "dobj" and actor1.token.i < head.i:
            # "Police confirmed the kidnapping of a priest by gunmen": the act noun's own "by" names its doer,
            # whom the verb above it only reports (the parse may hang the "by" on that verb).
            own = self._after_by(head, main, sent)
            if own is not None and own.value != actor1.value:
                actor1, actor2 = own, (None if actor2 is own else actor2)
        if actor1 is None:
            # "the retaking of Palmyra from IS by the Syrian regime": an actor right after "by" did it.
            actor1 = self._after_by(head, main, sent)
        # The dead are acted on: "four Israeli soldiers were killed in a rocket attack".
        killed = [m for m in main if m is not actor1 and self._among_killed(m.token)]
        if killed and actor2 is None:
            actor2 = killed[0]
        rest = [m for m in main if m is not actor1 and m is not actor2 and m not in killed]
        if actor1 is None and head.pos_ == "VERB" and not pronoun_doer:
            # The name right before a verb is its subject even where a headline's parse says otherwise
            # ("... as Ukraine retakes village").
            adjacent = [m for m in rest if 0 < head.i - m.token.i <= 1]
            actor1 = adjacent[0] if adjacent else None
            if actor1 is not None:
                rest.remove(actor1)
        if actor1 is None and not pronoun_doer:
            before = [m for m in rest if m.token.i < head.i and not self._reporter_of(m.token, head)
                      and not self._reacts_to(m.token, head)]
            if before:
                actor1 = min(before, key=lambda m: tree_distance(head, m.token))
                rest.remove(actor1)
        if actor2 is None:
            # "..., police said": who reports is not who was hit; "abducted six people during a gunfight with
            # security forces": the act's object names its people, who were hit, and the force after it was not.
            # (an active verb's object only: "people were killed when soldiers opened fire" names the doer after)
            patients = [c for c in head.children if c.dep_ == "dobj"
                        and c.lemma_.lower() in self.CIVILIAN_VICTIMS] if head.pos_ == "VERB" else []
            after = [m for m in rest if m.token.i > head.i and tree_distance(head, m.token) <= 4
                     and not (m.token.dep_ == "nsubj" and m.token.head.lemma_.lower() in self.REPORTING_LEMMAS)
                     and not in_clause_of_its_own(m.token, head) and not self._blamed_party(m.token, head)
                     and (not patients or any(governed(p, m.token) for p in patients))]
            if after:
                actor2 = min(after, key=lambda m: tree_distance(head, m.token))
        near_victims = [m for m in victims_only if tree_distance(head, m.token) <= 4 and not self.in_source(m.token)
                        and not self._ACCORDING.search(text_of(sent.doc)[max(0, m.start - 14):m.start])]
        if actor2 is None and near_victims:
            actor2 = min(near_victims, key=lambda m: tree_distance(head, m.token))
        if actor1 is None and actor2 is None:
            # "fighting continued on the outskirts of X between the army and the RSF": the pair after "between"
            # in the trigger's clause are its sides, wherever the parse hung the phrase.
            pair = self._pair_of_sides(head, main)
            if pair is not None:
                actor1, actor2 = pair
        if actor1 is not None:
            assoc = [m for m in assoc if m.value != actor1.value]
        return actor1, actor2, assoc

    def _reciprocal(self, head: Token) -> bool:
        """Is the act told as done by its doers to each other ("shelled each other's positions"; words/
        reciprocal_pronouns)? Doers joined by "and" are then the two sides."""
        words = " " + " ".join(t.lower_ for t in head.subtree) + " "
        return any(f" {p} " in words or f" {p}'s " in words or f" {p} 's " in words for p in self._RECIPROCAL_PRONOUNS)

    def _joined_doers(self, a: Mention, b: Mention) -> bool:
        """Are the two actors one list of doers joined by "and" ("Hezbollah and the Syrian army", "Rwandan and
        Mozambican troops": one noun's modifiers, or conjuncts), nothing else between them?"""
        ha, hb = phrase_head(a.token), phrase_head(b.token)
        if ha.i != hb.i and hb not in ha.conjuncts:
            return False
        first, second = sorted((a, b), key=lambda m: m.start)
        if first.end > second.start:
            return False
        gap = " ".join(text_of(a.token.doc)[first.end:second.start].lower().replace(",", " , ").split())
        return gap.replace(" ,", ",") in self._JOINERS

    def _pronoun_subject(self, head: Token) -> bool:
        """Is the trigger a verb done to something ("they captured the town", "it had retaken X") whose subject is
        a pronoun standing for a side? With no object the pronoun may be a thing ("police said it exploded")."""
        return head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in head.children) and any(
            c.dep_ == "nsubj" and c.tag_ == "PRP" and c.lower_ in self._GROUP_PRONOUNS for c in head.children)

    def _pronoun_antecedent(self, head: Token, mentions: list[Mention]) -> tuple[bool, Mention | None]:
        """The side a pronoun subject of the trigger stands for: the first doer that is no pronoun of a verb above
        it, its subject or its passive's agent ("The rebels said that they ... as they captured": "The rebels";
        "Sanaa has been held by the Houthis since it ousted ...": the Houthis). Returns (a side found there, the
        actor naming it or None: a generic noun of doers is left to the story's doers)."""
        node = head
        for _ in range(8):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue
            doer = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if doer is None:
                doer = next((g for c in node.children if c.dep_ == "agent" for g in c.children
                             if g.dep_ == "pobj"), None)
            if doer is None:
                continue
            if doer.tag_ == "PRP":
                if doer.lower_ not in self._GROUP_PRONOUNS:
                    return True, None  # "he said they ...": a person's words, no side to carry
                continue
            if doer.i > head.i:
                return False, None  # "They also seized X, police said": the speaker after the act is not "they"
            named = next((m for m in mentions if m.token.i == doer.i or governed(doer, m.token)), None)
            # A side told by a common noun ("The rebels said that they ...") is left to the story's doers; any other
            # speaker ("residents said they", "state media said it") stands for no side: read the sentence as before.
            return named is not None or doer.lemma_.lower() in self._DOER_NOUNS, named
        return False, None

    def _after_by(self, head: Token, mentions: list[Mention], sent: Span) -> Mention | None:
        """The first actor after the trigger that a "by" introduces: the parse's "by" on the trigger or the verb
        above it, or the words right before the name (where the parse hung the "by" elsewhere)."""
        text = text_of(sent.doc)
        return next((m for m in mentions if m.token.i > head.i and (
            m.token.dep_ == "pobj" and m.token.head.lower_ == "by" and m.token.head.dep_ == "prep"
            and m.token.head.head.i in (head.i, head.head.i)
            or self._BY_BEFORE.search(text[m.start - 8:m.start]))), None)

    def _blamed_party(self, tok: Token, head: Token) -> bool:
        """Is the actor who a verb of blaming or accusing, between it and the trigger, lays the act on ("...,
        killing 44 worshippers, the government said, blaming the X group")? The blamed is no one hit by the act."""
        node = tok
        while node.head.i != node.i and node.i != head.i:
            node = node.head
            if node.i != head.i and node.lemma_.lower() in self._BLAME_VERBS | self._ACCUSATION_VERBS:
                return True
        return False

    def owns_place(self, tok: Token) -> bool:
        """Is the name the possessor of a part of a country ("Russia's Belgorod region", "Mali's north";
        words/owned_place_nouns.txt)? It says where the act was, not who took part in it."""
        return tok.dep_ == "poss" and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.lemma_.lower() in self._OWNED_PLACES

    def _pair_of_sides(self, head: Token, mentions: list[Mention]) -> tuple[Mention, Mention] | None:
        """Two mentions joined by "and" after a pair preposition ("between A and B") in the trigger's clause."""
        verb = head if head.pos_ in ("VERB", "AUX") else head.head

        def in_clause(tok: Token) -> bool:  # reached from the trigger's verb through no clause of its own
            while tok.i != verb.i:
                if tok.dep_ in ("advcl", "relcl", "acl", "ccomp", "xcomp") or tok.head.i == tok.i:
                    return False
                tok = tok.head
            return True

        heads = {phrase_head(m.token).i: m for m in mentions}
        for i, m in heads.items():
            tok = m.token.doc[i]
            prep = tok.head
            if tok.dep_ == "pobj" and prep.lower_ in self._PAIR_PREPS and in_clause(prep):
                other = next((heads[c.i] for c in tok.conjuncts if c.i in heads and heads[c.i].value != m.value), None)
                if other is not None:
                    return m, other
        return None

    def among_killed(self, tok: Token) -> bool:
        """Is the actor among the dead a kill verb's passive subject names ("20 soldiers were killed in an
        attack")?"""
        return self._among_killed(tok)

    def _among_killed(self, tok: Token) -> bool:
        node = tok
        while True:
            if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.KILL_LEMMAS
                   and not any(g.dep_ == "dobj" for g in c.children) for c in node.children):
                # A headline's reduced passive, "4 soldiers killed in attack in central Mali", "Five policemen
                # killed in ambush": the participle on the noun tells the dead as "were killed" does (not an active
                # verb the parse hung on its subject, "ADF rebels killed 40 people": that has an object).
                return True
            if node.head.i == node.i:
                return False
            if node.dep_ == "nsubjpass" and node.head.lemma_.lower() in self.KILL_LEMMAS:
                return True
            if node.dep_ not in ("compound", "amod", "nummod", "nmod", "poss", "appos"):
                return False
            node = node.head

    def speaks(self, tok: Token) -> bool:
        """Is the token the subject of a reporting verb ("Cairo said", "Kyiv reported")? A capital that speaks
        stands for its government, not for a place where something happened."""
        return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.REPORTING_LEMMAS

    def names_source(self, tok: Token) -> bool:
        """"... have advanced 35 km, according to Kyiv": a place right after "according to" is the government or the
        people who report, not where the act was; so is the agent of a passive verb of reporting or blaming ("an
        assault attributed by Yaounde to the separatists", "a shelling blamed by Kinshasa on M23"; not "the town was
        shelled by X"). As a capital that speaks (`speaks`), it stands for its government."""
        prep = tok.head
        if tok.dep_ == "pobj" and prep.dep_ == "agent" and prep.head.lemma_.lower() in self._SOURCE_VERBS:
            return True
        return tok.dep_ == "pobj" and prep.lower_ == "to" and prep.head.i != prep.i and prep.head.lower_ == "according"

    def _reporter_of(self, tok: Token, head: Token) -> bool:
        """Is the actor the one reporting the act ("the KNU said fighter jets attacked X") while the act has a
        subject of its own? Then the reporter is not the doer."""
        while tok.dep_ in ("appos", "compound") and tok.head.i != tok.i:
            tok = tok.head  # "The Karen National Union (KNU), the group that..., said"
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in self.REPORTING_LEMMAS:
            return False
        # (an act noun's verb is the first verb above it: "police say 12 people were killed in an attack")
        verb = head if head.pos_ in ("VERB", "AUX") else next(
            (a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), head.head)
        own_subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        if any(g.lower_ in self._OWN for c in own_subject for g in c.children if g.dep_ == "poss"):
            return False  # "the army said its aircraft struck": the reporter's own forces
        return bool(own_subject) and tok.head.i != verb.i

    def _reacts_to(self, tok: Token, head: Token) -> bool:
        """Is the actor the subject of a verb of reacting to the act whose object holds the trigger ("police are
        investigating the shooting of a journalist", "Israel's foreign ministry condemned the attack": the
        subject's owner as well)? Then it is not the doer."""
        while tok.dep_ in ("appos", "compound", "poss") and tok.head.i != tok.i:
            tok = tok.head
        verb = tok.head
        return tok.dep_ == "nsubj" and verb.lemma_.lower() in self._REACTION_VERBS and any(
            c.dep_ == "dobj" and head.i in {t.i for t in c.subtree} for c in verb.children)

    def reports(self, m: Mention) -> bool:
        """Does the actor mention name who reports ("police officials in Samarra told", "the army said"), not a
        side of the act?"""
        return self._is_source(m) or self.speaks(m.token)

    @staticmethod
    def _object_of(tok: Token, head: Token) -> bool:
        """Is the word part of the trigger's object ("arrested a senior [X] commander", "[X] officials were
        abducted")? Such a commander or official is acted on, not a source."""
        node = tok
        while node.dep_ in ("compound", "amod", "nmod", "poss") and node.head.i != node.i:
            node = node.head
        return node.dep_ in ("dobj", "nsubjpass") and node.head.i == head.i

    def _is_source(self, m: Mention) -> bool:
        """"Iraqi military spokesman", "a Russian defence ministry statement": who reports, not who acts."""
        return bool(self._SOURCE_NOUNS.match(text_of(m.token.doc), m.end))

    def definite_place_object(self, head: Token) -> Token | None:
        """The place the trigger acts on when it is a definite place noun ("took the city", "seized this town",
        "fighting in the village") or "there" ("clashes broke out there")."""
        objects = [(c, c.dep_ in ("dobj", "nsubjpass")) for c in head.children]
        objects += [(g, True) for c in head.children if c.dep_ == "prep" and c.lower_ in self.INSIDE_PREPS
                    for g in c.children if g.dep_ == "pobj"]
        # "beaten during an army operation in the town", "during raids on the village": the place of the noun of
        # one of the trigger's phrases.
        objects += [(g2, True) for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
                    for c2 in g.children if c2.dep_ == "prep" and (c2.lower_ in self.INSIDE_PREPS or c2.lower_ == "on")
                    for g2 in c2.children if g2.dep_ == "pobj"]
        if head.dep_ in ("nsubj", "nsubjpass"):  # "clashes broke out there"
            objects += [(c, False) for c in head.head.children if c.lower_ in self.PLACE_ADVERBS]
            if head.head.lemma_.lower() in self.KILL_LEMMAS:  # "clashes killed 55 people in the city": its toll's
                objects += [(g, True) for c in head.head.children if c.dep_ == "prep" and c.lower_ in self.INSIDE_PREPS
                            for g in c.children if g.dep_ == "pobj"]
        for child, direct in objects:
            if child.lower_ in self.PLACE_ADVERBS and child.dep_ == "advmod":
                return child
            if direct and child.lemma_.lower() in self.PLACE_NOUNS and child.pos_ == "NOUN" and child.tag_ != "NNS":
                if any(c.lower_ in self._DEFINITE for c in child.children if c.dep_ == "det") and not any(
                        c.dep_ in ("prep", "compound", "appos") for c in child.children):
                    return child
        return None

    def claim_of_responsibility(self, head: Token) -> bool:
        """"X claimed the attack", "claimed responsibility for the bombing": a claim about an act already told (a
        definite act noun; "claimed a car bombing" claims an act not told before, see claimed_act)."""
        return self.claimed_act(head) and self.told_before(head)

    def told_before(self, head: Token) -> bool:
        """Is the act noun definite or possessed ("the attack", "its bombing"): an act already told?"""
        return any(c.lower_ in self._DEFINITE or c.dep_ == "poss" for c in head.children)

    def claimed_act(self, head: Token) -> bool:
        """Is the act noun what a claim is of ("X claimed the attack", "claimed responsibility for a bombing")?"""
        node = head
        if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.lemma_.lower() in self._CLAIM_NOUNS:
            return True
        return node.dep_ == "dobj" and node.head.lemma_.lower() in self._CLAIM_VERBS

    def blame_of_act(self, head: Token) -> bool:
        """"blamed the attack on X", "the bombing was blamed on X", "blamed X for the attack": an act already
        told, laid on someone."""
        verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else head.head
        told = head.dep_ in ("dobj", "nsubjpass") or verb is not head.head  # "blamed X for the attack"
        definite = any(c.lower_ in self._DEFINITE for c in head.children if c.dep_ == "det")
        if told and verb.lemma_.lower() in self._BLAME_VERBS and definite:
            return True
        # "accused the party of backing the attack": the bare act noun, what the accused is said to have helped,
        # is the act already told (with a phrase of its own, "of carrying out the attack on X", it may be news).
        gerund = head.head
        return head.dep_ == "dobj" and definite and gerund.tag_ == "VBG" and gerund.dep_ == "pcomp" \
            and gerund.head.dep_ == "prep" and gerund.head.head.lemma_.lower() in self._ACCUSATION_VERBS \
            and all(c.dep_ in ("det", "amod", "compound", "punct", "relcl") for c in head.children)

    def blamed(self, sent: Span, actors: list[Mention]) -> Mention | None:
        """The actor a sentence lays an act on: "blamed the attack on X", "the bombing was blamed on X",
        "attributed the killing to X", else "X was blamed" / "blamed X" (the object when no act is named before
        "on"/"to"); None when the blame is denied ("did not blame") or names no actor."""
        for verb in sent:
            if verb.lemma_.lower() not in self._BLAME_VERBS or verb.pos_ != "VERB":
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            # "on X" hangs from the verb or, as the parser often reads it, from the act ("blamed [the attack on X]").
            heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
            to = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
                  for g in c.children if g.dep_ == "pobj"]
            objects = to or [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            for node in objects:
                for a in actors:
                    if node.left_edge.i <= a.token.i <= node.i:
                        return a
        return None

    def temporal_reference(self, head: Token, times: list) -> bool:
        """Is the trigger only a time anchor ("since the coup", "after the capture") with no date of its own?"""
        if head.dep_ != "pobj" or head.head.lower_ not in self.TEMPORAL_PREPS:
            return False
        if not any(c.lower_ == "the" or "Dem" in c.morph.get("PronType") for c in head.children if c.dep_ == "det"):
            return False  # "since the coup", "since that attack": named again, not told
        span_start = head.head.idx
        span_end = max(t.idx + len(t.text) for t in head.subtree)
        sent_start = head.sent.start_char
        return not any(span_start <= sent_start + t.start < span_end for t in times)

    def in_support_phrase(self, tok: Token) -> bool:
        """Is the word inside "backed by ...", "with the support of ..." ("backed by Russian air strikes")?"""
        if tok.dep_ == "acl" and any(c.dep_ == "dobj" for c in tok.children):
            # "soldiers backed by militias killed 30 people": the parse hung the sentence's verb, active with an
            # object of its own, on the ally's name; it is the act, not part of the support.
            return False
        node = tok
        for _ in range(4):
            parent = node.head
            if parent.i == node.i:
                return False
            if parent.lemma_.lower() in self._SUPPORT_VERBS and parent.pos_ == "VERB" and (
                    node.dep_ == "agent" or node.lower_ == "by"):
                return True  # "backed by Russian air strikes"
            if parent.lower_ in self._SUPPORT_NOUNS and node.dep_ in ("prep", "pobj") \
                    and parent.dep_ == "pobj" and parent.head.lower_ in self._SUPPORT_PREPS:
                return True
            node = parent
        return False

    def _is_assoc(self, m: Mention, sent: Span, actors: Sequence[Mention] = ()) -> bool:
        doc = m.token.doc
        left = text_of(doc)[max(sent.start_char, m.start - 40): m.start]
        if any(p.search(left) for p in self.ASSOC_CUES):
            return True
        # "rebel forces, including the Nusra Front": a member of the armed side named right before "including".
        member = self._ASSOC_MEMBER.search(left)
        if member is not None:
            side_end = m.start - len(left) + member.start(1)
            if any(o is not m and o.value.kind not in ("civilian", "protester") and 0 <= side_end - o.end <= 1
                   for o in actors):
                return True
        # "Russian-backed", "IS-affiliated" describe who backs the actor they modify (patterns.yaml assoc_after).
        right = text_of(doc)[m.end: m.end + 16].lower()
        if any(p.match(right) for p in self.ASSOC_AFTER):
            return True
        # "the IS-affiliated group ADF": an ally of the group named within a few words after it.
        return any(p.match(right) for p in self.ASSOC_BEFORE_NAME) and any(
            o is not m and not o.extra.get("generic") and m.end < o.start <= m.end + 40 for o in actors)

    def is_agent(self, head: Token, tok: Token) -> bool:
        """Does the syntax make the actor at `tok` the doer of the trigger at `head` (its subject, the agent of its
        passive, its possessor), not merely a name near it?"""
        return self._role(head, tok) == "agent"

    def is_patient(self, head: Token, tok: Token) -> bool:
        """Does the syntax make the actor at `tok` the one the trigger at `head` acted on (its object, the subject
        of its passive, what "on"/"against" governs, the object of the verb the act's noun is the subject of)?"""
        return self._role(head, tok) == "patient"

    def in_charge_on_noun(self, tok: Token, head: Token) -> bool:
        """actor.charge_on_victims: is the actor named inside a charge laid on a noun by a clause of its own
        ("shot dead four men they accused of supporting the rebels", "beheaded farmers accused of spying for
        the army", "men suspected of links to X")? What the victims were charged with names no side of the
        act: the rebels or the army are neither its doer nor its target."""
        node = tok
        for _ in range(10):
            parent = node.head
            if parent.i == node.i or parent.i == head.i:
                return False
            if parent.lemma_.lower() in self._CHARGE_WORDS and parent.dep_ in ("relcl", "acl") \
                    and node.dep_ == "prep" and node.lower_ in self._CHARGE_PREPS and not governed(parent, head):
                return True
            node = parent
        return False

    def _accusation_of(self, head: Token) -> Token | None:
        """The verb of accusing whose "of" the trigger hangs on ("accused Russia of striking a hospital"), if any."""
        prep = head.head
        if head.dep_ in ("pcomp", "pobj") and prep.lower_ == "of" and prep.head.i != prep.i \
                and prep.head.lemma_.lower() in self._ACCUSATION_VERBS:
            return prep.head
        return None

    def _role(self, head: Token, tok: Token) -> str:
        """agent / patient / '' for an actor token relative to the trigger head."""
        accusing = self._accusation_of(head)
        if accusing is not None:
            # "Ukraine accused Russia of striking X", "Russia was accused of ...": the accused did it; the
            # accuser is no side of the act.
            for c in accusing.children:
                if c.dep_ in ("dobj", "nsubjpass") and governed(c, tok):
                    return "agent"
                if c.dep_ in ("nsubj", "agent") and governed(c, tok):
                    return ""
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self._CONTROL \
                and governed(head, tok):
            return "agent"  # "came under the control of X", "X's control"
        if participle_on(head, tok):
            return "patient"
        # walk from the actor up to the trigger
        node = tok
        steps = 0
        claimed = False
        while node.i != head.i and (steps < 6 or claimed and steps < 10):
            parent = node.head
            if parent.i == node.i:
                break
            # "a rocket attack (on the post) that was claimed by X", "a raid carried out by X": the agent of a
            # clause of doing the act, hung on the act's noun or on what it governs, did it.
            claimed = claimed or node.dep_ == "agent" and parent.dep_ in ("relcl", "acl") \
                and parent.lemma_.lower() in self._DOING_VERBS
            # "a drone attack blamed on the RSF", "a bombing that was attributed to X": X laid on as its doer.
            claimed = claimed or node.dep_ == "prep" and node.lower_ in ("on", "to") \
                and parent.dep_ in ("relcl", "acl") and parent.lemma_.lower() in self._BLAME_VERBS
            if parent.i == head.i:
                return "agent" if claimed else self._role_of_child(head, node)
            # "by X" / "against X" / "from X" attached to the trigger through a preposition
            node = parent
            steps += 1
        # the trigger is a noun object of a verb whose subject is the actor: "X launched an attack" (not "X
        # condemned the attack"; not "the base was overrun by X", a participle the parser read as a noun after
        # "was": its subject is the target)
        if head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX") \
                and head.head.lemma_.lower() not in self._REACTION_VERBS and not (
                    head.dep_ == "attr" and any(c.dep_ == "prep" and c.lower_ == "by" for c in head.children)):
            verb = head.head
            for child in verb.children:
                if child.dep_ in ("nsubj",) and governed(child, tok):
                    return "agent"
                if child.dep_ == "agent" and governed(child, tok):
                    return "agent"
        # the trigger is passive subject: "the town was captured by X"; or the trigger noun is the subject
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head
            for child in verb.children:
                if child.dep_ in ("dobj",) and governed(child, tok):
                    return "patient"
        # "the army killed dozens of militants in air strikes": the parse hangs the act's noun on the people the
        # verb names ("militants in air strikes"); the act is how the verb was done, so its subject did it and
        # its object was hit.
        verb = self._verb_of_means(head)
        if verb is not None:
            for child in verb.children:
                if child.dep_ in ("nsubj", "agent") and governed(child, tok):
                    return "agent"
                if child.dep_ == "dobj" and governed(child, tok):
                    return "patient"
        # trigger in a clause governed by the verb whose subject is the actor ("X stormed the base, killing")
        # A participle or infinitive shares the governing verb's subject ("X stormed the base, killing 10");
        # a finite verb of its own clause does not ("strikes hit Odesa as Ukraine retakes a village").
        governing = head.head
        if head.dep_ == "xcomp" and governing.pos_ == "ADJ" and governing.dep_ == "acomp":
            governing = governing.head  # "X was able to seize Y": the subject of "was"
        if head.dep_ in ("advcl", "xcomp", "conj", "acl") and governing.pos_ in ("VERB", "AUX") and (
                head.tag_ in ("VBG", "VBN", "VB") or head.dep_ == "conj") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            if steps < 6 and head.dep_ == "conj" and _active_after_passive(head, governing):
                # "Tigrayan fighters were repelled but recaptured Alamata": the passive's subject did the active
                # verb joined to it; who repelled them is no doer of the capture.
                if any(c.dep_ == "nsubjpass" and governed(c, tok) for c in governing.children):
                    return "agent"
                if any(c.dep_ == "agent" and governed(c, tok) for c in governing.children):
                    return ""
            shared = self._role(governing, tok) if steps < 6 else ""
            if shared == "agent" and head.dep_ == "conj" and any(c.dep_ == "auxpass" for c in head.children):
                # "Houthi fighters tried to hold the district but were driven out by government forces": the
                # subject a passive shares with the verb before it was acted on; the passive's agent did it.
                return "patient"
            return shared
        return ""

    def _verb_of_means(self, head: Token) -> Token | None:
        """The verb whose object an act noun is hung on by "in", "during", ... ("killed dozens of militants in
        air strikes": "killed"), the act being how that verb was done; None where the noun hangs elsewhere."""
        if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in self._MEANS_PREPS:
            return None
        node = head.head.head  # the noun the phrase is hung on
        while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
            node = node.head.head  # "dozens of militants": up to "dozens"
        if node.i == head.i or node.pos_ not in ("NOUN", "PROPN", "NUM") or node.dep_ != "dobj" \
                or node.head.pos_ != "VERB":
            return None
        return node.head

    def _role_of_child(self, head: Token, child: Token) -> str:
        dep = child.dep_
        if dep in ("nsubj", "poss", "compound", "amod", "nmod", "npadvmod"):
            return "agent"
        if dep == "agent":
            return "agent"
        if dep in ("dobj", "nsubjpass", "iobj", "attr"):
            return "patient"
        if dep == "prep":
            prep = child.lower_
            if prep == "by" or prep == "to" and head.lemma_.lower() in self._FALL_TO:
                return "agent"  # "captured by X", "fell to X"
            if prep == "of" and head.lemma_.lower() in self._CONTROL_OF:
                return "agent"  # "came under the control of X"
            if prep in self._PATIENT_PREPS:
                return "patient"
        return ""

    def _remember(self, key: tuple[str, str], value: Any) -> Any:
        if len(self._read) >= _READ_LIMIT:
            self._read.clear()
        self._read[key] = value
        return value

    def _read_once(self, reader: Callable[[str], Any], sent_text: str) -> Any:
        """`reader(sent_text)`, read once per sentence text: several triggers of a sentence ask the same."""
        key = (reader.__name__, sent_text)
        known = self._read.get(key, _UNREAD)
        return self._remember(key, reader(sent_text)) if known is _UNREAD else known

    def fatalities(self, sent_text: str) -> int | None:
        return self._read_once(self._fatalities, sent_text)

    def _fatalities(self, sent_text: str) -> int | None:
        best = 1 if self.ONE_DEATH.search(sent_text) else None
        if self.FATALITY_GATE is not None and not self.FATALITY_GATE.search(sent_text):
            return best
        for pat in self.FATALITY_PATTERNS:
            for m in pat.finditer(sent_text):
                n = self.parse_number(m.group(1))
                if n is not None and n < 100000 and (best is None or n > best):
                    best = n
        for pat in self.FATALITY_SUMS:  # "three soldiers and 10 insurgents were killed": both sides' dead
            for m in pat.finditer(sent_text):
                a, b = self.parse_number(m.group(1)), self.parse_number(m.group(2))
                if a is not None and b is not None and a + b < 100000 and (best is None or a + b > best):
                    best = a + b
        return best

    def count_of(self, head: Token, skip: set[int] = frozenset()) -> int | None:
        """"320 air strikes", "more than 120 air strikes", "64 sorties": a number modifying the trigger noun;
        for a verb, its object's number ("hitting 146 targets", "fired three rockets")."""
        if head.pos_ == "VERB":
            for obj in head.children:
                # "fired three rockets", "hit 146 targets" count acts; "killed 22 civilians" counts victims.
                if obj.dep_ == "dobj" and obj.lemma_.lower() in self.COUNTED_OBJECTS:
                    n = self.count_of(obj, skip)
                    if n is not None:
                        return n
        for child in head.children:
            if child.dep_ == "nummod" and child.i not in skip and not _in_time(child):
                # ("the 2016 siege of Cizre": a year, not 2,016 sieges)
                n = self.parse_number(child.text)
                if n is not None and n > 1:
                    return n
        return None

    def claimed_by(self, sent_text: str) -> str | None:
        return self._read_once(self._claimed_by, sent_text)

    def _claimed_by(self, sent_text: str) -> str | None:
        for pat in self.SOURCE_PATTERNS:
            m = pat.search(sent_text)
            if m:
                raw = m.group("src").strip(" \"'“”’")
                src = re.sub(r"^(?:the|a|an)\s+", "", raw, flags=re.I)
                # ("the group said": the list's phrases are written with their article)
                if src.lower() in self._SOURCE_STOP or raw.lower() in self._SOURCE_STOP or len(src) < 3:
                    continue
                return src
        return None

    def _out_of_the_fight(self, victim: Token) -> bool:
        """Are the victims told as out of the fight: "unarmed", "captured" soldiers, soldiers "who had
        surrendered" or "who were captured" (a verb with no object of its own; not "who had captured the town"),
        "former" or "retired" officers, an "ex-soldier"?"""
        for c in victim.children:
            if c.dep_ in ("amod", "compound") \
                    and (c.lower_ in self.HORS_DE_COMBAT or c.lemma_.lower() in self.HORS_DE_COMBAT):  # ("ex-soldier")
                return True
            if c.dep_ in ("amod", "compound", "advmod", "nmod") and c.i < victim.i \
                    and "".join(t.text_with_ws for t in c.subtree).strip().lower() in self.HORS_DE_COMBAT:
                return True  # ("an off-duty soldier": the modifier's words, hyphen included)
            if c.dep_ in ("relcl", "acl") and self.gives_up(c):
                return True
        return False

    def gives_up(self, verb: Token) -> bool:
        """Does the verb put its subject out of the fight, with no object of its own ("who had surrendered", "after
        they were captured"; not "who had captured the town", an act)?"""
        return verb.lemma_.lower() in self.HORS_DE_COMBAT and not any(g.dep_ == "dobj" for g in verb.children)

    def giving_up_clauses(self, head: Token) -> list[Token]:
        """The clauses of a killing verb that tell its victims gave up before it: a clause whose subject is a
        pronoun for them and whose verb puts them out of the fight with no object of its own ("killed three
        militants after they had surrendered", "shot them after they were captured")."""
        return [c for c in head.children if c.dep_ == "advcl" and self.gives_up(c)
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in self.PERSON_PRONOUNS for g in c.children)]

    def victim_objects(self, head: Token, others: Sequence[Token] = ()) -> list[Token]:
        """The heads of who a killing or shooting verb acts on: its objects or passive subject (see `victims`)."""
        objects = [c for w in (head, *others) for c in w.children if c.dep_ in ("dobj", "nsubjpass")]
        # "opened fire on supporters marching in X": the parse may make the people the subject of a gerund after
        # the preposition; that clause is who was fired on.
        # ("on March 3" is when, not a march fired on)
        # ("killed five officers at an office in a refugee camp": a verb with people of its own as object is done
        # to them; its "at" is where, not a second target)
        own = {w.i for w in others}
        # ("killed Supai Murkan, 48, at a place near X": a person's name, or a pronoun, is an object of people too)
        has_people = any(c.dep_ == "dobj" and c.i not in own and (c.lemma_.lower() in self._PEOPLE_OR_ARMED or (
            c.pos_ == "PROPN") or c.lower_ in self.PERSON_PRONOUNS) for c in head.children)
        objects += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "against", "at")
                    and not has_people
                    for g in c.children if g.dep_ == "pobj" and not _in_time(g) or g.dep_ == "pcomp"
                    and g.tag_ == "VBG" and any(n.dep_ == "nsubj" for n in g.children)]
        if head.dep_ in ("advcl", "xcomp", "acl", "relcl"):
            objects += [t for t in head.head.children if t.dep_ == "nsubjpass"]
        if head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in head.children):
            # "attacked hundreds of mourners marching to the cemetery": the parse may make the people the subject
            # of a gerund clause right after the verb; they are who it was done to.
            # ("shot dead two vaccination workers going door to door": or of a clausal complement; a verb of
            # killing takes none, so the clause is the people's own)
            objects += [n for g in head.children if g.dep_ in ("advcl", "ccomp") and g.tag_ == "VBG"
                        and g.i > head.i
                        for n in g.children if n.dep_ == "nsubj" and n.left_edge.i == head.i + 1]
            if not any(c.dep_ in ("nsubjpass", "agent") for c in head.children) and any(
                    o.dep_ == "pobj" and o.head.lower_ == "to" and o.head.head.i == head.i for o in others):
                # "four people trapped inside burned to death": a killing phrase with its result and no object
                # is told of those who died, its subject.
                objects += [c for c in head.children if c.dep_ == "nsubj"]
        if head.dep_ == "conj" and any(c.dep_ == "auxpass" for c in head.head.children) and not any(
                c.dep_.startswith("nsubj") or c.dep_ == "dobj" for w in (head, *others) for c in w.children):
            # "a lawyer was pulled from his car and shot dead": the passive subject of the first verb is who the
            # second was done to as well.
            objects += [t for t in head.head.children if t.dep_ == "nsubjpass"]
        if head.dep_ == "amod" and head.tag_ == "VBN":
            objects.append(head.head)  # "machine-gunned civilians": the participle's noun is who it was done to
        if not objects and head.pos_ == "VERB":
            # "shot and wounded a journalist": a verb with no object of its own acts on its conjunct's.
            objects += conj_objects(head, self._WOUNDING)
        # "the prosecutor, Francesco Coco, who was shot dead": the relative pronoun stands for the noun its clause
        # is on.
        objects = [o.head.head if o.tag_ in ("WP", "WDT") and o.head.dep_ == "relcl" and o.head.i == head.i
                   else o for o in objects]
        return [a for o in objects for a in (pronoun_antecedents(o, head, self.PERSON_PRONOUNS) or [o])]

    def fell_in_combat(self, head: Token) -> bool:
        """The killing is told as a fighter's death: "were killed in action", "died in combat", "killed in the line
        of duty" (words/combat_frame_nouns.txt, the object of "in" or what it is "of")."""
        if head.dep_ == "acl":
            return False  # ("passed them off as guerrillas killed in combat": a description, not the killing told)
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ != "in":
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                if g.lemma_.lower() in self._COMBAT_FRAMES or any(
                        q.dep_ == "prep" and q.lower_ == "of" and any(
                            o.dep_ == "pobj" and o.lemma_.lower() in self._COMBAT_FRAMES for o in q.children)
                        for q in g.children):
                    return True
        return False

    def victims(self, head: Token, others: Sequence[Token] = ()) -> str:
        """civilian / protester / armed / '' for who a killing or shooting verb acts on: its object or passive
        subject (with what is coordinated with them), never its subject ("militants killed 22 civilians").
        `others` are the trigger's other words, whose objects count too when the model split the phrase
        ("shot dead a leader" with "shot" read as a noun and "leader" the object of "dead")."""
        objects = self.victim_objects(head, others)
        tokens = [t for o in objects for t in o.subtree if t.dep_ not in ("prep",)]
        # "a rebel leader", "a militia chief": a person named by a role of an armed side is armed, not civilian.
        # ("seven VDP volunteers", "two CJTF members": people named by an armed side the actor table knows)
        named = self._armed_name_tokens(head.doc)
        armed_roles = {t.i for t in tokens if t.lemma_.lower() in self.CIVILIAN_VICTIMS and any(
            c.dep_ in ("compound", "amod", "poss") and (c.lemma_.lower() in self._ARMED_OR_GROUPS or c.i in named)
            for c in t.children)}
        # ("the night of 12 March": the month is no march; "volunteer fighters": a people word in front of an
        # armed noun only describes it, the noun says who they were; "the New People's Army": a word inside a
        # name is the name's)
        # ("the organisers of last week's protest": a protest set apart makes no protesters of them)
        words = {t.lemma_.lower() for t in tokens if t.i not in armed_roles and t.text not in self._MONTH_WORDS
                 and not self._describes_armed_or_named(t) and not self.protest_of_its_day(t)} | hyphen_words(tokens)
        # "the Genoa chief prosecutor, Francesco Coco, who was shot dead": a name set beside its role noun is told
        # by that noun too.
        words |= {o.head.lemma_.lower() for o in objects if o.dep_ == "appos" and o.head.pos_ == "NOUN"}
        if any(self._out_of_the_fight(o) for o in objects) or self.giving_up_clauses(head):
            return "civilian"  # "shot dead two policemen who had surrendered": no longer fighting
        if words & self._PROTESTERS and not self.protest_only_related(head, others):
            return "protester"
        if any(t.dep_ in ("relcl", "acl") and t.pos_ == "VERB" and t.lemma_.lower() in self._CROWD_DEEDS
               and t.head in objects for t in tokens):
            return "protester"  # "detained 98 people who were blocking streets": people told by a crowd's deed
        if self.fell_in_combat(head):
            return "armed"  # "ten of our men were killed in action": who die in action are fighters
        if words & self.CIVILIAN_VICTIMS and any(o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower()
                                                 in self.ARMED_TARGETS for o in objects):
            # "ambushed a patrol of Dozo hunters": a patrol or a post is armed, whoever it is of (not the place of
            # the act, "shot dead a driver at a checkpoint")
            return "armed"
        if words & self.CIVILIAN_VICTIMS:
            # "killed five soldiers and three civilians": a mixed toll is a fight's, the civilians caught in it
            # (the victims listed side by side, not "the wife of a soldier")
            # (also the nouns listed after "of" a noun of no people: "a convoy of troops and Africa Corps
            # personnel", not "the wife of a soldier")
            nouns = [n for o in objects for n in _listed(o)] + [
                n for o in objects if o.lemma_.lower() not in self.CIVILIAN_VICTIMS
                for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj" for n in _listed(g)]
            listed = {n.lemma_.lower() for n in nouns}
            # "a vaccinator and her police escort": a noun named by an armed word is of the armed side too
            armed = listed & self.ARMED_VICTIMS or any(n.i in armed_roles for n in nouns) or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.ARMED_VICTIMS
                for n in nouns if n.lemma_.lower() not in self.CIVILIAN_VICTIMS for c in n.children)
            return "armed" if armed and listed & self.CIVILIAN_VICTIMS else "civilian"
        if armed_roles or words & (self.ARMED_VICTIMS | self.ARMED_TARGETS):
            return "armed"
        if any(t.lemma_.lower() in self._OFFICIALS and t.pos_ == "NOUN" and not any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in self._ARMED_OR_GROUPS
                for c in t.children) for t in objects):
            return "civilian"  # "a local government official was shot dead": a civil office, no armed word on it
        if any(t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in self.DEMONYMS
               for o in objects for t in o.subtree):
            return "civilian"  # "killed four Israelis": people named by their nation, no armed word
        if any(o.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NUM" and c.text.isdigit()
                                         and 0 < int(c.text) < 110 for c in o.children)
               and not any(c.dep_ == "compound" and c.lower_.rstrip(".") in self._TITLES for c in o.children)
               for o in objects):
            # "killed Supai Murkan, 48,": a person named with an age, no armed word nor title ("Sergeant Ali
            # Khan, 31," may be a soldier)
            return "civilian"
        return ""

    def _armed_name_tokens(self, doc) -> set[int]:
        """The tokens of the actor names in the document that name an armed side (not civilians or crowds)."""
        table = self._kb.actors
        return {t.i for span in doc.spans.get(ACTORS, ()) for t in span
                if (a := table.canonical(span.label_)) is not None
                and a.kind not in (CIVILIAN_KIND, PROTESTER_KIND, RIOTER_KIND)}

    def protest_only_related(self, head: Token, others: Sequence[Token] = ()) -> bool:
        """Are the sentence's protest words all under a preposition inside a clause that describes the people a
        killing verb acted on ("a local leader who was seen as a negotiator between the authorities and the
        protesters"): people the victim dealt with, not who the victim was ("a man who had joined the protesters"
        stays one)?"""
        related: set[int] = set()
        for o in self.victim_objects(head, others):
            for r in (c for c in o.children if c.dep_ in ("relcl", "acl")):
                related |= {t.i for p in r.subtree if p.dep_ == "prep" and p.i != r.i for t in p.subtree}
        related |= self.unrest_caused(head)
        hits = [t for t in head.sent if t.lemma_.lower() in self.PROTEST_CONTEXT | self._PROTESTERS]
        return bool(hits) and all(t.i in related for t in hits)

    def unrest_caused(self, head: Token) -> set[int]:
        """The tokens of what the act caused or was followed by, outside its own words: "the killing of a
        journalist sparked protests", "shot dead a driver, sparking protests", "the shooting, which triggered
        demonstrations" (words/unrest_cause_verbs), "protests erupted after soldiers shot dead a student"
        (words/aftermath_marks). Protest words there are the act's sequel, not the scene it was done at."""
        own = {t.i for t in head.subtree}
        out: set[int] = set()
        for v in head.sent:
            if v.lemma_.lower() not in self._UNREST_CAUSES or v.i == head.i:
                continue
            if v.i in own:  # ", sparking protests", "which triggered demonstrations": the act's own sequel
                out |= {t.i for t in v.subtree}
            elif any(c.dep_ in ("nsubj", "csubj") and head.i in {t.i for t in c.subtree} for c in v.children):
                out |= {t.i for t in v.subtree} - own  # "the killing of X sparked protests"
        for c in head.sent:
            # the clause of what came after: its verb has the act under an "after"/"following" child
            if c.dep_ not in ("advcl", "prep") or head.i not in {t.i for t in c.subtree}:
                continue
            marked = c.lower_ in self._AFTERMATH_MARKS or any(
                m.dep_ == "mark" and m.lower_ in self._AFTERMATH_MARKS for m in c.children)
            if marked:
                out |= {t.i for t in c.head.subtree} - {t.i for t in c.subtree}
        return out

    def protests_caused(self, head: Token, protest_heads: Collection[int] = frozenset()) -> set[int]:
        """The protests among what the act caused (unrest_caused): its protest words (words/protest_context) and the
        heads of protest acts told there (`protest_heads`: "marches erupted after police shot a boy")."""
        return {i for i in self.unrest_caused(head)
                if i in protest_heads or head.doc[i].lemma_.lower() in self.PROTEST_CONTEXT}

    def _describes_armed_or_named(self, tok: Token) -> bool:
        """Is a people word only a modifier of an armed noun ("volunteer fighters") or a word inside an armed
        group's name ("People" in "the New People's Army")? Then it tells nothing of who the victims were."""
        if tok.lemma_.lower() not in self.CIVILIAN_VICTIMS or tok.dep_ not in ("compound", "amod", "poss"):
            return False
        if tok.head.lemma_.lower() in self.ARMED_VICTIMS:
            return True
        # (the name's head must be an armed word: "Imam Musa Kabir" is a civilian's title and name)
        name = tok
        while name.pos_ == "PROPN" and name.dep_ in ("compound", "poss") and name.head.pos_ == "PROPN":
            name = name.head
        return name is not tok and name.lemma_.lower() in self._ARMED_OR_GROUPS

    def status_of(self, tokens: Sequence[Token]) -> str:
        """'armed', 'civilian' or '' for words telling who people were ("members of a vigilante group", "farmers",
        "soldiers escorting the lorries", "local officials"): armed when they name armed people only, civilian when
        they name civilians only (a civil noun named by an armed word, "a militia leader", is armed), '' when they
        name both or neither. Relative clauses on them ("villagers who fled the fighting") tell no status."""
        described = {d.i for t in tokens if t.dep_ in ("relcl", "acl") for d in t.subtree}
        armed = civil = False
        for t in tokens:
            lemma = t.lemma_.lower()
            if t.i in described:
                continue
            if lemma in self.ARMED_WORDS:
                armed = True
            elif lemma in self._STATUS_CIVILIANS:
                if any(c.dep_ in ("compound", "amod", "poss") and c.lemma_.lower() in self._ARMED_OR_GROUPS
                       for c in t.children):
                    armed = True
                else:
                    civil = True
        return ARMED_STATUS if armed and not civil else CIVILIAN_STATUS if civil and not armed else ""

    def status_after(self, objects: Sequence[Token]) -> list[Token]:
        """The words after who a verb acted on that tell who they were: ", most of them members of the security
        forces", ", all of whom were farmers" (a share word, "of", a pronoun, then the words up to the next
        punctuation). [] when the sentence tells none."""
        for o in objects:
            sent = o.sent
            for t in o.doc[o.i + 1:sent.end - 3]:
                if t.text != "," or t.nbor(1).lemma_.lower() not in self._SHARES or t.nbor(2).lower_ != "of" \
                        or t.nbor(3).tag_ not in ("PRP", "WP"):
                    continue
                out = []
                for u in o.doc[t.i + 4:sent.end]:
                    if u.is_punct:
                        break
                    out.append(u)
                return out
        return []

    def victims_named(self, head: Token, others: Sequence[Token] = ()) -> str:
        """'armed', 'civilian' or '' for the words that name who a verb acted on, in front of them and with them
        ("80 people": '', "nine farmers": civilian, "an army patrol": armed); what is told after them is not read."""
        own = [t for o in self.victim_objects(head, others) for t in o.doc[o.left_edge.i:o.i + 1]]
        if any(t.lemma_.lower() in self._ARMED_OR_TARGETS for t in own):
            return ARMED_STATUS
        return CIVILIAN_STATUS if any(t.lemma_.lower() in self._STATUS_CIVILIANS for t in own) else ""

    def civilians_named(self, tokens: Sequence[Token]) -> bool:
        """Do the words name civilians anywhere ("among them three children", "whom elders described as farmers")?"""
        return any(t.lemma_.lower() in self._STATUS_CIVILIANS for t in tokens)

    def status_told_after(self, head: Token, others: Sequence[Token] = ()) -> str:
        """Who the people a verb acted on were, told after them when the words naming them say nothing of it
        ("killing more than 80 people, most of them members of the security forces": armed). ''  when the words
        naming them say it already, or nothing tells it."""
        if self.victims_named(head, others):
            return ""
        return self.status_of(self.status_after(self.victim_objects(head, others)))

    def dead_told(self, sent: Span) -> list[Token]:
        """Who the dead were, in a sentence that tells it of a toll told before: "The dead were members of a
        vigilante group", "Those killed were farmers", "Most of the victims were women and children", "Among the
        dead were two soldiers" (a form of "be" with the dead on one side: the words on its other side). [] when
        the sentence tells no such thing."""
        for be in sent:
            if be.lemma_ != "be" or be.pos_ not in ("AUX", "VERB"):
                continue
            sides = [c for c in be.children if c.dep_ in ("nsubj", "attr", "prep")]
            dead = [c for c in sides if self._the_dead(c)]
            told = [c for c in sides if c.dep_ in ("nsubj", "attr") and all(c is not d for d in dead)]
            if dead and len(told) == 1:
                return list(told[0].subtree)
        return []

    def _the_dead(self, tok: Token) -> bool:
        """Does the word stand for the dead ("the dead", "the victims", "those killed", "most of the dead", "among
        the victims")?"""
        if tok.dep_ == "prep" or tok.lemma_.lower() in self._SHARES:
            return any(self._the_dead(g) for p in ([tok] if tok.dep_ == "prep" else
                                                   [c for c in tok.children if c.dep_ == "prep"])
                       for g in p.children if g.dep_ == "pobj")
        if tok.lemma_.lower() in self._DEAD_NOUNS:
            return True
        return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self._DEATHS for c in tok.children)

    def named_person(self, head: Token, others: Sequence[Token] = ()) -> bool:
        """Is who the killing verb acts on one person by name, no actor's or place's name ("Ahmed Salim was shot
        dead", "the prosecutor, Francesco Coco, who was shot dead", "the body of Aldo Moro was found"), or by a
        singular pronoun ("He was shot dead") when the sentence before is not about an armed person (its main
        verb's singular subject described by an armed word: "Colonel X, the commander of the army's brigade, left
        home. He was shot dead": not a civilian named)? Only that one sentence is read, not the article."""
        objects = self.victim_objects(head, others)
        # ("the body of Aldo Moro was found": whose body)
        owners = [g for o in objects if o.lemma_.lower() in self._BODIES for p in o.children
                  if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        # ("He was found shot in the head near X": one person told before, by a pronoun the sentence does not
        # resolve, is named as well)
        one = [o for o in objects if o.lower_ in self.PERSON_PRONOUNS and o.morph.get("Number") == ["Sing"]]
        if one and head.sent.start > 0:
            # (the one person the sentence before is about: its main verb's singular subject, described as armed)
            before = head.doc[head.sent.start - 1].sent
            subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NN", "NNP")]
            one = [] if any(t.lemma_.lower() in self.ARMED_WORDS for s in subjects for t in s.subtree) else one
        return bool(one) or any(_one_named_person(o) for o in objects) \
            or any(_one_named_person(g, owner=True) for g in owners)


# A town this far from a region's point, in another first-level region by the gazetteer, lies outside it.
OUTSIDE_REGION_KM = 100


def _outside_region(region: object, town: object) -> bool:
    """Does the town lie outside the region the text names beside it ("in Camarines Sur province, south of Manila",
    "in Zabul province, north-east of Kandahar"): the gazetteer puts it in another first-level region, and it is
    far from the region's point? Then it locates the region from afar and does not narrow it down (rule
    place.narrowed). (Both tests, as a province may be a second-level unit whose towns' first level is wider.)"""
    if not isinstance(region, Place) or not isinstance(town, Place) or region.kind != ADMIN1_KIND:
        return False
    if not town.resolved or not town.admin1:
        return False
    own, named = name_key(town.admin1), name_key(region.name)
    if own and named and (own in named or named in own):
        return False
    return geo.km(region.lat, region.lon, town.lat, town.lon) > OUTSIDE_REGION_KM


def _one_named_person(tok: Token, owner: bool = False) -> bool:
    """Is the word a singular proper name that no actor or place mention covers ("Ahmed Salim", "Moro"), the
    object or passive subject of the act (not "the attack on Palma"), or whose body it was (`owner`)? What a
    killing is done to, named so, is a person (a group or a force would be an actor or go by a plural)."""
    if tok.pos_ != "PROPN" or tok.tag_ != "NNP" or tok.dep_ == "pobj" and not owner:
        return False
    words = (tok, *(c for c in tok.children if c.dep_ == "compound"))
    return not any(sp.start <= t.i < sp.end for key in (ACTORS, PLACES) for sp in tok.doc.spans.get(key, ())
                   for t in words)


def in_clause_of_its_own(tok: Token, head: Token) -> bool:
    """Is the word inside a clause below the trigger that has a subject of its own, other than that subject
    ("arrested a journalist after he criticised the junta")? What that clause acts on is no side of the
    trigger's act; its subject may be ("swept into X as government troops withdrew")."""
    node, below = tok, tok
    while node.i != head.i and node.head.i != node.i and not governed(node, head):
        if node.dep_ in ("advcl", "relcl", "ccomp") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return below.dep_ not in ("nsubj", "nsubjpass") or below.head.i != node.i
        below, node = node, node.head
    return False


def _listed(tok: Token) -> list[Token]:
    """The noun and the nouns coordinated with it ("five soldiers and three civilians")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _listed(c)
    return out


def _in_time(tok: Token) -> bool:
    """Is the word part of a time expression the times finder found ("the 2016 siege": 2016)?"""
    return any(s.start <= tok.i < s.end for s in tok.doc.spans.get(TIMES, ()))


def _in_joined_object(head: Token, tok: Token, names: set[int], place_nouns: set[str], best: Token,
                      side_preps: set[str]) -> bool:
    """Is the place inside a noun phrase joined by a conjunction to the trigger's own phrase ("a police station in
    X and a military base in Y"; "X on Sunday and Y on Monday", the parse joining Y to the day), not a place joined
    to another place (the parse's own coordination, "between X and Y", is read elsewhere)? Only through nouns and
    prepositions up to the trigger, no clause of its own on the way; the place itself named as where ("in Y",
    "the town of Y"), not a word of a name ("the offices of the Chama Cha Mapinduzi party"); and the conjunct not
    holding the act's first place too ("shot a priest and his driver outside X in Y region": Y locates X), nor
    the sides of a fight ("clashed with troops and militias near X, in the Y area"; words/clash_side_prepositions)."""
    above_best = {best.i, *(a.i for a in best.ancestors)}
    named = tok
    while named.dep_ == "compound" and named.head.i != named.i:
        named = named.head  # "the post at the Koudou falls": the name within its spot's noun
    if named.dep_ not in ("pobj", "conj") or named.dep_ == "pobj" and named.head.lower_ == "of" \
            and named.head.head.lemma_.lower() not in place_nouns:
        return False
    node, joined = tok, False
    while node.i != head.i:
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX") or node.dep_ == "prep" and node.lower_ in side_preps:
            return False
        if node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN") and node.head.i not in names \
                and node.i not in above_best:
            joined = True
        node = node.head
    return joined


def _under_gapped_count(head: Token, tok: Token) -> bool:
    """Is the place under a number joined to the trigger's verb or its object ("and nine in Y", "and six more in a
    church in Y"): the object of a second, gapped telling of the same act? Only through prepositions and their
    nouns, no clause of its own on the way."""
    node = tok
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
        node = node.head.head
        if node.dep_ == "conj" and node.tag_ == "CD":
            return node.head.i == head.i or node.head.head.i == head.i and node.head.dep_ in ("dobj", "nsubjpass")
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False
