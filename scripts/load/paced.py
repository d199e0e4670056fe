"""An open-loop client: POSTs a document at a fixed rate for a while and prints the latency
percentiles and the failures as JSON. Each request's latency counts from the moment it was due,
so a slow server cannot hide its queue by slowing the client (no coordinated omission).

    python3 scripts/load/paced.py URL DOCUMENT RATE SECONDS
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor


def main():
    url, document, rate, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    body = open(document, "rb").read()
    target = urllib.parse.urlsplit(url)
    local = threading.local()
    latencies, failures = [], []
    lock = threading.Lock()

    def send(due):
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        try:   # no retry here: every error the client sees counts
            if not hasattr(local, "connection"):
                local.connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
            local.connection.request("POST", target.path, body, {"Content-Type": "application/yaml"})
            response = local.connection.getresponse()
            response.read()
            status = response.status
        except (ConnectionError, http.client.HTTPException, OSError) as error:
            del local.connection
            status = type(error).__name__
        with lock:
            latencies.append(time.monotonic() - due)
            if status != 200:
                failures.append(status)

    count = int(rate * seconds)
    start = time.monotonic() + 0.2
    with ThreadPoolExecutor(max_workers=32) as pool:
        for index in range(count):
            pool.submit(send, start + index / rate)
    latencies.sort()
    percentile = lambda p: round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1)
    print(json.dumps({"requests": len(latencies), "rate": rate, "p50_ms": percentile(0.50), "p99_ms": percentile(0.99),
                      "max_ms": round(1000 * latencies[-1], 1), "failures": len(failures),
                      "failure_kinds": sorted({str(f) for f in failures})}))


if __name__ == "__main__":
    main()
