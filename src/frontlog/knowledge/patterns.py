"""Named regular expressions, loaded from `knowledge/data/patterns.yaml` (plus the user's), with word classes
spliced in: `{words:CLASS}` is the alternation of a word class, `{keys:CLASS}` of a word=value class's words, and
`{num}` a number in digits or words captured as group 1."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from frontlog.knowledge.paths import read_yaml
from frontlog.knowledge.words import WordClasses, regex_alternation

PATTERN_FILE = "patterns.yaml"
_PLACEHOLDER = re.compile(r"\{(words|keys):([a-z_0-9]+)\}|\{num\}")


class PatternError(ValueError):
    """A pattern file entry is malformed or names an unknown word class."""


def number_values(words: WordClasses, name: str = "number_words") -> dict[str, int]:
    """A word=value class as a dict ("a dozen" -> 12)."""
    out: dict[str, int] = {}
    for entry in words.list(name):
        word, _, value = entry.rpartition("=")
        out[word.strip().lower()] = int(value)
    return out


def number_regex(words: WordClasses) -> str:
    """Digits ("1,200", "12"), tens-units ("twenty-one") or a number word; one capturing group."""
    values = number_values(words)
    tens = [w for w, v in values.items() if 20 <= v <= 90 and v % 10 == 0 and " " not in w]
    units = [w for w, v in values.items() if 1 <= v <= 9 and " " not in w]
    names = "|".join(sorted(values, key=len, reverse=True))
    return (r"(\d{1,3}(?:,\d{3})+|\d+|(?:" + "|".join(tens) + r")[\s-](?:" + "|".join(units) + r")\b|"
            + names + ")")


def _number_required(text: str) -> bool:
    """Whether a pattern's text can match only where `{num}` matches: the placeholder stands outside every group
    and the pattern has no top-level alternative (escapes and character classes skipped)."""
    depth, i, required, in_class = 0, 0, False, False
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (text[i + 1:i + 2] == "^")
            i += text[i:i + 1] == "]"  # "[]...]", "[^]...]": a "]" first is a member of the class
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0 and (c == "|" or text.startswith(("{words:", "{keys:"), i)):
            return False  # an alternative, or a word class spliced in bare (an alternation of its own)
        elif depth == 0 and text.startswith("{num}", i) and text[i + 5:i + 6] not in ("?", "*", "{"):
            required = True  # (not "{num}?": optional)
        i += 1
    return required


class Patterns:
    """Compiled named patterns (each name a list, in file order)."""

    def __init__(self, raw: dict[str, list], words: WordClasses) -> None:
        self._compiled: dict[str, list[re.Pattern[str]]] = {}
        self._numbered: set[re.Pattern[str]] = set()  # the patterns that can match only where their {num} does
        num = number_regex(words) if "number_words" in words else None
        # Somewhere a number can start (a digit or a number word, case aside): a sentence with none cannot match a
        # pattern whose {num} is required (number_gate).
        self.number_gate: re.Pattern[str] | None = None if num is None else re.compile(
            r"\d|" + "|".join(re.escape(w) for w in sorted(number_values(words), key=len, reverse=True)), re.I)
        for name, entries in raw.items():
            out = []
            for n, entry in enumerate(entries, 1):
                text, case = (entry, False) if isinstance(entry, str) else (entry.get("re"), bool(entry.get("case")))
                if not isinstance(text, str):
                    raise PatternError(f"{PATTERN_FILE}: {name} entry {n}: expected a regex or {{re: ..., case: ...}}")

                def splice(m: re.Match[str], name=name) -> str:
                    if m.group(0) == "{num}":
                        if num is None:
                            raise PatternError(f"{PATTERN_FILE}: {name} uses {{num}} but there is no number_words")
                        return num
                    cls = m.group(2)
                    if cls not in words:
                        raise PatternError(f"{PATTERN_FILE}: {name} names an unknown word class {cls!r}")
                    items = words.list(cls)
                    if m.group(1) == "keys":
                        items = tuple(e.rpartition("=")[0].strip() for e in items)
                    return regex_alternation(items)

                try:
                    out.append(re.compile(_PLACEHOLDER.sub(splice, text), 0 if case else re.I))
                except re.error as exc:
                    raise PatternError(f"{PATTERN_FILE}: {name} entry {n}: not a valid regex ({exc})") from exc
                if _number_required(text):
                    self._numbered.add(out[-1])
            self._compiled[name] = out

    @classmethod
    def load(cls, paths: Iterable[Path], words: WordClasses) -> Patterns:
        merged: dict[str, list] = {}
        for path in paths:
            if not path.is_file():
                continue
            data = read_yaml(path) or {}
            if not isinstance(data, dict):
                raise PatternError(f"{path}: expected a mapping of pattern names to lists")
            for name, entries in data.items():
                merged.setdefault(name, []).extend(entries if isinstance(entries, list) else [entries])
        return cls(merged, words)

    def __getitem__(self, name: str) -> list[re.Pattern[str]]:
        try:
            return self._compiled[name]
        except KeyError:
            raise PatternError(f"no pattern named {name!r} in {PATTERN_FILE}") from None

    def number_required(self, patterns: Iterable[re.Pattern[str]]) -> bool:
        """Whether every one of these patterns (of this file) matches only where a number does (number_gate finds
        one first)."""
        return all(p in self._numbered for p in patterns)

    def one(self, name: str) -> re.Pattern[str]:
        """The single pattern of a name (a user's additions are joined to it as alternatives)."""
        pats = self[name]
        if len(pats) == 1:
            return pats[0]
        return re.compile("|".join(f"(?:{p.pattern})" for p in pats), pats[0].flags)
