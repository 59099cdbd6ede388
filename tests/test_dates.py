"""Tests for frontlog.dates: finding time expressions and resolving them against publication."""

from __future__ import annotations

import datetime as dt

import pytest

from frontlog.extract.dates import TimeExpr, _default_grammar, current_window, find_time_expressions

D = dt.date
TUE_2015_11_10 = D(2015, 11, 10)  # a Tuesday
TUE_2016_02_09 = D(2016, 2, 9)  # a Tuesday
SUN_2016_03_27 = D(2016, 3, 27)  # a Sunday
SUN_2015_10_11 = D(2015, 10, 11)  # a Sunday


def only(sentence: str, published: dt.date | None) -> TimeExpr:
    """The single expression the sentence must contain."""
    found = find_time_expressions(sentence, published)
    assert len(found) == 1, found
    return found[0]


# (sentence, published, expected text, start, end, precision, kind)
# fmt: off
WINDOWS = [
    ("Rebels attacked the base on Wednesday, a monitor said.", TUE_2015_11_10, "on Wednesday",
     D(2015, 11, 4), D(2015, 11, 4), "day", "relative"),
    ("Jets hit the market Sunday, residents said.", SUN_2016_03_27, "Sunday",
     D(2016, 3, 27), D(2016, 3, 27), "day", "relative"),
    ("The convoy was ambushed late on Tuesday near the border.", TUE_2015_11_10, "late on Tuesday",
     D(2015, 11, 10), D(2015, 11, 10), "day", "relative"),
    ("Shells fell on the district Monday night.", TUE_2015_11_10, "Monday night",
     D(2015, 11, 9), D(2015, 11, 9), "day", "relative"),
    ("Fighting flared earlier on Saturday in the north.", TUE_2015_11_10, "earlier on Saturday",
     D(2015, 11, 7), D(2015, 11, 7), "day", "relative"),
    ("A car bomb went off yesterday outside the mosque.", TUE_2015_11_10, "yesterday",
     D(2015, 11, 9), D(2015, 11, 9), "day", "relative"),
    ("Police dispersed the crowd this morning.", TUE_2015_11_10, "this morning",
     D(2015, 11, 10), D(2015, 11, 10), "day", "relative"),
    ("Drones struck two trucks overnight.", TUE_2015_11_10, "overnight",
     D(2015, 11, 9), D(2015, 11, 10), "week", "relative"),
    ("Gunmen stormed the checkpoint last night.", TUE_2015_11_10, "last night",
     D(2015, 11, 9), D(2015, 11, 10), "week", "relative"),
    ("Rebels raided the village overnight into Monday, killing 12.", TUE_2015_11_10, "overnight into Monday",
     D(2015, 11, 8), D(2015, 11, 9), "week", "relative"),
    ("Militiamen raided the camp on Monday last week, survivors said.", TUE_2016_02_09, "on Monday last week",
     D(2016, 2, 1), D(2016, 2, 1), "day", "relative"),
    ("The bodies were found Sunday of last week.", SUN_2016_03_27, "Sunday of last week",
     D(2016, 3, 20), D(2016, 3, 20), "day", "relative"),
    ("Aircraft struck 320 targets last week.", TUE_2016_02_09, "last week",
     D(2016, 2, 1), D(2016, 2, 7), "week", "relative"),
    ("Protesters gathered twice this week in the capital.", TUE_2016_02_09, "this week",
     D(2016, 2, 8), D(2016, 2, 9), "week", "relative"),
    ("The militia seized the dam last month.", TUE_2015_11_10, "last month",
     D(2015, 10, 1), D(2015, 10, 31), "month", "relative"),
    ("Two villages were shelled earlier this month.", TUE_2015_11_10, "earlier this month",
     D(2015, 11, 1), D(2015, 11, 10), "month", "relative"),
    ("The airport was captured last year by the insurgents.", TUE_2015_11_10, "last year",
     D(2014, 1, 1), D(2014, 12, 31), "year", "relative"),
    ("Hundreds have been detained this year.", TUE_2015_11_10, "this year",
     D(2015, 1, 1), D(2015, 11, 10), "year", "relative"),
    ("The offensive stalled late last year.", TUE_2015_11_10, "late last year",
     D(2014, 9, 1), D(2014, 12, 31), "year", "relative"),
    ("Raids resumed at the beginning of the year.", SUN_2016_03_27, "the beginning of the year",
     D(2016, 1, 1), D(2016, 2, 29), "month", "relative"),
    ("In May, the army withdrew from the valley.", SUN_2016_03_27, "In May",
     D(2015, 5, 1), D(2015, 5, 31), "month", "explicit"),
    ("Clashes in March killed dozens.", SUN_2016_03_27, "in March",
     D(2016, 3, 1), D(2016, 3, 31), "month", "explicit"),
    ("The bridge was blown up this September.", TUE_2015_11_10, "this September",
     D(2015, 9, 1), D(2015, 9, 30), "month", "explicit"),
    ("Clashes in early October left twelve dead.", TUE_2015_11_10, "in early October",
     D(2015, 10, 1), D(2015, 10, 10), "month", "explicit"),
    ("Talks collapsed in mid-October.", TUE_2015_11_10, "in mid-October",
     D(2015, 10, 11), D(2015, 10, 20), "month", "explicit"),
    ("The siege tightened by the end of February.", SUN_2016_03_27, "the end of February",
     D(2016, 2, 21), D(2016, 2, 29), "month", "explicit"),
    ("The town fell in May 2015, a monitor said.", SUN_2016_03_27, "in May 2015",
     D(2015, 5, 1), D(2015, 5, 31), "month", "explicit"),
    ("An offensive opened in early October 2015.", SUN_2016_03_27, "in early October 2015",
     D(2015, 10, 1), D(2015, 10, 10), "month", "explicit"),
    ("A truce took effect on 27 February 2016.", SUN_2016_03_27, "27 February 2016",
     D(2016, 2, 27), D(2016, 2, 27), "day", "explicit"),
    ("The convoy was hit on Feb. 24 near the crossing.", SUN_2016_03_27, "Feb. 24",
     D(2016, 2, 24), D(2016, 2, 24), "day", "explicit"),
    ("Troops entered the town on April 26.", SUN_2016_03_27, "April 26",
     D(2015, 4, 26), D(2015, 4, 26), "day", "explicit"),
    ("The base was overrun on Aug 25, 2014.", SUN_2016_03_27, "Aug 25, 2014",
     D(2014, 8, 25), D(2014, 8, 25), "day", "explicit"),
    ("The report is dated 2015-11-10.", None, "2015-11-10",
     D(2015, 11, 10), D(2015, 11, 10), "day", "explicit"),
    ("KABUL Oct 11 (Wire) - A rocket landed near the ministry.", SUN_2015_10_11, "Oct 11",
     D(2015, 10, 11), D(2015, 10, 11), "day", "explicit"),
    ("A vote is planned for November 12.", TUE_2015_11_10, "November 12",
     D(2015, 11, 12), D(2015, 11, 12), "day", "explicit"),
    ("Jets flew 146 sorties from March 22 to 24.", SUN_2016_03_27, "March 22 to 24",
     D(2016, 3, 22), D(2016, 3, 24), "week", "explicit"),
    ("Guns fell silent on Sunday, April 26.", TUE_2015_11_10, "on Sunday, April 26",
     D(2015, 4, 26), D(2015, 4, 26), "day", "explicit"),
    ("The town fell in mid-2014.", TUE_2015_11_10, "in mid-2014",
     D(2014, 5, 1), D(2014, 8, 31), "year", "explicit"),
    ("The group was founded in 2015.", SUN_2016_03_27, "in 2015",
     D(2015, 1, 1), D(2015, 12, 31), "year", "explicit"),
    ("Its 2012 campaign failed.", SUN_2016_03_27, "2012",
     D(2012, 1, 1), D(2012, 12, 31), "year", "explicit"),
    ("Fighting intensified in early 2015.", SUN_2016_03_27, "in early 2015",
     D(2015, 1, 1), D(2015, 4, 30), "year", "explicit"),
    ("The rebels regrouped in late 2015.", SUN_2016_03_27, "in late 2015",
     D(2015, 9, 1), D(2015, 12, 31), "year", "explicit"),
    ("Fighting resumed this spring along the river.", SUN_2016_03_27, "this spring",
     D(2016, 3, 1), D(2016, 6, 20), "year", "relative"),
    ("The dam was taken last spring.", SUN_2016_03_27, "last spring",
     D(2015, 3, 1), D(2015, 6, 20), "year", "relative"),
    ("The militia advanced in the fall of 2015.", SUN_2016_03_27, "in the fall of 2015",
     D(2015, 9, 1), D(2015, 12, 20), "year", "explicit"),
    ("Supply lines froze in winter 2015.", SUN_2016_03_27, "in winter 2015",
     D(2014, 12, 1), D(2015, 3, 20), "year", "explicit"),
    ("Warplanes hit 40 targets in the last 24 hours.", SUN_2015_10_11, "in the last 24 hours",
     D(2015, 10, 10), D(2015, 10, 11), "week", "duration"),
    ("The town has been besieged for three years.", TUE_2015_11_10, "for three years",
     D(2012, 11, 10), D(2015, 11, 10), "year", "duration"),
    ("The garrison held out for nearly three years.", TUE_2015_11_10, "for nearly three years",
     D(2012, 11, 10), D(2015, 11, 10), "year", "duration"),
    ("Shelling has intensified in recent months.", TUE_2015_11_10, "in recent months",
     D(2015, 8, 11), D(2015, 11, 10), "month", "duration"),
    ("Dozens were arrested in the past few days.", TUE_2015_11_10, "in the past few days",
     D(2015, 11, 8), D(2015, 11, 10), "week", "duration"),
    ("The army ended a two-year siege of the airbase.", TUE_2015_11_10, "a two-year siege",
     D(2013, 11, 10), D(2015, 11, 10), "year", "duration"),
    ("The town fell after 13 days of siege.", TUE_2015_11_10, "13 days of siege",
     D(2015, 10, 29), D(2015, 11, 10), "month", "duration"),
    ("Raids continued over 48 hours.", TUE_2015_11_10, "over 48 hours",
     D(2015, 11, 8), D(2015, 11, 10), "week", "duration"),
    ("The road has been cut for weeks.", TUE_2015_11_10, "for weeks",
     D(2015, 10, 14), D(2015, 11, 10), "month", "duration"),
    ("The group has held the city since 2013.", TUE_2015_11_10, "since 2013",
     D(2013, 1, 1), D(2015, 11, 10), "year", "since"),
    ("No aid has arrived since April 12.", TUE_2015_11_10, "since April 12",
     D(2015, 4, 12), D(2015, 11, 10), "year", "since"),
    ("Thousands have died since the beginning of the war in 2011.", TUE_2015_11_10,
     "since the beginning of the war in 2011",
     D(2011, 1, 1), D(2015, 11, 10), "year", "since"),
    ("The pass has been closed since Thursday.", TUE_2015_11_10, "since Thursday",
     D(2015, 11, 5), D(2015, 11, 10), "week", "since"),
    ("Jets pounded the ridge in the last week of March.", SUN_2016_03_27, "in the last week of March",
     D(2016, 3, 25), D(2016, 3, 31), "week", "explicit"),
    ("Rebels shelled the port in the first week of May 2015.", SUN_2016_03_27, "in the first week of May 2015",
     D(2015, 5, 1), D(2015, 5, 7), "week", "explicit"),
    ("The town fell in the last week of 2014.", SUN_2016_03_27, "in the last week of 2014",
     D(2014, 12, 25), D(2014, 12, 31), "week", "explicit"),
    ("Rebels shelled the port in the first weeks of May 2015.", SUN_2016_03_27, "in the first weeks of May 2015",
     D(2015, 5, 1), D(2015, 5, 10), "month", "explicit"),
    ("The province was contested from 2011 to 2013.", SUN_2016_03_27, "from 2011 to 2013",
     D(2011, 1, 1), D(2013, 12, 31), "year", "explicit"),
    ("Shops reopened over the weekend.", TUE_2015_11_10, "over the weekend",
     D(2015, 11, 7), D(2015, 11, 8), "week", "relative"),
    ("The bridge was destroyed three weeks ago.", TUE_2015_11_10, "three weeks ago",
     D(2015, 10, 19), D(2015, 10, 25), "week", "relative"),
    ("No convoy has passed since last year.", TUE_2015_11_10, "since last year",
     D(2014, 1, 1), D(2015, 11, 10), "year", "since"),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "published", "text", "start", "end", "precision", "kind"),
    WINDOWS,
    ids=[w[2] for w in WINDOWS],
)
def test_window(
    sentence: str,
    published: dt.date | None,
    text: str,
    start: dt.date,
    end: dt.date,
    precision: str,
    kind: str,
) -> None:
    expr = only(sentence, published)
    assert expr.text == text
    assert sentence[expr.start : expr.end] == text
    assert (expr.date_start, expr.date_end) == (start, end)
    assert expr.precision == precision
    assert expr.kind == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Government troops may advance on the town within days.",
        "Rebels shot down an Su-25 jet over the hills.",
        "Residents marked the 1000th day of the war with prayers.",
        "They March on the capital, chanting.",
        "The Mayor condemned the attack.",
        "Activists recalled the Arab Spring protests.",
        "Officials feared the city would fall to the militants.",
        "The fall of Palmyra shocked the region.",
        "The brigade has 2000 fighters and 40 tanks.",
        "Gunmen killed 12 people and wounded 30 more.",
        "The army plans to attack next May.",
        "The plan sets goals for 2099.",
        "Police said 1500 protesters were present.",
    ],
)
def test_false_positives_yield_nothing(sentence: str) -> None:
    assert find_time_expressions(sentence, TUE_2015_11_10) == []


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("They struck on Sunday.", SUN_2016_03_27, D(2016, 3, 27)),  # same day
        ("They struck last Sunday.", SUN_2016_03_27, D(2016, 3, 20)),  # a week back
        ("They struck on Monday.", SUN_2016_03_27, D(2016, 3, 21)),
        ("They struck on Saturday.", SUN_2016_03_27, D(2016, 3, 26)),
        ("They struck the day before yesterday.", SUN_2016_03_27, D(2016, 3, 25)),
    ],
)
def test_single_days_relative_to_publication(sentence: str, published: dt.date, expected: dt.date) -> None:
    expr = only(sentence, published)
    assert expr.date_start == expr.date_end == expected
    assert expr.relative


