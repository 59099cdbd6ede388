"""The borders between event types (session 16, from benchmarks/probes/types.jsonl's failures), through the whole
extractor on sentences written for these tests: a device found and defused or set off by those who found it is no
explosion; people arrested where they had gathered for a cause are a protest broken up; crowds that fight are a
riot, not a battle; a fight named inside a protest's cause is no fight told there."""

from __future__ import annotations

from conftest import extract_text as run
from frontlog.model.records import Event


def subs(events: list[Event]) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location) for e in events)


# --- devices disrupted: Disrupted weapons use, no explosion (settle.defused_device) -------------------------------

def test_a_bomb_found_and_defused_is_no_explosion() -> None:
    events = run("A bomb left in a rubbish bin near the stadium in Mogadishu was spotted and defused by soldiers on "
                 "Saturday.")
    assert subs(events) == [("Disrupted weapons use", "Mogadishu")]


def test_a_landmine_found_and_removed_is_no_explosion() -> None:
    events = run("A landmine was found and removed from a farm track near Izium on Thursday.")
    assert [e.event_type for e in events] == ["Strategic developments"]


def test_a_bomb_set_off_safely_by_police_is_disrupted() -> None:
    events = run("Police located and safely detonated an explosive device left near a bank in Jalalabad on "
                 "Wednesday.")
    assert subs(events) == [("Disrupted weapons use", "Jalalabad")]


def test_a_controlled_detonation_of_a_roadside_bomb_is_disrupted() -> None:
    events = run("Soldiers carried out a controlled detonation of a roadside bomb spotted near Mopti on Friday.")
    assert subs(events) == [("Disrupted weapons use", "Mopti")]


def test_a_second_bomb_that_exploded_after_one_was_defused_stays_an_explosion() -> None:
    events = run("Police defused one bomb at the bus park in Kano on Monday, but a second exploded, killing three "
                 "people.")
    assert sorted(e.sub_event_type for e in events) == ["Disrupted weapons use", "Remote explosive/landmine/IED"]


def test_suicide_vests_recovered_in_a_raid_are_no_suicide_bombing() -> None:
    events = run("Police raided a flat in Peshawar on Thursday and recovered grenades and two suicide vests.")
    assert [e.event_type for e in events] == ["Strategic developments"]


# --- raids that end in seizures: the seizure, no battle (settle.entry_for_arrests) --------------------------------

def test_a_house_stormed_to_seize_arms_is_a_seizure_not_a_clash() -> None:
    events = run("Soldiers stormed a farmhouse outside Mopti on Tuesday and seized three rifles and a box of "
                 "grenades.")
    assert subs(events) == [("Disrupted weapons use", "Mopti")]


