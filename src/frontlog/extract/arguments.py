"""Argument attachment: who did it, to whom, where, when, how many, according to whom.

Works on one sentence with its trigger, the place and actor mentions already found in it, and the time
expressions in it. Syntax first (subject, object, "by", "against", "backed by"), word order as fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
}
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUM = (r"(\d{1,3}(?:,\d{3})+|\d+|" + _TENS + r"[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b|"
        + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")")
_QUAL = r"(?:at least|about|around|some|more than|over|nearly|almost|up to|roughly|an estimated|a total of)\s+"
_VICTIM = (
    r"(?:[\w-]+\s+){0,3}?(?:people|persons|civilians|children|women|men|soldiers|troops|fighters|militants|"
    r"rebels|members|policemen|police officers|officers|servicemen|personnel|residents|villagers|"
    r"worshippers|protesters|demonstrators|detainees|prisoners|jihadists|insurgents|staff|patients|"
    r"students|workers|others|family members|guards|paramedics|civilians)"
)
ONE_DEATH = re.compile(r"\b(?:to death|killing (?:him|her)|killing (?:a|one) (?:man|woman|child|boy|girl|civilian|"
                       r"person|trader|farmer|soldier|policeman))\b", re.I)
FATALITY_PATTERNS = [
    # The victims must be named: in "clashes on March 14 killed three", 14 is a date, not a toll.
    re.compile(rf"\b(?:{_QUAL})?{_NUM}\s+{_VICTIM}\s*(?:were|was|have been|had been|are|being)?\s*"
               r"(?:killed|dead|died|executed|slain|massacred|murdered|shot dead)\b", re.I),
    re.compile(rf"\b(?:{_QUAL})?{_NUM}\s+(?:were|have been|had been)\s+(?:killed|executed)\b", re.I),
    re.compile(rf"\b(?:killing|killed|kill|executed|executing|left)\s+(?:{_QUAL})?{_NUM}\b"
               r"(?!\s*(?:km|kilomet|mile|percent|%))", re.I),
    re.compile(rf"\bdeath toll\s+(?:of|rose to|reached|stood at|to|at)\s+(?:{_QUAL})?{_NUM}\b", re.I),
    re.compile(rf"\b{_NUM}\s+deaths\b", re.I),
    re.compile(rf"\b(?:{_QUAL}){_NUM}\s+(?:[\w-]+\s+){{0,3}}(?:were|was)\s+(?:killed|executed)\b", re.I),
]
AIR_WORDS = {
    "air", "jet", "warplane", "plane", "aircraft", "helicopter", "drone", "sortie", "airstrike", "bomber",
    "airforce", "aviation", "airplane", "uav", "raid", "su-24", "su-25", "su-34", "f-16",
}
AIR_CONTEXT = "<air-context>"  # added to a sentence's words when the sentence before told an air strike
WEAPON_WORDS = AIR_WORDS | {
    "rocket", "missile", "mortar", "shell", "artillery", "bomb", "strike", "airstrike", "barrage", "grad",
    "katyusha", "munition", "howitzer", "explosive", "shelling", "bombardment", "tank", "gunfire",
}
GROUND_FIRE_WORDS = {
    "rocket", "missile", "mortar", "shell", "shelling", "artillery", "tank", "howitzer", "grad", "katyusha",
    "gun", "gunfire", "cannon", "mlrs", "himars", "launcher",
}
DEAL_WORDS = {"deal", "agreement", "agree", "agreed", "negotiate", "negotiated", "truce", "surrender", "accord",
              "ceasefire", "evacuation", "reconciliation", "settlement"}
# Not "mine": it is as often a gold or coltan mine as a landmine.
PROTEST_CONTEXT = {"protest", "protester", "protestor", "demonstrator", "demonstration", "rally", "march"}
EXPLOSIVE_WORDS = {"ied", "landmine", "explosion", "blast", "explosive", "bombing", "car-bomb"}
# Words that show a rally or march is a protest (the trigger words themselves are not evidence of that).
PROTEST_WORDS = {"protest", "protester", "protestor", "demonstrator", "crowd", "slogan", "chant", "banner",
                 "anti", "opposition", "outrage", "rally", "march", "demonstration", "sit-in"}
PEOPLE_WORDS = {
    "people", "person", "civilian", "child", "woman", "man", "resident", "villager", "worshipper", "detainee",
    "prisoner", "captive", "patient", "student", "worker", "family", "protester", "demonstrator", "journalist",
    "staff", "diplomat", "personnel", "paramedic", "refugee", "girl", "boy",
}
CIVILIAN_VICTIMS = PEOPLE_WORDS - {"protester", "demonstrator"}
ARMED_VICTIMS = {"soldier", "troop", "fighter", "militant", "rebel", "jihadist", "insurgent", "serviceman", "officer"}
ASSOC_CUES = (
    # "backed by the local paramilitary group of the National Defense Forces": a few words may come between.
    re.compile(r"\bbacked by\b[^,.;()]{0,50}$", re.I),
    re.compile(r"\bwith the (?:help|support|backing|aid) of\b[^,.;()]{0,40}$", re.I),
    re.compile(r"\bsupported by\b[^,.;()]{0,50}$", re.I),
    re.compile(r"\b(?:with help from|alongside|together with|joined by|along with)\s*$", re.I),
    re.compile(r"\b(?:and )?(?:its )?(?:allied|ally)\s*$", re.I),
    re.compile(r"\b(?:working|fighting alongside|in coordination) with\s*$", re.I),
)
SOURCE_PATTERNS = [
    re.compile(r"\baccording to (?:the )?(?P<src>[^,.;]{3,80}?)(?=[,.;]|\s+(?:on|in|which|who|that)\b|$)", re.I),
    re.compile(r"(?:^|[,.\"”]\s*|\s)(?P<src>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,8}?)\s+"
               r"(?:said|says|reported|reports|told|confirmed|claimed|announced|stated)\b"),
    re.compile(r"\b(?:said|reported|told|confirmed|claimed|announced)\s+(?P<src>(?:the\s+)?[A-Z][^,.;]{2,80}?)"
               r"(?=[,.;]|$)"),
    re.compile(r"\bciting (?:a |an |the )?(?P<src>[^,.;]{3,60}?)(?=[,.;]|$)", re.I),
]
_SOURCE_STOP = {"he", "she", "they", "it", "we", "i", "who", "which", "that", "this", "there", "the group",
                "the statement", "the report", "the source", "the ministry", "officials", "he added"}


@dataclass
class Mention:
    """A place or actor found in a sentence, with the token that heads it."""

    value: Any
    start: int  # char offsets within the document
    end: int
    token: Token
    precision: int = 1
    extra: dict = field(default_factory=dict)


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy rebuilds Doc.text from its tokens on every access."""
    text = doc.user_data.get("frontlog_text")
    if text is None:
        text = doc.user_data["frontlog_text"] = doc.text
    return text


