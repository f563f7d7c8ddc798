#!/usr/bin/env python3
"""Every browser test: each `*_test.py` in this folder, against its own `sadna serve` and Chromium.

    python3 Tests/Browser/run.py [SCREENSHOT_DIR] [PATTERN]

Screenshots of the pages, at a laptop's width and a phone's, in Hebrew, Arabic and English, go to
SCREENSHOT_DIR (default .build/screenshots) for a person to look at. PATTERN picks files
(default `*_test.py`). Exit status 0 when every test passes. `make test` runs it after the Swift
tests.
"""
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) > 1:
    os.environ["SADNA_SCREENSHOTS"] = os.path.abspath(sys.argv[1])
sys.path.insert(0, HERE)

suite = unittest.defaultTestLoader.discover(HERE, pattern=sys.argv[2] if len(sys.argv) > 2 else "*_test.py", top_level_dir=HERE)
result = unittest.TextTestRunner(verbosity=2).run(suite)
print(f"screenshots: {os.environ.get('SADNA_SCREENSHOTS') or os.path.join(HERE, '..', '..', '.build', 'screenshots')}")
sys.exit(0 if result.wasSuccessful() else 1)