def test_arms_seized_after_a_gunbattle_stay_the_spoils_of_the_fight() -> None:
    events = run("Troops stormed a rebel position near Beni on Sunday after a two-hour gunbattle and seized several "
                 "machine guns.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


# --- arrests of a crowd gathered for a cause: Protest with intervention -------------------------------------------

def test_arrests_of_people_gathered_to_demand_something_are_a_protest_broken_up() -> None:
    events = run("Police arrested 20 women who had gathered outside the governor's office in Maiduguri on Monday to "
                 "demand news of their missing husbands.")
    assert subs(events) == [("Protest with intervention", "Maiduguri")]
    assert events[0].actor1 == "Protesters (Nigeria)"


def test_detentions_of_people_assembled_to_denounce_something_are_a_protest_broken_up() -> None:
    events = run("Police detained 14 students who assembled at the university gate in Kumasi on Friday to denounce "
                 "the fee increase.")
    assert subs(events) == [("Protest with intervention", "Kumasi")]


def test_arrests_of_people_gathered_with_no_cause_stay_arrests() -> None:
    events = run("Police arrested 12 men who had gathered in a house in Mombasa on Sunday.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


# --- crowds that fight: Riots, not Armed clash -------------------------------------------------------------------

def test_supporters_fighting_with_stones_are_a_riot() -> None:
    events = run("Supporters of the two candidates fought with stones and clubs in the market of Bo on Saturday.")
    assert [e.event_type for e in events] == ["Riots"]


def test_youths_fighting_the_police_are_a_riot() -> None:
    events = run("Youths fought with police in the streets of Conakry on Thursday after the vote count was "
                 "suspended.")
    assert [e.event_type for e in events] == ["Riots"]


def test_villagers_fighting_each_other_are_mob_violence() -> None:
    events = run("Residents of two villages fought with sticks and spears over a water point near Wajir on Sunday.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_a_fight_told_by_a_gerund_before_a_source_is_no_crowd_fight() -> None:
    events = run("Fighting broke out near Bunia on Friday, villagers said.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_soldiers_fighting_militants_stay_a_battle() -> None:
    events = run("Soldiers fought militants for hours near Mopti on Sunday.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


# --- a fight named inside a protest's cause (drop.protest_grievance) ----------------------------------------------

def test_fighting_named_in_the_cause_of_a_protest_is_no_fight_there() -> None:
    events = run("Hundreds of women marched through Bunia on Tuesday in protest against the army's handling of the "
                 "fighting in the province.")
    assert [e.event_type for e in events] == ["Protests"]


def test_fighting_a_crowd_demonstrates_against_is_its_cause() -> None:
    events = run("Mothers in Kumba demonstrated on Tuesday against the fighting between the separatists and the "
                 "army that has closed the schools.")
    assert [e.event_type for e in events] == ["Protests"]


def test_a_clash_told_in_a_clause_on_the_protest_cause_is_part_of_it() -> None:
    events = run("Farmers protested in Bama on Wednesday over an army operation in which soldiers clashed with "
                 "insurgents near their fields.")
    assert [e.event_type for e in events] == ["Protests"]



# --- 'security agents' are a state's forces: what they hold is an arrest (actors.tsv, @state) -----------------------

def test_people_held_by_security_agents_are_arrested_not_abducted() -> None:
    events = run("Security agents rounded up five student leaders at their hostel in Kinshasa on Tuesday, their "
                 "union said.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


# --- weapons found told with two verbs: the first acts on the second's object (arguments, need weapons_found) -------

def test_weapons_found_and_destroyed_are_disrupted_weapons_use() -> None:
    events = run("Soldiers found and destroyed three roadside bombs on the road out of Gao on Monday, the army said.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_a_laid_bomb_destroyed_is_disrupted_weapons_use_not_destruction() -> None:
    events = run("Police destroyed a bomb left outside a church in Maiduguri on Monday.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_drones_destroyed_told_with_a_reduced_relative_are_disrupted_weapons_use() -> None:
    events = run("Ukraine's navy said it had destroyed all 40 drones Russia launched at Mykolaiv overnight.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


# --- a theft beside a killing is an act of its own (settle: theft_words), unlike a killing by arson -------------------

def test_goods_stolen_in_a_raid_that_kills_are_looting_beside_the_attack() -> None:
    events = run("Armed men raided a pharmacy in Tillaberi on Monday, stealing drugs and shooting dead the owner, "
                 "residents said.")
    assert sorted(e.sub_event_type for e in events) == ["Attack", "Looting/property destruction"]


# --- people fired on at a protest are its protesters (sides.protesters_fired_on) -----------------------------------

def test_people_fired_on_while_protesting_are_the_protesters() -> None:
    events = run("Soldiers fired on market women protesting over new taxes in Kankan on Monday, killing three, a "
                 "rights group said.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Excessive force against protesters", "Protesters (Guinea)")]


# --- a deal in a past-perfect clause on people says who they are (drop.described_party) ----------------------------

def test_people_who_had_signed_a_deal_are_described_not_agreeing() -> None:
    events = run("A former militia commander who had signed the ceasefire was shot dead in Bangui on Sunday, police "
                 "said.")
    assert [e.sub_event_type for e in events] == ["Attack"]
