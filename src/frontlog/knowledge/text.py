"""Splitting text into word tokens with their offsets, for the matchers that work on words rather than on
spaCy's parse (the place finder, the actor table)."""

from __future__ import annotations

import re

Tok = tuple[int, int, str]  # start, end, the word as written

# Words, and numbers as their own tokens: a number never starts a name but may stand inside one
# ("Division 17", "Brigade 93 base", "Camp 12"). Apostrophes, hyphens and full stops join a word's parts.
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['’‘`ʿʾ\-\.][^\W\d_]+)*|\d+")


def name_tokens(text: str) -> list[Tok]:
    """Word tokens for name matching: "al-Bab" is one token, a possessive "Aleppo's" is "Aleppo", and a
    trailing full stop is not part of the word."""
    out = []
    for m in _NAME_TOKEN.finditer(text):
        s, e, t = m.start(), m.end(), m.group()
        # Possessive "Aleppo's": the place is the word without it.
        if t.endswith(("'s", "’s")):
            t, e = t[:-2], e - 2
        elif t.endswith("."):
            t, e = t[:-1], e - 1
        out.append((s, e, t))
    return out
