"""Crowds told by the form of the action (issue 9, session 17: benchmarks/probes/streets.jsonl), through the whole
extractor (real spaCy model, gazetteer and actor table), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 12)  # a Wednesday


def _acts(text: str) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location) for e in run(text, published=PUBLISHED))


def test_a_rally_a_day_after_a_dispersal_is_a_protest_of_its_own() -> None:
    assert _acts("Hundreds rallied in Kisumu on Tuesday, a day after police broke up a similar march in "
                 "Mombasa.") == [("Peaceful protest", "Kisumu"), ("Protest with intervention", "Mombasa")]


def test_a_march_dispersed_in_the_same_sentence_is_one_protest_with_intervention() -> None:
    assert _acts("Police fired tear gas to disperse teachers who marched in Nakuru on Tuesday.") == [
        ("Protest with intervention", "Nakuru")]


def test_a_crowd_is_placed_by_the_place_in_its_doers_phrase() -> None:
    # The place named with the people who marched, not with the march itself.
    assert _acts("Nurses at the county hospital in Eldoret downed tools on Monday and marched to the governor's "
                 "office over unpaid wages.") == [("Peaceful protest", "Eldoret")]
    assert _acts("Women traders in Kisumu closed their stalls on Monday, and hundreds of them marched to the "
                 "county offices.") == [("Peaceful protest", "Kisumu")]


def test_a_march_broken_up_in_the_passive_is_a_protest_with_intervention() -> None:
    assert _acts("A march by unpaid veterans in Kisumu was broken up by police on Monday.") == [
        ("Protest with intervention", "Kisumu")]


def test_police_dispersing_a_gathering_is_a_protest_with_intervention() -> None:
    assert _acts("Police dispersed a gathering of opposition supporters in Mombasa on Monday.") == [
        ("Protest with intervention", "Mombasa")]


def test_demonstrators_led_away_by_police_is_an_intervention() -> None:
    assert _acts("Pensioners held a sit-in outside the treasury in Nairobi on Monday until police led them "
                 "away.") == [("Protest with intervention", "Nairobi")]


def test_a_crowds_blockade_cleared_by_police_with_arrests_is_one_protest_with_intervention() -> None:
    assert _acts("Police cleared a road blockade by traders in Nakuru on Monday and arrested six of them.") == [
        ("Protest with intervention", "Nakuru")]


def _window(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(e.location, e.date_start, e.date_end) for e in run(text, published=published)]


def test_a_run_of_days_told_before_the_place_and_day_starts_the_window_earlier() -> None:
    # Wednesday 12 June 2024: the fourth day of four, Sunday to Wednesday.
    assert _window("Protests against the tax bill entered their fourth day in Nakuru on Wednesday.") == [
        ("Nakuru", "2024-06-09", "2024-06-12")]


def test_a_run_of_nights_leading_the_sentence_starts_the_window_earlier() -> None:
    assert _window("For a third night running, crowds gathered outside the county offices in Kisumu on Tuesday "
                   "to demand the governor's resignation.") == [("Kisumu", "2024-06-09", "2024-06-11")]


def test_an_act_told_with_the_day_it_began_runs_from_that_day() -> None:
    assert _window("The sit-in outside the ministry of labour in Nairobi, which began on Monday, continued on "
                   "Wednesday.") == [("Nairobi", "2024-06-10", "2024-06-12")]


def test_protesters_blocking_anything_is_a_protest_since_the_day_told() -> None:
    assert [(e.sub_event_type, e.location, e.date_start, e.date_end) for e in run(
        "Protesters in Mombasa have blocked the entrance to the port since Monday, demanding the return of "
        "their jobs.", published=PUBLISHED)] == [("Peaceful protest", "Mombasa", "2024-06-10", "2024-06-12")]


def test_police_blocking_protesters_is_no_protest_by_itself() -> None:
    # The protesters are what was blocked, not who blocked.
    assert run("Police blocked protesters from reaching parliament in Nairobi.", published=PUBLISHED) == []


def test_arrests_of_demonstrators_are_their_protests_intervention() -> None:
    # Spec: arrests of demonstrators belong to the demonstration's event; the crowd is actor1.
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in run(
        "Police rounded up 40 demonstrators in Nairobi on Tuesday.", published=PUBLISHED)] == [
        ("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya")]


def test_a_place_listed_with_a_preposition_of_its_own_after_a_site_is_the_act_again() -> None:
    # "at universities in A and B and in the city of C": one protest at each of the three.
    assert _acts("Students protested at colleges in Nakuru and Eldoret and in the city of Kisumu on Tuesday.") == [
        ("Peaceful protest", "Eldoret"), ("Peaceful protest", "Kisumu"), ("Peaceful protest", "Nakuru")]


def test_a_run_of_weeks_counts_in_weeks() -> None:
    # Tuesday 11 June, the second week: from Tuesday 4 June.
    assert _window("Protests against the tax bill continued in Nakuru for a second week on Tuesday.") == [
        ("Nakuru", "2024-06-04", "2024-06-11")]


def test_the_nth_day_closing_the_clause_ends_a_run() -> None:
    assert _window("Police fired tear gas on Tuesday at protesters in Kisumu, the third day of demonstrations.") == [
        ("Kisumu", "2024-06-09", "2024-06-11")]


def test_demonstrators_returning_to_the_streets_or_camping_are_a_protest() -> None:
    assert _acts("Demonstrators returned to the streets of Mombasa on Saturday.") == [("Peaceful protest", "Mombasa")]
    assert _acts("Protesters camped outside the county offices in Kisumu on Monday.") == [
        ("Peaceful protest", "Kisumu")]


def test_the_strike_after_striking_workers_is_no_bombing() -> None:
    assert _acts("Thousands of striking nurses marched to the county offices in Nakuru on Tuesday to demand unpaid "
                 "allowances. The strike, now in its third week, has shut most public hospitals.") == [
        ("Peaceful protest", "Nakuru")]


def test_the_strike_in_a_war_story_is_still_an_air_strike() -> None:
    acts = _acts("Fighting raged near Kidal on Monday. The strike hit a market in Kidal on Tuesday.")
    assert ("Air/drone strike", "Kidal") in acts


def test_a_common_noun_opening_the_sentence_is_no_place_abroad() -> None:
    # "Men" is a village of India, "Farmers" another name of a town of the United States.
    events = run("Men in plain clothes attacked a protest camp in Khartoum on Tuesday, wounding ten demonstrators.",
                 published=PUBLISHED)
    assert [(e.location, e.country) for e in events] == [("Khartoum", "SD")]
    assert all(e.country == "KE" for e in run("Farmers in Nakuru marched to the county offices on Tuesday.",
                                               published=PUBLISHED))


def test_protests_spreading_from_a_town_were_there_too() -> None:
    assert _acts("Protests spread from Nakuru to Eldoret and Kisumu on Tuesday.") == [
        ("Peaceful protest", "Eldoret"), ("Peaceful protest", "Kisumu"), ("Peaceful protest", "Nakuru")]


def test_forces_cracking_down_on_protesters_intervene() -> None:
    assert [(e.sub_event_type, e.actor1) for e in run(
        "Troops cracked down on protesters in Mombasa on Tuesday.", published=PUBLISHED)] == [
        ("Protest with intervention", "Protesters (Kenya)")]


def test_live_bullets_against_demonstrators_are_excessive_force() -> None:
    assert [e.sub_event_type for e in run(
        "Police in Kisumu used live bullets against demonstrators on Tuesday, killing two.", published=PUBLISHED)] == [
        "Excessive force against protesters"]


def test_people_taking_part_in_a_march_place_it() -> None:
    assert _acts("Hundreds of women in Kisumu took part in a march for peace on Saturday.") == [
        ("Peaceful protest", "Kisumu")]


def test_supporters_pouring_onto_the_streets_are_a_protest() -> None:
    assert _acts("Opposition supporters in Mombasa poured onto the streets on Tuesday.") == [
        ("Peaceful protest", "Mombasa")]


def test_a_date_label_opening_the_text_is_the_filing_not_the_act() -> None:
    # "date 2024-06-12" heads the text as scraped pages carry it; "have clashed" is current news, not that day.
    events = run("date 2024-06-12 Police have clashed with protesters in Nakuru.", published=PUBLISHED)
    assert [(e.location, e.date_start < "2024-06-12") for e in events] == [("Nakuru", True)]


def test_relatives_of_detained_activists_protest_with_no_intervention() -> None:
    assert [(e.sub_event_type, e.location) for e in run(
        "Relatives of detained activists held a sit-in outside the courthouse in Nakuru on Monday.",
        published=PUBLISHED)] == [("Peaceful protest", "Nakuru")]


def test_relatives_of_soldiers_gathering_for_a_cause_are_a_protest() -> None:
    # A force's word in the people's phrase ("of soldiers") cancels no gathering of theirs.
    assert _acts("Around 200 relatives of soldiers gathered outside the county offices in Nakuru on Tuesday to "
                 "demand news of their sons.") == [("Peaceful protest", "Nakuru")]


def test_people_gathering_to_back_the_army_are_a_protest() -> None:
    assert _acts("Hundreds of war veterans gathered in a square of Kisumu on Tuesday to back the army.") == [
        ("Peaceful protest", "Kisumu")]


def test_a_riot_in_an_unknown_village_is_not_the_towns_march() -> None:
    # The village is put at the point of the town that locates it; the riot there and the march in the town are two.
    acts = _acts("Angry youths in the village of Kalolambo near Kisumu pelted a convoy of officials with stones on "
                 "Tuesday. In Kisumu, several hundred women marched to the county offices on Tuesday afternoon.")
    assert ("Peaceful protest", "Kisumu") in acts and len(acts) == 2


def test_kin_of_soldiers_marching_or_rallying_are_a_protest() -> None:
    assert _acts("Wives of soldiers marched through Nakuru on Tuesday to demand their husbands' return.") == [
        ("Peaceful protest", "Nakuru")]
    assert _acts("Families of missing soldiers rallied in Eldoret on Sunday.") == [("Peaceful protest", "Eldoret")]


def test_anyone_who_protested_is_no_protest() -> None:
    assert run("Opposition groups say the police in Gitega are hunting anyone who protested against the third "
               "term.", published=PUBLISHED) == []
