"""Trigger lexicon: words and phrases that report an act, loaded from data/triggers.yaml (plus the user's)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from frontlog.knowledge.paths import PACKAGE_DATA, user_data_dir
from frontlog.model.records import SUB_TO_TYPE

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

TRIGGER_FILE = "triggers.yaml"
PSEUDO_SUBS = {"@territory", "@strike", "@kill", "@attack"}
KNOWN_NEEDS = {"place", "air", "armed", "protest", "people", "weapon", "deal"}
MAX_GAP = 3  # how many words a "*" in a phrase may skip
MONTH_NAMES = {"March", "May"}  # capitalised, these are months, whatever the tagger says


class LexiconError(ValueError):
    """A trigger file entry is malformed."""


@dataclass(frozen=True)
class Trigger:
    phrase: tuple[str, ...]
    sub: str
    pos: frozenset[str] = frozenset()
    needs: tuple[str, ...] = ()
    without: frozenset[str] = frozenset()
    weight: float = 0.7


@dataclass
class TriggerMatch:
    """Where a trigger phrase occurs in a sentence; `alternatives` share the same words."""

    alternatives: list[Trigger]
    tokens: list[Token]

    @property
    def head(self) -> Token:
        """The match's syntactic head: the token whose head lies outside the match."""
        inside = {t.i for t in self.tokens}
        for tok in self.tokens:
            if tok.head.i not in inside or tok.head.i == tok.i:
                return tok
        return self.tokens[-1]

    @property
    def start(self) -> int:
        return self.tokens[0].i

    @property
    def end(self) -> int:
        return self.tokens[-1].i + 1


def _parse_entry(raw: dict, where: str) -> Trigger:
    if not isinstance(raw, dict) or "phrase" not in raw or "sub" not in raw:
        raise LexiconError(f"{where}: each entry needs `phrase` and `sub`, got {raw!r}")
    sub = str(raw["sub"])
    if sub not in SUB_TO_TYPE and sub not in PSEUDO_SUBS:
        raise LexiconError(f"{where}: unknown sub-event type {sub!r} (see shared/spec/EVENTS.md)")
    needs = tuple(raw.get("needs") or ())
    unknown = set(needs) - KNOWN_NEEDS
    if unknown:
        raise LexiconError(f"{where}: unknown `needs` {sorted(unknown)}; use some of {sorted(KNOWN_NEEDS)}")
    phrase = tuple(str(raw["phrase"]).lower().replace("-", " ").split())
    if not phrase or phrase[0] == "*" or phrase[-1] == "*":
        raise LexiconError(f"{where}: phrase {raw['phrase']!r} must start and end with a word")
    return Trigger(
        phrase=phrase,
        sub=sub,
        pos=frozenset(raw.get("pos") or ()),
        needs=needs,
        without=frozenset(w.lower() for w in raw.get("without") or ()),
        weight=float(raw.get("weight", 0.7)),
    )


class Lexicon:
    """Trigger entries indexed by their first word."""

    def __init__(self, triggers: Sequence[Trigger]):
        self.triggers = list(triggers)
        self._by_first: dict[str, list[Trigger]] = defaultdict(list)
        for trig in self.triggers:
            self._by_first[trig.phrase[0]].append(trig)
        # Longer phrases first, so "suicide car bomb" is tried before "car bomb".
        for entries in self._by_first.values():
            entries.sort(key=lambda t: -len(t.phrase))

    @classmethod
    def load(cls, paths: Sequence[Path] | None = None) -> Lexicon:
        import yaml

        if paths is None:
            paths = [PACKAGE_DATA / TRIGGER_FILE]
            user = user_data_dir() / TRIGGER_FILE
            if user.exists():
                paths.append(user)
        triggers: list[Trigger] = []
        for path in paths:
            try:
                entries = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
            except yaml.YAMLError as exc:
                raise LexiconError(f"{path}: not valid YAML ({exc})") from exc
            if not isinstance(entries, list):
                raise LexiconError(f"{path}: expected a list of entries")
            triggers.extend(_parse_entry(raw, f"{path} entry {n}") for n, raw in enumerate(entries, 1))
        return cls(triggers)

    def match(self, sent: Span) -> list[TriggerMatch]:
        """All trigger matches in a sentence; overlapping matches keep the longest."""
        words = [t for t in sent if not (t.is_punct and t.text in "-–")]
        keys = [(t.lemma_.lower(), t.lower_) for t in words]
        found: list[TriggerMatch] = []
        for i, tok in enumerate(words):
            if tok.text in MONTH_NAMES:
                continue  # "March 22", "May 2015": a month, not a march or a modal
            best: list[Trigger] = []
            best_toks: list[Token] = []
            for key in dict.fromkeys(keys[i]):  # ordered: output must not depend on hash seeds
                for trig in self._by_first.get(key, ()):
                    if trig.pos and tok.pos_ not in trig.pos and tok.pos_ != "PROPN":
                        continue
                    toks = _match_from(trig.phrase, words, keys, i)
                    if toks is None:
                        continue
                    if len(toks) > len(best_toks):
                        best, best_toks = [trig], toks
                    elif len(toks) == len(best_toks) and trig not in best:
                        best.append(trig)
            if best:
                found.append(TriggerMatch(best, best_toks))
        return _drop_overlaps(found)


def _match_from(phrase: tuple[str, ...], words: list, keys: list, i: int) -> list | None:
    toks = [words[i]]
    pos = i + 1
    gap = False
    for part in phrase[1:]:
        if part == "*":
            gap = True
            continue
        limit = min(len(words), pos + (MAX_GAP + 1 if gap else 1))
        hit = next((j for j in range(pos, limit) if part in keys[j]), None)
        if hit is None:
            return None
        toks.append(words[hit])
        pos = hit + 1
        gap = False
    return toks


def _drop_overlaps(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    matches.sort(key=lambda m: (-(m.end - m.start), -len(m.tokens), m.start))
    taken: set[int] = set()
    kept: list[TriggerMatch] = []
    for m in matches:
        ids = {t.i for t in m.tokens}
        if ids & taken:
            continue
        taken |= ids
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The package lexicon plus the user's, loaded once per process."""
    return Lexicon.load()
