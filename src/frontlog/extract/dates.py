"""Find time expressions in a sentence and resolve them against the article's publication date.

The spec's rule ("Dates" in shared/spec/EVENTS.md) is to take the widest window the text allows.
Expressions are FOUND with our own regexes, never with ``dateparser.search``: that one reports
"troops may advance", "Su-25" and "the 1000th day" as dates. The strings we match are simple
enough (month table, day number, year) to be resolved by table lookup too, so dateparser is not
needed here at all, which also keeps this module cheap to import and to call.

Conventions this module fixes (the spec leaves them open):
- A day without a year ("April 26") is the most recent such day on or before publication, except
  that up to 3 days after publication still counts as the publication year (a report may
  announce an event for the next days).
- A month without a year is the most recent such month on or before the publication month (the
  current month included); "last May" is the most recent May strictly before the current month.
- early/mid/late of a month: 1st-10th / 11th-20th / 21st-end; "the beginning/start of" = early,
  "the middle of" = mid, "the end of" = late; "the first/last week of" its first/last seven days. Of a
  week: early Monday-Wednesday, late Thursday-Sunday. Of a year: early Jan-Apr, mid May-Aug, late Sep-Dec,
  "the beginning/start of" Jan-Feb, "the end of" Nov-Dec, first/second half Jan-Jun / Jul-Dec.
- Seasons cover their meteorological and astronomical extent together: spring 1 Mar-20 Jun,
  summer 1 Jun-22 Sep, autumn/fall 1 Sep-20 Dec, winter 1 Dec-20 Mar. "winter 2015" (and "winter
  of 2015") is the winter that ENDS in 2015: 1 Dec 2014-20 Mar 2015. "this spring" is the most
  recent spring that started on or before publication; "last spring" is the most recent one that
  had ended by publication (the one before "this spring" when publication falls inside it).
  "early/late spring" keep the whole season (widest window).
- Durations end at publication. N days/weeks/months start N units before publication plus one
  day (so "three months" is at most 92 days, a `month`), N years start exactly N years before
  ("for three years" published 2015-11-10 starts 2012-11-10), N hours start ceil(N/24) days
  before ("in the last 24 hours" is publication-1 to publication).
- Vague counts: "a few" = 3, "several"/"many" and bare plurals ("for weeks") = 4, "a couple" = 2.
  "recent days" = 7 days, "recent weeks" = 28 days, "recent months" = 92 days, "recent years" =
  4 years; "the past days/weeks/..." without a number read as "recent ...".
- Anaphoric expressions ("a day earlier", "the following day", "the previous morning", "later
  that month") are relative to another event, not to publication: kind 'anaphoric', no window,
  ``offset_days`` = the day offset when the text gives one exactly (days and weeks; vague counts,
  months and years give None).
- "for a third day on Wednesday", "on Friday, the fourth day of the offensive": a day that is the Nth of a run
  of days ends a window that starts N-1 days earlier (words/day_ordinals, words/streak_adjectives).
- "since X" runs from the start of X to publication. Without a publication date every expression
  that needs it (since, relative, a month or day without a year) has no window.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum, auto
from functools import lru_cache
from typing import TYPE_CHECKING

from frontlog.knowledge.patterns import number_values
from frontlog.knowledge.words import regex_alternation
from frontlog.model.records import precision_for

if TYPE_CHECKING:
    from frontlog.knowledge.base import KnowledgeBase

__all__ = ["MIN_YEAR", "DateGrammar", "TimeExpr", "current_window", "find_time_expressions", "plausible_window"]

# The earliest year an event date may have. "In the year 100", "year 000" or "9999" in an article is a number, a
# typo or a quotation, not when a reported act happened: such windows are dropped, not coded.
MIN_YEAR = 1000


def plausible_window(start: dt.date, end: dt.date, published: dt.date | None) -> bool:
    """Does a window lie between MIN_YEAR and the publication year (today's without one)?

    One year later is allowed too: a report from 30 December may tell of 2 January (see the module docstring).
    """
    latest = (published or dt.date.today()).year + 1
    return start <= end and start.year >= MIN_YEAR and end.year <= latest



class TimeKind(StrEnum):
    """What a time expression is (TimeExpr.kind); each value is the member's name in lower case ("explicit")."""

    EXPLICIT = auto()  # a day or period named outright: "on March 4", "in 2015"
    RELATIVE = auto()  # counted from publication: "last week", "three days ago"
    DURATION = auto()  # how long something lasted: "for three weeks"
    SINCE = auto()  # from a time up to publication: "since March"
    UNTIL = auto()  # up to the day before a time: "until March"
    ANAPHORIC = auto()  # relative to another event: "a day later", "the following morning"
    BLOCK = auto()  # claims its words but gives no window: "next May" (so "May" alone is not read)


@dataclass(frozen=True)
class TimeExpr:
    """One time expression of a sentence and the window it resolves to."""

    text: str  # the matched words
    start: int  # char offsets in the sentence
    end: int
    date_start: dt.date | None  # None when it needs the publication date and there is none
    date_end: dt.date | None
    precision: str | None  # 'day', 'week', 'month', 'year' (record.precision_for)
    kind: TimeKind
    relative: bool  # resolving it needed the publication date (or another event's date)
    offset_days: int | None = None  # anaphoric only: days from the event it refers to
    # since/until only: the window of the time named after the word ("until 2012": all of 2012), which dates an
    # act told in a clause on it ("until 2012, when troops drove it out")
    named: tuple[dt.date, dt.date] | None = None
    # anaphoric only: a month or year named by the event it refers to, and how many after (+) or before (-) it:
    # "later that month" ("month", 0), "the following year" ("year", 1), "three years earlier" ("year", -3)
    period: tuple[str, int] | None = None


# (a year named outright or counted from publication by the grammar's own "last/this/next", which stay in code with
# the grammar below rather than in a word class)
_YEAR_NAMED = re.compile(r"\b(?:19|20)\d\d\b|\b(?:last|this|next)\s+year\b", re.IGNORECASE)


def names_its_year(t: TimeExpr) -> bool:
    """Does the expression name its year, outright ("June 2022") or from publication ("December last year")?"""
    return bool(_YEAR_NAMED.search(t.text))


def current_window(published: dt.date) -> tuple[dt.date, dt.date]:
    """The spec's window for undated current news: the 30 days up to and including publication."""
    return published - dt.timedelta(days=29), published


# --------------------------------------------------------------------------- grammar
# The words of the grammar (months, weekdays, number words, seasons, hedges...) are word classes of the
# KnowledgeBase (knowledge/data/words/*.txt); DateGrammar compiles them into the rules below. What stays here
# is the grammar itself: units, "early/mid/late", "last/this/next", prepositions.

_YEAR = r"(?:19|20)\d\d"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_UNIT = r"(?:hours?|days?|nights?|weeks?|months?|years?)"
_PERIOD_UNITS = ("day", "week", "month", "year")  # what unit_multiples count in
_MOD = (
    r"(?:early|mid|middle|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
    r"|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+(?:first|last|final)\s+(?:week|weeks|days)\s+of)"
)
# Gate words that hold for any data: units, parts of the day, "since", "recent", "ago". DateGrammar adds the
# month abbreviations (case-sensitive) and the seasons.
_GATE_WORDS = r"\d|day|night|week|month|year|hour|today|tonight|morning|evening|afternoon|since|recent|ago"

_I = re.IGNORECASE


def _valued(entries: tuple[str, ...], cls: str, width: int = 1) -> dict[str, tuple[int, ...]]:
    """Entries "phrase=v1 ... vN" of a word class as {lowercase phrase: (v1, ..., vN)}."""
    out: dict[str, tuple[int, ...]] = {}
    for entry in entries:
        phrase, _, values = entry.rpartition("=")
        try:
            nums = tuple(int(v) for v in values.split())
        except ValueError:
            nums = ()
        if not phrase.strip() or len(nums) != width:
            raise ValueError(f"word class {cls!r}: entry {entry!r} must be 'phrase={' '.join(['N'] * width)}'")
        out[" ".join(phrase.lower().split())] = nums
    return out



def _moving_holidays(entries: tuple[str, ...]) -> dict[str, tuple[int, tuple[dt.date, ...]]]:
    """Entries "name|other name=days YYYY-MM-DD ..." of moving_holidays as {name: (days, first days in order)},
    names lowercased with hyphens as spaces."""
    out: dict[str, tuple[int, tuple[dt.date, ...]]] = {}
    for entry in entries:
        names, _, values = entry.rpartition("=")
        parts = values.split()
        try:
            length, days = int(parts[0]), tuple(sorted(dt.date.fromisoformat(v) for v in parts[1:]))
        except (ValueError, IndexError):
            days = ()
        if not names.strip() or not days:
            raise ValueError(f"word class 'moving_holidays': entry {entry!r} must be 'name|name=days YYYY-MM-DD ...'")
        for name in names.split("|"):
            out[_holiday_key(name)] = (length, days)
    return out


def _unit_multiples(entries: tuple[str, ...]) -> dict[str, tuple[int, str]]:
    """Entries "phrase=count unit" of unit_multiples as {lowercase phrase: (count, unit)}."""
    out: dict[str, tuple[int, str]] = {}
    for entry in entries:
        phrase, _, value = entry.rpartition("=")
        parts = value.split()
        if not phrase.strip() or len(parts) != 2 or not parts[0].isdigit() or parts[1] not in _PERIOD_UNITS:
            raise ValueError(f"word class 'unit_multiples': entry {entry!r} must be 'phrase=N day|week|month|year'")
        out[phrase.strip().lower()] = (int(parts[0]), parts[1])
    return out


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: dt.date, n: int) -> dt.date:
    # Clamp the day: one month before 31 March is 28/29 February, not an error.
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _add_years(d: dt.date, n: int) -> dt.date:
    return _add_months(d, 12 * n)


