"""The HTTP API against a real `vanban-serve` on loopback: every endpoint, the same bytes as
`vanban` for every example, and the refusals (400, 401, 404, 413, 422, 503)."""
import concurrent.futures
import glob
import io
import json
import os
import subprocess
import tempfile
import time
import unittest
import uuid
import zipfile

from service_support import BIN, ROOT, Server, cli

VANBAN = os.path.join(BIN, "vanban")

EXAMPLES = sorted(glob.glob(os.path.join(ROOT, "Examples", "*.yaml")) + [os.path.join(ROOT, "Examples", "hai-phong.json")])


def read(path):
    with open(path, "rb") as file:
        return file.read()


def multipart(fields):
    """A multipart/form-data body of (name, filename, bytes) fields, and its content type."""
    boundary = "vanban-" + uuid.uuid4().hex
    body = b""
    for name, filename, data in fields:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                 f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


class APITests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.out = tempfile.mkdtemp(prefix="vanban-api-")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def cli_pdf(self, example, *options):
        path = os.path.join(self.out, "cli.pdf")
        cli("render", example, "-o", path, *options)
        return read(path)

    def render(self, example, query=""):
        content_type = "application/json" if example.endswith(".json") else "application/yaml"
        return self.server.post("/v1/render" + query, read(example), content_type)

    # /v1/render

    def test_every_example_renders_to_the_cli_bytes(self):
        for example in EXAMPLES:
            with self.subTest(example=os.path.basename(example)):
                status, headers, body = self.render(example)
                self.assertEqual(status, 200, body[:300])
                self.assertEqual(headers["Content-Type"], "application/pdf")
                self.assertEqual(body, self.cli_pdf(example))

    def test_render_options_give_the_cli_bytes(self):
        cases = [
            ("tuan-giao-form.yaml", "?fillable=true", ["--fillable"]),
            ("dong-da.yaml", "?sign-fields=none", ["--sign-fields", "none"]),
            ("dong-da.yaml", "?sign-fields=signer&creation-date=2024-10-01T09:30:00%2B07:00",
             ["--sign-fields", "signer", "--creation-date", "2024-10-01T09:30:00+07:00"]),
            ("programme.yaml", "?layout=a5-programme&two-up=true&cut-marks=true",
             ["--layout", "Layouts/a5-programme.yaml", "--two-up", "--cut-marks"]),
        ]
        for name, query, options in cases:
            with self.subTest(query=query):
                example = os.path.join(ROOT, "Examples", name)
                status, _, body = self.render(example, query)
                self.assertEqual(status, 200, body[:300])
                self.assertEqual(body, self.cli_pdf(example, *options))
                path = os.path.join(self.out, "api.pdf")
                with open(path, "wb") as file:
                    file.write(body)
                subprocess.run(["qpdf", "--check", path], check=True, capture_output=True)

    def test_invalid_input_gets_422_with_the_cli_diagnostics(self):
        text = read(os.path.join(ROOT, "Examples", "minimal.yaml")).replace(b"summary:", b"sumary:")
        path = os.path.join(self.out, "request.yaml")
        with open(path, "wb") as file:
            file.write(text)
        result = subprocess.run([VANBAN, "render", "request.yaml", "-o", "x.pdf"],
                                cwd=self.out, capture_output=True)
        self.assertEqual(result.returncode, 2)
        status, headers, body = self.server.post("/v1/render", text)
        self.assertEqual(status, 422)
        answer = json.loads(body)
        self.assertEqual(answer["error"], "invalid-input")
        self.assertEqual([d["text"] for d in answer["diagnostics"]], result.stderr.decode().strip().splitlines())
        first = answer["diagnostics"][0]
        line = text.split(b"\n").index(next(l for l in text.split(b"\n") if l.startswith(b"sumary:"))) + 1
        self.assertEqual((first["line"], first["column"]), (line, 1))
        self.assertIn("sumary", first["message"])

    def test_bad_options_get_400(self):
        example = os.path.join(ROOT, "Examples", "minimal.yaml")
        for query, words in [("?sign-fields=some", "none, signer or all"), ("?fillable=maybe", "true or false"),
                             ("?layout=../../etc/passwd", "no layout"), ("?cut-marks=true", "two-up"),
                             ("?creation-date=yesterday", "ISO 8601")]:
            with self.subTest(query=query):
                status, _, body = self.render(example, query)
                self.assertEqual(status, 400)
                self.assertIn(words, json.loads(body)["message"])

    def test_a_body_that_is_not_utf8_gets_422(self):
        status, _, body = self.server.post("/v1/render", b"\xff\xfe\x00binary")
        self.assertEqual(status, 422)
        self.assertIn("UTF-8", json.loads(body)["diagnostics"][0]["message"])

    def test_a_body_over_the_limit_gets_413(self):
        status, _, body = self.server.post("/v1/render", b"# " + b"x" * (3 << 20))
        self.assertEqual(status, 413)
        self.assertEqual(json.loads(body)["error"], "too-large")

    # /v1/check

    def test_check_gives_the_cli_findings_and_fix_the_cli_text(self):
        source = read(os.path.join(ROOT, "Examples", "minimal.yaml")).replace("Hưng Yên.\n".encode(), "Hưng Yên\n".encode())
        path = os.path.join(self.out, "request.yaml")
        with open(path, "wb") as file:
            file.write(source)
        result = subprocess.run([VANBAN, "check", "request.yaml"], cwd=self.out, capture_output=True)
        self.assertEqual(result.returncode, 1, result.stderr)
        status, _, body = self.server.post("/v1/check", source)
        self.assertEqual(status, 200)
        findings = json.loads(body)["findings"]
        self.assertEqual([f["text"] for f in findings], result.stdout.decode().strip().splitlines())
        self.assertIn("bases-punctuation", [f["rule"] for f in findings])
        status, _, body = self.server.post("/v1/check?fix=true", source)
        answer = json.loads(body)
        subprocess.run([VANBAN, "check", "--fix", "request.yaml"], cwd=self.out, capture_output=True)
        self.assertEqual(answer["text"].encode(), read(path))
        self.assertGreaterEqual(answer["fixed"], 1)
        self.assertNotIn("bases-punctuation", [f["rule"] for f in answer["findings"]])

    # /v1/preview

    def test_preview_gives_each_page_as_png_and_the_page_count(self):
        example = os.path.join(ROOT, "Examples", "dong-da.yaml")
        pages = int([line for line in subprocess.run(["pdfinfo", "-"], input=self.cli_pdf(example), capture_output=True)
                     .stdout.decode().splitlines() if line.startswith("Pages:")][0].split()[1])
        cli("render", example, "--png", os.path.join(self.out, "png"), "--dpi", "40")
        for page in (1, pages):
            status, headers, body = self.server.post(f"/v1/preview?page={page}&dpi=40", read(example))
            self.assertEqual(status, 200)
            self.assertEqual(headers["Content-Type"], "image/png")
            self.assertEqual(int(headers["X-Page-Count"]), pages)
            self.assertEqual(body, read(os.path.join(self.out, "png", f"page-{page:02d}.png")))
        status, _, body = self.server.post(f"/v1/preview?page={pages + 1}", read(example))
        self.assertEqual(status, 400)
        self.assertIn(f"{pages} page(s)", json.loads(body)["message"])
        status, _, _ = self.server.post("/v1/preview?dpi=5000", read(example))
        self.assertEqual(status, 400)

    # /v1/anchors

    def test_anchors_are_the_cli_sidecar(self):
        example = os.path.join(ROOT, "Examples", "dong-da.yaml")
        sidecar = os.path.join(self.out, "anchors.json")
        cli("render", example, "-o", os.path.join(self.out, "a.pdf"), "--anchors", sidecar, "--sign-fields", "signer")
        status, _, body = self.server.post("/v1/anchors?sign-fields=signer", read(example))
        self.assertEqual(status, 200)
        self.assertEqual(body, read(sidecar))
        self.assertEqual([f["name"] for f in json.loads(body)["fields"]], ["signer"])

    # /v1/units

    def test_units_give_the_cli_files_in_a_zip_or_merged(self):
        form = os.path.join(ROOT, "Examples", "tuan-giao-form.yaml")
        units = os.path.join(ROOT, "Examples", "tuan-giao-units.csv")
        directory = os.path.join(self.out, "units")
        cli("render", form, "--units", units, "-o", directory)
        body, content_type = multipart([("document", "form.yaml", read(form)), ("units", "units.csv", read(units))])
        status, headers, answer = self.server.post("/v1/units", body, content_type)
        self.assertEqual(status, 200, answer[:300])
        self.assertEqual(headers["Content-Type"], "application/zip")
        archive = zipfile.ZipFile(io.BytesIO(answer))
        self.assertIsNone(archive.testzip())
        self.assertEqual(sorted(archive.namelist()), sorted(os.listdir(directory)))
        for name in archive.namelist():
            self.assertEqual(archive.read(name), read(os.path.join(directory, name)), name)
        merged = os.path.join(self.out, "merged.pdf")
        cli("render", form, "--units", units, "--merge", "-o", merged)
        status, headers, answer = self.server.post("/v1/units?merge=true", body, content_type)
        self.assertEqual((status, headers["Content-Type"]), (200, "application/pdf"))
        self.assertEqual(answer, read(merged))

    def test_units_with_a_bad_row_or_a_missing_part_are_refused(self):
        form = read(os.path.join(ROOT, "Examples", "tuan-giao-form.yaml"))
        units = read(os.path.join(ROOT, "Examples", "tuan-giao-units.csv"))
        bad = units + b"\n" + b"x,\xe2\x80\x8b\n"
        body, content_type = multipart([("document", "form.yaml", form), ("units", "units.csv", bad)])
        status, _, answer = self.server.post("/v1/units", body, content_type)
        self.assertEqual(status, 422, answer[:300])
        diagnostics = json.loads(answer)["diagnostics"]
        self.assertEqual(len(diagnostics), 1)
        self.assertIn("unit 'x'", diagnostics[0]["message"])
        self.assertTrue(diagnostics[0]["text"].startswith(f"units.csv:{diagnostics[0]['line']}:"))
        body, content_type = multipart([("document", "form.yaml", form)])
        status, _, answer = self.server.post("/v1/units", body, content_type)
        self.assertEqual(status, 400)
        self.assertIn("'units'", json.loads(answer)["message"])

    # GET endpoints

    def test_schema_openapi_and_templates(self):
        status, headers, body = self.server.get("/v1/schema")
        self.assertEqual((status, body), (200, read(os.path.join(ROOT, "Examples", "vanban.schema.json"))))
        status, _, body = self.server.get("/v1/openapi.yaml")
        self.assertEqual((status, body), (200, read(os.path.join(ROOT, "Sources", "vanban-serve", "Web", "openapi.yaml"))))
        status, _, body = self.server.get("/v1/templates")
        templates = json.loads(body)["templates"]
        forms = [t for t in templates if t["kind"] == "form"]
        examples = [t for t in templates if t["kind"] == "example"]
        # every form of `vanban new --list`, then every YAML example
        listed = cli("new", "--list")[1].decode().split("\n")
        self.assertEqual([t["id"] for t in forms], [line.split()[0] for line in listed if line.strip()])
        self.assertEqual(sorted(t["id"] for t in examples),
                         sorted("example-" + os.path.basename(p)[:-5] for p in EXAMPLES if p.endswith(".yaml")))
        for template in templates:
            status, headers, text = self.server.get(f"/v1/templates/{template['id']}")
            self.assertEqual(status, 200)
            self.assertTrue(headers["Content-Type"].startswith("application/yaml"))
            expected = cli("new", template["id"])[1] if template["kind"] == "form" else \
                read(os.path.join(ROOT, "Examples", template["id"][len("example-"):] + ".yaml"))
            self.assertEqual(text, expected, template["id"])
            # a starting document renders as it is
            self.assertEqual(self.server.post("/v1/render", text)[0], 200, template["id"])
        status, _, body = self.server.get("/v1/templates/no-such-form")
        self.assertEqual(status, 404)
        self.assertEqual(json.loads(body)["error"], "not-found")

    def forms(self):
        status, headers, body = self.server.get("/v1/forms")
        self.assertEqual(status, 200)
        self.assertTrue(headers["Content-Type"].startswith("application/json"))
        return json.loads(body)

    def test_forms_give_each_forms_keys_and_fixed_lines(self):
        catalogue = self.forms()
        forms = {form["type"]: form for form in catalogue["forms"]}
        # one per template of a form, by the same id, in the same order
        templates = [t for t in json.loads(self.server.get("/v1/templates")[2])["templates"] if t["kind"] == "form"]
        self.assertEqual([(f["template"], f["type"]) for f in catalogue["forms"]], [(t["id"], t["type"]) for t in templates])

        decision = forms["Quyết định"]
        self.assertEqual(decision["model"], "1.2")
        self.assertTrue({"authority", "proposal", "bases", "signer", "marks", "copy"} <= set(decision["keys"]))
        self.assertFalse({"details", "signers", "addressees"} & set(decision["keys"]))
        self.assertEqual(decision["details"], [])

        invitation = forms["Giấy mời"]
        self.assertIn("details", invitation["keys"])
        self.assertNotIn("authority", invitation["keys"])
        self.assertEqual([(d["key"], d["label"], d["line"]) for d in invitation["details"]], [
            ("invitee", "Kính mời", "Cơ quan ban hành trân trọng kính mời: ……"), ("event", "Tới dự", "Tới dự ……"),
            ("chair", "Chủ trì", "Chủ trì: ……"), ("time", "Thời gian", "Thời gian: ……"), ("venue", "Địa điểm", "Địa điểm: ……")])

        minutes = forms["Biên bản"]
        self.assertIn("signers", minutes["keys"])
        self.assertNotIn("signer", minutes["keys"])
        self.assertEqual([d["key"] for d in minutes["details"]],
                         ["start", "venue", "participants", "chair", "secretary", "meeting", "end"])
        self.assertEqual(next(d for d in minutes["details"] if d["key"] == "meeting")["default"], "Cuộc họp")

        letter = forms["Công văn"]
        self.assertTrue({"addressees", "marks", "summary"} <= set(letter["keys"]))   # its trích yếu is the V/v line
        self.assertFalse({"authority", "proposal", "details", "signers"} & set(letter["keys"]))
        self.assertNotIn("summary", forms["Giấy giới thiệu"]["keys"])
        self.assertEqual(forms["Công điện"]["keys"].count("authority"), 1)
        self.assertEqual((catalogue["other"]["model"], "template" in catalogue["other"]), ("1.4", False))
        status, headers, _ = self.server.post("/v1/forms", b"")
        self.assertEqual((status, headers["Allow"]), (405, "GET"))

        # every key is one the input reads, every fixed line's slot one `details` takes, each with a Vietnamese label
        schema = json.loads(self.server.get("/v1/schema")[2])
        for form in catalogue["forms"] + [catalogue["other"]]:
            with self.subTest(form=form["type"]):
                self.assertLessEqual(set(form["keys"]), set(schema["properties"]))
                self.assertEqual(form["keys"][:6], ["type", "issuer", "number", "symbol", "place", "date"])
                self.assertEqual("details" in form["keys"], bool(form["details"]))
                for detail in form["details"]:
                    self.assertIn(detail["key"], schema["properties"]["details"]["properties"])
                    self.assertNotEqual(detail["label"], detail["key"])
                    self.assertTrue(detail["label"][0].isupper(), detail["label"])
        self.assertEqual(set(schema["properties"]["details"]["properties"]),
                         {d["key"] for f in catalogue["forms"] for d in f["details"]})

    def test_forms_list_the_marks_and_copies_the_input_accepts(self):
        catalogue = self.forms()
        self.assertEqual(catalogue["marks"]["urgency"], ["HỎA TỐC", "THƯỢNG KHẨN", "KHẨN"])
        letter = read(os.path.join(ROOT, "Examples", "cong-van.yaml")).decode()
        for mark, words in catalogue["marks"].items():
            for word in words:
                with self.subTest(mark=mark, word=word):
                    document = letter + f"marks:\n  {mark}: {word}\n"
                    status, _, pdf = self.server.post("/v1/render", document.encode())
                    self.assertEqual(status, 200, pdf[:300])
                    self.assertIn(word, self.pdf_text(pdf))
        copied = read(os.path.join(ROOT, "Examples", "sao-y.yaml")).decode()
        self.assertEqual(catalogue["copyKinds"], ["sao y", "sao lục", "trích sao"])
        for kind in catalogue["copyKinds"]:
            with self.subTest(kind=kind):
                status, _, pdf = self.server.post("/v1/render", copied.replace("kind: sao y", f"kind: {kind}").encode())
                self.assertEqual(status, 200, pdf[:300])
                self.assertIn(kind.upper(), self.pdf_text(pdf))

    def pdf_text(self, pdf):
        return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()

    def test_health_metrics_and_the_page(self):
        self.assertEqual(self.server.get("/healthz")[:1], (200,))
        self.render(os.path.join(ROOT, "Examples", "minimal.yaml"))
        self.server.post("/v1/render?fillable=maybe", b"")
        status, _, body = self.server.get("/metrics")
        metrics = body.decode()
        self.assertEqual(status, 200)
        self.assertRegex(metrics, r'vanban_http_requests_total\{[^}]*route="/v1/render"[^}]*status="200"[^}]*\} [1-9]')
        self.assertIn('vanban_http_request_duration_seconds_bucket{route="/v1/render"', metrics)
        self.assertIn("vanban_queue_depth", metrics)
        status, headers, body = self.server.get("/")
        self.assertEqual(status, 200)
        self.assertIn("script-src 'self'", headers["Content-Security-Policy"])
        self.assertIn(b'lang="vi"', body)
        self.assertIsNone(headers["Access-Control-Allow-Origin"])

    def test_logs_carry_no_document_text_and_nothing_is_written(self):
        secret = "Bí mật quốc gia số " + uuid.uuid4().hex
        text = read(os.path.join(ROOT, "Examples", "minimal.yaml")).decode().replace(
            "Tổ chức Tuần lễ", secret + " Tổ chức Tuần lễ")
        self.assertEqual(self.server.post("/v1/render", text.encode())[0], 200)
        self.assertEqual(self.server.post("/v1/render", text.replace("summary:", "sumary:").encode())[0], 422)
        self.assertEqual(self.server.post("/v1/check", text.encode())[0], 200)
        log = self.server.stderr()
        self.assertIn('route=/v1/render', log.replace('"', ""))
        self.assertNotIn(secret, log)
        self.assertNotIn("Tổ chức", log)
        self.assertEqual(self.server.written_files(), [])


