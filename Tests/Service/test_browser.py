"""The web page in a real headless Chromium against a real `vanban-serve`: a template picked, a
form field typed into and the preview changing, an error listed at its line and followed there
from the keyboard, a check, a PDF downloaded that qpdf accepts, and a units ZIP. Screenshots
go to .build/service-screenshots/ to be looked at."""
import glob
import json
import os
import subprocess
import tempfile
import time
import unittest
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service as DriverService
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from service_support import ROOT, Server

SHOTS = os.path.join(ROOT, ".build", "service-screenshots")


def chromium(language, prefs):
    """Headless Chromium speaking `language` (its Accept-Language), with the browser log kept."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900", f"--lang={language}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", prefs)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=DriverService("/usr/bin/chromedriver"), options=options)


class PageTestCase(unittest.TestCase):
    """A server and a browser per class (each subclass starts them in setUpClass)."""

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.stop()

    def wait(self, condition, timeout=30, message=""):
        return WebDriverWait(self.driver, timeout).until(lambda driver: condition(), message)


class BrowserTests(PageTestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.downloads = tempfile.mkdtemp(prefix="vanban-downloads-")
        cls.driver = chromium("vi", {"download.default_directory": cls.downloads, "download.prompt_for_download": False})
        cls.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": cls.downloads})
        os.makedirs(SHOTS, exist_ok=True)

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
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", problem)
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


class EnglishBrowserTests(PageTestCase):
    """A clerk whose browser speaks English still reads the page's answers in Vietnamese: the page
    asks the service for Vietnamese itself (its browser alone would ask for English)."""

    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.driver = chromium("en-US", {"intl.accept_languages": "en-US,en"})
        os.makedirs(SHOTS, exist_ok=True)

    def test_a_misspelt_key_is_told_in_vietnamese(self):
        driver = self.driver
        driver.get(self.server.url + "/")
        self.assertEqual(driver.execute_script("return navigator.languages[0]"), "en-US")
        self.wait(lambda: driver.find_element(By.CSS_SELECTOR, "#page-count").get_attribute("data-count"), message="not started")
        driver.find_element(By.CSS_SELECTOR, "#mode-text").click()
        yaml_area = driver.find_element(By.CSS_SELECTOR, "#yaml")
        yaml_area.send_keys(Keys.CONTROL, Keys.END)
        yaml_area.send_keys(Keys.ENTER, "khoa_sai: 1")
        problem = self.wait(lambda: next((b for b in driver.find_elements(By.CSS_SELECTOR, "#problems li.error button")
                                          if "khoa_sai" in b.text), None), message="the error was not listed")
        # What the service says of this text in each language, asked directly.
        text = yaml_area.get_attribute("value").encode()
        answers = {language: json.loads(self.server.post("/v1/preview", text, headers={"Accept-Language": language})[2])
                   for language in ("vi", "en-US,en")}
        said = {language: next(d for d in answer["diagnostics"] if "khoa_sai" in d["message"])
                for language, answer in answers.items()}
        self.assertIn(said["vi"]["message"], problem.text)
        if said["vi"]["message"] != said["en-US,en"]["message"]:
            self.assertNotIn(said["en-US,en"]["message"], problem.text)
        # The answer's own words, which the page shows when it cannot make the PDF.
        driver.find_element(By.CSS_SELECTOR, "#download").click()
        status = self.wait(lambda: (lambda t: t if t.startswith("Không tạo được PDF") else None)(
            driver.find_element(By.CSS_SELECTOR, "#status").text), message="no refusal shown")
        self.assertEqual(status, f"Không tạo được PDF: {answers['vi']['message']}")
        self.assertRegex(status, r"văn bản có \d+ chỗ cần sửa$")
        driver.save_screenshot(os.path.join(SHOTS, "07-english-browser-vietnamese-error.png"))


if __name__ == "__main__":
    unittest.main()
