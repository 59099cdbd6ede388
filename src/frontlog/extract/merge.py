"""Merging: the same act told twice in one article is one event with several evidence sentences.

Split by the spec's rules: a different sub-event type, place, actor pair or time window is a different act.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import replace

from frontlog.model import geo
from frontlog.model.records import SUB_TO_TYPE, SUBSUMES, Event, EventType, SubType, precision_for

SAME_PLACE_KM = 2.0
ONE_POINT_KM = 0.1  # two names of one sentence this close are one place named twice, not two places
UNIDENTIFIED = "Unidentified "  # ACLED's unnamed actors: "Unidentified Armed Group (<Country>)"
REGION_KM = 200.0  # a region-level telling (a headline's "in Homs province") and a town-level one of one act
TRUCE_RETOLD_DAYS = 7  # a truce agreed one day and told again as taking effect days later is one agreement
FIGHT_RUN_DAYS = 13  # a clash told over a run of days ("for a ninth day") and on one of them: one fight, the run
CAPTURE_RETOLD_DAYS = 3  # a place taken by one side, told as taken on days this close, was taken once
# Taking ground by force: the captures every pass and the merge compare against, named once.
CAPTURES = frozenset({SubType.GOVERNMENT_REGAINS_TERRITORY, SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY})
PLACE_OWN_RULE = "place.syntax"  # the rule id of a place read from the act's own words
RELATIVE_CLAUSE_RULE = "modality.relative_past"  # an act told in a relative clause (extract/modality.py)
COUNTER_PROTEST_RULE = "sides.counter_protest"  # the rule id of a crowd told as a counter-protest
NATIONWIDE_RULE = "place.nationwide"  # the rule id pipeline gives an act with no place of its own, put at its country

ANOTHER_ACT_RULE = "discourse.another_act"  # "another strike", "a second bomb": a new act of its kind
ANOTHER_TIME_RULE = "discourse.another_time"  # "Earlier on Monday, ...": an act of its sentence, not of those before
# Rules by which discourse made a record another telling of an act told near it (the fight a capture ended, a
# battle's opening assault): the merge joins them whatever time the sentence opened with.
FOLDED_INTO_ACT = frozenset({"discourse.fighting_into_capture", "discourse.assault_of_battle"})


km = geo.between  # (the name merging has always used)


def windows_overlap(a: Event, b: Event) -> bool:
    if a.date_start is None or b.date_start is None:
        return a.date_start is None and b.date_start is None
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def same_act(a: Event, b: Event, max_km: float = SAME_PLACE_KM,
             covered: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """Could two records be the same act? Same sub-type, same place, overlapping windows, no actor clash.

    A region-level record matches a town-level one in the same country ("seized a town in Homs province" and
    "took the village of Maheen"); a peaceful protest matches the same protest dispersed.
    """
    if a.sub_event_type != b.sub_event_type and b.sub_event_type not in SUBSUMES.get(a.sub_event_type, ()) \
            and a.sub_event_type not in SUBSUMES.get(b.sub_event_type, ()) and not _force_on_rioters(a, b):
        return False
    if ANOTHER_ACT_RULE in (b.rules or ()):
        # "Late on Monday another missile strike hit the port": not the strike told before it, nor the third one
        # told after it ("a second bomb ... a third bomb": the third is marked too). `b` is the later telling
        # (merge_within_article): "another group attacked the base ... At the base, soldiers beat back the
        # attackers" tells the marked act again.
        return False
    if ANOTHER_TIME_RULE in (b.rules or ()) and not set(a.evidence) & set(b.evidence) \
            and not FOLDED_INTO_ACT & set(b.rules or ()):
        # "Militants fired on a bus in X. Earlier on Monday, two militants were killed in a shootout in X": the
        # sentence moved to another time tells another act than those told before it (its own words may tell it
        # twice: "Earlier, the army said it intercepted three drones, two of which were intercepted near X").
        return False
    if _deal_at_venue(a, b):
        # "agreed a ceasefire on Saturday ... signed the agreement in Jeddah later that day": one deal
        return windows_overlap(a, b)
    if a.location != b.location:
        if _family(a.sub_event_type) == "crowd" and a.sub_event_type != b.sub_event_type \
                and False in (a.location_resolved, b.location_resolved) \
                and 3 not in (a.geo_precision, b.geo_precision) and not _protest_stopped_at_spot(a, b):
            # "Angry youths in Jangebe pelted a convoy ... In Gusau, women marched": a village the gazetteer does
            # not know, put at the point of the town that locates it, is not that town, and a riot there does not
            # subsume the town's march.
            return False
        dist = km(a, b)
        if set(a.evidence) & set(b.evidence) and not _one_place_named_twice(a, b, dist) \
                and not _region_and_its_town(a, b, dist):
            return False  # one sentence naming several places is several acts ("took X and Y")
        if a.sub_event_type != b.sub_event_type and (a.geo_precision == 3) != (b.geo_precision == 3) \
                and (a if a.geo_precision == 3 else b).location_resolved is False:
            # A town the gazetteer does not know, put at its region's or country's point, is a town of its own, not
            # a known town at that point, for a telling of another sub-type to be folded into ("fired on protesters
            # in X (unknown) ... fired tear gas at protesters in Baghdad": two crowds). (One sub-type and one doer
            # told at the unknown village and at a town of its region may be one act placed two ways.)
            return False
        regional = (a.geo_precision == 3) != (b.geo_precision == 3) and a.country == b.country and a.country \
            and (a.sub_event_type == b.sub_event_type or _family(a.sub_event_type) == "crowd")
        # (a withdrawal from a region is not the capture of one of its towns: only tellings of one place join)
        if not _truce_retold(a, b) and (dist is None or dist > (REGION_KM if regional else max_km)):
            return False
    if not windows_overlap(a, b) and not (_truce_retold(a, b) and days_apart(a, b) <= TRUCE_RETOLD_DAYS) \
            and not ((_capture_retold(a, b) or _attempt_retold(a, b) or _withdrawal_of_capture(a, b))
                     and days_apart(a, b) <= CAPTURE_RETOLD_DAYS):
        return False
    if crowd_parts(a, b):
        return False
    if (COUNTER_PROTEST_RULE in (a.rules or ())) != (COUNTER_PROTEST_RULE in (b.rules or ())):
        return False  # a counter-protest and the protest it answers: two crowds, two events
    # (a suicide bombing told again by its blast or its device, "detonated the explosives": one act, if no
    # named side of the two tellings differs; the sides are compared below)
    remote = SUB_TO_TYPE[a.sub_event_type] == EventType.EXPLOSIONS_REMOTE_VIOLENCE
    if remote and a.sub_event_type != b.sub_event_type \
            and all(PLACE_OWN_RULE in (e.rules or ()) for e in (a, b)) and not set(a.evidence) & set(b.evidence):
        # (a roadside bomb told with its own place, hours after a suicide bombing there: two acts; but "a car bomb
        # exploded at the bus station and two suicide bombers blew themselves up" is one sentence's one attack)
        return False
    if remote and b.sub_event_type == SubType.REMOTE_EXPLOSIVE_LANDMINE_IED \
            and a.sub_event_type in _STAND_OFF and not set(a.evidence) & set(b.evidence) \
            and _OWN_TIME & set(b.rules or ()):
        # (a bomb told after a strike with a time of its own is another act: "a mortar hit X ... hours later a
        # roadside bomb killed two"; "the blast killed four", told with the strike's time, is the strike)
        return False
    if remote and a.sub_event_type == SubType.REMOTE_EXPLOSIVE_LANDMINE_IED and b.sub_event_type in _STAND_OFF \
            and not set(a.evidence) & set(b.evidence):
        return False  # a strike told after a bomb is not its blast told again: "a roadside bomb ... then mortars"
    if remote and {a.sub_event_type, b.sub_event_type} & _STAND_OFF \
            and SubType.REMOTE_EXPLOSIVE_LANDMINE_IED in (a.sub_event_type, b.sub_event_type) \
            and a.actor2 and b.actor2 and a.actor2 != b.actor2:
        return False  # "a drone strike killed militants ..., while a roadside bomb killed two soldiers": two targets
    if a.sub_event_type != b.sub_event_type and _family(a.sub_event_type) != "crowd" and not remote:
        # A capture and the losers' withdrawal from the place ("troops withdrew from the town"), told apart; a
        # hand-over told as such ("took control without a fight") is the act, not a capture's other side.
        return _loser_withdrew(a) or _loser_withdrew(b) or _handover_retold(a, b)
    if a.sub_event_type != b.sub_event_type and not remote:
        return True  # a protest and its dispersal: the sides are coded differently by sub-type
    if a.sub_event_type == SubType.ARMED_CLASH and _sides_swapped(a, b):
        return True  # a clash between A and B is the clash between B and A: which side comes first is the teller's
    if a.sub_event_type == SubType.ARMED_CLASH and _one_side_each(a, b):
        return True  # each side's telling of one fight ("Rebels attacked X ... Troops repelled the assault")
    if a.sub_event_type == SubType.ARMED_CLASH and _one_fight_of_a_day(a, b):
        return True  # "fought Mozambican and Rwandan troops in X on Friday": an ally or another name for a side
    # (sides crossed, one telling's taker the other's loser, are two captures: "the SDF took X from rebels ... rebels
    # seized X back from the SDF", whatever the umbrella covers)
    crossed = bool(a.actor1 and a.actor1 == b.actor2 or a.actor2 and a.actor2 == b.actor1)
    for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)):
        if x and y and x != y and not (_unidentified(x) or _unidentified(y)) \
                and not (a.sub_event_type in _UMBRELLA_SUBS and not crossed
                         and ((x, y) in covered or (y, x) in covered)):
            return False
    return True


# Acts whose side an umbrella name ("rebels": Syrian Rebels) and a named group of it (Ahrar al-Sham) may tell
# apart: a place taken, where tellings are many and the first often says only "rebels".
_UMBRELLA_SUBS = {SubType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubType.GOVERNMENT_REGAINS_TERRITORY}


def _region_and_its_town(a: Event, b: Event, dist: float | None) -> bool:
    """Are two records of one sentence, one of them at a region only (precision 3), one act told at the region and
    at a town of it ("fired 100 rockets at northern Israel, some hitting open ground near Safed")? The same
    sub-type and the same named doer; the town lies in the region (its admin1, else within REGION_KM)."""
    if (a.geo_precision == 3) == (b.geo_precision == 3) or a.sub_event_type != b.sub_event_type \
            or not a.actor1 or a.actor1 != b.actor1 or _unidentified(a.actor1) or a.country != b.country:
        return False
    if (a if a.geo_precision == 3 else b).location_resolved is False:
        return False  # an unknown village located by its region is a place of its own ("took Kasiro and Sake")
    if a.admin1 and b.admin1:
        return a.admin1 == b.admin1
    return dist is not None and dist <= REGION_KM


def _protest_stopped_at_spot(a: Event, b: Event) -> bool:
    """Is one of two protests of one window the other stopped at a spot of its town the gazetteer does not know,
    put at the town's very point ("rallied in Tel Aviv ...; police used water cannon to clear protesters who
    blocked the Ayalon highway")? A riot beside a march stays apart (an unknown village at a town's point)."""
    dist = km(a, b)
    return a.event_type == b.event_type == EventType.PROTESTS and a.location_resolved != b.location_resolved \
        and dist is not None and dist <= ONE_POINT_KM