def parse_number(text: str) -> int | None:
    t = text.lower().replace(",", "").strip()
    if t.isdigit():
        return int(t)
    parts = re.split(r"[\s-]+", t)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]  # "twenty-one"
    return NUMBER_WORDS.get(t)


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens in the dependency tree (same sentence)."""
    path_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(path_a)}
    for n, tok in enumerate([b, *b.ancestors]):
        if tok.i in index:
            return n + index[tok.i]
    return 99


def governed(head: Token, tok: Token) -> bool:
    return head.i == tok.i or any(anc.i == head.i for anc in tok.ancestors)


# "air base", "air defence": the word "air" without aircraft; "suicide bomber": a bomber without a plane.
_NOT_AIRCRAFT = {("air", "base"), ("air", "field"), ("air", "port"), ("air", "defence"), ("air", "defense"),
                 ("air", "strip"), ("suicide", "bomber")}


def lemmas(sent: Span) -> set[str]:
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    pairs = {(a.lower_, b.lemma_.lower()) for a, b in zip(sent, sent[1:], strict=False)}
    if pairs & _NOT_AIRCRAFT:
        air_used = {a.lower_ for a, b in zip(sent, sent[1:], strict=False)
                    if (a.lower_, b.lemma_.lower()) not in _NOT_AIRCRAFT and a.lower_ in ("air", "bomber")}
        for first, second in pairs & _NOT_AIRCRAFT:
            word = first if first == "air" else second
            if word not in air_used:
                words.discard(word)
    return words


def needs_met(need: str, trigger_head: Token, sent: Span, places: list[Mention], actors: list[Mention],
              words: set[str]) -> bool:
    if need == "place":
        return any(_place_attached(trigger_head, p) for p in places) or place_anaphor(trigger_head)
    if need == "air":
        return bool(words & (AIR_WORDS | {AIR_CONTEXT})) or any(
            "air" in m.extra.get("text", "").lower() or m.value.name.endswith("Air Force") for m in actors
        )
    if need == "weapon":
        return bool(words & WEAPON_WORDS)
    if need == "protest":
        return bool(words & PROTEST_WORDS)
    if need == "deal":
        return bool(words & DEAL_WORDS)
    if need == "armed":
        return any(m.value.kind not in ("civilian", "protester", "rioter") for m in actors) or bool(
            words & (ARMED_VICTIMS | {"army", "troops", "force", "forces", "militia", "jihadist", "militant"})
        )
    if need == "people":
        return any(t.lemma_.lower() in PEOPLE_WORDS and governed(trigger_head, t) for t in sent) or any(
            t.lemma_.lower() in PEOPLE_WORDS for t in trigger_head.head.subtree if t.dep_ == "nsubjpass"
        )
    return True


PLACE_NOUNS = {"city", "town", "village", "base", "airport", "airbase", "district", "area", "province",
               "region", "centre", "center", "crossing", "outskirts", "hospital", "neighbourhood", "neighborhood",
               "stronghold", "airfield", "garrison", "headquarters", "building", "complex", "checkpoint", "camp",
               "settlement", "hill", "hilltop", "position", "territory", "oblast", "governorate"}


def place_anaphor(head: Token) -> bool:
    """Does the trigger act on a place not named here ("it was captured", "took the city", "overran an army
    base", "took over villages in the province")? The place is then the one the story is about."""
    near = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "pobj", "prep", "nsubj", "attr")]
    if head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        near.append(head.head)
    for tok in near + [g for c in near for g in c.subtree if g.i != head.i]:
        if tok.lower_ == "it" and tok.dep_ in ("nsubjpass", "dobj"):
            return True
        if tok.lemma_.lower() in PLACE_NOUNS and tok.pos_ == "NOUN":
            return True
    return False


