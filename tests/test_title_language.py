"""Headline, document type, dateline and language."""

from __future__ import annotations

import pytest

from conftest import SAMPLES
from vap_cli import pipeline
from vap_cli.extractors.language import _VOCABULARY, _words, detect
from vap_cli.segment.tokens import tokenize

SAMPLE_TITLES = {
    "000": (
        "Беш облустун ЖӨБ органдары айыл өкмөтүнүн Типтүү Регламенти менен таанышып чыгып, "
        "2018-2022-жылдарга КРда ЖӨБдү өнүктүрүү Программасынын долбоорун талкуулашат",
        None,
    ),
    "001": (
        "Кыргыз Республикасынын ЖӨБ Союзунун 2020-2025 – жж. Стратегиясынын долбоорун "
        "талкуулоо болуп өттү",
        None,
    ),
    "002": ("КОШУНАҢДАН КӨРҮП, ӨЗҮҢ АНДАН ДА МЫКТЫ ЖАСА!", "пресс-релиз"),
    "003": (
        "Швейцария Өкмөтүнүн колдоосу менен жергиликтүү кеңештердин жаңы чакырылышынын "
        "депутаттары окуудан өтүштү",
        None,
    ),
    # Upper case over two lines, below a date line, "ПРЕСС-РЕЛИЗ" and the dateline.
    "004": (
        "ЖӨБ ОРГАНДАРЫНЫН ЖЕРГИЛИКТҮҮ ЖАМААТ МЕНЕН ӨЗ АРА АРАКЕТИ: "
        "НАТЫЙЖАНЫ КАНТИП ЖАКШЫРТСА БОЛОТ?",
        "пресс-релиз",
    ),
}


@pytest.mark.parametrize("prefix", sorted(SAMPLE_TITLES))
def test_sample_title_type_and_language(prefix: str) -> None:
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    doc = pipeline.parse_path(path)
    assert (doc.title, doc.doc_type) == SAMPLE_TITLES[prefix]
    assert doc.language == "ky"


@pytest.mark.parametrize(
    ("text", "title", "doc_type"),
    [
        # The headline repeated after a date line (as sample 001 does): the first one counts.
        (
            "12.03.2020 09:50\nЖЕРГИЛИКТҮҮ КЕҢЕШТЕР ОКУУДАН ӨТТҮ\nЖергиликтүү кеңештер окуудан өттү.\n",
            "ЖЕРГИЛИКТҮҮ КЕҢЕШТЕР ОКУУДАН ӨТТҮ",
            None,
        ),
        ("ПРЕСС-РЕЛИЗ: Нарында семинар өттү\n\nТекст.", "Нарында семинар өттү", "пресс-релиз"),
        ("Анонс\nТалас шаарында форум өтөт\nТекст.", "Талас шаарында форум өтөт", "анонс"),
        (
            "МААЛЫМАТ\n\nАйыл өкмөтүнө жаңы башчы дайындалды\n",
            "Айыл өкмөтүнө жаңы башчы дайындалды",
            "маалымат",
        ),
        ("Жаңылык:\n2020-жылдын 9-марты\nСоюз жыйын өткөрдү\n", "Союз жыйын өткөрдү", "жаңылык"),
        (
            "Пресс-релиз\nг. Бишкек, 12 марта 2020 г.\nВ Бишкеке обсудили стратегию\nТекст.",
            "В Бишкеке обсудили стратегию",
            "пресс-релиз",
        ),
        # Site chrome above the headline: menus, breadcrumbs, clock banners, bylines.
        (
            "Главная | Новости | Регионы | Контакты\nПятница, 12 апреля 2024 года, Бишкек 09:15\n"
            "В Баткенской области открылся центр\nТекст.",
            "В Баткенской области открылся центр",
            None,
        ),
        (
            "Кабар | Аймактар | 2022-жылдын 27-июну, 12:40\nНарында форум өттү\n",
            "Нарында форум өттү",
            "жаңылык",
        ),
        ("Кабар.кг, 19 января 2025\nВ Кочкоре подвели итоги\n", "В Кочкоре подвели итоги", None),
        (
            "3-Март, 2024-жыл, жекшемби, Бишкек убактысы 09:12\nНарында борбор ачылды\n",
            "Нарында борбор ачылды",
            None,
        ),
        (
            "КУЛАКТАНДЫРУУ / ОБЪЯВЛЕНИЕ\nПокровка айылында угуу өтөт\n",
            "Покровка айылында угуу өтөт",
            "анонс",
        ),
        # A short headline with a date in it is still the headline.
        ("Нарында 21-ноябрда семинар өтөт\nТекст.", "Нарында 21-ноябрда семинар өтөт", None),
        (
            "Кыргызстан, Бишкек\nКОШУНАҢДАН КӨРҮП,\nӨЗҮҢ ДА ЖАСА!\nТекст.",
            "КОШУНАҢДАН КӨРҮП, ӨЗҮҢ ДА ЖАСА!",
            None,
        ),
    ],
)
def test_titles(text: str, title: str, doc_type: str | None) -> None:
    doc = pipeline.parse_text(text)
    assert (doc.title, doc.doc_type) == (title, doc_type)


