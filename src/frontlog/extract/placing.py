"""Where an act happened: which of the sentence's places (or the story's, the dateline's, an earlier act's) an act
takes, and when a capital or a venue is not the act's place."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from frontlog.extract.arguments import Mention, governed, text_of
from frontlog.extract.candidates import (
    CROWD_TYPES,
    INHERIT_SENTENCES,
    NATIONWIDE_SUBS,
    NON_STATE_KINDS,
    Stages,
    _kind,
    first_conjunct,
)
from frontlog.extract.context import _ArticleContext
from frontlog.extract.dates import TimeKind
from frontlog.extract.merge import NATIONWIDE_RULE, windows_overlap
from frontlog.extract.places import name_key, place_finder
from frontlog.extract.sides import (
    _doers_named_again,
    _mediator,
    _named_before,
    _on_doers,
    _pronoun_doers,
    _type_of,
    _weapon_targets,
)
from frontlog.knowledge.gazetteer import ADMIN1_KIND, CITY_KIND, COUNTRY_KIND, SITE_KIND, index_words
from frontlog.knowledge.lexicon import ATTACK_CLASS, KILL_CLASS, Trigger
from frontlog.model import geo
from frontlog.model.records import SubType

if TYPE_CHECKING:
    from spacy.tokens import Token

_TOWN_PARTS = ("place.part_of_town", "place.district_seat")  # what a town's possessive may only locate
_POSSESSIVE = re.compile(r"['’]s\s+")  # between a town and a part of it: "Baghdad's Karrada"

LOCAL_VENUE_KM = 25  # a truce made in a town of the country this far from the capital is local to that town
# Triggers whose act is done to people: violence against civilians or a killing decided by its victims.
VICTIM_SUBS = frozenset({KILL_CLASS, ATTACK_CLASS, SubType.ATTACK, SubType.ABDUCTION_FORCED_DISAPPEARANCE,
                         SubType.SEXUAL_VIOLENCE})
# Acts done to people at one spot, never country-wide (spec: never a country centroid for a local act): told only
# as in a country ("an aid worker kidnapped in Niger", "1,400 people kidnapped in Haiti"), they have no place.
LOCAL_ONLY_SUBS = frozenset({SubType.MOB_VIOLENCE, SubType.ABDUCTION_FORCED_DISAPPEARANCE, SubType.SEXUAL_VIOLENCE})
# Acts of a government's seat or its courts, reported from there: with no place of their own, the dateline's city.
REPORTED_FROM_SEAT = {SubType.ARRESTS, SubType.AGREEMENT, SubType.CHANGE_TO_GROUP_ACTIVITY, SubType.OTHER}


# The times a lead act placed by the next sentences may carry: a day named or counted, not a span ("since 2015").
LEAD_TIME_KINDS = frozenset({TimeKind.EXPLICIT, TimeKind.RELATIVE, TimeKind.ANAPHORIC})
LEAD_SENTENCES = 3  # the article's lead: its first sentences (a headline or a date stamp may come first)

def _city_of_country(ctx: _ArticleContext, p: Mention) -> Mention:
    """"Djibouti city": a country's name followed by "city" is its capital named like it (place.capital_anaphor)."""
    if _kind(p.value) != COUNTRY_KIND or text_of(p.token.doc)[p.end:p.end + 5].lower() != " city":
        return p
    capital = ctx.st.kb.gazetteer.capital_city(p.value.country)
    if capital is None or capital.name.lower() != p.value.name.lower():
        return p
    return replace(p, value=capital, precision=1, extra={**p.extra, "place_rule": "place.capital_anaphor"})


def _site_named_again(ctx: _ArticleContext, head) -> Mention | None:
    """The site an earlier "the <noun>" in the trigger's clause names again: the last site mention before it
    whose name ends in that noun, or is followed by it ("the Ras Doumeira promontory" ... "the promontory")."""
    verb = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass", "pobj") else head
    text = text_of(head.doc)
    for tok in verb.subtree:
        if tok.pos_ != "NOUN" or tok.i == head.i or not any(c.dep_ == "det" and c.lower_ == "the"
                                                            for c in tok.children):
            continue
        noun = tok.lower_
        for m in reversed(ctx.place_mentions):
            if m.end > tok.idx or m.extra.get("in_actor") or _kind(m.value) != SITE_KIND:
                continue
            after = text[m.end:m.end + len(noun) + 1]
            if m.value.name.lower().split()[-1] == noun or after.lower() == f" {noun}":
                return m
    return None


def _capital(ctx: _ArticleContext, place) -> bool:
    """Is the place its country's capital (the gazetteer's point of the country)?"""
    if _kind(place) != CITY_KIND:
        return False
    capital = ctx.st.kb.gazetteer.capital_city(place.country)
    return capital is not None and (capital.lat, capital.lon) == (place.lat, place.lon)


def _capital_named(ctx: _ArticleContext, head) -> tuple[object | None, bool]:
    """(the capital, named by its country?) when the trigger's clause says "the capital" and names no place: the
    capital of the country a demonym before it names ("the Afghan capital"), else of the article's country."""
    verb = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass", "pobj") else head
    for tok in verb.subtree:
        if tok.lemma_.lower() == "capital" and tok.pos_ == "NOUN" and not ctx.args.in_scene_clause(head, tok) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):  # "the capital of X" names X
            named = [ctx.st.kb.demonym_countries.get(c.text, frozenset()) for c in tok.children
                     if c.dep_ in ("amod", "compound")]
            named = [next(iter(cc)) for cc in named if len(cc) == 1]
            country = named[0] if named else ctx.country
            return (ctx.st.kb.gazetteer.capital_city(country) if country else None), bool(named)
    return None, False


