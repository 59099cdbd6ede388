"""Aliases valid only in context: a name that means different groups in different wars or periods resolves by
the article's countries (its places, demonyms and states named) and its publication date, and to nothing the
table holds when neither fits. Table-level cases first, then the whole extractor with the real spaCy model and
gazetteer. Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from frontlog.extract import extract_batch
from frontlog.knowledge.actors import (
    ACTOR_FILE,
    ActorContext,
    ActorTable,
    ActorTableError,
    AliasCondition,
    split_condition,
)
from frontlog.knowledge.paths import PACKAGE_DATA
from frontlog.model.records import Article


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load([PACKAGE_DATA / ACTOR_FILE])


def read(table: ActorTable, text: str, countries: tuple[str, ...] = (), main: str | None = None,
         when: dt.date | None = None) -> list[tuple[str, str, str]]:
    ctx = ActorContext({c: 1 for c in countries}, main, when)
    return [(m.text, m.actor.name, m.how) for m in table.find(text, None, ctx)]


# ---- the condition's syntax ------------------------------------------------------------------------------


def test_a_condition_reads_countries_and_an_open_or_closed_date_range() -> None:
    name, cond = split_condition("SPLA [SD SS ..2011-07-08]")
    assert name == "SPLA" and cond is not None
    assert cond.countries == {"SD", "SS"} and cond.start is None and cond.end == dt.date(2011, 7, 8)
    assert AliasCondition.parse("2013-08..").start == dt.date(2013, 8, 1)
    year = AliasCondition.parse("1991..1995")
    assert (year.start, year.end) == (dt.date(1991, 1, 1), dt.date(1995, 12, 31))
    assert AliasCondition.parse("..2012-02").end == dt.date(2012, 2, 29)
    assert split_condition("Hezbollah") == ("Hezbollah", None)


@pytest.mark.parametrize("alias", ["NLA [Macedonia]", "NLA []", "NLA [..2001 2005..]", "NLA [MK", "NLA [1-2..]"])
def test_a_malformed_condition_is_refused_with_the_alias_named(alias: str) -> None:
    with pytest.raises(ActorTableError):
        split_condition(alias)


def test_a_name_plain_on_one_row_and_conditioned_on_another_is_the_others_in_its_country(tmp_path: Path) -> None:
    path = tmp_path / "actors.tsv"
    path.write_text("canonical\tkind\tcountry\taliases\n"
                    "Lions of the North\trebel\tAA\tthe Lions\n"
                    "Lions of the South\trebel\tBB\tthe Lions [BB]\n", encoding="utf-8")
    lions = ActorTable.load([path])
    text = "The Lions attacked the town."
    assert read(lions, text, ("BB",), "BB")[0][1] == "Lions of the South"
    assert read(lions, text, ("AA", "BB"), "AA")[0][1] == "Lions of the North"  # BB named in passing
    assert read(lions, text, (), None)[0][1] == "Lions of the North"  # no country yet: the plain reading


# ---- which reading a name takes ------------------------------------------------------------------------


@pytest.mark.parametrize(("countries", "when", "expected"), [
    (("CO",), dt.date(2024, 3, 1), "ELN"),  # Colombia
    (("MK", "XK"), dt.date(2001, 6, 1), "National Liberation Army (Macedonia)"),  # Macedonia, 2001
    (("LY",), dt.date(2011, 8, 20), "National Transitional Council"),  # Libya's rebels of 2011
])
def test_national_liberation_army_is_the_group_of_the_articles_country(
        table: ActorTable, countries: tuple[str, ...], when: dt.date, expected: str) -> None:
    text = "Fighters of the National Liberation Army attacked a checkpoint outside the town."
    assert read(table, text, countries, countries[0], when) == [
        ("National Liberation Army", expected, "name")]


def test_a_name_no_condition_fits_is_kept_as_written(table: ActorTable) -> None:
    # A story from none of the countries the name has a reading in: it means no actor of the table.
    text = "The National Liberation Army claimed the attack."
    assert read(table, text, ("FR",), "FR") == [("National Liberation Army", "National Liberation Army", "name")]
    assert "National Liberation Army" not in table.actors
    assert table.canonical("National Liberation Army") is None  # analysts' typed names need a context too


def test_the_articles_demonyms_are_its_countries_too(table: ActorTable) -> None:
    # No place resolved: "Colombian troops" and "Macedonian police" say where the story is.
    assert read(table, "Colombian troops fought the National Liberation Army.")[-1][1] == "ELN"
    assert read(table, "Macedonian police fought the National Liberation Army.")[-1][1] == \
        "National Liberation Army (Macedonia)"


@pytest.mark.parametrize(("countries", "main", "expected"), [
    (("SO",), "SO", "Al-Shabaab"),  # Somalia's group
    (("KE",), "KE", "Al-Shabaab"),  # its raids into Kenya
    ((), None, "Al-Shabaab"),  # no country known yet ("an air strike against al-Shabaab near Jilib")
    (("SO", "MZ"), "SO", "Al-Shabaab"),  # a Somalia story that names Mozambique's insurgency in passing
    (("MZ",), "MZ", "Ansar al-Sunna"),  # Cabo Delgado's insurgents, called al-Shabaab locally
    (("MZ", "SO"), "MZ", "Ansar al-Sunna"),  # a Mozambique story that says they are not the Somali group
])
def test_al_shabaab_in_mozambique_is_the_local_islamic_state_affiliate(
        table: ActorTable, countries: tuple[str, ...], main: str | None, expected: str) -> None:
    for text in ("Al-Shabaab fighters raided the village at dawn.", "The militants, known as al-Shabab, fled.",
                 "Shabaab fighters burned the market."):
        assert [a for _t, a, _h in read(table, text, countries, main)] == [expected]


@pytest.mark.parametrize(("when", "expected"), [
    (dt.date(1994, 5, 2), "SPLM/A"),  # Sudan's civil war
    (dt.date(2011, 7, 8), "SPLM/A"),  # the eve of independence
    (dt.date(2014, 1, 9), "Military Forces of South Sudan"),  # South Sudan's civil war
])
def test_the_spla_is_a_rebel_army_before_independence_and_a_state_army_after(
        table: ActorTable, when: dt.date, expected: str) -> None:
    assert read(table, "SPLA troops shelled the garrison at Kapoeta.", ("SS",), "SS", when)[0][1] == expected
    assert read(table, "The Sudan People's Liberation Army took Yei.", ("SS",), "SS", when)[0][1] == expected


def test_an_undated_article_says_nothing_about_the_years(table: ActorTable) -> None:
    assert read(table, "SPLA troops shelled the garrison.", ("SS",), "SS") == [("SPLA", "SPLA", "name")]
    assert "SPLA" not in table.actors


@pytest.mark.parametrize(("countries", "when", "expected"), [
    (("SD",), dt.date(2004, 4, 1), "Janjaweed"),  # Darfur, 2004
    (("TD",), dt.date(2006, 4, 1), "Janjaweed"),  # raids into eastern Chad, 2006
    (("SD",), dt.date(2024, 1, 1), "Rapid Support Forces"),  # the RSF, which grew out of them
])
def test_the_janjaweed_are_the_rsf_only_once_it_exists(
        table: ActorTable, countries: tuple[str, ...], when: dt.date, expected: str) -> None:
    assert read(table, "Janjaweed militiamen burned the village.", countries, countries[0], when)[0][1] == expected


@pytest.mark.parametrize(("countries", "main", "expected"), [
    (("ML",), "ML", "Dozo Communal Militia (Mali)"),
    (("BF",), "BF", "Dozo Communal Militia (Burkina Faso)"),
    (("CI",), "CI", "Dozo Communal Militia (Ivory Coast)"),
    (("ML", "BF"), "BF", "Dozo Communal Militia (Burkina Faso)"),  # both named: the main country's
    (("ML", "BF"), None, "Dozo hunters"),  # both named as often, no main country: none of them
])
def test_dozo_hunters_are_the_dozos_of_the_articles_country(
        table: ActorTable, countries: tuple[str, ...], main: str | None, expected: str) -> None:
    assert read(table, "Dozo hunters attacked the herders' camp.", countries, main)[0][1] == expected


@pytest.mark.parametrize(("country", "expected"), [
    ("CD", "Allied Democratic Forces"),  # eastern Congo
    ("UG", "Allied Democratic Forces"),  # the group's Ugandan origins
    ("CM", "Ambazonia Defence Forces"),  # Cameroon's Anglophone regions
])
def test_adf_is_the_group_of_the_articles_country(table: ActorTable, country: str, expected: str) -> None:
    assert read(table, "ADF fighters attacked the village at dawn.", (country,), country)[0][1] == expected


@pytest.mark.parametrize(("country", "expected"), [
    ("SO", "Military Forces of Somalia"),
    ("SY", "Syrian National Army"),
    ("MM", "Shanni Nationalities Army"),
])
def test_sna_is_the_army_of_the_articles_war(table: ActorTable, country: str, expected: str) -> None:
    assert read(table, "The SNA said it had pushed the militants back.", (country,), country)[0][1] == expected


@pytest.mark.parametrize(("country", "expected"), [
    ("IQ", "Police Forces of Iraq"),
    ("BR", "Police Forces of Brazil"),
    ("MX", "Police Forces of Mexico"),
])
def test_federal_police_are_the_police_of_the_articles_country(
        table: ActorTable, country: str, expected: str) -> None:
    assert read(table, "The Federal Police arrested two suspects.", (country,), country)[0][1] == expected


def test_a_country_given_without_a_context_is_the_context(table: ActorTable) -> None:
    assert [(m.text, m.actor.name) for m in table.find("The NPA ambushed a patrol.", "PH")] == [
        ("NPA", "New People's Army")]


# ---- the whole extractor -------------------------------------------------------------------------------


def events_of(text: str, published: dt.date):
    return extract_batch([Article(id="t", text=text, published=published)])[0]


@pytest.mark.parametrize(("text", "published", "actor1"), [
    ("Fighters of the National Liberation Army seized the village of Aracinovo near Skopje on Tuesday.",
     dt.date(2001, 6, 14), "National Liberation Army (Macedonia)"),
    ("Fighters of the National Liberation Army seized the village of Tame in Arauca on Tuesday.",
     dt.date(2023, 6, 14), "ELN"),
    ("SPLA fighters seized the town of Kapoeta on Tuesday.", dt.date(2002, 6, 14), "SPLM/A"),
])
def test_the_extractor_reads_a_name_in_its_articles_context(text: str, published: dt.date, actor1: str) -> None:
    events = [e for e in events_of(text, published) if "territory" in e.sub_event_type]
    assert [e.actor1 for e in events] == [actor1], events


@pytest.mark.parametrize(("text", "actor1"), [
    ("Militiamen of the government-allied South Sudan Defence Force burned huts near Bentiu on Tuesday.",
     "South Sudan Defence Forces"),
    ("Fighters of the Turkish-backed Sultan Murad Division shelled Afrin on Tuesday.", "Sultan Murad Division"),
    ("Gunmen of the Iran-backed Kata'ib Hezbollah fired rockets at Erbil on Tuesday.", "Kata'ib Hezbollah"),
])
def test_fighters_of_a_backed_or_allied_group_are_that_group(text: str, actor1: str) -> None:
    events = events_of(text, dt.date(2019, 5, 22))
    assert events and all(e.actor1 == actor1 for e in events), events


# ---- names of armed groups the table lacks ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen of the Benishangul People's Liberation Movement attacked a bus near Bambasi.",
     "Benishangul People's Liberation Movement"),  # Ethiopia
    ("The Arakan Liberation Army said it had joined the fighting.", "Arakan Liberation Army"),  # Myanmar
    ("Fighters of the Azawad National Liberation Front ambushed a convoy.",
     "Azawad National Liberation Front"),  # Mali
])
def test_an_armed_groups_own_name_the_table_lacks_is_kept_as_written(
        table: ActorTable, text: str, name: str) -> None:
    assert [(m.text, m.actor.name, m.actor.kind) for m in table.find(text)] == [(name, name, "rebel")]
    assert name not in table.actors


@pytest.mark.parametrize("text", [
    "The Southern Front was quiet on Monday.",  # a front line, two words
    "The Salvation Army handed out food in the camp.",  # a charity
    "Gunmen Attack Market As People's Liberation Movement Regroups",  # a headline in title case
])
def test_capitalised_words_that_are_no_group_name_are_not_taken_for_one(table: ActorTable, text: str) -> None:
    assert not [m for m in table.find(text) if m.actor.name not in table.actors]


def test_a_known_name_inside_a_longer_capitalised_run_is_the_known_one(table: ActorTable) -> None:
    ctx = ActorContext({"MK": 1}, "MK", dt.date(2001, 6, 1))
    found = table.find("Police fought the ethnic Albanian National Liberation Army near Tetovo.", "MK", ctx)
    assert [m.actor.name for m in found][-1] == "National Liberation Army (Macedonia)"


# ---- a name joined to another by "-affiliated", "-linked", "-allied" ----------------------------------------


@pytest.mark.parametrize(("text", "actor1"), [
    ("The Islamic State-affiliated Allied Democratic Forces killed 12 villagers near Beni on Sunday.",
     "Allied Democratic Forces"),  # eastern Congo
    ("The Iran-aligned Kata'ib Hezbollah fired rockets at Erbil on Sunday.", "Kata'ib Hezbollah"),  # Iraq
    ("The Turkey-aligned Sultan Murad Division shelled Afrin on Sunday.", "Sultan Murad Division"),  # Syria
])
def test_the_group_a_name_is_linked_to_is_the_side_and_the_name_an_ally(text: str, actor1: str) -> None:
    events = events_of(text, dt.date(2025, 7, 29))
    assert events and all(e.actor1 == actor1 for e in events), events


def test_linked_militants_are_still_the_group_that_names_them() -> None:
    # No other name follows: "Islamic State-linked militants" are the Islamic State's.
    events = events_of("Islamic State-linked militants attacked the village of Tillaberi on Sunday.",
                       dt.date(2025, 7, 29))
    assert events and all(e.actor1 == "Islamic State" for e in events), events


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("PDF fighters attacked a junta outpost.", "MM", "People's Defence Force"),  # Myanmar since 2021
    ("PDF militiamen attacked a rebel outpost.", "SD", "Popular Defence Forces"),  # Sudan's militia of the 1990s
    ("The DPR said its units shelled the village.", "UA", "Pro-Russian Separatists"),  # Donbas
    ("The DPR passed the budget law on Tuesday.", "ID", "DPR"),  # Indonesia's parliament: none of them
])
def test_acronyms_of_several_wars_follow_the_article(table: ActorTable, text: str, country: str,
                                                     expected: str) -> None:
    assert [m.actor.name for m in table.find(text, country)][0] == expected


def test_a_name_an_analyst_types_is_read_in_the_events_country() -> None:
    from frontlog.jobs.resolvers import actor_inter
    assert actor_inter("RSF", "SD") == actor_inter("Rapid Support Forces", "SD") is not None
    assert actor_inter("RSF", None) is None  # "RSF" alone may be the press-freedom group


# ---- states born on a date ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "country", "when", "expected"), [
    ("The army said its troops had withdrawn from Torit.", "SS", dt.date(2002, 9, 4), "Sudanese Armed Forces"),
    ("The army said its troops had withdrawn from Torit.", "SS", dt.date(2016, 9, 4),
     "Military Forces of South Sudan"),
    ("Soldiers burned houses in Dili.", "TL", dt.date(1999, 9, 8), "Military Forces of Indonesia"),
    ("The army shelled the university.", "BD", dt.date(1971, 3, 26), "Military Forces of Pakistan"),
    ("The army shelled the university.", "BD", dt.date(2001, 3, 26), "Military Forces of Bangladesh"),
])
def test_the_army_of_a_country_before_its_state_was_born_is_the_earlier_states(
        table: ActorTable, text: str, country: str, when: dt.date, expected: str) -> None:
    found = table.find(text, country, ActorContext({country: 1}, country, when))
    assert found[0].actor.name == expected
    assert table.find(text, country)[0].actor.name == table.default_actor("state", country).name  # undated


def test_a_malformed_succession_row_is_refused(tmp_path: Path) -> None:
    from frontlog.knowledge.actors import _load_successions
    bad = tmp_path / "state_successions.tsv"
    bad.write_text("country\tsince\tbefore\nSS\t9 July 2011\tSD\n", encoding="utf-8")
    with pytest.raises(ActorTableError, match="row 2"):
        _load_successions(bad)


def test_a_possessive_opening_a_capitalised_run_is_no_group_name(table: ActorTable) -> None:
    # "Traore's Patriotic Liberation Movement": the leader's party, not an armed group named so.
    assert not [m for m in table.find("Traore's Patriotic Liberation Movement held a rally.")
                if m.actor.name not in table.actors]
