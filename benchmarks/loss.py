"""Where extraction loses F1: every unmatched event sorted by the one thing that kept it from matching.

    python benchmarks/loss.py [SET_DIR ...] [--shared PATH] [--sealed-only]

With no SET_DIR, reads every sealed first-contact set (benchmarks/fresh*) pooled, then the open gold sets of
../shared/gold pooled. Figures only: no event, sentence or article is ever printed, so the sealed sets stay sealed.

After the scorer's one-to-one matching (../shared/tools/score.py: same event type, dates overlapping, places within
25 km), the left-over predicted events and gold events of each article are paired again, step by step, each step
relaxing one condition:
- place: same type and dates, more than 25 km apart (or no coordinates), and the predicted event's sentence names
  the gold event's place (or the event carries its name): the act is found, its place is wrong;
- date: same type and place, dates do not overlap;
- type: same place and dates, another event type (the confusions are counted pair by pair);
- place and date: same type only, the gold place named as above;
- another act: same type and dates, elsewhere, the gold place not named in the predicted event's sentence: most
  likely two acts, one coded that the gold does not have and one missed (an upper bound of what a place fix gains).
Then what is left:
- split: a predicted event that would match a gold event already matched (the same act told twice, or one act
  split in two records): a false positive only;
- merged: a gold event that would match a predicted event already matched (two acts folded into one record): a miss
  only;
- spurious: a predicted event near no gold event at all (a non-event, or an act the gold does not code);
- not found: a gold event with no predicted event near it.
A pair from the first four steps costs one false positive and one miss; mending it gains one match. Each line gives
the F1 the set would have with that cause mended and nothing else.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from places import gazetteer_places  # noqa: E402  (benchmarks/places.py)
from quality import extract_set  # noqa: E402  (benchmarks/quality.py)

ROOT = Path(__file__).resolve().parents[1]
NOT_SHAPING = ("place.", "date.", "actor.", "sides.", "fatalities.", "count.", "claimed_by.")
STEPS = ("place", "date", "type", "place and date", "another act")


def load_scorer(shared: Path):
    """The scorer module itself, so that matching here is the scorer's to the letter."""
    spec = importlib.util.spec_from_file_location("frontlog_scorer", shared / "tools" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {shared / 'tools' / 'score.py'}: pass --shared PATH")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rules(event: dict, prefix: str) -> list[str]:
    """The ids of the event's rules of one kind ("place.", "date."), or "(none)" when none of them did."""
    rules = sorted({r for r in event.get("rules") or () if r.startswith(prefix)})
    return rules or [f"(no {prefix[:-1]} rule)"]


def _shaping_rules(event: dict) -> list[str]:
    """The rules that kept, typed, merged or modalised the event: all but placing, dating, actors and counts."""
    return sorted({r for r in event.get("rules") or () if not r.startswith(NOT_SHAPING)})


def _names_gold_place(sc, p: dict, g: dict) -> bool:
    """Whether the predicted event's sentence names the gold event's place, or the event carries its name: then the
    act is the same and only its place is wrong."""
    gold_name = (g.get("location") or "").lower()
    evidence = " ".join(p.get("evidence") or ()).lower()
    return bool(gold_name) and (gold_name in evidence or sc.norm(p.get("location")) == sc.norm(gold_name))


def _near(sc, p: dict, g: dict) -> bool:
    dist = sc.place_distance(p, g)
    return dist is not None and dist <= sc.MATCH_KM


def _fits(sc, p: dict, g: dict, step: str) -> bool:
    same_type = p.get("event_type") == g.get("event_type")
    dates = sc.dates_agree(p, g)
    near = _near(sc, p, g)
    if step == "place":
        return same_type and dates and not near and _names_gold_place(sc, p, g)
    if step == "another act":
        return same_type and dates and not near
    if step == "date":
        return same_type and near and not dates
    if step == "type":
        return not same_type and near and dates
    if step == "place and date":
        return same_type and not near and not dates and _names_gold_place(sc, p, g)
    return same_type and near and dates


class Anatomy:
    """Counts of each cause over many articles."""

    def __init__(self) -> None:
        self.gold = self.pred = self.matched = 0
        self.causes: Counter[str] = Counter()
        self.by_type: dict[str, Counter[str]] = {}
        self.confusions: Counter[tuple[str, str]] = Counter()
        self.sub_confusions: Counter[tuple[str, str]] = Counter()  # the same pairs by sub-event type
        # What the place step's pairs have in common (figures only): how far apart, and whether the gold place
        # was within reach (named in the article, known to the gazetteer).
        self.place_facts: Counter[str] = Counter()
        self.date_facts: Counter[str] = Counter()  # the date step's pairs: how far off, which way, how wide
        # The placing and dating rules of those pairs' predicted events, and of the matched events, to compare.
        self.step_rules: dict[str, Counter[str]] = {"place": Counter(), "date": Counter()}
        self.matched_rules: Counter[str] = Counter()
        # What the spurious and split records are (figures only): their sub-event types, and the rules that kept,
        # typed or merged them, to weigh against how often the same rules made a matched record.
        self.extra_kinds: Counter[str] = Counter()
        self.extra_rules: Counter[str] = Counter()

    def _count(self, cause: str, event_type: str | None) -> None:
        self.causes[cause] += 1
        self.by_type.setdefault(event_type or "?", Counter())[cause] += 1

    def _place_facts(self, sc, p: dict, g: dict, text: str) -> None:
        dist = sc.km(p, g)
        bins = ((100, "25-100 km"), (300, "100-300 km"), (float("inf"), "over 300 km"))
        self.place_facts["no coordinates" if dist is None else next(b for lim, b in bins if dist <= lim)] += 1
        gold_name = g.get("location") or ""
        self.place_facts["gold place named in the article"] += bool(gold_name) and gold_name.lower() in text.lower()
        self.place_facts["gold place known to the gazetteer"] += bool(gold_name) and g.get("latitude") is not None \
            and gazetteer_places(gold_name, g.get("country") or "", g["latitude"], g["longitude"])
        evidence = " ".join(p.get("evidence") or ()).lower()
        self.place_facts["gold place named in the predicted event's sentence"] += bool(gold_name) \
            and gold_name.lower() in evidence
        self.place_facts["predicted place named as the gold one"] += sc.norm(p.get("location")) == sc.norm(gold_name)
        self.place_facts["predicted place a locator's (location_resolved false)"] += p.get("location_resolved") is False
        self.place_facts["another country"] += (p.get("country") or "") != (g.get("country") or "")
        same_name = sc.norm(p.get("location")) == sc.norm(gold_name)
        # Which of them the gold's own name, kept as written at our point, would have matched (within NAME_KM),
        # and which carry the gold's name but lie too far for the scorer's same-name allowance.
        self.place_facts["named otherwise, the gold name in the sentence, within 100 km"] += not same_name \
            and bool(gold_name) and gold_name.lower() in evidence and dist is not None and dist <= sc.NAME_KM
        self.place_facts["named as the gold one, over 100 km"] += same_name and (dist is None or dist > sc.NAME_KM)

    def _date_facts(self, sc, p: dict, g: dict, published: str) -> None:
        wp, wg = sc.window(p), sc.window(g)
        if wp is None or wg is None:
            self.date_facts["no date on one side"] += 1
            return
        early = wp[1] < wg[0]
        gap = (wg[0] - wp[1]).days if early else (wp[0] - wg[1]).days
        bins = ((1, "1 day"), (3, "2-3 days"), (7, "4-7 days"), (31, "8-31 days"), (10 ** 6, "over a month"))
        self.date_facts[("too early, " if early else "too late, ") + next(b for lim, b in bins if gap <= lim)] += 1
        self.date_facts[f"predicted window {'one day' if wp[0] == wp[1] else 'wider'}"] += 1
        self.date_facts["predicted window ends on the publication day"] += str(wp[1]) == published[:10]
        self.date_facts["gold window ends on the publication day"] += str(wg[1]) == published[:10]

    def add(self, sc, pred: list[dict], gold: list[dict], text: str = "", published: str = "") -> None:
        pairs = sc.match(pred, gold)
        self.gold += len(gold)
        self.pred += len(pred)
        self.matched += len(pairs)
        matched_p = [p for p, _, _ in pairs]
        for p in matched_p:
            for rule in _rules(p, "place.") + _rules(p, "date.") + _shaping_rules(p):
                self.matched_rules[rule] += 1
        matched_g = [g for _, g, _ in pairs]
        extras = [p for p in pred if all(p is not q for q in matched_p)]
        misses = [g for g in gold if all(g is not q for q in matched_g)]
        for step in STEPS:
            for p in list(extras):
                fits = [g for g in misses if _fits(sc, p, g, step)]
                if not fits:
                    continue
                # The nearest one, so that two acts of one type in one article pair up with their own places.
                g = min(fits, key=lambda g: (sc.km(p, g) is None, sc.km(p, g) or 0.0))
                extras.remove(p)
                misses.remove(g)
                self._count(step, g.get("event_type"))
                if step == "type":
                    self.confusions[(p.get("event_type") or "?", g.get("event_type") or "?")] += 1
                    self.sub_confusions[(p.get("sub_event_type") or "?", g.get("sub_event_type") or "?")] += 1
                if step == "place":
                    self._place_facts(sc, p, g, text)
                if step == "date":
                    self._date_facts(sc, p, g, published)
                if step in self.step_rules:
                    self.step_rules[step].update(_rules(p, f"{step}."))
        for p in extras:
            near_matched = any(_fits(sc, p, g, "") for g in matched_g)
            self._count("split" if near_matched else "spurious", p.get("event_type"))
            self.extra_kinds[p.get("sub_event_type") or "?"] += 1
            self.extra_rules.update(_shaping_rules(p))
        for g in misses:
            near_matched = any(_fits(sc, p, g, "") for p in matched_p)
            self._count("merged" if near_matched else "not found", g.get("event_type"))

    def f1(self, matched: int, pred: int, gold: int) -> float:
        precision, recall = matched / pred if pred else 0.0, matched / gold if gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def report(self, heading: str) -> str:
        base = self.f1(self.matched, self.pred, self.gold)
        lines = [f"== {heading}",
                 f"gold {self.gold}, predicted {self.pred}, matched {self.matched}, F1 {base:.4f}",
                 f"{'cause':<16}{'events':>7}   F1 with it mended"]
        for cause in (*STEPS, "split", "merged", "spurious", "not found"):
            n = self.causes[cause]
            if cause in STEPS:
                mended = self.f1(self.matched + n, self.pred, self.gold)
            elif cause in ("split", "spurious"):
                mended = self.f1(self.matched, self.pred - n, self.gold)
            else:
                mended = self.f1(self.matched, self.pred, self.gold - n)
            lines.append(f"{cause:<16}{n:>7}   {mended:.4f} (+{mended - base:.4f})")
        if self.causes["place"]:
            lines.append("  the place pairs: " + "; ".join(f"{k} {n}" for k, n in self.place_facts.items()))
        order = (*STEPS, "split", "merged", "spurious", "not found")
        if self.causes["date"]:
            lines.append("  the date pairs: " + "; ".join(f"{k} {n}" for k, n in sorted(self.date_facts.items())))
        for step, rules in self.step_rules.items():
            if rules:
                lines.append(f"  {step} rules of the {step} pairs' predicted events (and of the matched events):")
                lines.extend(f"    {rule:<34}{n:>5}  ({self.matched_rules[rule]} matched)"
                             for rule, n in rules.most_common())
        if self.extra_kinds:
            lines.append("spurious and split records by sub-event type: "
                         + "; ".join(f"{k} {n}" for k, n in self.extra_kinds.most_common()))
            lines.append("  their rules, other than placing, dating and actors (and of the matched events):")
            lines.extend(f"    {rule:<34}{n:>5}  ({self.matched_rules[rule]} matched)"
                         for rule, n in self.extra_rules.most_common(40))
        lines.append("by event type (" + " / ".join(order) + "):")
        for event_type, counts in sorted(self.by_type.items()):
            lines.append(f"  {event_type:<28}" + " / ".join(str(counts[c]) for c in order))
        if self.confusions:
            lines.append("type confusions (predicted -> gold):")
            for (p, g), n in self.confusions.most_common():
                lines.append(f"  {p} -> {g}: {n}")
            lines.append("the same by sub-event type (twice or more):")
            lines.extend(f"  {p} -> {g}: {n}" for (p, g), n in self.sub_confusions.most_common() if n > 1)
        return "\n".join(lines) + "\n"


def anatomy_of(sc, set_dirs: list[Path]) -> Anatomy:
    anatomy = Anatomy()
    for folder in set_dirs:
        lines, _ = extract_set(folder / "docs", with_rules=True)
        pred_by_doc: dict[str, list[dict]] = {}
        for line in lines:
            event = json.loads(line)
            pred_by_doc.setdefault(event.get("doc_id"), []).append(event)
        for gold_file in sorted((folder / "gold").glob("*.jsonl")):
            gold = [json.loads(x) for x in gold_file.read_text(encoding="utf-8").splitlines() if x.strip()]
            text_file = folder / "docs" / f"{gold_file.stem}.txt"
            text = text_file.read_text(encoding="utf-8") if text_file.exists() else ""
            meta_file = text_file.with_suffix(".meta.json")
            published = json.loads(meta_file.read_text(encoding="utf-8")).get("published", "") \
                if meta_file.exists() else ""
            anatomy.add(sc, pred_by_doc.get(gold_file.stem, []), gold, text, str(published))
    return anatomy


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path, help="set folders (each with docs/ and gold/)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sealed-only", action="store_true", help="only the sealed sets pooled")
    ns = ap.parse_args()
    sc = load_scorer(ns.shared)
    if ns.sets:
        groups = [(", ".join(s.name for s in ns.sets), ns.sets)]
    else:
        sealed = sorted((p for p in (ROOT / "benchmarks").glob("fresh*") if (p / "gold").is_dir()),
                        key=lambda p: int(p.name[5:] or 1))
        groups = [(f"sealed sets pooled ({', '.join(p.name for p in sealed)})", sealed)]
        if not ns.sealed_only:
            open_sets = sorted(p for p in (ns.shared / "gold").iterdir() if (p / "gold").is_dir())
            groups.append((f"open gold sets pooled ({', '.join(p.name for p in open_sets)})", open_sets))
    for heading, dirs in groups:
        print(anatomy_of(sc, dirs).report(heading))
    return 0


if __name__ == "__main__":
    sys.exit(main())
