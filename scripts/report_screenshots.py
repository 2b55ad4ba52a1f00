"""Take the README's screenshots of the report: docs/report.png (the top of the
page) and docs/report-document.png (a sample opened with its facts highlighted),
in headless Chromium with the network blocked, as tests/test_report_browser.py opens it.

    vap report samples -o report.html -q
    python scripts/report_screenshots.py report.html    # VAP_CHROMIUM=... for another browser
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from playwright.sync_api import Route, sync_playwright

DOCS = Path(__file__).resolve().parents[1] / "docs"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
WIDTH, HEIGHT, PAGE_HEIGHT = 1200, 820, 1250
DOCUMENT = "004_e37ebce198a118f2.txt"  # the sample whose text the second screenshot shows


def refuse_the_network(route: Route) -> None:
    if route.request.url.startswith(("file:", "data:", "blob:")):
        route.continue_()
    else:
        route.abort()


def main(report: str) -> None:
    chromium = os.environ.get("VAP_CHROMIUM", "/usr/bin/chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        page.route("**/*", refuse_the_network)
        page.goto(Path(report).resolve().as_uri())
        page.wait_for_selector("body[data-ready]", timeout=30_000)
        page.wait_for_timeout(500)  # the charts' last frame
        clip = {"x": 0, "y": 0, "width": WIDTH, "height": PAGE_HEIGHT}
        page.screenshot(path=str(DOCS / "report.png"), clip=clip, full_page=True)
        page.locator("#documents tbody tr").filter(has_text=DOCUMENT).click()
        page.wait_for_selector("#document:not([hidden]) mark.fact")
        page.wait_for_timeout(300)
        page.screenshot(path=str(DOCS / "report-document.png"))
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
