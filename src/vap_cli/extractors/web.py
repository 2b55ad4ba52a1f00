"""E-mail addresses and URLs (www.vap.kg, веб-сайт: www.dpi.kg, https://...)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .. import rx
from ..context import Context
from ..explain import Rule
from ..lexicon import load
from ..models import ContactMention
from ..segment.cover import Cover

_LEX = load("web")
_TLDS = "|".join(sorted(map(regex.escape, _LEX["bare_host_tlds"]), key=len, reverse=True))
_TRAILING = _LEX["trailing_punctuation"]

# Bounded repetitions keep these linear on hostile input (long runs of dots or letters).
EMAIL = rx.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w-])"
)
_HOST = r"[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62}){0,8}"
_PATH = r"(?:[/?#][^\s<>\"«»“”]{0,2000})?"
URL = rx.compile(
    rf"(?<![\w@.\-/])(?:"
    rf"(?:https?|ftp)://{_HOST}(?::\d{{1,5}})?{_PATH}"
    rf"|www\.{_HOST}\.[A-Za-z]{{2,24}}{_PATH}"
    rf"|{_HOST}\.(?:{_TLDS})(?![\w-]){_PATH}"
    rf")",
    regex.IGNORECASE,
)

# Where a URL may start: every form opens with letters, digits and hyphens (a scheme,
# "www", a host's first label, at most 63 of them) up to a colon or a dot, after no
# word character, "@", dot, hyphen or slash. Searched for first (a few places a
# document), URL is then matched only there (rx.finditer_from): the same matches.
URL_START = rx.compile(r"(?<![\w@.\-/])[A-Za-z0-9][A-Za-z0-9-]{0,62}[.:]", regex.IGNORECASE)
# URL_START's classes as `regex` reads them case-insensitively: ASCII letters and digits,
# and the four letters that fold to one of them (İ ı ſ K; tests/test_web.py checks the
# set against every code point).
URL_START_CHARACTERS = "A-Za-z0-9\u0130\u0131\u017f\u212a"
# URL_START without its look-behind, searched by the standard library's `re`: it skips
# ahead to a letter or digit of the class, where `regex` tries the look-behind (a class
# with \w) at every character of the text first.
_URL_RUN = rx.stdlib_compile(rf"[{URL_START_CHARACTERS}][{URL_START_CHARACTERS}-]{{0,62}}[.:]")

# A bare host (no scheme, "www." or path) in capitals is a site's wordmark, its logo in
# a masthead or a copyright line ("KAKTUS.MEDIA", "© 2025 NARYN-KABAR.KG"), as the blind
# writers of rounds 17 and 24 read it; a host written as a host ("naryn-kabar.kg",
# "www.vap.kg") is named in the text, header and footer too (rounds 6, 11, 19).
_BARE_HOST = rx.compile(rf"{_HOST}\.(?:{_TLDS})", regex.IGNORECASE)
# A website's label, then a colon or a dash, right before a host: named in a contact line.
_SITE_LABEL_BEFORE = rx.compile(
    rf"(?<![\w-])(?:{'|'.join(map(regex.escape, _LEX['site_labels']))})\w*[ \t]*[:-]?[ \t]*$",
    regex.IGNORECASE,
)
# How far before a host its label is read (characters): the longest label with its
# longest ending and a few spaces, so that the check stays short on a long line.
_SITE_LABEL_REACH = 24
WORDMARK_HOST = Rule(
    "urls.wordmark_host",
    "a bare host written in capitals ('KAKTUS.MEDIA') is the site's wordmark, its logo,"
    " not a host named in the text",
)
SOCIAL_COUNTER_LINE = Rule(
    "urls.social_counter_line",
    "a channel's own link on its subscribers' counter line ('t.me/... · 2 340 подписчиков'): chrome",
)
URL_IN_EMAIL = Rule(
    "urls.url_in_email",
    "a host that opens an e-mail address ('kabar.kg@gmail.com') is the address's name, no site",
)
NO_DOT = Rule(
    "urls.no_dot",
    "an address with a scheme and no dot ('http://localhost/page') names no site on the web",
)

_SCHEME = rx.compile(r"^[a-z]+://")
_WWW = rx.compile(r"^www\.")


def url_key(url: str) -> str:
    """Scheme, "www." and a trailing slash do not make two URLs different."""
    key = _WWW.sub("", _SCHEME.sub("", url.casefold()))
    return key.rstrip("/")


def _clean_url(raw: str) -> str:
    url = raw.rstrip(_TRAILING)
    # Keep a closing parenthesis that belongs to the URL (balanced in it).
    while url.count("(") > url.count(")") and raw[len(url) : len(url) + 1] == ")":
        url += ")"
    scheme, sep, rest = url.partition("://")
    if not sep:
        rest, scheme = url, ""
    host, slash, path = rest.partition("/")
    host = host.lower()
    return (f"{scheme.lower()}://" if scheme else "") + host + slash + path


def _wordmark(text: str, start: int, end: int) -> bool:
    """A bare host in capitals: "KAKTUS.MEDIA", not "Kaktus.media", "WWW.VAP.KG" nor
    "сайт: VAP.KG"."""
    found = text[start:end]
    return (
        found.isupper()
        and _BARE_HOST.fullmatch(found) is not None
        and not found.casefold().startswith("www.")
        and not _site_labelled(text, start)
    )


def _site_labelled(text: str, start: int) -> bool:
    """A website's label right before the host on its line ("сайт: NARYN-KABAR.KG")."""
    line_start = text.rfind("\n", max(0, start - _SITE_LABEL_REACH), start) + 1
    window = max(line_start, start - _SITE_LABEL_REACH)
    return _SITE_LABEL_BEFORE.search(text, window, start, rx.NOT_CONCURRENT) is not None


