#!/usr/bin/env bash
# Load on loopback (docs/service.md): the release vanban-serve under wrk and a paced client,
# beside the in-process rate that scripts/bench.sh measures, on the same cores.
#   scripts/load.sh                     # the figures of docs/service.md (about 8 minutes)
#   LOAD_SECONDS=5 LOAD_MEMORY_REQUESTS=2000,4000 scripts/load.sh    # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-service.sh >&2
swift build -c release --static-swift-stdlib >&2   # every product, as scripts/bench.sh builds them
exec python3 scripts/load/run.py
