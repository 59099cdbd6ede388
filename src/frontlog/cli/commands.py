"""The command line: parses options, calls the library, turns domain errors into one-line messages."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from frontlog import __version__

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal(text: str) -> str:
    """Text from articles, made safe to print: control characters (a terminal's escape sequences among them)
    are shown as \\xNN instead of acting on the user's terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class CliError(Exception):
    """An error the user can fix; printed as one line, exit code 2."""


# The domain's errors a user can fix, by module: the dispatcher (main) shows each like a CliError, so commands do
# not catch and re-raise them. Looked up in sys.modules: only a module that was imported can have raised its error.
USER_ERRORS = {
    "frontlog.dataset.storage": "StoreError",
    "frontlog.dataset.export": "ExportError",
    "frontlog.jobs.run": "RunError",
    "frontlog.jobs.evaluate": "GoldError",
    "frontlog.serve.api": "ServeError",
}


def is_user_error(exc: BaseException) -> bool:
    """Whether `exc` is a CliError or one of USER_ERRORS: the user's to fix, not a bug of frontlog's."""
    if isinstance(exc, CliError):
        return True
    return any(isinstance(exc, getattr(sys.modules[mod], name)) for mod, name in USER_ERRORS.items()
               if mod in sys.modules)


def _engine_check(ns: argparse.Namespace) -> None:
    """--jobs, --engine, --scheduler and --workers must make sense together; the Dask extra must be there."""
    if ns.jobs is not None and ns.jobs < 1:
        raise CliError(f"--jobs {ns.jobs}: give 1 or more processes (default: every core)")
    if ns.engine != "dask":
        if ns.scheduler or ns.workers:
            raise CliError("--scheduler and --workers go with --engine dask")
        return
    if ns.scheduler and ns.workers:
        raise CliError("give --scheduler (an existing cluster) or --workers (a local one), not both")
    if ns.workers is not None and ns.workers < 1:
        raise CliError(f"--workers {ns.workers}: give 1 or more worker processes")
    if ns.partition_size < 1:
        raise CliError(f"--partition-size {ns.partition_size}: give 1 or more articles per partition")
    from frontlog.jobs.dask_engine import dask_missing

    missing = dask_missing()
    if missing:
        raise CliError(missing)


def _extract(ns: argparse.Namespace) -> int:
    from frontlog.jobs.run import RunError, extract_to

    _engine_check(ns)
    from frontlog.jobs.parallel import PoolError

    try:
        if ns.engine == "dask":
            if "-" in ns.inputs:
                raise CliError("--engine dask reads files and folders, not standard input: save the JSON Lines "
                               "first")
            from frontlog.jobs.dask_engine import dask_extract

            summary = dask_extract(ns.inputs, ns.output, scheduler=ns.scheduler, workers=ns.workers,
                                   max_bytes=ns.max_bytes, quiet=ns.quiet, explain=ns.explain,
                                   part_articles=ns.partition_size)
        else:
            summary = extract_to(ns.inputs, ns.output, max_bytes=ns.max_bytes, quiet=ns.quiet, jobs=ns.jobs,
                                 explain=ns.explain)
    except RunError as exc:
        raise CliError(str(exc)) from None
    except PoolError as exc:
        print(f"frontlog: error: {exc}", file=sys.stderr)
        return 3
    out_name = "standard output" if ns.output == "-" else ns.output
    if summary.articles == 0:
        out_name += " (nothing written: no article could be read)"
    print(f"frontlog: {summary.line(out_name)}", file=sys.stderr)
    return summary.exit_code


def _explain(ns: argparse.Namespace) -> int:
    from frontlog.jobs.documents import DocumentError, iter_articles
    from frontlog.jobs.explain import explain, explanation_lines

    articles, failed = [], 0
    for item in iter_articles(ns.inputs, max_bytes=ns.max_bytes):
        if isinstance(item, DocumentError):
            print(terminal(f"error: {item}"), file=sys.stderr)
            failed += 1
        else:
            articles.append(item)
    if not articles and not failed:
        raise CliError(f"no articles in {' '.join(ns.inputs)}: give .txt, .jsonl or .html files or folders")
    for trace, events in explain(articles):
        print(terminal("\n".join(explanation_lines(trace, events))))
    return 1 if failed else 0


def _eval(ns: argparse.Namespace) -> int:
    from frontlog.jobs.evaluate import evaluate

    if not Path(ns.predictions).is_file():
        raise CliError(f"{ns.predictions}: no such file: run `frontlog extract ... -o {ns.predictions}` first")
    if not Path(ns.gold_dir).is_dir():
        raise CliError(f"{ns.gold_dir}: not a folder: give the folder that holds <doc_id>.jsonl gold files")
    report = evaluate(Path(ns.predictions), Path(ns.gold_dir))
    print("\n".join(report.lines()))
    return 0


def _gazetteer_import(ns: argparse.Namespace) -> int:
    from frontlog.knowledge.gazetteer import import_geonames_dump

    try:
        n = import_geonames_dump(Path(ns.dump))
    except (OSError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    print(f"frontlog: imported {n} places from {ns.dump}", file=sys.stderr)
    return 0


def _gazetteer_build(ns: argparse.Namespace) -> int:
    from frontlog.knowledge.gazetteer import build_index

    path = build_index(force=True)
    print(f"frontlog: gazetteer index at {path}", file=sys.stderr)
    return 0


# ------------------------------------------------------------------------------------------------ the dataset

DEFAULT_DB = "frontlog.db"


def _open(ns: argparse.Namespace, create: bool = False, readonly: bool = False):
    from frontlog.dataset.storage import open_store

    folder = Path(ns.db).parent
    if not folder.is_dir():
        raise CliError(f"--db {ns.db}: the folder {folder} does not exist: create it, or give a path in an existing "
                       "folder")
    from frontlog.jobs.resolvers import store_resolvers

    return open_store(ns.db, create=create, readonly=readonly, **store_resolvers())


def _who(ns: argparse.Namespace) -> str:
    import getpass
    import os

    if ns.by:
        return ns.by
    try:
        return os.environ.get("FRONTLOG_USER") or getpass.getuser()
    except (KeyError, OSError):  # no user name in a bare container: ask for --by rather than guess
        raise CliError("who is making this change? give --by NAME (or set FRONTLOG_USER)") from None


def _iso(value: str, option: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise CliError(f"{option} {value!r}: not a date; write it as YYYY-MM-DD, e.g. 2016-03-27") from None


def _near(text: str) -> tuple[float, float, float]:
    """'Aleppo:50km', 'Aleppo:50' or '36.2,37.15:20km' -> (lat, lon, km)."""
    from frontlog.dataset.queries import parse_near
    from frontlog.jobs.resolvers import near_place

    try:
        return parse_near(text, near_place)
    except ValueError as exc:
        raise CliError(f"--near {text!r}: {exc}") from None


def _filters(ns: argparse.Namespace):
    from frontlog.dataset.export import country_code
    from frontlog.dataset.storage import Filters
    from frontlog.model.records import EVENT_TYPES, SUB_TO_TYPE

    if ns.type and ns.type not in EVENT_TYPES:
        raise CliError(f"--type {ns.type!r}: unknown event type; use one of: {', '.join(EVENT_TYPES)}")
    if ns.sub_type and ns.sub_type not in SUB_TO_TYPE:
        raise CliError(f"--sub-type {ns.sub_type!r}: unknown sub-event type; see shared/spec/EVENTS.md for the list")
    country = None
    if ns.country:
        country = country_code(ns.country)
        if country is None:
            raise CliError(f"--country {ns.country!r}: unknown country; give an ISO code (SY) or a name (Syria)")
    actor = ns.actor
    if actor:
        from frontlog.knowledge.actors import get_actor_table

        found = get_actor_table().canonical(actor)
        actor = found.name if found is not None else actor
    since = _iso(ns.since, "--since") if ns.since else None
    until = _iso(ns.until, "--until") if ns.until else None
    if since and until and since > until:
        raise CliError(f"--since {since} is after --until {until}: no event can match; swap them")
    return Filters(
        since=since, until=until,
        event_type=ns.type, sub_event_type=ns.sub_type, actor=actor, country=country,
        near=_near(ns.near) if ns.near else None, include_rejected=getattr(ns, "include_rejected", False))


def _ingest(ns: argparse.Namespace) -> int:
    from frontlog.jobs.ingest import ingest
    from frontlog.jobs.run import check_inputs, exit_code

    if ns.stale and not ns.reextract:
        return _count_stale(ns)
    if not ns.inputs and not ns.reextract:
        raise CliError("give the articles to ingest (files or folders), or --reextract to rerun stored articles")
    _engine_check(ns)
    check_inputs(ns.inputs)  # a RunError is shown by the dispatcher as one line, exit 2
    if ns.engine == "dask":
        if ns.reextract:
            raise CliError("--reextract runs on one machine: drop --engine dask (use --jobs)")
        from frontlog.jobs.dask_engine import dask_ingest

        summary = dask_ingest(ns.db, ns.inputs, scheduler=ns.scheduler, workers=ns.workers, max_bytes=ns.max_bytes,
                              quiet=ns.quiet, part_articles=ns.partition_size)
        print(f"frontlog: {summary.line()} ({ns.db})", file=sys.stderr)
        return exit_code(summary.errors)
    from frontlog.jobs.parallel import PoolError

    created = not Path(ns.db).exists()
    with _open(ns, create=True) as store:
        try:
            summary = ingest(store, ns.inputs, reextract=ns.reextract, stale=ns.stale, max_bytes=ns.max_bytes,
                             quiet=ns.quiet, jobs=ns.jobs)
        except PoolError as exc:
            print(f"frontlog: error: {exc}; the articles stored so far are kept", file=sys.stderr)
            return 3
    if created and not summary.counts.get("articles"):
        _remove_store(Path(ns.db))  # nothing was stored: leave no empty store behind
    print(f"frontlog: {summary.line()} ({ns.db})", file=sys.stderr)
    if ns.inputs and summary.read == 0 and not summary.errors:
        raise CliError(f"no articles in {', '.join(ns.inputs)}: nothing to do (give .txt, .html or .jsonl articles, "
                       "or folders holding them)")
    return exit_code(summary.errors)


def _remove_store(db: Path) -> None:
    """Delete a store file this run created, with SQLite's journal files."""
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        path.unlink(missing_ok=True)


def _count_stale(ns: argparse.Namespace) -> int:
    """`frontlog ingest --stale`: how many stored articles older knowledge or code made; changes nothing."""
    from frontlog.jobs.ingest import current_fingerprint, stale_articles

    if ns.inputs:
        raise CliError("--stale alone only counts the stored articles: give no inputs, or add --reextract to "
                       "re-extract the stale ones")
    with _open(ns, readonly=True) as store:
        knowledge = current_fingerprint()
        stale = stale_articles(store, knowledge)
        total = store.counts()["articles"]
    advice = f": re-extract them with `frontlog ingest --reextract --stale --db {ns.db}`" if stale else ""
    print(f"frontlog: {len(stale)} of {total} stored articles are stale (made by other knowledge or extractor code "
          f"than the current {knowledge}){advice}", file=sys.stderr)
    return 0


def _events(ns: argparse.Namespace) -> int:
    import json

    from frontlog.dataset.export import events_table, explanation_text, jsonl_record

    with _open(ns, readonly=True) as store:
        if ns.explain:
            print(terminal("\n".join(explanation_text(store.explain(ns.explain)))))
            return 0
        events = store.events(_filters(ns))
        shown = 0
        if ns.format == "jsonl":
            for ev in events:
                print(json.dumps(jsonl_record(ev), ensure_ascii=False))
                shown += 1
        else:
            for line in events_table(events):
                print(terminal(line))
                shown += 1
            shown -= 1  # the header
        if not shown:
            print("frontlog: nothing matched these filters", file=sys.stderr)
    return 0


def _export(ns: argparse.Namespace) -> int:
    from frontlog.dataset.export import export

    with _open(ns, readonly=True) as store:
        try:
            n = export(store, ns.format, ns.output, _filters(ns))
        except OSError as exc:
            raise CliError(str(exc)) from exc
    print(f"frontlog: {n} events written to {ns.output} ({ns.format})", file=sys.stderr)
    return 0


def _control(ns: argparse.Namespace) -> int:
    import json

    from frontlog.dataset.control import control_from_store, to_geojson
    from frontlog.dataset.export import control_table

    day = _iso(ns.at, "--at")
    with _open(ns, readonly=True) as store:
        states = control_from_store(store, day)
    if not states:
        print(f"frontlog: nothing matched: no capture, hand-over or siege in {ns.db} tells who held a place on "
              f"{day}", file=sys.stderr)
    if ns.format == "geojson":
        print(json.dumps(to_geojson(states, day), ensure_ascii=False, indent=1))
    else:
        for line in control_table(states):
            print(terminal(line))
    return 0


def _correct(ns: argparse.Namespace) -> int:

    if not ns.set and not ns.split:
        raise CliError("nothing to correct: give --set FIELD=VALUE (repeatable) or --split MENTION_ID")
    values: dict[str, str] = {}
    for item in ns.set or []:
        name, eq, value = item.partition("=")
        if not eq or not name.strip():
            raise CliError(f"--set {item!r}: write FIELD=VALUE, e.g. --set fatalities=12")
        values[name.strip()] = value
    if not ns.force:
        from frontlog.knowledge.actors import get_actor_table

        for name in ("actor1", "actor2"):
            value = values.get(name, "").strip()
            if value and get_actor_table().canonical(value) is None:
                # A typo would silently become a new actor in every export and filter.
                raise CliError(f"{name} {value!r} is not in the actor table: check the spelling, add it to "
                               "actors.tsv, or pass --force to use a new actor")
    who = _who(ns)
    with _open(ns) as store:
        made = store.correct(ns.event_id, values, ns.note, who, force=ns.force) if values else []
        for mention in ns.split or []:
            made.append(store.split(ns.event_id, mention, ns.note, who))
    for c in made:
        what = f"split off {c.value}" if c.field == "split" else f"{c.field} = {c.value!r}"
        print(f"frontlog: correction #{c.id} on {ns.event_id}: {what} (by {c.who})", file=sys.stderr)
    return 0


def _reject(ns: argparse.Namespace) -> int:

    with _open(ns) as store:
        r = store.reject(ns.event_id, ns.note, _who(ns), restore=ns.undo)
    print(f"frontlog: {ns.event_id} {'restored' if ns.undo else 'rejected'} (#{r.id}, by {r.who})", file=sys.stderr)
    return 0


def _corrections(ns: argparse.Namespace) -> int:
    import json

    with _open(ns, readonly=True) as store:
        cs, rs = store.corrections()
    for c in cs:
        what = f"split off {c.value}" if c.field == "split" else f"{c.field} = {json.dumps(c.value)}"
        where = c.applied_to or "ORPHANED (its mentions are no longer extracted)"
        print(terminal(f"#{c.id}\t{c.at}\t{c.who}\t{c.event_id} -> {where}\t{what}\t{c.note or ''}"))
    for r in rs:
        where = r.applied_to or "ORPHANED (its mentions are no longer extracted)"
        print(terminal(f"{r.action}#{r.id}\t{r.at}\t{r.who}\t{r.event_id} -> {where}\t\t{r.note or ''}"))
    return 0


def _check(ns: argparse.Namespace) -> int:
    from frontlog.dataset.storage import check

    report = check(ns.db, repair=ns.repair)
    for line in report.problems:
        print(f"frontlog: problem: {line}", file=sys.stderr)
    if report.repaired_blocks:
        print(f"frontlog: rebuilt {report.repaired_blocks} blocks", file=sys.stderr)
    if report.pending_blocks:
        print(f"frontlog: {report.pending_blocks} blocks wait for a rebuild (an interrupted ingest or "
              f"correction): run `frontlog check --repair --db {ns.db}`", file=sys.stderr)
    if report.pending_events:
        print(f"frontlog: {report.pending_events} events wait for a fold (an interrupted ingest): run "
              f"`frontlog check --repair --db {ns.db}` or the next ingest", file=sys.stderr)
    if report.ok:
        print(f"frontlog: {ns.db} is consistent", file=sys.stderr)
        return 0
    return 1


def _serve(ns: argparse.Namespace) -> int:
    try:
        from frontlog.serve.api import serve
    except ImportError as exc:  # fastapi/uvicorn missing from a partial install
        raise CliError(f"frontlog serve needs fastapi and uvicorn ({exc}): pip install frontlog again") from None

    if not 0 < ns.port < 65536:
        raise CliError(f"--port {ns.port}: give a port from 1 to 65535, e.g. 8000")
    serve(ns.db, host=ns.host, port=ns.port, allow_edits=ns.allow_edits, allow_hosts=ns.allow_host or (),
          out=lambda line: print(line, file=sys.stderr, flush=True))
    return 0


def _add_scale_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-j", "--jobs", type=int, default=None,
                   help="extraction processes on this machine (default: every core); the output is the same")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes, or a Dask cluster (pip install 'frontlog[dask]')")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="with --engine dask: an existing cluster")
    p.add_argument("--workers", type=int, help="with --engine dask: start a local cluster of this many processes")
    p.add_argument("--partition-size", type=int, default=64, metavar="N",
                   help="with --engine dask: articles per partition (one task each; default 64)")


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    p.add_argument("--since", help="events whose window ends on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="events whose window starts on or before this date (YYYY-MM-DD)")
    p.add_argument("--type", help="event type, e.g. Battles")
    p.add_argument("--sub-type", help="sub-event type, e.g. 'Air/drone strike'")
    p.add_argument("--actor", help="events with this actor as actor1, actor2 or an associate (any alias)")
    p.add_argument("--near", help="PLACE:RADIUS, e.g. Aleppo:50km (or LAT,LON:RADIUS)")
    p.add_argument("--country", help="ISO code or name, e.g. SY or Syria")


def _add_dataset_commands(sub) -> None:
    from frontlog.dataset import FORMATS  # not .export: building the parser must not import the store
    from frontlog.jobs.documents import DEFAULT_MAX_BYTES

    ing = sub.add_parser("ingest", help="extract articles into the dataset store (only new or changed ones)")
    ing.add_argument("inputs", nargs="*", help="files or folders (.txt+.meta.json, .jsonl, .html)")
    ing.add_argument("--db", default=DEFAULT_DB, help=f"the store, created if missing (default {DEFAULT_DB})")
    ing.add_argument("--reextract", action="store_true",
                     help="rerun extraction on stored articles (the given ones, or all when none are given)")
    ing.add_argument("--stale", action="store_true",
                     help="alone: count the stored articles whose reports another knowledge or frontlog made, "
                          "changing nothing; with --reextract: re-extract only those")
    ing.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ing.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                     help=f"refuse articles larger than this (default {DEFAULT_MAX_BYTES})")
    _add_scale_options(ing)
    ing.set_defaults(func=_ingest)

    evs = sub.add_parser("events", help="list the merged events of the store")
    _add_filters(evs)
    evs.add_argument("--format", choices=("table", "jsonl"), default="table")
    evs.add_argument("--explain", metavar="EVENT_ID", help="show why each mention joined this event")
    evs.add_argument("--include-rejected", action="store_true", help="also list rejected events (marked R)")
    evs.set_defaults(func=_events)

    exp = sub.add_parser("export", help="write the events to a file analysts' tools load")
    _add_filters(exp)
    exp.add_argument("--format", choices=FORMATS, required=True)
    exp.add_argument("-o", "--output", required=True, help="the file to write")
    exp.set_defaults(func=_export)

    ctl = sub.add_parser("control", help="who held which place on a day, with the evidence")
    ctl.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    ctl.add_argument("--at", required=True, help="the day, YYYY-MM-DD")
    ctl.add_argument("--format", choices=("geojson", "table"), default="geojson")
    ctl.set_defaults(func=_control)

    cor = sub.add_parser("correct", help="correct an event (kept apart, applied on top, never lost)")
    cor.add_argument("event_id")
    cor.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    cor.add_argument("--set", action="append", metavar="FIELD=VALUE",
                     help="e.g. location=Khanasir, fatalities=12, actor1='Islamic State' (repeatable)")
    cor.add_argument("--split", action="append", metavar="MENTION_ID",
                     help="take this mention out of the event: it becomes an event of its own (undoes a merge)")
    cor.add_argument("--note", help="why")
    cor.add_argument("--by", help="who (default $FRONTLOG_USER or your login name)")
    cor.add_argument("--force", action="store_true",
                     help="accept what the checks refuse: an actor the actor table does not know, a window whose "
                          "start is after its end")
    cor.set_defaults(func=_correct)

    rej = sub.add_parser("reject", help="mark an event as wrong (hidden from events and exports)")
    rej.add_argument("event_id")
    rej.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    rej.add_argument("--note", help="why")
    rej.add_argument("--by", help="who (default $FRONTLOG_USER or your login name)")
    rej.add_argument("--undo", action="store_true", help="restore a rejected event")
    rej.set_defaults(func=_reject)

    srv = sub.add_parser("serve", help="the analyst's view: a local web map, timeline and JSON API")
    srv.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    srv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    srv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    srv.add_argument("--allow-edits", action="store_true",
                     help="accept corrections over HTTP, with the token printed at start-up")
    srv.add_argument("--allow-host", action="append", metavar="NAME",
                     help="also answer requests addressed to this host name (repeatable); by default only the "
                          "--host address, and localhost when on 127.0.0.1")
    srv.set_defaults(func=_serve)

    lst = sub.add_parser("corrections", help="list every correction and rejection, and where each applies")
    lst.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    lst.set_defaults(func=_corrections)

    chk = sub.add_parser("check", help="check the store's consistency (mentions in no event, pending rebuilds)")
    chk.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    chk.add_argument("--repair", action="store_true", help="rebuild what is orphaned or pending")
    chk.set_defaults(func=_check)


def build_parser() -> argparse.ArgumentParser:
    from frontlog.jobs.documents import DEFAULT_MAX_BYTES

    parser = argparse.ArgumentParser(prog="frontlog", description="Conflict events out of news articles.")
    parser.add_argument("--version", action="version", version=f"frontlog {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract events from articles into JSON Lines")
    ex.add_argument("inputs", nargs="+", help="files or folders (.txt+.meta.json, .jsonl, .html), or - for stdin")
    ex.add_argument("-o", "--output", default="-", help="output JSON Lines file, - for standard output")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ex.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                    help=f"refuse articles larger than this (default {DEFAULT_MAX_BYTES})")
    ex.add_argument("--explain", action="store_true",
                    help="add to each record the ids of the rules that made it (\"rules\"; see `frontlog explain`)")
    _add_scale_options(ex)
    ex.set_defaults(func=_extract)

    xp = sub.add_parser("explain", help="why each event was coded, sentence by sentence, with the dropped candidates")
    xp.add_argument("inputs", nargs="+", help="article files or folders (.txt+.meta.json, .jsonl, .html)")
    xp.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                    help=f"refuse articles larger than this (default {DEFAULT_MAX_BYTES})")
    xp.set_defaults(func=_explain)

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
    _add_dataset_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    ns = parser.parse_args(argv)
    try:
        return ns.func(ns)
    except BrokenPipeError:
        # The reader went away (`frontlog events | head`): not an error; keep Python from complaining at exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("frontlog: interrupted; nothing was written", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug of frontlog's: one line, its own exit code, never 1
        if is_user_error(exc):  # CliError and the domain's errors (USER_ERRORS): one line, exit code 2
            print(f"frontlog: error: {exc}", file=sys.stderr)
            return 2
        import traceback

        where = "".join(f" ({note})" for note in getattr(exc, "__notes__", ()))
        print(f"frontlog: internal error{where}: {type(exc).__name__}: {exc}", file=sys.stderr)
        print("frontlog: this is a bug: please report it to frontlog's maintainers with the command, the input "
              "named above and this trace:", file=sys.stderr)
        traceback.print_exception(exc, file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
