"""The command line: parses options, calls the library, turns domain errors into one-line messages."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__


class CliError(Exception):
    """An error the user can fix; printed as one line, exit code 2."""


def _extract(ns: argparse.Namespace) -> int:
    from .run import extract_to

    summary = extract_to(ns.inputs, ns.output, max_bytes=ns.max_bytes, quiet=ns.quiet)
    out_name = "standard output" if ns.output == "-" else ns.output
    print(f"frontlog: {summary.line(out_name)}", file=sys.stderr)
    return 1 if summary.failed else 0


def _eval(ns: argparse.Namespace) -> int:
    from .evaluate import GoldError, evaluate

    if not Path(ns.predictions).is_file():
        raise CliError(f"{ns.predictions}: no such file: run `frontlog extract ... -o {ns.predictions}` first")
    if not Path(ns.gold_dir).is_dir():
        raise CliError(f"{ns.gold_dir}: not a folder: give the folder that holds <doc_id>.jsonl gold files")
    try:
        report = evaluate(Path(ns.predictions), Path(ns.gold_dir))
    except GoldError as exc:
        raise CliError(str(exc)) from exc
    print("\n".join(report.lines()))
    return 0


def _gazetteer_import(ns: argparse.Namespace) -> int:
    from .places import import_geonames_dump

    try:
        n = import_geonames_dump(Path(ns.dump))
    except (OSError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    print(f"frontlog: imported {n} places from {ns.dump}", file=sys.stderr)
    return 0


def _gazetteer_build(ns: argparse.Namespace) -> int:
    from .places import build_index

    path = build_index(force=True)
    print(f"frontlog: gazetteer index at {path}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    from .documents import DEFAULT_MAX_BYTES

    parser = argparse.ArgumentParser(prog="frontlog", description="Conflict events out of news articles.")
    parser.add_argument("--version", action="version", version=f"frontlog {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract events from articles into JSON Lines")
    ex.add_argument("inputs", nargs="+", help="files or folders (.txt+.meta.json, .jsonl, .html), or - for stdin")
    ex.add_argument("-o", "--output", default="-", help="output JSON Lines file, - for standard output")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ex.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                    help=f"refuse articles larger than this (default {DEFAULT_MAX_BYTES})")
    ex.set_defaults(func=_extract)

    ev = sub.add_parser("eval", help="precision / recall / F1 against hand-coded gold")
    ev.add_argument("predictions", help="events JSON Lines written by `frontlog extract`")
    ev.add_argument("gold_dir", help="folder of <doc_id>.jsonl gold files")
    ev.set_defaults(func=_eval)

    gz = sub.add_parser("gazetteer", help="manage the place gazetteer")
    gzs = gz.add_subparsers(dest="gazetteer_command", required=True)
    imp = gzs.add_parser("import", help="load a GeoNames country dump (e.g. SY.txt) into your gazetteer")
    imp.add_argument("dump", help="GeoNames tab-separated dump file")
    imp.set_defaults(func=_gazetteer_import)
    bld = gzs.add_parser("build", help="(re)build the gazetteer index now")
    bld.set_defaults(func=_gazetteer_build)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    ns = parser.parse_args(argv)
    try:
        return ns.func(ns)
    except CliError as exc:
        print(f"frontlog: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("frontlog: interrupted; nothing was written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
