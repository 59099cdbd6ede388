"""Actor errors on the open sets: every matched event whose actor1 or actor2 differs from gold, grouped by cause.

    python benchmarks/actor_errors.py [--shared PATH] [--sets dev,dev2,seeds,classes,synthetic] [--side actor1]

Events are matched as ../shared/tools/score.py matches them (its own code, imported), and actors compared as it
compares them (canonical names of ../shared/gold/actors.tsv and the gold's actor_aliases). Each error is put under
one cause, from what the two records hold and the rules that set the predicted side, so the biggest group says
what to fix first. Open sets only: the sealed first-contact sets (benchmarks/fresh*) are never listed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.jobs.documents import iter_articles
from frontlog.model.records import Article

ROOT = Path(__file__).resolve().parents[1]
# Our own open sets under benchmarks/; the sealed ones are never read here.
OPEN_OWN = ("classes", "synthetic", "wire", "wire2", "wire3", "wire4", "wire5", "wire6", "wire7", "syria2")
# Rules that give a side no sentence named: a default, or a side carried over from another sentence.
GUESSES = ("actor.attacker_by_default", "actor.regain_is_state", "actor.same_kind_previous",
           "actor.striker_of_article", "sides.default_state", "sides.loser_by_default", "sides.other_side_by_default",
           "sides.target_by_default", "sides.victims_civilians", "sides.victims_implied", "sides.unnamed_attacker")


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("frontlog_scorer", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cause(side: str, pred: dict, gold: dict, same) -> str:
    """One cause for a side that differs from gold."""
    p, g = pred.get(side), gold.get(side)
    other = "actor2" if side == "actor1" else "actor1"
    rules = pred.get("rules") or []
    if p and g and same(p, gold.get(other)) and same(pred.get(other), g):
        return "sides swapped"
    if p and not g:
        return "named where gold has none" + (" (a default)" if any(r in rules for r in GUESSES) else "")
    if not p:
        if g.startswith("Unidentified"):
            return "left empty, gold an unidentified group"
        if g in ("Civilians",) or g.startswith(("Protesters", "Rioters")):
            return "left empty, gold victims/crowd"
        return "left empty, gold names a side"
    if g.startswith("Unidentified"):
        return "named, gold an unidentified group"
    if p.startswith("Unidentified"):
        return "unidentified, gold names a side"
    if same(p, gold.get(other)):
        return "took the other side"
    if any(r in rules for r in GUESSES):
        return "a default or carried-over side"
    if "actor.generic_nearby" in rules or "actor.paragraph_country" in rules:
        return "a generic noun resolved"
    return "another name"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sets", default="dev,dev2,seeds", help="comma-separated: gold sets under SHARED/gold, or "
                    f"{' / '.join(OPEN_OWN)} (ours)")
    ap.add_argument("--side", choices=("actor1", "actor2", "both"), default="both")
    ns = ap.parse_args()
    scorer = load_scorer(ns.shared / "tools" / "score.py")
    actors = scorer.Actors(ns.shared / "gold" / "actors.tsv")
    sides = ("actor1", "actor2") if ns.side == "both" else (ns.side,)
    groups: dict[str, list[str]] = defaultdict(list)
    counts = defaultdict(lambda: [0, 0])  # side -> [wrong, matched]
    for name in ns.sets.split(","):
        folder = ROOT / "benchmarks" / name if name in OPEN_OWN else ns.shared / "gold" / name
        if not (folder / "gold").is_dir():
            print(f"no gold under {folder}", file=sys.stderr)
            return 2
        gold = {f.stem: scorer.load_jsonl(f) for f in sorted((folder / "gold").glob("*.jsonl"))}
        for events in gold.values():
            for g in events:
                actors.learn(g)
        articles = [a for a in iter_articles([str(folder / "docs")]) if isinstance(a, Article)]
        pred: dict[str, list[dict]] = defaultdict(list)
        for events in extract_batch(articles, Stats()):
            for e in events:
                pred[e.doc_id].append(json.loads(e.to_json(with_rules=True)))
        for doc, gold_events in gold.items():
            for p, g, _km in scorer.match(pred.get(doc, []), gold_events):
                for side in sides:
                    counts[side][1] += 1
                    if actors.same(p.get(side), g.get(side)):
                        continue
                    counts[side][0] += 1
                    why = [r for r in p.get("rules") or [] if r.startswith(("actor.", "sides.", "discourse."))]
                    evidence = " ".join(str((g.get("evidence") or [""])[0]).split())[:150]
                    groups[f"{side}: {cause(side, p, g, actors.same)}"].append(
                        f"  [{doc}] {g.get('sub_event_type')} @ {g.get('location')}: got {p.get(side)!r}, gold "
                        f"{g.get(side)!r}\n      rules {', '.join(why) or '-'}\n      {evidence}")
    for side in sides:
        wrong, matched = counts[side]
        print(f"{side}: {wrong} of {matched} matched events differ ({1 - wrong / matched if matched else 0:.3f} same)")
    for key, rows in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"\n== {key} ({len(rows)})")
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