def _truce_retold(a: Event, b: Event) -> bool:
    """Is one of two agreements of one country the other told again with no place of its own ("agreed a truce
    around Sake ... The truce took effect at midnight": placed at the country, rule place.nationwide)?"""
    return a.sub_event_type == b.sub_event_type == SubType.AGREEMENT and a.country == b.country \
        and bool(a.country) and (NATIONWIDE_RULE in (a.rules or ())) != (NATIONWIDE_RULE in (b.rules or ()))


def _deal_at_venue(a: Event, b: Event) -> bool:
    """Is one of two agreements the other told again where it was signed, in another country ("agreed a truce ...
    signed the agreement in Jeddah", "the deal was signed in Doha")? One is placed at its parties' country with
    no place of its own (rule place.nationwide), the other elsewhere by its words, with a party of the first and
    no other party."""
    if not a.sub_event_type == b.sub_event_type == SubType.AGREEMENT:
        return False
    national, venue = (a, b) if NATIONWIDE_RULE in (a.rules or ()) else (b, a)
    if NATIONWIDE_RULE not in (national.rules or ()) or NATIONWIDE_RULE in (venue.rules or ()) \
            or not national.country or not venue.country or national.country == venue.country:
        return False
    parties = {national.actor1, national.actor2} - {None}
    return venue.actor1 in parties and venue.actor2 in (None, *parties)


