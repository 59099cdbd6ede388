"""When acts happened, eleventh batch (issue 9, session 26, benchmarks/probes/when11.jsonl), through the whole
extractor and the date grammar, on sentences written for these tests: a clause on an appositive, a span since a day
on a word of state, a length closed by a later day, 'last Wednesday' told on Thursday (the day just gone), the days
after an act, and places listed with times of their own."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import find_time_expressions


def window(e) -> tuple[str, str]:
    return e.date_start, e.date_end


def by_type(text: str, published: dt.date) -> dict:
    return {e.sub_event_type: e for e in run(text, published=published)}


# -- a clause on an appositive set off by commas dates the noun's story (rule date.apposed_clause)

def test_a_relative_clause_on_an_appositive_does_not_date_the_act() -> None:
    events = by_type("Jihadists entered Djibo, the town they had besieged since last year, and killed 30 civilians, "
                     "officials said.", dt.date(2019, 5, 22))
    assert window(events["Attack"]) == ("2019-04-23", "2019-05-22")
    assert "date.apposed_clause" in events["Attack"].rules


def test_a_participle_on_an_appositive_does_not_date_the_act_s_own_day() -> None:
    events = by_type("M23 rebels shelled Sake, a town seized by the army in 2012, killing three civilians on Monday.",
                     dt.date(2024, 3, 13))
    assert window(events["Shelling/artillery/missile attack"]) == ("2024-03-11", "2024-03-11")


def test_a_participle_set_off_on_the_subject_does_not_date_the_act() -> None:
    events = by_type("The RSF, formed in 2013 from the Janjaweed militias, attacked a police station in Nyala, "
                     "killing five officers.", dt.date(2022, 9, 14))
    assert window(events["Armed clash"]) == ("2022-08-16", "2022-09-14")


def test_a_clause_set_off_on_the_act_s_own_place_still_dates_its_own_act() -> None:
    events = run("Soldiers retook Kidal, which rebels had seized in 2012, on Tuesday.", published=dt.date(2024, 3, 13))
    assert ("2024-03-12", "2024-03-12") in [window(e) for e in events]


# -- a span since a day on a word of state does not date a finished act (rule date.since_of_state)

def test_since_on_an_adjective_does_not_open_a_bomb_s_window() -> None:
    events = by_type("A car bomb killed four policemen in Mogadishu, a militant group, active in the city since 2008, "
                     "said.", dt.date(2019, 5, 22))
    event = events["Remote explosive/landmine/IED"]
    assert window(event) == ("2019-04-23", "2019-05-22")
    assert "date.since_of_state" in event.rules


def test_since_in_a_prepositional_phrase_on_the_subject_does_not_date_the_act() -> None:
    events = by_type("Taliban fighters, in power since August last year, arrested three journalists in Kabul, their "
                     "employer said.", dt.date(2022, 9, 14))
    assert window(events["Arrests"]) == ("2022-08-16", "2022-09-14")


def test_since_on_a_perfect_act_still_dates_it() -> None:
    events = by_type("Israeli jets have pounded Gaza City since Friday, the health ministry said.",
                     dt.date(2022, 8, 7))
    assert window(events["Air/drone strike"]) == ("2022-08-05", "2022-08-07")


# -- a length closed by a day told after 'before' or 'until' (rule date.length_up_to_day)

def test_a_length_before_a_day_ends_on_that_day() -> None:
    events = by_type("Rebels fought soldiers for four days around Bambari before withdrawing on Sunday, the UN said.",
                     dt.date(2019, 5, 22))
    event = events["Armed clash"]
    assert window(event) == ("2019-05-16", "2019-05-19")
    assert "date.length_up_to_day" in event.rules


def test_a_length_before_another_subject_s_day_ends_on_that_day() -> None:
    events = by_type("Islamic State fighters fought Iraqi troops for three days at the Baiji refinery before the "
                     "army pushed them back on Tuesday.", dt.date(2014, 6, 18))
    assert window(events["Armed clash"]) == ("2014-06-15", "2014-06-17")


# -- 'last Wednesday' told on Thursday is the day just gone, as most writers mean it (date grammar)

def _window_of(text: str, published: dt.date) -> tuple[dt.date | None, dt.date | None]:
    t = find_time_expressions(text, published)[0]
    return t.date_start, t.date_end


def test_last_weekday_of_yesterday_is_the_day_just_gone() -> None:
    thursday = dt.date(2021, 11, 18)
    assert _window_of("Soldiers shot dead four miners last Wednesday.", thursday) \
        == (dt.date(2021, 11, 17), dt.date(2021, 11, 17))
    assert _window_of("Soldiers shot dead four miners last Tuesday.", thursday) \
        == (dt.date(2021, 11, 16), dt.date(2021, 11, 16))
    assert _window_of("Soldiers shot dead four miners on Wednesday.", thursday) \
        == (dt.date(2021, 11, 17), dt.date(2021, 11, 17))


def test_last_weekday_earlier_in_the_week_and_a_weekend_before_monday_stay() -> None:
    assert _window_of("Police shot dead six protesters last Monday.", dt.date(2023, 7, 21)) \
        == (dt.date(2023, 7, 17), dt.date(2023, 7, 17))
    assert _window_of("Police shot dead six protesters last Sunday.", dt.date(2023, 7, 17)) \
        == (dt.date(2023, 7, 16), dt.date(2023, 7, 16))


# -- the days after or before the act told (rule date.days_after_told)

def test_the_days_that_followed_an_act_are_a_week_after_it() -> None:
    events = by_type("Gunmen shot dead a local chief in Kumba on 3 May. Hundreds of residents marched through Kumba "
                     "in the days that followed.", dt.date(2019, 5, 22))
    event = events["Peaceful protest"]
    assert window(event) == ("2019-05-04", "2019-05-10")
    assert "date.days_after_told" in event.rules


def test_days_later_and_weeks_earlier_are_not_the_act_s_own_day() -> None:
    events = run("Rebels seized Beni on 2 May. Days later, troops retook the town.", published=dt.date(2019, 5, 22))
    assert ("2019-05-03", "2019-05-09") in [window(e) for e in events]
    events = run("Troops retook Beni on 12 May. Weeks earlier, rebels had seized the town.",
                 published=dt.date(2019, 5, 22))
    assert ("2019-03-31", "2019-05-11") in [window(e) for e in events]


def test_a_counted_offset_stays_one_day() -> None:
    events = run("Rebels seized Beni on 2 May. Three days later, troops retook the town.",
                 published=dt.date(2019, 5, 22))
    assert ("2019-05-05", "2019-05-05") in [window(e) for e in events]


# -- each place of a list with a time of its own (rule date.place_own_time)

def test_places_listed_with_their_own_months_keep_them() -> None:
    events = run("Rebels captured Bambari in March and Bria in June, the UN said.", published=dt.date(2019, 5, 22))
    windows = {e.location: window(e) for e in events}
    assert windows["Bambari"] == ("2019-03-01", "2019-03-31")
    assert windows["Bria"] == ("2018-06-01", "2018-06-30")
    assert all("date.place_own_time" in e.rules for e in events)


def test_places_listed_with_one_day_share_it() -> None:
    events = run("Rebels captured Bambari and Bria on Monday.", published=dt.date(2019, 5, 22))
    assert {window(e) for e in events} == {("2019-05-20", "2019-05-20")}
    assert not any("date.place_own_time" in e.rules for e in events)


# -- a verb joined to a present perfect shares it (rule date.shared_perfect)

def test_a_verb_joined_to_a_present_perfect_is_current_news_after_background() -> None:
    events = by_type("In 2019 gunmen killed 40 villagers in Koro. Troops have since returned to Koro and arrested 12 "
                     "suspects.", dt.date(2022, 2, 16))
    assert window(events["Arrests"]) == ("2022-01-18", "2022-02-16")
    assert "date.shared_perfect" in events["Arrests"].rules


def test_a_verb_joined_with_its_own_subject_keeps_its_tense() -> None:
    events = run("In 2019 gunmen killed 40 villagers in Koro. Troops have returned to Koro, and they arrested 12 "
                 "suspects there in 2019.", published=dt.date(2022, 2, 16))
    assert ("2019-01-01", "2019-12-31") in [window(e) for e in events if e.sub_event_type == "Arrests"]


# -- an act told in the perfect under 'saying' is before the speaker's day (rule date.said_while)

def test_a_pluperfect_under_saying_is_before_the_speaker_s_day() -> None:
    events = by_type("The mayor appealed on Tuesday for calm, saying soldiers had shot dead three traders in "
                     "Bouake.", dt.date(2019, 5, 22))
    assert window(events["Attack"]) == ("2019-04-22", "2019-05-21")
    assert "date.said_while" in events["Attack"].rules


def test_an_act_with_its_own_day_under_saying_keeps_it() -> None:
    events = by_type("The governor urged calm on Tuesday, saying gunmen had killed 12 villagers near Gusau on "
                     "Sunday.", dt.date(2019, 5, 22))
    assert window(events["Attack"]) == ("2019-05-19", "2019-05-19")


def test_the_day_of_another_clause_under_the_report_is_no_speaker_s_day() -> None:
    events = by_type("Israeli troops killed three gunmen during a raid in Jenin on Tuesday, the army said, adding that "
                     "the militants had opened fire on the soldiers.", dt.date(2019, 5, 22))
    assert window(events["Armed clash"]) == ("2019-05-21", "2019-05-21")
    assert "date.said_while" not in events["Armed clash"].rules
