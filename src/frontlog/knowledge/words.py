"""Word classes: the named sets of words and phrases the extractor's rules use ("reporting verbs", "siege words",
"person titles"...), one file per class in `knowledge/data/words/<class>.txt`, extended by the user's
`$FRONTLOG_HOME/words/<class>.txt`.

File format: one entry per line; `#` starts a comment; blank lines are ignored. A line `-word` in a user file
removes an entry the package file has. Entries are kept as written (case matters where the class says so in its
header comment); callers that compare lowercase use `WordClasses.lower(name)`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

WORDS_DIR = "words"


class WordClassError(KeyError):
    """A rule asked for a word class that no file defines."""

    def __str__(self) -> str:
        return (f"no word class {self.args[0]!r}: add knowledge/data/words/{self.args[0]}.txt "
                "(or the same file under $FRONTLOG_HOME/words)")


def _entries(path: Path) -> list[str]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


@dataclass(frozen=True)
class WordClasses:
    """Immutable mapping of class name → entries (in file order, duplicates dropped)."""

    classes: Mapping[str, tuple[str, ...]]
    fingerprint: str = ""
    _sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _lower: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, dirs: Iterable[Path]) -> WordClasses:
        """Read every `<class>.txt` of each folder in order; later folders extend (or, with `-entry`, trim)."""
        merged: dict[str, list[str]] = {}
        digest = hashlib.sha256()
        for d in dirs:
            if not d.is_dir():
                continue
            for path in sorted(d.glob("*.txt")):
                name = path.stem
                items = merged.setdefault(name, [])
                for entry in _entries(path):
                    if entry.startswith("-") and len(entry) > 1 and entry[1] != "-":
                        if entry[1:] in items:
                            items.remove(entry[1:])
                    elif entry not in items:
                        items.append(entry)
                digest.update(name.encode() + b"\0" + path.read_bytes())
        return cls({k: tuple(v) for k, v in sorted(merged.items())}, digest.hexdigest()[:16])

    def __contains__(self, name: object) -> bool:
        return name in self.classes

    def names(self) -> list[str]:
        return list(self.classes)

    def list(self, name: str) -> tuple[str, ...]:
        """The entries of a class in file order (for patterns whose order matters)."""
        try:
            return self.classes[name]
        except KeyError:
            raise WordClassError(name) from None

    def set(self, name: str) -> frozenset[str]:
        """The entries of a class as written."""
        if name not in self._sets:
            self._sets[name] = frozenset(self.list(name))
        return self._sets[name]

    def lower(self, name: str) -> frozenset[str]:
        """The entries of a class, lowercased."""
        if name not in self._lower:
            self._lower[name] = frozenset(w.lower() for w in self.list(name))
        return self._lower[name]

    def alternation(self, name: str) -> str:
        """A regex alternation of the class's entries (longest first, escaped; spaces match any whitespace)."""
        return regex_alternation(self.list(name))


def regex_alternation(items: Iterable[str]) -> str:
    """A regex alternation of `items`, longest first (so "a couple of" is tried before "a"), escaped, spaces
    matching any whitespace. For alternations built from several classes or from part of one."""
    import re

    ordered = sorted(dict.fromkeys(items), key=lambda s: (-len(s), s))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
