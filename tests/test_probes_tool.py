"""benchmarks/probes.py's event-level figures: a maximum one-to-one matching of expected records to predicted events."""

import importlib.util
import sys
from pathlib import Path

from frontlog.model.records import Event

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "probes.py"
_SPEC = importlib.util.spec_from_file_location("probes_tool", _PATH)
probes = importlib.util.module_from_spec(_SPEC)
sys.modules["probes_tool"] = probes  # dataclasses look their module up while the file runs
_SPEC.loader.exec_module(probes)


TYPES = {"Attack": "Violence against civilians", "Armed clash": "Battles"}


def _event(sub: str, location: str) -> Event:
    return Event(doc_id="t", event_type=TYPES[sub], sub_event_type=sub, location=location, country="NG")


def test_matching_is_one_to_one_and_maximal() -> None:
    # A greedy pass would give the first record the event the second one needs; the matching finds both.
    expect = [{"sub_event_type": "Attack"}, {"sub_event_type": "Attack", "location": "Jos"}]
    events = [_event("Attack", "Jos"), _event("Attack", "Kano"), _event("Armed clash", "Jos")]
    assert probes.matched(expect, events) == 2
    tally = probes.Tally()
    assert tally.add(expect, events) is False          # a spare event fails the probe
    assert tally.events_line("f") == "f events: recall 2/2 (1.000)  precision 2/3 (0.667)"


def test_one_event_fits_one_record_only() -> None:
    expect = [{"sub_event_type": "Attack"}, {"sub_event_type": "Attack"}]
    assert probes.matched(expect, [_event("Attack", "Jos")]) == 1