def _capture_retold(a: Event, b: Event) -> bool:
    """Are two captures of one place by one named side (the claim of one day, the last position taken the day
    before; "had entered the city on Sunday", "seized its airport on Tuesday") one taking told on its days?"""
    return a.sub_event_type == b.sub_event_type and a.sub_event_type in CAPTURES and a.location == b.location \
        and bool(a.actor1) and a.actor1 == b.actor1 and not _unidentified(a.actor1 or "")


UNOPPOSED_RULE = "settle.unopposed_transfer"  # a taking told as done without a fight: a hand-over (settle.py)
TAKING_TOLD_ON_RULE = "actor.taking_told_on"  # a taking with no doer of its own, given the side that took (sides.py)
RETELLING_RULE = "discourse.retelling"  # an act noun naming an act told before ("the fall of X"), its sub-type borrowed


def _handover_retold(a: Event, b: Event) -> bool:
    """Are a hand-over told as such ("took control of X without a fight") and a capture of the same place by the
    same side told by an act noun ("the fall of X", "the capture of X") one taking? The noun borrowed the act's
    sub-type before the words of its own sentence made it a hand-over (rule merge.handover_retold)."""
    handover, capture = (a, b) if a.sub_event_type == SubType.NON_VIOLENT_TRANSFER_OF_TERRITORY else (b, a)
    return handover.sub_event_type == SubType.NON_VIOLENT_TRANSFER_OF_TERRITORY \
        and capture.sub_event_type in CAPTURES and UNOPPOSED_RULE in (handover.rules or ()) \
        and RETELLING_RULE in (capture.rules or ()) and handover.location == capture.location \
        and bool(handover.actor1) and handover.actor1 == capture.actor1


def _loser_withdrew(e: Event) -> bool:
    """Is the record a hand-over told by its losers' withdrawal ("troops withdrew from the town")?"""
    return e.sub_event_type == SubType.NON_VIOLENT_TRANSFER_OF_TERRITORY and e.geo_precision != 3 \
        and "actor.loser_is_subject" in (e.rules or ())


def _withdrawal_of_capture(a: Event, b: Event) -> bool:
    """Are a capture of a place and its losers' withdrawal from it ("Russia said its forces had taken the town ...
    Ukraine's army said its troops were withdrawing from it"), told on nearby days, one taking? The losers must
    not differ."""
    capture, other = (a, b) if a.sub_event_type in CAPTURES else (b, a)
    return capture.sub_event_type in CAPTURES and _loser_withdrew(other) and capture.location == other.location \
        and (not capture.actor2 or not other.actor2 or capture.actor2 == other.actor2)


