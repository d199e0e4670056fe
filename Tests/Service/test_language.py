"""The service's two languages against real `vanban-serve` processes on loopback: each answer in
the language of its request's Accept-Language (weights honoured; neither language named: the
server's --lang, else English), marked with Content-Language and Vary; the English exactly as
before; the operator's help, startup line and refusals in the language of --lang or LANG."""
import concurrent.futures
import json
import os
import subprocess
import tempfile
import unittest
import uuid

from service_support import BIN, ROOT, Server

VIETNAMESE = "vi-VN,vi;q=0.9"
# What a shell with no language of its own looks like, whatever the machine running the tests has.
NEUTRAL = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}


def environment(**settings):
    """This process's environment with no language of its own, then the given settings."""
    return {**os.environ, "VANBAN_HOME": ROOT, **NEUTRAL, **settings}


def read(path):
    with open(path, "rb") as file:
        return file.read()


def bad_document():
    """minimal.yaml with a misspelt key, and the line it is on."""
    text = read(os.path.join(ROOT, "Examples", "minimal.yaml")).replace(b"summary:", b"sumary:")
    line = next(n for n, l in enumerate(text.split(b"\n"), 1) if l.startswith(b"sumary:"))
    return text, line


class AnswerLanguageTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(env=NEUTRAL)

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def post(self, path, body, language=None, content_type="application/yaml"):
        headers = {"Accept-Language": language} if language is not None else {}
        return self.server.post(path, body, content_type, headers)

    def assertMarked(self, headers, language):
        self.assertEqual(headers["Content-Language"], language)
        self.assertIn("Accept-Language", [v.strip() for v in ",".join(headers.get_all("Vary") or []).split(",")])

    def test_a_bad_document_reads_in_vietnamese_at_the_same_places(self):
        text, line = bad_document()
        status, headers, english_body = self.post("/v1/render", text)
        self.assertEqual(status, 422)
        english = json.loads(english_body)
        status, headers, body = self.post("/v1/render", text, VIETNAMESE)
        self.assertEqual(status, 422)
        self.assertMarked(headers, "vi")
        answer = json.loads(body)
        self.assertEqual(answer["error"], "invalid-input")
        count = len(answer["diagnostics"])
        self.assertEqual(answer["message"], f"văn bản có {count} chỗ cần sửa")
        self.assertEqual([(d["line"], d["column"], d["severity"]) for d in answer["diagnostics"]],
                         [(d["line"], d["column"], d["severity"]) for d in english["diagnostics"]])
        first = answer["diagnostics"][0]
        self.assertEqual((first["line"], first["column"]), (line, 1))
        self.assertIn("sumary", first["message"])
        self.assertNotEqual(first["message"], english["diagnostics"][0]["message"])
        for diagnostic in answer["diagnostics"]:
            expected = f"request.yaml:{diagnostic['line']}:{diagnostic['column']}: lỗi: {diagnostic['message']}"
            if "hint" in diagnostic:
                expected += f" (gợi ý: {diagnostic['hint']})"
            self.assertEqual(diagnostic["text"], expected)

    def test_a_misspelt_key_reads_as_the_library_says_it_in_vietnamese(self):
        """The library's own Vietnamese, passed on as it is: the key quoted as written, no English left."""
        text, line = bad_document()
        english = json.loads(self.post("/v1/render", text, "en")[2])["diagnostics"][0]
        vietnamese = json.loads(self.post("/v1/render", text, VIETNAMESE)[2])["diagnostics"][0]
        self.assertEqual(english["message"], "unknown key 'sumary' in the document")
        self.assertEqual(english["hint"], "did you mean 'summary'?")
        self.assertEqual(vietnamese["message"], "khóa 'sumary' không dùng được trong văn bản")
        self.assertEqual(vietnamese["hint"], "có phải ý bạn là 'summary'?")
        self.assertEqual(vietnamese["text"], f"request.yaml:{line}:1: lỗi: khóa 'sumary' không dùng được trong văn bản "
                                             "(gợi ý: có phải ý bạn là 'summary'?)")

    def test_vietnamese_diagnostics_are_what_vanban_says_in_vietnamese(self):
        """The service's Vietnamese is the command line's, as its English is."""
        text, _ = bad_document()
        directory = tempfile.mkdtemp(prefix="vanban-language-")
        with open(os.path.join(directory, "request.yaml"), "wb") as file:
            file.write(text)
        result = subprocess.run([os.path.join(BIN, "vanban"), "render", "request.yaml", "-o", "x.pdf"], cwd=directory,
                                capture_output=True, env=environment(LANG="vi_VN.UTF-8"))
        self.assertEqual(result.returncode, 2)
        answer = json.loads(self.post("/v1/render", text, VIETNAMESE)[2])
        self.assertEqual([d["text"] for d in answer["diagnostics"]], result.stderr.decode().strip().splitlines())

    def test_english_when_asked_for_or_not_asked_at_all_is_what_it_always_was(self):
        text, _ = bad_document()
        status, headers, plain = self.post("/v1/render", text)
        self.assertEqual(status, 422)
        self.assertMarked(headers, "en")
        self.assertEqual(json.loads(plain)["message"], f"the document has {len(json.loads(plain)['diagnostics'])} problem(s)")
        self.assertIn(": error: unknown key 'sumary'", json.loads(plain)["diagnostics"][0]["text"])
        for language in ("en", "en-US,en;q=0.9", "fr-FR, de;q=0.8", "*", "", "vi;q=0, en"):
            with self.subTest(language=language):
                status, headers, body = self.post("/v1/render", text, language)
                self.assertEqual(status, 422)
                self.assertEqual(body, plain)
                self.assertMarked(headers, "en")

    def test_weights_decide_between_the_two(self):
        text, _ = bad_document()
        for language, expected in [("en;q=0.5, vi;q=0.8", "vi"), ("vi;q=0.2, en", "en"), ("fr, vi;q=0.1", "vi"),
                                   ("en-GB;q=0.9, vi-VN", "vi"), ("vi-VN;q=0.7, en-US;q=0.7", "vi"), ("VI", "vi")]:
            with self.subTest(language=language):
                status, headers, body = self.post("/v1/render", text, language)
                self.assertEqual(status, 422)
                self.assertMarked(headers, expected)
                word = "lỗi" if expected == "vi" else "error"
                self.assertIn(f": {word}: ", json.loads(body)["diagnostics"][0]["text"])

    def test_refusals_in_vietnamese_and_their_english_unchanged(self):
        example = read(os.path.join(ROOT, "Examples", "minimal.yaml"))
        too_large = b"# " + b"x" * (3 << 20)
        cases = [
            ("GET", "/v1/templates/khong-co", None, 404, "not-found",
             "there is no template 'khong-co'; GET /v1/templates lists them",
             "không có mẫu 'khong-co'; GET /v1/templates liệt kê các mẫu"),
            ("GET", "/khong-co-trang-nay", None, 404, "not-found", "Not Found", "Không tìm thấy"),
            ("GET", "/v1/render", None, 405, "method-not-allowed", "/v1/render answers POST",
             "/v1/render chỉ nhận phương thức POST"),
            ("POST", "/v1/render", too_large, 413, "too-large", "the request body is over the limit of 2097152 bytes",
             "nội dung yêu cầu vượt quá giới hạn 2097152 byte"),
            ("POST", "/v1/render?fillable=maybe", example, 400, "bad-request", "'fillable' is true or false, not 'maybe'",
             "'fillable' phải là true hoặc false, không phải 'maybe'"),
            ("POST", "/v1/preview?dpi=5000", example, 400, "bad-request", "'dpi' is a number from 10 to 300, not '5000'",
             "'dpi' phải là một số từ 10 đến 300, không phải '5000'"),
            ("POST", "/v1/render?two-up=false&cut-marks=true", example, 400, "bad-request", "cut-marks goes with two-up",
             "cut-marks chỉ dùng cùng với two-up"),
            ("POST", "/v1/render?layout=khong-co", example, 400, "bad-request",
             "there is no layout 'khong-co'; the installed layouts: a5-programme, nd30",
             "không có bố cục 'khong-co'; các bố cục đã cài: a5-programme, nd30"),
            ("POST", "/v1/units", example, 400, "bad-request",
             "send multipart/form-data with the fields 'document' (YAML or JSON) and 'units' (CSV)",
             "hãy gửi multipart/form-data gồm hai trường 'document' (YAML hoặc JSON) và 'units' (CSV)"),
        ]
        for method, path, body, status, code, english, vietnamese in cases:
            with self.subTest(path=path, status=status):
                headers = {"Content-Type": "application/yaml"}
                for language, expected in [("en", english), (VIETNAMESE, vietnamese)]:
                    got_status, got_headers, answer = self.server.request(
                        method, path, body, dict(headers, **{"Accept-Language": language}))
                    self.assertEqual(got_status, status, answer[:300])
                    self.assertEqual(json.loads(answer), {"error": code, "message": expected})
                    self.assertMarked(got_headers, language[:2])

    def test_a_body_that_is_not_utf8_is_told_in_vietnamese(self):
        status, headers, body = self.post("/v1/render", b"\xff\xfe\x00binary", VIETNAMESE)
        self.assertEqual(status, 422)
        self.assertEqual(json.loads(body)["diagnostics"], [{
            "severity": "error", "line": 1, "column": 1, "message": "nội dung yêu cầu không phải chuỗi UTF-8",
            "hint": "hãy gửi văn bản dạng chuỗi UTF-8 (Unicode); VanBan đọc YAML hoặc JSON",
            "text": "request.yaml:1:1: lỗi: nội dung yêu cầu không phải chuỗi UTF-8 "
                    "(gợi ý: hãy gửi văn bản dạng chuỗi UTF-8 (Unicode); VanBan đọc YAML hoặc JSON)"}])
        status, _, body = self.post("/v1/render", b"\xff\xfe\x00binary", "en")
        self.assertEqual(json.loads(body)["diagnostics"][0]["text"],
                         "request.yaml:1:1: error: the request is not UTF-8 text "
                         "(hint: send the document as UTF-8 (Unicode) text; VanBan reads YAML or JSON)")

    def test_a_bad_unit_is_named_in_vietnamese(self):
        form = read(os.path.join(ROOT, "Examples", "tuan-giao-form.yaml"))
        units = read(os.path.join(ROOT, "Examples", "tuan-giao-units.csv")) + b"\nx,\xe2\x80\x8b\n"
        boundary = "vanban-" + uuid.uuid4().hex
        body = b"".join((f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{name}\"\r\n\r\n").encode()
                        + data + b"\r\n" for name, data in [("document", form), ("units", units)]) + f"--{boundary}--\r\n".encode()
        status, headers, answer = self.post("/v1/units", body, VIETNAMESE, f"multipart/form-data; boundary={boundary}")
        self.assertEqual(status, 422, answer[:300])
        self.assertMarked(headers, "vi")
        diagnostic = json.loads(answer)["diagnostics"][0]
        self.assertTrue(diagnostic["message"].startswith("đơn vị 'x': "), diagnostic)
        self.assertTrue(diagnostic["text"].startswith(f"units.csv:{diagnostic['line']}:{diagnostic['column']}: lỗi: đơn vị 'x': "))

    def test_check_findings_follow_the_language_and_say_so(self):
        source = read(os.path.join(ROOT, "Examples", "minimal.yaml")).replace("Hưng Yên.\n".encode(), "Hưng Yên\n".encode())
        _, english_headers, english = self.post("/v1/check", source)
        self.assertMarked(english_headers, "en")
        status, headers, body = self.post("/v1/check", source, VIETNAMESE)
        self.assertEqual(status, 200)
        self.assertMarked(headers, "vi")
        findings, english_findings = json.loads(body)["findings"], json.loads(english)["findings"]
        self.assertEqual([(f["rule"], f["line"], f["column"]) for f in findings],
                         [(f["rule"], f["line"], f["column"]) for f in english_findings])
        for finding in findings:
            self.assertTrue(finding["text"].startswith(f"request.yaml:{finding['line']}:{finding['column']}: cảnh báo: "), finding)
            self.assertTrue(finding["text"].endswith(f" [{finding['rule']}]"))
        for finding in english_findings:
            self.assertIn(": warning: ", finding["text"])

    def test_answers_whose_bytes_do_not_depend_on_the_language_do_not_vary(self):
        example = read(os.path.join(ROOT, "Examples", "minimal.yaml"))
        english = self.post("/v1/render", example, "en")
        vietnamese = self.post("/v1/render", example, VIETNAMESE)
        self.assertEqual((english[0], vietnamese[0]), (200, 200))
        self.assertEqual(english[2], vietnamese[2])
        for path in ("/v1/templates", "/v1/schema", "/"):
            with self.subTest(path=path):
                status, headers, _ = self.server.get(path, {"Accept-Language": VIETNAMESE})
                self.assertEqual(status, 200)
                self.assertIsNone(headers["Content-Language"])
                self.assertIsNone(headers["Vary"])
        self.assertIsNone(vietnamese[1]["Content-Language"])


