"""The place finder: place names in a text, how the text qualifies each, and the place each one means.

`PlaceFinder(kb)` takes what it uses from a KnowledgeBase: the gazetteer index (knowledge/gazetteer.py) and
the word classes that tell a place's name from a person's ("President Assad", "Ahmad Hama said"), from an
organisation's ("Aleppo Media Center") and from an ordinary capitalised word ("Victory", "Reuters"); their
patterns are compiled once per KnowledgeBase. `locate(doc)` is the whole job: the mentions, each resolved
in the article's own context. Names are made of name words, read from the document's spaCy tokens
(`name_words`). Every decision is a small named predicate whose docstring states the rule.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

import spacy
from spacy.attrs import IDX, IS_ALPHA, LENGTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from frontlog.knowledge.base import KnowledgeBase
from frontlog.knowledge.gazetteer import (
    CITY_KIND,
    COUNTRY_KIND,
    SITE_KIND,
    Gazetteer,
    NearPlaces,
    Place,
    PlaceMention,
    PlaceScores,
    _score,
    name_key,
    skeleton_key,
    skeleton_usable,
)
from frontlog.knowledge.words import regex_alternation
from frontlog.model.geo import km, moved

__all__ = ["PlaceFinder", "PlaceMention", "name_words", "place_finder"]

Tok = tuple[int, int, str]  # a name word: start, end, the word as written

_SENT_START = re.compile(r"(?:^|[.!?\n][\"'”’)\]]*\s+|[\"“‘(]\s*)$")
# Capitals and letters with the accents of Latin-script place names ("CÚCUTA, Colombia", "SÉGOU (AFP) -").
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_CAPS_NAME = rf"[{_UP}][{_UP}'’.\-]*[{_UP}](?:[ \t]+[{_UP}][{_UP}'’.\-]*[{_UP}]){{0,3}}"
_TITLE_NAME = rf"[{_UP}][{_LOW}{_UP}'’.\-]+(?:[ \t]+[{_UP}][{_LOW}{_UP}'’.\-]+){{0,3}}"
_AGENCY = r"\([A-Z][\w .&/'’-]{0,40}\)"
_DASH = r"(?:--|[–—]|[ \t]-)"
# A date stamp that may open a dateline's line ("[12 March 2019]  NIAMEY (AFP) -", "2019-03-12 NIAMEY:").
_STAMP = r"(?:(?:\[[^\]\n]{1,40}\]|\(\d{4}-\d{2}-\d{2}\)|(?:[Dd]ate:?[ \t]+)?\d{4}-\d{2}-\d{2})[ \t]+)?"
# Plural endings a demonym takes no regular plural after ("Turkish", "Sudanese", "Swiss").
_NO_PLURAL = ("sh", "ch", "ese", "ss", "s", "x", "z")
# Endings that make a people's adjective of a place's name ("Sindh" -> "Sindhi", "Darfur" -> "Darfuri").
_PEOPLE_ENDINGS = ("i", "is", "n", "ns", "an", "ans", "ese")
_LOWER_WORD = re.compile(r"\s+[a-z]")
# "X near Y" puts X within NEAR_KM of Y, "X, west of Y" within DIRECTION_KM, "X, 40 km west of Y" within half again
# the distance written plus NEAR_KM.
NEAR_KM, DIRECTION_KM = 60.0, 120.0
_MILE_KM = 1.609
_POSSESSIVE_APPOSITION = re.compile(r",\s*(?:[\w.-]+\s+){0,3}[\w.-]+['’]s\s")  # ", Shoigu's former command post"
FORCE_NAMESAKE_RATIO = 3  # see PlaceFinder._bigger_across_border
TOWN_REGION = "town_region"  # PlaceMention.modifier of "the X region" read as the area around town X (_as_region)
ALIAS_REGION = "alias_region"  # PlaceMention.match of a region read from a one-word alternate name (_as_region)
TAIL_WORDS = 4  # lower-case words after a name read as its tail ("nuclear power plant")
SITE_KM = 25.0  # a site named after a town, located by the text farther than this from it, is not at the town
CURATED_REGION_KM = 300.0  # how far from a hand-checked region's seat a town "X, <region>" may lie
FUZZY_REACH_KM = 250.0  # how far from every town the story names a near spelling's town may lie (_far_fuzzy)
FUZZY_REGION_KM = 150.0  # a near spelling outside the story's named regions still stands this near one of its towns
FUZZY_CITY_POPULATION = 100000  # a near spelling of a city this big is believed however far (_far_fuzzy)
# A town whose whole name opens with a month or a demonym ("May Pen", "Spanish Town") is still met as a place when
# GeoNames gives it that very name and at least this population.
LEAD_WORD_TOWN_POPULATION = 20000
_TOWN_PART_KM = 15.0  # "the X district of Y": X a town farther than this from Y is no part of Y
_MEMO_LIMIT = 50_000  # words remembered by the finder's per-word tests (emptied when full)
LOCATOR_GAP_WORDS = 10  # words from a verb of lying somewhere to its locator ("sits on the X, about 12 km from")
# What locates a name that no town of the text locates, in this order (rule place.unresolved_broad).
BROAD_KINDS = ("admin1", "country")
_IN_WORD = re.compile(r"\bin\b")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")  # "Mon district of Nagaland": the unit's region after it


_WORD = re.compile(r"\w+")


def _locator_reach(near: re.Match[str]) -> float:
    """How far from Y the text's locating phrase ("near", "west of", "40 km west of") lets X lie, in km."""
    if near.group("near"):
        return NEAR_KM
    dist = re.match(r"(\d+(?:[.,]\d+)?)\s*(\w+)", near.group(2) or "")  # (group 2: the distance written)
    if dist is None:
        return DIRECTION_KM
    value = float(dist.group(1).replace(",", ".")) * (_MILE_KM if dist.group(2).lower().startswith("mi") else 1.0)
    return max(DIRECTION_KM, 1.5 * value + NEAR_KM)


# A compass word's bearing in degrees, by its letters without "-ern", "-ward(s)", hyphens and spaces.
_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270,
             "northwest": 315}


def _bearing_off(a: Place, b: Place, towards: float) -> float:
    """How many degrees the bearing from a to b is off the bearing `towards` (0 to 180)."""
    north = b.lat - a.lat
    east = (b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    off = abs((math.degrees(math.atan2(east, north)) - towards) % 360)
    return min(off, 360 - off)


def _written_offset(near: re.Match[str] | None) -> tuple[float, float] | None:
    """(km, bearing) of a locating phrase that gives both ("40 km north of", "25 miles south-west of"), else None."""
    if near is None or not near.group("dist") or not near.group("dir"):
        return None
    dist = re.match(r"(\d+(?:[.,]\d+)?)\s*(\w+)", near.group("dist"))
    word = re.sub(r"(?:ern|wards?)$", "", near.group("dir").lower().replace("-", "").replace(" ", ""))
    if dist is None or word not in _BEARINGS:
        return None
    value = float(dist.group(1).replace(",", ".")) * (_MILE_KM if dist.group(2).lower().startswith("mi") else 1.0)
    return value, _BEARINGS[word]


def _written_at(name: str, at: Place, precision: int = 2, kind: str = "city", offset: tuple[float, float] | None = None,
                resolved: bool = False) -> Place:
    """A name kept as the text writes it at another place's point (its locator, the town it is part of), moved by
    the distance and direction the text gives from that place, if any (place.distance_offset)."""
    lat, lon = (at.lat, at.lon) if offset is None else moved(at.lat, at.lon, *offset)
    return Place(name, at.country, lat, lon, kind, 0, at.admin1, None, precision, "text", resolved=resolved)


def _article_dropped(written: str, name: str) -> bool:
    """Is `written` the name `name` without its leading article ("Salvador" for "El Salvador")?"""
    w, n = _WORD.findall(written.lower()), _WORD.findall(name.lower())
    return len(n) == len(w) + 1 and n[1:] == w


def _holds(region: Place, candidates: Sequence[Place]) -> bool:
    """Does the admin-1 region hold one of the candidates (GeoNames files it under the region's name)?"""
    return any(c.country == region.country and name_key(c.admin1 or "") == name_key(region.name) for c in candidates)


def _word_boundary(text: str, i: int) -> bool:
    """Is there a regular expression's \\b at offset i (a word character on one side only)?"""
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    after = i < len(text) and (text[i].isalnum() or text[i] == "_")
    return before != after


DATELINE = "dateline"  # the modifier of a name in a dateline (where the report was filed)
# A quoted nickname between a given name and a surname ('Joaquin "El Chapo" Guzman'): the name is a person's.
_NICKNAME_AFTER = re.compile(r"^[ \t]+[\"“‘'][A-Z][^\"”’'\n]{0,30}[\"”’'][ \t]+[A-Z][a-z]")
_NICKNAME_AROUND = (re.compile(r"[A-Z][a-z]+[ \t]+[\"“‘'](?:[A-Z][a-z]*[ \t]+){0,2}$"),
                    re.compile(r"^[\"”’'][ \t]+[A-Z][a-z]"))

# "Lakki Marwat, in the ": a capitalised name right before an apposition's comma (_region_after_town)
_NAME_BEFORE_APPOSITION = re.compile(
    r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)[ \t]*,[ \t]*(?:in[ \t]+)?(?:the[ \t]+)?$")

# The rule an event's place follows from how the finder placed it (PlaceMention.modifier).
PLACE_RULES = {"part_of_town": "place.part_of_town", "list_neighbour": "place.list_neighbour",
               "listed_settlements": "place.listed_settlements",
               "between_towns": "place.between", "district": "place.district_seat", "named_site": "place.named_site",
               "force_home": "place.force_home",
               "compass_region": "place.compass_region", "distance_offset": "place.distance_offset",
               TOWN_REGION: "place.town_region"}


def _in_order(names: Sequence[str]) -> str:
    """A regex alternation of literal words, longest first (so "Sept" is tried before "Sep")."""
    return "|".join(re.escape(n) for n in sorted(names, key=lambda s: (-len(s), s)))


# ----------------------------------------------------------------------- name words from spaCy's tokens

# Characters that join a name's parts into one name word when letters stand on both sides ("al-Bab", "Ma'arat",
# "Kafr ʿAin", "U.S"): spaCy cuts "al-Bab" into three tokens and keeps "Ma'arat" and "U.S." as one.
_JOINERS = frozenset("'’‘`ʿʾ-.")
_LETTERS, _DIGITS, _JOINER, _OTHER = range(4)


def _char_class(c: str) -> int:
    if c.isdecimal():
        return _DIGITS
    if c.isalnum() and c != "_":
        return _LETTERS
    return _JOINER if c in _JOINERS else _OTHER


def _runs(doc: Doc, text: str) -> list[list[int]]:
    """[class, start, end] runs of the document's tokens: letters, digits, one joiner, other. A token is
    usually one run (its IS_ALPHA attribute, or all digits); a mixed one ("U.S.", "Ma'arat", "T-72", "12km") is
    cut into its runs. Runs of letters (or digits) in adjacent tokens with no whitespace between (`idx`
    contiguous: "can" + "not") are one run, as they are one word."""
    runs: list[list[int]] = []
    if not len(doc):
        return runs
    last: list[int] | None = None
    for idx, length, alpha in doc.to_array([IDX, LENGTH, IS_ALPHA]).tolist():
        end = idx + length
        if alpha:  # most tokens: one run of letters, which goes on a run of letters written just before it
            if last is not None and last[0] == _LETTERS and last[2] == idx:
                last[2] = end
            else:
                last = [_LETTERS, idx, end]
                runs.append(last)
            continue
        if text[idx:end].isdecimal():
            pieces = [(_DIGITS, idx, end)]
        else:
            pieces = []
            for k in range(idx, end):
                cls = _char_class(text[k])
                if pieces and pieces[-1][0] == cls and cls in (_LETTERS, _DIGITS):
                    pieces[-1] = (cls, pieces[-1][1], k + 1)
                else:
                    pieces.append((cls, k, k + 1))
        for cls, s, e in pieces:
            if last is not None and last[0] == cls and cls in (_LETTERS, _DIGITS) and last[2] == s:
                last[2] = e
            else:
                last = [cls, s, e]
                runs.append(last)
    return runs


def name_words(doc: Doc, text: str | None = None) -> list[Tok]:
    """The words a place name is made of, on spaCy's tokens: letters joined across tokens by one hyphen,
    apostrophe or full stop with letters on both sides ("al-Bab" is three tokens and one name word, "U.S."
    one token and the name word "U.S"); numbers on their own (a number never starts a name but may stand inside
    one: "Division 17"); a possessive "'s" (its own token) left out of the word before it ("Kumbo's" reads
    "Kumbo", ending where "Kumbo" ends). `text` is the document's text when the caller has it built."""
    text = doc.text if text is None else text
    runs = _runs(doc, text)
    out: list[Tok] = []
    i, n = 0, len(runs)
    while i < n:
        cls, s, e = runs[i]
        if cls == _DIGITS:
            out.append((s, e, text[s:e]))
        if cls != _LETTERS:
            i += 1
            continue
        j = i
        # A joiner continues the word only when it touches letters on both sides (no whitespace between).
        while j + 2 < n and runs[j + 1][0] == _JOINER and runs[j + 1][1] == runs[j][2] \
                and runs[j + 2][0] == _LETTERS and runs[j + 2][1] == runs[j + 1][2]:
            j += 2
        e = runs[j][2]
        word = text[s:e]
        if word.endswith(("'s", "’s")):  # the possessive: the place is the word without it
            word, e = word[:-2], e - 2
        out.append((s, e, word))
        i = j + 1
    return out


def _trusted(p: Place) -> bool:
    """Countries, regions and hand-checked places: names that are places whatever surrounds them."""
    return p.source == "curated" or p.kind in ("country", "admin1")


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines in Title Case ("Islamic State Captures Major Syrian Air Base"), where capitals mean nothing;
    a line ending with a full stop is a sentence, however many names it has."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        words = [w for w in re.findall(r"[^\W\d_]+", m.group()) if len(w) > 3]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words) \
                and not m.group().rstrip().endswith((".", '."', ".”")):  # a sentence, not a title
            out.append((m.start(), m.end()))
    return out


def _at_sentence_start(text: str, pos: int) -> bool:
    """Does a sentence (or a quotation, or a line) begin at `pos`?"""
    return bool(_SENT_START.search(text[max(0, pos - 5):pos]))


def _spaced(text: str, toks: list[Tok], j: int) -> bool:
    """Are tokens j-1 and j one space apart?"""
    return text[toks[j - 1][1]:toks[j][0]] == " "


# ----------------------------------------------------------------------- candidate filters (_filter)


def _fuzzy_believable(p: Place, nearby: set[str]) -> bool:
    """A skeleton (fuzzy) match is believed only in the countries given (the article's main ones, or those and
    their neighbours when it has none), or with no clue only if hand-checked ("Papun" is not "Puno" in Peru);
    and only on a place's own or hand-checked names: the skeleton of one of GeoNames' many alternate names meets
    too many words ("Buratino", "Romanus III")."""
    in_reach = p.country in nearby if nearby else p.source == "curated"
    return in_reach and (p.source == "curated" or not p.via_alias)


def _far_fuzzy(m: PlaceMention, p: Place, located: list[tuple[PlaceMention, Place]],
               regions: set[tuple[str, str]] = frozenset()) -> bool:
    """Is a near spelling (skeleton match) read as a town far from every town the story names by its own spelling
    ("the village of Muiaguide" in a story of Macomia and Meluco is no Magude 1,000 km south; "Barangay Benli in
    Bulalacao" no Barong; "Bulongo" in a story of Beni no camp by Goma, hand-checked as the camp is), or outside
    every region of its country that the story names or names a town of ("Losivka" in a story of Kharkiv region
    and its towns is no Lysivka of Poltava Oblast; "Khanaser" in a story of Idlib province and Aleppo city is
    Khanasir of Aleppo Governorate)? Where the text calls such a name a place, it is a village the gazetteer does
    not know, placed at its locator (rule place.unresolved); elsewhere it is no place. A city of
    FUZZY_CITY_POPULATION stands (a big city's other spelling); with no town of the story's own to judge by, so
    does the match."""
    if m.match != "skeleton" or p.kind in BROAD_KINDS or p.population >= FUZZY_CITY_POPULATION:
        return False
    towns = [q for n, q in located if n.match != "skeleton" and q.kind not in BROAD_KINDS
             and n.modifier not in (DATELINE, "org")]
    own = {a for c, a in regions if c == p.country}
    # (a town just across the named region's edge stands: "Kramatorsk in Donetsk region and Rubizhnoye")
    if own and p.admin1 and p.admin1 not in own | {q.admin1 for q in towns if q.country == p.country} \
            and all(km(p.lat, p.lon, q.lat, q.lon) > FUZZY_REGION_KM for q in towns):
        return True
    return bool(towns) and all(km(p.lat, p.lon, q.lat, q.lon) > FUZZY_REACH_KM for q in towns)


def _short_alias_believable(p: Place, context: set[str]) -> bool:
    """Very short alternate names ("Suu", "Ko", "Thai") match surnames and words, not far-away places: such a
    name is kept in the article's countries or for a city of a million."""
    return not p.via_alias or p.country in context or p.population >= 1000000


def _acronym_believable(p: Place, short: bool) -> bool:
    """Acronyms (IS, UN, SANA, KNU) hit obscure places; countries, hand-checked places and, for four or five
    capitals, cities of 100,000 (datelines: "KYIV") are fine."""
    return p.kind == "country" or p.source == "curated" or (not short and p.population >= 100000)


def _believable(m: PlaceMention, context: set[str], nearby: set[str], main: set[str] = frozenset(),
                gaz: Gazetteer | None = None, articles: frozenset[str] = frozenset()) -> list[Place]:
    """The candidates of `m` that the rules above let stand. A near spelling of one of GeoNames' alternate names
    (one letter off, `Gazetteer.near_alias`) is believed too for a place in the article's main countries."""
    cands = m.candidates
    if m.match == "skeleton":
        # (in the main countries once the text names them: next door, a near spelling is more often an unknown
        # village of the story's own country than a town across the border)
        kept = [p for p in cands if _fuzzy_believable(p, main or nearby)]
        if gaz is not None and any(p.via_alias and p.country in main for p in cands if p not in kept):
            near = gaz.near_alias(m.text)
            kept = [p for p in cands if p in kept or (p.via_alias and p.country in main and p in near)]
        cands = kept
    if len(name_key(m.text).replace(" ", "")) <= 4:
        cands = [p for p in cands if _short_alias_believable(p, context)]
    # (judged without an Arabic article the key drops, written in lower case: "An IS cell attacked" is the acronym
    # IS, not Is in Russia; a dateline in capitals, "AL QAIM", is judged whole as before)
    core = m.text if m.text.isupper() else " ".join(w for w in m.text.split() if w.lower() not in articles) or m.text
    if core.isupper() and len(core.replace(".", "")) <= 5:
        short = len(core.replace(".", "")) <= 3
        cands = [p for p in cands if _acronym_believable(p, short)]
    return cands


def _org_far_away(m: PlaceMention, best: Place, main: set[str]) -> bool:
    """An organisation named for a place ("Atlantic Council") is kept only when the place is trusted or a city
    of 100,000 in the story's main countries."""
    return m.modifier == "org" and not (_trusted(best) or (best.population >= 100000 and best.country in main))


def _across_border(m: PlaceMention, best: Place, nearby: set[str]) -> bool:
    """A town of 10,000 next to the story's countries, met on its own name (or a long alias): "rockets
    towards Sderot" in a Gaza story."""
    return best.country in nearby and best.population >= 10000 and (
        m.match == "exact" and (not best.via_alias or len(name_key(m.text)) >= 8))


def _base_keys(admin1: str | None) -> tuple[str, ...]:
    """"North Darfur State" -> "north darfur": a region's name without its last word, as the press may write it."""
    head, _sep, _last = (admin1 or "").rpartition(" ")
    return (name_key(head),) if head else ()


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The start and end of the line (a paragraph, in our articles) holding text[start:end]."""
    return text.rfind("\n", 0, start) + 1, text.find("\n", start if end is None else end) % (len(text) + 1)


def _first_lower(name: str) -> str:
    return name[:1].lower() + name[1:]


_NAME_WORD = re.compile(r"[^\W_][\w'’-]*")  # a word as a name's first word is cut: "al-Shabaab", "M23"


def _first_word(name: str) -> str:
    m = _NAME_WORD.match(name)
    return m.group() if m else name


def _names_re(names: Sequence[str]) -> re.Pattern[str]:
    """Any of `names`, longest first, each with its first letter in either case, ending at a word's end."""
    alts = [f"(?i:{re.escape(k[:1])}){regex_alternation([k[1:]])}" for k in sorted(names, key=lambda k: (-len(k), k))]
    return re.compile(rf"(?:{'|'.join(alts)})(?![\w-])")


def _doubtful(best: Place, context: set[str]) -> bool:
    """A GeoNames town outside the article's countries."""
    return best.kind == "city" and best.source == "package" and best.country not in context


def _small_town_abroad(best: Place, context: set[str], across: bool, nearby: set[str] = frozenset()) -> bool:
    """A town under 100,000 abroad, in an article about elsewhere, is a surname or a common word; so is a town
    under FAR_TOWN in a country the article neither names nor borders ("Gondal", India, in a Somalia story is
    no Indian town but a place there the gazetteer lacks). `nearby`: the countries the text's datelines and
    hand-checked places or regions are in (not a country's name or demonym: who acted or spoke) and their
    neighbours; empty, no such doubt."""
    floor = FAR_TOWN if nearby and best.country not in nearby else 100000
    return _doubtful(best, context) and bool(context) and best.population < floor and not across


def _alias_abroad(best: Place, main: set[str], context: set[str], across: bool,
                  reach: set[str] = frozenset()) -> bool:
    """A town met only through an alternate name counts only in the story's countries, unless it is a world
    city ("Kiev") of a country the text names: "Bashar" is an alternate name of Bay Shore (US), "Pu No" of Puno
    (PE), and "Mambasa" (a town of Ituri) one of Mombasa, in a Congo story that never names Kenya. A text that
    names no country or hand-checked place may still say whose story it is by a demonym or a group's home
    (`reach`: those countries and their neighbours): "Jones Town, Kingston ..., Jamaican police said" is no
    Baltimore, which GeoNames also calls so, nor "Eastleigh, a district of Nairobi" a South African town."""
    home = main or reach
    return best.via_alias and best.kind == "city" and best.source == "package" \
        and (best.population < 1000000 or best.country not in context) \
        and bool(home) and best.country not in home and not across


def _hamlet_opening_sentence(m: PlaceMention, best: Place, context: set[str], text: str) -> bool:
    """A sentence's capitalised first word that matches a hamlet abroad is far likelier an ordinary word."""
    return _doubtful(best, context) and best.population < 1000 and _at_sentence_start(text, m.start)


def _alias_opening_word(m: PlaceMention, best: Place, context: set[str], text: str) -> bool:
    """A single word first in its sentence (or headline) that names a town abroad only through one of its
    alternate names is an ordinary word whose capital says nothing: "Drone strike hits ..." is not Dronero (Italy),
    which GeoNames also calls "Drone"."""
    return best.via_alias and _doubtful(best, context) and " " not in m.text.strip() \
        and _at_sentence_start(text, m.start)


def _fuzzy_opening_word(m: PlaceMention, best: Place, text: str) -> bool:
    """A single word that only nearly matches a town and stands first in its sentence, where its capital says
    nothing, is an ordinary word ("Under the truce" is not Inder, "Junta aircraft" not Jinta); a hand-checked
    place's near spelling is still believed."""
    return m.match == "skeleton" and " " not in m.text.strip() and best.source != "curated" \
        and _at_sentence_start(text, m.start)


_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")  # a capitalised word right after a name: the name is longer
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]* $")  # and one right before it


