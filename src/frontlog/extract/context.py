"""The article's context, built once per article from the finders' `doc.spans`: which actor mentions stand for
which actor, the story's country and place, locators ("north of X"), and what "the town" or "its troops" refers to."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING

from frontlog.extract.arguments import Mention, governed, phrase_head, text_of
from frontlog.extract.candidates import Stages, _Candidate, _kind
from frontlog.extract.components import ACTORS, ALIGN, COUNTRY, PLACES, TIMES, TRIGGERS, UNLOCATED, found
from frontlog.extract.dates import current_window
from frontlog.extract.places import PLACE_RULES, line_bounds, place_finder
from frontlog.knowledge.actors import EXTERNAL_KIND, IDENTITY_KIND, MILITIA_KIND, REBEL_KIND, UNIDENTIFIED_ROLE
from frontlog.knowledge.gazetteer import ADMIN1_KIND, CITY_KIND, COUNTRY_KIND, SITE_KIND, name_key
from frontlog.knowledge.lexicon import TriggerMatch
from frontlog.model import geo
from frontlog.model.records import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


LEAD_AHEAD_SENTENCES = 2  # a lead act with no place takes the first one the next two sentences name

class _ArticleContext:
    """What the whole article tells about its places and actors, used to read each sentence."""

    def __init__(self, article: Article, doc: Doc, stages: Stages):
        self.article = article
        self.doc = doc
        self.st = stages
        self.args = stages.args
        text = text_of(doc)
        # What the pipeline's components found (extract/components): read here, never searched for again.
        self.country = doc.user_data.get(COUNTRY)
        self.unlocated = doc.user_data.get(UNLOCATED, [])  # place names neither the gazetteer nor the text places
        table = self.st.actors
        self.actor_mentions: list[Mention] = []
        actors_found = found(doc, ACTORS)
        generic = [v for _span, v in actors_found if isinstance(v, tuple)]  # (start, end, class): "the jihadists"
        for span, m in actors_found:
            if isinstance(m, tuple):
                continue
            tok = span.root
            if m.how == "place" and not _acts_as_state(tok, self.st):
                continue  # "the embassies of France": the country named, not its forces acting
            self.actor_mentions.append(Mention(m.actor, m.start, m.end, tok,
                                                    extra={"text": m.text, "how": m.how}))
        self.actor_mentions.sort(key=lambda m: m.start)
        self.actor_mentions = _names_over_descriptions(self.actor_mentions, text)
        self._resolve_possessives(text)
        self._resolve_coalitions()
        self._resolve_generic(generic, table)
        self._resolve_branches(table)
        self.place_mentions: list[Mention] = []
        actor_spans = _Spans(self.actor_mentions)
        finder = place_finder(self.st.kb)  # (built once per KnowledgeBase: the places component's own)
        # "...NigeriaPTI | Lagos | Updated: 12-03-2021 17:49 IST": the office a syndicated item was filed from
        bylines = [(b.start(1), b.end(1)) for b in stages.kb.patterns.one("byline_place").finditer(text)]
        for span, (m, place) in found(doc, PLACES):
            if any(a <= m.start and m.end <= b for a, b in bylines):
                continue
            tok = span.root
            campus = finder.campus_town(text[max(0, m.start - 60):m.start], text[m.end:m.end + 40])
            # "In Karachi police arrested ...": the scene's town before the police's noun (the parser may hang the
            # town on the noun), not the name of a body ("Karachi police said").
            scene_police = bool(self.st.police_after_scene_place.match(text, m.end)) \
                and bool(self.st.scene_before_place.search(text, max(0, m.start - _SCENE_REACH), m.start))
            inside_actor = not campus and not scene_police and (
                actor_spans.covers(m.start, m.end) or bool(self.st.org_after_place.match(text, m.end))
                or self._doers_home(tok) or m.modifier in ("dateline", "org"))
            self.place_mentions.append(Mention(
                place, m.start, m.end, tok, precision=m.precision,
                extra={"in_actor": inside_actor, "text": m.text,
                       "named_region": m.modifier == "named_region", "dateline": m.modifier == "dateline",
                       "broad": m.modifier in ("unresolved_broad", "force_home"),
                       "place_rule": "place.campus_town" if campus else "place.scene_police" if scene_police
                       else PLACE_RULES.get(m.modifier or "")}))
        self.place_mentions.sort(key=lambda m: m.start)
        self._place_starts = [m.start for m in self.place_mentions]
        self._actor_starts = [m.start for m in self.actor_mentions]
        _mark_locators(text, self.place_mentions, self.st.locating, self.st.apposition, self.st.list_gap,
                       self.st.distance_locator)
        _mark_roads(text, self.place_mentions, self.st.road_narrowed, self.st.road_destination, self.st.road_name_end,
                    self.st.road_named_by)
        _mark_unknown_districts(text, self.place_mentions, self.st.district_after)
        self._localise_roles(table)
        self.default_place = self._main_place()
        # Where the report was filed: the place of an act only when the text names no local place at all.
        datelines = [m.value for m in self.place_mentions if m.extra.get("dateline") and _kind(m.value) == CITY_KIND]
        own = [m for m in self.place_mentions if not m.extra.get("in_actor") and _kind(m.value) != COUNTRY_KIND]
        # A dateline abroad ("NAIROBI, Kenya -" over a story of southern Somalia: the article's country is from
        # its other places) is where the reporter sat, never the place of an act.
        self.dateline_abroad = bool(datelines) and self.country is not None and datelines[0].country != self.country
        self.dateline_place = datelines[0] if datelines and not own and not self.dateline_abroad else None
        # A text naming no town (a brief, or filed from abroad): an act told in a country is placed there.
        self.countries_only = not own
        # where the report was filed, whatever the text names
        self.dateline_city = datelines[0] if datelines and not self.dateline_abroad else None
        # The datelines after the first (a round-up's lines, "Peshawar: ... Bannu: ..."), each the scene of its line.
        self._line_datelines = [m for m in self.place_mentions if m.extra.get("dateline")
                                and _kind(m.value) == CITY_KIND][1:]
        self._line_dateline_starts = [m.start for m in self._line_datelines]
        self.current = current_window(article.published) if article.published else None
        self.country_place = stages.kb.gazetteer.country_place(self.country) if self.country else None
        self.recent_place: tuple | None = None
        self.last: _Candidate | None = None  # the latest act told, for tolls reported after it
        self.last_told: tuple[_Candidate, ...] = ()  # every act of the sentence that told it
        self.last_actor: dict[str, tuple] = {}  # event type -> (actor1 last named for it, sentence index)
        self.recent_place_at = -10
        # The rule by which recent_place is a scene a sentence set, not an act's place (None: an act's place).
        self.recent_scene: str | None = None
        self.recent_window: tuple | None = None  # the window of the act recent_place is from
        self.crowd_place: tuple | None = None  # where the last protest or riot told was (place, precision)
        # The window of the last dated act or date told in the sentences just before, however wide: what "during
        # that fighting" links an undated act to (date.linked_act).
        self.linked: tuple[dt.date, dt.date] | None = None
        # The window of the sentences just before when all they dated lay long before publication (a background
        # story): what an undated act told in the past right after goes on with (date.background_run).
        self.background: tuple[dt.date, dt.date] | None = None
        # Whether that background was told after a day the acts before it carried, which it replaces for the
        # undated acts told next in its paragraph (date.background_after_day).
        self.background_after_day = False
        # The day told in the sentence right before, or None (date.story_year).
        self.day_just_told: tuple[dt.date, dt.date] | None = None
        # The day a report was made in the sentence just before, when it told no act ("The army said on Tuesday it
        # was sending troops"): what "the night before" counts from when no act was told (date.report_offset).
        self.report_day: dt.date | None = None
        self.sent_starts = [s.start_char for s in doc.sents]
        self._times: dict[int, list] = {}  # sentence start -> its time expressions, left to right
        for _span, (sent_start, expr) in found(doc, TIMES):
            self._times.setdefault(sent_start, []).append(expr)
        # One span per reading of the same words: one match with all its readings.
        self._triggers = [TriggerMatch(list(tf.alternatives), [doc[i] for i in tf.tokens])
                          for tf in dict.fromkeys(v for _span, v in found(doc, TRIGGERS))]
        self._trigger_starts = [m.start for m in self._triggers]
        # Photo captions scraped with the story: their words are the picture's, no act of the text (triggers_in).
        self._captions = _caption_lines(doc, stages.kb.patterns)

    def _doers_home(self, tok) -> bool:
        """"Bandits from neighbouring Zamfara killed 11 villagers": the place the doers come from (words/
        origin_words.txt on the subject of an act's verb, not of a reporting verb) describes who they are, not where
        they acted. Not a crowd's ("Protesters from Kisumu marched through the streets"): where it comes from is
        where it gathers, unless the text says otherwise."""
        prep = tok.head
        doers = prep.head
        return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in self.st.words.lower("origin_words") \
            and doers.dep_ == "nsubj" and doers.pos_ in ("NOUN", "PROPN") and doers.head.pos_ == "VERB" \
            and doers.head.lemma_.lower() not in self.args.REPORTING_LEMMAS \
            and doers.lemma_.lower() not in self.st.words.lower("protester_lemmas")

    def _resolve_possessives(self, text: str) -> None:
        """"Russia appointed a mayor after its troops took over": "its troops" are the troops of the actor
        just named, not the army of the article's country."""
        for k, m in enumerate(self.actor_mentions):
            if m.extra.get("how") != "role" or not self.st.possessive_before.search(text[max(0, m.start - 7):m.start]):
                continue
            sent_start = m.token.sent.start_char
            # The nearest earlier non-role mention of the same sentence (walking back stops at the sentence).
            for o in reversed(self.actor_mentions[max(0, k - _POSSESSIVE_LOOKBACK):k]):
                if o.start < sent_start:
                    break
                if o.extra.get("how") != "role":
                    m.value = o.value
                    break

    def _resolve_coalitions(self) -> None:
        """"Coalition warplanes" is the coalition the article names ("the Saudi-led coalition" in a Yemen
        story), not by default the US-led one."""
        named = {m.value for m in self.actor_mentions
                 if "coalition" in m.value.name.lower() and not m.extra["text"].lower().startswith("coalition")}
        if len(named) != 1:
            return
        (coalition,) = named
        for m in self.actor_mentions:
            if "coalition" in m.value.name.lower() and m.extra["text"].lower().startswith("coalition"):
                m.value = coalition

    def _resolve_generic(self, generic: list[tuple[int, int, str]], table) -> None:
        """"the jihadists", "militants": the article's most named non-state armed actor, if it has one;
        "gunmen", "assailants", and any of them when the article names no armed group: an unidentified armed group
        (made the one of the event's country later).
        `generic` is the generic half of the one `table.scan(...)` of the text."""
        # (a militia fighting beside the state, Burkina Faso's VDP, is never what "the militants" stand for)
        armed = Counter(m.value for m in self.actor_mentions if m.value.kind in (REBEL_KIND, MILITIA_KIND)
                        and not table.is_auxiliary(m.value))
        top = armed.most_common(1)[0][0] if armed else None
        self.main_armed = top  # the side a government takes places back from, when the text names none
        unknown = table.resolve_role(UNIDENTIFIED_ROLE, None)
        named = _Spans(self.actor_mentions)
        text = text_of(self.doc)
        armed_named = [m for m in self.actor_mentions if m.value.kind in (REBEL_KIND, MILITIA_KIND)
                       and not table.is_auxiliary(m.value)]
        # Right after the noun, a foreign force is what it stands for as well ("mercenaries of the Wagner Group");
        # an earlier mention of one (a peacekeeping mission) is no antecedent of "the militants".
        named_after = [m for m in self.actor_mentions if m.value.kind in (REBEL_KIND, MILITIA_KIND, EXTERNAL_KIND)]
        after_starts = [m.start for m in named_after]
        armed_starts = [m.start for m in armed_named]
        for start, end, _word in generic:
            if named.covers(start, start + 1):
                continue
            if _word.startswith("role:") and table.find(text[start:end]):
                # A role phrase that names an actor when read without the article's country ("insurgents"):
                # not one of the generic nouns this stands in for (only the phrase is read again, not the text).
                continue
            tok = _token_at(self.doc, start, end)
            if tok is None:
                continue
            who, how = top, "by_article"
            if tok.dep_ not in ("dobj", "nsubjpass") \
                    and any(t.lower_ in self.st.words.lower("attribution_hedges") for t in tok.lefts):
                # "suspected militants attacked": the text does not say whose they were (those detained as
                # "suspected guerrillas" are still the group's).
                who, how = unknown, "by_unknown"
            elif text[start:end].lower() in self.st.unidentified:
                who, how = unknown, "by_unknown"
                # "gunmen of the X": the group named right after them, never one named earlier.
                k = bisect.bisect_left(after_starts, end)
                if k < len(named_after) and self.st.generic_of.match(text, end, named_after[k].start):
                    who, how = named_after[k].value, "by_nearby"
            else:
                near = self._named_nearby(tok, start, end, armed_named, armed_starts, text, named_after, after_starts)
                if near is not None:
                    who, how = near, "by_nearby"
                elif top is None or _acted_on_by(tok, [m for m in armed_named if m.value == top]) \
                        or _acts_on(tok, [m for m in armed_named if m.value == top],
                                    self.st.words.lower("clash_side_prepositions")):
                    # ("the militia repelled an attack by jihadists": who acts on them is not who they are)
                    # An article that names no armed group leaves its "militants" unidentified too (ACLED's
                    # Unidentified Armed Group), rather than nobody.
                    who, how = unknown, "by_unknown"
            if who is not None:
                self.actor_mentions.append(Mention(who, start, end, tok,
                                                   extra={"text": _word, "generic": True, "generic_by": how}))
        self.actor_mentions.sort(key=lambda m: m.start)

    def _resolve_branches(self, table) -> None:
        """"Islamic State" in a story that names its Sinai affiliate is that affiliate (ACLED codes the affiliate):
        the group's mentions, and the nouns guessed to mean it, stand for the one branch of it the article names
        (actors.tsv flag branch=)."""
        named: dict[object, set] = {}
        for m in self.actor_mentions:
            parent = table.branch_of(m.value)
            if parent is not None:
                named.setdefault(parent, set()).add(m.value)
        for parent, branches in named.items():
            if len(branches) != 1:
                continue  # two affiliates named: which one a bare "Islamic State" means is not told
            (branch,) = branches
            for m in self.actor_mentions:
                if m.value == parent:
                    m.value = branch
                    m.extra["branch"] = True
            if self.main_armed == parent:
                self.main_armed = branch

    def _named_nearby(self, tok, start: int, end: int, armed: list[Mention], starts: list[int], text: str,
                      after: list[Mention], after_starts: list[int]):
        """The armed group a generic noun ("fighters", "the militants") stands for when the text names it close
        by: right after it ("fighters of the Islamic State Sahel Province"; `after`, foreign forces included),
        else the last one named before it in its own sentence or the previous one. None when neither names one
        (the article's main group then)."""
        i = bisect.bisect_left(after_starts, end)
        if i < len(after) and self.st.generic_of.match(text, end, after[i].start):
            return after[i].value
        sent = tok.sent
        prev_start = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        before = armed[bisect.bisect_left(starts, prev_start):bisect.bisect_left(starts, start)]
        # "the militia repelled an attack by jihadists", "the YPG killed 20 militants": the group that acts on
        # the noun is not the group the noun stands for.
        before = [m for m in before if not _acted_on_by(tok, [m])]
        return before[-1].value if before else None

    def _localise_roles(self, table) -> None:
        """"the military", "troops", "police" belong to the country of the places named in their sentence, or
        else their paragraph, not to the article's main country; "militants" there, guessed to be the article's
        group of another country, are an unidentified armed group of that one."""
        text = text_of(self.doc)
        named = [p for p in self.place_mentions if not p.extra.get("in_actor")]
        local = [p for p in named if _kind(p.value) != COUNTRY_KIND]
        states = [p for p in named if _kind(p.value) == COUNTRY_KIND]  # "Meanwhile in Iraq, the military said..."
        foreign: list[Mention] = []
        for m in self.actor_mentions:
            guessed = m.extra.get("generic_by") in ("by_article", "by_nearby")
            if m.extra.get("how") != "role" and not guessed:
                continue
            sent = m.token.sent
            lo, hi = line_bounds(text, m.start, m.end)
            near: list[str] = []
            # The sentence's towns, its paragraph's; for a guessed group, then the countries named there too.
            for where in (local, states) if guessed else (local,):
                near = near or [p.value.country for p in where if sent.start_char <= p.start < sent.end_char]
                near = near or [p.value.country for p in where if lo <= p.start < hi]
            country = Counter(near).most_common(1)[0][0] if near else None
            if not country or country == self.country:
                continue
            if guessed:
                if m.value.country and m.value.country != country:
                    foreign.append(m)  # "militants" in a paragraph about Iraq are not the Syrian rebels
                continue
            found = table.find(m.extra["text"], country)
            if len(found) == 1 and found[0].actor != m.value:
                m.value = found[0].actor
                m.extra["local"] = True
        unknown = table.resolve_role(UNIDENTIFIED_ROLE, None)
        for m in foreign:  # an unnamed group there: ACLED's Unidentified Armed Group of the event's country
            m.value, m.extra["generic_by"], m.extra["local"] = unknown, "by_unknown", True

    def _main_place(self):
        local = [m for m in self.place_mentions if m.precision == 1 and not m.extra.get("in_actor")
                 and not self.args.compared(m.token)
                 and getattr(m.value, "kind", CITY_KIND) in (CITY_KIND, SITE_KIND)]
        if not local:
            return None
        counts = Counter(m.value for m in local)
        top, n = counts.most_common(1)[0]
        return top if n >= 2 else None

    def last_place_named(self, anaphor, s_index: int, kinds: tuple[str, ...] = ()):
        """What "the town", "the base", "there" (the token `anaphor`) refers to: the last place of its kind
        named before it in its sentence or the ANAPHOR_SENTENCES before it (a town for "the town", a base or
        other site for "the base", a city of some size for "the city"), not inside an actor's name, not a
        source's seat ("Cairo said"), not only locating another place; None if there is none. `kinds` overrides
        the kinds of place the anaphor's noun allows."""
        pos = anaphor.idx
        lo = self.sent_starts[max(0, s_index - ANAPHOR_SENTENCES)]
        window = _slice(self.place_mentions, self._place_starts, lo, pos)
        noun = anaphor.lemma_.lower()
        settlement = noun in self.st.words.lower("settlement_nouns")
        kinds = kinds or ((CITY_KIND,) if settlement else (CITY_KIND, SITE_KIND) if noun in self.st.args.PLACE_ADVERBS
                          else (SITE_KIND,))
        fitting = [m for m in window if not m.extra.get("in_actor") and not m.extra.get("locator")
                   and not self.args.compared(m.token)  # "unlike Gao, the town was spared"
                   and _kind(m.value) in kinds and m.end <= pos and not self.args.speaks(m.token)]
        if noun == CITY_KIND:
            fitting = [m for m in fitting if m.value.population >= CITY_POPULATION] or fitting
        return fitting[-1] if fitting else None

    def witness_next(self, sent: Span):
        """place.witness_next: the town or site where a witness quoted in the sentence after `sent` is ("a resident
        of X told AFP", "said Y, a trader in X"; words/local_source_nouns.txt), or None. One slice of the place
        mentions, found by bisection."""
        k = bisect.bisect_right(self.sent_starts, sent.start_char)  # index of the next sentence
        if k >= len(self.sent_starts):
            return None
        hi = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(text_of(self.doc))
        for m in _slice(self.place_mentions, self._place_starts, self.sent_starts[k], hi):
            if _kind(m.value) in (CITY_KIND, SITE_KIND) and not m.extra.get("locator") \
                    and self.args.local_source(m.token) and self.args.in_source(m.token):
                return m
        return None

    def place_named_ahead(self, sent: Span, sentences: int = LEAD_AHEAD_SENTENCES):
        """place.lead_named_next: the first town or site (else region) the `sentences` sentences after `sent` name,
        for a lead act told before any place ("At least 20 villagers were killed in the north-east. The gunmen
        stormed X on Sunday"), or None: not inside an actor's name, not in a source ("officials in X said"),
        not a comparison, never a country."""
        k = bisect.bisect_right(self.sent_starts, sent.start_char)
        if k >= len(self.sent_starts):
            return None
        j = k + sentences
        hi = self.sent_starts[j] if j < len(self.sent_starts) else len(text_of(self.doc))
        fitting = [m for m in _slice(self.place_mentions, self._place_starts, self.sent_starts[k], hi)
                   if not m.extra.get("in_actor") and not m.extra.get("dateline") and not self.args.compared(m.token)
                   and not self.args.in_source(m.token) and not self.args.origin_place(m)  # ("travelling from X")
                   and m.extra.get("place_rule") != "place.compass_region"  # ("northern Israel": a country's part)
                   and _kind(m.value) in (CITY_KIND, SITE_KIND, ADMIN1_KIND)]
        towns = [m for m in fitting if _kind(m.value) != ADMIN1_KIND]
        return (towns or fitting or [None])[0]

    def place_told_next(self, sent: Span):
        """place.told_next: "Gunmen ambushed a bus in the desert. The attack happened east of Palmyra": the place the
        sentence after `sent` gives to "it" or a definite noun as the subject of a verb of taking place
        (words/occurrence_verbs.txt), or None. One slice of the place mentions, found by bisection."""
        k = bisect.bisect_right(self.sent_starts, sent.start_char)
        if k >= len(self.sent_starts):
            return None
        hi = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(text_of(self.doc))
        definite = self.st.words.lower("definite_determiners")
        for m in _slice(self.place_mentions, self._place_starts, self.sent_starts[k], hi):
            if m.extra.get("in_actor") or _kind(m.value) not in (CITY_KIND, SITE_KIND):
                continue
            verb = self.occurrence_verb(m.token)
            if verb is None:
                continue
            if self.times_in(m.token.sent):
                # ("Soldiers detained 14. The arrests took place in Loikaw on 9 March": a sentence that dates the
                # act as well tells it anew, as its own record.)
                return None
            if any(c.dep_ == "nsubj" and (c.pos_ == "PRON" or c.pos_ == "NOUN" and any(
                    d.dep_ == "det" and d.lower_ in definite for d in c.children)) for c in verb.children):
                return m
        return None

    def occurrence_verb(self, tok):
        """The verb over the token when it says that something took place ("happened", "took place": words/
        occurrence_verbs.txt), else None."""
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        occur = self.st.words.lower("occurrence_verbs")
        lemma = verb.lemma_.lower()
        return verb if lemma in occur or any(f"{lemma} {c.lower_}" in occur for c in verb.children
                                             if c.dep_ == "dobj") else None

    def line_dateline(self, pos: int):
        """place.line_dateline: the town of a dateline that opens the line `pos` is on, when it is not the text's
        first dateline (a round-up: "Peshawar: ... \nBannu: A roadside bomb hit a police van"), in the story's
        country; else None."""
        k = bisect.bisect_left(self._line_dateline_starts, pos) - 1
        if k < 0:
            return None
        m = self._line_datelines[k]
        if "\n" in text_of(self.doc)[m.end:pos] or (self.country and m.value.country != self.country):
            return None
        return m

    def times_in(self, sent: Span) -> list:
        """The sentence's time expressions (doc.spans["times"]), left to right."""
        return self._times.get(sent.start, [])

    def triggers_in(self, sent: Span) -> list[TriggerMatch]:
        """The sentence's trigger matches (doc.spans["triggers"]), left to right."""
        if any(a <= sent.start_char < b for a, b in self._captions):
            return []
        lo = bisect.bisect_left(self._trigger_starts, sent.start)
        return self._triggers[lo:bisect.bisect_left(self._trigger_starts, sent.end)]

    # Both lists are sorted by start: a sentence's mentions are one slice, found by bisection, so the work per
    # sentence does not grow with the length of the article.
    def places_in(self, sent: Span) -> list[Mention]:
        return _slice(self.place_mentions, self._place_starts, sent.start_char, sent.end_char)

    def actors_in(self, sent: Span) -> list[Mention]:
        return _slice(self.actor_mentions, self._actor_starts, sent.start_char, sent.end_char)


ANAPHOR_SENTENCES = 3  # "the town" refers to a town named in its sentence or the three before it
CITY_POPULATION = 50_000  # "the city" is, of the places just named, the last one of about this size if any
_POSSESSIVE_LOOKBACK = 50  # "its troops" refers back within its sentence; 50 mentions is far more than one holds


CAPTION_WORDS = 80  # a caption is a line of a sentence or two; a longer line is body text


def _caption_lines(doc: Doc, patterns) -> list[tuple[int, int]]:
    """The character spans of the lines that are photo captions (patterns caption_credit, caption_opener):
    "A plume of smoke rises over Idlib after an air strike. AFP", "The wreckage of a car after a
    bomb exploded in Damascus on April 29. — Photo AFP", "In this 2017 photo, fighters are seen near Benghazi".
    A caption describes its picture, which may be of another day or place; the body tells the story's acts."""
    text = text_of(doc)
    # (a line that only ends in an agency's name, "... (AFP)", is left to the reader's boilerplate rules: a wire
    # paragraph or headline signed so is as often the story as a picture's caption)
    credit, opener = (patterns.one(n) for n in ("caption_credit", "caption_opener"))
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        body = line.strip()
        if not body or len(body.split()) > CAPTION_WORDS:
            continue
        if opener.search(body) or credit.search(body):
            spans.append((start, end))
    return spans


def _slice(mentions: list[Mention], starts: list[int], lo: int, hi: int) -> list[Mention]:
    return mentions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


class _Spans:
    """Which character ranges lie inside one of the given mentions, answered by bisection (not a scan of all)."""

    def __init__(self, mentions: list[Mention]) -> None:
        ordered = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in ordered]
        self.ends = [m.end for m in ordered]
        self.longest = max((m.end - m.start for m in ordered), default=0)

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.starts[i] >= start - self.longest:
            if self.ends[i] >= end:
                return True
            i -= 1
        return False


