"""docs/architecture.md is the map of the code: it names every module and every knowledge file, so a newcomer
finds any stage by its name (datasette tests its documentation the same way)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "frontlog"
DOC = ROOT / "docs" / "architecture.md"


def _modules() -> list[str]:
    return sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                  if p.name not in ("__init__.py", "__main__.py"))


def _data_files() -> list[str]:
    data = PACKAGE / "knowledge" / "data"
    return sorted(str(p.relative_to(data)) for p in data.rglob("*") if p.is_file())


def test_architecture_names_every_module() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [m for m in _modules() if f"`{m}`" not in text]
    assert not missing, ("docs/architecture.md does not name these modules; add a row saying what each does, "
                         f"written as `package/module.py`: {missing}")


def test_architecture_names_every_knowledge_file() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [f for f in _data_files() if f"`{f}`" not in text and f"`{Path(f).stem}`" not in text]
    assert not missing, ("docs/architecture.md does not name these files of src/frontlog/knowledge/data; add "
                         f"each with what it holds (a word class may be named by its stem, `siege_words`): {missing}")


def test_architecture_names_no_module_that_is_gone() -> None:
    import re

    text = DOC.read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:model|knowledge|extract|dataset|jobs|serve|cli)/[a-z_]+\.py)`", text))
    gone = sorted(n for n in named if not (PACKAGE / n).is_file())
    assert not gone, f"docs/architecture.md names modules that no longer exist: {gone}"