def _parts_over_possessor_towns(places: list[Mention], usable: list[Mention]) -> list[Mention]:
    """"in Baghdad's Karrada district": the town in the possessive only locates the district inside it (read as a
    part of the town, place.part_of_town), which is where the act was, as in "the Karrada district of Baghdad";
    "in Kabul's Paghman district": the district of the town's province, at its seat (place.district_seat)."""
    pairs = [(p, q) for p in usable for q in places
             if q.extra.get("place_rule") in _TOWN_PARTS and not q.extra.get("in_actor") and q.start > p.end
             and getattr(q.value, "country", None) == getattr(p.value, "country", None)
             and _POSSESSIVE.fullmatch(p.token.doc.text, p.end, q.start)]
    if not pairs:
        return usable
    towns, parts = {id(p) for p, _q in pairs}, [q for _p, q in pairs]
    return [p for p in usable if id(p) not in towns] + [q for q in parts if q not in usable]


def _speech_venue(ctx: _ArticleContext, head, tok) -> bool:
    """Is the place where a reporting verb that governs the act was said ("told reporters in Gusau that ...", "told a
    news conference in Kabul that ..."): reached from the verb through prepositions and objects only (not its
    speaker, "Lebanon's health ministry said", "residents of Kobo said"), and the act lies in a clause the verb
    reports (not "clashes were reported in El Obeid": the act reported there)?"""
    if tok.dep_ != "pobj":
        return False
    while tok.head.i != tok.i:
        if tok.i == head.i or tok.dep_ not in ("pobj", "prep", "dobj"):
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.lower() in ctx.args.REPORTING_LEMMAS and _reported_clause(tok, head)
    return False


def _reported_clause(verb, head) -> bool:
    """Does the act lie in a clause complement of the verb ("told reporters that bandits killed ...")?"""
    for anc in [head, *head.ancestors]:
        if anc.i == verb.i:
            return False
        if anc.dep_ == "ccomp" and anc.head.i == verb.i:
            return True
    return False


def _same_region(ctx: _ArticleContext, head, recent: tuple | None):
    """The admin-1 region of the place the story just told, when the act's clause says it was in "the same
    province" (words/same_region_phrases.txt), else None."""
    if recent is None:
        return None
    phrases = ctx.st.words.lower("same_region_phrases")
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if not any(t.dep_ == "amod" and f"{t.lower_} {t.head.lower_}" in phrases
               and (governed(verb, t) or governed(head, t)) for t in head.sent):
        return None
    place = recent[0]
    if _kind(place) == ADMIN1_KIND:
        return place
    admin1 = getattr(place, "admin1", None)
    if not admin1:
        return None
    return next((p for p in ctx.st.kb.gazetteer.by_key(name_key(admin1))
                 if _kind(p) == ADMIN1_KIND and p.country == place.country), None)


