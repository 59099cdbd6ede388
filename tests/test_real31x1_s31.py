"""Real-text classes of session 31 (branch real31x1, from the open real set real31o1's census and real pages): an
explosion that is another act's sound or effect is no bombing (modality.sound_of_act); a modal, negation or plan
does not reach a clause joined beside it (modality, _own_clause_beside, _beside); habits told with 'periodically',
'occasionally', 'sometimes' (words/habitual_adverbs); a syndicated byline's office is no place (context.py,
patterns byline_place). Each with its converse, through the whole extractor, on sentences written for these tests
(other wars and places than benchmarks/probes/real31x1.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def _got(text: str, day: dt.date) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location) for e in run(text, published=day))


def test_explosions_beside_shelling_are_its_sound() -> None:
    got = _got("Heavy shelling and explosions rocked the outskirts of Avdiivka on Sunday, local officials said.",
               dt.date(2023, 10, 16))
    assert [s for s, _ in got] == ["Shelling/artillery/missile attack"]


def test_explosions_from_air_raids_are_the_raids() -> None:
    got = _got("Explosions shook Hodeidah on Tuesday from a series of coalition air raids on the port.",
               dt.date(2018, 6, 13))
    assert "Remote explosive/landmine/IED" not in {s for s, _ in got}
    assert "Air/drone strike" in {s for s, _ in got}


def test_explosions_heard_as_rockets_hit_are_the_rockets() -> None:
    # (one record, the rockets' strike: its sub-type is subtypes.py's, the explosions are no second act)
    got = _got("Loud explosions were heard in Odesa on Friday after Russian rockets hit the port, the governor said.",
               dt.date(2023, 7, 22))
    assert len(got) == 1 and got[0][1] == "Odesa"


def test_a_blast_from_a_bomb_is_the_bombing() -> None:
    got = _got("A blast from a car bomb killed six people at a checkpoint in Mogadishu on Monday, police said.",
               dt.date(2012, 4, 3))
    assert ("Remote explosive/landmine/IED", "Mogadishu") in got


def test_an_explosion_with_no_cause_told_stays_a_bombing() -> None:
    got = _got("An explosion ripped through a bus station in Quetta on Thursday, killing 11 people.",
               dt.date(2019, 4, 13))
    assert ("Remote explosive/landmine/IED", "Quetta") in got


def test_a_modal_clause_does_not_reach_the_clause_beside_it() -> None:
    got = _got("The next battle would be for Raqqa, and Kurdish forces have already surrounded Tabqa.",
               dt.date(2017, 4, 20))
    assert any(s == "Armed clash" for s, _ in got)


def test_a_modal_over_both_verbs_still_holds() -> None:
    assert _got("Troops could surround Tabqa and shell it within days, a commander said.", dt.date(2017, 4, 20)) == []


def test_a_threat_over_two_infinitives_still_holds() -> None:
    assert _got("The rebels threatened to storm Bunia and to loot its market.", dt.date(2003, 5, 10)) == []


def test_a_participle_beside_a_demand_tells_its_own_act() -> None:
    # (the relative clause's killing is told as fact; "mourning" is beside "demanding", not what is demanded)
    got = run("Hundreds rallied in Srinagar on Saturday demanding an inquiry and mourning three students who were "
              "shot dead by police at a checkpoint near Sopore on Thursday.", published=dt.date(2018, 5, 13))
    assert any(e.sub_event_type in ("Attack", "Excessive force against protesters", "Armed clash")
               and e.date_start == "2018-05-10" for e in got)


def test_habits_with_periodically_and_sometimes_are_no_acts() -> None:
    assert _got("Gunmen periodically ambush buses on the highway near Kaduna.", dt.date(2019, 3, 1)) == []
    assert _got("Militants sometimes fire mortars at the base in Bagram.", dt.date(2014, 3, 1)) == []


def test_a_syndicated_bylines_office_is_no_place() -> None:
    got = _got("Gunmen abduct 20 travellers in north-west NigeriaPTI | Lagos | Updated: 10-02-2021 11:02 IST\n"
               "Gunmen abducted 20 travellers on a highway near Birnin Gwari on Tuesday, police said.",
               dt.date(2021, 2, 10))
    assert got and all(loc != "Lagos" for _s, loc in got)


def test_a_city_between_pipes_with_no_time_stamp_is_still_a_place() -> None:
    got = _got("Update | Lagos | Police dispersed protesters with tear gas in Lagos on Monday.", dt.date(2020, 10, 20))
    assert any(loc == "Lagos" for _s, loc in got)


def test_a_deal_retold_by_its_terms_is_one_agreement() -> None:
    got = _got("Tuareg rebels and the government agreed a ceasefire in Kidal on Monday. The accord provides for the "
               "release of prisoners held by both sides.", dt.date(2014, 5, 27))
    assert [s for s, _ in got] == ["Agreement"]


def test_a_deal_with_its_own_day_told_by_its_terms_is_coded() -> None:
    got = _got("The agreement signed in Algiers on Friday provides for the disarmament of rebel fighters in Kidal.",
               dt.date(2015, 6, 22))
    assert any(s == "Agreement" for s, _ in got)


def test_a_suicide_blast_beside_gunfire_is_the_bombing_itself() -> None:
    # (integration review: the blast had been read as the sound of the gunfire beside it)
    subs = [s for s, _loc in _got("A suicide blast and gunfire at a hotel in Kismayo killed 12 people on Monday, "
                                  "police said.", dt.date(2019, 7, 16))]
    assert "Suicide bomb" in subs


def test_an_explosion_heard_after_a_verb_of_striking_is_no_sound_of_it() -> None:
    # ("struck" is a verb telling an act of its own; only nouns of acts make an explosion's cause)
    subs = [s for s, _loc in _got("Residents heard a huge explosion at the main market in Maiduguri on Monday, hours "
                                  "after soldiers struck a militant camp nearby.", dt.date(2019, 7, 16))]
    assert "Remote explosive/landmine/IED" in subs
