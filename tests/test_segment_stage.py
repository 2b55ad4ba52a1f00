"""The segment stage's analysed text: tokens with spans and folded forms, the word
views extractors read, line classes; each made once per document."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vap_cli import segment as segment_module
from vap_cli.fold import fold
from vap_cli.pipeline import parse_text
from vap_cli.segment import lines as line_classes
from vap_cli.segment import lines_chrome, lines_related, segment
from vap_cli.segment import tokens as tokens_module
from vap_cli.segment.lines import chrome_line, date_line
from vap_cli.segment.tokens import TokenStream, tokenize

# --- tokens -----------------------------------------------------------------------------


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in tokenize(text)]


def test_tokens_have_kinds_spans_and_folded_forms() -> None:
    text = "Нарын облусунан 25 катышуучу,\n1 500 000 сом"
    tokens = tokenize(text)
    assert [(t.kind, t.text) for t in tokens] == [
        ("word", "Нарын"),
        ("word", "облусунан"),
        ("num", "25"),
        ("word", "катышуучу"),
        ("punct", ","),
        ("nl", "\n"),
        ("num", "1 500 000"),
        ("word", "сом"),
    ]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[0].low == "нарын"
    assert tokens[6].value == 1_500_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letters glued to a number are its ending; a date or phone is one code
        ("20дан ашык", [("num", "20дан"), ("word", "ашык")]),
        ("2021-жылы", [("num", "2021-жылы")]),
        ("12.03.2020 күнү", [("code", "12.03.2020"), ("word", "күнү")]),
        ("0555-31-33-85", [("code", "0555-31-33-85")]),
        ("Ак-Суу", [("word", "Ак"), ("punct", "-"), ("word", "Суу")]),
    ],
)
def test_numbers_codes_and_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


def _words(text: str) -> list[tuple[str, int]]:
    return [(w.text, w.sentence) for w in segment(text).tokens.words]


def test_place_words_join_hyphens_and_slashes_and_count_sentences() -> None:
    # the dot of "г." ends no sentence (the segment stage's sentences); the one after
    # "өттү" does
    text = "Семинар г. Ош, Ысык-Көл облусунун а/а өттү. Андан кийин"
    assert _words(text) == [
        ("Семинар", 0),
        ("г", 0),
        ("Ош", 0),
        ("Ысык-Көл", 0),
        ("облусунун", 0),
        ("а/а", 0),
        ("өттү", 0),
        ("Андан", 1),
        ("кийин", 1),
    ]


def test_place_words_take_letters_after_a_number_and_cut_long_runs() -> None:
    words = segment("20-жылдан " + "а" * 70).tokens.words
    assert [w.text for w in words] == ["жылдан", "а" * 61, "а" * 9]


def test_words_carry_their_folded_form_from_one_folding_of_the_text() -> None:
    stream = segment("Нарын ОБЛУСУНУН Ат-Башы районунда").tokens
    assert [w.low for w in stream.words] == ["нарын", "облусунун", "ат-башы", "районунда"]
    assert stream.folded == "нарын облусунун ат-башы районунда"


def test_letters_folding_longer_keep_their_spans() -> None:
    # "İ" folds to "i" and a dot, "ß" to "ss": the text's folding is longer, so a
    # word's folded form is its own; letters glued to a number start after its digits
    text = "2İß Straße 20-ЖЫЛЫ"
    stream = segment(text).tokens
    assert stream.folded is None
    assert [(text[w.start : w.end], w.low) for w in stream.words] == [
        ("İß", "i̇ss"),
        ("Straße", "strasse"),
        ("ЖЫЛЫ", "жылы"),
    ]
    assert stream.folded_between(4, 10) == "strasse"


def test_name_words_join_hyphens_only_and_skip_letters_glued_to_digits() -> None:
    text = "Асан Токтогул-уулу 20дан Д'Арт а/б"
    stream = TokenStream(text)
    assert [w.text for w in stream.name_words(0, len(text))] == [
        "Асан",
        "Токтогул-уулу",
        "Д",
        "Арт",
        "а",
        "б",
    ]


def test_name_words_leave_out_a_word_the_stretch_cuts() -> None:
    text = "Асан Токтогулов жана Ак-Суу"
    stream = TokenStream(text)
    cut = text.index("огулов")
    assert [w.text for w in stream.name_words(0, cut)] == ["Асан"]
    # a hyphenated word keeps the parts inside the stretch
    after_hyphen = text.index("Суу")
    assert [w.text for w in stream.name_words(0, after_hyphen)][-1] == "Ак"
    assert [w.text for w in stream.name_words(text.index("уу") - 1, len(text))] == ["Суу"]


def test_tokens_between_leave_out_a_token_cut_by_the_end() -> None:
    text = "Нарындан 25 катышуучу"
    stream = TokenStream(text)
    assert [t.text for t in stream.between(0, text.index("ышуучу"))] == ["Нарындан", "25"]
    assert [t.text for t in stream.between(text.index("25"), len(text))] == ["25", "катышуучу"]


def test_words_between_keep_compounds_and_leave_out_a_word_cut_by_the_end() -> None:
    text = "Ысык-Көл облусунун Жети-Өгүз районунда"
    stream = TokenStream(text)
    words = [w.text for w in stream.words_between(0, text.index("унда"))]
    assert words == ["Ысык-Көл", "облусунун", "Жети-Өгүз"]
    assert [w.text for w in stream.words_between(text.index("облус"), len(text))] == [
        "облусунун",
        "Жети-Өгүз",
        "районунда",
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Нургуль Жаманкулова", "Нургүл Жаманкулова"),
        ("Ысык-Көл", "ысык көл"),
        ("Кеӊеш", "Кеңеш"),
        ("Д'Арт", "ДАрт"),
    ],
)
def test_one_name_folding(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_name_folding_keeps_different_names_apart() -> None:
    assert fold("Асанов") != fold("Асанова")


# --- line classes -----------------------------------------------------------------------

PAGE = "\n".join(
    [
        "3-Март, 2024-жыл, жекшемби",
        "Бишкек убактысы 09:12",
        "USD 86.55   EUR 92.10",
        "Бишкек | Ош | Баткен | Нарын",
        "Аймактар / Жалал-Абад",
        "Айыл өкмөтү жаңы мектеп курду",
        "19.02.2018 16:27",
        "",
        "Нарын облусунун Ат-Башы районунда жаңы мектеп ачылды. Ага 300 окуучу батат.",
        "",
        "Окшош кабарлар",
        "Талас районунда жол оңдолот",
    ]
)


def test_a_page_has_chrome_a_title_a_date_line_and_content() -> None:
    classes = segment(PAGE).line_classes.classes
    assert classes == [
        "chrome",  # a site's date banner: a weekday set off by a comma
        "chrome",  # its clock
        "chrome",  # currency rates
        "chrome",  # a menu
        "chrome",  # a breadcrumb
        "title",
        "date",  # the date line under the title
        "content",
        "content",
        "content",
        "chrome",  # a related-news heading
        "chrome",  # and the other articles' headlines under it
    ]


def test_a_line_with_more_letters_than_a_heading_is_compared_unfolded() -> None:
    """segment/lines_related.py skips folding a line with more of `_KEPT_LETTERS` than the longest
    folded related-news heading: each of them stays one letter of the folded line
    (none is dropped, none is merged into the letter before it by NFC), so such a
    line folds to no heading."""
    kept = regex.compile("[" + lines_related._KEPT_LETTERS + "]")
    letters = [c for c in map(chr, range(0x3000)) if kept.match(c)]
    assert {len(fold(c)) for c in letters} == {1}
    seconds = {
        chr(int(d.split()[1], 16))
        for d in map(unicodedata.decomposition, map(chr, range(0x110000)))
        if len(d.split()) == 2 and not d.startswith("<")
    }
    assert not seconds & set(letters)
    # a heading spaced out or dotted still is one; a sentence that opens with one is not
    page = "Окшош  кабарлар:\nТалас районунда жол оңдолот\n"
    assert segment(page).line_classes.classes[:2] == ["chrome", "chrome"]
    prose = "Окшош кабарлар биздин сайтта күн сайын жарыяланып турат деп билдирди.\n"
    assert segment(prose + "Талас районунда жол оңдолот").line_classes.classes[1] != "chrome"


@given(st.text(alphabet="аАёЁьЪөҮңa Z9-.,«\u0301\n" + "ыЫэ", max_size=120))
@settings(max_examples=300, deadline=None)
def test_the_letter_count_of_a_heading_is_the_same_in_re_and_regex(line: str) -> None:
    """`_NO_HEADING` (literal ranges) is compiled by the standard library's `re`: it
    matches where and as far as `regex` matches the same pattern."""
    by_regex = regex.compile(lines_related._NO_HEADING.pattern)
    found, expected = lines_related._NO_HEADING.match(line), by_regex.match(line)
    assert (found and found.end()) == (expected and expected.end())


def test_the_letter_count_of_a_heading_on_the_samples_lines() -> None:
    by_regex = regex.compile(lines_related._NO_HEADING.pattern)
    lines = [
        line
        for path in sorted(Path("samples").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert len(lines) > 50
    for line in lines:
        found, expected = lines_related._NO_HEADING.match(line), by_regex.match(line)
        assert (found and found.end()) == (expected and expected.end()), line


def test_chrome_ranges_are_the_chrome_lines() -> None:
    segments = segment(PAGE)
    chrome = segments.line_classes.chrome
    assert [PAGE[s:e] for s, e in chrome][:3] == PAGE.split("\n")[:3]


@pytest.mark.parametrize(
    "line",
    [
        "Бишкек убактысы 10:15",
        "Шейшемби, 14-май, 2024 | 10:05",
        "Бишкек +27°C",
        "USD 87.10",
        "Сегодня: 14 июля 2021",
        "Основана 5 июня 1957 года",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert chrome_line(line) or segment(line).line_classes.classes == ["chrome"]


@pytest.mark.parametrize(
    "line",
    [
        # a weekday in prose, with a time: "every week at 10:00"
        "2024-жылдын 5-апрелинен баштап жума сайын саат 10:00дө окуу.",
        # a date with a clock's label is a date line, not furniture
        "Время: 12.03.2020",
        "Сегодня, 14 июля, в Бишкеке прошел семинар",
        # a long line with a chrome word is prose
        "Жыйында быйыл аба ырайы суук болсо да, дыйкандар эгинди убагында жыйнап алышты "
        "деп билдиришти, андан соң мектептин директору сөз алды.",
    ],
)
def test_not_chrome(line: str) -> None:
    assert not chrome_line(line)


# Lines of every chrome family, in any case, spaced with tabs, and near misses.
MARKED_LINES = [
    "Бишкек убактысы 10:15",
    "БИШКЕК\tУБАКТЫСЫ 09:12",
    "Шейшемби, 14-май, 2024 | 10:05",
    "Бишкек +27°C",
    "Ош: +5...+7",
    "USD 87.10 EUR 97.10",
    "Доллар 89.30 | Евро 97.10",
    "Сегодня: 14 июля 2021",
    "Основана 5 июня 1957 года",
    "Рубрика: Талас облусу",
    "Убакыт: 11:26",
    "Багымдат 05:12 Бешим 12:40 Аср 15:50",
    "Аймактар / Жалал-Абад",
    "Башкы бет | Жаңылыктар | Коом | Саясат",
    "Дагы окуңуз: Таласта жаңы көпүрө курулду",
    "Создано: Вторник, 12 марта 2024 14:35",
    "Жыйын дүйшөмбү, 5-мартта өттү.",
    "Время: 12.03.2020",
    "Сегодня, 14 июля, в Бишкеке прошел семинар",
    "Биз дагы окуңуз: деп жаздык",
    "Straße: Шейшемби, 14-май, 2024",
    "",
]


def test_a_line_is_chrome_with_its_marks_as_without_them() -> None:
    """Each family's pattern is tried only on lines where one of its words begins
    (lines_chrome.line_marks, one search of the lines): the same answers as trying
    every pattern on every line."""
    for lines in (MARKED_LINES, MARKED_LINES[:-2]):  # the last but one folds longer
        marks = lines_chrome.line_marks([line.strip() for line in lines])
        with_marks = [chrome_line(line, mark) for line, mark in zip(lines, marks, strict=True)]
        assert with_marks == [chrome_line(line) for line in lines]
    marks = lines_chrome.line_marks(MARKED_LINES[:-2])
    assert marks[0] & lines_chrome.MARK_CHROME and marks[1] & lines_chrome.MARK_CHROME
    assert marks[14] & lines_chrome.MARK_RELATED
    assert not marks[19] & lines_chrome.MARK_RELATED  # a heading's words inside a line
    assert marks[16] == lines_chrome.MARK_WEEKDAY  # only the weekday: no other search
    # a letter that folds to two: every line is searched for every family
    assert lines_chrome.line_marks(MARKED_LINES)[16] == lines_chrome.ALL_MARKS


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("19.02.2018 16:27", True),
        ("2017-жылдын 25-октябры", True),
        ("Кабар.кг, 19 января 2025", True),
        ("Айыл өкмөтү 2018-жылы жаңы мектеп курду", False),
    ],
)
def test_date_lines(line: str, expected: bool) -> None:
    assert date_line(line) is expected


def test_the_title_is_under_a_document_type_and_over_a_date_line() -> None:
    text = "ПРЕСС-РЕЛИЗ\nКыргызстан, Бишкек\nЖАҢЫ МЕКТЕП\nАЧЫЛДЫ\n19.02.2018 16:27\n\nТекст."
    segments = segment(text)
    assert segments.line_classes.title == [2, 3]
    assert parse_text(text).title == "ЖАҢЫ МЕКТЕП АЧЫЛДЫ"


# --- made once per document -------------------------------------------------------------

DOCUMENT = (
    "Нарын облусу\n19.02.2018 16:27\n\n"
    "Нарын облусунун Ат-Башы районунда 2018-жылдын 5-мартында семинар өттү. "
    "Семинарга Ат-Башы районунан 25 катышуучу, Кочкор районунан 20 киши катышты. "
    "Семинарды долбоордун жетекчиси Бекболот Бекиев ачты.\n"
    "| Район | Катышуучулар |\n| Ат-Башы | 25 |\n| Кочкор | 20 |\n"
)


class _CountedPattern:
    """A compiled pattern that counts its split calls."""

    def __init__(self, pattern: object) -> None:
        self.pattern = pattern
        self.calls = 0

    def split(self, *args: object, **kwargs: object) -> object:
        self.calls += 1
        return self.pattern.split(*args, **kwargs)  # type: ignore[attr-defined]


def test_a_document_is_tokenised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every extractor reads the segment stage's tokens: the one tokeniser's pattern
    runs once per document, however many extractors read tokens."""
    counted = _CountedPattern(tokens_module._TOKEN)
    monkeypatch.setattr(tokens_module, "_TOKEN", counted)
    doc = parse_text(DOCUMENT)
    assert doc.places and doc.participants and doc.persons  # all three read tokens
    assert counted.calls == 1


