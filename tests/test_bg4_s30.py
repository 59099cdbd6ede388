"""Whether and when, as real wire copy tells background (session 30, branch bg4): a body described by what its
mission has done, acts widened or expanded as a trend, a campaign "of" acts told whole, acts charged as bare plural
nouns, a practice kept up for months, a state of siege declared, criminal bodies named by their trade, the day of a
speaker after an inverted speech verb, "recently" with no day of its own, a dated dateline of the Indian wire's
style, and a time after publication; each with its converse. Through the whole extractor, on sentences written for
these tests (other wars than the probes of benchmarks/probes/bg4.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2022, 6, 15)  # a Wednesday


def _subs(text: str, day: dt.date = DAY) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=day))


def _windows(text: str, day: dt.date = DAY) -> list[tuple[str, str, str]]:
    return sorted((e.sub_event_type, str(e.date_start), str(e.date_end)) for e in run(text, published=day))


# drop.summary (words/escalation_verbs): acts widened or expanded are a trend
def test_acts_widened_to_new_regions_are_a_trend() -> None:
    assert _subs("Islamist insurgents have expanded their raids and ambushes to the south of Niger in recent "
                 "years.") == []


# modality.legal_state
def test_a_state_of_siege_declared_is_no_battle() -> None:
    assert "Armed clash" not in _subs("Peru's government declared a state of siege in the Vraem valley in May.")


def test_a_siege_laid_stays_a_clash() -> None:
    assert "Armed clash" in _subs("Jihadists laid siege to the town of Menaka on Monday, residents said.")


# date.report_not_act: a speaker's day after an inverted speech verb
def test_an_inverted_speech_verb_with_its_day_dates_the_report() -> None:
    windows = _windows("Nine soldiers were killed when militants attacked a post near Miranshah, said the "
                       "military's media wing on Wednesday. The militants struck the post late on Tuesday.")
    assert ("Armed clash", "2022-06-14", "2022-06-14") in windows
    assert all(w[1] != "2022-06-15" for w in windows)


def test_a_day_on_the_act_itself_stays() -> None:
    assert _windows("Militants attacked a post near Miranshah on Tuesday, killing nine soldiers, the army said.") \
        == [("Armed clash", "2022-06-14", "2022-06-14")]


# date.recently
def test_recently_takes_no_day_from_the_act_before() -> None:
    windows = _windows("Last week, gunmen attacked a police post near Tillaberi. The army says it patrols the area "
                       "daily, recently arresting 14 suspects in Tillaberi.")
    arrests = [w for w in windows if w[0] == "Arrests"]
    assert arrests and arrests[0][1] == "2022-05-17" and arrests[0][2] == "2022-06-15"


def test_an_undated_act_after_a_dated_one_still_shares_its_day() -> None:
    windows = _windows("Gunmen attacked a police post near Tillaberi on Monday. Soldiers arrested 14 suspects in "
                       "Tillaberi.")
    assert ("Arrests", "2022-06-13", "2022-06-13") in windows


# patterns after_dateline_date: "City, Mon D (AGENCY) Text"
def test_an_agency_dateline_without_a_dash_is_a_filing_stamp() -> None:
    windows = _windows("Srinagar, Jun 14 (IANS) Two soldiers were killed in a gunfight with militants in the "
                       "Pulwama district of Kashmir, police said.")
    assert windows and all(start != end for _s, start, end in windows)


# date.after_publication
def test_a_year_after_publication_never_dates_a_reported_act() -> None:
    windows = _windows("Police shot dead three protesters in Bamenda ahead of the elections in 2023, residents "
                       "said.")
    assert windows and all(start <= "2022-06-15" for _s, start, _e in windows)


# modality.describes: a present-perfect relative clause on what a present "be" says its subject is
def test_a_body_described_by_what_its_mission_has_done_is_no_act() -> None:
    assert _subs("Kenyan soldiers are part of a regional force that has pushed the rebels out of most towns in "
                 "eastern Congo.") == []


def test_a_relative_clause_with_its_own_day_stays_an_act() -> None:
    assert "Non-state actor overtakes territory" in _subs(
        "Kidal is the town that the rebels have retaken from the army on Monday, residents said.")


# drop.summary: a campaign "of" acts told in the perfect with no day
def test_a_campaign_of_strikes_told_whole_is_no_act() -> None:
    assert _subs("Russia's campaign of missile strikes has crippled Ukraine's power grid, officials in Kyiv said.") \
        == []


# modality.accused_practice: bare plural act nouns charged in the present
def test_acts_charged_as_bare_plural_nouns_are_a_practice() -> None:
    assert _subs("Government troops and allied militias have been accused of massacres, rapes and looting in "
                 "Darfur.") == []


def test_a_dated_charge_of_named_killings_stays() -> None:
    assert "Attack" in _subs("Kyiv accuses Russian troops of killings of civilians in Irpin in March.")


# drop.noun_modifier (words/act_described_nouns): criminal bodies named by their trade
def test_a_kidnapping_gang_is_who_they_are_not_an_abduction() -> None:
    assert "Abduction/forced disappearance" not in _subs(
        "Police in Kaduna arrested the leader of a kidnapping gang on Monday, a spokesman said.")


# modality.war_long: a perfect progressive over months, with bare plural objects
def test_a_practice_kept_up_for_months_is_no_act() -> None:
    assert _subs("Jihadists have been attacking army posts and ambushing convoys in the Mopti region for months.") \
        == []


def test_a_named_town_shelled_for_weeks_stays() -> None:
    assert _subs("Russian forces have been shelling villages around Kupiansk for weeks, the governor said.") \
        == ["Shelling/artillery/missile attack"]


# drop.summary: a trend's object reached through a nominal modifier ("hit-and-run raids")
def test_hit_and_run_raids_widened_are_a_trend() -> None:
    assert _subs("Islamist fighters have widened their hit-and-run raids to the south of Niger.") == []