class ServerLanguageTests(unittest.TestCase):
    """Servers started in a language: --lang, or the environment (the operator's lines only)."""

    def test_lang_vi_answers_in_vietnamese_unless_a_request_asks_for_english(self):
        server = Server("--lang", "vi", env=NEUTRAL)
        try:
            status, headers, body = server.get("/v1/templates/khong-co")
            self.assertEqual((status, headers["Content-Language"]), (404, "vi"))
            self.assertEqual(json.loads(body)["message"], "không có mẫu 'khong-co'; GET /v1/templates liệt kê các mẫu")
            status, headers, body = server.get("/v1/templates/khong-co", {"Accept-Language": "en-US"})
            self.assertEqual(headers["Content-Language"], "en")
            self.assertEqual(json.loads(body)["message"], "there is no template 'khong-co'; GET /v1/templates lists them")
            status, headers, _ = server.get("/v1/templates/khong-co", {"Accept-Language": "fr"})
            self.assertEqual(headers["Content-Language"], "vi")
        finally:
            server.stop()

    def test_the_environment_speaks_to_the_operator_not_to_clients(self):
        server = Server(env=dict(NEUTRAL, LANG="vi_VN.UTF-8"))
        try:
            status, headers, body = server.get("/v1/templates/khong-co")
            self.assertEqual((status, headers["Content-Language"]), (404, "en"))
            self.assertEqual(json.loads(body)["message"], "there is no template 'khong-co'; GET /v1/templates lists them")
            self.assertEqual(server.terminate(), 0)
            self.assertIn("đã dừng", server.stderr())
        finally:
            server.stop()

    def run_serve(self, *args, **settings):
        return subprocess.run([os.path.join(BIN, "vanban-serve"), *args], capture_output=True, timeout=60,
                              env=environment(**settings))

    def test_startup_line_in_the_operators_language(self):
        for settings, args, expected in [({"LANG": "vi_VN.UTF-8"}, [], "đang lắng nghe tại http://"),
                                            ({}, ["--lang", "vi"], "đang lắng nghe tại http://"),
                                            ({"LANG": "vi_VN.UTF-8"}, ["--lang=en"], "listening on http://"),
                                            ({}, [], "listening on http://")]:
            with self.subTest(settings=settings, args=args):
                process = subprocess.Popen([os.path.join(BIN, "vanban-serve"), "--port", "0", *args], stdout=subprocess.PIPE,
                                           stderr=subprocess.DEVNULL, env=environment(**settings))
                try:
                    line = process.stdout.readline().decode()
                finally:
                    process.kill()
                    process.wait()
                    process.stdout.close()
                self.assertIn(expected, line)
                self.assertRegex(line, r"^vanban-serve: ")

    def test_help_in_the_operators_language(self):
        # Read with ArgumentParser's line wrapping undone.
        vietnamese = " ".join(self.run_serve("--help", LANG="vi_VN.UTF-8").stdout.decode().split())
        self.assertIn("Chạy VanBan như một máy chủ HTTP", vietnamese)
        self.assertIn("Cổng để lắng nghe", vietnamese)
        self.assertIn("không bao giờ ghi nội dung văn bản", vietnamese)
        self.assertNotIn("The port to listen on", vietnamese)
        for args, settings in [(["--help"], {}), (["--help", "--lang", "en"], {"LANG": "vi_VN.UTF-8"}),
                               (["--help"], {"LANG": "vi_VN.UTF-8", "LC_ALL": "C"})]:
            with self.subTest(args=args, settings=settings):
                english = " ".join(self.run_serve(*args, **settings).stdout.decode().split())
                self.assertIn("Serve VanBan over HTTP", english)
                self.assertIn("The port to listen on (0: any free port, printed at startup).", english)
                self.assertNotIn("Cổng", english)
        self.assertIn("Ngôn ngữ của phần trợ giúp", self.run_serve("--help", "--lang", "vi").stdout.decode())

    def test_refusals_to_start_in_the_operators_language(self):
        result = self.run_serve("--workers", "0", LANG="vi_VN.UTF-8")
        self.assertEqual(result.returncode, 64)
        self.assertIn("--workers phải là một số từ 1 đến 256", result.stderr.decode())
        result = self.run_serve("--workers", "0")
        self.assertIn("--workers must be between 1 and 256", result.stderr.decode())
        result = self.run_serve("--lang", "fr")
        self.assertEqual(result.returncode, 64)
        self.assertIn("VanBan speaks vi (Vietnamese) and en (English): write --lang vi or --lang en", result.stderr.decode())
        missing = os.path.join(tempfile.mkdtemp(), "khong-co")
        result = self.run_serve("--port", "0", "--token-file", missing, "--lang", "vi")
        self.assertEqual(result.returncode, 3)
        self.assertEqual(result.stderr.decode(), f"vanban-serve: lỗi: --token-file {missing}: không đọc được tệp, hoặc tệp rỗng\n")
        result = self.run_serve("--port", "0", "--token-file", missing)
        self.assertEqual(result.stderr.decode(), f"vanban-serve: error: --token-file {missing} cannot be read or is empty\n")

    def test_refusals_to_another_origin_keep_their_language_and_json(self):
        origin = "https://eoffice.example.vn"
        server = Server("--cors-origin", origin, env=NEUTRAL)
        try:
            status, headers, body = server.get("/v1/templates/khong-co", {"Origin": origin, "Accept-Language": "vi"})
            self.assertEqual(status, 404)
            self.assertEqual(json.loads(body), {"error": "not-found",
                                                "message": "không có mẫu 'khong-co'; GET /v1/templates liệt kê các mẫu"})
            self.assertEqual(headers["Access-Control-Allow-Origin"], origin)
            self.assertEqual(headers["Content-Language"], "vi")
            vary = [v.strip() for v in ",".join(headers.get_all("Vary")).split(",")]
            self.assertIn("Accept-Language", vary)
            self.assertIn("Origin", vary)
        finally:
            server.stop()

    def test_busy_and_deadline_refusals_in_vietnamese(self):
        server = Server("--workers", "1", "--deadline", "0.001", env=NEUTRAL)
        try:
            body = read(os.path.join(ROOT, "Examples", "dong-da.yaml"))
            status, headers, answer = server.post("/v1/render", body, headers={"Accept-Language": "vi"})
            self.assertEqual((status, headers["Content-Language"], headers["Retry-After"]), (503, "vi", "1"))
            self.assertEqual(json.loads(answer), {"error": "deadline", "message": "yêu cầu chạy quá thời hạn 0,001 giây"})
            status, _, answer = server.post("/v1/render", body, headers={"Accept-Language": "en"})
            self.assertEqual(json.loads(answer)["message"], "the request took longer than its deadline of 0.001 seconds")
        finally:
            server.stop()
        server = Server("--workers", "1", "--queue", "1", env=NEUTRAL)
        try:
            body = read(os.path.join(ROOT, "Examples", "dong-da.yaml"))
            with concurrent.futures.ThreadPoolExecutor(12) as pool:
                answers = list(pool.map(lambda _: server.post("/v1/render", body, headers={"Accept-Language": "vi"}), range(12)))
            refused = [answer for answer in answers if answer[0] == 503]
            self.assertTrue(refused, "no request was refused")
            self.assertEqual(json.loads(refused[0][2]), {
                "error": "busy",
                "message": "máy chủ đang bận: mọi luồng xử lý đều bận và hàng đợi đã đầy; vui lòng thử lại sau giây lát"})
            self.assertEqual(refused[0][1]["Content-Language"], "vi")
        finally:
            server.stop()


if __name__ == "__main__":
    unittest.main()
