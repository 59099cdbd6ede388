"""When acts happened, fourteenth batch (issue 9, session 29, benchmarks/probes/when14.jsonl), through the whole
extractor, on sentences written for these tests after reading real wire copy: a dated dateline cut off as a sentence
of its own dates nothing after it, and a day owning an act noun ("the toll from Saturday's attack") in a sentence that
kept no act dates the act the story goes on to tell."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.extract.dates import _default_grammar


def window(e) -> tuple[str, str]:
    return e.date_start, e.date_end


# -- a dateline's date is its filing, also for the acts after it (rule date.dateline_is_filing)

def test_a_dateline_ending_the_parser_sentence_is_a_filing_stamp() -> None:
    g = _default_grammar()
    for line in ("SANAA, June 3 (Reuters) -", "GAO, Mali, 14 March (AFP) -", "JOS, Nigeria, Jan 9 —"):
        times = g.find(line, dt.date(2021, 6, 4))
        assert times and all(g.filing_stamp(line, t) for t in times), line
    said = "The army said on June 3:"
    assert not any(g.filing_stamp(said, t) for t in g.find(said, dt.date(2021, 6, 4)))


def test_an_undated_act_after_a_dated_dateline_is_current_news() -> None:
    text = ("NIAMEY, Oct 3 (Reuters) - Gunmen stormed a police post near Tillaberi, the interior ministry said in a "
            "statement. Two officers were killed.")
    events = run(text, published=dt.date(2021, 10, 4))
    assert events and window(events[0]) == ("2021-09-05", "2021-10-04")


def test_acts_after_a_dateline_and_a_report_day_take_no_day_from_the_dateline() -> None:
    text = ("JOS, Nigeria, Feb 7 (Reuters) - Herders killed 12 villagers in an attack in Plateau state, the police "
            "said on Monday. The attackers also torched a church in Bokkos.")
    events = run(text, published=dt.date(2022, 2, 8))
    torched = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert torched and window(torched[0]) != ("2022-02-07", "2022-02-07")


# -- a day owning an act noun dates the act told next (rule date.inherited)

def test_a_day_owning_the_act_noun_dates_the_retold_act() -> None:
    text = ("Twelve soldiers were killed in an ambush in south-eastern Niger, the army said on Tuesday. The toll of "
            "Sunday's ambush may rise, officials warned. The soldiers were escorting a convoy near Diffa "
            "when they were attacked.")
    events = run(text, published=dt.date(2021, 8, 24))
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash and window(clash[0]) == ("2021-08-22", "2021-08-22")


def test_a_day_owning_a_thing_that_is_no_act_dates_nothing_after_it() -> None:
    text = ("Sunday's election in Lagos passed off calmly, observers said on Tuesday. Thugs later burned ballot "
            "boxes in Ikorodu.")
    events = run(text, published=dt.date(2023, 2, 28))
    burned = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert burned and all(window(e) != ("2023-02-26", "2023-02-26") for e in burned)


# -- the lead's day, told with no place, dates the act told next with its place (rule date.inherited)

def test_a_lead_with_no_place_hands_its_day_to_the_act_told_next_past_an_aside() -> None:
    text = ("A Turkish drone strike killed three PKK fighters on Thursday, a Kurdish official said. Fears of a wider "
            "war have grown after Turkish jets bombed Amadiya last week. The strike hit their car near Sinjar.")
    events = run(text, published=dt.date(2022, 6, 17))
    sinjar = [e for e in events if e.location and "Sinjar" in e.location]
    assert sinjar and window(sinjar[0]) == ("2022-06-16", "2022-06-16")


def test_an_aside_told_as_the_news_itself_still_dates_what_follows() -> None:
    text = ("The worst violence was in Kasese, where soldiers opened fire on a crowd on Wednesday after youths "
            "burned a police post. Six people were killed there, a hospital official said.")
    events = run(text, published=dt.date(2016, 11, 28))
    assert events and all(window(e) != ("2016-11-28", "2016-11-28") for e in events)


# -- a page's date line is its publication, not the day of the acts after it

def test_a_date_line_under_a_headline_dates_no_act() -> None:
    text = ("Rebels take villages near Beni\n14 May 2021\nADF rebels occupied three villages north of Beni, "
            "residents said.")
    events = run(text, published=dt.date(2021, 5, 14))
    assert events and window(events[0]) == ("2021-04-15", "2021-05-14")


# -- a toll "since Monday" at a town is a few days' fight, not a tally (drop.summary, nonevents._days_at_a_town)

def test_a_toll_since_a_weekday_at_a_town_is_one_fight_over_those_days() -> None:
    text = ("Clashes between rival armed groups in Bangui since Saturday have killed at least 15 people, the UN said "
            "on Monday.")
    events = run(text, published=dt.date(2014, 3, 24))
    assert events and window(events[0]) == ("2014-03-22", "2014-03-24")


def test_a_toll_since_a_month_stays_a_tally() -> None:
    text = "Clashes in Bangui since January have killed more than 400 people, the UN said on Monday."
    assert not run(text, published=dt.date(2014, 3, 24))
