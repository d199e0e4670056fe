#!/usr/bin/env bash
# Builds every product in release mode and runs the benchmark (docs/speed.md).
# Arguments go to vanban-bench, e.g. `scripts/bench.sh --quick` or `scripts/bench.sh --units 200`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
swift build -c release --static-swift-stdlib >&2   # the same build as scripts/setup.sh
exec .build/release/vanban-bench "$@"