def test_no_published_date_relative_unresolved() -> None:
    expr = only("Jets struck the hospital on Sunday.", None)
    assert expr.relative
    assert (expr.date_start, expr.date_end, expr.precision) == (None, None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jets struck in May.",
        "The dam was hit last week.",
        "They have fought for three years.",
        "No food since 2013.",
        "It happened on April 26.",
    ],
)
def test_no_published_date_needs_publication(sentence: str) -> None:
    expr = only(sentence, None)
    assert expr.relative and expr.date_start is None and expr.date_end is None


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("The town fell in May 2015.", D(2015, 5, 1), D(2015, 5, 31)),
        ("A truce began on 27 February 2016.", D(2016, 2, 27), D(2016, 2, 27)),
        ("Strikes rose in mid-2014.", D(2014, 5, 1), D(2014, 8, 31)),
    ],
)
def test_no_published_date_absolute_resolved(sentence: str, start: dt.date, end: dt.date) -> None:
    expr = only(sentence, None)
    assert not expr.relative
    assert (expr.date_start, expr.date_end) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "offset"),
    [
        ("A day earlier, rebels had shelled the town.", -1),
        ("The following day, jets returned.", 1),
        ("Two days later the base fell.", 2),
        ("The previous morning a mine exploded.", -1),
        ("Police said militants had raided the post the night before.", -1),
        ("The town fell the morning after.", 1),
        ("The army retook it a week later.", 7),
        ("Later that month the town fell.", None),
        ("Months later the siege was lifted.", None),
    ],
)
def test_anaphoric(sentence: str, offset: int | None) -> None:
    expr = only(sentence, TUE_2015_11_10)
    assert expr.kind == "anaphoric"
    assert expr.date_start is None and expr.date_end is None
    assert expr.offset_days == offset


