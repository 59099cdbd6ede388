"""A round-up of several countries, a paragraph each: a name the gazetteer does not know lies in the country its
own paragraph names, before any region another paragraph names (rule place.unresolved_broad; issue 9, session 18).
Through the whole extractor, on an article written for these tests (the village names are invented)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

ROUNDUP = """Regional security briefing

In Chad, gunmen attacked an army post in Ngouboua-Kessi on Monday, killing six soldiers, officials said.

In Nigeria, bandits kidnapped 30 villagers in Kajuru in Kaduna state on Thursday.
"""


def test_an_unknown_village_lies_in_its_paragraphs_country() -> None:
    events = run(ROUNDUP, published=dt.date(2024, 3, 10))
    where = {e.location: (e.country, e.location_resolved) for e in events}
    assert where["Ngouboua-Kessi"] == ("TD", False)
    assert where["Kajuru"][0] == "NG"


GROUP_HOME = """Air strikes around the region

Sudan's army said its drones had destroyed rebel vehicles near El Obeid on Saturday.

The military said it killed 30 al-Shabaab fighters in an air strike near Jilib on Sunday.
"""


def test_a_town_in_a_named_groups_home_is_believed() -> None:
    # "al-Shabaab" as news writes it names Somalia's group, so Jilib is the Somali town and "the military" Somalia's,
    # though the text never names Somalia and its other paragraph is about Sudan.
    events = run(GROUP_HOME, published=dt.date(2024, 3, 5))
    jilib = [e for e in events if e.location == "Jilib"]
    assert [(e.country, e.location_resolved, e.actor1, e.actor2) for e in jilib] == [
        ("SO", True, "Military Forces of Somalia", "Al-Shabaab")]


LABELLED = """Sahel weekly

NIAMEY, March 9 - Violence continued across the region this week.

Burkina Faso: Gunmen killed nine civilians near Sebba on Monday, residents said.

Niger: Soldiers repelled an attack on their base in Tamakossi, near the border with Burkina Faso, on Wednesday.

Mali: The army took control of the village of Dourougou on Thursday after the jihadists withdrew.
"""


def test_a_labelled_paragraph_is_set_in_its_country() -> None:
    # Unknown villages of the Niger and Mali paragraphs are neither at Sebba nor in Burkina Faso: a paragraph that
    # names its country is set there (a neighbour named across its border is not where it is set).
    events = run(LABELLED, published=dt.date(2024, 3, 9))
    where = {e.location: e.country for e in events}
    assert where["Tamakossi"] == "NE"
    assert where["Dourougou"] == "ML"


def test_a_groups_home_casts_no_doubt_on_a_town_elsewhere() -> None:
    # The PKK's home is Turkey; that makes no Iraqi town doubtful in a text that names no country.
    events = run("Turkish drones struck a vehicle carrying PKK militants near Sinjar on Monday, killing four of them.",
                 published=dt.date(2024, 3, 5))
    assert [(e.location, e.country) for e in events] == [("Sinjar", "IQ")]
