"""Classes frontlog got wrong on text it had never seen (issue 9, session 19's probes). The whole extractor with
the real spaCy model and gazetteer, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.model.records import Article, Event


def _events(text: str, published: dt.date = dt.date(2024, 6, 10)) -> list[Event]:
    [events] = extract_batch([Article(id="t", text=text, published=published)], Stats())
    return events


def test_a_preposition_opening_a_sentence_is_no_town_abroad() -> None:
    # "Over" is a village of Cambridgeshire; here it opens the sentence.
    events = _events("Over the past two days, gunmen abducted nine travellers on the road near Birnin Gwari, "
                     "police said.")
    assert events and all(e.country == "NG" for e in events)


def test_a_hand_checked_site_after_another_capitalised_name_is_that_names_tail() -> None:
    # "Maidan" is a hand-checked square of Kyiv; "Jantar Maidan" is another ground, in India.
    events = _events("Police detained 40 wrestlers protesting at the Jantar Maidan in New Delhi on Sunday.")
    assert events and all(e.country == "IN" for e in events)


def test_a_hotel_named_like_a_hand_checked_town_is_not_that_town() -> None:
    # "Safir" is another name of Al-Safira (Syria); here it names a hotel in Mogadishu.
    events = _events("Al-Shabaab gunmen stormed the Hotel Safir in Mogadishu on Friday and killed four guests.")
    assert events and all(e.country == "SO" for e in events)


def test_a_tally_since_a_day_ends_on_the_day_it_was_told() -> None:
    # Published on Saturday 8 June 2024; told on Wednesday the 5th.
    events = _events("Since Sunday, soldiers have arrested 85 people in Goma, the army said on Wednesday.",
                     dt.date(2024, 6, 8))
    assert [(e.date_start, e.date_end) for e in events] == [("2024-06-02", "2024-06-05")]


def test_a_city_is_not_the_hamlet_that_geonames_gives_its_english_name() -> None:
    events = _events("A Russian drone hit a market in Zaporizhzhia on Tuesday, killing three people, the regional "
                     "governor said.")
    assert events and all(abs(e.latitude - 47.85) < 0.1 and abs(e.longitude - 35.12) < 0.1 for e in events)


def test_a_court_jailing_people_is_a_verdict_not_an_arrest() -> None:
    events = _events("A military court in Bukavu on Monday jailed five soldiers for life over the killing of 12 "
                     "traders in Kamituga in 2021.")
    assert events and not any(e.sub_event_type == "Arrests" for e in events)


def test_police_jailing_people_is_still_an_arrest() -> None:
    events = _events("Police in Harare jailed 40 people on Saturday, accusing them of looting shops.")
    assert any(e.sub_event_type == "Arrests" for e in events)


def test_an_act_charged_with_a_date_of_its_own_is_history_told_as_fact() -> None:
    events = _events("A military court on Monday charged four soldiers over the killing of 15 farmers in Uvira "
                     "in June 2021.")
    assert [e.date_start[:7] for e in events] == ["2021-06"]


def test_an_undated_act_charged_is_still_no_event() -> None:
    assert not _events("A court in Bukavu on Monday charged four men over the killing of a trader.")


def test_yesterday_in_a_quote_is_the_day_before_the_speaker_spoke() -> None:
    # Published on Monday 10 June 2024; the governor spoke on Friday the 7th.
    events = _events("\"Yesterday they shelled the market in Kherson,\" the governor said on Friday.")
    assert [(e.date_start, e.date_end) for e in events] == [("2024-06-06", "2024-06-06")]


def test_yesterday_outside_a_quote_is_still_counted_from_publication() -> None:
    events = _events("Russian forces shelled the market in Kherson yesterday, the governor said.")
    assert [(e.date_start, e.date_end) for e in events] == [("2024-06-09", "2024-06-09")]


def test_a_toll_of_the_past_week_at_a_town_is_one_aggregate_event_up_to_the_day_told() -> None:
    # Published on Monday 10 June 2024; the ministry spoke on Sunday the 9th.
    events = _events("Israeli air strikes on Rafah over the past week have killed 45 people, the health ministry "
                     "said on Sunday.")
    assert [(e.location, e.date_end) for e in events] == [("Rafah", "2024-06-09")]


def test_a_toll_since_a_date_long_ago_is_still_a_tally() -> None:
    assert not _events("Air strikes on Rafah have killed more than 900 people since January, the ministry said.")
