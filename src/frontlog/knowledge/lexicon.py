"""Trigger lexicon: words and phrases that report an act, loaded from data/triggers.yaml (plus the user's), and
what a trigger's `needs` mean, loaded from data/needs.yaml (plus the user's)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import product
from pathlib import Path
from typing import TYPE_CHECKING

from frontlog.knowledge.paths import PACKAGE_DATA, read_yaml, user_data_dir
from frontlog.knowledge.words import WORDS_DIR, WordClasses
from frontlog.model.records import SUB_TO_TYPE

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from frontlog.knowledge.base import KnowledgeBase

TRIGGER_FILE = "triggers.yaml"
NEEDS_FILE = "needs.yaml"
# The lexicon's classes of act whose sub-type the passes decide (triggers.yaml `sub: "@kill"`), named once.
TERRITORY_CLASS, STRIKE_CLASS, KILL_CLASS = "@territory", "@strike", "@kill"
ATTACK_CLASS, DETAIN_CLASS = "@attack", "@detain"
PSEUDO_SUBS = {TERRITORY_CLASS, STRIKE_CLASS, KILL_CLASS, ATTACK_CLASS, DETAIN_CLASS}
MAX_GAP = 3  # how many words a "*" in a phrase may skip
MAX_OBJECT_GAP = 8  # ... or, when they are all the direct object before it ("hacked a family of five to death")
HYPHENS = "-–"  # punctuation tokens a phrase reads through ("cease-fire" is "cease fire"); `in` this string
# Where a need's words must be (needs.yaml `where`).
NEED_PLACES = ("sentence", "governed", "patient", "governed_object", "doer")
DOER = NEED_PLACES[-1]  # read in who did the act (extract/arguments.py act_doers)
WORD_CLASS_REF = "words:"  # a list item `words:<class>` stands for every entry of that word class
# Dependencies that start a clause of their own. A trigger's `without` words count in its own clause and in the
# clauses above it, not in clauses that hang below or beside it: "after a drone struck the depot, fighters
# attacked the town" (advcl below), "fighters attacked X and drones struck Y" (a verb conjunct). Not xcomp
# ("troops tried to march": the subject belongs to the march too), not acl ("an attack carried out by drones"),
# not relcl: a relative clause describes a word of the clause it hangs from ("the attack was in Sadr City, where
# a car bomb exploded"). A conjunct starts a clause only when it is a verb.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "parataxis", "csubj", "csubjpass"})


class LexiconError(ValueError):
    """A trigger file entry is malformed."""


@dataclass(frozen=True)
class Trigger:
    phrase: tuple[str, ...]
    sub: str
    pos: frozenset[str] = frozenset()
    needs: tuple[str, ...] = ()
    without: frozenset[str] = frozenset()
    weight: float = 0.7
    # Losing ground ("lost X to Y", "withdrew from X", "handed X over to Y"): the trigger's subject is the side
    # that gave the place up, the side it went to is actor1 (triggers.yaml `subject: loser`).
    subject_loses: bool = False
    # Being attacked ("a patrol came under fire from rebels"): the trigger's subject is the side attacked,
    # actor2; who fired, if named, is actor1 (triggers.yaml `subject: target`).
    subject_target: bool = False


@dataclass(frozen=True)
class Need:
    """One `needs` value of the trigger lexicon: the word classes that satisfy it and where (needs.yaml)."""

    name: str
    classes: tuple[str, ...]
    where: str = "sentence"
    also: str = ""


@dataclass
class TriggerMatch:
    """Where a trigger phrase occurs in a sentence; `alternatives` share the same words."""

    alternatives: list[Trigger]
    tokens: list[Token]

    # Cached: the rules ask a match for its head, clause and clause words again and again, and a match's tokens
    # and their parse never change.
    @cached_property
    def head(self) -> Token:
        """The match's syntactic head: the token whose head lies outside the match."""
        inside = {t.i for t in self.tokens}
        for tok in self.tokens:
            if tok.head.i not in inside or tok.head.i == tok.i:
                return tok
        return self.tokens[-1]

    @cached_property
    def clause(self) -> list[Token]:
        """trigger_clause(self), read-only."""
        return _trigger_clause(self)

    @cached_property
    def clause_keys(self) -> list[tuple[str, str]]:
        """(lemma, form) in lower case of each token of the clause."""
        return [(t.lemma_.lower(), t.lower_) for t in self.clause]

    @property
    def start(self) -> int:
        return self.tokens[0].i

    @property
    def end(self) -> int:
        return self.tokens[-1].i + 1


