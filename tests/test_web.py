"""The page in a real browser: Debian's Chromium driven by Playwright against `frontlog serve` running as a
subprocess over a store built here. Markers on the map add up to the API's totals before and after a filter and a
move of the timeline; an event opens with its evidence, from the mouse and from the keyboard alone; a narrow brush
gives an exact window; place names show; holders get distinct colours; the table's download is the API's; a bad
link is explained; text from the data is never HTML; axe-core finds no serious violation; screenshots are saved."""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from frontlog.dataset.storage import SQLiteStore
from test_api import build_store
from test_page import delta_e

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
XSS = "<img src=x onerror=alert(1)>"

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """`frontlog serve` over `db` as a subprocess; `log` has what it printed."""

    def __init__(self, db: Path, log: Path, *extra: str) -> None:
        port = _free_port()
        self.log = log
        with log.open("w") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "frontlog.cli", "serve", "--db", str(db), "--port",
                                          str(port), *extra], stdout=out, stderr=subprocess.STDOUT,
                                         env=os.environ.copy())
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.url + "/api/summary", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"frontlog serve did not start: {log.read_text()}")
            time.sleep(0.2)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def server(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    s = Served(store, tmp_path_factory.mktemp("web-log") / "serve.log")
    yield s.url
    s.stop()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: install Debian's browser with `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def new_page(browser, server: str, width: int = 1400, height: int = 860):
    """A page that records script errors and any request leaving the local server."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.errors, page.outside = [], []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("request", lambda req: None if req.url.startswith(server) else page.outside.append(req.url))
    return page


def settle(page) -> None:
    """Wait until the page has no request scheduled or in flight (app.js keeps body[data-pending])."""
    page.wait_for_function("document.body.dataset.pending === '0'", timeout=15_000)
    page.wait_for_timeout(50)
    page.wait_for_function("document.body.dataset.pending === '0'", timeout=15_000)


def shown_on_map(page) -> int:
    """Events the map shows: single markers plus the numbers on the clusters."""
    return page.evaluate("""() => document.querySelectorAll('.ev-marker').length +
        [...document.querySelectorAll('.cluster[data-count]')].reduce((a, n) => a + Number(n.dataset.count), 0)""")


def api_total(url: str, **params: str) -> int:
    # The whole world as the box: the API's count of located events, as the fitted map shows them all.
    r = httpx.get(url + "/api/events", params={"bbox": "-180,-90,180,90", "limit": 1, **params})
    assert r.status_code == 200, r.text
    return r.json()["total"]


def url_state(page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def clean(page) -> None:
    assert not page.errors, page.errors
    assert not page.outside, f"the page fetched from elsewhere: {page.outside}"  # offline: the local server only


def test_the_page(server: str, browser) -> None:
    page = new_page(browser, server)
    page.goto(server + "/")
    settle(page)
    page.wait_for_selector(".ev-marker, .cluster[data-count]")
    summary = httpx.get(server + "/api/summary").json()
    whole = {"date_from": summary["first_day"], "date_to": summary["last_day"]}

    # 1. Everything: the markers add up to the API's count.
    assert shown_on_map(page) == api_total(server, **whole) == summary["events"]
    assert page.locator("#count").get_attribute("data-total") == str(summary["events"])
    assert page.locator("#chart rect[fill]").count() > 0 and page.locator("#overview rect[fill]").count() > 0

    # 2. A filter: Ukraine only; Back returns to everything (views are history entries).
    page.select_option("#f-country", "UA")
    settle(page)
    assert url_state(page)["country"] == "UA"
    ukraine = api_total(server, country="UA", **whole)
    assert 0 < ukraine < summary["events"] and shown_on_map(page) == ukraine
    page.go_back()
    settle(page)
    assert "country" not in url_state(page) and page.locator("#f-country").input_value() == ""
    assert shown_on_map(page) == summary["events"]

    # 3. The overview: drag over its first fifth (2016-2017).
    box = page.locator("#overview").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 30, y)  # in the left margin: the window starts at the first day
    page.mouse.down()
    page.mouse.move(box["x"] + 50 + (box["width"] - 60) / 5, y, steps=8)
    page.mouse.up()
    settle(page)
    state = url_state(page)
    assert state["from"] == summary["first_day"] and "2016-03-27" <= state["to"] < "2022-01-01"
    early = api_total(server, date_from=state["from"], date_to=state["to"])
    assert 0 < early < summary["events"] and shown_on_map(page) == early
    assert page.locator("#count").get_attribute("data-total") == str(early)

    # The play button steps the window forward.
    page.click("#play")
    page.wait_for_function(f"window.frontlog.state.from > '{state['from']}'", timeout=5_000)
    page.click("#play")
    settle(page)

    # 4. Open an event: click markers (zooming into clusters) until one opens its panel.
    page.click("#t-all")
    settle(page)
    for _ in range(8):
        if page.locator(".ev-marker").count():
            page.locator(".ev-marker").first.click(force=True)
            break
        page.locator(".cluster[data-count]").first.click(force=True)
        settle(page)
    settle(page)
    page.wait_for_selector("#panel:not([hidden]) blockquote.evidence")
    event_id = url_state(page)["ev"]
    detail = httpx.get(f"{server}/api/events/{event_id}").json()
    sentence = detail["mentions"][0]["evidence"][0]
    assert sentence in page.locator("#panel").inner_text()
    assert page.locator("#panel a", has_text=detail["mentions"][0]["title"]).count() == 1
    assert page.locator(f".ev-icon.selected[data-id='{event_id}']").count() == 1  # the chosen marker stands out

    # 5. The URL keeps the whole state: a reload restores the filter and the open event.
    page.select_option("#f-type", "Battles")
    settle(page)
    page.reload()
    settle(page)
    assert page.locator("#f-type").input_value() == "Battles"
    page.wait_for_selector("#panel:not([hidden]) blockquote.evidence")
    assert shown_on_map(page) == api_total(server, event_type="Battles", date_from=url_state(page)["from"],
                                           date_to=url_state(page)["to"])
    clean(page)


def test_keyboard_alone_opens_an_event_and_comes_back(server: str, browser) -> None:
    page = new_page(browser, server)
    page.goto(server + "/?lat=34.6&lon=38.3&z=9")  # Palmyra, where the markers stand apart
    settle(page)
    page.wait_for_selector(".ev-marker")
    for _ in range(80):  # Tab through the page until a marker has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('ev-marker')"):
            break
    else:
        pytest.fail("no event marker is reachable with Tab")
    marker = page.evaluate("document.activeElement.dataset.id")
    page.keyboard.press("Enter")
    settle(page)
    page.wait_for_selector("#panel:not([hidden]) blockquote.evidence")
    assert url_state(page)["ev"] == marker
    assert page.evaluate("document.getElementById('panel').contains(document.activeElement)")  # focus moved in
    page.keyboard.press("Escape")
    assert page.locator("#panel").is_hidden()
    assert page.evaluate("document.activeElement.dataset.id") == marker  # and back to the marker
    assert "ev" not in url_state(page)

    # Space works too, on a table row.
    page.click("#tab-table")
    settle(page)
    row = page.locator("#events-table tbody tr").first
    row.focus()
    page.keyboard.press(" ")
    settle(page)
    page.wait_for_selector("#panel:not([hidden]) blockquote.evidence")
    assert url_state(page)["ev"] == row.get_attribute("data-id")
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.dataset.id") == row.get_attribute("data-id")
    clean(page)


def test_a_known_place_is_named_at_zoom_10(server: str, browser) -> None:
    page = new_page(browser, server)
    page.goto(server + "/?lat=34.7240&lon=36.7260&z=10")  # Homs, a city without events in this store
    settle(page)
    label = page.locator(".place-label", has_text=re.compile(r"^Homs$"))
    label.wait_for(timeout=5_000)
    assert label.is_visible()
    page.goto(server + "/?lat=34.5600&lon=38.2800&z=10")  # Palmyra: the store's own place name shows
    settle(page)
    assert page.locator(".place-label.has-events", has_text=re.compile(r"^Palmyra$")).is_visible()
    clean(page)


def test_a_narrow_brush_gives_an_exact_window(server: str, browser) -> None:
    page = new_page(browser, server)
    page.goto(server + "/")
    settle(page)
    summary = httpx.get(server + "/api/summary").json()
    box = page.locator("#overview").bounding_box()
    assert box is not None
    # 3 px on the overview of the whole period: the 4 px threshold read this as a click.
    x0 = box["x"] + 44 + (box["width"] - 58) * 0.05
    page.mouse.move(x0, box["y"] + 10)
    page.mouse.down()
    page.mouse.move(x0 + 3, box["y"] + 10, steps=3)
    page.mouse.up()
    settle(page)
    state = url_state(page)
    days = (dt(state["to"]) - dt(state["from"])).days
    per_px = ((dt(summary["last_day"]) - dt(summary["first_day"])).days + 1) / (box["width"] - 58)
    assert summary["first_day"] < state["from"] and abs(days - 3 * per_px) <= 1.5 and days < 26, (state, per_px)

    # The detail chart now spans those days, one bar slot a day: drag from the middle of its first day to the
    # middle of its last gives exactly those days.
    page.fill("#t-from", "2016-03-20")
    page.fill("#t-to", "2016-03-31")
    page.locator("#t-to").dispatch_event("change")
    settle(page)
    assert url_state(page)["from"] == "2016-03-20" and url_state(page)["to"] == "2016-03-31"
    chart = page.locator("#chart").bounding_box()
    assert chart is not None
    slot = (chart["width"] - 44 - 14) / 12

    def middle(i: int) -> float:
        return chart["x"] + 44 + slot * (i + 0.5)

    page.mouse.move(middle(5), chart["y"] + 40)  # 2016-03-25
    page.mouse.down()
    page.mouse.move(middle(7), chart["y"] + 40, steps=4)  # 2016-03-27
    page.mouse.up()
    settle(page)
    assert (url_state(page)["from"], url_state(page)["to"]) == ("2016-03-25", "2016-03-27")
    bars = page.evaluate("[...document.querySelectorAll('#chart rect[data-bucket]')].map(r => r.dataset.bucket)")
    assert bars and all("2016-03-25" <= b <= "2016-03-27" for b in bars)  # by day now
    assert page.locator("#count").get_attribute("data-total") == str(
        api_total(server, date_from="2016-03-25", date_to="2016-03-27"))
    clean(page)


def dt(day: str):
    import datetime

    return datetime.date.fromisoformat(day)


def test_holders_get_fixed_distinct_colours(server: str, browser) -> None:
    page = new_page(browser, server)
    page.goto(server + "/?control=1&from=2016-01-01&to=2023-11-01&lat=25&lon=35&z=3")
    settle(page)
    page.wait_for_selector("#legend-control .holder")
    legend = page.evaluate("[...document.querySelectorAll('#legend-control .holder')]"
                           ".map(n => [n.textContent, n.dataset.colour])")
    holders = dict(legend)
    assert {"Syrian Government Forces", "Rapid Support Forces"} <= set(holders)
    assert min(delta_e(a, b) for a, b in itertools.combinations(holders.values(), 2)) >= 20
    # Palmyra's capture is years old on 2023-11-01: it is drawn faded, and says so.
    assert page.locator(".ctl-mark.stale").count() >= 1
    # Zoomed to Syria: only the holders in view are listed, each in the same colour as before.
    page.goto(server + "/?control=1&from=2016-01-01&to=2023-11-01&lat=34.6&lon=38.3&z=8")
    settle(page)
    page.wait_for_selector("#legend-control .holder")
    syria = dict(page.evaluate("[...document.querySelectorAll('#legend-control .holder')]"
                               ".map(n => [n.textContent, n.dataset.colour])"))
    assert "Rapid Support Forces" not in syria
    assert syria["Syrian Government Forces"] == holders["Syrian Government Forces"]
    clean(page)


def test_the_table_download_is_the_apis(server: str, browser) -> None:
    page = new_page(browser, server)
    page.goto(server + "/?tab=table&lat=30&lon=30&z=3")
    settle(page)
    page.wait_for_selector("#events-table tbody tr")
    page.locator("#events-table th button[data-sort=fatalities]").click()
    settle(page)
    page.locator("#events-table th button[data-sort=fatalities]").click()  # descending
    settle(page)
    assert url_state(page)["sort"] == "-fatalities"
    href = page.locator("#dl-csv").get_attribute("href")
    params = {k: v[0] for k, v in parse_qs(urlparse(href).query).items()}
    with page.expect_download() as got:
        page.click("#dl-csv")
    downloaded = Path(got.value.path()).read_text(encoding="utf-8")
    api_csv = httpx.get(server + "/api/events", params=params).text
    rows = list(csv.DictReader(io.StringIO(downloaded)))
    assert rows == list(csv.DictReader(io.StringIO(api_csv))) and rows
    shown = page.evaluate("[...document.querySelectorAll('#events-table tbody tr')].map(r => r.dataset.id)")
    api = httpx.get(server + "/api/events", params={**{k: v for k, v in params.items() if k not in ("format",)},
                                                    "limit": 50}).json()
    assert shown == [e["id"] for e in api["events"]] and len(rows) == api["total"]
    assert page.locator("#table-count").get_attribute("data-total") == str(api["total"])
    fats = [e["fatalities"] for e in api["events"] if e["fatalities"] is not None]
    assert fats == sorted(fats, reverse=True)
    clean(page)


def test_a_bad_link_is_explained_and_the_page_still_works(server: str, browser) -> None:
    page = new_page(browser, server)
    page.goto(server + "/?type=Battle&from=2016-13-45&country=XX&to=2017-01-01")
    settle(page)
    text = page.locator("#notice").inner_text()
    assert page.locator("#notice").is_visible()
    assert all(s in text for s in ("type=Battle", "from=2016-13-45", "country=XX"))
    page.wait_for_selector(".ev-marker, .cluster[data-count]")
    assert shown_on_map(page) == api_total(server, date_to="2017-01-01",
                                           date_from=httpx.get(server + "/api/summary").json()["first_day"])
    clean(page)


def test_place_search_jumps_and_filters(server: str, browser) -> None:
    page = new_page(browser, server)
    page.goto(server + "/")
    settle(page)
    page.fill("#f-place", "Tadmur")  # Palmyra's Arabic name: the store says Palmyra
    page.press("#f-place", "Enter")
    settle(page)
    state = url_state(page)
    assert state["z"] == "11" and "near" in state
    lat, lon = (float(v) for v in state["near"].split(":")[0].split(","))
    assert abs(lat - 34.56) < 0.05 and abs(lon - 38.28) < 0.05
    total = api_total(server, near=state["near"], date_from=state["from"], date_to=state["to"])
    assert total > 0 and page.locator("#count").get_attribute("data-total") == str(total)
    assert page.locator("#near-chip").is_visible()
    clean(page)


def test_text_from_the_data_is_never_html(store: Path, browser, tmp_path: Path) -> None:
    db = tmp_path / "xss.db"
    shutil.copy(store, db)
    served = Served(db, tmp_path / "serve.log", "--allow-edits")
    try:
        token = re.search(r"the token (\S+)", served.log.read_text()).group(1)
        ev = httpx.get(served.url + "/api/events", params={"q": "Nyala"}).json()["events"][0]
        r = httpx.post(f"{served.url}/api/events/{ev['id']}/corrections", headers={"Authorization": f"Bearer {token}"},
                       json={"set": {"location": XSS, "latitude": 12.05, "longitude": 24.88}, "note": XSS, "by": XSS})
        assert r.status_code == 200, r.text
        page = new_page(browser, served.url)
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{served.url}/?lat=12.05&lon=24.88&z=9&tab=table&ev={ev['id']}")
        settle(page)
        page.wait_for_selector("#panel:not([hidden]) blockquote.evidence")
        assert XSS in page.locator("#ev-where").inner_text()  # the panel shows it as text
        assert XSS in page.locator("#events-table").inner_text()  # so does the table
        marker = page.locator(f".ev-marker[data-id='{ev['id']}']")
        marker.hover(force=True)  # the tooltip
        page.wait_for_selector(".leaflet-tooltip")
        assert XSS in page.locator(".leaflet-tooltip").inner_text()
        page.wait_for_timeout(300)
        assert not dialogs and page.locator("img[src=x]").count() == 0
        clean(page)
    finally:
        served.stop()


def test_an_empty_store_says_how_to_load_data(browser, tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    SQLiteStore(db).close()
    served = Served(db, tmp_path / "serve.log")
    try:
        page = new_page(browser, served.url)
        page.goto(served.url + "/")
        settle(page)
        assert "frontlog ingest" in page.locator("#notice").inner_text()
        # The world view: no coastline or border segment jumps across the antimeridian (Fiji, Chukotka), which
        # drew lines across the whole map.
        jumps = page.evaluate("""async () => {
            const topo = await (await fetch('/static/vendor/world-atlas/countries-50m.json')).json();
            const drawn = [lines(topojson.mesh(topo, topo.objects.land)),
                           lines(topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b))];
            const raw = topojson.mesh(topo, topo.objects.land).coordinates;
            const worst = (ls) => Math.max(...ls.flatMap((l) => l.slice(1).map((p, i) => Math.abs(p[0] - l[i][0]))));
            return [worst(raw), Math.max(...drawn.map((g) => worst(g.coordinates)))];
        }""")
        assert jumps[0] > 180 > jumps[1]  # the data has such jumps; what the page draws has none
        clean(page)
    finally:
        served.stop()


def test_no_serious_accessibility_violations(server: str, browser) -> None:
    page = new_page(browser, server)
    summary = httpx.get(server + "/api/summary").json()
    capture = httpx.get(server + "/api/events", params={"sub_event_type": "Government regains territory"}).json()
    for query in (f"?control=1&ev={capture['events'][0]['id']}", "?tab=table", "?tab=charts"):
        page.goto(server + "/" + query)
        settle(page)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
               if v["impact"] in ("serious", "critical")]
        assert not bad, f"{query}: {bad}"
    assert summary["events"] > 0
    clean(page)


def test_screenshots(server: str, browser, tmp_path: Path) -> None:
    """The README's views at 1440x900 and 390x844 (phone): everything, control on, the Palmyra capture open."""
    capture = httpx.get(server + "/api/events", params={"sub_event_type": "Government regains territory"}).json()
    (ROOT / "docs").mkdir(exist_ok=True)
    for name, width, height in (("screenshot.png", 1440, 900), ("screenshot-phone.png", 390, 844)):
        page = new_page(browser, server, width, height)
        page.goto(f"{server}/?control=1&ev={capture['events'][0]['id']}")
        settle(page)
        page.wait_for_selector(".ctl-mark")
        page.wait_for_selector("#panel:not([hidden]) blockquote.evidence")
        page.wait_for_timeout(300)  # let the base map's canvas paint
        shot = tmp_path / name
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 20_000
        shutil.copy(shot, ROOT / "docs" / name)
        clean(page)


