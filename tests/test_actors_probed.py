"""Who did it and to whom (session 12's actor probes), through the whole extractor with the real spaCy model,
gazetteer and actor table, on sentences written for these tests: an ally "alongside the" named group, guards of a
president, a security service, a country that owns the force named after it, an organisation that is no place,
the speaker who repelled an attack, nouns standing for a foreign force named right after them, a people's militia
described before its name, the accused and the accuser, what a later clause names, an active verb the parse hung
on an ally's name, and people fired on as the subject of a gerund."""

from __future__ import annotations

from conftest import extract_text as run
from conftest import only_event as only
from frontlog.model.records import Event


def told(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in events]


# --- allies and the other side ----------------------------------------------------------------------------------

def test_an_ally_after_alongside_the_is_no_side() -> None:
    e = only("Kenyan troops fighting alongside the Somali army battled al-Shabaab near Kismayo on Sunday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", "Military Forces of Kenya", "Al-Shabaab")
    assert e.assoc_actors == ["Military Forces of Somalia"]


def test_the_speaker_who_repelled_an_attack_was_attacked() -> None:
    e = only("The army said on Monday that it had repelled an attack by al-Shabaab on its base in Bulo Burde.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", "Al-Shabaab", "Military Forces of Somalia")


def test_the_accused_did_it_not_the_accuser() -> None:
    e = only("Armenia accused Azerbaijan of shelling a village near Sotk on Tuesday, wounding two civilians.")
    assert (e.actor1, e.actor2, e.location) == ("Military Forces of Azerbaijan", "Civilians", "Sotk")
    assert only("Israel accused Hezbollah of firing rockets at Kiryat Shmona on Sunday.").actor1 == "Hezbollah"


def test_what_a_later_clause_of_its_own_acts_on_is_no_side() -> None:
    e = only("Police arrested a blogger in Harare on Friday after she criticised the army.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Arrests", "Police Forces of Zimbabwe", "Civilians")


def test_the_subject_of_a_later_clause_may_still_be_the_other_side() -> None:
    e = only("Rebels entered the town of Kalehe on Sunday as government soldiers pulled out.")
    assert e.actor2 == "Armed Forces of the Democratic Republic of the Congo"


# --- forces and groups named ------------------------------------------------------------------------------------

def test_guards_of_a_president_are_the_military() -> None:
    e = only("The republican guard arrested three opposition activists in N'Djamena on Monday.")
    assert (e.sub_event_type, e.actor1) == ("Arrests", "Military Forces of Chad")


def test_a_security_service_is_the_police_even_when_its_country_owns_it() -> None:
    assert only("The FSB detained two men in Kursk on Friday.").actor1 == "Police Forces of Russia"
    assert only("Russia's FSB arrested a woman in Belgorod on Monday.").actor1 == "Police Forces of Russia"
    assert only("Ukraine's SBU detained a priest in Kharkiv on Thursday.").actor1 == "Police Forces of Ukraine"


def test_nouns_stand_for_the_foreign_force_named_right_after_them() -> None:
    e = only("Russian mercenaries of the Africa Corps shot dead five gold miners near Kidal on Friday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", "Africa Corps", "Civilians")


def test_a_peoples_militia_described_before_its_name_is_that_group() -> None:
    e = only("The Dogon militia Dan Na Ambassagou burned a Fulani hamlet near Koro on Saturday, killing nine people.")
    assert (e.actor1, e.actor2) == ("Dan Na Ambassagou", "Civilians")


# --- places and the act itself ----------------------------------------------------------------------------------

def test_an_aid_organisation_is_no_place() -> None:
    e = only("Gunmen killed two Red Cross workers near Bambari on Tuesday.")
    assert (e.location, e.country) == ("Bambari", "CF")


def test_a_border_town_of_cameroon() -> None:
    e = only("Boko Haram fighters killed four villagers in Kolofata on Sunday.")
    assert (e.location, e.country, e.actor1) == ("Kolofata", "CM", "Boko Haram")


def test_an_active_verb_hung_on_an_allys_name_is_the_act() -> None:
    # the parse makes "killed" a participle on "paramilitaries" ("paramilitaries killed at least 12 herders")
    e = only("Malian troops backed by Russian paramilitaries killed at least 12 herders in Niono on Monday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", "Military Forces of Mali", "Civilians")


def test_people_fired_on_as_the_subject_of_a_gerund_are_the_crowd() -> None:
    # the parse makes "supporters" the subject of "marching", not the object of "on"
    events = run("Police opened fire on supporters marching in Kisumu on Monday, killing two.")
    assert told(events) == [("Excessive force against protesters", "Police Forces of Kenya", "Protesters (Kenya)",
                             "Kisumu")]


# --- second round: a mixed list after "of"; the group acting on a generic noun is not what it stands for ---------

def test_troops_and_personnel_listed_in_a_convoy_are_a_fight() -> None:
    e = only("JNIM fighters ambushed a convoy of Burkinabe soldiers and VDP personnel near Djibo on Friday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", "JNIM", "Military Forces of Burkina Faso")


def test_a_militia_repelling_jihadists_is_not_those_jihadists() -> None:
    e = only("The Dan Na Ambassagou militia repelled an attack by jihadists on a village near Bankass on Sunday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Armed clash", "Unidentified Armed Group (Mali)", "Dan Na Ambassagou")


# --- third round: snipers of a named side; a country that owns the place is no side that keeps victims out -------

def test_snipers_are_the_side_named_before_them() -> None:
    assert only("Houthi snipers killed a woman fetching water in Taiz on Monday.").actor1 == "Houthi Movement"
    assert only("Russian snipers killed two civilians in Kherson on Monday.").actor1 == "Russian Armed Forces"


def test_the_country_owning_the_region_hides_no_victims() -> None:
    e = only("A Ukrainian drone hit a minibus near Graivoron in Russia's Belgorod region on Friday, killing a driver.")
    assert (e.actor1, e.actor2) == ("Ukrainian Armed Forces", "Civilians")
