"""When acts happened, by class (issue 9, session 22, benchmarks/probes/when7.jsonl), on sentences written for these
tests: decades."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import _default_grammar


def windows(text: str, published: str) -> list[tuple[str, str]]:
    return [(str(t.date_start), str(t.date_end))
            for t in _default_grammar().find(text, dt.date.fromisoformat(published))]


# -- decades (date grammar)

def test_a_decade_is_its_ten_years_and_early_mid_late_its_thirds() -> None:
    assert windows("In the 1990s the army razed the old town.", "2024-06-12") == [("1990-01-01", "1999-12-31")]
    assert windows("Militants overran the posts in the late 2010s.", "2024-06-12") == [("2017-01-01", "2019-12-31")]
    assert windows("Rebels held the valley in the early 2000s.", "2024-06-12") == [("2000-01-01", "2003-12-31")]
    assert windows("The town was shelled throughout the mid-1980s.", "2024-06-12") == [("1984-01-01", "1986-12-31")]


def test_the_current_decade_runs_up_to_publication() -> None:
    assert windows("Gangs have seized the port several times in the 2020s.", "2024-06-12") \
        == [("2020-01-01", "2024-06-12")]
    assert windows("Militants may return in the late 2020s.", "2024-06-12") == []


def test_a_background_act_of_a_decade_is_dated_by_it_not_by_the_news() -> None:
    events = run("Jets bombed rebel positions near Kidal on Tuesday, the army said. In the 1990s Tuareg rebels "
                 "stormed the town of Menaka.", published=dt.date(2024, 6, 12))
    assert ("1990-01-01", "1999-12-31") in {(e.date_start, e.date_end) for e in events}
