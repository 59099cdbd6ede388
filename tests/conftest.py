"""Shared fixtures: the real spaCy model, and a private gazetteer cache so tests never touch the user's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.model.records import Article, Event

if TYPE_CHECKING:
    from frontlog.extract.places import PlaceFinder, PlaceMention
    from frontlog.knowledge.gazetteer import Place

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


# The publication date of the one-sentence articles of the behaviour tests: a Wednesday, so "on Monday" is dated.
PUBLISHED = dt.date(2019, 5, 22)


def extract_text(text: str, published: dt.date | None = PUBLISHED) -> list[Event]:
    """The events the whole extractor (real model, gazetteer and actor table) finds in one article of `text`."""
    [events] = extract_batch([Article(id="t", text=text, published=published)], Stats())
    return events


def only_event(text: str, published: dt.date | None = PUBLISHED) -> Event:
    """The one event of `text`; fails, listing what was found, when there is not exactly one."""
    events = extract_text(text, published)
    assert len(events) == 1, [(e.sub_event_type, e.location, e.evidence) for e in events]
    return events[0]


def all_near(events: list[Event], lat: float, lon: float, within_km: float = 25) -> bool:
    """Are there events, and does every one lie within `within_km` of the point (the scorer's match distance)?"""
    from frontlog.model.geo import km

    return bool(events) and all(e.latitude is not None and km(lat, lon, e.latitude, e.longitude) <= within_km
                                for e in events)


def town_point(name: str, kind: str = "city") -> tuple[float, float]:
    """The gazetteer's point of the first place of that kind the name looks up (a test's expected coordinates)."""
    from frontlog.knowledge.gazetteer import get_gazetteer

    place = next(p for p in get_gazetteer().lookup(name) if p.kind == kind)
    return place.lat, place.lon


@pytest.fixture(scope="session")
def finder() -> PlaceFinder:
    """The place finder over the package knowledge, built once for every gazetteer-row test."""
    from frontlog.extract.places import PlaceFinder
    from frontlog.knowledge.base import KnowledgeBase

    return PlaceFinder(KnowledgeBase.load())


def first_place(f: PlaceFinder, text: str, hint: tuple[str, ...] = ()) -> tuple[PlaceMention, Place]:
    """The first (mention, place) the finder locates in `text` (failing the test, with the text, when there is none)."""
    found = f.locate(text, hint)
    assert found, f"no place found in {text!r}"
    return found[0]