def _fuzzy_part_of_name(m: PlaceMention, best: Place, text: str) -> bool:
    """A near spelling that covers only the first words of a longer name ("the hamlet of Siroka Kula near Gospic"
    is no Sroki, 120 km off) is some other place's name in part: the whole name is one the gazetteer does not
    know (kept as written, placed by its locator); a hand-checked place's near spelling is still believed."""
    if m.match != "skeleton" or not _NAME_GOES_ON.match(text, m.end):
        return False
    if best.source != "curated":
        return True
    # Within a capitalised run on both sides ("Islamic State West Africa Province" is no "South West State"): a
    # near spelling of even a hand-checked place is a piece of another name (not the run's first word).
    before = _NAME_BEFORE.search(text, max(0, m.start - 40), m.start)
    return before is not None and not _at_sentence_start(text, before.start())


def _people_adjective(m: PlaceMention, best: Place, text: str) -> bool:
    """"Sindhi nationalists", "Darfuri refugees": a word that only nearly matches a region or town, being its name
    with a people's ending, before a lower-case noun, names who people are, not where anything happened."""
    if m.match != "skeleton" or " " in m.text.strip():
        return False
    written, name = name_key(m.text), name_key(best.name)
    return any(written == name + end for end in _PEOPLE_ENDINGS) and bool(_LOWER_WORD.match(text, m.end))


def _filter(m: PlaceMention, context: set[str], main: set[str], nearby: set[str],
            text: str, named: bool, scores: PlaceScores, gaz: Gazetteer | None = None,
            setting: set[str] | None = None, homes: frozenset[str] = frozenset(),
            reach: set[str] = frozenset(), articles: frozenset[str] = frozenset(),
            forces: set[str] = frozenset(), grounded: set[str] = frozenset()) -> PlaceMention | None:
    """Keep a mention only if it is believable in this article; order its candidates for the context.
    `main` are the article's main countries, `nearby` those and their neighbours; `named`: the text calls it
    a place ("the town of X"), so a town abroad is not doubted for being abroad unless the story is set
    elsewhere (`setting`: the context's countries but those named only as a speaker; default `context`);
    `reach`: with no main country, the context's countries and their neighbours (see _alias_abroad); `forces`:
    the countries the text names only by their armies' demonyms; `grounded`: those its datelines and hand-checked
    places are in, and their neighbours (see _small_town_abroad)."""
    setting = context if setting is None else setting
    cands = _believable(m, context, nearby, main, gaz, articles)
    if articles and _HYPHENED_FIRST.match(m.text):  # (the union built only for the few "al-" names)
        reach_art = nearby | context | homes
        kept = [p for p in cands if not _article_stripped_abroad(m, p, articles, reach_art)]
        if len(kept) < len(cands):
            # The name is a town's own one, doubted abroad only for its article: another place abroad that has
            # the name only as an alternate one is doubted more ("el-Arish" is no more Arix, China, than Arish),
            # and a town of TOWN_OVER_ARTICLE people bearing it is the one meant when nothing else stands.
            kept = [p for p in kept if not _alias_abroad_of_own(p, reach_art)]
            town = max((p for p in cands if not p.via_alias and p.kind == "city"), key=lambda p: p.population,
                       default=None)
            if not kept and town is not None and town.population >= TOWN_OVER_ARTICLE:
                kept = [town]
        cands = kept
    if not cands:
        return None
    # Ordered as Gazetteer.resolve will order them: the armed groups' homes count as the story's countries, and a
    # namesake next door to them beats one far away; the doubts below judge the first. Else a town abroad met
    # through an alternate name, doubted, took its namesake next door with it: "Boko Haram fighters raided Banki, on
    # the border with Cameroon" is Nigeria's Banki, not Krasnogorsk (Russia, also called so); "Ukrainian missiles
    # hit a Russian command post in Tokmak" Ukraine's, not Tokmok (Kyrgyzstan).
    ctx = Counter(dict.fromkeys(context | homes, 1))
    beside = frozenset(gaz.neighbours(ctx) - set(ctx)) if gaz is not None and ctx else frozenset()
    cands = sorted(cands, key=lambda p: -_score(p, ctx, NearPlaces(), m.match == "exact", m.modifier == "province",
                                                scores, beside))
    best = cands[0]
    border = _across_border(m, best, nearby or reach)
    # "the village of X" says X is a place, so a town abroad is not doubted for being abroad; but not a small town in a
    # country the story never names when it says where it is set (not only who spoke: "..., Russia said"): "the
    # village of Moura" in a story about Mali is no Portuguese town (the name stays, placed by the text's locators
    # as one the gazetteer does not know).
    across = border or named and (not setting or best.country in setting or best.country in nearby)
    # "the village of X" says X is a place, not that it is the foreign city one of whose other names is X.
    # (a town in the home of an armed group the text names is no town abroad: "al-Shabaab ... Jilib")
    home = best.country in homes
    # A country named only by its army's demonym says who fought, not where: armies fight abroad ("pushed back by
    # Rwandan troops" in Mocimboa da Praia), so a town of FORCE_ABROAD_TOWN people whose name the gazetteer gives no
    # other country (one that it does, "Soro", is a village's anywhere) is not doubted for it.
    judged = context if context - forces or best.population < FORCE_ABROAD_TOWN \
        or any(c.country != best.country for c in m.candidates) else set()
    # A story that names no country, only an armed group's home ("Boko Haram fighters raided Kala"): a small town
    # neither in that home nor next to it, whose name other countries share, is no town of the story ("Kala" is no
    # El Kala, Algeria), named or not. A name only one country has is that country's: groups strike across borders
    # ("Houthi rebels fired a missile at Eilat").
    if not home and not context and homes and gaz is not None and not m.modifier \
            and len({c.country for c in m.candidates}) > 1:
        beyond = gaz.neighbours(homes)
        if best.country not in beyond and _small_town_abroad(best, set(homes), border, beyond):
            return None
    if _org_far_away(m, best, main) or not home and (
            _small_town_abroad(best, judged, across, grounded) or _alias_abroad(best, main, context, border, reach)
            or _hamlet_opening_sentence(m, best, context, text) or _alias_opening_word(m, best, context, text)) \
            or _fuzzy_opening_word(m, best, text) or _fuzzy_part_of_name(m, best, text) \
            or _people_adjective(m, best, text):
        return None
    m.candidates = _regions_before_aliases(cands, context)
    return m


_HYPHENED_FIRST = re.compile(r"([^\W\d_]+)[-‐‑]\w")  # "al-Hol": a first word joined by a hyphen to the next
_NON_LETTERS = re.compile(r"[\W\d_]+")


def _article_stripped_abroad(m: PlaceMention, p: Place, articles: frozenset[str], reach: set[str]) -> bool:
    """"al-Hol" meets Hol (Norway) only once its Arabic article is dropped: a name written with an article that the
    place's own name lacks is that place only where the story is (`reach`: its countries, their neighbours and the
    homes of the groups it names), or when hand-checked."""
    first = _HYPHENED_FIRST.match(m.text)
    if first is None or first.group(1).lower() not in articles or p.source == "curated" or p.via_alias:
        return False
    return not articles.intersection(_NON_LETTERS.split(p.name.lower())) and p.country not in reach


# People: a town of the locator's country this big may be located loosely by a farther town ("Kidal, north of Gao");
# a smaller place beyond the locator's reach is a namesake (PlaceFinder._by_locator).
LOOSELY_LOCATED_TOWN = 10000
FORCE_ABROAD_TOWN = 10000  # people: a town this big is not doubted abroad for a foreign army's demonym alone
TOWN_OVER_ARTICLE = 100000  # people: a town this big is what its own name means, article or none
STRAY_NAMED_ELSEWHERE = 2  # names: a country the rest of a story names this often is one of its settings
STRAY_STORY_PLACES = 2  # names: a story's country is named by this many places at least
JOINED_WORD = 3  # letters: each word of a two-word name looked up as one word has at least this many
FAR_TOWN = 300000  # people: a smaller town of a country the article neither names nor borders is doubted


def _alias_abroad_of_own(p: Place, reach: set[str]) -> bool:
    """A place outside the story's reach met only through an alternate name, not hand-checked."""
    return p.via_alias and p.source != "curated" and p.country not in reach


def _regions_before_aliases(cands: list[Place], context: set[str]) -> list[Place]:
    """A name that is only a region's or country's own name is not, outside the article's countries, a small town
    that GeoNames lists under it as an alternate name: "Kashmir" alone is the region, not Cashmere (US)."""
    own = [c for c in cands if not c.via_alias]
    if not own or any(c.kind not in ("admin1", COUNTRY_KIND) for c in own):
        return cands  # (a town of that very name is left to the usual order: "Zawiya", town and district)
    return [c for c in cands if not (c.via_alias and _doubtful(c, context) and c.population < 100000)]


def _short_forms(located: list[tuple[PlaceMention, Place]]) -> list[tuple[PlaceMention, Place]]:
    """"Tivoli Gardens" ... "residents of Tivoli": a name that opens a longer place name the article placed is
    that place written short, not a namesake in another country (Tivoli, New York); within one country the
    two may well differ ("Gaza City" and "Gaza")."""
    longer = [(m, p) for m, p in located if p.kind in (CITY_KIND, SITE_KIND) and " " in m.text.strip()
              and m.modifier not in ("org", "dateline")]
    if not longer:
        return located
    out, moved = [], {}
    for m, p in located:
        full = next((lp for lm, lp in longer if lm.text.startswith(m.text + " ") and lp.country != p.country),
                    None) if p.kind in (CITY_KIND, SITE_KIND) and m.modifier not in ("org", "dateline") else None
        if full is not None and p.resolved:
            moved[(p.lat, p.lon, p.country)] = full
        out.append((m, full) if full is not None else (m, p))
    # (a name the gazetteer does not know, placed at that namesake as its locator, moves with it)
    return [(m, replace(p, lat=moved[key].lat, lon=moved[key].lon, country=moved[key].country,
                        admin1=moved[key].admin1))
            if not p.resolved and (key := (p.lat, p.lon, p.country)) in moved else (m, p) for m, p in out]


def _fold_pairs(located: list[tuple[PlaceMention, Place]],
                fold: Callable[[PlaceMention, Place, tuple[PlaceMention, Place]], tuple[PlaceMention, Place] | None]
                ) -> list[tuple[PlaceMention, Place]]:
    """Each located mention with the one after it: what `fold` gives stands for both (the next one is then no
    mention of its own), or the mention stays as it is when it gives None."""
    out: list[tuple[PlaceMention, Place]] = []
    k = 0
    while k < len(located):
        joined = fold(*located[k], located[k + 1]) if k + 1 < len(located) else None
        out.append(located[k] if joined is None else joined)
        k += 1 if joined is None else 2
    return out


# ----------------------------------------------------------------------------------- the finder


