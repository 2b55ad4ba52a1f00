"""The report of samples/, opened as a person would: in headless Chromium with the
network blocked. Every located place has its marker, a click on a document shows
its text with every fact highlighted, and nothing but the file itself is loaded.

Needs Playwright (the `test` extra) and a Chromium (Debian's `chromium`; .ci/run
installs it). Without them these tests are skipped, saying which is missing."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli
from vap_cli.pipeline import parse_path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def chromium_path() -> str | None:
    candidates = [os.environ.get("VAP_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]
    for candidate in filter(None, candidates):
        found = shutil.which(candidate)
        if found:
            return found
    return None


sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed (pip install '.[test]')"
)
if chromium_path() is None:
    pytest.skip(
        "no Chromium found (apt-get install chromium, or set VAP_CHROMIUM)",
        allow_module_level=True,
    )


# One Chromium and one report (module fixtures) serve all the tests: on one xdist worker.
pytestmark = pytest.mark.xdist_group("browser")


@pytest.fixture(scope="module")
def report_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(cli, ["report", str(SAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def opened(browser, report: Path):
    """The report opened with every request but the file itself refused; what the
    page asked for and what went wrong in it are kept for the tests to check."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.requested, page.errors = [], []

    def refuse_the_network(route) -> None:
        page.requested.append(route.request.url)
        if route.request.url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", refuse_the_network)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    # a warning too (Vega-Lite's "Dropping fit-y" was one): the page says nothing
    page.on("console", lambda m: m.type in ("error", "warning") and page.errors.append(m.text))
    page.goto(report.as_uri())
    page.wait_for_selector("body[data-ready]", timeout=30_000)
    return page


@pytest.fixture()
def page(browser, report_file):
    page = opened(browser, report_file)
    yield page
    page.close()


def located_codes() -> set[str]:
    """Codes of the samples' places that have coordinates (their own or a parent's)."""
    return {
        place.soate
        for path in sorted(SAMPLES.glob("*.txt"))
        for place in parse_path(path).places
        if place.soate and place.lat is not None and place.lon is not None
    }


def test_the_page_loads_with_the_network_blocked(page, report_file):
    assert page.requested == [report_file.as_uri()]
    assert page.errors == []
    assert page.get_attribute("body", "data-error") is None
    assert page.locator("#chart-events svg").count() == 1


def test_every_located_place_has_a_marker(page):
    markers = page.locator("path.vap-marker")
    codes = [markers.nth(i).get_attribute("data-code") for i in range(markers.count())]
    expected = located_codes()
    assert len(expected) > 10  # the samples name districts of several oblasts
    assert sorted(codes) == sorted(expected)


def test_a_marker_opens_a_popup_with_its_documents(page):
    # Ош oblast: named by three of the samples
    page.locator('path.vap-marker[data-code="41706000000000"]').click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator("a.doc-link").count() == 3


def test_clicking_a_document_shows_every_fact_highlighted(page):
    path = SAMPLES / "004_e37ebce198a118f2.txt"
    document = parse_path(path)
    page.locator("#documents tbody tr").filter(has_text=path.name).click()
    page.wait_for_selector("#document:not([hidden]) mark.fact")
    # the text of each fact, put together from the highlighted pieces that carry it
    highlighted = page.evaluate(
        """() => {
          const texts = {};
          document.querySelectorAll('#doc-text mark.fact').forEach(mark => {
            mark.dataset.facts.split(' ').forEach(id => {
              texts[id] = (texts[id] || '') + mark.textContent;
            });
          });
          return Object.values(texts);
        }"""
    )
    records = [*document.dates, *document.places, *document.participants,
               *document.persons, *document.contacts.mentions, *document.events,
               *document.organizations]  # fmt: skip
    missing = Counter(r.text for r in records) - Counter(highlighted)
    assert not missing, f"not highlighted: {list(missing)}"
    # one item per record beside the text; a place's mentions are one item
    assert page.locator("#doc-facts li").count() == len(records) + len(document.periods)
    assert page.locator("#doc-warnings li.none").count() == 1


