"""Strategic developments (issue 9) through the whole extractor, on sentences written for these tests with the
real spaCy model, gazetteer and actor table: coups told as taking a country, entries carried out under a deal,
arrests reported from the dateline's city, doers named again, detentions, aims and sirens that report no act."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.model.records import Event


def summary(events: list[Event]) -> list[tuple]:
    return [(e.sub_event_type, e.location, e.date_start) for e in events]


def test_a_countrys_own_officers_seizing_control_of_it_is_a_coup_placed_at_the_country() -> None:
    events = run("Army officers seized control of Chad on Friday, state television said.")
    assert summary(events) == [("Other", "Chad", "2019-05-17")]
    assert events[0].event_type == "Strategic developments" and events[0].geo_precision == 3


def test_troops_retaking_a_city_named_with_its_country_stay_a_capture_not_a_coup() -> None:
    events = run("Army units retook the northern Mali town of Gao on Tuesday after two days of fighting.")
    assert [e.event_type for e in events] == ["Battles"]


def test_an_entry_in_an_article_telling_a_hand_over_deal_is_a_non_violent_transfer() -> None:
    text = ("Kurdish-led forces agreed a deal with the Syrian government on Sunday to hand over towns in the north. "
            "Syrian army units entered the town of Amuda on Monday, state media said.")
    entries = [e for e in run(text) if e.location == "Amuda"]
    assert [e.sub_event_type for e in entries] == ["Non-violent transfer of territory"]


def test_an_entry_with_no_deal_told_is_still_a_capture() -> None:
    events = run("Syrian army units entered the town of Amuda on Monday, state media said.")
    assert [e.event_type for e in events if e.location == "Amuda"] == ["Battles"]


def test_an_arrest_with_no_place_of_its_own_is_placed_at_the_dateline_city() -> None:
    text = ("BAMAKO, 22 May 2019 (AFP) - Soldiers fought jihadists near the town of Menaka on Sunday. "
            "The fighting lasted for hours. Many residents fled. Local leaders asked for calm. "
            "Police arrested a former minister on Monday, his lawyer said.")
    arrests = [e for e in run(text) if e.sub_event_type == "Arrests"]
    assert summary(arrests) == [("Arrests", "Bamako", "2019-05-20")]


def test_doers_named_again_burn_property_where_they_attacked() -> None:
    text = ("Gunmen attacked the village of Koro in central Mali on Sunday, killing four traders. "
            "The governor condemned the violence. Residents said they were afraid. Schools stayed closed. "
            "The gunmen also set fire to dozens of houses, a local official said.")
    looting = [e for e in run(text) if e.sub_event_type == "Looting/property destruction"]
    assert [e.location for e in looting] == ["Koro"]


def test_detentions_carried_out_in_two_cities_give_one_arrest_each() -> None:
    text = "Rebel authorities said on Sunday that the detentions of aid workers were carried out in Sanaa and Aden."
    places = sorted(e.location for e in run(text) if e.sub_event_type == "Arrests")
    assert places == ["Aden", "Sanaa"]


def test_taking_a_town_told_as_a_priority_is_no_capture() -> None:
    text = "The minister said on Monday that taking the port of Hodeidah was a priority for his forces."
    assert run(text) == []


def test_air_defence_sirens_intercept_nothing() -> None:
    assert run("Air defence sirens sounded in Haifa and Tel Aviv on Monday evening.") == []


def test_troops_seizing_a_cache_of_weapons_in_a_town_disrupt_weapons_use_and_take_no_ground() -> None:
    events = run("Troops seized a large cache of weapons in the town of Gao in Mali on Tuesday.")
    assert summary(events) == [("Disrupted weapons use", "Gao", "2019-05-21")]


def test_property_seized_is_looting() -> None:
    events = run("Rebels broke into the aid agency's offices in Goma on Sunday, and the seizure of UN property "
                 "was confirmed by the agency.")
    assert "Looting/property destruction" in [e.sub_event_type for e in events]


def test_a_unit_disbanded_with_no_place_named_is_disbanded_for_the_whole_country() -> None:
    text = ("Police shot dead two protesters in Lagos, Nigeria, on Sunday. "
            "President Muhammadu Buhari disbanded the police unit on Monday.")
    changes = [e for e in run(text) if e.sub_event_type == "Change to group/activity"]
    assert [(e.location, e.geo_precision) for e in changes] == [("Nigeria", 3)]


def test_officers_ousting_the_president_by_title_is_a_coup() -> None:
    events = run("In Niger, the army ousted President Mohamed Bazoum on Wednesday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Other", "Niger")]


def test_the_datelines_date_is_when_the_story_was_filed_not_the_acts_date() -> None:
    text = ("GAROWE, 21 May 2019 (Puntland Post) – The government confirmed the house arrest of the deputy governor. "
            "The president ordered the house arrest of the deputy governor on Monday, the minister said.")
    arrests = [e for e in run(text) if e.sub_event_type == "Arrests"]
    assert summary(arrests) == [("Arrests", "Garoowe", "2019-05-20")]  # (GeoNames spells it Garoowe)


# -- session 4: strategic developments on unseen text (sentences of our own, places chosen for them)

def test_a_ban_on_rallies_and_an_offered_ceasefire_are_no_acts() -> None:
    assert run("The interior ministry banned all rallies in Harare on Friday.") == []
    assert run("The government offered a ceasefire to the rebels in Tigray on Monday.") == []


def test_arrests_counted_since_a_month_long_ago_are_a_tally_not_an_arrest() -> None:
    assert run("Police have arrested 450 opposition supporters since March, a rights group said.") == []


def test_a_commander_captured_by_troops_is_an_arrest_and_by_an_armed_group_an_abduction() -> None:
    assert summary(run("Nigerian troops captured a Boko Haram commander in Maiduguri on Sunday.")) == [
        ("Arrests", "Maiduguri", "2019-05-19")]
    assert summary(run("Al-Shabaab fighters captured a district commissioner in Baidoa on Sunday.")) == [
        ("Abduction/forced disappearance", "Baidoa", "2019-05-19")]


def test_bombs_defused_are_disrupted_weapons_use_and_no_explosion() -> None:
    events = run("Soldiers defused three roadside bombs near Kidal on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_the_president_detained_in_a_coup_is_part_of_the_coup() -> None:
    events = run("Soldiers seized power in Gabon on Wednesday and detained President Ali Bongo at his palace in "
                 "Libreville.")
    assert summary(events) == [("Other", "Gabon", "2019-05-22")]


def test_a_word_of_an_armed_groups_name_is_no_capture_and_weapons_handed_in_change_the_group() -> None:
    events = run("Fighters of the Moro Islamic Liberation Front handed in their rifles in Cotabato City on Monday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Change to group/activity", "Moro Islamic Liberation Front")]


def test_a_truce_signed_abroad_is_placed_where_it_says_it_applies() -> None:
    events = run("The government of South Sudan and the rebels signed a truce in Nairobi on Sunday that will apply "
                 "across South Sudan.")
    assert [(e.sub_event_type, e.location, e.geo_precision) for e in events] == [("Agreement", "South Sudan", 3)]


def test_a_truce_made_in_a_provincial_town_is_local_to_it_and_in_the_capital_the_countrys() -> None:
    events = run("Two rival clan militias signed a truce in Beledweyne on Tuesday, elders said.")
    assert [(e.location, e.geo_precision) for e in events] == [("Beledweyne", 1)]
    events = run("The government and the rebels signed a truce in Mogadishu on Tuesday.")
    assert [(e.location, e.geo_precision) for e in events] == [("Somalia", 3)]


def test_how_long_a_ceasefire_runs_is_not_when_it_was_agreed() -> None:
    events = run("The army and the rebels agreed a three-month ceasefire in Mali on Monday.")
    assert [(e.date_start, e.date_end) for e in events] == [("2019-05-20", "2019-05-20")]


def test_a_faction_breaking_away_changes_the_group() -> None:
    events = run("A faction of the Mai-Mai militia broke away from its commander near Beni on Sunday.")
    assert summary(events) == [("Change to group/activity", "Beni", "2019-05-19")]


def test_an_act_of_the_body_told_again_in_the_second_half_of_the_headline_is_not_a_second_act() -> None:
    text = ("Army and rebels sign truce; police arrest opposition leader in Bukavu\n\n"
            "Police arrested the opposition leader at his home in Bukavu on Monday, his party said.")
    arrests = [e for e in run(text) if e.sub_event_type == "Arrests"]
    assert summary(arrests) == [("Arrests", "Bukavu", "2019-05-20")]


def test_an_entry_in_an_article_telling_only_a_ceasefire_is_still_a_capture() -> None:
    text = ("The army and the rebels agreed a ceasefire in Syria on Sunday. "
            "Syrian army units entered the town of Amuda on Monday, state media said.")
    assert [e.event_type for e in run(text) if e.location == "Amuda"] == ["Battles"]


def test_men_rounded_up_by_soldiers_are_arrested_and_by_gunmen_abducted() -> None:
    events = run("Soldiers rounded up dozens of young men in the town of Bama on Sunday.")
    assert [e.sub_event_type for e in events] == ["Arrests"]
    events = run("Gunmen rounded up dozens of young men in the town of Bama on Sunday.")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_a_militia_formed_and_a_withdrawal_completed_change_the_group() -> None:
    events = run("Local youths formed a new self-defence militia in the town of Beni on Saturday.")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]
    events = run("French troops completed their withdrawal from Niger on Friday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Change to group/activity", "Niger")]


def test_a_withdrawal_under_a_deal_is_the_transfer_and_the_deal_is_not_made_there() -> None:
    events = run("Rebels pulled out of the town of Kitchanga on Monday under a deal brokered by Angola.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Non-violent transfer of territory", "Kitchanga")]


def test_rifles_seized_are_disrupted_weapons_use_and_an_official_detained_is_an_arrest() -> None:
    events = run("Police seized 200 rifles in a raid on a warehouse in Mogadishu on Monday.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]
    events = run("Intelligence agents detained a senior opposition official at Entebbe airport on Monday.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_soldiers_detaining_the_president_in_what_others_called_a_coup_is_the_coup() -> None:
    events = run("Mutinous soldiers detained the president and the prime minister in Bamako on Tuesday, in what "
                 "the African Union called a coup.")
    assert [(e.sub_event_type, e.country) for e in events] == [("Other", "ML")]


def test_a_march_called_is_still_no_march() -> None:
    assert run("Opposition parties called a march in Lusaka for Saturday.") == []


def test_an_arrest_told_as_a_priority_is_no_arrest_and_one_told_as_a_blow_is() -> None:
    assert run("The arrest of the cartel leader in Culiacan has been a priority for the government.") == []
    events = run("The arrest of the cartel leader in Culiacan on Monday was a blow to the gang.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_doers_named_by_a_pronoun_loot_where_the_sentence_before_put_them() -> None:
    events = run("Gunmen raided a market in Gao on Friday. They looted shops and stole livestock, residents said.")
    assert [(e.sub_event_type, e.location, e.geo_precision) for e in events] == [
        ("Looting/property destruction", "Gao", 2)]


def test_prisoners_exchanged_and_hostilities_ceased_are_agreements_a_warrant_no_arrest() -> None:
    events = run("Houthi rebels and the government exchanged 800 prisoners in Aden on Friday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Agreement", "Aden")]
    events = run("Both sides agreed to cease hostilities in Gedaref on Monday.")
    assert [e.sub_event_type for e in events] == ["Agreement"]
    assert run("A judge issued a warrant for the arrest of the former governor of Kano on Monday.") == []


# -- session 5: strategic developments on unseen text (sentences of our own, from several wars each)

def test_a_capture_whose_next_sentence_tells_the_place_given_up_is_a_hand_over() -> None:
    # Congo, Sudan and Afghanistan: the sentence after names no place and tells no act of its own.
    for text, place in [
        ("Government troops took over the towns of Kiwanja and Rutshuru on Sunday. The rebels handed them over "
         "without a shot being fired, an officer said.", "Rutshuru"),
        ("Sudanese troops took over the town of Abyei on Monday. Southern forces handed it over without a fight, "
         "the army said.", "Abyei"),
        ("The Taliban took the district of Musa Qala on Sunday. Local elders said the police had surrendered it "
         "without a fight.", "Musa Qalah"),
    ]:
        events = run(text)
        assert [e.event_type for e in events] == ["Strategic developments"] * len(events), text
        assert place in [e.location for e in events if e.sub_event_type == "Non-violent transfer of territory"]


def test_a_capture_followed_by_losses_or_by_another_place_stays_a_capture() -> None:
    events = run("Government troops took over the towns of Kiwanja and Rutshuru on Sunday. The rebels lost dozens "
                 "of men, an officer said.")
    assert {e.sub_event_type for e in events} == {"Government regains territory"}
    events = run("The Taliban took the district of Musa Qala on Sunday. Elders in Kabul said the attack was met "
                 "without resistance.")
    assert [e.event_type for e in events] == ["Battles"]


def test_a_town_handed_back_and_entered_in_one_sentence_is_one_hand_over() -> None:
    # Congo and Syria; the entry knows the taker, the hand-back the loser.
    assert summary(run("The rebels handed Goma back to the army on Monday, and soldiers entered the city.")) == [
        ("Non-violent transfer of territory", "Goma", "2019-05-20")]
    events = run("The militia handed Tal Abyad back to the Syrian army on Monday, and government troops entered "
                 "the town.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Non-violent transfer of territory", "Syrian Government Forces")]


def test_a_state_force_seizing_control_of_the_country_is_a_coup_at_its_country() -> None:
    for text, country in [("Soldiers in Burkina Faso seized control of the country on Sunday, state television "
                           "said.", "Burkina Faso"),
                          ("Gabon's army took control of the country on Wednesday and closed the borders.", "Gabon"),
                          ("Myanmar's military seized control of the country on Monday.", "Myanmar")]:
        events = run(text)
        assert [(e.sub_event_type, e.location, e.geo_precision) for e in events] == [("Other", country, 3)], text


def test_rebels_taking_part_of_the_country_is_no_coup() -> None:
    assert run("Rebels seized control of the country's north on Monday.") == []
    assert run("Islamist fighters have seized control of much of the country since 2012.") == []


def test_a_junta_dissolving_parliament_or_the_government_decrees_and_changes_no_armed_group() -> None:
    assert run("The junta in Niamey dissolved parliament and suspended the constitution on Thursday.") == []
    assert run("Sudan's military ruler dissolved the government in Khartoum on Monday.") == []
    assert run("Myanmar's generals dissolved the election commission in Naypyidaw on Monday.") == []
    # A breakaway government winding up its own institutions decrees too (words/civil_bodies.txt: institution).
    assert run("The self-declared republic's leader in Tskhinvali signed a decree on Monday on the dissolution of all "
               "its state institutions.") == []
    # An armed wing dissolved still is a change to the group, whoever reports it.
    events = run("UNITA formally dissolved its armed wing in Luena on Friday, and its fighters joined the army, "
                 "the government said.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Change to group/activity", "UNITA")]


def test_drones_and_rockets_destroyed_in_flight_are_disrupted_weapons_use_not_property_destroyed() -> None:
    # Ukraine, Yemen's war over Saudi Arabia, Israel-Gaza.
    for text in ["Ukrainian forces destroyed 20 Russian drones over Kyiv overnight, the air force said.",
                 "The Saudi-led coalition destroyed two explosive-laden drones over Khamis Mushait on Sunday.",
                 "Israeli troops destroyed a rocket over Sderot on Monday, the army said."]:
        assert [e.sub_event_type for e in run(text)] == ["Disrupted weapons use"], text


def test_a_school_destroyed_by_missiles_and_a_drone_factory_are_not_weapons_stopped() -> None:
    assert [e.sub_event_type for e in run("Russian missiles destroyed a school in Kharkiv on Monday.")] == [
        "Shelling/artillery/missile attack"]
    assert "Disrupted weapons use" not in [
        e.sub_event_type for e in run("Israeli jets destroyed a drone factory in Gaza on Monday.")]


def test_a_cordon_told_with_a_coup_is_how_the_coup_was_done_and_alone_or_with_deaths_a_battle() -> None:
    # Lesotho, Niger, Thailand: one coup each, no battle.
    for text in ["Soldiers tried to overthrow Lesotho's government on Saturday, surrounding the police headquarters "
                 "in Maseru.",
                 "Mutinous troops seized power in Niger on Wednesday, surrounding the presidential palace in Niamey.",
                 "Army units surrounded the state broadcaster in Bangkok on Tuesday night as the generals overthrew "
                 "the prime minister."]:
        assert [e.sub_event_type for e in run(text)] == ["Other"], text
    assert [e.event_type for e in run("Rebels surrounded the town of Kidal on Tuesday, officials said.")] == [
        "Battles"]
    events = run("Soldiers staged a coup in Bamako on Tuesday, surrounding the palace, and three guards were killed "
                 "in the fighting.")
    assert sorted(e.event_type for e in events) == ["Battles", "Strategic developments"]


def test_ground_with_no_bounds_coming_under_a_groups_control_is_a_state_of_affairs_not_a_capture() -> None:
    # Burkina Faso, Nigeria, Congo: the fight told first stands alone.
    for text, place in [
        ("Soldiers clashed with jihadists near Djibo on Sunday. Many areas have since come under militant "
         "control, the officers said.", "Djibo"),
        ("Troops fought Boko Haram near Bama on Sunday. Vast areas have come under the group's control, residents "
         "said.", "Bama"),
        ("Government forces fought the rebels near Rutshuru on Sunday. Swathes of territory have come under rebel "
         "control, residents said.", "Rutshuru"),
    ]:
        assert [(e.sub_event_type, e.location) for e in run(text)] == [("Armed clash", place)], text


def test_large_areas_of_a_named_province_taken_are_still_a_capture() -> None:
    events = run("Islamic State fighters seized large areas of Raqqa province on Monday.")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_an_act_told_as_what_did_not_happen_far_from_or_instead_of_is_no_act() -> None:
    # Mali, Ukraine, the Philippines.
    events = run("Far from liberating the northern towns, the army has lost Kidal and Gao, the officers said.")
    assert "Government regains territory" not in [e.sub_event_type for e in events]
    assert run("Far from retaking Bakhmut, Ukrainian troops were pushed back on Monday, the ministry said.") == []
    assert run("Instead of capturing Marawi on Monday, the militants fled into the hills.") == []
    # What was done instead stands.
    events = run("Rather than storming the town of Bunia, the militia shelled it on Monday.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_a_coup_told_as_the_time_of_another_coup_is_a_coup_of_its_own_date() -> None:
    # Burkina Faso, Mali, Guinea: the earlier coup, in a past clause of its own, is dated apart.
    for text, country, earlier in [
        ("A group of captains seized control of Burkina Faso on Friday and deposed a colonel who had "
         "taken power in a coup in January.", "Burkina Faso", "2019-01-01"),
        ("Officers seized power in Mali on Tuesday, claiming to restore order as they overthrew a president who "
         "had himself come to power in a coup in 2017.", "Mali", "2017-01-01"),
        ("Soldiers seized power in Guinea on Sunday, as they had done in a coup in 2008.", "Guinea", "2008-01-01"),
    ]:
        events = run(text)
        assert sorted((e.sub_event_type, e.location, e.date_start) for e in events)[0] == ("Other", country, earlier)
        assert len(events) == 2, text


def test_an_interception_is_placed_where_each_stopped_weapon_was_aimed() -> None:
    # Israel-Lebanon, Ukraine, Yemen's war over Saudi Arabia: one event per target, never the launch site.
    for text, places in [
        ("Iron Dome batteries intercepted a projectile launched into Nahariya and a rocket sent from Lebanon "
         "towards Haifa on Wednesday.", ["Haifa", "Nahariyya"]),
        ("Ukrainian air defences intercepted a missile fired at Odesa and two drones launched towards Kharkiv on "
         "Monday.", ["Kharkiv", "Odesa"]),
        ("Saudi forces intercepted a ballistic missile fired at Najran and a drone launched towards Abha on Sunday.",
         ["Abha", "Najran"]),
    ]:
        events = run(text)
        assert {e.sub_event_type for e in events} == {"Disrupted weapons use"}, text
        assert sorted(e.location for e in events) == sorted(places), text


def test_a_bomb_defused_on_a_bridge_stays_at_the_town_named() -> None:
    events = run("Soldiers defused a bomb planted on a bridge near Kidal on Tuesday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Disrupted weapons use", "Kidal")]


def test_a_place_handed_over_by_a_force_pulling_back_is_one_hand_over_not_a_change_to_the_group() -> None:
    # Mali, Yemen, Liberia.
    for text in ["BAMAKO, May 22 (Wire) - The rebels handed over the town of Kidal to the army on Tuesday, pulling "
                 "back into the desert.",
                 "ADEN, May 22 (Wire) - Separatist fighters handed over the port and the Crater district to Saudi "
                 "troops on Tuesday, pulling back to their barracks.",
                 "MONROVIA, May 22 (Wire) - The rebels handed over the Freeport and the Bushrod Island district to "
                 "peacekeepers on Tuesday, pulling back across the river."]:
        assert [e.sub_event_type for e in run(text)] == ["Non-violent transfer of territory"], text


def test_a_ceasefire_agreement_signed_is_one_agreement_not_one_more_across_the_country() -> None:
    # settle.duplicate_trigger: "ceasefire" only modifies the agreement signed; alone it would be placed at the
    # country and counted as a second agreement.
    events = run("The government and the M23 signed a ceasefire agreement in Luanda on Monday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Agreement", "Luanda")], summary(events)
    # Control: a truce of its own, told in another clause, is still read.
    events = run("The government signed a trade agreement in Luanda on Monday, and a ceasefire took effect in Goma.")
    assert "Goma" in {e.location for e in events}, summary(events)


# --- common press phrasings of strategic acts and territory (probes, session 10) -------------------------------

def test_a_truce_taking_effect_in_a_place_takes_no_ground() -> None:
    events = run("A truce between the two militias took effect in Bunia on Monday.")
    assert "Battles" not in [e.event_type for e in events]


def test_people_taken_into_custody_far_from_the_verb_are_arrested() -> None:
    events = run("Soldiers took more than a dozen members of the banned party into custody in Mombasa on Friday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Mombasa")]


def test_troops_apprehending_suspected_insurgents_is_an_arrest() -> None:
    events = run("Troops apprehended four suspected insurgents in Kandahar on Tuesday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Kandahar")]


def test_fighters_sweeping_into_a_town_take_it() -> None:
    events = run("Rebel fighters swept into the town of Saraqib on Sunday.")
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Saraqib")]


def test_troops_clearing_a_town_of_insurgents_regain_it() -> None:
    events = run("Nigerian soldiers cleared the town of Dikwa of insurgents on Saturday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Government regains territory", "Dikwa")]
    # Control: a blockade cleared takes no ground.
    events = run("Police cleared a blockade of the highway near Cochabamba on Monday.")
    assert "Battles" not in [e.event_type for e in events]


def test_an_army_setting_up_an_observation_post_establishes_a_base() -> None:
    events = run("The Turkish army set up a new observation post east of Idlib city on Monday.")
    assert [e.sub_event_type for e in events] == ["Headquarters or base established"]


def test_rockets_told_as_intercepted_make_no_strike_of_their_own() -> None:
    events = run("Israeli air defences intercepted three rockets fired from Gaza towards Beersheba late on Tuesday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Disrupted weapons use", "Beersheba")]
    # Control: a part of them stopped, the rest were a strike.
    events = run("Israeli air defences intercepted two of the five rockets fired from Gaza towards Beersheba late on "
                 "Tuesday.")
    assert "Disrupted weapons use" in [e.sub_event_type for e in events] and len(events) == 2


def test_prisoners_exchanged_each_is_one_swap_not_a_habit_and_not_placed_at_its_broker() -> None:
    events = run("Armenia and Azerbaijan exchanged 30 prisoners each on Monday in a swap brokered by Russia.")
    assert [(e.sub_event_type, e.country) for e in events] == [("Agreement", "AM")]


def test_a_truce_of_sides_named_only_by_a_demonym_is_placed_at_their_country() -> None:
    events = run("The Sudanese army and the RSF signed a ceasefire on Saturday.")
    assert [(e.sub_event_type, e.location, e.geo_precision) for e in events] == [("Agreement", "Sudan", 3)]


def test_a_new_force_launched_is_a_change_to_group_activity() -> None:
    events = run("The governor of Katsina State created a new vigilante force on Monday.")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


def test_troops_withdrawing_from_a_town_after_fighting_lost_it() -> None:
    events = run("Rebels pulled out of the town of Kafranbel after heavy fighting with the army on Monday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Government regains territory", "Kafranbel")]
    # Control: a withdrawal with no fight told is a hand-over.
    events = run("Rebels pulled out of the town of Kafranbel on Monday.")
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]


def test_kurdish_led_forces_in_syria_after_2015_are_the_sdf() -> None:
    events = run("Kurdish-led forces handed the town of Tabqa over to government troops on Monday.",
                 dt.date(2019, 10, 15))
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Non-violent transfer of territory", "Syrian Democratic Forces")]


def test_a_base_overrun_told_in_the_passive_read_as_a_noun_is_still_taken() -> None:
    # The parser reads "was overrun" as a copula and a noun: the base's town is still the place, and the "by"
    # side the taker.
    events = run("An army base near Walikale was overrun by M23 fighters on Sunday.")
    assert [(e.sub_event_type, e.actor1, e.location) for e in events] == [
        ("Non-state actor overtakes territory", "M23", "Walikale")]


def test_a_town_falling_into_the_hands_of_a_group_was_taken_by_it() -> None:
    events = run("The town of Marte fell into the hands of Boko Haram fighters on Wednesday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Non-state actor overtakes territory", "Boko Haram")]


def test_congo_alone_is_the_democratic_republic_as_the_press_writes_it() -> None:
    events = run("Militiamen torched a health centre in eastern Congo on Friday.")
    assert [e.country for e in events] == ["CD"]


def test_a_camp_named_by_the_town_it_is_at_is_taken_there() -> None:
    events = run("Insurgents seized the camp at Menaka on Sunday.")
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Menaka")]


def test_armed_sides_agreeing_to_halt_the_fighting_is_an_agreement() -> None:
    events = run("The two militias agreed to halt the fighting in Beledweyne on Monday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Agreement", "Beledweyne")]


# --- weapons found before use, outposts built, pauses declared, factions (session 12, strategic probes) ------

def test_weapons_recovered_from_a_house_are_a_disrupted_weapons_use_not_a_grenade_attack() -> None:
    events = run("Police recovered two pistols and a box of grenades from a house in Kaduna on Friday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Disrupted weapons use", "Kaduna")]


def test_an_explosive_device_discovered_is_no_explosion() -> None:
    events = run("Troops discovered an improvised explosive device under a bridge in Kismayo on Monday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Disrupted weapons use", "Kismayo")]


def test_landmines_removed_by_deminers_are_a_disrupted_weapons_use() -> None:
    events = run("Deminers removed 25 landmines in fields around the village of Yampil last week.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_finding_that_a_bomb_was_placed_finds_no_weapon() -> None:
    events = run("Investigators found that the bomb had been placed under a car in Quetta.")
    assert "Disrupted weapons use" not in [e.sub_event_type for e in events]


def test_an_outpost_built_by_an_army_is_a_base_established() -> None:
    events = run("The army has built a new outpost on a ridge near Jenin.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Headquarters or base established", "Jenin")]


def test_a_pause_in_fighting_declared_by_a_militia_is_an_agreement() -> None:
    events = run("The militia announced a three-day pause in fighting around El Fasher on Saturday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Agreement", "El Fasher")]


def test_armed_factions_merging_is_a_change_to_group_activity() -> None:
    events = run("Two armed factions in Tripoli announced on Monday that they had merged.")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]