# The rules of a clash told as a failed taking of its place ("failed to capture X", "entered X before being
# pushed out").
ATTEMPT_RULES = ("subtype.territory.attempt", "subtype.territory.repulsed")


def _attempt_retold(a: Event, b: Event) -> bool:
    """Are two clashes at one place by one named side, one of them told as a failed taking of it ("failed to capture
    X after two days of fighting ... had entered parts of the town on Friday before being pushed out"), one attempt
    on the place told on its days?"""
    return a.sub_event_type == b.sub_event_type == SubType.ARMED_CLASH and a.location == b.location \
        and bool(a.actor1) and a.actor1 == b.actor1 and not _unidentified(a.actor1 or "") \
        and any(r in (e.rules or ()) for e in (a, b) for r in ATTEMPT_RULES)


def _one_side_each(a: Event, b: Event) -> bool:
    """Are two clash tellings, one of them told with one side only, the two sides of one fight ("Russian troops
    stormed X" and "Ukrainian units repelled the assaults on X": no more than two named sides between them)?"""
    if not any(x is None for x in (a.actor1, a.actor2, b.actor1, b.actor2)):
        return False
    named = {x for x in (a.actor1, a.actor2, b.actor1, b.actor2) if x and not _unidentified(x)}
    return len(named) == 2


def _one_fight_of_a_day(a: Event, b: Event) -> bool:
    """Are two clash tellings at one place on one and the same day, with one named side in common or one told with
    one side only, one fight told with its other side's ally ("fought Mozambican and Rwandan troops") or a side
    named two ways (the army's "Boko Haram" and the claimant's "ISWAP")?"""
    if a.location != b.location or not a.date_start or (a.date_start, a.date_end) != (b.date_start, b.date_end) \
            or a.date_start != a.date_end:
        return False
    if any(x is None for x in (a.actor1, a.actor2, b.actor1, b.actor2)):
        return True  # (a telling with one side only: "attacked a base in X", the fight's other telling has both)
    named = {x for x in (a.actor1, a.actor2) if x and not _unidentified(x)}
    return bool(named & {x for x in (b.actor1, b.actor2) if x and not _unidentified(x)})


def days_apart(a: Event, b: Event) -> int:
    """Days between two windows (0 when they overlap; large when either has none)."""
    if not (a.date_start and a.date_end and b.date_start and b.date_end):
        return 10 ** 6
    first, second = sorted((a, b), key=lambda e: e.date_start)
    return max(0, (dt.date.fromisoformat(second.date_start) - dt.date.fromisoformat(first.date_end)).days)


def _one_place_named_twice(a: Event, b: Event, dist: float | None) -> bool:
    """"El Fasher" and "Fasher" in one sentence: one point, one name inside the other, one place named twice (two
    villages placed at the town they lie near are two places, though they share its point)."""
    if dist is None or dist > ONE_POINT_KM or not a.location or not b.location:
        return False
    x, y = (set(re.findall(r"\w+", n.casefold())) for n in (a.location, b.location))
    return x <= y or y <= x


def _sides_swapped(a: Event, b: Event) -> bool:
    """Are two tellings' sides the same, told the other way round (actor1 of one is actor2 of the other, and no
    named side of either is missing from the other's pair)?"""
    if not (a.actor1 and a.actor1 == b.actor2 or a.actor2 and a.actor2 == b.actor1):
        return False
    # (an unnamed side, "Unidentified Armed Group", may be the other telling's named one: "troops were attacked")
    named = {x for x in (a.actor1, a.actor2, b.actor1, b.actor2) if x and not _unidentified(x)}
    return len(named) <= 2


def _unidentified(actor: str) -> bool:
    # ACLED's name for attackers nobody named ("Unidentified Armed Group (Mali)"): a later telling may name them.
    return actor.startswith(UNIDENTIFIED)


