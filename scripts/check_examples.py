"""Check a `frontlog extract examples/articles` output: every example article gave at least one event.

Used by scripts/test.sh after running the README's "Try it" in a fresh venv (standard library only, so it runs
with any python3).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def example_ids(folder: Path) -> set[str]:
    ids: set[str] = set()
    for path in folder.iterdir():
        if path.suffix in (".txt", ".html"):
            ids.add(path.stem)
        elif path.suffix == ".jsonl":
            ids.update(json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line)
    return ids


def main(folder: str, events: str) -> int:
    wanted = example_ids(Path(folder))
    got = {json.loads(line)["doc_id"] for line in Path(events).read_text(encoding="utf-8").splitlines() if line}
    missing = sorted(wanted - got)
    if missing:
        print(f"check_examples: no events for {', '.join(missing)} in {events}", file=sys.stderr)
        return 1
    print(f"check_examples: events for all {len(wanted)} examples ({', '.join(sorted(wanted))})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