def test_longest_wins_and_no_overlap() -> None:
    found = find_time_expressions(
        "The assault began in early October 2015 and ended on Sunday, after a two-year siege.",
        TUE_2015_11_10,
    )
    assert [e.text for e in found] == ["in early October 2015", "on Sunday", "a two-year siege"]
    for first, second in zip(found, found[1:], strict=False):
        assert first.end <= second.start


def test_several_expressions_in_order() -> None:
    sentence = "Jets struck on Monday and again yesterday, a week after the truce of Feb. 24."
    found = find_time_expressions(sentence, SUN_2016_03_27)
    assert [e.text for e in found] == ["on Monday", "yesterday", "a week after", "Feb. 24"]
    assert [e.kind for e in found] == ["relative", "relative", "anaphoric", "explicit"]


def test_current_window_is_thirty_days() -> None:
    start, end = current_window(TUE_2015_11_10)
    assert (start, end) == (D(2015, 10, 12), D(2015, 11, 10))
    assert (end - start).days + 1 == 30


# ------------------------------------------------------------------------------ the grammar's words are data


def _kb_with(tmp_path, files: dict[str, str]):
    from frontlog.knowledge.base import KnowledgeBase

    (tmp_path / "words").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (tmp_path / "words" / f"{name}.txt").write_text(text, encoding="utf-8")
    return KnowledgeBase.load(home=tmp_path)


