"""One act, one record, seventh batch (issue 9, session 25, benchmarks/probes/retell9.jsonl), through the whole
extractor, on sentences written for these tests: a date inside a comparison's 'since' phrase on another act (the
yardstick) is that act's, so the act compared is not dated by it (rule date.yardstick_own)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def test_a_date_on_the_yardstick_act_does_not_date_the_act_told() -> None:
    events = run("Gunmen shot dead four policemen in Kandahar, the second such attack in the city since last month's "
                 "bombing of a checkpoint.", published=dt.date(2019, 5, 22))
    assert len(events) == 1
    assert events[0].date_start != "2019-04-01"  # not from the start of the bombing's month
    assert "date.yardstick_own" in events[0].rules


def test_fighting_worst_since_a_fall_in_december_is_the_day_s_clash_told_again() -> None:
    events = run("Clashes between tribal gunmen and security forces killed nine people in Sweida on Sunday, the "
                 "ministry said. The fighting was the worst in the city since the fall of the old government in "
                 "December.", published=dt.date(2025, 5, 6))
    assert [(e.sub_event_type, e.date_start) for e in events] == [("Armed clash", "2025-05-04")]

