"""Actor normalisation: the table file, aliases, acronyms, demonyms, possessives and country-aware phrases."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from frontlog.knowledge.actors import (
    ACTOR_FILE,
    ETHNIC_FILE,
    ActorContext,
    ActorTable,
    ActorTableError,
    _case_rule,
    get_actor_table,
    phrase_tokens,
)
from frontlog.knowledge.countries import get_countries
from frontlog.knowledge.paths import PACKAGE_DATA

SHARED = Path(__file__).parents[2] / "shared"


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load([PACKAGE_DATA / ACTOR_FILE])


def names(table: ActorTable, text: str, country: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.actor.name) for m in table.find(text, country)]


# ---- the data file ---------------------------------------------------------------------------------------


def test_file_has_no_duplicate_canonicals_and_no_shared_aliases() -> None:
    canon: set[str] = set()
    owner: dict[str, str] = {}
    for raw in (PACKAGE_DATA / ACTOR_FILE).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#") or raw.startswith("canonical\t"):
            continue
        cells = raw.split("\t")
        name = cells[0]
        if name.startswith("@"):  # role and generic rows are not actors
            continue
        assert name not in canon, f"duplicate canonical row {name!r}"
        canon.add(name)
        for alias in [name, *(cells[3].split("|") if len(cells) > 3 else [])]:
            key = alias.strip()
            if not key:
                continue
            assert owner.setdefault(key, name) == name, f"{key!r} is an alias of {owner[key]!r} and {name!r}"
    assert len(canon) > 100


def _table_rows() -> list[list[str]]:
    rows = []
    for raw in (PACKAGE_DATA / ACTOR_FILE).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#") and not raw.startswith("canonical\t"):
            rows.append((raw.split("\t") + [""] * 6)[:6])
    return rows


def test_every_country_code_of_the_table_is_a_country() -> None:
    countries = get_countries()
    bad = []
    for name, _kind, country, _aliases, _dems, flags in _table_rows():
        codes = [country] if country else []
        codes += [f.partition("@")[2] for f in flags.split(",") if "@" in f]
        bad += [(name, cc) for cc in codes if cc not in countries]
    assert not bad, f"unknown ISO alpha-2 codes in actors.tsv: {bad}"


def test_no_two_actors_share_an_alias_however_it_is_spelt(table: ActorTable) -> None:
    # The loader refuses an alias given twice with the same case rule; a spelling that differs only in case,
    # hyphens, apostrophes or diacritics ("al-Shabab" / "Al Shabab") must not name two actors either.
    owners: dict[tuple[str, ...], set[str]] = {}
    for alias, names in table.aliases().items():
        key = tuple(t.low for t in phrase_tokens(alias))
        owners.setdefault(key, set()).update(names)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared, f"aliases naming two actors: {shared}"


def test_no_alias_is_a_common_english_word(table: ActorTable) -> None:
    """An alias of one word that matches in lower case (anything but an acronym of up to three capitals, which
    matches only in capitals) must not be a common English word: "Fact", "Mend", "Let" would turn plain text
    into an actor. The word list is the lower-case entries of Webster's Second (english-words, test extra)."""
    words = pytest.importorskip("english_words", reason="pip install -e '.[test]' (english-words)")
    common = {w for w in words.get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    places = {d for _n, kind, _c, _a, dems, _f in _table_rows() if kind == "state" for d in dems.split("|")}
    # Deliberate: the victims' nouns of the Civilians row; a country or capital standing for its state
    # ("Russia", "Turkey", also listed as its row's demonym); the Pentagon, which war reporting never uses
    # for the shape.
    allowed = set(_civilian_aliases()) | places | {"Pentagon"}
    bad = []
    for alias, names in table.aliases().items():
        toks = phrase_tokens(alias)
        if len(toks) != 1 or _case_rule(toks[0].surf) == "exact" or alias in allowed:
            continue
        if toks[0].low in common:
            bad.append((alias, names))
    assert not bad, f"aliases that are common English words: {bad}"


def _civilian_aliases() -> list[str]:
    return [a for name, _k, _c, aliases, _d, _f in _table_rows() if name == "Civilians" for a in aliases.split("|")]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("ELN guerrillas blew up a pipeline and FARC dissidents attacked a base.", "CO",
         [("ELN guerrillas", "ELN"), ("FARC dissidents", "FARC Dissidents")]),
        ("Gunmen of the Clan del Golfo shot at Colombian police officers.", "CO",
         [("Clan del Golfo", "Gulf Clan"), ("Colombian police officers", "Police Forces of Colombia")]),
        ("Naxal rebels ambushed a CRPF convoy, then the Indian Army moved in.", "IN",
         [("Naxal rebels", "CPI (Maoist)"), ("CRPF convoy", "Police Forces of India"),
          ("Indian Army", "Military Forces of India")]),
        ("Fighters of the Oromo Liberation Army and of the ONLF met.", "ET",
         [("Oromo Liberation Army", "Oromo Liberation Army"), ("ONLF", "Ogaden National Liberation Front")]),
        ("The NPA and the Abu Sayyaf Group fought units of the Armed Forces of the Philippines.", "PH",
         [("NPA", "New People's Army"), ("Abu Sayyaf Group", "Abu Sayyaf"),
          ("Armed Forces of the Philippines", "Military Forces of Philippines")]),
        ("FACA soldiers and MINUSCA peacekeepers pushed 3R fighters out of the town.", "CF",
         [("FACA soldiers", "Military Forces of Central African Republic"), ("MINUSCA", "MINUSCA"),
          ("3R fighters", "3R")]),
        ("The SPLM-IO said the SSPDF had shelled its positions.", "SS",
         [("SPLM-IO", "SPLM-IO"), ("SSPDF", "Military Forces of South Sudan")]),
        # The US commands that report strikes in Africa (AFRICOM, Stuttgart) speak for the US forces.
        ("US Africa Command said its aircraft struck near Sirte, and AFRICOM gave no toll.", "LY",
         [("US Africa Command", "United States Armed Forces"), ("AFRICOM", "United States Armed Forces")]),
        ("Jaish al-Adl claimed the attack; the Tamil Tigers were long gone.", None,
         [("Jaish al-Adl", "Jaish al-Adl"), ("Tamil Tigers", "Liberation Tigers of Tamil Eelam")]),
    ],
)
def test_armed_groups_of_many_wars_by_name_acronym_and_nickname(
        table: ActorTable, text: str, country: str | None, expected: list[tuple[str, str]]) -> None:
    assert names(table, text, country) == expected


