"""What the extractor hands its callers besides the events: a run's counts (`Stats`), the error of an article over
a limit (`ArticleLimitError`), the longest text the language model reads (`MAX_CHARS`) and text made encodable
(`without_surrogates`).

They live here, below the extractor, because they cross from worker processes to the parent of `--jobs N`: the
parent reads inputs, unpickles results and writes them, and importing none of `frontlog.extract` (spaCy, numpy,
the model's code: a second of start-up) lets it start its workers at once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# The longest text the pipeline accepts (spaCy's own default max_length, set explicitly so that the readers'
# per-article limit can never exceed it: a longer article is refused with a message, not a crash).
MAX_CHARS = 1_000_000

_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates ("\\udc80" in JSON) replaced by U+FFFD: they cannot be encoded, so neither parsed nor written
    as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


class ArticleLimitError(ValueError):
    """An article beyond what frontlog can handle (too long, over its time budget): the user's to split or drop,
    not a bug to report."""


@dataclass
class Stats:
    """What one extraction run did, for the CLI summary."""

    articles: int = 0
    events: int = 0
    undated_relative: int = 0
    rejected_modality: int = 0
    no_place: int = 0
    reasons: Counter = field(default_factory=Counter)

    def add(self, other: Stats) -> None:
        for name in ("articles", "events", "undated_relative", "rejected_modality", "no_place"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.reasons.update(other.reasons)
