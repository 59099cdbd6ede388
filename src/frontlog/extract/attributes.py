"""The model's attribute ruler and rule lemmatizer, applied to a document's arrays instead of token by token.

spaCy's `attribute_ruler` runs a Matcher of 179 patterns over every token (most of them "this tag gives this
part of speech and these features") and its `lemmatizer` sets one lemma per token from Python: together they
took longer than the parser. Here each pattern is a comparison over a column of `doc.to_array`, the last pattern
that sets an attribute of a token wins (the ruler's own order), and the values are written back in one
`doc.from_array`; the lemmas are looked up by (form, part of speech, features), on which the rule lemmatizer
alone depends, and computed by spaCy's own `rule_lemmatize` the first time. The values are the same as the stock
components' (tests/test_nlp.py compares every token's tag, part of speech, features, lemma and dependency).

A model whose ruler uses a predicate this module does not know, or whose lemmatizer is not in rule mode, keeps
spaCy's component (`fast_components` returns False for it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from spacy.tokens import Doc

# The token attributes the ruler's patterns read, as columns of doc.to_array.
_READ = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_READ_COLUMNS = list(_READ.values())
_COLUMN = {name: i for i, name in enumerate(_READ)}
# The attributes a pattern may set, written back with doc.from_array (Token.set_struct_attr, as the ruler does).
_WRITABLE = (TAG, POS, MORPH, LEMMA, DEP)


_SEARCHED_LIMIT = 100_000  # values remembered per REGEX test (emptied when full)


class _Unsupported(Exception):
    """A pattern this module cannot evaluate: the stock component stays."""


class _TokenTest:
    """One token of a pattern ({"TAG": "NN", "LOWER": {"IN": [...]}}) as a test over the document's columns."""

    def __init__(self, spec: dict[str, Any], strings) -> None:
        self.tests: list[tuple[int, str, Any]] = []
        self.searched: dict[int, bool] = {}  # value -> does this token's REGEX find it (one REGEX per token)
        self._arrays: dict[int, np.ndarray] = {}  # an IN / NOT_IN test's values as an array, built at first use
        for key, value in spec.items():
            if key not in _COLUMN:
                raise _Unsupported(key)
            col = _COLUMN[key]
            if isinstance(value, bool):
                self.tests.append((col, "eq", int(value)))
            elif key == "IS_SPACE":  # a flag compared otherwise than with True or False
                raise _Unsupported(repr(value))
            elif isinstance(value, str):
                self.tests.append((col, "eq", strings[value]))
            elif isinstance(value, dict) and len(value) == 1:
                (op, arg), = value.items()
                if op in ("IN", "NOT_IN"):
                    self.tests.append((col, op, frozenset(strings[v] for v in arg)))
                elif op == "REGEX":
                    self.tests.append((col, op, re.compile(arg)))
                else:
                    raise _Unsupported(op)
            else:
                raise _Unsupported(repr(value))

    def holds(self, row: tuple[int, ...], strings) -> bool:
        """The test on one token's column values."""
        for col, op, arg in self.tests:
            value = row[col]
            if op == "eq":
                ok = value == arg
            elif op == "IN":
                ok = value in arg
            elif op == "NOT_IN":
                ok = value not in arg
            else:
                ok = arg.search(strings[value]) is not None
            if not ok:
                return False
        return True

    def mask(self, cols: np.ndarray, strings) -> np.ndarray:
        ok = np.ones(len(cols), dtype=bool)
        for k, (col, op, arg) in enumerate(self.tests):
            column = cols[:, col]
            if op == "eq":
                ok &= column == arg
            elif op == "IN":
                ok &= np.isin(column, self._values(k, arg))
            elif op == "NOT_IN":
                ok &= ~np.isin(column, self._values(k, arg))
            else:  # REGEX, as the Matcher: re.search on the attribute's string
                values = np.unique(column)
                hits = [v for v in values.tolist() if self._search(arg, v, strings)]
                ok &= np.isin(column, np.array(hits, dtype=np.uint64))
        return ok

    def _values(self, k: int, arg: frozenset[int]) -> np.ndarray:
        values = self._arrays.get(k)
        if values is None:
            values = self._arrays[k] = np.fromiter(arg, dtype=np.uint64, count=len(arg))
        return values

    def _search(self, pattern: re.Pattern[str], value: int, strings) -> bool:
        """The regular expression on one value's string, remembered: documents share most of their words."""
        hit = self.searched.get(value)
        if hit is None:
            if len(self.searched) >= _SEARCHED_LIMIT:
                self.searched.clear()
            hit = self.searched[value] = pattern.search(strings[value]) is not None
        return hit


