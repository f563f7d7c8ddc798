#!/usr/bin/env python3
"""Issue 27's people's forms as a person meets them in Chromium, in Hebrew and Arabic: a journey,
a service page and a task card come back the same after a missing title or name and after a
restart of the workbench, with everything typed, the summary and each message beside its field;
two people on one service page and on one journey keep both their changes, and only a field both
changed is asked about; and screenshots of every such page in he/ar/en at a laptop's and a
phone's width."""
import unhappy_test
from workbench import *  # noqa: F401,F403


class FormsTests(WorkbenchCase):
    restart_server = unhappy_test.UnhappyPathTests.restart_server
    summary_links = unhappy_test.UnhappyPathTests.summary_links
    message_of = unhappy_test.UnhappyPathTests.message_of

    SERVICE = "/services/resident-certificate"
    JOURNEY = "/journeys/arnona-discount-current"
    CARD = "/task-cards/3-resident-certificate-firearm"

    def setUp(self):
        self.viewport(*SIZES["laptop"])

    def other_field(self, driver, label):
        """The field labelled `label` in another person's browser."""
        return driver.find_element(By.ID, driver.execute_script(
            "return [...document.querySelectorAll('label')].find(l => l.textContent.trim().startsWith(arguments[0])).htmlFor",
            label))

    def other_saves(self, driver, button):
        page = driver.find_element(By.TAG_NAME, "html")
        driver.find_element(By.XPATH, f"//button[normalize-space()='{button}']").click()
        WebDriverWait(driver, 20).until(page_replaced(page))

    def status(self):
        """What the page's status regions say (a save, or why nothing was saved)."""
        return " ".join(region.text for region in self.driver.find_elements(By.CSS_SELECTOR, "[role=status]"))

    def retype(self, field, text):
        field.clear()
        field.send_keys(text)

    # The same form after its own check.

    def test_1_a_journey_without_a_title_comes_back_with_the_stages_typed_in_hebrew(self):
        before = sorted(os.listdir(os.path.join(self.workbench.workshop, "journeys")))
        self.open("/journeys/new?lang=he")
        self.field_by_label("השלבים").send_keys("שומעים על ההנחה\nמגישים בקשה")
        self.press_and_reload("יצירת המסע")
        self.assertEqual(sorted(os.listdir(os.path.join(self.workbench.workshop, "journeys"))), before, "nothing saved")
        self.assertIn("לא נשמר דבר", self.status())
        self.assertEqual(self.field_by_label("השלבים").get_attribute("value"), "שומעים על ההנחה\nמגישים בקשה")
        title = self.field_by_label("השירות (שם המסע)")
        self.assertEqual(title.get_attribute("aria-invalid"), "true")
        self.assertIn("כתבו את השירות", self.message_of(title))
        self.assertEqual(self.summary_links()[0][1], "field-title")
        self.driver.find_element(By.CSS_SELECTOR, ".error-summary a").click()
        self.assertEqual(self.driver.switch_to.active_element.get_attribute("id"), "field-title")
        title.send_keys("הנחה בארנונה לחיילים")
        self.press_and_reload("יצירת המסע")
        self.assertIn("הנחה בארנונה לחיילים", self.driver.find_element(By.TAG_NAME, "h1").text)

    def test_2_a_service_page_and_a_task_card_without_their_words_in_arabic(self):
        self.open(f"{self.SERVICE}?lang=ar")
        self.retype(self.field_by_label("اسم الخدمة"), " ")
        self.retype(self.field_by_label("ما هي؟"), "خدمة جديدة للسكان")
        self.press_and_reload("حفظ")
        name = self.field_by_label("اسم الخدمة")
        self.assertEqual(name.get_attribute("aria-invalid"), "true")
        self.assertIn("اكتبوا اسم الخدمة", self.message_of(name))
        self.assertEqual(self.field_by_label("ما هي؟").get_attribute("value"), "خدمة جديدة للسكان")
        self.assertNotIn("خدمة جديدة", self.workbench.file("services/resident-certificate.yaml"))
        self.open(f"{self.CARD}?lang=ar")
        self.retype(self.field_by_label("القسم"), "قسم الترخيص")
        self.field_by_label("المهمة").clear()
        self.press_and_reload("حفظ")
        self.assertEqual(self.field_by_label("القسم").get_attribute("value"), "قسم الترخيص")
        self.assertEqual(self.summary_links()[0][1], "field-mission")

    # The same form after a restart.

    def test_3_a_service_page_opened_before_a_restart_comes_back_whole_in_hebrew(self):
        self.open(f"{self.SERVICE}?lang=he")
        self.retype(self.field_by_label("שעות קבלת קהל"), "ראשון עד חמישי בבוקר")
        self.restart_server()
        self.press_and_reload("שמירה")
        self.assertIn("הופעלה מחדש", self.status())
        self.assertEqual(self.field_by_label("שעות קבלת קהל").get_attribute("value"), "ראשון עד חמישי בבוקר")
        self.assertTrue(self.driver.find_elements(By.CSS_SELECTOR, "header.site nav"), "the site's menu")
        self.press_and_reload("שמירה")
        self.assertIn("נשמר", self.status())
        self.assertIn("ראשון עד חמישי בבוקר", self.workbench.file("services/resident-certificate.yaml"))

    # Two people on one page.

    def test_4_two_people_on_one_service_page_keep_both_changes_in_hebrew(self):
        other = make_driver()
        try:
            other.get(self.workbench.url.rstrip("/") + f"{self.SERVICE}?lang=he")
            self.open(f"{self.SERVICE}?lang=he")
            self.retype(self.field_by_label("אחראי"), "רכזת השירות")
            self.press_and_reload("שמירה")
            self.retype(self.other_field(other, "שעות קבלת קהל"), "ראשון עד חמישי בבוקר")
            self.other_saves(other, "שמירה")
            self.assertIn("נשמר", other.find_element(By.CSS_SELECTOR, "[role=status]").text, "no conflict shown")
            page = yaml.safe_load(self.workbench.file("services/resident-certificate.yaml"))
            self.assertEqual((page["owner"], page["other_help"]["reception_hours"]), ("רכזת השירות", "ראשון עד חמישי בבוקר"))
            # Both change the department: only that is asked, with its label and both values.
            self.retype(self.field_by_label("מחלקה", 0), "מחלקת רישוי")
            self.press_and_reload("שמירה")
            self.retype(self.other_field(other, "מחלקה"), "לשכת ראש המועצה")
            self.retype(self.other_field(other, "מה?"), "תושבים זכאים להטבה.")
            self.other_saves(other, "שמירה")
            rows = [row.text for row in other.find_elements(By.CSS_SELECTOR, "table.conflict tbody tr")]
            self.assertEqual(len(rows), 1, rows)
            self.assertIn("מחלקה", rows[0])
            self.assertIn("מחלקת רישוי", rows[0])
            other.save_screenshot(os.path.join(SHOTS, "forms-service-conflict-he-laptop.png"))
            other.find_element(By.XPATH, "//tr[th[contains(., 'מחלקה')]]//input[contains(@id, '-theirs')]").click()
            self.other_saves(other, "שמירת מה שבחרתי")
            page = yaml.safe_load(self.workbench.file("services/resident-certificate.yaml"))
            self.assertEqual((page["department"], page["what"]), ("מחלקת רישוי", "תושבים זכאים להטבה."))
        finally:
            other.quit()

    def test_5_two_people_on_one_journey_keep_both_cells_in_arabic(self):
        other = make_driver()
        try:
            other.get(self.workbench.url.rstrip("/") + f"{self.JOURNEY}?lang=ar")
            self.open(f"{self.JOURNEY}?lang=ar")
            self.retype(self.field_by_label("اسم المرحلة 2"), "يتصلون بقسم الجباية")
            self.press_and_reload("حفظ")
            self.retype(self.other_field(other, "اسم المرحلة 1"), "يسمعون عن التخفيض من الجيران")
            self.other_saves(other, "حفظ")
            journey = yaml.safe_load(self.workbench.file("journeys/arnona-discount-current.yaml"))
            self.assertEqual(journey["stages"][1]["title"], "يتصلون بقسم الجباية")
            self.assertEqual(journey["stages"][0]["title"], "يسمعون عن التخفيض من الجيران")
        finally:
            other.quit()

    # Every page that came back, in he/ar/en at both widths.

    def test_6_screenshots_of_the_forms_that_came_back_and_the_conflicts(self):
        other = make_driver()
        try:
            for language, save in (("he", "שמירה"), ("ar", "حفظ"), ("en", "Save")):
                for size, (width, height) in SIZES.items():
                    self.viewport(width, height)
                    self.open(f"/journeys/new?lang={language}")
                    self.driver.find_element(By.ID, "field-stages").send_keys("1\n2")
                    self.press_and_reload(self.driver.find_element(By.CSS_SELECTOR, "form.journey-new button").text)
                    self.shot(f"forms-journey-new-{language}-{size}")
                    self.open(f"{self.SERVICE}?lang={language}")
                    self.driver.find_element(By.ID, "field-name").clear()
                    self.press_and_reload(save)
                    self.assertEqual(self.driver.find_element(By.ID, "field-name").get_attribute("aria-invalid"), "true")
                    self.shot(f"forms-service-{language}-{size}")
                    self.open(f"/services?lang={language}")
                    page = self.driver.find_element(By.TAG_NAME, "html")
                    button = self.driver.find_element(By.CSS_SELECTOR, "form.new-page button")  # not a backlog row's
                    self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
                    button.click()
                    self.wait.until(page_replaced(page))
                    self.assertEqual(self.driver.find_element(By.ID, "new-name").get_attribute("aria-invalid"), "true")
                    self.shot(f"forms-service-new-{language}-{size}")
                    self.open(f"/personas/import?lang={language}")
                    self.press_and_reload(self.driver.find_element(By.CSS_SELECTOR, "main form button").text)
                    self.shot(f"forms-import-{language}-{size}")
                    # A conflict: the other browser saves the department after this one opened the page.
                    for path, field, value in ((self.SERVICE, "field-department", "department"),
                                               (self.JOURNEY, "stage-1-title", "stage")):
                        self.open(f"{path}?lang={language}")
                        other.get(self.workbench.url.rstrip("/") + f"{path}?lang={language}")
                        self.retype(other.find_element(By.ID, field), f"{value} {language} {size} A")
                        self.other_saves(other, save)
                        self.retype(self.driver.find_element(By.ID, field), f"{value} {language} {size} B")
                        self.press_and_reload(save)
                        self.assertTrue(self.driver.find_elements(By.CSS_SELECTOR, "table.conflict"))
                        self.shot(f"forms-conflict-{value}-{language}-{size}")
        finally:
            other.quit()
            self.viewport(*SIZES["laptop"])


if __name__ == "__main__":
    unittest.main()