def test_lines_are_classed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    classify = line_classes.classify

    def counted(*args: object) -> object:
        calls.append(1)
        return classify(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(segment_module, "classify", counted)
    doc = parse_text(PAGE)
    assert doc.title == "Айыл өкмөтү жаңы мектеп курду"
    assert len(calls) == 1


# The banner of the day a page was saved ("Сегодня, 9 октября 2026, 08:35") is a line class
# (segment/today_banner.py): found once, read by the dates (no date) and the periods (no
# year there).
TODAY_PAGE = (
    "Вести района\nСегодня, 9 октября 2026, 08:35\n\nВ Токмоке отремонтировали мост\n\n"
    "Мост отремонтировали 3 мая 2021 года."
)


def test_the_banner_of_today_is_a_line_class_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    today_banners = line_classes.today_banners

    def counted(text: str) -> list[tuple[int, int]]:
        calls.append(text)
        return today_banners(text)

    monkeypatch.setattr(line_classes, "today_banners", counted)
    doc = parse_text(TODAY_PAGE)
    assert len(calls) == 1
    banner = TODAY_PAGE.index("Сегодня")
    assert segment(TODAY_PAGE).line_classes.today == [(banner, TODAY_PAGE.index("\n", banner))]
    assert [d.text for d in doc.dates] == ["3 мая 2021 года"]  # none of the banner's


def test_prose_that_opens_with_today_is_no_banner() -> None:
    text = "Вести района\n\nСегодня, 9 октября 2026, в клубе прошел сход граждан."
    assert segment(text).line_classes.today == []
    assert [d.text for d in parse_text(text).dates] == ["9 октября 2026"]


# --- the word views follow their grammar on any text ------------------------------------

# The grammars the views implement over the tokens, written as patterns: a place word
# (letters, marks and apostrophes; parts joined by one hyphen or slash; bounded), and
# a name word (letters joined by inner hyphens, not glued to a letter or digit; a word
# running on past its bound or the stretch is none).
_PLACE_WORD = regex.compile(r"\p{L}[\p{L}\p{M}']{0,60}(?:[-/]\p{L}[\p{L}\p{M}']{0,60}){0,4}")
_NAME_WORD = regex.compile(r"(?<![\p{L}\d])\p{L}(?:\p{L}|-(?=\p{L})){0,60}")

# "İ" and "ß" fold to two characters each: the words' spans stay those of the text
_PIECES = ["а" * 25, "Бб" * 17, "-а-а-а", "а", "Б", "-", "/", "'", " ", "1", "2", ".", ",",
           "ө", "\n", "Ак-Суу", " Асанов", "20дан", "--", "20İß", "Straße"]  # fmt: skip


@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60),
    st.integers(min_value=0),
    st.integers(min_value=0),
)
@settings(max_examples=300, deadline=None)
def test_word_views_follow_their_grammar(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    start, end = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    stream = TokenStream(text)
    assert [(w.start, w.end) for w in stream.words] == [
        m.span() for m in _PLACE_WORD.finditer(text)
    ]
    names = [
        m.span()
        for m in _NAME_WORD.finditer(text, start, end)
        if m.end() == len(text) or not text[m.end()].isalpha()
    ]
    assert [(w.start, w.end) for w in stream.name_words(start, end)] == names
    # each word's folded form is its text's, whatever folding does to the text's length
    for w in [*stream.words, *stream.name_words(start, end)]:
        assert w.low == w.text.casefold() == stream.folded_between(w.start, w.end)


def test_every_furniture_word_opens_with_a_letter() -> None:
    """lines_chrome.bare_line answers a line whose first letter opens no furniture word
    at once: that holds only while every furniture word opens with a letter."""
    words = [*lines_chrome._CURRENCY_CODES, *lines_chrome._LEX["furniture_words"]]
    assert words and all(regex.match(r"\p{L}", w) for w in words)


@given(
    st.lists(
        st.sampled_from(
            [
                "USD",
                "usd",
                "Убакыт",
                "время",
                "саат",
                "саатта",
                "86.55",
                ":",
                " ",
                "Ош",
                "5",
                "\t",
                "-",
                "ы",
            ]
        ),
        max_size=10,
    )
)
@settings(max_examples=400, deadline=None)
def test_a_bare_line_is_one_with_no_letter_besides_furniture_words(pieces: list[str]) -> None:
    line = "".join(pieces)
    expected = not lines_chrome.LETTER.search(lines_chrome._FURNITURE_WORDS.sub(" ", line))
    assert lines_chrome.bare_line(line) == expected


def _menu_as_written_before(stripped: str) -> bool:
    """lines_chrome._is_menu as round 18 found it (digits first, every line split)."""
    chrome = lines_chrome
    if stripped.startswith("|") or "\t" in stripped or chrome._DIGIT.search(stripped):
        return False
    if chrome._written(stripped, chrome._MENU_SEPARATORS) < chrome._MENU_MIN_ITEMS - 1:
        items = chrome._WIDE_GAP_SPLIT.split(stripped)
        if (
            len(items) >= chrome._MENU_MIN_ITEMS
            and all(0 < len(item.split()) <= chrome._MENU_MAX_WORDS for item in items)
            and any(chrome._section_name(item) for item in items)
        ):
            return True
        # (with round 26's and round 33's limits: a two-space menu as long as a
        # headline, an ellipsis at its end a search box's, no full stop)
        full_stop = stripped.endswith(".") and not (
            stripped.endswith("...") and chrome._ELLIPSIS_END.search(stripped)
        )
        if (
            len(stripped) > chrome.HEADLINE_MAX_LENGTH
            or full_stop
            or chrome._CLAUSE_SIGNS.search(stripped)
        ):
            return False
        items = chrome._NARROW_GAP_SPLIT.split(stripped)
        return (
            len(items) >= chrome._MENU_MIN_ITEMS
            and all(0 < len(item.split()) <= chrome._MENU_MAX_WORDS for item in items)
            and chrome._section_name(items[0])
        )
    items = chrome._MENU_SEPARATOR.split(stripped)
    return len(items) >= chrome._MENU_MIN_ITEMS and all(
        0 < len(item.split()) <= chrome._MENU_MAX_WORDS for item in items
    )


_MENU_PIECES = ["Жаңылыктар", "Новости", "Башкы бет", "Ош", "Нарын облусу", " | ", " / ", " · ",
                "|", "   ", "  ", " ", "\t", "5", "2025", ".", ",", "«", "Аймактар", "кабар"]  # fmt: skip


@given(st.lists(st.sampled_from(_MENU_PIECES), max_size=14))
@settings(max_examples=600, deadline=None)
def test_a_menu_is_what_it_was_with_its_digits_asked_last(pieces: list[str]) -> None:
    line = "".join(pieces).strip()
    assert lines_chrome._is_menu(line) == _menu_as_written_before(line)


def test_menus_of_the_samples_lines_are_what_they_were() -> None:
    for path in sorted(Path("samples").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert lines_chrome._is_menu(line.strip()) == _menu_as_written_before(line.strip())


def test_the_longest_dateline_is_within_its_bound() -> None:
    """lines_header.dateline_city matches no line longer than _DATELINE_MAX: a dateline
    with every part at its longest still is one, and no longer than that."""
    from vap_cli.segment import lines_header

    structure = lines_header._STRUCTURE
    country = max(structure["dateline_countries"], key=len)
    affix = max(structure["dateline_city_prefixes"], key=len)
    line = f"{country}   ,   {affix}   Б{'а' * 40}   {affix}   ,   {'x' * 60}"
    assert lines_header._DATELINE.match(line) is not None
    assert len(line) + 1 <= lines_header._DATELINE_MAX
    assert lines_header._DATELINE.match(line + "x") is None


@given(
    st.lists(
        st.sampled_from(
            [
                "Кыргызстан",
                "КР",
                ",",
                " ",
                "   ",
                "г.",
                "шаары",
                "Бишкек",
                "Ош",
                "12-март",
                "2020",
                "x" * 30,
                "\n",
                ".",
            ]
        ),  # fmt: skip
        max_size=12,
    )
)
@settings(max_examples=400, deadline=None)
def test_a_dateline_is_matched_as_before_its_length_bound(pieces: list[str]) -> None:
    from vap_cli.segment import lines_header

    line = "".join(pieces)
    bounded = (
        lines_header._DATELINE.match(line) if len(line) <= lines_header._DATELINE_MAX else None
    )
    whole = lines_header._DATELINE.match(line)
    assert (bounded and bounded.span()) == (whole and whole.span())
