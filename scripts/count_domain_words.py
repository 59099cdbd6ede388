"""How many domain words live in Python code rather than in knowledge files (issue 8's measure).

    python scripts/count_domain_words.py [--top N] [--module NAME]

Counts the distinct lowercase words (3+ letters) inside string constants of each module of src/frontlog, regex
alternations included, and leaves out docstrings, f-string pieces that are messages, and identifiers that name
code things (field names, SQL, file names). The target is at most 300 in all: word lists belong in
src/frontlog/knowledge/data, where users can extend them.
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
                        "ArgumentParser", "add_parser", "Field", "Query"}:
                out.update(id(n) for n in ast.walk(node) if isinstance(n, ast.Constant))
    return out


def words_of(path: Path) -> Counter[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstring_nodes(tree) | _message_nodes(tree)
    found: Counter[str] = Counter()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            for w in WORD.findall(node.value):
                found[w] += 1
    return found


def count(root: Path = ROOT) -> dict[str, set[str]]:
    """Module path (relative to src/frontlog) → the distinct domain words in its string constants."""
    out: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if rel.parts[0] in SKIP_DIRS:
            continue
        out[str(rel)] = set(words_of(path))
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
    print(f"{total:6d}  in all (target: at most 300)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
