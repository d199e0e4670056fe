"""Starting and talking to a real `vanban-serve` on loopback, for the service's tests."""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("VANBAN_BIN", os.path.join(ROOT, ".build", "debug"))


class Server:
    """A `vanban-serve` process on a free loopback port, with its standard error kept."""

    def __init__(self, *args, env=None):
        self.workdir = tempfile.mkdtemp(prefix="vanban-serve-test-")
        self.tmp = os.path.join(self.workdir, "tmp")
        os.mkdir(self.tmp)
        self.cwd = os.path.join(self.workdir, "cwd")
        os.mkdir(self.cwd)
        self.log_path = os.path.join(self.workdir, "stderr.log")
        self.log = open(self.log_path, "wb")
        environment = dict(os.environ, VANBAN_HOME=ROOT, TMPDIR=self.tmp, **(env or {}))
        self.process = subprocess.Popen(
            [os.path.join(BIN, "vanban-serve"), "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=self.log, cwd=self.cwd, env=environment)
        line = self.process.stdout.readline().decode()
        match = re.search(r"(http://[0-9.]+:\d+)", line)   # the startup line, in either language
        if not match:
            self.stop()
            raise RuntimeError(f"vanban-serve did not start: {line!r}\n{self.stderr()}")
        self.url = match.group(1)

    def request(self, method, path, body=None, headers=None, timeout=60):
        """(status, headers, body bytes), whatever the status."""
        request = urllib.request.Request(self.url + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def post(self, path, body, content_type="application/yaml", headers=None):
        return self.request("POST", path, body, {"Content-Type": content_type, **(headers or {})})

    def get(self, path, headers=None):
        return self.request("GET", path, None, headers)

    def stderr(self):
        self.log.flush()
        with open(self.log_path, "rb") as log:
            return log.read().decode(errors="replace")

    def written_files(self):
        """What the server wrote into its working directory or its TMPDIR (must be nothing)."""
        found = []
        for top in (self.cwd, self.tmp):
            for directory, _, files in os.walk(top):
                found += [os.path.join(directory, name) for name in files]
        return found

    def terminate(self, timeout=30):
        """SIGTERM, then the exit code."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()
        self.log.close()
        shutil.rmtree(self.workdir, ignore_errors=True)


def cli(*args, check=True):
    """Runs `vanban` (the same build as the server); (exit code, stdout, stderr)."""
    result = subprocess.run([os.path.join(BIN, "vanban"), *args], cwd=ROOT, capture_output=True)
    if check and result.returncode != 0:
        raise AssertionError(f"vanban {' '.join(args)} failed: {result.stderr.decode()}")
    return result.returncode, result.stdout, result.stderr


def wait_until(predicate, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False
