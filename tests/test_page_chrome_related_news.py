"""Blocks of other articles (related news, the previous and next links, announcements,
comments) give none of their places, dates or counts; the page's own headline stays.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import (
    content_days,
    content_days_of,
    days_in_order,
    level_name_pairs,
    level_names,
    level_names_and_days,
    qualified_counts,
)
from vap_cli.pipeline import parse_text

# --- a related link's label run into its headline ---------------------------------------------
# Found by held-out round 4.

_PROSE_KY = "Айылда жыйын болду, ага 25 тургун катышты жана бюджетти талкуулашты.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PROSE_KY + "Окшош: Нарында 50 мугалим окуудан өттү\n", [(25, "exact")]),
        (
            "В селе прошло собрание, в нем участвовали 25 жителей.\n\n"
            "Похожее: В Оше 40 волонтеров приняли участие в субботнике\n",
            [(25, "exact")],
        ),
        # near miss: the word in prose, no label
        (
            "Окшош семинар Нарында да болуп, ага 50 мугалим катышты.",
            [(50, "exact")],
        ),
    ],
)
def test_a_related_link_label_run_into_a_headline_is_another_article(text, expected):
    assert qualified_counts(text) == expected


# --- the footer ends a related-news block: the address under it is content ------------------
# Found by held-out round 12.


_BODY_KY = "Кочкор районунда жыйын өттү, тургундар жолдорду оңдоо маселесин талкуулашты.\n\n"


_BODY_RU = "В Ат-Башинском районе прошел сход жителей по ремонту дорог и моста.\n\n"

_RELATED = "Окшош жаңылыктар:\nТаласта жаштар форуму өттү\nБаткенде жаңы мектеп ачылды\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BODY_KY + _RELATED + "\n© 2025 Райондук администрация\n"
            "Дарек: Нарын облусу, Кочкор району, Кочкор айылы, Ленин көчөсү, 3",
            {"district:Кочкор", "oblast:Нарын", "village:Кочкор"},
        ),
        (
            _BODY_RU + "Другие новости\nВ Оше прошел форум молодежи\nВ Таласе открыли школу\n"
            "\nВсе права защищены, 2025\nАдрес: Жалал-Абадская область, г. Токтогул, ул. Ленина, 7",
            {"district:Ат-Башы", "oblast:Жалал-Абад", "city:Токтогул"},
        ),
        # near miss: a related headline naming a place, no footer: still chrome
        (
            _BODY_KY + _RELATED + "Нарын облусунда жолдор оңдолду",
            {"district:Кочкор"},
        ),
    ],
)
def test_a_footer_ends_the_related_news_block_over_it(text, expected):
    assert level_names(text) == expected


# --- other announcements' links and a journal issue's contents are related-news blocks ----------
# Found by held-out round 14.

_NOTICE = (
    "Ак-Суу айыл өкмөтү 2024-жылдын 14-мартында жайыттарды ижарага берүү боюнча сынак"
    " жарыялайт. Арыздар айыл өкмөтүндө кабыл алынат.\n\n"
)
_LINKS = (
    "Жайыт комитетинин жыйыны өтөт (12.02.2024)\nТоктогул айылында мектеп оңдолот (07.02.2024)\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _NOTICE + "Окшош жарыялар\n" + _LINKS,
        _NOTICE + "Журналдын бул санында:\nНарын облусунда жергиликтүү бюджет кантип түзүлөт?\n",
    ],
)
def test_the_links_under_an_announcements_or_issues_heading_are_chrome(text):
    assert level_names_and_days(text) == ({"ayil_aimak:Ак-Суу"}, ["2024-03-14"])


def test_the_same_lines_under_no_heading_are_content():
    # near miss: with no heading over them the lines are the text's own
    places, dates = level_names_and_days(_NOTICE + _LINKS)
    assert "village:Токтогул" in places
    assert dates == ["2024-03-14", "2024-02-12", "2024-02-07"]


# --- a related heading that says what it lists: "Бул темага байланыштуу материалдар" ------
# Found by held-out round 21.

_ARTICLE = "Талас районунда жыйын өттү, тургундар жолдорду оңдоо маселесин талкуулашты.\n\n"
_HEADLINES = "\nБаткенде жаңы мектеп ачылды\nНарында жол оңдолду"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Темага байланыштуу жаңылыктар:", {"district:Талас"}),
        ("Ушул темага тиешелүү макалалар:", {"district:Талас"}),
        # near miss: no noun of articles after the phrase: the lines under it are content
        (
            "Бул темага байланыштуу суроолор:",
            {"district:Талас", "city:Баткен", "city:Нарын"},
        ),
    ],
)
def test_a_related_heading_with_the_noun_of_what_it_lists(heading, expected):
    assert level_names(_ARTICLE + heading + _HEADLINES) == expected


# --- related links under "Окуңуз:" and an office's latest announcements ---------------
# The imperative "read" alone on its line ("Окуңуз:", "Читайте:") heads other articles'
# links, as "дагы окуңуз" does; so does the list of an office's latest announcements
# ("Последние объявления:", "Акыркы кулактандыруулар:"): their dates and places are
# other pages'.
# Found by held-out round 24.


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
    assert content_days(text) == []
    assert level_names(text) == set()


def test_read_inside_a_sentence_heads_nothing() -> None:
    # near miss: "окуңуз" in a line of prose is no heading; the date under it is the text's
    text = "Жарыяланды: 03.04.2025\n\nТолук маалыматты сайттан окуңуз:\nЖыйын 12-майда өтөт."
    assert content_days(text) == ["2025-05-12"]


# --- the plural headings of neighbouring articles and of a site's latest announcements ---
# "Мурунку жаңылыктар:", "Предыдущие новости:", "Акыркы кулактандыруулар:", "Последние
# объявления:" head other articles' links (lexicon lines.yaml related_headings): their
# dates and places are no content.
# Found by held-out round 26.


@pytest.mark.parametrize(
    "text",
    [
        "Жыйын өттү\nЖарыяланды: 2019-06-10\nАйыл аймагында жыйын болду, ага 70 тургун катышты.\n"
        "Мурунку жаңылыктар:\n› Ат-Башыда жол оңдолду (04.06.2019)\n"
        "› Казыбек айыл аймагында сессия өттү (01.06.2019)",
        "Сход граждан\nОпубликовано: 10.06.2019\nВ селе прошел сход, участвовали 70 жителей.\n"
        "Последние объявления:\n- Аукцион по аренде земли в Кочкорском районе (20.05.2019)",
        "Жыйын өттү\nЖарыяланды: 2019-06-10\nАйыл аймагында жыйын болду, ага 70 тургун катышты.\n"
        "Акыркы кулактандыруулар:\n- Ат-Башы районунда коомдук угуу (04.06.2019)",
    ],
)
def test_links_under_a_plural_related_heading_are_chrome(text: str) -> None:
    doc = parse_text(text)
    assert content_days_of(doc) == []
    assert {p.level for p in doc.places} <= {"country"}


def test_the_words_of_a_heading_in_prose_are_no_heading() -> None:
    # near miss: the words inside a sentence of prose, longer than a heading's line
    doc = parse_text(
        "Жыйын өттү\nЖарыяланды: 2019-06-10\nМурунку жаңылыктарыбызда жазгандай, Ат-Башы"
        " районунда жол 04.06.2019 оңдолуп бүткөн, эми тургундар көпүрөнү күтүшөт."
    )
    assert content_days_of(doc) == ["2019-06-04"]
    assert ("district", "Ат-Башы") in {(p.level, p.name) for p in doc.places}


# --- the page's own headline and posting line under a section's name --------------------
# A site's long name over its menu reads as prose, so the section's name under it
# ("Жаңылыктар", "Новости") opens a block of other articles' headlines; the page's own
# headline and posting line close that block right over the prose and stay the
# article's, also when a views counter follows the posting date ("Жарыяланды: ... |
# Көрүүлөр: 87": lines_related._own_date_line), and when a search box's placeholder
# ("Издөө...") stands over the section (three dots end no sentence: lines_related._ELLIPSIS).
# Found by held-out round 27.


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "Ысык-Көл облустук мамлекеттик администрациясынын жана облустук кеңешинин расмий"
            " маалымат сайты\nБашкы бет | Администрация | Жаңылыктар | Байланыш\nИздөө...\n\n"
            "Жаңылыктар\n\nТоңдо жаштар форуму өттү\nЖарыяланды: 14.06.2021 09:30 | Көрүүлөр: 87"
            "\n\nТоң районунун жаштар форумуна 60 жаш катышты. Форум маданият үйүндө өттү.",
            "2021-06-14",
        ),
        (
            "Официальный сайт мэрии города Каракол и городского кенеша Иссык-Кульской области"
            " Кыргызстана\nГлавная | Мэрия | Новости | Контакты\nПоиск...\n\nНовости\n\n"
            "В Караколе прошел сход жителей\nОпубликовано: 02.08.2020 11:15 | Просмотров: 140"
            "\n\nНа сход в Караколе пришли 70 жителей. Обсуждали ремонт дорог.",
            "2020-08-02",
        ),
    ],
)
def test_the_page_headline_and_a_counted_posting_line_are_the_articles(
    text: str, issued: str
) -> None:
    assert parse_text(text).issued == issued


def test_a_posting_line_under_the_articles_prose_is_another_articles() -> None:
    # near miss: under the article's prose the section's name heads other articles
    text = (
        "Тоң районунда жаштар форуму өттү. Ага 60 жаш катышты, алар долбоорлорун коргошту."
        "\n\nЖаңылыктар\n\nКочкордо мектеп ачылды\nЖарыяланды: 10.05.2021 | Көрүүлөр: 12\n"
    )
    doc = parse_text(text)
    assert doc.issued is None
    assert ("district", "Кочкор") not in level_name_pairs(text)


# --- the previous and next articles' links on one line -----------------------------------
# "← Мурунку: ...   Кийинки: ... →": the bare label of the article before or after, with
# its colon and an arrow, runs into another article's headline (lexicon lines.yaml
# `related_headings`; an arrow may open the line: lines_chrome._LEADING_ARROWS). Its
# names are no places of the article.
# Found by held-out round 27.


@pytest.mark.parametrize(
    "text",
    [
        "Айылда ашар өттү. Ага 40 тургун катышты.\n\n← Мурунку: Кочкордо жайыт комитети"
        " чогулду   Кийинки: Жумгалда жаңы көпүрө ачылды →",
        "В селе прошел субботник. В нем участвовали 50 жителей.\n\n← Предыдущая: В Токмоке"
        " открыли школу   Следующая: В Балыкчы прошел сход →",
    ],
)
def test_previous_and_next_links_name_no_place(text: str) -> None:
    assert level_name_pairs(text) == set()


def test_a_sentence_about_the_previous_meeting_is_content() -> None:
    # near miss: "мурунку" in prose, no label and colon
    text = (
        "Айылда ашар өттү. Ага 40 тургун катышты.\n\n"
        "Мурунку айылдык жыйында Кочкор районунун акими сөз сүйлөдү."
    )
    assert ("district", "Кочкор") in level_name_pairs(text)


# --- a blog's comments heading that counts them first ------------------------------------
# "3 комментария к «...»", "2 комментария": the comments under it, their authors and
# dates, are no part of the article (lexicon lines.yaml `counted_comment_stems`).
# Found by held-out round 27.


@pytest.mark.parametrize(
    "text",
    [
        "Жаштар форуму өттү. Ага 60 жаш катышты. Форумда жаштардын демилгелери"
        " талкууланды.\n\n3 комментария к «Жаштар форуму өттү»\nАсел: Азаматсыңар!"
        " (12.05.2019 в 10:20)\n",
        "В селе прошел сход граждан. На него пришли 45 жителей, обсуждали вопросы"
        " водоснабжения.\n\n2 комментария\nМарат: Молодцы! 14.03.2020\n",
    ],
)
def test_comments_under_a_counted_heading_give_no_date(text: str) -> None:
    assert content_days(text) == []


def test_a_sentence_counting_comments_is_prose() -> None:
    # near miss: a count of comments inside a sentence
    text = (
        "В селе прошел сход граждан. На него пришли 45 жителей, обсуждали вопросы"
        " водоснабжения.\n\n2 комментария поступили от жителей 14.03.2020 и были"
        " рассмотрены на сессии.\n"
    )
    assert content_days(text) == ["2020-03-14"]


# --- a related-news list under "Байланыштуу жаңылыктар", its items opened by "»" --------
# "related" as an adjective before the list's noun is a related-news heading (lexicon
# lines.yaml related_headings), and a line opened by a closing guillemet set off by a
# space is a list item whose break the unwrapping keeps (wraps.py): the links' dates
# are other articles'.
# Found by held-out round 33.


@pytest.mark.parametrize(
    "text",
    [
        "Лейлек районунда жаңы мектеп ачылды. Аким катышты.\n\nБайланыштуу жаңылыктар:\n"
        " » Таласта жол оңдолду (12.03.2024)\n » Нарында жыйын өттү (10.03.2024)\n",
        "В Оше открыли школу. Мэр выступил.\n\nСвязанные статьи:\n"
        " » В Баткене прошел форум (12.03.2024)\n » В Таласе открыли мост (10.03.2024)\n",
    ],
)
def test_links_under_a_related_heading_give_no_date(text: str) -> None:
    assert days_in_order(text) == []


def test_the_same_lines_without_the_heading_are_the_texts() -> None:
    # near miss: with no related heading above them, the dates are the text's
    text = (
        "Лейлек районунда жаңы мектеп ачылды. Аким катышты.\n\n"
        " » Таласта жол оңдолду (12.03.2024)\n » Нарында жыйын өттү (10.03.2024)\n"
    )
    assert days_in_order(text) == ["2024-03-12", "2024-03-10"]


# --- the site section's other postings under "Ушул бөлүмдө дагы:" -----------------------------
# "also in this section" over a list of the section's other postings, each with its date
# (lexicon lines.yaml related_headings): the links' dates are other postings'.
# Found by held-out round 48.


@pytest.mark.parametrize(
    "text",
    [
        "Ат-Башы айыл өкмөтү жайыт жыйынын өткөрөт. Ага 30 тургун чакырылды.\n\n"
        "Ушул бөлүмдө дагы:\n- 14.02.2024 Мектептин чатыры оңдолот\n"
        "- 20.01.2024 Сугат суусунун графиги\n",
        "Мэрия Каракола объявляет конкурс на ремонт дорог. Заявки принимает отдел.\n\n"
        "Также в этом разделе:\n- 14.02.2024 График приема граждан\n"
        "- 20.01.2024 Итоги конкурса\n",
    ],
)
def test_links_under_also_in_this_section_give_no_date(text: str) -> None:
    assert days_in_order(text) == []


def test_this_section_named_in_a_sentence_heads_nothing() -> None:
    # near miss: the words inside a sentence of the text are no heading
    text = (
        "Ат-Башы айыл өкмөтү жайыт жыйынын өткөрөт. Ушул бөлүмдө дагы эки адис иштейт,"
        " алар 14.02.2024 кабыл алынган.\n"
    )
    assert days_in_order(text) == ["2024-02-14"]


# --- a newspaper's earlier issues, and "must read", over other articles' links --------------
# "Мурунку сандарда:" / "Читайте в предыдущем номере:" list an earlier issue's articles with
# the issue's number and date, "Окуу керек:" other articles with theirs (lexicon lines.yaml
# related_headings); the heading may carry the linked issue's number and date in brackets
# before its colon (lines_headings.RELATED_INLINE). Found by held-out round 49.


@pytest.mark.parametrize(
    "text",
    [
        "Сузак районунда жаштар жыйыны болду, ага 40 жаш катышты.\n\n"
        "Мурунку сандарда:\n№ 12 (14.03.2025) — Талаа иштери башталды\n"
        "№ 11 (07.03.2025) — Көк-Жаңгакта жаңы бассейн\n",
        "Сузак районунда жаштар жыйыны болду, ага 40 жаш катышты.\n\n"
        "Окуу керек:\nБаткенде жол курулду  11.03.2025\nТаласта жарманке өттү  02.03.2025\n",
        "В Таласе прошел семинар для 40 депутатов местных кенешей.\n\n"
        "В предыдущем номере:\n№ 8 (20.02.2025) — Сход граждан в Кара-Буре\n",
    ],
)
def test_links_under_earlier_issues_or_must_read_give_no_date(text: str) -> None:
    assert days_in_order(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "В Таласе прошел семинар для 40 депутатов.\n\n"
        "Читайте в предыдущем номере (№ 8, 20 февраля 2025): «Сход граждан в Кара-Буре»\n",
        "Сузак районунда жаштар жыйыны болду.\n\n"
        "Мурунку сандарда (№ 12, 14-март, 2025): Талаа иштери башталды\n",
    ],
)
def test_an_earlier_issue_bracketed_in_its_heading_line_gives_no_date(text: str) -> None:
    assert days_in_order(text) == []


def test_earlier_issues_and_must_read_in_a_sentence_are_content() -> None:
    # near misses: the words inside sentences of the text head nothing, and a bracket
    # after a sentence's words is the sentence's own
    text = (
        "Мурунку сандарда биз 14.03.2025 өткөн жыйын жөнүндө жаздык. Ар бир жаран мыйзамды"
        " окуу керек (мисалы, 20.03.2025 кабыл алынганын): деди аким.\n"
    )
    assert days_in_order(text) == ["2025-03-14", "2025-03-20"]


def test_an_earlier_issue_named_in_a_sentence_with_a_bracket_is_content() -> None:
    # near miss: a line opening with the heading's words and a bracket, but no colon: a
    # sentence about the earlier issue, its date the text's
    text = "В прошлом номере (№ 8) мы писали, что 20.02.2025 в Таласе прошел сход граждан.\n"
    assert days_in_order(text) == ["2025-02-20"]


# --- the site's address line ends a related-news block over it ------------------------------
# "Дарек: ..." / "Адрес: ..." (lexicon lines.yaml address_line_labels) opens the page's
# contact block, no other article's headline, as the footer's "©" does.
# Found by held-out round 49.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BODY_KY
            + _RELATED
            + "\nДарек: Чүй облусу, Кемин району, Ак-Түз айылы, Ленин көч., 4\n",
            {"district:Кочкор", "oblast:Чүй", "district:Кемин", "village:Ак-Түз"},
        ),
        (
            _BODY_RU + "Другие новости\nВ Оше прошел форум молодежи\n"
            "\nНаш адрес: Чуйская область, г. Токмок, ул. Ленина, 5\n",
            {"district:Ат-Башы", "oblast:Чүй", "city:Токмок"},
        ),
        # near miss: a related headline naming an address system, no label's colon: chrome
        (
            _BODY_KY + _RELATED + "Чүй облусунда жаңы дарек системасы киргизилди\n",
            {"district:Кочкор"},
        ),
    ],
)
def test_an_address_line_ends_the_related_news_block_over_it(text, expected):
    assert level_names(text) == expected


# --- ... and so does a contact line with no label: a street and its house's number -------
# "Кемин РМА, Кемин шаары, Ленин көч., 12. Тел.: ...": a street's type word (lexicon
# lines.yaml footer_address_words) and a house's number after it make the line the
# site's contact line, no headline (lines_related._STREET_AND_HOUSE).
# Found by held-out round 57.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BODY_KY
            + _RELATED
            + "\nКемин РМА, Ак-Түз айылы, Ленин көч., 12. Тел.: (03135) 4-12-06\n",
            {"district:Кочкор", "district:Кемин", "village:Ак-Түз"},
        ),
        (
            _BODY_RU + "Другие новости\nВ Оше прошел форум молодежи\n"
            "\nМэрия г. Токмок, ул. Ленина, 5, тел.: (03138) 5-10-20\n",
            {"district:Ат-Башы", "city:Токмок"},
        ),
        (
            _BODY_KY
            + _RELATED
            + "\nКемин району, Ак-Түз айылы, Ленин көч., 7 | Кабыл алуу: (03135) 4-12-06\n",
            {"district:Кочкор", "district:Кемин", "village:Ак-Түз"},
        ),
    ],
)
def test_a_street_and_its_house_number_end_the_related_block_over_it(text, expected):
    assert level_names(text) == expected


def test_a_related_headline_naming_a_street_stays_chrome() -> None:
    # near miss: a street's name with no house number in another article's headline
    text = _BODY_KY + _RELATED + "Ленин көчөсүндө Ак-Түз айылынын жолу оңдолду\n"
    assert level_names(text) == {"district:Кочкор"}


def test_a_headline_with_a_street_and_a_count_of_houses_stays_chrome() -> None:
    # counter-example: a number of houses after "көчөсүндө" is a count in a headline
    text = _BODY_KY + _RELATED + "Ак-Түз айылындагы Ленин көчөсүндө 12 үй оңдолду\n"
    assert level_names(text) == {"district:Кочкор"}


@pytest.mark.parametrize(
    "headline",
    [
        "Ак-Түз айылында көч. Ленин 12 үйгө газ берилди",
        "Ак-Түз айылында ул. Ленина 12 домов подключили к газу",
        "Ак-Түз айылында мкр 5 жылдан бери оңдолгон жок",
    ],
)
def test_a_street_word_and_a_number_with_words_after_it_stay_a_headline(headline: str) -> None:
    # near miss (revfix57): the number after the street's word is a count or a measure of
    # the headline's, a word after it; no house's number closing its part of a contact line
    assert level_names(_BODY_KY + _RELATED + headline + "\n") == {"district:Кочкор"}


# --- a body's long name on the page's top line is its banner, no prose ---------------------
# The page's top line, no longer than a headline and ended by no sentence's mark (a
# ministry's or an agency's full name, longer than a short line), is the site's banner:
# a section's name under it ("Новости", "Жаңылыктар") heads the page's own posting line
# and headline, no block of other articles (segment/lines_related._banner_line). A top
# line that is a sentence is prose: the section's headlines under it are other articles'.
# Found by held-out round 50.


@pytest.mark.parametrize(
    ("text", "issued", "place"),
    [
        (
            "Кыргыз Республикасынын Министрлер Кабинетине караштуу Жергиликтүү өз алдынча"
            " башкаруу иштери боюнча мамлекеттик агенттик\n"
            "Башкы бет | Агенттик жөнүндө | Жаңылыктар | Байланыш\n\nЖаңылыктар\n"
            "Жарыяланды: 14.03.2023\n\nТалас облусунун айыл өкмөттөрүнүн кызматкерлери окутулду\n\n"
            "Семинар 13-мартта өттү, ага 45 кызматкер катышты.\n",
            "2023-03-14",
            ("oblast", "Талас"),
        ),
        (
            "Министерство цифрового развития и инновационных технологий Кыргызской Республики"
            " — официальный сайт\nГлавная | О министерстве | Новости | Контакты\n\nНовости\n"
            "Дата публикации: 05.10.2022\n\nСеминар для специалистов Нарынской области\n\n"
            "Семинар прошел 4 октября, в нем участвовали 30 специалистов.\n",
            "2022-10-05",
            ("oblast", "Нарын"),
        ),
    ],
)
def test_a_long_banner_line_on_top_is_no_prose(
    text: str, issued: str, place: tuple[str, str]
) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert place in level_name_pairs(text)


def test_a_long_top_line_with_no_menu_under_it_stays_prose() -> None:
    # near miss (revfixr50): a post's long first line, ended by an emoji, no site's menu
    # under it: prose, so the comments under it stay comments (no place of theirs read)
    text = (
        "Сегодня в селе Кочкор прошел большой сход граждан по вопросам ремонта водопровода"
        " 💧\nКомментарии (2)\nАсан: у нас в Нарыне тоже надо так\nБакыт: молодцы\n"
    )
    pairs = level_name_pairs(text)
    assert ("village", "Кочкор") in pairs
    assert ("city", "Нарын") not in pairs
    assert ("oblast", "Нарын") not in pairs


def test_a_top_line_over_a_date_line_leaves_the_headline_the_title() -> None:
    # near miss (revfixr50): the site's line on top has no menu under it (a date line):
    # the section's name under them ("Аймактар") is no title, the headline is
    text = (
        "jangy-sozdor.kg  |  Башкы бет  Аймактар  Маданият  Билим берүү  |  Доллар 87,10  Евро 93,40\n"
        "Шейшемби, 4-март 2025\n\nАймактар\nТалас шаарында жаңы бала бакча ачылды\n"
        "04.03.2025 10:15   |   812\n\n"
        "Шаардагы жаңы бала бакчага 120 бала барат. Аны ачууга шаардын тургундары катышты.\n"
    )
    assert parse_text(text).title == "Талас шаарында жаңы бала бакча ачылды"


def test_a_sentence_on_top_is_prose_over_other_articles() -> None:
    # near miss: the top line is a sentence; the section's lines under it are other news
    text = (
        "В селе прошло большое собрание жителей, на котором обсуждали вопросы водоснабжения"
        " и ремонта дорог.\n\nНовости\nДата публикации: 05.10.2022\n\n"
        "Семинар для специалистов Нарынской области\n\n"
    )
    doc = parse_text(text)
    assert doc.issued is None
    assert ("oblast", "Нарын") not in level_name_pairs(text)


# --- a paper's rubric, its issue, or the site's archive over other articles' titles ---------
# "Ушул рубрикада:" / "Также в номере:" name the rubric's or the issue's other articles, and
# "Архивден:" older postings, each with its date or a place in its title (lexicon lines.yaml
# related_headings): the titles' dates and places are other articles'. Found by held-out
# round 51.


@pytest.mark.parametrize(
    "text",
    [
        "Ноокат районунда жаштар форуму болду, ага 60 жаш катышты.\n\n"
        "Ушул рубрикада:\n— Ош шаарында көргөзмө ачылды (12.09.2025)\n"
        "— Араван районунда жол оңдолду (05.09.2025)\n",
        "Ноокат районунда жаштар форуму болду, ага 60 жаш катышты.\n\n"
        "Архивден:\n2024-04-02 — Кара-Кулжада сход өттү\n2024-03-18 — Өзгөндө жарманке\n",
        "В Кара-Балте прошел сход граждан, в нем участвовали 70 жителей.\n\n"
        "Также в номере: «Токмок: ремонт моста к 15 октября» • «Кемин: новый ФАП»\n",
    ],
)
def test_titles_under_a_rubric_an_issue_or_the_archive_give_no_date_or_place(
    text: str,
) -> None:
    assert days_in_order(text) == []
    titles = {"Ош", "Араван", "Кара-Кулжа", "Өзгөн", "Токмок", "Кемин"}
    assert not titles & {name for _, name in level_name_pairs(text)}


def test_the_rubric_the_issue_and_the_archive_in_sentences_are_content() -> None:
    # near miss: the same words inside the text's sentences head nothing
    text = (
        "Ушул рубрикада биз 12.09.2025 Ош шаарында өткөн көргөзмө жөнүндө жаздык. "
        "Архивден табылган 1936-жылдагы сүрөттөр көрсөтүлдү.\n"
    )
    assert days_in_order(text) == ["2025-09-12"]
    assert ("city", "Ош") in level_name_pairs(text)


# --- a related heading framed by a verb of reading or by the section its links stand in -----
# "Читайте в этом номере:", "Бул бөлүмдөгү акыркы жаңылыктар:" are the bare headings with a
# verb asking to read them, or with the part of the site or paper the links stand in after
# the determiner (lexicon lines.yaml related_heading_verbs, related_heading_sections); a
# heading of further reading ("Кошумча маалымат") heads other articles' links under the
# prose only (section_headings); a paper's or a site's contact label
# ("Редакция:", "Контакты:") ends the block over it, as an address label does.
# Found by held-out round 53.


@pytest.mark.parametrize(
    "text",
    [
        "Жумгал районунда мугалимдердин жыйыны болду, ага 80 мугалим катышты.\n\n"
        "Бул бөлүмдөгү акыркы жаңылыктар:\n— Чаекте бала бакча ачылды (04.04.2019)\n"
        "— Кызарт айылында жол оңдолду (28.03.2019)\n",
        "Жумгал районунда мугалимдердин жыйыны болду, ага 80 мугалим катышты.\n\n"
        "Ушул сандагы башка макалалар\n— Чаекте бала бакча ачылды (04.04.2019)\n",
        "В Кочкорском районе прошел сход жителей, в нем участвовали 60 человек.\n\n"
        "Смотрите другие новости:\n— В Чаеке открыли детский сад (04.04.2019)\n",
        # the verbs past reading and looking frame a heading too (revfix65t; fix65)
        "В Кочкорском районе прошел сход жителей, в нем участвовали 60 человек.\n\n"
        "Ищите другие новости:\n— В Чаеке открыли детский сад (04.04.2019)\n",
        "Жумгал районунда мугалимдердин жыйыны болду, ага 80 мугалим катышты.\n\n"
        "Көрүңүз окшош жаңылыктар:\n— Чаекте бала бакча ачылды (04.04.2019)\n",
        "Жумгал районунда мугалимдердин жыйыны болду, ага 80 мугалим катышты.\n\n"
        "Кошумча маалымат\nЧаекте бала бакча ачылды — 04.04.2019\n"
        "Кызарт айылында жол оңдолду — 28.03.2019\n",
    ],
)
def test_links_under_a_framed_heading_give_no_date_or_place(text: str) -> None:
    assert days_in_order(text) == []
    assert not {"Чаек", "Кызарт"} & {name for _, name in level_name_pairs(text)}


def test_a_verb_of_reading_or_further_facts_in_the_text_head_nothing() -> None:
    # near misses: a verb of reading before no heading, and "further facts" over the
    # article's own lines (no prose above it) are the text's
    text = (
        "Кошумча маалымат\nЧаекте бала бакча 04.04.2019 ачылды\n\n"
        "Читайте закон:\nЗакон принят 28.03.2019 в Бишкеке.\n"
    )
    assert days_in_order(text) == ["2019-04-04", "2019-03-28"]
    # nor does one of the verbs past reading (fix65)
    assert days_in_order("Ищите закон:\nЗакон принят 28.03.2019 в Бишкеке.\n") == ["2019-03-28"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BODY_KY
            + _RELATED
            + "\nРедакция: 722000, Нарын облусу, Кочкор айылы, Орозбеков көч., 5\n",
            {"district:Кочкор", "oblast:Нарын", "village:Кочкор"},
        ),
        (
            _BODY_RU + "Другие новости\nВ Оше прошел форум молодежи\n"
            "\nКонтакты: г. Бишкек, ул. Токтогула, 112\n",
            {"district:Ат-Башы", "city:Бишкек"},
        ),
    ],
)
def test_a_contact_label_ends_the_related_news_block_over_it(text, expected):
    assert level_names(text) == expected


# --- "соңку" (latest), the synonym of "акыркы", heading other articles' links ----------
# "Соңку жаңылыктар:", "Соңку кабарлар:" (lexicon lines.yaml related_headings): the dates
# and places of the links under them are other pages'.
# Found by held-out round 55 (acc55).


@pytest.mark.parametrize(
    "text",
    [
        "Жыйын өттү\nЖарыяланды: 2017-03-10\nАйылда жыйын болду, ага 45 тургун катышты.\n\n"
        "Соңку жаңылыктар:\n» Ат-Башыда көпүрө курулду (02.03.2017)\n"
        "» Казыбекте мелдеш өттү (25.02.2017)",
        "Жыйын өттү\nЖарыяланды: 2017-03-10\nАйылда жыйын болду, ага 45 тургун катышты.\n\n"
        "Соңку кабарлар:\n- Ат-Башы районунда коомдук угуу (02.03.2017)",
    ],
)
def test_links_under_a_latest_heading_in_songku_are_chrome(text: str) -> None:
    doc = parse_text(text)
    assert content_days_of(doc) == []
    assert {p.level for p in doc.places} <= {"country"}


def test_songku_in_prose_heads_nothing() -> None:
    # near miss: "соңку" in a sentence of prose; the date after it is the text's
    doc = parse_text(
        "Жыйын өттү\nЖарыяланды: 2017-03-10\nСоңку жаңылыктар боюнча, Ат-Башы районунда көпүрө"
        " 02.03.2017 ачылган, эми тургундар жолду күтүшөт."
    )
    assert content_days_of(doc) == ["2017-03-02"]


# --- a word of "also", a post's headline and its bracketed date on one line ------------
# "Ошондой эле: <headline> (<date>)", "Также: <headline> (<date>)" (lexicon lines.yaml
# `related_dated_headings`, segment/lines_headings.py RELATED_DATED_INLINE): a saved
# post's link to another post; the word alone, before the text's own list or a sentence,
# heads nothing. Found by held-out round 55 (left55).


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Жыйын өттү\nЖарыяланды: 2017-03-10\nАйылда жыйын болду, ага 45 тургун катышты.\n\n"
            "❤️ 120 · 14 комментарий\n\nОшондой эле: Казыбек айылында көпүрө курулду (2 марта)",
            [],
        ),
        (
            "Сход прошёл\nОпубликовано: 10.03.2017\nВ селе прошёл сход, пришли 45 жителей.\n\n"
            "👍 56 · 3 репоста\n\nТакже: В Ат-Башы отремонтировали мост (25.02.2017)",
            [],
        ),
        # near miss: the word before the text's own sentence, a bracket of no date
        (
            "Жыйын өттү\nЖарыяланды: 2017-03-10\nАйылда жыйын болду, ага 45 тургун катышты.\n\n"
            "Ошондой эле: кийинки жыйын 2-апрелде (шаршемби) өтөт.",
            ["2017-04-02"],
        ),
    ],
)
def test_also_before_a_dated_headline_is_another_posts_link(text: str, days: list[str]) -> None:
    assert content_days_of(parse_text(text)) == days


# --- the archive's dated links on one long line, and a chronicle's under the text -----------
# "Архив: <headline> — date; <headline> — date" on one line longer than a short line (lexicon
# lines.yaml archive_link_labels, segment/archive_links.py), and "Хроника:" over dated
# headlines under the prose (section_headings): the links' dates and places are other
# articles'. Over the page's headline "Хроника" is its section's name. Found by held-out
# round 56 (left56).


@pytest.mark.parametrize(
    "text",
    [
        "Жумгал районунда мугалимдердин жыйыны болду, ага 80 мугалим катышты.\n\n"
        "Архив: Чаекте жаңы бала бакчанын имараты салтанаттуу ачылды — 04.04.2019; Кызарт"
        " айылында борбордук көчөнүн жолу толук оңдолду — 28.03.2019\n",
        "В Кочкорском районе прошел сход жителей, в нем участвовали 60 человек.\n\n"
        "Архив: В Чаеке после долгого ремонта открыли детский сад (04.04.2019) | В селе"
        " Кызарт отремонтировали дорогу (28.03.2019)\n",
        "В Кочкорском районе прошел сход жителей, в нем участвовали 60 человек.\n\n"
        "Хроника:\n04.04.2019 В Чаеке открыли детский сад\n"
        "28.03.2019 В селе Кызарт отремонтировали дорогу\n",
    ],
)
def test_archive_links_on_one_line_and_a_chronicle_give_no_date_or_place(text: str) -> None:
    assert days_in_order(text) == []
    assert not {"Чаек", "Кызарт"} & {name for _, name in level_name_pairs(text)}


# A link's year may close with the year's word, glued, spaced or after a hyphen, as a day
# separator's does (lexicon lines.yaml day_separator_year_words; found by the surface sweep's
# "date_suffix_glued" on held-out round 56's archive line).
@pytest.mark.parametrize(
    "text",
    [
        "Жумгал районунда мугалимдердин жыйыны болду, ага 80 мугалим катышты.\n\n"
        "Архив: Чаекте жаңы бала бакчанын имараты салтанаттуу ачылды — 04.04.2019ж.; Кызарт"
        " айылында борбордук көчөнүн жолу толук оңдолду — 28.03.2019-ж.\n",
        "В Кочкорском районе прошел сход жителей, в нем участвовали 60 человек.\n\n"
        "Архив: В Чаеке после долгого ремонта открыли детский сад (04.04.2019 г.) | В селе"
        " Кызарт отремонтировали дорогу (28.03.2019г.)\n",
    ],
)
def test_an_archive_links_year_with_its_word_gives_no_date_or_place(text: str) -> None:
    assert days_in_order(text) == []
    assert not {"Чаек", "Кызарт"} & {name for _, name in level_name_pairs(text)}


def test_a_year_word_that_opens_more_words_is_no_links_date() -> None:
    # near miss: after the date and its word the item goes on, so it is a sentence, not a link
    text = (
        "В Кочкорском районе прошел сход жителей, в нем участвовали 60 человек.\n\n"
        "Архив: документы сельской управы — 28.03.2019 г. переданы в районный архив, где их"
        " может прочитать каждый житель села.\n"
    )
    assert days_in_order(text) == ["2019-03-28"]


def test_an_archive_sentence_and_a_chronicle_over_the_headline_are_content() -> None:
    # near misses: a sentence after the archive's label (no item ends with its date), and
    # "Хроника" as the section's name over the page's own headline and date line
    text = (
        "Хроника\nВ Чаеке открыли детский сад\n04.04.2019\n"
        "В селе Чаек открыли детский сад, на открытие пришли 40 родителей.\n\n"
        "Архив: документы сельской управы за 28.03.2019 переданы в районный архив, где их"
        " может прочитать каждый житель.\n"
    )
    assert days_in_order(text) == ["2019-04-04", "2019-03-28"]


# Found by revfixl55's review: the line's shape alone took a text's own announcements for
# links ("Также: выставка ... (14 марта)" in an announcement's body lost its day). The
# link is read only under a saved post's furniture (its counters or buttons: the post's
# text has ended above them, lines.classify `under_post`).
@pytest.mark.parametrize(
    ("text", "days"),
    [
        # near misses: no post's furniture above, the text's own programme
        (
            "Анонс\nОпубликовано: 02.03.2017\nВ районе пройдут мероприятия ко Дню села.\n"
            "Также: выставка народных ремёсел в Доме культуры (14 марта)\n"
            "Приглашаем всех жителей.",
            ["2017-03-14"],
        ),
        (
            "Жарыя\nЖарыяланды: 02.03.2017\nАйылда иш-чаралар өтөт.\n"
            "Ошондой эле: кол өнөрчүлөрдүн көргөзмөсү (14-март)\nАйылдаштарды чакырабыз.",
            ["2017-03-14"],
        ),
        # ... above the furniture: still the post's own text
        (
            "Жарыя\nЖарыяланды: 02.03.2017\nАйылда иш-чаралар өтөт.\n"
            "Ошондой эле: кол өнөрчүлөрдүн көргөзмөсү (14-март)\n\n❤️ 40 · 5 комментарий",
            ["2017-03-14"],
        ),
        # under it: another post's link
        (
            "Жарыя\nЖарыяланды: 02.03.2017\nАйылда иш-чаралар өтөт.\n\n❤️ 40 · 5 комментарий\n"
            "Ошондой эле: Кол өнөрчүлөрдүн көргөзмөсү ачылды (14-март)",
            [],
        ),
    ],
)
def test_also_before_a_dated_headline_is_a_link_only_under_a_posts_furniture(
    text: str, days: list[str]
) -> None:
    assert content_days_of(parse_text(text)) == days


# --- any related heading's label over dated links on one long line (revfixl56) ---------------
# The archive's label is one of the related headings ("Архивтер:", "Ранее:", "Читайте
# также:"), read from the one list of them (lines_headings.RELATED_HEADINGS) with the bare
# "Архив": every item a headline and its date, on a line longer than a headline (a shorter
# one is related_inline's).


@pytest.mark.parametrize(
    "text",
    [
        "Жумгал районунда мугалимдердин жыйыны болду, ага 80 мугалим катышты.\n\n"
        "Архивтер: Чаекте жаңы бала бакчанын имараты салтанаттуу түрдө ачылды — 04.04.2019;"
        " Кызарт айылында борбордук көчөнүн жолу толугу менен оңдолду — 28.03.2019;"
        " Ак-Талаада мал доктурлары семинар өткөрүштү — 15.03.2019\n",
        "В Кочкорском районе прошел сход жителей, в нем участвовали 60 человек.\n\n"
        "Ранее: В Чаеке после долгого ремонта торжественно открыли детский сад (04.04.2019) |"
        " В селе Кызарт полностью отремонтировали центральную дорогу (28.03.2019) |"
        " В Ак-Талинском районе прошел семинар ветеринаров (15.03.2019)\n",
    ],
)
def test_a_related_headings_dated_links_on_one_long_line_give_no_date_or_place(text: str) -> None:
    assert days_in_order(text) == []
    assert not {"Чаек", "Кызарт"} & {name for _, name in level_name_pairs(text)}


def test_a_sentence_after_a_related_heading_on_a_long_line_is_content() -> None:
    # near miss: "Ранее:" opening a long sentence of the text, no item ends with its date
    text = (
        "В селе Чаек открыли детский сад, на открытие пришли 40 родителей.\n\n"
        "Ранее: 28.03.2019 жители села Кызарт собрались на сход и решили построить детский"
        " сад, деньги на него собирали всем селом целый год, помогли и выходцы из села, а"
        " строители из района обещали закончить работы к осени.\n"
    )
    assert "2019-03-28" in days_in_order(text)


# --- a related-news list under "Тиешелүү жаңылыктар" -------------------------------------
# "тиешелүү" (pertaining, related) before the list's noun is a related-news heading, as
# "байланыштуу" is (lexicon lines.yaml related_headings): its links' dates and places
# are other articles'. Found by held-out round 61 (acc61).


@pytest.mark.parametrize(
    "text",
    [
        "Талас районунда жаңы бала бакча ачылды. Аким катышты.\n\nТиешелүү жаңылыктар\n"
        "— Бакайда жол кырсыгы болду (14-март)\n— Нарында семинар өттү (12-март)\n",
        "Токтогулда жыйын өттү. Аким сүйлөдү.\n\nТиешелүү кабарлар:\n"
        "— Кочкордо мектеп оңдолду (3-апрель)\n— Ошто жарманке болду (1-апрель)\n",
    ],
)
def test_links_under_a_pertaining_heading_give_no_date(text: str) -> None:
    assert days_in_order(text) == []


def test_the_adjective_in_prose_keeps_its_sentences_dates() -> None:
    # near miss: "тиешелүү" in a sentence of the text, no heading
    text = "Токтогулда жыйын өттү.\n\nТиешелүү жаңылыктарды аким 14-мартта айтып берди.\n"
    assert days_in_order(text) == ["--03-14"]


# --- a Russian related heading with the scope its links come from ------------------------
# "Другие новости района:", "Последние публикации раздела:": a related heading and a noun
# in the genitive naming the region or section the links come from (lexicon lines.yaml
# `related_heading_scopes`, lines_related._related_heading): the lines under it are
# other articles', their dates and places no content. Found by held-out round 62 (acc62).

_SCOPED_ARTICLE = "Опубликовано: 10.06.2024\n\nВ Таласе прошел сход жителей.\n\n"
_SCOPED_LINKS = "\n12.05.2024 В Чаткальском районе открыли школу\n08.05.2024 Ремонт моста в Кемине"


@pytest.mark.parametrize(
    ("heading", "expected_days"),
    [
        ("Другие новости района:", []),
        ("Последние публикации раздела:", []),
        # near miss: a scope noun after no related heading: the lines under it are content
        ("Итоги района:", ["2024-05-08", "2024-05-12"]),
    ],
)
def test_a_related_heading_with_its_scope(heading: str, expected_days: list[str]) -> None:
    assert content_days(_SCOPED_ARTICLE + heading + _SCOPED_LINKS) == expected_days


# --- a related heading after "also" or before a verb of reporting -----------------------
# lexicon lines.yaml related_heading_also_words, related_heading_report_verbs;
# segment/lines_related._framed_heading.


@pytest.mark.parametrize(
    "heading",
    ["Также по теме:", "Ещё похожие новости", "Ранее сообщалось:", "Буга чейин кабарланган:"],
)
def test_links_under_a_framed_related_heading_are_chrome(heading: str) -> None:
    text = (
        "Ош, 3 апреля 2024 года — В Кара-Суу прошла ярмарка, в ней участвовали 60 фермеров.\n\n"
        f"{heading}\n"
        "Талас: в Манасском районе открыли школу — 21.03.2024\n"
        "— 18 марта 2024: В Токмоке отремонтировали мост\n"
    )
    assert content_days(text) == []
    assert not {"district:Манас", "city:Токмок"} & level_names(text)


def test_a_word_of_also_opening_a_sentence_is_no_heading() -> None:
    # near miss: "Также" opens a line of prose; the date in it stays the text's
    text = (
        "Ош, 3 апреля 2024 года — В Кара-Суу прошла ярмарка.\n\n"
        "Также по теме ярмарки 21.03.2024 провели совещание в Манасском районе.\n"
    )
    assert content_days(text) == ["2024-03-21"]


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Бишкек, 3 апреля 2024 года — В Кара-Суу прошла ярмарка.\n\n"
            "Ранее сообщалось, что 12 мая 2023 года в Нарыне открыли школу.\n",
            "2023-05-12",
            "city:Нарын",
        ),
        (
            "Кара-Суу шаарында жарманке өттү.\n\n"
            "Буга чейин кабарлангандай, 2022-жылдын 9-июнунда Талас шаарында көпүрө ачылган.\n",
            "2022-06-09",
            "city:Талас",
        ),
    ],
)
def test_a_verb_of_reporting_opening_a_sentence_is_no_heading(
    text: str, day: str, place: str
) -> None:
    # near miss (revfix63d): "Ранее сообщалось, что ..." opens a sentence of prose, no
    # heading alone on its line: its date and place stay the text's
    assert day in content_days(text)
    assert place in level_names(text)


# --- a related heading's words inside a short sentence of prose --------------------------
# A heading over other pages' links ("Тектеш кабарлар", "Похожие новости:") is a line of
# its own, short and no sentence; a short line that is a sentence of some words ended by a
# full stop, holding those words with no colon after them, is the text's own prose
# (segment/lines_headings.py `heading_words_in_prose`, lexicon `prose_min_words`; tidy65). Not one
# that asks to read (`related_heading_verbs`): the site's invitation.


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Нарын облусунда жаштар форуму өттү.\n\n"
            "Ошондой эле тектеш кабарлар боюнча Ат-Башы районунда 25 жаш талкууга катышты.\n",
            "district:Ат-Башы",
        ),
        (
            "В Таласе прошел форум молодежи.\n\n"
            "Похожие новости о субботнике в Кара-Буринском районе обсудили на сходе.\n",
            "district:Кара-Буура",
        ),
        (
            "Ош шаарында жарманке болду.\n\n"
            "Окшош кабарлар Кара-Суу районундагы чогулушта да айтылды.\n",
            "district:Кара-Суу",
        ),
    ],
)
def test_a_related_headings_words_inside_a_short_sentence_are_prose(text: str, place: str) -> None:
    assert place in level_names(text)


@pytest.mark.parametrize(
    "line",
    [
        # near misses: the heading alone on its line over a link; a sentence that asks to
        # read them, the site's invitation
        "Ошондой эле тектеш кабарлар\nАт-Башы районунда жаштар форуму өттү",
        "Похожие новости:\nВ Ат-Башинском районе прошел форум молодежи",
        "Другие новости Ат-Башинского района читайте на нашем сайте.",
        # ... an invitation by another verb asking the reader to find or look (revfix65t)
        "Похожие новости Ат-Башинского района ищите в разделе регионов.",
        "Тектеш кабарлар менен сайттын Ат-Башы бөлүмүнөн тааныша аласыз.",
        "Тектеш кабарлар менен Ат-Башы районунун барагынан таанышыңыз.",
    ],
)
def test_near_miss_a_related_heading_or_an_invitation_stays_chrome(line: str) -> None:
    text = "Нарын облусунда жаштар форуму өттү. Форумга 40 жаш катышты.\n\n" + line + "\n"
    assert "district:Ат-Башы" not in level_names(text)
