#!/usr/bin/env python3
"""A persona save's round trip in headless Chromium, as `make bench` measures it (not a test): the
post, the redirect and the page drawn again, on the shipped programme, with the field-by-field
merge. Prints the median and the slowest of a number of saves, in milliseconds.

    SADNA=.build/release/sadna python3 Tests/Browser/save_bench.py [SAVES]
"""
import statistics
import sys

from workbench import *  # noqa: F401,F403


def main():
    saves = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    workbench = Workbench()
    driver = make_driver()
    try:
        driver.get(workbench.url + "personas/rochan?lang=he")
        times = []
        for number in range(saves + 2):
            field = driver.find_element(By.ID, "field-summary")
            field.clear()
            field.send_keys(f"מאבטח חדש בבית הספר ({number})")
            page = driver.find_element(By.TAG_NAME, "html")
            start = time.perf_counter()
            driver.find_element(By.XPATH, "//button[normalize-space()='שמירה']").click()
            WebDriverWait(driver, 20).until(EC.staleness_of(page))
            WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
            if number >= 2:  # the first saves warm the workbench up
                times.append((time.perf_counter() - start) * 1000)
        print(f"persona save round trip: median {statistics.median(times):.0f} ms, slowest {max(times):.0f} ms "
              f"({len(times)} saves)")
    finally:
        driver.quit()
        workbench.stop()


if __name__ == "__main__":
    main()
