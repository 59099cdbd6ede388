"""The sealed first-contact set (benchmarks/fresh) is well-formed gold: this checks the coding, never the extractor.

Its figures come only from benchmarks/quality.py; no test runs frontlog on it, so no floor invites tuning on it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from frontlog.jobs.documents import iter_articles
from frontlog.model.records import SUB_TO_TYPE, Article, precision_for

ROOT = Path(__file__).resolve().parents[1] / "benchmarks" / "fresh"


def gold_events() -> list[dict]:
    return [json.loads(line) for f in sorted((ROOT / "gold").glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_article_reads_with_its_publication_date_and_has_a_gold_file() -> None:
    items = list(iter_articles([str(ROOT / "docs")]))
    articles = [a for a in items if isinstance(a, Article)]
    assert len(articles) == len(items) >= 10, [str(x) for x in items if not isinstance(x, Article)]
    assert all(a.published is not None for a in articles)
    assert {a.id for a in articles} == {f.stem for f in (ROOT / "gold").glob("*.jsonl")}


def test_every_gold_event_follows_the_spec_and_quotes_its_article() -> None:
    events = gold_events()
    assert len(events) >= 60
    for e in events:
        where = (e["doc_id"], e["sub_event_type"], e["location"])
        text = " ".join((ROOT / "docs" / f"{e['doc_id']}.txt").read_text(encoding="utf-8").split())
        meta = json.loads((ROOT / "docs" / f"{e['doc_id']}.meta.json").read_text(encoding="utf-8"))
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


def test_the_set_mixes_event_types_the_way_acled_data_does() -> None:
    types = [e["event_type"] for e in gold_events()]
    violent = sum(t in ("Battles", "Explosions/Remote violence", "Violence against civilians") for t in types)
    # About half battles, remote violence and attacks on civilians; half protests, riots, strategic developments.
    assert 0.35 <= violent / len(types) <= 0.65
    assert set(types) == {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                          "Strategic developments"}