def _places_of(ctx: _ArticleContext, s_index: int, head, trig: Trigger, places: list[Mention], heads,
               anchored: bool, anchored_by_actor: bool, why: list[str], parties: list[str] = (), doer=None
               ) -> list[Mention] | None:
    """Where the act happened: the sentence's place(s) for it, the country for a nationwide act, else the
    story's place. None when there is no place at all; [] for a toll to be added to the act just told.
    `parties`: the countries of the act's sides, where a truce signed abroad applies; `doer`: its actor1."""
    nationwide = trig.sub in NATIONWIDE_SUBS
    places = _without_related_scene(ctx, head, [_city_of_country(ctx, p) for p in places], why)
    usable = [p for p in places if not p.extra.get("in_actor") and not p.extra.get("locator")
              and (nationwide or _kind(p.value) != COUNTRY_KIND) and not ctx.args.names_source(p.token)]
    usable = _parts_over_possessor_towns(places, usable)
    # "told reporters in Gusau that bandits killed 12 villagers in Zurmi": where the report was given is no place
    # of the act it reports, when the act has a place of its own (rule place.speech_venue).
    venues = [p for p in usable if _speech_venue(ctx, head, p.token)]
    if venues and len(venues) < len(usable):
        why.append("place.speech_venue")
        usable = [p for p in usable if p not in venues]
    # "killed nine gunmen along the border with Texas in the state of Tamaulipas": a place across an edge is the
    # neighbour's, not the act's, when the act has one place of its own (rule place.across_edge); not where the act
    # lists several ("entered Tel Temmer near the border with Turkey, Ain Issa ... and Tabaqa": the list's reading
    # keeps its towns).
    finder, text = place_finder(ctx.st.kb), text_of(head.doc)
    beyond = [p for p in usable if finder.across_edge(text, p.start, p.end)]
    if beyond and len({(p.value.name, p.value.country) for p in usable if p not in beyond}) == 1:
        why.append("place.across_edge")
        usable = [p for p in usable if p not in beyond]
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    via_prep = False
    if verb is None and trig.sub == SubType.AGREEMENT and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.head.pos_ == "VERB":
        verb = head.head.head  # "agreed in Luanda to a ceasefire around Sake": the truce made through a preposition
        via_prep = True
    if trig.sub == SubType.AGREEMENT:
        # "a ceasefire signed in Caracas that will apply across Colombia": where the truce itself says it applies.
        scope_verbs = ctx.st.words.lower("truce_scope_verbs")
        scopes = [v for v in head.subtree if v.i != head.i and v.pos_ == "VERB" and v.lemma_.lower() in scope_verbs
                  and v.dep_ != "conj"]  # (not "signed a trade deal in X, and a truce took effect in Y")
        scoped = [p for p in usable if any(governed(v, p.token) for v in scopes)]
        if scoped:
            why.append("place.truce_not_venue")
            usable = scoped
    if trig.sub == SubType.AGREEMENT:
        # "a truce between Israel and Hamas took effect in Gaza": the countries it is between are its sides.
        sides = [p for p in usable if _kind(p.value) == COUNTRY_KIND and _between_object(ctx.st, p.token)]
        if sides and len(sides) < len(usable):
            why.append("place.truce_parties")
            usable = [p for p in usable if p not in sides]
        # "a swap mediated by the United Arab Emirates": the broker is no place of the deal.
        brokers = [p for p in usable if _kind(p.value) == COUNTRY_KIND and _mediator(ctx.st, p.token)]
        if brokers:
            why.append("place.truce_parties")
            usable = [p for p in usable if p not in brokers]
    if trig.sub == SubType.AGREEMENT and parties and verb is not None:
        # "signed in Doha a truce to apply along the Beni front": where it was signed, abroad, is not where it
        # applies (the places the truce itself governs, else the parties' country).
        # A capital abroad is the venue however the parse hangs it ("signed a truce in Havana" read as the
        # truce's place); a town abroad that the truce's noun governs may be where it applies ("in Idlib").
        # (a country after a verb reached through a preposition is the war's: "agreed on a truce in Syria")
        venues = [p for p in usable if p.value.country not in parties
                  and not (via_prep and _kind(p.value) == COUNTRY_KIND) and (
            not governed(head, p.token) and governed(verb, p.token) or _capital(ctx, p.value))]
        if venues:
            why.append("place.truce_not_venue")
            usable = [p for p in usable if p not in venues]
    makers: list[Mention] = []
    if trig.sub == SubType.AGREEMENT:
        # "Ankara declared a ceasefire", "the United States and Russia agreed on a truce": a country or its capital
        # making the truce is a side of it, not where it applies.
        makers = [p for p in usable if _kind(p.value) in (COUNTRY_KIND, CITY_KIND) and _truce_maker(verb, p.token)]
        if makers:
            why.append("place.truce_makers")
            usable = [p for p in usable if p not in makers]
        # "agreed in Moscow on a ceasefire in Idlib province": the place the truce's own noun governs is where it
        # applies; the verb's place beside it is where it was made.
        own = [p for p in usable if governed(head, p.token)]
        if own and len(own) < len(usable):
            why.append("place.truce_own_scope")
            usable = [p for p in own if _kind(p.value) != COUNTRY_KIND] or own
    if trig.sub == SubType.DISRUPTED_WEAPONS_USE:
        targets = _weapon_targets(ctx.st, head, usable)
        if targets:
            # "intercepted a rocket fired at Haifa and a drone launched towards Eilat": where each was aimed.
            why.append("place.weapon_target")
            return targets
    place_rule = "place.syntax"
    if not usable:
        usable = [p for p in places if p.extra.get("locator")]
        place_rule = "place.locator"
    chosen = ctx.args.pick_places(head, usable, heads)
    locators = [p for p in places if p.extra.get("locator")]
    if locators and usable and place_rule == "place.syntax" and all(ctx.args.moved_end(head, p) for p in chosen):
        # "ambushed a convoy heading to Kisangani near Mambasa", "killed six traders from Kano in an attack near
        # Funtua": where people were going or came from is no place of the act (too costly to pick, or picked for
        # want of another), and the town locating the act is (rule place.locator).
        chosen, place_rule = ctx.args.pick_places(head, locators, heads) or chosen, "place.locator"
    if chosen and locators and all(ctx.args.way_destination(p.token) for p in chosen):
        # "blocked the highway to Lima near Huaral": where the road goes is no place of the act; the town
        # locating it is (rule place.locator; words/way_nouns.txt).
        located = ctx.args.pick_places(head, locators, heads)
        if located:
            chosen, place_rule = located, "place.locator"
    anaphor = ctx.args.definite_place_object(head)
    if anaphor is None and not chosen:
        anaphor = _there_of_clause(ctx, head)
    # "captured the camp at Kidal": a place hung on the trigger itself names where the camp is.
    if anaphor is not None and any(p.token.dep_ == "pobj" and p.token.head.dep_ == "prep"
                                   and p.token.head.head.i == head.i and p.precision == 1 for p in chosen):
        anaphor = None
    if anaphor is not None and not any(p.token.i == anaphor.i for p in usable):  # "the Brigade 93 base" is named
        # "ISIS took the city": the city named before it in the sentence, else the last one named before it in
        # the sentences just told (not the last act's place), else the story's place.
        before = [p for p in usable if p.end <= anaphor.idx and _kind(p.value) in (CITY_KIND, SITE_KIND)]
        # "Hundreds fled Mocimboa da Praia for Pemba after insurgents attacked the town": not where people went
        # (words/destination_verbs.txt), a town named before it is (rule place.anaphor)
        settled = [p for p in before if not ctx.args.destination_of_other(head, p.token)]
        chosen = [(settled or before)[-1]] if before else []
        place_rule = "place.anaphor"
        if not chosen:
            last = ctx.last_place_named(anaphor, s_index)
            if last is not None:
                why.append("place.last_mentioned")
                return [Mention(last.value, head.idx, head.idx, head, precision=last.precision)]
    # A town named in passing sets the scene only for the next sentence's act told with its own time ("... on
    # Sunday"), not for comment, states ("remained in control of the area") and undated retelling further on.
    recent = ctx.recent_place if ctx.recent_scene != "place.scene_named" or (
        s_index - ctx.recent_place_at == 1 and ctx.times_in(head.sent)) else None
    # "the coup", and a phrase with such a word ("seized power"): the act binds the whole country.
    national = head.lemma_.lower() in ctx.st.nationwide or bool(ctx.st.nationwide & set(trig.phrase))
    if nationwide and not chosen:
        # "factions operating in the Idlib countryside announced that they had merged": where the doers are.
        chosen = [p for p in usable if _on_doers(head, p.token) and _kind(p.value) != COUNTRY_KIND][:1]
        if chosen:
            why.append("place.doers")
    if nationwide and not national and not chosen and recent is None and ctx.default_place:
        # A deal named without a place is about the place the story is about (an evacuation deal).
        why.append("place.deal_story_place")
        return [Mention(ctx.default_place, head.idx, head.idx, head, precision=1)]
    own_clause = bool(chosen) and _placed_by_own_clause(ctx.st, head, chosen[0])
    # "brokered a truce between two rival tribes in Kurram district": where its sides are is where it applies.
    sides_there = bool(chosen) and national and trig.sub == SubType.AGREEMENT \
        and _sides_located(ctx.st, head, chosen[0].token)
    if sides_there:
        why.append("place.truce_sides_located")
    if own_clause and national:
        why.append("place.truce_clause")
    # "The Colombian government and the ELN agreed a ceasefire": a text naming no country but the sides' own.
    own_country = ctx.country_place or (ctx.st.kb.gazetteer.country_place(parties[0])
                                        if parties and trig.sub in (SubType.AGREEMENT, SubType.OTHER) else None)
    if nationwide and own_country is not None and (
            not chosen and (national or recent is None)
            or national and chosen and not governed(head, chosen[0].token) and not _local_venue(ctx, head, chosen[0])
            and not own_clause and not sides_there):
        # A truce or a coup named without a place is the country's (spec: capital, geo_precision 3): the
        # parties' country when the story's main country is none of theirs (talks abroad, a coup next door).
        why.append(NATIONWIDE_RULE)
        country = own_country
        war_home = trig.sub == SubType.AGREEMENT and bool(makers) and ctx.default_place is not None \
            and getattr(ctx.default_place, "country", None) == ctx.country
        if trig.sub in (SubType.AGREEMENT, SubType.OTHER) and parties and ctx.country not in parties:
            if war_home:
                # "Ankara declared a ceasefire" in a story of towns in Cyprus: a foreign state's truce is about
                # the war in the story's country, where its forces fight.
                why.append("place.truce_war_country")
            else:
                country = ctx.st.kb.gazetteer.country_place(parties[0]) or country  # (a force leaving: where it was)
        return [Mention(country, head.idx, head.idx, head, precision=3)]
    if chosen:
        why.append(place_rule)
        if any(p.extra.get("locator") == "region" for p in places):
            why.append("place.region_locator")
        if any(not getattr(p.value, "resolved", True) for p in chosen):
            why.append("place.unresolved_broad" if any(p.extra.get("broad") for p in chosen) else "place.unresolved")
        if any(p.extra.get("named_region") for p in chosen):
            why.append("place.named_region")
        why.extend(sorted({p.extra["place_rule"] for p in chosen if p.extra.get("place_rule")}))
        if any(p.extra.get("on_road") for p in chosen) or any(p.extra.get("road_end") for p in places):
            why.append("place.on_road")
        return chosen
    site = _site_named_again(ctx, head)
    if site is not None:
        # "near the temple", "part of the promontory": the site the article named before ("the Preah Vihear
        # temple", "the Ras Doumeira promontory"), by the noun of its name.
        why.append("place.site_anaphor")
        return [Mention(site.value, head.idx, head.idx, head, precision=site.precision)]
    capital, by_country = _capital_named(ctx, head)
    if capital is not None and by_country:
        # "a car bomb in the Iraqi capital": the capital named by its country is a place named.
        why.append("place.capital_anaphor")
        return [Mention(capital, head.idx, head.idx, head, precision=1)]
    region = _same_region(ctx, head, recent or ((ctx.last.place, ctx.last.precision) if ctx.last else None))
    if region is not None:
        # "killed seven militants in the same province": the region of the place just told, not its town.
        why.append("place.same_region")
        return [Mention(region, head.idx, head.idx, head, precision=3)]
    # An act told without a place happened where the story just was (the previous act's place).
    fallback = recent if anchored and s_index - ctx.recent_place_at <= INHERIT_SENTENCES else None
    fallback_rule = "place.recent_act"
    sent = head.sent
    told = ctx.place_told_next(sent) if anchored and fallback is None else None
    if told is not None:
        # "Gunmen ambushed a bus in the desert on Wednesday. The attack happened east of Palmyra": the place the
        # next sentence gives the act, over the last act's.
        fallback, fallback_rule = (told.value, told.precision), "place.told_next"
    line_dateline = ctx.line_dateline(head.idx) if anchored or ctx.args.place_anaphor(head) else None
    if line_dateline is not None and told is None and (
            fallback is None or ctx.sent_starts[ctx.recent_place_at] < line_dateline.start):
        # "Peshawar: Gunmen shot dead a vaccinator. \nBannu: A roadside bomb hit a police van": a round-up's line
        # opening with a town of its own is set there, not where the line before was.
        fallback, fallback_rule = (line_dateline.value, 2), "place.line_dateline"
    if fallback is not None and fallback_rule == "place.recent_act" and ctx.recent_scene:
        # (victims named again, "these villagers", are where the sentences just before put them: place.named_before)
        named_again = trig.sub in VICTIM_SUBS and _named_before(ctx.st, head)
        fallback, fallback_rule = (None, fallback_rule) if named_again else (fallback, ctx.recent_scene)
    if fallback is None and ctx.args.place_anaphor(head):
        # "it was captured", "took the city": the place the article is about.
        story = (ctx.default_place, 1) if ctx.default_place else None
        fallback = story or recent if story and not _the_town(ctx.st, head) else recent or story
        fallback_rule = "place.story_place"
    if fallback is None and ctx.dateline_place is not None and (anchored or ctx.args.place_anaphor(head)) \
            and not any(sent.start_char <= a < sent.end_char for a, _b in ctx.unlocated):  # placed elsewhere
        fallback, fallback_rule = (ctx.dateline_place, 1), "place.dateline"
    if fallback is None and ctx.countries_only and trig.sub not in LOCAL_ONLY_SUBS \
            and (anchored or ctx.args.place_anaphor(head)):  # (local acts: no country-wide record)
        # "NAIROBI - ... attacked an army base in southern Somalia": filed from abroad, in a text that names no
        # town, an act told only as in a country is the country's (capital's point, precision 3), not the
        # dateline's town.
        # (not a neighbour across an edge: "attacked a base in Pulka, near the Cameroon border")
        finder, text = place_finder(ctx.st.kb), text_of(head.doc)
        named = [p for p in places if _kind(p.value) == COUNTRY_KIND and not p.extra.get("in_actor")
                 and governed(head, p.token) and not finder.across_edge(text, p.start, p.end)
                 # (nor where the doers came from: "crossed from X", by the name's first word)
                 and not ctx.args.origin_place(p)]
        if named:
            fallback, fallback_rule = (named[0].value, 3), "place.country_named"
    if fallback is None and ctx.last is not None and trig.sub not in REPORTED_FROM_SEAT \
            and _kind(ctx.last.place) in (CITY_KIND, SITE_KIND) and _doers_named_again(ctx.st, head):
        # (not a decision of the group's leaders, and not where a region is all that was said)
        # "The gang members burned a row of shops": the doers of the act told before, named again, did
        # this where they did that, however many sentences of comment came between.
        fallback, fallback_rule = (ctx.last.place, ctx.last.precision), "place.doers_last_act"
    if fallback is None and _pronoun_doers(head):
        # "Gunmen raided a market in Gao. They looted shops": doers named by a pronoun act where the sentences
        # just before put them, the last town or site named there.
        named = ctx.last_place_named(head, s_index, kinds=(CITY_KIND, SITE_KIND))
        if named is not None:
            fallback, fallback_rule = (named.value, 2), "place.pronoun_doers"
    if fallback is None and anchored and ctx.dateline_city is not None and trig.sub in REPORTED_FROM_SEAT \
            and (doer is None or doer.kind not in NON_STATE_KINDS):  # (an armed group has no seat there)
        # "JUBA, 28 March - ... confirmed the house arrest of X": an arrest, a decree or a deal with no place of
        # its own is reported from where it happened, the dateline's city (the capital, as a rule).
        fallback, fallback_rule = (ctx.dateline_city, 1), "place.dateline_strategic"
    if fallback is None and trig.sub in VICTIM_SUBS and _named_before(ctx.st, head):
        # "In X, villagers had no time to finish the trench. ... gunmen machine-gunned these villagers", "the
        # raid on X ... 40 villagers died in that raid": the victims or the act named again ("these",
        # "that") are where the sentences just before put them.
        named = ctx.last_place_named(head, s_index, kinds=(CITY_KIND, SITE_KIND))
        if named is not None:
            fallback, fallback_rule = (named.value, named.precision), "place.named_before"
    if fallback is None and anchored:
        # "Militiamen shot dead 14 people on Wednesday. 'They came at dawn,' said a trader in El Geneina": an act
        # told with no place is where the witness quoted right after it is.
        heard = ctx.witness_next(head.sent)
        if heard is not None:
            fallback, fallback_rule = (heard.value, 2), "place.witness_next"
    # A lynching is local; "everyone who is protesting" describes people, it tells no protest of its own.
    described = head.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") for c in head.children)
    crowd = _type_of(trig.sub) in CROWD_TYPES and trig.sub != SubType.MOB_VIOLENCE and not described
    definite = any(c.dep_ == "det" and c.lower_ in ctx.st.words.lower("definite_determiners") for c in head.children)
    if fallback is None and crowd and definite and ctx.crowd_place is not None:
        # "Zelenskiy praised the protests": the crowd the article told before, where it was.
        fallback, fallback_rule = ctx.crowd_place, "place.last_crowd"
    if fallback is None and crowd and ctx.country_place is not None:
        # Spec: a protest movement told for the whole country, with no place, is the country's (capital,
        # geo_precision 3); a crowd act is never dropped for want of a town.
        fallback, fallback_rule = (ctx.country_place, 3), "place.crowd_country"
    if fallback is None and anchored and ctx.last is None and s_index < LEAD_SENTENCES \
            and (trig.sub != KILL_CLASS or anchored_by_actor):
        # (a killing with no doer named is left to the act it is the toll of: "demonstrators were shot at a protest"
        # in a story of nationwide protests is no lead act of a town)
        lead = _lead_place_ahead(ctx, sent, places, anaphor)
        if lead is not None:
            fallback, fallback_rule = lead, "place.lead_named_next"
    if fallback is None:
        return None
    if capital is not None:
        # "Police in the capital detained 50 people": the capital of the country the article is about, not the
        # last place told (a foreign capital quoted in between). Only where some place would be used: a tally
        # "killed in the capital since June" no rule places stays without one.
        fallback, fallback_rule = (capital, 1), "place.capital_anaphor"
    if trig.sub == KILL_CLASS and ctx.last is not None and not anchored_by_actor:
        return []  # "two children were killed": no doer of its own, the toll of the act just told
    why.append(fallback_rule)
    precision = 1 if capital is not None else max(2, fallback[1])  # the capital is named: the town itself
    named = _unlocated_name(ctx, head, fallback[0]) if capital is None else None
    if named is not None:
        why.append("place.unlocated_name")
        return [Mention(named, head.idx, head.idx, head, precision=max(precision, named.precision))]
    return [Mention(fallback[0], head.idx, head.idx, head, precision=precision)]


