"""API benchmark: p50/p95 latency of /api/events (pages of 500 with typical filters) and /api/timeline, measured
with a real HTTP client (httpx) against a real `frontlog serve` (uvicorn) on localhost, over 1,000,000 synthetic
events; and the page's first-load size (every byte Chromium fetches until the page is idle).

    .venv/bin/python benchmarks/api.py [--events 1000000] [--requests 200] [--cache /tmp/frontlog-bench]

The store is built with benchmarks/store.py's generator and kept in --cache between runs (building 1 M events
takes about a minute). Targets: p95 < 100 ms for pages of 500 events; first load <= 1 MB (measured in
Debian's Chromium, every request the page makes until it is idle).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store import ACTORS, COUNTRIES, DAY0, DAYS, fill  # noqa: E402  (the generator of benchmarks/store.py)

from frontlog.dataset.storage import SQLiteStore  # noqa: E402
from frontlog.model.records import EVENT_TYPES, SUB_TO_TYPE  # noqa: E402


def store_path(cache: Path, n: int) -> Path:
    """The cached synthetic store of `n` events, built when missing."""
    cache.mkdir(parents=True, exist_ok=True)
    db = cache / f"api-{n}.db"
    if not db.is_file():
        tmp = db.with_suffix(".building")
        tmp.unlink(missing_ok=True)
        fill(tmp, n)
        # fill() writes the events table directly, around the store's rebuilds: have the store count the rollup
        # the timeline reads (an older cached store gets it from its migration instead).
        with SQLiteStore(tmp, create=False) as store:
            store.rebuild_timeline_counts()
        tmp.rename(db)
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "frontlog.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120  # the first open migrates an older store (indexes on 1 M rows)
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"frontlog serve exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            if httpx.get(url + "/api/summary", timeout=60).status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("frontlog serve did not answer within 120 s")


def one_filter(rng: random.Random, kind: int) -> dict[str, str]:
    """One of the page's pickers: 0 an event type, 1 a country, 2 an actor."""
    if kind == 0:
        return {"event_type": rng.choice(sorted(EVENT_TYPES))}
    if kind == 1:
        return {"country": rng.choice(COUNTRIES)[0]}
    return {"actor": rng.choice([a for a in ACTORS if a])}


def typical_filters(rng: random.Random) -> dict[str, str]:
    """What an analyst asks: a year of one type, of one country, of one actor, a box of 1°, big events."""
    start = DAY0 + dt.timedelta(days=rng.randrange(DAYS - 400))
    params = {"date_from": start.isoformat(), "date_to": (start + dt.timedelta(days=365)).isoformat(), "limit": "500"}
    kind = rng.randrange(5)
    if kind < 3:
        params.update(one_filter(rng, kind))
    elif kind == 3:
        _cc, la0, la1, lo0, lo1 = rng.choice(COUNTRIES)
        lat, lon = rng.uniform(la0, la1 - 1), rng.uniform(lo0, lo1 - 1)
        params["bbox"] = f"{lon:.3f},{lat:.3f},{lon + 1:.3f},{lat + 1:.3f}"
    else:
        params["min_fatalities"] = "3"
        params["sub_event_type"] = rng.choice(sorted(SUB_TO_TYPE))
    if rng.random() < 0.3:
        params["page"] = str(rng.randint(2, 5))
    return params


def timeline_filters(rng: random.Random) -> dict[str, str]:
    """The page's chart: events per week by type, unfiltered or with one filter (served from the store's rollup;
    a repeat of the same filters is also cached per store state)."""
    params = {"bucket": rng.choice(["week", "week", "month", "day"]),
              "by": rng.choice(["event_type", "event_type", "country", "actor"])}
    pick = rng.randrange(4)
    if pick:
        params.update(one_filter(rng, pick - 1))
    return params


