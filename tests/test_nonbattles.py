"""Battles that are not there (session 18, probes/nonbattles.jsonl): fighting named only as the cause of what people
suffered, as what they fled or as what a deal ended; a party's war told in a relative clause "since" a time; a fight
of words, courts or prices; a number of clashes going up or down. And the fights that stay: with a place, a date or
sides of their own. Sentences written for these tests, run through the whole extractor (real spaCy model, gazetteer
and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 7, 3)  # a Wednesday


def battles(text: str) -> list[str]:
    return [e.sub_event_type for e in run(text, PUBLISHED) if e.event_type == "Battles"]


def test_people_displaced_by_the_fighting_tell_no_fight() -> None:
    assert battles("Some 4,000 people displaced by the fighting have reached the town of Kalemie since Monday, "
                   "aid workers said.") == []


def test_shortages_caused_by_the_fighting_tell_no_fight() -> None:
    assert battles("Medicine shortages caused by the fighting have closed three clinics in Kaga-Bandoro, a "
                   "charity said on Tuesday.") == []


def test_fighting_that_disrupted_roads_is_a_cause() -> None:
    assert battles("The fighting has disrupted supply routes to the mines around Mongbwalu, traders said.") == []


def test_families_fleeing_the_clashes_tell_no_fight() -> None:
    assert battles("Tens of thousands of families fleeing the clashes have arrived in Kalemie since Monday, aid "
                   "workers said.") == []


def test_a_party_at_war_since_an_offensive_tells_who_it_is() -> None:
    assert battles("Uganda's army, which has fought the rebels inside Congo since launching a joint operation in "
                   "2021, said on Tuesday it had arrested 30 ADF fighters in Beni.") == []


def test_fighting_ended_by_a_peace_deal_is_no_new_fight() -> None:
    assert battles("A peace accord signed in Bangui in 2019 ended the fighting, and the rebel leader later joined "
                   "the government.") == []


def test_a_fight_with_its_sides_keeps_its_act_though_it_disrupted_something() -> None:
    assert battles("Trade through Bardera has been disrupted by a battle between al-Shabaab and clan militiamen "
                   "in the villages north of Bardera.") == ["Armed clash"]


def test_a_fight_with_its_own_place_and_date_keeps_its_act() -> None:
    assert battles("Thousands of villagers fled the fighting in Kiwanja on Monday, the UN said.") == ["Armed clash"]


def test_a_party_at_war_since_a_time_tells_who_it_is() -> None:
    assert battles("The Karen National Union, which has fought for autonomy since 1949, said on Tuesday it would "
                   "join the talks.") == []


def test_a_party_fighting_since_a_time_at_a_named_town_keeps_its_act() -> None:
    assert battles("Rebels of the Karen National Union, who have fought the army around Myawaddy since Monday, "
                   "said they had lost six men.") == ["Armed clash"]


def test_a_legal_battle_is_no_battle() -> None:
    assert battles("The army is fighting a legal battle against the families of the victims in a court in "
                   "Kinshasa.") == []


def test_clashes_that_rose_in_number_are_a_statistic() -> None:
    assert battles("Armed clashes in northern Mali rose by a third last year, according to figures published on "
                   "Tuesday.") == []


def test_clashes_that_broke_out_in_a_town_are_a_fight() -> None:
    assert battles("Clashes between the army and the RSF broke out in El Obeid on Monday.") == ["Armed clash"]


def test_rival_gangs_fighting_a_gun_battle_fight_an_armed_clash() -> None:
    assert battles("Rival gangs fought a gun battle in the Bel Air district of Port-au-Prince on Sunday, residents "
                   "said.") == ["Armed clash"]


def test_clashes_a_yearly_toll_died_in_are_the_tally() -> None:
    assert battles("Aid groups say more than 900 fighters have been killed in clashes across South Sudan this "
                   "year.") == []


def test_clashes_a_toll_died_in_since_monday_at_a_town_stay_a_fight() -> None:
    assert battles("Four soldiers have been killed in clashes with Fano militiamen in Bahir Dar since Monday, "
                   "officials said.") == ["Armed clash"]


def test_a_patrol_the_army_lost_contact_with_was_no_ground_lost() -> None:
    assert battles("Officials said the army had lost contact with a unit deployed to the town of Maru in Zamfara on "
                   "Sunday.") == []


def test_the_fighting_a_capture_ended_is_not_placed_where_its_spokesman_spoke() -> None:
    events = run("NAIROBI, June 3 - Rebels captured the town of Kurmuk in Blue Nile state on Sunday after two days of "
                 "fighting, a spokesman for the movement told reporters in Nairobi.", dt.date(2024, 6, 3))
    assert [(e.sub_event_type, e.location) for e in events] == [("Non-state actor overtakes territory", "Kurmuk")]


def test_armed_groups_fighting_for_a_region_describe_parties() -> None:
    assert battles("The CODECO militia is one of dozens of armed groups fighting for control of Congo's gold "
                   "mines.") == []


def test_a_party_which_is_fighting_juntas_describes_who_it_is() -> None:
    assert battles("Ansarul Islam, which is fighting the governments of Burkina Faso and Mali, released a video on "
                   "Tuesday.") == []


def test_soldiers_fighting_rebels_near_a_town_on_a_day_fight() -> None:
    assert battles("Soldiers fighting ADF rebels near Oicha on Sunday killed five of them, the army said.") == [
        "Armed clash"]


def test_words_of_fighting_in_their_other_senses_tell_no_battle() -> None:
    for text in ("The army chief launched a diplomatic offensive on Monday to win support for the operation in Goma.",
                 "Hospitals in Bunia were overrun with wounded soldiers on Monday, doctors said.",
                 "Firefighters battled a blaze at an army depot in Goma on Monday.",
                 "The police chief died of a heart attack in Maiduguri on Monday.",
                 "Soldiers stormed off the pitch in Juba after the referee's decision on Sunday.",
                 "The army captured the imagination of the public with a parade in Abuja on Monday."):
        assert battles(text) == [], text


def test_an_attack_captured_on_video_is_still_an_attack() -> None:
    assert battles("The attack on the army post in Kidal on Sunday was captured on video by the militants.") == [
        "Armed clash"]


def test_words_of_taking_ground_in_their_other_senses_take_none() -> None:
    for text in ("The new army chief took office in Bamako on Monday.",
                 "General Diallo took over as commander of the army in Gao on Monday.",
                 "The colonel took charge of the garrison in Gao on Monday.",
                 "The army took control of the situation in Gao on Monday.",
                 "A soldier wounded in the ambush regained consciousness in a hospital in Gao on Monday.",
                 "Police recaptured 20 inmates who escaped from the prison in Kaduna on Monday.",
                 "The militia's commander fell out with the army in Bunia last year.",
                 "The army lost two helicopters in a crash near Gao on Monday."):
        assert battles(text) == [], text


def test_ground_taken_is_still_taken() -> None:
    for text in ("Rebels took the governor's office in Gao on Monday.", "The army recaptured Gao on Monday.",
                 "The army regained control of Gao on Monday.", "Rebels took over the town of Gao on Monday."):
        assert len(battles(text)) == 1, text
