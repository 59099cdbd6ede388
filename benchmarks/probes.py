"""Probes: one- or two-sentence reports written by the team, each with the records an analyst would code.

    python benchmarks/probes.py [FILE.jsonl ...] [--show]

Each line of `benchmarks/probes/*.jsonl` is one probe:
    {"id": "vac-01", "published": "2024-03-05", "text": "...",
     "expect": [{"sub_event_type": "Attack", "actor1": "...", "actor2": "...", "location": "...", "country": "..."}]}
Only `sub_event_type` is required in an expected record; the other keys (actor1, actor2, location, country,
date_start, date_end, fatalities, claimed_by), when present, must match too (names compared without case or
diacritics, dates as ISO strings; `actor2: null` asks for no actor2). `"near": [lat, lon]` asks for a place within
25 km of that point, as the scoring does (for a camp, a quarter or a hamlet whose spelling varies).
`"expect": []` asks for no event at all.
A probe passes when its predicted records and its expected ones pair up one to one. The figures printed per file:
probes passed, and how many expected records found their sub-type, and among those, their actor1, actor2 and place;
then a second line per file, event by event (for long probes, where one spare or missing record fails the whole probe):
recall, the expected records that fit a predicted event, and precision, the predicted events that fit an expected
record (each event fits at most one record: a maximum one-to-one matching).

Probes are how frontlog meets common phrasings it was not written for: write them before reading the lexicon, as a
reporter would write, and note the first-contact pass rate of a new file in its first line's commit.
`--show` prints every failing probe with what was extracted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.model.geo import km
from frontlog.model.records import Article, Event

ROOT = Path(__file__).resolve().parent / "probes"
KEYS = ("actor1", "actor2", "location", "country", "date_start", "date_end", "fatalities", "claimed_by")
NEAR_KM = 25.0  # EVENTS.md's scoring: places within 25 km match


def fold(value: str | int | None) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFKD", str(value))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def near(expected: dict, event: Event) -> bool:
    """Whether the event lies within NEAR_KM of the expected point (true when the probe asks for no point)."""
    if "near" not in expected:
        return True
    if event.latitude is None or event.longitude is None:
        return False
    lat, lon = expected["near"]
    return km(lat, lon, event.latitude, event.longitude) <= NEAR_KM


def fits(expected: dict, event: Event) -> bool:
    if expected["sub_event_type"] != event.sub_event_type:
        return False
    return near(expected, event) and all(fold(expected[k]) == fold(getattr(event, k)) for k in KEYS if k in expected)


def pair(expected: list[dict], events: list[Event]) -> bool:
    """Whether every expected record fits a distinct event and no event is left over (small sets: backtracking)."""
    if len(expected) != len(events):
        return False
    if not expected:
        return True
    first, rest = expected[0], expected[1:]
    return any(fits(first, e) and pair(rest, events[:i] + events[i + 1:]) for i, e in enumerate(events))


def matched(expected: list[dict], events: list[Event]) -> int:
    """The most expected records that fit distinct events (a maximum bipartite matching, by augmenting paths)."""
    owner: dict[int, int] = {}  # event index -> expected index

    def augment(i: int, seen: set[int]) -> bool:
        for j, e in enumerate(events):
            if j in seen or not fits(expected[i], e):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(expected)))


@dataclass
class Tally:
    probes: int = 0
    passed: int = 0
    expected: int = 0
    subtype: int = 0
    keys: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in (*KEYS, "near")})
    predicted: int = 0
    fitting: int = 0

    def add(self, expect: list[dict], events: list[Event]) -> bool:
        self.probes += 1
        self.predicted += len(events)
        self.fitting += matched(expect, events)
        ok = pair(expect, events)
        self.passed += ok
        free = list(events)
        for x in expect:
            self.expected += 1
            same = [e for e in free if e.sub_event_type == x["sub_event_type"]]
            if not same:
                continue
            self.subtype += 1
            best = max(same, key=lambda e: near(x, e) + sum(fold(x[k]) == fold(getattr(e, k)) for k in KEYS if k in x))
            free.remove(best)
            for k in KEYS:
                if k in x:
                    self.keys[k][1] += 1
                    self.keys[k][0] += fold(x[k]) == fold(getattr(best, k))
            if "near" in x:
                self.keys["near"][1] += 1
                self.keys["near"][0] += near(x, best)
        return ok

    def line(self, name: str) -> str:
        parts = [f"{name}: passed {self.passed}/{self.probes}",
                 f"sub-type {self.subtype}/{self.expected}"]
        parts += [f"{k} {n}/{d}" for k, (n, d) in self.keys.items() if d]
        return "  ".join(parts)

    def events_line(self, name: str) -> str:
        def share(n: int, d: int) -> str:
            return f"{n}/{d} ({n / d:.3f})" if d else f"{n}/{d}"
        return (f"{name} events: recall {share(self.fitting, self.expected)}  "
                f"precision {share(self.fitting, self.predicted)}")


def load(path: Path) -> list[dict]:
    probes = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                probes.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise SystemExit(f"{path}:{n}: not JSON ({err}); fix the line") from None
    return probes


def describe(e: Event) -> str:
    return " | ".join(str(getattr(e, k)) for k in ("sub_event_type", *KEYS, "latitude", "longitude"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show", action="store_true", help="print every failing probe with what was extracted")
    ns = ap.parse_args()
    files = ns.files or sorted(ROOT.glob("*.jsonl"))
    total = Tally()
    for path in files:
        probes = load(path)
        articles = [Article(id=p["id"], text=p["text"], published=dt.date.fromisoformat(p["published"]))
                    for p in probes]
        tally = Tally()
        for probe, events in zip(probes, extract_batch(articles, Stats()), strict=True):
            ok = tally.add(probe["expect"], events)
            total.add(probe["expect"], events)
            if ns.show and not ok:
                print(f"FAIL {probe['id']}: {probe['text']}")
                for x in probe["expect"]:
                    print("   want " + " | ".join(str(x.get(k, "*")) for k in ("sub_event_type", *KEYS, "near")))
                for e in events:
                    print("   got  " + describe(e))
        print(tally.line(path.stem))
        print(tally.events_line(path.stem))
    if len(files) > 1:
        print(total.line("all"))
        print(total.events_line("all"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
