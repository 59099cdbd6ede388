"""benchmarks/loss.py: every unmatched event sorted by the one thing that kept it from matching, with the scorer's
own matching (../shared/tools/score.py)."""

import importlib.util
import re
import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[1]
_SCORER = _ROOT.parent / "shared" / "tools" / "score.py"
if not _SCORER.exists():
    pytest.skip(f"needs the scorer at {_SCORER} (../shared is absent)", allow_module_level=True)

sys.path.insert(0, str(_ROOT / "benchmarks"))
_SPEC = importlib.util.spec_from_file_location("loss_tool", _ROOT / "benchmarks" / "loss.py")
loss = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(loss)
SC = loss.load_scorer(_ROOT.parent / "shared")

JOS, KANO, BAUCHI = (9.93, 8.89), (12.0, 8.52), (10.31, 9.84)


def _ev(event_type: str, place: str, at: tuple[float, float], day: str, sentence: str = "") -> dict:
    return {"event_type": event_type, "sub_event_type": "x", "location": place, "country": "NG",
            "latitude": at[0], "longitude": at[1], "date_start": day, "date_end": day, "evidence": [sentence]}


def test_each_left_over_event_gets_one_cause() -> None:
    gold = [
        _ev("Battles", "Jos", JOS, "2024-03-01"),                    # matched
        _ev("Battles", "Gidan Waya", KANO, "2024-03-02"),            # found, placed at Jos: place
        _ev("Protests", "Bauchi", BAUCHI, "2024-03-03"),             # found a week late: date
        _ev("Violence against civilians", "Jos", JOS, "2024-03-04"),  # found as a clash: type
        _ev("Riots", "Kano", KANO, "2024-03-09"),                    # nothing near it: not found
    ]
    pred = [
        _ev("Battles", "Jos", JOS, "2024-03-01"),
        _ev("Battles", "Jos", JOS, "2024-03-01"),                    # the first act again: split
        _ev("Battles", "Jos", JOS, "2024-03-02", "Gunmen attacked Gidan Waya near Jos."),
        _ev("Protests", "Bauchi", BAUCHI, "2024-03-10"),
        _ev("Battles", "Jos", JOS, "2024-03-04"),
        _ev("Strategic developments", "Bauchi", BAUCHI, "2024-03-20"),  # spurious
    ]
    anatomy = loss.Anatomy()
    anatomy.add(SC, pred, gold, "")
    assert (anatomy.gold, anatomy.pred, anatomy.matched) == (5, 6, 1)
    assert {k: v for k, v in anatomy.causes.items() if v} == {
        "place": 1, "date": 1, "type": 1, "split": 1, "spurious": 1, "not found": 1}
    assert anatomy.confusions == {("Battles", "Violence against civilians"): 1}
    report = anatomy.report("t")
    # Mending the place alone gives two matches: P 2/6, R 2/5, F1 0.3636.
    assert re.search(r"^place\s+1\s+0\.3636 \(\+0\.1818\)$", report, re.M)


def test_a_different_act_elsewhere_is_not_a_place_error() -> None:
    # Same type and day, but the predicted event's sentence never names the gold place: two acts, not one misplaced.
    gold = [_ev("Battles", "Gidan Waya", KANO, "2024-03-02")]
    pred = [_ev("Battles", "Jos", JOS, "2024-03-02", "Troops clashed with bandits near Jos.")]
    anatomy = loss.Anatomy()
    anatomy.add(SC, pred, gold, "")
    assert {k: v for k, v in anatomy.causes.items() if v} == {"another act": 1}


def test_spurious_records_counted_by_kind_and_shaping_rule() -> None:
    # Figures only: which sub-types and which rules made the records no gold event is near, against matched ones.
    gold = [_ev("Battles", "Jos", JOS, "2024-03-01")]
    hit = {**_ev("Battles", "Jos", JOS, "2024-03-01"), "rules": ["trigger.lexicon", "place.syntax", "actor.syntax"]}
    extra = {**_ev("Battles", "Kano", KANO, "2024-05-01"), "sub_event_type": "Armed clash",
             "rules": ["trigger.lexicon", "modality.past_anchor", "date.expression", "sides.both"]}
    anatomy = loss.Anatomy()
    anatomy.add(SC, [hit, extra], gold, "")
    assert anatomy.extra_kinds == {"Armed clash": 1}
    assert anatomy.extra_rules == {"trigger.lexicon": 1, "modality.past_anchor": 1}
    assert anatomy.matched_rules["trigger.lexicon"] == 1
    assert re.search(r"^\s+modality\.past_anchor\s+1\s+\(0 matched\)$", anatomy.report("t"), re.M)
