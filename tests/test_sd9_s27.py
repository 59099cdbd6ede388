"""Strategic developments (session 27, branch sd9): agreements told as ended but dated where they were made,
deals spelt out after a colon, devices neutralised, vehicles seized with explosives, an arrest by a police unit
known by its own name. Through the whole extractor, on sentences written for these tests (other wars than the
sets tuned on)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2019, 5, 22)


def _events(text: str) -> list:
    return run(text, published=DAY)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in _events(text))


# modality.ended (narrowed) and date.noun_own_clause: a deal whose making is dated before its ending is told
# happened then (EVENTS.md: background history told as fact), whatever became of it.
def test_a_truce_agreed_in_a_month_that_collapsed_is_coded_in_that_month() -> None:
    evs = [e for e in _events("A ceasefire agreed in Goma in March between the army and the rebels broke down "
                              "within weeks.") if e.sub_event_type == "Agreement"]
    assert len(evs) == 1 and str(evs[0].date_start) == "2019-03-01" and str(evs[0].date_end) == "2019-03-31"


def test_a_truce_a_mediator_brokered_in_a_month_is_dated_by_the_brokering_not_the_breakdown() -> None:
    evs = [e for e in _events("A truce that Kenyan elders brokered between the two clans near Mandera in "
                              "February broke down in April.") if e.sub_event_type == "Agreement"]
    assert len(evs) == 1 and str(evs[0].date_start) == "2019-02-01"


def test_a_truce_whose_ending_alone_is_dated_is_no_agreement() -> None:
    assert "Agreement" not in _subs("A ceasefire between the army and the rebels collapsed in Goma three weeks "
                                    "ago.")


def test_a_truce_named_by_its_year_and_told_collapsed_is_no_new_agreement() -> None:
    assert "Agreement" not in _subs("The 2016 ceasefire in Goma collapsed on Sunday.")


# modality (governed): the clause after a colon spells out what the clause before it held; its modal is the deal's
# terms, not the act told first.
def test_a_deal_spelt_out_after_a_colon_is_an_agreement() -> None:
    assert "Agreement" in _subs("On Friday, under Qatari mediation, the army and the rebels in Goma reached a "
                                "deal: the rebels would hand over their heavy weapons.")


def test_a_modal_act_before_a_colon_stays_unreal() -> None:
    assert "Non-state actor overtakes territory" not in _subs("Rebels could capture Goma within days: the army "
                                                              "has no reserves left.")


# triggers.yaml: neutralise, deactivate, disable a device laid to go off (laid_explosive), as 'defuse'.
def test_landmines_deactivated_are_disrupted_weapons_use_not_an_explosion() -> None:
    assert _subs("Engineers deactivated three landmines planted on the road outside Kharkiv on Friday.") \
        == ["Disrupted weapons use"]


def test_militants_neutralised_are_no_disrupted_weapons_use() -> None:
    assert "Disrupted weapons use" not in _subs("Soldiers neutralised six militants near Kharkiv on Friday.")


# triggers.yaml: a vehicle seized with explosives in it by a state's force (need explosive_load, state_doer).
def test_a_lorry_loaded_with_explosives_seized_by_police_is_disrupted_weapons_use() -> None:
    assert _subs("Kenyan police seized a lorry loaded with explosives at a roadblock outside Garissa on "
                 "Sunday.") == ["Disrupted weapons use"]


def test_a_bus_seized_by_gunmen_is_no_disrupted_weapons_use() -> None:
    assert "Disrupted weapons use" not in _subs("Gunmen seized a bus outside Garissa on Sunday, police said.")


# actors.tsv: Bangladesh's Rapid Action Battalion is its police; a person it picks up is arrested (subtype.detain).
def test_a_leader_picked_up_by_the_rab_is_an_arrest_by_police() -> None:
    evs = _events("RAB officers picked up an opposition organiser from his home in Sylhet on Monday.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Arrests", "Police Forces of Bangladesh")]


# settle.figures_arrested_after_crowd: a movement's figures arrested after its crowd is an arrest of its own.
def test_leaders_arrested_after_a_march_are_an_arrest_of_their_own() -> None:
    subs = _subs("Thousands of teachers marched through Harare on Monday. Police arrested three leaders of their "
                 "union afterwards.")
    assert "Arrests" in subs


def test_marchers_arrested_after_a_march_belong_to_it() -> None:
    subs = _subs("Thousands of teachers marched through Harare on Monday. Police arrested 40 of them.")
    assert subs == ["Protest with intervention"]


# settle.defused_device: a device blown up "in a controlled explosion" is disrupted, neither an IED nor a demolition.
def test_a_bomb_blown_up_in_a_controlled_explosion_is_one_disruption() -> None:
    assert _subs("A landmine laid on the track near Pibor was found and blown up in a controlled explosion by "
                 "UN deminers on Tuesday.") == ["Disrupted weapons use"]


def test_a_bridge_blown_up_stays_a_destruction() -> None:
    assert _subs("Rebels blew up a bridge near Pibor on Tuesday.") == ["Looting/property destruction"]


# triggers.yaml: a statue or monument torn down or toppled by an armed side is a demolition (spec: demolitions of
# sites are Looting/property destruction); a leader toppled stays a coup.
def test_a_statue_torn_down_by_fighters_is_a_destruction() -> None:
    assert _subs("Militiamen tore down a statue of the late king in the main square of Bunia on Sunday.") \
        == ["Looting/property destruction"]


def test_a_president_toppled_is_no_destruction() -> None:
    assert "Looting/property destruction" not in _subs("Mutinous soldiers toppled the president in Bamako on "
                                                       "Sunday.")


# triggers.yaml (@detain 'carry off', need person_taken): people carried off are taken; goods carried off, told
# "according to residents", are loot.
def test_goods_carried_off_by_fighters_are_no_abduction() -> None:
    subs = _subs("Fighters broke into shops in Bunia on Sunday and carried off goods and tractors, according to "
                 "residents.")
    assert "Abduction/forced disappearance" not in subs and "Looting/property destruction" in subs


def test_women_carried_off_by_militiamen_are_an_abduction() -> None:
    assert "Abduction/forced disappearance" in _subs("Militiamen carried off 20 women from a village near Bunia "
                                                     "on Sunday, residents said.")


# deal_made_times (review mend): a time dates the deal's making only on the deal noun or in a clause on it whose
# verb makes a deal (words/deal_making_verbs), not under a verb of its start
def test_a_truce_due_to_start_on_a_day_that_collapsed_is_no_agreement() -> None:
    assert "Agreement" not in _subs("A ceasefire that was due to start in Khartoum on Monday collapsed within "
                                    "hours.")


def test_a_truce_signed_in_a_month_that_collapsed_is_coded_in_that_month() -> None:
    evs = [e for e in _events("A truce signed by the government and the rebels in Bangui in February collapsed "
                              "in April.") if e.sub_event_type == "Agreement"]
    assert len(evs) == 1 and str(evs[0].date_start) == "2019-02-01"


def test_a_truce_agreed_last_month_told_collapsed_in_a_report_is_coded_last_month() -> None:
    evs = [e for e in _events("Church leaders said on Tuesday that the truce agreed in Bambari last month had "
                              "collapsed.") if e.sub_event_type == "Agreement"]
    assert len(evs) == 1 and str(evs[0].date_start) == "2019-04-01"
