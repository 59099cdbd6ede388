"""Cross-article merging: the missed merge and the wrong merge, on records built by hand."""

from __future__ import annotations

import random

from frontlog.dataset.merge import Mention, cluster, cluster_all, compatible, event_id, mention_id, runs
from frontlog.model.records import SUB_TO_TYPE, Event

KHANASIR = (35.7819, 37.4978)
NEAR_KHANASIR = (35.8100, 37.5600)  # ~6.5 km away: another source's point for the same town
KWEIRIS = (36.1890, 37.5830)


def ev(doc: str, sub: str, where: tuple[float, float], start: str, end: str | None = None, *, loc: str = "Khanasir",
       a1: str | None = "Syrian Government Forces", a2: str | None = None, prec: int = 1, fat: int | None = None,
       text: str | None = None) -> Event:
    return Event(doc_id=doc, event_type=SUB_TO_TYPE[sub], sub_event_type=sub, actor1=a1, actor2=a2, location=loc,
                 country="SY", latitude=where[0], longitude=where[1], geo_precision=prec, date_start=start,
                 date_end=end or start, date_precision="day", fatalities=fat,
                 evidence=[text or f"{doc}: {sub} at {loc} on {start}."])


def mention(e: Event, published: str = "2015-11-05", seq: int = 0) -> Mention:
    return Mention(mention_id(e.doc_id, e), e.doc_id, seq, e, published)


def test_missed_merge_one_capture_told_by_two_articles_with_different_places_and_dates() -> None:
    # One source says "took Khanasir on Wednesday" (a day), the other "near Khanasir this week" (a week window,
    # a point 6 km off, precision 2): one act, two sources, the day kept as the intersection.
    a = ev("art-a", "Government regains territory", KHANASIR, "2015-11-04", fat=12,
           text="Syrian troops took Khanasir on Wednesday, killing 12 militants.")
    b = ev("art-b", "Government regains territory", NEAR_KHANASIR, "2015-11-02", "2015-11-08",
           loc="Khanasir countryside", prec=2, a1=None, fat=15,
           text="The army recaptured the area near Khanasir this week; 15 fighters died.")
    ok, why = compatible(a, b)
    assert ok, why
    events = cluster([mention(a), mention(b, "2015-11-09")])
    assert len(events) == 1
    e = events[0]
    assert {s["doc_id"] for s in e.sources} == {"art-a", "art-b"}
    assert (e.date_start, e.date_end, e.date_precision) == ("2015-11-04", "2015-11-04", "day")
    assert e.location == "Khanasir" and e.geo_precision == 1  # the more precise place wins
    assert e.fatalities == 12 and sorted(e.fatalities_reported) == [12, 15]  # ACLED: lowest credible figure
    assert e.actor1 == "Syrian Government Forces"
    assert len(e.evidence) == 2
    assert "joined" in e.reasons[mention(a).id] and "km" in e.reasons[mention(a).id]


def test_wrong_merge_siege_and_its_breaking_at_one_place_stay_apart() -> None:
    siege = ev("art-a", "Armed clash", KWEIRIS, "2015-10-01", "2015-11-10", loc="Kweiris Airbase",
               a1="Islamic State", a2="Syrian Government Forces", text="IS fighters besieged Kweiris airbase.")
    breaking = ev("art-b", "Government regains territory", KWEIRIS, "2015-11-10", loc="Kweiris Airbase",
                  text="The army broke the siege of Kweiris airbase on Tuesday.")
    assert not compatible(siege, breaking)[0]
    assert len(cluster_all([mention(siege), mention(breaking)])) == 2


def test_wrong_merge_two_strikes_on_different_days_stay_apart() -> None:
    d1 = ev("art-a", "Air/drone strike", KHANASIR, "2015-11-03", a1="Russian Armed Forces")
    d2 = ev("art-b", "Air/drone strike", KHANASIR, "2015-11-05", a1="Russian Armed Forces")
    ok, why = compatible(d1, d2)
    assert not ok and "windows" in why
    assert len(cluster([mention(d1), mention(d2)])) == 2


def test_a_wide_window_joins_only_one_of_two_strikes() -> None:
    # "Strikes hit Khanasir this week" overlaps both days, but the event keeps an intersection: it can join one.
    d1 = ev("art-a", "Air/drone strike", KHANASIR, "2015-11-03", a1="Russian Armed Forces")
    d2 = ev("art-b", "Air/drone strike", KHANASIR, "2015-11-05", a1="Russian Armed Forces")
    week = ev("art-c", "Air/drone strike", KHANASIR, "2015-11-02", "2015-11-08", a1=None)
    events = cluster([mention(d1), mention(d2), mention(week)])
    assert sorted(len(e.mention_ids) for e in events) == [1, 2]