# A place name that starts the name of a channel, paper or body is not where anything happened.
# "Harbil, north of Aleppo", "Shaikh Hilal in the outskirts of Hama": the second place only locates the first.
LOCATOR_GAP = 60
_DISTANCE_GIVEN = re.compile(r"\d")  # "Balad, 80 km north of Baghdad": a number of km or miles before the bearing
# A district or quarter written before its city ("Kibera, Nairobi") lies this close to the city's point.
PART_OF_CITY_KM = 12
# A town written "in" another town farther off than this is a second place, not a part of it.
FAR_TOWN_KM = 25
_SCENE_REACH = 4  # the characters before a place name searched for its preposition ('in ', 'at ')


# The second place is only a locator when the locating words lead straight to it ("north of Syria's second
# city Aleppo"), not when a clause break comes between ("in Syria's northwest, and Aleppo").


def _mark_locators(text: str, mentions: list[Mention], locating: re.Pattern[str],
                   apposition: re.Pattern[str], list_gap: re.Pattern[str] | None = None,
                   distance: re.Pattern[str] | None = None) -> None:
    """A place that only locates the one before it is not a second place of the act: "Harbil, north of Aleppo"
    (place.locator), "Dubovka, Kharkiv region" and "Dubovka, a village in Kharkiv region" (place.region_locator)."""
    local = [m for m in mentions if _kind(m.value) != COUNTRY_KIND]  # "Harbil, north of Syria's city Aleppo"
    for prev, cur in zip(local, local[1:], strict=False):
        gap = text[prev.end:cur.start]
        doc = cur.token.doc
        # (between the two names, not inside one: "Sagaing region" is parsed with "Sagaing" a verb)
        verb_between = any(t.pos_ in ("VERB", "AUX") and prev.end <= t.idx < cur.start
                           for t in doc[prev.token.i + 1:cur.token.i])
        # A name the gazetteer does not know stands for one place, whatever precision its locator gave it.
        one_place = prev.precision == 1 or not getattr(prev.value, "resolved", True)
        # A town the text places only near is still one point that a distance or bearing right after it locates
        # ("the outskirts of Afgoye, 30 km northwest of Mogadishu", "near the village of Huwara, south of Nablus").
        # So does the region or district written after it ("around Djibo, in Burkina Faso's Sahel region").
        near_point = prev.precision == 2 and _kind(prev.value) in (CITY_KIND, SITE_KIND)
        near_town = near_point and distance is not None and bool(distance.match(gap))
        in_region = near_point and (_kind(cur.value) == ADMIN1_KIND
                                    or cur.extra.get("place_rule") == "place.district_seat")
        if 0 <= cur.start - prev.end <= LOCATOR_GAP and (one_place or near_town or in_region) and "." not in gap \
                and not verb_between and getattr(cur.value, "resolved", True):  # an unknown name locates nothing
            if (one_place or near_town) and (cur.precision == 2 or locating.search(gap)):
                cur.extra["locator"] = True
            elif apposition.match(gap) and (_kind(cur.value) == ADMIN1_KIND or gap.strip() != ",") \
                    and not _far_town_in(prev.value, cur.value, gap):
                cur.extra["locator"] = "region"  # "town, region": not a second place
        # "in Diyala province, northeast of Baghdad", "in Kunduz province north of Kabul": a town of another region
        # of the country that a bearing after the region leads to ("north of the capital, Baghdad") only says where
        # the region lies; the act is in the region, not at the town (rule place.locator), unless the text gives
        # how far ("Balad, 80 km north").
        if "locator" not in cur.extra and _kind(prev.value) == ADMIN1_KIND and prev.precision >= 3 \
                and 0 <= cur.start - prev.end <= LOCATOR_GAP and "." not in gap and not verb_between \
                and locating.search(gap.replace(",", " ")) and not _DISTANCE_GIVEN.search(gap) \
                and not any(t.pos_ == "CCONJ" for t in doc[prev.token.i + 1:cur.token.i]) \
                and _outside_region(cur.value, prev.value):
            cur.extra["locator"] = True
        # "near Kutum, North Darfur", "in Tame, Arauca": a name right after a town and a comma that names the
        # town's own region (even where the gazetteer read it as that region's chief town) only locates it,
        # whatever precision the town has, unless a list goes on after it ("Tame, Arauca and Saravena").
        # So does "near Palmyra, in the Homs desert": the town's region named by its chief town after "in".
        if "locator" not in cur.extra and (gap == ", " or gap.strip() != "," and bool(apposition.match(gap))) \
                and _own_region(prev.value, cur.value) \
                and not (list_gap is not None and _list_goes_on(text, cur.end, list_gap)):
            cur.extra["locator"] = "region"
        # "in Kibera, Nairobi", "Jones Town, Kingston": a bigger town a few km off, right after a comma, is the city
        # the first place is a part of; it only locates it (no second record), unless a list goes on either side.
        if "locator" not in cur.extra and gap == ", " and _part_of_city(prev.value, cur.value) \
                and text[max(0, prev.start - 2):prev.start] != ", " \
                and not (list_gap is not None and _list_goes_on(text, cur.end, list_gap)):
            cur.extra["locator"] = "region"


