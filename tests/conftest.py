"""Shared fixtures: the real spaCy model, and a private gazetteer cache so tests never touch the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session", autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    # The gazetteer index is built once per test session into a private cache; user files are not read.
    mp = pytest.MonkeyPatch()
    cache = Path(__file__).resolve().parents[1] / ".pytest_cache" / "frontlog-cache"
    cache.mkdir(parents=True, exist_ok=True)
    mp.setenv("FRONTLOG_CACHE", str(cache))
    mp.setenv("FRONTLOG_HOME", str(tmp_path_factory.mktemp("frontlog-home")))
    yield
    mp.undo()


@pytest.fixture(scope="session")
def nlp():
    from frontlog.extract.nlp import load_nlp

    return load_nlp()


def require_shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"{SHARED} is absent: the dev articles and gold live there (clone beside ../shared)")
    return SHARED