def _place_attached(head: Token, place: Mention) -> bool:
    """Is the place in what the trigger governs, or close to it?"""
    if governed(head, place.token):
        return True
    if head.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") and governed(head.head, place.token):
        return True
    if head.dep_ in ("relcl", "acl") and (head.head.i == place.token.i or _antecedent(head, place)):
        return True  # "Mosul, which fell to militants"
    return tree_distance(head, place.token) <= 3


MAX_PLACE_COST = 24  # beyond this (dependency edges plus penalties) a place belongs to another clause or a source
_RELATIVE = re.compile(r"^\s*,?\s*(?:which|that|where)\b", re.I)


def _antecedent(head: Token, place: Mention) -> bool:
    """Is the place what a relative clause starting right after it is about ("Mosul, which fell...")?"""
    doc = head.doc
    rel = [t for t in head.children if t.dep_ in ("nsubj", "nsubjpass", "advmod") and t.i < head.i]
    return bool(rel) and bool(_RELATIVE.match(text_of(doc)[place.end:rel[0].idx + len(rel[0].text)]))


def pick_places(head: Token, places: list[Mention], other_heads: list[Token] = ()) -> list[Mention]:
    """The place(s) where the act happened: the syntactically closest, with its coordinated siblings.

    A place closer to another trigger of the sentence belongs to that act ("after taking X, they seized Y").
    """
    if not places:
        return []

    def cost(p: Mention) -> int:
        own = _place_cost(head, p)
        if _antecedent(head, p):
            own = min(own, 1)
        if any(tree_distance(o, p.token) < tree_distance(head, p.token) for o in other_heads if o.i != head.i):
            own += 6
        return own

    scored = sorted(places, key=lambda p: (cost(p), abs(p.token.i - head.i)))
    best = scored[0]
    if cost(best) > MAX_PLACE_COST:
        return []
    chosen = [best]
    for other in places:
        if other is best or other.value == best.value:
            continue
        if _coordinated(best.token, other.token):
            chosen.append(other)
    chosen.extend(p for p in _listed_with(best, places) if p not in chosen and p.value != best.value)
    chosen.sort(key=lambda p: p.start)
    return chosen


