#!/usr/bin/env python3
"""A programme's own decks as a person uses them in Chromium: the list of decks, a deck of its own
with its own words, a card's form with the deck's fields, a save; the field exercise's pages stay
where they were. `python3 Tests/Browser/run.py /tmp/shots 'decks_test.py'` runs it."""
from workbench import *  # noqa: F401,F403


class DeckTests(WorkbenchCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The Human API programme's solution cards, as a second deck beside the field exercise's.
        shutil.copytree(os.path.join(ROOT, "workshops", "human-api", "decks"), os.path.join(cls.workbench.workshop, "decks"))

    def test_1_the_decks_are_listed_and_each_opens_with_its_own_words(self):
        self.viewport(*SIZES["laptop"])
        self.open("/?lang=he")
        self.driver.find_element(By.LINK_TEXT, "חפיסות").click()
        self.wait.until(EC.title_contains("החפיסות של התכנית"))
        self.shot("decks-he-laptop")
        self.driver.find_element(By.PARTIAL_LINK_TEXT, "כרטיסי פתרונות").click()
        self.wait.until(EC.title_contains("כרטיסי פתרונות"))
        text = self.driver.find_element(By.TAG_NAME, "main").text
        self.assertIn("מערכת נתיב", text)
        self.assertIn("הצורך:", text)
        self.assertNotIn("המשימה:", text)
        self.shot("deck-solutions-he-laptop")
        self.open("/task-cards")
        self.wait.until(EC.title_contains("כרטיסיות משימה"))

    def test_2_a_card_is_edited_with_its_decks_fields(self):
        self.viewport(*SIZES["laptop"])
        self.open("/decks/solutions?lang=he")
        self.driver.find_element(By.LINK_TEXT, "תהליכי פיקוח").click()
        need = self.field_by_label("הצורך")
        self.assertEqual(need.get_attribute("value"), "תהליכי פיקוח")
        need.clear()
        need.send_keys("תהליכי פיקוח במשרד")
        self.press("שמירה")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        card = yaml.safe_load(self.workbench.file("decks/solutions/1-nativ.yaml"))
        self.assertEqual(card["need"], "תהליכי פיקוח במשרד")
        self.assertEqual(card["name"], "מערכת נתיב")
        self.shot("deck-card-saved-he-laptop")
        for language in ("ar", "en"):
            self.open(f"/decks/solutions/1-nativ?lang={language}")
            self.shot(f"deck-card-{language}-laptop")

    def test_3_the_deck_pages_are_valid_html(self):
        self.assert_valid_html({"decks": "/decks", "deck": "/decks/solutions", "card": "/decks/solutions/2-built",
                                "new-card": "/decks/solutions/new"})


if __name__ == "__main__":
    unittest.main()
