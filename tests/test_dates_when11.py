"""When acts happened, tenth batch (issue 9, session 25, benchmarks/probes/when10.jsonl), through the whole
extractor, on sentences written for these tests: an act under "N days after" whose clause opens the sentence or is
parsed as a complement is dated from the governing act's own day."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def window(e) -> tuple[str, str]:
    return e.date_start, e.date_end


# -- date.offset_between_acts: the offset clause before the governing act's day

def test_an_opening_offset_clause_counts_from_the_days_told_after_it() -> None:
    events = run("Three days after gunmen torched a market in Gwoza, a suicide bomber killed 12 people at a mosque "
                 "in Konduga on Thursday.", published=dt.date(2019, 6, 22))
    by_kind = {e.sub_event_type: window(e) for e in events}
    assert by_kind.get("Suicide bomb") == ("2019-06-20", "2019-06-20")
    assert by_kind.get("Looting/property destruction") == ("2019-06-17", "2019-06-17")


def test_an_offset_clause_after_an_opening_day_is_dated_from_it() -> None:
    events = run("On Saturday, a week after soldiers killed nine villagers in Djenne, jihadists ambushed an army "
                 "convoy near Sofara.", published=dt.date(2022, 9, 20))
    by_place = {e.location: window(e) for e in events}
    assert by_place.get("Sofara") == ("2022-09-17", "2022-09-17")
    assert by_place.get("Djenne") == ("2022-09-10", "2022-09-10")



# -- date.inherited: a day opening a sentence whose act words gave no act frames the acts told next

def test_an_opening_day_of_a_sentence_with_no_act_dates_the_next_act() -> None:
    events = run("Hundreds of people marched through Sweida on Sunday to protest against rising prices. On Tuesday, "
                 "several hundred government supporters gathered in the same square. Men from the rally attacked the "
                 "protesters with sticks, injuring three.", published=dt.date(2021, 3, 10))
    mobs = [e for e in events if e.sub_event_type == "Mob violence"]
    assert [window(e) for e in mobs] == [("2021-03-09", "2021-03-09")]


# -- date.offset_between_acts: "days after" counts some days back from the governing act's day

def test_days_after_an_act_is_some_days_before_the_governing_day() -> None:
    events = run("Government troops retook Kupiansk on Tuesday, days after Russian forces captured it.",
                 published=dt.date(2023, 8, 10))
    taken = {e.sub_event_type: window(e) for e in events}
    assert taken.get("Government regains territory") == ("2023-08-08", "2023-08-08")
    assert taken.get("Non-state actor overtakes territory") == ("2023-07-31", "2023-08-07")


def test_weeks_after_an_act_told_by_a_noun_subject() -> None:
    events = run("Gunmen killed 12 villagers near Bunia on Tuesday. The attack came weeks after militiamen "
                 "stormed a displacement camp in Djugu.", published=dt.date(2023, 8, 10))
    djugu = [window(e) for e in events if e.location == "Djugu"]
    assert djugu == [("2023-06-13", "2023-08-01")]


def test_an_act_under_days_after_keeps_a_date_of_its_own() -> None:
    events = run("Rebels shelled Kupiansk on Tuesday. The shelling came days after Russian forces captured Synkivka "
                 "in mid-July.", published=dt.date(2023, 8, 10))
    taken = [window(e) for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken == [("2023-07-11", "2023-07-20")]
