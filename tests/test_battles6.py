"""Battles precision and type (session 24, probes/battles6.jsonl): tolls summed over a campaign and told in a
report's past perfect, ... Sentences written for these tests, run through the whole extractor (real spaCy model,
gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def battles(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published) if e.event_type == "Battles")


def test_a_toll_over_months_in_a_report_s_past_perfect_is_a_tally() -> None:
    assert battles("Mali's army said on Tuesday that its operations in the Mopti region had killed some 150 "
                   "terrorists over the past three months.") == []


def test_a_reported_past_perfect_toll_of_one_day_stays_a_clash() -> None:
    assert battles("The army said on Tuesday that troops had killed 12 militants near Djibo on Sunday.") == [
        "Armed clash"]


def test_months_of_fighting_with_its_sides_as_the_cause_of_displacement_is_no_act() -> None:
    assert battles("Fighting between the army and Fano militiamen in the Amhara region has displaced 100,000 "
                   "people since March.") == []


def test_a_day_s_fighting_that_displaced_people_stays_a_clash() -> None:
    assert battles("Fighting between the army and Fano militiamen near Gondar on Monday displaced 5,000 "
                   "people.") == ["Armed clash"]


def territory(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published)
                  if e.sub_event_type.endswith("territory"))


def test_an_entry_after_a_deal_told_as_a_verb_in_its_sentence_is_a_transfer() -> None:
    assert territory("Syrian troops entered Kobani on Monday after Kurdish-led forces agreed to let them "
                     "deploy there.") == ["Non-violent transfer of territory"]


def test_an_entry_beside_a_hand_over_told_in_its_sentence_is_a_transfer() -> None:
    assert set(territory("On Tuesday the rebels handed the villages they had held near Tetovo back to the state, "
                         "including Selce and Brodec, and police units re-entered them.")) == {
        "Non-violent transfer of territory"}


def test_an_entry_after_fighting_stays_a_capture() -> None:
    assert territory("Syrian troops entered Kobani on Monday after heavy fighting with rebels.") == [
        "Government regains territory"]


def test_men_lost_in_clashes_over_months_are_a_tally() -> None:
    assert battles("The army has lost more than 200 soldiers in clashes with jihadists in Borno State since "
                   "January.") == []


def test_men_lost_in_one_day_s_clash_stay_a_clash() -> None:
    assert battles("The army lost 12 soldiers in a clash with jihadists near Damboa on Sunday.") == [
        "Armed clash"]


def test_a_past_toll_since_an_offensive_began_months_ago_is_a_tally() -> None:
    assert battles("Officials said more than 600 al-Shabaab militants were killed near Beledweyne since the "
                   "offensive began in August.", dt.date(2024, 11, 12)) == []


def test_a_past_toll_since_monday_stays_a_clash() -> None:
    assert battles("Officials said 30 al-Shabaab militants were killed in fighting near Beledweyne since "
                   "Monday.") == ["Armed clash"]
