"""Strategic developments as real reporting tells them (session 28, branch sd10): a stance on a truce, a truce
referred to, a coup foiled or named as a charge or a time, drones downed in a count, a building stormed and looted,
damage with no doer. Sentences written for these tests, from wars other than the ones the fixes were found on."""

from __future__ import annotations

import datetime as dt

import pytest

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.model.records import Article

PUBLISHED = dt.date(2024, 3, 14)


def _subs(text: str) -> list[str]:
    [events] = extract_batch([Article(id="t", text=text, published=PUBLISHED)], Stats())
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "The ELN said it remained committed to the ceasefire in Arauca.",
    "The African Union welcomed the truce in El Fasher.",
    "The Houthis have abided by the truce in Hodeidah since last April.",
])
def test_a_stance_on_a_truce_is_no_agreement(text: str) -> None:
    assert "Agreement" not in _subs(text)


def test_a_truce_welcomed_with_its_own_making_stays() -> None:
    assert "Agreement" in _subs("The UN welcomed the ceasefire signed in Juba on Monday between the army and the "
                                "rebels of the SPLM-IO.")


@pytest.mark.parametrize("text", [
    "Under the terms of the deal, the fighters were to hand over their heavy weapons in Daraa.",
    "The peace deal has brought relative calm to Mindanao, though clashes still break out in Maguindanao.",
    "The ceasefire deal includes the release of prisoners held in Aden.",
])
def test_a_truce_referred_to_is_no_agreement(text: str) -> None:
    assert "Agreement" not in _subs(text)


@pytest.mark.parametrize("text", [
    "A ceasefire between the army and the rebels took effect in Tripoli on Sunday.",
    "The two militias agreed to a truce in Zawiya on Saturday.",
])
def test_a_truce_made_or_begun_stays(text: str) -> None:
    assert "Agreement" in _subs(text)


def test_a_foiled_coup_is_no_coup_and_its_arrests_stay() -> None:
    subs = _subs("Sierra Leone's government said it had foiled a coup attempt and arrested several officers in "
                 "Freetown.")
    assert "Other" not in subs and "Arrests" in subs


def test_arrests_after_a_coup_or_over_a_mutiny_are_acts_of_their_own() -> None:
    assert "Arrests" in _subs("Soldiers detained the ousted president's nephew in Conakry after the September coup.")
    subs = _subs("Police in Bamako on Friday arrested 15 soldiers suspected of taking part in the mutiny.")
    assert subs == ["Arrests"]


def test_arrests_in_a_coup_are_the_coup() -> None:
    assert _subs("Officers seized power in Niger on Wednesday and detained President Bazoum in Niamey.") == ["Other"]


def test_drones_downed_in_a_count_are_disrupted() -> None:
    assert "Disrupted weapons use" in _subs("Air defences downed 18 of the 22 drones over Odesa overnight, the "
                                             "Ukrainian air force said.")


@pytest.mark.parametrize("text", [
    "RSF fighters stormed and looted a bank in El Obeid on Sunday.",
    "Gunmen stormed and ransacked the offices of a charity in Kaga Bandoro on Friday.",
])
def test_a_building_stormed_and_looted_is_looting(text: str) -> None:
    assert _subs(text) == ["Looting/property destruction"]


def test_damage_with_no_doer_is_no_destruction() -> None:
    assert "Looting/property destruction" not in _subs(
        "Satellite images show that whole streets of Bakhmut have been destroyed.")


@pytest.mark.parametrize("text", [
    "Police in Kisumu have detained three suspects in connection with the killing of a councillor.",
    "Security forces have arrested 20 suspects in Quetta over the bombing of the railway station.",
])
def test_the_charge_of_an_arrest_is_no_act_of_the_arresters(text: str) -> None:
    assert _subs(text) == ["Arrests"]


def test_a_charged_act_told_in_its_own_clause_stays() -> None:
    subs = _subs("Police in Honiara said they had arrested 40 people for the looting that gutted Chinatown on "
                 "Wednesday.")
    assert "Arrests" in subs and len(subs) == 2


def test_arrests_on_the_days_of_the_coup_they_follow_are_the_coup() -> None:
    assert _subs("Following the coup on August 30, soldiers detained President Ali Bongo at his residence in "
                 "Libreville.") == ["Other"]