def _mark_roads(text: str, mentions: list[Mention], narrowed: re.Pattern[str], destination: re.Pattern[str],
                road_name_end: re.Pattern[str], road_named_by: re.Pattern[str]) -> None:
    """Roads (rule place.on_road): "on the Peshawar-Torkham highway in Landi Kotal", "on the road between Bunia and
    Mahagi at Nizi", "the Trans-Amazonian highway near Altamira", "on the Kaduna road outside Zaria": the town on
    the road is where the act was, and the road (place.between, a road's name the gazetteer does not know, or a
    road named by a town) only locates it; "10 km outside Afgooye
    on the road to Mogadishu": the town the road leads to only says which road it is. Either, when nothing else
    is named, is still the act's place (place.locator)."""
    local = [m for m in mentions if _kind(m.value) != COUNTRY_KIND and not m.extra.get("in_actor")]
    for prev, cur in zip(local, local[1:], strict=False):
        road = prev.extra.get("place_rule") == "place.between" or not getattr(prev.value, "resolved", True) \
            and bool(road_name_end.search(text, prev.start, prev.end)) \
            or _kind(prev.value) == CITY_KIND and bool(road_named_by.match(text, prev.end))
        if road and cur.precision <= 2 and _kind(cur.value) in (CITY_KIND, SITE_KIND) \
                and narrowed.match(text[prev.end:cur.start]):
            prev.extra["locator"] = True
            cur.extra.pop("locator", None)  # (_mark_locators read the road as a point that the town locates)
            cur.extra["on_road"] = True
    for m in local:
        if destination.search(text, max(0, m.start - 60), m.start):
            m.extra["locator"] = m.extra["road_end"] = True
            m.precision = max(m.precision, 2)  # on the way there, not in the town