_LIST_GLUE = re.compile(r"^\s*(?:,|and|or|&|, and|, or)\s*$", re.I)


def _listed_with(best: Mention, places: list[Mention]) -> list[Mention]:
    """Places written as one list with `best` ("Daraya, Zamalka, and Deir Assafier"), when the parse
    does not coordinate them."""
    ordered = sorted(places, key=lambda p: p.start)
    text = text_of(best.token.doc)
    i = ordered.index(best)
    group = [best]
    j = i
    while j > 0 and _LIST_GLUE.match(text[ordered[j - 1].end:ordered[j].start]):
        j -= 1
        group.append(ordered[j])
    j = i
    while j + 1 < len(ordered) and _LIST_GLUE.match(text[ordered[j].end:ordered[j + 1].start]):
        j += 1
        group.append(ordered[j])
    return group[1:]


def _place_cost(head: Token, place: Mention) -> int:
    cost = tree_distance(head, place.token)
    # A place that is the origin of the force ("jets based in Latakia", "fired from Gaza") is not where it hit.
    prev = place.token.doc[max(place.token.i - 3, 0): place.token.i]
    prev_words = {t.lower_ for t in prev}
    if prev_words & {"from"} or {"based", "stationed"} & prev_words:
        cost += 20
    if place.extra.get("in_actor"):
        cost += 60
    if _in_source(place.token):
        cost += 30  # "police officials in Samarra told CNN": where the source is, not the act
    # The most specific place the sentence gives: a town over its province, a province over the country.
    cost += {1: 0, 2: 1, 3: 3}.get(place.precision, 0)
    return cost


def _in_source(tok: Token) -> bool:
    """Is the token inside the subject of a reporting verb ("witnesses in X said")?"""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("nsubj", "nsubjpass") and node.head.lemma_.lower() in REPORTING_LEMMAS:
            return True
        node = node.head
    return False


REPORTING_LEMMAS = {"say", "tell", "report", "announce", "confirm", "state", "claim", "add", "estimate"}


def _coordinated(a: Token, b: Token) -> bool:
    """Places joined by "and"/commas: "took X and Y", "in Hama, Idlib and Raqqa provinces"."""
    if b.head.i == a.i and b.dep_ == "conj" or a.head.i == b.i and a.dep_ == "conj":
        return True
    if b.dep_ == "conj" and a.dep_ == "conj" and a.head.i == b.head.i:
        return True
    # chains: a <- conj - x <- conj - b
    root_a = a
    while root_a.dep_ == "conj":
        root_a = root_a.head
    root_b = b
    while root_b.dep_ == "conj":
        root_b = root_b.head
    if root_a.i == root_b.i:
        return True
    # compounds inside one coordination ("Hama, Lattakia and Idlib provinces": names are compounds)
    return a.dep_ == "compound" and b.dep_ in ("conj", "compound") and a.head.i == b.head.i


