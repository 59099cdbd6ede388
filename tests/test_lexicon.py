"""Trigger lexicon: the data file covers the whole taxonomy and matches words and phrases."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlog.knowledge.lexicon import Lexicon, LexiconError, get_lexicon
from frontlog.model.records import SUB_TO_TYPE


def test_every_sub_event_type_has_a_trigger() -> None:
    lex = get_lexicon()
    covered = {t.sub for t in lex.triggers}
    if "@territory" in covered:
        covered |= {"Government regains territory", "Non-state actor overtakes territory"}
    if "@strike" in covered:
        covered |= {"Air/drone strike", "Shelling/artillery/missile attack"}
    missing = set(SUB_TO_TYPE) - covered
    assert not missing, f"no trigger for {sorted(missing)}"


@pytest.mark.parametrize(
    "sentence, words, sub",
    [
        ("Warplanes carried out air-strikes on the town.", ["air", "strikes"], "Air/drone strike"),
        ("A suicide car bomb hit the checkpoint.", ["suicide", "car", "bomb"], "Suicide bomb"),
        ("The army broke a four-year siege of the airbase.", ["broke", "siege"], "@territory"),
        ("Police fired tear gas at the crowd.", ["tear", "gas"], "Protest with intervention"),
        ("Gunmen kidnapped two aid workers.", ["kidnapped"], "Abduction/forced disappearance"),
        ("Both sides signed a ceasefire.", ["ceasefire"], "Agreement"),
        ("Air defences intercepted the missile.", ["intercepted"], "Disrupted weapons use"),
    ],
)
def test_matches(nlp, sentence: str, words: list[str], sub: str) -> None:
    matches = get_lexicon().match(nlp(sentence)[:])
    found = {tuple(t.text for t in m.tokens): [a.sub for a in m.alternatives] for m in matches}
    assert sub in found[tuple(words)]


def test_user_file_extends_and_bad_entry_is_named(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("- {phrase: technical fire, sub: Armed clash}\n", encoding="utf-8")
    lex = Lexicon.load([good])
    assert lex.triggers[0].phrase == ("technical", "fire")
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {phrase: boom, sub: Big bang}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.yaml entry 1: unknown sub-event type 'Big bang'"):
        Lexicon.load([bad])


def test_a_phrase_may_offer_alternatives(tmp_path: Path, nlp) -> None:
    """"word|word" writes near-copies once: each alternative is its own phrase, a hyphened one read as its parts."""
    path = tmp_path / "alt.yaml"
    path.write_text("- {phrase: torch * hut|barn|grain-store, sub: Looting/property destruction, weight: 0.6}\n",
                    encoding="utf-8")
    lex = Lexicon.load([path])
    assert [t.phrase for t in lex.triggers] == [("torch", "*", "hut"), ("torch", "*", "barn"),
                                               ("torch", "*", "grain", "store")]
    assert {t.weight for t in lex.triggers} == {0.6}
    for sentence, last in [("Raiders torched a barn near the river.", "barn"),
                           ("Raiders torched the village grain store.", "store")]:
        (match,) = lex.match(nlp(sentence)[:])
        assert match.tokens[-1].text == last
    assert lex.match(nlp("Raiders torched a car.")[:]) == []
    for phrase in ("torch *|the hut", "torch a||b"):
        path.write_text(f"- {{phrase: {phrase}, sub: Looting/property destruction}}\n", encoding="utf-8")
        with pytest.raises(LexiconError, match="alt.yaml entry 1: .*alternatives as word[|]word"):
            Lexicon.load([path])


# ------------------------------------------------------------------------------ what `needs` mean (needs.yaml)


def test_every_need_a_trigger_uses_has_word_classes() -> None:
    from frontlog.knowledge.base import KnowledgeBase

    kb = KnowledgeBase.load()
    lex = kb.lexicon
    used = {n for t in lex.triggers for n in t.needs}
    assert used <= set(lex.needs)
    for need in lex.needs:
        for cls in lex.need_classes(need):
            assert kb.words.list(cls), f"need {need!r}: class {cls!r} is empty"
    assert lex.need_classes("weapon") == ("aircraft_words", "weapon_words")
    with pytest.raises(LexiconError, match="unknown need 'vibes'"):
        lex.need_classes("vibes")


def test_a_user_need_can_be_used_by_a_user_trigger(tmp_path: Path) -> None:
    from frontlog.knowledge.base import KnowledgeBase

    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "naval_words.txt").write_text("# ships\nfrigate\ngunboat\n", encoding="utf-8")
    (tmp_path / "needs.yaml").write_text("naval: {classes: [naval_words]}\n", encoding="utf-8")
    (tmp_path / "triggers.yaml").write_text("- {phrase: shell, sub: \"@strike\", needs: [naval]}\n", encoding="utf-8")
    lex = KnowledgeBase.load(home=tmp_path).lexicon
    assert lex.need_classes("naval") == ("naval_words",)
    assert any(t.needs == ("naval",) for t in lex.triggers)
    # Without the user's needs.yaml the same trigger file is refused, naming the need.
    (tmp_path / "needs.yaml").unlink()
    with pytest.raises(LexiconError, match=r"unknown `needs` \['naval'\]"):
        KnowledgeBase.load(home=tmp_path).lexicon  # noqa: B018


def test_a_need_naming_a_missing_class_is_refused(tmp_path: Path) -> None:
    from frontlog.knowledge.base import KnowledgeBase

    (tmp_path / "needs.yaml").write_text("naval: {classes: [ship_words]}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"need 'naval' names word classes \['ship_words'\]"):
        KnowledgeBase.load(home=tmp_path).lexicon  # noqa: B018


# ------------------------------------------------------------------------------ `without` counts in the clause


def _without(nlp, sentence: str, word: str, sub: str) -> str | None:
    from frontlog.extract.arguments import Arguments
    from frontlog.knowledge.base import default_knowledge
    from frontlog.knowledge.lexicon import cancelled_by

    sent = nlp(sentence)[:]
    (match,) = [m for m in get_lexicon().match(sent) if m.head.text == word]
    trig = next(t for t in match.alternatives if t.sub == sub)  # the first reading of that sub-type
    return cancelled_by(trig, match, Arguments(default_knowledge()).lemmas(sent), get_lexicon().without_preps)


@pytest.mark.parametrize(
    "sentence, word, sub, cancel",
    [
        ("Rebels attacked the convoy with a drone near the bridge.", "attacked", "@attack", "drone"),
        ("After a drone struck the depot, fighters attacked the town.", "attacked", "@attack", None),
        ("Fighters attacked the town, while drones circled above the valley.", "attacked", "@attack", None),
        ("Fighters attacked the air base at dawn.", "attacked", "@attack", None),  # "air" of "air base"
        ("Government forces entered the market town of Kumbo on Sunday.", "entered", "@territory", None),
        ("The truce entered into force on Sunday.", "entered", "@territory", "into force"),
        ("Troops marched through the square of the town.", "marched", "Peaceful protest", "troop"),
        # a word that describes something else than the act does not cancel it (issue 9)
        ("Students marched against the security forces in the capital.", "marched", "Peaceful protest", None),
        ("Fighters attacked the town, which a missile had hit the day before.", "attacked", "@attack", None),
        ("Rebels attacked the base where drones were stored.", "attacked", "@attack", None),
        ("Houses were destroyed in an airstrike on the village.", "destroyed", "Looting/property destruction",
         "airstrike"),
        ("Police in riot gear lined the square.", "riot", "Violent demonstration", "gear"),
    ],
)
def test_without_counts_only_in_the_triggers_clause(nlp, sentence: str, word: str, sub: str,
                                                   cancel: str | None) -> None:
    assert _without(nlp, sentence, word, sub) == cancel


# ------------------------------------------------------------------------------ classes of expression (issue 9)
# One sentence per class, written for these tests (many countries), through the whole extractor: the trigger,
# its needs (including the data-defined `labour` need) and its `without` decide the sub-event type.


def _subs(text: str) -> set[str]:
    import datetime as dt

    from frontlog.extract.pipeline import Stats, extract_batch
    from frontlog.model.records import Article

    [events] = extract_batch([Article(id="t", text=text, published=dt.date(2021, 6, 10))], Stats())
    return {e.sub_event_type for e in events}


@pytest.mark.parametrize(
    "text, sub",
    [
        # strategic developments
        ("Police in Lagos took three student leaders into custody on Tuesday.", "Arrests"),
        ("The army and the rebels reached a deal in Juba on Monday to end the fighting.", "Agreement"),
        ("Soldiers toppled the government in Niamey on Wednesday.", "Other"),
        ("The militants made Kidal their headquarters on Sunday.", "Headquarters or base established"),
        ("Armed men ransacked the market in Bangui on Tuesday.", "Looting/property destruction"),
        ("Militiamen burned down the clinic in Bunia on Monday.", "Looting/property destruction"),
        # an armed group with no aircraft word bombs with explosives
        ("Militants bombed a police convoy near Mardan on Tuesday.", "Remote explosive/landmine/IED"),
        ("Soldiers found an arms cache of rifles and grenades in Mopti on Friday.", "Disrupted weapons use"),
        ("Police foiled an attack on a church in Kaduna on Sunday.", "Disrupted weapons use"),
        # protests and riots
        ("Teachers went on strike in Nairobi on Monday over unpaid salaries.", "Peaceful protest"),
        ("Hundreds of workers held a strike in Durban on Monday over pay.", "Peaceful protest"),
        ("Families held a vigil in Santiago on Sunday to demand justice for the missing.", "Peaceful protest"),
        ("Police arrested dozens of protesters at a rally in Minsk on Sunday.", "Protest with intervention"),
        ("Protesters clashed with police in Dhaka on Friday.", "Violent demonstration"),
        ("Angry protesters stormed the parliament building in Colombo on Saturday.", "Violent demonstration"),
        ("Protesters torched the governor's office in Kandahar on Thursday.", "Violent demonstration"),
        ("Police used live ammunition against protesters in Khartoum on Thursday.",
         "Excessive force against protesters"),
        ("Residents of Goma lynched a suspected thief on Monday in an act of mob justice.", "Mob violence"),
        # attacks without a weapon word
        ("Gunmen fired at an army post near Dori on Tuesday.", "Armed clash"),
        ("Rebels raided an army post near Beni on Monday.", "Armed clash"),
        ("Insurgents shot at a patrol near Beni on Monday.", "Armed clash"),
        ("Rebels attacked the army base in Beni where drones were stored on Monday.", "Armed clash"),
        # civilians killed in a battle: the battle (ACLED)
        ("Rebels attacked the army in Beni on Monday, killing ten civilians.", "Armed clash"),
        # taking and losing ground
        ("The army lost the town of Kumbo to separatist fighters on Saturday.", "Non-state actor overtakes territory"),
        ("Kumbo fell to separatist fighters on Saturday.", "Non-state actor overtakes territory"),
        ("Cameroonian soldiers withdrew from the town of Kumbo on Tuesday.", "Non-violent transfer of territory"),
        ("The militia handed over the town of Bunia to the army on Friday.", "Non-violent transfer of territory"),
        ("Government forces entered the town of Kumbo on Sunday after the militia pulled back.",
         "Non-violent transfer of territory"),
        # explosions, mines, coups, crowds
        ("Suicide attackers carried out two bombings in Maiduguri on Friday.", "Suicide bomb"),
        ("Deminers removed mines from the road near Kidal on Monday.", "Disrupted weapons use"),
        ("Soldiers took power in Conakry on Sunday.", "Other"),
        ("Al-Shabaab fighters made the town of Jilib their base in March.", "Headquarters or base established"),
        ("Protesters gathered in the centre of Baghdad on Friday.", "Peaceful protest"),
        ("Separatists bombarded Bamenda overnight on Sunday.", "Shelling/artillery/missile attack"),
        ("Demonstrators set the police station ablaze in Lagos on Tuesday.", "Violent demonstration"),
        ("Soldiers shot at protesters in Lagos on Tuesday.", "Excessive force against protesters"),
        ("Gunmen assassinated the mayor of Beni on Monday.", "Attack"),
        ("The rebels surrendered to the army in Beni on Monday.", "Change to group/activity"),
    ],
)
def test_class_of_expression_is_coded(text: str, sub: str) -> None:
    assert sub in _subs(text)


@pytest.mark.parametrize(
    "text, sub",
    [
        ("A drone strike on the depot in Marib killed four fighters on Monday.", "Peaceful protest"),  # no labour
        # warplanes that struck, told by rescue workers: a strike from the air, no workers' strike
        ("Warplanes struck a clinic in the Sukkari district of Aleppo on Monday, rescue workers said.",
         "Peaceful protest"),
        ("Rebel fighters clashed with the army near Beni on Friday.", "Violent demonstration"),  # armed, not a crowd
        ("Government troops stormed the town of Kumbo on Sunday.", "Government regains territory"),  # not a capture
        ("The two companies reached a trade deal in Geneva on Monday.", "Agreement"),
        ("Separatists bombarded Bamenda overnight on Sunday.", "Air/drone strike"),  # no aircraft, no air force
        ("Police raided a house in Beni on Monday and arrested five men.", "Armed clash"),  # told by its arrests
        ("Rebels attacked the army in Beni on Monday, killing ten civilians.", "Attack"),
        ("Government forces entered the town of Kumbo on Sunday after the militia pulled back.",
         "Change to group/activity"),  # the pull-back is the hand-over's other side
        ("The truce agreed in Juba collapsed on Sunday.", "Agreement"),
        ("Most of the strikes on Monday hit rebel positions near Idlib.", "Air/drone strike"),
        ("The army held off on storming Kumbo on Sunday.", "Armed clash"),
        ("The rebels surrendered to the army in Beni on Monday.", "Non-violent transfer of territory"),
        ("Militants attack army convoys on the road to Beni every week.", "Armed clash"),  # a habit
        ("The ADF has killed thousands of civilians in Ituri.", "Attack"),  # a war-long tally
        # a person moved "to hospital", "into custody": no ground taken (words/without_prepositions.txt)
        ("Taliban fighters attacked a checkpoint near Kandahar on Monday. Two wounded policemen were taken to "
         "hospital in Kandahar.", "Non-state actor overtakes territory"),
        ("Gunmen attacked a bus near Maiduguri on Monday. The injured were taken to a clinic in Maiduguri.",
         "Non-state actor overtakes territory"),
        ("Soldiers clashed with rebels near Bamenda on Monday. Two captured fighters were taken into custody in "
         "Bamenda.", "Government regains territory"),
    ],
)
def test_class_of_expression_is_not_coded(text: str, sub: str) -> None:
    assert sub not in _subs(text)


def _events(text: str):
    import datetime as dt

    from frontlog.extract.pipeline import Stats, extract_batch
    from frontlog.model.records import Article

    [events] = extract_batch([Article(id="t", text=text, published=dt.date(2021, 6, 10))], Stats())
    return events


@pytest.mark.parametrize(
    "text, actor1, actor2",
    [
        ("The Congolese army lost the town of Butembo to M23 rebels on Tuesday.",
         "M23", "Armed Forces of the Democratic Republic of the Congo"),
        ("The ADF surrendered the town of Butembo to the army on Tuesday.",
         "Armed Forces of the Democratic Republic of the Congo", "Allied Democratic Forces"),
        ("The army handed over the town of Butembo to M23 on Tuesday.",
         "M23", "Armed Forces of the Democratic Republic of the Congo"),
    ],
)
def test_losing_ground_the_subject_gave_the_place_up(text: str, actor1: str, actor2: str) -> None:
    [ev] = _events(text)
    assert (ev.actor1, ev.actor2) == (actor1, actor2)
    assert "actor.loser_is_subject" in ev.rules


def test_a_force_leaving_a_country_is_placed_at_the_country() -> None:
    [ev] = _events("The French army withdrew its last troops from Mali in August.")
    assert (ev.sub_event_type, ev.location, ev.geo_precision) == ("Change to group/activity", "Mali", 3)


def test_a_trigger_subject_other_than_loser_is_refused(tmp_path) -> None:
    (tmp_path / "t.yaml").write_text("- {phrase: yield, sub: Non-violent transfer of territory, subject: winner}\n",
                                     encoding="utf-8")
    with pytest.raises(LexiconError, match="`subject` may only be `loser`"):
        Lexicon.load([tmp_path / "t.yaml"], home=tmp_path)


# ------------------------------------------------------------------------------ `words:<class>` in a list


def test_without_may_name_a_word_class(tmp_path: Path) -> None:
    from frontlog.knowledge.base import KnowledgeBase

    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "fake_crowds.txt").write_text("# crowds that are not a protest\nFans\nshoppers\n",
                                                          encoding="utf-8")
    (tmp_path / "triggers.yaml").write_text(
        "- {phrase: stampede, sub: Mob violence, without: [words:fake_crowds, cattle]}\n", encoding="utf-8")
    lex = KnowledgeBase.load(home=tmp_path).lexicon
    (trig,) = [t for t in lex.triggers if t.phrase == ("stampede",)]
    assert trig.without == {"fans", "shoppers", "cattle"}  # lowercased like every `without` word
    # The package's crowd triggers share one class: its entries, plus the words written beside it.
    armed = KnowledgeBase.load(home=tmp_path).words.lower("armed_men")
    (burn,) = [t for t in lex.triggers if t.phrase == ("burn", "down") and t.sub == "Violent demonstration"
               and t.needs == ("protest",)]
    assert burn.without == armed | {"gunman", "gang"}
    (tmp_path / "triggers.yaml").write_text("- {phrase: stampede, sub: Mob violence, without: [words:no_such]}\n",
                                            encoding="utf-8")
    with pytest.raises(LexiconError, match=r"entry 1: `without` names word class 'no_such' that no "
                                           r"words/<class>.txt defines"):
        KnowledgeBase.load(home=tmp_path).lexicon  # noqa: B018


def test_a_without_word_class_cancels_like_its_words(nlp) -> None:
    assert _without(nlp, "Rebels set the police station ablaze during the protest.", "set",
                    "Violent demonstration") == "rebel"


def test_the_source_of_a_report_does_not_cancel_the_act_it_tells(nlp) -> None:
    # "police said": the speaker is not a party of the gathering; police in the act's own clause still cancel.
    from frontlog.extract.arguments import Arguments
    from frontlog.knowledge.base import default_knowledge
    from frontlog.knowledge.lexicon import cancelled_by

    def cancel(sentence: str) -> str | None:
        sent = nlp(sentence)[:]
        (match,) = [m for m in get_lexicon().match(sent) if m.head.text == "gathered"]
        trig = next(t for t in match.alternatives if "police" in t.without)
        return cancelled_by(trig, match, Arguments(default_knowledge()).lemmas(sent), get_lexicon().without_preps)

    assert cancel("Traders gathered outside the county offices in Kisii on Monday to demand lower fees, "
                  "police said.") is None
    assert cancel("Police gathered outside the county offices in Kisii on Monday to demand lower fees.") == "police"


def test_a_match_reads_its_head_and_clause_once(nlp) -> None:
    from frontlog.knowledge.lexicon import _trigger_clause, trigger_clause

    sent = next(nlp("Officials said that rebels shelled the town on Monday.").sents)
    match = next(m for m in get_lexicon().match(sent) if m.head.lower_ == "shelled")
    # Cached on the match (its tokens and their parse never change): the same objects each time, equal to the
    # walk done afresh.
    assert match.head is match.head and trigger_clause(match) is trigger_clause(match)
    assert [t.i for t in trigger_clause(match)] == [t.i for t in _trigger_clause(match)]
    assert match.clause_keys == [(t.lemma_.lower(), t.lower_) for t in _trigger_clause(match)]
