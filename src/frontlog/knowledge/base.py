"""The KnowledgeBase: everything the extractor knows about the world, loaded from data files and passed
explicitly to the stages that use it.

It holds the word classes (`knowledge/data/words/*.txt`), the trigger lexicon (`triggers.yaml`), the actor table
(`actors.tsv`), the country table (`countries.tsv`) and the gazetteer (opened lazily: it is a SQLite index).
Every part is read from the package's data folder, then from the user's folder (`$FRONTLOG_HOME`), so a user
extends any of it by adding a file there. It is immutable once loaded, and fingerprinted: the fingerprint is
stored with every report, so `frontlog ingest --reextract` can tell which reports an older knowledge made.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from frontlog.knowledge.paths import PACKAGE_DATA, user_data_dir
from frontlog.knowledge.words import WORDS_DIR, WordClasses

if TYPE_CHECKING:
    from frontlog.knowledge.actors import ActorTable
    from frontlog.knowledge.countries import CountryTable
    from frontlog.knowledge.gazetteer import Gazetteer, PlaceScores
    from frontlog.knowledge.lexicon import Lexicon
    from frontlog.knowledge.patterns import Patterns


def _knowledge_files(home: Path) -> list[Path]:
    """The files whose content makes the knowledge (package first, then the user's)."""
    files: list[Path] = []
    for base in (PACKAGE_DATA, home):
        if base.is_dir():
            files += sorted(p for p in base.rglob("*") if p.is_file() and p.suffix in {".txt", ".tsv", ".yaml"})
    return files


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """What the extractor knows. Build it with `KnowledgeBase.load()`; it never changes afterwards."""

    home: Path
    words: WordClasses
    _gazetteer: list = field(default_factory=list, repr=False)  # filled on first use

    @classmethod
    def load(cls, home: Path | None = None) -> KnowledgeBase:
        home = user_data_dir() if home is None else home
        words = WordClasses.load([PACKAGE_DATA / WORDS_DIR, home / WORDS_DIR])
        return cls(home, words)

    @cached_property
    def fingerprint(self) -> str:
        """A hash of the content of every knowledge file (package and user): equal content, equal print."""
        h = hashlib.sha256()
        for path in _knowledge_files(self.home):
            h.update(path.name.encode() + b"\0" + path.read_bytes())
        return h.hexdigest()[:16]

    @cached_property
    def patterns(self) -> Patterns:
        """The named regular expressions (patterns.yaml, package then user), word classes spliced in."""
        from frontlog.knowledge.patterns import PATTERN_FILE, Patterns

        return Patterns.load([PACKAGE_DATA / PATTERN_FILE, self.home / PATTERN_FILE], self.words)

    @cached_property
    def lexicon(self) -> Lexicon:
        from frontlog.knowledge.lexicon import Lexicon

        return Lexicon.for_knowledge(self)

    @cached_property
    def actors(self) -> ActorTable:
        from frontlog.knowledge.actors import ActorTable

        return ActorTable.load(words=self.words, home=self.home)

    @cached_property
    def countries(self) -> CountryTable:
        from frontlog.knowledge.countries import get_countries

        return get_countries()

    @cached_property
    def demonym_countries(self) -> dict[str, frozenset[str]]:
        """Each demonym or adjective of a country ("Syrian", "Malians") to the countries it names, from
        demonyms.tsv (package, then the user's own file of the same columns). A word two countries share
        ("Congolese") names both."""
        from frontlog.knowledge.actors import DEMONYM_FILE

        out: dict[str, set[str]] = {}
        for path in (PACKAGE_DATA / DEMONYM_FILE, self.home / DEMONYM_FILE):
            if not path.is_file():
                continue
            lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#")]
            for ln in lines[1:]:  # the first line is the header
                cells = [c.strip() for c in ln.split("\t")]
                if len(cells) < 3 or not cells[0]:
                    continue
                for word in (d.strip() for d in cells[2].split("|")):
                    if word:
                        out.setdefault(word, set()).add(cells[0].upper())
        return {w: frozenset(ccs) for w, ccs in out.items()}

    @cached_property
    def place_scores(self) -> PlaceScores:
        """How namesakes are chosen (place_scores.yaml, package then user)."""
        from frontlog.knowledge.gazetteer import PLACE_SCORES_FILE, PlaceScores

        return PlaceScores.load([PACKAGE_DATA / PLACE_SCORES_FILE, self.home / PLACE_SCORES_FILE])

    @property
    def gazetteer(self) -> Gazetteer:
        if not self._gazetteer:
            from frontlog.knowledge.gazetteer import get_gazetteer

            self._gazetteer.append(get_gazetteer())
        return self._gazetteer[0]


@lru_cache(maxsize=1)
def default_knowledge() -> KnowledgeBase:
    """The knowledge of this process (package + $FRONTLOG_HOME), loaded once. Entry points (a CLI run, a worker)
    call this and pass the result down; stages receive it, they do not fetch it."""
    return KnowledgeBase.load()