def test_conflicting_actors_are_not_merged_but_a_clash_told_from_the_other_side_is() -> None:
    a = ev("art-a", "Government regains territory", KHANASIR, "2015-11-04", a1="Syrian Government Forces")
    b = ev("art-b", "Government regains territory", KHANASIR, "2015-11-04", a1="Hezbollah")
    assert not compatible(a, b)[0]
    c1 = ev("art-a", "Armed clash", KHANASIR, "2015-11-04", a1="Islamic State", a2="Syrian Government Forces")
    c2 = ev("art-b", "Armed clash", KHANASIR, "2015-11-04", a1="Syrian Government Forces", a2="Islamic State")
    ok, why = compatible(c1, c2)
    assert ok and "reversed" in why


def test_places_too_far_for_their_precision_and_regions_need_the_same_name() -> None:
    a = ev("art-a", "Air/drone strike", KHANASIR, "2015-11-04")
    far = ev("art-b", "Air/drone strike", (35.95, 37.5), "2015-11-04", loc="Elsewhere")  # ~19 km, precision 1
    assert not compatible(a, far)[0]
    far2 = ev("art-b", "Air/drone strike", (35.95, 37.5), "2015-11-04", loc="Elsewhere", prec=2)
    assert compatible(a, far2)[0]  # within 25 km once one place is only "near"
    region = ev("art-c", "Air/drone strike", KHANASIR, "2015-11-04", loc="Aleppo Governorate", prec=3)
    assert not compatible(a, region)[0]


def test_two_acts_of_one_article_are_never_joined() -> None:
    a = ev("art-a", "Government regains territory", KHANASIR, "2015-11-04", text="took Khanasir and Ithriya")
    b = ev("art-a", "Government regains territory", NEAR_KHANASIR, "2015-11-04", loc="Ithriya",
           text="took Khanasir and Ithriya")
    assert len(cluster([mention(a, seq=0), mention(b, seq=1)])) == 2


def test_clustering_is_independent_of_input_order_and_ids_are_stable() -> None:
    ms = [mention(ev(f"art-{i}", "Air/drone strike", (KHANASIR[0] + i * 0.01, KHANASIR[1]), f"2015-11-0{1 + i % 3}",
                     a1=None if i % 2 else "Russian Armed Forces")) for i in range(9)]
    first = cluster(ms)
    for seed in range(5):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        again = cluster(shuffled)
        assert [(e.id, e.mention_ids) for e in again] == [(e.id, e.mention_ids) for e in first]
    assert first[0].id == event_id(first[0].anchor_mention)


def test_split_mentions_stand_alone() -> None:
    a = ev("art-a", "Government regains territory", KHANASIR, "2015-11-04")
    b = ev("art-b", "Government regains territory", NEAR_KHANASIR, "2015-11-04", prec=2)
    ma, mb = mention(a), mention(b)
    assert len(cluster([ma, mb])) == 1
    apart = cluster([ma, mb], solo=[mb.id])
    assert len(apart) == 2
    assert any("split off" in r for e in apart for r in e.reasons.values())


def test_a_vague_background_reference_is_not_pinned_to_one_dated_strike_but_a_vague_capture_is() -> None:
    year = ev("art-a", "Air/drone strike", KHANASIR, "2015-01-01", "2015-12-31", a1="Russian Armed Forces")
    day = ev("art-b", "Air/drone strike", KHANASIR, "2015-11-04", a1="Russian Armed Forces")
    assert not compatible(year, day)[0]
    assert len(cluster([mention(year), mention(day)])) == 2
    cap_year = ev("art-a", "Government regains territory", KHANASIR, "2015-01-01", "2015-12-31")
    cap_day = ev("art-b", "Government regains territory", KHANASIR, "2015-11-04")
    assert len(cluster([mention(cap_year), mention(cap_day)])) == 1


def test_each_run_of_a_block_clustered_alone_gives_the_block_s_events() -> None:
    # merge.runs: windows that chain by overlap form a run; clustering runs apart (what a refresh re-clusters) must
    # give the events, ids, members and reasons of clustering the whole block, whatever the windows.
    rng = random.Random(5)
    for _ in range(40):
        mentions = []
        for i in range(rng.randrange(1, 30)):
            day = f"2015-11-{rng.randrange(1, 29):02d}"
            end = f"2015-{rng.choice(('11', '12'))}-{rng.randrange(1, 29):02d}" if rng.random() < 0.4 else day
            e = ev(f"art-{i % 7}", "Attack", rng.choice((KHANASIR, NEAR_KHANASIR)), day, end,
                   a1=rng.choice(("Syrian Government Forces", "Islamic State", None)), text=f"Report {i}.")
            if rng.random() < 0.1:
                e.date_start = e.date_end = None
            mentions.append(mention(e, seq=i))
        parts = runs([(m.event.date_start, m.event.date_end, m.id) for m in mentions])
        assert sorted(i for r in parts for i in r.ids) == sorted(m.id for m in mentions)
        apart = [e for r in parts for e in cluster([m for m in mentions if m.id in set(r.ids)])]
        assert sorted(apart, key=lambda e: e.id) == sorted(cluster(mentions), key=lambda e: e.id)