def combine(a: Event, b: Event) -> Event:
    """One record from two tellings of one act; `a` is kept as the base (earlier in the text), with the more
    precise place and the stronger sub-type of the two. Both are left as they were: the result is a new record
    (its list fields are rebuilt below, so a shallow copy is enough)."""
    a = replace(a)
    if _force_on_rioters(a, b):
        # Force on a crowd that rioted is the riot's: the force, actor1 of the excessive force, is the riot's other
        # side (the crowd's sides as a protest's, protesters first, so the riot's fill in as for a dispersal).
        a, b = (_crowd_first(a), b) if a.sub_event_type != SubType.VIOLENT_DEMONSTRATION else (a, _crowd_first(b))
        a.rules = [*(a.rules or []), "merge.force_on_rioters"]
    swapped = a.sub_event_type == b.sub_event_type == SubType.ARMED_CLASH and _sides_swapped(a, b) \
        and not (a.actor1 == b.actor1 and a.actor2 == b.actor2)
    if swapped:
        # The later telling's sides in the earlier one's order (a new record; the told one is unchanged).
        b = replace(b, actor1=b.actor2, actor2=b.actor1)
    # A clash told by each side with one side only: the other telling's side that this one lacks is its other side.
    other = next((x for x in (b.actor1, b.actor2) if x and not _unidentified(x) and x not in (a.actor1, a.actor2)),
                 None) if a.sub_event_type == b.sub_event_type == SubType.ARMED_CLASH and not swapped \
        and _one_side_each(a, b) else None
    one_side_each = other is not None
    one_day = a.sub_event_type == b.sub_event_type == SubType.ARMED_CLASH and not swapped and not one_side_each \
        and _one_fight_of_a_day(a, b) and not (a.actor1 == b.actor1 and a.actor2 == b.actor2)
    if other is not None:
        if a.actor1 is None or _unidentified(a.actor1):
            a.actor1 = other
        else:
            a.actor2 = other
        b = replace(b, actor1=a.actor1, actor2=a.actor2)
    retold = _truce_retold(a, b) and NATIONWIDE_RULE in (a.rules or ())  # (b has a place of its own)
    # (a deal told again at its venue abroad stays at its parties' country, whichever telling came first)
    venue = _deal_at_venue(a, b)
    if venue and NATIONWIDE_RULE in (b.rules or ()) or not venue and (
            (b.geo_precision or 9) < (a.geo_precision or 9) or retold):
        for f in ("location", "country", "admin1", "latitude", "longitude", "geo_precision"):
            setattr(a, f, getattr(b, f))
    handover = _handover_retold(a, b)
    if handover and a.sub_event_type in CAPTURES:
        # (the hand-over's words decide, whichever telling came first: the capture's sides were a guess)
        a.event_type, a.sub_event_type, a.actor2 = b.event_type, b.sub_event_type, b.actor2
    elif not handover and (a.sub_event_type in SUBSUMES.get(b.sub_event_type, ())
                           or b.sub_event_type == SubType.VIOLENT_DEMONSTRATION
                           and "merge.force_on_rioters" in (a.rules or ())):
        # The stronger telling decides the sub-type, and with it who is actor1 (protesters or the force).
        a.event_type, a.sub_event_type = b.event_type, b.sub_event_type
        a.actor1, a.actor2 = b.actor1 or a.actor1, b.actor2 or a.actor2
        if a.sub_event_type == SubType.VIOLENT_DEMONSTRATION and a.actor2 and a.actor2 == b.actor1:
            a.actor2 = None  # the protesters of the peaceful telling are the rioters, not their other side
    if TAKING_TOLD_ON_RULE in (b.rules or ()) and a.date_start:
        # A taking told on with no date of its own ("'units liberated the settlement,' the ministry said") has the
        # first telling's window, not one it inherited from a sentence about another act.
        b = replace(b, date_start=a.date_start, date_end=a.date_end, date_precision=a.date_precision)
    if a.date_start and b.date_start:
        # Two windows for one act: the act lies in both, so keep their intersection.
        start, end = max(a.date_start, b.date_start), min(a.date_end, b.date_end)
        if start <= end and a.sub_event_type == b.sub_event_type == SubType.ARMED_CLASH and _run_and_its_day(a, b):
            # "raged for a third day on Thursday ... The clashes began on Tuesday": a fight of several days told
            # with one of its days; the fight is the whole run, the day a part of it.
            start, end = min(a.date_start, b.date_start), max(a.date_end, b.date_end)
        if start <= end:
            a.date_start, a.date_end = start, end
            a.date_precision = _precision(start, end)
        elif retold:
            # A truce told again days later ("was holding on Tuesday"): the telling with its own place dates it.
            a.date_start, a.date_end, a.date_precision = b.date_start, b.date_end, b.date_precision
        elif _capture_retold(a, b) or _attempt_retold(a, b) or _withdrawal_of_capture(a, b):
            # One taking told on two nearby days: it lies between the first and the last.
            a.date_start, a.date_end = min(a.date_start, b.date_start), max(a.date_end, b.date_end)
            a.date_precision = _precision(a.date_start, a.date_end)
    named = False
    for f in ("actor1", "actor2"):
        x, y = getattr(a, f), getattr(b, f)
        if x and y and x != y and _unidentified(x) and not _unidentified(y):
            setattr(a, f, y)  # "gunmen killed 12 ... the ADF carried out the attack": the attackers named
            named = True
    a.actor1 = a.actor1 or b.actor1
    a.actor2 = a.actor2 or b.actor2
    a.assoc_actors = sorted(set(a.assoc_actors) | set(b.assoc_actors) - {a.actor1})
    a.fatalities = _lowest(a.fatalities, b.fatalities)
    a.count = max(a.count or 0, b.count or 0) or None
    a.claimed_by = a.claimed_by or b.claimed_by
    a.evidence = a.evidence + [s for s in b.evidence if s not in a.evidence]
    a.confidence = round(min(1.0, max(a.confidence, b.confidence) + 0.05), 3)
    a.rules = list(dict.fromkeys([*(a.rules or []), *(b.rules or []), "merge.same_act",
                                  *(["merge.attackers_named"] if named else []),
                                  *(["merge.clash_sides_either_way"] if swapped else []),
                                  *(["merge.clash_one_side_each"] if one_side_each else []),
                                  *(["merge.clash_one_day"] if one_day else []),
                                  *(["merge.handover_retold"] if handover else [])]))
    return a