def test_a_users_relative_day_phrase_is_a_date(tmp_path) -> None:
    from frontlog.extract.dates import DateGrammar

    sentence = "Rebels shelled the depot the other day, a resident said."
    assert DateGrammar(_kb_with(tmp_path / "plain", {})).find(sentence, TUE_2015_11_10) == []
    grammar = DateGrammar(_kb_with(tmp_path / "user", {"relative_days": "the other day=4 2\n"}))
    (expr,) = grammar.find(sentence, TUE_2015_11_10)
    assert (expr.text, expr.date_start, expr.date_end) == ("the other day", D(2015, 11, 6), D(2015, 11, 8))


def test_a_users_number_word_counts_days(tmp_path) -> None:
    from frontlog.extract.dates import DateGrammar

    grammar = DateGrammar(_kb_with(tmp_path, {"number_words": "a score of=20\n"}))
    (expr,) = grammar.find("The town was shelled for a score of days.", TUE_2015_11_10)
    assert (expr.kind, expr.date_start) == ("duration", D(2015, 10, 22))


def test_a_malformed_valued_entry_says_which_class_and_entry(tmp_path) -> None:
    from frontlog.extract.dates import DateGrammar

    with pytest.raises(ValueError, match=r"'seasons'.*'monsoon=6 1'"):
        DateGrammar(_kb_with(tmp_path, {"seasons": "monsoon=6 1\n"}))


