"""How many gold places frontlog can place: the gazetteer's reach and the extractor's, per gold set.

    python benchmarks/places.py [--shared PATH]

For each gold set under ../shared/gold (dev, dev2, seeds...) it prints
- `gazetteer`: of the distinct gold places (name, country), how many the gazetteer resolves, from the gold
  spelling and the gold country alone, to a point within 25 km of the gold one (the scorer's distance);
- `extraction` (also printed by benchmarks/quality.py): of the gold events, how many have an extracted event of
  the same article within 25 km, or with the same name within 100 km (the scorer's place test, whatever the
  event type or date).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from frontlog.knowledge.gazetteer import PlaceMention, get_gazetteer, name_key, skeleton_key, skeleton_usable
from frontlog.model.geo import km

ROOT = Path(__file__).resolve().parents[1]
MATCH_KM = 25.0  # the scorer's: two places within this distance are the same place
NAME_KM = 100.0  # the scorer's: the same name within this distance is the same place


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().replace("-", " ").split())


def gold_events(gold_dir: Path) -> list[dict]:
    return [json.loads(line) for f in sorted(gold_dir.glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def _located(events: Iterable[dict]) -> list[dict]:
    return [e for e in events if e.get("location") and e.get("latitude") is not None]


def gazetteer_reach(events: Iterable[dict]) -> tuple[int, int]:
    """(gold places resolved within MATCH_KM from their gold name and country, gold places)."""
    places = {(e["location"], e.get("country") or ""): (e["latitude"], e["longitude"]) for e in _located(events)}
    hits = sum(gazetteer_places(name, country, lat, lon) for (name, country), (lat, lon) in places.items())
    return hits, len(places)


def gazetteer_places(name: str, country: str, lat: float, lon: float) -> bool:
    """Whether the gazetteer resolves the name, in that country, to a point within MATCH_KM of (lat, lon)."""
    gaz = get_gazetteer()
    # As the place finder does: the exact name's places when the index has it, else the near spellings.
    exact = gaz.by_key(name_key(name))
    skel = skeleton_key(name)
    cands = list(exact or (gaz.by_skeleton(skel, name_key(name)) if skeleton_usable(skel, relaxed=True) else ()))
    mention = PlaceMention(0, len(name), name, cands, match="exact" if exact else "skeleton")
    best = gaz.resolve(mention, [country] if country else [])
    return best is not None and km(best.lat, best.lon, lat, lon) <= MATCH_KM


def extraction_reach(pred: Iterable[dict], gold: Iterable[dict]) -> tuple[int, int]:
    """(gold events with an extracted event of the same article at the same place, gold events with a place)."""
    by_doc: dict[str, list[dict]] = {}
    for p in _located(pred):
        by_doc.setdefault(p["doc_id"], []).append(p)
    located = _located(gold)
    hits = 0
    for g in located:
        for p in by_doc.get(g["doc_id"], ()):
            d = km(p["latitude"], p["longitude"], g["latitude"], g["longitude"])
            if d <= MATCH_KM or (d <= NAME_KM and _norm(p["location"]) == _norm(g["location"])):
                hits += 1
                break
    return hits, len(located)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ns = ap.parse_args()
    sets = sorted(p for p in (ns.shared / "gold").iterdir() if (p / "gold").is_dir()) \
        if (ns.shared / "gold").is_dir() else []
    if not sets:
        print(f"no gold sets under {ns.shared}: pass --shared PATH", file=sys.stderr)
        return 2
    for s in sets:
        hits, n = gazetteer_reach(gold_events(s / "gold"))
        print(f"{s.name}: gazetteer resolves {hits}/{n} gold places within {MATCH_KM:.0f} km")
    return 0


if __name__ == "__main__":
    sys.exit(main())
