"""Normalisation keeps an exact map back to the original text."""

from __future__ import annotations

import pytest

from vap_cli.normalise import normalise


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("кеӊири", "кеңири"),  # ӊ (U+04CA) is the look-alike of ң
        ("деӊгээлде", "деңгээлде"),
        ("Жаӊы", "Жаңы"),
        ("Хаpкoв", "Харков"),  # Latin p and o inside a Cyrillic word
        ("USAIDтин", "USAIDтин"),  # a Latin acronym with a Kyrgyz ending stays
        ("SDC", "SDC"),
        ("NJamankulova@dpi.kg", "NJamankulova@dpi.kg"),
        ("2020–2025 — жж.", "2020-2025 - жж."),
        ("«Элдин үнү»", '"Элдин үнү"'),
        ("“Долбоор”", '"Долбоор"'),
        ("ЖӨБ\u00a0Союзу", "ЖӨБ Союзу"),
        ("со\u00adюз", "союз"),  # soft hyphen dropped
        ("и\u0306", "й"),  # NFC
        ("сап\r\nсап", "сап\nсап"),
    ],
)
def test_normalised_text(original, normalised):
    assert normalise(original).text == normalised


@pytest.mark.parametrize(
    "original",
    ["кеӊири\u00a0«Элдин» 2020–2025 и\u0306 со\u00adюз\r\nХаpкoв", "\ufeffа\u200bб", ""],
)
def test_every_normalised_span_maps_back_to_its_source(original):
    norm = normalise(original)
    assert len(norm.offsets) == len(norm.text) + 1
    previous_end = 0
    for i, ch in enumerate(norm.text):
        start, end = norm.to_original(i, i + 1)
        assert previous_end <= start < end <= len(original), (i, ch)
        previous_end = end
    assert norm.to_original(0, len(norm.text))[1] <= len(original)


def test_a_word_maps_back_without_the_dropped_characters_around_it():
    original = "союз\r\nкеӊири"
    norm = normalise(original)
    start = norm.text.index("кеңири")
    assert original[slice(*norm.to_original(start, start + 6))] == "кеӊири"
    assert original[slice(*norm.to_original(0, 4))] == "союз"
