"""The API's contract and its hardening: the typed OpenAPI, bodies that must be refused (never a 500), and the real
`frontlog serve` process: Host allow-list, gzip, a port or host it cannot use, and /docs and /redoc served offline
(checked in Debian's Chromium: no request leaves 127.0.0.1)."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from frontlog.cli.commands import main
from frontlog.dataset.storage import SETTABLE
from frontlog.serve.api import STATIC, create_app
from test_api import build_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
EVENTS_FILTERS = {  # /api/events's parameters and the JSON Schema type each must have in /openapi.json
    "date_from": "string", "date_to": "string", "event_type": "string", "sub_event_type": "string",
    "actor": "string", "country": "string", "admin1": "string", "bbox": "string", "near": "string",
    "min_fatalities": "integer", "q": "string", "limit": "integer", "page": "integer", "format": "string",
    "sort": "string",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def schema(db: Path) -> dict:
    with TestClient(create_app(db)) as c:
        return c.get("/openapi.json").json()


# ------------------------------------------------------------------------------------------------ OpenAPI


def _types(param_schema: dict) -> set[str]:
    options = param_schema.get("anyOf", [param_schema])
    return {o["type"] for o in options if "type" in o} - {"null"}


def test_openapi_lists_every_filter_of_events_with_its_type(schema: dict) -> None:
    op = schema["paths"]["/api/events"]["get"]
    params = {p["name"]: p for p in op["parameters"]}
    assert set(params) == set(EVENTS_FILTERS)
    for name, kind in EVENTS_FILTERS.items():
        p = params[name]
        assert p["in"] == "query" and not p.get("required"), name
        assert _types(p["schema"]) == {kind}, (name, p["schema"])
        assert p.get("description") or p["schema"].get("description"), f"{name} has no description"
    assert params["limit"]["schema"]["minimum"] == 1 and params["limit"]["schema"]["maximum"] == 10_000
    assert params["min_fatalities"]["schema"]["anyOf"][0]["minimum"] == 0
    assert params["date_from"]["schema"]["anyOf"][0]["format"] == "date"
    event_types = params["event_type"]["schema"]["anyOf"][0]["enum"]
    assert "Battles" in event_types and len(event_types) == 6
    assert params["format"]["schema"]["enum"] == ["json", "csv", "geojson"]
    ok = op["responses"]["200"]["content"]
    assert ok["application/json"]["schema"]["$ref"].endswith("/EventsPage")
    assert "text/csv" in ok and ok["application/geo+json"]["schema"]["$ref"].endswith("/EventFeatureCollection")
    page = schema["components"]["schemas"]["EventsPage"]["properties"]
    assert {"events", "total", "page", "limit", "pages"} <= set(page)


def test_openapi_documents_every_answer_and_the_error_shape(schema: dict) -> None:
    error = schema["components"]["schemas"]["ErrorBody"]
    assert set(error["properties"]) == {"error", "detail"} and set(error["required"]) == {"error", "detail"}
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    api_ops = [(path, method, op) for path, item in schema["paths"].items() for method, op in item.items()
               if path.startswith("/api/")]
    assert {p for p, _m, _o in api_ops} >= {"/api/summary", "/api/events", "/api/events/{event_id}",
                                            "/api/clusters", "/api/timeline", "/api/actors", "/api/places",
                                            "/api/control", "/api/events/{event_id}/corrections"}
    for path, method, op in api_ops:
        responses = op["responses"]
        assert "422" not in responses, path  # a bad parameter is a 400, as the app answers
        assert responses["400"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody"), path
        ref = responses["200"]["content"]["application/json"]["schema"].get("$ref", "")
        assert ref.startswith("#/components/schemas/"), (path, method)  # a named shape, not "any object"
        if "{event_id}" in path:
            assert "404" in responses, path
    body = schema["paths"]["/api/events/{event_id}/corrections"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"]["$ref"].endswith("/CorrectionRequest")


def test_unknown_parameters_are_still_refused(db: Path) -> None:
    with TestClient(create_app(db)) as c:
        for path in ("/api/events", "/api/timeline", "/api/actors", "/api/summary", "/api/clusters"):
            r = c.get(path, params={"colour": "red"})
            assert r.status_code == 400 and "unknown parameter 'colour'" in r.json()["detail"], path
        r = c.get("/api/control")
        assert r.status_code == 400 and r.json()["detail"].startswith("date: required")


# ------------------------------------------------------------------------------------------------ bodies


def _deep(levels: int) -> bytes:
    return b'{"set": {"location": ' + b"[" * levels + b"]" * levels + b"}}"


BAD_BODIES = {
    "100k levels deep": _deep(100_000),
    "5k levels deep, under the size limit": _deep(5_000),
    "lone surrogate in a value": b'{"set": {"location": "\\udc80"}, "note": "x"}',
    "lone surrogate in a field name": b'{"set": {"\\ud800": "x"}}',
    "lone surrogate in the note": b'{"set": {"fatalities": 1}, "note": "\\udfff"}',
    "not JSON": b"set fatalities to 12",
    "not UTF-8": b'{"set": {"location": "\xff\xfe"}}',
    "huge": b'{"set": {"location": "' + b"x" * 200_000 + b'"}}',
    "a 5000-digit number": b'{"set": {"fatalities": ' + b"9" * 5000 + b"}}",
    "a list": b"[1, 2, 3]",
    "a nested object as a value": b'{"set": {"location": {"name": "x"}}}',
    "empty set": b'{"set": {}}',
    "a toll past 64 bits": b'{"set": {"fatalities": 1' + b"0" * 30 + b'}}',
    "a latitude off the globe": b'{"set": {"latitude": 1e308}}',
    "an unknown field": b'{"set": {"colour": "red"}}',
}


@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_a_bad_body_is_a_400_never_a_500(db: Path, tmp_path: Path, name: str) -> None:
    copy = tmp_path / "edit.db"
    shutil.copy(db, copy)
    with TestClient(create_app(copy, allow_edits=True, token="tok"), raise_server_exceptions=False) as c:
        target = c.get("/api/events").json()["events"][0]
        r = c.post(f"/api/events/{target['id']}/corrections", content=BAD_BODIES[name],
                   headers={"Authorization": "Bearer tok", "Content-Type": "application/json"})
        assert r.status_code == 400, (name, r.status_code, r.text[:200])
        body = r.json()
        assert set(body) == {"error", "detail"} and body["error"] == "bad body", body
        assert 20 < len(body["detail"]) < 400, body["detail"]  # says what was wrong, without echoing the body
        assert c.get(f"/api/events/{target['id']}").json()["corrections"] == []  # nothing was stored


# ------------------------------------------------------------------------------------------------ the real server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "frontlog.cli", "serve", "--db", str(db), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy())


def _wait_up(proc: subprocess.Popen, url: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(url + "/api/summary", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"frontlog serve did not start: {proc.communicate()[0]}")
        time.sleep(0.2)


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[str]:
    port = _free_port()
    proc = _start(db, "--port", str(port))
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_up(proc, url)
        yield url
    finally:
        _stop(proc)


@pytest.mark.slow
def test_host_header_allow_list(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    for host in ("evil.example", f"evil.example:{port}", "127.0.0.1.evil.example", "192.168.1.10"):
        r = httpx.get(server + "/api/summary", headers={"Host": host})
        assert r.status_code == 400, host  # a DNS-rebinding page reaches the server under its own name
        assert r.json()["error"] == "bad host" and "--allow-host" in r.json()["detail"]
        assert "events" not in r.json()
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", "LOCALHOST"):
        assert httpx.get(server + "/api/summary", headers={"Host": host}).status_code == 200, host
    assert httpx.get(server + "/", headers={"Host": "evil.example"}).status_code == 400  # the page too


@pytest.mark.slow
def test_allow_host_adds_a_name(db: Path) -> None:
    port = _free_port()
    proc = _start(db, "--port", str(port), "--allow-host", "frontlog.lan")
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_up(proc, url)
        assert httpx.get(url + "/api/summary", headers={"Host": f"frontlog.lan:{port}"}).status_code == 200
        assert httpx.get(url + "/api/summary", headers={"Host": "other.lan"}).status_code == 400
    finally:
        _stop(proc)


@pytest.mark.slow
def test_big_answers_are_gzipped(server: str) -> None:
    r = httpx.get(server + "/api/events", headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip" and r.json()["total"] >= 7
    assert int(r.headers["content-length"]) < len(r.content) / 2  # on the wire, well under the JSON's size
    small = httpx.get(server + "/api/actors", params={"limit": 1}, headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers  # under 1 KB: not worth compressing
    base_map = "/static/vendor/world-atlas/countries-50m.json"
    on_disk = (STATIC / base_map.removeprefix("/static/")).read_bytes()
    for _ in range(2):  # compressed once, then served from memory
        r = httpx.get(server + base_map, headers={"Accept-Encoding": "gzip"})
        assert r.headers["content-encoding"] == "gzip" and r.content == on_disk
        assert int(r.headers["content-length"]) < len(on_disk) * 0.4
    plain = httpx.get(server + base_map, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.content == on_disk
    etag = plain.headers["etag"]
    assert httpx.get(server + base_map, headers={"If-None-Match": etag}).status_code == 304  # caching still works


@pytest.mark.slow
def test_a_taken_port_is_one_line_and_exit_2(server: str, db: Path) -> None:
    port = server.rsplit(":", 1)[1]
    proc = _start(db, "--port", port)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 2, out
    assert out.count("\n") == 1 and f"port {port} is already in use" in out and "--port" in out, out
    assert "serving" not in out and "Traceback" not in out


@pytest.mark.slow
@pytest.mark.parametrize("host", ["203.0.113.7", "999.1.1.1"])  # TEST-NET-3 (not this machine), not an address
def test_a_bad_host_is_one_line_and_exit_2(db: Path, host: str) -> None:
    proc = _start(db, "--host", host, "--port", str(_free_port()))
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 2, out
    assert out.count("\n") == 1 and f"--host {host}" in out and "127.0.0.1" in out, out
    assert "serving" not in out and "Traceback" not in out


def test_serving_is_announced_only_after_the_bind(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The port is held here, so `serve` cannot bind: it must not have claimed to be serving first.
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        assert main(["serve", "--db", str(db), "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert "serving" not in err and f"--port {port + 1}" in err


# ------------------------------------------------------------------------------------------------ /docs offline


def _referenced(html: str) -> list[str]:
    return re.findall(r"""(?:src|href|spec-url)=["']([^"']+)["']|url: ?["']([^"']+)["']""", html)


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_and_every_asset_they_reference_come_from_the_server(db: Path, page: str) -> None:
    with TestClient(create_app(db), base_url="http://127.0.0.1") as c:
        r = c.get(page)
        assert r.status_code == 200
        refs = [a or b for a, b in _referenced(r.text)]
        assert refs and "/openapi.json" in refs
        assert "fonts.googleapis" not in r.text and "cdn" not in r.text.lower()
        for ref in refs:
            assert ref.startswith("/") and not ref.startswith("//"), f"{page} references {ref} elsewhere"
            got = c.get(ref)
            assert got.status_code == 200 and len(got.content) > 100, ref


@pytest.mark.slow
def test_docs_render_offline_in_chromium(server: str) -> None:
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: install Debian's browser with `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            outside: list[str] = []
            blocked: list[str] = []  # refused by the pages' Content-Security-Policy: they never leave the browser
            page.on("request", lambda req: None if req.url.startswith((server, "data:", "blob:"))
                    else outside.append(req.url))
            page.on("requestfailed", lambda req: blocked.append(req.url)
                    if "csp" in (req.failure or "").lower() else None)
            page.goto(server + "/docs")
            page.wait_for_selector("#operations-default-events_api_events_get, .opblock", timeout=20_000)
            assert page.locator(".opblock").count() >= 9  # every endpoint is listed
            page.goto(server + "/redoc")
            page.get_by_text("min_fatalities").first.wait_for(timeout=20_000)  # the filters are documented
            assert page.get_by_text("a bad or unknown parameter").count() >= 9  # the 400 of every endpoint
            page.wait_for_timeout(500)  # let a late image request fail or finish
            assert set(outside) <= set(blocked), f"the docs fetched from elsewhere: {set(outside) - set(blocked)}"
        finally:
            browser.close()


def test_correction_body_model_matches_what_the_app_accepts(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "edit.db"
    shutil.copy(db, copy)
    with TestClient(create_app(copy, allow_edits=True, token="tok")) as c:
        fields = c.get("/openapi.json").json()["components"]["schemas"]["CorrectionFields"]
        assert set(fields["properties"]) == set(SETTABLE)  # the documented fields are the ones the store takes
        assert fields["minProperties"] == 1 and fields["additionalProperties"] is False
        target = c.get("/api/events").json()["events"][0]["id"]
        body = {"set": {"fatalities": 4, "assoc_actors": ["Syrian Rebels"]}, "note": "checked", "by": "ana"}
        r = c.post(f"/api/events/{target}/corrections", content=json.dumps(body),
                   headers={"Authorization": "Bearer tok", "Content-Type": "application/json"})
        assert r.status_code == 200, r.text
        assert r.json()["event"]["fatalities"] == 4 and r.json()["event"]["assoc_actors"] == ["Syrian Rebels"]
