#!/usr/bin/env bash
# Two vanban-serve instances behind nginx (deploy/nginx.conf) on loopback; one is killed (SIGKILL)
# in the middle of a paced load of /v1/render, and no request may fail: nginx sends what the dead
# instance held, and what follows, to the other. Uses the debug build unless VANBAN_BIN is set.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${VANBAN_BIN:-$PWD/.build/debug}"
rate="${SCALE_OUT_RATE:-12}"      # requests per second: well within two debug instances
seconds="${SCALE_OUT_SECONDS:-12}"
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
front=$(free_port); first=$(free_port); second=$(free_port)

start_instance() {  # port
    VANBAN_HOME="$PWD" "$bin/vanban-serve" --port "$1" >"$work/serve-$1.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do grep -q "http://" "$work/serve-$1.log" && return 0; sleep 0.1; done
    echo "vanban-serve on $1 did not start"; cat "$work/serve-$1.log"; exit 1
}
start_instance "$first"; first_pid=${pids[-1]}
start_instance "$second"

# The deploy configuration as it is, on this run's ports, with its pid and error log kept here.
sed -e "s/127.0.0.1:8081/127.0.0.1:$first/" -e "s/127.0.0.1:8082/127.0.0.1:$second/" \
    -e "s/listen 127.0.0.1:8080;/listen 127.0.0.1:$front;/" deploy/nginx.conf >"$work/nginx.conf"
grep -q "127.0.0.1:$first" "$work/nginx.conf" && grep -q "listen 127.0.0.1:$front" "$work/nginx.conf"
nginx=$(command -v nginx || echo /usr/sbin/nginx)
"$nginx" -p "$work" -c "$work/nginx.conf" -g "daemon off; pid $work/nginx.pid; error_log $work/nginx-error.log;" &
pids+=($!)
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$front/healthz" >/dev/null && break; sleep 0.1; done

( sleep $((seconds / 2)); kill -9 "$first_pid"; echo "scale-out: killed the instance on port $first" ) &
result=$(python3 scripts/load/paced.py "http://127.0.0.1:$front/v1/render" Examples/dong-da.yaml "$rate" "$seconds")
echo "scale-out: $result"
python3 - "$result" "$first_pid" <<'PY'
import json, os, sys
result = json.loads(sys.argv[1])
assert result["requests"] > 0, result
assert result["failures"] == 0, f"requests failed behind nginx: {result}"
try:
    os.kill(int(sys.argv[2]), 0)
    raise AssertionError("the first instance was not killed during the run")
except ProcessLookupError:
    pass
PY
grep -q "upstream prematurely closed\|Connection refused\|connect() failed" "$work/nginx-error.log" \
    && echo "scale-out: nginx retried on the other instance, as its error log shows" \
    || { echo "scale-out: nginx never saw the dead instance: the kill did not hit the load"; exit 1; }
echo "scale-out: no request failed"