def test_the_search_filters_the_documents(page):
    page.fill("#search", "тажрыйба алмашуу")
    visible = page.locator("#documents tbody tr:visible")
    assert 0 < visible.count() < 5


def test_counts_are_drawn_on_whole_number_axes(page):
    """Documents, events and people are whole: no axis of theirs reads 0.5 documents."""
    for chart in ("#chart-site", "#chart-language", "#chart-events", "#chart-year"):
        axis = f"{chart} svg g.role-axis[aria-label*='linear scale'] .role-axis-label text"
        numbers = [label.replace(",", "") for label in page.locator(axis).all_text_contents()]
        assert len(numbers) > 1, f"{chart} has a numbered axis"
        assert all(number.isdigit() for number in numbers), (chart, numbers)
        # each tick a whole step: not 0 0 0 1 1 1 (0.2, 0.4, … written whole)
        values = [int(number) for number in numbers]
        assert values == sorted(set(values)), (chart, numbers)


def test_online_tiles_that_cannot_load_leave_the_offline_map_and_say_so(page):
    page.click("#tiles")  # not check(): the box may untick itself before it returns
    page.wait_for_selector("#tiles-failed:not([hidden])", timeout=10_000)
    assert not page.is_checked("#tiles")  # the layer is off again
    assert "OpenStreetMap" not in page.inner_text(".leaflet-control-attribution")
    # the land of the offline map is still drawn
    fills = page.eval_on_selector_all(
        "#map path.leaflet-interactive, #map svg path:not(.vap-marker)",
        "paths => paths.map(p => p.getAttribute('fill-opacity'))",
    )
    assert "1" in fills and "0" not in fills
    page.errors.clear()  # the tiles refused are the point here


# ---------------------------------------------------------------- a Russian page

RUSSIAN = {
    "tup.txt": "Семинар в Тюпе\n\nВ с. Тюп Тюпского района Иссык-Кульской области 5 марта"
    " 2024 года прошёл семинар. Участвовали 25 человек.\n",
    "osh.txt": "Форум в Оше\n\nВ городе Ош, Ошской области 14 мая 2024 года прошёл форум."
    " Приняли участие 1500 избирателей.\n",
}


@pytest.fixture(scope="module")
def russian_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ru")
    for name, text in RUSSIAN.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "report.html"
    result = CliRunner().invoke(cli, ["report", str(folder), "-o", str(out), "-q", "--lang", "ru"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture()
def russian(browser, russian_file):
    page = opened(browser, russian_file)
    yield page
    assert page.errors == []
    page.close()


def test_a_russian_page_names_units_in_russian_and_finds_them_by_either_name(russian):
    russian.locator('path.vap-marker[data-code="41702225000000"]').click(force=True)
    popup = russian.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.inner_text().startswith("Тюп (район, 41702225000000)")
    assert "1 документ · 25 человек" in popup.inner_text()
    district = russian.locator("#chart-district .role-axis-label text").all_text_contents()
    assert "Тюп (Иссык-Куль)" in district
    for name in ("Түп", "Тюп", "Иссык-Куль", "Ысык-Көл"):
        russian.fill("#search", name)
        assert russian.locator("#documents tbody tr:visible").count() == 1, name


def test_a_russian_page_writes_numbers_and_words_in_russian(russian):
    month = russian.locator("#chart-people-month .role-axis-label text").all_text_contents()
    assert "1\u00a0500" in month and not any("," in label for label in month)
    languages = russian.locator("#chart-language .role-axis-label text").all_text_contents()
    assert "русский" in languages
    russian.locator("#documents tbody tr").filter(has_text="osh.txt").click()
    russian.wait_for_selector("#document:not([hidden]) mark.fact")
    meta = russian.inner_text("#doc-meta")
    assert meta.endswith("· русский"), meta  # no site: nothing, not "?"
    facts = russian.inner_text("#doc-facts")
    assert "Ош (город, 41721000000000)" in facts
    assert "избиратель: 1\u00a0500 (точно, состоялось)" in facts
    assert "exact" not in facts and "actual" not in facts
