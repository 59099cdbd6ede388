"""Real-text classes of session 30 (branch real30x1, from the open real set's census): photo captions scraped with
the story are no acts of the text (extract/context.py, _caption_lines); each with its converse. Through the whole
extractor, on sentences written for these tests (other wars than benchmarks/probes/real30x1.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2022, 9, 12)


def _where(text: str) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location) for e in run(text, published=DAY))


def test_file_photo_caption_of_another_blast_is_not_coded() -> None:
    got = _where("Police officers inspect a damaged bus after a bomb blast in Peshawar on March 4. — Photo AFP\n\n"
                 "A roadside bomb killed two soldiers near Quetta on Sunday, officials said.")
    assert all(loc != "Peshawar" for _sub, loc in got) and any(loc == "Quetta" for _sub, loc in got)


def test_a_wire_paragraph_told_by_a_report_and_signed_by_its_agency_is_read() -> None:
    # (the review: a line that only ends in an agency's name is not taken for a caption; "X says ..." leads are body)
    got = _where("Nigeria's army says its troops killed 20 militants near Bama on Monday and freed 12 hostages. AFP")
    assert ("Armed clash", "Bama") in got


def test_in_this_photo_opener_is_a_caption() -> None:
    got = _where("In this 2020 photo, soldiers are seen after clashes with militants in Palma [File: Reuters]\n\n"
                 "Insurgents attacked an army post near Mocimboa da Praia on Saturday, killing four soldiers.")
    assert all(loc != "Palma" for _sub, loc in got) and any(loc == "Mocimboa da Praia" for _sub, loc in got)


def test_body_paragraph_signed_by_its_agency_is_still_read() -> None:
    got = _where("Gunmen shot dead four worshippers at a mosque in Zaria on Friday, police said. (AFP)")
    assert ("Attack", "Zaria") in got


def test_told_agency_at_a_sentence_end_is_no_credit() -> None:
    got = _where("Soldiers recaptured the town of Baga from jihadists on Sunday, an army officer told AFP.")
    assert any(loc == "Baga" for _sub, loc in got)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=DAY))


# subtype.victims.crackdown_told_before: a crackdown's toll told town by town
def test_deaths_town_by_town_after_a_crackdown_are_excessive_force() -> None:
    got = _where("Police fired on anti-government demonstrators in Nairobi on Tuesday, killing nine, medics said. "
                 "Three people were killed in Kisumu, activists said.")
    assert ("Excessive force against protesters", "Kisumu") in got and ("Attack", "Kisumu") not in got


def test_deaths_after_a_raid_with_no_crowd_stay_an_attack() -> None:
    got = _where("Gunmen raided a village near Gusau on Sunday, killing seven farmers. Two people were killed in "
                 "Tsafe, residents said.")
    assert ("Excessive force against protesters", "Tsafe") not in got


# a rampage by armed men is told by its acts, not as mob violence
def test_rebels_rampage_is_no_mob_violence() -> None:
    subs = _subs("Rebels went on a rampage in villages near Butembo on Saturday, killing six civilians, local "
                 "officials said.")
    assert "Mob violence" not in subs and "Attack" in subs


def test_crowd_rampage_stays_mob_violence() -> None:
    assert "Mob violence" in _subs("A mob went on a rampage in Jos on Sunday, burning shops and homes, police "
                                   "said.")


# drop.summary (nonevents._long_counted_span): "after five months of raids" is background
def test_counted_years_of_attacks_are_background() -> None:
    subs = _subs("Protesters rallied in Goma on Sunday after two years of rebel attacks on villages in the province, "
                 "organisers said.")
    assert "Attack" not in subs and "Armed clash" not in subs


def test_counted_days_of_shelling_at_a_town_stay_an_act() -> None:
    subs = _subs("Two days of shelling on Avdiivka killed six civilians, the governor said on Sunday.")
    assert "Shelling/artillery/missile attack" in subs


# drop.comparison (nonevents._comparison, words/equating_verbs.txt): what acts told amount to
def test_strikes_amounting_to_a_massacre_are_one_act() -> None:
    subs = _subs("Russian missiles hit a market in Kostiantynivka on Wednesday, killing 16 people, officials said. "
                 "\"These strikes are the deadliest this year and amount to a massacre,\" the mayor said.")
    assert "Attack" not in subs


def test_a_massacre_told_as_an_act_is_kept() -> None:
    assert "Attack" in _subs("Militiamen carried out a massacre in the village of Djugu on Sunday, killing 22 "
                             "displaced people, officials said.")


# drop.summary (nonevents._share_fallen, words/share_of_whole.txt): the map as it stands
def test_much_of_a_province_fallen_with_no_time_is_no_act() -> None:
    subs = _subs("Much of Cabo Delgado province has fallen to the insurgents, aid workers said.")
    assert "Non-state actor overtakes territory" not in subs


def test_a_town_fallen_on_a_day_is_kept() -> None:
    subs = _subs("The town of Palma has fallen to the insurgents on Saturday, officials said.")
    assert "Non-state actor overtakes territory" in subs