def pick_actors(head: Token, sent: Span, actors: list[Mention]) -> tuple[Mention | None, Mention | None,
                                                                      list[Mention]]:
    """(actor1, actor2, associated) for a trigger."""
    if not actors:
        return None, None, []
    actors = [m for m in actors if not _is_source(m)]
    assoc = [m for m in actors if _is_assoc(m, sent)]
    main = [m for m in actors if m not in assoc]
    # Civilians and protesters are acted on; they are actor1 only of protests and riots (decided elsewhere).
    victims_only = [m for m in main if m.value.kind in ("civilian",)]
    main = [m for m in main if m not in victims_only]
    actor1 = actor2 = None
    for m in main:
        role = _role(head, m.token)
        if role == "agent" and actor1 is None:
            actor1 = m
        elif role == "patient" and actor2 is None:
            actor2 = m
    if actor1 is None:
        # "the retaking of Palmyra from IS by the Syrian regime": an actor right after "by" did it.
        by = [m for m in main if m.token.i > head.i and _BY_BEFORE.search(text_of(sent.doc)[m.start - 8:m.start])]
        actor1 = by[0] if by else None
    # The dead are acted on: "four Israeli soldiers were killed in a rocket attack".
    killed = [m for m in main if m is not actor1 and _among_killed(m.token)]
    if killed and actor2 is None:
        actor2 = killed[0]
    rest = [m for m in main if m is not actor1 and m is not actor2 and m not in killed]
    if actor1 is None and head.pos_ == "VERB":
        # The name right before a verb is its subject even where a headline's parse says otherwise
        # ("... as Ukraine retakes village").
        adjacent = [m for m in rest if 0 < head.i - m.token.i <= 1]
        actor1 = adjacent[0] if adjacent else None
        if actor1 is not None:
            rest.remove(actor1)
    if actor1 is None:
        before = [m for m in rest if m.token.i < head.i and not _reporter_of(m.token, head)]
        if before:
            actor1 = min(before, key=lambda m: tree_distance(head, m.token))
            rest.remove(actor1)
    if actor2 is None:
        # "..., police said": who reports is not who was hit.
        after = [m for m in rest if m.token.i > head.i and tree_distance(head, m.token) <= 4
                 and not (m.token.dep_ == "nsubj" and m.token.head.lemma_.lower() in REPORTING_LEMMAS)]
        if after:
            actor2 = min(after, key=lambda m: tree_distance(head, m.token))
    near_victims = [m for m in victims_only if tree_distance(head, m.token) <= 4 and not _in_source(m.token)
                    and not _ACCORDING.search(text_of(sent.doc)[max(0, m.start - 14):m.start])]
    if actor2 is None and near_victims:
        actor2 = min(near_victims, key=lambda m: tree_distance(head, m.token))
    if actor1 is not None:
        assoc = [m for m in assoc if m.value != actor1.value]
    return actor1, actor2, assoc


_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
KILL_LEMMAS = {"kill", "wound", "injure", "execute", "murder", "slay"}


def _among_killed(tok: Token) -> bool:
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "nsubjpass" and node.head.lemma_.lower() in KILL_LEMMAS:
            return True
        if node.dep_ not in ("compound", "amod", "nummod", "nmod", "poss", "appos"):
            return False
        node = node.head
    return False


def _reporter_of(tok: Token, head: Token) -> bool:
    """Is the actor the one reporting the act ("the KNU said fighter jets attacked X") while the act has a
    subject of its own? Then the reporter is not the doer."""
    while tok.dep_ in ("appos", "compound") and tok.head.i != tok.i:
        tok = tok.head  # "The Karen National Union (KNU), the group that..., said"
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in REPORTING_LEMMAS:
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    own_subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    if any(g.lower_ in ("its", "their", "our") for c in own_subject for g in c.children if g.dep_ == "poss"):
        return False  # "the army said its aircraft struck": the reporter's own forces
    return bool(own_subject) and tok.head.i != verb.i


