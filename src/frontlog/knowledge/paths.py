"""Where frontlog keeps its files: packaged knowledge, the user's additions, and caches."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DATA = Path(__file__).parent / "data"


def user_data_dir() -> Path:
    """The user's own knowledge files (extra actors, places, triggers); FRONTLOG_HOME overrides."""
    base = os.environ.get("FRONTLOG_HOME")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "frontlog"


def cache_dir() -> Path:
    """Derived files that can be rebuilt (the gazetteer index); FRONTLOG_CACHE overrides."""
    base = os.environ.get("FRONTLOG_CACHE")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "frontlog"
