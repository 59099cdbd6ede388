"""Robustness: fuzzed and hostile inputs through the real command line, and what it costs.

    python benchmarks/robustness.py [--n 10000] [--batch 1000] [--seed 7] [--timeout 1200] [--only fuzz_extract]

Each scenario is one function returning a Row (inputs, crashes, hangs, peak RSS, lost); the table printer lists
them all. Scenarios:

- fuzz_extract: --n fuzzed inputs written for this benchmark (mutated invented articles and their metadata, JSON
  Lines with deep nesting, 5,000+-digit numbers, lone surrogates, absurd and impossible dates, binary files and
  lines, punctuation runs of 20-40 KB, mutated saved web pages, empty files), run through `frontlog extract` in
  batches of --batch inputs, each batch a fresh process. Every input is one article or one named error:
  crashes = "please report" lines plus processes that died or exited other than 0/1; hangs = batches killed at
  --timeout; lost = inputs that are neither read nor named (inputs - read - failed, from the summary line).

- ingest_kills, export_kills, concurrent_ingests: --kills random SIGKILLs during an ingest and during exports,
  and --rounds of two ingests into one store at once (benchmarks/robustness_store.py): crashes = integrity
  problems (and, for exports, a store the export changed); lost = mentions in no event, or half-written exports.

Add a scenario by writing `def name(ns, work) -> Row` and listing it in SCENARIOS.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Invented reports (real places and actors so the gazetteer and actor table have work to do).
SENTENCES = [
    "Syrian government forces recaptured the town of Kafr Nabl on Tuesday after a week of fighting.",
    "Russian jets carried out more than 40 air strikes around Maarat al-Numan on 3 March 2019.",
    "At least 14 fighters were killed in clashes near Saraqeb in early May, a monitor said.",
    "The Rapid Support Forces seized Kutum last week after clashes with the army, residents said.",
    "Security forces fired tear gas at hundreds of protesters in Omdurman on Monday.",
    "A car bomb exploded in Azaz three days ago, killing five civilians.",
    "Ukrainian troops shelled Russian positions near Oleshky in the summer of 2023.",
    "Islamic State fighters took Palmyra in May 2015 and held it until March 2016.",
    "Houthi rebels fired a missile at Marib on Sunday, the coalition said.",
    "Gunmen abducted six aid workers near Nyala on Friday, officials said.",
]
HEADLINES = ["Fighting flares in the north", "Army retakes town", "Strikes hit market", "Protest dispersed"]
NOISE = ["!" * 300, "((((" * 100, "&amp;" * 200, "\u202e", "\u200b" * 50, "In the year 000", "in the year 9999",
         "in the year 100", "31 February 2019", "99999 days ago", "since 0999", "May 32, 2019", "2019-13-45",
         "\ufeff", "Aleppo " * 40, "é" * 30, "\t\t\t", "....." * 60, "9" * 500, "-" * 400]
BAD_DATES = ["0000-01-01", "0001-01-01", "9999-12-31", "2019-02-30", "yesterday", "", "1066-10-14", "2200-01-01",
             "10 Smarch 2019", "2019-05-22T25:61:00", "٢٠١٩-٠٥-٢٢"]
HTML = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
        "<meta property='article:published_time' content='{date}'></head><body><nav>Home | World</nav>"
        "<article><h1>{title}</h1>{paras}</article><footer>Comments are closed.</footer></body></html>")


@dataclass
class Row:
    scenario: str
    inputs: int
    crashes: int
    hangs: int
    peak_rss_mib: float
    lost: int
    seconds: float
    note: str = ""


def frontlog_command() -> list[str]:
    return [sys.executable, "-m", "frontlog.cli"]


# ------------------------------------------------------------------------------------------------ fuzzing


def mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(0, 4)):
        at = rng.randint(0, len(text))
        kind = rng.random()
        if kind < 0.5:
            piece = rng.choice(NOISE)
        elif kind < 0.7:
            piece = f" in the year {rng.choice([0, 7, 100, 999, 1000, 2016, 2999, 9999, 99999])} "
        elif kind < 0.9:
            piece = "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 30)))
        else:
            piece = ""
            text = text[:at]  # cut short
        text = text[:at] + piece + text[at:]
    return text


def article_text(rng: random.Random) -> str:
    body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 5)))
    return mutate(rng, f"{rng.choice(HEADLINES)}\n\n{body}\n")


def hostile_json(rng: random.Random) -> str:
    """A JSON value that breaks naive readers."""
    kind = rng.randrange(4)
    if kind == 0:
        n = rng.randint(1000, 120_000)
        return "[" * n + "]" * n
    if kind == 1:
        return "9" * rng.randint(4301, 20_000)
    if kind == 2:
        n = rng.randint(1000, 60_000)
        return '{"a":' * n + "1" + "}" * n
    return '"\\udc80\\ud800x"'


def meta_json(rng: random.Random) -> bytes:
    kind = rng.randrange(6)
    if kind == 0:
        return json.dumps({"published": rng.choice(BAD_DATES), "title": "t"}).encode()
    if kind == 1:
        return ('{"published": "2019-05-22", "x": ' + hostile_json(rng) + "}").encode()
    if kind == 2:
        return rng.randbytes(rng.randint(1, 300))
    if kind == 3:
        return json.dumps({"published": 20190522, "url": ["not", "a", "string"]}).encode()
    if kind == 4:
        return (b'{"published": "2019-05-22", "url": "http://x/\\udc80", "title": "\\ud800"}')
    return json.dumps({"published": "2019-05-22", "url": "https://example.org/a"}).encode()


def jsonl_line(rng: random.Random, uid: str) -> bytes:
    kind = rng.randrange(9)
    obj: dict = {"id": uid, "text": article_text(rng), "published": rng.choice(["2019-05-22", "2023-08-14", None])}
    if kind == 0:
        line = json.dumps(obj)[:-1] + ', "x": ' + hostile_json(rng) + "}"
    elif kind == 1:
        obj["published"] = rng.choice(BAD_DATES)
        line = json.dumps(obj)
    elif kind == 2:
        line = json.dumps(obj)[:-1] + ', "url": "https://example.org/\\udc80", "title": "\\ud800"}'
        line = line.replace(f'"id": "{uid}"', f'"id": "{uid}\\udfff"')
    elif kind == 3:
        return b"{" + rng.randbytes(rng.randint(1, 200)).replace(b"\n", b" ").replace(b"\r", b" ")
    elif kind == 4:
        line = json.dumps(obj)[: rng.randint(1, 40)]  # cut short
    elif kind == 5:
        line = json.dumps([obj])  # not an object
    elif kind == 6:
        obj["id"] = rng.choice([None, 12345678901234567890, "", ["x"], uid])
        obj["text"] = rng.choice([None, 5, "", obj["text"]])
        line = json.dumps(obj)
    else:
        line = json.dumps(obj, ensure_ascii=rng.random() < 0.5)
    return line.encode("utf-8", "surrogatepass")


def write_inputs(rng: random.Random, folder: Path, n: int) -> int:
    """Write `n` fuzzed inputs into `folder`; each is one article or one named error. Returns n."""
    folder.mkdir(parents=True, exist_ok=True)
    made = 0
    while made < n:
        uid = f"f{made:06d}"
        kind = rng.randrange(100)
        if kind < 30:  # a mutated article, usually with good metadata
            (folder / f"{uid}.txt").write_text(article_text(rng), encoding="utf-8")
            if rng.random() < 0.7:
                (folder / f"{uid}.meta.json").write_text(json.dumps({"published": "2019-05-22"}), encoding="utf-8")
            made += 1
        elif kind < 45:  # a good article with hostile metadata
            (folder / f"{uid}.txt").write_text(article_text(rng), encoding="utf-8")
            (folder / f"{uid}.meta.json").write_bytes(meta_json(rng))
            made += 1
        elif kind < 75:  # a JSON Lines file of several hostile or odd lines
            k = min(rng.randint(1, 12), n - made)
            lines = [jsonl_line(rng, f"{uid}-{i}") for i in range(k)]
            (folder / f"{uid}.jsonl").write_bytes(b"\n".join(lines) + b"\n")
            made += k
        elif kind < 82:  # binary or invalid UTF-8
            data = rng.randbytes(rng.randint(1, 3000))
            if rng.random() < 0.5:
                data = article_text(rng).encode("utf-8") + b"\xff\xfe\x80" + data[:50]
            (folder / f"{uid}.txt").write_bytes(data)
            made += 1
        elif kind < 87:  # a long run of punctuation in the middle of a report
            run = rng.choice("!?.*()[]&#\"'-…") * rng.randint(20_000, 40_000)
            (folder / f"{uid}.txt").write_text(f"Strikes hit market\n\n{rng.choice(SENTENCES)} {run} "
                                               f"{rng.choice(SENTENCES)}\n", encoding="utf-8")
            made += 1
        elif kind < 95:  # a saved web page, sometimes mangled
            paras = "".join(f"<p>{mutate(rng, rng.choice(SENTENCES))}</p>" for _ in range(rng.randint(1, 4)))
            page = HTML.format(title=rng.choice(HEADLINES), date=rng.choice(BAD_DATES + ["2019-05-22"] * 5),
                               paras=paras)
            if rng.random() < 0.2:
                page = page[: rng.randint(0, len(page))]
            (folder / f"{uid}.html").write_text(page, encoding="utf-8", errors="surrogatepass")
            made += 1
        else:  # empty or blank
            (folder / f"{uid}.txt").write_text(rng.choice(["", "   \n\n", "\ufeff"]), encoding="utf-8")
            made += 1
    return made


_SUMMARY = re.compile(r"(\d+) articles read, (\d+) events written .*?, (\d+) failed")


def run_batch(folder: Path, out: Path, timeout: float) -> dict:
    """`frontlog extract folder -o out` in a fresh process: exit status, summary counts, crash lines, peak RSS."""
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as err:
        proc = subprocess.Popen([*frontlog_command(), "extract", str(folder), "-o", str(out), "-q"],
                                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        deadline = time.monotonic() + timeout
        hung = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                _pid, status, usage = os.wait4(proc.pid, 0)
                hung = True
                break
            time.sleep(0.2)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read()
    found = _SUMMARY.findall(text)
    read, events, failed = map(int, found[-1]) if found else (0, 0, 0)
    return {"code": proc.returncode, "hung": hung, "read": read, "events": events, "failed": failed,
            "reports": text.count("please report"), "traceback": "Traceback" in text,
            "rss_mib": usage.ru_maxrss / 1024, "stderr": text}


def fuzz_extract(ns: argparse.Namespace, work: Path) -> Row:
    rng = random.Random(ns.seed)
    start = time.perf_counter()
    inputs = crashes = hangs = lost = 0
    peak = 0.0
    events = 0
    for b in range((ns.n + ns.batch - 1) // ns.batch):
        folder = work / f"batch-{b:03d}"
        n = write_inputs(rng, folder, min(ns.batch, ns.n - inputs))
        r = run_batch(folder, work / f"batch-{b:03d}.jsonl", ns.timeout)
        inputs += n
        hangs += r["hung"]
        died = not r["hung"] and r["code"] not in (0, 1, 3)
        crashes += r["reports"] + int(died or (r["traceback"] and not r["reports"]))
        batch_lost = 0 if r["hung"] else n - r["read"] - r["failed"]
        lost += max(batch_lost, 0)
        peak = max(peak, r["rss_mib"])
        events += r["events"]
        print(f"  batch {b}: {n} inputs, exit {r['code']}, {r['read']} read, {r['failed']} failed, "
              f"{r['events']} events, {r['reports']} crash lines, lost {batch_lost}, "
              f"{r['rss_mib']:.0f} MiB", file=sys.stderr, flush=True)
        if died or r["reports"] or batch_lost:
            print("\n".join(ln for ln in r["stderr"].splitlines() if "please report" in ln or "Error" in ln)[:3000],
                  file=sys.stderr)
    return Row("fuzz_extract", inputs, crashes, hangs, peak, lost, time.perf_counter() - start,
               f"{events} events written")


def _store_bench():
    """benchmarks/robustness_store.py: the store's kill and concurrency scenarios (one writer per process)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import robustness_store

    return robustness_store


