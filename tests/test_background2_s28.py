"""Background text in long reports (session 28, branch background2): what a side is known for or capable of, a
kind of act recorded or that characterises a war, a war or a way of fighting told whole over years, what an act
told before made possible, accusations in the present perfect, what a verdict lists, and (the converse) a dated
act named as the time of another under a modal. Through the whole extractor, on sentences written for these tests
(other wars than the probes of benchmarks/probes/background2.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.modality import verdict

DAY = dt.date(2024, 5, 15)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=DAY))


# modality.disposition
def test_what_a_group_is_known_for_is_no_act() -> None:
    assert _subs("Boko Haram, notorious for abducting schoolchildren, still roams the forests south of "
                 "Maiduguri.") == []


def test_what_a_group_is_capable_of_is_no_act() -> None:
    assert _subs("Police said the gang remained capable of attacking convoys on the road to Kenscoff.") == []


def test_a_dated_act_a_group_is_known_for_stays() -> None:
    events = run("The group, known for the 2019 attack on the police station in Kafolo, was dislodged by troops.",
                 published=DAY)
    assert [(e.sub_event_type, e.location, str(e.date_start)[:4]) for e in events] == [
        ("Armed clash", "Kafolo", "2019")]


# modality.catalogued
def test_acts_a_report_documented_are_no_act() -> None:
    assert _subs("The commission documented executions and abductions across Ituri province.") == []


def test_a_war_marked_by_massacres_is_no_act() -> None:
    assert _subs("The conflict in Cabo Delgado has been marked by beheadings and kidnappings.") == []


def test_counted_and_dated_acts_a_monitor_recorded_stay() -> None:
    assert _subs("The monitor recorded 14 air strikes on Ariha on Monday.") != []


# modality.war_long
def test_a_group_fighting_a_state_for_decades_is_no_act() -> None:
    assert _subs("The ELN has fought the Colombian state for six decades.") == []


def test_acts_on_a_bare_plural_since_years_back_are_no_act() -> None:
    assert _subs("Jihadists have torched churches and killed priests in northern Burkina Faso since the "
                 "insurgency spread there in 2016.") == []


def test_a_siege_of_a_named_place_over_years_is_not_a_war_told_whole(nlp) -> None:
    # (whether a siege told over years is coded is drop.summary's matter: modality only lets it through)
    doc = nlp("Islamic State fighters have besieged Deir ez-Zor for three years.")
    assert verdict(next(t for t in doc if t.text == "besieged")).rule != "modality.war_long"


def test_a_fight_at_a_named_town_over_years_is_not_a_war_told_whole(nlp) -> None:
    doc = nlp("Government troops have fought rebels in Kismayo for two years.")
    assert verdict(next(t for t in doc if t.text == "fought")).rule != "modality.war_long"


# modality.refers_back (what an act told before made possible)
def test_what_a_capture_opened_the_way_for_is_no_second_capture() -> None:
    subs = _subs("Rebels captured Kalehe on Saturday, residents said. The capture opened the way for an advance on "
                 "Minova.")
    assert subs == ["Non-state actor overtakes territory"]


# modality.accused_practice (present perfect)
def test_an_accusation_of_a_practice_in_the_present_perfect_is_no_act() -> None:
    assert _subs("Rights groups have accused the militia of raping women in camps around Bunia.") == []


# modality.charged (a list the parser hangs on the verb)
def test_what_a_verdict_lists_is_no_act() -> None:
    assert _subs("A court in Bellinzona on Monday sentenced a former Gambian interior minister to 20 years in prison "
                 "for crimes against humanity, including the killing of protesters.") == []


# modality.past_anchor (a dated act noun under a temporal preposition)
def test_a_dated_capture_named_as_a_time_under_a_modal_stays() -> None:
    subs = _subs("Analysts say the rebels could march on Bukavu after their seizure of Goma in January.")
    assert "Non-state actor overtakes territory" in subs