def url_start(text: str, pos: int) -> regex.Match[str] | None:
    """URL_START.search(text, pos): the places from pos on where its run up to a dot or
    colon is written (`_URL_RUN`), in order, each matched with URL_START itself (its
    look-behind); the first it matches at is the search's match. A run is read at most
    twice (once by `re`, once by `regex`): linear, as the search. Where a run fails, the
    next is sought after it: inside it each place follows a character of the class or a
    hyphen, which the look-behind rejects (and its dot or colon opens none)."""
    run = _URL_RUN.search(text, pos)
    while run is not None:
        start = URL_START.match(text, run.start(), None, rx.NOT_CONCURRENT)
        if start is not None:
            return start
        run = _URL_RUN.search(text, run.end())
    return None


def urls(text: str) -> Iterator[regex.Match[str]]:
    """URL's matches in `text`: rx.finditer_from(URL_START, URL, text, 0, len(text)),
    with URL_START searched by `url_start`."""
    at = url_start(text, 0)
    while at is not None:
        m = URL.match(text, at.start(), None, rx.NOT_CONCURRENT)
        if m is not None:  # always: URL matches where URL_START does
            yield m
        at = url_start(text, m.end() if m is not None else at.end())


EMAIL_ADDRESS = Rule(
    "emails.address",
    "a name, '@' and a host with a dot ('njamankulova@dpi.kg') is an e-mail address",
)
URL_ADDRESS = Rule(
    "urls.address",
    "an address with a scheme, 'www.' or a host of a known top-level domain ('https://dpi.kg',"
    " 'www.gov.kg', 'kabar.kg/news') is a web address, unless a rule above drops it",
)


def extract(ctx: Context) -> None:
    text = ctx.text
    before = ctx.contacts.mentions
    mentions: list[ContactMention] = list(before)
    email_ranges: list[tuple[int, int]] = []
    for m in EMAIL.finditer(text, None, None, False, rx.NOT_CONCURRENT):
        value = m.group().lower()
        quote, span = ctx.quote(*m.span())
        mentions.append(
            ContactMention.model_construct(kind="email", value=value, text=quote, span=span)
        )
        email_ranges.append(m.span())
    emails = Cover(email_ranges)
    social: Cover | None = None
    for m in urls(text):
        if m.start() in emails:
            ctx.decide(URL_IN_EMAIL, False, m.start(), m.end())
            continue
        if social is None:  # the lines of a post's counters (segment/lines.py), once a url is found
            social = Cover(ctx.segments.line_classes.social)
        if m.start() in social:
            ctx.decide(SOCIAL_COUNTER_LINE, False, m.start(), m.end())
            continue
        url = _clean_url(m.group())
        end = m.start() + len(url)
        if "." not in url:
            ctx.decide(NO_DOT, False, m.start(), end)
            continue
        if _wordmark(text, m.start(), end) and not ctx.decide(WORDMARK_HOST, False, m.start(), end):
            continue
        quote, span = ctx.quote(m.start(), end)
        mentions.append(
            ContactMention.model_construct(kind="url", value=url, text=quote, span=span)
        )
    ctx.contacts.mentions = mentions
    if ctx.decisions is not None:
        for mention in mentions[len(before) :]:
            rule = EMAIL_ADDRESS if mention.kind == "email" else URL_ADDRESS
            ctx.decide_at(rule, True, mention.span, mention.value)
