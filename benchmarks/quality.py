"""Extraction quality on every gold set under ../shared/gold, scored by ../shared/tools/score.py.

    python benchmarks/quality.py [--shared PATH] [--show-errors]

Prints the scorer's figures per set and for all sets together, then for our own invented sets on their own:
benchmarks/synthetic (every sub-event type, a dozen wars), benchmarks/classes (one class of expression each),
benchmarks/wire (long wire stories), benchmarks/wire2 (stories from wars frontlog had not read),
benchmarks/wire3 (full-length stories from twelve more wars and unrests),
benchmarks/wire4 (full-length stories from a fourth twelve, session 18),
benchmarks/wire5 (full-length stories from a fifth twelve, strategic developments and attacks on civilians, session 19),
benchmarks/wire6 (full-length stories from a sixth twelve, 2020-2024 wars and unrests, session 20),
benchmarks/wire7 (full-length stories, five from Syria and seven from other wars, 2014-2024, session 21),
benchmarks/syria2 (Syria 2017-2025), then
every benchmarks/fresh* folder (fresh, fresh2, ... in the order they were written), the sealed first-contact sets
(figures only: --show-errors never lists their misses, so nobody tunes the extractor on them), and last the sealed
sets pooled: all together, their Syria articles, and the other wars' articles (the held-out target is read for Syria
and for the other wars apart; an article is Syria's when most of its gold events, or of its predicted events when it
has no gold, are in Syria).
After each gold set, a line of benchmarks/places.py: how many gold places the gazetteer and the extracted events
reach within 25 km.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.jobs.documents import iter_articles
from frontlog.model.records import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from places import extraction_reach, gazetteer_reach, gold_events  # noqa: E402  (benchmarks/places.py)

ROOT = Path(__file__).resolve().parents[1]


def extract_set(docs: Path, with_rules: bool = False) -> tuple[list[str], int]:
    articles = [a for a in iter_articles([str(docs)]) if isinstance(a, Article)]
    lines = [e.to_json(with_rules) for events in extract_batch(articles, Stats()) for e in events]
    return lines, len(articles)


def score(pred: Path, gold: Path, scorer: Path, show_errors: bool) -> str:
    cmd = [sys.executable, str(scorer), str(pred), str(gold)]
    if show_errors:
        cmd.append("--show-errors")
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def syria_article(gold: list[dict], pred: list[dict]) -> bool:
    """Whether most of an article's gold events (its predicted ones when it has no gold) are in Syria."""
    countries = [e.get("country") for e in gold or pred]
    return bool(countries) and countries.count("SY") * 2 > len(countries)


def pool(lines: list[str], gold_dirs: list[Path], dest: Path, keep) -> tuple[Path, int]:
    """Writes dest.jsonl and dest/ (gold) for the articles of gold_dirs that keep(gold, pred) accepts."""
    pred_by_doc: dict[str, list[str]] = {}
    for line in lines:
        pred_by_doc.setdefault(json.loads(line)["doc_id"], []).append(line)
    dest.mkdir()
    kept: list[str] = []
    for gold_dir in gold_dirs:
        for g in sorted(gold_dir.glob("*.jsonl")):
            gold = [json.loads(x) for x in g.read_text(encoding="utf-8").splitlines() if x.strip()]
            pred = pred_by_doc.get(g.stem, [])
            if keep(gold, [json.loads(x) for x in pred]):
                shutil.copy(g, dest / g.name)
                kept.extend(pred)
    out = dest.with_suffix(".jsonl")
    out.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    return out, sum(1 for _ in dest.glob("*.jsonl"))


