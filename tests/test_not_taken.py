"""Words of taking ground that tell no place taken (issue 9, session 17: benchmarks/wire3's first contact): attackers
"driven off" failed (rule subtype.territory.repulsed), and aid "cut" is no road cut. Through the whole extractor,
on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 7)


def test_gunmen_driven_off_after_attacking_a_post_fought_a_clash() -> None:
    events = run("In Baksan, gunmen attacked a police post on Thursday morning and were driven off after an "
                 "hour-long gunfight, police said.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_rebels_driven_out_of_a_town_still_lost_it() -> None:
    events = run("Rebels were driven out of the town of Beni by troops on Sunday.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_cutting_assistance_takes_no_ground() -> None:
    events = run("After the coup in Nouakchott, the United States has cut non-humanitarian assistance, including "
                 "part of its military training programme, which the army says it needs in the desert near Zouerat.",
                 published=PUBLISHED)
    assert all(e.event_type != "Battles" for e in events)


def test_a_struggle_entering_its_second_month_enters_no_place() -> None:
    events = run("Troops fought rebels near Tibu on Tuesday as the struggle for the Catatumbo region entered its "
                 "second month.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
