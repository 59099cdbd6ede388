"""Modality: does the sentence report the act as having happened?

Plans, aims, threats, predictions, conditionals, speculation, negation and denied acts are not events
(shared/spec/EVENTS.md, "What counts as an event"). Dated background history is: nothing here rejects
the past. The checks read spaCy's dependency parse around the trigger's head word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

MODALS = {"may", "might", "could", "would", "should", "will", "shall", "can", "must", "'ll", "wo", "ca"}
# Verbs whose complement is not (yet) a fact: "aims to relieve", "threatened to storm", "denied killing".
IRREALIS_VERBS = {
    "aim", "plan", "intend", "seek", "threaten", "vow", "prepare", "hope", "want", "expect", "promise",
    "pledge", "propose", "warn", "fear", "consider", "mull", "urge", "demand", "predict", "forecast",
    "deny", "refute", "reject", "plot", "wish", "need", "dream", "eye", "ready", "prevent",
    "avert", "avoid", "call", "ask", "negotiate", "discuss", "speculate", "rumour", "rumor",
    "anticipate", "hint", "allege", "risk", "threat", "poise", "gear", "doubt", "question",
}
# Nouns that make what they govern unreal: "the aim of relieving", "fears of a massacre", "plans for an attack".
IRREALIS_NOUNS = {
    "aim", "plan", "threat", "risk", "fear", "possibility", "prospect", "hope", "goal", "intention", "call",
    "demand", "warning", "speculation", "rumour", "rumor", "danger", "preparation",
    "denial", "scenario", "option", "idea", "proposal", "talk", "likelihood", "chance",
}
# Modifiers of a noun trigger that mark it as not (yet) real: "an imminent attack", "a possible ceasefire".
IRREALIS_MODIFIERS = {
    "imminent", "possible", "potential", "future", "planned", "expected", "anticipated", "upcoming",
    "likely", "proposed", "threatened", "alleged", "rumoured", "rumored", "prospective", "next",
    "hypothetical", "eventual",
}
SPECULATION_ADVERBS = {"possibly", "perhaps", "maybe", "probably", "likely", "allegedly", "supposedly"}
REPORTING_VERBS = {"say", "report", "tell", "announce", "confirm", "state", "add", "claim", "show", "accord"}
CONDITION_MARKERS = {"if", "unless", "whether", "lest"}
# "went west to take X" is a purpose, not a fact; "managed to take X", "continued to shell" are facts.
ACHIEVED_BEFORE_INFINITIVE = {
    "manage", "succeed", "begin", "start", "continue", "keep", "resume", "proceed", "go", "come", "use", "help",
    "happen", "try", "allow", "enable", "force", "permit", "cause", "lead", "attempt", "struggle",
}
NEGATORS = {"not", "n't", "never", "no", "without"}
# Dependencies through which a governing word's modality reaches the trigger.
_CLIMB = {
    "xcomp", "ccomp", "advcl", "acl", "pobj", "prep", "dobj", "compound", "amod", "pcomp", "nsubj",
    "nsubjpass", "attr", "oprd", "conj", "npadvmod", "advmod", "appos", "dep", "relcl", "poss", "acomp",
}


# "The capture of Aleppo means...", "Russia's help in recapturing Aleppo is only the beginning": an act named as
# the subject of a present-tense judgement is discussed, not reported.
JUDGEMENT_VERBS = {"mean", "be", "allow", "give", "serve", "make", "represent", "mark", "show", "remain",
                   "matter", "prove", "offer", "open", "signal", "pose", "require", "depend"}


def assess(head: Token) -> tuple[bool, str]:
    """(reported as fact?, reason). `head` is the trigger's syntactic head token."""
    if head.dep_ == "relcl" and head.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in head.children):
        return False, f"describes, not reports ({head.text})"  # "a militia that recruits from the coast"
    subject = head
    while subject.dep_ in ("pobj", "prep", "pcomp") and subject.head.i != subject.i:
        subject = subject.head
    if head.pos_ == "NOUN" or subject is not head:
        verb = subject.head
        if subject.dep_ == "nsubj" and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in JUDGEMENT_VERBS:
            return False, f"discussed, not reported ({verb.text})"
    for tok in _own_clause(head):
        reason = _local_irrealis(tok)
        if reason:
            return False, reason
    tok = head
    depth = 0
    while tok.dep_ != "ROOT" and depth < 8:
        dep = tok.dep_
        parent = tok.head
        depth += 1
        if parent.lemma_.lower() in REPORTING_VERBS and parent.pos_ == "VERB":
            # "X said rebels took Y": the report is the fact the article relays.
            return True, ""
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in tok.children):
            return False, f"conditional ({tok.text})"
        lemma = parent.lemma_.lower()
        if parent.pos_ in ("VERB", "AUX", "ADJ") and lemma in IRREALIS_VERBS and dep in _CLIMB:
            return False, f"not yet real: governed by '{parent.text}'"
        if parent.pos_ == "NOUN" and lemma in IRREALIS_NOUNS and dep in ("pobj", "prep", "acl", "compound", "dobj"):
            return False, f"not yet real: governed by '{parent.text}'"
        if dep not in _CLIMB:
            break
        if parent.pos_ in ("VERB", "AUX", "ADJ"):
            reason = _local_irrealis(parent)
            if reason:
                return False, reason
        tok = parent
    return True, ""


def _own_clause(head: Token) -> list[Token]:
    """The trigger word, and for a noun its governing verb ("launched an attack", "the attack was repelled")."""
    toks = [head]
    if head.pos_ in ("NOUN", "PROPN") and head.head.pos_ in ("VERB", "AUX") and head.dep_ in (
        "dobj", "nsubj", "nsubjpass", "attr",
    ):
        toks.append(head.head)
    return toks


def _local_irrealis(tok: Token) -> str:
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and low == "no"):
            return f"negated ({child.text} {tok.text})"
        if child.dep_ == "aux" and low in MODALS:
            return f"modal ({child.text} {tok.text})"
        if child.dep_ == "mark" and low in CONDITION_MARKERS:
            return f"conditional ({child.text} {tok.text})"
        if child.dep_ == "det" and low in ("this", "these", "those", "such") and tok.pos_ == "NOUN":
            return f"refers back ({child.text} {tok.text})"  # an act already told, not a new one
        if child.dep_ in ("amod", "advmod") and low in IRREALIS_MODIFIERS | SPECULATION_ADVERBS:
            return f"not yet real ({child.text} {tok.text})"
        if child.dep_ == "aux" and low == "to" and tok.pos_ in ("VERB", "AUX"):
            governor = tok.head.lemma_.lower()
            if governor not in ACHIEVED_BEFORE_INFINITIVE or tok.dep_ == "advcl":
                return f"not yet real ({tok.head.text} to {tok.text})"
    return ""
