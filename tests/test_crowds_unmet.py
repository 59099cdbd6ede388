"""Crowds on phrasings frontlog had not met (session 19, probes crowds2.jsonl), through the whole extractor on
sentences written for these tests: a protest held as a habit, a strike named by its reach, a crowd marching into a
town, arrests of people told by a crowd's deed."""

from __future__ import annotations

from conftest import extract_text as run


def test_a_protest_held_every_week_in_the_present_is_a_habit_not_an_act() -> None:
    assert run("Retired teachers in Nakuru hold a protest outside the county offices every Friday.") == []


def test_a_protest_held_on_a_day_is_still_an_act() -> None:
    [e] = run("Retired teachers in Nakuru held a protest outside the county offices on Friday.")
    assert e.sub_event_type == "Peaceful protest"


def test_a_national_strike_is_a_stoppage_not_a_bombing() -> None:
    events = run("Truckers in a national strike blocked the main highway near Cali on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_protesters_who_marched_into_a_town_take_no_territory() -> None:
    events = run("Hundreds of farmers who had marched into Cochabamba were met with tear gas by police on Monday.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_troops_marching_into_a_village_still_take_it() -> None:
    [e] = run("Russian troops marched into the village of Ocheretyne on Saturday.")
    assert e.event_type == "Battles"


def test_arrests_of_people_told_by_a_crowds_deed_are_the_protests_intervention() -> None:
    [e] = run("Police arrested 40 people who were blocking streets in central Tbilisi on Sunday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Protest with intervention", "Protesters (Georgia)", "Police Forces of Georgia")


def test_a_mobs_lynching_told_with_its_burning_is_one_mob_violence() -> None:
    events = run("A mob lynched a suspected thief in Kaduna on Sunday, beating him and setting him alight.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_youths_burning_a_police_post_riot() -> None:
    [e] = run("Youths in Karonga burned a police post on Thursday after a trader died in custody.")
    assert (e.sub_event_type, e.actor1) == ("Violent demonstration", "Rioters (Malawi)")


def test_fighters_burning_houses_still_destroy_property() -> None:
    [e] = run("Fighters burned houses in Bama on Sunday.")
    assert e.sub_event_type == "Looting/property destruction"


def test_a_crowd_dispersed_as_them_in_the_next_sentence_is_the_protests_intervention() -> None:
    events = run("Hundreds of traders gathered outside the governor's office in Kano on Monday to protest against a "
                 "new levy. Riot police dispersed them with batons.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Protest with intervention", "Kano")]


def test_them_after_a_sentence_of_no_crowd_is_no_crowd() -> None:
    events = run("Rebels attacked the town of Kidal on Monday. Soldiers surrounded them near the airport.")
    assert all(e.event_type != "Protests" for e in events)


def test_a_crowds_ransacking_breaking_in_and_storming_are_riots() -> None:
    for text in ("Youths in Sokode ransacked the offices of the ruling party on Tuesday.",
                 "A crowd broke into a supermarket in Lome on Friday.",
                 "Supporters of the losing candidate stormed the electoral commission in Kindia on Monday."):
        [e] = run(text)
        assert e.sub_event_type == "Violent demonstration", (text, e.sub_event_type)


def test_armed_men_ransacking_stay_property_destruction() -> None:
    [e] = run("Fighters ransacked the health centre in Kidal on Sunday.")
    assert e.sub_event_type == "Looting/property destruction"


def test_crowds_turning_out_converging_and_downing_tools_protest() -> None:
    for text in ("Thousands turned out in Goma on Sunday to denounce the killings.",
                 "Protesters converged on the main square of Beni on Tuesday.",
                 "Nurses downed tools in Kisumu on Monday over unpaid allowances."):
        [e] = run(text)
        assert e.sub_event_type == "Peaceful protest", (text, e.sub_event_type)


def test_troops_converging_make_no_protest() -> None:
    assert all(e.event_type != "Protests" for e in run("Troops converged on Kalehe on Monday."))


def test_a_march_joined_to_an_earlier_verb_is_where_that_verb_was() -> None:
    [e] = run("Students boycotted classes at the university in Kampala on Monday and marched to the "
              "vice-chancellor's office.")
    assert (e.sub_event_type, e.location) == ("Peaceful protest", "Kampala")


def test_police_firing_on_people_who_had_gathered_is_force_against_protesters() -> None:
    [e] = run("Police opened fire on several hundred young men who had gathered in front of the governor's office "
              "in Kasserine on Saturday, killing five.")
    assert (e.sub_event_type, e.actor1) == ("Excessive force against protesters", "Police Forces of Tunisia")


def test_gunmen_firing_on_worshippers_who_had_gathered_attack_civilians() -> None:
    [e] = run("Gunmen opened fire on worshippers who had gathered for prayers in Kano on Friday, killing five.")
    assert e.sub_event_type == "Attack"


def test_tear_gas_fired_at_a_crowd_told_as_violent_is_a_riots_dispersal() -> None:
    [e] = run("Police fired tear gas at stone-throwing youths in Kisumu on Monday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")


def test_tear_gas_fired_at_peaceful_marchers_stays_an_intervention() -> None:
    [e] = run("Police fired tear gas at hundreds of peaceful marchers in Nakuru on Tuesday.")
    assert e.sub_event_type == "Protest with intervention"
