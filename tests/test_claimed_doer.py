"""A side that says it, or its fighters, carried out the attack just told is its doer (issue 9, session 21:
benchmarks/wire7's first contact read "Islamic State said it carried out the attack" after a suicide bombing as
no one's claim). Through the whole extractor, on sentences written for this test."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2016, 3, 9)


def test_a_side_saying_it_carried_out_the_attack_is_its_doer() -> None:
    events = run("A suicide bomber blew himself up at a police checkpoint in Kirkuk on Monday, killing six "
                 "officers, police said. Islamic State said it carried out the attack.", published=DAY)
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert [e.actor1 for e in bombs] == ["Islamic State"]
    assert "discourse.claimant_is_actor1" in bombs[0].rules


def test_its_fighters_carried_out_the_attacks_names_the_doer_of_each() -> None:
    events = run("A car bomb exploded at a bus station in Homs on Monday and two suicide bombers blew themselves up "
                 "in a market nearby, killing 30 people. The Islamic State group said in a statement that its "
                 "fighters had carried out the attacks.", published=DAY)
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert bombs and {e.actor1 for e in bombs} == {"Islamic State"}


def test_a_doer_told_with_the_act_is_kept_whatever_another_says() -> None:
    events = run("Government aircraft bombed a market in Douma on Monday, killing nine people. The opposition "
                 "said it carried out the attack with regime helicopters.", published=DAY)
    assert "Islamic State" not in {e.actor1 for e in events}
    assert all(e.actor1 != "Syrian Rebels" for e in events if e.event_type == "Explosions/Remote violence")
