"""Violence against civilians (session 28, branch vac10): a killing told with the protests it set off or that
followed it ("sparked protests", ", sparking protests", "protests erupted after soldiers shot dead a student") was
not done at a protest: an attack on civilians, the protest an act of its own; people killed at a protest stay
excessive force. Through the whole extractor, on sentences written for these tests (wars the open sets do not
cover)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2021, 6, 14)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=DAY))


# words/unrest_cause_verbs: the killing as the subject of what it set off, or set off by a participle after it.
def test_a_killing_that_sparked_protests_is_an_attack() -> None:
    subs = _subs("The killing of a radio presenter in Kabul last week sparked protests across the country.")
    assert "Attack" in subs and "Excessive force against protesters" not in subs


def test_a_shooting_sparking_protests_is_an_attack_and_a_protest() -> None:
    subs = _subs("Police shot dead a motorcycle taxi driver at a checkpoint in Kisumu on Saturday, sparking "
                 "protests.")
    assert "Attack" in subs and "Excessive force against protesters" not in subs


# words/aftermath_marks: the protest's clause puts the killing under "after".
def test_protests_after_a_killing_do_not_make_its_victims_protesters() -> None:
    subs = _subs("Protests erupted in Kinshasa on Sunday after soldiers shot dead a student at a roadblock on "
                 "Friday.")
    assert "Attack" in subs and "Excessive force against protesters" not in subs


# Not widened: protesters killed, or people killed during a protest, stay force against protesters.
def test_protesters_killed_sparking_more_protests_stay_excessive_force() -> None:
    assert "Excessive force against protesters" in _subs(
        "Soldiers shot dead two protesters in Omdurman on Saturday, sparking more protests.")


def test_people_killed_during_a_protest_stay_excessive_force() -> None:
    assert "Excessive force against protesters" in _subs(
        "Troops killed 14 people in Bamenda on Sunday during a protest against the curfew, residents said.")


# drop.summary (words/people_taking_lemmas): people taken counted over a year at no town, or summed up to now.
def _subs_on(text: str, day: dt.date) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=day))


def test_a_yearly_count_of_people_abducted_in_a_region_is_a_statistic() -> None:
    assert _subs_on("Amnesty International said more than 3,600 people were abducted in Zamfara state last year.",
                    dt.date(2023, 9, 4)) == []


def test_people_kidnapped_summed_up_this_year_are_a_statistic() -> None:
    assert _subs_on("Gangs have kidnapped more than 1,400 people in Haiti this year, the United Nations said.",
                    dt.date(2024, 6, 1)) == []


def test_a_mass_abduction_on_its_day_stays_an_act() -> None:
    assert _subs_on("Gunmen abducted 279 schoolgirls from a boarding school in Jangebe in Zamfara state on Friday.",
                    dt.date(2021, 3, 8)) == ["Abduction/forced disappearance"]


# words/practice_nouns: a bare act noun that "has become a daily fear" is a practice.
def test_kidnappings_that_have_become_a_fear_are_a_practice() -> None:
    assert _subs_on("Kidnappings for ransom have become a daily fear for farmers in Katsina state.",
                    dt.date(2023, 9, 4)) == []


# drop.summary: a noun listed after another is told in that one's clause ("a campaign of abductions and killings
# ... since November": both summed up, not the second kept as an act).
def test_both_nouns_of_a_campaign_since_a_month_are_a_summary() -> None:
    assert _subs_on("The militia has carried out a campaign of abductions and killings against civilians in "
                    "western Tigray since November.", dt.date(2021, 9, 30)) == []