def measure(client: httpx.Client, url: str, make, n: int, rng: random.Random) -> tuple[list[float], list[int]]:
    times, sizes = [], []
    for _ in range(n):  # bounded: n requests, then stop
        params = make(rng)
        t = time.perf_counter()
        r = client.get(url, params=params)
        times.append((time.perf_counter() - t) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{url} {params}: {r.status_code} {r.text[:200]}")
        sizes.append(len(r.content))
    return times, sizes


def pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def first_load(url: str) -> tuple[int, list[tuple[str, int]]] | None:
    """Bytes over the wire (bodies as sent, compressed or not) of everything the page fetches in Chromium until it
    is idle: the HTML, scripts, styles, the base map, and the API answers of its first view (the page sends its
    window, so the timeline is the first view's, not every week since the oldest date an article mentions).
    None when Debian's Chromium (/usr/bin/chromium) is missing."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        responses, failed = [], []
        page.on("response", lambda resp: responses.append(resp))
        page.on("requestfailed", lambda req: failed.append(f"{req.url} ({req.failure})"))
        page.goto(url + "/")
        page.wait_for_function("document.body.dataset.pending === '0'", timeout=120_000)
        page.wait_for_timeout(500)
        page.wait_for_function("document.body.dataset.pending === '0'", timeout=120_000)
        parts = []
        for resp in responses:
            resp.finished()  # the body has arrived (a slow one too)
            # The body as sent: compressed when the server compresses it.
            parts.append((resp.url.removeprefix(url).split("?")[0], resp.request.sizes()["responseBodySize"]))
        notice = page.locator("#notice").inner_text() if page.locator("#notice").is_visible() else ""
        browser.close()
    if failed or notice:
        print(f"first load: failed requests {failed}; the page said: {notice!r}")
    merged: dict[str, int] = {}
    for name, n in parts:
        merged[name] = merged.get(name, 0) + n
    return sum(merged.values()), sorted(merged.items(), key=lambda kv: -kv[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=200, help="requests per endpoint (default 200)")
    ap.add_argument("--cache", default="/tmp/frontlog-bench", help="folder the synthetic store is kept in")
    ns = ap.parse_args(argv)
    db = store_path(Path(ns.cache), ns.events)
    proc, url = start_server(db)
    try:
        with httpx.Client(timeout=60) as client:
            rng = random.Random(11)
            measure(client, url + "/api/events", typical_filters, 10, rng)  # warm the page cache
            ev_times, ev_sizes = measure(client, url + "/api/events", typical_filters, ns.requests, rng)
            rng = random.Random(12)
            cold = []
            for _ in range(10):  # distinct filters right after a commit elsewhere would be this: no cache
                params = timeline_filters(rng) | {"date_from": "2012-01-01",
                                                   "date_to": (DAY0 + dt.timedelta(days=rng.randrange(DAYS)))
                                                   .isoformat()}
                t = time.perf_counter()
                client.get(url + "/api/timeline", params=params).raise_for_status()
                cold.append((time.perf_counter() - t) * 1000)
            tl_times, _ = measure(client, url + "/api/timeline", timeline_filters, ns.requests, rng)
        loaded = first_load(url)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a long request still running: the figures are taken, stop it
            proc.kill()
            proc.wait()
    print(f"store: {ns.events:,} synthetic events ({db}, {db.stat().st_size / 1e6:,.0f} MB)")
    print(f"/api/events, typical filters, pages of 500, {len(ev_times)} requests: p50 {pct(ev_times, 50):.1f} ms, "
          f"p95 {pct(ev_times, 95):.1f} ms, max {max(ev_times):.1f} ms; "
          f"response {statistics.median(ev_sizes) / 1e3:,.0f} kB (median)")
    print(f"/api/timeline, {len(tl_times)} requests (random page-like filters; a repeat is served from the cache): "
          f"p50 {pct(tl_times, 50):.1f} ms, p95 {pct(tl_times, 95):.1f} ms, max {max(tl_times):.1f} ms")
    print(f"/api/timeline uncached (10 distinct filters over the whole store): p50 {pct(cold, 50):.1f} ms, "
          f"p95 {pct(cold, 95):.1f} ms, max {max(cold):.1f} ms")
    if loaded is None:
        print("first load: not measured (no /usr/bin/chromium; install it with `apt-get install -y chromium`)")
        ok_load = "not measured"
    else:
        total, parts = loaded
        print(f"first load in Chromium: {total / 1e6:.2f} MB over the wire (" +
              ", ".join(f"{a} {n / 1e3:,.1f} kB" for a, n in parts) + ")")
        ok_load = "met" if total <= 1_000_000 else "MISSED"
    ok_ev, ok_tl = pct(ev_times, 95) < 100, pct(tl_times, 95) < 100
    print(f"targets: /api/events p95 < 100 ms: {'met' if ok_ev else 'MISSED'}; /api/timeline p95 < 100 ms: "
          f"{'met' if ok_tl else 'MISSED'}; first load <= 1 MB: {ok_load}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
