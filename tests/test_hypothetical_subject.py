"""An act named as the subject of what it could or would bring ("warned that storming government buildings could
lead to more violence", "attacking aid convoys would be a war crime") is a hypothesis, not an act told
(modality.modal, words/hypothetical_modals.txt); one the article counts as done keeps its record under "will"
(issue 9, session 23). Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.jobs.explain import explain, explanation_lines
from frontlog.model.records import Article

PUBLISHED = dt.date(2024, 6, 26)


def test_storming_buildings_that_could_lead_to_violence_is_no_act() -> None:
    assert run("The opposition leader warned that storming government buildings could lead to more bloodshed in "
               "Nairobi.", published=PUBLISHED) == []


def test_attacking_convoys_that_would_be_a_crime_is_no_act() -> None:
    text = "Attacking aid convoys in Darfur would be a war crime, the UN envoy said."
    assert run(text, published=PUBLISHED) == []
    (trace, _events), = explain([Article(id="a", text=text, published=PUBLISHED)])
    assert "modality.modal" in "\n".join(explanation_lines(trace, [], rule_help=False))


def test_regaining_a_city_that_will_serve_as_a_coup_is_kept() -> None:
    assert [e.sub_event_type for e in run("For Assad, regaining Aleppo will serve as a major propaganda coup.",
                                          published=PUBLISHED)] == ["Government regains territory"]
