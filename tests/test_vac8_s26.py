"""Violence against civilians, session 26 (branch vac8), through the whole extractor on sentences written for these
tests: a side named only in what the victims were charged with is no side of the act; civilians killed in a
battle are its toll, never its other side; unnamed armed men are who did violence to civilians, not its target;
a weapon word after "anti-" names no weapon; a bare act noun told as a trade is a practice, no act."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

WED = dt.date(2024, 5, 8)  # a Wednesday


def test_a_group_the_victims_were_accused_of_supporting_is_no_side() -> None:
    events = run("Soldiers shot dead five herders they accused of supporting the jihadists near Mopti on Monday, "
                 "a rights group said.", WED)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians")]


def test_the_army_the_victims_were_accused_of_spying_for_is_no_side() -> None:
    events = run("Al-Shabaab fighters beheaded two men accused of spying for the army in Baidoa on Sunday, "
                 "residents said.", WED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [("Attack", "Al-Shabaab", "Civilians")]


def test_civilians_in_the_toll_of_an_attack_on_a_base_are_not_its_other_side() -> None:
    events = run("JNIM fighters attacked a military base in Kidal on Monday evening. Three soldiers and four "
                 "civilians, among them a boy, died in the fighting, officials said.", WED)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Military Forces of Mali")]


def test_unnamed_armed_men_are_the_doers_of_a_killing_found_later() -> None:
    events = run("Farmers near Kaga-Bandoro on Tuesday found the bodies of nine men who had been tied up and shot, "
                 "a day after armed men were seen in the area.", WED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Unidentified Armed Group (Central African Republic)", "Civilians")]


def test_a_vehicle_hitting_an_anti_tank_mine_is_no_shelling() -> None:
    events = run("A car carrying a family hit an anti-tank mine near Kupiansk on Sunday, killing two of them.", WED)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_an_anti_personnel_mine_is_an_explosive() -> None:
    events = run("A shepherd was killed when he stepped on an anti-personnel mine near Sirte on Monday.", WED)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_an_act_noun_told_as_a_trade_is_no_act() -> None:
    assert run("Cattle rustling has become a lucrative business for armed gangs around Gusau, officials said.",
               WED) == []
    assert run("Kidnapping of travellers has become a thriving industry on the roads around Gonaives.", WED) == []


def test_a_kidnapping_told_with_its_day_stays() -> None:
    events = run("Gunmen kidnapped a priest near Gusau on Monday, police said.", WED)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_a_defused_anti_tank_mine_is_no_explosion() -> None:
    events = run("Sappers defused a second anti-tank mine hidden a few metres further along the track near Kidal on "
                 "Tuesday.", WED)
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_a_person_told_by_a_pronoun_taken_away_by_gunmen_is_an_abduction() -> None:
    events = run("Gunmen stormed the home of a village chief near Kaduna on Saturday night and took him away, his "
                 "relatives said.", WED)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Abduction/forced disappearance", "Civilians")]


def test_a_toll_of_a_named_militia_s_members_and_civilians_is_a_fight() -> None:
    # (the attack noun under the verb of killing is told by whom that verb killed)
    events = run("Jihadists killed six VDP volunteers and two civilians in an attack near Kaya on Sunday.", WED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_civilians_killed_in_an_attack_stay_an_attack() -> None:
    events = run("Jihadists killed six traders and two children in an attack near Kaya on Sunday.", WED)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_worshippers_taken_from_a_mosque_were_abducted() -> None:
    events = run("Police said gunmen were still holding six worshippers taken from a mosque near Katsina on Friday.",
                 WED)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Abduction/forced disappearance", "Civilians")]


def test_the_day_of_condemning_is_not_the_day_of_the_act_condemned() -> None:
    events = run("The African Union condemned on Tuesday the killing of 20 villagers by jihadists near Djibo on "
                 "Saturday.", WED)
    assert [(e.sub_event_type, e.date_start) for e in events] == [("Attack", "2024-05-04")]
    events = run("Rights groups on Monday denounced the abduction of 30 pupils from a school near Kaduna on Friday.",
                 WED)
    assert [(e.sub_event_type, e.date_start) for e in events] == [("Abduction/forced disappearance", "2024-05-03")]
