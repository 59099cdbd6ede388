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
