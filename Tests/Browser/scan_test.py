#!/usr/bin/env python3
"""A secretary brings the photos from her phone into the workbench: "צילומים מהמפגש" on a meeting's
page takes two at once (a good photo of a persona form and one that is no form), says what it found
and why the other was not read, and opens the form's transcription, where she types what she sees
beside its handwriting. `python3 Tests/Browser/run.py /tmp/shots 'scan_test.py'` runs it."""
import struct
import urllib.parse
import zlib

from workbench import *  # noqa: F401,F403


def png(width, height, rows):
    """An RGB PNG of `rows` (bytes, three per pixel), written the plain way: no filter, one zlib stream."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def photo_of_form(pdf, folder, name="IMG_0417.png", at=(1 / 3, 1 / 5)):
    """The form's first page as a straight photo (150 dpi), with a pen's scribble a third of the
    page wide, starting at `at` (fractions of the page's width and height)."""
    return photo_of_page(pdf, folder, name, [(at[0], at[1], 1 / 3)])


def photo_of_page(pdf, folder, name, scribbles, page=1):
    """The form's page `page` as a straight photo (150 dpi), with a pen's scribble at each of
    `scribbles`: (x, y, length), fractions of the page's width and height."""
    stem = os.path.join(folder, name[:-4])
    subprocess.run(["pdftoppm", "-r", "150", "-f", str(page), "-l", str(page), pdf, stem], check=True)
    ppm = next(os.path.join(folder, entry) for entry in os.listdir(folder)
               if entry.startswith(name[:-4]) and entry.endswith(".ppm"))
    with open(ppm, "rb") as handle:
        data = handle.read()
    parts = data.split(maxsplit=4)  # P6, width, height, 255, pixels
    width, height, pixels = int(parts[1]), int(parts[2]), bytearray(parts[4])
    for left, top, length in scribbles:
        for step in range(int(width * length)):
            x = int(width * left) + step
            y = int(height * top) + int(18 * ((step // 9) % 2 * 2 - 1) * ((step % 9) / 9))
            for dy in range(-2, 3):
                at_pixel = ((y + dy) * width + x) * 3
                pixels[at_pixel:at_pixel + 3] = b"\x20\x28\x70"
    rows = [bytes(pixels[row * width * 3:(row + 1) * width * 3]) for row in range(height)]
    path = os.path.join(folder, name)
    with open(path, "wb") as handle:
        handle.write(png(width, height, rows))
    return path


def photo_of_nothing(folder):
    """A sharp photo of a wooden table's grain: no form in it."""
    rows = []
    for y in range(480):
        rows.append(b"".join(bytes([110 + (x * 7 + y * 13) % 90, 80 + (x * 5 + y * 3) % 60, 50]) for x in range(640)))
    path = os.path.join(folder, "IMG_0418.png")
    with open(path, "wb") as handle:
        handle.write(png(640, 480, rows))
    return path


class ScanTests(WorkbenchCase):
    def test_40_photos_from_the_meeting_are_read_and_a_persona_form_is_typed_up(self):
        folder = tempfile.mkdtemp(prefix="sadna-photos-")
        pdf = os.path.join(folder, "form.pdf")
        with urllib.request.urlopen(self.workbench.url + "personas/form.pdf") as response, open(pdf, "wb") as handle:
            handle.write(response.read())
        good, refused = photo_of_form(pdf, folder), photo_of_nothing(folder)

        self.viewport(*SIZES["laptop"])
        self.open("/meetings/03?lang=he")
        self.driver.find_element(By.LINK_TEXT, "שליחת התמונות").click()
        self.wait.until(EC.title_contains("צילומים מהמפגש"))
        photos = self.field_by_label("תמונות של טפסים")
        self.assertEqual(photos.get_attribute("multiple"), "true")
        self.assertEqual(photos.get_attribute("capture"), "environment")
        photos.send_keys(good + "\n" + refused)
        self.press_and_reload("שליחת התמונות")
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "מה נמצא בתמונות"))
        page = self.driver.find_element(By.TAG_NAME, "main").text
        self.assertIn("1 מתוך 2 תמונות נקראו.", page)
        self.assertIn("IMG_0418.png", page)
        self.assertIn("לא נמצאו בה סימני פינות", page, "why the photo of the table was not read")
        self.assertIn("מה לעשות:", page)
        thumbnail = self.driver.find_element(By.CSS_SELECTOR, ".scan-thumb img")
        self.assertGreater(self.driver.execute_script("return arguments[0].naturalWidth", thumbnail), 500)
        self.shot_at_each_width("scan-result-he")

        self.driver.find_element(By.PARTIAL_LINK_TEXT, "להקלדת הטופס").click()
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "טופס פרסונה"))
        crops = self.driver.find_elements(By.CSS_SELECTOR, ".scan-field img")
        self.assertGreater(len(crops), 10, "each field's handwriting beside its input")
        self.wait.until(lambda driver: driver.execute_script("return arguments[0].naturalWidth", crops[0]) > 0)
        name = self.field_by_label("שם", index=0)
        self.assertEqual(name.get_attribute("id"), "field-name")
        name.clear()
        name.send_keys("סמירה חוראני")
        self.field_by_label("גיל").send_keys("47")
        self.press_and_reload("שמירה")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        self.assertIn("/meetings/03/scans/persona-form-1", self.driver.current_url)
        persona = yaml.safe_load(self.workbench.file("personas/03-persona-form-1.yaml"))
        self.assertEqual(persona["name"], "סמירה חוראני")
        self.assertEqual(persona["age"], 47)
        self.assertIn("scanned", persona, "the crops stay for the fields not typed")
        self.assertEqual(self.field_by_label("גיל").get_attribute("value"), "47", "what was typed shows again")

        self.open("/meetings/03?lang=he")
        self.driver.find_element(By.PARTIAL_LINK_TEXT, "טופס פרסונה").click()
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "טופס פרסונה"))
        pages = {"scan-form": "/meetings/03/scans/persona-form-1", "scans": "/meetings/03/scans"}
        self.screenshot_pages(pages)
        self.assert_valid_html(pages)

        # The same page again, from an Arabic reader: it asks before it replaces the first scan.
        self.open("/meetings/03/scans?lang=ar")
        self.field_by_label("صور النماذج").send_keys(good + "\n" + refused)
        self.press_and_reload("إرسال الصور")
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "ما وُجد في الصور"))
        page = self.driver.find_element(By.TAG_NAME, "main").text
        self.assertIn("قُرئت 0 من 2 صور.", page)
        self.assertIn("مُسحت من قبل", page)
        self.shot_at_each_width("scan-result-ar")
        self.press_and_reload("استبدال المسح السابق بهذه الصورة")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "قُرئت 1 من 1"))
        persona = yaml.safe_load(self.workbench.file("personas/03-persona-form-1.yaml"))
        self.assertEqual(persona["name"], "סמירה חוראני", "what was typed stays")

    def test_41_a_sheet_of_a_canvas_printed_on_a4_is_typed_up_beside_its_handwriting(self):
        """A council without an A3 printer prints the canvas on four A4 sheets. The secretary sends
        a photo of the first sheet; the journey it became shows each written cell's handwriting
        beside the cell's input, and what she types is saved beside the crops."""
        folder = tempfile.mkdtemp(prefix="sadna-canvas-")
        pdf = os.path.join(folder, "canvas.pdf")
        subprocess.run([SADNA, "render", "journey-canvas", "--workshop", self.workbench.workshop, "--paper", "a4",
                        "-o", pdf], check=True, capture_output=True, env=dict(os.environ, SADNA_HOME=ROOT))
        sheet = photo_of_form(pdf, folder, name="IMG_0501.png", at=(0.3, 0.6))

        self.viewport(*SIZES["laptop"])
        self.open("/meetings/03/scans?lang=he")
        self.field_by_label("תמונות של טפסים").send_keys(sheet)
        self.press_and_reload("שליחת התמונות")
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "מה נמצא בתמונות"))
        result = self.driver.find_element(By.TAG_NAME, "main").text
        self.assertIn("1 מתוך 1 תמונות נקראו.", result)
        self.assertIn("מפת מסע · גיליון 1 מתוך 4", result, "which sheet of the canvas it was")
        self.open("/meetings/03/scans/journey-canvas-1-sheet-1?lang=he")
        link = self.driver.find_element(By.CSS_SELECTOR, "a[href='/journeys/03-journey-canvas-1']")
        link.click()
        self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "table.journey-grid")))
        crops = self.driver.find_elements(By.CSS_SELECTOR, "table.journey-grid td figure.handwriting img")
        self.assertGreater(len(crops), 0, "the written cells' handwriting in the grid")
        self.wait.until(lambda driver: all(driver.execute_script("return arguments[0].naturalWidth", crop) > 0
                                           for crop in crops))
        titles = self.driver.find_elements(By.CSS_SELECTOR, "table.journey-grid thead figure.handwriting img")
        self.assertEqual(len(titles), 0, "a stage's title with nothing written on it shows no crop")
        self.assertIn("כתוב ביד", crops[0].find_element(By.XPATH, "..").text)
        self.assertTrue(crops[0].get_attribute("alt").startswith("מה שנכתב ביד בשדה"))
        self.shot_at_each_width("scan-canvas-journey-he", part="table.journey-grid")

        # She types what she sees: the journey's name and the first stage's title.
        title = self.field_by_label("השירות (שם המסע)")
        title.clear()
        title.send_keys("תשלום ארנונה")
        self.driver.find_element(By.ID, "stage-0-title").send_keys("מחפשת באתר")
        self.press_and_reload("שמירה")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        journey = yaml.safe_load(self.workbench.file("journeys/03-journey-canvas-1.yaml"))
        self.assertEqual(journey["title"], "תשלום ארנונה")
        self.assertEqual(journey["stages"][0]["title"], "מחפשת באתר")
        self.assertIn("actions", journey["stages"][0]["scanned"], "the crops stay beside what was typed")
        self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, "table.journey-grid td figure.handwriting img")),
                         len(crops), "the handwriting still shows after the save")
        self.assert_valid_html({"journey": "/journeys/03-journey-canvas-1"})

    def test_42_a_photographed_minutes_form_is_typed_up_beside_its_handwriting(self):
        """The minutes of meeting 4 were written by hand on the blank minutes form. The secretary
        sends a photo of each of its two pages and types the minutes in the minutes editor, each
        written field's handwriting beside its input, the action table as written beside the items."""
        folder = tempfile.mkdtemp(prefix="sadna-minutes-")
        pdf = os.path.join(folder, "minutes.pdf")
        subprocess.run([SADNA, "render", "minutes-blank", "--workshop", self.workbench.workshop, "-o", pdf],
                       check=True, capture_output=True, env=dict(os.environ, SADNA_HOME=ROOT))
        # Page 1: who was absent, item 1 and its decision; page 2: item 3 (item 2 left empty) and
        # the first row of the action table, what and who.
        first = photo_of_page(pdf, folder, "IMG_0601.png", [(0.3, 0.31, 1 / 3), (0.3, 0.48, 0.4), (0.3, 0.615, 1 / 3)])
        second = photo_of_page(pdf, folder, "IMG_0602.png", [(0.3, 0.13, 0.4), (0.45, 0.621, 0.3), (0.25, 0.621, 0.12)],
                               page=2)

        self.viewport(*SIZES["laptop"])
        self.open("/meetings/04/scans?lang=he")
        self.field_by_label("תמונות של טפסים").send_keys(first + "\n" + second)
        self.press_and_reload("שליחת התמונות")
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "מה נמצא בתמונות"))
        self.assertIn("2 מתוך 2 תמונות נקראו.", self.driver.find_element(By.TAG_NAME, "main").text)
        self.open("/meetings/04/scans/minutes-blank?lang=he")
        self.assertIn("בעורך הסיכום כתב היד מוצג ליד כל שדה", self.driver.find_element(By.TAG_NAME, "main").text)
        self.driver.find_element(By.CSS_SELECTOR, "main a[href='/meetings/04/minutes']").click()
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "פרוטוקול"))

        crops = self.driver.find_elements(By.CSS_SELECTOR, "form.minutes-editor figure.handwriting img")
        self.assertEqual(len(crops), 6, "absent, item 1, its decision, item 3, and the action's what and who")
        self.wait.until(lambda driver: all(driver.execute_script("return arguments[0].naturalWidth", crop) > 0
                                           for crop in crops))

        def handwriting(field):
            """The handwriting shown in the field's own group, beside its input (none: None)."""
            found = field.find_elements(By.XPATH, "../figure[contains(@class, 'handwriting')]/img")
            return found[0] if found else None

        absent = self.field_by_label("חסרים")
        self.assertEqual(handwriting(absent).get_attribute("alt"), "מה שנכתב ביד בשדה חסרים")
        self.assertIn("כתוב ביד", handwriting(absent).find_element(By.XPATH, "..").text)
        self.assertIsNone(handwriting(self.field_by_label("נוכחים")), "nothing was written there")
        first_title, second_title = self.field_by_label("נושא", index=0), self.field_by_label("נושא", index=1)
        self.assertTrue(handwriting(first_title).get_attribute("src").endswith("/minutes-blank/item-1.png"))
        self.assertTrue(handwriting(second_title).get_attribute("src").endswith("/minutes-blank-p2/item-3.png"),
                        "the next item written on paper, the empty one between left out")
        decision = self.field_by_label("החלטה", index=0)
        self.assertTrue(handwriting(decision).get_attribute("src").endswith("/minutes-blank/decision-1.png"))
        written = self.driver.find_element(By.CSS_SELECTOR, "aside.written-actions")
        self.assertIn("המשימות כפי שנכתבו בטופס", written.text)
        self.assertIn("משימה 1 בטופס", written.text)
        self.assertEqual(len(written.find_elements(By.CSS_SELECTOR, "img")), 2)
        page = self.driver.find_element(By.LINK_TEXT, "הטופס המצולם, עמוד 1")
        self.assertTrue(page.get_attribute("href").endswith("/meetings/04/scans/minutes-blank"))
        self.assertTrue(self.driver.find_element(By.LINK_TEXT, "הטופס המצולם, עמוד 2").is_displayed())

        self.driver.execute_script("document.querySelector('.minutes-scanned').scrollIntoView()")
        self.shot("scan-minutes-people-he-laptop")
        self.driver.execute_script("document.querySelector('#item-0').scrollIntoView()")
        self.shot("scan-minutes-items-he-laptop")
        self.viewport(*SIZES["phone"])
        self.driver.execute_script("document.querySelector('fieldset.minutes-people').scrollIntoView()")
        self.shot("scan-minutes-people-he-phone")
        self.driver.execute_script("document.querySelector('#item-1').scrollIntoView()")
        self.shot("scan-minutes-items-he-phone")
        self.driver.execute_script("document.querySelector('aside.written-actions').scrollIntoView()")
        self.shot("scan-minutes-actions-he-phone")
        self.viewport(*SIZES["laptop"])

        # She types what she sees, beside it.
        self.field_by_label("חסרים").send_keys("יוסי כהן")
        self.field_by_label("נושא", index=0).send_keys("עדכוני הצוות")
        self.field_by_label("דיון", index=0).send_keys("הוצג לוח הזמנים")
        self.field_by_label("החלטה", index=0).send_keys("להקים צוות נתונים")
        self.field_by_label("אחראי/ת", index=0).send_keys("דנה לוי")
        self.field_by_label("נושא", index=1).send_keys("תקציב")
        self.press_and_reload("שמירה")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        meeting = yaml.safe_load(self.workbench.file("meetings/04.yaml"))
        self.assertEqual([item["title"] for item in meeting["minutes"]["items"]], ["עדכוני הצוות", "תקציב"])
        self.assertEqual(meeting["minutes"]["absent"], ["יוסי כהן"])
        self.assertEqual(meeting["minutes"]["items"][0]["decisions"][0]["owner"], "דנה לוי")
        self.assertEqual(set(meeting["scanned"]), {"minutes-blank", "minutes-blank-p2"}, "the crops stay")
        self.assertIn("item-3", meeting["scanned"]["minutes-blank-p2"])
        second_title = self.field_by_label("נושא", index=1)
        self.assertEqual(second_title.get_attribute("value"), "תקציב")
        self.assertTrue(handwriting(second_title).get_attribute("src").endswith("/minutes-blank-p2/item-3.png"),
                        "still beside its handwriting after the save")
        self.driver.execute_script("document.querySelector('#item-0').scrollIntoView()")
        self.shot("scan-minutes-saved-he-laptop")

        # An Arabic reader sees the same, in her words.
        self.open("/meetings/04/minutes?lang=ar")
        self.assertIn("المهام كما كُتبت في النموذج",
                      self.driver.find_element(By.CSS_SELECTOR, "aside.written-actions").text)
        self.driver.execute_script("document.querySelector('#item-0').scrollIntoView()")
        self.shot("scan-minutes-items-ar-laptop")
        self.viewport(*SIZES["phone"])
        self.driver.execute_script("document.querySelector('fieldset.minutes-people').scrollIntoView()")
        self.shot("scan-minutes-people-ar-phone")
        self.viewport(*SIZES["laptop"])
        self.assert_valid_html({"minutes-scanned": "/meetings/04/minutes"})

    def test_43_a_sketch_of_a_service_page_is_typed_up_into_a_service_page_beside_its_handwriting(self):
        """At meeting 6 a department drafts a service page by hand on the blank sketch. The secretary
        sends its photo, types the service's name beside the handwritten one, and the service page
        that is made shows each written part's handwriting beside the inputs she types it into."""
        folder = tempfile.mkdtemp(prefix="sadna-sketch-")
        pdf = os.path.join(folder, "sketch.pdf")
        subprocess.run([SADNA, "render", "service-sketch", "--workshop", self.workbench.workshop, "-o", pdf],
                       check=True, capture_output=True, env=dict(os.environ, SADNA_HOME=ROOT))
        # A scribble on the service's name and one on "how?" (a scribble marks one field of the sketch).
        sketch = photo_of_page(pdf, folder, "IMG_0600.png", [(0.3, 0.165, 1 / 3), (0.3, 0.38, 1 / 3)])

        self.viewport(*SIZES["laptop"])
        self.open("/meetings/06/scans?lang=he")
        self.field_by_label("תמונות של טפסים").send_keys(sketch)
        self.press_and_reload("שליחת התמונות")
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "מה נמצא בתמונות"))
        self.assertIn("1 מתוך 1 תמונות נקראו.", self.driver.find_element(By.TAG_NAME, "main").text)
        self.driver.find_element(By.PARTIAL_LINK_TEXT, "להקלדת הטופס").click()
        self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "form.scan-transcribe")))
        crop = self.driver.find_element(By.CSS_SELECTOR, "form.scan-transcribe figure.handwriting img")
        self.wait.until(lambda driver: driver.execute_script("return arguments[0].naturalWidth", crop) > 0)
        self.assertEqual(crop.get_attribute("alt"), "מה שנכתב ביד בשדה שם השירות")
        self.shot_at_each_width("scan-sketch-he", part="form.scan-transcribe")

        # Without a name nothing is made: the message is beside the field.
        self.press_and_reload("יצירת דף שירות מהסקיצה")
        self.assertIn("כתבו את שם השירות", self.driver.find_element(By.ID, "field-name-group").text)
        self.assertIn("שגיאה", self.driver.title)
        self.shot("scan-sketch-refused-he-laptop")
        self.field_by_label("שם השירות").send_keys("הנחה בארנונה")
        self.press_and_reload("יצירת דף שירות מהסקיצה")
        self.wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "הנחה בארנונה"))
        address = self.driver.current_url.split("?")[0]
        service = urllib.parse.unquote(address.rsplit("/", 1)[1])
        page = yaml.safe_load(self.workbench.file(f"services/{service}.yaml"))
        self.assertEqual(page["name"], "הנחה בארנונה")
        self.assertEqual(page["scanned"], {"name": "scans/06/service-sketch-1/question-1.png",
                                           "how": "scans/06/service-sketch-1/question-4.png"})

        # The page's form: the name's handwriting beside its input, how's above the ways.
        crops = self.driver.find_elements(By.CSS_SELECTOR, "form.service figure.handwriting img")
        self.assertEqual(len(crops), 2)
        self.wait.until(lambda driver: all(driver.execute_script("return arguments[0].naturalWidth", crop) > 0
                                           for crop in crops))
        self.assertIn("כתוב ביד", crops[1].find_element(By.XPATH, "..").text)
        self.assertTrue(crops[1].get_attribute("alt").startswith("מה שנכתב ביד בשדה איך?"))
        for size in ("laptop", "phone"):
            self.viewport(*SIZES[size])
            for part in ("field-name-group", "ways"):
                self.driver.execute_script(f"document.getElementById('{part}').scrollIntoView()")
                self.shot(f"scan-sketch-service-{part}-he-{size}")
        self.viewport(*SIZES["laptop"])
        Select(self.field_by_label("הערוץ")).select_by_visible_text("בטופס מקוון")
        steps = self.field_by_label("הצעדים")
        steps.send_keys("ממלאים את הטופס באתר")
        self.press_and_reload("שמירה")
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[role=status]"), "נשמר"))
        page = yaml.safe_load(self.workbench.file(f"services/{service}.yaml"))
        self.assertIn("how", page["scanned"], "the handwriting stays beside what was typed")
        self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, "form.service figure.handwriting img")), 2)

        # Back on the sketch's page, in Arabic: it leads to the page it made.
        self.open("/meetings/06/scans/service-sketch-1?lang=ar")
        link = self.driver.find_element(By.CSS_SELECTOR, f"a[href='/services/{urllib.parse.quote(service)}']")
        self.assertEqual(link.text, "הנחה בארנונה")
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR, "form.scan-transcribe"), [])
        self.shot("scan-sketch-made-ar-laptop")
        self.open(f"/services/{urllib.parse.quote(service)}?lang=ar")
        self.driver.execute_script("document.getElementById('ways').scrollIntoView()")
        self.shot("scan-sketch-service-ar-laptop")
        self.assert_valid_html({"sketch": "/meetings/06/scans/service-sketch-1", "service": f"/services/{urllib.parse.quote(service)}"})
