"""Two acts of one kind at one place on one day, told apart by "another", "a second", "a separate" (rule
discourse.another_act), against one act told again (sentences written for these tests, run through the whole
extractor with the real spaCy model and gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontlog.extract import extract_batch
from frontlog.model.records import Article

PUBLISHED = dt.date(2024, 6, 18)  # a Tuesday


def events_of(text: str):
    return extract_batch([Article(id="t", text=text, published=PUBLISHED)])[0]


# (article, sub-event type, records of it, why)
CASES = [
    ("A Russian missile hit a market in Kramatorsk on Monday morning, wounding five people. Late on Monday "
     "another missile strike hit the railway station, killing a guard.",
     "Shelling/artillery/missile attack", 2, "another strike told in the next sentence"),
    ("A bomb exploded at a bus stop in Jalalabad on Monday, killing three people. Hours later a second bomb went "
     "off near a police post in the city.", "Remote explosive/landmine/IED", 2, "a second bomb hours later"),
    ("A roadside bomb killed two soldiers in Jalalabad on Monday morning, and in the evening a second blast at a "
     "mosque in the city wounded nine worshippers.", "Remote explosive/landmine/IED", 2,
     "a second blast in a clause of its own in one sentence"),
    ("A bomb exploded at a bus stop in Jalalabad on Monday, killing three people. Hours later a second bomb went "
     "off near a police post in the city. A third bomb exploded near a mosque in Jalalabad in the evening.",
     "Remote explosive/landmine/IED", 3, "a second and a third bomb are two new acts, not one"),
    ("A Russian missile hit a market in Kramatorsk on Monday, wounding five people. The strike on the market "
     "destroyed a dozen stalls.", "Shelling/artillery/missile attack", 1, "one strike told again"),
    ("Late on Monday another missile strike hit the railway station in Kramatorsk, killing a guard.",
     "Shelling/artillery/missile attack", 1, "'another strike ... hit': one act in its own sentence"),
    ("Two bombs exploded in Jalalabad on Monday. The second bomb went off near a police post.",
     "Remote explosive/landmine/IED", None, "'the second bomb' names one of the two told (not counted)"),
]


@pytest.mark.parametrize(("text", "sub", "n", "why"), CASES, ids=[c[3] for c in CASES])
def test_another_act_of_its_kind(text: str, sub: str, n: int | None, why: str) -> None:
    events = events_of(text)
    got = [e for e in events if e.sub_event_type == sub]
    if n is not None:
        assert len(got) == n, (why, [(e.sub_event_type, e.location, e.date_start, e.evidence) for e in events])
    if "second bomb" in text and n is None:
        assert all("discourse.another_act" not in (e.rules or ()) for e in events), why


# (article, sub-event type, records of it, why): an act's aftermath names the act it follows, and is no second one
AFTERMATH = [
    ("Gunmen killed nine villagers near Bunia on Sunday, local officials said. A military spokesman said soldiers "
     "had been deployed to the area after the attack.", "Armed clash", 0,
     "'after the attack' names the killing told before, not a clash of the soldiers"),
    ("Youths set fire to a police station in Kankan on Saturday after a man died in custody. Security forces "
     "arrested 25 people in the town on Sunday in connection with the riot.", "Violent demonstration", 1,
     "'in connection with the riot': the riot told before, not a second one dated by the arrests"),
    ("Youths set fire to a police station in Kankan on Saturday after a man died in custody. Security forces "
     "arrested 25 people in the town on Sunday in connection with the riot.", "Arrests", 1,
     "the arrests the next day are an act of their own"),
]


@pytest.mark.parametrize(("text", "sub", "n", "why"), AFTERMATH, ids=[c[3] for c in AFTERMATH])
def test_aftermath_names_the_act_it_follows(text: str, sub: str, n: int, why: str) -> None:
    events = events_of(text)
    got = [e for e in events if e.sub_event_type == sub]
    assert len(got) == n, (why, [(e.sub_event_type, e.location, e.date_start, e.evidence) for e in events])


# (article, records of property destruction, why): the damage of an act told just before, or a deed of its own
DAMAGE = [
    ("A car bomb exploded outside a hotel in Baidoa on Monday, killing four people. The blast destroyed the "
     "hotel's gate and set two cars on fire.", 0, "a blast's damage told next: no destruction of its own"),
    ("Militants ambushed an army convoy near Diffa on Sunday, killing eight soldiers. The army said 20 attackers "
     "were also killed and three pick-up trucks destroyed.", 0, "trucks destroyed in the fight's toll"),
    ("Militants ambushed an army convoy near Diffa on Sunday, killing eight soldiers. On Tuesday soldiers burned "
     "dozens of houses in a village near Diffa, residents said.", 1, "a burning with its doer, days later: a deed"),
]


@pytest.mark.parametrize(("text", "n", "why"), DAMAGE, ids=[c[2] for c in DAMAGE])
def test_damage_of_an_act_is_no_destruction_of_its_own(text: str, n: int, why: str) -> None:
    events = events_of(text)
    got = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert len(got) == n, (why, [(e.sub_event_type, e.location, e.date_start, e.evidence) for e in events])


# (article, records of the sub-type, why): one sentence telling an act at a region and at a town of it
REGION = [
    ("Hezbollah fired dozens of rockets at northern Israel on Monday, some hitting houses in Nahariya, the army "
     "said.", "Shelling/artillery/missile attack", 1, "a region and a town of it by one doer: one act, at the town"),
    ("Russian forces fired missiles at the Odesa region on Monday, and Russian artillery shelled Kharkiv, officials "
     "said.", "Shelling/artillery/missile attack", 2, "a region and a town of another region: two acts"),
]


@pytest.mark.parametrize(("text", "sub", "n", "why"), REGION, ids=[c[3] for c in REGION])
def test_one_sentence_at_a_region_and_a_town_of_it(text: str, sub: str, n: int, why: str) -> None:
    events = events_of(text)
    got = [e for e in events if e.sub_event_type == sub]
    assert len(got) == n, (why, [(e.sub_event_type, e.location, e.geo_precision, e.evidence) for e in events])
