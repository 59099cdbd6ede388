"""Actors in ACLED's style: who did it and to whom, on sentences written for these tests (several wars each), run
through the whole extractor with the real spaCy model and gazetteer: the armed groups the table reads by country
("separatists" in Cameroon, "Maoists" in India), an attacker nobody names (Unidentified Armed Group of the
event's country), a doer told by a pronoun, a mediator that is no party, and the passive agent after "by"."""

from __future__ import annotations

import datetime as dt

import pytest

from frontlog.extract import extract_batch
from frontlog.model.records import Article

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def events_of(text: str, published: dt.date = PUBLISHED):
    return extract_batch([Article(id="t", text=text, published=published)])[0]


def sides(events) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in events]


# ---- the table: groups read by the country of the article ------------------------------------------------

# (article, publication date, actor1 expected, why)
GROUPS_BY_COUNTRY = [
    ("Separatists attacked a gendarmerie post in Kumba, Cameroon, on Monday, killing two gendarmes.",
     PUBLISHED, "Ambazonian Separatists", "'separatists' in Cameroon's Anglophone regions"),
    ("Rebels fired rockets at Moroccan troops near Mahbes in Western Sahara on Monday.",
     PUBLISHED, "Polisario Front", "'rebels' in Western Sahara"),
    ("Rebels shelled the outskirts of Ziguinchor, Senegal, on Monday.",
     PUBLISHED, "Movement of Democratic Forces of Casamance", "'rebels' in Senegal are the MFDC"),
    ("Maoist rebels ambushed a police patrol near Dantewada in Chhattisgarh on Tuesday, killing six policemen.",
     PUBLISHED, "CPI (Maoist)", "'Maoist rebels' in India"),
    ("Maoist insurgents attacked a police post in Rolpa district, Nepal, on Tuesday.",
     dt.date(2004, 3, 12), "Communist Party of Nepal (Maoist)", "'Maoist insurgents' in Nepal"),
    ("MODEL rebels captured the port city of Buchanan, Liberia, on Monday.",
     dt.date(2003, 7, 30), "MODEL: Movement for Democracy in Liberia", "MODEL in Liberia"),
]


@pytest.mark.parametrize(("text", "published", "actor1", "why"), GROUPS_BY_COUNTRY,
                         ids=[c[3] for c in GROUPS_BY_COUNTRY])
def test_a_group_read_by_the_country_of_the_article(text: str, published: dt.date, actor1: str, why: str) -> None:
    events = events_of(text, published)
    assert [e.actor1 for e in events] == [actor1], (why, sides(events))


def test_maoists_elsewhere_are_no_group_of_india_or_nepal() -> None:
    # "Maoist rebels" name CPI (Maoist) in India and the CPN (Maoist) in Nepal only.
    events = events_of("Maoist rebels ambushed an army patrol near Ayacucho, Peru, on Tuesday.")
    assert events and all(e.actor1 not in ("CPI (Maoist)", "Communist Party of Nepal (Maoist)") for e in events)


def test_west_african_peacekeepers_in_liberia_are_ecomil_in_2003_ecomog_before() -> None:
    text = "West African peacekeepers exchanged fire with LURD fighters near Harbel, Liberia, on Monday."
    events = events_of(text, dt.date(2003, 8, 20))
    assert events and events[0].actor1 == "ECOMIL: ECOWAS Mission in Liberia", sides(events)
    # In the 1990s they were ECOMOG.
    events = events_of(text, dt.date(1996, 4, 20))
    assert events and events[0].actor1 == "ECOMOG: ECOWAS Monitoring Group", sides(events)