def _word_list(raw: object, key: str, where: str, words: WordClasses | None) -> list[str]:
    """An entry's list value with each `words:<class>` item replaced by that class's entries (lowercased), so a
    list several entries share is written once, as a word class (words/<class>.txt)."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise LexiconError(f"{where}: `{key}` must be a list ([a, b, words:<class>]), got {raw!r}")
    out: list[str] = []
    for item in raw:
        text = str(item)
        if not text.startswith(WORD_CLASS_REF):
            out.append(text)
            continue
        name = text[len(WORD_CLASS_REF):].strip()
        if words is None or name not in words:
            raise LexiconError(f"{where}: `{key}` names word class {name!r} that no words/<class>.txt defines: "
                               "add the file or fix the name")
        out.extend(sorted(words.lower(name)))
    return out


def _parse_entry(raw: dict, where: str, known_needs: Mapping[str, Need], words: WordClasses | None = None
                 ) -> list[Trigger]:
    """The entry's triggers: one per variant of its phrase ("block * road|highway|bridge" is three), so every
    reader of `Trigger.phrase` sees plain words."""
    if not isinstance(raw, dict) or "phrase" not in raw or "sub" not in raw:
        raise LexiconError(f"{where}: each entry needs `phrase` and `sub`, got {raw!r}")
    sub = str(raw["sub"])
    if sub not in SUB_TO_TYPE and sub not in PSEUDO_SUBS:
        raise LexiconError(f"{where}: unknown sub-event type {sub!r} (see shared/spec/EVENTS.md)")
    needs = tuple(raw.get("needs") or ())
    unknown = set(needs) - set(known_needs)
    if unknown:
        raise LexiconError(f"{where}: unknown `needs` {sorted(unknown)}; use some of {sorted(known_needs)} "
                           f"or define it in {NEEDS_FILE}")
    subject = raw.get("subject")
    if subject not in (None, "loser", "target"):
        raise LexiconError(f"{where}: `subject` may only be `loser` (the subject gave the place up) or `target` "
                           f"(the subject was attacked), not {subject!r}")
    # A slot is one written word, or word|word alternatives; a hyphened word is read as its parts.
    choices = [[tuple(alt.replace("-", " ").split()) for alt in slot.split("|")]
               for slot in str(raw["phrase"]).lower().split()]
    if any(not alt or ("*",) in alts and len(alts) > 1 for alts in choices for alt in alts):
        raise LexiconError(f"{where}: phrase {raw['phrase']!r}: write alternatives as word|word, with no empty "
                           "word and no '*' among them")
    phrases = [tuple(w for part in combo for w in part) for combo in product(*choices)]
    if not phrases or any(not ph or ph[0] == "*" or ph[-1] == "*" for ph in phrases):
        raise LexiconError(f"{where}: phrase {raw['phrase']!r} must start and end with a word")
    without = frozenset(" ".join(w.lower().split()) for w in _word_list(raw.get("without"), "without", where, words))
    return [Trigger(phrase=phrase, sub=sub, pos=frozenset(raw.get("pos") or ()), needs=needs, without=without,
                    weight=float(raw.get("weight", 0.7)), subject_loses=subject == "loser",
                    subject_target=subject == "target")
            for phrase in dict.fromkeys(phrases)]


def load_needs(paths: Sequence[Path], words: WordClasses | None = None) -> dict[str, Need]:
    """The needs files in order (a need named again replaces the earlier one); with `words`, every class a need
    names must exist."""
    import yaml

    needs: dict[str, Need] = {}
    for path in paths:
        try:
            raw = read_yaml(path) or {}
        except yaml.YAMLError as exc:
            raise LexiconError(f"{path}: not valid YAML ({exc})") from exc
        if not isinstance(raw, dict):
            raise LexiconError(f"{path}: expected a mapping of need name -> {{classes: [...], where: ...}}")
        for name, spec in raw.items():
            if not isinstance(spec, dict) or not isinstance(spec.get("classes"), list) or not spec["classes"]:
                raise LexiconError(f"{path}: need {name!r} must have `classes: [word_class, ...]`")
            where = str(spec.get("where", "sentence"))
            if where not in NEED_PLACES:
                raise LexiconError(f"{path}: need {name!r}: `where` must be one of {list(NEED_PLACES)}, not {where!r}")
            classes = tuple(str(c) for c in spec["classes"])
            missing = [c for c in classes if words is not None and c not in words]
            if missing:
                raise LexiconError(f"{path}: need {name!r} names word classes {missing} that no words/<class>.txt "
                                   "defines: add the file or fix the name")
            needs[str(name)] = Need(str(name), classes, where, str(spec.get("also", "")))
    return needs


class Lexicon:
    """Trigger entries indexed by their first word, and the meaning of their `needs`."""

    def __init__(self, triggers: Sequence[Trigger], needs: Mapping[str, Need] | None = None,
                 months: frozenset[str] = frozenset(), without_preps: frozenset[str] | None = None):
        self.triggers = list(triggers)
        self.needs: dict[str, Need] = dict(needs or {})
        self.months = months  # capitalised, these are months, whatever the tagger says ("March 22", "May 2015")
        # Prepositions under which a `without` word still cancels (words/without_prepositions.txt); None: all do.
        self.without_preps = without_preps
        self._by_first: dict[str, list[Trigger]] = defaultdict(list)
        for trig in self.triggers:
            self._by_first[trig.phrase[0]].append(trig)
        # Longer phrases first, so "suicide car bomb" is tried before "car bomb".
        for entries in self._by_first.values():
            entries.sort(key=lambda t: -len(t.phrase))

    @classmethod
    def load(cls, paths: Sequence[Path] | None = None, *, needs_paths: Sequence[Path] | None = None,
             words: WordClasses | None = None, home: Path | None = None) -> Lexicon:
        """The trigger files (default: the package's, then `home`'s, default $FRONTLOG_HOME) with the needs
        files (same default) and the word classes they refer to (default: package + `home`)."""
        import yaml

        home = user_data_dir() if home is None else home
        if words is None:
            words = WordClasses.load([PACKAGE_DATA / WORDS_DIR, home / WORDS_DIR])
        if needs_paths is None:
            needs_paths = [p for p in (PACKAGE_DATA / NEEDS_FILE, home / NEEDS_FILE) if p.exists()]
        needs = load_needs(needs_paths, words)
        if paths is None:
            paths = [PACKAGE_DATA / TRIGGER_FILE]
            user = home / TRIGGER_FILE
            if user.exists():
                paths.append(user)
        triggers: list[Trigger] = []
        for path in paths:
            try:
                entries = read_yaml(path) or []
            except yaml.YAMLError as exc:
                raise LexiconError(f"{path}: not valid YAML ({exc})") from exc
            if not isinstance(entries, list):
                raise LexiconError(f"{path}: expected a list of entries")
            for n, raw in enumerate(entries, 1):
                triggers.extend(_parse_entry(raw, f"{path} entry {n}", needs, words))
        preps = words.lower("without_prepositions") if "without_prepositions" in words else None
        return cls(triggers, needs, words.set("months"), preps)

    @classmethod
    def for_knowledge(cls, kb: KnowledgeBase) -> Lexicon:
        """The lexicon of a KnowledgeBase: the package's files and those of its home."""
        return cls.load(words=kb.words, home=kb.home)

    def need_classes(self, need: str) -> tuple[str, ...]:
        """The word classes whose words satisfy `need` (needs.yaml)."""
        try:
            return self.needs[need].classes
        except KeyError:
            raise LexiconError(f"unknown need {need!r}; the needs are {sorted(self.needs)} ({NEEDS_FILE})") from None

    def match(self, sent: Span, starts: Collection[int] | None = None) -> list[TriggerMatch]:
        """All trigger matches in a sentence; overlapping matches keep the longest. With `starts` (the indices of
        the tokens a token matcher found to open some entry), phrases are read from those tokens only."""
        words = [t for t in sent if not (t.is_punct and t.text in HYPHENS)]
        keys = [(t.lemma_.lower(), t.lower_) for t in words]
        found: list[TriggerMatch] = []
        for i, tok in enumerate(words):
            if tok.text in self.months:
                continue  # "March 22", "May 2015": a month, not a march or a modal
            if starts is not None and tok.i not in starts:
                continue
            best: list[Trigger] = []
            best_toks: list[Token] = []
            for key in dict.fromkeys(keys[i]):  # ordered: output must not depend on hash seeds
                for trig in self._by_first.get(key, ()):
                    if trig.pos and tok.pos_ not in trig.pos and tok.pos_ != "PROPN":
                        continue
                    toks = _match_from(trig.phrase, words, keys, i)
                    if toks is None:
                        continue
                    if len(toks) > len(best_toks):
                        best, best_toks = [trig], toks
                    elif len(toks) == len(best_toks) and trig not in best:
                        best.append(trig)
            if best:
                found.append(TriggerMatch(best, best_toks))
        return _drop_overlaps(found)