def _there_of_clause(ctx: _ArticleContext, head):
    """"ambushed a bus there in 2014" (the parser hangs "there" on the object), "hijacked a bus there and killed 28
    passengers": the "there" of the act's verb or its object, or of the verb it is joined to when it has no place of
    its own (rule place.anaphor). The token, or None. (Not a definite noun of the joined verb: "entered the village
    and detained 20 men" is placed by the act of entering, at the village its own rules find.)"""
    verbs = [head] + ([head.head] if head.dep_ == "conj" and head.head.pos_ == "VERB" else [])
    for verb in verbs:
        for tok in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
            there = next((g for g in tok.children if g.dep_ == "advmod" and g.lower_ in ctx.args.PLACE_ADVERBS), None)
            if there is not None:
                return there
    return None


def _lead_place_ahead(ctx: _ArticleContext, sent, places: list[Mention], anaphor) -> tuple | None:
    """"At least 20 farmers were killed in the north-east, officials said. The gunmen stormed fields outside
    Monguno": a wire's lead act, told before the story has placed anything, happened where the next sentences
    first put the story (a town at precision 2 at best, a region at 3), not nowhere (rule place.lead_named_next).
    Only an act told on a day, or undated on "the village" the next sentence names: a tally of a month or since a
    year ("1,500 assaults in February"), a war's toll, is no lead act. (place, precision) or None."""
    # (not when the sentence names a town of its own that does not place the act, "fired a missile from X", or a
    # name no gazetteer knows: the next sentence's town is then another act's; nor a lead over several places,
    # "hit schools in rebel-held towns": the next sentence's town is one of them)
    if any(_kind(p.value) in (CITY_KIND, SITE_KIND, ADMIN1_KIND) and not p.extra.get("in_actor")
           and not p.extra.get("dateline") for p in places) \
            or any(sent.start_char <= a < sent.end_char for a, _b in ctx.unlocated) \
            or any(t.tag_ == "NNS" and t.lemma_.lower() in ctx.st.words.lower("settlement_nouns") for t in sent):
        return None
    lead_times = ctx.times_in(sent)
    if not (lead_times and all(t.date_start is not None and t.date_start == t.date_end
                               and t.kind in LEAD_TIME_KINDS for t in lead_times)
            or not lead_times and anaphor is not None):
        return None
    ahead = ctx.place_named_ahead(sent)
    # (in the country the lead names, if it names one: "... in northern Burkina Faso. In neighbouring Niger")
    lead_countries = {p.value.country for p in places
                      if _kind(p.value) == COUNTRY_KIND and not p.extra.get("in_actor")}
    if ahead is None or lead_countries and getattr(ahead.value, "country", None) not in lead_countries:
        return None
    return ahead.value, 3 if _kind(ahead.value) == ADMIN1_KIND else ahead.precision


