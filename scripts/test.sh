#!/usr/bin/env bash
# The test command (README "Run the tests"): installs frontlog with its test extras into .venv, then lint + tests.
# The browser test (tests/test_web.py) drives Debian's Chromium: installed here with apt-get when missing and we
# are root (CI); otherwise that test skips and says how to install it. Nothing downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    # A failed install is reported, not fatal: the browser test then skips and says how to install it.
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
        || echo "test.sh: could not install chromium with apt-get; tests/test_web.py will skip" >&2
fi
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/python -m pytest -q "$@"