def _mark_unknown_districts(text: str, mentions: list[Mention], district_after: re.Pattern[str]) -> None:
    """"near Parachinar in Kurram district": a district the gazetteer does not know, written right after a known
    town as holding it, only locates the town (place.region_locator), as a known region there would; it is no
    second place, nor the act's place in the town's stead."""
    for prev, cur in zip(mentions, mentions[1:], strict=False):
        if _kind(prev.value) in (CITY_KIND, SITE_KIND) and getattr(prev.value, "resolved", True) \
                and not getattr(cur.value, "resolved", True) and not prev.extra.get("in_actor") \
                and re.fullmatch(r"\s*,?\s*in\s+(?:the\s+)?", text[prev.end:cur.start]) \
                and district_after.match(text, cur.start + len(cur.extra.get("text") or "")):  # (the span may
            # hold the noun: "Kurram district", named "Kurram")
            cur.extra["locator"] = "region"


def _far_town_in(town: object, other: object, gap: str) -> bool:
    """"families displaced from Jabalia in Rafah": a town written "in" another town of its country far off
    (FAR_TOWN_KM), not the region it lies in nor named by that region's chief town ("Kafr Nabl in Idlib"), is a
    second place of the sentence, not a locator of the first ("Kibera in Nairobi" is). Only a bare "in": "the Katse
    dam in the Maluti mountains" names a range, not a namesake town abroad."""
    if gap.strip() != "in" or _kind(town) not in (CITY_KIND, SITE_KIND) or _kind(other) != CITY_KIND \
            or not getattr(town, "resolved", True) or not getattr(other, "resolved", True) \
            or town.country != other.country or _own_region(town, other):
        return False
    return geo.km(town.lat, town.lon, other.lat, other.lon) > FAR_TOWN_KM


