"""Articles to events: the only layer that runs spaCy.

`extract_batch(articles)` and `extract_batch_tolerant(articles)` are the entry points; the stages are the
modules of this package (nlp, modality, arguments, dates, merge, pipeline)."""

from __future__ import annotations

import sys
import types


def _import_spacy_without_its_cli() -> None:
    """Import spaCy without its command line. `import spacy` imports `spacy.cli` (typer, rich, httpx, weasel,
    requests: 0.4-0.6 s, a sixth of `frontlog extract`'s start-up) only to export `spacy.info`, which frontlog
    never calls. A stand-in `spacy.cli.info` gives that one name, loading the real one if it is ever called;
    the stand-ins leave `sys.modules` as soon as spaCy is imported, so `import spacy.cli` later (spaCy's own
    commands, a user's code) loads the real package. A spaCy whose package needs more of its command line than
    `info` is imported whole, as before."""
    if "spacy" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package that finds no submodule: only the stand-in below
    info_module = types.ModuleType("spacy.cli.info")

    def info(*args, **kwargs):  # spacy.info: the real one, imported on first use
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    info_module.info = info
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info_module
    try:
        import spacy  # noqa: F401
    except ImportError:
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]  # a half-imported spaCy: forget it and import it with its command line
    finally:
        for name, stand_in in (("spacy.cli.info", info_module), ("spacy.cli", cli)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    import spacy  # noqa: F401, F811 - whole, if the stand-in was not enough


_import_spacy_without_its_cli()

from frontlog.extract.pipeline import Stats, extract_batch, extract_batch_tolerant  # noqa: E402

__all__ = ["Stats", "extract_batch", "extract_batch_tolerant"]
