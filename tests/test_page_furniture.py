"""Page furniture that names places (issue 14): a "related" heading's other
variants, a tag list's other labels, a short footer with the copyright sign. Each class:
two team-written positives (the furniture names nothing, the article's own places stay)
and a near miss whose places count."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text
from vap_cli.segment.lines_social import social_line

ARTICLE = "Нарын облусунун Ат-Башы районунда жаңы мектеп ачылды. Иш-чарага 120 окуучу катышты.\n"
ARTICLE_PLACES = {"oblast:Нарын", "district:Ат-Башы"}


def places_of(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places if p.level != "country"}


@pytest.mark.parametrize(
    "furniture",
    [
        # a "related" heading, then other articles' headlines
        "Окшош макалалар\nТалас облусунда жол оңдолот\nОш шаарында жаңы бак ачылды\n",
        "Вам может быть интересно\nВ Таласе отремонтируют дорогу\nВ Оше открыли парк\n",
        "Ушул темада\nБаткенде суу түтүгү тартылды\n",
        "Похожие публикации\nВ Чуйской области прошел сход граждан\n",
        # a related heading with its count or an arrow
        "Окшош жаңылыктар (5)\nТалас облусунда жол оңдолот\n",
        "Похожие новости →\nВ Таласе отремонтируют дорогу\n",
        # a related heading opened by a list's mark or an item's number
        "• Окшош жаңылыктар\nТалас облусунда жол оңдолот\n",
        "3) Читайте также:\nВ Таласе отремонтируют дорогу\n",
        # a related heading and another article's headline on one line, short or long
        "Дагы окуңуз: Талас облусунда жол оңдолот\n",
        "Читайте также: В Таласской области за последние два года отремонтировали более "
        "120 километров дорог\n",
        # a tag list under another label
        "Ключевые слова: Талас, молодежь, школа\n",
        "Белгилер: Талас, жаштар\n",
        # a post's category, a breadcrumb's label
        "Рубрика: Талас облусу\n",
        "Категориялар: Аймактар, Талас\n",
        "Вы здесь: Главная » Новости » Талас\n",
        "Сиз бул жердесиз: Башкы бет » Жаңылыктар » Талас\n",
        # a prayer-time widget with its city, without its heading
        "Ош: Багымдат 05:12 Бешим 12:40 Аср 15:50\n",
        "Талас | Фаджр 05:20 | Зухр 12:45 | Магриб 17:30\n",
        # a short footer with the copyright sign
        "© 2024 Талас облустук мамлекеттик администрациясы\n",
        "Copyright © 2012-2024 Ош шаардык мэриясы\n",
    ],
)
def test_furniture_after_the_article_names_nothing(furniture: str):
    assert places_of(ARTICLE + "\n" + furniture) == ARTICLE_PLACES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tag label inside a word of prose: "белгилүү" is no "Белгилер:"
        ("Жыйындын белгилүү катышуучулары Талас облусунан келишти.\n", {"oblast:Талас"}),
        # a heading word opening a sentence of prose, not alone on its line
        ("Ушул темада Талас облусунда да семинар өттү.\n", {"oblast:Талас"}),
        # a related heading's words opening a sentence, with no colon after them
        ("Дагы окуңуз деген рубрикада Талас облусу жөнүндө жазылды.\n", {"oblast:Талас"}),
        # a list item opening with a related heading's words, then a sentence of prose
        ("• Дагы окуңуз деген рубрикада Талас облусу жөнүндө жазылды.\n", {"oblast:Талас"}),
        # a project's field naming where it works is no category
        ("Аймак: Талас облусу\n", {"oblast:Талас"}),
        # a photo credit naming an office's region counts (as the real gold does)
        ("Фото: пресс-служба полпреда в Таласской области\n", {"oblast:Талас"}),
        # one prayer named in prose, with the meeting's time
        ("Жыйын Талас шаарында бешим намазынан кийин, саат 14:00дө.\n", {"city:Талас"}),
        # the copyright sign in a long caption: prose, not a footer
        (
            "© Сүрөттөр басма сөз кызматынан алынды; жыйын Талас облусунун борборунда "
            "кечээ түштөн кийин өттү жана ага тургундар катышты.\n",
            {"oblast:Талас"},
        ),
    ],
)
def test_near_misses_keep_their_places(text: str, expected: set[str]):
    assert places_of(text) == expected


@pytest.mark.parametrize(
    "furniture",
    [
        "Тегдер: Нарын, жаштар\n\n",
        "Вы здесь: Главная » Новости » Талас\n\n",
        "Сиз бул жердесиз: Башкы бет » Аймактар » Ош\n\n",
        "Категория: Регионы, Талас\n\n",
        "© 2024 Нарын-Пресс\n",
        "Окшош макалалар\nТалас облусунда жол оңдолот\n\n",
    ],
)
def test_the_article_under_furniture_keeps_its_places(furniture: str):
    assert places_of(furniture + ARTICLE) == ARTICLE_PLACES


def periods_of(text: str) -> list[str]:
    return [p.text for p in parse_text(text).periods]


@pytest.mark.parametrize(
    "widget",
    [
        # a calendar widget: the month's heading over a row of weekdays
        "Март 2024\nДш Шш Шр Бш Жм Иш Жк\n1 2 3 4 5 6 7\n8 9 10 11 12 13 14\n",
        "Февраль 2023\n\nПн | Вт | Ср | Чт | Пт | Сб | Вс\n1 2 3 4 5\n",
        # a blog's archive by month
        "Архивы\nМарт 2024\nФевраль 2024\nДекабрь 2023\n",
        "Архивдер\nМарт 2024 (12)\nФевраль 2024 (9)\n",
        "Архив: Март 2024 | Февраль 2024 | Январь 2024\n",
    ],
)
def test_a_sidebar_of_months_names_no_period(widget: str):
    assert periods_of(ARTICLE + "\n" + widget) == []
    assert periods_of(widget + "\n" + ARTICLE) == []


def test_a_month_heading_without_a_weekday_row_stays_a_period():
    # a month's heading over a list of events, not over a calendar's weekday row
    text = "Март 2024\nПн, 4-март: Нарын облусунда жыйын өттү.\n"
    assert periods_of(text) == ["Март 2024"]


@pytest.mark.parametrize(
    "sidebar",
    [
        "Свежие записи\nВ Таласе открыли школу\nАким встретился с жителями\n",
        "Акыркы жазуулар\nТаласта жаңы мектеп ачылды\n",
    ],
)
def test_a_blog_latest_posts_name_no_place(sidebar: str):
    assert places_of(ARTICLE + "\n" + sidebar) == ARTICLE_PLACES
    assert places_of(sidebar + "\n" + ARTICLE) == ARTICLE_PLACES


def test_an_archive_named_in_prose_keeps_its_period():
    # "архив" in a sentence, with the month it names
    text = "Архивдин документтери 2024-жылдын март айында Талас шаарында көргөзмөгө коюлду.\n"
    assert [p.start for p in parse_text(text).periods] == [2024]


# A news section's name under the article heads other articles' headlines; over the
# page's own headline it is the page's section, and the headline's places stay.
SCHOOL_KY = "Ат-Башы районунда жаңы мектеп ачылды. Салтанаттуу жыйынга 120 окуучу катышты."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{SCHOOL_KY}\n\nАймак жаңылыктары\nТалас облусунда жол оңдолот\n", {"district:Ат-Башы"}),
        (
            f"{ARTICLE}\nНовости регионов\nВ Таласе отремонтируют дорогу\nВ Оше прошел сход\n",
            ARTICLE_PLACES,
        ),
        # near-miss: the section's name over the page's own headline
        (
            f"Аймак жаңылыктары\nТалас облусунда жол оңдолот\n\n{SCHOOL_KY}\n",
            {"oblast:Талас", "district:Ат-Башы"},
        ),
    ],
)
def test_a_news_sections_name_heads_other_headlines_only_under_the_article(text, expected):
    assert places_of(text) == expected


# "Ранее:" and "Другие новости" blocks of a page saved as text (an analyst's walkthrough:
# they gave event dates and events): other articles' headlines, no date, place or event.
OWN = "В Оше прошел семинар для депутатов\n12.03.2019\nВ Оше 10 марта 2019 года прошел семинар для 40 депутатов.\n\n"


@pytest.mark.parametrize(
    "related",
    [
        "Ранее: В Кара-Буре прошли слушания 28.05.2015 | В Манасском районе отремонтировали дорогу 20.05.2015\n",
        "Ранее:\nВ Караколе прошел форум молодежи 15.11.2016\nВ Балыкчы открыли новую школу 10.11.2016\n",
        "Другие новости\nВ Караколе прошел форум молодежи 15.11.2016\nВ Балыкчы открыли новую школу 10.11.2016\n",
        "Башка жаңылыктар\nКараколдо жаштар форуму өттү 15.11.2016\nБалыкчыда жаңы мектеп ачылды 10.11.2016\n",
    ],
)
def test_a_related_news_block_gives_no_date_place_or_event(related: str) -> None:
    doc = parse_text(OWN + related)
    assert [d.start for d in doc.dates] == ["2019-03-12", "2019-03-10"]
    assert [e.kind for e in doc.events] == ["семинар"]
    assert {p.name for p in doc.places} == {"Ош"}


def test_earlier_in_prose_is_no_related_heading() -> None:
    # near miss: "Ранее" opening a sentence of the article keeps its date
    doc = parse_text(OWN + "Ранее, 28 мая 2015 года, в Оше прошел форум молодежи.\n")
    assert "2015-05-28" in [d.start for d in doc.dates]


# --- another article's card under the prose (round 39) ------------------------------------
# A line of headline length ending with a spaced dash and a site's name in Latin letters
# is another page's title, an embedded card; the short line under it is its lead.


@pytest.mark.parametrize(
    "card",
    [
        "Аким Нарына: на субботник вышли 300 человек - Sputnik Кыргызстан\n"
        "В Нарыне прошел весенний субботник — фото\n",
        "Таласта 200 ыктыярчы бак тигишти – Kabar.kg\nТалас шаарында жаңы бак пайда болду\n",
    ],
)
def test_another_articles_card_names_nothing(card: str) -> None:
    text = ARTICLE + "\n" + card + "\nАйыл өкмөтү иштин жыйынтыгын жакында жарыялайт.\n"
    assert places_of(text) == ARTICLE_PLACES
    assert [p.count for p in parse_text(text).participants] == [120]


def test_near_miss_a_quote_signed_with_a_dash_is_the_articles() -> None:
    text = ARTICLE + "\nБиз Ош шаарынан атайын келдик, көпүрө керек – Асан Асанов\n"
    assert "city:Ош" in places_of(text)


# --- a pointer to the source is no card (lines_related.source_pointer) ---------------------
# "Подробнее — akipress.org": a label of "more at" or of the source alone (lexicon
# `source_pointer_labels`), a spaced dash, the site's name or address, ends with a dash and
# a site's name as another page's card does, but it is the article's own line: the line
# under it stays the article's (tidy63; the colon's form, no card anyway, left out of the
# rule, revfix63t); so is the label with its topic, "Подробнее о ценах — akipress.org",
# "Баалар тууралуу кененирээк — Kabar.kg" (lexicon `source_pointer_topic_prepositions_ru`,
# `source_pointer_topic_postpositions_ky`; tidy65).

ARTICLE_RU = (
    "В Кочкорском районе Нарынской области прошла сельскохозяйственная ярмарка. "
    "В ней участвовали 120 фермеров.\n"
)


@pytest.mark.parametrize(
    ("article", "pointer", "line", "place"),
    [
        (
            ARTICLE_RU,
            "Подробнее — akipress.org",
            "Следующая ярмарка пройдет в Жумгальском районе",
            "district:Жумгал",
        ),
        (ARTICLE, "Кененирээк — Kabar.kg", "Кийинки жарманке Тоң районунда өтөт", "district:Тоң"),
        (ARTICLE, "Толук маалымат – 24.kg", "Кийинки жарманке Кочкор районунда", "district:Кочкор"),
        # the label with the topic it says more about (tidy65)
        (
            ARTICLE_RU,
            "Подробнее о ценах на ярмарке — akipress.org",
            "Следующая ярмарка пройдет в Жумгальском районе",
            "district:Жумгал",
        ),
        (
            ARTICLE_RU,
            "Подробнее про новые правила торговли — 24.kg",
            "Следующая ярмарка пройдет в Жумгальском районе",
            "district:Жумгал",
        ),
        # ... a year in the topic is no card's date (revfix65t)
        (
            ARTICLE_RU,
            "Подробнее о бюджете района на 2026 год — 24.kg",
            "Следующая ярмарка пройдет в Жумгальском районе",
            "district:Жумгал",
        ),
        (
            ARTICLE,
            "Жарманкедеги баалар тууралуу кененирээк — Kabar.kg",
            "Кийинки жарманке Тоң районунда өтөт",
            "district:Тоң",
        ),
    ],
)
def test_a_pointer_to_the_source_opens_no_card(
    article: str, pointer: str, line: str, place: str
) -> None:
    assert place in places_of(article + "\n" + pointer + "\n" + line + "\n")


@pytest.mark.parametrize(
    "card",
    [
        # near misses: a rubric's card; a headline opening with the label's word that goes
        # on with no preposition of a topic after it; the label inside a headline
        "Спорт — akipress.org",
        "Подробнее стало известно о ценах на ярмарке — akipress.org",
        "Фермеры рассказали подробнее о ценах — 24.kg",
        # near misses (revfix65t): a card's own day and month before the dash, in either
        # language; a pointer carries none
        "Подробнее о ценах на ярмарке 14.05.2025 — akipress.org",
        "03.06.2025 Жайлоодогу баалар тууралуу кененирээк — Kabar.kg",
    ],
)
def test_near_miss_a_card_under_the_prose_still_opens_one(card: str) -> None:
    text = ARTICLE_RU + "\n" + card + "\nСледующая ярмарка пройдет в Жумгальском районе\n"
    assert "district:Жумгал" not in places_of(text)


# --- a heading of a word of relation and the plural noun of what a site posts -------------
# "Мурунку жарыялар:", "Акыркы токтомдор: № 25/3 (30.11.2018)", "Другие решения": any pair
# of a word of relation (lexicon lines.yaml related_heading_words) and a site's postings'
# noun (related_posting_nouns) heads other posts' links, whose dates and places are no
# content (lines_headings.py; round 38).


def dates_of(text: str) -> list[str]:
    return [d.start for d in parse_text(text).dates if d.role != "issued"]


@pytest.mark.parametrize(
    "furniture",
    [
        "Мурунку токтомдор:\n› Талас шаарында сессия өттү (12.02.2021)\n",
        "Башка чечимдер: № 14/2 (03.03.2021) | Ош облусу, № 14/1 (01.03.2021)\n",
        "Предыдущие постановления:\n- О бюджете Таласской области (10.02.2021)\n",
    ],
)
def test_a_related_pair_heading_heads_other_posts(furniture: str) -> None:
    text = ARTICLE + "\n" + furniture
    assert places_of(text) == ARTICLE_PLACES
    assert dates_of(text) == []


def test_a_pair_heading_s_words_in_prose_are_no_heading() -> None:
    # near miss: the words open a sentence of prose that names its own place and day
    text = ARTICLE + "Мурунку токтомдор Талас облусунда 12.02.2021 кабыл алынган эле.\n"
    assert "oblast:Талас" in places_of(text)
    assert dates_of(text) == ["2021-02-12"]


# --- a social network's post furniture: counters and buttons ---------------------------------
# The counters under a saved post (a count before a counter's noun, a reaction's sign before
# its count) and its rows of buttons are chrome (segment/lines_social.py; lines.yaml
# social_*; round 40): their counts are no participants, their words no place, the
# channel's link on its subscribers' line no url. A line of prose with such a word is not.


def counted(text: str) -> list[int]:
    return [p.count for p in parse_text(text).participants]


def urls_of(text: str) -> list[str]:
    return list(parse_text(text).contacts.urls)


@pytest.mark.parametrize(
    "furniture",
    [
        "👍 Сиз, Асель Маматова жана дагы 58 адамга жакты\n9 комментарий · 2 бөлүшүү\n",
        "Сиз жана 211 башка адам\nЖактыруу · Жооп берүү · 3 с.\nКотормосун көрүү\n",
        "❤️ 77 жактырылды  💬 4\n1 с. Жактыруу Жооп берүү\n",
        "👍 34  ❤️ 6\nКомментарии: 12    Поделились: 3\nПоказать перевод\n",
        # each of Facebook's reactions, Instagram's heart, Telegram's views and forwards;
        # the buttons under a translated post, a long post's "see more", a relative time
        "😆😮 14  😢 3  😡 2\n🥰 9 · 3 репоста\nПоказать оригинал\n",
        "♥ 412\n🔥 18  😍 7  😂 5\n↪️ 6  ↗ 2\nКөбүрөөк\n",
        "👁 2.4K  🔁 31\n5 мин. назад  Ответить\nЕщё\n",
        # the line of a post's likers or sharers, their verb after the counter
        "Айгүл Токтосунова жана 12 башка адам муну жактырышты\n",
        "Нурлан и ещё 4 поделились этим\n",
    ],
)
def test_a_post_s_counters_and_buttons_are_chrome(furniture: str) -> None:
    text = ARTICLE + "\n" + furniture
    assert places_of(text) == ARTICLE_PLACES
    assert counted(text) == [120]


@pytest.mark.parametrize(
    "line",
    [
        # each reaction sign alone before its count: Facebook's like, love, care, haha,
        # wow, sad, angry; Instagram's heart; Telegram's views, fire, heart eyes, laughter,
        # forwards; a share's arrows
        *("👍 14", "❤️ 9", "🥰 5", "😆 11", "😮 4", "😢 3", "😡 2", "♥ 412"),
        *("👁 2.4K", "🔥 18", "😍 7", "😂 5", "🔁 31", "↪️ 6", "↗ 2"),
        # each button alone: a translated post's, a long post's "see more" (both
        # languages), a comment's relative time
        *("Показать оригинал", "Көбүрөөк", "Ещё", "5 мин. назад  Ответить"),
        # a counter ended by a dot with no words before it, a likers' line with its time
        *("12 комментарий.", "Сиз жана 5 башка адам · 1 к."),
    ],
)
def test_each_reaction_and_button_of_the_class_is_a_social_line(line: str) -> None:
    assert social_line(line)


@pytest.mark.parametrize(
    "line",
    # near misses: a phone's sign before its number; a word beside a button or a time
    ["📞 0555 12 34 56", "Кайра назад", "Көбүрөөк маалымат алыңыз"],
)
def test_a_sign_or_a_button_s_word_in_a_phrase_is_no_social_line(line: str) -> None:
    assert not social_line(line)


def test_a_channel_s_link_on_its_subscribers_line_is_no_url() -> None:
    text = "Талас району\nt.me/talas_raion · 4 120 подписчиков\n\n" + ARTICLE
    assert urls_of(text) == []
    assert urls_of("Талас району\nt.me/talas_raion\n\n" + ARTICLE) == ["t.me/talas_raion"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near misses: prose that says a vote, a like or a comment, a posting line's counter
        ("Жыйынга 40 киши катышып, долбоор бир добуштан жактырылды.\n", 40),
        ("Сессияга 15 депутат катышты.\nКомментарий бербей коюшту.\n", 15),
        # a counter's noun or a reaction's sign with a word after it opens a sentence
        ("Жыйынга 50 башка адам катышты.\n", 50),
        ("Форумга 35 башка адам онлайн кошулду.\n", 35),
        ("🔥 300 жаш марафонго катышты!\n", 300),
        ("👍 25 тургун ашарга чыкты.\n", 25),
        # ... or words before it and a sentence's end mark after it (a likers' line has none)
        ("Жыйынга 50 башка адам.\n", 50),
        ("Айылда жыйын өттү.\nЖыйынга 70 башка адам!\n", 70),
    ],
)
def test_prose_with_a_counter_s_word_stays_content(text: str, count: int) -> None:
    assert counted(text) == [count]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Кочкор районунда жыйын өттү.\nАким жана Нарын шаарынан 20 башка адам келди.\n",
            "city:Нарын",
        ),
        ("Таласта форум өттү.\n❤️ 40 мугалим Манас районунан келди.\n", "district:Манас"),
        ("👍 25 тургун Кочкордон ашарга чыкты.\n", "district:Кочкор"),
    ],
)
def test_a_sentence_after_a_counter_keeps_its_place(text: str, place: str) -> None:
    assert place in places_of(text)
    assert counted(text) != []


@pytest.mark.parametrize(
    ("line", "issued"),
    [
        ("14.05.2024 | 10:20 | 👁 412", "2024-05-14"),
        ("Опубликовано: 19 мар. 2025  👁 87", "2025-03-19"),
    ],
)
def test_a_posting_line_with_its_views_counter_keeps_the_issued_date(
    line: str, issued: str
) -> None:
    # near miss: a counter beside a date (a year) is the page's posting line, no post's counter
    assert parse_text("Жаңылыктар\n" + line + "\n\n" + ARTICLE).issued == issued


# --- a post's hashtags name no place ---------------------------------------------------------
# "#Баткен", "#ЖалалАбад" under a post are tags it is filed under (round 40; round 30 too):
# places.hashtag.


@pytest.mark.parametrize(
    "tags",
    ["#Баткен #тазалык #жаштар\n", "#Талас #ТаласОблусу #Бакай-Ата\n"],
)
def test_a_post_s_hashtags_name_no_place(tags: str) -> None:
    assert places_of(ARTICLE + "\n" + tags) == ARTICLE_PLACES


@pytest.mark.parametrize(
    "line",
    [
        # near misses: a heading's sign with a space after it; the same name in the text
        "# Баткен шаарынан да конок келди\n",
        "#жаштар Баткен шаарынан да конок келди.\n",
    ],
)
def test_the_name_beside_a_hashtag_still_counts(line: str) -> None:
    assert "city:Баткен" in places_of(ARTICLE + line)


# --- a saved post's footer: its counters, then its posting time ----------------------------
# A date with its year closing a line of the page's last lines after a social post's
# counters alone ("👁 12.4K · ..."): the post's posting time, the page's date, under a
# post too long for the header to reach (dates.issued_post_footer, extractors/dates/
# posted.py). Words before the date make it a sentence, no footer.
# Found by held-out round 50.

_POST_KY = (
    "Бүгүн айылда ишембилик өттү.\nАга 60 тургун катышты.\nАлар көчөлөрдү тазалашты.\n"
    "Мектептин жанына 200 көчөт отургузулду.\n"
    "Айыл өкмөтүнүн башчысы баарына ыраазычылык билдирди.\nКийинки ишембилик жазында өтөт.\n"
)
_POST_RU = (
    "Сегодня в селе прошла встреча с жителями.\nНа встречу пришли 40 человек.\n"
    "Обсуждали ремонт дорог.\nЖители задали вопросы главе айыл окмоту.\n"
    "Глава ответил на все вопросы.\nСледующая встреча пройдет летом.\n"
)


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "Кочкор айыл өкмөтү\nTelegram-канал · 2 100 жазылуучу\n\n"
            + _POST_KY
            + "\n#Кочкор\n❤️ 56 · 👁 1.2K · 03.03.2024 10:15\n",
            "2024-03-03",
        ),
        ("Пресс-служба акимиата\n\n" + _POST_RU + "\n👁 3.4K · 12 мая 2024 в 09:30\n", "2024-05-12"),
    ],
)
def test_a_post_footer_of_counters_and_a_date_gives_the_issued_date(text: str, issued: str) -> None:
    assert parse_text(text).issued == issued


def test_a_sentence_after_a_counter_is_no_post_footer() -> None:
    # near miss: words between the counter and the date make a sentence of a coming day
    text = (
        "Пресс-служба акимиата\n\n" + _POST_RU + "\n👍 120 человек ждут новую встречу 26 мая 2024\n"
    )
    doc = parse_text(text)
    assert doc.issued is None
    assert [d.start for d in doc.dates] == ["2024-05-26"]