def _part_of_city(part: object, city: object) -> bool:
    """Is `city` a bigger town within PART_OF_CITY_KM of `part` (a district or quarter the gazetteer has as a
    town of its own: "Kibera" of Nairobi)?"""
    if _kind(part) not in (CITY_KIND, SITE_KIND) or _kind(city) != CITY_KIND \
            or not getattr(part, "resolved", True) or not getattr(city, "resolved", True) \
            or getattr(part, "country", None) != getattr(city, "country", ""):
        return False
    if (city.population or 0) <= (part.population or 0):
        return False
    return geo.km(part.lat, part.lon, city.lat, city.lon) <= PART_OF_CITY_KM


def _outside_region(town: object, region: object) -> bool:
    """Is `town` a known town of `region`'s country that lies in another admin-1 region? Unknown, no."""
    inside, named = getattr(town, "admin1", None), getattr(region, "admin1", None)
    return _kind(town) == CITY_KIND and getattr(town, "resolved", True) and bool(inside and named) \
        and getattr(town, "country", None) == getattr(region, "country", None) and inside != named


def _own_region(town: object, region: object) -> bool:
    """Does `region` name the admin-1 region `town` lies in (by the region's name or the chief town's)?"""
    inside = getattr(town, "admin1", None)
    if _kind(town) not in (CITY_KIND, SITE_KIND) or not getattr(town, "resolved", True) \
            or _kind(region) not in (ADMIN1_KIND, CITY_KIND) or not getattr(region, "resolved", True):
        return False
    if inside is None:  # a hand-checked row names no region: any region of its country after the comma
        return _kind(region) == ADMIN1_KIND and getattr(town, "country", None) == getattr(region, "country", "")
    return name_key(getattr(region, "name", "")) in (name_key(inside), *_base_keys(inside))


