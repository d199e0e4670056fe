"""The web page in a real headless Chromium against a real `vanban-serve`: a template picked, a
form field typed into and the preview changing, an error listed at its line and followed there
from the keyboard, a check, a PDF downloaded that qpdf accepts, and a units ZIP; the form mode
showing each form's own fields (authority, fixed lines, two signers, marks) and writing them
into the text and the PDF. Screenshots go to .build/service-screenshots/ to be looked at."""
import glob
import json
import os
import subprocess
import tempfile
import time
import unittest
import zipfile

import yaml
from selenium import webdriver
from selenium.webdriver.chrome.service import Service as DriverService
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from service_support import ROOT, Server

SHOTS = os.path.join(ROOT, ".build", "service-screenshots")


class StrictLoader(yaml.SafeLoader):
    """YAML as VanBan reads it: a key written twice is an error (PyYAML would keep the last)."""

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        duplicates = {key for key in keys if keys.count(key) > 1}
        if duplicates:
            raise AssertionError(f"keys written twice: {sorted(duplicates)} at line {node.start_mark.line + 1}")
        return super().construct_mapping(node, deep=deep)


def load(text):
    return yaml.load(text, Loader=StrictLoader)


class BrowserTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.downloads = tempfile.mkdtemp(prefix="vanban-downloads-")
        cls.driver = chromium("vi", {"download.default_directory": cls.downloads, "download.prompt_for_download": False})
        cls.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": cls.downloads})
        os.makedirs(SHOTS, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.stop()

    def wait(self, condition, timeout=30, message=""):
        return WebDriverWait(self.driver, timeout).until(lambda driver: condition(), message)

    def shot(self, name):
        self.driver.save_screenshot(os.path.join(SHOTS, name + ".png"))

    def element(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def previewed(self):
        """The latest document's pages are shown (none stale, nothing being laid out)."""
        return (self.page_count() and not self.driver.find_elements(By.CSS_SELECTOR, "#pages.stale")
                and self.element("#status").text == "")

    def page_count(self):
        return self.element("#page-count").get_attribute("data-count")

    def first_page_pixels(self):
        """The first preview image as drawn, as a data URL (the page's CSP forbids fetching its blob)."""
        return self.driver.execute_script("""
            const image = document.querySelector('#pages img');
            if (!image || !image.complete || !image.naturalWidth) return null;
            const canvas = document.createElement('canvas');
            canvas.width = image.naturalWidth; canvas.height = image.naturalHeight;
            canvas.getContext('2d').drawImage(image, 0, 0);
            return canvas.toDataURL();""")

    def pdf_pages(self, example):
        out = os.path.join(self.downloads, "cli.pdf")
        subprocess.run([os.path.join(os.environ.get("VANBAN_BIN", os.path.join(ROOT, ".build", "debug")), "vanban"),
                        "render", example, "-o", out], check=True, capture_output=True)
        info = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout
        os.remove(out)
        return next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:"))

    def downloaded(self, suffix):
        def finished():
            files = [f for f in glob.glob(os.path.join(self.downloads, "*" + suffix))]
            return files[0] if files and not glob.glob(os.path.join(self.downloads, "*.crdownload")) else None
        return self.wait(finished, message="no download")

    def test_editing_a_document_in_the_browser(self):
        driver = self.driver
        driver.get(self.server.url + "/")
        self.wait(lambda: self.page_count(), message="the first template was not previewed")
        self.shot("01-opened")

        # A decree form's starting document picked: its fields fill the form.
        Select(self.element("#template")).select_by_value("quyet-dinh")
        self.element("#open-template").click()
        self.wait(lambda: self.element("[name='type']").get_attribute("value") == "Quyết định", message="the form's template")
        self.wait(lambda: self.previewed(), message="the form was not previewed")
        self.shot("01b-form-template")

        # An example picked: its pages are previewed and its fields fill the form.
        Select(self.element("#template")).select_by_value("example-dong-da")
        self.element("#open-template").click()
        expected = self.pdf_pages(os.path.join(ROOT, "Examples", "dong-da.yaml"))
        self.wait(lambda: self.page_count() == expected, message="dong-da's pages")
        summary = self.element("[name='summary']")
        self.assertIn("Tuần lễ hưởng ứng học tập suốt đời", summary.get_attribute("value"))
        self.assertEqual(len(driver.find_elements(By.CSS_SELECTOR, "#pages img")), int(expected))
        self.shot("02-template")

        # Typing into a form field changes the preview and the YAML.
        before = self.first_page_pixels()
        summary.send_keys(" (sửa đổi lần hai)")
        self.wait(lambda: self.first_page_pixels() not in (before, None), message="the preview did not follow the typing")
        self.shot("03-typed")
        self.element("#mode-text").click()
        yaml_area = self.element("#yaml")
        text = yaml_area.get_attribute("value")
        self.assertIn("(sửa đổi lần hai)", text)
        self.assertIn("# Transcribed from seed", text)   # the comments the form does not show are kept
        self.assertIn("recipients:", text)

        # An error typed at the end of the text is listed at its line; Enter on it goes there.
        yaml_area.send_keys(Keys.CONTROL, Keys.END)
        yaml_area.send_keys(Keys.ENTER, "khoa_sai: 1")
        error_line = len(yaml_area.get_attribute("value").split("\n"))
        problem = self.wait(lambda: next((b for b in driver.find_elements(By.CSS_SELECTOR, "#problems li.error button")
                                          if "khoa_sai" in b.text), None), message="the error was not listed")
        self.assertEqual(problem.get_attribute("data-line"), str(error_line))
        self.assertIn(f"Dòng {error_line}", problem.text)
        driver.execute_script("document.getElementById('problems').scrollIntoView({block: 'center'})")
        self.shot("04-error-listed")
        yaml_area.send_keys(Keys.CONTROL, Keys.HOME)
        problem.send_keys(Keys.ENTER)   # keyboard: the list's items are buttons
        caret = driver.execute_script("const a = document.getElementById('yaml');"
                                      "return a.value.slice(0, a.selectionStart).split('\\n').length;")
        self.assertEqual(caret, error_line)
        self.assertEqual(driver.switch_to.active_element.get_attribute("id"), "yaml")

        # Removing it: the preview comes back.
        yaml_area.send_keys(Keys.CONTROL, Keys.END)
        for _ in range(len("\nkhoa_sai: 1")):
            yaml_area.send_keys(Keys.BACKSPACE)
        self.wait(lambda: not driver.find_elements(By.CSS_SELECTOR, "#pages.stale"), message="the preview did not recover")

        # Kiểm tra lists the findings (or says there are none).
        self.element("#check").click()
        self.wait(lambda: driver.find_elements(By.CSS_SELECTOR, "#problems li"), message="no check answer")

        # Back to the form: the typed summary is there; download the PDF with fillable fields.
        self.element("#mode-form").click()
        self.assertIn("(sửa đổi lần hai)", self.element("[name='summary']").get_attribute("value"))
        self.element("#fillable").click()
        Select(self.element("#sign-fields")).select_by_value("signer")
        self.element("#download").click()
        pdf = self.downloaded(".pdf")
        subprocess.run(["qpdf", "--check", pdf], check=True, capture_output=True)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        self.assertIn("(sửa đổi lần hai)", text)
        fields = subprocess.run(["python3", "-c", "import pypdf,sys; print(sorted(pypdf.PdfReader(sys.argv[1]).get_fields()))", pdf],
                                capture_output=True, text=True).stdout
        self.assertIn("'signer'", fields)
        self.assertNotIn("'organisation'", fields)
        self.shot("05-downloaded")

        # The CSP let the page do all that without a violation.
        violations = [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]
        self.assertEqual(violations, [])

    # The form mode: each form's own fields

    def open_template(self, template_id, type_name):
        Select(self.element("#template")).select_by_value(template_id)
        self.element("#open-template").click()
        self.wait(lambda: self.element("[name='type']").get_attribute("value") == type_name, message=template_id)
        self.wait(lambda: self.previewed(), message=f"{template_id} was not previewed")

    def text(self):
        return self.element("#yaml").get_attribute("value")

    def replace_value(self, css, value):
        field = self.element(css)
        field.send_keys(Keys.CONTROL, "a")
        field.send_keys(Keys.DELETE)
        field.send_keys(value)

    def shown(self, css):
        return [element for element in self.driver.find_elements(By.CSS_SELECTOR, css) if element.is_displayed()]

    def rendered_text(self, document):
        """The PDF of the page's document through the API, read back with pdftotext."""
        status, _, pdf = self.server.post("/v1/render", document.encode())
        self.assertEqual(status, 200, pdf[:300])
        return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()

    def assert_only_changed(self, before, after, changed_keys):
        """The text after a form edit: the same lines but those of the edited keys, in the same order."""
        def without(text):
            kept, skipping = [], False
            for line in text.split("\n"):
                if line and not line[0].isspace():   # a key, or a comment at the top level
                    skipping = line.split(":")[0] in changed_keys
                if not skipping:
                    kept.append(line)
            return kept
        self.assertEqual(without(before), without(after))

    def round_trip(self):
        """Text mode, then form mode, then text mode: the text is as it was."""
        before = self.text()
        self.element("#mode-text").click()
        self.element("#mode-form").click()
        self.element("#mode-text").click()
        self.assertEqual(self.text(), before)
        self.element("#mode-form").click()

    def test_the_form_mode_shows_each_forms_own_fields(self):
        driver = self.driver
        driver.get(self.server.url + "/")
        self.wait(lambda: self.page_count(), message="not started")
        own_groups = ["[name='authority']", "[name='proposal']", "#details", "#signers"]

        # Quyết định: the authority line and "Theo đề nghị của" show their values; no fixed lines, one signer.
        self.open_template("quyet-dinh", "Quyết định")
        template = load(self.server.get("/v1/templates/quyet-dinh")[2])
        authority = self.element("[name='authority']")
        self.assertTrue(authority.is_displayed())
        self.assertEqual(authority.get_attribute("value"), template["authority"])
        self.assertEqual(self.element("[name='proposal']").get_attribute("value"), template["proposal"])
        self.assertEqual(self.shown("#details, #signers"), [])
        self.assertTrue(self.element("[name='signer.name']").is_displayed())
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", authority)
        self.shot("07-quyet-dinh-form")
        before_text, before_pixels = self.text(), self.first_page_pixels()
        self.replace_value("[name='authority']", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ QUÀI TỞ")
        self.wait(lambda: "authority: CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ QUÀI TỞ\n" in self.text(), message="authority not written")
        self.assert_only_changed(before_text, self.text(), {"authority"})
        self.wait(lambda: self.previewed() and self.first_page_pixels() not in (before_pixels, None),
                  message="the preview did not follow the authority")
        self.assertIn("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ QUÀI TỞ", self.rendered_text(self.text()))
        self.round_trip()

        # Giấy mời: its fixed lines, labelled in Vietnamese; time and venue go into details and the PDF.
        self.open_template("giay-moi", "Giấy mời")
        self.assertTrue(self.element("#details").is_displayed())
        labels = [label.text.split(" (dòng in:")[0] for label in self.shown("#details-fields label")]
        self.assertEqual(labels, ["Kính mời", "Tới dự", "Chủ trì", "Thời gian", "Địa điểm"])
        self.assertEqual(self.shown("[name='authority'], [name='proposal'], #signers"), [])
        before_text, before_pixels = self.text(), self.first_page_pixels()
        self.replace_value("[name='details.time']", "08 giờ 00, thứ Năm, ngày 28 tháng 11 năm 2024")
        self.replace_value("[name='details.venue']", "Hội trường Ủy ban nhân dân huyện Tuần Giáo")
        self.wait(lambda: (load(self.text()) or {}).get("details", {}).get("venue")
                  == "Hội trường Ủy ban nhân dân huyện Tuần Giáo", message="venue not written")
        details = load(self.text())["details"]
        self.assertEqual(details["time"], "08 giờ 00, thứ Năm, ngày 28 tháng 11 năm 2024")
        self.assertEqual(details["chair"], "……")   # the others as they were
        self.assert_only_changed(before_text, self.text(), {"details"})
        # only those two entries changed: the others keep their comments
        changed = [line for line in self.text().split("\n") if line not in before_text.split("\n")]
        self.assertEqual([line.split(":")[0].strip() for line in changed], ["time", "venue"])
        pdf_text = " ".join(self.rendered_text(self.text()).split())
        self.assertIn("Thời gian: 08 giờ 00, thứ Năm, ngày 28 tháng 11 năm 2024", pdf_text)
        self.assertIn("Địa điểm: Hội trường Ủy ban nhân dân huyện Tuần Giáo", pdf_text)
        self.wait(lambda: self.previewed() and self.first_page_pixels() not in (before_pixels, None),
                  message="the preview did not follow the fixed lines")
        self.element("[name='details.time']").click()
        self.shot("08-giay-moi-form")
        self.round_trip()

        # Biên bản: two signers side by side, the secretary and the chair.
        self.open_template("example-bien-ban", "Biên bản")
        groups = self.shown("#signers-groups fieldset")
        self.assertEqual([g.find_element(By.TAG_NAME, "legend").text for g in groups],
                         ["Người ký thứ nhất (bên trái)", "Người ký thứ hai (bên phải)"])
        self.assertEqual([self.element(f"[name='signers.{i}.title']").get_attribute("value") for i in (0, 1)],
                         ["THƯ KÝ", "CHỦ TỌA"])
        self.assertFalse(self.element("[name='signer.name']").is_displayed())
        self.assertIn("participants", [f.get_attribute("data-sub") for f in self.shown("#details-fields textarea")])
        before_text = self.text()
        self.replace_value("[name='signers.1.name']", "Cà Văn Thắng")
        self.wait(lambda: load(self.text())["signers"][1]["name"] == "Cà Văn Thắng", message="signer not written")
        self.assertEqual(load(self.text())["signers"][0], {"title": "THƯ KÝ", "name": "Lường Thị Hoa"})
        self.assert_only_changed(before_text, self.text(), {"signers"})
        self.assertIn("Cà Văn Thắng", self.rendered_text(self.text()))
        self.wait(lambda: self.previewed(), message="biên bản not previewed")
        driver.execute_script("document.getElementById('signers').scrollIntoView({block: 'center'})")
        self.shot("09-bien-ban-signers")

        # Công văn: none of those groups; the độ khẩn select writes `marks:` and the stamp is printed.
        self.open_template("cong-van", "Công văn")
        self.assertEqual(self.shown(", ".join(own_groups)), [])
        self.assertTrue(self.element("#marks").is_displayed())
        self.assertTrue(self.element("[name='summary']").is_displayed())   # the V/v line
        self.assertTrue(self.element("#form-note").get_attribute("hidden"))
        urgency = Select(self.element("[name='marks.urgency']"))
        self.assertEqual([o.text for o in urgency.options], ["— không —", "HỎA TỐC", "THƯỢNG KHẨN", "KHẨN"])
        before_text, before_pixels = self.text(), self.first_page_pixels()
        self.assertNotIn("KHẨN", self.rendered_text(before_text))
        urgency.select_by_visible_text("KHẨN")
        self.wait(lambda: "\nmarks:\n  urgency: KHẨN\n" in self.text(), message="marks not written")
        self.assert_only_changed(before_text, self.text(), {"marks"})
        self.assertIn("KHẨN", self.rendered_text(self.text()))
        self.wait(lambda: self.previewed() and self.first_page_pixels() not in (before_pixels, None),
                  message="the preview did not show the stamp")
        driver.execute_script("document.getElementById('marks').scrollIntoView({block: 'center'})")
        self.shot("10-cong-van-marks")
        self.round_trip()
        urgency.select_by_visible_text("— không —")
        self.wait(lambda: self.text() == before_text, message="no urgency should remove marks again")

        # Another tên loại typed: that form's fields show, and a key it does not print is named in the note.
        self.replace_value("[name='type']", "quyết  định")
        self.wait(lambda: self.element("[name='authority']").is_displayed(), message="the type's form was not applied")
        self.assertFalse(self.element("[name='addressees']").is_displayed())
        self.assertIn("addressees", self.element("#form-note").text)
        self.assertIn("type: quyết  định\n", self.text())

        # Sao y: the copy block's fields; one entry edited, the block removed and written back whole.
        self.open_template("example-sao-y", "Quyết định")
        kind = Select(self.element("[name='copy.kind']"))
        self.assertEqual(kind.first_selected_option.text, "sao y")
        self.assertEqual(self.element("[name='copy.issuer']").get_attribute("value"), "ỦY BAN NHÂN DÂN\nXÃ QUÀI CANG")
        self.assertEqual(self.element("[name='copy.signer.name']").get_attribute("value"), "Lò Văn Thanh")
        original_copy = load(self.text())["copy"]
        before_text = self.text()
        self.replace_value("[name='copy.number']", "4")
        self.wait(lambda: load(self.text())["copy"]["number"] == 4, message="copy number not written")
        changed = [line for line in self.text().split("\n") if line not in before_text.split("\n")]
        self.assertEqual(changed, ["  number: 4"])
        self.assertIn("Số: 04/SY-UBND", self.rendered_text(self.text()))
        self.round_trip()
        kind.select_by_visible_text("— không phải bản sao —")
        self.wait(lambda: "copy" not in load(self.text()), message="the copy block was not removed")
        self.assertFalse(self.element("[name='copy.place']").is_displayed())
        kind.select_by_visible_text("sao lục")
        self.wait(lambda: "copy" in load(self.text()), message="the copy block was not written back")
        self.assertEqual(load(self.text())["copy"], dict(original_copy, kind="sao lục", number=4))
        self.assertIn("SAO LỤC", self.rendered_text(self.text()))
        driver.execute_script("document.getElementById('copy').scrollIntoView({block: 'center'})")
        self.shot("11-sao-y-copy")

        # A document with every mark: the selects and fields show them, and the text round-trips.
        self.open_template("example-cong-van-khan", "Công văn")
        self.assertEqual([Select(self.element(f"[name='marks.{n}']")).first_selected_option.text
                          for n in ("secrecy", "urgency", "circulation")], ["MẬT", "KHẨN", "LƯU HÀNH NỘI BỘ"])
        self.assertEqual(self.element("[name='marks.copies']").get_attribute("value"), "25")
        self.assertEqual(len(self.element("[name='marks.footer']").get_attribute("value").split("\n")), 2)
        self.round_trip()

        # no script error, no CSP violation (a 422 of a preview while typing is the service's answer, not an error)
        log = [entry["message"] for entry in driver.get_log("browser")
               if entry["level"] == "SEVERE" and "Failed to load resource" not in entry["message"]]
        self.assertEqual(log, [])

    def test_writing_back_the_forms_own_fields_keeps_every_example(self):
        """Every field of authority, proposal, details, signers, marks and copy written back as it
        reads, in every example: the document is the same, and the other keys' lines untouched."""
        driver = self.driver
        driver.get(self.server.url + "/")
        self.wait(lambda: self.page_count(), message="not started")
        own = ("authority", "proposal", "details", "signers", "marks", "copy")
        templates = [o.get_attribute("value") for o in self.element("#template").find_elements(By.TAG_NAME, "option")]
        examples = [t for t in templates if t.startswith("example-")]
        self.assertGreater(len(examples), 15)
        written = set()
        for example in examples:
            with self.subTest(example=example):
                Select(self.element("#template")).select_by_value(example)
                self.element("#open-template").click()
                expected = self.server.get(f"/v1/templates/{example}")[2].decode()
                self.wait(lambda: self.text() == expected, message=example)
                fields = [f for f in driver.find_elements(By.CSS_SELECTOR, "#form [data-key]")
                          if f.get_attribute("data-key") in own and f.is_displayed() and f.is_enabled()
                          and f.tag_name != "button"]
                present = [key for key in own if key in (load(expected) or {})]
                # each of them the example has is in a field, or named in the note as one its form does not print
                shown = {f.get_attribute("data-key") for f in fields}
                note = self.element("#form-note").text
                self.assertEqual([key for key in present if key not in shown and key not in note], [])
                driver.execute_script("for (const f of arguments[0]) f.dispatchEvent(new Event('input', {bubbles: true}));", fields)
                self.assertEqual(load(self.text()), load(expected))
                self.assert_only_changed(expected, self.text(), set(own))
                written.update(key for key in present if key in shown)
        self.assertEqual(written, set(own))   # each of them was in some example

    def test_units_upload_gives_a_zip(self):
        driver = self.driver
        driver.get(self.server.url + "/")
        self.wait(lambda: self.page_count(), message="not started")
        Select(self.element("#template")).select_by_value("example-tuan-giao-form")
        self.element("#open-template").click()
        self.wait(lambda: "Tổng kết" in self.element("[name='summary']").get_attribute("value"))
        for old in glob.glob(os.path.join(self.downloads, "*")):
            os.remove(old)
        self.element("#units-file").send_keys(os.path.join(ROOT, "Examples", "tuan-giao-units.csv"))
        self.element("#units-run").click()
        archive = zipfile.ZipFile(self.downloaded(".zip"))
        self.assertIsNone(archive.testzip())
        self.assertEqual(len(archive.namelist()), 17)
        self.assertEqual(self.element("#units-progress").get_attribute("value"), "100")
        self.shot("06-units")


def chromium(language, prefs):
    """Headless Chromium speaking `language` (its Accept-Language), with the browser log kept."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900", f"--lang={language}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", prefs)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=DriverService("/usr/bin/chromedriver"), options=options)


class EnglishBrowserTests(unittest.TestCase):
    """A clerk whose browser speaks English still reads the page's answers in Vietnamese: the page
    asks the service for Vietnamese itself (its browser alone would ask for English)."""

    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.addClassCleanup(cls.server.stop)
        cls.driver = chromium("en-US", {"intl.accept_languages": "en-US,en"})
        cls.addClassCleanup(cls.driver.quit)
        os.makedirs(SHOTS, exist_ok=True)

    def until(self, condition, message):
        return WebDriverWait(self.driver, 30).until(lambda driver: condition(), message)

    def test_a_misspelt_key_is_told_in_vietnamese(self):
        driver = self.driver
        driver.get(self.server.url + "/")
        self.assertEqual(driver.execute_script("return navigator.languages[0]"), "en-US")
        self.until(lambda: driver.find_element(By.CSS_SELECTOR, "#page-count").get_attribute("data-count"), "not started")
        driver.find_element(By.CSS_SELECTOR, "#mode-text").click()
        yaml_area = driver.find_element(By.CSS_SELECTOR, "#yaml")
        yaml_area.send_keys(Keys.CONTROL, Keys.END)
        yaml_area.send_keys(Keys.ENTER, "khoa_sai: 1")
        problem = self.until(lambda: next((b for b in driver.find_elements(By.CSS_SELECTOR, "#problems li.error button")
                                           if "khoa_sai" in b.text), None), "the error was not listed")
        # What the service says of this text in each language, asked directly.
        text = yaml_area.get_attribute("value").encode()
        answers = {language: json.loads(self.server.post("/v1/preview", text, headers={"Accept-Language": language})[2])
                   for language in ("vi", "en-US,en")}
        said = {language: next(d for d in answer["diagnostics"] if "khoa_sai" in d["message"])
                for language, answer in answers.items()}
        self.assertEqual(said["vi"]["message"], "khóa 'khoa_sai' không dùng được trong văn bản")
        self.assertIn(said["vi"]["message"], problem.text)
        self.assertNotIn(said["en-US,en"]["message"], problem.text)
        # The answer's own words, which the page shows when it cannot make the PDF.
        driver.find_element(By.CSS_SELECTOR, "#download").click()
        status = self.until(lambda: (lambda t: t if t.startswith("Không tạo được PDF") else None)(
            driver.find_element(By.CSS_SELECTOR, "#status").text), "no refusal shown")
        self.assertEqual(status, f"Không tạo được PDF: {answers['vi']['message']}")
        self.assertRegex(status, r"văn bản có \d+ chỗ cần sửa$")
        driver.execute_script("document.getElementById('problems').scrollIntoView({block: 'center'})")
        driver.save_screenshot(os.path.join(SHOTS, "07-english-browser-vietnamese-error.png"))


if __name__ == "__main__":
    unittest.main()
