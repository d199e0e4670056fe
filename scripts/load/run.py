"""The load run of scripts/load.sh; prints what the README reports.

1. The in-process rate: one `vanban-bench measure` process per core, each rendering Đống Đa
   over and over (processor time per document, fresh shaping, as scripts/bench.sh measures it);
   the rate is the sum of each process's 1000 / median ms.
2. Throughput: wrk keeps two requests per worker in flight on /v1/render for LOAD_SECONDS.
3. Latency at 60 % of that throughput: an open-loop paced client (scripts/load/paced.py).
4. Memory: the server's resident set after the first and second counts of LOAD_MEMORY_REQUESTS.
"""
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RELEASE = os.path.join(ROOT, ".build", "release")
DOCUMENT = os.path.join(ROOT, "Examples", "dong-da.yaml")
SECONDS = int(os.environ.get("LOAD_SECONDS", "20"))
MEMORY_COUNTS = [int(n) for n in os.environ.get("LOAD_MEMORY_REQUESTS", "2000,20000").split(",")]
CORES = os.cpu_count()


def in_process_rate():
    processes = [subprocess.Popen([os.path.join(RELEASE, "vanban-bench"), "measure", DOCUMENT, "--rounds", "40", "--warm-up", "5"],
                                  stdout=subprocess.PIPE, cwd=ROOT) for _ in range(CORES)]
    medians = []
    for process in processes:
        values = sorted(json.loads(process.communicate()[0])["total"]["values"])
        medians.append(values[len(values) // 2])
    return sum(1000 / median for median in medians), medians


def wrk(url, seconds, connections, requests=0):
    environment = dict(os.environ, VANBAN_DOCUMENT=DOCUMENT, VANBAN_REQUESTS=str(requests), VANBAN_THREADS="1")
    output = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s",
                             os.path.join(ROOT, "scripts", "load", "post.lua"), url + "/v1/render"],
                            env=environment, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    total = int(re.search(r"(\d+) requests in", output).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    failures = (int(bad.group(1)) if bad else 0) + (sum(map(int, errors.groups())) if errors else 0)
    return rate, total, failures, output


def resident_kilobytes(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+) kB", status.read()).group(1))


def answered(url):
    metrics = urllib.request.urlopen(url + "/metrics").read().decode()
    return sum(int(float(value)) for value in re.findall(r'vanban_http_requests_total\{[^}]*route="/v1/render"[^}]*\} (\S+)', metrics))


def main():
    rate_in_process, medians = in_process_rate()
    print(f"in-process (vanban-bench measure, {CORES} processes): Đống Đa medians "
          f"{', '.join(f'{m:.1f}' for m in medians)} ms → {rate_in_process:.1f} documents/s")
    server = subprocess.Popen([os.path.join(RELEASE, "vanban-serve"), "--port", "0", "--log-level", "warning"],
                              stdout=subprocess.PIPE, cwd=ROOT, env=dict(os.environ, VANBAN_HOME=ROOT))
    url = re.search(r"(http://\S+)", server.stdout.readline().decode()).group(1)
    try:
        wrk(url, 3, 2 * CORES)   # warm-up: each worker's composer shapes its first documents
        rate, total, failures, _ = wrk(url, SECONDS, 2 * CORES)
        print(f"throughput (wrk, {2 * CORES} connections, {SECONDS} s): {rate:.1f} documents/s, {total} requests, "
              f"{failures} failed; {100 * rate / rate_in_process:.0f} % of the in-process rate")
        paced = json.loads(subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "load", "paced.py"), url + "/v1/render",
                                           DOCUMENT, f"{0.6 * rate:.1f}", str(SECONDS)],
                                          capture_output=True, text=True, check=True).stdout)
        print(f"latency at 60 % ({paced['rate']} documents/s, {paced['requests']} requests, paced): "
              f"p50 {paced['p50_ms']} ms, p99 {paced['p99_ms']} ms, max {paced['max_ms']} ms, {paced['failures']} failed")
        resident = []
        for count in MEMORY_COUNTS:
            missing = count - answered(url)
            if missing > 0:
                _, _, failures, _ = wrk(url, 3600, 2 * CORES, requests=missing)
            resident.append((answered(url), resident_kilobytes(server.pid), failures))
        for count, kilobytes, failures in resident:
            print(f"resident memory after {count} renders: {kilobytes / 1024:.1f} MB ({failures} failed in that stretch)")
        if len(resident) == 2:
            print(f"growth from the first to the second: {100 * (resident[1][1] / resident[0][1] - 1):+.1f} %")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