def _run_and_its_day(a: Event, b: Event) -> bool:
    """Does one window hold the other and last a few days (at most FIGHT_RUN_DAYS): a fight's run and a day of it?"""
    (wide, narrow) = sorted((a, b), key=lambda e: _days(e.date_start, e.date_end), reverse=True)
    return wide.date_start <= narrow.date_start and narrow.date_end <= wide.date_end \
        and 0 < _days(wide.date_start, wide.date_end) <= FIGHT_RUN_DAYS


def _days(start: str, end: str) -> int:
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days


def _force_on_rioters(a: Event, b: Event) -> bool:
    """Are two records of one sentence grave force on a crowd and that crowd's riot told in a relative clause on it
    ("police fired live rounds at protesters who had blocked roads with burning tyres, killing two", "fired on a
    crowd that was stoning their vehicles")? One violent demonstration (ACLED). A riot told beside the force, or in
    sentences apart, may be another crowd of the town, and stays apart."""
    riot = a if a.sub_event_type == SubType.VIOLENT_DEMONSTRATION else b
    return {a.sub_event_type, b.sub_event_type} == {SubType.VIOLENT_DEMONSTRATION,
                                                    SubType.EXCESSIVE_FORCE_AGAINST_PROTESTERS} \
        and bool(set(a.evidence) & set(b.evidence)) and RELATIVE_CLAUSE_RULE in (riot.rules or ())


def _crowd_first(force: Event) -> Event:
    """An excessive force record with its sides as a protest's: the crowd actor1, the force actor2."""
    return replace(force, actor1=force.actor2, actor2=force.actor1)


def _lowest(x: int | None, y: int | None) -> int | None:
    # ACLED's conservative rule: the lowest credible reported figure.
    vals = [v for v in (x, y) if v is not None]
    return min(vals) if vals else None


