"""A town attacked by a side the same sentence tells fought off there is that fight, not also an attack on the
town's people; fighting told as going on in a sentence that tells an act of its kind goes on from that act, not
from one told before (issue 9, session 19, probes retell3). Through the whole extractor, on sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 15)


def _acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((e.sub_event_type, e.date_start, e.date_end) for e in run(text, published=PUBLISHED))


def test_an_attack_on_a_town_beaten_back_is_one_clash() -> None:
    assert _acts("The paramilitaries attacked El Obeid on Monday and were driven off by the army, a doctor said.") == [
        ("Armed clash", "2024-06-10", "2024-06-10")]


def test_fighting_going_on_after_a_second_attack_goes_on_from_it() -> None:
    assert _acts("Al-Shabaab fighters attacked Beledweyne on Monday and were pushed back by the army. The "
                 "militants attacked the town again on Thursday, and fighting continued into the night.") == [
        ("Armed clash", "2024-06-10", "2024-06-10"), ("Armed clash", "2024-06-13", "2024-06-13")]
