"""How many domain words live in Python code rather than in knowledge files (issue 8's measure).

    python scripts/count_domain_words.py [--top N] [--module NAME]

Counts the distinct lowercase words (3+ letters) inside string constants of each module of src/frontlog, regex
alternations included, and leaves out docstrings, f-string pieces that are messages, and identifiers that name
code things (field names, SQL, file names). The target is at most 300 in all by this, the issue's measure: word
lists belong in src/frontlog/knowledge/data, where users can extend them. A second figure also leaves out the
values of the project's own enumerations (taxonomy names, actor kinds and roles, place and time kinds), which
name fields of the records rather than words read in text.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "src" / "frontlog"
# Layers whose strings are messages, SQL, HTTP and file formats rather than knowledge of the world.
SKIP_DIRS = {"serve", "cli", "dataset", "jobs"}
WORD = re.compile(r"(?<![A-Za-z_])[a-z]{3,}(?![A-Za-z_])")
# The parser's dependency labels (en_core_web_sm 3.8) name syntax, not the world.
SPACY_LABELS = set("""acl acomp advcl advmod agent amod appos attr aux auxpass case ccomp compound conj csubj
    csubjpass dative dep det dobj expl intj mark meta neg nmod npadvmod nsubj nsubjpass nummod oprd parataxis pcomp
    pobj poss preconj predet prep prt punct quantmod relcl xcomp""".split())
# The rule table's descriptions document the rules; they are not words the rules match.
SKIP_FILES = {"extract/rules.py"}
# Rule ids ("place.syntax") name code; ACLED's type and sub-type names are the output schema (spec), not words
# matched in text. Neither is knowledge a user would extend.
REGEX_NOISE = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\[bBdDsSwW]|\[\^?[a-z \\n]+\]")  # ([aeiou]: letters, not words)
# SQL statements, file names and encodings name code things, as the docstring says: not words read in text.
CODE_THING = re.compile(r"^\s*(?:SELECT|INSERT|CREATE|PRAGMA|UPDATE|DELETE)\b"
                        r"|^[\w*.-]*\.(?:json|tsv|txt|yaml|sqlite|lock|tmp)$|^\.\w+$|^utf-8$")
RULE_ID = re.compile(r"^[a-z_]+(?:\.[a-z_]+)+$")


def _schema_names() -> set[str]:
    sys.path.insert(0, str(ROOT.parent))
    from frontlog.knowledge.actors import ACTOR_KINDS, ROLES
    from frontlog.knowledge.gazetteer import KINDS
    from frontlog.model.records import EVENT_TYPES

    # The values of the project's own enumerations (actor kinds and roles of actors.tsv, place kinds of the index,
    # kinds of time expression) name the records' fields, like the taxonomy; they are not words read in text.
    time_kinds = {"explicit", "relative", "duration", "since", "anaphoric", "current"}
    return (set(EVENT_TYPES) | {s for subs in EVENT_TYPES.values() for s in subs} | set(ACTOR_KINDS) | set(ROLES)
            | set(KINDS) | time_kinds)


def _docstring_nodes(tree: ast.AST) -> set[int]:
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def _message_nodes(tree: ast.AST) -> set[int]:
    """String constants that are messages: arguments of raise, of warnings/logging/print, f-strings."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            out.update(id(n) for n in ast.walk(node.exc) if isinstance(n, ast.Constant))
        elif isinstance(node, ast.JoinedStr):
            out.update(id(n) for n in ast.walk(node) if isinstance(n, ast.Constant))
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in {"print", "warning", "info", "debug", "error", "warn", "write", "add_argument",
                        "ArgumentParser", "add_parser", "Field", "Query", "Decision"}:
                out.update(id(n) for n in ast.walk(node) if isinstance(n, ast.Constant))
    return out


def _identifier_nodes(tree: ast.AST) -> set[int]:
    """String constants that name code things: attribute names (`getattr(x, "country")`) and the keys of a
    mapping read or written (`extra["locator"]`, `extra.get("locator")`), as the docstring says."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in {"getattr", "hasattr", "setattr", "delattr"} and len(node.args) >= 2:
                out.add(id(node.args[1]))
            elif name in {"get", "pop", "setdefault"} and isinstance(node.func, ast.Attribute) and node.args:
                out.add(id(node.args[0]))
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            out.add(id(node.slice))
    return out


def words_of(path: Path, schema: frozenset[str] = frozenset()) -> Counter[str]:
    """The words of a module's string constants; a constant that is one of `schema` (enumeration values) is
    left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstring_nodes(tree) | _message_nodes(tree) | _identifier_nodes(tree)
    found: Counter[str] = Counter()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip \
                and not RULE_ID.match(node.value) and not CODE_THING.search(node.value) and node.value not in schema:
            # Regex group names ("(?P<num>") are identifiers, and "\\bfor" is the word "for".
            text = REGEX_NOISE.sub(" ", node.value)
            for w in WORD.findall(text):
                if w not in SPACY_LABELS:
                    found[w] += 1
    return found


def count(root: Path = ROOT, without_enumerations: bool = False) -> dict[str, set[str]]:
    """Module path (relative to src/frontlog) → the distinct domain words in its string constants (all of them, the
    issue's measure; or, `without_enumerations`, leaving out the values of the project's enumerations)."""
    schema = frozenset(_schema_names()) if without_enumerations else frozenset()
    out: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if rel.parts[0] in SKIP_DIRS or str(rel) in SKIP_FILES:
            continue
        out[str(rel)] = set(words_of(path, schema))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=0, help="print the N words of each module")
    ap.add_argument("--module", help="only this module (path under src/frontlog)")
    ns = ap.parse_args()
    per = count()
    total = 0
    for mod, ws in sorted(per.items(), key=lambda kv: -len(kv[1])):
        if ns.module and mod != ns.module:
            continue
        total += len(ws)
        if ws:
            print(f"{len(ws):6d}  {mod}")
            if ns.top:
                print("        " + " ".join(sorted(ws)[: ns.top]))
    print(f"{total:6d}  in all, the issue's measure (target: at most 300)")
    enums = count(without_enumerations=True)
    rest = sum(len(ws) for mod, ws in enums.items() if not ns.module or mod == ns.module)
    print(f"{rest:6d}  leaving out the values of the project's enumerations (taxonomy, actor kinds and roles, place "
          "and time kinds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
