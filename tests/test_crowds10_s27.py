"""Crowds, tenth batch (session 27, branch crowds10), through the whole extractor on sentences written for these
tests (other wars and towns than the probes of benchmarks/probes/crowds10.jsonl): a crowd told by the place it
fills, packs or throngs, out for a cause told in the sentence, told as a side's or a protest's people
("supporters", "protesters"), or filling a city's square; not people at their business (a hospital, a station, the
banks, an airport's gates), nor pilgrims, fans or mourners at their occasion, nor smoke."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text as run

PUBLISHED = dt.date(2023, 1, 11)  # a Wednesday


def test_a_crowd_that_fills_a_square_is_a_protest() -> None:
    [e] = run("Tens of thousands of supporters filled Martyrs' Square in Beirut on Sunday.", published=PUBLISHED)
    assert (e.sub_event_type, e.country, e.date_start) == ("Peaceful protest", "LB", "2023-01-08")


def test_crowds_that_throng_the_avenues_of_a_city_for_a_cause_are_a_protest() -> None:
    [e] = run("Crowds of students thronged the avenues of central Tegucigalpa on Monday to demand lower fees.",
              published=PUBLISHED)
    assert (e.sub_event_type, e.country) == ("Peaceful protest", "HN")


def test_crowds_that_throng_the_avenues_with_no_cause_told_are_no_protest() -> None:
    assert run("Crowds of students thronged the avenues of central Tegucigalpa on Monday.", published=PUBLISHED) == []


def test_a_crowd_that_fills_a_city_square_needs_no_cause_told() -> None:
    [e] = run("Tens of thousands of workers filled the main square of Yerevan on Sunday evening.", published=PUBLISHED)
    assert (e.sub_event_type, e.country) == ("Peaceful protest", "AM")


def test_protesters_who_pack_the_streets_need_no_cause_told() -> None:
    [e] = run("Thousands of protesters packed the streets around parliament in Tbilisi on Tuesday.",
              published=PUBLISHED)
    assert (e.sub_event_type, e.country) == ("Peaceful protest", "GE")


@pytest.mark.parametrize("text", [
    "Hundreds of relatives packed the hospital in Maiduguri on Sunday, searching for the wounded.",
    "Hundreds of Afghans thronged the gates of Kabul airport on Monday, desperate to leave.",
    "Hundreds of passengers packed the train station in Lviv on Monday, trying to board trains west.",
    "Thousands of people thronged the banks in Harare on Monday to withdraw cash.",
    "Hundreds of students packed the university hall in Kano for their exams.",
    "Hundreds of migrants packed the port of Tripoli, waiting for boats.",
])
def test_a_crowd_at_its_business_is_no_protest(text: str) -> None:
    assert run(text, published=PUBLISHED) == []


def test_pilgrims_who_fill_a_city_are_no_protest() -> None:
    assert run("Thousands of pilgrims packed the holy city of Najaf on Tuesday for the annual commemoration.",
               published=PUBLISHED) == []


def test_fans_who_pack_a_stadium_are_no_protest() -> None:
    assert run("Thousands of fans packed the stadium in Accra on Saturday for the final match.",
               published=PUBLISHED) == []


def test_families_fleeing_who_pack_a_road_are_no_protest() -> None:
    assert run("Thousands of families fled towards Dohuk on Monday, packing the main road north.",
               published=PUBLISHED) == []


def test_a_force_firing_on_a_march_told_earlier_in_its_sentence_is_excessive_force() -> None:
    [e] = run("Hundreds of mourners marched through Ondo on Tuesday chanting slogans against the governor, and "
              "soldiers opened fire on them, killing three.", published=PUBLISHED)
    assert (e.sub_event_type, e.actor2) == ("Excessive force against protesters", "Protesters (Nigeria)")


def test_a_mob_that_beats_a_man_is_no_protest_fired_on() -> None:
    [e] = run("A mob attacked a herder near Ondo on Tuesday, beating him unconscious, police said.",
              published=PUBLISHED)
    assert e.sub_event_type == "Mob violence"


def test_people_protesting_whom_police_shot_are_no_protest_of_their_own() -> None:
    [e] = run("Parliament shelved the fuel levy on Tuesday, a day after police shot dead at least nine people "
              "protesting against it in Kumasi.", published=PUBLISHED)
    assert (e.sub_event_type, e.date_start) == ("Excessive force against protesters", "2023-01-09")


def test_a_crowd_that_fills_a_square_for_a_funeral_is_no_protest() -> None:
    assert run("Thousands filled the main square of Tamale on Friday for the funeral of the paramount chief.",
               published=PUBLISHED) == []
