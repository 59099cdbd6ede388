"""A protest and its dispersal at a spot of the town the gazetteer does not know (a highway, a junction) are one
protest with intervention; a riot in an unknown village put at a town's point stays apart from the town's march
(issue 9, session 19, probes crowds2). Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 9)


def _subs(text: str) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location) for e in run(text, published=PUBLISHED))


def test_a_rally_and_the_crowd_cleared_off_a_highway_are_one_protest() -> None:
    assert _subs("Thousands of teachers rallied in Haifa on Saturday to demand higher pay; police used water "
                 "cannon to clear protesters who blocked the Coastal highway.") == [
        ("Protest with intervention", "Haifa")]