@pytest.mark.parametrize("sentence", ["The town was founded 2500 years ago.", "The feud went on for 2015 years."])
def test_a_window_before_year_one_is_no_date_and_no_crash(sentence: str) -> None:
    found = find_time_expressions(sentence, D(2015, 11, 10))  # used to raise "year 0 is out of range"
    assert all(e.date_start.year > 1000 for e in found if e.date_start is not None), found


def test_a_month_or_year_named_by_the_act_before_carries_its_period() -> None:
    # the grammar reads "that month", "the following year", "two months later" once; dating.py uses t.period
    g = _default_grammar()
    pub = dt.date(2016, 3, 27)
    cases = {
        "Later that month, rebels shelled the town.": ("month", 0),
        "The following year, the army retook it.": ("year", 1),
        "The previous month, troops had withdrawn.": ("month", -1),
        "Two months later, rebels shelled the town.": ("month", 2),
        "Three years earlier, the army had retaken it.": ("year", -3),
        "A few months later, rebels shelled the town.": ("days_span", 365),  # within a year after it (session 27)
        # counted from the act that governs the clause, not from the act told before (session 28)
        "Two months after rebels seized it, the army retook the town.": ("months_apart", 2),
    }
    for text, period in cases.items():
        assert [t.period for t in g.find(text, pub)] == [period], text


def test_late_last_night_is_the_evening_before() -> None:
    pub = dt.date(2024, 1, 26)
    assert [(t.date_start, t.date_end) for t in find_time_expressions("Gunmen struck late last night.", pub)] == [
        (dt.date(2024, 1, 25), dt.date(2024, 1, 25))]
    assert [(t.date_start, t.date_end) for t in find_time_expressions("Gunmen struck last night.", pub)] == [
        (dt.date(2024, 1, 25), dt.date(2024, 1, 26))]