def test_charts_add_up_for_the_view(server: str, browser) -> None:
    page = new_page(browser, server)
    page.goto(server + "/?tab=charts&lat=30&lon=30&z=3")
    settle(page)
    page.wait_for_selector("#ch-events rect")
    state = url_state(page)
    bbox = page.evaluate("window.frontlog.map().getBounds().toBBoxString()")

    def shown(chart: str) -> int:
        titles = page.evaluate(f"[...document.querySelectorAll('#{chart} rect title')].map(t => t.textContent)")
        return sum(int(re.search(r": ([\d,]+) ", t).group(1).replace(",", "")) for t in titles)

    view = {"date_from": state["from"], "date_to": state["to"],
            "bbox": ",".join(f"{max(-180, min(180, float(v))):.5f}" if i % 2 == 0 else f"{float(v):.5f}"
                             for i, v in enumerate(bbox.split(",")))}
    events = httpx.get(server + "/api/timeline", params={**view, "bucket": "month"}).json()["total"]
    fatal = httpx.get(server + "/api/timeline", params={**view, "bucket": "month", "measure": "fatalities"}).json()
    assert shown("ch-events") == events > 0
    assert shown("ch-fatal") == fatal["total"] > 0
    assert page.locator("#ch-actors text", has_text="Rapid Support Forces").count() == 1
    clean(page)


def test_phone_folds_filters_and_legend_away(server: str, browser) -> None:
    page = new_page(browser, server, 390, 844)
    page.goto(server + "/")
    settle(page)
    assert page.locator("#filters").is_hidden() and page.locator("#legend-body").is_hidden()
    page.click("#filters-toggle")
    assert page.locator("#f-country").is_visible()
    page.click(".legend-toggle")
    assert page.locator("#legend-body").is_visible()
    chart = page.locator("#chart").bounding_box()
    assert chart is not None and chart["height"] >= 80  # a chart you can drag on
    page.click("#filters-toggle")
    first = httpx.get(server + "/api/events", params={"limit": 1}).json()["events"][0]["id"]
    page.evaluate(f"window.frontlog.openEvent('{first}')")
    settle(page)
    panel, main = page.locator("#panel").bounding_box(), page.locator("#main").bounding_box()
    assert panel is not None and main is not None
    assert panel["height"] <= 0.65 * main["height"]  # the map stays visible above the panel
    clean(page)
