"""Crowds (issue 9) through the whole extractor, on sentences written for these tests with the real spaCy model,
gazetteer and actor table: where a crowd with no place is coded, when a riot and a protest are one event or two,
and who the sides are (ACLED's Protesters / Rioters / Police Forces of <Country>)."""

from __future__ import annotations

from conftest import extract_text as run
from frontlog.model.records import Event


def summary(events: list[Event]) -> list[tuple]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.location, e.geo_precision) for e in events]


def test_a_protest_movement_with_no_place_is_the_countrys_at_its_capital() -> None:
    [e] = run("Protests against the new tax law spread across Kenya on Tuesday.")
    assert (e.sub_event_type, e.actor1, e.location, e.geo_precision) == (
        "Peaceful protest", "Protesters (Kenya)", "Kenya", 3)
    assert "place.crowd_country" in e.rules


def test_the_protests_named_again_are_the_crowd_told_before_not_a_second_one_at_the_country() -> None:
    events = run("Thousands of protesters marched through Nairobi on Tuesday against the tax bill. "
                 "Opposition leaders praised the protests.")
    assert summary(events) == [("Peaceful protest", "Protesters (Kenya)", None, "Nairobi", 1)]
    assert len(events[0].evidence) == 2


def test_a_lynching_with_no_place_is_not_put_at_the_country() -> None:
    events = run("Villagers in Kenya lynched two suspected thieves, police said.")
    assert all(e.location != "Kenya" for e in events), summary(events)


def test_a_riot_by_part_of_the_crowd_is_an_event_apart_from_the_peaceful_protest() -> None:
    events = run("Thousands of protesters marched peacefully through Nairobi on Tuesday. Later on Tuesday, "
                 "some threw stones at police in Nairobi.")
    assert summary(events) == [
        ("Peaceful protest", "Protesters (Kenya)", None, "Nairobi", 1),
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya", "Nairobi", 1)]


def test_a_crowd_that_turns_violent_as_a_whole_is_one_riot() -> None:
    events = run("Thousands of protesters marched through Nairobi on Tuesday. "
                 "They threw stones at police in Nairobi.")
    assert summary(events) == [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya", "Nairobi", 1)]


def test_people_killed_by_soldiers_where_crowds_are_out_is_force_against_the_protesters() -> None:
    events = run("Thousands of protesters marched through Nairobi on Tuesday against the tax bill. "
                 "Several people were killed when soldiers opened fire in Nairobi on Tuesday.")
    assert summary(events) == [("Excessive force against protesters", "Military Forces of Kenya",
                                "Protesters (Kenya)", "Nairobi", 1)]


def test_without_a_protest_told_the_same_killing_stays_an_attack_on_civilians() -> None:
    events = run("Several people were killed when soldiers opened fire in Nairobi on Tuesday.")
    assert events and all(e.event_type == "Violence against civilians" for e in events), summary(events)


def test_a_mob_no_group_names_is_rioters_against_civilians() -> None:
    [e] = run("Villagers lynched two suspected thieves in Gweru on Thursday, police said.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Mob violence", "Rioters (Zimbabwe)", "Civilians")


def test_vigilante_groups_are_no_mob() -> None:
    events = run("Police and vigilante groups killed five gang members in Gonaives on Thursday.")
    assert all(e.sub_event_type != "Mob violence" for e in events)


# -- session 4: crowds on unseen text (sentences of our own)

def test_demonstrators_detained_at_their_march_make_it_a_protest_with_intervention_not_an_arrest() -> None:
    events = run("Hundreds of students marched through Kampala on Monday, and police detained 30 of them.")
    assert summary(events) == [("Protest with intervention", "Protesters (Uganda)", "Police Forces of Uganda",
                                "Kampala", 1)]


def test_youths_burning_cars_and_hurling_bricks_are_one_riot_not_looting() -> None:
    events = run("In Dhaka, youths set fire to three cars and hurled bricks at police on Friday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Violent demonstration", "Rioters (Bangladesh)")]


def test_villagers_killing_people_are_a_mob() -> None:
    events = run("Villagers near Gulu hacked two suspected witches to death on Saturday.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Mob violence", "Rioters (Uganda)", "Civilians")]