def ingest_kills(ns: argparse.Namespace, work: Path) -> Row:
    start = time.perf_counter()
    r = _store_bench().ingest_kills(work, ns.kills, ns.articles, random.Random(ns.seed))
    return Row("ingest killed at random (SIGKILL)", r["runs"], r["integrity"], 0, 0.0, r["lost"],
               time.perf_counter() - start, f"{r['kills']} kills of a {ns.articles:,}-article ingest; "
               f"{r['differ']} of {r['completed']} resumed stores differ from a clean ingest")


def export_kills(ns: argparse.Namespace, work: Path) -> Row:
    start = time.perf_counter()
    r = _store_bench().export_kills(work, ns.kills, ns.events, random.Random(ns.seed))
    return Row("export killed at random (SIGKILL)", r["runs"], r["integrity"] + r["store_changed"], 0, 0.0,
               r["half"], time.perf_counter() - start,
               f"{r['kills']} kills of 4-format exports of {ns.events:,} events; lost = half-written files; "
               f"temporary files left: {r['left_tmp']}")


def concurrent_ingests(ns: argparse.Namespace, work: Path) -> Row:
    start = time.perf_counter()
    r = _store_bench().concurrent_ingests(work, ns.rounds, ns.articles // 10)
    return Row("two ingests into one store at once", r["rounds"], r["integrity"] + r["failed"], 0, 0.0, r["lost"],
               time.perf_counter() - start, f"{r['mentions']:,} mentions written; lost = mentions in no event")


SCENARIOS: dict[str, Callable[[argparse.Namespace, Path], Row]] = {
    "fuzz_extract": fuzz_extract,
    "ingest_kills": ingest_kills,
    "export_kills": export_kills,
    "concurrent_ingests": concurrent_ingests,
}


def print_table(rows: list[Row]) -> None:
    print("| scenario | inputs | crashes | hangs | peak RSS | lost | time | note |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r.scenario} | {r.inputs:,} | {r.crashes} | {r.hangs} | {r.peak_rss_mib:.0f} MiB | {r.lost} | "
              f"{r.seconds:.0f} s | {r.note} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="fuzzed inputs (default 10000)")
    parser.add_argument("--batch", type=int, default=1000, help="inputs per frontlog process (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=1200.0, help="seconds before a batch counts as hung")
    parser.add_argument("--kills", type=int, default=50, help="SIGKILLs per kill scenario (default 50)")
    parser.add_argument("--rounds", type=int, default=10, help="rounds of two concurrent ingests (default 10)")
    parser.add_argument("--articles", type=int, default=3000, help="articles per killed ingest (default 3000)")
    parser.add_argument("--events", type=int, default=100_000, help="events in the exported store (default 100000)")
    parser.add_argument("--only", action="append", choices=sorted(SCENARIOS), help="run only these scenarios")
    ns = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="frontlog-robustness-") as tmp:
        for name in ns.only or SCENARIOS:
            work = Path(tmp) / name
            work.mkdir()
            rows.append(SCENARIOS[name](ns, work))
    print_table(rows)


if __name__ == "__main__":
    main()