def test_posts_positions_and_camps_of_a_side_are_that_side(table: ActorTable) -> None:
    # What is hit is often told by where a side stands: "shelled Indian posts", "raided ELN camps".
    assert names(table, "Pakistani troops shelled Indian posts; the army raided ELN camps.") == [
        ("Pakistani troops", "Military Forces of Pakistan"), ("Indian posts", "Military Forces of India"),
        ("ELN camps", "ELN")]
    assert names(table, "Refugee camps and Palestinian camps were full.") == []


def test_gendarmes_and_police_posts_are_the_countrys_police(table: ActorTable) -> None:
    assert names(table, "Malian gendarmes were ambushed near a Kenyan police station.") == [
        ("Malian gendarmes", "Police Forces of Mali"), ("Kenyan police station", "Police Forces of Kenya")]
    assert names(table, "The gendarmerie said two attackers were killed.", "NE") == [
        ("The gendarmerie", "Police Forces of Niger")]


def test_words_that_are_also_acronyms_stay_words(table: ActorTable) -> None:
    # FACT (Chad), LeT (Kashmir), MEND (Niger Delta), AFP (the Philippines' army, and a news agency) are left out.
    assert names(table, "Fact checkers let the agency mend its story, AFP said.", "PH") == []


def test_loader_rejects_alias_with_two_owners(tmp_path: Path) -> None:
    bad = tmp_path / "actors.tsv"
    bad.write_text("canonical\tkind\tcountry\taliases\nA Group\trebel\t\tthe Lions\nB Group\trebel\t\tthe lions\n")
    with pytest.raises(ActorTableError):
        ActorTable.load([bad])


