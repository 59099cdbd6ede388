"""Articles to events: the only layer that runs spaCy.

`extract_batch(articles)` and `extract_batch_tolerant(articles)` are the entry points; the stages are the
modules of this package (nlp, modality, arguments, dates, merge, pipeline)."""

from frontlog.extract.pipeline import Stats, extract_batch, extract_batch_tolerant

__all__ = ["Stats", "extract_batch", "extract_batch_tolerant"]
