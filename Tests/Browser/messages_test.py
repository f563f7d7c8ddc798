#!/usr/bin/env python3
"""The programme's findings on the home page and an import's report, read as a person reads them:
in the page's language, in plain words, with no backtick, YAML key or command-line flag."""
from workbench import *  # noqa: F401,F403


class MessagesTests(WorkbenchCase):
    def findings(self):
        return [item.text for item in self.driver.find_elements(By.CSS_SELECTOR, "main li")]

    def test_1_the_home_pages_findings_are_in_the_pages_language(self):
        self.viewport(*SIZES["laptop"])
        for language, words in (("he", "הדף אינו אומר למי לפנות"), ("ar", "لا تقول الصفحة بمن يُتصل"),
                                ("en", "the page does not say whom to contact")):
            self.open(f"/?lang={language}")
            text = self.driver.find_element(By.TAG_NAME, "main").text
            self.assertIn(words, text)
            self.assertNotIn("`", text, "no backtick reaches the page")
            self.assertNotIn("contact:", text, "the field is named by its label, not its YAML key")
            self.assertNotIn("apt-get", text, "no command to type reaches the page")
            self.shot(f"messages-home-{language}-laptop")

    def test_2_an_imports_report_says_what_to_do_in_the_browser(self):
        import_path = os.path.join(self.workbench.folder, "team.csv")
        with open(import_path, "w", encoding="utf-8") as handle:
            handle.write("שם,גיל\nנועה,33\nעמית,שלושים\n")
        for language in ("he", "ar"):
            self.open(f"/personas/import?lang={language}")
            self.driver.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(import_path)
            before = self.driver.find_element(By.TAG_NAME, "main")
            self.driver.find_element(By.CSS_SELECTOR, "form button[type=submit], form button").click()
            # The report is a new page: wait for the form's page to go before reading it.
            self.wait.until(page_replaced(before))
            self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "main")))
            # Numbers and cells are isolated (U+2068 … U+2069) so they keep their place in the line.
            text = self.driver.find_element(By.TAG_NAME, "main").text.replace("\u2068", "").replace("\u2069", "")
            self.assertIn("שלושים", text)
            self.assertIn("שורה 3" if language == "he" else "الصف 3", text, text)
            self.assertNotIn("--force", text)
            self.assertNotIn("`", text)
            self.shot(f"messages-import-{language}-laptop")


if __name__ == "__main__":
    unittest.main()