@pytest.mark.parametrize(
    "text",
    [
        "ПРЕСС-РЕЛИЗ\nКыргызстан, Бишкек\nТЕМА\nТекст.\n",
        "Кыргызстан, г. Бишкек\nТема\nТекст.\n",
        "Бишкек, 12-март 2020-ж.\nТема\nТекст.\n",
    ],
)
def test_dateline_city_is_a_place_with_role_dateline(text: str) -> None:
    doc = pipeline.parse_text(text)
    datelines = [p for p in doc.places if p.role == "dateline"]
    assert [(p.level, p.name) for p in datelines] == [("city", "Бишкек")]
    assert text[datelines[0].span.start : datelines[0].span.end] == datelines[0].text


def test_no_dateline_without_header() -> None:
    doc = pipeline.parse_text("Тема\nБишкек шаарында семинар өттү.\n")
    assert [p for p in doc.places if p.role == "dateline"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Жергиликтүү өз алдынча башкаруу органдарынын кызматкерлери жана депутаттары семинарга катышты.",
            "ky",
        ),
        (
            "В Бишкеке прошел семинар для депутатов местных кенешей. Участники обсудили "
            "вопросы бюджета и стратегии развития.",
            "ru",
        ),
        (
            "Семинар для депутатов прошел в Оше. ЖӨБ органдарынын өкүлдөрү катышты жана "
            "тажрыйба менен бөлүшүштү. В рамках проекта прошли встречи с жителями сел.",
            "mixed",
        ),
        ("12.03.2020", "unknown"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect(text) == language


# One plain sentence whose evidence is all of one language has that language (two
# pieces suffice when the other language has none); a shorter or a two-sided text
# stays unknown.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Талас облусунда 2023-жылдын 14-апрелинде 25 адам катышты.", "ky"),
        ("Баткен облусунда семинар болду, 40 киши катышты.", "ky"),
        ("Семинар прошел в Караколе.", "ru"),
        # near misses: one marker word, a number line, one word of each language
        ("Кара-Балта 2023-жылы", "unknown"),
        ("Тел.: 0312 66-12-34, 2023", "unknown"),
        ("Семинар в Таласе, катышты", "unknown"),
    ],
)
def test_one_sided_evidence_of_one_sentence_names_its_language(text: str, language: str) -> None:
    assert detect(text) == language


def _reference_marker_words(text: str) -> list[str]:
    # the words as the language stage read them before: word tokens asked for their
    # kind, and numbers' endings
    tokens = tokenize(text)
    words = [t.low for t in tokens if t.kind == "word"]
    return words + [t.ending for t in tokens if t.kind == "num" and t.ending]


@pytest.mark.parametrize(
    "text",
    [
        "2022-жылы 5-мартта жана 20дан ашык киши менен, бирок жылы эмес: 1 500-жылдын.",
        "В 2021 году, 12.03.2020 и 0555-31-33-85 прошла встреча по вопросам: «и», (в) 3-в.",
        # a near miss: no number's ending, no marker word among signs and codes
        "12.03.2020 — 0555/31; ²³ ٣-٤ «»",
    ],
)
def test_marker_words_counted_among_all_tokens_are_those_of_the_word_tokens(text: str) -> None:
    # the marker words (all letters) are looked up among every token's folded text:
    # the same hits as among the word tokens' and the numbers' endings
    for lang, vocabulary in _VOCABULARY.items():
        reference = sum(w in vocabulary for w in _reference_marker_words(text))
        assert sum(map(vocabulary.__contains__, _words(tokenize(text)))) == reference, lang
