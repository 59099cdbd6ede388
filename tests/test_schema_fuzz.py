"""schemathesis over the app's own /openapi.json: for every endpoint, generated requests (valid and invalid by the
schema) never get a 500, and every answer has a documented status, media type and shape. The store is the real
one `frontlog ingest` makes from test_api's articles; the write endpoint is fuzzed on a copy, with the token."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode, checks

from frontlog.serve.api import create_app
from test_api import build_store

TOKEN = "fuzz-token"
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.response_headers_conformance]
# Bounded so the whole run stays well under a minute on a 2-core machine (9 operations).
FUZZ = settings(max_examples=20, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                       HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = build_store(tmp_path_factory.mktemp("fuzz"))
    copy = db.with_name("edits.db")
    shutil.copy(db, copy)  # the write endpoint changes its store: keep the read-only one pristine
    return db


@pytest.fixture(scope="module")
def api_schema(fuzz_db: Path):
    app = create_app(fuzz_db.with_name("edits.db"), allow_edits=True, token=TOKEN)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


# schemathesis's own pytest plugin (from_fixture) does not run under pytest 9: its operations are drawn here with
# Hypothesis directly, one test per operation and mode; the first test checks this list covers the whole schema.
OPERATIONS = [("GET", "/api/summary"), ("GET", "/api/events"), ("GET", "/api/events/{event_id}"),
              ("GET", "/api/clusters"), ("GET", "/api/timeline"), ("GET", "/api/actors"), ("GET", "/api/places"),
              ("GET", "/api/control"), ("GET", "/api/labels"), ("GET", "/api/places/search"),
              ("POST", "/api/events/{event_id}/corrections")]


def test_every_operation_is_fuzzed(api_schema) -> None:
    found = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("method, path", OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_no_500_and_every_answer_as_documented(api_schema, method: str, path: str, mode: GenerationMode) -> None:
    operation = api_schema[path][method]
    if mode is GenerationMode.NEGATIVE and not list(operation.iter_parameters()) \
            and not operation.get_request_payload_content_types():
        pytest.skip("no parameter or body to make invalid")

    @FUZZ
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case) -> None:
        case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=CHECKS)

    run()
