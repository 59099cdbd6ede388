#!/usr/bin/env bash
# The test command (README "Run the tests"): installs frontlog with its test extras into .venv, then lint + tests.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/python -m pytest -q "$@"
