#!/usr/bin/env python3
"""A facilitator plans and runs her meetings in Chromium: a new meeting, its agenda, attendance,
minutes and the actions that follow. `python3 Tests/Browser/run.py` runs every file."""
from workbench import *  # noqa: F401,F403


class FacilitatorTests(WorkbenchCase):
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

    def test_15_a_decision_due_next_meeting_is_followed_and_printed(self):
        # The next meeting, a year from now: the action due at it is open, not late.
        year = time.localtime().tm_year + 1
        self.viewport(*SIZES["laptop"])
        self.open("/meetings/new?lang=he")
        number = self.field_by_label("מספר")
        number.clear()
        number.send_keys("11")
        self.field_by_label("כותרת").send_keys("מובילים דיגיטליים – מפגש 11")
        self.field_by_label("תאריך").send_keys(f"10.1.{year}")
        self.field_by_label("שעות").send_keys("09:00-12:00")
        self.press("יצירת המפגש")
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "מפגש 11"))
        self.open("/meetings/10?lang=he")
        self.driver.find_element(By.LINK_TEXT, "פרוטוקול").click()
        self.wait.until(EC.title_contains("פרוטוקול"))
        self.press("הוספת נושא")
        self.wait.until(lambda driver: driver.find_elements(By.ID, "i0-title"))
        self.field_by_label("נושא").send_keys("המשך העבודה")
        self.field_by_label("החלטה").send_keys("להציג את דף השירות להנהלה")
        self.field_by_label("אחראי/ת").send_keys("רותי אלון")
        self.field_by_label("תאריך יעד").send_keys("11")
        self.press("שמירה")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        checked = subprocess.run([SADNA, "check", "--workshop", self.workbench.workshop], capture_output=True, text=True,
                                 env=dict(os.environ, SADNA_HOME=ROOT))
        said = [line for line in checked.stderr.splitlines() if "רותי אלון" in line]
        # The programme is in Hebrew, and so is what `sadna check` says of it: the action is open, not late.
        self.assertTrue(said and "פתוחה" in said[0] and "באיחור" not in said[0], checked.stderr[-2000:])
        href = self.driver.find_element(By.LINK_TEXT, "הורדת הפרוטוקול").get_attribute("href")
        pdf = os.path.join(self.workbench.folder, "minutes-10.pdf")
        with urllib.request.urlopen(href) as response, open(pdf, "wb") as handle:
            handle.write(response.read())
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        words = " ".join(re.sub("[\u202a-\u202e\u200e\u200f\u2066-\u2069]", "", text).split())
        self.assertIn("להציג את דף השירות להנהלה", words)
        self.assertIn("רותי אלון", words)

    def test_16_the_print_plan_counts_as_it_is_edited_and_saves_one_line(self):
        before = self.workbench.file("meetings/03.yaml")
        self.viewport(*SIZES["laptop"])
        self.open("/meetings/03?lang=he")
        self.driver.find_element(By.LINK_TEXT, "עריכת מה להדפיס").click()
        self.wait.until(EC.title_contains("עריכת מה להדפיס"))
        total = self.driver.find_element(By.CSS_SELECTOR, "#plan-list .agenda-end").text
        copies = self.driver.find_element(By.ID, "p3-copies")  # the persona forms, 3 per group
        self.assertEqual(copies.get_attribute("value"), "3")
        copies.clear()
        copies.send_keys("5")
        self.field_by_label("הערה לרשימת ההדפסה").click()  # the change is sent as the focus moves on
        self.wait.until(lambda driver: driver.find_element(By.CSS_SELECTOR, "#plan-list .agenda-end").text != total)
        self.assertNotEqual(self.driver.find_element(By.CSS_SELECTOR, "#plan-list .agenda-end").text, total)
        # A kind chosen brings its own options beside it, without a reload.
        Select(self.driver.find_element(By.ID, "p2-kind")).select_by_value("task-cards")
        self.wait.until(lambda driver: driver.find_elements(By.ID, "p2-card"))
        Select(self.driver.find_element(By.ID, "p2-kind")).select_by_value("worksheet")
        self.wait.until(lambda driver: not driver.find_elements(By.ID, "p2-card"))
        self.driver.refresh()
        self.shot("print-plan-he-laptop")
        copies = self.driver.find_element(By.ID, "p3-copies")
        copies.clear()
        copies.send_keys("5")
        self.press("שמירה")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        after = self.workbench.file("meetings/03.yaml")
        self.assertEqual([line for line in after.splitlines() if line not in before.splitlines()], ["    copies: 5 per-group"])
        self.assertIn("# The kit: the six task cards", after, "the comments stay")

    def test_17_a_committee_meeting_is_for_its_members(self):
        self.viewport(*SIZES["laptop"])
        self.open("/meetings/09?lang=he")
        self.driver.find_element(By.LINK_TEXT, "מי מוזמן").click()
        self.wait.until(EC.title_contains("מי מוזמן"))
        self.field_by_label("רק מי שמסומן").click()
        self.field_by_label("מוזמנים נוספים").send_keys("דני שקד, ועדת ביקורת\nאלונה אילת, משרד העבודה")
        self.press("שמירה")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        invitees = yaml.safe_load(self.workbench.file("meetings/09.yaml"))["invitees"]
        self.assertEqual([person["name"] if isinstance(person, dict) else person for person in invitees],
                         ["דני שקד", "אלונה אילת"])
        sheet = os.path.join(self.workbench.folder, "sign-in-09.pdf")
        subprocess.run([SADNA, "render", "sign-in", "9", "--workshop", self.workbench.workshop, "--output", sheet],
                       check=True, capture_output=True, env=dict(os.environ, SADNA_HOME=ROOT))
        text = subprocess.run(["pdftotext", sheet, "-"], capture_output=True, text=True).stdout
        self.assertIn("דני שקד", text)
        self.assertIn("אלונה אילת", text)

    def test_18_the_team_comes_from_a_spreadsheet_and_homework_is_followed(self):
        sheet = os.path.join(self.workbench.folder, "team.csv")
        with open(sheet, "w", encoding="utf-8") as handle:
            handle.write('שם,מחלקה,תפקיד,דוא"ל\nנועה ברק,גבייה,מנהלת,noa@example.org\n,רווחה,,\n')
        self.viewport(*SIZES["laptop"])
        self.open("/participants?lang=he")
        self.driver.find_element(By.LINK_TEXT, "ייבוא מגיליון").click()
        self.wait.until(EC.title_contains("ייבוא משתתפים"))
        self.driver.find_element(By.ID, "spreadsheet").send_keys(sheet)
        self.press_and_reload("ייבוא")
        report = self.driver.find_element(By.CSS_SELECTOR, "[role=status]").text
        self.assertIn("נועה ברק", report)
        self.assertIn("3", report, "the row left out, by its number")
        self.shot("participants-import-he-laptop")
        # Meeting 2's homework followed up: three personas from each participant, due at meeting 3.
        path = os.path.join(self.workbench.workshop, "meetings", "02.yaml")
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text.replace("homework:\n  - ", "homework:\n  - title: 3 פרסונות\n    assigned: per-participant\n"
                                      "    makes: personas\n    count: 3\n    text: ", 1))
        self.open("/?lang=he")
        self.driver.find_element(By.LINK_TEXT, "מעקב שיעורי בית").click()
        self.wait.until(EC.title_contains("מעקב שיעורי בית"))
        late = self.driver.find_element(By.CSS_SELECTOR, ".homework .message.warning").text
        self.assertIn("נועה ברק", late)
        self.shot("homework-he-laptop")

    def test_19_every_new_page_at_a_laptop_and_a_phone_in_three_languages(self):
        pages = {"print-plan": "/meetings/03/print", "invitees": "/meetings/09/invitees",
                 "participants-import": "/participants/import", "homework": "/participants/homework"}
        self.screenshot_pages(pages)
        self.assert_valid_html(pages)