def test_an_affiliate_knows_its_group_and_a_bad_branch_flag_is_refused(table: ActorTable, tmp_path: Path) -> None:
    sinai = table.canonical("Wilayat Sinai")
    assert sinai is not None and sinai.name == "Islamic State (Sinai Province)"
    assert table.branch_of(sinai) == table.canonical("Islamic State")
    assert table.branch_of(table.canonical("Islamic State")) is None
    bad = tmp_path / "actors.tsv"
    bad.write_text("canonical\tkind\tcountry\taliases\tdemonyms\tflags\n"
                   "Lions Sahel Wing\trebel\t\t\t\tbranch=Lions\n")
    with pytest.raises(ActorTableError, match="branch="):
        ActorTable.load([bad])


def test_cartels_and_gangs_by_their_names(table: ActorTable) -> None:
    assert names(table, "Troops fought the Sinaloa cartel and the CJNG.") == [
        ("Sinaloa cartel", "Sinaloa Cartel"), ("CJNG", "Jalisco New Generation Cartel")]
    assert names(table, "The Gran Grif gang and 400 Mawozo clashed.") == [
        ("Gran Grif gang", "Gran Grif"), ("400 Mawozo", "400 Mawozo")]


def test_gold_actors_table_rows_are_kept(table: ActorTable) -> None:
    gold = SHARED / "gold" / "actors.tsv"
    if not gold.is_file():
        pytest.skip(f"shared gold actor table not found at {gold}")
    for raw in gold.read_text(encoding="utf-8").splitlines()[1:]:
        name, kind, _country, aliases = (raw.split("\t") + [""] * 4)[:4]
        assert name in table.actors and table.actors[name].kind == kind
        for alias in filter(None, aliases.split("|")):
            assert table.canonical(alias) == table.actors[name], alias


def test_every_gold_actor_is_known_or_aliased(table: ActorTable) -> None:
    files = sorted(SHARED.glob("gold/*/gold/*.jsonl"))
    if not files:
        pytest.skip(f"no gold event files under {SHARED}/gold/*/gold/ (shared tree absent)")
    missing = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            event = json.loads(line)
            aliased = set(event.get("actor_aliases") or {})
            for name in [event.get("actor1"), event.get("actor2"), *(event.get("assoc_actors") or [])]:
                if name and name not in table.actors and name not in aliased:
                    missing.append((path.name, name))
    assert not missing


# ---- names -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("ISIL", "Islamic State"),
        ("Isis", "Islamic State"),
        ("daesh", "Islamic State"),
        ("islamic state", "Islamic State"),
        ("al Nusra Front", "Jabhat al-Nusra"),
        ("Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham"),
        ("Hay\u2019at Tahrir al-Sh\u0101m", "Hay'at Tahrir al-Sham"),
        ("HEZBOLLAH", "Hezbollah"),
        ("Tatmadaw", "Myanmar Armed Forces"),
        ("Ansar Allah", "Houthi Movement"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces"),
        ("FARDC", "Armed Forces of the Democratic Republic of the Congo"),
        ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"),
        ("Volontaires pour la d\u00e9fense de la patrie", "Volunteers for the Defense of the Homeland"),
        ("Donetsk People's Republic", "Pro-Russian Separatists"),
        ("U.S. forces", "United States Armed Forces"),
        ("Syrian Government Forces", "Syrian Government Forces"),
        ("government forces", "Syrian Government Forces"),
        ("rebels", "Syrian Rebels"),
    ],
)
def test_canonical(table: ActorTable, name: str, canonical: str) -> None:
    actor = table.canonical(name)
    assert actor is not None and actor.name == canonical