def test_a_rally_banned_is_no_protest() -> None:
    assert run("Police banned a rally planned in Lusaka for Saturday.") == []


def test_people_killed_by_soldiers_in_another_town_than_the_protest_are_no_force_against_it() -> None:
    events = run("Thousands of protesters marched through Nairobi on Tuesday against the tax bill. "
                 "Several people were killed when soldiers opened fire in Garissa on Wednesday.")
    garissa = [e.event_type for e in events if e.location == "Garissa"]
    assert garissa and set(garissa) == {"Violence against civilians"}, summary(events)


def test_a_crowd_setting_fire_to_a_man_is_a_mob_and_to_a_police_station_a_riot() -> None:
    events = run("An angry crowd set fire to a man accused of theft in Mbale on Monday.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Mob violence", "Rioters (Uganda)", "Civilians")]
    events = run("Protesters set fire to a police station in Kisumu on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_a_crowd_word_naming_the_doers_of_a_clash_is_that_one_act() -> None:
    # settle.duplicate_trigger: the crowd trigger on the subject and the verb tell one act, coded as the crowd's.
    events = run("Rival Christian and Muslim mobs clashed in Jos on Monday, leaving eight dead.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Mob violence", "Jos")], summary(events)
    events = run("Rioting students clashed with riot police in Dhaka on Monday.")
    assert [(e.sub_event_type, e.location, e.actor2) for e in events] == [
        ("Violent demonstration", "Dhaka", "Police Forces of Bangladesh")], summary(events)
    # Control: armed men clashing with soldiers are a battle.
    events = run("Rebels clashed with soldiers in Bangui on Monday.")
    assert [e.sub_event_type for e in events] == ["Armed clash"], summary(events)


def test_a_road_blocked_with_bonfires_or_tyres_is_a_violent_demonstration() -> None:
    events = run("Angry motorcyclists blocked the main road in Kumasi with bonfires and old tyres on Friday.")
    assert summary(events) == [("Violent demonstration", "Rioters (Ghana)", None, "Kumasi", 1)]


def test_a_road_blocked_with_no_barricade_stays_a_peaceful_protest() -> None:
    events = run("Taxi drivers blocked the main road in Kumasi on Friday to demand lower fuel prices.")
    assert summary(events) == [("Peaceful protest", "Protesters (Ghana)", None, "Kumasi", 1)]


def test_villagers_or_farmers_burning_a_building_with_no_protest_word_riot() -> None:
    [post] = run("Villagers in Kasese set fire to a police post on Sunday after a boy was knocked down by a "
                 "patrol car.")
    assert (post.sub_event_type, post.actor1) == ("Violent demonstration", "Rioters (Uganda)")
    [bales] = run("Hundreds of farmers set fire to tyres and hay outside the regional council offices in Rennes "
                  "on Monday.")
    assert (bales.sub_event_type, bales.actor1, bales.actor2) == ("Violent demonstration", "Rioters (France)", None)


def test_residents_burning_a_persons_house_are_a_mob_against_civilians() -> None:
    events = run("Residents of Mbale torched the house of a man suspected of killing a trader on Sunday.")
    assert summary(events) == [("Mob violence", "Rioters (Uganda)", "Civilians", "Mbale", 1)]


def test_gunmen_burning_houses_stay_property_destruction_not_a_riot() -> None:
    events = run("Gunmen set fire to houses in Kasese on Sunday.")
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"], summary(events)


def test_a_crowd_dispersing_by_itself_is_no_intervention() -> None:
    events = run("Thousands of teachers marched through Accra on Monday demanding higher pay and later "
                 "dispersed quietly.")
    assert summary(events) == [("Peaceful protest", "Protesters (Ghana)", None, "Accra", 1)]
    events = run("Police dispersed the teachers marching through Accra on Monday.")
    assert summary(events) == [("Protest with intervention", "Protesters (Ghana)", "Police Forces of Ghana",
                                "Accra", 1)]


