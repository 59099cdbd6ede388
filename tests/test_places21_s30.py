"""Where real reporting puts its acts, round 3 (issue 9, session 30, branch places21, after the place errors of the
open real sets): a place across an edge ("along the border with Texas in the state of Tamaulipas") is the
neighbour's, not the act's, when the act names one of its own (rule place.across_edge); a lead placed only in a
region is at the town the next sentence or paragraph names by the scene or a definite act noun ("the scene in the
town of X", "the gunfight broke out near X"; rule place.narrowed_next). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2022, 3, 7)


def test_a_state_across_the_border_is_not_the_act_s_place() -> None:
    events = run("Soldiers killed five gunmen along the border with Arizona in the northern state of Sonora on "
                 "Sunday, officials said.", published=PUBLISHED)
    assert [(e.country, e.location) for e in events] == [("MX", "Sonora")]


def test_towns_listed_after_a_border_stay_the_act_s_places() -> None:
    # (the lead's mend: "border with X, A ... and B" lists the act's own towns after the edge)
    events = run("Iraqi troops entered several towns including Rabia near the border with Syria, Sinjar and "
                 "Tal Afar, officials said on Sunday.", published=PUBLISHED)
    assert {"Sinjar", "Tal Afar"} <= {e.location for e in events}


def test_a_country_across_the_border_is_the_act_s_place_when_it_is_the_only_one() -> None:
    events = run("Troops fought rebels on Sunday near the border with Rwanda, the army said.", published=PUBLISHED)
    assert all(e.location for e in events)


def test_the_scene_in_the_next_paragraph_names_the_lead_s_town() -> None:
    events = run("Gunmen killed six police officers on Sunday in the state of Guerrero, officials said.\n\n"
                 "Reporters who reached the scene in the town of Iguala saw burned patrol cars.",
                 published=PUBLISHED)
    assert [e.location for e in events] == ["Iguala de la Independencia"]


def test_a_definite_gunfight_in_the_next_sentence_names_the_lead_s_town() -> None:
    events = run("Troops fought militiamen for hours on Saturday in Ituri province, the army said.\n"
                 "The gunfight broke out near the village of Djugu, a local official said.", published=PUBLISHED)
    assert [e.location for e in events] == ["Djugu"]


def test_a_town_of_another_region_does_not_narrow_the_lead() -> None:
    events = run("Gunmen killed six police officers on Sunday in the state of Guerrero, officials said.\n\n"
                 "Reporters who reached the scene found a banner signed by a cartel based in Culiacan.",
                 published=PUBLISHED)
    assert "Culiacan" not in {e.location for e in events}


def test_there_on_the_object_is_the_town_named_before() -> None:
    events = run("Security remains poor in Garissa, officials say.\nGunmen ambushed a truck there in March 2019, "
                 "killing six traders.", published=PUBLISHED)
    assert [e.location for e in events] == ["Garissa"]


def test_a_joined_verb_takes_the_first_verb_s_there() -> None:
    events = run("Tension is high in Kidal, residents say.\nRebels seized a convoy there last Friday and killed "
                 "four drivers.", published=PUBLISHED)
    assert {e.location for e in events} == {"Kidal"}
