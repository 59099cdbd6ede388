"""Who the dead were, told after the words that counted them: in the next sentence ("The dead were members of a
vigilante group", "The victims were truffle hunters": discourse.victims_told_after) or in the act's own sentence
after its victims (", most of them members of the security forces": subtype.victims.told_after). Armed dead make
an attack read as one on civilians a fight; civilian dead make a fight read only by default an attack on
civilians (issue 9, session 22). Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 10)


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor2) for e in run(text, published=PUBLISHED)]


def test_dead_told_next_as_vigilantes_make_a_fight() -> None:
    events = run("Gunmen killed eight people near Gusau in Zamfara State on Sunday. The dead were members of a "
                 "local vigilante group, police said.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert "discourse.victims_told_after" in events[0].rules


def test_dead_told_next_as_a_named_militia_are_its_side() -> None:
    assert kinds("Gunmen killed 12 people in a village near Bandiagara in Mali on Sunday. Among the dead were "
                 "members of the Dan Na Ambassagou militia.") == [("Armed clash", "Dan Na Ambassagou")]


def test_dead_told_next_as_soldiers_make_a_fight() -> None:
    events = run("Armed men attacked a convoy near Mopti in Mali on Monday, killing eight. The dead were soldiers "
                 "escorting the lorries, the army said.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_dead_told_next_as_hunters_make_an_attack() -> None:
    events = run("Islamic State fighters attacked a group near Palmyra in Syria on Sunday, killing 12. The victims "
                 "were truffle hunters.", published=PUBLISHED)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians")]
    assert "discourse.victims_told_after" in events[0].rules


def test_dead_told_next_as_farmers_keep_the_attack() -> None:
    assert [k for k, _ in kinds("Gunmen killed eight people near Gusau in Zamfara State on Sunday. The victims were "
                                "farmers, police said.")] == ["Attack"]


def test_an_armys_version_does_not_undo_civilians_named_in_the_act() -> None:
    # the act's own sentence names children among the dead: the army's word on them is its version
    assert [k for k, _ in kinds("Soldiers raided a village near Kismayo in Somalia on Sunday and killed 10 "
                                "people, among them three children. The army said those killed were militants.")
            ] == ["Attack"]


def test_vigilantes_in_a_clause_on_the_dead_farmers_tell_nothing() -> None:
    assert [k for k, _ in kinds("Gunmen killed eight people near Gusau in Zamfara State on Sunday. The dead were "
                                "farmers who had fled from vigilantes, police said.")] == ["Attack"]


def test_an_armed_target_keeps_the_fight() -> None:
    # (attacked army positions: armed people were hit, whoever else died)
    assert [k for k, _ in kinds("ADF rebels attacked army positions near Oicha in Congo on Sunday and killed 12 "
                                "people. A local official said all the dead were villagers.")] == ["Armed clash"]


def test_most_of_them_security_forces_is_a_fight() -> None:
    events = run("Islamic State fighters attacked Kirkuk in Iraq on Sunday, killing more than 80 people, most of "
                 "them members of the security forces.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert "subtype.victims.told_after" in events[0].rules


def test_most_of_them_gendarmes_is_a_fight() -> None:
    assert [k for k, _ in kinds("Gunmen killed 20 people near Kaya in Burkina Faso on Sunday, most of them "
                                "gendarmes.")] == ["Armed clash"]


def test_all_of_them_civilians_stays_an_attack() -> None:
    assert [k for k, _ in kinds("Militants attacked a village near Djibo in Burkina Faso on Sunday, killing 15 "
                                "people, all of them civilians.")] == ["Attack"]


# --- bodies exhumed: the killing, by someone other than who dug them up ------------------------------------------

def test_bodies_exhumed_are_people_killed() -> None:
    events = run("Police said on Monday they had exhumed the bodies of 18 civilians, some with signs of torture, in "
                 "a forest near Izium.", published=dt.date(2022, 9, 19))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Unidentified Armed Group (Ukraine)", "Civilians")]


def test_bodies_unearthed_by_soldiers_are_not_theirs() -> None:
    events = run("Soldiers unearthed the bodies of nine farmers near Gulu on Monday.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1 != "Military Forces of Uganda"


# --- a killing told with small arms and heavier arms is an assault, decided by who was hit ----------------------

def test_killing_with_rockets_and_rifles_of_passengers_is_an_attack() -> None:
    assert [k for k, _ in kinds("Gunmen attacked a bus near Kaya in Burkina Faso with rockets and rifles on Sunday, "
                                "killing 12 passengers.")] == ["Attack"]


def test_killing_with_rockets_alone_stays_shelling() -> None:
    assert [k for k, _ in kinds("Rebels fired rockets at a market in Kaya in Burkina Faso on Sunday, killing 12 "
                                "traders.")] == ["Shelling/artillery/missile attack"]
