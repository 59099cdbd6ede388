"""What every coding pass shares: a trigger's reading (`_Candidate`), the rule sets and patterns built once from
a KnowledgeBase (`Stages`), and the small tests of a parse several passes ask (the verb of a word, a place's kind).

Names with a leading underscore here and in the sibling pass modules are internal to `frontlog.extract`: the
passes share them, nothing outside the package imports them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from frontlog.extract.arguments import Arguments
from frontlog.extract.dates import DateGrammar, TimeKind, _valued
from frontlog.extract.modality import Modality, present_perfect
from frontlog.knowledge.actors import (
    CIVILIAN_KIND,
    IDENTITY_KIND,
    MILITIA_KIND,
    PROTESTER_KIND,
    REBEL_KIND,
    RIOTER_KIND,
    STATE_KIND,
)
from frontlog.knowledge.base import KnowledgeBase
from frontlog.knowledge.gazetteer import ADMIN1_KIND, CITY_KIND, COUNTRY_KIND
from frontlog.knowledge.lexicon import Trigger
from frontlog.model.records import SUB_TO_TYPE, Article, Event, EventType, SubType, precision_for

# Acts that may be coded at a whole country (spec: "A nationwide act uses the country's name").
NATIONWIDE_SUBS = {SubType.AGREEMENT, SubType.OTHER, SubType.CHANGE_TO_GROUP_ACTIVITY}  # a force leaving a country
CROWD_TYPES = {EventType.PROTESTS, EventType.RIOTS}  # placed at the country when the text names no place
INHERIT_SENTENCES = 2
STATISTIC_TOLL = 1000  # a toll this large, told without its own act, sums up a war
GENERIC_STATE_KINDS = {STATE_KIND}
NON_VIOLENT = SubType.NON_VIOLENT_TRANSFER_OF_TERRITORY
STRIKE_SUBS = frozenset({SubType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubType.AIR_DRONE_STRIKE})
UNARMED_KINDS = frozenset({CIVILIAN_KIND, PROTESTER_KIND, RIOTER_KIND})  # victims or crowds, never a side of a battle
# Armed groups without an air force of their own.
NON_STATE_KINDS = {REBEL_KIND, MILITIA_KIND, IDENTITY_KIND, RIOTER_KIND}


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
        self.expulsion = kb.words.lower("expulsion_verbs")
        # ("the political crisis entered its third week": an episode's length too, words/episode_nouns.txt)
        # The lemmas of killing and dying a toll is told with ("have been killed", "died in clashes").
        self.toll_lemmas = self.args.KILL_LEMMAS | kb.words.lower("death_lemmas")
        # Places only civilians are at, convoys of civilians among them (subtypes: an attack on civilians).
        self.civilian_sites = kb.words.lower("civilian_sites") | kb.words.lower("civilian_convoy_words")
        self.fights = kb.words.lower("fight_nouns") | kb.words.lower("war_nouns") | kb.words.lower("episode_nouns")
        self.unidentified = kb.words.lower("unidentified_attackers")
        # Words that arm the side police face in a battle's telling (drop.police_without_foe does not apply): armed
        # men named or not, their arms and forces, people named by a crime that is often armed ("smugglers").
        self.police_foes = kb.words.lower("armed_men") | self.unidentified | kb.words.lower("armed_words") \
            | kb.words.lower("small_arms_words") | kb.words.lower("criminal_nouns")
        pat = kb.patterns
        self.org_after_place = pat.one("org_after_place")
        self.scene_before_place = pat.one("scene_before_place")
        self.police_after_scene_place = pat.one("police_after_scene_place")
        self.locating = pat.one("locating")
        self.apposition = pat.one("place_apposition")
        self.list_gap = pat.one("region_list_gap")
        self.distance_locator = pat.one("distance_locator")
        self.past_span = pat.one("past_span")
        self.same_day_told = pat.one("same_day_told")
        self.before_told_opener = pat.one("before_told_opener")
        self.road_narrowed = pat.one("road_narrowed")
        self.road_destination = pat.one("road_destination")
        self.road_name_end = pat.one("road_name_end")
        self.road_named_by = pat.one("road_named_by")
        self.district_after = pat.one("district_after")
        self.unopposed = pat.one("unopposed")
        self.fight_denied = pat.one("fight_denied")
        self.date_pair_glue = pat.one("date_pair_glue")
        self.date_again_glue = pat.one("date_again_glue")
        self.possessive_before = pat.one("possessive_before")
        self.generic_of = pat.one("generic_of")
        self.tally = pat.one("summed_toll")
        self.since_told = pat.one("since_told_act")
        self.missing_since = pat.one("missing_since")
        self.unknown_destination = pat.one("unknown_destination")
        self.year_pair = pat.one("year_pair")
        self.that_year = pat.one("that_year")
        self.fire_exchange = pat.one("fire_exchange")
        # Shooters told inside a crowd ("armed men among them", "shots fired from the crowd"): sides.fire_in_riot.
        crowd = kb.words.lower("crowd_pronouns") | kb.words.lower("crowd_words") | kb.words.lower("crowd_side_nouns") \
            | kb.words.lower("crowd_doer_nouns")
        preps = "|".join(sorted(map(re.escape, kb.words.lower("crowd_inner_prepositions"))))
        nouns = "|".join(sorted((re.escape(w) + "s?" for w in crowd), key=len, reverse=True))
        self.crowd_inside = re.compile(rf"\b(?:{preps}) (?:\w+ )?(?:{nouns})\b", re.IGNORECASE)
        # "the first anniversary of the attack in which ...": what the date marks, and how many years back
        self.commemoration_nouns = kb.words.lower("commemoration_nouns")
        ordinals = _valued(kb.words.list("ordinal_numbers"), "ordinal_numbers")  # (checks each entry's form)
        self.ordinal_numbers = {k: v for k, (v,) in ordinals.items()}
        # what makes an indefinite act noun a new act of its kind: "another", "a separate", "a second" ...
        self.another_act_marks = kb.words.lower("another_act_modifiers") | {
            k for k, v in self.ordinal_numbers.items() if v >= 2}
        # "strike" (the file's first entry) and the words that make it a workers' stoppage
        self.strike_lemma = kb.words.list("labour_strike_words")[0]
        self.labour = kb.words.lower("labour_words") | kb.words.lower("labour_strike_words")

    def labour_strike(self, t) -> bool:
        """Is the token "strike" told as workers' stoppage ("striking workers", "a general strike", "went on
        strike"; words/labour_strike_words, labour_words), not an attack?"""
        return t.lemma_.lower() == self.strike_lemma and (
            t.tag_ == "VBG" and t.dep_ == "amod" or t.head.dep_ == "prep" and t.head.lower_ in self.labour
            or any(c.dep_ in ("amod", "compound") and c.lower_ in self.labour for c in t.children))

    def past_span_days(self, t) -> int | None:
        """The days of a span up to the report told as when acts were ("over the past week", "in recent days";
        patterns past_span), or None when the time expression is no such span."""
        if t.date_start is None or t.date_end is None or not self.past_span.match(t.text):
            return None
        return (t.date_end - t.date_start).days