_SOURCE_NOUNS = re.compile(
    r"[\s-]*(?:military\s+|army\s+|defen[cs]e\s+)?(?:spokesm[ae]n|spokesperson|spokeswoman|sources?|officials?|"
    r"ministry|statement|commander|official|media|television|TV|news)\b", re.I)


def _is_source(m: Mention) -> bool:
    """"Iraqi military spokesman", "a Russian defence ministry statement": who reports, not who acts."""
    return bool(_SOURCE_NOUNS.match(text_of(m.token.doc), m.end))


def definite_place_object(head: Token) -> Token | None:
    """The trigger's object when it is a definite place noun ("took the city", "seized this town")."""
    for child in head.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in PLACE_NOUNS and child.pos_ == "NOUN":
            if any(c.lower_ in ("the", "this", "that") for c in child.children if c.dep_ == "det") and not any(
                    c.dep_ in ("prep", "compound", "appos") for c in child.children):
                return child
    return None


TEMPORAL_PREPS = {"since", "after", "before", "following", "until", "ahead", "prior", "under"}


def claim_of_responsibility(head: Token) -> bool:
    """"X claimed the attack", "claimed responsibility for the bombing": a claim about an act already told."""
    node = head
    if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.lemma_.lower() == "responsibility":
        node = node.head.head
    return node.dep_ == "dobj" and node.head.lemma_.lower() in ("claim", "admit") and any(
        c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in head.children) or node is not head


def temporal_reference(head: Token, times: list) -> bool:
    """Is the trigger only a time anchor ("since the coup", "after the capture") with no date of its own?"""
    if head.dep_ != "pobj" or head.head.lower_ not in TEMPORAL_PREPS:
        return False
    if not any(c.lower_ == "the" for c in head.children if c.dep_ == "det"):
        return False
    span_start = head.head.idx
    span_end = max(t.idx + len(t.text) for t in head.subtree)
    sent_start = head.sent.start_char
    return not any(span_start <= sent_start + t.start < span_end for t in times)


def in_support_phrase(tok: Token) -> bool:
    """Is the word inside "backed by ...", "with the support of ..." ("backed by Russian air strikes")?"""
    node = tok
    for _ in range(4):
        parent = node.head
        if parent.i == node.i:
            return False
        if parent.lemma_.lower() in ("back", "support", "cover") and parent.pos_ == "VERB" and (
                node.dep_ == "agent" or node.lower_ == "by"):
            return True  # "backed by Russian air strikes"
        if parent.lower_ in ("support", "backing", "help", "cover") and node.dep_ in ("prep", "pobj") \
                and parent.dep_ == "pobj" and parent.head.lower_ == "with":
            return True
        node = parent
    return False


def _is_assoc(m: Mention, sent: Span) -> bool:
    doc = m.token.doc
    left = text_of(doc)[max(sent.start_char, m.start - 40): m.start]
    if any(p.search(left) for p in ASSOC_CUES):
        return True
    # "Russian-backed", "Turkey-backed" describe who backs the actor they modify.
    right = text_of(doc)[m.end: m.end + 8].lower()
    return right.startswith("-backed")


