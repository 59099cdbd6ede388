"""Distances on the Earth: the one haversine every layer uses (merging, the gazetteer, the store, the page)."""

from __future__ import annotations

import math
from typing import Protocol

EARTH_RADIUS_KM = 6371.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance in kilometres between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return EARTH_RADIUS_KM * 2 * math.asin(min(1.0, math.sqrt(h)))


def moved(lat: float, lon: float, distance_km: float, bearing_deg: float) -> tuple[float, float]:
    """The point `distance_km` from (lat, lon) in the direction `bearing_deg` (0 north, 90 east), in degrees,
    rounded to four decimals (about 10 m)."""
    p1, l1, d, b = math.radians(lat), math.radians(lon), distance_km / EARTH_RADIUS_KM, math.radians(bearing_deg)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 4), round((math.degrees(l2) + 540) % 360 - 180, 4)


class _Located(Protocol):
    latitude: float | None
    longitude: float | None


def between(a: _Located, b: _Located) -> float | None:
    """The distance in kilometres between two located things (events, records), None when either has no point."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return km(a.latitude, a.longitude, b.latitude, b.longitude)