@lru_cache(maxsize=4)
def stages_for(kb: KnowledgeBase) -> Stages:
    return Stages(kb)


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


def _verb_of(head):
    """The verb whose clause tells the act: the trigger itself, or the verb a trigger noun hangs on."""
    return head if head.pos_ in ("VERB", "AUX") else head.head


def clause_verb(tok):
    """The nearest verb at or above a token: the clause it is told in ("after an hour of fighting": the verb the
    act noun's phrase hangs on)."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def first_conjunct(tok):
    """The first of the list a token stands in ("the United States and Russia": "States" for "Russia")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _extent(sent, tok) -> tuple[int, int]:
    """The character offsets in the sentence (as a TimeExpr's) of the token's whole phrase, its subtree."""
    return tok.left_edge.idx - sent.start_char, tok.right_edge.idx + len(tok.right_edge.text) - sent.start_char


def _within(t, extent: tuple[int, int]) -> bool:
    """Is the time expression inside those offsets?"""
    return extent[0] <= t.start and t.end <= extent[1]


def _first_token(sent, t):
    """The first token of the time expression `t` (offsets within `sent`)."""
    return next((w for w in sent if w.idx - sent.start_char >= t.start), None)


def _offsets_in(sent, times, clause: set[int]) -> tuple[dict, list]:
    """Each time expression's first token (by start), and the relative offsets ("the previous day", "nine days
    earlier") told inside `clause` (token indexes)."""
    first = {t.start: _first_token(sent, t) for t in times}
    offsets = [t for t in times if t.kind == TimeKind.ANAPHORIC and t.offset_days and first[t.start] is not None
               and first[t.start].i in clause]
    return first, offsets


def _recode(cand: _Candidate, rule: str, **changes) -> _Candidate:
    """A new candidate with `changes` and `rule` added to the rules that made it."""
    return replace(cand, **changes, rules=(*cand.rules, rule))


def _kind(place) -> str:
    return getattr(place, "kind", CITY_KIND)


def _kind_precision(place) -> int:
    return 3 if _kind(place) in (ADMIN1_KIND, COUNTRY_KIND) else 1


def _names_place(tok, place) -> bool:
    """Is the proper noun a word of the place's name ("attacked El Obeid": "Obeid"), case aside, whole words only?"""
    name = str(getattr(place, "name", "") or "")
    return tok.pos_ == "PROPN" and tok.lower_ in name.casefold().replace("-", " ").split()


def _overlap(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None,
             published: dt.date | None = None) -> bool:
    """Could two windows be one act's? They overlap, or one is unknown, or one runs up to publication (current
    news, "for weeks", "since": a guess that the act's own date may belong elsewhere)."""
    if a is None or b is None or published is not None and published in (a[1], b[1]):
        return True
    return a[0] <= b[1] and b[0] <= a[1]


# "has surrounded", "have captured": undated present perfect is current news (one test, modality's).
_perfect = present_perfect
