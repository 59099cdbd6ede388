"""What made a report: the fingerprint of the knowledge and of the extractor's code, stored with every article's
reports so `frontlog ingest --stale` can tell which ones an older knowledge or code made."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from frontlog import __version__
from frontlog.knowledge.base import KnowledgeBase

# The code whose change can change what the extractor writes: this package, the knowledge loaders, the records.
_CODE_DIRS = ("extract", "knowledge", "model")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of frontlog's version and the source of the extractor, knowledge and model packages."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(__version__.encode())
    for folder in _CODE_DIRS:
        for path in sorted((root / folder).glob("*.py")):
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


def report_fingerprint(kb: KnowledgeBase) -> str:
    """The fingerprint stored with an article's reports: extractor code, then knowledge (`code-knowledge`)."""
    return f"{code_fingerprint()}-{kb.fingerprint}"