class LimitTests(unittest.TestCase):
    """Servers started with their own limits."""

    def test_a_full_queue_answers_503_with_retry_after(self):
        server = Server("--workers", "1", "--queue", "1")
        try:
            body = read(os.path.join(ROOT, "Examples", "dong-da.yaml"))
            with concurrent.futures.ThreadPoolExecutor(12) as pool:
                answers = list(pool.map(lambda _: server.post("/v1/render", body), range(12)))
            statuses = [status for status, _, _ in answers]
            self.assertIn(503, statuses)
            self.assertIn(200, statuses)
            self.assertEqual(set(statuses), {200, 503})
            refused = next(answer for answer in answers if answer[0] == 503)
            self.assertEqual(refused[1]["Retry-After"], "1")
            self.assertEqual(json.loads(refused[2])["error"], "busy")
            self.assertRegex(server.get("/metrics")[2].decode(), r'vanban_rejections_total\{reason="busy"\} [1-9]')
        finally:
            server.stop()

    def test_a_request_past_its_deadline_is_answered(self):
        server = Server("--workers", "1", "--deadline", "0.001")
        try:
            status, headers, body = server.post("/v1/render", read(os.path.join(ROOT, "Examples", "dong-da.yaml")))
            self.assertEqual(status, 503)
            self.assertEqual(json.loads(body)["error"], "deadline")
            self.assertEqual(headers["Retry-After"], "1")
            # the worker is free again for the next request
            self.assertEqual(server.get("/healthz")[0], 200)
        finally:
            server.stop()

    def test_the_token_file_guards_the_api_only(self):
        directory = tempfile.mkdtemp()
        token_file = os.path.join(directory, "token")
        with open(token_file, "w") as file:
            file.write("s3cret-token\n")
        server = Server("--token-file", token_file)
        try:
            body = read(os.path.join(ROOT, "Examples", "minimal.yaml"))
            status, headers, answer = server.post("/v1/render", body)
            self.assertEqual(status, 401)
            self.assertEqual(headers["WWW-Authenticate"], "Bearer")
            self.assertEqual(server.post("/v1/render", body, headers={"Authorization": "Bearer wrong"})[0], 401)
            self.assertEqual(server.get("/v1/templates")[0], 401)
            self.assertEqual(server.post("/v1/render", body, headers={"Authorization": "Bearer s3cret-token"})[0], 200)
            self.assertEqual(server.get("/healthz")[0], 200)
            self.assertEqual(server.get("/")[0], 200)
        finally:
            server.stop()

    def test_cors_only_when_configured(self):
        server = Server("--cors-origin", "https://eoffice.example.vn")
        try:
            status, headers, _ = server.get("/v1/templates", headers={"Origin": "https://eoffice.example.vn"})
            self.assertEqual(status, 200)
            self.assertEqual(headers["Access-Control-Allow-Origin"], "https://eoffice.example.vn")
        finally:
            server.stop()

    def test_sigterm_finishes_the_requests_in_flight(self):
        server = Server("--workers", "1")
        try:
            body = read(os.path.join(ROOT, "Examples", "dong-da.yaml"))
            with concurrent.futures.ThreadPoolExecutor(4) as pool:
                futures = [pool.submit(server.post, "/v1/render", body) for _ in range(4)]
                time.sleep(0.3)   # all four received, the first being rendered
                code = server.terminate()
                statuses = [future.result()[0] for future in futures]
            self.assertEqual(statuses, [200] * 4)
            self.assertEqual(code, 0)
        finally:
            server.stop()


if __name__ == "__main__":
    unittest.main()
