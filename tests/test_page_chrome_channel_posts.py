"""A channel's or a social page's own earlier posts listed under its post, and the pieces
of a channel's feed around the post, give none of their dates, places or counts.

Each class is a rule about the layout: team-written inputs that must give the record's
field, and a near miss that must not (none of the sentences is a held-out round's own).
The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import content_days, content_days_of
from vap_cli.pipeline import parse_text

# --- a channel's earlier posts and a Kyrgyz "see also" under the post --------------------
# "Мурунку посттор:" (a Telegram channel's previous posts) and "Дагы караңыз:" (a social
# page's "see also") head other posts' links, each with its date: lexicon lines.yaml
# related_headings.
# Found by held-out round 57.


@pytest.mark.parametrize(
    "text",
    [
        "Кочкор району | Расмий канал\n\nАйыл аймагында жыйын болду, ага 40 тургун катышты.\n\n"
        "📌 Мурунку посттор:\n12.04.2024 – Мектепте субботник өттү\n"
        "08.04.2024 – Жолдор оңдолду",
        "Сузак районунун социалдык бөлүмү\n3-март, 2024\n\nАйылда ардагерлер менен жолугушуу"
        " болду, ага 30 ардагер катышты.\n\nДагы караңыз:\n"
        "Сузак РСӨБ · 14-февраль, 2024 · Балдар үйүнө жардам берилди",
    ],
)
def test_links_under_a_channels_earlier_posts_heading_are_chrome(text: str) -> None:
    assert content_days_of(parse_text(text)) == []


def test_see_also_inside_a_sentence_is_no_heading() -> None:
    # near miss: the words inside a sentence of prose; the date after them is the text's
    text = (
        "Жарыяланды: 03.04.2024\n\nТолук тизмени дагы караңыз: жыйын 12.05.2024 күнү "
        "айыл өкмөтүнүн имаратында өтөт жана ага баардык тургундар чакырылат."
    )
    assert content_days(text) == ["2024-05-12"]


def test_earlier_posts_said_in_prose_keep_their_date() -> None:
    # counter-example: prose that speaks of earlier posts, on a line of its own, is content
    text = (
        "Жарыяланды: 03.04.2024\n\nМурунку посттордо жазгандай, айылдагы көпүрө "
        "20.03.2024 күнү оңдолуп бүттү."
    )
    assert content_days(text) == ["2024-03-20"]


def test_a_pictograph_before_a_line_that_is_no_heading_opens_nothing() -> None:
    # near miss: a pictograph before a label that heads no links; the date under it stays
    text = (
        "Жарыяланды: 03.04.2024\n\nАйылда жыйын болду, ага 40 тургун катышты.\n\n"
        "📌 Эскертүү:\n15.04.2024 күнү айыл өкмөтүндө кабыл алуу болот."
    )
    assert content_days(text) == ["2024-04-15"]


# --- a channel post's stamp marked as edited -----------------------------------------------
# "👁 2.4K  edited 30.06.2025 18:42": the mark of an edit (lexicon lines.yaml
# social_edited_marks) between a post's counters and its date leaves the stamp the post's own
# date line, issued (dates.issued_post_footer); the channel's earlier posts listed under it
# are no line of the post's footer (posted.post_footer_lines).
# Found by held-out round 57.

_POST_KY = (
    "Сузак району | Расмий канал\n\nБүгүн айылда ишембилик өттү.\nАга 60 тургун катышты.\n"
    "Алар көчөлөрдү тазалашты.\nМектептин жанына 200 көчөт отургузулду.\n"
    "Айыл өкмөтүнүн башчысы баарына ыраазычылык билдирди.\n"
)
_POST_RU = (
    "Пресс-служба акимиата\n\nСегодня в селе прошла встреча с жителями.\n"
    "На встречу пришли 40 человек.\nОбсуждали ремонт дорог.\n"
    "Глава ответил на все вопросы.\nСледующая встреча пройдет летом.\n"
)


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            _POST_KY + "\n#Сузак\n\n👁 1.3K   edited   14.05.2024 11:20\n\n"
            "── Сузак району | Расмий канал ──\nМурунку посттор:\n"
            "10.05.2024 – Жол оңдолду\n06.05.2024 – Мектепте жыйын болду\n",
            "2024-05-14",
        ),
        (_POST_RU + "\n👁 842 · Изменено 21.03.2024 в 10:05\n", "2024-03-21"),
    ],
)
def test_an_edited_post_stamp_gives_the_issued_date(text: str, issued: str) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert content_days_of(doc) == []


def test_an_edit_said_in_a_sentence_is_no_post_stamp() -> None:
    # near miss: words of a sentence before the mark; the date is a coming day of the text
    text = _POST_RU + "\nРасписание приема граждан изменено 21.03.2024\n"
    assert parse_text(text).issued is None


def test_a_counter_with_edited_and_words_after_the_date_is_no_stamp() -> None:
    # counter-example: a sentence closes the line after the date: no footer of the post
    text = _POST_KY + "\n👁 1.3K edited 14.05.2024 күнү жыйын болот деп жазылган\n"
    assert parse_text(text).issued is None


# --- a channel feed's next post under the post's counters ----------------------------------
# A date alone on its line right under a post's counters ("👁 4.7K  edited 15:12"; the mark
# of an edit is furniture too, lexicon lines.yaml social_edited_marks), below the post's
# prose: a channel's day separator opening the feed's next post. The lines from it on are
# another post's: no date, place or count of theirs (segment/lines_related.related_lines).
# Found by held-out round 57.

_FEED_KY = (
    "Кочкор Медиа\n\n                    12-май, 2024\n\n"
    "Бүгүн Кочкор районунда жыйын өттү, ага 45 тургун катышты.\n"
    "Жыйында жайыттар тууралуу сөз болду.\n\n"
)
_FEED_RU = (
    "Токмок онлайн\n\n                    3 марта 2024\n\n"
    "Сегодня в Токмоке прошла встреча с жителями, пришли 40 человек.\n"
    "Обсуждали ремонт дорог.\n\n"
)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            _FEED_KY + "👁 2.1K   edited 16:40\n\n                    13-май, 2024\n\n"
            "Ак-Талаа районунда 14-майда жол оңдолот…",
            "Ак-Талаа",
        ),
        (
            _FEED_RU + "👁 980\n\n                    4 марта 2024\n\n"
            "В Кеминском районе 5 марта откроют новую школу…",
            "Кемин",
        ),
    ],
)
def test_a_day_separator_under_the_post_counters_opens_another_post(text: str, place: str) -> None:
    doc = parse_text(text)
    assert content_days_of(doc) == []
    assert place not in {p.name for p in doc.places}


def test_a_day_separator_before_the_posts_prose_opens_nothing() -> None:
    # near miss: counters and a date over the post's prose: the post's own header
    text = (
        "Кочкор Медиа\n👁 2.1K\n\n                    12-май, 2024\n\n"
        "Ак-Талаа районунда 14-майда жол оңдолот, ага 30 тургун катышат.\n"
    )
    doc = parse_text(text)
    assert content_days_of(doc) == ["2024-05-14"]
    assert "Ак-Талаа" in {p.name for p in doc.places}


def test_a_date_line_after_prose_with_no_counters_is_the_texts() -> None:
    # counter-example: a schedule's date alone under the prose, no counters over it
    text = (
        _FEED_KY + "Кийинки жыйындын күнү:\n\n                    20-май, 2024\n\n"
        "Жыйын Ак-Талаа районунда өтөт."
    )
    doc = parse_text(text)
    assert "2024-05-20" in content_days_of(doc)
    assert "Ак-Талаа" in {p.name for p in doc.places}


def test_a_date_closing_the_page_under_the_counters_is_the_posts_own() -> None:
    # near miss: no line after the date: the post's own date under its counters, issued
    text = _FEED_RU.replace("                    3 марта 2024\n\n", "") + "👁 980\n04.03.2024\n"
    assert parse_text(text).issued == "2024-03-04"


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (_POST_RU + "\n👁 842\n\n21.03.2024\n\n#акимиат #встреча\n", "2024-03-21"),
        (_POST_KY + "\n❤️ 56 👁 1.2K\n\n14-май, 2024\n\nБөлүшүү\n", "2024-05-14"),
    ],
)
def test_a_date_under_the_counters_with_no_prose_after_it_is_the_posts_own(
    text: str, issued: str
) -> None:
    # near miss (revfix57): only hashtags or buttons after the date, no next post's prose:
    # the post's own date under its counters, issued
    assert parse_text(text).issued == issued


# The day separator may close with the year's word (lexicon lines.yaml
# day_separator_year_words), with its dot or without.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            _FEED_KY + "👁 2.1K\n\n                    13-май, 2024 ж.\n\n"
            "Ак-Талаа районунда 14-майда жол оңдолот…",
            "Ак-Талаа",
        ),
        (
            _FEED_RU + "👁 980\n\n                    4 марта 2024 года\n\n"
            "В Кеминском районе 5 марта откроют новую школу…",
            "Кемин",
        ),
    ],
)
def test_a_day_separator_may_close_with_the_years_word(text: str, place: str) -> None:
    doc = parse_text(text)
    assert content_days_of(doc) == []
    assert place not in {p.name for p in doc.places}


def test_a_date_with_another_word_after_its_year_is_no_day_separator() -> None:
    # near miss: a word after the year that is no year's word: the line is no separator,
    # the lines under it stay the text's
    text = (
        _FEED_RU + "👁 980\n\n                    4 марта 2024 отчет\n\n"
        "В Кеминском районе 5 марта откроют новую школу…"
    )
    assert "Кемин" in {p.name for p in parse_text(text).places}


# Kyrgyz writes the year's word after a hyphen as well ("2024-ж.", "2024-жыл"), on a day
# separator too: the lexicon's year words after a space, a hyphen or nothing
# (segment/lines_related._DAY_SEPARATOR). Found by the leftovers of rounds 57 and 58 (left59).
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            _FEED_KY + "👁 3.4K\n\n                    2-июнь, 2024-ж.\n\n"
            "Кара-Кулжа районунда 3-июнда жаңы көпүрө ачылат…",
            "Кара-Кулжа",
        ),
        (
            _FEED_KY + "👁 615   edited 09:05\n\n                    17.09.2023-жыл\n\n"
            "Тогуз-Торо районунда 18-сентябрда мектеп оңдолот…",
            "Тогуз-Торо",
        ),
    ],
)
def test_a_day_separator_may_join_the_years_word_by_a_hyphen(text: str, place: str) -> None:
    doc = parse_text(text)
    assert content_days_of(doc) == []
    assert place not in {p.name for p in doc.places}


def test_a_year_in_a_case_form_after_the_hyphen_is_no_day_separator() -> None:
    # near miss: "2024-жылы" (in the year 2024) is no year's word alone: a line of the
    # text's, so the lines under it stay the post's
    text = (
        _FEED_KY + "👁 3.4K\n\n                    2-июнь, 2024-жылы\n\n"
        "Кара-Кулжа районунда 3-июнда жаңы көпүрө ачылат…"
    )
    assert "Кара-Кулжа" in {p.name for p in parse_text(text).places}
