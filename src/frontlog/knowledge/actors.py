"""Actor normalisation: map the names, demonyms and generic phrases of a sentence to canonical actors.

The knowledge lives in data/actors.tsv (plus the user's actors.tsv); its header comment documents the columns.
Matching works on a token list rather than one big regex: the phrases are keyed by tuples of token keys
(lower case, diacritics folded, apostrophes dropped: `phrase_tokens`), found at each token of an article by
the actor component's PhraseMatcher over spaCy's tokens (extract/components/actors.py), or by a dict lookup
for a single name (`canonical`); the case rule for acronyms ("IS" but never "is") is checked per token.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from frontlog.knowledge.countries import get_countries
from frontlog.knowledge.paths import PACKAGE_DATA, user_data_dir
from frontlog.knowledge.words import WORDS_DIR, WordClasses

ACTOR_FILE = "actors.tsv"
FAMILY_FILE = "actor_families.tsv"  # ACLED's per-country actors, made for every country
DEMONYM_FILE = "demonyms.tsv"  # each country's ACLED name and demonyms
KIND_FILE = "actor_kinds.tsv"  # the kinds of actor and ACLED's inter code of each
SUCCESSION_FILE = "state_successions.tsv"  # states born on a date, and whose forces held the country before
ETHNIC_FILE = "ethnic_militias.tsv"  # (people, country) pairs whose communal militias ACLED codes
ETHNIC_SHAPES = "ethnic_militia_shapes"  # the word class of the names a people's militia goes by
ETHNIC_NAME = "{} Ethnic Militia ({})"  # ACLED's name of a communal militia: people, country


def _load_successions(path: Path) -> dict[str, tuple[dt.date, str]]:
    """country -> (the day its own state's forces begin, the country whose forces held it before)."""
    out: dict[str, tuple[dt.date, str]] = {}
    if not path.is_file():
        return out
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        try:
            out[cells[0]] = (dt.date.fromisoformat(cells[1]), cells[2])
        except (IndexError, ValueError) as exc:
            raise ActorTableError(f"{path}: row {n} must be 'country<TAB>YYYY-MM-DD<TAB>country', got {line!r}"
                                  ) from exc
    return out


def _load_inter_codes(path: Path) -> dict[str, int]:
    """kind -> ACLED inter code, from actor_kinds.tsv (header line first, '#' comments)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    out: dict[str, int] = {}
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != 2 or not cells[1].isdigit():
            raise ActorTableError(f"{path}: row {n} must be 'kind<TAB>inter code', got {line!r}")
        out[cells[0]] = int(cells[1])
    return out


AIR_ROLE = "air"  # who strikes from the air where the country's own forces do not (flag default=air@CC)
# The kinds of actor (data/actor_kinds.tsv) and the roles the passes compare against, named once.
STATE_KIND, REBEL_KIND, MILITIA_KIND, IDENTITY_KIND = "state", "rebel", "militia", "identity"
RIOTER_KIND, PROTESTER_KIND, CIVILIAN_KIND, EXTERNAL_KIND = "rioter", "protester", "civilian", "external"
UNIDENTIFIED_ROLE = "unidentified"
ROLES = frozenset({STATE_KIND, REBEL_KIND, "police", PROTESTER_KIND, RIOTER_KIND, UNIDENTIFIED_ROLE, "government",
                   AIR_ROLE})
COLUMNS = ("canonical", "kind", "country", "aliases", "demonyms", "flags")

# Nouns that, after a demonym or an actor's name, make a mention of that actor, by noun class, and the words that
# may stand between (word classes: grammar rather than world knowledge, but users may extend them). The classes
# decide which actor a demonym shared by a state and a non-state row means.
NOUN_CLASSES = (("state", "state_force_nouns"), ("armed", "armed_group_nouns"), ("police", "police_nouns"),
                ("protest", "protester_nouns"))
MODIFIER_CLASS = "force_modifiers"
_NON_STATE_FORCE = frozenset({"rebel", "militia", "external", "identity"})
MAX_CHAIN = 3  # demonyms/modifiers before the noun: "Syrian government army units"

# Apostrophes and hyphens in their typographic variants: unified 1:1 so offsets survive.
_PUNCT_MAP = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
     "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-"}
)
# Dotted acronyms (U.S.), words with inner apostrophes (Hay'at, Assad's), and other punctuation as barriers.
# Hyphens, slashes and stray apostrophes are joiners and produce no token, so "al-Nusra" == "al Nusra".
_TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:'[^\W_]+)*|[^\w\s'\-/]")


class ActorTableError(ValueError):
    """The actor file is malformed (unknown kind or flag, duplicate canonical, alias with two owners)."""


INTER_CODES = _load_inter_codes(PACKAGE_DATA / KIND_FILE)
ACTOR_KINDS = frozenset(INTER_CODES)
EXTERNAL_CODE = INTER_CODES["external"]
STATE_CODE = INTER_CODES["state"]


def inter_code(actor: Actor | None, country: str | None) -> int:
    """ACLED's inter code of an actor in an event in `country`: its kind's code (0 without an actor), except that
    a state's forces abroad, or a multinational coalition (no home country), are external forces."""
    if actor is None:
        return 0
    code = INTER_CODES.get(actor.kind, 0)
    if code == STATE_CODE and (actor.country is None or (country is not None and actor.country != country)):
        return EXTERNAL_CODE
    return code


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    country: str | None


@dataclass(frozen=True)
class ActorMention:
    """One actor found in a text. `how` says what matched, so a caller can weigh it: "name" (an alias),
    "demonym" ("Russian jets"), "possessive" ("Syria's army"), "role" (a generic phrase resolved by country),
    "place" (a country or capital standing for its state: "Russia", "Israel"). A name valid only in a context
    the article does not give is kept as written, "name", with an actor the table does not hold."""

    actor: Actor
    start: int
    end: int
    text: str
    how: str = field(default="name", compare=False)


@dataclass(frozen=True)
class ActorToken:
    """One word of the actor table's matching: its key, its surface (for the case rule), its offsets."""

    low: str  # lower-cased, apostrophes removed: the lookup key
    surf: str  # original case, apostrophes removed: for the acronym rule
    start: int
    end: int


_COND_RE = re.compile(r"^([^\[\]]+?)\s*\[([^\[\]]*)\]$")  # "Name [condition]"
_DAY_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _cond_day(text: str, end: bool) -> dt.date | None:
    """"2011", "2011-07" or "2011-07-08" as the first (or, with `end`, the last) day it names; "" is open."""
    if not text:
        return None
    m = _DAY_RE.match(text)
    if m is None:
        raise ActorTableError(f"bad date {text!r} in an alias condition (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
    if day:
        return dt.date(year, month, int(day))
    if not end:
        return dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


@dataclass(frozen=True)
class AliasCondition:
    """When a name that means different groups in different wars or years ("National Liberation Army": Colombia's
    ELN, the Macedonian rebels of 2001; "SPLA": Sudan's rebels until July 2011, South Sudan's army after) means
    one actor: the article names one of `countries` (its places, demonyms or a state named), and/or its date
    lies in [start, end] (either end open)."""

    countries: frozenset[str] = frozenset()
    start: dt.date | None = None
    end: dt.date | None = None

    @classmethod
    def parse(cls, text: str) -> AliasCondition:
        """"CO", "SD SS", "..2011-07-08", "SY 2018..": country codes and at most one date range FROM..TO."""
        countries: set[str] = set()
        start = end = None
        ranged = False
        for part in re.split(r"[\s,;]+", text.strip()):
            if not part:
                continue
            if ".." in part:
                if ranged:
                    raise ActorTableError(f"alias condition [{text}] gives two date ranges: keep one FROM..TO, "
                                         "or write the name twice, one condition each")
                a, _, b = part.partition("..")
                start, end, ranged = _cond_day(a, False), _cond_day(b, True), True
            elif re.fullmatch(r"[A-Z]{2}", part):
                countries.add(part)
            else:
                raise ActorTableError(f"alias condition [{text}]: {part!r} is neither a country code (CO) nor a "
                                      "date range (..2011-07-08, 2013.., 1990..1995)")
        if not countries and not ranged:
            raise ActorTableError(f"alias condition [{text}] is empty: give country codes and/or a date range "
                                  "('Name [CO VE]', 'Name [..2011-07-08]'), or drop the brackets")
        return cls(frozenset(countries), start, end)

    def holds(self, countries: Mapping[str, int], when: dt.date | None) -> bool:
        if self.countries and not any(countries.get(c) for c in self.countries):
            return False
        if self.start is not None or self.end is not None:
            if when is None:
                return False  # an undated article says nothing about which years it is in
            if (self.start is not None and when < self.start) or (self.end is not None and when > self.end):
                return False
        return True


def split_condition(alias: str) -> tuple[str, AliasCondition | None]:
    """"Dozo [BF]" -> ("Dozo", condition); a plain alias -> (alias, None)."""
    m = _COND_RE.match(alias.strip())
    if m is None:
        if "[" in alias or "]" in alias:
            raise ActorTableError(f"alias {alias!r}: a condition is written after the name, 'Name [CC ..YYYY]'")
        return alias, None
    return m.group(1).strip(), AliasCondition.parse(m.group(2))


@dataclass
class ActorContext:
    """What an article tells about where and when it is, for the aliases valid only in context: its countries
    with how often each is named (places; demonyms and states are added by the scan), its main country, and its
    publication date."""

    countries: Mapping[str, int] = field(default_factory=dict)
    main: str | None = None
    when: dt.date | None = None


@dataclass
class _Entry:
    """What one phrase means; several rows may add to one phrase (a demonym shared by state and rebels)."""

    case: tuple[str | None, ...]  # per token: None (any case), "exact", or "upper_or_title"
    alias: Actor | None = None  # the phrase is an alias of this actor
    cond: list[tuple[AliasCondition, Actor]] = field(default_factory=list)  # ... or of these, each in context
    place: bool = False  # ... and it is a place standing for it
    state: Actor | None = None  # demonym: the actor meant with a state noun
    armed: Actor | None = None  # demonym: the actor meant with an armed-group noun
    role: str | None = None  # generic role phrase ("government forces")
    role_fallback_country: str | None = None
    role_dem: str | None = None  # generic role modifier, only before a noun ("government troops")
    role_dem_fallback_country: str | None = None
    generic: str | None = None  # generic-noun class label
    modifier: bool = False
    noun: str | None = None  # noun class


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """Text with diacritics stripped and punctuation unified, plus a map back to the original offsets (None
    when every character maps to itself, the common all-ASCII case)."""
    text = text.translate(_PUNCT_MAP)
    if text.isascii():
        return text, None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ch)
            index.append(i)
            continue
        for d in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(d):
                continue
            out.append(d)
            index.append(i)
    index.append(len(text))
    return "".join(out), index


def _line_break(text: str, before: ActorToken, after: ActorToken) -> bool:
    """Is there a blank line between the two words (a paragraph's or a headline's end)? A single line break may be
    hard-wrapped prose, even in a name ("destroying Islamic\nState positions")."""
    return text.count("\n", before.end, after.start) >= 2


def phrase_tokens(text: str) -> list[ActorToken]:
    """The words of a phrase or a name as the table matches them: "U.S." is "US", "Hay'at" is "Hayat",
    "Assad's" is "Assad" and "'s", hyphens and slashes join ("al-Nusra" matches "al Nusra"), diacritics fold."""
    norm, index = _normalise(text)
    toks: list[ActorToken] = []
    for m in _TOKEN_RE.finditer(norm):
        s, e = m.start(), m.end()
        word = m.group()
        os_, oe = (s, e) if index is None else (index[s], index[e - 1] + 1)
        if "." in word and len(word) > 2 and word[1] == ".":
            surf = word.replace(".", "")  # U.S. -> US
            toks.append(ActorToken(surf.lower(), surf, os_, oe))
            continue
        if "'" in word:
            if word[-2:] in ("'s", "'S"):
                stem = word[:-2].replace("'", "")
                cut = oe - 2 if index is None else index[e - 2]
                toks.append(ActorToken(stem.lower(), stem, os_, cut))
                toks.append(ActorToken("'s", "'s", cut, oe))
                continue
            word = word.replace("'", "")
        toks.append(ActorToken(word.lower(), word, os_, oe))
    return toks


def _case_rule(surf: str) -> str | None:
    """Acronyms: up to three capitals must match exactly (IS, PDF); longer ones in capitals or title case
    (ISIS, Isis) because house styles differ; everything else matches in any case."""
    letters = [c for c in surf if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return None
    return "exact" if len(surf) <= 3 else "upper_or_title"


def _case_ok(rule: str | None, surf: str) -> bool:
    if rule is None:
        return True
    if rule == "exact":
        return surf.isupper() or not any(c.isalpha() for c in surf)
    return surf.isupper() or surf.istitle()


def _key(phrase: str) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    toks = phrase_tokens(phrase)
    return tuple(t.low for t in toks), tuple(_case_rule(t.surf) for t in toks)


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


@dataclass
class _Row:
    canonical: str
    kind: str
    country: str | None
    aliases: list[str]
    demonyms: list[str]
    flags: list[str]
    people: str | None = None  # a communal militia's people (ethnic_militias.tsv)


def _read_rows(path: Path) -> list[_Row]:
    rows: list[_Row] = []
    header_seen = False
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if not header_seen and cells[0].lower() == "canonical":
            header_seen = True
            continue
        if len(cells) < 2:
            raise ActorTableError(f"{path}:{lineno}: expected at least canonical and kind")
        cells += [""] * (len(COLUMNS) - len(cells))
        name, kind, country, aliases, demonyms, flags = cells[: len(COLUMNS)]
        rows.append(
            _Row(name, kind, country or None, _split(aliases), _split(demonyms),
                 [f.strip() for f in flags.split(",") if f.strip()])
        )
    return rows


def _data_rows(path: Path) -> list[list[str]]:
    """The tab-separated rows of a data file, without comments and the header line."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return [[c.strip() for c in ln.split("\t")] for ln in lines[1:]]


def _default_keys(row: _Row) -> set[tuple[str, str]]:
    """(role, country) pairs a row's default= flags claim."""
    out = set()
    for flag in row.flags:
        name, _, value = flag.partition("=")
        role, _, country = value.partition("@")
        if name == "default" and (country or row.country):
            out.add((role, (country or row.country or "").upper()))
    return out


def _country_names(data: Path = PACKAGE_DATA) -> dict[str, str]:
    """country code -> its name in ACLED's actor names (demonyms.tsv's second column, else countries.tsv's)."""
    names = {cc: c.name for cc, c in get_countries().items()}
    for cells in _data_rows(data / DEMONYM_FILE):
        if len(cells) > 1 and cells[1]:
            names[cells[0]] = cells[1]
    return names


def family_rows(rows: Sequence[_Row], data: Path = PACKAGE_DATA) -> list[_Row]:
    """`rows` plus ACLED's country families (actor_families.tsv) for every country of countries.tsv.
    An explicit row holding a role's default for a country wins over the template for that country; the
    country's demonyms (demonyms.tsv) go to its state default, generated or explicit, unless another state
    row already claims them."""
    names = _country_names(data)
    demonyms: dict[str, list[str]] = {}
    for cells in _data_rows(data / DEMONYM_FILE):
        cells += [""] * (3 - len(cells))
        demonyms[cells[0]] = _split(cells[2])
    countries = get_countries()
    taken = {r.canonical for r in rows}
    held = set().union(*(_default_keys(r) for r in rows if not r.canonical.startswith("@")))
    claimed = {_key(d)[0] for r in rows if r.kind == "state" for d in r.demonyms}
    out = list(rows)
    state_rows = {(role, cc): i for i, r in enumerate(out) if r.kind == "state" and not r.canonical.startswith("@")
                  for role, cc in _default_keys(r) if role == "state"}
    for cells in _data_rows(data / FAMILY_FILE):
        cells += [""] * (4 - len(cells))
        template, kind, role, with_dems = cells[:4]
        for cc in sorted(countries):
            name = names[cc]
            fresh = [d for d in [*demonyms.get(cc, []), name] if _key(d)[0] not in claimed] if with_dems else []
            claimed |= {_key(d)[0] for d in fresh}
            if role and (role, cc) in held:
                if fresh and (role, cc) in state_rows:  # the explicit state row learns the missing demonyms
                    i = state_rows[(role, cc)]
                    out[i] = _Row(out[i].canonical, out[i].kind, out[i].country, out[i].aliases,
                                  [*out[i].demonyms, *fresh], out[i].flags)
                continue
            canonical = template.format(country=name)
            if canonical in taken:
                continue
            taken.add(canonical)
            out.append(_Row(canonical, kind, cc, [], fresh, [f"default={role}"] if role else []))
    return out


def ethnic_rows(path: Path, words: WordClasses) -> list[_Row]:
    """The communal militias of an ethnic_militias.tsv (people and its other spellings, country, source):
    '<People> Ethnic Militia (<Country>)', named by each shape of the ethnic_militia_shapes word class with each
    spelling, every name valid only in an article that names the country (so one people's militias in two
    countries stay apart)."""
    if not path.is_file():
        return []
    names = _country_names()
    out = []
    for n, cells in enumerate(_data_rows(path), 2):
        if len(cells) < 2 or not re.fullmatch(r"[A-Z]{2}", cells[1]) or cells[1] not in names:
            raise ActorTableError(f"{path}: row {n} must be 'people<TAB>country code<TAB>source', got {cells!r}")
        spellings, cc = _split(cells[0]), cells[1]  # the people's name as ACLED writes it, then other spellings
        people = spellings[0]
        aliases = [f"{shape.replace('{people}', written)} [{cc}]" for written in spellings
                   for shape in words.list(ETHNIC_SHAPES)]
        out.append(_Row(ETHNIC_NAME.format(people, names[cc]), "identity", cc, aliases, [], [], people))
    return out


class _Found:
    """The table's phrases found in one text: `ends[i]`, the end indices of the phrase keys starting at token i
    (longest first), given by a PhraseMatcher, or None to look them up in the table; `memo[i]`, those whose
    case rule holds, with their entries (what _matches returns)."""

    def __init__(self, ends: dict[int, list[int]] | None = None, context: ActorContext | None = None) -> None:
        self.ends = ends
        self.memo: dict[int, list[tuple[int, _Entry]]] = {}
        self.context = context
        self.countries: Counter[str] | None = None  # the context's countries with the text's demonyms, when needed
        self.chosen: dict[int, Actor | None] = {}  # id(entry) -> the reading of a conditioned alias here
        # The tokens after a blank line: no phrase runs across a paragraph's end ("Syria\n\nGovernment forces
        # shelled": a headline's country and the paragraph's first word are no "Syrian government" together).
        self.line_starts: list[int] = []
        self.line_start_set: frozenset[int] = frozenset()

    def line_end_after(self, i: int, n: int) -> int:
        """The end (exclusive) of the line token i is on, of n tokens."""
        k = bisect.bisect_right(self.line_starts, i)
        return self.line_starts[k] if k < len(self.line_starts) else n


class ActorTable:
    """Canonical actors with their aliases, demonyms and role phrases, and the matcher over them."""

    def __init__(self, rows: Sequence[_Row], words: WordClasses,
                 successions: Mapping[str, tuple[dt.date, str]] | None = None) -> None:
        self.words = words
        self._successions = dict(successions or {})  # state_successions.tsv
        self._against = words.lower("against_prefixes")
        # A capitalised name the table lacks that ends in a group's head noun names an armed group ("Gumuz
        # Liberation Front"): kept as written (_named_group).
        self._heads = words.lower("group_name_heads")
        self._connectors = words.lower("group_name_connectors")
        self._not_name = words.lower("function_words") | words.lower("non_name_starts")
        self._police = words.lower("police_nouns")
        self.actors: dict[str, Actor] = {}
        self._aliases: dict[str, list[str]] = {}
        self._armed_demonyms: dict[str, str] = {}  # a non-state row's demonym as written -> its canonical name
        self._defaults: dict[tuple[str, str], Actor] = {}  # (role, country) -> actor
        self._role_fallback: dict[str, Actor] = {}  # role -> actor when no country default
        self._role_of: dict[str, str] = {}  # actor name -> the role it is a default or fallback of
        self._branch_of: dict[str, Actor] = {}  # an affiliate's name -> the group it is a branch of
        self._auxiliaries: set[str] = set()  # pro-government militias (flag auxiliary)
        self._homes: dict[str, str] = {}  # where a group coded with no country is rooted (flag country=CC)
        self._phrases: dict[tuple[str, ...], list[_Entry]] = {}
        self._first: set[str] = set()
        self._max_len = 1
        self._people_of: dict[str, str] = {}  # a communal militia's canonical name -> its people
        self._country_names = _country_names()
        self._country_codes = {name: cc for cc, name in self._country_names.items()}
        self._build(rows)

    # ---- loading -------------------------------------------------------------------------------------------

    @classmethod
    def load(cls, paths: Sequence[Path] | None = None, words: WordClasses | None = None,
             home: Path | None = None) -> ActorTable:
        """The package table, then the user's actors.tsv if present; a later row with the same canonical name
        replaces the earlier one, so users can both add and correct actors. `home` is the user's folder
        ($FRONTLOG_HOME by default); `words` the word classes (the package's and the user's by default)."""
        home = user_data_dir() if home is None else home
        if words is None:
            words = WordClasses.load([PACKAGE_DATA / WORDS_DIR, home / WORDS_DIR])
        if paths is None:
            paths = [PACKAGE_DATA / ACTOR_FILE]
            user = home / ACTOR_FILE
            if user.is_file():
                paths.append(user)
        # Each actors.tsv is followed by the communal militias of the ethnic_militias.tsv beside it; the user's
        # own ethnic_militias.tsv counts even without an actors.tsv of theirs.
        files = [(Path(p), Path(p).with_name(ETHNIC_FILE)) for p in paths]
        if home / ETHNIC_FILE not in {e for _, e in files}:
            files.append((None, home / ETHNIC_FILE))
        merged: dict[tuple[str, str | None], _Row] = {}
        for path, ethnic in files:
            seen: set[tuple[str, str | None]] = set()
            for row in [*(_read_rows(path) if path else []), *ethnic_rows(ethnic, words)]:
                # Role/generic rows may repeat their label (two @state rows with different fallbacks).
                key = (row.canonical, row.country) if row.canonical.startswith("@") else (row.canonical, None)
                if key in seen and not row.canonical.startswith("@"):
                    raise ActorTableError(f"{path or ethnic}: duplicate canonical row {row.canonical!r}")
                seen.add(key)
                merged[key] = row
        return cls(family_rows(list(merged.values())), words, _load_successions(PACKAGE_DATA / SUCCESSION_FILE))

    def home_groups(self) -> dict[str, str]:
        """Names of armed groups rooted in one country, as written ("Al-Shabaab": SO, "M23": CD, "Boko Haram": NG):
        the unconditioned names and aliases of rebel and militia rows with a country or a country= flag (a group coded
        with no country that fights mostly in one), with a capital ("al-Shabab"),
        of three letters or more, that name no other actor."""
        out: dict[str, str] = {}
        for alias, names in self._aliases.items():
            actors = {self.actors[n] for n in names if n in self.actors}
            if "[" in alias or len(actors) != 1 or len(alias) < 3 or not any(ch.isupper() for ch in alias):
                continue
            actor = next(iter(actors))
            home = actor.country or self._homes.get(actor.name)
            if actor.kind in (REBEL_KIND, MILITIA_KIND) and home:
                out[alias] = home
        # "Houthi fighters", "Shabaab militants": a group's demonym before a force noun names the group as surely
        # as its name does (one that is a state's demonym too is left out: "Karen" is no state's, "Syrian" is).
        for dem, name in self._armed_demonyms.items():
            actor = self.actors[name]
            if dem not in out and len(dem) >= 3 and any(ch.isupper() for ch in dem) \
                    and self._entry(dem).state is None and actor.kind in (REBEL_KIND, MILITIA_KIND) \
                    and (home := actor.country or self._homes.get(actor.name)):
                out[dem] = home
        return out

    def state_in(self, country: str | None, when: dt.date | None) -> str | None:
        """The country whose state's forces a story set in `country` and published `when` means by "the army":
        the earlier state's before a new one was born (state_successions.tsv), else `country` itself."""
        if country and when is not None:
            born = self._successions.get(country.upper())
            if born is not None and when < born[0]:
                return born[1]
        return country

    def _entry(self, phrase: str) -> _Entry:
        key, case = _key(phrase)
        if not key:
            raise ActorTableError(f"empty phrase {phrase!r}")
        entries = self._phrases.setdefault(key, [])
        for e in entries:
            if e.case == case:
                return e
        e = _Entry(case)
        entries.append(e)
        self._first.add(key[0])
        self._max_len = max(self._max_len, len(key))
        return e

    def _build(self, rows: Sequence[_Row]) -> None:
        for row in rows:
            if row.canonical.startswith("@"):
                continue
            if row.kind not in ACTOR_KINDS:
                raise ActorTableError(f"{row.canonical}: unknown kind {row.kind!r}")
            self.actors[row.canonical] = Actor(row.canonical, row.kind, row.country)
        for row in rows:
            if row.canonical.startswith("@"):
                self._build_special(row)
                continue
            actor = self.actors[row.canonical]
            if row.people:
                self._people_of[row.canonical] = row.people
            for flag in row.flags:
                self._apply_flag(actor, flag)
            demonyms = {_key(d)[0] for d in row.demonyms}
            # A row may condition its own name ("Janjaweed [..2013-07]"): the bare name is then no alias of it.
            conditioned = {split_condition(a)[0] for a in row.aliases if "[" in a}
            for written in [*([] if row.canonical in conditioned else [row.canonical]), *row.aliases]:
                alias, cond = split_condition(written)
                e = self._entry(alias)
                if cond is not None:
                    # A name plain on one row and conditioned on another means the other row's actor where its
                    # condition holds, the plain row's elsewhere ("al-Shabaab": Somalia's group, but
                    # Mozambique's insurgents in a story of that country).
                    e.cond.append((cond, actor))
                    self._aliases.setdefault(written, []).append(actor.name)
                    continue
                if e.alias is not None and e.alias != actor:
                    raise ActorTableError(f"alias {alias!r} of both {e.alias.name!r} and {actor.name!r}")
                e.alias = actor
                # A capitalised country/capital name listed as demonym too stands for the state ("Russia").
                is_place = actor.kind == "state" and _key(alias)[0] in demonyms and not alias.isupper()
                e.place = e.place or is_place
                self._aliases.setdefault(alias, []).append(actor.name)
            for dem in row.demonyms:
                e = self._entry(dem)
                slot = "state" if actor.kind == "state" else "armed"
                other = getattr(e, slot)
                if other is not None and other != actor:
                    raise ActorTableError(f"demonym {dem!r} of both {other.name!r} and {actor.name!r}")
                setattr(e, slot, actor)
                if slot == "armed":
                    self._armed_demonyms[dem] = actor.name
        for cls_name, word_class in NOUN_CLASSES:
            for noun in self.words.list(word_class):
                e = self._entry(noun)
                e.noun = e.noun or cls_name
        for mod in self.words.list(MODIFIER_CLASS):
            self._entry(mod).modifier = True

    def _apply_flag(self, actor: Actor, flag: str) -> None:
        name, _, value = flag.partition("=")
        if flag == "auxiliary":
            self._auxiliaries.add(actor.name)
            return
        if name == "country":
            if not re.fullmatch(r"[A-Z]{2}", value):
                raise ActorTableError(f"{actor.name}: bad flag {flag!r}")
            self._homes[actor.name] = value
            return
        if name == "branch":
            if value not in self.actors or value == actor.name:
                raise ActorTableError(f"{actor.name}: bad flag {flag!r} (branch=<canonical name of another row>)")
            self._branch_of[actor.name] = self.actors[value]
            return
        if name != "default":
            raise ActorTableError(f"{actor.name}: unknown flag {flag!r}")
        role, _, country = value.partition("@")
        country = country or actor.country or ""
        if role not in ROLES or not re.fullmatch(r"[A-Z]{2}", country):
            raise ActorTableError(f"{actor.name}: bad flag {flag!r}")
        self._defaults[(role, country)] = actor
        self._role_of.setdefault(actor.name, role)

    def _build_special(self, row: _Row) -> None:
        label = row.canonical[1:]
        if row.kind == "generic":
            for noun in row.aliases:
                self._entry(noun).generic = label
            return
        if row.kind != "role" or label not in ROLES:
            raise ActorTableError(f"{row.canonical}: unknown special row kind {row.kind!r}")
        for flag in row.flags:
            name, _, value = flag.partition("=")
            if name != "fallback" or value not in self.actors:
                raise ActorTableError(f"{row.canonical}: bad flag {flag!r}")
            self._role_fallback[label] = self.actors[value]
            self._role_of.setdefault(value, label)
        for phrase in row.aliases:
            e = self._entry(phrase)
            e.role = label
            e.role_fallback_country = row.country
        for phrase in row.demonyms:
            e = self._entry(phrase)
            e.role_dem = label
            e.role_dem_fallback_country = row.country

    # ---- lookups -------------------------------------------------------------------------------------------

    def resolve_role(
        self, role: str, country: str | None, fallback_country: str | None = None
    ) -> Actor | None:
        """Who a generic phrase of `role` means in an article about `country`; with no country, the role
        row's own country (Syria for the phrases shared/gold/actors.tsv reads as Syrian), else the fallback
        actor."""
        if country:
            hit = self._defaults.get((role, country.upper()))
            return hit if hit is not None else self._role_fallback.get(role)
        if fallback_country:
            hit = self._defaults.get((role, fallback_country))
            if hit is not None:
                return hit
        return self._role_fallback.get(role)

    def default_actor(self, role: str, country: str) -> Actor | None:
        """The actor flagged default=<role> for `country`, if any ("state", "IQ": ISF)."""
        return self._defaults.get((role, country.upper()))

    def is_auxiliary(self, actor: Actor) -> bool:
        """Is the actor a militia that fights beside the state (flag auxiliary: Burkina Faso's VDP, Nigeria's
        Civilian JTF)? The article's "militants" or "jihadists" are never it."""
        return actor.name in self._auxiliaries

    def branch_of(self, actor: Actor) -> Actor | None:
        """The group an affiliate is a branch of (flag branch=: "Islamic State (Sinai Province)": Islamic State)."""
        return self._branch_of.get(actor.name)

    def role_of(self, actor: Actor) -> str | None:
        """The role an actor is some country's default or the fallback of ("Protesters (Kenya)": protester)."""
        return self._role_of.get(actor.name)

    def _matches(self, toks: list[ActorToken], i: int, found: _Found
                 ) -> list[tuple[int, _Entry]]:
        """Every phrase starting at token i whose case rule holds, longest first (memoised per scan)."""
        hit = found.memo.get(i)
        if hit is not None:
            return hit
        out: list[tuple[int, _Entry]] = []
        if found.ends is not None:
            ends: Sequence[int] = found.ends.get(i, ())
        elif toks[i].low in self._first:
            ends = range(min(i + self._max_len, len(toks)), i, -1)
        else:
            ends = ()
        line_end = found.line_end_after(i, len(toks)) if found.line_starts else len(toks)
        for end in ends:
            if end > line_end:
                continue
            entries = self._phrases.get(tuple(t.low for t in toks[i:end]))
            if not entries:
                continue
            span = toks[i:end]
            for e in entries:
                if all(_case_ok(r, t.surf) for r, t in zip(e.case, span, strict=True)):
                    out.append((end, e))
        found.memo[i] = out
        return out

    def _context_countries(self, toks: list[ActorToken], found: _Found) -> Counter[str]:
        """The article's countries: the caller's (its places), with the countries its demonyms and states name
        ("Chadian troops", "Colombia"), each as often as named. Made once per scan, only when a conditioned
        alias is read."""
        if found.countries is None:
            counts: Counter[str] = Counter(found.context.countries if found.context else {})
            for i in range(len(toks)):
                for _end, e in self._matches(toks, i, found):
                    if e.state is not None and e.state.country:
                        counts[e.state.country] += 1
                    elif e.place and e.alias is not None and e.alias.country:
                        counts[e.alias.country] += 1
            found.countries = counts
        return found.countries

    def _reading(self, e: _Entry, toks: list[ActorToken], found: _Found) -> Actor | None:
        """The actor a conditioned alias means in this article: the one reading whose condition holds; among
        several, the one of the main country, else of the country named most; None when no reading holds or two
        tie (the name then means nothing the table knows, or its plain reading when a row has one)."""
        if not e.cond:
            return None
        if id(e) in found.chosen:
            return found.chosen[id(e)]
        ctx = found.context
        chosen = None
        if ctx is not None:
            countries = self._context_countries(toks, found)
            ok = [(c, a) for c, a in e.cond if c.holds(countries, ctx.when)]
            if e.alias is not None:  # over a plain reading, only in a story of the condition's own country
                ok = [(c, a) for c, a in ok if not c.countries or ctx.main in c.countries]
            if len(ok) > 1 and ctx.main and any(ctx.main in c.countries for c, _a in ok):
                ok = [(c, a) for c, a in ok if ctx.main in c.countries]
            if len(ok) > 1:
                def named(c: AliasCondition) -> int:
                    return max((countries.get(x, 0) for x in c.countries), default=0)
                top = max(named(c) for c, _a in ok)
                ok = [(c, a) for c, a in ok if named(c) == top]
            if len({a for _c, a in ok}) == 1:
                chosen = ok[0][1]
        found.chosen[id(e)] = chosen
        return chosen

    def _alias_of(self, e: _Entry, toks: list[ActorToken], found: _Found) -> Actor | None:
        """The actor a phrase is an alias of: always, or in this article's context."""
        return self._reading(e, toks, found) or e.alias

    def _lookup(self, toks: list[ActorToken], i: int, want: str, found: _Found
                ) -> tuple[int, _Entry] | None:
        """Longest phrase at token i whose entry has attribute `want` set (an alias valid only in context
        counts when its context holds)."""
        for end, e in self._matches(toks, i, found):
            if getattr(e, want) or (want == "alias" and self._reading(e, toks, found) is not None):
                return end, e
        return None

    def _lookup_desc(self, toks: list[ActorToken], i: int, found: _Found
                     ) -> tuple[int, _Entry] | None:
        for end, e in self._matches(toks, i, found):
            if e.alias or e.state or e.armed or e.role_dem or e.modifier or self._reading(e, toks, found):
                return end, e
        return None

    def _unresolved(self, toks: list[ActorToken], i: int, found: _Found
                    ) -> tuple[int, str, Actor | None] | None:
        """The longest alias at token i valid only in a context this article does not give: its end, the kind
        of its first reading (the name is kept as written), and the first reading itself."""
        for end, e in self._matches(toks, i, found):
            if e.cond and e.alias is None and self._reading(e, toks, found) is None:
                return end, e.cond[0][1].kind, e.cond[0][1]
        return None

    def _militia_in(self, reading: Actor | None, country: str | None) -> Actor | None:
        """A communal militia's name in a story of a country its row does not list ('Fulani militia' in a
        Cameroonian story): the same people's militia of that country, as ACLED names it."""
        people = self._people_of.get(reading.name) if reading is not None else None
        if people is None or not country or country.upper() not in self._country_names:
            return None
        name = ETHNIC_NAME.format(people, self._country_names[country.upper()])
        return self.actors.get(name) or Actor(name, "identity", country.upper())

    def _made_militia(self, name: str) -> Actor | None:
        """The actor of a communal militia `_militia_in` made, by its name ('Fulani Ethnic Militia (Chad)')."""
        for people in set(self._people_of.values()):
            head = ETHNIC_NAME.format(people, "")[:-2]
            if name.startswith(head + "(") and name.endswith(")"):
                cc = self._country_codes.get(name[len(head) + 1:-1])
                return Actor(name, "identity", cc) if cc else None
        return None

    def _chain(self, toks: list[ActorToken], i: int, country: str | None,
               found: _Found) -> tuple[int, Actor | None, str] | None:
        """demonym/name [+ 's] [+ modifiers] + force noun, starting at token i."""
        descs: list[_Entry] = []
        ends: list[int] = []
        pos = i
        possessive = False
        while len(descs) < MAX_CHAIN and pos < len(toks) and (pos == i or pos not in found.line_start_set):
            hit = self._lookup_desc(toks, pos, found)
            if hit is None:
                break
            # A chain must open with something that names a side; "air strikes" alone is nobody's.
            if not descs and not (self._alias_of(hit[1], toks, found) or hit[1].state or hit[1].armed
                                  or hit[1].role_dem):
                return None
            descs.append(hit[1])
            pos = hit[0]
            if len(descs) == 1 and pos < len(toks) and toks[pos].low == "'s":
                possessive = True
                pos += 1
            ends.append(pos)
        # The longest noun after the chain; if the last descriptor is itself a noun ("army"), back off.
        for cut in range(len(descs), 0, -1):
            end = ends[cut - 1]
            if end >= len(toks) or end in found.line_start_set:
                continue
            noun = self._lookup(toks, end, "noun", found)
            if noun is None:
                continue
            actor, how = self._resolve_chain(descs[:cut], noun[1].noun or "", country,
                                             [self._alias_of(d, toks, found) for d in descs[:cut]])
            if actor is None and not any(d.role_dem for d in descs[:cut]):
                continue
            return noun[0], actor, ("possessive" if possessive and actor is not None else how)
        return None

    def _listed_demonym(self, toks: list[ActorToken], i: int, country: str | None,
                        found: _Found) -> tuple[int, Actor] | None:
        """"Chinese and Vietnamese border guards", "Indian and Chinese troops": a demonym listed before another
        demonym's force phrase shares its noun, so names that country's force of the same class. The end of the
        demonym and its actor, or None."""
        hit = self._lookup_desc(toks, i, found)
        if hit is None or not (hit[1].state or hit[1].armed) or hit[0] + 1 >= len(toks) \
                or toks[hit[0]].low != "and":
            return None
        after = self._chain(toks, hit[0] + 1, country, found)
        name = self._lookup(toks, hit[0] + 1, "alias", found)
        if name is not None and (after is None or name[0] > after[0]):
            after = (name[0], self._alias_of(name[1], toks, found), "name")  # "Pakistani troops" is a name
        if after is None or after[1] is None:
            return None
        for pos in range(after[0] - 1, hit[0] + 1, -1):
            noun = self._lookup(toks, pos, "noun", found)
            if noun is not None and noun[0] == after[0]:
                actor, _how = self._resolve_chain([hit[1]], noun[1].noun or "", country,
                                                  [self._alias_of(hit[1], toks, found)])
                return (hit[0], actor) if actor is not None and actor != after[1] else None
        return None

    def _resolve_chain(self, descs: list[_Entry], noun: str, country: str | None,
                       aliases: list[Actor | None]) -> tuple[Actor | None, str]:
        for d, alias in zip(descs, aliases, strict=True):
            actor = self._descriptor_actor(d, noun, alias)
            if actor is not None:
                if noun == "police":
                    return self._defaults.get(("police", actor.country or "")) or self._role_fallback.get(
                        "police"), "demonym"
                if noun == "protest":
                    return self._defaults.get(("protester", actor.country or "")) or self._role_fallback.get(
                        "protester"), "demonym"
                return actor, "demonym"
        for d in descs:
            role = d.role_dem
            if role is None:
                continue
            # "government" only makes state nouns generic; "opposition" and "separatist" any armed noun.
            if (role == "state" and noun != "state") or (role == "rebel" and noun not in ("state", "armed")):
                continue
            if role in ("police", "protester", "rioter") and noun == "armed":
                continue
            return self.resolve_role(role, country, d.role_dem_fallback_country), "role"
        return None, "role"

    @staticmethod
    def _descriptor_actor(d: _Entry, noun: str, alias: Actor | None) -> Actor | None:
        """What a descriptor means before a noun of class `noun`; `alias` is the actor it is an alias of (always
        or in this article's context), or None."""
        if noun in ("state", "police", "protest"):
            if d.state is not None:
                return d.state
            if d.armed is not None and noun == "state":
                return d.armed
            if alias is not None and alias.kind in ("state", *_NON_STATE_FORCE):
                return alias if noun == "state" or alias.kind == "state" else None
            return None
        if noun == "armed":
            if d.armed is not None and not any(a == alias for _c, a in d.cond):
                return d.armed  # unless the name means another group here ("Shabaab fighters" in Mozambique)
            if alias is not None and alias.kind in _NON_STATE_FORCE:
                return alias
        return None

    def _resolve_name(self, e: _Entry, country: str | None, alias: Actor | None = None
                      ) -> tuple[Actor | None, str]:
        """A whole phrase: a role phrase follows the article's country; otherwise the alias's actor (`alias`:
        the reading of an alias valid only in context)."""
        alias = alias or e.alias
        if e.role and (country or alias is None):
            return self.resolve_role(e.role, country, e.role_fallback_country), "role"
        if alias is not None:
            return alias, ("place" if e.place else "name")
        return None, "generic"

    def _scan(self, text: str, country: str | None, toks: list[ActorToken] | None = None,
              ends: dict[int, list[int]] | None = None, context: ActorContext | None = None
              ) -> tuple[list[ActorMention], list[tuple[int, int, str]]]:
        toks = phrase_tokens(text) if toks is None else toks
        if context is None and country:
            context = ActorContext({country.upper(): 1}, country.upper())  # the caller's country, no date
        elif context is not None:
            country = self.state_in(country, context.when)  # "the army" in Juba in 2002: Sudan's
        found = _Found(ends, context)
        found.line_starts = [k for k in range(1, len(toks)) if _line_break(text, toks[k - 1], toks[k])]
        found.line_start_set = frozenset(found.line_starts)
        # An all-capitals headline makes every word look like an acronym ("THIS IS WAR"): no short acronyms.
        letters = [c for c in text if c.isalpha()]
        shouting = len(letters) > 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
        mentions: list[ActorMention] = []
        generic: list[tuple[int, int, str]] = []
        against = self._against
        i = 0
        while i < len(toks):
            if toks[i].low not in self._first:
                named = self._named_group(text, toks, i, found)
                if named is not None and not shouting:
                    s, e = toks[i].start, toks[named - 1].end
                    mentions.append(ActorMention(Actor(text[s:e], "rebel", None), s, e, text[s:e], "name"))
                    i = named
                    continue
                i += 1
                continue
            if i and toks[i - 1].low in against and toks[i].start - toks[i - 1].end == 1 \
                    and not text[toks[i - 1].end].isspace():
                i += 1  # "anti-government protesters": the government is what they oppose, not who they are
                continue
            name = self._lookup(toks, i, "alias", found)
            role = self._lookup(toks, i, "role", found)
            gen = self._lookup(toks, i, "generic", found)
            chain = self._chain(toks, i, country, found)
            if toks[i].low == "the" and i + 1 < len(toks):
                # "the junta's troops": the article must not stop the chain behind it from being seen.
                later = self._chain(toks, i + 1, country, found)
                if later and (chain is None or later[0] > chain[0]):
                    chain = later
            best: tuple[int, Actor | None, str] | None = None
            for hit in (name, role):
                if hit and (best is None or hit[0] > best[0]):
                    best = (hit[0], *self._resolve_name(hit[1], country, self._reading(hit[1], toks, found)))
            if chain and (best is None or chain[0] > best[0]):
                best = chain
            if toks[i].low == "the" and i + 1 < len(toks):
                # "the Armed Forces of the Philippines": a name after the article that runs past the role
                # phrase "the armed forces" is that name.
                later_name = self._lookup(toks, i + 1, "alias", found)
                if later_name and best is not None and later_name[0] > best[0]:
                    best = (later_name[0], *self._resolve_name(later_name[1], country,
                                                               self._reading(later_name[1], toks, found)))
                    i += 1
            if best is None and gen is None:
                listed = self._listed_demonym(toks, i, country, found)
                if listed is not None:
                    best = (listed[0], listed[1], "demonym")
            if best is None and gen is None and role is None and not shouting:
                named = self._named_group(text, toks, i, found)
                if named is not None:
                    best = (named, Actor(text[toks[i].start:toks[named - 1].end], "rebel", None), "name")
            if best is None:
                # A name valid only in a context this article does not give ("National Liberation Army" in a
                # story from neither Colombia nor Macedonia) means none of its readings: kept as written.
                pending = self._unresolved(toks, i, found)
                if pending is not None and (gen is None or pending[0] > gen[0]):
                    s, e = toks[i].start, toks[pending[0] - 1].end
                    main = found.context.main if found.context is not None else None
                    best = (pending[0], self._militia_in(pending[2], main or country)
                            or Actor(text[s:e], pending[1], None), "name")
            if shouting and best is not None and any(
                _case_rule(t.surf) == "exact" for t in toks[i : best[0]]
            ):
                best = None
            if gen and (best is None or gen[0] > best[0]):
                generic.append((toks[i].start, toks[gen[0] - 1].end, gen[1].generic or ""))
                i = gen[0]
                continue
            if best is None:
                i += 1
                continue
            end, actor, how = best
            s, e = toks[i].start, toks[end - 1].end
            if actor is None:
                generic.append((s, e, f"role:{role[1].role}" if role else "role"))
            else:
                mentions.append(ActorMention(actor, s, e, text[s:e], how))
            i = end
        return mentions, generic

    def _named_group(self, text: str, toks: list[ActorToken], i: int, found: _Found) -> int | None:
        """The end of an armed group's own name that starts at token i and that the table does not hold: three or
        more capitalised words (lower-case connectors between them: "Front for the Liberation of X") ending in a
        head noun of group_name_heads. Not inside a longer capitalised run, nor in a line written in title case
        (a headline capitalises every word), nor ending in a name the table holds ("ethnic Albanian National
        Liberation Army" is the table's "National Liberation Army")."""
        def cap(t: ActorToken) -> bool:
            return t.surf[:1].isupper() and t.surf.isalpha()
        first = toks[i]
        if not cap(first) or first.low in self._not_name or first.low in self._connectors:
            return None
        if i and cap(toks[i - 1]) and toks[i - 1].low not in self._connectors:
            return None  # inside a longer name
        if (i + 1 < len(toks) and toks[i + 1].low == "'s") or (i > 1 and toks[i - 1].low == "'s" and cap(toks[i - 2])):
            return None  # "Damiba's Patriotic Movement": a person's or a place's, not a name of its own
        head = None
        words = 0  # capitalised words up to the head
        j = i
        while j < len(toks) and j - i < 12:
            t = toks[j]
            if cap(t) and t.low not in self._not_name:
                words += 1
                if t.low in self._heads and words >= 3:
                    head = j
            elif t.low not in self._connectors:
                break
            j += 1
        if head is None:
            return None
        if any(toks[k].low in self._police for k in range(i, head)):
            return None  # "Zhoa Gendarmerie Brigade", "Wum Police Brigade": a state force's post, named by its town
        if any(e.alias is not None or e.cond for j in range(i + 1, head + 1)
               for end, e in self._matches(toks, j, found) if end == head + 1):
            return None
        line_start = text.rfind("\n", 0, first.start) + 1
        line_end = text.find("\n", first.start)
        line = text[line_start:len(text) if line_end < 0 else line_end].split()
        if len(line) >= 4 and sum(w[:1].isupper() for w in line) > 0.7 * len(line):
            return None
        return head + 1

    # ---- public API ----------------------------------------------------------------------------------------

    def canonical(self, name: str, country: str | None = None) -> Actor | None:
        """The actor a whole name means (any alias, case, diacritics or apostrophe variant), or None."""
        if name in self.actors:
            return self.actors[name]
        made = self._made_militia(name) if name.endswith(")") else None
        if made is not None:
            return made
        toks = phrase_tokens(name)
        if not toks:
            return None
        mentions, _ = self._scan(name, country)
        if len(mentions) == 1 and mentions[0].start == toks[0].start and mentions[0].end == toks[-1].end \
                and mentions[0].actor.name in self.actors:  # not a name kept as written for want of context
            return mentions[0].actor
        # Users type names in lower case ("isis"): retry without the case rule, but not for short acronyms.
        low = tuple(t.low for t in toks)
        for e in self._phrases.get(low, ()):
            if (e.alias is not None or e.role) and "exact" not in e.case:
                return self._resolve_name(e, country)[0]
        return None

    def find(self, text: str, country: str | None = None, context: ActorContext | None = None
             ) -> list[ActorMention]:
        """All actor mentions in `text`, left to right, longest first at each place, non-overlapping.
        `country` (ISO alpha-2) is the article's: generic phrases ("government forces", "the army", "rebels")
        then mean that country's default actors; without it they keep the Syria-first readings of
        shared/gold/actors.tsv where it has one and are otherwise left to generic(). `context` (the article's
        countries and date) decides the aliases valid only in context; a name no context fits is kept as
        written (an actor the table does not hold)."""
        return self._scan(text, country, context=context)[0]

    def scan(self, text: str, country: str | None = None, toks: list[ActorToken] | None = None,
             ends: dict[int, list[int]] | None = None, context: ActorContext | None = None
             ) -> tuple[list[ActorMention], list[tuple[int, int, str]]]:
        """find() and generic() of one text in one pass over it. `toks` are the text's words as
        phrase_tokens cuts them (made from spaCy's tokens by the actor component) and `ends[i]` the ends of
        the phrase keys found at token i, longest first (by its PhraseMatcher over `phrase_keys()`); without
        them the table cuts the text and looks its phrases up itself."""
        return self._scan(text, country, toks, ends, context)

    def phrase_keys(self) -> list[tuple[str, ...]]:
        """Every phrase the table matches, as token keys (for a PhraseMatcher)."""
        return list(self._phrases)

    def generic(self, text: str, country: str | None = None) -> list[tuple[int, int, str]]:
        """Generic and anaphoric nouns (start, end, label): "jihadist"/"armed group"/"enemy" classes, and role
        phrases ("role:state") the country did not resolve. The caller resolves them from article context."""
        return self._scan(text, country)[1]

    def aliases(self) -> dict[str, list[str]]:
        """Alias -> canonical names that list it (one, in a valid table); for checks and tooling."""
        return {k: list(v) for k, v in self._aliases.items()}


@lru_cache(maxsize=1)
def get_actor_table() -> ActorTable:
    """The process-wide table, loaded on first use; call get_actor_table.cache_clear() after editing files."""
    return ActorTable.load()
