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
# 1. The README's "Try it" exactly as written, in a throwaway venv whose pip is the one `python3 -m venv` ships (not
#    upgraded: a newer pip hides missing dependencies such as lxml_html_clean). Every example, the saved web page
#    included, must give events and the run must exit 0.
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
export FRONTLOG_CACHE="${FRONTLOG_CACHE:-$PWD/.pytest_cache/frontlog-cache}"  # the index the tests use too
python3 -m venv "$fresh/.venv"
"$fresh/.venv/bin/pip" install -q .
"$fresh/.venv/bin/frontlog" extract examples/articles -o "$fresh/events.jsonl"
python3 scripts/check_examples.py examples/articles "$fresh/events.jsonl"
rm -rf build  # what `pip install .` left in the tree

# 2. The development install: frontlog with its test extras in .venv, then lint and the tests.
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/lint-imports  # the layer contracts in pyproject.toml [tool.importlinter]
.venv/bin/python -m pytest -q "$@"