def test_canonical_unknown_and_short_acronym_case(table: ActorTable) -> None:
    assert table.canonical("the weather") is None
    assert table.canonical("is") is None
    assert table.canonical("pdf") is None


def test_acronyms_are_case_sensitive_whole_words(table: ActorTable) -> None:
    text = "It is said that IS and the SDF clashed; this is a pdf, the PDF said, and the ADF-held town fell."
    assert names(table, text, "MM") == [
        ("IS", "Islamic State"),
        ("SDF", "Syrian Democratic Forces"),
        ("PDF", "People's Defence Force"),
        ("ADF", "ADF"),  # Congo's and Cameroon's ADF, neither in a story from Myanmar: kept as written
    ]
    assert names(table, "Is the town safe? This island is quiet.") == []
    assert names(table, "THIS IS WHAT THE REPORT SAYS ABOUT THE WAR") == []


def test_longest_match_wins(table: ActorTable) -> None:
    assert names(table, "Fighters of the Free Syrian Army and the Arakan Army moved.") == [
        ("Free Syrian Army", "Syrian Rebels"),
        ("Arakan Army", "Arakan Army"),
    ]
    assert names(table, "Pakistani Taliban and Islamic State Khorasan Province cells.") == [
        ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan"),
        ("Islamic State Khorasan Province cells", "Islamic State Khorasan Province"),
    ]


def test_offsets_survive_diacritics(table: ActorTable) -> None:
    text = "\u00c0 Z\u00fcrich, Hay\u2019at Tahrir al-Sh\u0101m fighters \u2014 and the IDF."
    for m in table.find(text):
        assert text[m.start : m.end] == m.text
    assert [m.actor.name for m in table.find(text)] == ["Hay'at Tahrir al-Sham", "Israel Defense Forces"]


# ---- demonyms and possessives ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Syrian troops", "Syrian Government Forces"),
        ("Russian jets", "Russian Armed Forces"),
        ("Russian strikes", "Russian Armed Forces"),
        ("Russian raids", "Russian Armed Forces"),
        ("Russian military helicopters", "Russian Armed Forces"),
        ("Ukrainian forces", "Ukrainian Armed Forces"),
        ("Israeli tanks", "Israel Defense Forces"),
        ("Sudanese army", "Sudanese Armed Forces"),
        ("Iraqi soldiers", "Iraqi Security Forces"),
        ("pro-Russian rebels", "Pro-Russian Separatists"),
        ("pro-Russia fighters", "Pro-Russian Separatists"),
        ("Houthi fighters", "Houthi Movement"),
        ("Hamas militants", "Hamas"),
        ("Syrian regime helicopters", "Syrian Government Forces"),
        ("Assad's troops", "Syrian Government Forces"),
        ("Syria's army", "Syrian Government Forces"),
        ("Russia's air force", "Russian Armed Forces"),
        ("Ukraine's military", "Ukrainian Armed Forces"),
        ("Hamas's armed wing", "Hamas"),
        ("Ukrainian police", "Police Forces of Ukraine"),
    ],
)
def test_demonym_and_possessive(table: ActorTable, text: str, canonical: str) -> None:
    found = table.find(f"Yesterday {text} were seen.")
    assert [(m.text, m.actor.name) for m in found] == [(text, canonical)]


def test_demonym_alone_is_not_an_actor(table: ActorTable) -> None:
    assert names(table, "A Russian journalist and a Syrian doctor met in the Sudanese capital.") == []
    assert names(table, "Russian-backed forces advanced.") == []


def test_demonym_class_decides_state_or_militia(table: ActorTable) -> None:
    assert names(table, "Burkinabe soldiers and the Burkinabe militia") == [
        ("Burkinabe soldiers", "Military Forces of Burkina Faso"),
        ("Burkinabe militia", "Volunteers for the Defense of the Homeland"),
    ]


