"""Phone numbers: every written form gives E.164; dates, years, counts never do."""

from __future__ import annotations

import random
import time

import pytest

from vap_cli import parse_text
from vap_cli.extractors import phone_plan
from vap_cli.extractors.phones import find_phones

# The module's fresh process (library_loaded_after) is started once: all its tests on one worker.
pytestmark = pytest.mark.xdist_group("phones")


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


# --- real-text failure class 6: mobiles without a code, faxes ---------------------------------

CONTACT_TABLE = (
    "| № | Аты-жөнү | Кызматы | Телефону |\n"
    "| 1 | Асанов Бекболот | мугалим | 555 12 34 56 |\n"
    "| 2 | Сапарова Айгүл | тарбиячы | 700123456 |\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nine national digits, no trunk prefix: alone in a cell under a "Телефону" header
        (CONTACT_TABLE, ["+996555123456", "+996700123456"]),
        # ... or right after a phone label on its line
        ("Айыл өкмөтү, моб.: 772 11 22 33, эл. почта: info@ayil.kg", ["+996772112233"]),
        # a fax in a contact block is a phone
        ("Тел.: (03134) 5-12-34, факс: (03134) 5-12-35", ["+996313451234", "+996313451235"]),
    ],
)
def test_a_labelled_mobile_without_its_code_is_a_kyrgyz_mobile(text, expected):
    assert [value for value, _, _ in find_phones(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: nine digits with no phone label, or in prose after it, or not a mobile
        "Долбоордун бюджети 555123456 сом түздү.",
        "| Аты | Телефону |\n| Кеңсе | 312123456 |\n",
        "| Аты | Эсеп номери |\n| Асанов | 555123456 |\n",
    ],
)
def test_nine_digits_without_a_phone_label_or_not_a_mobile_are_no_phone(text):
    assert find_phones(text) == []


def test_a_label_reaches_to_the_end_of_its_line_only():
    text = "Тел.: 0312 12-34-56.\nАйылдын калкы 555123456 сомго жол курду."
    assert [value for value, _, _ in find_phones(text)] == ["+996312123456"]


# --- the country code and an area code in brackets the library's plan lacks -------------
# "+996 (3xxx) x-xx-xx": the country code, a home area code (lexicon phones.yaml
# fixed_line_first_digit) in brackets, its trunk prefix maybe kept, and the subscriber's
# digits, nine national digits in all, are a home phone though the phonenumbers plan lacks
# some district codes (rule phones.area_code_in_brackets). Found by held-out round 47.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кабылдама: +996 (3538) 2-14-60, эл. почта", ["+996353821460"]),
        ("Справки по телефону +996 (03228) 6-11-07.", ["+996322861107"]),
        # near misses: a digit short; no country code (a local number is left to the plan)
        ("Кабылдама: +996 (3538) 2-14-6, эл. почта", []),
        ("Кабылдама: (3538) 2-14-60", []),
    ],
)
def test_the_country_code_and_an_area_code_in_brackets_are_a_phone(text, expected):
    assert [value for value, _, _ in find_phones(text)] == expected


# The same home number written in its national form, the trunk prefix before the
# bracketed area code or inside the brackets ("0 (3547) 6-12-40", "(03659) 4-18-27"), or
# after "+996" with its four-digit area code unbracketed ("+996 3648 7-20-15"), is a
# phone though the plan lacks the code (rule phones.area_code_in_brackets). Found across
# held-out rounds 19, 30, 36 and 42 (xround59).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кабылдама: 0 (3547) 6-12-40, эл. почта", ["+996354761240"]),
        ("Маалымат үчүн: (03659) 4-18-27.", ["+996365941827"]),
        ("Справки: 0(3439) 2 33 19", ["+996343923319"]),
        ("Тел.: +996 3648 7-20-15", ["+996364872015"]),
        # near misses: a digit short; a count in brackets with no trunk prefix; no plus
        ("Кабылдама: 0 (3547) 6-12-4, эл. почта", []),
        ("Катышты: (3547) 6-12-40", []),
        ("Тел.: 996 3648 7-20-15", []),
    ],
)
def test_the_trunk_prefix_and_an_area_code_in_brackets_are_a_phone(text, expected):
    assert [value for value, _, _ in find_phones(text)] == expected


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
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
        "Телефону |\n" + "555123456 |\n" * 4_000,  # a long table of bare mobiles (each parsed)
        "тел " + "555123456 " * 20_000,
        "тел |" * 40_000 + "555123456",
    ],
)
def test_hostile_input_is_linear(hostile: str) -> None:
    started = time.perf_counter()
    find_phones(hostile)
    assert time.perf_counter() - started < 1.0