def _without_related_scene(ctx: _ArticleContext, head: Token, places: list[Mention], why: list[str]) -> list[Mention]:
    """place.related_elsewhere: "The strike, which hit a school in Khan Younis, came hours after Israel ordered
    residents of Rafah to leave", "the strikes came as troops pressed toward Pokrovsk": an act named as the subject
    of a verb that sets it against something else (words/relating_verbs.txt) is not where that something else is.
    The places of the verb's clause of time (not of a place preposition: "came in X") are another act's."""
    verb = head.head
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass") or verb.i == head.i \
            or verb.lemma_.lower() not in ctx.st.words.lower("relating_verbs"):
        return places
    place_preps = ctx.st.words.lower("place_prepositions")
    other = {t.i for c in verb.children if c.dep_ == "advcl" or c.dep_ in ("prep", "npadvmod")
             and c.lower_ not in place_preps for t in c.subtree}
    kept = [p for p in places if p.token.i not in other]
    if len(kept) < len(places):
        why.append("place.related_elsewhere")
    return kept


def _the_town(st: Stages, head) -> bool:
    """place.story_town: does the act's phrase name a town by a definite settlement noun ("set fire to the town's
    offices", "fired on a crowd in the city centre"; words/settlement_nouns.txt), not "it" nor "the base"?"""
    near = list(head.subtree)
    if head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        near += list(head.head.children)
    settlement = st.words.lower("settlement_nouns")
    definite = st.words.lower("definite_determiners")
    return any(t.lemma_.lower() in settlement and t.pos_ == "NOUN" and t.tag_ == "NN"
               and any(c.dep_ == "det" and c.lower_ in definite for c in t.children) for t in near)


