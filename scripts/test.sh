#!/usr/bin/env bash
# Runs the whole test suite: unit and geometry tests, PDF checks on real output
# (pdftotext, pdffonts, qpdf), reference renders, and a render of every example.
# Set VANBAN_RECORD=1 to re-record the reference renders in Tests/Fixtures/reference/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# XCTest only: the suite has no Swift Testing tests, and its "0 tests" line would close the log.
swift test --disable-swift-testing
# The HTTP service and its web page against real servers on loopback (docs/service.md).
scripts/test-service.sh
