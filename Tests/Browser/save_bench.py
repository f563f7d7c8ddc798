#!/usr/bin/env python3
"""Save round trips in headless Chromium, as `make bench` measures them (not a test): the post, the
redirect and the page drawn again, on the shipped programme, with the field-by-field merge, for a
persona, a service page (merged input by input, its review drawn again) and a journey's grid
(merged cell by cell). Prints the median and the slowest of a number of saves, in milliseconds.

    SADNA=.build/release/sadna python3 Tests/Browser/save_bench.py [SAVES]
"""
import statistics
import sys

from workbench import *  # noqa: F401,F403

# What is saved: the page, the field typed into (its id), and the words typed (with the save's number).
SAVES = [
    ("persona", "personas/rochan?lang=he", "field-summary", "מאבטח חדש בבית הספר ({})"),
    ("service page", "services/resident-certificate?lang=he", "field-owner", "רכזת השירות ({})"),
    ("journey", "journeys/arnona-discount-current?lang=he", "stage-0-title", "שומעים על ההנחה ({})"),
]


def round_trips(driver, url, field_id, words, saves):
    driver.get(url)
    times = []
    for number in range(saves + 2):
        field = driver.find_element(By.ID, field_id)
        field.clear()
        field.send_keys(words.format(number))
        page = driver.find_element(By.TAG_NAME, "html")
        start = time.perf_counter()
        driver.find_element(By.XPATH, "//button[normalize-space()='שמירה']").click()
        WebDriverWait(driver, 20).until(page_replaced(page))
        WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
        if number >= 2:  # the first saves warm the workbench up
            times.append((time.perf_counter() - start) * 1000)
    return times


def main():
    saves = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    workbench = Workbench()
    driver = make_driver()
    try:
        for name, path, field_id, words in SAVES:
            times = round_trips(driver, workbench.url + path, field_id, words, saves)
            print(f"{name} save round trip: median {statistics.median(times):.0f} ms, slowest {max(times):.0f} ms "
                  f"({len(times)} saves)")
    finally:
        driver.quit()
        workbench.stop()


if __name__ == "__main__":
    main()
