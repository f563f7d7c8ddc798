#!/usr/bin/env python3
"""The facilitator's pages when things are not smooth, in Chromium: a Hebrew title that begins with a
Latin word, two people editing one agenda, a form sent after the workbench restarted, and a person
taken off the team and brought back from the bin. `python3 Tests/Browser/run.py` runs every file."""
from workbench import *  # noqa: F401,F403

LANGUAGES = ("he", "ar", "en")


def other_field(driver, label, index=-1):
    """In a second browser: the input whose label begins with `label`, as `field_by_label` finds it."""
    ids = driver.execute_script("""
        return [...document.querySelectorAll('label')].filter(label => {
            const seen = label.cloneNode(true);
            seen.querySelectorAll('.visually-hidden').forEach(hidden => hidden.remove());
            return seen.textContent.trim().startsWith(arguments[0]);
        }).map(label => label.htmlFor);""", label)
    return driver.find_element(By.ID, ids[index])


def other_press(driver, text):
    page = driver.find_element(By.TAG_NAME, "html")
    button = next(button for button in driver.find_elements(By.XPATH, f"//button[normalize-space()='{text}']")
                  if button.is_displayed() and button.size["width"] > 1)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    WebDriverWait(driver, 20).until(page_replaced(page))


class FacilitatorUnhappyTests(WorkbenchCase):
    def test_1_a_title_that_begins_with_a_latin_word_reads_right_to_left_on_the_facilitator_pages(self):
        path = os.path.join(self.workbench.workshop, "meetings/03.yaml")
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        text = re.sub(r"(?m)^title: .*$", "title: API אנושי – מפגש 3", text, count=1)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        self.viewport(*SIZES["laptop"])
        for language in LANGUAGES:
            for page, selector in (("", "h1"), ("/agenda", "p.lede"), ("/print", "p.lede"), ("/minutes", "p.lede"),
                                   ("/attendance", "p.lede")):
                self.open(f"/meetings/03{page}?lang={language}")
                element = self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, selector)))
                self.assertEqual(element.text, "API אנושי – מפגש 3")
                # Read right to left, the Latin word comes first: it stands to the right of the Hebrew.
                api, hebrew = self.driver.execute_script("""
                    const node = [...arguments[0].childNodes].find(n => n.nodeType === 3);
                    const rect = (word) => { const range = document.createRange(), at = node.data.indexOf(word);
                        range.setStart(node, at); range.setEnd(node, at + word.length);
                        return range.getBoundingClientRect().left; };
                    return [rect('API'), rect('אנושי')];""", element)
                self.assertGreater(api, hebrew, f"{page} {language}: 'API' should stand right of 'אנושי'")
            self.open(f"/meetings/03?lang={language}")
            self.shot(f"facilitator-latin-title-{language}-laptop")

    def test_2_two_people_editing_one_agenda_both_keep_their_changes(self):
        other = make_driver()
        try:
            self.viewport(*SIZES["laptop"])
            other.get(self.workbench.url.rstrip("/") + "/meetings/01/agenda?lang=he")
            self.open("/meetings/01/agenda?lang=he")
            topic = self.field_by_label("נושא", 2)
            topic.clear()
            topic.send_keys("סבב אימוג'י קצר")
            self.press_and_reload("שמירה")
            self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
            # The second person still holds the agenda as it was, and changes row 5's length.
            length = other_field(other, "משך (דקות)", 4)
            length.clear()
            length.send_keys("15")
            other_press(other, "שמירה")
            self.assertIn("נשמר", other.find_element(By.CSS_SELECTOR, "[role=status]").text, "no conflict shown")
            agenda = yaml.safe_load(self.workbench.file("meetings/01.yaml"))["agenda"]
            self.assertEqual((agenda[2]["content"], agenda[4]["duration"]), ("סבב אימוג'י קצר", 15))

            # Both change row 2's topic: the second is asked, with the field's label and both values.
            for language, label, save, choose in (("ar", "الموضوع", "حفظ", "حفظ ما اخترته"),
                                                  ("he", "נושא", "שמירה", "שמירת מה שבחרתי"),
                                                  ("en", "Topic", "Save", "Save what I chose")):
                other.get(self.workbench.url.rstrip("/") + f"/meetings/01/agenda?lang={language}")
                self.open(f"/meetings/01/agenda?lang={language}")
                mine = self.field_by_label(label, 1)
                mine.clear()
                mine.send_keys(f"פתיחה – נועה {language}")
                self.press_and_reload(save)
                theirs = other_field(other, label, 1)
                theirs.clear()
                theirs.send_keys(f"פתיחה – דנה {language}")
                other_press(other, save)
                rows = [row.text for row in other.find_elements(By.CSS_SELECTOR, "table.conflict tbody tr")]
                self.assertEqual(len(rows), 1, rows)
                for words in (f"פתיחה – נועה {language}", f"פתיחה – דנה {language}", label):
                    self.assertIn(words, rows[0])
                for size, (width, height) in SIZES.items():
                    other.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                          {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
                    other.save_screenshot(os.path.join(SHOTS, f"facilitator-agenda-conflict-{language}-{size}.png"))
                other.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                      {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
                other_press(other, choose)
                agenda = yaml.safe_load(self.workbench.file("meetings/01.yaml"))["agenda"]
                self.assertEqual(agenda[1]["content"], f"פתיחה – דנה {language}")
                self.assertEqual((agenda[2]["content"], agenda[4]["duration"]), ("סבב אימוג'י קצר", 15))
        finally:
            other.quit()

    def test_3_an_agenda_sent_after_a_restart_comes_back_as_typed(self):
        for language, save, label, words in (("he", "שמירה", "נושא", "סדנה הופעלה מחדש"),
                                             ("ar", "حفظ", "الموضوع", "إعادة تشغيل"),
                                             ("en", "Save", "Topic", "restarted")):
            self.viewport(*SIZES["laptop"])
            self.open(f"/meetings/02/agenda?lang={language}")
            topic = self.field_by_label(label, 0)
            topic.clear()
            topic.send_keys(f"נושא שהוקלד {language}")
            # The workbench restarted under the open page: its form token is no longer good.
            self.driver.execute_script("document.querySelectorAll('input[name=_csrf]').forEach(i => i.value = 'old')")
            self.press_and_reload(save)
            notice = self.driver.find_element(By.CSS_SELECTOR, ".banner.warn[role=alert]")
            self.assertIn(words, notice.text)
            self.assertEqual(self.field_by_label(label, 0).get_attribute("value"), f"נושא שהוקלד {language}")
            self.shot(f"facilitator-agenda-expired-{language}-laptop")
            self.viewport(*SIZES["phone"])
            self.shot(f"facilitator-agenda-expired-{language}-phone")
            self.viewport(*SIZES["laptop"])
            self.press_and_reload(save)
            self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), ""))
            agenda = yaml.safe_load(self.workbench.file("meetings/02.yaml"))["agenda"]
            self.assertEqual(agenda[0]["content"], f"נושא שהוקלד {language}")

    def test_4_a_person_taken_off_the_team_comes_back_from_the_bin(self):
        self.viewport(*SIZES["laptop"])
        for name in ("סמדר כהן", "דני לוי"):
            self.open("/participants?lang=he")
            self.field_by_label("שם").send_keys(name)
            self.press_and_reload("הוספת משתתף/ת")
        self.driver.find_element(By.XPATH, "//tr[th[normalize-space()='סמדר כהן']]//a[contains(., 'עריכה')]").click()
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "סמדר כהן"))
        self.press_and_reload("הסרה מהרשימה")
        self.assertNotIn("סמדר כהן", self.workbench.file("participants.yaml"))
        self.open("/?lang=he")
        self.driver.find_element(By.LINK_TEXT, "סל המחזור").click()
        row = self.wait.until(EC.presence_of_element_located((By.XPATH, "//tr[td[contains(., 'סמדר כהן')]]")))
        self.assertIn("משתתף", row.text)
        self.shot("facilitator-bin-person-he-laptop")
        self.open("/bin?lang=ar")
        self.viewport(*SIZES["phone"])
        self.shot("facilitator-bin-person-ar-phone")
        self.viewport(*SIZES["laptop"])
        self.press_and_reload("استعادة")
        self.assertIn("أُعيد/ت إلى قائمة المشاركين", self.driver.find_element(By.CSS_SELECTOR, "[role=status]").text)
        team = yaml.safe_load(self.workbench.file("participants.yaml"))
        self.assertEqual([person["name"] for person in team], ["דני לוי", "סמדר כהן"])
        # Taken off again, then added again by hand with another department: the bin says so plainly.
        self.open("/participants?lang=he")
        self.driver.find_element(By.XPATH, "//tr[th[normalize-space()='דני לוי']]//a[contains(., 'עריכה')]").click()
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "דני לוי"))
        self.field_by_label("מחלקה").send_keys("הנדסה")
        self.press_and_reload("שמירה")
        self.press_and_reload("הסרה מהרשימה")
        self.field_by_label("שם").send_keys("דני לוי")
        self.field_by_label("מחלקה").send_keys("גזברות")
        self.press_and_reload("הוספת משתתף/ת")
        for language, restore, words in (("he", "שחזור", "כבר ברשימת המשתתפים"), ("ar", "استعادة", "موجود/ة في قائمة المشاركين")):
            self.open(f"/bin?lang={language}")
            self.press_and_reload(restore)
            notice = self.driver.find_element(By.CSS_SELECTOR, "[role=status] .banner.warn")
            self.assertIn(words, notice.text)
            for size, (width, height) in SIZES.items():
                self.viewport(width, height)
                self.shot(f"facilitator-bin-person-again-{language}-{size}")
            self.viewport(*SIZES["laptop"])
        team = yaml.safe_load(self.workbench.file("participants.yaml"))
        self.assertEqual([person["name"] for person in team], ["סמדר כהן", "דני לוי"], "not added twice")
        self.assertEqual(team[1]["department"], "גזברות")


if __name__ == "__main__":
    unittest.main()