def _precision(start: str, end: str) -> str:
    return precision_for(dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def merge_within_article(events: list[Event], covered: frozenset[tuple[str, str]] = frozenset()) -> list[Event]:
    """Each event joins the earliest earlier one it is the same act as (same_act), else stands alone.

    Only events that could pass same_act are compared: those of the same sub-type family at the same location
    name, or within SAME_PLACE_KM, or (for a region-level telling) within REGION_KM. They are found in grids of
    cells, so a long article costs time in proportion to its length, not to the square of its events.
    `covered`: (umbrella, group) pairs, an umbrella name of the article ("Syrian Rebels") and a group of it named
    there, that may tell one capture.
    """
    out: list[Event] = []
    index = _Candidates()
    for ev in events:
        twin = None
        near = index.near(ev)
        for i in near:
            if same_act(out[i], ev, covered=covered):
                twin = i
                break
        if twin is None:
            if any(crowd_parts(out[i], ev) for i in near) and ev.rules is not None:
                ev = replace(ev, rules=[*ev.rules, "merge.crowd_parts"])  # a new record, the told one unchanged
            index.add(ev, len(out))
            out.append(ev)
        else:
            out[twin] = _named_over_umbrella(combine(out[twin], ev), ev, covered)
            index.add(out[twin], twin)  # its place may have changed: findable there too from now on
    return out


CLASH_ON_CIVILIANS_RULE = "merge.clash_on_civilians"
_HARM_TO_PEOPLE = frozenset({SubType.ATTACK, SubType.ABDUCTION_FORCED_DISAPPEARANCE, SubType.SEXUAL_VIOLENCE})


def clashes_on_civilians(events: list[Event], civilian: Callable[[str], bool]) -> list[Event]:
    """The armed clashes whose only other side is civilians, told beside an attack on people (a killing, an
    abduction) by the same doer at the same place and time: "gunmen attacked the camp and abducted four women",
    "stormed a village, killing 15": the raid's verb read as a fight, the act on the people told by the other
    record. A clash needs two armed sides; with the people it hit told as the victims of a record of their own,
    it is that record's act told again (rule merge.clash_on_civilians). A clash on civilians with no such record
    beside it stays (its other side may be one the parse missed: "residents killed by stray bullets as the army
    and the RSF battled")."""
    harms = [e for e in events if e.sub_event_type in _HARM_TO_PEOPLE]
    out = []
    for ev in events:
        if ev.sub_event_type != SubType.ARMED_CLASH or ev.actor2 is None or not civilian(ev.actor2):
            continue
        for h in harms:
            dist = km(ev, h)
            same_doer = ev.actor1 is None or h.actor1 is None or ev.actor1 == h.actor1 \
                or _unidentified(ev.actor1) or _unidentified(h.actor1)
            if same_doer and windows_overlap(ev, h) and (ev.location == h.location
                                                        or (dist is not None and dist <= SAME_PLACE_KM)):
                out.append(ev)
                break
    return out


RAID_RETOLD_RULE = "merge.raid_retold"
# The rules of a clash whose other side the text told, though the record kept one side only (raid_told_again).
_OTHER_SIDE_TOLD = frozenset({"actor.clash_one_side", "sides.same_actor_twice"})


def raid_told_again(events: list[Event]) -> list[Event]:
    """The clashes that retell, in a later sentence, an attack on people by attackers nobody named ("Gunmen killed
    157 villagers in X ... The attackers surrounded the village at dawn"): a clash told with the doer only, the
    same unnamed doer (ACLED's Unidentified Armed Group of the country), at the attack's place and in its window,
    in a sentence of its own after it. The described doer ("the attackers", "the assailants") is the attack's, and
    its raid verb ("surrounded", "stormed", "raided") tells that raid again: a clash needs a second armed side the
    text names. A clash whose one named side is whom it was fought against ("vigilantes fought the gunmen", rule
    actor.clash_one_side; "militiamen fought them", a second side read as the first, sides.same_actor_twice), a
    clash with a side of its own, and a named group's fight beside its killings ("IS fought troops in Hasaka ...
    took dozens of men") stay (rule merge.raid_retold)."""
    out = []
    for k, ev in enumerate(events):
        if ev.sub_event_type != SubType.ARMED_CLASH or ev.actor2 is not None or ev.actor1 is None \
                or not _unidentified(ev.actor1) or _OTHER_SIDE_TOLD & set(ev.rules or ()):
            continue
        for h in events[:k]:
            dist = km(ev, h)
            if h.sub_event_type in _HARM_TO_PEOPLE and h.actor1 == ev.actor1 and windows_overlap(ev, h) \
                    and not set(ev.evidence) & set(h.evidence) \
                    and (ev.location == h.location or (dist is not None and dist <= SAME_PLACE_KM)):
                out.append(ev)
                break
    return out


STATE_BRANCHES_RULE = "merge.clash_state_branches"
CAPTURE_BRANCHES_RULE = "merge.capture_state_branches"


def fold_state_branches(events: list[Event], state_of: Callable[[str], str | None]) -> list[Event]:
    """Two clash tellings at one place on one same day whose state side is told once as one of a country's forces
    and once as another of the same country's ("separatists attacked a gendarmerie post in X, killing two
    gendarmes ... soldiers sent as reinforcements clashed with the attackers"), their other sides the same or one
    unnamed: one fight, the later telling folded into the earlier (rule merge.clash_state_branches; two captures,
    merge.capture_state_branches). `state_of` gives the country of a state's force, None for anyone else."""
    out: list[Event] = []
    for ev in events:
        twin = next((i for i, e in enumerate(out) if _branches_of_one_fight(e, ev, state_of)), None)
        if twin is None:
            out.append(ev)
        else:
            merged = combine(out[twin], ev)
            rule = CAPTURE_BRANCHES_RULE if ev.sub_event_type in CAPTURES else STATE_BRANCHES_RULE
            out[twin] = replace(merged, rules=[*(merged.rules or ()), rule]) if merged.rules is not None else merged
    return out


def _branches_of_one_fight(a: Event, b: Event, state_of: Callable[[str], str | None]) -> bool:
    if ANOTHER_ACT_RULE in (b.rules or ()):
        return False  # "In another part of the town, militiamen fought the police": told as a new act (same_act)
    if a.sub_event_type == b.sub_event_type and a.sub_event_type in CAPTURES:
        return _branches_of_one_capture(a, b, state_of)
    if SubType.ARMED_CLASH not in (a.sub_event_type, b.sub_event_type) or a.sub_event_type != b.sub_event_type:
        return False
    if a.location != b.location or not a.date_start or (a.date_start, a.date_end) != (b.date_start, b.date_end) \
            or a.date_start != a.date_end:
        return False

    def split(e: Event) -> tuple[str | None, str | None, str | None]:
        sides = [x for x in (e.actor1, e.actor2) if x]
        states = [x for x in sides if state_of(x)]
        if len(sides) != 2 or len(states) != 1:
            return None, None, None
        other = next(x for x in sides if x != states[0])
        return states[0], state_of(states[0]), other

    sa, ca, oa = split(a)
    sb, cb, ob = split(b)
    if sa is None or sb is None or sa == sb or ca != cb or oa is None or ob is None:
        return False
    return oa == ob or _unidentified(oa) or _unidentified(ob)


def _branches_of_one_capture(a: Event, b: Event, state_of: Callable[[str], str | None]) -> bool:
    """Are two captures of one place, told on the same or nearby days, one taking whose state side is told once as
    one of a country's forces and once as another ("the Taliban took the district from the army ... the Taliban
    said it had captured the police headquarters there"; "Iraqi forces retook the quarter ... a police officer
    confirmed it had been retaken")? Each side is the same in both, unnamed in one, or two forces of one state;
    at least one side is named the same in both (rule merge.capture_state_branches)."""
    if a.location != b.location or not (windows_overlap(a, b) or days_apart(a, b) <= CAPTURE_RETOLD_DAYS):
        return False
    same = 0
    for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)):
        if x and y and x == y and not _unidentified(x):
            same += 1
        elif x and y and x != y and not (state_of(x) and state_of(x) == state_of(y)):
            return False
    return same >= 1


# Stand-off fire whose blast may be told again as a bomb ("the bombing", "the blast": taxonomy.tsv), and the rules
# that give a telling a time of its own.
_STAND_OFF = {SubType.AIR_DRONE_STRIKE, SubType.SHELLING_ARTILLERY_MISSILE_ATTACK}
_OWN_TIME = {"date.expression", "date.offset_between_acts"}