def test_place_metonym_is_marked(table: ActorTable) -> None:
    found = table.find("Russia said it would respond.")
    assert [(m.actor.name, m.how) for m in found] == [("Russian Armed Forces", "place")]


# ---- country-aware generic phrases -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "canonical"),
    [
        ("SY", "Syrian Government Forces"),
        ("IQ", "Iraqi Security Forces"),
        ("UA", "Ukrainian Armed Forces"),
        ("SD", "Sudanese Armed Forces"),
        ("MM", "Myanmar Armed Forces"),
        ("CD", "Armed Forces of the Democratic Republic of the Congo"),
        ("PS", "Israel Defense Forces"),
    ],
)
def test_generic_state_phrases_follow_country(table: ActorTable, country: str, canonical: str) -> None:
    for phrase in ("Government forces", "The army", "the military", "security forces", "government troops"):
        found = table.find(f"{phrase} entered the town.", country)
        assert [m.actor.name for m in found] == [canonical], (phrase, country)
        assert found[0].how == "role"


def test_generic_phrases_without_country(table: ActorTable) -> None:
    # shared/gold/actors.tsv reads these as Syrian; the bare army/troops are left to the caller.
    assert names(table, "Government forces and rebels clashed.") == [
        ("Government forces", "Syrian Government Forces"),
        ("rebels", "Syrian Rebels"),
    ]
    assert names(table, "The army and troops moved.") == []
    assert [g[2] for g in table.generic("The army and troops moved.")] == ["role:state", "role:state"]


# ---- ACLED's country families (actor_families.tsv x countries.tsv, demonyms.tsv) --------------------------


def test_every_country_has_its_acled_family(table: ActorTable) -> None:
    for cc in get_countries():
        for role in ("state", "police", "protester", "rioter", "unidentified", "government"):
            actor = table.default_actor(role, cc)
            assert actor is not None, (role, cc)  # its own, or an explicit default=ROLE@CC (Israel for PS)


@pytest.mark.parametrize(
    ("country", "text", "canonical"),
    [
        ("MX", "The army entered the town.", "Military Forces of Mexico"),
        ("SS", "Troops entered the town.", "Military Forces of South Sudan"),
        ("XK", "Government forces entered the town.", "Military Forces of Kosovo"),
        ("RS", "Police entered the town.", "Police Forces of Serbia"),
        ("KE", "Protesters entered the town.", "Protesters (Kenya)"),
        ("CD", "Protesters entered the town.", "Protesters (Democratic Republic of Congo)"),
        ("NG", "Rioters entered the town.", "Rioters (Nigeria)"),
        ("PS", "Unidentified Armed Group (Palestine) entered the town.", "Unidentified Armed Group (Palestine)"),
        ("ML", "Government of Mali entered the town.", "Government of Mali"),
        # An explicit actors.tsv default for the country wins over the template.
        ("SY", "The army entered the town.", "Syrian Government Forces"),
        ("IQ", "Police entered the town.", "Police Forces of Iraq"),
    ],
)
def test_family_follows_country(table: ActorTable, country: str, text: str, canonical: str) -> None:
    assert [m.actor.name for m in table.find(text, country)] == [canonical]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Egyptian troops shelled the border.", "Military Forces of Egypt"),
        ("The Malian army shelled the border.", "Military Forces of Mali"),
        ("Colombian soldiers shelled the border.", "Military Forces of Colombia"),
        ("Filipino marines shelled the border.", "Military Forces of Philippines"),
        ("Mexico's army shelled the border.", "Military Forces of Mexico"),
        ("Serbian police shelled the border.", "Police Forces of Serbia"),
        ("Kenyan protesters blocked the border.", "Protesters (Kenya)"),
        ("Bangladeshi security forces shelled the border.", "Military Forces of Bangladesh"),
        ("South Sudanese troops shelled the border.", "Military Forces of South Sudan"),
        ("Venezuelan soldiers shelled the border.", "Military Forces of Venezuela"),
    ],
)
def test_demonyms_of_every_country(table: ActorTable, text: str, canonical: str) -> None:
    assert [m.actor.name for m in table.find(text)] == [canonical]
    assert "Military Forces of Syria" not in table.actors  # the explicit Syrian row is Syria's army


