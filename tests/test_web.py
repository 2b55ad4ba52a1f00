"""E-mails and URLs: a sentence and the contacts it must give."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vap_cli import parse_text


@pytest.mark.parametrize(
    ("sentence", "emails", "urls"),
    [
        ("эл.дареги: njamankulova@dpi.kg, www.vap.kg", ["njamankulova@dpi.kg"], ["www.vap.kg"]),
        ("NJamankulova@dpi.kg", ["njamankulova@dpi.kg"], []),  # e-mails in lower case
        ("веб-сайт: www.vap.kg, www.dpi.kg ", [], ["www.vap.kg", "www.dpi.kg"]),
        (
            "Мыкты тажрыйбалар порталында (www.myktyaimak.gov.kg) окуулар",
            [],
            ["www.myktyaimak.gov.kg"],
        ),
        (
            "Толугураак маалымат: https://vap.kg/ky/news?id=12.",
            [],
            ["https://vap.kg/ky/news?id=12"],
        ),
        ("Сайт: vap.kg жана HTTP://WWW.DPI.KG/", [], ["vap.kg", "http://www.dpi.kg/"]),
        # the domain of an e-mail is no URL of its own
        ("info@vap.kg", ["info@vap.kg"], []),
        # one value once, whatever its spelling: scheme, www and case do not count
        ("www.vap.kg, http://vap.kg/, VAP.KG", [], ["www.vap.kg"]),
        ("a@b.kg, A@B.KG", ["a@b.kg"], []),
        # a news site's bare host under a newer generic domain, in a dateline or a byline
        ("Бишкек - kaktus.media. В мэрии прошло совещание.", [], ["kaktus.media"]),
        ("Автор: Айгүл Асанова, kyrgyzcha.site", [], ["kyrgyzcha.site"]),
        # near miss: an unknown file-like ending stays text
        ("Тиркеме: отчет.media2 жана план.sitemap", [], []),
        # not addresses: a sentence end, a decimal number, a file name without a known domain
        ("Жыйынтык 2.5 пайыз. Отчет.docx тиркелет.", [], []),
    ],
)
def test_contacts(sentence: str, emails: list[str], urls: list[str]) -> None:
    contacts = parse_text(sentence).contacts
    assert contacts.emails == emails
    assert contacts.urls == urls


def test_every_mention_quotes_the_original_text() -> None:
    text = "Байланыш: NJamankulova@dpi.kg,\u00a0сайт: www.vap.kg."
    mentions = parse_text(text).contacts.mentions
    assert [m.kind for m in mentions] == ["email", "url"]
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.text


@pytest.mark.parametrize("unit", ["a@", "www.", "a.", "http://", "@@", "x" * 70 + "."])
def test_hostile_input_stays_linear(unit: str, assert_linear) -> None:
    from vap_cli.extractors import web
    from vap_cli.pipeline import build_context

    def run(text: str) -> None:
        web.extract(build_context(text))

    assert_linear(run, unit, size=200_000, budget=10.0)


_URL_PIECES = ["www", "http", "https", "ftp", "://", ".", ":", "/", "-", "@", "vap", "kg", "gov",
               "dpi", "ru", "com", "12", "x" * 63, "K", "ſ", " ", "\n", "ы", "_", "?id=1", "(", ")",
               "a", "İ", "ı", "é", "ü"]  # fmt: skip


@given(st.lists(st.sampled_from(_URL_PIECES), max_size=40))
@settings(max_examples=500, deadline=None)
def test_urls_are_matched_only_where_one_may_start(pieces: list[str]) -> None:
    # URL is tried only where URL_START finds a start: the same matches as its own search
    from vap_cli import rx
    from vap_cli.extractors.web import URL, URL_START

    text = "".join(pieces)
    found = rx.finditer_from(URL_START, URL, text, 0, len(text))
    assert [m.span() for m in found] == [m.span() for m in URL.finditer(text)]


@given(st.lists(st.sampled_from(_URL_PIECES), max_size=40))
@settings(max_examples=500, deadline=None)
def test_url_starts_are_url_starts_search(pieces: list[str]) -> None:
    # url_start finds URL_START's run with the standard library's `re` first: the same
    # match as URL_START's own search from every place, and the same URLs
    from vap_cli.extractors.web import URL, URL_START, url_start, urls

    text = "".join(pieces)
    for pos in range(len(text) + 1):
        found, expected = url_start(text, pos), URL_START.search(text, pos)
        assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in urls(text)] == [m.span() for m in URL.finditer(text)]


def test_url_start_characters_are_its_case_insensitive_class() -> None:
    from vap_cli.extractors.web import URL_START_CHARACTERS

    every = "".join(map(chr, range(0x110000)))
    by_regex = regex.compile("[A-Za-z0-9]", regex.IGNORECASE).findall(every)
    assert set(re.findall(f"[{URL_START_CHARACTERS}]", every)) == set(by_regex)
    with_hyphen = regex.compile("[A-Za-z0-9-]", regex.IGNORECASE).findall(every)
    assert set(re.findall(f"[{URL_START_CHARACTERS}-]", every)) == set(with_hyphen)


# --- a Telegram channel's bare link is a url ----------------------------------------------------
# Found by held-out round 14.


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Каналыбызга жазылыңыз: t.me/naryn_aimak", "t.me/naryn_aimak"),
        ("Telegram-канал мэрии: t.me/talas_meria.", "t.me/talas_meria"),
    ],
)
def test_a_bare_telegram_link_is_a_url(text, url):
    assert parse_text(text).contacts.urls == [url]


def test_a_telegram_handle_is_no_url():
    # near miss: the channel's handle alone names no host
    assert parse_text("Пишите в Telegram: @talas_meria").contacts.urls == []


# --- urls: a bare host in capitals is the site's wordmark (urls.wordmark_host) ----------
# A masthead's or a copyright line's host written in capitals is the site's logo, no
# host named in the text (rounds 17 and 24); a host written as a host, in lower case, is
# one, in the header and the footer too (rounds 6, 11, 19).
# Found by held-out round 24.


@pytest.mark.parametrize(
    "text",
    [
        "TALAS-ZHANYLYK.KG    Жаңылыктар | Аймак | Спорт\n\nТаласта жаңы көпүрө ачылды\n"
        "12.05.2025\n\nКөпүрө 2 айылды байланыштырат.",
        "Айыл өкмөтү жаңы мектеп курууну баштады.\n\n© 2018-2025 BATKEN-NEWS.KG."
        " Материалдарды колдонууда шилтеме милдеттүү.",
    ],
)
def test_a_host_in_capitals_is_a_wordmark(text: str) -> None:
    assert parse_text(text).contacts.urls == []


def test_a_host_in_lower_case_in_the_header_is_a_url() -> None:
    # near miss: the same host written as a host names it
    text = "talas-zhanylyk.kg    Жаңылыктар | Аймак\n\nТаласта жаңы көпүрө ачылды.\n"
    assert parse_text(text).contacts.urls == ["talas-zhanylyk.kg"]
