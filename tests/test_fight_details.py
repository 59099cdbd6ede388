"""Details of one fight told beside it in one sentence are that fight, not acts of their own (issue 9, session 19,
probes retell3): an assault with small arms and explosives, fire or looting joined by "and" to the fight. Through
the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 4)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=PUBLISHED))


def test_an_assault_with_rifles_and_explosives_on_a_post_is_a_clash() -> None:
    assert _subs("Militants attacked the army post in Damboa with rifles and explosives on Sunday night.") == [
        "Armed clash"]


def test_an_assault_with_guns_and_mortars_is_a_clash() -> None:
    assert _subs("Rebels attacked the police station in Bunia with guns and mortars on Sunday, officials said.") == [
        "Armed clash"]


def test_explosives_alone_stay_a_bombing() -> None:
    assert _subs("Militants attacked an army convoy near Damboa with explosives on Sunday.") == [
        "Remote explosive/landmine/IED"]


def test_rockets_fired_and_a_fight_joined_by_and_are_one_clash() -> None:
    assert _subs("On Monday the rebels fired rockets at the army base in Bunia and fought soldiers for hours.") == [
        "Armed clash"]


def test_looting_and_a_fight_joined_by_and_are_one_clash() -> None:
    assert _subs("On Monday the insurgents looted shops in Macomia and fought soldiers for several hours.") == [
        "Armed clash"]


def test_shelling_by_one_side_and_a_clash_of_others_stay_apart() -> None:
    assert _subs("On Monday the army shelled Bunia and rebels fought a militia in Djugu.") == [
        "Armed clash", "Shelling/artillery/missile attack"]


def test_a_destruction_in_the_passive_beside_a_fight_is_its_damage() -> None:
    assert _subs("Jihadists attacked an army base in Damboa in Borno state on Sunday night, killing six soldiers, "
                 "sources said. On Tuesday an officer said 11 soldiers had died in the attack on the Damboa base and "
                 "that four army trucks had been destroyed.") == ["Armed clash"]


def test_houses_burned_beside_a_killing_of_villagers_stay_apart() -> None:
    assert _subs("Gunmen killed nine villagers in Bunia on Monday and dozens of houses were burned.") == [
        "Attack", "Looting/property destruction"]
