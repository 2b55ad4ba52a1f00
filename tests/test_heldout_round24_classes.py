"""Failure classes of held-out round 24 (blind pages on places and persons), each as a
rule about the language or the layout: team-written inputs that must give the record's
field, and a near miss that must not (none of the sentences is round 24's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def persons(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


def dates(text: str) -> list[str]:
    """The dates of the text, the page's own (role issued) left out."""
    return sorted(d.start for d in parse_text(text).dates if d.role != "issued")


# --- urls: a bare host in capitals is the site's wordmark (urls.wordmark_host) ----------
# A masthead's or a copyright line's host written in capitals is the site's logo, no
# host named in the text (rounds 17 and 24); a host written as a host, in lower case, is
# one, in the header and the footer too (rounds 6, 11, 19).


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


# --- related links under "Окуңуз:" and an office's latest announcements ---------------
# The imperative "read" alone on its line ("Окуңуз:", "Читайте:") heads other articles'
# links, as "дагы окуңуз" does; so does the list of an office's latest announcements
# ("Последние объявления:", "Акыркы кулактандыруулар:"): their dates and places are
# other pages'.


@pytest.mark.parametrize(
    "text",
    [
        "Жарыяланды: 03.04.2025\n\nАйылда ашар өттү.\n\nОкуңуз:\n"
        "Кочкордо жарманке өттү  01.04.2025\nБалыкчыда мелдеш болду  28.03.2025",
        "Опубликовано: 03.04.2025\n\nВ селе прошел сход.\n\nПоследние объявления:\n"
        "• Конкурс на вакансию специалиста (28.03.2025)\n• График приема граждан (21.03.2025)",
        "Жарыяланды: 03.04.2025\n\nАйылда ашар өттү.\n\nАкыркы кулактандыруулар:\n"
        "– Жер тилкесин ижарага берүү боюнча аукцион (28.03.2025)",
    ],
)
def test_links_under_read_or_latest_announcements_are_chrome(text: str) -> None:
    assert dates(text) == []
    assert places(text) == set()


def test_read_inside_a_sentence_heads_nothing() -> None:
    # near miss: "окуңуз" in a line of prose is no heading; the date under it is the text's
    text = "Жарыяланды: 03.04.2025\n\nТолук маалыматты сайттан окуңуз:\nЖыйын 12-майда өтөт."
    assert dates(text) == ["2025-05-12"]


# --- a village's dateline repeating the page's own day (dates.village_dateline) ---------
# A district's centre is often a village ("Ат-Башы", "Түп"): a village's name and the
# page's own day opening a line of the header is the dateline again, as a city's is.


@pytest.mark.parametrize(
    "text",
    [
        "Кочкор районунда жыйын өттү\n07.03.2025 10:15\n\nКочкор, 7-март. Кочкор районунда"
        " айыл аймактардын башчыларынын жыйыны өттү.",
        "Түп районунда мелдеш өттү\n16.06.2025, 11:02\n\nТүп, 16-июнь – Кабар. Түп районунда"
        " футбол мелдеши өттү.",
    ],
)
def test_a_village_dateline_of_the_page_day_is_no_date(text: str) -> None:
    assert dates(text) == []


def test_the_page_day_in_a_sentence_is_an_event_day() -> None:
    # near miss: the same day said in the prose is the day of an event
    text = (
        "Кочкор районунда жыйын өттү\n07.03.2025 10:15\n\nКочкор айылында 7-мартта айыл"
        " аймактардын башчыларынын жыйыны өттү."
    )
    assert dates(text) == ["2025-03-07"]


# --- the year closing a campaign's name (periods.campaign_name_year) --------------------
# A campaign (акция, кампания, өнөктүк, марафон) is named with its year as an event is:
# '«Таза айыл – 2025» акциясы', 'акция «Чистое село – 2025»'.


def years(text: str) -> list[int]:
    return sorted(p.start for p in parse_text(text).periods)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("«Жашыл айыл – 2024» акциясынын алкагында 300 көчөт тигилди.", 2024),
        ("В селе прошла акция «Чистый берег – 2026».", 2026),
        ("«Кайрымдуулук – 2023» өнөктүгү аяктады.", 2023),
    ],
)
def test_a_year_closing_a_campaigns_name_is_a_period(text: str, year: int) -> None:
    assert years(text) == [year]


def test_a_quoted_name_with_a_year_and_no_kind_word_is_no_period() -> None:
    # near miss: a quoted title with no event's or campaign's word after it
    assert years("Баяндаманын темасы: «Жашыл айыл – 2024».") == []