def _mod_key(text: str | None) -> str | None:
    if not text:
        return None
    words = text.lower().split()
    words = [w for w in words if w not in ("the", "of")]
    if len(words) == 2 and words[1] == "week":
        # "the first week of June" / "the last week of March": its first or last seven days (the text bounds the
        # window to a week; the spec's widest window is no wider)
        return "first week" if words[0] == "first" else "last week"
    if len(words) == 2 and words[1] in ("weeks", "days"):
        # "the first weeks of March" / "the last days of 2015": the early / late part
        return "early" if words[0] == "first" else "late"
    return " ".join(words)


WEEK_DAYS = 7
MONTH_UNIT = "month"  # the unit of TimeExpr.period that counts months (else years)
WEEKEND_UNIT = "weekend"  # ... that names the Saturday and Sunday before or after the act told
# ... that counts days vaguely from the act it names ("days after rebels seized it": the count in days, +/-)
VAGUE_DAYS_UNIT = "days"
# ... that spans the days (or weeks) right after or before the act told, how many the text does not say ("days
# later", "in the days that followed", "weeks earlier"): the signed count of days the window reaches
SPAN_DAYS_UNIT = "days_span"
# "days later": within a week; "weeks later": within six; "months later", "a few months earlier": within a year
VAGUE_SPAN_DAYS = {"day": 7, "week": 42, "month": 365}
# ... and the least gap each of those reaches means, in days (a day, a week, a month): "months later" than an act
# told as the whole of 2016 may fall in 2016, a month or more after its first day
VAGUE_SPAN_LEAST_DAYS = {7: 1, 42: 7, 365: 31}
# ... that counts whole months or years from the act that governs the clause ("a year after gunmen abducted 279
# schoolgirls", "two months before the vote": the signed count, as VAGUE_DAYS_UNIT's days), not from the act told
# before ("two years later" is MONTH_UNIT's or the year's); "about"/"nearly" (APART_ABOUT) are vague by a unit
# either way, a bare "months after" (APART_SOME, the count its sign alone) from a month to a year
APART_MONTHS_UNIT = "months_apart"
APART_YEARS_UNIT = "years_apart"
APART_ABOUT = "_about"
APART_SOME = "_some"


def _month_window(year: int, month: int, mod: str | None) -> tuple[dt.date, dt.date]:
    end = _month_end(year, month)
    if mod in ("early", "beginning", "start"):
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if mod in ("mid", "middle"):
        return dt.date(year, month, 11), dt.date(year, month, 20)
    if mod in ("late", "end"):
        return dt.date(year, month, 21), end
    if mod == "first half":
        return dt.date(year, month, 1), dt.date(year, month, 15)
    if mod == "second half":
        return dt.date(year, month, 16), end
    if mod == "first week":
        return dt.date(year, month, 1), dt.date(year, month, WEEK_DAYS)
    if mod == "last week":
        return end - dt.timedelta(days=WEEK_DAYS - 1), end
    return dt.date(year, month, 1), end


def _year_window(year: int, mod: str | None) -> tuple[dt.date, dt.date]:
    spans = {
        "early": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12),
        "beginning": (1, 2), "start": (1, 2), "end": (11, 12),
        "first half": (1, 6), "second half": (7, 12),
    }  # fmt: skip
    if mod in ("first week", "last week"):
        return _month_window(year, 1 if mod == "first week" else 12, mod)  # "the last week of 2015": 25-31 Dec
    first, last = spans.get(mod or "", (1, 12))
    return dt.date(year, first, 1), _month_end(year, last)



def _unit_key(text: str) -> str:
    u = text.lower().rstrip("s")
    return "day" if u == "night" else u


def _span_back(pub: dt.date, n: int, unit: str) -> dt.date:
    """Start of an N-unit window that ends at publication (conventions in the module docstring)."""
    if unit == "hour":
        return pub - dt.timedelta(days=math.ceil(n / 24))
    if unit == "day":
        return pub - dt.timedelta(days=n - 1)
    if unit == "week":
        return pub - dt.timedelta(days=7 * n - 1)
    if unit == "month":
        return _add_months(pub, -n) + dt.timedelta(days=1)
    return _add_years(pub, -n)


_RECENT = {
    "hour": (24, "hour"),
    "day": (7, "day"),
    "week": (28, "day"),
    "month": (92, "day"),
    "year": (4, "year"),
}


