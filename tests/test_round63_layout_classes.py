"""Classes of page layout, of the gazetteer and of names found by held-out round 63
(dates, places, persons): a related heading framed by "also" or by a verb of reporting, a
saved post's stamp alone under its counters with the comments below, a founding line
under a run of the imprint's labelled lines, a village's Russian spelling under an ayil
aimak's column header, a built given name before a middle initial.

Each class is a rule: team-written inputs that must give the record's field, and a near
miss that must not (none of the sentences is a held-out round's own or a real text's)."""

from __future__ import annotations

import pytest

from record_fields import content_days, issued_and_content_days, level_names, person_names
from vap_cli.pipeline import parse_text

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


# --- a saved post's stamp alone under its counters --------------------------------------
# extractors/dates/posted.post_stamp (rule dates.issued_post_stamp).

# a channel's post longer than the header the issued date's other rules read
_CHANNEL_POST = (
    "Айыл өкмөтү | Расмий канал\n\n"
    + "Айылда ардагерлер менен жолугушуу болду, ага 30 ардагер катышты.\n" * 7
    + "\n"
)


@pytest.mark.parametrize(
    ("counters", "stamp", "issued"),
    [
        ("👁 1,4K   ✏️ edited 09:12", "3 мар 2024, 08:55", "2024-03-03"),
        ("❤️ 25  👁 880", "17.10.2023 19:40", "2023-10-17"),
    ],
)
def test_a_date_alone_under_a_posts_counters_is_issued(
    counters: str, stamp: str, issued: str
) -> None:
    text = (
        _CHANNEL_POST + f"#айыл #жолугушуу\n{counters}\n{stamp}\n\n"
        "Комментарии (2)\nАсан Асанов: Рахмат!\nАйгүл: Качан кайра болот?\n"
    )
    assert issued_and_content_days(text) == (issued, [])


def test_a_date_under_a_line_of_prose_is_no_stamp() -> None:
    # near miss: the date stands under a sentence, no counters over it
    text = (
        _CHANNEL_POST + "Кийинки жолугушуу болот:\n3 мар 2024, 08:55\n\n"
        "Комментарии (2)\nАсан Асанов: Рахмат!\nАйгүл: Качан кайра болот?\n"
    )
    assert parse_text(text).issued != "2024-03-03"


# --- a founding line under a run of the imprint's labelled lines -------------------------
# segment/lines_founding._in_imprint (lexicon lines.yaml imprint_label_run).


@pytest.mark.parametrize(
    ("imprint", "founding"),
    [
        (
            "Редакциянын дареги: Нарын ш., Ленин көч., 7.\nТел.: 0 (3522) 5-40-12",
            "Гезит 1961-жылдан бери чыгып келет.",
        ),
        (
            "Адрес редакции: г. Каракол, ул. Токтогула, 12\nТел.: 0 (3922) 5-11-22\n"
            "E-mail: redakciya@example.kg",
            "Газета выходит с 1925 года.",
        ),
    ],
)
def test_a_founding_line_under_the_imprints_labelled_lines_has_no_period(
    imprint: str, founding: str
) -> None:
    text = (
        "Жыйын өттү\n\n2024-жылы айылда жыйын өттү, ага 40 тургун катышты.\n\n"
        f"Редактор: А. Асанов\n{imprint}\n{founding}\n"
    )
    assert [p.start for p in parse_text(text).periods] == [2024]


def test_a_founding_line_after_a_blank_line_under_the_imprint_stays_the_texts() -> None:
    # near miss: a blank line ends the imprint; the sentence under it is the text's
    text = (
        "Жыйын өттү\n\n2024-жылы айылда жыйын өттү, ага 40 тургун катышты.\n\n"
        "Редакциянын дареги: Нарын ш., Ленин көч., 7.\nТел.: 0 (3522) 5-40-12\n\n"
        "Гезит 1961-жылдан бери чыгып келет.\n"
    )
    assert sorted(p.start for p in parse_text(text).periods) == [1961, 2024]


# --- a village's Russian name under an ayil aimak's column header or type word ----------
# extractors/places/same_named.seats_named (rule places.seat_russian_name), under a
# column's header (marks.mark_column_headers) or a type word (assemble._found_unit).


