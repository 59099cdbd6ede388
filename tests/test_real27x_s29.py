"""Who did it when real reporting names the doer by a pronoun or by a subject two verbs share (session 29, branch
real27x, classes of the real27 error census). Through the whole extractor, on sentences written for these tests
(other wars and places than the probes of benchmarks/probes/real27x.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2022, 9, 14)


def _acts(text: str) -> list[tuple[str, str | None]]:
    return sorted((e.sub_event_type, e.actor1) for e in run(text, published=DAY))


# A pronoun subject stands for the doer above it, not for a side named elsewhere in the sentence.
def test_a_pronoun_subject_is_the_reporter_not_the_side_named_between() -> None:
    acts = _acts("Al-Shabaab said that, despite air strikes by US drones, they had overrun the army base at "
                 "Bulobarde on Tuesday.")
    assert ("Non-state actor overtakes territory", "Al-Shabaab") in acts
    assert not any(a1 == "United States Armed Forces" or sub == "Government regains territory" for sub, a1 in acts)


def test_a_pronoun_subject_after_a_generic_reporter_names_no_other_side() -> None:
    acts = _acts("The insurgents said that they faced no opposition from the Nigerian army as they captured "
                 "Malam Fatori on Sunday.")
    assert acts and not any(a1 == "Military Forces of Nigeria" for _sub, a1 in acts)


def test_a_pronoun_after_a_passive_agent_is_that_agent() -> None:
    acts = _acts("Gao has been held by the Malian army since it drove out jihadists in 2013.")
    assert acts and all(a1 != "Islamic State Sahel Province" for _sub, a1 in acts)


# A passive verb and an active verb joined to it share their subject: it did the second.
def test_a_subject_repelled_then_overrunning_is_the_doer() -> None:
    acts = _acts("ISWAP fighters were repelled by troops on Friday but overran the base at Monguno on Saturday.")
    assert ("Non-state actor overtakes territory", "Islamic State West Africa Province") in acts
    assert not any(sub == "Government regains territory" for sub, _a1 in acts)


def test_a_force_pushed_out_then_retaking_is_the_doer() -> None:
    acts = _acts("Russian troops were pushed out of the village in the spring but retook Bilohorivka on Monday, "
                 "Ukraine's general staff said.")
    assert ("Non-state actor overtakes territory", "Russian Armed Forces") in acts


def test_a_subject_repelled_then_capturing_is_the_capturer() -> None:
    acts = _acts("Houthi fighters were driven back at first but later seized Hazm on Sunday, tribal sources said.")
    assert ("Non-state actor overtakes territory", "Houthi Movement") in acts


def test_two_passives_keep_their_subject_acted_on() -> None:
    events = run("Twelve Ukrainian soldiers were killed and wounded in Russian shelling of Kupiansk on Monday.",
                 published=DAY)
    assert events and all(e.actor1 != "Military Forces of Ukraine" for e in events)
