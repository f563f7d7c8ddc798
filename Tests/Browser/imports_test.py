#!/usr/bin/env python3
"""The imports as a secretary meets them in Chromium, in Hebrew and Arabic: the team's import comes
back as the same form after a file that is no spreadsheet, one too large and a restart, its message
beside the file's input; a report that imported nobody says so in an error banner, naming the people
and what to do in the browser. `python3 Tests/Browser/run.py` runs every file."""
import unhappy_test
from workbench import *  # noqa: F401,F403

WORDS = {
    "he": {"link": "ייבוא מגיליון", "file": "קובץ הגיליון", "import": "ייבוא",
           "not_sheet": "הקובץ אינו טקסט של גיליון", "too_large": "הקובץ גדול מ", "again": "בחרו שוב את הגיליון",
           "restarted": "סדנה הופעלה מחדש", "added": "רינה לוי", "nobody": "אף אחד לא נוסף לרשימה",
           "kept": "כבר ברשימה", "nothing": "לא יובא דבר מהגיליון", "personas_kept": "כבר בין הפרסונות",
           "tick": "להחליף פרסונות שכבר קיימות"},
    "ar": {"link": "استيراد من جدول", "file": "ملف الجدول", "import": "استيراد",
           "not_sheet": "الملف ليس نص جدول بيانات", "too_large": "الملف أكبر من", "again": "اختاروا الجدول مرة أخرى",
           "restarted": "إعادة تشغيل سدنا", "added": "رينا ليفي", "nobody": "لم يُضف أحد إلى القائمة",
           "kept": "موجودون في القائمة", "nothing": "لم يُستورد شيء من الجدول", "personas_kept": "موجودون بين الشخصيات",
           "tick": "استبدال الشخصيات الموجودة"},
}


class ImportTests(WorkbenchCase):
    restart_server = unhappy_test.UnhappyPathTests.restart_server

    def write(self, name, data):
        path = os.path.join(self.workbench.folder, name)
        with open(path, "wb") as handle:
            handle.write(data)
        return path

    def import_file(self, language, path):
        """The file chosen by the input's label, and "ייבוא" pressed."""
        self.field_by_label(WORDS[language]["file"]).send_keys(path)
        self.press_and_reload(WORDS[language]["import"])

    def message_beside(self, field):
        ids = (field.get_attribute("aria-describedby") or "").split()
        return " ".join(self.driver.find_element(By.ID, i).text for i in ids if "message" in i)

    def expect_same_form(self, language, words):
        """The import's form again: the summary at the top linking to the file's input, the message beside it."""
        words = WORDS[language][words]
        summary = self.driver.find_element(By.CSS_SELECTOR, ".error-summary")
        link = summary.find_element(By.TAG_NAME, "a")
        self.assertIn(words, link.text)
        field = self.field_by_label(WORDS[language]["file"])
        self.assertEqual(field.get_attribute("aria-invalid"), "true")
        self.assertIn(words, self.message_beside(field))
        self.assertTrue(self.driver.find_elements(By.TAG_NAME, "nav"), "the site's header and menu")
        link.click()
        self.assertEqual(self.driver.switch_to.active_element.get_attribute("id"), field.get_attribute("id"))

    def test_1_the_teams_import_comes_back_as_the_same_form_after_each_refusal(self):
        picture = self.write("team.png", bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xFE, 0]))
        huge = self.write("big.csv", b"A" * (13 * 1024 * 1024))
        sheet = "שם,מחלקה\nרינה לוי,גבייה\nرينا ليفي,الجباية\n"
        good = self.write("team.csv", sheet.encode("utf-8"))
        for size in ("laptop", "phone"):
            self.viewport(*SIZES[size])
            for language in ("he", "ar"):
                self.open(f"/participants?lang={language}")
                link = self.driver.find_element(By.LINK_TEXT, WORDS[language]["link"])
                page = self.driver.find_element(By.TAG_NAME, "html")
                link.click()
                self.wait.until(EC.staleness_of(page))
                # A picture, not a spreadsheet.
                self.import_file(language, picture)
                self.expect_same_form(language, "not_sheet")
                self.shot(f"imports-team-not-a-sheet-{language}-{size}")
                # Too large to keep.
                self.import_file(language, huge)
                self.expect_same_form(language, "too_large")
                self.shot(f"imports-team-too-large-{language}-{size}")
                # The workbench restarted while the form was open.
                self.field_by_label(WORDS[language]["file"]).send_keys(good)
                self.restart_server()
                self.press_and_reload(WORDS[language]["import"])
                self.assertIn(WORDS[language]["restarted"], self.driver.find_element(By.CSS_SELECTOR, "[role=status]").text)
                self.expect_same_form(language, "again")
                self.shot(f"imports-team-restarted-{language}-{size}")
        # Then the file itself: the people are named; again, nobody is added, in an error banner.
        self.viewport(*SIZES["laptop"])
        for language in ("he", "ar"):
            self.open(f"/participants/import?lang={language}")
            self.import_file(language, good)
            banner = self.driver.find_element(By.CSS_SELECTOR, "[role=status] .banner")
            if "error" in banner.get_attribute("class"):
                self.assertIn(WORDS[language]["nobody"], banner.text)
                self.assertIn(WORDS[language]["kept"], banner.text)
                self.assertIn("רינה לוי", banner.text)
            else:
                self.assertIn("רינה לוי", banner.text)
                self.assertIn("رينا ليفي", banner.text)
            self.shot(f"imports-team-report-{language}-laptop")
        self.assertIn("רינה לוי", self.workbench.file("participants.yaml"))

    def test_2_a_persona_import_that_imported_nobody_says_why_and_what_to_do(self):
        sheet = self.write("personas.csv", "שם,גיל\nנועה ברק,33\nעמית שלום,41\n".encode("utf-8"))
        self.open("/personas/import?lang=he")
        self.import_file("he", sheet)
        self.assertIn("נועה ברק", self.driver.find_element(By.CSS_SELECTOR, "ul.written").text)
        for size in ("laptop", "phone"):
            self.viewport(*SIZES[size])
            for language in ("he", "ar"):
                self.open(f"/personas?lang={language}")
                self.open(f"/personas/import?lang={language}")
                self.import_file(language, sheet)
                banner = self.driver.find_element(By.CSS_SELECTOR, "[role=status] .banner.error")
                text = banner.text
                self.assertIn(WORDS[language]["nothing"], text)
                self.assertIn(WORDS[language]["personas_kept"], text)
                self.assertIn("נועה ברק", text)
                self.assertIn("עמית שלום", text)
                self.assertIn(WORDS[language]["tick"], text, "what to do, in the browser's words")
                main = self.driver.find_element(By.TAG_NAME, "main").text
                self.assertNotIn("--force", main)
                self.assertNotIn(".yaml", main)
                self.shot(f"imports-personas-nothing-{language}-{size}")
        self.viewport(*SIZES["laptop"])


if __name__ == "__main__":
    unittest.main()