@pytest.mark.parametrize(
    ("row", "aimak"),
    [("Тюгель-Сай", "Түгөл-Сай"), ("Кетерме", "Көтөрмө")],
)
def test_a_seats_spelling_under_an_aimak_header_is_the_aimak(row: str, aimak: str) -> None:
    text = (
        "Помощь по айылным аймакам:\n\n"
        "Айылный аймак   | Получатели | Сумма\n"
        f"{row:<16}| 12         | 40 000\n"
        "Всего           | 12         | 40 000\n"
    )
    places = level_names(text)
    assert f"ayil_aimak:{aimak}" in places
    assert not any(p.startswith("village:") for p in places)


@pytest.mark.parametrize(
    ("text", "aimak"),
    [
        ("В айылном аймаке Тюгель-Сай прошла встреча с жителями.", "Түгөл-Сай"),
        ("Глава Кетерме айылного аймака провел сход граждан.", "Көтөрмө"),
    ],
)
def test_a_seats_spelling_with_an_aimaks_type_word_is_the_aimak(text: str, aimak: str) -> None:
    assert f"ayil_aimak:{aimak}" in level_names(text)


def test_a_seats_kyrgyz_alias_with_an_aimaks_type_word_keeps_its_spelling() -> None:
    # near miss: a Kyrgyz alias of the seat names no ayil aimak of the gazetteer
    assert "ayil_aimak:Бостери" not in level_names("В айылном аймаке Бозтери прошла встреча.")


def test_a_seats_spelling_under_a_village_header_stays_the_village() -> None:
    # near miss: the column's header is a village's type word, not an ayil aimak's
    text = (
        "Помощь по селам:\n\n"
        "Село            | Получатели | Сумма\n"
        "Тюгель-Сай      | 12         | 40 000\n"
        "Всего           | 12         | 40 000\n"
    )
    assert "ayil_aimak:Түгөл-Сай" not in level_names(text)


def test_a_seats_kyrgyz_alias_under_an_aimak_header_names_no_aimak() -> None:
    # near miss: a Kyrgyz alias of the seat (Бозтери of the village Бостери) is no Russian
    # name; it names no ayil aimak, as in prose (places.named_like_another_level)
    text = (
        "Помощь по айылным аймакам:\n\n"
        "Айылный аймак   | Получатели | Сумма\n"
        "Бозтери         | 12         | 40 000\n"
        "Всего           | 12         | 40 000\n"
    )
    assert "ayil_aimak:Бостери" not in level_names(text)


# --- a built given name, a middle initial, a surname -------------------------------------
# extractors/persons/unsuffixed.given_initial_surname (listed_or_built_given).


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Жыйынды бөлүмдүн башчысы Эрменбек К. Сатаров ачты.", "Эрменбек К. Сатаров"),
        ("Жооптуу катчы Бегимгүл А. Токоева кабыл алат.", "Бегимгүл А. Токоева"),
    ],
)
def test_a_built_given_name_before_a_middle_initial_is_kept(text: str, name: str) -> None:
    assert person_names(text) == [name]


def test_a_role_word_before_an_initial_is_no_given_name() -> None:
    # near miss: a role's word opens the sentence before the initial and the surname
    assert person_names("Кардиолог Э. Жунушалиев кабыл алат.") == ["Э. Жунушалиев"]


# --- a man's given name opened by "Абд-" in the Russian genitive ---------------------------
# lexicon persons.yaml male_given_prefixes; extractors/persons/cases._male_given.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Глава села поблагодарил пасечника Абдижалила Сыдыкова, который передал мёд.",
            "Абдижалил Сыдыков",
        ),
        ("Айгуль Бекова поблагодарила Абдурашида Токтогулова.", "Абдурашид Токтогулов"),
    ],
)
def test_a_mans_prefixed_given_name_in_the_genitive_is_his(text: str, name: str) -> None:
    assert name in person_names(text)


def test_a_given_name_without_the_prefix_stays_a_womans() -> None:
    # near miss: no man's prefix, no cue: a woman's nominative ("Нургуля" unlisted)
    assert person_names("Встречу провела Нургуля Асанова.") == ["Нургуля Асанова"]


def test_a_prefixed_given_name_in_a_vowel_keeps_its_vowel() -> None:
    # near miss: an indeclinable name in -и after the prefix is read back as itself
    text = "По словам директора Абдували Кадырова, ремонт завершат летом."
    assert person_names(text) == ["Абдували Кадыров"]