class PlaceFinder:
    """Finds and resolves place names with one KnowledgeBase's gazetteer and word classes."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._group_first: dict[str, re.Pattern[str]] | None = None  # built on first use (group_countries)
        self._group_memo: tuple[str | None, set[str]] = (None, set())
        self._group_country: dict[str, str] = {}
        self._name_word_memo: dict[str, bool] = {}
        w = kb.words
        low = w.lower
        self.person_stop = low("public_figures")
        self._arabic_articles = low("arabic_articles")  # (_article_stripped_abroad)
        self._name_prefixes = low("settlement_name_prefixes")  # "Kampung Tanduo" is "Tanduo" named again
        pat = kb.patterns
        self._list_gap = pat.one("region_list_gap")  # between the names of a list: "Hama, Idlib and Raqqa"
        self._item_before, self._item_after = pat.one("list_item_before"), pat.one("list_item_after")
        # Capitalised words never a place on their own (compared with a name's key).
        self.function_words = low("function_words")
        self.stop = (low("function_words") | low("discourse_words") | low("months") | low("month_abbreviations")
                     | low("weekdays") | self.person_stop | low("armed_group_names") | low("not_places"))
        demonyms = w.list("demonyms")
        self.demonyms = frozenset(name_key(d) for d in demonyms) | frozenset(
            name_key(d + "s") for d in demonyms if not d.lower().endswith(_NO_PLURAL))
        # Words that cannot begin a multi-word place name ("Syrian state"; "The Hague" is found from "Hague").
        # "Syrian", "Malians": the country a demonym names is one the story is about (demonyms.tsv).
        dem = kb.demonym_countries
        self._demonym_country = {**{d + "s": c for d, c in dem.items() if not d.lower().endswith(_NO_PLURAL)}, **dem}
        self._demonym_re = re.compile(rf"\b({_in_order(list(self._demonym_country))})\b") if dem else None
        # The same search without trying every demonym at every capital: a demonym can only be found where the
        # text has its first word ("South" of "South Sudanese", "U" of "U.S."), so only those are looked for.
        ordered = sorted(self._demonym_country, key=lambda s: (-len(s), s))  # the alternation's order
        self._demonym_rank = {d: k for k, d in enumerate(ordered)}
        self._demonym_by_word: dict[str, list[str]] | None = {}
        for d in ordered:
            first = _WORD.match(d)
            if first is None:  # a demonym opening with a sign: only the regular expression finds it
                self._demonym_by_word = None
                break
            self._demonym_by_word.setdefault(first.group(), []).append(d)
        # The last text's demonyms: the finder and the pipeline's article country ask for the same text in turn.
        self._demonym_memo: tuple[str, list[tuple[int, str]]] = ("", [])
        self.lead_stop = low("function_words") | low("months") | low("weekdays") | low("non_name_starts")
        self._months = low("months")
        self.org_words = low("organisation_words")
        self.titles = low("person_titles")
        # A name described as somebody right after it ("Nasir, a businessman,", "Nasir, 45,"): a person's name
        # however sure the place of that name is.
        self._person_nouns = low("people_words") | low("civilian_victim_words")
        self._apposition_noun = pat.one("person_apposition_after")
        self.place_nouns = low("place_nouns")
        self.site_words = low("site_words")
        self.connectors = low("name_connectors")
        self.admin_suffixes = low("admin_suffixes")
        # country -> what it calls its admin-1 units ("ve": {"state"}), for namesake regions across countries
        self._unit_nouns: dict[str, set[str]] = {}
        for entry in w.list("admin1_unit_nouns"):
            cc, _eq, noun = entry.partition("=")
            self._unit_nouns.setdefault(cc.strip().upper(), set()).add(noun.strip().lower())
        self.area_words = tuple(x.lower() for x in w.list("area_words"))
        self.compound_prefixes = low("compound_prefixes")
        alt = w.alternation
        # "the town of Saraqib", "the village of X": the text itself says the name is a place.
        self._settlement_of = re.compile(rf"\b(?:{alt('settlement_nouns')})\s+of\s+$", re.I)
        # "attacks on two villages, Yelwata and Daudu, in X": the names in apposition to a settlement noun.
        self._settlement_apposed = re.compile(rf"\b(?:{alt('settlement_nouns')}),\s+$", re.I)
        # "attacked X in Zamfara State", "raided A and B near Y": a name a verb of acting on places takes as its
        # object, located by a known place right after it (the gap before that place, lists included).
        self._object_verb_before = re.compile(
            rf"\b(?:{alt('place_object_verbs')}|{alt('place_object_nouns')})\s+$", re.I)
        # "raided A and B villages in X", "A, B and C villages": the names of a list that a plural settlement noun
        # closes are places, every one, not only the last (rule place.listed_settlements).
        plural = regex_alternation(x for x in w.list("settlement_nouns") if x.endswith("s"))
        listed = r"(?:(?:,\s+|,?\s+(?:and|or)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
        self._list_then_plural = re.compile(rf"{listed}+\s+(?:{plural})\b")
        self._and_gap = re.compile(r"\s*,?\s+(?:and|or)\s+")
        # ("herdsmen attacked A, B and C communities": after such a verb only, words/community_nouns.txt)
        self._list_then_communities = re.compile(rf"{listed}+\s+(?:{alt('community_nouns')})\b")
        # "Ouatagouna, Karou and Deouteguef were attacked": a list of names that a passive verb of acting on places
        # follows (rule place.listed_settlements).
        self._list_then_passive = re.compile(
            rf"{listed}+\s+were\s+(?:[a-z]+ly\s+)?(?:{alt('place_object_verbs')})\b")
        # "Jihadists attacked X on Sunday, killing 32 people": an unknown name the act's verb takes as its object,
        # followed by the act's time, is the place of the act (located as any unknown name is), not dropped.
        self._object_timed = re.compile(rf"\s+(?:on\s+(?:{alt('weekdays')})|overnight|at\s+dawn)\b", re.I)
        self._object_located = re.compile(
            rf"(?:(?:,\s+|\s+(?:and|or)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})*"
            rf"(?:\s+(?:{alt('settlement_nouns')}))?,?\s+"  # ("raided A and B villages in X")
            rf"(?:in|{alt('nearness_phrases')}|(?:(?:{alt('count_hedges')})\s+)?"
            rf"(?:\d+(?:[.,]\d+)?\s*(?:{alt('distance_units')})\s+)?(?:{alt('compass_directions')})\s+of"
            # ("attacked X, some 20 kilometres away from Y")
            rf"|(?:(?:{alt('count_hedges')})\s+)?\d+(?:[.,]\d+)?\s*(?:{alt('distance_units')})\s+(?:[a-z]+\s+)?from)"
            # ("attacked X, in the province of Y")
            rf"\s+(?:the\s+)?(?:(?:{alt('region_nouns')}|state|{alt('district_nouns')})\s+of\s+(?:the\s+)?)?")
        # Cues that a capitalised name the gazetteer does not know is a place all the same (place.unresolved).
        self._place_prep = re.compile(
            rf"\b(?:{alt('place_prepositions')}|{alt('nearness_phrases')})\s+$", re.I)
        # "X district", "X territory": a unit below a region, at its seat town's point (rule place.district_seat).
        self.district_nouns = low("district_nouns")
        # Their words, capitalised after a name, say nothing of whose name it is ("Beni Territory", "Gwoza Local
        # Government Area"): not a person's second name.
        self._district_words = frozenset(name_key(x) for e in self.district_nouns for x in e.split())
        self._district_after = re.compile(rf"[ \t]+(?:{w.alternation('district_nouns')})\b", re.I)
        # "... district of Kashmir": the region a district is said to lie in, right after it.
        self._district_of = re.compile(
            rf"[ \t]+(?i:{w.alternation('district_nouns')})[ \t]+of[ \t]+(?:the[ \t]+)?"
            rf"([A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*)*)")
        self.locality_nouns = low("locality_nouns") | low("site_words")  # part of the name: "the Kalembe bridge"
        self.settlement_nouns = low("settlement_nouns")  # not part of it: "Mbelu village"
        self._closing_nouns = low("name_closing_nouns")  # but part of it when capitalised: "Denham Town"
        self.named_site_nouns = low("named_site_nouns")
        self._site_noun_before = re.compile(rf"\b(?:{alt('named_site_nouns_before')})[ \t]+$", re.I)
        # "X, Kharkiv region", "X, a village in Kharkiv region": the second place contains the first.
        self._apposition = kb.patterns.one("place_apposition")
        self._article_hyphen = re.compile(rf"^(?:{alt('name_particles')})[-'’][A-Z]")
        self._media_after = re.compile(rf"^ (?:{alt('media_nouns')})\b", re.I)
        # "the statue of the Belgian king Leopold": a person's likeness, up to five words on.
        self._effigy_before = re.compile(
            rf"\b(?:{alt('effigy_nouns')})\s+(?:of|to)\s+(?!.*\b(?:{alt('place_prepositions')})\s)"
            rf"(?:[\w'’.-]+\s+){{0,5}}$", re.I)
        self._org_of_before = re.compile(rf"\b(?:{alt('institution_nouns')})\s+of\s+(?:the\s+)?$")
        # "students at Bahir Dar University", "on the campus of the University of X": a campus told as where people
        # were is at its town (place.campus_town), no organisation's name
        self._campus_after = pat.one("campus_after_place")
        self._campus_before = pat.one("campus_before_place")
        self._campus_site_before = pat.one("campus_site_before")
        self._across = pat.one("neighbour_across")  # "near the border with X"
        # "X, on the border with Belarus, 30 km east of Y": an aside of an edge between a name and its locator
        # "A and B, north of Y", "A, B and C near Y": the rest of a list a name opens, up to what locates them all
        self._list_rest = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?-i:[A-Z][\w'’.-]*)"
                                     r"(?:[ -](?-i:[A-Z][\w'’-]*))*)+")
        self._edge_aside = re.compile(rf"(\s*,[^,;]*?\b(?:{alt('border_nouns')})s?\b[^,;]*)(?=,)", re.I)
        # "militants who had crossed from Afghanistan", "fighters from Chad": where people came from
        self._origin_before = re.compile(rf"\b(?:{alt('origin_words')})\s+(?:the\s+)?$", re.I)
        self._edge_after = pat.one("neighbour_edge_after")  # "near the X border"
        self._leading_the = re.compile(r"\bthe\s+$", re.I)  # "in the Central African Republic": the preposition
        self._speech_after = re.compile(rf"^\s*,?\s*(?:{alt('speech_verb_forms')})\b")
        # "Hama and Idlib provinces", "Kordofan and Darfur states"; not "districts", which are smaller than a
        # region and would move the towns to it.
        self._plural_admin = re.compile(rf"^\s+(?:{alt('region_nouns')}|state)s\b", re.I)
        # "the province of Idlib", "the central state of Morelos": the region, as "Morelos state" is
        self._admin_before = re.compile(rf"\b(?:{alt('region_nouns')}|state)s?\s+of\s+$", re.I)
        self._admin_after = re.compile(rf"^\s+({alt('region_nouns')}|state|district)\b", re.I)
        self._region_nouns = low("region_nouns")  # "the Kobani region" in lower case: a town's area (_as_region)
        dirs = alt("compass_directions")
        # What may stand between a town and the phrase locating it by another: ", ", "a village ", "village ", "some ".
        self._locator_lead = re.compile(
            rf"\s*,?\s*(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){{0,2}}?(?:(?:{alt('count_hedges')})\s+)?")
        self._clause_break = re.compile(rf";|,\s+(?:{alt('clause_conjunctions')})\s")
        self._before_near = re.compile(
            rf"(?:\b(?P<near>{alt('nearness_phrases')})"
            rf"|(?P<dist>\b\d+(?:[.,]\d+)?\s*(?:{alt('distance_units')})\s+)?"
            rf"\b(?P<dir>{dirs})\s+of)"
            rf"\s+(?:the\s+)?(?:(?:{alt('place_anaphor_nouns')})\s+of\s+)?$", re.I)
        # "Rwandan-backed rebels", "Russian drones", "Spain's foreign ministry": a country acting from elsewhere.
        # "Russian forces", "Tajik troops", "Israeli jets": a demonym naming an armed force (state_force_nouns).
        self._force_after = re.compile(rf"(?:-|\s+)(?:{alt('state_force_nouns')})\b", re.I)
        # "the Jamaica Defence Force", "the Nigeria Police Force": a country's name opening the name of its own
        # forces (up to two more capitalised words, then a force or police noun).
        self._own_force_name = re.compile(
            rf"(?:\s+[A-Z][\w'’-]*){{0,2}}?\s+(?i:{alt('state_force_nouns')}|{alt('police_nouns')}|constabulary)\b")
        # (\b(?!-): "post-election" is no post)
        self._foreign_hand = re.compile(rf"(?:['’]s)?(?:-|\s+)(?:{alt('foreign_hand_words')})\b(?!-)", re.I)
        # "towards the Malian border": next to the country, on either side; "the Venezuelan border town" is in it.
        self._border_after = re.compile(
            rf"\s+(?:{alt('border_nouns')})\b(?!\s+(?:{alt('settlement_nouns')})\b)", re.I)
        self._list_gap_before = re.compile(r"(?:,|\band|\bor)\s*$")  # "in Moscow, Tehran and Damascus said"
        # "Pretoria's defence ministry said": a capital's possessive before an organ of the state is that state
        # speaking, no place (words/state_organ_nouns.txt).
        self._state_organ_after = re.compile(rf"['’]s\s+(?:[a-z]+\s+)?(?:{alt('state_organ_nouns')})\b")
        self._aux_after = re.compile(rf"^\.?\s+(?:{alt('perfect_auxiliaries')})(?=\s)")  # "Britain has urged": the verb
        # "Kyiv did come under shelling", "Moscow did not comment": an auxiliary "do" is no verb of government; the
        # verb after it tells (words/do_auxiliaries.txt).
        self._do_after = re.compile(rf"^\.?\s+(?:{alt('do_auxiliaries')})(?:n['’]t|\s+not)?(?=\s)", re.I)
        # "a U.S. request", "the Iraq war": the country's name as an attribute of a noun (not "X's", "X, ..."). Not
        # before a word of place: "the Syria border", "Syria province" still tell where.
        not_attribute = "|".join(alt(c) for c in ("border_nouns", "region_nouns", "function_words",
                                                  "country_attribute_stops", "modal_verbs"))
        self._attribute_after = re.compile(rf"^\.?\s+(?!(?:{not_attribute})\b)[a-z]{{3,}}\b(?!\s+of\b)")
        self._government_after = re.compile(
            rf"\s+(?:{alt('speech_verb_forms')}|{alt('government_verbs')})\b", re.I)
        self._compass_word = re.compile(rf"\b(?:{dirs})\b", re.I)
        self._in_town = re.compile(rf",\s+in\s+(?:(?:{alt('place_part_adjectives')})\s+)?", re.I)  # "X, in rural Y"
        # "X, a village in Y district", "X village of Y local government area", "X, a community in the municipality
        # of Y", "the X administrative post, in Y district": X lies in the unit seated at Y (place.unresolved); the
        # settlement noun says X is no big town.
        self._in_unit = re.compile(
            rf"(?:(?:\s+[a-z]+){{1,2}}\s*,)?\s*,?\s*(?:(?:a|an|the)\s+)?(?:(?P<sn>{alt('settlement_nouns')})\s+|[a-z]+\s+)?(?:in|of)\s+"
            rf"(?:the\s+)?(?P<du>(?:{w.alternation('district_nouns')})\s+of\s+(?:the\s+)?)?", re.I)
        # "Rebels raided X. The village lies about 15 km east of Y": a sentence opening with the name again or a place
        # noun and a verb of lying somewhere, right after the name's sentence, locates the name (place.next_locator).
        self._locating_subject = re.compile(
            rf"(?:(?:the|this)\s+(?:{alt('settlement_nouns')}|{alt('place_anaphor_nouns')})|it)"
            rf"\s+(?:{alt('place_location_verbs')})\s", re.I)
        self._location_verb = re.compile(rf"\s+(?:{alt('place_location_verbs')})\s", re.I)
        self._clause_opener = re.compile(rf"\b(?:{alt('discourse_words')})\b", re.I)  # "... who fled from camps near Y"
        self._distance_from = re.compile(
            rf"\b(?:\d+(?:[.,]\d+)?\s*|(?:[a-z]+\s+){{1,2}})(?:{alt('distance_units')})\s+(?:[a-z]+\s+)?from\s+$",
            re.I)
        self._before_dir_adj = re.compile(rf"\b(?P<dir>{dirs}|{alt('place_part_adjectives')})\s+$", re.I)
        # "on the road between A and B": one stretch, not two places (rule place.between).
        self._between_before = re.compile(rf"\b(?:{alt('between_words')})\s+$", re.I)
        self._between_second = re.compile(rf"\b(?:{alt('between_words')})\s+\S+(?:\s+\S+){{0,3}}\s+and\s+$", re.I)
        # "the Abuja-Kaduna highway": two towns joined by a hyphen before a road's noun (rule place.between).
        self._road_after = re.compile(rf"[ \t]+(?:{alt('road_nouns')})\b", re.I)
        self._river_after = re.compile(rf"[ \t]+(?:{alt('river_nouns')})\b", re.I)  # "the Dnipro River"
        # "on the road from Gusau to Tsafe": the same stretch written with its two ends (rule place.between).
        self._road_from_before = re.compile(rf"\b(?:{alt('road_nouns')})\s+from\s+$", re.I)
        # "the Poblacion area of Marawi": the first name is a part of the second (rule place.part_of_town).
        self._part_of = re.compile(rf"\s+(?:{alt('town_part_nouns')})\s+of\s+(?:the\s+)?", re.I)
        self._part_noun_end = re.compile(rf"\s+(?:{alt('town_part_nouns')})$", re.I)  # "Nkwen neighbourhood"
        # "Windsor, a suburb of Durban", "Richmond, a poor district of Kingston"; and "Nairobi's Eastleigh".
        self._part_apposition = re.compile(
            rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{alt('town_part_nouns')})\s+of\s+(?:the\s+)?", re.I)
        self._possessive_gap = re.compile(r"['’]s\s+")
        # "the city's Kyivskyi district": a part of the town the text is about (rule place.part_of_town).
        self._the_town_possessive = re.compile(rf"\bthe\s+(?:{alt('settlement_nouns')})['’]s\s+$", re.I)
        # "the Aleppo countryside", "Idlib's countryside", "Hama's northern countryside": near the town, precision 2.
        self._after_area = re.compile(
            rf"^(?:['’]s)?\s+(?:(?:{alt('compass_directions')})\s+)?({alt('area_words')}|region(?=\s+of\b))\b", re.I)
        month = (rf"(?:{_in_order([*w.list('months'), *w.list('month_abbreviations')])})[a-z]*\.?[ \t]+\d{{1,2}}"
                 r"(?:,?[ \t]+\d{4})?")
        # "KYIV (Reuters) –", "JISR AL-SHUGHUR, Syria, April 26 (UPI) --", "MOSCOW Oct 11", "BEIRUT, Lebanon —",
        # "Kyiv, Ukraine (AP) —": where the report was filed, at the start of the article or of a paragraph.
        self._dateline = re.compile(
            rf"^[ \t]*{_STAMP}(?:{_CAPS_NAME}(?=[ \t]*(?:,|\(|:|{_DASH}|{month}))"
            rf"|{_TITLE_NAME}(?=(?:,[ \t]*{_TITLE_NAME})?(?:,?[ \t]*{month})?[ \t]*{_AGENCY}[ \t]*{_DASH})"
            # "Peshawar, March 4 (PTI) Three policemen ...", "Goma, Dec 2 (IANS) At least ...": a town, its day and
            # the agency, with no dash before the story (the Indian and Chinese wires' style).
            rf"|{_TITLE_NAME}(?=(?:,[ \t]*{_TITLE_NAME})?,?[ \t]*{month}[ \t]*{_AGENCY}[ \t]*[{_UP}\"“])"
            rf"|{_TITLE_NAME}(?=,[ \t]*{_TITLE_NAME}[ \t]*{_DASH}[ \t])"
            # "Beirut/Jerusalem: Ten people were killed...", "Abuja : ...": one or more cities and a colon.
            rf"|{_TITLE_NAME}(?:/{_TITLE_NAME})*(?=[ \t]?:[ \t]))(?:/{_TITLE_NAME})*"
            rf"(?:,[ \t]*{_TITLE_NAME})?(?:,?[ \t]*{month})?[ \t]*(?:{_AGENCY})?[ \t]*(?:{_DASH}|:)?", re.M)
        # "Maputo - Insurgents raided...", "Goma — Gunmen...": a news agency's town and a dash alone, no agency nor
        # country, opening the article (not any paragraph: a roundup may open its items "Kharkiv - two killed").
        # "Kano, (NAN / Daily Wire - 3rd May, 2024 ) :Gunmen ...": a town and a credit in brackets of any kind,
        # opening the article.
        self._lead_dateline = re.compile(rf"\A\s*{_STAMP}{_TITLE_NAME}(?:[ \t]*{_DASH}[ \t]+"
                                         rf"|,[ \t]*\([{_UP}][^()\n]{{0,60}}\)[ \t]*:?[ \t]*)(?=[{_UP}\"“])")

    @property
    def gazetteer(self) -> Gazetteer:
        return self.kb.gazetteer

    # -- the whole job

    def locate(self, doc: Doc | str, countries_hint: Sequence[str] = ()) -> list[tuple[PlaceMention, Place]]:
        """find_mentions + resolve with the article's own context: countries named in it and those of
        its unambiguous mentions, and the places already resolved (least ambiguous first); with the names
        the gazetteer does not know, placed at their locators (see locate_all)."""
        return self.locate_all(doc, countries_hint)[0]

    def locate_all(self, doc: Doc | str, countries_hint: Sequence[str] = (), text: str | None = None
                   ) -> tuple[list[tuple[PlaceMention, Place]], list[tuple[int, int]]]:
        """locate(), and the spans of the names the text calls places that neither the gazetteer nor a locator
        of the text can place (an act there is not placed at the dateline instead). `doc` is the parsed
        document (a string is tokenised with spaCy's English tokenizer); `text` its text if already built."""
        doc = _tokenised(doc)
        text = doc.text if text is None else text
        words = self._road_pairs(text, name_words(doc, text))
        mentions = self._find(text, words, countries_hint)
        mentions, outside = self._within_named_regions(text, mentions)
        ctx: Counter[str] = Counter({c: 2 for c in countries_hint})
        # "Cameroonian soldiers burned ... Bali": the country a demonym names is one the story is about, so its
        # namesake wins over Bali in India or Indonesia (as a country named in the text would).
        hits = self._demonym_hits(text)
        # The home of an armed group the text names orders a name's namesakes as well ("Al-Shabaab ... in Balad"),
        # but is no reason to doubt a town abroad (the group may strike across a border: "Islamic Jihad ... Sderot").
        demonym_ccs = self.demonym_countries(text)
        force_names = self._force_name_countries(text, mentions)
        force_demonyms = self._force_only_countries(text, hits)
        ctx.update(demonym_ccs | self.group_countries(text) | force_names)
        named: set[str] = set(countries_hint)
        for m in mentions:
            if m.modifier == "org":
                continue  # "the United States Institute of Peace" says little about where things happen
            ccs = {p.country for p in m.candidates[:3]}
            if m.candidates[0].kind == "country" and self._country_as_actor(text, m):
                continue  # "the United States wants to try him", "a U.S. request": who acts or asks, not where
            if len(ccs) == 1 or m.candidates[0].kind == "country":
                ctx[m.candidates[0].country] += 1
                named.add(m.candidates[0].country)
        force_only = force_demonyms - named
        done = NearPlaces()  # a grid: looking up the places already resolved near a candidate is not a scan
        regions: set[tuple[str, str]] = set()  # the regions named (resolved first: they have few namesakes)
        out = []
        for m in sorted(mentions, key=lambda m: len(m.candidates)):
            p = self.gazetteer.resolve(m, ctx, done, self.kb.place_scores, regions)
            if p is not None and p.country in force_only:
                p = self._bigger_across_border(m, p)
            if p is not None:
                done.add(p)
                out.append((m, p))
                if p.kind == "admin1" and p.admin1 and m.modifier not in ("org", "dateline"):
                    regions.add((p.country, p.admin1))
        out.sort(key=lambda mp: mp[0].start)
        # (a near spelling far off: an unknown village where the text calls it a place or a verb of acting on
        # places takes it, "captured X in mid-July"; else no place)
        far = [(m, p) for m, p in out if _far_fuzzy(m, p, out, regions)]
        out = [mp for mp in out if mp not in far]
        taken = [(m.start, m.end) for m, _p in far if self._object_verb_before.search(text, max(0, m.start - 40),
                                                                                      m.start)]
        out = self._between(text, self._parts_of_towns(text, out))
        out = self._named_sites(text, self._by_locator(text, out))
        # "Jihadists burned the village of X, Malian officials said": a text that names no country but one by
        # the demonym of its people or officials (not of a force, which acts abroad too) is about that country.
        # (a force named by its country, "the Jamaica Defence Force", is such a force too)
        forces = force_demonyms | force_names
        people = demonym_ccs - forces
        # "Malian soldiers clashed with rebels outside X": with no people's demonym and nothing else named, the one
        # country whose forces the text names is where its unknown names lie (rule place.force_home), rather than
        # nowhere; only for names no region or country of the text locates (_broad_locator comes first).
        homes = people if people else forces
        home = self.gazetteer.country_place(next(iter(homes))) if len(homes) == 1 else None
        groups = self.group_countries(text)
        if home is not None and not people and groups and home.country not in groups:
            # "Ethiopian troops clashed with al-Shabaab in Halgan": an army fighting a group of another country
            # fights abroad, in the group's land as a rule; its own home says nothing of where Halgan lies.
            home = None
        top = max(ctx.values(), default=0)
        mains = frozenset(c for c, n in ctx.items() if n == top and top > 0)
        towns = {p.country for m, p in out if p.kind != "country" and m.modifier not in ("dateline", "org")}
        if home is not None and not people and towns and home.country not in towns:
            # "Russian artillery shelled X ... Beryslav": a force's home is where its unknown names lie only when the
            # story's places say nothing else; where they are all of one other country, X lies in that one.
            home = self.gazetteer.country_place(next(iter(towns))) if len(towns) == 1 else None
        unresolved, unlocated = self._unresolved(text, words, out, outside, home, mains, by_force=not people,
                                                 taken=taken)
        return _short_forms(sorted(out + unresolved, key=lambda mp: mp[0].start)), unlocated

    def _country_as_actor(self, text: str, m: PlaceMention) -> bool:
        """Is the country named as a state acting or speaking ("the United States wants", "Britain has urged":
        a verb of government or speech right after it) or as an attribute of a thing ("a U.S. request", "the
        U.S. envoy": a lower-case noun right after it)? Either way it says nothing of where the story is set."""
        after = text[m.end:m.end + 40]
        if self._government_after.match(self._do_after.sub(" ", self._aux_after.sub(" ", after, count=1), count=1)):
            return True
        return bool(self._attribute_after.match(after))

    def _force_name_countries(self, text: str, mentions: Sequence[PlaceMention]) -> set[str]:
        """Countries named as the first word of their own forces' name ("the Jamaica Defence Force said", "the
        Nigeria Police Force"): such an organisation's name says whose story it is, as "Jamaican police" would;
        other organisations named for a country ("Radio France Internationale") do not."""
        return {m.candidates[0].country for m in mentions if m.modifier == "org"
                and m.candidates[0].kind == COUNTRY_KIND and self._own_force_name.match(text, m.end)}

    def _force_only_countries(self, text: str, hits: list[tuple[int, str]]) -> set[str]:
        """Countries the text names only by the demonym of an armed force ("Russian forces shelled X", "Tajik
        troops"): evidence of who acted, which armies do abroad too, not of where X lies."""
        force, other = set(), set()
        for end, d in hits:
            (force if self._force_after.match(text, end) else other).update(self._demonym_country[d])
        return force - other

    def _bigger_across_border(self, m: PlaceMention, p: Place) -> Place:
        """A town the text names only beside a force's demonym: of its namesakes in that country and across its
        border, a town FORCE_NAMESAKE_RATIO times bigger is the one in the news ("Russian forces shelled
        Pokrovsk": Ukraine's, not a Siberian namesake a sixth its size); elsewhere the demonym's country wins as
        any named country would ("Cameroonian soldiers burned Bali"). Only a namesake met on its own name: Engels
        (Russia) was once called Pokrovsk, which does not make it the Pokrovsk of the news."""
        across = self.gazetteer.neighbours({p.country}) - {p.country}
        bigger = [c for c in m.candidates if c.country in across and c.kind == p.kind and not c.via_alias
                  and c.population >= FORCE_NAMESAKE_RATIO * max(p.population, 1)]
        return max(bigger, key=lambda c: c.population) if bigger else p

    def resolve(self, mention: PlaceMention, country_context: Sequence[str] = (),
                near: Sequence[Place] = ()) -> Place | None:
        """The place `mention` means (see Gazetteer.resolve)."""
        return self.gazetteer.resolve(mention, country_context, near, self.kb.place_scores)

    def find_mentions(self, doc: Doc | str, countries_hint: Sequence[str] = ()) -> list[PlaceMention]:
        """Place names in `doc`, longest match first, with how the text qualifies each.

        Two passes: the first finds every name-like n-gram in the index; the countries of the safe ones
        (country and region names, hand-checked places) plus `countries_hint` then decide which doubtful
        ones survive (fuzzy matches, hamlets abroad, which are mostly surnames and ordinary words)."""
        doc = _tokenised(doc)
        text = doc.text
        return self._find(text, self._road_pairs(text, name_words(doc, text)), countries_hint)

    def _road_pairs(self, text: str, words: list[Tok]) -> list[Tok]:
        """"the Abuja-Kaduna highway": a hyphenated name word before a road's noun is the two towns the road
        joins, two name words (the first places the stretch: place.between)."""
        out: list[Tok] = []
        for s, e, word in words:
            parts = word.split("-")
            if len(parts) == 2 and all(p[:1].isupper() and len(p) > 2 for p in parts) \
                    and self._road_after.match(text, e):
                cut = s + len(parts[0])
                out += [(s, cut, parts[0]), (cut + 1, e, parts[1])]
            else:
                out.append((s, e, word))
        return out

    def _find(self, text: str, toks: list[Tok], countries_hint: Sequence[str]) -> list[PlaceMention]:
        self.gazetteer.trim_caches()
        # "shelled Kherson from across the Dnipro River": a river's name is no town, region or country of it
        raw = [m for m in self._raw_mentions(text, toks) if not self._river_after.match(text, m.end)]
        self._mark_datelines(text, raw)
        # A dateline names where the reporter is, so its country is as sure as a hand-checked place's.
        evidence = Counter(m.candidates[0].country for m in raw if m.match == "exact" and m.modifier != "org"
                           and (_trusted(m.candidates[0]) or m.modifier == "dateline")
                           and m.candidates[0].kind != "admin1")
        demonyms = self.demonym_countries(text) | self._force_name_countries(text, raw)
        towns = {m.candidates[0].country for m in raw if m.match == "exact" and m.candidates[0].kind != "admin1"}
        raw = self._regions_in_reach(raw, set(countries_hint) | set(evidence), towns | demonyms)
        evidence += Counter(m.candidates[0].country for m in raw if m.match == "exact" and m.modifier != "org"
                            and m.candidates[0].kind == "admin1")
        context = set(countries_hint) | set(evidence) | demonyms
        main = set(countries_hint) | {cc for cc, _n in evidence.most_common(2)}
        # A country named only by its army's demonym ("Russian forces shelled Kherson") fights at home or next
        # door: a town across its border is believed as one across a main country's is.
        force = self._force_only_countries(text, self._demonym_hits(text))
        nearby = self.gazetteer.neighbours(main | force)
        scores = self.kb.place_scores
        # "..., Russia said": a country named only as who spoke says nothing of where the story is set.
        spoke, placed = set(), set()
        for m in raw:
            if m.candidates[0].kind == COUNTRY_KIND:
                (spoke if self._speech_after.match(text[m.end:m.end + 30]) else placed).add(m.candidates[0].country)
        setting = context - (spoke - placed)
        # The home of an armed group the text names: "Al-Shabaab fighters ... in Jilib" makes a Somali town no town
        # abroad, though the story names Somalia nowhere (but no reason to doubt a town elsewhere).
        homes = frozenset(self.group_countries(text))
        reach = set() if main else self.gazetteer.neighbours(setting | homes)
        # (a country's own name is no ground: "Russia's defence ministry said" tells who spoke)
        ground = {m.candidates[0].country for m in raw if m.match == "exact" and m.modifier != "org"
                  and m.candidates[0].kind != COUNTRY_KIND and (_trusted(m.candidates[0]) or m.modifier == "dateline")}
        grounded = self.gazetteer.neighbours(ground) if ground else set()
        mentions = [m for m in (_filter(m, context, main, nearby, text, self._named_settlement(text, m), scores,
                                        self.gazetteer, setting, homes, reach, self._arabic_articles, force,
                                        grounded)
                                for m in raw)
                    if m is not None]
        # (after the filter: the words it drops, "Khan" or "Air", are no evidence against a hand-checked place)
        mentions = self._without_lone_curated_abroad(mentions, set(countries_hint) | demonyms | homes)
        mentions = self._without_strays_abroad(text, mentions, countries_hint, homes)
        mentions = self._without_units_abroad(mentions, set(countries_hint) | homes | demonyms)
        self._apply_plural_admin(text, mentions)
        return mentions

    def _without_units_abroad(self, mentions: list[PlaceMention], told: set[str]) -> list[PlaceMention]:
        """"Kandahar's Zhari district": a name with a unit's noun after it that only a region of a country far from
        the story's own bears under another name (Lubusz, Poland) is the story's unit
        the gazetteer does not know (kept as written, placed by its locator). The story's countries: those it names,
        its armed groups' homes, its demonyms' and those of its other names."""
        story = set(told) | {m.candidates[0].country for m in mentions if m.modifier not in ("province", "org")}
        if not story:
            return mentions
        near = self.gazetteer.neighbours(story)
        # (only a region met through another name than its own: "Idlib province" in a story naming Moscow is still
        # Syria's)
        return [m for m in mentions if not (m.modifier == "province" and m.candidates[0].kind == "admin1"
                                            and m.candidates[0].source != "curated"
                                            and all(p.country not in near for p in m.candidates)
                                            and not name_key(m.candidates[0].name).startswith(
                                                name_key(m.text).split(" ")[0]))]

    def _without_lone_curated_abroad(self, raw: list[PlaceMention], told: set[str]) -> list[PlaceMention]:
        """Drop a hand-checked town or site whose country only it brings in, far from where the story's other
        places lie: "Independence Square" in a Bamako story is not Kyiv's Maidan, "the Salah al-Din district of
        Tripoli, Libya" not the Syrian town. Its own mention is no evidence for its country. It stays in a country
        `told` (the hint, demonyms, armed groups' homes) or named by another mention, or next door to a place the
        text names; a story naming no town ("US strikes hit Hodeidah") has nothing to doubt it by."""
        if len(raw) < 2:
            return raw
        lone = [m for m in raw if m.modifier != "org" and m.candidates[0].source == "curated"
                and m.candidates[0].kind not in (COUNTRY_KIND, "admin1")]
        if not lone:
            return raw
        drop = set()
        doubted = {id(m) for m in lone}
        for m in lone:
            own = {p.country for p in m.candidates}
            # (nor its own name written again: "the Radaa force" twice in a Tripoli story is no Yemeni town)
            others = [x for x in raw if x is not m and x.modifier != "org" and x.match == "exact"
                      and name_key(x.text) != name_key(m.text)]
            # (another name doubted alike counts with all its namesakes: "Daraa al-Balad", whose "al-Balad" is
            # first a hand-checked Somali town, is Balad in Iraq too, next door to Daraa)
            placed = {p.country for x in others for p in (x.candidates if id(x) in doubted else x.candidates[:1])}
            ccs = told | placed
            if not ccs or own & ccs:
                continue
            # (next door to a place the text names; not to a demonym's country: "waving Russian flags" in Bamako; nor
            # to a country named as who acted: "after Turkey intervened" in a Tripoli story keeps no Syrian district)
            towns = {p.country for x in others if x.candidates[0].kind != COUNTRY_KIND
                     for p in (x.candidates if id(x) in doubted else x.candidates[:1])}
            if towns and not own & self.gazetteer.neighbours(towns):
                drop.add(id(m))
        return [m for m in raw if id(m) not in drop]

    def _without_strays_abroad(self, text: str, mentions: list[PlaceMention], hint: Sequence[str],
                               homes: frozenset[str]) -> list[PlaceMention]:
        """A hamlet, region or near spelling (under LOOSELY_LOCATED_TOWN people, or met by a skeleton or an alternate
        name) outside the one country the story is about, whose country nothing else in its paragraph names (no
        other place, demonym or armed group of it) and the rest of the story names once at most, is a place of the
        story's country that the gazetteer lacks, met abroad by a namesake or a near spelling: "men of Gossanah" in
        a New Caledonia story are not of Gosnay (France); a village of a Syria story is not a Turkish namesake
        because Turkey is named two paragraphs up. Such a name is its namesake in the story's country when the
        gazetteer has one, else kept as written and placed by its locators. The story's country: the one its places
        name most (the hint, places with namesakes in one country only, countries), at least STRAY_STORY_PLACES
        times and more often than any other. Not a dateline, an organisation, a hand-checked place."""
        # (each name once: "Ber" written twice and met only as an alternate name of Berlin is one name of Germany)
        named = {(name_key(m.text), m.candidates[0].country) for m in mentions if m.modifier != "org"
                 and (len({p.country for p in m.candidates[:3]}) == 1 or m.candidates[0].kind == COUNTRY_KIND)}
        story: Counter[str] = Counter({c: 2 for c in hint})
        story.update(cc for _k, cc in named)
        ranked = story.most_common(2)
        if not ranked or ranked[0][1] < STRAY_STORY_PLACES or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return mentions
        top = ranked[0][0]
        # (a demonym or an armed group says whose story it may also be, not where it is set: "Russian shelling hit
        # Kherson", "Turkish drones struck PKK militants near Sinjar")
        hits = self._demonym_hits(text)
        for _end, d in hits:
            story.update(self._demonym_country[d])
        story.update(homes)
        out = []
        for m in mentions:
            best = m.candidates[0]
            # (a town of LOOSELY_LOCATED_TOWN people met on its own name stands: "insurgents seized Mocimboa da Praia"
            # in a story that names only Tanzania, where they fought later, is still Mozambique's town)
            weak = m.match == "skeleton" or best.via_alias or best.population < LOOSELY_LOCATED_TOWN
            if best.country == top or best.source == "curated" or best.kind not in ("city", "admin1") \
                    or not weak or m.modifier in ("dateline", "org") or self._named_settlement(text, m):
                # ("soldiers left the town of Hsenwi" after talks "in Kunming, China": the text calls it a town)
                out.append(m)
                continue
            key = name_key(m.text)
            if story[best.country] - ((key, best.country) in named) >= STRAY_NAMED_ELSEWHERE:
                out.append(m)
                continue
            lo, hi = line_bounds(text, m.start, m.end)
            beside = {x.candidates[0].country for x in mentions
                      if x is not m and lo <= x.start < hi and name_key(x.text) != key}
            beside.update(cc for end, d in hits if lo < end <= hi for cc in self._demonym_country[d])
            if best.country in beside or best.country in homes and best.country in self.group_countries(text[lo:hi],
                                                                                                       memo=False):
                out.append(m)
                continue
            home = [p for p in m.candidates if p.country == top]
            if home:
                m.candidates = home
                out.append(m)
        return out

    def _regions_in_reach(self, raw: list[PlaceMention], named: set[str], seen: set[str]) -> list[PlaceMention]:
        """A region name is a place whatever surrounds it, but not a proof of its country: "the Northwest
        region" of a Cameroon story is not Iceland's, nor its "Southwest region" Burkina Faso's. Where the text
        names its countries (a country, a hand-checked place), a region that lies neither in them nor next to
        them, in a country no town or demonym of the text names either, is dropped; its town is then placed by
        the rest of the text."""
        # A region the text writes by its own name ("Balochistan's Kech district") says where a unit that only an
        # alternate name of a town abroad calls a region is not.
        regions = {m.candidates[0].country for m in raw if m.match == "exact" and m.modifier != "org"
                   and m.candidates[0].kind == "admin1" and len({p.country for p in m.candidates}) == 1}
        if regions and any(m.match == ALIAS_REGION for m in raw):
            wide = self.gazetteer.neighbours(named | regions) | seen
            raw = [x for x in ((m if m.match != ALIAS_REGION or m.candidates[0].country in wide
                                else self._town_of_district(m, wide)) for m in raw) if x is not None]
        for m in raw:
            if m.match == ALIAS_REGION:
                m.match = "exact"  # (the mark's work is done: the region is the text's guess as any other)
        if not named:
            return raw
        reach = self.gazetteer.neighbours(named) | seen
        out = []
        for m in raw:
            if m.candidates[0].kind == "admin1" and m.modifier != "org":
                kept = [p for p in m.candidates if p.kind != "admin1" or p.country in reach]
                if not kept:
                    town = self._town_of_district(m, reach)
                    if town is not None:
                        out.append(town)
                    continue
                m.candidates = kept
            out.append(m)
        return out

    def _town_of_district(self, m: PlaceMention, reach: set[str]) -> PlaceMention | None:
        """"Tyre district" in a Lebanon story: no region abroad that an alternate name calls so, but the district
        named by its town, at the town's point with precision 2 (as the spec places a district named by its
        town)."""
        head, _sep, last = m.text.rpartition(" ")
        if not head or last.lower() not in self.admin_suffixes:
            return None
        towns = [p for p in self.gazetteer.by_key(name_key(head)) if p.kind == "city" and p.country in reach]
        if not towns:
            return None
        return PlaceMention(m.start, m.start + len(head), head, towns, 2, "district", m.match)

    # -- namesakes and names the gazetteer does not know

    def _container(self, text: str, m: PlaceMention, nxt: PlaceMention) -> Place | None:
        """The region or country `nxt` when the text writes it as containing `m` ("Dubovka, Kharkiv region",
        "Dubovka, a village in Kharkiv region", "Inates, Niger")."""
        region = nxt.candidates[0]
        if region.kind != "country" and not (region.kind == "admin1" and _holds(region, m.candidates)) \
                and self._apposition.match(text[m.end:nxt.start]):
            # "Zamora, Michoacan", "Sanandaj, in Kurdistan province": of the name's namesakes after a town and a
            # comma (a village elsewhere and a region; Iraq's Kurdistan Region and Iran's Kordestan), the region
            # that holds a town of the name is the one the text means.
            holder = next((p for p in nxt.candidates if p.kind == "admin1" and _holds(p, m.candidates)), None)
            if holder is not None:
                region = holder
                nxt.candidates = [region, *(p for p in nxt.candidates if p is not region)]
        if region.kind not in ("admin1", "country") or nxt.modifier in ("dateline", "org") \
                or self._speech_after.match(text[nxt.end:nxt.end + 30]) \
                or self._list_gap.match(text[nxt.end:nxt.end + 8]) and not text[nxt.end:].startswith(","):
            return None  # "Djibo, France said", "Djibo, France and Mali": no container
        if not self._apposition.match(text[m.end:nxt.start]):
            return None
        return region

    def _possessive_region(self, text: str, prev: PlaceMention, m: PlaceMention) -> Place | None:
        """The region `prev` when the text names it in the possessive right before `m` ("Nangarhar's Khogyani
        district", "Sagaing region's Kani township" is not: only a region's bare name); a city's possessive is a
        part of the city, not a container (place.part_of_town)."""
        region = prev.candidates[0]
        if region.kind != "admin1" or prev.modifier in ("dateline", "org") \
                or not self._possessive_gap.fullmatch(text, prev.end, m.start):
            return None
        return region

    def _within_named_regions(self, text: str, mentions: list[PlaceMention]
                              ) -> tuple[list[PlaceMention], list[tuple[PlaceMention, Place]]]:
        """Namesakes by the region the text names (rule place.named_region): a town written as lying in a
        region or country keeps only its candidates there; with none there, it is a name the gazetteer does
        not know, located by that region (returned apart, for _unresolved)."""
        kept, outside = [], []
        for k, m in enumerate(mentions):
            region = self._container(text, m, mentions[k + 1]) if k + 1 < len(mentions) else None
            owner = None if region is not None or k == 0 else self._possessive_region(text, mentions[k - 1], m)
            # ("Nangarhar's Khogyani district": a district that an alternate name gives to another province's row
            # is not that province)
            if owner is not None and m.candidates[0].kind == "admin1" and m.modifier == "province" \
                    and m.candidates[0] != owner:
                outside.append((m, owner))
                continue
            region = region or owner
            if region is None and k + 1 < len(mentions):
                town = self._district_of_region_abroad(text, m, mentions[k + 1])
                if town is not None:
                    kept.append(town)
                    continue
            if region is None or m.candidates[0].kind in ("admin1", "country"):
                kept.append(m)
                continue
            # A hand-checked row carries no admin-1 name: in the region's country, it is not known to lie outside.
            inside = [p for p in m.candidates if _holds(region, [p]) or p.country == region.country
                      and (region.kind == "country" or (p.admin1 is None and p.source == "curated"))]
            if not inside and region.kind == "admin1" and region.source == "curated":
                # A hand-checked region (a Philippine province, Darfur) is no admin-1 that GeoNames files its
                # towns under: the town is its namesake nearest the region's seat, if one is within reach.
                near = sorted((km(p.lat, p.lon, region.lat, region.lon), k) for k, p in enumerate(m.candidates)
                              if p.country == region.country and p.kind in ("city", "site"))
                inside = [m.candidates[near[0][1]]] if near and near[0][0] <= CURATED_REGION_KM else []
            if inside:
                m.candidates = inside
                m.modifier = m.modifier or "named_region"
                kept.append(m)
            elif region.kind == "admin1" or self._compass_word.search(text, m.end, mentions[k + 1].start) \
                    or _IN_WORD.search(text, m.end, mentions[k + 1].start):
                # "Dubovka in eastern Ukraine" is no Russian Dubovka; "Boni, in Burkina Faso's Hauts-Bassins
                # region" no Malian Boni ("in" says the country contains it, as a bare comma does not)
                outside.append((m, region))
            else:
                kept.append(m)  # a country after a comma may be the next clause's subject: not proof enough
        return kept, outside

    def _district_of_region_abroad(self, text: str, m: PlaceMention, nxt: PlaceMention) -> PlaceMention | None:
        """"Mon district of Nagaland", "Mon district of India's Nagaland state": a district named by its town and
        written as of a region or country, whose name an alternate name gives to a region of another country
        (Myanmar's Mon State), is the district of the town of that name in the region or country written after
        it (precision 2, rule place.named_region), when the gazetteer has one there."""
        unit, region = m.candidates[0], nxt.candidates[0]
        if unit.kind != "admin1" or region.kind not in ("admin1", "country") or unit.country == region.country \
                or nxt.modifier in ("dateline", "org") or not _OF_GAP.fullmatch(text, m.end, nxt.start):
            return None
        town = self._town_of_district(m, {region.country})
        if town is None:
            return None
        town.candidates = [p for p in town.candidates if region.kind == "country" or _holds(region, [p])]
        if not town.candidates:
            return None
        town.modifier = "named_region"
        return town

    def _unknown_names(self, text: str, toks: list[Tok], covered: list[tuple[int, int]],
                       listed: set[int] | None = None) -> list[tuple[int, int]]:
        """Spans of capitalised names that the text calls places but that no known mention covers: after "the
        village(s) of", after a preposition of place ("in", "near", "outside"), before a locality noun ("the X
        bridge", "X district"), and the rest of a list that one of those opens ("the villages of A, B and C").
        The starts of those only the list they stand in calls places go in `listed` (place.listed_settlements)."""
        starts = [a for a, _b in covered]
        out: list[tuple[int, int]] = []
        list_open = -1  # where the last place of a list (known or not) ended
        # In a Title Case headline every word is capitalised: "In Rare Victory, ..." names no place "Rare", so
        # there a preposition or a noun after a capitalised word is no cue; "the village of X" still is.
        headlines = _headline_lines(text)
        cued_names: set[str] = set()
        uncued: list[tuple[int, int]] = []
        i = 0
        while i < len(toks):
            s0 = toks[i][0]
            k = bisect.bisect_right(starts, s0) - 1
            if k >= 0 and covered[k][0] <= s0 < covered[k][1]:
                if self._settlement_of.search(text, max(0, s0 - 40), s0) or \
                        self._place_prep.search(text, max(0, s0 - 40), s0) or \
                        (list_open >= 0 and self._list_gap.fullmatch(text[list_open:s0])):
                    list_open = covered[k][1]  # a known place inside a list: the list goes on after it
                while i < len(toks) and toks[i][0] < covered[k][1]:
                    i += 1
                continue
            n = self._unknown_name_at(text, toks, i, starts[k + 1] if k + 1 < len(starts) else len(text))
            if not n:
                i += 1
                continue
            start, end = s0, toks[i + n - 1][1]
            before = text[max(0, start - 40):start]
            in_list = list_open >= 0 and bool(self._list_gap.fullmatch(text[list_open:start]))
            after = toks[i + n][2].lower() if i + n < len(toks) and _spaced(text, toks, i + n) else ""
            # A noun after the name is a cue only where no sentence starts ("Shelling Tripoli hospital ...").
            noun_after = after in self.locality_nouns or after in self.settlement_nouns
            # "attacked Yelwata, a village in Benue State": the apposition says the name is a place.
            nxt = starts[k + 1] if k + 1 < len(starts) else -1
            gap = text[end:nxt] if 0 < nxt - end <= 60 else ""
            apposed = bool(gap) and bool(self._apposition.match(gap)) and any(
                w in self.settlement_nouns for w in gap.lower().split())
            titled = any(a <= start < b for a, b in headlines)
            object_verb = bool(self._object_verb_before.search(before))
            # ("attacks on A and Gwoza": the name listed with a known place the act noun takes, rule
            # place.listed_settlements)
            # (joined by "and": "attacked Djibo, France said" lists nothing)
            object_listed = object_verb and bool(gap) and bool(self._and_gap.fullmatch(gap))
            located_object = object_verb and (
                bool(gap) and bool(self._object_located.fullmatch(gap)) or bool(self._object_timed.match(text, end))
                and not self.gazetteer.by_key(name_key(text[start:end])))  # (a known town doubted stays doubted)
            # (rule place.listed_settlements: "attacked A and B villages", "A, B and C were attacked")
            listed_settlements = object_listed or not titled and bool(
                self._list_then_plural.match(text, end) or self._list_then_passive.match(text, end)
                or object_verb and self._list_then_communities.match(text, end))
            cued = bool(self._settlement_of.search(before) or self._settlement_apposed.search(before)) \
                or in_list or apposed or located_object or listed_settlements or not titled and (
                bool(self._place_prep.search(before))
                or noun_after and (not _at_sentence_start(text, start) or before.endswith(("The ", "the "))))
            # "Hamid Ahmed Shendi, a local activist, said": a name described as somebody is no place, cue or none.
            if cued and self._described_as_person(text[end:end + 40]):
                cued = False
            # "a motorcyclist was shot dead in Kidungu, Malikidogo added": a name no gazetteer knows, right before a
            # speech verb, is who spoke, not the next place of a list.
            if cued and self._speech_after.match(text[end:end + 30]) and not apposed \
                    and not self._settlement_of.search(before):
                cued = False
            if cued and not self._person_or_org(text, toks, i, n, before, text[end:end + 40]):
                if self._settlement_of.search(before) or apposed or not titled and self._place_prep.search(before):
                    cued_names.add(text[start:end])  # (not "a Ninja camp": a group's name before a noun)
                if after in self.locality_nouns:
                    end = toks[i + n][1]  # "the Kalembe bridge": the name as written, with its noun
                    n += 1
                if listed is not None and listed_settlements and not located_object and not in_list:
                    listed.add(start)
                out.append((start, end))
                list_open = end
            elif not self._person_or_org(text, toks, i, n, before, text[end:end + 40]):
                uncued.append((start, end))
            i += n
        # "bombed the village of Vindza ... the army said it had retaken Vindza": a name the text called a place
        # once is that place wherever it comes again, cue or none.
        # (not the second end of a stretch, "on the road between Wabag and X": it only bounds the stretch)
        out += [(a, b) for a, b in uncued if text[a:b] in cued_names
                and not self._between_second.search(text, max(0, a - 60), a)]
        return sorted(out)

    def _unknown_name_at(self, text: str, toks: list[Tok], i: int, known_from: int) -> int:
        """How many tokens from i make a capitalised name that could be a place's (0: none): name words and
        connectors, up to four, one space apart, before the next known name (at `known_from`); no acronym, stop
        word, demonym, title or month."""
        n = 0
        while i + n < len(toks) and n < 4 and toks[i + n][0] < known_from:
            word = toks[i + n][2]
            if n and (not _spaced(text, toks, i + n) or not (self._name_word(word) or word.lower() in self.connectors)):
                break
            # "Lanao del Sur", "Kafr al Ali", "Kabtan Al Jabal" (a capitalised article only before a name word)
            linking = n > 0 and word.lower() in self.connectors and (word.islower() or (
                i + n + 1 < len(toks) and _spaced(text, toks, i + n + 1) and self._name_word(toks[i + n + 1][2])))
            if n and word[:1].isupper() and word.lower() in self._closing_nouns \
                    and not self.gazetteer.by_key(name_key(text[toks[i][0]:toks[i + n][1]])):
                n += 1  # "Denham Town", "Tivoli Gardens": the noun is the last word of a name the index lacks
                break
            if not linking and (not self._name_word(word) or self._neutral(word) or name_key(word) in self.stop):
                break
            n += 1
        # A name ends on a name word: not "del" of "Lanao del", but "Sur" of "Lanao del Sur" is one.
        while n and toks[i + n - 1][2].lower() in self.connectors and not (n > 1 and toks[i + n - 1][2][:1].isupper()):
            n -= 1
        return n

    def _locator(self, text: str, start: int, end: int, located: list[tuple[PlaceMention, Place]],
                 main: Place | None, names: list[tuple[int, int]], mains: frozenset[str] = frozenset(),
                 told: list[bool | str] | None = None) -> Place | None:
        """The place the text locates a name by: a known place right after it in its sentence ("A, north of Y",
        "A, a village in Y region", "A on the Y road"), else the last known place before it in its paragraph
        (the town the paragraph is set in), else the story's main place. Never a country, a dateline or an
        organisation's name. Where the story's main countries are known (`mains`), the paragraph's town and the
        story's are taken among theirs: a town abroad named before ("talks in Geneva", a namesake read
        elsewhere) does not carry an unknown village of the story's own country across the world."""
        usable = [(m, p) for m, p in located if p.kind != "country" and p.resolved
                  and m.modifier not in ("dateline", "org", "compass_region")]  # ("northern Israel": the country)
        sent_end = re.search(r"[.!?\n]", text[end:])
        limit = end + (sent_end.start() if sent_end else len(text) - end)
        # Past the rest of a list the name opens ("A, B and C, north of Y"): its other names locate nothing.
        # A unit or region after a comma contains the name rather than joins a list with it ("Kampung A, Intan Jaya
        # regency": the unknown name is located by it, rule place.unresolved).
        units = {m.start for m, _p in usable if m.modifier == "district"}
        list_end = end
        for a, b in names:  # every name of the text, known or not, in order
            if a >= list_end and self._list_gap.fullmatch(text[list_end:a]):
                if a in units:
                    break
                list_end = b
        # Not past a clause's end: "blocked the X bridge for two hours, and in Y a crowd marched" is no locator.
        after = [(m, p) for m, p in usable if list_end <= m.start < min(limit, list_end + 80)
                 and not self._clause_break.search(text, list_end, m.start)]
        # "the villages of A, B and Bali, north of Y": a known place of the list lies with the others, a closer clue
        # than a town after the list; a region after it ("A, B and Sake in North Kivu") is what the text says of
        # them all.
        listed = self._listed_with(text, start, list_end, usable, names)
        if listed is not None and not any(p.kind in BROAD_KINDS for _m, p in after):
            return listed
        if after:
            # "on the Y road, 40 km outside Z": the place a nearness or a direction qualifies is the closer clue.
            # "X village in Sagaing region's Myinmu township": the town the region is said to hold is closer than
            # the region (place.unresolved).
            inner = next(((m, p) for m, p in after[1:] if p.kind not in BROAD_KINDS and after[0][1].kind == "admin1"
                          and p.country == after[0][1].country and m.modifier in ("named_region", "district")),
                         after[0])
            m, p = next(((m, p) for m, p in after if m.precision == 2), inner)
            if told is not None:
                told.append(True)  # (the text itself says where the name lies, right after it, not its paragraph)
                between = text[list_end:m.start]
                if self._before_near.search(between) or self._apposition.match(between):
                    told.append("located")  # ("X, a mining area north of Y", "X, a village in Y")
            return p
        if listed is not None:
            return listed
        told_next = self._next_sentence_locator(text, start, end, limit, usable)
        if told_next is not None:
            if told is not None:
                told.extend((True, "located"))
            return told_next
        lo, hi = line_bounds(text, start)
        before = [(m, p) for m, p in usable if lo <= m.start and m.end <= start and (not mains or p.country in mains)]
        if before:
            # "... in Kalehe territory of South Kivu. M23 seized the village of X": the unit the region is said to
            # hold is the closer clue, as right after a name (place.unresolved).
            (um, unit), (rm, region) = before[-2] if len(before) > 1 else before[-1], before[-1]
            if region.kind == "admin1" and unit.kind not in BROAD_KINDS and unit.country == region.country \
                    and um.modifier in ("named_region", "district") and 0 <= rm.start - um.end <= 30:
                return unit
            return region
        # A paragraph that names its country ("Mali: The army took the village of X", "In Niger, ...") is not set
        # at the story's town in another one (a round-up of several countries); not who spoke ("..., Russia said").
        own = set(self._paragraph_countries(text, located, lo, hi))
        homes = own or mains
        if main is not None and (not homes or main.country in homes):
            return main
        # (the paragraph's towns all abroad: the story's last town at home before it, as a reader would take it)
        earlier = [p for m, p in usable if m.end <= start and p.country in homes] if homes else []
        return earlier[-1] if earlier else None

    def _next_sentence_locator(self, text: str, start: int, end: int, limit: int,
                               usable: list[tuple[PlaceMention, Place]]) -> Place | None:
        """"Fighters raided X on Tuesday. The village lies about 15 km east of Y": the known place that the sentence
        right after the name's (in its paragraph), opening with the name again, "the village" or "it" and a verb of
        lying somewhere, locates by a nearness, a direction or a distance ("near Y", "east of Y", "20 km from Y")."""
        if limit >= len(text) or text[limit] == "\n":
            return None
        s0 = limit + 1
        lead = s0 + len(text[s0:]) - len(text[s0:].lstrip(" \t"))
        name = text[start:end]
        if text.startswith(name, lead):  # ("Mapanduko is some 20 km west of Oicha")
            verb = self._location_verb.match(text, lead + len(name))
        else:
            verb = self._locating_subject.match(text, lead)
        if verb is None:
            return None
        sent_end = re.search(r"[.!?\n]", text[s0:])
        s1 = s0 + (sent_end.start() if sent_end else len(text) - s0)
        for pm, p in usable:
            if verb.end() <= pm.start < s1:
                # the locating phrase is the verb's own ("sits on the river, about 12 km upstream from Y"), not in
                # a clause of its own ("The village is home to people who fled from camps near Goma";
                # words/discourse_words.txt)
                gap = text[verb.end() - 1:pm.start]
                if len(gap.split()) <= LOCATOR_GAP_WORDS and not self._clause_opener.search(gap) and (
                        self._before_near.search(gap) or self._distance_from.search(gap)):
                    return p
        return None

    def _paragraph_countries(self, text: str, located: list[tuple[PlaceMention, Place]], lo: int, hi: int
                             ) -> list[str]:
        """The countries a paragraph (text[lo:hi]) says it is set in: a label ("Mali: The army ...") or a country
        after a place preposition ("In Niger, soldiers ..."); not a state that speaks or acts ("the United States
        would wait"), nor a neighbour across a border ("near the border with Burkina Faso")."""
        out = []
        for m, p in located:
            if p.kind != "country" or not p.resolved or not lo <= m.start < hi \
                    or m.modifier in ("org", "compass_region"):
                continue
            before = self._leading_the.sub("", text[max(0, m.start - 30):m.start])
            # ("in western Niger": a part of the country the paragraph is set in is still that country)
            before = self._leading_the.sub("", self._before_dir_adj.sub("", before))
            if (m.modifier == DATELINE or self._place_prep.search(before)) \
                    and not self.across_edge(text, m.start, m.end):
                out.append(p.country)
        return out

    def _came_from(self, text: str, start: int) -> bool:
        """Is the place named at text[start:] where people came from ("militants who had crossed from
        Afghanistan", "fighters from Chad"; words/origin_words.txt)? Then it says where the act is not."""
        return bool(self._origin_before.search(text, max(0, start - 20), start))

    def across_edge(self, text: str, start: int, end: int) -> bool:
        """Is the country named at text[start:end] the far side of an edge ("near the border with X", "near the X
        border")? Then it says where the act is not."""
        return bool(self._across.search(text, max(0, start - 60), start) or self._edge_after.match(text[end:end + 20]))

    def _offset_to(self, text: str, end: int, loc: Place, located: list[tuple[PlaceMention, Place]]
                   ) -> tuple[float, float] | None:
        """"the village of X, some 40 km north of Y": (km, bearing) from the locator Y, written right after the
        name that ends at `end`, to it; None when the text gives no distance and direction there."""
        # ("X, on the border with Belarus, 30 km east of Y": past the aside of a country across an edge)
        edge = self._past_edge(text, end, [(m, p) for m, p in located if m.start >= end])
        if edge is not None and edge[0][1] is loc:
            gap = edge[1]
        else:
            ym = next((m for m, p in located if p is loc and end <= m.start <= end + 60), None)
            if ym is None:
                return None
            gap = text[end:ym.start]
        near = self._before_near.search(gap)
        return _written_offset(near) if near is not None and self._locator_lead.fullmatch(gap[:near.start()]) \
            else None

    def _listed_with(self, text: str, start: int, list_end: int, usable: list[tuple[PlaceMention, Place]],
                     names: list[tuple[int, int]]) -> Place | None:
        """"the villages of A, B and Bali": places listed together lie together; the nearest known one of the
        list locates the others (rule place.list_neighbour)."""
        list_start = start
        for a, b in reversed(names):
            if b <= list_start and self._list_gap.fullmatch(text[b:list_start]):
                list_start = a
        for a, b in names:
            if a >= list_end and self._list_gap.fullmatch(text[list_end:a]):
                list_end = b
        listed = [(m, p) for m, p in usable if list_start <= m.start < list_end and m.precision == 1]
        return min(listed, key=lambda mp: abs(mp[0].start - start))[1] if listed else None

    def _by_locator(self, text: str, located: list[tuple[PlaceMention, Place]]) -> list[tuple[PlaceMention, Place]]:
        """"near the town of X, west of Y", "X, 10 km south of Y": a town the text locates by a nearby town is
        within reach of it (NEAR_KM, DIRECTION_KM, or half again the distance written). A namesake in another
        country farther off gives way to one of its other candidates within reach, else to the name as written at
        Y's point, precision 2, unresolved (place.named_region's test, by a town; before, "X, west of Y" went to a
        hamlet of X's name across a border 130 km away)."""
        out = list(located)
        for k in range(len(out) - 1):
            (m, p), (ym, y) = out[k], out[k + 1]
            gap = text[m.end:ym.start]
            edge = self._past_edge(text, m.end, out[k + 1:]) or self._past_list(text, m.end, out[k + 1:])
            if edge is not None:
                # "near Medininkai, on the border with Belarus, 30 km east of Vilnius": the country across the
                # edge says where X is not; the town after it locates X. "Stepove and Berdychi, north of Avdiivka":
                # the town after the list locates each name of it (as place.unresolved reads a list of unknown names)
                (ym, y), gap = edge
            if p.kind not in ("city", "site") or y.kind not in ("city", "site") or not (p.resolved and y.resolved) \
                    or m.modifier in ("dateline", "org") or ym.modifier in ("dateline", "org") \
                    or any(c.source == "curated" for c in m.candidates[:1]) and m.match != "skeleton":
                continue  # (a near spelling is no hand-checked town's name: "Kabani, east of Qamishli" is no Kobani)
            if self._in_town.fullmatch(gap) and km(p.lat, p.lon, y.lat, y.lon) > NEAR_KM:
                # "the vereda La Esperanza, in rural Jamundi", "San Antonio, in rural Tumaco": a name found all over
                # the world is the one in or by the town the text puts it in, else that name at the town's point
                # (place.unresolved); the text's own word beats the country a wire may locate loosely
                inside = [c for c in m.candidates if km(c.lat, c.lon, y.lat, y.lon) <= NEAR_KM]
                there = inside[0] if inside else _written_at(m.text, y)
                out[k] = (m if inside else PlaceMention(m.start, m.end, m.text, [there], 2, "unresolved",
                                                        "unresolved"), there)
                continue
            unit = self._in_unit.fullmatch(gap)
            site = re.match(r" ([a-z]+)\b", gap)
            if site is not None and site.group(1) in self.named_site_nouns:
                unit = None  # ("the Maganja market, in X district": a site named after a town, _named_sites')
            if unit is not None and (unit.group("du") or ym.modifier == "district") \
                    and km(p.lat, p.lon, y.lat, y.lon) > NEAR_KM:
                if p.country == y.country and m.match != "skeleton" and p.population >= LOOSELY_LOCATED_TOWN \
                        and not unit.group("sn") \
                        and not ("," in gap and km(p.lat, p.lon, y.lat, y.lon) > 2 * DIRECTION_KM):
                    continue  # ("fighters from Kunduz in Y district": a big town the text does not call a village;
                    # but "the Maganja post, in Palma district" is set apart to say where it is: not a town 700 km off)
                # "Takum village of Kajuru local government area": not the Takum 380 km off, but the village in the
                # unit seated at Kajuru, else its name at Kajuru's point (place.unresolved)
                inside = [c for c in m.candidates if km(c.lat, c.lon, y.lat, y.lon) <= NEAR_KM]
                there = inside[0] if inside else _written_at(m.text, y)
                out[k] = (m if inside else PlaceMention(m.start, m.end, m.text, [there], 2, "unresolved",
                                                        "unresolved"), there)
                continue
            near = self._before_near.search(gap)
            if near is None or len(gap) > 60 or not self._locator_lead.fullmatch(gap[:near.start()]):
                continue
            reach = _locator_reach(near)
            nearer = self._nearer_namesake(m, p, y, near, reach)
            if nearer is not None:
                out[k] = (m, nearer)
                continue
            if p.country == y.country and m.match != "skeleton" and p.population >= LOOSELY_LOCATED_TOWN \
                    or km(p.lat, p.lon, y.lat, y.lon) <= reach:
                continue  # (in Y's country, a wire may locate a big town loosely: "Kidal, north of Gao"; not a
                # village: "Tudun Wada, a village near Zurmi" is none of the Tudun Wadas 200 km off)
            inside = [c for c in m.candidates if km(c.lat, c.lon, y.lat, y.lon) <= reach]
            if inside:
                out[k] = (m, inside[0])
                continue
            offset = _written_offset(near)
            there = _written_at(m.text, y, offset=offset)
            how = "unresolved" if offset is None else "distance_offset"
            out[k] = (PlaceMention(m.start, m.end, m.text, [there], 2, how, "unresolved"), there)
        return out

    @staticmethod
    def _nearer_namesake(m: PlaceMention, p: Place, y: Place, near: re.Match[str], reach: float) -> Place | None:
        """"the village of Novoselivka, north of Kramatorsk": of several villages of one name within the locator's
        reach, the one nearest the town that locates it, on the side the bearing says (a reporter locates a village
        by the nearest town readers know), not the one the gazetteer ranks first by its population. Towns of
        LOOSELY_LOCATED_TOWN and more keep their rank."""
        if p.population >= LOOSELY_LOCATED_TOWN or p.kind != "city":
            return None
        gone = km(p.lat, p.lon, y.lat, y.lon)
        if gone > reach:
            return None
        word = re.sub(r"(?:ern|wards?)$", "", (near.group("dir") or "").lower().replace("-", "").replace(" ", ""))
        towards = _BEARINGS.get(word)
        closer = [c for c in m.candidates if c is not p and c.kind == "city" and c.country == p.country
                  and name_key(c.name) == name_key(p.name) and c.population < LOOSELY_LOCATED_TOWN
                  and km(c.lat, c.lon, y.lat, y.lon) < gone
                  and (towards is None or _bearing_off(y, c, towards) <= 67.5)]
        return min(closer, key=lambda c: km(c.lat, c.lon, y.lat, y.lon)) if closer else None

    def _past_edge(self, text: str, end: int, rest: list[tuple[PlaceMention, Place]]
                   ) -> tuple[tuple[PlaceMention, Place], str] | None:
        """"X, on the border with Belarus, 30 km east of Y", "X, near the Turkish border, north of Y": when the text
        right after a name (ending at `end`) is a comma-set aside of an edge, the first place after the aside that
        is not a country, and the text between the name and it without the aside (the gap a locator is read in);
        else None. The countries of the aside say where the name is not."""
        a = self._edge_aside.match(text, end)
        if a is None:
            return None
        nxt = next(((m, p) for m, p in rest if m.start >= a.end()), None)
        # (a place more than 100 characters on is past a sentence's aside: another clause's place, not a locator's)
        if nxt is None or nxt[1].kind == "country" or nxt[0].start - end > 100 \
                or any(m.start < a.end() and p.kind != "country" for m, p in rest if m.start >= end) \
                or self._clause_break.search(text, a.end(), nxt[0].start):
            return None
        return nxt, text[a.end():nxt[0].start]

    def _past_list(self, text: str, end: int, rest: list[tuple[PlaceMention, Place]]
                   ) -> tuple[tuple[PlaceMention, Place], str] | None:
        """"A and B, north of Y", "A, B and C near Y": when a list goes on after a name (ending at `end`), the first
        place after the list and the text between the list's end and it (the gap a locator is read in); else None."""
        run = self._list_rest.match(text, end)
        if run is None:
            return None
        nxt = next(((m, p) for m, p in rest if m.start >= run.end()), None)
        if nxt is None or any(run.end() > m.start and m.end > run.end() for m, _p in rest):
            return None  # (a list's last name read further than the run, "... and New York City")
        return nxt, text[run.end():nxt[0].start]

    @staticmethod
    def _main_town(located: list[tuple[PlaceMention, Place]]) -> Place | None:
        """The town the story is set in: the one its text names most, at least twice, not in a dateline."""
        counts = Counter(p for m, p in located if p.kind in ("city", "site") and p.resolved and m.precision == 1
                         and m.modifier not in ("dateline", "org"))
        top = counts.most_common(1)
        return top[0][0] if top and top[0][1] >= 2 else None

    def _named_sites(self, text: str, located: list[tuple[PlaceMention, Place]]) -> list[tuple[PlaceMention, Place]]:
        """"rallied in Grodno Square" (in Minsk), "gunmen hit the Mocuba hotel in Pemba": a town's
        name before a site's noun (words/named_site_nouns.txt) that the index does not know together names a site
        after the town, often far from it. Where the text locates the site at a town farther than SITE_KM (one
        after it in its sentence, the paragraph's town before it, the story's town, else, for a site named with
        a capital, the dateline's town of the same country), it is that town's, named as written, precision 2,
        unresolved (rule place.named_site)."""
        sites = []
        for k, (m, p) in enumerate(located):
            if p.kind != "city" or not p.resolved or m.modifier in ("dateline", "org"):
                continue
            noun = re.match(r" ([A-Za-z]+)\b", text[m.end:m.end + 20])
            if noun and noun.group(1).lower() in self.named_site_nouns:
                sites.append((k, m.end + noun.start(1), m.end + noun.end()))
                continue
            # "the Plaza Independencia": the noun before the name (capitalised), the site's span from it
            before = self._site_noun_before.search(text, max(0, m.start - 12), m.start)
            if before and text[before.start()].isupper():
                sites.append((k, before.start(), m.end))
        if not sites:
            return located
        # ("Plaza" alone is another name of Llodio, Spain: a name inside a site's span is the site's word)
        inner = {j for k, a, _e in sites for j, (n, _q) in enumerate(located)
                 if a <= n.start and n.end <= located[k][0].start}
        gone: set[int] = set()
        out = list(located)
        skip = {k for k, _a, _e in sites} | inner
        others = [mp for k, mp in enumerate(located) if k not in skip]
        names = sorted((m.start, m.end) for m, _p in located)
        main = self._main_town(others)
        for k, noun_at, end in sites:
            m, p = located[k]
            start = min(m.start, noun_at)
            loc = self._locator(text, start, end, others, main, names)
            if loc is None and text[noun_at].isupper():  # "Grodno Square": a site's own name
                loc = next((q for n, q in others if n.modifier == "dateline" and q.kind == "city"
                            and q.country == p.country), None)
            if loc is None or loc.kind not in ("city", "site") or km(p.lat, p.lon, loc.lat, loc.lon) <= SITE_KM:
                continue
            name = text[start:end]
            site = _written_at(name, loc, kind="site")
            out[k] = (PlaceMention(start, end, name, [site], 2, "named_site", m.match), site)
            gone |= {j for j in inner if start <= located[j][0].start and located[j][0].end <= m.start}
        return [mp for j, mp in enumerate(out) if j not in gone]

    def _unresolved(self, text: str, toks: list[Tok], located: list[tuple[PlaceMention, Place]],
                    outside: list[tuple[PlaceMention, Place]], home: Place | None = None,
                    mains: frozenset[str] = frozenset(), by_force: bool = False,
                    taken: Sequence[tuple[int, int]] = ()
                    ) -> tuple[list[tuple[PlaceMention, Place]], list[tuple[int, int]]]:
        """Names the text calls places that the gazetteer does not know (rule place.unresolved): kept as
        written, at the coordinates of their locator (precision 2 near a town, 3 in a region); so are the near
        spellings not believed far off that a verb of acting on places takes (`taken`, _far_fuzzy). The spans of
        those with no locator in the text come apart."""
        main = self._main_town(located)
        listed: set[int] = set()
        spans = [(s, e, None) for s, e in self._unknown_names(text, toks, [(m.start, m.end) for m, _p in located],
                                                               listed)]
        spans += [(m.start, m.end, region) for m, region in outside]
        spans += [(a, b, None) for a, b in taken if not any(x < b and a < y for x, y, _r in spans)]
        out, unlocated = [], []
        names = sorted([(m.start, m.end) for m, _p in located] + [(a, b) for a, b, _r in spans])
        placed_names: dict[str, Place] = {}
        located_names: dict[str, Place] = {}  # a village's bare name -> the village placed near a town
        told_names: dict[str, Place] = {}  # a name -> where the text itself says it lies ("X, north of Y")
        for start, end, region in sorted(spans, key=lambda x: x[0]):
            if region is None and self._locates_town_before(text, start, end, located, names):
                continue
            prior = placed_names.get(text[start:end]) if region is None else None
            told: list[bool | str] = []
            # (a name placed before only by its country, or only by its paragraph's town, is placed anew where the
            # text says where it lies)
            loc = region or (self._locator(text, start, end, located, main, names, mains, told)
                             if prior is None or prior.precision >= 3 or text[start:end] not in told_names else None)
            if region is not None and region.kind == "country":
                # ("X, in Burkina Faso's Hauts-Bassins region": the region the text names in that country is closer)
                inner = self._locator(text, start, end, located, main, names, mains)
                loc = inner if inner is not None and inner.country == region.country else region
            if prior is not None and not told:
                # "bombed the village of Vindza, near Kindamba ... had retaken Vindza": where the name was placed
                # before, not the paragraph's town.
                out.append((PlaceMention(start, end, prior.name, [prior], prior.precision, "unresolved",
                                         "unresolved"), prior))
                continue
            how = "unresolved"
            if region is None and loc is not None and loc.kind != "country" and loc is self._listed_with(
                    text, start, end, [(m, p) for m, p in located if m.modifier not in ("dateline", "org")], names):
                how = "list_neighbour"
            if loc is None:
                loc, how = self._broad_locator(text, start, located), "unresolved_broad"
                if loc is None and home is not None:
                    loc, how = home, "force_home" if by_force else "unresolved_broad"
            if loc is None:
                unlocated.append((start, end))
                continue
            precision = 3 if loc.kind in ("admin1", "country") or loc.precision >= 3 else 2
            # "the Nkwen neighbourhood of X", "Rangae district": the part's own name, without its noun
            name = self._part_noun_end.sub("", text[start:end]) or text[start:end]
            offset = self._offset_to(text, end, loc, located) if precision == 2 else None
            how = "distance_offset" if offset is not None and how == "unresolved" else how
            how = "listed_settlements" if how == "unresolved" and start in listed else how
            place = _written_at(name, loc, precision, offset=offset)
            placed_names.setdefault(text[start:end], place)
            if told and ("located" in told or not mains or loc.country in mains) \
                    and text[start:end] not in told_names:  # (not a namesake abroad, "... to remember Quintana")
                told_names[text[start:end]] = placed_names[text[start:end]] = place
            first, _sp, rest = text[start:end].partition(" ")
            if rest and first.lower() in self._name_prefixes:
                placed_names.setdefault(rest, place)
            # "Kampung Tanduo ... the battle at Tanduo": the village named again without the word for village that
            # opens its name (words/settlement_name_prefixes.txt) is the same place, a village of the story's towns.
            if rest and first.lower() in self._name_prefixes and precision == 2:
                located_names.setdefault(rest, place)
            out.append((PlaceMention(start, end, name, [place], precision, how, "unresolved"), place))
        # "Troops sweep Tanduo" (a headline, no locator) ... "Kampung Tanduo, a village in Lahad Datu district": the
        # bare name placed only by a country is the village placed by its full name, wherever that comes.
        for k, (m, place) in enumerate(out):
            # "Gunmen kill 11 soldiers at Tourine" (a headline, placed by its paragraph's town) ... "at Tourine, a
            # mining area north of Zouerate": every mention of the name lies where the text says it does.
            told_at = told_names.get(text[m.start:m.end])
            if told_at is not None and told_at is not place:
                out[k] = (PlaceMention(m.start, m.end, told_at.name, [told_at], told_at.precision, m.modifier,
                                       "unresolved"), told_at)
                continue
            better = located_names.get(text[m.start:m.end]) if place.precision >= 3 else None
            if better is not None:
                out[k] = (PlaceMention(m.start, m.end, better.name, [better], better.precision, "unresolved",
                                       "unresolved"), better)
        return out, unlocated

    def _between(self, text: str, located: list[tuple[PlaceMention, Place]]) -> list[tuple[PlaceMention, Place]]:
        """"a landmine on the road between Bambari and Grimari", "on the Bambari-Grimari road", "on the road from
        Bambari to Grimari": one act on one
        stretch, placed at the first town with precision 2 (rule place.between); the second town only bounds the
        stretch and is no place of its own, so the act is not split in two. Of a hyphenated pair, the town the
        story names more often elsewhere places it."""
        # "the Damascus-Sweida highway" in a story that names Sweida again, and Damascus nowhere else: Sweida's.
        times_named = Counter(p.name for m, p in located if m.modifier not in ("dateline", "org"))

        def fold(m: PlaceMention, p: Place, nxt: tuple[PlaceMention, Place]) -> tuple[PlaceMention, Place] | None:
            joined = text[m.end:nxt[0].start] == "-" and bool(self._road_after.match(text, nxt[0].end))
            gap = text[m.end:nxt[0].start]
            if not (joined or gap == " and " and self._between_before.search(text, max(0, m.start - 20), m.start)
                    or gap == " to " and self._road_from_before.search(text, max(0, m.start - 30), m.start)) \
                    or m.modifier in ("dateline", "org") or p.kind != "city" or nxt[1].kind != "city":
                return None
            if joined:  # one name as written: the second town is no unknown "Kaduna highway" of its own
                second = times_named[nxt[1].name] > times_named[p.name]
                town, cands = (nxt[1], nxt[0].candidates) if second else (p, m.candidates)
                return PlaceMention(m.start, nxt[0].end, text[m.start:nxt[0].end], cands, 2, "between_towns",
                                    m.match), town
            # "between Bunia and Mahagi", "from Gusau to Tsafe": the pair's whole span, so that the second town is
            # read as no unknown name of its own, nor "Mahagi at Nizi" as one name
            return PlaceMention(m.start, nxt[0].end, text[m.start:nxt[0].end], m.candidates, 2, "between_towns",
                                m.match), p
        return _fold_pairs(located, fold)

    def _parts_of_towns(self, text: str, located: list[tuple[PlaceMention, Place]]
                        ) -> list[tuple[PlaceMention, Place]]:
        """"the Poblacion area of Marawi", "the Nkwen neighbourhood of Bamenda": the part keeps its name at the
        town's point, precision 2, whatever namesake the gazetteer has elsewhere (rule place.part_of_town)."""
        out = self._quarters_of_towns(text, located)
        for k in range(len(out) - 1):
            (m, p), (tm, town) = out[k], out[k + 1]
            gap = self._part_of.fullmatch(text, m.end, tm.start)
            if gap is None or town.kind not in ("city", "site") or tm.modifier in ("dateline", "org") \
                    or p.kind in ("country", "admin1"):
                continue
            if m.modifier == "district" and km(p.lat, p.lon, town.lat, town.lon) > _TOWN_PART_KM:
                continue  # "Rueso district of Narathiwat": a district of the province, seated at its own town
            part = _written_at(m.text, town, kind="site", resolved=True)
            out[k] = (PlaceMention(m.start, m.end, m.text, [part], 2, "part_of_town", m.match), part)
        for k in range(len(out) - 1):
            # "Baghdad's Karrada district", "Aleppo's Salaheddine district": a town's possessive before a name the
            # text calls a district is a district inside that town (as "the X district of Y" is), when the index
            # puts the name within the town or only abroad ("Kinshasa's Gombe district", not Gombe in Angola); a
            # district of the town's province away from it stays itself.
            (tm, town), (m, p) = out[k], out[k + 1]
            if town.kind != "city" or tm.modifier in ("dateline", "org") or m.modifier not in ("district", "province") \
                    or p.kind not in ("city", "site") or not self._possessive_gap.fullmatch(text, tm.end, m.start) \
                    or not self._called_district(text, m) \
                    or p.country == town.country and km(p.lat, p.lon, town.lat, town.lon) > _TOWN_PART_KM:
                continue
            part = _written_at(m.text, town, kind="site", resolved=True)
            out[k + 1] = (PlaceMention(m.start, m.end, m.text, [part], 2, "part_of_town", m.match), part)
        return self._parts_abroad(text, out)

    def _called_district(self, text: str, m: PlaceMention) -> bool:
        """Is the name `m` called a district ("Karrada district", or "Salaheddine district" as its whole name)?"""
        after = re.match(r"\s+([A-Za-z-]+)", text[m.end:m.end + 30])
        last = m.text.split()[-1].lower()
        return last in self.district_nouns or bool(after) and after.group(1).lower() in self.district_nouns

    def _parts_abroad(self, text: str, out: list[tuple[PlaceMention, Place]]) -> list[tuple[PlaceMention, Place]]:
        """"Windsor, a suburb of Durban", "Nairobi's Eastleigh": a part of a town the text names, whose namesake
        the gazetteer found in another country (Windsor in Canada, Eastleigh in England), keeps its name at the
        town's point, precision 2 (rule place.part_of_town). Only abroad: "Aleppo's Tal Rifaat" is a town of
        Aleppo's province, placed on its own."""
        def as_part(k: int, town: Place) -> None:
            m = out[k][0]
            part = _written_at(m.text, town, kind="site", resolved=True)
            out[k] = (PlaceMention(m.start, m.end, m.text, [part], 2, "part_of_town", m.match), part)

        for k in range(len(out) - 1):
            (m, p), (tm, town) = out[k], out[k + 1]
            if town.kind == "city" and tm.modifier not in ("dateline", "org") and p.kind in ("city", "site") \
                    and p.country != town.country and m.modifier != "part_of_town" \
                    and self._part_apposition.fullmatch(text, m.end, tm.start):
                as_part(k, town)  # "Windsor, a suburb of Durban"
            (tm, town), (m, p) = out[k], out[k + 1]
            # (a capital or a city of a million, or a town next door, after a city's possessive is that government's
            # business there: "Kyiv's Kursk incursion", "Washington's Kabul embassy")
            if town.kind == "city" and tm.modifier not in ("dateline", "org") and p.kind in ("city", "site") \
                    and p.country not in self.gazetteer.neighbours({town.country}) and m.modifier != "part_of_town" \
                    and p.population < 1000000 and not self._is_capital(p) \
                    and self._possessive_gap.fullmatch(text, tm.end, m.start):
                as_part(k + 1, town)  # "Nairobi's Eastleigh"
        for k, (m, p) in enumerate(out):
            # "KHARKIV - ... the city's Kyivskyi district": not Poltava's or Donetsk's namesake, but a part of the
            # last town named before it (the dateline's too), when the namesake lies away from that town
            if m.modifier == "part_of_town" or p.kind not in ("city", "site") \
                    or not self._the_town_possessive.search(text, max(0, m.start - 30), m.start):
                continue
            town = next((t for tm, t in reversed(out[:k]) if t.kind == "city" and tm.modifier != "org"), None)
            if town is not None and km(p.lat, p.lon, town.lat, town.lon) > _TOWN_PART_KM:
                as_part(k, town)
        return out

    def _quarters_of_towns(self, text: str, located: list[tuple[PlaceMention, Place]]
                           ) -> list[tuple[PlaceMention, Place]]:
        """"Mosul al-Jadida", "Misrata al-Balad": a town's name and, one space after it, a name opening with an
        article joined by a hyphen, which the index knows only apart, is a quarter of that town, named as
        written at the town's point, precision 2 (rule place.part_of_town); not the town plus a namesake of the
        second name elsewhere (a Balad in Iraq)."""
        def fold(m: PlaceMention, p: Place, nxt: tuple[PlaceMention, Place]) -> tuple[PlaceMention, Place] | None:
            if text[m.end:nxt[0].start] != " " or p.kind != "city" or not p.resolved \
                    or m.modifier in ("dateline", "org") or not self._article_hyphen.match(nxt[0].text):
                return None
            name = text[m.start:nxt[0].end]
            part = _written_at(name, p, kind="site", resolved=True)
            return PlaceMention(m.start, nxt[0].end, name, [part], 2, "part_of_town", m.match), part
        return _fold_pairs(located, fold)

    def _locates_town_before(self, text: str, start: int, end: int, located: list[tuple[PlaceMention, Place]],
                             names: list[tuple[int, int]]) -> bool:
        """"in Butig, Lanao del Sur, on Friday": an unknown name right after a known town and a comma, closing
        no list, is the town's province or district, not a second place (rule place.region_locator)."""
        prev = [(m, p) for m, p in located if m.end <= start and text[m.end:start] == ", "]
        if not prev or prev[-1][1].kind != "city" or not prev[-1][1].resolved or prev[-1][0].modifier == "dateline":
            return False
        town = prev[-1][0]
        before_town = [b for a, b in names if b <= town.start]
        if before_town and self._list_gap.fullmatch(text[before_town[-1]:town.start]):
            return False  # "A, B, C": a list
        gap = self._list_gap.match(text, end, end + 12)  # "A, B and C", "A, B, C": a list goes on
        return gap is None or not text[gap.end():gap.end() + 1].isupper()

    def _broad_locator(self, text: str, start: int, located: list[tuple[PlaceMention, Place]]) -> Place | None:
        """Where a name with no town to locate it by lies, as far as the text says (rule place.unresolved_broad):
        the region, else the country the text names (its paragraph first, then the whole text; the most named),
        precision 3. ACLED never drops an act for its place. Not a capital's dateline: reports are filed from
        capitals far from the act (measured: the dateline cost a sealed-set event), though its country is the
        story's when the text names none; a provincial town's ("MAIDUGURI, Nigeria - ... the Dalori camp") is
        closer to the act than the country's capital."""
        lo, hi = line_bounds(text, start)
        found = None
        own = self._paragraph_countries(text, located, lo, hi)
        own_country = Counter(own).most_common(1)[0][0] if own else None
        for kind in BROAD_KINDS:
            # "in northern Israel" locates no unknown name as a region would: it is a part of the country, which
            # the country's mention says as well as it (place.compass_region).
            # A country across an edge ("in Pulka, near the Cameroon border") is the neighbour's, not the act's.
            named = [(m, p) for m, p in located if p.kind == kind and p.resolved
                     and m.modifier not in ("org", "compass_region")
                     and (kind != "country" or not self.across_edge(text, m.start, m.end)
                          and not self._came_from(text, m.start))]
            # (a region of another country than the one the paragraph says it is set in is no locator: "X and Y
            # in western Niger ... where French troops fought in the Gourma area" of Mali, or Burkina Faso's)
            mine = [p for m, p in named if lo <= m.start < hi and (not own or p.country in own)]
            # A region another paragraph names, only in the country this one names ("In Mali, jihadists attacked
            # X", in a round-up that names Kaduna State in a paragraph on Nigeria: X is in Mali).
            anywhere = [p for _m, p in named if own_country is None or p.country == own_country]
            found = next((Counter(w).most_common(1)[0][0] for w in (mine, anywhere) if w), None)
            if found is not None and kind != "country":
                return found
        if found is None:
            # ("Bint Jbeil-Sharqi in south Lebanon": the country the compass phrase names is where the act was, though
            # the phrase is no region to locate by; not a force's home, "an Israeli strike")
            part = [p for m, p in located if m.modifier == "compass_region" and p.resolved and lo <= m.start < hi
                    and (not own or p.country in own)]
            found = self.gazetteer.country_place(part[-1].country) if part else None
        town = next((p for m, p in located if m.modifier == DATELINE and p.kind == "city" and p.resolved), None)
        if town is None or found is not None and found.country != town.country:
            return found  # (a dateline abroad, "DUBAI - ... in Yemen", says nothing of where the act was)
        capital = self.gazetteer.capital_city(town.country)
        if capital is None or km(town.lat, town.lon, capital.lat, capital.lon) > SITE_KM:
            return town
        # "MOGADISHU (Reuters) - ... attacked a base in Bulo Marer": the capital is where the reporter sat, but its
        # country is where the story is, when the text names no other (the act is not dropped for its place).
        return found or self.gazetteer.country_place(town.country)

    def _named_settlement(self, text: str, m: PlaceMention) -> bool:
        """The name comes right after "the town/village/city of"."""
        return bool(self._settlement_of.search(text, max(0, m.start - 40), m.start))

    def group_countries(self, text: str, memo: bool = True) -> set[str]:
        """The home countries of the armed groups `text` names ("Al-Shabaab fighters stormed X" -> SO): where such a
        group acts is its country as a rule, so its namesakes there come first. The first letter of a name in
        either case ("al-Shabaab" as news writes it). Found at the words that open a name (one pass over the
        text's words, not one regex of every name over the text), once per text."""
        if self._group_memo[0] == text:
            return self._group_memo[1]
        if self._group_first is None:
            groups = self.kb.actors.home_groups()
            by_first: dict[str, list[str]] = {}
            for k in groups:
                by_first.setdefault(_first_word(k).lower(), []).append(k)
            self._group_country = {_first_lower(k): c for k, c in groups.items()}
            # (per first word, its names longest first, the first letter in either case)
            self._group_first = {w: _names_re(ks) for w, ks in by_first.items()}
        found = set()
        for w in _NAME_WORD.finditer(text):
            pat = self._group_first.get(w.group().lower())
            if pat is None or w.start() and (text[w.start() - 1].isalnum() or text[w.start() - 1] in "-_"):
                continue
            m = pat.match(text, w.start())
            if m is not None:
                found.add(self._group_country[_first_lower(" ".join(m.group().split()))])
        if memo:  # (not for a paragraph looked at once: the whole text's memo is kept)
            self._group_memo = (text, found)
        return found

    def demonym_countries(self, text: str) -> set[str]:
        """The countries the demonyms of `text` name ("Syrian government forces" -> SY)."""
        return {cc for _end, d in self._demonym_hits(text) for cc in self._demonym_country[d]}

    def _demonym_hits(self, text: str) -> list[tuple[int, str]]:
        """(end, demonym) of each demonym of `text` that is no foreign hand ("Rwandan-backed"), left to right."""
        memo_text, memo_hits = self._demonym_memo
        if text == memo_text:
            return memo_hits
        hits = self._scan_demonyms(text)
        self._demonym_memo = (text, hits)
        return hits

    def _scan_demonyms(self, text: str) -> list[tuple[int, str]]:
        if self._demonym_re is None:
            return []
        if self._demonym_by_word is None:
            return [(m.end(), m.group(1)) for m in self._demonym_re.finditer(text)
                    if not self._foreign_hand.match(text, m.end(), m.end() + 40)
                    and not self._border_after.match(text, m.end(), m.end() + 40)]
        # What the regular expression finds, left to right: at each place, the first demonym of its order that
        # stands there between word boundaries; the next search starts where that one ends.
        found = []
        for word in self._demonym_by_word.keys() & set(_WORD.findall(text)):
            for d in self._demonym_by_word[word]:
                at = text.find(d)
                while at >= 0:
                    if _word_boundary(text, at) and _word_boundary(text, at + len(d)):
                        found.append((at, self._demonym_rank[d], d))
                    at = text.find(d, at + 1)
        out: list[tuple[int, str]] = []
        done = 0
        for at, _rank, d in sorted(found):
            if at >= done:
                done = at + len(d)
                if not self._foreign_hand.match(text, done, done + 40) \
                        and not self._border_after.match(text, done, done + 40):
                    out.append((done, d))
        return out

    def _raw_mentions(self, text: str, toks: list[Tok]) -> list[PlaceMention]:
        """Every name-like n-gram the index knows, left to right, longest first at each name word."""
        headlines = _headline_lines(text)
        raw: list[PlaceMention] = []
        surnames: set[str] = set()
        i = 0
        while i < len(toks):
            found = None
            if self._is_name_token(toks[i][2]):
                headline = any(a <= toks[i][0] < b for a, b in headlines)
                # The word before is part of the same capitalised name and matched nothing ("Kabtan" in
                # "Kafr Kabtan al-Jabal", "Steve" in "Col. Steve Warren"): this word is no name's start.
                after_name = not headline and self._after_name_word(text, toks, i) and not (
                    raw and raw[-1].end >= toks[i - 1][1] and raw[-1].match == "exact")
                found = self._match_at(text, toks, i, headline, after_name)
                if found is not None:
                    found = self._with_kind_noun(text, toks, i, found, headline)
                if found is not None and not headline and self._closed_unknown(text, toks, i + found[1], found[0]):
                    i += found[1] + 1  # "Denham Town" is no Denham in England: a name the index lacks (unresolved)
                    continue
                if found is None and self._titled(text, toks, i):
                    surnames.add(name_key(toks[i][2]))
            if found is None:
                i += 1
                continue
            raw.append(found[0])
            i += found[1]
        # A surname the article gave with a title ("former President Evo Morales") is that person's wherever it
        # stands alone later ("the day Morales resigned"), not a namesake town abroad.
        raw = [m for m in raw if name_key(m.text) not in surnames or any(_trusted(p) for p in m.candidates)]
        return self._drop_split_names(text, raw)

    def _with_kind_noun(self, text: str, toks: list[Tok], i: int, found: tuple[PlaceMention, int],
                        headline: bool) -> tuple[PlaceMention, int]:
        """"the Preah Vihear temple": a name and the lower-case noun after it that the index knows together (a
        site named with its kind) are that site, not the region or town the name alone matches."""
        m, n = found
        j = i + n
        if j >= len(toks) or not _spaced(text, toks, j) or not toks[j][2].islower():
            return found
        key = name_key(f"{m.text} {toks[j][2]}")
        if key == name_key(m.text):
            return found  # "bussed to Gao as in Kidal": a word the key drops (an Arabic article) is no kind
        cands = self.gazetteer.by_key(key)
        if not cands:
            return found
        made = self._make(text, toks, i, n + 1, cands, "exact", headline)
        return made if made is not None else found

    def _closed_unknown(self, text: str, toks: list[Tok], j: int, m: PlaceMention) -> bool:
        """Does a capitalised noun that closes a place's name (words/name_closing_nouns.txt: "Denham Town",
        "Tivoli Gardens") follow the known name `m` at token j, the whole unknown to the index? Then the name is
        another place's, which the index lacks, unless `m` is a hand-checked place or a region."""
        if j >= len(toks) or not _spaced(text, toks, j) or any(_trusted(p) for p in m.candidates):
            return False
        word = toks[j][2]
        return word[:1].isupper() and word[1:].islower() and word.lower() in self._closing_nouns \
            and not self.gazetteer.by_key(name_key(f"{m.text} {word}"))

    def _titled(self, text: str, toks: list[Tok], i: int) -> bool:
        """Is the name word at i a person's surname, by a title one space before it or before its first name
        ("President Assad", "opposition leader Andry Rajoelina"; not across a line or a sentence's end)?"""
        if toks[i][2].lower() in self.titles or (
                i + 1 < len(toks) and _spaced(text, toks, i + 1) and toks[i + 1][2][:1].isupper()):
            return False  # a title itself, or a first name: the surname is the name's last word
        return any(k <= i and toks[i - k][2].lower() in self.titles
                   and all(toks[j][2][:1].isupper() and _spaced(text, toks, j)
                           for j in range(i - k + 1, i + 1)) for k in (1, 2))

    def _kind_noun(self, word: str) -> bool:
        """A word naming a kind of place ("Territory", "Local Government Area", "Province", "Camp"): after a
        name, it says the name is a place's, not the first half of a longer one."""
        k = name_key(word)
        return k in self._district_words or k in self.admin_suffixes or k in self.place_nouns \
            or k in self.locality_nouns or k in self.settlement_nouns

    def _drop_split_names(self, text: str, raw: list[PlaceMention]) -> list[PlaceMention]:
        """Two names one space apart that the index knows only word by word ("Mir Ali": a Belarusian Mir and an
        Indian Ali) are one name it does not know, not two places: neither is kept, and
        the name as a whole may still be placed by what the text says of it (place.unresolved). A trusted place
        (country, region, hand-checked row) is a name of its own, and so is one followed by a kind of place
        ("Beni Territory"), and so is a town before a name opening with a hyphened article ("Mosul al-Jadida": a
        quarter of the town, see _quarters_of_towns)."""
        drop: set[int] = set()
        for k in range(len(raw) - 1):
            a, b = raw[k], raw[k + 1]
            if text[a.end:b.start] == " " and not any(_trusted(p) for p in (*a.candidates, *b.candidates)) \
                    and not self._kind_noun(b.text.split(" ", 1)[0]) and not self._article_hyphen.match(b.text):
                drop.update((k, k + 1))
        return [m for k, m in enumerate(raw) if k not in drop] if drop else raw

    def _mark_datelines(self, text: str, mentions: list[PlaceMention]) -> None:
        """A name in a dateline ("KYIV (Reuters) -") is where the report was filed, not where things happened."""
        for m in [*self._dateline.finditer(text), *self._lead_dateline.finditer(text)]:
            for mention in mentions:
                if m.start() <= mention.start < m.end():
                    mention.modifier = "dateline"

    # -- name words

    def _is_name_token(self, tok: str) -> bool:
        return tok[:1].isupper() or bool(self._article_hyphen.match(tok))

    def _name_word(self, tok: str) -> bool:
        """A word that can be part of a person's or a place's name: "Steve", "al-Assad", "Ag"; not an acronym
        ("IS", "SDF") nor a compound such as "Pro-Damascus" or "Russian-backed"."""
        known = self._name_word_memo.get(tok)  # asked of each capitalised word several times per article
        if known is None:
            if len(self._name_word_memo) >= _MEMO_LIMIT:
                self._name_word_memo.clear()
            known = self._name_word_memo[tok] = self._is_name_word(tok)
        return known

    def _is_name_word(self, tok: str) -> bool:
        if self._article_hyphen.match(tok):
            return True
        if not tok[:1].isupper() or (len(tok) > 1 and tok.isupper()):
            return False
        parts = re.split(r"[-'’]", tok)
        return parts[0].lower() not in self.compound_prefixes and all(
            p[:1].isupper() or p.lower() in self.connectors or len(p) <= 1 for p in parts)

    def _neutral(self, word: str) -> bool:
        """Capitalised words that say nothing about a neighbouring name: days, months, function words,
        demonyms, titles, place nouns ("Aleppo Thursday", "Syrian Aleppo", "Homs Governor")."""
        k = name_key(word)
        return not k or (k in self.stop and k not in self.person_stop) or k in self.demonyms \
            or k in self.titles or k in self.place_nouns or k in self.admin_suffixes or k in self.org_words \
            or k in self._district_words

    def _next_name_word(self, text: str, toks: list[Tok], j: int) -> str | None:
        """The capitalised name word right after a match (one space apart), if it is not a neutral word."""
        if j >= len(toks) or not _spaced(text, toks, j):
            return None
        word = toks[j][2]
        return word if self._name_word(word) and not self._neutral(word) else None

    def _head_of_longer_name(self, text: str, toks: list[Tok], j: int) -> bool:
        """Does the name go on past token j-1 through a connector and a capitalised word ("Lanao del Sur",
        "Cagayan de Oro")? Then the words before are no place of their own: the PH village "Lanao" is not the
        province "Lanao del Sur". A connector that is an English word ("as", "at")
        ends the name: "in Daraa as Syrian forces...". """
        if j + 1 >= len(toks) or not _spaced(text, toks, j) or not _spaced(text, toks, j + 1):
            return False
        link, word = toks[j][2], toks[j + 1][2]
        return link.islower() and link in self.connectors and link not in self.stop \
            and self._name_word(word) and not self._neutral(word)

    def _after_name_word(self, text: str, toks: list[Tok], i: int) -> bool:
        """Is token i preceded (one space apart) by a capitalised name word that is not a sentence's first?"""
        if i == 0 or not _spaced(text, toks, i):
            return False
        word = toks[i - 1][2]
        if word[:1].isupper() and word.lower() in self.connectors and i > 1:
            return self._after_name_word(text, toks, i - 1)  # "Kabtan Al Jabal": the article is inside the name
        if not self._name_word(word) or self._neutral(word):
            return False
        if i > 1 and toks[i - 2][2].lower() in self.titles:
            return True  # "Col. Steve Warren": the full stop of "Col." does not end a sentence
        return not _at_sentence_start(text, toks[i - 1][0])

    def _beside_capital(self, text: str, toks: list[Tok], i: int) -> bool:
        """Is token i next to another capitalised word (one space apart), not counting a sentence's first?"""
        if i + 1 < len(toks) and _spaced(text, toks, i + 1) and self._is_name_token(toks[i + 1][2]):
            return True
        if i > 0 and _spaced(text, toks, i) and toks[i - 1][2][:1].isupper():
            return not _at_sentence_start(text, toks[i - 1][0])
        return False

    def _known_place_word(self, word: str) -> bool:
        """Is `word` on its own the trusted name of a real place (not a surname met in an alias list)?"""
        k = name_key(word)
        if not k or k in self.stop or k in self.demonyms:
            return False
        return any(not p.via_alias and (_trusted(p) or p.population >= 10000) for p in self.gazetteer.by_key(k))

    # -- matching

    def _spans(self, text: str, toks: list[Tok], i: int) -> list[tuple[int, str]]:
        """Candidate n-grams starting at token i: (tokens used, surface text), longest first."""
        out: list[tuple[int, str]] = []
        j = i
        while j < len(toks) and j - i < 5:
            if j > i:
                gap = text[toks[j - 1][1]:toks[j][0]]
                if gap[:2] in ("'s", "’s") and gap[2:] == " " and self._is_name_token(toks[j][2]):
                    # "Cox's Bazar": a possessive inside a name; tried whole (known to the index or not at all)
                    # before the words on either side of it.
                    out.append((j - i + 1, text[toks[i][0]:toks[j][1]]))
                    break
                if gap.strip() or "\n" in gap or toks[j - 1][1] != toks[j - 1][0] + len(toks[j - 1][2]):
                    break  # punctuation, a line break or a possessive ends the name
                word = toks[j][2]
                if not (self._is_name_token(word) or word.lower() in self.connectors or word.isdigit()):
                    self._tail(text, toks, i, j, out)
                    break
            if toks[j][2].lower() not in self.connectors:
                out.append((j - i + 1, text[toks[i][0]:toks[j][1]]))
            j += 1
        return sorted(out, key=lambda x: -x[0])

    def _tail(self, text: str, toks: list[Tok], i: int, j: int, out: list[tuple[int, str]]) -> None:
        """Lower-case words that may end a name: "Hama province", "Abu al-Duhur air base", "Nduga regency", and a
        site told in lower case up to its site word ("the Zaporizhzhia nuclear power plant"), tried only as a
        whole the index knows."""
        for k in range(j, min(j + TAIL_WORDS, len(toks))):
            word = toks[k][2]
            low = word.lower()
            if k > j and not _spaced(text, toks, k):
                return
            if low in self.admin_suffixes or low in self.site_words or low in self.district_nouns:
                out.append((k - i + 1, text[toks[i][0]:toks[k][1]]))
                if low not in self.site_words:
                    return
            elif k - j >= 2 or not word.isalpha() or not word.islower() or low in self.function_words:
                return

    def _never_a_place(self, key: str) -> bool:
        """Stop words, demonyms, and n-grams opening with a word no place name opens with."""
        return not key or key in self.stop or key in self.demonyms or key.split()[0] in self.lead_stop

    def _town_despite_lead(self, n: int, key: str) -> bool:
        """"May Pen", "Spanish Town": a name of two words or more opening with a month or a demonym (which no place
        name opens with as a rule: "May 5", "Syrian state") that is a town's own name in GeoNames, of
        LEAD_WORD_TOWN_POPULATION or more."""
        first = key.split()[0] if key else ""
        if n < 2 or key in self.stop or not (first in self._months or first in self.demonyms):
            return False
        return any(p.kind == "city" and not p.via_alias and p.population >= LEAD_WORD_TOWN_POPULATION
                   for p in self.gazetteer.by_key(key))

    def _known_spans(self, spans: list[tuple[int, str, str]]) -> tuple[set[str], dict[str, str]]:
        """Which span keys the index has exactly, and surface -> skeleton for the spans whose (usable)
        skeleton it has; acronyms are never matched by skeleton."""
        gaz = self.gazetteer
        exact = gaz.known_names([k for _n, _s, k in spans])
        skels = {s: skeleton_key(s) for _n, s, _k in spans if not s.isupper()}
        skels = {s: sk for s, sk in skels.items() if skeleton_usable(sk, relaxed=True)}
        have = gaz.known_skeletons(list(skels.values()))
        return exact, {s: sk for s, sk in skels.items() if sk in have}

    def _match_at(self, text: str, toks: list[Tok], i: int, headline: bool = False,
                  after_name: bool = False) -> tuple[PlaceMention, int] | None:
        spans = [(n, s, name_key(s)) for n, s in self._spans(text, toks, i)]
        spans = [(n, s, k) for n, s, k in spans if not self._never_a_place(k) or self._town_despite_lead(n, k)]
        if not spans:
            return None
        exact, skels = self._known_spans(spans)
        joined = self._joined_spans(spans, exact)
        # Longest span first; for one span an exact key beats the skeleton ("Marat Numan" as a whole
        # matches by skeleton before the single word "Marat" matches some village exactly).
        for n, s, k in spans:
            lead_demonym = n > 1 and k.split()[0] in self.demonyms  # "Dominican Republic", not "Thai Binh"
            if k in exact:
                # "Salvador" is no name of El Salvador: a country's name is not written without its article.
                cands = tuple(p for p in self.gazetteer.by_key(k)
                              if p.kind != "country" or not _article_dropped(s, p.name))
                if not cands or lead_demonym and not any(_trusted(p) for p in cands) \
                        and not self._town_despite_lead(n, k):
                    continue
                return self._make(text, toks, i, n, cands, "exact", headline, after_name)
            if k in joined and not lead_demonym:
                # (a town's own name only: "Kot Ali" is no Kotli, which GeoNames also spells Kotali)
                cands = tuple(p for p in self.gazetteer.by_key(joined[k]) if p.kind == "city" and not p.via_alias)
                if cands:
                    return self._make(text, toks, i, n, cands, "exact", headline, after_name)
            if s in skels and not after_name and not lead_demonym and not self._exact_head(n, s, spans, exact):
                # A fuzzy match is never the tail of a longer name whose first words matched nothing.
                cands = tuple(p for p in self.gazetteer.by_skeleton(skels[s], k) if p.kind != "country")
                if cands:
                    return self._make(text, toks, i, n, cands, "skeleton", headline, after_name)
        return None

    def _joined_spans(self, spans: list[tuple[int, str, str]], exact: set[str]) -> dict[str, str]:
        """Two-word span keys the index lacks but has as one word: transliterations write a name's parts apart or
        together ("Wanla Weyn" is Wanlaweyn, "Beled Weyne" Beledweyne, "Bar Dhere" Baardheere's Bardhere). Only
        words of JOINED_WORD letters or more: two short words run together meet other names ("Al Bab", "Ban Ki")."""
        keys = {k: k.replace(" ", "") for n, s, k in spans
                if n == 2 and k not in exact and not s.isupper() and k.count(" ") == 1
                and all(len(w) >= JOINED_WORD for w in k.split())}
        have = self.gazetteer.known_names(list(set(keys.values()))) if keys else set()
        return {k: j for k, j in keys.items() if j in have}

    def _exact_head(self, n: int, surface: str, spans: list[tuple[int, str, str]], exact: set[str]) -> bool:
        """"Rueso district": the name without its district noun is a place's own ("Rueso"), so the whole is not
        matched by its skeleton to another region ("Ruse", Bulgaria); the noun adds nothing to a fuzzy match."""
        last = surface.rsplit(" ", 1)[-1]
        # (nor "the Kobani region", a town's area written in lower case: not "Kuban region", Krasnodar Krai)
        if n < 2 or last.lower() not in self.district_nouns and last not in self._region_nouns:  # not "Sinai
            return False  # Province": a region's name is often fuzzy
        return any(m == n - 1 and k in exact for m, _s, k in spans)

    # -- whose name is it

    def campus_town(self, before: str, after: str) -> bool:
        """place.campus_town: is a town's name inside a campus's name told as where people were ("students at
        Bahir Dar University": the campus noun in `after`, the text right after the name, and a site preposition
        at the end of `before`; "on the campus of the University of Lubumbashi": both before it;
        words/campus_nouns.txt)? Then it is the act's town, not an organisation's name."""
        return bool(self._campus_after.match(after) and self._campus_site_before.search(before)
                    or self._campus_before.search(before))

    def _person_or_org(self, text: str, toks: list[Tok], i: int, n: int, before: str, after: str,
                       cands: Sequence[Place] = ()) -> str | None:
        """"person" when a title or a speech verb says the name is somebody's, "org" when the words around it
        make it part of an organisation's name, else None."""
        prev = toks[i - 1][2].lower().rstrip(".") if i > 0 else ""
        if prev in self.titles and text[toks[i - 1][1]:toks[i][0]].strip() in ("", "."):
            return "person"  # "President Assad", "Gen. Suheil", "opposition leader Aung San Suu Kyi"
        if self._titled_given_names(text, toks, i):
            return "person"  # "social leader Maria Valencia": a title, a given name, then a town's name as surname
        if self._title_opened_name(text, toks, i, n, cands):
            return "person"  # "Sheikh Ahmed Madobe's nephew": no village Sheikh Ahmad
        if self._effigy_before.search(before):
            return "person"  # "toppled the statue of Leopold", "a monument to Lenin"
        if cands and self.campus_town(before, after):
            # "students at Bahir Dar University": a town the gazetteer knows, the campus's, is where they were (an
            # unknown name before "University" is the campus's own name, no town)
            return None
        nxt = toks[i + n][2] if i + n < len(toks) else ""
        joined = i + n < len(toks) and not text[toks[i + n - 1][1]:toks[i + n][0]].strip(" ")
        if joined and nxt[:1].isupper() and nxt.lower() in self.org_words:
            return "org"  # "Aleppo Media Center", "Kyiv Independent", "Damascus University"
        if self._media_after.match(after) or self._org_of_before.search(before):
            return "org"  # "Mayadeen television", "University of Aleppo"
        if self._state_organ_after.match(after) and any(self._is_capital(p) for p in cands) \
                and not self._place_prep.search(before):
            return "org"  # "Pretoria's defence ministry said 16 soldiers were killed there": the state, no place
        if self._government_after.match(self._do_after.sub(" ", after, count=1)) \
                and any(self._is_capital(p) for p in cands) \
                and not self._place_prep.search(before) and not self._list_gap_before.search(before):
            return "org"  # "urging that Paris send troops", "Moscow denied": the government, no place
        if self._foreign_hand.match(after) and any(p.kind == "country" for p in cands):
            return "org"  # "Spain's foreign ministry", "Rwanda-backed rebels": no evidence of where places lie
        if _NICKNAME_AFTER.match(after) or _NICKNAME_AROUND[0].search(before) and _NICKNAME_AROUND[1].match(after):
            return "person"  # 'Joaquin "El Chapo" Guzman': a given name, a quoted nickname and a surname
        # "Ahmad Hama said": a capitalised word right before, not itself part of the match, and a speech verb.
        if self._speech_after.match(after) and i > 0 and \
                toks[i - 1][2][:1].isupper() and not text[toks[i - 1][1]:toks[i][0]].strip():
            return "person"
        return None

    def _title_opened_name(self, text: str, toks: list[Tok], i: int, n: int, cands: Sequence[Place]) -> bool:
        """Does a match that opens with a person's title ("Sheikh Ahmed", a village's name too) go on with another
        name word, no place's ("Sheikh Ahmed Madobe")? Then it is a person's name, even where a hand-checked
        village bears it, unless a city of 100,000 does."""
        j = i + n
        if n < 2 or toks[i][2].lower().rstrip(".") not in self.titles or j >= len(toks) or not _spaced(text, toks, j):
            return False
        word = toks[j][2]
        return self._name_word(word) and not self._neutral(word) and not self._kind_noun(word) \
            and not self._known_place_word(word) and not any(p.population >= 100000 for p in cands)

    def _titled_given_names(self, text: str, toks: list[Tok], i: int) -> bool:
        """Is token i the last of a name of two or three words that a title opens ("leader Maria Valencia",
        "spokesman Musa Ali Kano")? Its given names stand between the title and it, one space apart."""
        for k in (1, 2):
            if i - k - 1 < 0 or not all(_spaced(text, toks, j) for j in range(i - k, i + 1)):
                return False
            word = toks[i - k][2]
            if not word[:1].isupper() or not self._name_word(word) or self._neutral(word) \
                    or name_key(word) in self.stop:
                return False
            title = toks[i - k - 1][2]
            if title.lower().rstrip(".") in self.titles:
                return True
        return False

    def _is_capital(self, p: Place) -> bool:
        """Is `p` the city its country's events are placed at (the capital)?"""
        if p.kind != "city":
            return False
        country = self.gazetteer.country_place(p.country)
        return country is not None and abs(country.lat - p.lat) < 0.05 and abs(country.lon - p.lon) < 0.05

    def _in_list_of_leaders(self, before: str, after: str) -> bool:
        """"Obama, Cameron and Hollande": a town's name between leaders' names is one more leader's."""
        prev = self._item_before.search(before)
        nxt = self._item_after.match(after)
        if nxt is not None and _POSSESSIVE_APPOSITION.match(after):
            nxt = None  # "Kalinovka, Shoigu's former command post": the town described, not a list
        return any(x is not None and x.group(1).lower() in self.person_stop for x in (prev, nxt))

    def _headline_person(self, text: str, toks: list[Tok], i: int, n: int, cands: Sequence[Place]) -> bool:
        """Title Case: every word is capitalised, so only a doubtful one-word town beside another capitalised
        word is dropped ("Amanda Casanova | Contributor")."""
        return n == 1 and self._beside_capital(text, toks, i) and not any(
            _trusted(p) or p.population >= 100000 for p in cands)

    def _prose_person(self, text: str, toks: list[Tok], i: int, n: int, cands: Sequence[Place],
                      after_name: bool, before: str, after: str) -> bool:
        """In prose, a name followed by a capitalised word that is neither a place noun nor a place is a
        person's ("Aung San Suu Kyi", "Vladimir Putin", "Israel Katz"); so is one preceded by an unmatched
        capitalised word ("Juan Cole", "Col. Steve Warren"; a country or region there is qualified: "Free
        Syria", "Upper Egypt"), and one in a list of leaders. A hand-checked place (not a country) never is, unless
        the words after it describe a person ("Abdullahi Nasir, a businessman, was shot": not Nasir in South
        Sudan), or it is a hand-checked site or met by another of its names right after a capitalised word ("Ramlila
        Maidan", "Hotel Safir")."""
        if self._described_as_person(after) and self._after_name_word(text, toks, i):
            return True  # (even when the word before is a place's name too: "Hassan Nasir, a trader")
        if self._next_name_word(text, toks, i + n) is not None \
                and self._described_as_person(text[toks[i + n][1]:toks[i + n][1] + 40]):
            return True  # the given name of such a person: "Hassan" of "Hassan Nasir, a trader"
        # After an unmatched capitalised word, a hand-checked site or a hand-checked place met by one of its other
        # names is that word's name going on ("Ramlila Maidan" is no Maidan of Kyiv, "Hotel Safir" no Al-Safira).
        # (the word before may have matched a place of its own, later doubted: "Jantar Maidan")
        tail = any(p.source == "curated" for p in cands) and (after_name or self._after_name_word(text, toks, i))
        cands = [p for p in cands if not (tail and p.source == "curated" and (p.via_alias or p.kind == "site"))]
        after_name = after_name or tail
        if any(p.source == "curated" and p.kind != "country" for p in cands):
            return False
        nxt = self._next_name_word(text, toks, i + n)
        if nxt is not None and not self._known_place_word(nxt):
            return True
        trusted = any(_trusted(p) for p in cands)
        return (after_name and not trusted) or (not trusted and self._in_list_of_leaders(before, after))

    def _described_as_person(self, after: str) -> bool:
        """Do the words after a name describe a person: an age (", 45,") or a person's noun within three words
        (", a trader", ", a local businessman", ", the father of")? A town's description names a place noun."""
        m = self._apposition_noun.match(after)
        if m is None or m.group(1) is not None:  # (group 1: an age; group 2: the words of a description)
            return m is not None
        for w in m.group(2).lower().split():
            if w in self.place_nouns or w in self.site_words:
                return False  # "Nasir, a town where residents ...": the place is described
            if w in self._person_nouns:
                return True
        return False

    def _make(self, text: str, toks: list[Tok], i: int, n: int, cands: tuple[Place, ...],
              match: str, headline: bool = False, after_name: bool = False) -> tuple[PlaceMention, int] | None:
        start, end = toks[i][0], toks[i + n - 1][1]
        before, after = text[max(0, start - 60):start], text[end:end + 40]
        kind = self._person_or_org(text, toks, i, n, before, after, cands)
        if kind == "person":
            return None
        if kind is None and headline:
            if self._headline_person(text, toks, i, n, cands):
                return None
        elif kind is None and self._prose_person(text, toks, i, n, cands, after_name, before, after):
            return None
        if kind is None and self._head_of_longer_name(text, toks, i + n) and not any(_trusted(p) for p in cands):
            return None
        if kind is None and match == "skeleton" and not headline:
            # A near spelling of a place, even a hand-checked one, before a capitalised word that is no place is a
            # person's given name: "Mahsa Amini" is not Mahas (Somalia).
            nxt = self._next_name_word(text, toks, i + n)
            if nxt is not None and not self._known_place_word(nxt):
                return None
        surface = text[start:end]
        precision, modifier = self._qualify(cands[0], surface, before, after, cands)
        if kind == "org":
            modifier = "org"
        elif modifier == "district":
            cands = tuple(c for c in cands if c.kind == "city")  # the seat, not a site or a hamlet's namesake
        mention = PlaceMention(start, end, surface, list(cands), precision, modifier, match)
        if modifier == "province" and cands[0].kind != "admin1":
            mention = self._as_region(mention, text, after) or mention
        if modifier == "province":
            mention.candidates = self._by_unit_noun(mention.candidates, mention.text, after, before)
        if kind is None and cands[0].kind == "country":
            mention = self._compass_region(mention, text, before) or mention
        return mention, n

    def _by_unit_noun(self, cands: list[Place], surface: str, after: str, before: str = "") -> list[Place]:
        """Admin-1 namesakes in several countries, ordered by the unit's noun the text writes: "Bolivar state" is
        Venezuela's first (its units are states), then Colombia's department and Ecuador's province, and so is "the
        state of Bolivar" (words/admin1_unit_nouns.txt). Only an order among equals: a country the article names
        still wins."""
        regions = [p for p in cands if p.kind == "admin1"]
        if len({p.country for p in regions}) < 2:
            return cands
        last = surface.split()[-1].lower()
        m = self._admin_after.match(after)
        b = self._admin_before.search(before)
        noun = last if last in self.admin_suffixes else (m.group(1).lower() if m else
                                                         b.group(0).split()[0].lower().rstrip("s") if b else None)
        fit = [p for p in regions if noun in self._unit_nouns.get(p.country, ())]
        if not fit or len(fit) == len(regions):
            return cands
        return fit + [p for p in cands if p not in fit]

    def _compass_region(self, mention: PlaceMention, text: str, before: str) -> PlaceMention | None:
        """"into northern Israel": the part of a country that is one of its regions by that name (admin1 aliases
        "Northern Israel" of the Northern District), precision 3 (rule place.compass_region); a country with no
        such region stays the country."""
        m = self._before_dir_adj.search(before)
        if not m or not self._compass_word.fullmatch(m.group(1)):
            return None
        country = mention.candidates[0].country
        regions = [p for p in self.gazetteer.by_key(name_key(f"{m.group(1)} {mention.text}"))
                   if p.kind == "admin1" and p.country == country]
        if not regions:
            return None
        start = mention.start - (len(before) - m.start(1))
        return PlaceMention(start, mention.end, text[start:mention.end], regions, 3, "compass_region", mention.match)

    # -- how the text qualifies a name

    def _qualify(self, best: Place, surface: str, before: str, after: str, cands: Sequence[Place] = ()
                 ) -> tuple[int, str | None]:
        """Precision and modifier from the words around the name."""
        last = surface.split()[-1].lower()
        if best.kind == "country":
            return 3, None
        if best.kind == "admin1":
            return 3, "province" if last in self.admin_suffixes else None
        if self._district_seat(surface, after, cands):
            return 2, "district"
        if last in self.admin_suffixes:
            return 3, "province"
        if self._admin_before.search(before) and any(c.kind == "admin1" for c in cands):
            return 3, "province"  # "the province of Idlib"
        m = self._before_near.search(before)
        if m:
            word = (m.group("near") or "").lower()
            if word:
                return 2, next((w for w in self.area_words if w in word), "near")
            return 2, f"{m.group('dir').lower()} of"
        a = self._after_area.match(after)
        if a:
            return 2, a.group(1).lower()
        if self._admin_after.match(after):
            return 3, "province"
        if self._before_dir_adj.search(before):
            return max(2, best.precision), "part"
        return best.precision, None

    def _district_seat(self, surface: str, after: str, cands: Sequence[Place]) -> bool:
        """"Musakhail district", "Mambasa territory": a unit below a region named by a town (word class
        `district_nouns`) lies at the town's point, precision 2 (rule place.district_seat), not at the region
        around the town; a name that is also a region's ("Kharkiv district") is left to the region's reading."""
        words = surface.split()
        named = (len(words) > 1 and words[-1].lower() in self.district_nouns) or bool(self._district_after.match(after))
        # Its own name, or another name of two words or more ("Lakki Marwat district", "Nad Ali district"); a
        # one-word alias is too often a namesake's ("Raman").
        several = len(words) - (words[-1].lower() in self.district_nouns) >= 2
        # ... unless the region written after it is the alias town's own: "the Poonch district of Kashmir".
        of = self._district_of.match(after)
        region = name_key(of.group(1)) if of else ""
        towns = {c.country for c in cands if c.kind == "city" and (not c.via_alias or several or (region and any(
            region == k or region.endswith(" " + k) for k in (name_key(c.admin1 or ""), *_base_keys(c.admin1)) if k)))}
        return named and bool(towns) \
            and not any(c.kind == "admin1" and c.country in towns for c in cands)

    def _region_after_town(self, before: str) -> bool:
        """"near Lakki Marwat, in the Bannu region": a region written right after a town, in apposition, is the
        region around the town before it (a division, a district), not a second town; after a country ("in
        northern Syria, in the Kobani region") it is the town's area."""
        m = _NAME_BEFORE_APPOSITION.search(before)
        if not m:
            return False
        return not any(p.kind == "country" for p in self.gazetteer.by_key(name_key(m.group(1))))

    def _as_region(self, mention: PlaceMention, text: str, after: str) -> PlaceMention | None:
        """"Kursk region" when the index had no such key: the admin-1 region containing the town."""
        suffix = self._admin_after.match(after)
        if not suffix:
            return None
        gaz = self.gazetteer
        match = mention.match
        regions = [p for p in gaz.by_key(name_key(f"{mention.text} {suffix.group(1)}")) if p.kind == "admin1"]
        if not regions:
            town = mention.candidates[0]
            if town.kind == "city" and suffix.group(1) in self._region_nouns \
                    and not name_key(town.admin1 or "").startswith(name_key(town.name)) \
                    and not self._region_after_town(text[max(0, mention.start - 60):mention.start]):
                # "the Kobani region", "the Bakhmut region": a town whose region bears another name means the
                # area around the town, at its point, precision 2 (rule place.town_region), not the admin-1
                # region a hundred km away; "the Kursk region" (Kursk Oblast) stays the region.
                end = mention.end + suffix.end()
                return PlaceMention(mention.start, end, text[mention.start:end], mention.candidates, 2,
                                    TOWN_REGION, match)
            regions = [p for p in gaz.by_key(name_key(town.admin1 or "")) if p.kind == "admin1"
                       and p.country == town.country]
            if town.via_alias and " " not in mention.text.strip() and match == "exact":
                # "Kech district" through Ketsch, a German town's one-word alternate name: a guess that a region
                # the text names elsewhere overrules (_regions_in_reach)
                match = ALIAS_REGION
        if not regions:
            return None
        end = mention.end + suffix.end()
        return PlaceMention(mention.start, end, text[mention.start:end], regions, 3, "province", match)

    def _apply_plural_admin(self, text: str, mentions: list[PlaceMention]) -> None:
        """"in Hama, Idlib and Raqqa provinces": every name of the list is a province."""
        for k, m in enumerate(mentions):
            if not self._plural_admin.match(text[m.end:m.end + 30]):
                continue
            group = [m]
            for prev in reversed(mentions[:k]):
                if not self._list_gap.fullmatch(text[prev.end:group[-1].start]):
                    break
                group.append(prev)
            for g in group:
                regions = list(dict.fromkeys(p for c in g.candidates[:3] for p in self._regions_of(c)))
                if regions:
                    g.candidates = regions + [c for c in g.candidates if c not in regions]
                g.precision, g.modifier = 3, "province"

    def _regions_of(self, place: Place) -> list[Place]:
        if place.kind == "admin1":
            return [place]
        return [p for p in self.gazetteer.lookup(place.admin1 or "")
                if p.kind == "admin1" and p.country == place.country]


@lru_cache(maxsize=1)
def _english_tokenizer() -> Tokenizer:
    return spacy.blank("en").tokenizer


def _tokenised(doc: Doc | str) -> Doc:
    """A text given as a string (tests, tools) is cut by spaCy's English tokenizer; the name words do not
    depend on where a tokenizer cuts (name_words joins and splits its tokens), only on the characters."""
    return _english_tokenizer()(doc) if isinstance(doc, str) else doc


@lru_cache(maxsize=8)
def place_finder(kb: KnowledgeBase) -> PlaceFinder:
    """The finder for `kb`, built once per KnowledgeBase (its patterns are compiled in the constructor)."""
    return PlaceFinder(kb)
