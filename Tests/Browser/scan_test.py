#!/usr/bin/env python3
"""A secretary brings the photos from her phone into the workbench: "צילומים מהמפגש" on a meeting's
page takes two at once (a good photo of a persona form and one that is no form), says what it found
and why the other was not read, and opens the form's transcription, where she types what she sees
beside its handwriting. `python3 Tests/Browser/run.py /tmp/shots 'scan_test.py'` runs it."""
import struct
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
    stem = os.path.join(folder, name[:-4])
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", pdf, stem], check=True)
    ppm = next(os.path.join(folder, entry) for entry in os.listdir(folder)
               if entry.startswith(name[:-4]) and entry.endswith(".ppm"))
    with open(ppm, "rb") as handle:
        data = handle.read()
    parts = data.split(maxsplit=4)  # P6, width, height, 255, pixels
    width, height, pixels = int(parts[1]), int(parts[2]), bytearray(parts[4])
    for step in range(width // 3):
        x = int(width * at[0]) + step
        y = int(height * at[1]) + int(18 * ((step // 9) % 2 * 2 - 1) * ((step % 9) / 9))
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
        self.shot("scan-result-he-laptop")
        self.viewport(*SIZES["phone"])
        self.shot("scan-result-he-phone")
        self.viewport(*SIZES["laptop"])

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
        self.shot("scan-result-ar-laptop")
        self.viewport(*SIZES["phone"])
        self.shot("scan-result-ar-phone")
        self.viewport(*SIZES["laptop"])
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
        self.driver.execute_script("document.querySelector('table.journey-grid').scrollIntoView()")
        self.shot("scan-canvas-journey-he-laptop")
        self.viewport(*SIZES["phone"])
        self.driver.execute_script("document.querySelector('table.journey-grid').scrollIntoView()")
        self.shot("scan-canvas-journey-he-phone")
        self.viewport(*SIZES["laptop"])

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
