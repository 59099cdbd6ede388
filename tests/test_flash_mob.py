"""A "flash mob" is a brief gathering, not a mob's violence (issue 9, session 20: benchmarks/wire6's first contact:
"police arrested three young men who had joined a flash mob protest" was read as mob violence). Through the whole
extractor, on sentences written for this test."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def test_a_flash_mob_is_no_mob_violence() -> None:
    events = run("Students staged a flash mob against the junta in Mandalay on Sunday, holding banners for a few "
                 "minutes.", published=dt.date(2023, 4, 13))
    assert "Mob violence" not in [e.sub_event_type for e in events]


def test_a_mob_is_still_mob_violence() -> None:
    events = run("A mob beat two suspected thieves to death in Mandalay on Sunday.", published=dt.date(2023, 4, 13))
    assert [e.sub_event_type for e in events] == ["Mob violence"]
