#!/usr/bin/env bash
# The service's tests against real `vanban-serve` processes on loopback: the API (every endpoint,
# the command line's bytes, the refusals), its two languages, schemathesis against the OpenAPI
# document, the web page in headless Chromium, and two instances behind nginx with one killed
# mid-load.
# scripts/test.sh runs it after the Swift tests; it uses their debug build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-service.sh
swift build --product vanban-serve 2>&1 | grep -v "prohibited flag" | tail -1
swift build --product vanban 2>&1 | grep -v "prohibited flag" | tail -1
export VANBAN_BIN="$PWD/.build/debug"

echo "test-service: API"
python3 -m unittest discover -s Tests/Service -p 'test_api.py'

echo "test-service: answers in the language of Accept-Language, the operator's lines in --lang/LANG"
python3 -m unittest discover -s Tests/Service -p 'test_language.py'

echo "test-service: schemathesis against /v1/openapi.yaml"
scripts/schemathesis.sh

echo "test-service: the web page in headless Chromium (screenshots in .build/service-screenshots/)"
python3 -m unittest discover -s Tests/Service -p 'test_browser.py'

echo "test-service: two instances behind nginx, one killed mid-load"
scripts/test-scale-out.sh