def test_a_mobs_acts_joined_in_one_sentence_are_one_mob_violence_against_civilians() -> None:
    events = run("A mob in Onitsha beat a suspected kidnapper to death and set his car alight on Wednesday.")
    assert summary(events) == [("Mob violence", "Rioters (Nigeria)", "Civilians", "Onitsha", 1)]


def test_a_habit_of_dispersals_told_in_the_present_is_no_event() -> None:
    assert summary(run("Students in Dhaka often march on parliament, and police regularly disperse them with water "
                       "cannon.")) == []


def test_protests_planned_for_a_day_are_yet_to_come() -> None:
    assert summary(run("Police in Nairobi said they were closing roads into the city centre ahead of protests "
                       "planned for Thursday.")) == []


def test_water_cannon_used_to_clear_a_crowd_is_an_intervention_however_the_parse_hangs_the_purpose() -> None:
    # The parse makes "to clear" the sentence's root and "used" a modifier: the dispersal is still told as done,
    # and the detentions belong to it.
    events = run("Riot police in Tbilisi used water cannon and pepper spray late on Monday to clear hundreds of "
                 "demonstrators from the avenue, detaining dozens.")
    assert summary(events) == [("Protest with intervention", "Protesters (Georgia)", "Police Forces of Georgia",
                                "Tbilisi", 1)]


def test_police_firing_on_a_sit_in_and_killing_is_force_against_protesters() -> None:
    # The tokeniser splits "sit-in"; its word class lists it whole.
    events = run("Four traders were killed when police opened fire on a sit-in in Gilgit on Monday.")
    assert summary(events) == [("Excessive force against protesters", "Police Forces of Pakistan",
                                "Protesters (Pakistan)", "Gilgit", 1)]


def test_youths_clashing_with_police_and_hurling_stones_are_one_riot_not_a_battle() -> None:
    events = run("Youths clashed with police in Sfax on Monday night, hurling stones.")
    assert summary(events) == [("Violent demonstration", "Rioters (Tunisia)", "Police Forces of Tunisia", "Sfax", 1)]


def test_villagers_clashing_with_each_other_are_mob_violence_between_rioters() -> None:
    events = run("Hundreds of villagers clashed over a disputed pond in Comilla on Saturday, leaving two dead.")
    assert summary(events) == [("Mob violence", "Rioters (Bangladesh)", "Rioters (Bangladesh)", "Comilla", 1)]


def test_the_act_a_crowd_protests_against_is_its_cause_not_an_act_told() -> None:
    events = run("Thousands marched through Khartoum on Sunday in protest against the coup.")
    assert summary(events) == [("Peaceful protest", "Protesters (Sudan)", None, "Khartoum", 1)]


def test_farmers_blocking_a_road_with_burning_logs_are_the_rioters_not_their_victims() -> None:
    events = run("Farmers blocked the main road out of Nakuru with burning logs and tyres on Friday.")
    assert summary(events) == [("Violent demonstration", "Rioters (Kenya)", None, "Nakuru", 1)]


def test_a_roadblock_told_by_the_police_is_the_residents_protest() -> None:
    events = run("Hundreds of residents blocked the main road in Kisii on Monday to demand the release of a local "
                 "trader, police said.")
    assert summary(events) == [("Peaceful protest", "Protesters (Kenya)", None, "Kisii", 1)]


def test_villagers_killing_suspected_criminals_are_a_mob_whoever_they_killed() -> None:
    events = run("Villagers in Kano stoned and burned to death three suspected kidnappers on Sunday.")
    assert [(e.sub_event_type, e.actor1, e.location) for e in events] == [
        ("Mob violence", "Rioters (Nigeria)", "Kano")], summary(events)


def test_workers_occupying_their_factory_protest_troops_occupying_a_town_take_it() -> None:
    events = run("Workers occupied the textile factory in Tangail on Monday over unpaid wages.")
    assert summary(events) == [("Peaceful protest", "Protesters (Bangladesh)", None, "Tangail", 1)]
    events = run("Troops occupied the town of Kidal on Monday.")
    assert [e.sub_event_type for e in events] == ["Government regains territory"], summary(events)