def _unlocated_name(ctx: _ArticleContext, head, fallback) -> object | None:
    """"The next morning, soldiers shelled the village of Mavivi": a name the act's own clause calls its place,
    which neither the gazetteer nor the sentences around it locate, keeps its name as written at the point the
    act falls back to (the last act's place, the story's), unresolved: an analyst reads where it was, and the
    fallback town's name would say it happened there (rule place.unlocated_name)."""
    if _kind(fallback) not in (CITY_KIND, SITE_KIND) or not ctx.unlocated:
        return None
    doc, sent = head.doc, head.sent
    for a, b in ctx.unlocated:
        if not sent.start_char <= a < sent.end_char:
            continue
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not governed(head.head if head.dep_ in ("dobj", "nsubjpass") else head, span.root):
            continue
        name = text_of(doc)[a:b]
        return replace(fallback, name=name, kind=CITY_KIND, geonameid=None, precision=2, resolved=False)
    return None


def _between_object(st: Stages, tok) -> bool:
    """Is the token one of the pair after "between" ("between Israel and Hamas")?"""
    tok = first_conjunct(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ in st.words.lower("between_words")


def _truce_maker(verb, tok) -> bool:
    """Is the token (or the first of its list) the subject of the verb that makes the truce (`_places_of`'s verb:
    "Ankara declared a ceasefire", "X and Y agreed on a cessation of hostilities")?"""
    tok = first_conjunct(tok)
    return verb is not None and tok.dep_ == "nsubj" and tok.head.i == verb.i


def _sides_located(st: Stages, head, tok) -> bool:
    """Does the place locate the sides a truce is between ("a truce between two rival tribes in Kurram district",
    "between militias in Tripoli"), the "between" hung on the truce or on the verb making it?"""
    if not (tok.dep_ == "pobj" and tok.head.dep_ == "prep"):
        return False
    side = first_conjunct(tok.head.head)
    made = head.head if head.dep_ in ("dobj", "nsubjpass") else head
    return side.dep_ == "pobj" and side.head.lower_ in st.words.lower("between_words") \
        and side.head.head.i in (head.i, made.i)


def _placed_by_own_clause(st: Stages, head, place: Mention) -> bool:
    """Is the act the subject of a verb of holding that places it ("a ceasefire took effect in Goma", "the truce
    held in Gaza"; words/truce_scope_verbs.txt)? The place is where the truce applies, not the country's."""
    tok = place.token
    return (head.dep_ == "nsubj" and head.head.lemma_.lower() in st.words.lower("truce_scope_verbs")
            and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == head.head.i)


def _local_venue(ctx: _ArticleContext, head, place: Mention) -> bool:
    """Is the place where a truce was made ("rival commanders signed a truce in X": X the object of a preposition
    of the truce or of the verb that made it) a town of the story's own country away from its capital? A truce
    made there is local to it, not the country's."""
    capital = ctx.country_place
    value = place.value
    made = head.head if head.dep_ in ("dobj", "nsubjpass") else head
    tok = place.token
    if not (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i in (head.i, made.i)
            or _on_doers(head, tok)):
        return False
    if capital is None or _kind(value) != CITY_KIND or getattr(value, "country", None) != ctx.country:
        return False
    return geo.km(value.lat, value.lon, capital.lat, capital.lon) > LOCAL_VENUE_KM


NARROWED_NEXT_RULE = "place.narrowed_next"


def narrowed_by_next_sentence(events: list, doc, mentions: list[Mention], act_nouns: frozenset[str]) -> list:
    """"At least ten people were killed in a bomb attack in Salahuddin province. The bomber struck outside the police
    headquarters in the town of Dujail": an act placed only in a region, whose next sentence (same paragraph, no act
    of its own) names it again definite ("the attack", "the bombing"; words/narrowing_act_nouns.txt) with one town of
    that very region, was at that town (rule place.narrowed_next), as a hand-coder reads the lead and its detail."""
    if not events:
        return events
    sents = list(doc.sents)
    texts = [" ".join(text_of(doc)[s.start_char:s.end_char].split()) for s in sents]
    index: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        index.setdefault(t, []).append(i)
    told = {t for ev in events for t in ev.evidence}
    out, folded = [], set()
    for ev in events:
        narrowed = _narrowed_next(ev, doc, sents, texts, index, told, mentions, act_nouns)
        if narrowed is None and _bearing_only(ev, doc, sents, index, mentions):
            narrowed = _narrowed_bearing(ev, doc, sents, texts, index, events, mentions, act_nouns, folded)
        out.append(narrowed or ev)
    return [ev for ev in out if id(ev) not in folded]


# "north of Baghdad" (a compass direction and "of", no distance before it): the city only locates the act; the town the
# next sentence gives it lies within this of the city ("Tarmiyah", 35 km; "Samarra", 110 km; "Muqdadiyah", 90 km).
BEARING_KM = 200.0


@lru_cache(maxsize=1)
def _bearing_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The phrase that locates by a bearing alone ("north of (the) "), and a distance right before it ("25 km ")."""
    w = index_words()
    bearing = re.compile(rf"\b(?:{w.alternation('compass_directions')})\s+of\s+(?:the\s+)?$", re.I)
    distance = re.compile(rf"\d\s*(?:{w.alternation('distance_units')})\s*(?:\([^)]*\)\s*)?$", re.I)
    return bearing, distance


def _bearing_only(ev, doc, sents, index, mentions: list[Mention]) -> bool:
    """Is the act placed at a city only by a bearing off it ("killed nine people north of Baghdad"), no distance
    written ("60 miles north of Baghdad" is the act's own point)?"""
    if ev.geo_precision != 2 or not ev.evidence or ev.location_resolved is False:
        return False
    at = index.get(" ".join(ev.evidence[-1].split()), [])
    if len(at) != 1:
        return False
    sent, text, (bearing, distance) = sents[at[0]], text_of(doc), _bearing_words()
    for m in mentions:
        if sent.start_char <= m.start < sent.end_char and _kind(m.value) == CITY_KIND \
                and getattr(m.value, "name", None) == ev.location:
            before = text[sent.start_char:m.start]
            hit = bearing.search(before)
            if hit is not None and distance.search(before[:hit.start()].rstrip() + " ") is None:
                return True
    return False


def _narrowed_bearing(ev, doc, sents, texts, index, events, mentions: list[Mention], act_nouns, folded: set):
    """place.narrowed_next for a lead placed by a bearing off a city ("A car bomb killed nine people north of
    Baghdad. The blast struck the main street of Tarmiyah"): the one town of the next sentence's act clause, in the
    city's country within BEARING_KM of it, is the act's place. Where that sentence is told by records of the act's
    own event type at that town, they are the same act, told again: folded into the lead's record."""
    at = index.get(" ".join(ev.evidence[-1].split()), [])[0]
    if at + 1 >= len(sents):
        return None
    here, nxt = sents[at], sents[at + 1]
    if text_of(doc)[here.end_char:nxt.start_char].count("\n") > 2:
        return None
    heads = _narrowing_heads(nxt, act_nouns)
    if not heads:
        return None
    # (one town named twice, "in Samarra, 60 miles north of Baghdad ... the Samarra police", is one town)
    towns = {(m.value.name, m.value.lat, m.value.lon) for m in _act_towns(nxt, mentions, heads, ev)
             if m.value.name != ev.location
             and geo.km(m.value.lat, m.value.lon, ev.latitude, ev.longitude) <= BEARING_KM}
    if len(towns) != 1:
        return None
    name, lat, lon = towns.pop()
    again = [o for o in events if o is not ev and texts[at + 1] in o.evidence]
    if any(o.event_type != ev.event_type or o.location != name or not windows_overlap(o, ev) for o in again):
        return None  # (another act of that sentence, a place of its own, or a day of its own: "The fighting spread
        # on Tuesday to X" after Sunday's capture is a later act, left as told)
    evidence, fatalities = list(ev.evidence), ev.fatalities
    for o in again:
        folded.add(id(o))
        evidence += [t for t in o.evidence if t not in evidence]
        fatalities = fatalities if fatalities is not None else o.fatalities
    rules = None if ev.rules is None else [*ev.rules, NARROWED_NEXT_RULE]
    return replace(ev, location=name, latitude=round(lat, 4), longitude=round(lon, 4), geo_precision=2,
                   location_resolved=True, rules=rules, evidence=evidence, fatalities=fatalities)


def _act_towns(nxt, mentions: list[Mention], heads: list, ev) -> list[Mention]:
    """The towns of the next sentence that may narrow the act `ev`: resolved towns or sites of its country in the
    act noun's clause, not an actor's, a dateline's, nor where the doers came from or went."""
    return [m for m in mentions
            if nxt.start_char <= m.start < nxt.end_char and _kind(m.value) in (CITY_KIND, SITE_KIND)
            and _in_act_clause(m.token, heads) and not _moved_end(m.token)
            and getattr(m.value, "resolved", True) and not m.extra.get("in_actor") and not m.extra.get("dateline")
            and m.value.country == ev.country]


def _moved_end(tok) -> bool:
    """"The bomber came from Fallujah", "the attackers fled towards Samarra": where the doers came from or went
    (words/origin_words.txt, destination_prepositions.txt), not where the act was."""
    w = index_words()
    return tok.dep_ == "pobj" and tok.head.lower_ in (w.lower("origin_words") | w.lower("destination_prepositions"))


def _narrowing_heads(nxt, act_nouns) -> list:
    """The definite act nouns of the next sentence ("the attack"; words/narrowing_act_nouns.txt, which lists the
    doers named again too, "the gunmen", "the bomber") and the verbs they hang on, where the town names the act."""
    nouns = [t for t in nxt if t.lemma_.lower() in act_nouns
             and any(_definite(d) for d in t.children if d.dep_ == "det")]
    # the noun itself ("the attack on X") or the verb it is the subject of ("The ambush happened near X")
    # ("reached the scene in X", "found at the scene in X": the verb whose object the noun is, where the town hangs)
    # (a verb told in the past: the act told again; "The militants control X", "are based in X" tell where they
    # are, not where the act was)
    heads = [t.head if t.dep_ in ("nsubj", "nsubjpass") else t for t in nouns
             if t.dep_ not in ("nsubj", "nsubjpass") or _told_as_past(t.head)]
    return heads + [t.head for t in nouns if t.dep_ == "dobj"] + [t.head.head for t in nouns if t.dep_ == "pobj"]


def _told_as_past(verb) -> bool:
    """Is the verb told in the past ("stormed", "was attacked", "had struck")?"""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


# Clauses of their own under the act noun's clause ("The attack came as officials in X met elders"): a town there is
# not where the act was.
_OWN_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis", "conj", "csubj"})


def _in_act_clause(tok, clause_heads: list) -> bool:
    """Is tok governed by one of clause_heads (the definite act noun, or the verb it is the subject of) with no
    clause of its own between them?"""
    while True:
        if any(tok.i == h.i for h in clause_heads):
            return True
        if tok.dep_ in _OWN_CLAUSE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head


def _narrowed_next(ev, doc, sents, texts, index, told, mentions: list[Mention], act_nouns: frozenset[str]):
    if ev.geo_precision != 3 or not ev.admin1 or ev.location != ev.admin1 or not ev.evidence:
        return None
    at = index.get(ev.evidence[-1], [])
    if len(at) != 1 or at[0] + 1 >= len(sents):
        return None
    here, nxt = sents[at[0]], sents[at[0] + 1]
    # (the next paragraph too: wires give each sentence a paragraph of its own, "... in Diyala province.\n\nThe
    # explosion struck a truck near Baquba")
    if texts[at[0] + 1] in told or text_of(doc)[here.end_char:nxt.start_char].count("\n") > 2:
        return None
    heads = _narrowing_heads(nxt, act_nouns)
    if not heads:
        return None
    towns = {(m.value.name, m.value.lat, m.value.lon, m.precision) for m in _act_towns(nxt, mentions, heads, ev)
             if getattr(m.value, "admin1", None) == ev.admin1}
    if len(towns) != 1:
        return None
    name, lat, lon, precision = towns.pop()
    rules = None if ev.rules is None else [*ev.rules, NARROWED_NEXT_RULE]
    return replace(ev, location=name, latitude=round(lat, 4), longitude=round(lon, 4),
                   geo_precision=min(precision, 2), location_resolved=True, rules=rules)


def _definite(det) -> bool:
    """"the", "this", "that": a determiner that points back to something told."""
    return "Def" in det.morph.get("Definite") or "Dem" in det.morph.get("PronType")
