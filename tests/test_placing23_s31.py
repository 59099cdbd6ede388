"""Which of the places a text names is the act's place, round 4 (issue 9, session 31, branch placing23, after running
frontlog on real wire pages of 12 wars): a lead placed only by a bearing off a city ("north of Baghdad", no distance)
is at the one town of its country the next sentence names for it within 200 km, and that sentence's own record of the
act's type at that town is the same act told again (rule place.narrowed_next); the doers of an unnamed lead named again
definite ("the gunmen", "the bomber") narrow a region's lead as a definite act noun does. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2019, 5, 14)


def _near(e, lat: float, lon: float, km: float = 25.0) -> bool:
    from frontlog.model.geo import km as dist
    return dist(e.latitude, e.longitude, lat, lon) <= km


def test_a_bearing_lead_takes_the_town_the_next_sentence_names() -> None:
    events = run("Gunmen killed four farmers east of Kirkuk on Monday, security sources said.\n"
                 "The attack took place in fields outside Tuz Khurmatu, they said.", published=PUBLISHED)
    assert len(events) == 1 and _near(events[0], 34.89, 44.63)


def test_a_bearing_lead_and_its_detail_told_again_are_one_act_at_the_town() -> None:
    events = run("A suicide bomber killed six policemen south of Quetta on Monday, officials said.\n"
                 "The bomber blew himself up at a checkpoint in Mastung, a police officer said.", published=PUBLISHED)
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert len(bombs) == 1 and _near(bombs[0], 29.80, 66.84) and bombs[0].fatalities == 6


def test_a_bearing_with_a_distance_is_the_act_s_own_point() -> None:
    events = run("A roadside bomb killed three soldiers in Tarmiyah, 25 km north of Baghdad, on Monday.\n"
                 "The blast also wounded two civilians in Baghdad's Kadhimiya district, police said.",
                 published=PUBLISHED)
    assert events and all(_near(e, 33.67, 44.39) for e in events if e.event_type == "Explosions/Remote violence")


def test_another_act_in_the_next_sentence_does_not_move_the_bearing_lead() -> None:
    events = run("A suicide bomber killed six people at a checkpoint north of Baghdad on Sunday.\n"
                 "In a separate attack, gunmen killed two policemen in Samarra.", published=PUBLISHED)
    bombs = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert len(bombs) == 1 and _near(bombs[0], 33.34, 44.40)


def test_the_gunmen_named_again_narrow_a_region_s_lead() -> None:
    events = run("Bandits killed 14 villagers in an attack in Zamfara state on Sunday, police said.\n"
                 "The gunmen stormed the village of Dan Aji near Anka and shot residents as they fled, a police "
                 "spokesman said.", published=PUBLISHED)
    assert events and all(_near(e, 12.11, 5.93) for e in events)


def test_a_town_far_off_the_bearing_city_does_not_narrow_it() -> None:
    events = run("Militants killed five soldiers west of Mosul on Monday, the army said.\n"
                 "The attack came as the prime minister visited troops in Basra.", published=PUBLISHED)
    assert events and all(_near(e, 36.34, 43.13) for e in events)


def test_a_capital_as_the_agent_of_a_passive_is_no_place_of_the_act() -> None:
    # (the government that blames or does, "attributed by Yaounde", "blamed by Kinshasa on M23": no second record)
    events = run("Twelve civilians were killed in Sake on Sunday in a shelling blamed by Kinshasa on M23 rebels.",
                 published=PUBLISHED)
    assert [e.location for e in events] == ["Sake"]


def test_where_the_bomber_came_from_does_not_narrow_a_bearing_lead() -> None:
    events = run("A suicide bomber killed eight people at a market north of Baghdad on Friday, police said.\n"
                 "The bomber came from Fallujah, a police officer said.", published=PUBLISHED)
    assert events and all(_near(e, 33.34, 44.40) for e in events)


def test_a_later_day_s_fight_at_the_next_town_is_another_act() -> None:
    # (review of the integration: a clash the next sentence dates to another day is no retelling of the lead)
    events = run("Government troops took two rebel bases west of Gulu on Saturday after a day of fighting.\n"
                 "The fighting spread on Monday to the hills around Kitgum, residents said.",
                 published=dt.date(2019, 5, 15))
    battles = sorted((e.sub_event_type, e.date_start) for e in events if e.event_type == "Battles")
    assert len(battles) == 2 and battles[0][1] != battles[1][1]


def test_where_the_doers_are_or_went_does_not_move_the_lead() -> None:
    # (integration review: "control" tells where the doers are; "fled towards" where they went)
    held = run("Militants killed nine people north of Kirkuk on Monday, police said.\n"
               "The militants control Hawija, officials said.", published=PUBLISHED)
    fled = run("Gunmen killed 12 villagers in Katsina State on Monday, police said.\n"
               "The gunmen fled towards Funtua, residents said.", published=PUBLISHED)
    assert held and not any(e.location == "Hawija" for e in held)
    assert fled and not any(e.location == "Funtua" for e in fled)
