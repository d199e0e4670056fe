"""The load run of scripts/load.sh; prints what docs/service.md reports.

1. The in-process rate: one `vanban-bench measure` process per core, each rendering Đống Đa
   over and over (processor time per document, fresh shaping, as scripts/bench.sh measures it);
   the rate is the sum of each process's 1000 / median ms.
2. Throughput: wrk keeps two requests per worker in flight on /v1/render for LOAD_SECONDS, with
   the server's processor time per request (user + system, from /proc). The in-process figure is
   processor time too, so on a machine shared with other work the fair comparison is
   cores / processor time per request; the wall-clock rate is printed beside it.
3. Latency at 60 % of that throughput: an open-loop paced client (scripts/load/paced.py).
4. Memory: the server's resident set after the first and second counts of LOAD_MEMORY_REQUESTS,
   the requests going through every example in turn (every kind of document, the shaped-text
   caches filling and emptying).
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
EVERY_EXAMPLE = sorted(os.path.join(ROOT, "Examples", name) for name in os.listdir(os.path.join(ROOT, "Examples"))
                       if name.endswith(".yaml"))
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


def wrk(url, seconds, connections, documents=(DOCUMENT,)):
    environment = dict(os.environ, VANBAN_DOCUMENTS=":".join(documents))
    output = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s",
                             os.path.join(ROOT, "scripts", "load", "post.lua"), url + "/v1/render"],
                            env=environment, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    total = int(re.search(r"(\d+) requests in", output).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    failures = (int(bad.group(1)) if bad else 0) + (sum(map(int, errors.groups())) if errors else 0)
    return rate, total, failures, output


def processor_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")   # utime + stime


def resident_kilobytes(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+) kB", status.read()).group(1))


def answered(url):
    metrics = urllib.request.urlopen(url + "/metrics").read().decode()
    return sum(int(float(value)) for value in re.findall(r'vanban_http_requests_total\{[^}]*route="/v1/render"[^}]*\} (\S+)', metrics))


def main():
    print(f"load average before: {' '.join(open('/proc/loadavg').read().split()[:3])}")
    rate_in_process, medians = in_process_rate()
    print(f"in-process (vanban-bench measure, {CORES} processes): Đống Đa medians "
          f"{', '.join(f'{m:.1f}' for m in medians)} ms → {rate_in_process:.1f} documents/s")
    server = subprocess.Popen([os.path.join(RELEASE, "vanban-serve"), "--port", "0", "--log-level", "warning"],
                              stdout=subprocess.PIPE, cwd=ROOT, env=dict(os.environ, VANBAN_HOME=ROOT))
    url = re.search(r"(http://\S+)", server.stdout.readline().decode()).group(1)
    try:
        wrk(url, 3, 2 * CORES)   # warm-up: each worker's composer shapes its first documents
        before = processor_seconds(server.pid)
        rate, total, failures, _ = wrk(url, SECONDS, 2 * CORES)
        per_request = 1000 * (processor_seconds(server.pid) - before) / total
        print(f"throughput (wrk, {2 * CORES} connections, {SECONDS} s): {rate:.1f} documents/s wall-clock, {total} requests, "
              f"{failures} failed, {100 * rate / rate_in_process:.0f} % of the in-process rate; "
              f"{per_request:.1f} ms processor per request → {1000 * CORES / per_request:.1f} documents/s on {CORES} free cores, "
              f"{100 * 1000 * CORES / per_request / rate_in_process:.0f} % of the in-process rate")
        paced = json.loads(subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "load", "paced.py"), url + "/v1/render",
                                           DOCUMENT, f"{0.6 * rate:.1f}", str(SECONDS)],
                                          capture_output=True, text=True, check=True).stdout)
        print(f"latency at 60 % ({paced['rate']} documents/s, {paced['requests']} requests, paced): "
              f"p50 {paced['p50_ms']} ms, p99 {paced['p99_ms']} ms, max {paced['max_ms']} ms, {paced['failures']} failed")
        resident = []
        # Counted from here: the runs above render Đống Đa alone, so on a fast machine they pass
        # the first count with only that document shaped, and the growth measured would be the
        # cache warming to every example rather than memory kept per request.
        start = answered(url)
        for count in MEMORY_COUNTS:
            failures = 0
            while answered(url) - start < count:   # in short runs: wrk knows durations, not counts
                failures += wrk(url, 2, 2 * CORES, documents=EVERY_EXAMPLE)[2]
            resident.append((answered(url) - start, resident_kilobytes(server.pid), failures))
        for count, kilobytes, failures in resident:
            print(f"resident memory after {count} renders of every example in turn: {kilobytes / 1024:.1f} MB ({failures} failed in that stretch)")
        if len(resident) == 2:
            print(f"growth from the first to the second: {100 * (resident[1][1] / resident[0][1] - 1):+.1f} %")
        print(f"load average after: {' '.join(open('/proc/loadavg').read().split()[:3])}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