def test_user_state_row_wins_over_family(tmp_path: Path) -> None:
    user = tmp_path / ACTOR_FILE
    user.write_text("canonical\tkind\tcountry\taliases\tdemonyms\tflags\n"
                    "Peruvian Army\tstate\tPE\tEjercito del Peru\t\tdefault=state\n", encoding="utf-8")
    t = ActorTable.load([PACKAGE_DATA / ACTOR_FILE, user])
    assert "Military Forces of Peru" not in t.actors
    assert [m.actor.name for m in t.find("The army and Peruvian troops moved.", "PE")] == [
        "Peruvian Army", "Peruvian Army"]
    assert t.default_actor("police", "PE") == t.actors["Police Forces of Peru"]


def test_rebels_police_protesters_by_country(table: ActorTable) -> None:
    assert names(table, "Rebels shot at police while protesters watched.", "UA") == [
        ("Rebels", "Pro-Russian Separatists"),
        ("police", "Police Forces of Ukraine"),
        ("protesters", "Protesters (Ukraine)"),
    ]
    assert names(table, "Protesters and rioters gathered.") == [("Protesters", "Protesters"), ("rioters", "Rioters")]


def test_specific_names_beat_article_country(table: ActorTable) -> None:
    assert names(table, "Syrian government forces and Russian troops", "IQ") == [
        ("Syrian government forces", "Syrian Government Forces"),
        ("Russian troops", "Russian Armed Forces"),
    ]


def test_generic_nouns_are_reported_not_resolved(table: ActorTable) -> None:
    text = "The jihadists and unknown militants attacked; gunmen fled. Islamic State militants returned."
    assert [m.actor.name for m in table.find(text)] == ["Islamic State"]
    found = {(text[s:e], label) for s, e, label in table.generic(text)}
    assert found == {("jihadists", "jihadist"), ("militants", "armed group"), ("gunmen", "armed group")}


def test_unidentified_attackers(table: ActorTable) -> None:
    assert names(table, "Unidentified gunmen shot two men.") == [("Unidentified gunmen", "Unidentified Armed Group")]


# ---- user file, cache, speed -----------------------------------------------------------------------------


