"""The one haversine (model/geo.py) and the knowledge the dataset receives instead of importing it."""

from __future__ import annotations

import pytest

from frontlog.dataset.queries import parse_near
from frontlog.model.geo import between, km, moved
from frontlog.model.records import Event


def test_km_matches_known_distances() -> None:
    assert km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.19, abs=0.01)  # one degree of the equator
    assert km(10.0, 20.0, 10.0, 20.0) == 0.0
    assert km(90.0, 0.0, -90.0, 0.0) == pytest.approx(20015.1, abs=0.1)  # pole to pole


@pytest.mark.parametrize("bearing", [0, 45, 90, 135, 180, 225, 270, 315])
def test_moved_goes_the_distance_in_the_direction(bearing: int) -> None:
    lat, lon = moved(9.93, 8.89, 60.0, bearing)
    assert km(9.93, 8.89, lat, lon) == pytest.approx(60.0, abs=0.1)
    assert (lat > 9.93) == (bearing in (315, 0, 45)) or bearing in (90, 270)
    assert (lon > 8.89) == (bearing in (45, 90, 135)) or bearing in (0, 180)


def test_moved_wraps_across_the_date_line() -> None:
    assert moved(0.0, 179.9, 111.19, 90)[1] == pytest.approx(-179.1, abs=0.01)


def test_between_events_needs_both_points() -> None:
    a = Event(doc_id="d", event_type="Battles", sub_event_type="Armed clash", latitude=0.0, longitude=0.0)
    b = Event(doc_id="d", event_type="Battles", sub_event_type="Armed clash", latitude=0.0, longitude=1.0)
    c = Event(doc_id="d", event_type="Battles", sub_event_type="Armed clash")
    assert between(a, b) == pytest.approx(111.19, abs=0.01)
    assert between(a, c) is None


def test_parse_near_uses_the_lookup_it_is_given() -> None:
    places = {"Qaryat Zayt": (12.5, 40.25)}  # a made-up place: only the passed lookup can know it
    assert parse_near("Qaryat Zayt:15km", places.get) == (12.5, 40.25, 15.0)
    assert parse_near("1.5,2.5:3", places.get) == (1.5, 2.5, 3.0)
    with pytest.raises(ValueError, match="not in the gazetteer"):
        parse_near("Nowhere:5km", places.get)