def _match_from(phrase: tuple[str, ...], words: list, keys: list, i: int) -> list | None:
    toks = [words[i]]
    pos = i + 1
    gap = False
    for part in phrase[1:]:
        if part == "*":
            gap = True
            continue
        limit = min(len(words), pos + (MAX_GAP + 1 if gap else 1))
        hit = next((j for j in range(pos, limit) if part in keys[j]), None)
        if hit is None and gap:
            hit = _past_object(toks[-1], part, words, keys, pos)
        if hit is None:
            return None
        toks.append(words[hit])
        pos = hit + 1
        gap = False
    return toks


def _past_object(tok: Token, part: str, words: list, keys: list, pos: int) -> int | None:
    """The index of `part` right after the direct object of `tok`, when a "*" skips that whole object: "beat the
    60-year-old village chief to death", "hacked at least 40 people to death" (longer than MAX_GAP words)."""
    edge = max((c.right_edge.i for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), default=None)
    if edge is None:
        return None
    j = pos
    while j < len(words) and words[j].i <= edge:
        j += 1
    return j if j < len(words) and j - pos <= MAX_OBJECT_GAP and part in keys[j] else None


def _drop_overlaps(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    matches.sort(key=lambda m: (-(m.end - m.start), -len(m.tokens), m.start))
    taken: set[int] = set()
    kept: list[TriggerMatch] = []
    for m in matches:
        ids = {t.i for t in m.tokens}
        if ids & taken:
            continue
        taken |= ids
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept


def trigger_clause(match: TriggerMatch) -> list[Token]:
    """The tokens of the trigger's clause and of the clauses above it (see _CLAUSE_DEPS): where its `without`
    words count. Read-only: the list is the match's own."""
    return match.clause


def _trigger_clause(match: TriggerMatch) -> list[Token]:
    roots = set()
    tok = match.head
    while True:
        root = _clause_root(tok)
        roots.add(root.i)
        if root.head.i == root.i:
            break
        tok = root.head
    memo: dict[int, int] = {}  # token -> its clause root: a token's walk up stops where another's did
    return [t for t in match.head.sent if _clause_root_index(t, memo) in roots]


def _clause_root_index(tok: Token, memo: dict[int, int]) -> int:
    """_clause_root(tok).i, remembering it for every token of the walk."""
    path = []
    while (root := memo.get(tok.i)) is None:
        head = tok.head
        if head.i == tok.i or tok.dep_ in _CLAUSE_DEPS or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")):
            root = memo[tok.i] = tok.i
            break
        path.append(tok.i)
        tok = head
    for i in path:
        memo[i] = root
    return root


def _clause_root(tok: Token) -> Token:
    while tok.head.i != tok.i:
        if tok.dep_ in _CLAUSE_DEPS or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")):
            return tok
        tok = tok.head
    return tok


def cancelled_by(trig: Trigger, match: TriggerMatch, words: set[str],
                 preps: frozenset[str] | None = None) -> str | None:
    """The `without` entry that cancels this reading of the match, or None. A word cancels when it is in the
    trigger's clause or a clause above it (lemma or lower-case form) and in `words` (the sentence's words as the
    extractor reads them: "air" of "air base" is not there); a phrase ("into force") when its words follow each
    other there. With `preps` (words/without_prepositions.txt), a word does not cancel when it only describes
    something else: under another preposition ("marched past security forces"), or in a relative clause that
    describes what the trigger acts on ("attacked the town, which a missile had hit the day before")."""
    if not trig.without:
        return None
    clause, keys = match.clause, match.clause_keys
    inside = {t.i for t in match.tokens}
    for entry in sorted(trig.without):
        parts = entry.split()
        if len(parts) == 1:
            if entry in words and any(entry in k and (preps is None or tells_the_act(t, match, inside, preps))
                                      for k, t in zip(keys, clause, strict=True)):
                return entry
        elif any(all(parts[j] in keys[i + j] for j in range(len(parts)))
                 for i in range(len(keys) - len(parts) + 1)):
            return entry
    return None


def tells_the_act(tok: Token, match: TriggerMatch, inside: set[int], preps: frozenset[str]) -> bool:
    """Is a `without` word part of what the trigger's clause tells about the act (its doer, means, kind), rather
    than a description of something else: under a preposition outside `preps` that does not hold the trigger
    ("past security forces"), or in a relative clause on the trigger's object ("the town, which a missile hit")?"""
    head = match.head
    objects = {t.i for c in head.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
    # The verbs whose clausal complement holds the trigger ("..., police said"): their subject is the source.
    speakers = {t.head.i for t in head.ancestors if t.dep_ == "ccomp"} | (
        {head.head.i} if head.dep_ == "ccomp" else set())
    node = tok
    while node.i not in inside and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ not in preps \
                and not inside & {t.i for t in node.head.subtree}:
            return False
        if node.dep_ == "relcl" and node.head.i in objects:
            return False
        if node.dep_ == "pobj" and node.head.dep_ == "agent" and node.head.head.dep_ == "acl" \
                and node.head.head.i not in inside:
            return False  # "Serbs angered by the release of the rebel commanders broke into ...": what moved the doers
        if node.dep_ in ("amod", "acl") and node.i != tok.i and _subject_of(node.head, inside):
            # "traders angry with the militia commander clashed with police": whom they oppose; "residents
            # demanding the withdrawal of the soldiers clashed with police": their demand
            return False
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.i != tok.i and _subject_of(node.head.head, inside):
            return False  # "supporters of the jailed rebel leader clashed": whom they follow ("of rebels" acts)
        if node.dep_ == "nsubj" and node.head.i in speakers:
            return False  # "residents blocked the road, police said": who tells the act is not in it
        if node.dep_ == "advcl" and node.head.i in speakers:
            return False  # "..., the prosecutor said, citing drone footage": how the act is known, not in it
        node = node.head
    return True


def _subject_of(noun: Token, inside: set[int]) -> bool:
    """Is the noun the trigger's subject, or counted by it through "of" ("hundreds of residents")?"""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i != noun.head.i:
        noun = noun.head.head
    return noun.dep_ == "nsubj" and noun.head.i in inside


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The package lexicon plus the user's, loaded once per process."""
    return Lexicon.load()
