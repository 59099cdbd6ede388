"""Control over time from events: captures, recaptures, sieges, hand-overs and conflicting reports."""

from __future__ import annotations

from frontlog.dataset.control import control_at, histories, to_geojson
from frontlog.model.records import SUB_TO_TYPE


def ev(eid: str, sub: str, start: str, end: str | None = None, *, a1: str | None, place: str = "Khanasir",
       docs: tuple[str, ...] = ("a",), text: str = "") -> dict:
    return {"id": eid, "event_type": SUB_TO_TYPE[sub], "sub_event_type": sub, "actor1": a1, "actor2": None,
            "location": place, "country": "SY", "latitude": 35.78, "longitude": 37.50, "date_start": start,
            "date_end": end or start, "evidence": [text or f"{eid} happened."],
            "sources": [{"doc_id": d} for d in docs]}


IS_TAKES = ev("e1", "Non-state actor overtakes territory", "2015-10-20", "2015-10-23", a1="Islamic State")
SAA_RETAKES = ev("e2", "Government regains territory", "2015-11-04", a1="Syrian Government Forces", docs=("b",))


def test_captures_set_the_holder_from_the_day_they_are_certain() -> None:
    events = [IS_TAKES, SAA_RETAKES]
    assert control_at(events, "2015-10-21") == []  # the capture is not certain before its window ends
    st = control_at(events, "2015-10-30")[0]
    assert (st.holder, st.since, st.evidence, st.conflict) == ("Islamic State", "2015-10-23", ["e1"], False)
    st = control_at(events, "2016-03-27")[0]
    assert (st.holder, st.since, st.evidence) == ("Syrian Government Forces", "2015-11-04", ["e2"])


def test_a_siege_marks_the_place_until_it_changes_hands() -> None:
    siege = ev("s1", "Armed clash", "2015-09-01", "2015-10-10", a1="Islamic State", place="Kweiris Airbase",
               text="IS fighters have besieged the Kweiris airbase for two years.")
    clash = ev("c1", "Armed clash", "2015-09-01", a1="Islamic State", place="Kweiris Airbase",
               text="Fighting near the airbase.")
    breaking = ev("r1", "Government regains territory", "2015-11-10", a1="Syrian Government Forces",
                  place="Kweiris Airbase", docs=("b",), text="The army broke the siege of the airbase.")
    events = [siege, clash, breaking]
    st = control_at(events, "2015-10-01")[0]
    assert st.besieged and st.besieged_by == "Islamic State" and st.holder is None and st.evidence == ["s1"]
    st = control_at(events, "2015-11-12")[0]
    assert not st.besieged and st.holder == "Syrian Government Forces"
    assert len(histories([clash])) == 0  # an ordinary clash says nothing about control


def test_conflicting_reports_are_shown_not_resolved() -> None:
    rival = ev("e3", "Government regains territory", "2015-10-21", "2015-10-25", a1="Syrian Government Forces",
               docs=("c",))
    st = control_at([IS_TAKES, rival], "2015-10-28")[0]
    assert st.conflict and st.holder is None
    assert {c["holder"] for c in st.claims} == {"Islamic State", "Syrian Government Forces"}
    assert set(st.evidence) == {"e1", "e3"}
    # The same article telling both is a sequence it reports, not a conflict.
    same = dict(rival, sources=[{"doc_id": "a"}])
    assert not control_at([IS_TAKES, same], "2015-10-28")[0].conflict


def test_agreements_change_hands_only_when_they_say_so() -> None:
    truce = ev("t1", "Agreement", "2016-02-27", a1="Syrian Government Forces", text="A truce began on Saturday.")
    deal = ev("t2", "Agreement", "2016-03-01", a1="Syrian Government Forces",
              text="Rebels agreed to hand over the town and evacuate to Idlib.")
    assert control_at([truce], "2016-03-10") == []
    assert control_at([truce, deal], "2016-03-10")[0].holder == "Syrian Government Forces"


def test_geojson_points_carry_holder_and_evidence() -> None:
    fc = to_geojson(control_at([IS_TAKES], "2015-11-01"), "2015-11-01")
    f = fc["features"][0]
    assert fc["type"] == "FeatureCollection" and f["geometry"]["coordinates"] == [37.50, 35.78]
    assert f["properties"]["holder"] == "Islamic State" and f["properties"]["evidence"] == ["e1"]
    assert f["properties"]["besieged"] is False and f["properties"]["conflict"] is False
