"""Background in real-voice long reports (session 29, branch bg3): forces named by the war they are fighting in a
region, an agreement sought or tried for, an agreement told as ended in a list or by one side ("called off", "ran
out"), and a war told whole since a dated act ("since Russia's first intervention in 2014"); each with its converse.
Through the whole extractor, on sentences written for these tests (other wars than the probes of
benchmarks/probes/bg3.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2024, 5, 15)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=DAY))


def _where(text: str) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location) for e in run(text, published=DAY))


# modality.describes: "troops fighting in <region>" says who the troops are
def test_forces_fighting_in_a_region_are_described_not_a_clash() -> None:
    subs = _subs("Rwandan soldiers fighting in North Kivu province have been accused of looting gold, a UN panel "
                 "said on Monday.")
    assert "Armed clash" not in subs


def test_forces_fighting_in_a_region_who_killed_keep_the_killing_alone() -> None:
    subs = _subs("Burundian troops fighting in South Kivu province shot dead three farmers near Uvira on Sunday, "
                 "residents said.")
    assert "Armed clash" not in subs and "Attack" in subs


def test_forces_fighting_a_named_foe_at_a_town_stay_a_clash() -> None:
    assert "Armed clash" in _subs("Soldiers fighting Ansar al-Sunna near Macomia on Sunday killed six insurgents, "
                                  "the army said.")


# modality.deal_sought
def test_a_ceasefire_tried_for_is_no_agreement() -> None:
    assert "Agreement" not in _subs("Shelling continued around Tripoli on Monday despite attempts by Algeria to "
                                    "secure a ceasefire.")
    assert "Agreement" not in _subs("The government is trying to forge a peace deal with the NPA, officials in "
                                    "Manila said on Tuesday.")


def test_a_ceasefire_reached_stays_an_agreement() -> None:
    assert "Agreement" in _subs("Mediators from Qatar secured a ceasefire between the army and the rebels in Goma "
                                "on Monday.")


# modality.ended: a list's second noun, and one side's ending
def test_a_truce_ended_in_a_list_is_no_agreement() -> None:
    assert "Agreement" not in _subs("After the talks and a three-day truce ended, the rebels attacked an army post "
                                    "near Kidal on Monday.")


def test_a_truce_called_off_or_run_out_is_no_agreement() -> None:
    assert "Agreement" not in _subs("The ELN called off its ceasefire with the government on Friday.")
    assert "Agreement" not in _subs("The army resumed operations in Cauca after the ceasefire ran out, the "
                                    "minister said on Friday.")


def test_a_truce_declared_stays_an_agreement() -> None:
    assert "Agreement" in _subs("The TTP declared a three-day ceasefire in Khyber Pakhtunkhwa on Friday.")


# modality.war_long: a "since" phrase with a year more than a year back spans a war
def test_fighting_since_a_dated_act_years_back_is_a_war_told_whole() -> None:
    # (the dated takeover named in the "since" phrase is background history, coded at its year: it stays)
    assert _where("Pro-government militias have been fighting in the area since the Houthi takeover of Sanaa in "
                  "2014.") == [("Non-state actor overtakes territory", "Sanaa")]


def test_fighting_at_a_town_since_a_dated_act_stays() -> None:
    assert "Armed clash" in _subs("The two militias have been fighting for Kufra since the uprising of 2011.")


# modality.charged: what a verdict found people guilty of
def test_what_a_court_found_people_guilty_of_is_no_act() -> None:
    assert _subs("A military court in Rawalpindi found the men guilty of killing 30 soldiers and policemen, the "
                 "army said on Monday.") == []


def test_a_dated_act_people_were_found_guilty_of_stays() -> None:
    events = run("A court in Kaduna found two men guilty over the 2019 massacre of 30 villagers in Kajuru.",
                 published=DAY)
    assert [str(e.date_start)[:4] for e in events] == ["2019"]


# modality.practice: bare acts as the means of a war verb
def test_acts_a_side_fights_through_are_a_way_of_fighting() -> None:
    subs = _subs("Armed gangs have battled for control of Cite Soleil through killings, rape and kidnappings.")
    assert not {"Attack", "Sexual violence", "Abduction/forced disappearance"} & set(subs)


def test_a_counted_act_in_the_same_story_stays() -> None:
    assert "Abduction/forced disappearance" in _subs("Gunmen kidnapped five nuns in Croix-des-Bouquets on Sunday, "
                                                     "police said.")


def test_agreements_annulled_or_nullified_are_no_agreement() -> None:
    assert "Agreement" not in _subs("The military council in Niamey announced the nullification of several defence "
                                    "agreements with Benin on Friday.")
    assert "Agreement" not in _subs("The junta revoked the ceasefire with the Tuareg rebels in Kidal on Friday.")


# modality.reason_clause: the reason a main clause gives is told as fact
def test_an_act_given_as_the_reason_stays_under_a_modal_or_negation() -> None:
    assert "Looting/property destruction" in _subs("Residents of Rutshuru cannot return home because rebels burned "
                                                   "their houses on Sunday.")
    assert "Attack" in _subs("Farmers did not plant this year because bandits killed six villagers near Tsafe in "
                             "April.")


def test_a_feared_act_in_a_reason_clause_stays_unreal() -> None:
    assert _subs("The road to Gao will stay closed because jihadists could ambush convoys near Ansongo.") == []
    assert _subs("Traders stayed home because they feared an attack on the market in Gao.") == []


# modality.describes: a war verb in the simple present with no foe, town or time is a side's cause
def test_what_a_group_says_it_fights_for_is_no_clash() -> None:
    subs = _subs("Ansar al-Sunna fighters seized Mocimboa da Praia on Tuesday. The group says it fights to impose "
                 "Islamic law in the province.")
    assert subs == ["Non-state actor overtakes territory"]


def test_a_headline_present_with_a_foe_and_a_town_stays() -> None:
    assert "Armed clash" in _subs("Soldiers fight ISWAP fighters near Monguno.")