class ArrayAttributeRuler:
    """spaCy's AttributeRuler with the same patterns and results, evaluated over arrays."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        # Numbered in the ruler's order: its matches are applied sorted by pattern number, so a later one wins.
        self.single: list[tuple[int, _TokenTest, list[tuple[int, int]]]] = []  # one-token patterns
        self.multi: list[tuple[int, list[_TokenTest], int, list[tuple[int, int]]]] = []
        for number, attrs in enumerate(ruler.attrs):
            _on_match, patterns = ruler.matcher.get(str(number))
            sets = [(attr, int(value)) for attr, value in attrs.items()]
            if any(attr not in _WRITABLE for attr, _ in sets):
                raise _Unsupported(str(attrs))
            for pattern in patterns:
                tests = [_TokenTest(spec, strings) for spec in pattern]
                if len(tests) == 1:
                    self.single.append((number, tests[0], sets))
                else:
                    self.multi.append((number, tests, ruler.indices[number], sets))
        self.written = [a for a in _WRITABLE
                        if any(a == attr for rule in (*self.single, *self.multi) for attr, _ in rule[-1])]
        self.column = {attr: j for j, attr in enumerate(self.written)}
        # What the one-token patterns set on a token, by the token's (tag, lower, dep, is_space): most tokens of
        # a document share a few hundred of them.
        self.by_token: dict[tuple[int, ...], tuple[list[int], list[int]]] = {}
        self._index_single()

    def _index_single(self) -> None:
        """Which one-token patterns to try on a token: those that read no lower-case form are settled once per
        (tag, dep, is_space); those that name lower-case forms only on tokens of those forms."""
        self.no_lower: list[int] = []
        self.by_lower: dict[int, list[int]] = {}
        self.other_lower: list[int] = []
        for k, (_number, test, _sets) in enumerate(self.single):
            on_lower = [(op, arg) for col, op, arg in test.tests if col == _COLUMN["LOWER"]]
            if not on_lower:
                self.no_lower.append(k)
            elif on_lower[0][0] in ("eq", "IN") and len(on_lower) == 1:
                op, arg = on_lower[0]
                for value in ([arg] if op == "eq" else sorted(arg)):
                    self.by_lower.setdefault(int(value), []).append(k)
            else:
                self.other_lower.append(k)
        self.without_lower: dict[tuple[int, ...], list[int]] = {}

    def _set_by_one_token(self, key: tuple[int, ...], strings) -> tuple[list[int], list[int]]:
        rest = tuple(v for c, v in enumerate(key) if c != _COLUMN["LOWER"])
        general = self.without_lower.get(rest)
        if general is None:
            general = self.without_lower[rest] = [k for k in self.no_lower if self.single[k][1].holds(key, strings)]
        lower = key[_COLUMN["LOWER"]]
        named = [k for k in (*self.by_lower.get(lower, ()), *self.other_lower) if self.single[k][1].holds(key, strings)]
        values, numbers = [0] * len(self.written), [-1] * len(self.written)
        for k in sorted({*general, *named}):  # in the ruler's order: the later pattern's value stays
            number, _test, sets = self.single[k]
            for attr, value in sets:
                values[self.column[attr]] = value
                numbers[self.column[attr]] = number
        return values, numbers

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        strings = doc.vocab.strings
        cols = doc.to_array(_READ_COLUMNS).reshape(n, -1)
        out = doc.to_array(self.written).reshape(n, -1)
        kinds: dict[tuple[int, ...], int] = {}
        table: list[tuple[list[int], list[int]]] = []
        ids = np.empty(n, dtype=np.intp)
        for i, row in enumerate(cols.tolist()):
            key = tuple(row)
            j = kinds.get(key)
            if j is None:
                found = self.by_token.get(key)
                if found is None:
                    found = self.by_token[key] = self._set_by_one_token(key, strings)
                j = kinds[key] = len(table)
                table.append(found)
            ids[i] = j
        values = np.array([v for v, _ in table], dtype=np.uint64).reshape(len(table), -1)[ids]
        numbers = np.array([k for _, k in table], dtype=np.int64).reshape(len(table), -1)[ids]
        set_here = numbers >= 0
        out[set_here] = values[set_here]
        for number, pattern, index, sets in self.multi:
            width = len(pattern)
            if width > n:
                continue
            hit = np.ones(n - width + 1, dtype=bool)
            for k, test in enumerate(pattern):
                hit &= test.mask(cols, strings)[k:n - width + 1 + k]
                if not hit.any():
                    break  # no match: the pattern's other tokens need not be tested
            if not hit.any():
                continue
            # The token the pattern sets: its `index` within the match (negative from the match's end).
            targets = np.flatnonzero(hit) + (index if index >= 0 else width + index)
            for attr, value in sets:
                j = self.column[attr]
                later = targets[numbers[targets, j] < number]
                out[later, j] = value
                numbers[later, j] = number
        doc.from_array(self.written, out)
        return doc


class ArrayLemmatizer:
    """spaCy's rule lemmatizer with the same lemmas, looked up per (form, part of speech, features)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        # rule_lemmatize only asks whether a form is in the index (`form in index`): a set answers that at once,
        # the model's lists (57,528 nouns) one element at a time.
        index = lemmatizer.lookups.get_table("lemma_index")
        for pos in list(index.keys()):
            if isinstance(index[pos], list):
                index[pos] = frozenset(index[pos])
        self.lemmatizer = lemmatizer
        self.overwrite = lemmatizer.overwrite
        self.lemma_of: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        known = self.lemma_of
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            value = known.get(key)
            if value is None:
                # rule_lemmatize reads only the token's text, part of speech and features (EnglishLemmatizer's
                # is_base_form too): the same key always gives the same lemma.
                value = known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


