"""The sealed first-contact sets (benchmarks/fresh, fresh2, .. fresh26) and the open
long-story set (benchmarks/wire) are well-formed gold: this checks the coding, never the extractor.

Their figures come only from benchmarks/quality.py; no test runs frontlog on them, so no floor invites tuning on them.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from frontlog.jobs.documents import iter_articles
from frontlog.model.records import SUB_TO_TYPE, Article, precision_for

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
# Each sealed set is checked by the same tests; a new set is one more folder here.
SEALED_SETS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
               "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14",
               "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21",
               "fresh22", "fresh23", "fresh24", "fresh25", "fresh26")
SEALED = pytest.mark.parametrize("root", [BENCH / name for name in SEALED_SETS], ids=lambda p: p.name)
# The open wire sets are held to the same coding checks; wire's mix of types is its wars' (mostly unrest), not ACLED's.
WELL_FORMED = pytest.mark.parametrize(
    "root", [BENCH / name for name in (*SEALED_SETS, "wire", "wire2", "wire3", "wire4", "wire5", "wire6", "wire7",
                                       "syria2")],
    ids=lambda p: p.name)


def gold_events(root: Path) -> list[dict]:
    return [json.loads(line) for f in sorted((root / "gold").glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


@WELL_FORMED
def test_every_article_reads_with_its_publication_date_and_has_a_gold_file(root: Path) -> None:
    items = list(iter_articles([str(root / "docs")]))
    articles = [a for a in items if isinstance(a, Article)]
    assert len(articles) == len(items) >= 10, [str(x) for x in items if not isinstance(x, Article)]
    assert all(a.published is not None for a in articles)
    assert {a.id for a in articles} == {f.stem for f in (root / "gold").glob("*.jsonl")}


@WELL_FORMED
def test_every_gold_event_follows_the_spec_and_quotes_its_article(root: Path) -> None:
    events = gold_events(root)
    assert len(events) >= 60
    for e in events:
        where = (e["doc_id"], e["sub_event_type"], e["location"])
        text = " ".join((root / "docs" / f"{e['doc_id']}.txt").read_text(encoding="utf-8").split())
        meta = json.loads((root / "docs" / f"{e['doc_id']}.meta.json").read_text(encoding="utf-8"))
        assert SUB_TO_TYPE[e["sub_event_type"]] == e["event_type"], where
        start, end = dt.date.fromisoformat(e["date_start"]), dt.date.fromisoformat(e["date_end"])
        assert start <= end <= dt.date.fromisoformat(meta["published"]), where
        assert e["date_precision"] == precision_for(start, end), where
        assert e["geo_precision"] in (1, 2, 3) and len(e["country"]) == 2, where
        assert -90 <= e["latitude"] <= 90 and -180 <= e["longitude"] <= 180, where
        assert e["actor1"], where
        assert e["evidence"] and all(" ".join(s.split()) in text for s in e["evidence"]), where
        for aliases in (e.get("actor_aliases") or {}).values():
            assert all(a.lower() in text.lower() for a in aliases), where


@SEALED
def test_the_set_mixes_event_types_the_way_acled_data_does(root: Path) -> None:
    types = [e["event_type"] for e in gold_events(root)]
    violent = sum(t in ("Battles", "Explosions/Remote violence", "Violence against civilians") for t in types)
    # About half battles, remote violence and attacks on civilians; half protests, riots, strategic developments.
    assert 0.35 <= violent / len(types) <= 0.65
    assert set(types) == {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                          "Strategic developments"}