def _base_keys(admin1: str) -> tuple[str, ...]:
    """"North Darfur State" -> "north darfur": the region's name without its last word, as the press may write it."""
    head, _sep, _last = admin1.rpartition(" ")
    return (name_key(head),) if head else ()


def _list_goes_on(text: str, end: int, list_gap: re.Pattern[str]) -> bool:
    gap = list_gap.match(text, end)
    return gap is not None and gap.end() > end and text[gap.end():gap.end() + 1].isupper()


def _acts_on(tok, mentions: list[Mention], sides: set[str] = frozenset()) -> bool:
    """Is the word (a generic noun) the subject of a verb whose object holds one of the mentions ("jihadists
    ambushed a patrol of Dozo hunters"), or the other side a preposition of `sides` gives it ("a local militia
    clashed with Islamic State fighters")? Who they act on or fight is not who they are."""
    verb = tok.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in sides for g in c.children
                if g.dep_ == "pobj"]
    return tok.dep_ == "nsubj" and verb.pos_ == "VERB" and any(
        governed(c, m.token) for c in objects for m in mentions)


def _acted_on_by(tok, mentions: list[Mention]) -> bool:
    """Is the word (a generic noun) in the object of a verb whose subject holds one of the mentions ("the VDP
    repelled an attack by jihadists", "the YPG killed 20 militants", "..., killing several assailants": a
    participle's subject is its verb's)? Not when the word is a subject itself ("a militia leader told")."""
    node, acted_on = tok, False
    for _ in range(6):
        parent = node.head
        if parent.i == node.i or node.dep_ in ("nsubj", "nsubjpass"):
            return False
        acted_on = acted_on or node.dep_ == "dobj"
        if parent.pos_ in ("VERB", "AUX"):
            if not acted_on:
                return False
            verb = parent
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                    and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
                verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            return any(governed(s, m.token) for s in subjects for m in mentions)
        node = parent
    return False


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")  # "<role noun> of (the) <named force>"