def _named_over_umbrella(merged: Event, told: Event, covered: frozenset[tuple[str, str]]) -> Event:
    """A side the merged record gives by an umbrella name that the later telling names as one of its groups takes
    the group's name ("rebels took Saraqib ... Ahrar al-Sham fighters took the town")."""
    for side in ("actor1", "actor2"):
        x, y = getattr(merged, side), getattr(told, side)
        if (x, y) in covered:
            merged = replace(merged, **{side: y})
    return merged


def crowd_parts(a: Event, b: Event) -> bool:
    """A riot by a part of a crowd (rule sides.crowd_part: "some threw stones") and a protest at one place in one
    window: the violent part and the peaceful part, two events (ACLED codes both when the text tells both). A
    crowd that turns violent as a whole stays one event, and so does a riot and its dispersal."""
    riot, protest = (a, b) if a.event_type == EventType.RIOTS else (b, a)
    return riot.event_type == EventType.RIOTS and protest.sub_event_type == SubType.PEACEFUL_PROTEST \
        and "sides.crowd_part" in (riot.rules or ()) \
        and (a.location == b.location or (km(a, b) or math.inf) <= SAME_PLACE_KM) and windows_overlap(a, b)


_CROWD_TYPES = {EventType.PROTESTS, EventType.RIOTS}
# Outside the crowd types, a sub-type is compared in the family of the one it subsumes (the captures absorb the
# hand-over: one family for the three).
_ABSORBED_BY = {high: low for high, lows in SUBSUMES.items() for low in lows
                if SUB_TO_TYPE.get(high) not in _CROWD_TYPES}


def _family(sub: str) -> str:
    """Sub-types same_act may join, with the crowd ones together (a protest and its dispersal join; a riot and a
    protest are compared to be kept apart, crowd_parts), and a sub-type with those it subsumes (a capture and
    the withdrawal from the place taken)."""
    if SUB_TO_TYPE.get(sub) in _CROWD_TYPES:
        return "crowd"
    return _ABSORBED_BY.get(sub, sub)


_FINE_DEG = 0.02  # about 2.2 km of latitude: SAME_PLACE_KM lies within the neighbouring cells
_COARSE_DEG = 2.0  # about 220 km: REGION_KM lies within the neighbouring cells


class _Candidates:
    """Indices of earlier events that may be the same act as a new one, in order (a superset; same_act decides)."""

    def __init__(self) -> None:
        self.by_location: dict[tuple, list[int]] = {}
        self.fine: dict[tuple, list[int]] = {}
        self.coarse: dict[tuple, list[int]] = {}
        self.truces: dict[str | None, list[int]] = {}  # agreements by country: a truce retold country-wide

    @staticmethod
    def _cells(lat: float, lon: float, deg: float, reach_km: float) -> list[tuple[int, int]]:
        row, col = math.floor(lat / deg), math.floor(lon / deg)
        # A degree of longitude shrinks with latitude: reach as many columns as reach_km needs there.
        lon_km = max(111.32 * deg * math.cos(math.radians(min(abs(lat) + deg, 90.0))), 1e-3)
        cols = min(math.ceil(reach_km / lon_km), math.ceil(180 / deg))
        around = round(360 / deg)  # columns wrap at the antimeridian (179.99 and -179.99 are neighbours)
        return [(row + dr, (col + dc) % around) for dr in (-1, 0, 1) for dc in range(-cols, cols + 1)]

    def add(self, ev: Event, i: int) -> None:
        fam = _family(ev.sub_event_type)
        self.by_location.setdefault((fam, ev.location), []).append(i)
        if ev.sub_event_type == SubType.AGREEMENT:
            self.truces.setdefault(ev.country, []).append(i)
        if ev.latitude is not None and ev.longitude is not None:
            fine = (math.floor(ev.latitude / _FINE_DEG), math.floor(ev.longitude / _FINE_DEG) % round(360 / _FINE_DEG))
            self.fine.setdefault((fam, *fine), []).append(i)
            coarse = (math.floor(ev.latitude / _COARSE_DEG),
                      math.floor(ev.longitude / _COARSE_DEG) % round(360 / _COARSE_DEG))
            self.coarse.setdefault((fam, ev.country, ev.geo_precision == 3, *coarse), []).append(i)

    def near(self, ev: Event) -> list[int]:
        fam = _family(ev.sub_event_type)
        found = set(self.by_location.get((fam, ev.location), ()))
        if ev.sub_event_type == SubType.AGREEMENT:
            # (every country's: a deal may be told again at its venue abroad; an article tells few deals)
            for told in self.truces.values():
                found.update(told)
        if ev.latitude is not None and ev.longitude is not None:
            for cell in self._cells(ev.latitude, ev.longitude, _FINE_DEG, SAME_PLACE_KM):
                found.update(self.fine.get((fam, *cell), ()))
            if ev.country:
                # A region-level telling meets town-level ones of its country, and the other way round.
                other = ev.geo_precision != 3
                for cell in self._cells(ev.latitude, ev.longitude, _COARSE_DEG, REGION_KM):
                    found.update(self.coarse.get((fam, ev.country, other, *cell), ()))
        return sorted(found)
