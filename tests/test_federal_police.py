"""Ethiopia's "federal police" are its police (issue 9, session 20: benchmarks/wire6's first contact): the modifier
"federal" of state forces ("federal troops") made them the state role, which the story's rebels then took
('federal police arrested ... in Mekelle' was read as the TPLF's arrests). Through the whole extractor, on sentences
written for this test."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def test_federal_police_are_the_countrys_police() -> None:
    events = run("Tigrayan forces said they had entered Mekelle on Monday.\n\nOn Monday, federal police arrested ten "
                 "teachers in Mekelle, residents said.", published=dt.date(2021, 6, 29))
    assert [(e.sub_event_type, e.actor1) for e in events if e.sub_event_type == "Arrests"] == [
        ("Arrests", "Police Forces of Ethiopia")]
