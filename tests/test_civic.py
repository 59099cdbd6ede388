"""Strategic developments and violence against civilians told in common ways the extractor missed (issue 9,
session 17; probes benchmarks/probes/civic.jsonl): people taken told in the passive or a relative clause, a
building burned named with no place of its own, a detained organiser, an arrest tied to the act just told.
Through the whole extractor (real spaCy model, gazetteer and actor table), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 20)


def _subs(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.sub_event_type, e.actor2, e.location) for e in run(text, published=PUBLISHED)]


def test_people_taken_by_gunmen_in_a_relative_clause_are_abducted() -> None:
    subs = _subs("Nine farmers who were taken by gunmen near Gusau on Friday have been freed, police said.")
    assert ("Abduction/forced disappearance", "Civilians", "Gusau") in subs


def test_a_town_taken_by_rebels_is_still_a_capture() -> None:
    subs = _subs("The town of Bunagana was taken by rebels on Monday after a day of fighting.")
    assert [s[0] for s in subs] == ["Non-state actor overtakes territory"]


def test_people_taken_to_an_unknown_location_are_abducted() -> None:
    subs = _subs("Armed men stopped a minibus near Kaga-Bandoro on Sunday and took the passengers to an unknown "
                 "location, the UN said.")
    assert ("Abduction/forced disappearance", "Civilians", "Kaga-Bandoro") in subs


def test_a_person_bundled_into_a_car_is_taken() -> None:
    subs = _subs("Masked men bundled a student leader into a van in Kampala on Thursday, his friends said.")
    assert [s[0] for s in subs] == ["Abduction/forced disappearance"]


def test_an_opposition_organiser_detained_is_an_arrest_not_a_protest() -> None:
    subs = _subs("An opposition organiser was detained by security agents in Lusaka on Tuesday, his party said.")
    assert [s[0] for s in subs] == ["Arrests"]


def test_a_chapel_and_a_market_burned_after_a_raid_are_destruction() -> None:
    subs = _subs("Militiamen killed six villagers in Kiwanja, North Kivu, on Monday. They also burned a chapel and "
                 "the market.")
    assert [s[0] for s in subs] == ["Attack", "Looting/property destruction"]


def test_a_town_hall_burned_by_protesters_stays_a_riot() -> None:
    subs = _subs("Protesters burned the town hall of Kisumu on Tuesday.")
    assert [s[0] for s in subs] == ["Violent demonstration"]


def test_an_arrest_tied_to_the_plot_just_told_is_placed_there() -> None:
    subs = _subs("Police defused a bomb outside a church in Kaduna on Sunday. Two men were arrested in "
                 "connection with the plot.")
    assert ("Arrests", "Kaduna") in [(s[0], s[2]) for s in subs]


def test_arrests_over_such_attacks_are_a_tally() -> None:
    subs = _subs("Gunmen killed two traders in Mombasa on Sunday. Hundreds of people have been arrested over "
                 "such attacks in recent years.")
    assert "Arrests" not in [s[0] for s in subs]


def test_a_deal_under_which_rebels_hand_over_weapons_is_an_agreement() -> None:
    subs = _subs("The government and the rebels struck a deal in Bangui on Friday under which the rebels will hand "
                 "over their weapons, state radio said.")
    assert [s[0] for s in subs] == ["Agreement"]


def test_the_creation_of_a_militia_told_as_a_noun_is_a_change_to_group() -> None:
    subs = _subs("Youths in Gao announced on Sunday the creation of a new self-defence militia to guard the town.")
    assert [s[0] for s in subs] == ["Change to group/activity"]


def test_the_formation_of_a_government_is_no_group_formed() -> None:
    assert _subs("The president announced the formation of a new government in Bamako on Friday.") == []


def test_a_mass_grave_found_by_residents_is_an_attack_not_a_mob() -> None:
    subs = _subs("Residents discovered a mass grave containing at least 20 bodies near Gao on Sunday, officials said.")
    assert [(s[0], s[1]) for s in subs] == [("Attack", "Civilians")]


def test_villagers_stoning_thieves_to_death_stay_a_mob() -> None:
    subs = _subs("Villagers stoned to death two suspected thieves in Gao on Sunday.")
    assert [s[0] for s in subs] == ["Mob violence"]


def test_troops_capturing_a_militant_leader_make_an_arrest() -> None:
    subs = _subs("Iraqi troops captured a senior militant leader in Mosul on Sunday.")
    assert [s[0] for s in subs] == ["Arrests"]


def test_rebels_capturing_a_village_chief_abduct_him() -> None:
    subs = _subs("Rebels captured a village chief near Beni on Sunday.")
    assert [(s[0], s[1]) for s in subs] == [("Abduction/forced disappearance", "Civilians")]


def test_suicide_vests_seized_in_an_arrest_raid_are_weapons_stopped_not_a_bombing() -> None:
    subs = _subs("Police arrested three members of the Islamic State in a raid in Quetta on Monday and seized suicide "
                 "vests.")
    assert sorted(s[0] for s in subs) == ["Arrests", "Disrupted weapons use"]



def test_soldiers_beating_villagers_attack_civilians() -> None:
    subs = _subs("Soldiers beat and whipped residents of a village near Sagaing on Friday, witnesses said.")
    assert [(s[0], s[1]) for s in subs] == [("Attack", "Civilians")]


def test_police_beating_protesters_stay_the_protest() -> None:
    subs = _subs("Police beat protesters with batons at a rally in Nairobi on Tuesday.")
    assert [s[0] for s in subs] == ["Protest with intervention"]


def test_residents_beating_a_thief_are_no_armed_attack() -> None:
    assert "Attack" not in [s[0] for s in _subs("Residents beat a suspected thief in Kisumu on Sunday.")]


def test_anger_whipped_up_is_no_act() -> None:
    assert _subs("Local politicians whipped up anger among residents of Kisumu on Monday.") == []


def test_men_arrested_whom_a_court_acquitted_are_no_arrest_told() -> None:
    assert "Arrests" not in [s[0] for s in _subs("A court in Nairobi acquitted two men arrested after the mall "
                                                  "attack in 2013.")]


def test_passengers_seized_and_freed_retell_the_abduction() -> None:
    subs = _subs("Bandits freed 18 passengers seized on the road near Gusau last week, police said.")
    assert [s[0] for s in subs] == ["Abduction/forced disappearance"]


def test_a_man_dragged_into_a_van_by_armed_men_is_abducted() -> None:
    subs = _subs("Armed men dragged a trader into a van in Kano on Monday, witnesses said.")
    assert [(s[0], s[1]) for s in subs] == [("Abduction/forced disappearance", "Civilians")]


def test_villagers_driven_into_the_forest_by_fighting_are_not_abducted() -> None:
    subs = _subs("Fighting near Beni on Monday forced thousands of villagers into the forest, where they are "
                 "sheltering.")
    assert "Abduction/forced disappearance" not in [s[0] for s in subs]


def test_gunmen_who_shot_and_wounded_a_journalist_attacked_a_civilian() -> None:
    subs = _subs("Gunmen shot and wounded a radio journalist outside his home in Quetta on Monday, police said.")
    assert [(s[0], s[1]) for s in subs] == [("Attack", "Civilians")]


def test_shot_and_killed_stays_one_killing() -> None:
    subs = _subs("Gunmen shot and killed a teacher in Pattani on Monday, police said.")
    assert [(s[0], s[1]) for s in subs] == [("Attack", "Civilians")]
