#!/usr/bin/env python3
"""Two people on one journey in two Chromium browsers, in Hebrew and Arabic, while one of them moves
a stage: what the other writes into a stage lands on that stage, wherever it went, and nobody is
asked about anything. `python3 Tests/Browser/run.py` runs every file."""
from workbench import *  # noqa: F401,F403

JOURNEY = "/journeys/arnona-discount-current"
WORDS = {
    "he": {"earlier": "הזזת שלב 3 מוקדם יותר", "pain": "פתק חדש: הכאב, שלב 3", "save": "שמירה"},
    "ar": {"earlier": "نقل المرحلة 3 إلى وقت أبكر", "pain": "ملاحظة جديدة: الألم، المرحلة 3", "save": "حفظ"},
}


class ListMergeTests(WorkbenchCase):
    def other_field(self, driver, label):
        """The field labelled `label` in the other person's browser."""
        return driver.find_element(By.ID, driver.execute_script(
            "return [...document.querySelectorAll('label')].find(l => l.textContent.trim().startsWith(arguments[0])).htmlFor",
            label))

    def test_1_a_note_written_while_a_colleague_moved_its_stage_lands_on_that_stage(self):
        other = make_driver()
        try:
            for language in ("he", "ar"):
                words = WORDS[language]
                journey = yaml.safe_load(self.workbench.file("journeys/arnona-discount-current.yaml"))
                third = journey["stages"][2]["title"]
                # The colleague opens the grid; this person then moves stage 3 one earlier.
                other.get(self.workbench.url.rstrip("/") + f"{JOURNEY}?lang={language}")
                self.open(f"{JOURNEY}?lang={language}")
                button = self.driver.find_element(By.XPATH, f"//button[@aria-label='{words['earlier']}']")
                self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
                button.click()
                self.wait.until(lambda driver: "saved=1" in driver.current_url)
                moved = yaml.safe_load(self.workbench.file("journeys/arnona-discount-current.yaml"))
                self.assertEqual(moved["stages"][1]["title"], third)
                # The colleague, still holding the old order, writes a pain into stage 3 and saves.
                note = f"{language}: התור בקבלת הקהל ארוך"
                field = self.other_field(other, words["pain"])
                other.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
                field.send_keys(note)
                other.find_element(By.XPATH, f"//button[normalize-space()='{words['save']}']").click()
                # Saved, the grid comes back with "saved" in its address.
                WebDriverWait(other, 20).until(lambda driver: "saved=1" in driver.current_url)
                self.assertFalse(other.find_elements(By.CSS_SELECTOR, "table.conflict"), "nobody is asked")
                after = yaml.safe_load(self.workbench.file("journeys/arnona-discount-current.yaml"))
                self.assertEqual(after["stages"][1]["title"], third)
                self.assertIn(note, after["stages"][1]["pains"], "the note is on the stage it was written into")
                self.assertNotIn(note, after["stages"][2].get("pains") or [])
                other.save_screenshot(os.path.join(SHOTS, f"list-merge-after-{language}-laptop.png"))
        finally:
            other.quit()


if __name__ == "__main__":
    unittest.main()
