"""The page in a real browser: Debian's Chromium driven by Playwright against `frontlog serve` running as a
subprocess over a store built here. Markers on the map add up to the API's totals before and after a filter and a
move of the timeline; an event opens with its evidence; the URL keeps the state; a screenshot is saved."""

from __future__ import annotations

import os
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

from test_api import build_store

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("web"))
    port = _free_port()
    log = tmp_path_factory.mktemp("web-log") / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "frontlog.cli", "serve", "--db", str(db), "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT, env=os.environ.copy())
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/api/summary", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"frontlog serve did not start: {log.read_text()}")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: install Debian's browser with `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def settle(page) -> None:
    """Wait until the page has no request scheduled or in flight (app.js keeps body[data-pending])."""
    page.wait_for_function("document.body.dataset.pending === '0'", timeout=15_000)


def shown_on_map(page) -> int:
    """Events the map shows: single markers plus the numbers on the clusters."""
    return page.evaluate("""() => document.querySelectorAll('path.ev-marker').length +
        [...document.querySelectorAll('.cluster[data-count]')].reduce((a, n) => a + Number(n.dataset.count), 0)""")


def api_total(url: str, **params: str) -> int:
    # The whole world as the box: the API's count of located events, as the fitted map shows them all.
    r = httpx.get(url + "/api/events", params={"bbox": "-180,-90,180,90", "limit": 1, **params})
    assert r.status_code == 200, r.text
    return r.json()["total"]


def url_state(page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def test_the_page(server: str, browser, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 860})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    outside: list[str] = []
    page.on("request", lambda req: None if req.url.startswith(server) else outside.append(req.url))
    page.goto(server + "/")
    settle(page)
    page.wait_for_selector("path.ev-marker, .cluster[data-count]")
    summary = httpx.get(server + "/api/summary").json()
    whole = {"date_from": summary["first_day"], "date_to": summary["last_day"]}

    # 1. Everything: the markers add up to the API's count.
    assert shown_on_map(page) == api_total(server, **whole) == summary["events"]
    assert page.locator("#count").get_attribute("data-total") == str(summary["events"])
    assert page.locator("#chart rect[fill]").count() > 0  # the timeline's bars

    # 2. A filter: Ukraine only.
    page.select_option("#f-country", "UA")
    settle(page)
    assert url_state(page)["country"] == "UA"
    ukraine = api_total(server, country="UA", **whole)
    assert 0 < ukraine < summary["events"] and shown_on_map(page) == ukraine

    # 3. The timeline: drag over its first fifth (2016-2017) with the filter cleared.
    page.click("#f-reset")
    settle(page)
    box = page.locator("#chart").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 30, y)  # in the left margin: the window starts at the first week
    page.mouse.down()
    page.mouse.move(box["x"] + 50 + (box["width"] - 60) / 5, y, steps=8)
    page.mouse.up()
    settle(page)
    state = url_state(page)
    assert state["from"] < "2016-03-25" and "2016-03-27" <= state["to"] < "2022-01-01"
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
        if page.locator("path.ev-marker").count():
            page.locator("path.ev-marker").first.click(force=True)
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

    # 5. The URL keeps the whole state: a reload restores the filter and the open event.
    page.select_option("#f-type", "Battles")
    settle(page)
    page.reload()
    settle(page)
    assert page.locator("#f-type").input_value() == "Battles"
    page.wait_for_selector("#panel:not([hidden]) blockquote.evidence")
    assert shown_on_map(page) == api_total(server, event_type="Battles", date_from=url_state(page)["from"],
                                           date_to=url_state(page)["to"])

    # 6. The view for the README: everything, the control layer on, the Palmyra capture open.
    capture = httpx.get(server + "/api/events", params={"sub_event_type": "Government regains territory"}).json()
    page.goto(f"{server}/?control=1&ev={capture['events'][0]['id']}")
    settle(page)
    page.wait_for_selector(".ctl-mark")
    page.wait_for_selector("#panel:not([hidden]) blockquote.evidence")
    page.wait_for_timeout(300)  # let the base map's canvas paint
    shot = tmp_path / "frontlog.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    (ROOT / "docs").mkdir(exist_ok=True)
    shutil.copy(shot, ROOT / "docs" / "screenshot.png")
    assert not errors, errors
    assert not outside, f"the page fetched from elsewhere: {outside}"  # offline: nothing but the local server