def test_user_file_extends_and_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ACTOR_FILE).write_text(
        "canonical\tkind\tcountry\taliases\tdemonyms\tflags\n"
        "Lions of the Valley\tmilitia\tSY\tValley Lions|LOV\t\t\n"
        "Hezbollah\tmilitia\tLB\tParty of God\tHezbollah\t\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("FRONTLOG_HOME", str(tmp_path))
    get_actor_table.cache_clear()
    try:
        user = get_actor_table()
        assert user.canonical("valley lions") == user.actors["Lions of the Valley"]
        assert names(user, "The LOV and the Party of God") == [("LOV", "Lions of the Valley"),
                                                              ("Party of God", "Hezbollah")]
        assert user.canonical("Islamic State") is not None  # the package rows are still there
        assert user.canonical("Hizballah") is None  # the user's row replaced the packaged one
    finally:
        get_actor_table.cache_clear()


def test_each_people_and_country_row_is_a_communal_militia_named_in_that_country(table: ActorTable) -> None:
    # ethnic_militias.tsv holds (people, country) pairs; the loader names each one's militia in ACLED's style and
    # gives it every shape of ethnic_militia_shapes, valid only where the article names the country.
    nigeria, mali = ActorContext({"NG": 3}, "NG"), ActorContext({"ML": 3}, "ML")
    assert [m.actor.name for m in table.find("Armed Tiv youths and Tiv fighters", context=nigeria)] == [
        "Tiv Ethnic Militia (Nigeria)", "Tiv Ethnic Militia (Nigeria)"]
    assert [m.actor.name for m in table.find("A Fulani self-defense group struck back", context=mali)] == [
        "Fulani Ethnic Militia (Mali)"]
    assert table.actors["Twa Ethnic Militia (Democratic Republic of Congo)"].kind == "identity"


def test_a_people_s_militia_in_a_country_its_rows_do_not_list_is_that_country_s(table: ActorTable) -> None:
    # 'Fulani militia' is listed for Nigeria, Mali, Burkina Faso and Niger; in a Cameroonian story it is ACLED's
    # 'Fulani Ethnic Militia (Cameroon)', not a name kept as written, and the made name reads back.
    cameroon = ActorContext({"CM": 2}, "CM")
    found = table.find("Fulani militiamen raided the village.", "CM", context=cameroon)
    assert [(m.actor.name, m.actor.kind, m.actor.country) for m in found] == [
        ("Fulani Ethnic Militia (Cameroon)", "identity", "CM")]
    assert table.canonical("Fulani Ethnic Militia (Cameroon)") == found[0].actor
    assert table.canonical("Fulani Ethnic Militia (Atlantis)") is None


def test_a_people_s_other_spellings_name_its_militia(table: ActorTable) -> None:
    libya = ActorContext({"LY": 2}, "LY")
    assert [m.actor.name for m in table.find("Toubou fighters and armed Tebu", context=libya)] == [
        "Tebu Ethnic Militia (Libya)", "Tebu Ethnic Militia (Libya)"]


def test_a_user_people_row_adds_a_communal_militia(tmp_path: Path) -> None:
    (tmp_path / ETHNIC_FILE).write_text("people\tcountry\tsource\nSara\tTD\ta report of mine\n", encoding="utf-8")
    t = ActorTable.load(home=tmp_path)
    chad = ActorContext({"TD": 2}, "TD")
    assert [m.actor.name for m in t.find("Sara militiamen burned the camp.", context=chad)] == [
        "Sara Ethnic Militia (Chad)"]
    assert "Fulani Ethnic Militia (Niger)" in t.actors  # the package's rows are still there
    (tmp_path / ETHNIC_FILE).write_text("people\tcountry\tsource\nSara\tChad\tme\n", encoding="utf-8")
    with pytest.raises(ActorTableError):
        ActorTable.load(home=tmp_path)


def test_get_actor_table_is_cached() -> None:
    assert get_actor_table() is get_actor_table()


def test_user_force_noun_makes_a_demonym_an_actor(tmp_path: Path) -> None:
    text = "Russian frigates shelled the port."
    assert names(ActorTable.load(home=tmp_path), text) == []
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "state_force_nouns.txt").write_text("# mine\nfrigates\n", encoding="utf-8")
    assert names(ActorTable.load(home=tmp_path), text) == [("Russian frigates", "Russian Armed Forces")]


def test_a_longer_army_name_is_not_the_shorter_one_inside_it(table: ActorTable) -> None:
    # "Sudan People's Liberation Army" ends in "People's Liberation Army" (China's army): the full name wins, and
    # means South Sudan's army after independence (its rebel army before: test_aliases_valid_only_in_context).
    after = ActorContext({"SS": 1}, "SS", dt.date(2016, 7, 10))
    assert [(m.text, m.actor.name) for m in table.find(
        "The Sudan People's Liberation Army shelled positions near Malakal.", "SS", after)] == [
        ("Sudan People's Liberation Army", "Military Forces of South Sudan")]
    assert names(table, "The People's Liberation Army held drills near the strait.") == [
        ("People's Liberation Army", "Military Forces of China")]