class _Bound:
    """A pipeline slot holding one of the array components (spaCy adds components by factory name)."""

    def __init__(self) -> None:
        self.run: ArrayAttributeRuler | ArrayLemmatizer | None = None

    def bind(self, run: ArrayAttributeRuler | ArrayLemmatizer) -> None:
        self.run = run

    def __call__(self, doc: Doc) -> Doc:
        if self.run is None:
            raise RuntimeError("an array component ran unbound: build the pipeline with extract.nlp.load_model()")
        return self.run(doc)


def _register() -> None:
    from spacy.language import Language

    for factory in ("frontlog_array_attribute_ruler", "frontlog_array_lemmatizer"):
        if factory not in Language.factories:
            Language.factory(factory, func=lambda nlp, name: _Bound())


def fast_components(nlp: Language) -> bool:
    """Run the model's attribute ruler and lemmatizer over arrays (same values, a fraction of the time). False,
    and the pipeline unchanged, when a pattern or the lemmatizer's mode is one this module does not reproduce."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is not EnglishLemmatizer or lemmatizer.mode != "rule":
        return False
    try:
        ruler = ArrayAttributeRuler(nlp.get_pipe("attribute_ruler"))
    except _Unsupported:
        return False
    _register()
    nlp.replace_pipe("attribute_ruler", "frontlog_array_attribute_ruler")
    nlp.replace_pipe("lemmatizer", "frontlog_array_lemmatizer")
    nlp.get_pipe("attribute_ruler").bind(ruler)
    nlp.get_pipe("lemmatizer").bind(ArrayLemmatizer(lemmatizer))
    return True
