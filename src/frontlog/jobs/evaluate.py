"""Evaluation against hand-coded gold, with the rules of shared/spec/EVENTS.md "Scoring".

An extracted event matches a gold event of the same document when the event_type is the same, the places are
within 25 km (or carry the same name) and the date windows overlap; matching is one-to-one, greedy, best
sub-type and nearest place first.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from frontlog.knowledge.actors import get_actor_table
from frontlog.model.geo import between as _km

MATCH_KM = 25.0
_PREFIXES = ("al-", "al ", "el-", "ar-", "as-", "ad-", "ash-", "at-", "az-", "an-")


class GoldError(ValueError):
    """A gold or prediction file cannot be read."""


def _norm(s: object) -> str:
    if not s:
        return ""
    text = unicodedata.normalize("NFKD", str(s))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    for q in ("‘", "’", "'", "`"):
        text = text.replace(q, "")
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix):]
    return " ".join(text.replace("-", " ").split())


class _Obj:
    """Attribute view of a dict, so merge.km can measure it."""

    def __init__(self, d: dict):
        self.latitude = d.get("latitude")
        self.longitude = d.get("longitude")


def _window(e: dict) -> tuple[dt.date, dt.date] | None:
    def day(x: object) -> dt.date | None:
        try:
            return dt.date.fromisoformat(str(x)[:10])
        except ValueError:
            return None

    start, end = day(e.get("date_start")), day(e.get("date_end"))
    if start is None and end is None:
        return None
    return (start or end, end or start)  # type: ignore[return-value]


def _dates_agree(p: dict, g: dict) -> bool:
    wp, wg = _window(p), _window(g)
    if wp is None or wg is None:
        return wp is None and wg is None
    return wp[0] <= wg[1] and wg[0] <= wp[1]


def _distance(p: dict, g: dict) -> float | None:
    if _norm(p.get("location")) and _norm(p.get("location")) == _norm(g.get("location")):
        return 0.0
    try:
        return _km(_Obj(p), _Obj(g))  # type: ignore[arg-type]
    except TypeError:
        return None


def load_jsonl(path: Path) -> list[dict]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{n}: not JSON ({exc.msg}): fix the line") from exc
    return out


def match(pred: list[dict], gold: list[dict]) -> list[tuple[dict, dict, float]]:
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p.get("event_type") != g.get("event_type") or not _dates_agree(p, g):
                continue
            dist = _distance(p, g)
            if dist is None or dist > MATCH_KM:
                continue
            cands.append((p.get("sub_event_type") != g.get("sub_event_type"), dist, i, j))
    cands.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, dist, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((pred[i], gold[j], dist))
    return pairs


@dataclass
class Report:
    matched: int = 0
    predicted: int = 0
    gold: int = 0
    same_sub: float = 0.0
    same_actor1: float = 0.0
    same_actor2: float = 0.0
    median_km: float | None = None
    per_type: dict = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def lines(self) -> list[str]:
        med = "n/a" if self.median_km is None else f"{self.median_km:.1f}"
        out = [
            f"events: predicted {self.predicted}, gold {self.gold}, matched {self.matched}",
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}",
            f"of matched: same sub-type {self.same_sub:.3f}, same actor1 {self.same_actor1:.3f}, "
            f"same actor2 {self.same_actor2:.3f}, median distance {med} km",
        ]
        for typ, (m, p, g) in sorted(self.per_type.items()):
            out.append(f"  {typ:<28} matched {m:>3}  predicted {p:>3}  gold {g:>3}")
        return out


def evaluate(pred_path: Path, gold_dir: Path) -> Report:
    """Score predictions against every <doc_id>.jsonl in gold_dir (documents without gold are ignored)."""
    gold_files = sorted(Path(gold_dir).glob("*.jsonl"))
    if not gold_files:
        raise GoldError(f"{gold_dir}: no <doc_id>.jsonl gold files found: point at a gold folder")
    gold = {f.stem: load_jsonl(f) for f in gold_files}
    aliases: dict[str, str] = {}
    for events in gold.values():
        for g in events:
            for name, names in (g.get("actor_aliases") or {}).items():
                for alias in [name, *names]:
                    aliases.setdefault(_norm(alias), name)
    table = get_actor_table()

    def canon(name: object) -> str:
        if not name:
            return ""
        actor = table.canonical(str(name))
        return _norm(actor.name) if actor else _norm(aliases.get(_norm(name), name))

    pred: dict[str, list[dict]] = defaultdict(list)
    for e in load_jsonl(pred_path):
        pred[e.get("doc_id")].append(e)
    rep = Report()
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    pairs = []
    for doc, gold_events in gold.items():
        preds = pred.get(doc, [])
        doc_pairs = match(preds, gold_events)
        pairs.extend(doc_pairs)
        for p in preds:
            per_type[p.get("event_type")][1] += 1
        for g in gold_events:
            per_type[g.get("event_type")][2] += 1
        for _, g, _ in doc_pairs:
            per_type[g.get("event_type")][0] += 1
        rep.predicted += len(preds)
        rep.gold += len(gold_events)
    rep.matched = len(pairs)
    if pairs:
        rep.same_sub = sum(p.get("sub_event_type") == g.get("sub_event_type") for p, g, _ in pairs) / len(pairs)
        rep.same_actor1 = sum(canon(p.get("actor1")) == canon(g.get("actor1")) for p, g, _ in pairs) / len(pairs)
        rep.same_actor2 = sum(canon(p.get("actor2")) == canon(g.get("actor2")) for p, g, _ in pairs) / len(pairs)
        rep.median_km = statistics.median(d for _, _, d in pairs)
    rep.per_type = {k: tuple(v) for k, v in per_type.items() if k}
    return rep
