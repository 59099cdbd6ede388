"""When acts happened, twelfth batch (issue 9, session 27, benchmarks/probes/when12.jsonl), through the whole
extractor, on sentences written for these tests: a live blog's entries under a weekday alone on its line, and a
pluperfect act told by a 'saying' participle in a wire lead whose dateline the parser took for the root."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run


def window(e) -> tuple[str, str]:
    return e.date_start, e.date_end


# -- a weekday alone on its line heads the clock-timed entries under it (rule date.blog_entry)

def test_a_weekday_line_dates_the_blog_entries_under_it() -> None:
    text = ("Live updates\n\nAll times local.\n\n09:10 Police said the roads into the capital were open again.\n\n"
            "Saturday\n\n21:40 Rioters set fire to two banks in Tegucigalpa this evening, police said.")
    events = run(text, published=dt.date(2019, 6, 2))  # a Sunday
    riot = [e for e in events if e.event_type == "Riots"]
    assert riot and window(riot[0]) == ("2019-06-01", "2019-06-01")
    assert "date.blog_entry" in riot[0].rules


def test_entries_above_the_first_weekday_line_keep_the_publication_day() -> None:
    text = ("Live updates\n\n18:20 Troops clashed with gang members in Port-au-Prince this afternoon, "
            "witnesses said.\n\nFriday\n\n22:05 Police said the capital's main road was open again.")
    events = run(text, published=dt.date(2024, 3, 9))  # a Saturday
    clash = [e for e in events if e.event_type == "Battles"]
    assert clash and window(clash[0]) == ("2024-03-09", "2024-03-09")


def test_a_weekday_line_in_a_story_without_clock_entries_is_no_heading() -> None:
    text = "Monday\n\nSoldiers shot dead three protesters in Conakry today, witnesses said."
    events = run(text, published=dt.date(2020, 10, 21))  # a Wednesday
    shot = [e for e in events if e.event_type == "Protests"]
    assert shot and window(shot[0]) == ("2020-10-21", "2020-10-21")


# -- 'saying ... had killed' under a dated speech act, in a wire lead with a dateline (rule date.said_while)

def test_saying_after_a_dateline_tells_an_act_before_the_speech() -> None:
    text = ("HARARE, Aug 3 (Reuters) - Zimbabwe's main opposition party appealed on Friday for calm, saying soldiers "
            "had shot dead six of its supporters in Harare.")
    events = run(text, published=dt.date(2018, 8, 4))
    killed = [e for e in events if e.event_type in ("Violence against civilians", "Protests")]
    assert killed and window(killed[0]) == ("2018-07-05", "2018-08-03")
    assert "date.said_while" in killed[0].rules


def test_the_act_s_own_day_inside_saying_still_dates_it() -> None:
    text = ("HARARE, Aug 3 (Reuters) - Zimbabwe's main opposition party appealed on Friday for calm, saying soldiers "
            "had shot dead six of its supporters in Harare on Wednesday.")
    events = run(text, published=dt.date(2018, 8, 4))
    killed = [e for e in events if e.event_type in ("Violence against civilians", "Protests")]
    assert killed and window(killed[0]) == ("2018-08-01", "2018-08-01")


# -- 'months later', 'months earlier': within a year after or before the act told (rule date.days_after_told)

def test_months_earlier_is_within_the_year_before_the_act_told() -> None:
    text = ("Soldiers arrested nine suspects in Kasese on Monday. Months earlier, ADF rebels had burned the village "
            "of Kirumba, killing 20 people.")
    events = run(text, published=dt.date(2023, 9, 20))
    attack = [e for e in events if e.sub_event_type == "Attack"]
    assert attack and window(attack[0]) == ("2022-09-18", "2023-09-17")
    assert "date.days_after_told" in attack[0].rules


def test_a_few_months_later_is_within_the_year_after_the_act_told() -> None:
    text = ("Rebels seized the town of Kamanyola in March 2017. A few months later, government troops retook the town "
            "after heavy fighting.")
    events = run(text, published=dt.date(2019, 5, 8))
    retaken = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert retaken and window(retaken[0]) == ("2017-04-01", "2018-03-31")


# -- a sentence that opens 'Before that', 'Previously', 'Prior to that' tells an act before the act just told
# (rule date.before_that)

def test_before_that_places_the_act_before_the_act_told() -> None:
    text = ("Army helicopters struck rebel camps near Bunia on Monday. Before that, CODECO militiamen overran an army "
            "post near the town.")
    events = run(text, published=dt.date(2022, 2, 23))
    taken = [e for e in events if e.event_type == "Strategic developments" or e.event_type == "Battles"]
    assert taken and window(taken[0]) == ("2022-01-23", "2022-02-21")
    assert "date.before_that" in taken[0].rules


def test_previously_places_the_act_before_the_act_told() -> None:
    text = ("Houthi fighters attacked government positions near Marib on Sunday. Previously, the rebels ambushed a "
            "convoy near Harib, killing nine soldiers.")
    events = run(text, published=dt.date(2021, 3, 9))
    ambush = [e for e in events if e.location and "Harib" in e.location]
    assert ambush and window(ambush[0]) == ("2021-02-06", "2021-03-07")


def test_earlier_alone_keeps_the_act_told_s_day() -> None:
    text = ("Gunmen killed six villagers near Kaya on Monday. Earlier, jihadists attacked a police post in the town.")
    events = run(text, published=dt.date(2022, 5, 18))
    assert {window(e) for e in events} == {("2022-05-16", "2022-05-16")}


# -- 'overnight', 'yesterday' count from the report's day when it came before publication (rule date.now_of_report)

def test_overnight_counts_from_the_report_s_day() -> None:
    text = "Gunmen killed 14 villagers in an overnight attack near Bama, a local official said on Sunday."
    events = run(text, published=dt.date(2021, 6, 15))  # a Tuesday
    attack = [e for e in events if e.sub_event_type == "Attack"]
    assert attack and window(attack[0]) == ("2021-06-12", "2021-06-13")
    assert "date.now_of_report" in attack[0].rules


def test_overnight_told_on_the_publication_day_is_unchanged() -> None:
    text = "Gunmen killed 14 villagers in an overnight attack near Bama, a local official said on Tuesday."
    events = run(text, published=dt.date(2021, 6, 15))  # a Tuesday
    attack = [e for e in events if e.sub_event_type == "Attack"]
    assert attack and window(attack[0]) == ("2021-06-14", "2021-06-15")


# -- a report dated in a participle on its noun tells others' acts before it (rule date.others_act_reported)

def test_a_report_released_on_a_day_tells_acts_before_it() -> None:
    text = "A UN report released on Monday said Wagner fighters executed 30 men near Moura."
    events = run(text, published=dt.date(2023, 5, 17))  # a Wednesday
    killed = [e for e in events if e.sub_event_type == "Attack"]
    assert killed and window(killed[0]) == ("2023-04-16", "2023-05-15")
    assert "date.others_act_reported" in killed[0].rules


def test_a_side_s_own_statement_still_dates_its_act_on_its_day() -> None:
    text = "A statement issued on Monday by the army said its soldiers killed 15 militants near Moura."
    events = run(text, published=dt.date(2023, 5, 17))
    assert all("date.others_act_reported" not in e.rules for e in events)


# -- review mends (session 27, mendB)

def test_previously_without_its_comma_is_an_adverb_not_an_opener() -> None:
    # "Previously unknown gunmen": the adverb modifies the next word; the act keeps the act told's day
    text = ("Troops killed 12 jihadists near Djibo on Tuesday. Previously unknown gunmen attacked a church in the "
            "town.")
    events = run(text, published=dt.date(2024, 5, 8))
    attack = [e for e in events if e.sub_event_type == "Attack"]
    assert attack and window(attack[0]) == ("2024-05-07", "2024-05-07")
    assert "date.before_that" not in attack[0].rules


def test_yesterday_in_the_reporter_s_voice_counts_from_publication() -> None:
    text = "Gunmen killed three traders in Zamfara yesterday, police said on Tuesday."
    events = run(text, published=dt.date(2024, 5, 8))  # a Wednesday
    attack = [e for e in events if e.sub_event_type == "Attack"]
    assert attack and window(attack[0]) == ("2024-05-07", "2024-05-07")
    assert "date.now_of_report" not in attack[0].rules


def test_last_night_still_counts_from_the_report_s_day() -> None:
    text = "Russian drones struck Odesa last night, regional officials said on Tuesday."
    events = run(text, published=dt.date(2024, 5, 8))  # a Wednesday
    strike = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strike and window(strike[0]) == ("2024-05-06", "2024-05-07")


def test_months_later_after_a_year_counts_from_the_year_s_start() -> None:
    # the act told took a whole year: 'months later' may fall in that year after any of its days
    text = "Troops recaptured the town in 2016. Months later, militants ambushed a convoy near Gao."
    events = run(text, published=dt.date(2024, 5, 8))
    ambush = [e for e in events if e.location == "Gao"]
    assert ambush and window(ambush[0]) == ("2016-02-01", "2017-12-31")


def test_a_weekday_heading_is_the_most_recent_such_day() -> None:
    from frontlog.extract.dates import _default_grammar
    g = _default_grammar()
    wed = dt.date(2024, 5, 8)
    assert g._weekday_on_or_before(wed, "Wednesday") == wed
    assert g._weekday_on_or_before(wed, "thursday") == dt.date(2024, 5, 2)
