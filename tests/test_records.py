"""The Event record as written out: every field in the spec's order, the lists the record's own copies."""

from __future__ import annotations

import dataclasses
import json

from frontlog.model.records import Event


def _event() -> Event:
    return Event(doc_id="d1", event_type="Battles", sub_event_type="Armed clash", actor1="Military Forces of Mali",
                 actor2="JNIM", assoc_actors=["Wagner Group"], location="Boni", country="ML", latitude=15.03,
                 longitude=-1.93, geo_precision=1, date_start="2022-03-04", date_end="2022-03-04",
                 date_precision="day", fatalities=7, evidence=["Soldiers and jihadists fought near Boni on Friday."],
                 confidence=0.8, admin1="Mopti", inter1=1, inter2=2, rules=["place.syntax"])


def test_to_dict_is_asdict_without_the_rules_unless_asked() -> None:
    ev = _event()
    full = dataclasses.asdict(ev)
    assert ev.to_dict(with_rules=True) == full and list(ev.to_dict(with_rules=True)) == list(full)
    del full["rules"]
    assert ev.to_dict() == full and list(ev.to_dict()) == list(full)  # the spec's order: the file's key order
    assert json.loads(ev.to_json()) == full


def test_changing_the_dict_leaves_the_event_as_it_was() -> None:
    ev = _event()
    out = ev.to_dict()
    out["evidence"].append("another sentence")
    out["assoc_actors"].clear()
    assert ev.evidence == ["Soldiers and jihadists fought near Boni on Friday."]
    assert ev.assoc_actors == ["Wagner Group"]