def _day_without_year(month: int, day: int, pub: dt.date) -> dt.date | None:
    for year in (pub.year, pub.year - 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year: try the year before
            continue
        if cand <= pub + dt.timedelta(days=3):
            return cand
    return None


# --------------------------------------------------------------------------- rules

# A handler returns (kind, start, end, relative, offset_days), None when the match is not a
# time expression after all, or _BLOCK when the words are a time expression we must not resolve
# (e.g. "next May"): the block still claims its span so that a shorter match inside it ("May")
# cannot slip through.
_Res = tuple[str, dt.date | None, dt.date | None, bool, int | None]
# An anaphoric handler's result may add the period it names (TimeExpr.period).
_PeriodRes = tuple[str, dt.date | None, dt.date | None, bool, int | None, tuple[str, int] | None]
_BLOCK: _Res = (TimeKind.BLOCK, None, None, False, None)
_Handler = Callable[["DateGrammar", re.Match[str], str, dt.date | None], _Res | _PeriodRes | None]


def _unresolved(kind: str, offset: int | None = None) -> _Res:
    return (kind, None, None, True, offset)


def _g(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _h_iso(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    try:
        d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return (TimeKind.EXPLICIT, d, d, False, None)


def _explicit_days(month: int, d1: int, d2: int | None, year: str | None, pub: dt.date | None) -> _Res | None:
    if d2 is not None and d2 <= d1:
        d2 = None  # "March 22 to 4" is not a range we understand: keep the first day
    if year:
        try:
            first = dt.date(int(year), month, d1)
            last = dt.date(int(year), month, d2) if d2 else first
        except ValueError:
            return None
        return (TimeKind.EXPLICIT, first, last, False, None)
    if pub is None:
        return _unresolved(TimeKind.EXPLICIT)
    first = _day_without_year(month, d1, pub)
    if first is None:
        return None
    try:
        last = first.replace(day=d2) if d2 else first
    except ValueError:
        return None
    return (TimeKind.EXPLICIT, first, last, True, None)


def _daynum(text: str | None) -> int | None:
    if not text:
        return None
    return int(re.sub(r"\D", "", text))


def _h_day_month(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    month = g.month_num[m["mon"].rstrip(".").lower()[:3]]
    return _explicit_days(month, _daynum(m["d1"]) or 1, _daynum(_g(m, "d2")), _g(m, "year"), pub)


def _h_holiday(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    name = " ".join(m["hol"].lower().replace("’", "'").split())
    key = next((k for k in g.holidays if k.replace("'", "") == name.replace("'", "")), None)
    if key is None:
        return None
    if not (g.one_day_holiday.search(key) or _g(m, "prep")):
        return None  # "the Christmas holidays", "before Christmas": no one day
    month, day = g.holidays[key]
    return _explicit_days(month, day, None, _g(m, "year"), pub)


def _h_moving_holiday(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    """"on Eid al-Fitr", "on the first day of Eid al-Adha" (one day), "during the Eid al-Fitr holiday" (its days):
    the year named, else the latest such holiday begun on or before publication (word class moving_holidays)."""
    length, days = g.moving_holidays[_holiday_key(m["hol"])]
    nth, prep = m["nth"], (_g(m, "prep") or "").lower()
    eve = g.eve_of.search(s[max(0, m.start() - 90):m.start()]) is not None  # its first day, then the day before
    if not (nth or prep or eve or m["span"]):
        return None  # "before Eid al-Fitr", "the Ramadan truce": no window of an act
    year = _g(m, "year")
    if pub is not None and m["yrel"]:
        year = str(pub.year - (m["yrel"].lower() == "last"))  # "during Ramadan last year"
    if year:
        # ("on Eid al-Fitr this year", published before it: no act told as done can be on days still to come)
        days = tuple(d for d in days if d.year == int(year) and (pub is None or d <= pub))
    elif pub is None:
        return _unresolved(TimeKind.EXPLICIT)
    else:
        days = tuple(d for d in days if d <= pub)
    if not days:
        return None  # a year the list does not reach: no guess
    first = days[-1]
    if nth:
        first += dt.timedelta(days=min(g.ordinals[nth.lower()], length) - 1)
        last = first
        if pub is not None and first > pub:
            return None  # its nth day still to come at publication: no window, never a reversed one
    elif eve or prep in g.one_day_prepositions and not m["span"]:
        last = first
    else:
        last = first + dt.timedelta(days=length - 1)
        if pub is not None and last > pub:
            last = pub  # a holiday still going on at publication: what is told happened by then
    return (TimeKind.EXPLICIT, first, last, not _g(m, "year"), None)


def _holiday_key(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


def _h_month_year(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    month = g.month_num[m["mon"].rstrip(".").lower()[:3]]
    a, b = _month_window(int(m["year"]), month, _mod_key(_g(m, "mod")))
    return (TimeKind.EXPLICIT, a, b, False, None)



def _h_month(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    name = m["mon"]
    rel = (_g(m, "rel") or "").lower()
    mod = _mod_key(_g(m, "mod"))
    if name in g.ambiguous_months and not (
        _g(m, "prep") or rel or mod or g.month_context.search(s, 0, m.start())
    ):
        return None
    if rel == "next":
        return _BLOCK  # future: not an event date
    if pub is None:
        return _unresolved(TimeKind.EXPLICIT)
    month = g.month_num[name.lower()[:3]]
    if rel == "last":
        year = pub.year if month < pub.month else pub.year - 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    a, b = _month_window(year, month, mod)
    return (TimeKind.EXPLICIT, a, b, True, None)


_PLURAL_AFTER = re.compile(r"\s+(?!years\b|days\b)[a-z]+s\b")


def _h_year(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    year = int(m["year"])
    mod = _mod_key(_g(m, "mod"))
    if not (_g(m, "prep") or mod) and _PLURAL_AFTER.match(s, m.end()):
        return None  # a bare four-digit number before a plural noun is a count ("2000 fighters")
    if pub is not None and year > pub.year + 1:
        return None  # a plan or a target ("by 2030"), not when an event happened
    a, b = _year_window(year, mod)
    return (TimeKind.EXPLICIT, a, b, False, None)


# "in the early 1990s": a decade's first, middle or last third (as "early/mid/late 2014" are a year's)
_DECADE_THIRDS = {"early": (0, 3), "mid": (4, 6), "middle": (4, 6), "late": (7, 9)}


def _h_decade(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    first = int(m["dec"])
    if pub is not None and first > pub.year:
        return None
    a, b = _DECADE_THIRDS.get((_g(m, "mod") or "").lower(), (0, 9))
    start, end = dt.date(first + a, 1, 1), dt.date(first + b, 12, 31)
    if pub is not None and end > pub:
        end = max(start, pub)  # "in the 2020s", told in 2024: up to publication
    return (TimeKind.EXPLICIT, start, end, False, None)


def _h_year_range(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    first, last = int(m["y1"]), int(m["y2"])
    if last < 100:
        last += first - first % 100  # "in 2020-21"
    if last <= first or (pub is not None and last > pub.year + 1):
        return None
    return (TimeKind.EXPLICIT, dt.date(first, 1, 1), dt.date(last, 12, 31), False, None)


def _h_season(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    season = m["season"].lower()
    rel = (_g(m, "rel") or "").lower()
    year = _g(m, "year")
    if season == "fall" and not (rel or year):
        if re.match(r"\s+of\b", s[m.end() :]):
            return _BLOCK  # "in the fall of Palmyra": a capture, not autumn
        if not _g(m, "prep"):
            return None  # "after the fall", "could fall"
    if not (rel or year or _g(m, "prep") or _g(m, "the")):
        return None  # "a spring", "Spring" of "Arab Spring": not a season by itself
    if rel in ("next", "coming"):
        return _BLOCK
    if year:
        y = int(year)
        a, b = g.season_window(season, y)
        if m["y2"] and a.year < b.year:
            # "the winter of 2022-23": the winter that ends in the second year
            y = int(m["y2"]) if len(m["y2"]) == 4 else y - y % 100 + int(m["y2"])
            a, b = g.season_window(season, y)
        return (TimeKind.EXPLICIT, a, b, False, None)
    if pub is None:
        return _unresolved(TimeKind.RELATIVE)
    if m["yrel"]:
        # "in the spring of last year": that year's season (winter: the one that ends in it)
        a, b = g.season_window(season, pub.year - (m["yrel"].lower() == "last"))
        return (TimeKind.RELATIVE, a, min(b, pub), True, None) if a <= pub else None
    y = g.recent_season_year(season, pub)
    if rel == "last":
        a, b = g.season_window(season, y)
        if b >= pub:  # still under way at publication: "last" means the one before
            y -= 1
    a, b = g.season_window(season, y)
    return (TimeKind.RELATIVE, a, b, True, None)


def _h_weekday(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    rel = (_g(m, "rel") or "").lower()
    if rel in ("next", "coming"):
        return _BLOCK
    if pub is None:
        return _unresolved(TimeKind.RELATIVE)
    wd = g.weekday_num[m["wd"].lower()]
    back = (pub.weekday() - wd) % 7
    if rel == "last" and back == 0:
        back = 7  # "last Sunday" written on a Sunday is the week before
    if _g(m, "prev"):  # "on Wednesday last week": that day of the Monday-to-Sunday week before publication's
        back = pub.weekday() + 7 - wd
    d = pub - dt.timedelta(days=back)
    if (_g(m, "pre") or "").lower().startswith("overnight"):
        if (_g(m, "pre") or "").lower().split()[-1] in ("into", "to"):
            return (TimeKind.RELATIVE, d - dt.timedelta(days=1), d, True, None)  # "overnight into Wednesday"
        return (TimeKind.RELATIVE, d, min(d + dt.timedelta(days=1), pub), True, None)
    return (TimeKind.RELATIVE, d, d, True, None)



def _h_simple(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    key = _mod_key(m["key"]) or ""
    back = g.relative_days.get(key)
    if back is None:
        return None
    if pub is None:
        return _unresolved(TimeKind.RELATIVE)
    if back[0] > back[1] and (_g(m, "pre") or "").lower() == "late":
        # "late last night": the evening before, not the night into today
        return (TimeKind.RELATIVE, pub - dt.timedelta(days=back[0]), pub - dt.timedelta(days=back[0]), True, None)
    return (TimeKind.RELATIVE, pub - dt.timedelta(days=back[0]), pub - dt.timedelta(days=back[1]), True, None)


def _h_period(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    rel = (_g(m, "rel") or "this").lower()
    unit = m["unit"].lower()
    mod = _mod_key(_g(m, "mod"))
    if _g(m, "rel") is None and mod is None:
        return None  # "the worst attack of the year" names no window
    if m["in"] and (_g(m, "rel") or mod in ("later", None)):
        return None  # "earlier in the week" is "earlier this week"; "later in the month" counts from a told act
    if rel in ("next", "coming") or (mod == "later" and rel == "this"):
        return _BLOCK  # future
    if mod in ("earlier", "later"):
        mod = None  # "earlier this month": the whole period up to publication
    if pub is None:
        return _unresolved(TimeKind.RELATIVE)
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        if rel == "last":
            monday -= dt.timedelta(days=7)
            # "early last week": Monday to Wednesday; "late last week": Thursday to Sunday
            first, last = {"early": (0, 2), "late": (3, 6)}.get(mod or "", (0, 6))
            return (TimeKind.RELATIVE, monday + dt.timedelta(days=first), monday + dt.timedelta(days=last), True,
                    None)
        if mod == "early":  # "early this week": Monday to Wednesday, up to publication
            return (TimeKind.RELATIVE, monday, min(monday + dt.timedelta(days=2), pub), True, None)
        return (TimeKind.RELATIVE, monday, pub, True, None)
    if unit == "month":
        if rel == "last":
            prev = _add_months(pub.replace(day=1), -1)
            a, b = _month_window(prev.year, prev.month, mod)
            return (TimeKind.RELATIVE, a, b, True, None)
        if mod is None:
            return (TimeKind.RELATIVE, pub.replace(day=1), pub, True, None)
        a, b = _month_window(pub.year, pub.month, mod)
        return (TimeKind.RELATIVE, a, b, True, None)
    # year
    if rel == "last":
        a, b = _year_window(pub.year - 1, mod)
        return (TimeKind.RELATIVE, a, b, True, None)
    if mod is None:
        return (TimeKind.RELATIVE, dt.date(pub.year, 1, 1), pub, True, None)
    a, b = _year_window(pub.year, mod)
    return (TimeKind.RELATIVE, a, b, True, None)


def _h_weekend(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    if (_g(m, "rel") or "").lower() in ("next", "coming"):
        return _BLOCK
    if pub is None:
        return _unresolved(TimeKind.RELATIVE)
    saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    # ("this past weekend", "the past weekend": the last one)
    if (_g(m, "rel") or "").lower().split()[-1:] in (["last"], ["past"]) and pub - saturday <= dt.timedelta(days=1):
        saturday -= dt.timedelta(days=7)  # "last weekend" written during a weekend
    return (TimeKind.RELATIVE, saturday, saturday + dt.timedelta(days=1), True, None)


def _h_ago(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    unit = _unit_key(m["unit"])
    n, vague = g.parse_num(m["num"]) if _g(m, "num") else (g.bare_plural, True)  # "weeks ago"
    times = 1
    if unit in g.unit_multiples:  # "a fortnight ago" = two weeks ago
        times, unit = g.unit_multiples[unit]
        n *= times
    if pub is None:
        return _unresolved(TimeKind.RELATIVE)
    if unit == "hour":
        # "six hours ago" may fall on the day before publication: keep both days.
        return (TimeKind.RELATIVE, pub - dt.timedelta(days=math.ceil(max(n, 1) / 24)), pub, True, None)
    if vague:
        # "a few days ago": anywhere from twice that long ago to the unit before publication.
        first = _span_back(pub, 2 * n, unit)
        last = _span_back(pub, times, unit) if unit != "day" else pub - dt.timedelta(days=times)
        return (TimeKind.RELATIVE, first, last, True, None)
    if unit == "day":
        d = pub - dt.timedelta(days=n)
        return (TimeKind.RELATIVE, d, d, True, None)
    if unit == "week":
        d = pub - dt.timedelta(days=7 * n)
        monday = d - dt.timedelta(days=d.weekday())
        return (TimeKind.RELATIVE, monday, monday + dt.timedelta(days=6), True, None)
    if unit == "month":
        d = _add_months(pub.replace(day=1), -n)
        a, b = _month_window(d.year, d.month, None)
        return (TimeKind.RELATIVE, a, b, True, None)
    a, b = _year_window(pub.year - n, None)
    return (TimeKind.RELATIVE, a, b, True, None)


def _duration(n: int, unit: str, pub: dt.date | None) -> _Res:
    if pub is None:
        return _unresolved(TimeKind.DURATION)
    return (TimeKind.DURATION, _span_back(pub, n, unit), pub, True, None)


def _h_duration(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    unit = _unit_key(m["unit"])
    num = _g(m, "num")
    if num:
        n, _vague = g.parse_num(num)
        return _duration(n, unit, pub)
    if m["unit"].lower().endswith("s") or _g(m, "recent"):
        # "for weeks", "in recent months", "over the past days": the vague-count table
        if _g(m, "recent") or _g(m, "pastword") or _g(m, "pastword2"):
            n, u = _RECENT[unit]
            return _duration(n, u, pub)
        return _duration(g.bare_plural, unit, pub)
    return _duration(1, unit, pub)  # "the past week"


_ANAPHORIC_FIXED = {
    "following": 1, "next": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1,
    "same": 0, "that": 0, "later that": 0, "earlier that": 0,
}  # fmt: skip


def _h_anaphoric_fixed(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | _PeriodRes | None:
    rel = _mod_key(m["rel"]) or ""
    unit = m["unit"].lower()
    sign = _ANAPHORIC_FIXED.get(rel, 0)
    if unit in ("day", "morning", "night", "evening", "afternoon"):
        return (TimeKind.ANAPHORIC, None, None, True, sign)
    if unit == "week" and rel not in ("that", "later that", "earlier that", "same"):
        return (TimeKind.ANAPHORIC, None, None, True, 7 * sign)
    if unit in ("month", "year"):
        # "later that month", "the same year": that act's own; "the following month" the one after it
        return (TimeKind.ANAPHORIC, None, None, True, None, (unit, sign))
    if unit == WEEKEND_UNIT and sign:
        # "the previous weekend", "the following weekend": the Saturday and Sunday before or after the act told
        return (TimeKind.ANAPHORIC, None, None, True, None, (unit, sign))
    return (TimeKind.ANAPHORIC, None, None, True, None)


def _h_anaphoric_count(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | _PeriodRes | None:
    direction = m["dir"].lower()
    sign = -1 if direction in ("earlier", "before", "beforehand", "prior", "previously") else 1
    unit = _unit_key(m["unit"])
    if not _g(m, "num") and unit not in VAGUE_SPAN_DAYS:
        return (TimeKind.ANAPHORIC, None, None, True, None)
    n, vague = g.parse_num(m["num"]) if _g(m, "num") else (g.bare_plural, True)  # "days after": as "several"
    if unit in g.unit_multiples:
        # "a decade earlier" is ten years earlier, "a fortnight later" two weeks later (as "a decade ago")
        times, unit = g.unit_multiples[unit]
        n = n if vague else n * times
    if (vague or _g(m, "hedge")) and unit in ("day", "week") and direction in ("after", "before"):
        # "days after rebels seized it": some days before the act that governs it, how many the text does not say
        # (the vague-count table's number of days or weeks)
        return (TimeKind.ANAPHORIC, None, None, True, None, (VAGUE_DAYS_UNIT, sign * n * (7 if unit == "week" else 1)))
    if (vague or _g(m, "hedge")) and unit in VAGUE_SPAN_DAYS and direction not in ("after", "before"):
        # "days later", "a few weeks earlier": some days after or before the act told, not its own day
        return (TimeKind.ANAPHORIC, None, None, True, None, (SPAN_DAYS_UNIT, sign * VAGUE_SPAN_DAYS[unit]))
    counted = unit in ("month", "year") and direction in ("after", "before")
    if (vague or _g(m, "hedge")) and not (counted and (unit == "month" or not vague)):
        return (TimeKind.ANAPHORIC, None, None, True, None)
    if counted:
        # "a year after gunmen abducted 279 schoolgirls", "months after rebels seized it": that many months or
        # years before the act that governs the clause (dating: date.offset_between_acts); vague by a unit when
        # hedged ("nearly two years after"), over a year for a bare "months after"
        about = APART_SOME if vague else APART_ABOUT if _g(m, "hedge") else ""
        apart = (APART_MONTHS_UNIT if unit == "month" else APART_YEARS_UNIT) + about
        return (TimeKind.ANAPHORIC, None, None, True, None, (apart, sign * (1 if vague else n)))
    if unit in ("month", "year"):
        # "two months later", "three years earlier": that many months or years from the act told before; not
        # "two months prior to the vote", whose complement names the act it counts from
        told = direction != "prior"
        return (TimeKind.ANAPHORIC, None, None, True, None, (unit, sign * n) if told else None)
    offsets = {"hour": round(n / 24), "day": n, "week": 7 * n}
    off = offsets.get(unit)
    return (TimeKind.ANAPHORIC, None, None, True, None if off is None else sign * off)


def _h_anaphoric_span(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _Res | None:
    return (TimeKind.ANAPHORIC, None, None, True, None)


def _h_following_span(g: DateGrammar, m: re.Match[str], s: str, pub: dt.date | None) -> _PeriodRes:
    """"in the days that followed", "over the following weeks": the days or weeks right after the act told."""
    unit = _unit_key(next((v for v in m.groups() if v), ""))  # (the pattern's only groups are its unit words)
    return (TimeKind.ANAPHORIC, None, None, True, None, (SPAN_DAYS_UNIT, VAGUE_SPAN_DAYS.get(unit, WEEK_DAYS)))


def _compile_rules(*, month_full: str, month_any: str, weekday: str, num: str, hedge: str, war_noun: str,
                   season: str, relative_day: str, holiday: str, moving: str, ordinal: str, holiday_lead: str,
                   holiday_span: str, multiple: str) -> list[tuple[re.Pattern[str], _Handler]]:
    """The rules, in priority order, with the word-class alternations filled in."""
    prefix_wd = rf"(?:(?:on\s+)?{weekday},?\s+(?:the\s+)?)?"

    return [
        # ---- explicit
        (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _h_iso),
        (
            re.compile(
                rf"\b{prefix_wd}(?P<d1>{_DAYNUM})(?:(?:\s*(?:-|–|to)|\s+and)\s*(?P<d2>{_DAYNUM}))?\s+(?:of\s+)?"
                rf"(?P<mon>{month_any})(?![A-Za-z])(?:,?\s+(?P<year>{_YEAR})\b)?",
                _I,
            ),
            _h_day_month,
        ),
        (
            re.compile(
                rf"\b{prefix_wd}(?P<mon>{month_any})(?:\s+|(?<=\.))(?:the\s+)?(?P<d1>{_DAYNUM})"
                rf"(?:(?:\s*(?:-|–|to)|\s+and)\s*(?P<d2>{_DAYNUM}))?(?![\d:])(?:,?\s+(?P<year>{_YEAR})\b)?",
                _I,
            ),
            _h_day_month,
        ),
        (
            # "on New Year's Day", "on Christmas Eve 2023", "on Christmas"
            re.compile(rf"\b(?:(?P<prep>on)\s+)?(?P<hol>{holiday})\b(?:,?\s+(?P<year>{_YEAR})\b)?", _I),
            _h_holiday,
        ),
        (
            # "on Eid al-Fitr", "during the Eid al-Adha holiday", "on the first day of Ramadan"
            re.compile(
                rf"\b(?:(?P<prep>on|at|during|over|throughout)\s+(?:the\s+)?)?"
                rf"(?:(?P<nth>{ordinal})\s+(?:day|night)\s+of\s+(?:the\s+)?)?(?:(?:{holiday_lead})\s+)?"
                rf"(?P<hol>{moving})\b(?:\s+(?P<span>{holiday_span}))?"
                rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})\b|\s+(?:of\s+)?(?P<yrel>last|this)\s+year\b)?",
                _I,
            ),
            _h_moving_holiday,
        ),
        (
            re.compile(
                rf"\b(?:(?P<prep>in|during|throughout)\s+)?(?:(?P<mod>{_MOD})[\s-]+)?(?P<mon>{month_any}),?\s+"
                rf"(?:of\s+)?(?P<year>{_YEAR})\b",
                _I,
            ),
            _h_month_year,
        ),
        (
            re.compile(
                rf"\b(?:(?P<prep>in|during|throughout)\s+)?(?:(?P<rel>last|this|next)\s+)?(?:(?P<mod>{_MOD})[\s-]+)?"
                rf"(?P<mon>{month_full})\b(?!-)",
                _I,
            ),
            _h_month,
        ),
        (
            # "in the 1990s", "in the late 2010s", "the mid-1980s": a decade
            re.compile(r"(?<![\d,.$£€-])\b(?:(?:in|during)\s+)?(?:the\s+)?(?:(?P<mod>early|mid|middle|late)"
                       r"[\s-]+)?(?P<dec>(?:19|20)\d0)['\u2019]?s\b", _I),
            _h_decade,
        ),
        (
            re.compile(
                rf"(?<![\d,.$£€-])\b(?:(?P<prep>in|during|throughout)\s+)?(?:(?P<mod>{_MOD})[\s-]+)?"
                rf"(?P<year>{_YEAR})\b(?![-/.,]?\d|%|\s*(?:km|per\s*cent|percent)\b)",
                _I,
            ),
            _h_year,
        ),
        (
            re.compile(
                rf"\b(?:(?:from|between)\s+)?(?P<y1>{_YEAR})\s*(?:-|–|/|to|until|till|and)\s*"
                rf"(?P<y2>{_YEAR}|(?<=[-–/])\d\d)\b(?![-/.,]?\d)",
                _I,
            ),
            _h_year_range,
        ),
        (re.compile(r"\b(?:in\s+)?the\s+year\s+(?P<year>\d{3,4})\b", _I), _h_year),
        (
            re.compile(
                r"\b(?:(?P<prep>in|during|throughout|over)\s+)?(?:(?P<the>the)\s+)?(?:(?P<rel>last|this|next|coming)\s+)?"
                r"(?:(?:early|mid|late)[\s-]+)?"
                # (a whole word: "in Fallujah", "in Springs", "in Winterthur" name places, not seasons)
                rf"(?P<season>{season})\b"
                rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})(?:[-–/](?P<y2>\d\d(?:\d\d)?))?\b"
                rf"|\s+of\s+(?P<yrel>last|this)\s+year\b)?",
                _I,
            ),
            _h_season,
        ),
        # ---- relative to publication
        (
            re.compile(
                r"\b(?:(?P<pre>early|late|earlier|later|overnight(?:\s+(?:into|to))?)\s+(?:on\s+)?|on\s+"
                r"|(?P<rel>last|this|past|next|coming)\s+)?"
                rf"(?P<wd>{weekday})(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?"
                r"(?P<prev>,?\s+(?:of\s+)?last\s+week)?\b",
                _I,
            ),
            _h_weekday,
        ),
        (
            re.compile(
                r"\b(?:(?P<pre>early|late|earlier)\s+)?"
                rf"(?P<key>{relative_day})"
                r"(?:\s+(?:morning|afternoon|evening|night))?\b",
                _I,
            ),
            _h_simple,
        ),
        (
            re.compile(
                r"\b(?:(?P<mod>early|mid|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
                r"|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]+(?P<in>in\s+)?)?"
                r"(?:(?P<rel>last|this|next|coming)|(?<=of\s)the|(?<=in\s)the)\s+(?P<unit>week|month|year)\b(?!\s+of\b)",
                _I,
            ),
            _h_period,
        ),
        (
            re.compile(r"\b(?:(?:over|at|during|on)\s+)?(?:the|(?P<rel>(?:this\s+|the\s+)?past|this|last|next|coming))"
                       r"\s+weekend\b", _I),
            _h_weekend,
        ),
        (
            re.compile(rf"\b(?:{hedge}\s+)?(?:(?P<num>{num})\s+)?(?P<unit>{_UNIT}|{multiple})\s+ago\b", _I),
            _h_ago,
        ),
        # ---- durations ending at publication
        (
            re.compile(
                rf"\bfor\s+(?:the\s+(?:past|last)\s+)?(?:{hedge}\s+)?(?P<num>{num})\s+(?P<unit>{_UNIT})\b"
                r"(?!\s+(?:later|earlier|after|before|ago)\b)",
                _I,
            ),
            _h_duration,
        ),
        (re.compile(r"\bfor\s+(?:many\s+)?(?P<unit>hours|days|weeks|months|years)\b", _I), _h_duration),
        (
            re.compile(
                r"\b(?:(?:in|over|during|within|throughout)\s+)?(?:the\s+(?P<pastword>past|last)|(?P<pastword2>past))\s+"
                rf"(?:(?:{hedge}\s+)?(?P<num>{num})\s+)?(?P<unit>{_UNIT})\b(?!\s+of\b)",
                _I,
            ),
            _h_duration,
        ),
        (
            re.compile(
                rf"\bover\s+(?:{hedge}\s+)?(?P<num>{num})\s+(?P<unit>{_UNIT})\b(?!\s+(?:later|earlier|ago)\b)",
                _I,
            ),
            _h_duration,
        ),
        (
            re.compile(
                r"\b(?:(?:in|over|during)\s+)?(?:the\s+)?(?P<recent>recent)\s+(?P<unit>days|weeks|months|years)\b",
                _I,
            ),
            _h_duration,
        ),
        (
            re.compile(
                rf"\b(?:(?:a|an|the)\s+)?(?P<num>{num})-(?P<unit>hour|day|night|week|month|year)(?:-long|-old)?\s+"
                rf"(?:[A-Za-z-]+\s+)?{war_noun}\b",
                _I,
            ),
            _h_duration,
        ),
        (
            re.compile(
                rf"\b(?P<num>{num})\s+(?P<unit>{_UNIT})(?:'s|')?\s+(?:of\s+)?(?:[A-Za-z-]+\s+)?{war_noun}\b",
                _I,
            ),
            _h_duration,
        ),
        # ---- anaphoric: relative to another event of the text
        (
            re.compile(
                r"\b(?P<rel>(?:the\s+)?(?:following|next|previous|preceding|same)|(?:later|earlier)\s+that|that)\s+"
                r"(?P<unit>day|morning|night|evening|afternoon|weekend|week|month|year)\b(?!\s+of\b)",
                _I,
            ),
            _h_anaphoric_fixed,
        ),
        (
            # "the day before", "the night before": a day from the act or report told
            re.compile(r"\bthe\s+(?P<unit>day|night|morning|evening)\s+(?P<rel>before|after)\b", _I),
            _h_anaphoric_fixed,
        ),
        (
            re.compile(
                rf"\b(?:(?P<hedge>{hedge})\s+)?(?:(?P<num>{num})\s+)?(?P<unit>{_UNIT}|{multiple})\s+"
                r"(?P<dir>earlier|later|after(?:wards?)?|before(?:hand)?|prior|previously)\b",
                _I,
            ),
            _h_anaphoric_count,
        ),
        (
            re.compile(
                rf"\bthe\s+(?:previous|preceding|following|next)\s+(?P<num>{num})\s+(?P<unit>{_UNIT})\b", _I
            ),
            _h_anaphoric_span,
        ),
    ]


_DAY_PARTS = ("day", "morning", "night", "evening", "afternoon", "week", "month", "year")
_UNIT_KEYS = ("hour", "day", "night", "week", "month", "year")


def _rule_needs(*, months: tuple[str, ...], seasons: tuple[str, ...], weekdays: tuple[str, ...],
                relative_days: tuple[str, ...], holidays: tuple[str, ...],
                moving_holidays: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Substrings (of the lower-cased sentence) without which each rule cannot match, in rule order: checking
    them first skips most regex scans, which cost 1-18 us each even when they find nothing."""
    return [
        ("-",),  # ISO date
        months,  # 26 April 2015
        months,  # April 26, 2015
        holidays,  # on New Year's Day
        moving_holidays,  # on Eid al-Fitr
        months,  # May 2015
        months,  # in May
        ("0s", "0's", "0\u2019s"),  # the 1990s, the 1990's, the 1990’s
        ("19", "20"),  # years
        ("19", "20"),  # from 2011 to 2013
        ("the year",),  # in the year 1030
        seasons,
        weekdays,
        relative_days,  # yesterday, last night
        ("week", "month", "year"),
        ("weekend",),
        ("ago",),
        ("for",),
        ("for",),
        ("past", "last"),
        ("over",),
        ("recent",),
        ("-",),  # a two-year siege
        _UNIT_KEYS,  # 13 days of siege
        _DAY_PARTS,
        ("the day", "the night", "the morning", "the evening"),
        ("earlier", "later", "after", "before", "prior", "previously"),
        ("previous", "preceding", "following", "next"),
    ]


_SINCE = re.compile(r"\bsince\s+", _I)
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the\s+)?(?:beginning|start|outbreak|onset|launch|end)\s+of\s+(?:[\w'-]+\s+){0,6}?"
    rf"(?=(?:in\s+)?{_YEAR}\b)",
    _I,
)


def _expr(s: str, a: int, b: int, res: _Res | _PeriodRes) -> TimeExpr:
    kind, ds, de, relative, offset = res[:5]
    prec = precision_for(ds, de) if ds is not None and de is not None else None
    return TimeExpr(s[a:b], a, b, ds, de, prec, kind, relative, offset, period=res[5] if len(res) > 5 else None)


def _apply_since(s: str, exprs: list[TimeExpr], pub: dt.date | None) -> list[TimeExpr]:
    """Turn "since X" into a window from the start of X to publication."""
    if "since" not in s.lower():
        return exprs
    by_start = {e.start: e for e in exprs}
    out = list(exprs)
    for pattern in (_SINCE, _SINCE_EVENT):
        for m in pattern.finditer(s):
            base = by_start.get(m.end())
            if base is None or base not in out or base.kind in (TimeKind.ANAPHORIC, TimeKind.DURATION, TimeKind.SINCE):
                continue
            a, b = m.start(), base.end
            out = [e for e in out if e.end <= a or e.start >= b]  # the since-phrase absorbs them
            if pub is None or base.date_start is None:
                res: _Res = _unresolved(TimeKind.SINCE)
            else:
                res = (TimeKind.SINCE, base.date_start, pub, True, None)
            since = _expr(s, a, b, res)
            if base.date_start is not None and base.date_end is not None:
                since = replace(since, named=(base.date_start, base.date_end))
            out.append(since)
    out.sort(key=lambda e: e.start)
    return out


def _apply_nth_day(s: str, exprs: list[TimeExpr], before: re.Pattern[str], after: re.Pattern[str],
                   ordinals: dict[str, int], lead: re.Pattern[str] | None = None,
                   after_clause: re.Pattern[str] = re.compile(r"(?!)")) -> list[TimeExpr]:
    """A one-day expression told as the Nth day of a run ("raged for a third day on Wednesday", "on Friday, the
    fourth day of the assault") ends the run's window: it starts N-1 days earlier, N-1 weeks for a run of weeks
    or weekends (spec: the widest window the text allows; one fight over several days is one act)."""
    out = []
    for e in exprs:
        if e.date_start is not None and e.date_start == e.date_end and e.kind in (TimeKind.RELATIVE,
                                                                                  TimeKind.EXPLICIT):
            # (after it: right after, or closing the clause the day is in, "fired tear gas on Tuesday at protesters
            # in X, the third day of demonstrations", no other time between)
            later = [x.start for x in exprs if x.start >= e.end]
            tail = s[e.end:min([e.end + 100, *later])]
            m = before.search(s[max(0, e.start - 80):e.start]) or after.match(tail) or after_clause.search(tail) or (
                lead.match(s) if lead is not None else None)
            n = ordinals.get(m["ord"].lower(), 1) if m else 1
            if n > 1:
                # a run of weeks or weekends ("for a second week", "the third weekend in a row") counts in weeks
                unit = 7 if m["unit"].lower().startswith("week") else 1
                start = e.date_start - dt.timedelta(days=(n - 1) * unit)
                e = TimeExpr(e.text, e.start, e.end, start, e.date_end, precision_for(start, e.date_end), e.kind,
                             e.relative, e.offset_days)
        out.append(e)
    return out


def _apply_ahead(ahead_of: re.Pattern[str], s: str, exprs: list[TimeExpr],
                 published: dt.date | None) -> list[TimeExpr]:
    """A day with no year told as what is to come ("ahead of the June 2 elections", patterns ahead_of) whose day of
    the publication's year is still to come names that day ahead, not the same day of last year: no date at all of
    an act told beside it."""
    if published is None:
        return exprs
    out = []
    for e in exprs:
        m = ahead_of.search(s, max(0, e.start - 40), e.start)
        if m is not None and m.end() == e.start and e.kind == TimeKind.EXPLICIT and e.date_start is not None \
                and e.date_start < published and not _YEAR_IN.search(e.text):
            try:
                ahead = e.date_start.replace(year=published.year)
            except ValueError:  # 29 February
                ahead = e.date_start + dt.timedelta(days=365)
            if ahead > published:
                continue
        out.append(e)
    return out


def _apply_eve(eve_of: re.Pattern[str], s: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """A one-day expression told as what an eve is of ("on the eve of Tuesday's vote", patterns eve_of: a few words
    of its noun phrase between, no comma or clause break) is the day before it."""
    out = []
    prev_end = 0
    for e in exprs:
        m = eve_of.search(s, max(prev_end, e.start - 90), e.start)
        if m is not None and m.end() == e.start and e.date_start is not None and e.date_start == e.date_end:
            day = e.date_start - dt.timedelta(days=1)
            e = replace(e, date_start=day, date_end=day)
        out.append(e)
        prev_end = e.end
    return out


_YEAR_IN = re.compile(rf"\b{_YEAR}\b")
_UNTIL = re.compile(r"\b(?:until|till|up\s+to|before)\s+$", _I)
UNTIL_SPAN_DAYS = 365  # "until spring 2016": the text bounds only the end; look back a year at most


def _apply_until(g: DateGrammar, s: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """Turn "until X" / "before X" into the window that ends the day before X starts, and "from X until Y" ("held
    Palmyra from May 2015 until March 2016") into one window from the start of X to the end of Y."""
    out: list[TimeExpr] = []
    for e in exprs:
        prev = out[-1] if out else None
        if prev is not None and g.range_from.search(s[max(0, prev.start - 8):prev.start]) \
                and g.range_glue.match(s[prev.end:e.start]):
            joined = _from_until(prev, e)
            if joined is not None:
                out[-1] = replace(joined, text=s[prev.start:e.end], start=prev.start, end=e.end)
                continue
        if e.date_start is not None and e.kind == TimeKind.EXPLICIT and _UNTIL.search(s[max(0, e.start - 12):e.start]):
            end = e.date_start - dt.timedelta(days=1)
            start = end - dt.timedelta(days=UNTIL_SPAN_DAYS)
            e = TimeExpr(e.text, e.start, e.end, start, end, precision_for(start, end), TimeKind.UNTIL, e.relative,
                         e.offset_days, (e.date_start, e.date_end) if e.date_end is not None else None)
        out.append(e)
    return out


def _from_until(first: TimeExpr, last: TimeExpr) -> TimeExpr | None:
    """The window of "from <first> until <last>", from the start of the one to the end of the other; a day or
    month without a year takes the other's year ("from June until late August 2014", "from 3 March 2016 to 9
    April"), or the next one when it comes earlier in the year. None when they do not make a range."""
    if first.kind != TimeKind.EXPLICIT or last.kind != TimeKind.EXPLICIT or None in (
            first.date_start, first.date_end, last.date_start, last.date_end):
        return None
    try:
        if first.relative and not last.relative and first.date_start > last.date_start:
            year = last.date_end.year
            first = replace(first, date_start=_same_day_of(first.date_start, year),
                            date_end=_same_day_of(first.date_end, year))
            if first.date_start > last.date_start:
                first = replace(first, date_start=_same_day_of(first.date_start, year - 1),
                                date_end=_same_day_of(first.date_end, year - 1))
        elif last.relative and not first.relative:
            year = first.date_start.year
            last = replace(last, date_start=_same_day_of(last.date_start, year),
                           date_end=_same_day_of(last.date_end, year))
            if last.date_start < first.date_start:
                last = replace(last, date_start=_same_day_of(last.date_start, year + 1),
                               date_end=_same_day_of(last.date_end, year + 1))
        elif first.relative and last.relative and first.date_start > last.date_start:
            # "from March to June" in an April story: the June is last year's (the latest before publication),
            # and so is the March it runs from
            year = first.date_start.year - 1
            first = replace(first, date_start=_same_day_of(first.date_start, year),
                            date_end=_same_day_of(first.date_end, year))
    except ValueError:
        return None
    if first.date_start > last.date_start:
        return None
    # (an act in a clause on the range's end, "from 2012 until November 2023, when the army took the town", is
    # dated by that end: `named`, as for "until")
    return replace(first, date_end=last.date_end, precision=precision_for(first.date_start, last.date_end),
                   relative=first.relative or last.relative, named=(last.date_start, last.date_end))


# --------------------------------------------------------------------------- the grammar, compiled


ROUNDUP_HEAD_WORDS = 8  # a round-up's heading names it in a few words before its window
_HEADING_END = re.compile(r"[ \t]*(?:[:.)\]\n]|$)")
_RUN_IN_COLON = re.compile(r"[ \t]*:")  # right after a day that opens its line: a run-in heading
# A dateline's date is read in the text's first characters only; one more than FILED_DAYS before publication is a
# stamp of something else (an archive's, a correction's), not the day the story was filed.
_DATELINE_CHARS, FILED_DAYS = 120, 31


class DateGrammar:
    """The date rules compiled from a KnowledgeBase's word classes: build once per knowledge, then call
    `find(sentence, published)` for every sentence. Classes used: months, month_abbreviations,
    months_also_words, month_context_words, weekdays, number_words, vague_counts, count_hedges, seasons,
    relative_days, lasting_hostility_nouns, day_ordinals, streak_adjectives (see their headers in
    knowledge/data/words)."""

    def __init__(self, kb: KnowledgeBase):
        w = kb.words
        months = w.list("months")
        if len(months) != 12:
            raise ValueError(f"word class 'months' must list the 12 months in order, it has {len(months)} entries")
        weekdays = w.list("weekdays")
        if len(weekdays) != 7:
            raise ValueError(f"word class 'weekdays' must list the 7 days Monday to Sunday, it has {len(weekdays)}")
        self.month_num = {name.lower()[:3]: n for n, name in enumerate(months, 1)}
        self._after_dateline = kb.patterns.one("after_dateline_date")
        self._before_filing = kb.patterns.one("before_filing_date")
        self.weekday_num = {name.lower(): n for n, name in enumerate(weekdays)}
        # A clause on a year told right after it ("began in 2014, when ..."): words/past_clause_markers after a
        # comma; without one, not a marker that is also a characterising preposition ("founded in 2009 as a sect"
        # says what it was founded as, no clause on 2009)
        markers = w.lower("past_clause_markers")
        bare = markers - w.lower("characterising_prepositions")
        self.year_clause = re.compile(r",\s+(?:" + regex_alternation(markers) + r")\b"
                                      + (r"|\s+(?:" + regex_alternation(bare) + r")\b" if bare else ""), re.I)
        # A live blog's entry header, a line of a clock time and a weekday alone ("22:30 Sunday", "Saturday,
        # 14:05"): the day its entry was written (rule date.blog_entry).
        clock = r"\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?"
        wd = regex_alternation(weekdays)
        self._entry_header = re.compile(
            rf"^[ \t]*(?:{clock}[ \t]+(?P<wd1>{wd})|(?P<wd2>{wd}),?[ \t]+{clock})[ \t]*$", re.I | re.M)
        # A weekday alone on its line ("Monday") over entries that open with a clock time ("22:30 In Thessaloniki
        # ..."): the day those entries were written (rule date.blog_entry), in a text that has such entries.
        self._day_line = re.compile(rf"^[ \t]*(?P<wd>{wd})[ \t]*$", re.I | re.M)
        self._clock_entry = re.compile(rf"^[ \t]*{clock}[ \t]+\S", re.I | re.M)
        # A line that is a date alone, with a clock or a time zone at most ("11 Jun 2024 21:40 GMT", "Tuesday 17
        # September", "Wednesday, 13 March"): an entry header too, when it has a clock or the text has two of them
        # (a lone date line is often the page's own stamp, which the publication date already gives).
        self._line = re.compile(r"^[ \t]*(?P<line>[^\n]{6,60}?)[ \t]*$", re.M)
        self._clock = re.compile(rf"\b{clock}\b|\b\d{{1,2}}h\d{{2}}\b", re.I)
        self._header_rest = kb.patterns.one("entry_header_rest")
        self.eve_of = kb.patterns.one("eve_of")
        self.ahead_of = kb.patterns.one("ahead_of")
        self.roundup_nouns = w.lower("roundup_nouns")
        self.range_glue = kb.patterns.one("range_glue")
        self.range_from = kb.patterns.one("range_from")
        self.one_day_holiday = kb.patterns.one("one_day_holiday")
        self.ambiguous_months = w.set("months_also_words")
        self.numbers = number_values(w)
        self.vague = {k: v[0] for k, v in _valued(w.list("vague_counts"), "vague_counts").items()}
        self.bare_plural = self.vague.get("several", 4)  # "for weeks": as many as "several"
        self.seasons = _valued(w.list("seasons"), "seasons", 4)
        self.holidays = {k.replace("’", "'"): (v[0], v[1])
                         for k, v in _valued(w.list("fixed_holidays"), "fixed_holidays", 2).items()}
        holiday = "|".join(re.escape(k).replace(r"\ ", r"\s+").replace("'", "['’]?")
                           for k in sorted(self.holidays, key=lambda k: (-len(k), k)))
        self.moving_holidays = _moving_holidays(w.list("moving_holidays"))
        self.ordinals = {k: v[0] for k, v in _valued(w.list("ordinal_numbers"), "ordinal_numbers").items()}
        self.one_day_prepositions = w.lower("one_day_prepositions")
        moving = "|".join(re.escape(k).replace(r"\ ", r"[\s-]+")
                          for k in sorted(self.moving_holidays, key=lambda k: (-len(k), k)))
        relative_days = _valued(w.list("relative_days"), "relative_days", 2)
        self.relative_days = {_mod_key(k) or k: v for k, v in relative_days.items()}  # looked up as _h_simple reads
        self.month_context = re.compile(rf"\b(?:{w.alternation('month_context_words')})[\s-]+$", _I)
        self.day_ordinals = {k: v[0] for k, v in _valued(w.list("day_ordinals"), "day_ordinals").items()}
        self.unit_multiples = _unit_multiples(w.list("unit_multiples"))
        streak = w.alternation("streak_adjectives")
        nth = (rf"(?P<ord>{regex_alternation(list(self.day_ordinals))})\s+(?:(?:{streak})\s+)?"
               rf"(?P<unit>day|night|weekend|week)(?:\s+(?:{streak}|in\s+a\s+row))?")  # "a second night running"
        # "for a third day on Wednesday" (the run told before the day), "entered their fifth day in Dhaka on
        # Saturday" (the run's place between them), "on Friday, the third day of" (after it), and "For a second
        # night running, crowds gathered ... on Thursday" (the run leading the sentence)
        self._nth_before = re.compile(
            rf"\b(?:an?|the|its|their)\s+{nth}(?:\s+(?:in|at|outside|near)\s+[^,;.]{{1,40}}?)?\s+(?:on\s+)?$", _I)
        self._nth_after = re.compile(rf"(?:\s*,\s*(?:the|its|their)|\s+for\s+(?:the|an?))\s+{nth}\b", _I)
        self._nth_lead = re.compile(rf"\s*(?:for\s+)?(?:an?|the)\s+{nth}\s*,", _I)
        self._nth_after_clause = re.compile(rf"^[^,;.]*,\s*(?:the|its|their)\s+{nth}\s+of\b", _I)

        abbrevs = sorted({name[:3] for name in months})
        holiday_words = sorted({k.split()[0].replace("'", "").rstrip("s") for k in self.holidays}
                               | {k.split()[0] for k in self.moving_holidays})
        self._gate = re.compile(
            rf"{_GATE_WORDS}|(?-i:{'|'.join(abbrevs)})|{regex_alternation(list(self.seasons))}"
            rf"|{regex_alternation(holiday_words)}|{regex_alternation(list(self.unit_multiples))}", _I)
        words = [k for k in self.numbers if " " not in k]
        tens = [k for k in words if self.numbers[k] % 10 == 0 and 20 <= self.numbers[k] <= 90]
        units = [k for k in words if 1 <= self.numbers[k] <= 9]
        singles = [k for k in self.numbers if k not in tens]
        num = (rf"(?:\d{{1,4}}|{regex_alternation(list(self.vague) + singles)}"
               rf"|(?:{regex_alternation(tens)})(?:[\s-](?:{regex_alternation(units)}))?|an?)")
        self._rules = _compile_rules(
            month_full=rf"(?-i:{regex_alternation(months)})",
            month_any=rf"(?-i:{regex_alternation(list(months) + list(w.list('month_abbreviations')))})\.?",
            weekday=rf"(?:{w.alternation('weekdays')})",
            num=num,
            hedge=rf"(?:{w.alternation('count_hedges')})",
            war_noun=rf"(?:{w.alternation('lasting_hostility_nouns')})",
            season=regex_alternation(list(self.seasons)),
            relative_day=regex_alternation(list(relative_days)),
            holiday=holiday,
            moving=moving,
            ordinal=regex_alternation(list(self.ordinals)),
            holiday_lead=w.alternation("holiday_leads"),
            holiday_span=w.alternation("holiday_spans"),
            multiple=rf"(?:{regex_alternation(list(self.unit_multiples))})s?",
        )
        # "in the days that followed" (patterns following_span: rule date.days_after_told)
        self._rules.append((kb.patterns.one("following_span"), _h_following_span))
        self._needs = _rule_needs(
            months=tuple(self.month_num),
            seasons=tuple(self.seasons),
            weekdays=tuple(self.weekday_num),
            relative_days=tuple(dict.fromkeys(k.split()[-1] for k in relative_days)),
            holidays=tuple(holiday_words),
            moving_holidays=tuple(dict.fromkeys(k.split()[0] for k in self.moving_holidays)),
        ) + [("day", "week")]

    def parse_num(self, text: str) -> tuple[int, bool]:
        """(value, vague) of a count such as '13', 'a few', 'twenty-four', 'a dozen'."""
        key = " ".join(text.lower().replace("-", " ").split())
        if key in self.vague:
            return self.vague[key], True
        if key in self.numbers:
            return self.numbers[key], False
        t = [w for w in key.split() if w != "of"]
        if t and t[0].isdigit():
            return int(t[0]), False
        if t in (["a"], ["an"]):
            return 1, False
        return max(sum(self.numbers.get(word, 0) for word in t), 1), False

    def season_window(self, season: str, year: int) -> tuple[dt.date, dt.date]:
        """The season of `year`; a season that ends in an earlier month than it starts (winter) belongs to the
        year it ends in."""
        sm, sd, em, ed = self.seasons[season]
        start_year = year - 1 if em < sm else year
        return dt.date(start_year, sm, sd), dt.date(year, em, ed)

    def recent_season_year(self, season: str, pub: dt.date) -> int:
        """Year of the most recent `season` that started on or before publication."""
        for year in (pub.year + 1, pub.year, pub.year - 1):
            if self.season_window(season, year)[0] <= pub:
                return year
        return pub.year - 1  # unreachable: one of the three always started

    def entry_days(self, text: str, published: dt.date | None) -> list[tuple[int, dt.date]]:
        """(where each entry's text starts, its day) of a live blog's entry headers ("09:40 Monday", "22:30
        Sunday"), in text order: relative times in an entry ("this afternoon", "yesterday") are counted from the
        day it was written, the most recent such weekday on or before publication, not from publication."""
        if published is None:
            return []
        out = [(m.end(), self._weekday_on_or_before(published, m["wd1"] or m["wd2"]))
               for m in self._entry_header.finditer(text)]
        if self._clock_entry.search(text):
            out.extend((m.end(), self._weekday_on_or_before(published, m["wd"]))
                       for m in self._day_line.finditer(text))
            out.sort()
        dated = self._date_headers(text, published)
        if len(dated) >= 2 or any(clocked for _at, _day, clocked in dated):
            taken = {at for at, _ in out}
            out.extend((at, day) for at, day, _clocked in dated if at not in taken)
            out.sort()
        return out

    def _weekday_on_or_before(self, published: dt.date, weekday: str) -> dt.date:
        """The most recent day named `weekday` ("Monday") on or before publication."""
        return published - dt.timedelta(days=(published.weekday() - self.weekday_num[weekday.lower()]) % 7)

    def _date_headers(self, text: str, published: dt.date) -> list[tuple[int, dt.date, bool]]:
        """(where the entry starts, its day, whether the header has a clock) of the lines that are one day's date
        alone, with a weekday, a clock or a time zone at most, on or before publication and not more than
        FILED_DAYS before it (a live blog's entry headers; rule date.blog_entry)."""
        out = []
        for m in self._line.finditer(text):
            line = m["line"]
            if not any(c.isdigit() for c in line) and not any(w in line.lower() for w in self.weekday_num):
                continue
            days = [t for t in self.find(line, published)
                    if t.kind == TimeKind.EXPLICIT and t.date_start is not None and t.date_start == t.date_end]
            if len(days) != 1:
                continue
            t = days[0]
            rest = self._clock.sub(" ", line[:t.start] + " " + line[t.end:])
            if not self._header_rest.match(rest) or not (
                    published - dt.timedelta(days=FILED_DAYS) <= t.date_start <= published):
                continue
            out.append((m.end(), t.date_start, bool(self._clock.search(line))))
        return out

    @staticmethod
    def run_in_heading(text: str, t: TimeExpr) -> bool:
        """Is the date in `text` a run-in heading that opens it ("Wednesday: Soldiers arrested 12 suspects",
        "Saturday, 9 November: drones struck ..."), the day of that line's acts in a round-up or a log, not a
        dateline's filing stamp (a dateline names its place first; rule date.run_in_day)?"""
        return not text[:t.start].strip() and bool(_RUN_IN_COLON.match(text, t.end))

    def filing_stamp(self, text: str, t: TimeExpr) -> bool:
        """Is the date in `text` the stamp of a dateline or a filing line ("MARIB, Yemen, Jan 14 -"), when the
        story was filed, not when an act happened?"""
        if self.run_in_heading(text, t):
            return False
        return bool(self._after_dateline.match(text, t.end) or self._before_filing.search(text[:t.start]))

    def filing_day(self, text: str, published: dt.date | None) -> dt.date | None:
        """The day a dated dateline on the text's first line, or on a line after a headline or a byline, gives
        ("MAIDUGURI, Nigeria, June 7 (Reuters) -", "[3 June 2024] NIAMEY (AFP) -"), when it comes before publication
        and within FILED_DAYS of it; or the last day of the window a round-up's heading states ("Security brief for
        1-7 July."); else None. Relative times of the story ("on Wednesday", "yesterday") count from that day (rule
        date.dateline_day)."""
        if published is None:
            return None
        ended = False
        for n, whole in enumerate([x.strip() for x in text.strip().split("\n") if x.strip()][:3]):
            if ended:
                break  # (after a story's first sentence: not a headline or a byline over its dateline)
            ended = whole[-1] in ".!?:\"'”"
            line = whole[:_DATELINE_CHARS]
            for t in self.find(line, published):
                if t.kind != TimeKind.EXPLICIT or t.date_start is None or t.date_start != t.date_end:
                    continue
                if not self.filing_stamp(line, t):
                    continue
                if published - dt.timedelta(days=FILED_DAYS) <= t.date_start < published:
                    return t.date_start
                return None
            if n == 0 and (ends := self._roundup_end(line, published)) is not None:
                return ends
        return None

    def _roundup_end(self, line: str, published: dt.date) -> dt.date | None:
        """The last day of the window a round-up's heading states ("Security brief for 1-7 July.", "Weekly
        roundup, 10-16 June:"): a window of two to eight days right after a few words that name a round-up
        (words/roundup_nouns), closing the heading, ended before publication and within FILED_DAYS of it. Its
        weekdays fall in that window, not in the week of publication."""
        for t in self.find(line, published):
            if t.kind != TimeKind.EXPLICIT or t.date_start is None or t.date_end is None \
                    or not 1 <= (t.date_end - t.date_start).days <= 7:
                continue
            head = [w.strip(",;:()").lower() for w in line[:t.start].split()]
            if len(head) <= ROUNDUP_HEAD_WORDS and self.roundup_nouns.intersection(head) \
                    and (t.text.endswith(".") or _HEADING_END.match(line, t.end)) \
                    and published - dt.timedelta(days=FILED_DAYS) <= t.date_end < published:
                return t.date_end
            return None
        return None

    def find(self, sentence: str, published: dt.date | None) -> list[TimeExpr]:
        """All time expressions of `sentence`, left to right, never overlapping (longest wins).

        Windows are resolved against `published`; without it, expressions that need it get no window
        and relative=True. See the module docstring for the conventions.
        """
        if not self._gate.search(sentence):
            return []
        lower = sentence.lower()
        cands: list[tuple[int, int, int, _Res]] = []
        for order, ((pattern, handler), needs) in enumerate(zip(self._rules, self._needs, strict=True)):
            if not any(word in lower for word in needs):
                continue
            for m in pattern.finditer(sentence):
                try:
                    res = handler(self, m, sentence, published)
                except (ValueError, OverflowError):
                    continue  # "2500 years ago": a window before year 1 is no event date (and must not crash)
                if res is not None and res[1] is not None and res[2] is not None \
                        and not plausible_window(res[1], res[2], published):
                    continue  # "in the year 100", "in the year 9999": no date of a reported act
                if res is not None:
                    cands.append((m.start(), m.end(), order, res))
        # Longest first, then earlier rule (explicit before relative before anaphoric), then leftmost.
        # An anaphoric phrase ("a week after") never hides a dated one it overlaps ("last week").
        cands.sort(key=lambda c: (c[3][0] == TimeKind.ANAPHORIC, c[0] - c[1], c[2], c[0]))
        taken: list[tuple[int, int, _Res]] = []
        for a, b, _order, res in cands:
            if all(b <= ta or a >= tb for ta, tb, _ in taken):
                taken.append((a, b, res))
        exprs = [
            _expr(sentence, a, b, res) for a, b, res in sorted(taken, key=lambda t: t[0]) if res is not _BLOCK
        ]
        exprs = _apply_nth_day(sentence, exprs, self._nth_before, self._nth_after, self.day_ordinals,
                               self._nth_lead, self._nth_after_clause)
        exprs = _apply_ahead(self.ahead_of, sentence, exprs, published)
        exprs = _apply_last_year(sentence, exprs, published)
        exprs = _apply_year_told(self.year_clause, sentence, exprs, published)
        return _apply_eve(self.eve_of, sentence,
                          _apply_until(self, sentence, _apply_since(sentence, exprs, published)))


_LAST_YEAR_GLUE = re.compile(r"\s*(?:,\s*|of\s+)?$", re.I)


def _apply_last_year(s: str, exprs: list[TimeExpr], published: dt.date | None) -> list[TimeExpr]:
    """"fell in May last year", "in early March of last year": a month (or part of one) with no year of its own,
    told with "last year" right after it, is that month of the year before publication, not the latest May
    before publication (which may be this year's): one expression over both."""
    if published is None or len(exprs) < 2:
        return exprs
    out: list[TimeExpr] = []
    skip = False
    for e, nxt in zip(exprs, [*exprs[1:], None], strict=True):
        if skip:
            skip = False
            continue
        last_year = published.year - 1
        if nxt is not None and e.kind == TimeKind.EXPLICIT and e.date_start is not None and e.date_end is not None \
                and e.date_start.year == e.date_end.year in (published.year, last_year) \
                and (e.date_end - e.date_start).days < 31 \
                and not re.search(_YEAR, e.text) and nxt.kind == TimeKind.RELATIVE and nxt.date_start is not None \
                and nxt.date_start == dt.date(last_year, 1, 1) and nxt.date_end == dt.date(last_year, 12, 31) \
                and _LAST_YEAR_GLUE.match(s[e.end:nxt.start]):
            start, end = e.date_start.replace(year=last_year), _same_day_of(e.date_end, last_year)
            out.append(TimeExpr(s[e.start:nxt.end], e.start, nxt.end, start, end, precision_for(start, end),
                                TimeKind.EXPLICIT, True))
            skip = True
            continue
        out.append(e)
    return out


_BARE_YEAR = re.compile(r"(?:in\s+)?\d{4}", re.I)


def _apply_year_told(year_clause: re.Pattern[str], s: str, exprs: list[TimeExpr],
                     published: dt.date | None) -> list[TimeExpr]:
    """"The war began in 2014, when separatists seized Sloviansk in April", "In 2015, ... in September": a month
    with no year of its own, told after a past year that opens the sentence or has a when-clause it stands in, is
    that month of that year, not the latest such month before publication. (A year opening the sentence dates what
    it tells; a clause on a year, `year_clause`, tells what happened in it.)"""
    if published is None or len(exprs) < 2:
        return exprs
    out: list[TimeExpr] = []
    year: TimeExpr | None = None
    for e in exprs:
        if e.kind != TimeKind.EXPLICIT or e.date_start is None or e.date_end is None:
            out.append(e)
            continue
        whole = e.date_start == dt.date(e.date_start.year, 1, 1) and e.date_end == dt.date(e.date_start.year, 12, 31)
        if whole and e.date_start.year < published.year and _BARE_YEAR.fullmatch(e.text.strip()) \
                and (not s[:e.start].strip(" ,") or year_clause.match(s, e.end)):
            year = e
        elif year is not None and e.relative and (e.date_end - e.date_start).days < 31 \
                and not re.search(_YEAR, e.text) and e.date_start.year != year.date_start.year:
            y = year.date_start.year
            start, end = _same_day_of(e.date_start, y), _same_day_of(e.date_end, y)
            if e.date_end == _month_end_day(e.date_end):
                end = _month_end_day(end)  # (a whole February keeps its last day in a leap year)
            out.append(replace(e, date_start=start, date_end=end))
            continue
        out.append(e)
    return out


def _month_end_day(day: dt.date) -> dt.date:
    """The last day of the day's month (February's 28th or 29th)."""
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _same_day_of(day: dt.date, year: int) -> dt.date:
    """The day in another year (the last day of February when that year has no 29th)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


@lru_cache(maxsize=1)
def _default_grammar() -> DateGrammar:
    from frontlog.knowledge.base import default_knowledge

    return DateGrammar(default_knowledge())


def find_time_expressions(sentence: str, published: dt.date | None) -> list[TimeExpr]:
    """`DateGrammar.find` with the process's default knowledge, for callers not yet handed a grammar
    (extract/pipeline.py until it builds its stages from a KnowledgeBase)."""
    return _default_grammar().find(sentence, published)