PHONE_LIBRARY_LOADED = {
    "Жыйынга 120 киши катышты.": False,
    "Семинар 2023-жылы 12-майда өттү.": False,
    # a plain home number is checked on the region's plan (extractors/phone_plan.py)
    "Тел.: 0555 313-385": False,
    "Байланыш телефону: +996 (312) 62-45-11": False,
    # near-miss: a number of another country is checked by the library
    "Тел.: +7 912 345-67-89": True,
}


@pytest.fixture(scope="module")
def library_loaded_after() -> dict[str, bool]:
    """One fresh process (what a one-file run imports: start-up time) parses every text
    of PHONE_LIBRARY_LOADED, those that must not load the library first, and tells after
    each whether the library is loaded."""
    import json
    import subprocess
    import sys

    # a second text that loads it would find it loaded already
    assert sum(PHONE_LIBRARY_LOADED.values()) == 1
    texts = sorted(PHONE_LIBRARY_LOADED, key=PHONE_LIBRARY_LOADED.__getitem__)
    script = (
        "import json, sys; from vap_cli import parse_text\n"
        "for text in json.loads(sys.argv[1]):\n"
        "    parse_text(text); print('phonenumbers' in sys.modules)"
    )
    # a first process fills the start-up cache (the region's plan among it)
    subprocess.run([sys.executable, "-c", script, json.dumps(texts)], check=True)
    out = subprocess.run(
        [sys.executable, "-c", script, json.dumps(texts)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(zip(texts, (line == "True" for line in out.stdout.split()), strict=True))


@pytest.mark.parametrize(("text", "imported"), PHONE_LIBRARY_LOADED.items())
def test_the_phone_library_is_loaded_only_for_a_phone_length_number(
    library_loaded_after: dict[str, bool], text: str, imported: bool
) -> None:
    assert library_loaded_after[text] == imported


def _library_verdict(digits: str) -> tuple[str | None, bool]:
    """What the phonenumbers library says of a number: its E.164 form when valid,
    and whether it is a mobile."""
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, phone_plan.REGION)
    except phonenumbers.NumberParseException:
        return None, False
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    mobile = phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
    return (e164 if phonenumbers.is_valid_number(number) else None), mobile


def test_the_region_plan_decides_plain_home_numbers_as_the_library_does() -> None:
    # Every three-digit beginning of the nine national digits, with three endings
    # each, written "+996..." and "0...": the plan decides each plain one (a first
    # digit 0 is left to the library) the way the library does.
    rng = random.Random(15)
    decided = 0
    for head in range(1000):
        for _ in range(3):
            national = f"{head:03d}{rng.randrange(10**6):06d}"
            for digits in ("+996" + national, "0" + national):
                verdict = phone_plan.decide(digits)
                if national.startswith("0"):
                    assert verdict is None, digits
                    continue
                assert verdict is not None, digits
                e164, mobile = _library_verdict(digits)
                assert (verdict.e164, verdict.kind == phone_plan.MOBILE) == (e164, mobile), digits
                decided += 1
    assert decided == 2 * 3 * 900


@pytest.mark.parametrize(
    "digits",
    ["+79123456789", "+99655512345", "05551234567", "00996555123456", "+9960555123456"],
)
def test_other_shapes_are_left_to_the_library(digits: str) -> None:
    # Another country, too few or too many digits, an international prefix, a
    # trunk prefix after the country code: the library's own parsing decides.
    assert phone_plan.decide(digits) is None