def _names_over_descriptions(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions, less those another names more narrowly: a country owning a force the table names in the
    same phrase ("Russia's FSB security service": the FSB, not Russia's army) and a people's militia described
    right before the name of the group ("the Dogon self-defence group Dan Na Ambassagou": that group), and a role
    noun before "of <named force>" ("troops of the Rwandan army": that army, not the army of the place).
    `mentions` are sorted by start."""
    out = []
    for k, m in enumerate(mentions):
        if m.extra.get("how") == "place" and m.token.dep_ == "poss" and any(
                o is not m and o.extra.get("how") != "place" and phrase_head(o.token).i == m.token.head.i
                for o in mentions[k + 1:k + 4]):
            continue
        following = mentions[k + 1] if k + 1 < len(mentions) else None
        if m.extra.get("how") == "role" and following is not None and following.extra.get("how") != "role" \
                and following.start >= m.end and _OF_THE.fullmatch(text[m.end:following.start]):
            continue  # "servicemen of the Russian armed forces": the force named, not the country's army
        if m.value.kind == IDENTITY_KIND and following is not None \
                and following.value.kind in (REBEL_KIND, MILITIA_KIND) \
                and following.start >= m.end and not text[m.end:following.start].strip():
            continue
        out.append(m)
    return out


def _acts_as_state(tok, st: Stages) -> bool:
    """A country's or capital's name stands for its state when it does or suffers something ("Russia
    struck", "Moscow's jets", "attacks on Israel"), not when it only qualifies a thing ("embassies of France")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head  # "the embassies of Rwanda, Uganda, France": judged by the list's head
    if tok.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "dobj"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in st.words.lower("state_prepositions")


def _token_at(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode=ALIGN)
    if span is None or not len(span):
        return None
    return span.root


def _doerless(st: Stages, cand: _Candidate) -> bool:
    """Was the act told with no doer, or only with unnamed ones ("gunmen")?"""
    return cand.actor1 is None or st.actors.role_of(cand.actor1) == UNIDENTIFIED_ROLE
