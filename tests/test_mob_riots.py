"""Riots out in no demonstration are mob violence (ACLED): people held in a prison rioting, crowds of rivals
fighting each other; a riot told with a protest stays a violent demonstration (issue 9, session 19, probes
crowds2). Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 4)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=PUBLISHED))


def test_a_prison_riot_is_mob_violence() -> None:
    assert _subs("Prisoners at the jail in Mbale rioted on Monday and burned mattresses, officials said.") == [
        "Mob violence"]


def test_rival_supporters_clashing_are_mob_violence() -> None:
    assert _subs("Supporters of rival chiefs in Kaduna clashed with clubs and knives on Sunday, leaving two dead.") == [
        "Mob violence"]


def test_a_protest_riot_stays_a_violent_demonstration() -> None:
    assert _subs("Students protesting fee rises in Mbale rioted on Monday and burned a bus.") == [
        "Violent demonstration"]