def print_by_war(label: str, lines: list[str], gold_dirs: list[Path], tmpd: Path, scorer: Path,
                 whole: bool = False) -> None:
    """Scores the Syria articles and the other wars' articles apart (and all of them first when whole)."""
    tmpd.mkdir()
    parts = [(label, lambda g, p: True)] if whole else []
    parts += [(f"{label}, Syria articles", syria_article),
              (f"{label}, other wars' articles", lambda g, p: not syria_article(g, p))]
    for i, (heading, keep) in enumerate(parts):
        pred, n = pool(lines, gold_dirs, tmpd / str(i), keep)
        print(f"== {heading}: {n} articles")
        print(score(pred, pred.with_suffix(""), scorer, False))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show-errors", action="store_true")
    ns = ap.parse_args()
    scorer = ns.shared / "tools" / "score.py"
    sets = sorted(p for p in (ns.shared / "gold").iterdir() if (p / "docs").is_dir() and (p / "gold").is_dir())
    # Invented articles of our own, scored apart: (folder, heading, whether its errors may be shown).
    own_sets = [
        (ROOT / "benchmarks" / "synthetic",
         "synthetic (invented articles in benchmarks/synthetic, not part of the dev sets)", True),
        (ROOT / "benchmarks" / "classes",
         "classes (invented articles around one class of expression each, benchmarks/classes; open)", True),
        (ROOT / "benchmarks" / "wire",
         "wire (invented long wire stories, benchmarks/wire; open)", True),
        (ROOT / "benchmarks" / "wire2",
         "wire2 (invented stories from wars frontlog had not read, benchmarks/wire2; open)", True),
        (ROOT / "benchmarks" / "wire3",
         "wire3 (invented full-length stories from twelve more wars and unrests, benchmarks/wire3; open)", True),
        (ROOT / "benchmarks" / "wire4",
         "wire4 (invented full-length stories from twelve more wars and unrests, benchmarks/wire4; open)", True),
        (ROOT / "benchmarks" / "wire5",
         "wire5 (invented full-length stories from twelve more wars and unrests, benchmarks/wire5; open)", True),
        (ROOT / "benchmarks" / "wire6",
         "wire6 (invented full-length stories from twelve more wars and unrests, benchmarks/wire6; open)", True),
        (ROOT / "benchmarks" / "wire7",
         "wire7 (invented full-length stories, Syria and seven other wars, 2014-2024, benchmarks/wire7; open)", True),
        (ROOT / "benchmarks" / "syria2",
         "syria2 (invented Syria stories, 2017-2025, benchmarks/syria2; open)", True),
    ]
    # Every sealed set (benchmarks/fresh, fresh2, ...), in the order they were written: a new one joins by existing.
    sealed = [p for p in (ROOT / "benchmarks").glob("fresh*") if (p / "gold").is_dir()]
    for folder in sorted(sealed, key=lambda p: int(p.name[len("fresh"):] or 1)):
        heading = f"{folder.name} (sealed first-contact set, benchmarks/{folder.name}: figures only, never its errors)"
        own_sets.append((folder, heading, False))
    if not sets or not scorer.exists():
        print(f"no gold sets or scorer under {ns.shared}: pass --shared PATH", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        all_gold = tmpd / "all-gold"
        all_gold.mkdir()
        all_lines: list[str] = []
        for s in sets:
            t0 = time.perf_counter()
            lines, n = extract_set(s / "docs")
            secs = time.perf_counter() - t0
            pred = tmpd / f"{s.name}.jsonl"
            pred.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            all_lines.extend(lines)
            for g in (s / "gold").glob("*.jsonl"):
                shutil.copy(g, all_gold / g.name)
            print(f"== {s.name}: {n} articles, {len(lines)} events, {secs:.1f} s")
            print(score(pred, s / "gold", scorer, ns.show_errors))
            gold = gold_events(s / "gold")
            (gh, gn), (eh, en) = gazetteer_reach(gold), extraction_reach(map(json.loads, lines), gold)
            print(f"places: gazetteer resolves {gh}/{gn} gold places within 25 km; "
                  f"extracted events place {eh}/{en} gold events (25 km, or same name within 100 km)\n")
        pred = tmpd / "all.jsonl"
        pred.write_text("".join(line + "\n" for line in all_lines), encoding="utf-8")
        print(f"== all sets together ({', '.join(s.name for s in sets)})")
        print(score(pred, all_gold, scorer, ns.show_errors))
        sealed_lines: list[str] = []
        sealed_gold: list[Path] = []
        for folder, heading, errors_allowed in own_sets:
            if not any((folder / "docs").glob("*.txt")):
                continue
            lines, n = extract_set(folder / "docs")
            if not errors_allowed:
                sealed_lines.extend(lines)
                sealed_gold.append(folder / "gold")
            pred = tmpd / f"{folder.name}.jsonl"
            pred.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            print(f"== {heading}: {n} articles")
            print(score(pred, folder / "gold", scorer, ns.show_errors and errors_allowed))
            if errors_allowed:  # the open sets' place reach too; the sealed sets print figures only
                gold = gold_events(folder / "gold")
                (gh, gn), (eh, en) = gazetteer_reach(gold), extraction_reach(map(json.loads, lines), gold)
                print(f"places: gazetteer resolves {gh}/{gn} gold places within 25 km; "
                      f"extracted events place {eh}/{en} gold events (25 km, or same name within 100 km)\n")
        names = ", ".join(g.parent.name for g in sealed_gold)
        print_by_war("all sets together", all_lines, [s / "gold" for s in sets], tmpd / "open", scorer)
        print_by_war(f"sealed sets pooled ({names})", sealed_lines, sealed_gold, tmpd / "sealed", scorer, whole=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
