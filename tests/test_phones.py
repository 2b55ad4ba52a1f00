"""Phone numbers: every written form gives E.164; dates, years, counts never do."""

from __future__ import annotations

import time

import pytest

from vap_cli import parse_text
from vap_cli.extractors.phones import find_phones


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # mobile with the operator code in parentheses
        ("тел.: (0770) 771-711, эл.дареги", ["+996770771711"]),
        # mobile without parentheses
        ("Байланыш: 0555 313-385", ["+996555313385"]),
        # international form in pairs of digits
        ("Тел.: +996 555 31 33 85.", ["+996555313385"]),
        # international form without the plus
        ("WhatsApp: 996 555 313385", ["+996555313385"]),
        # Bishkek landline
        ("Кабылдама: (0312) 12-34-56", ["+996312123456"]),
        # two operator codes share one subscriber number
        ("0555 / 0500 313-385, 0770 771-711", ["+996555313385", "+996500313385", "+996770771711"]),
        # two full numbers in one slash group
        ("0555 313-385 / 0770 771-711", ["+996555313385", "+996770771711"]),
        # two numbers with nothing but a space between them
        ("тел: 0555 313385 (0770) 771711", ["+996555313385", "+996770771711"]),
    ],
)
def test_phone_forms_give_e164(sentence: str, expected: list[str]) -> None:
    assert [value for value, _, _ in find_phones(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "24.10.17 Ат-Башы РМА жыйындар залы",  # a two-digit-year date
        "12.03.2020 09:50",  # a date and a time
        "2018-2022-жылдарга КРда ЖӨБдү өнүктүрүү",  # a year range
        "2020-2025 – жж. Стратегиясынын долбоору",  # a year range with a dash
        "жалпы 1 500 000 сом бөлүндү",  # money
        "411 айылдык кеңештен 1052 депутат",  # counts
        "2017-жылдын 25-октябры",  # a date in words
        "05553133851 деген туура эмес номер",  # one digit too many
        "Отчет № 0123-45",  # a document number
    ],
)
def test_not_phones(sentence: str) -> None:
    assert find_phones(sentence) == []


def test_phone_mentions_quote_the_original_text() -> None:
    # A narrow no-break space and an en dash are normalised; spans index the original.
    original = "Тел.: (0770)\u00a0771\u2013711 жана 0555 / 0500 313-385"
    doc = parse_text(original)
    assert doc.contacts.phones == ["+996770771711", "+996555313385", "+996500313385"]
    for mention in doc.contacts.mentions:
        assert original[mention.span.start : mention.span.end] == mention.text


@pytest.mark.parametrize(
    "hostile",
    [
        "1" * 200_000,
        "-" * 200_000,
        "1-" * 100_000,
        " " * 200_000,
        "0 " * 100_000,
        "(0" * 100_000,
        "0555 / " * 30_000,
    ],
)
def test_hostile_input_is_linear(hostile: str) -> None:
    started = time.perf_counter()
    find_phones(hostile)
    assert time.perf_counter() - started < 1.0