def _role(head: Token, tok: Token) -> str:
    """agent / patient / '' for an actor token relative to the trigger head."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "control" \
            and governed(head, tok):
        return "agent"  # "came under the control of X", "X's control"
    # walk from the actor up to the trigger
    node = tok
    steps = 0
    while node.i != head.i and steps < 6:
        parent = node.head
        if parent.i == node.i:
            break
        if parent.i == head.i:
            return _role_of_child(head, node)
        # "by X" / "against X" / "from X" attached to the trigger through a preposition
        node = parent
        steps += 1
    # the trigger is a noun object of a verb whose subject is the actor: "X launched an attack"
    if head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        for child in verb.children:
            if child.dep_ in ("nsubj",) and governed(child, tok):
                return "agent"
            if child.dep_ == "agent" and governed(child, tok):
                return "agent"
    # the trigger is passive subject: "the town was captured by X"; or the trigger noun is the subject
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        for child in verb.children:
            if child.dep_ in ("dobj",) and governed(child, tok):
                return "patient"
    # trigger in a clause governed by the verb whose subject is the actor ("X stormed the base, killing")
    # A participle or infinitive shares the governing verb's subject ("X stormed the base, killing 10");
    # a finite verb of its own clause does not ("strikes hit Odesa as Ukraine retakes a village").
    if head.dep_ in ("advcl", "xcomp", "conj", "acl") and head.head.pos_ in ("VERB", "AUX") and (
            head.tag_ in ("VBG", "VBN", "VB") or head.dep_ == "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return _role(head.head, tok) if steps < 6 else ""
    return ""


def _role_of_child(head: Token, child: Token) -> str:
    dep = child.dep_
    if dep in ("nsubj", "poss", "compound", "amod", "nmod", "npadvmod"):
        return "agent"
    if dep == "agent":
        return "agent"
    if dep in ("dobj", "nsubjpass", "iobj", "attr"):
        return "patient"
    if dep == "prep":
        prep = child.lower_
        if prep == "by" or prep == "to" and head.lemma_.lower() in ("fall", "lose"):
            return "agent"  # "captured by X", "fell to X"
        if prep == "of" and head.lemma_.lower() in ("control", "come", "fall"):
            return "agent"  # "came under the control of X"
        if prep in ("against", "on", "from", "of", "with", "targeting", "at"):
            return "patient"
    return ""


def fatalities(sent_text: str) -> int | None:
    best = 1 if ONE_DEATH.search(sent_text) else None
    for pat in FATALITY_PATTERNS:
        for m in pat.finditer(sent_text):
            n = parse_number(m.group(1))
            if n is not None and n < 100000 and (best is None or n > best):
                best = n
    return best


COUNTED_OBJECTS = {"rocket", "missile", "shell", "mortar", "bomb", "drone", "strike", "airstrike", "raid",
                   "sortie", "target", "position", "attack", "round", "barrel", "grenade", "mine", "ied"}


def count_of(head: Token, skip: set[int] = frozenset()) -> int | None:
    """"320 air strikes", "more than 120 air strikes", "64 sorties": a number modifying the trigger noun;
    for a verb, its object's number ("hitting 146 targets", "fired three rockets")."""
    if head.pos_ == "VERB":
        for obj in head.children:
            # "fired three rockets", "hit 146 targets" count acts; "killed 22 civilians" counts victims.
            if obj.dep_ == "dobj" and obj.lemma_.lower() in COUNTED_OBJECTS:
                n = count_of(obj, skip)
                if n is not None:
                    return n
    for child in head.children:
        if child.dep_ == "nummod" and child.i not in skip:
            n = parse_number(child.text)
            if n is not None and n > 1:
                return n
    return None


def claimed_by(sent_text: str) -> str | None:
    for pat in SOURCE_PATTERNS:
        m = pat.search(sent_text)
        if m:
            src = m.group("src").strip(" \"'“”’")
            src = re.sub(r"^(?:the|a|an)\s+", "", src, flags=re.I)
            if src.lower() in _SOURCE_STOP or len(src) < 3:
                continue
            return src
    return None


def victims(head: Token) -> str:
    """civilian / protester / armed / '' for who a killing or shooting verb acts on: its object or passive
    subject (with what is coordinated with them), never its subject ("militants killed 22 civilians")."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "against")
                for g in c.children if g.dep_ == "pobj"]
    if head.dep_ in ("advcl", "xcomp", "acl", "relcl"):
        objects += [t for t in head.head.children if t.dep_ == "nsubjpass"]
    words = {t.lemma_.lower() for o in objects for t in o.subtree if t.dep_ not in ("prep",)}
    if words & {"protester", "demonstrator", "protestor"}:
        return "protester"
    if words & CIVILIAN_VICTIMS:
        return "civilian"
    if words & ARMED_VICTIMS:
        return "armed"
    return ""
