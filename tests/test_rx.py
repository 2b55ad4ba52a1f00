"""Word lists written as tries (rx.union) match what their flat alternations match; a
pattern searched where its words begin (rx.Beginnings) finds what it finds alone."""

from __future__ import annotations

import re
from functools import reduce
from operator import or_

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from letter_folds import letters_folded_otherwise
from vap_cli import escaping, rx
from vap_cli.dategrammar import MONTH_FORMS
from vap_cli.extractors import organizations as orgs
from vap_cli.extractors import word_starts
from vap_cli.extractors.dates.patterns import (
    EN_MONTH_BEGINS,
    EN_MONTH_DAY_YEAR,
    MONTH_FIRST_BEGINS,
    MONTH_FIRST_DATE,
    QUOTED_DAY_BEGINS,
    QUOTED_DAY_DATE,
)
from vap_cli.extractors.events import kinds
from vap_cli.extractors.persons.tables import ANCHOR
from vap_cli.extractors.places import forms as places_forms
from vap_cli.extractors.places import vocabulary as places_vocabulary
from vap_cli.numbers import NUMBER_BEGINS, NUMBER_START
from vap_cli.rx_word_sets import WordSets
from vap_cli.segment.lines_chrome import LINE_WORD_BEGINS
from vap_cli.segment.tokens import TokenStream

TEXTS = [
    "2019-жылдын 11-13-ноябрында Нарын шаарында семинар-тренинг өттү, 2-декабрда дагы бир.",
    "С 20 по 25 НОЯБРЯ прошёл тренинг; 3 ноябрь күнү семинарлар жана тренингдер болот.",
    "Ноябрдагы жыйындар, ноябрынын аягында тегерек үстөлдөр жана семинар-кеңешме өткөрүлдү.",
]


def _flat(words: list[str]) -> str:
    escaped = (
        regex.escape(w).replace(r"\ ", " ").replace(" ", r"\s{1,3}")
        for w in sorted(words, key=len, reverse=True)
    )
    return "(?:" + "|".join(escaped) + ")"


@pytest.mark.parametrize("text", TEXTS)
def test_a_trie_of_words_matches_like_the_flat_alternation_longest_first(text: str) -> None:
    words = sorted(MONTH_FORMS)
    trie = regex.compile("(?:" + rx.union(rx.atoms(w) for w in words) + ")", regex.IGNORECASE)
    flat = regex.compile(_flat(words), regex.IGNORECASE)
    # Followed by a letter or not: the longest word that fits is taken, or a shorter one.
    for tail in ("", r"(?!\p{L})", r"\p{L}"):
        t, f = (
            regex.compile(trie.pattern + tail, regex.I),
            regex.compile(flat.pattern + tail, regex.I),
        )
        assert [m.span() for m in t.finditer(text)] == [m.span() for m in f.finditer(text)]
    assert len(trie.pattern) < len(flat.pattern) / 2


def test_a_trie_shares_beginnings() -> None:
    assert rx.union(rx.atoms(w) for w in ["ноябрь", "ноябрында", "ноябр"]) == "ноябр(?:ында|ь)?"


@pytest.mark.parametrize("text", TEXTS)
def test_kind_words_are_found_as_the_flat_pattern_finds_them(text: str) -> None:
    def flat(start: int, end: int) -> list[tuple[str, int, int]]:
        found = []
        for m in kinds._KIND.finditer(text, start, end):
            stem = kinds._STEMS[int(str(m.lastgroup)[1:])]
            found.append((kinds._KIND_OF_STEM[stem], m.start(), m.end()))
        return found

    assert kinds.kinds_in(text)
    for start in range(0, len(text), 7):
        for end in (start + 25, len(text)):
            assert kinds.kinds_in(text, start, end) == flat(start, end)


def test_known_bodies_are_found_as_the_flat_pattern_finds_them() -> None:
    aliases = [a for body in orgs._LEX["known_bodies"] for a in body["aliases"]]
    # Each alias with an ending, in upper case, and glued to a letter (no match).
    text = " ".join(
        f"{a}дын ишине, {a.upper()} жана ж{a} менен."
        for a in aliases[:: max(1, len(aliases) // 12)]
    )
    flat = [(m.span(), m.lastgroup) for m in orgs._ALIASES.finditer(text)]
    for begins in (None, word_starts.ALIAS_BEGINS):
        found = list(rx.finditer_from(orgs._ALIAS_START, orgs._ALIASES, text, 0, len(text), begins))
        assert [(m.span(), m.lastgroup) for m in found] == flat
    assert flat


# --------------------------------------------------------------------------- Beginnings


def _all_beginnings() -> list[rx.Beginnings]:
    return [
        MONTH_FIRST_BEGINS,
        word_starts.KIND_BEGINS,
        word_starts.VERB_BEGINS,
        word_starts.DURATION_UNIT_BEGINS,
        word_starts.DURATION_WORD_BEGINS,
        word_starts.ALIAS_BEGINS,
        NUMBER_BEGINS,
        EN_MONTH_BEGINS,
        QUOTED_DAY_BEGINS,
        ANCHOR.parts[1].begins,  # the father's-name words
        LINE_WORD_BEGINS,  # the words of page chrome (the line classes)
    ]


def test_regex_reads_every_letter_of_the_beginnings_as_python_case_folds_it() -> None:
    # What Beginnings rests on: wherever `regex` (IGNORECASE) matches a beginning's
    # letter, the case-folded text has that letter (or changes length: not searched so).
    letters = sorted({ch for b in _all_beginnings() for w in b.words for ch in w})
    assert letters_folded_otherwise(letters) == []


SCAN_TEXTS = [
    *TEXTS,
    "2017-жылдын ноябрынын 20-күнү, 2018-жылы НОЯБРЫНЫН 21-күнү жана Чын куран айынын 25-26-күндөрү",
    "Март айынын 5-инде; 1918 2019 20 ноябрынын 3-күнү; 5-декабрдын 6-күнү",
    # a letter that case-folds to two (the text is then searched with the pattern itself)
    "Straße: 2019-жылдын ноябрынын 20-күнү",
    # Cyrillic letters of other cases and forms: U+1C80 folds to в, U+1C82 to о
    "ᲀебинар жана семинар; ОКТЯБРЫНЫН 2-күнү; ᲂктябрынын 3-күнү",
    "Үч күндүк семинар өттү, эки жумалык курс ӨТКӨРҮЛДҮ; 25 катышуучу, жыйырма беш киши",
    "Трехдневный семинар состоится, двухнедельные курсы прошли: двадцать пять участников",
    # English dates, quoted days, father's-name words in any case
    "Signed on March 5, 2021 and AUGUST 12th, 2020; Marchand 3, 2020; «09» 01.2017-ж. жана „5“ 3.2019",
    "Асан уулу, АСАН УУЛУ жана Айгүл кызынын; Кыдыр-уулу эмес",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_a_scan_finds_what_the_pattern_finds(text: str) -> None:
    pairs = [
        (MONTH_FIRST_BEGINS, MONTH_FIRST_DATE),
        (word_starts.KIND_BEGINS, kinds._KIND_START),
        (word_starts.VERB_BEGINS, kinds._VERB),
        (word_starts.DURATION_UNIT_BEGINS, kinds._DURATION_UNIT),
        (word_starts.DURATION_WORD_BEGINS, kinds._DURATION_WORD),
        (NUMBER_BEGINS, NUMBER_START),
        (EN_MONTH_BEGINS, EN_MONTH_DAY_YEAR),
        (QUOTED_DAY_BEGINS, QUOTED_DAY_DATE),
        (ANCHOR.parts[1].begins, ANCHOR.parts[1].pattern),
    ]
    for begins, pattern in pairs:
        for start in range(0, len(text), 5):
            for end in (start + 30, len(text)):
                scan = begins.scan(text, start, min(end, len(text)))
                assert [m.span() for m in scan.finditer(pattern)] == [
                    m.span() for m in pattern.finditer(text, start, end)
                ]
    whole = [m.span() for m in MONTH_FIRST_BEGINS.scan(text).finditer(MONTH_FIRST_DATE)]
    assert whole == [m.span() for m in MONTH_FIRST_DATE.finditer(text)]


def _month_first(text: str) -> list[str]:
    scan = MONTH_FIRST_BEGINS.scan(text)
    return [text[m.start() : m.end()] for m in scan.finditer(MONTH_FIRST_DATE)]


def test_month_first_dates_are_found_where_a_year_or_a_month_begins() -> None:
    found = _month_first(SCAN_TEXTS[3])
    assert found[0] == "2017-жылдын ноябрынын 20-күнү"
    assert "Чын куран айынын 25-26-күндөрү" in found
    assert _month_first("Март айынын 5-инде") == ["Март айынын 5-инде"]
    assert _month_first("ноябрдагы 20 семинар") == []


def test_beginnings_are_case_folded_and_never_empty() -> None:
    begins = rx.Beginnings(["ноябрь", "Ноябр", "ноябрында", "дек"])
    assert begins.words == ("дек", "ноябр", "ноябрында", "ноябрь")
    found = begins.find("1 ДЕКАБРЬ, ноябрь".casefold())
    assert found is not None and found.start() == 2
    with pytest.raises(ValueError):
        rx.Beginnings(["ноябрь", ""])
    # no words: only where `also` matches
    digits = rx.Beginnings([], also=r"\d")
    assert digits.find("ноябрь 20") is None
    assert [m.group() for m in digits.scan("ноябрь 20").finditer(regex.compile(r"\d+"))] == ["20"]


# The places stage's gaps between words, written out (rx.written_out), and the regex
# each stands for: the strings in the set are those the regex fullmatches.
GAPS_WRITTEN_OUT = [
    (places_vocabulary.SPACES, r"[ ]{0,5}"),
    (places_vocabulary.NAME_DASH, r"[ ]{0,2}[-–—][ ]{0,2}"),
    (places_vocabulary.DOT_GAP, r"\.[ ]{0,3}"),
    (places_vocabulary.WORD_GAP, r"[ ]{1,3}"),
    (places_vocabulary.QUOTED_NAME_GAP, r'\.?[ ]{0,3}"'),
    (places_vocabulary.COMMA_GAP, r"[ ]{0,3}[,;][ ]{0,3}|/"),
    (places_vocabulary.QUOTED_COMMA_GAP, r'"(?:[ ]{0,3}[,;][ ]{0,3}|/)"'),
    (places_vocabulary.BEFORE_JOINER, r",?[ ]{1,3}"),
    (places_forms.QUOTE_GAP, r'"[ ]{1,3}'),
    (places_forms.WRAP_GAP, r"[ ]{0,5}\n[ ]{0,5}"),
]
# Every string of the pattern's characters (and one other) up to this many in all is tried.
GAP_STRINGS_MAX = 5_000


@pytest.mark.parametrize(("written", "pattern"), GAPS_WRITTEN_OUT)
def test_a_gap_written_out_holds_the_strings_its_regex_fullmatches(
    written: frozenset[str], pattern: str
) -> None:
    compiled = regex.compile(pattern)
    assert all(compiled.fullmatch(gap) for gap in written)
    alphabet = sorted({ch for gap in written for ch in gap} | {"x"})
    strings, tried = [""], 0
    while tried + len(strings) <= GAP_STRINGS_MAX:
        for s in strings:
            assert (s in written) == (compiled.fullmatch(s) is not None), repr(s)
        tried += len(strings)
        strings = [s + ch for s in strings for ch in alphabet]
    longest = max(map(len, written))
    assert tried > len(alphabet) ** min(longest, 4)  # the short strings all tried


def test_written_out_repeats_each_run_from_least_to_most() -> None:
    assert rx.written_out(("ab", 1, 2)) == {"a", "b", "aa", "ab", "ba", "bb"}
    assert rx.written_out((".", 0, 1), (" ", 2, 2)) == {"  ", ".  "}


# --------------------------------------------------------------------------- WordSets

WORD_SET_TEXTS = [
    # words of one set inside, before and after those of another; cut at the end
    "Онлайн окуу: он бир катышуучу, ОНЛАЙНдын бирөө; жонлайн, бирин-бири, онл",
    "бирбир онон онлайнонлайн бир",
    "Straße: он бир",  # a letter that case-folds to two: no places (searched otherwise)
    "",
]


@pytest.mark.parametrize("text", WORD_SET_TEXTS)
def test_word_sets_searched_together_give_each_set_the_places_a_search_for_it_finds(
    text: str,
) -> None:
    # one set's words are beginnings of another's ("он" of "онлайн"), a word of two sets
    sets = (
        rx.Beginnings(["он", "бир"]),
        rx.Beginnings(["онлайн", "бирин"]),
        rx.Beginnings(["онл", "бир", "катыш"]),
        rx.Beginnings(["жок"]),
    )
    together = WordSets(sets)
    stream = TokenStream(text)
    for begins in (*sets, *sets):  # again: as kept
        expected = None if stream.folded is None else rx.beginnings_in(begins, text.casefold())
        assert stream.starts(together, begins) == expected
    if "онлайн" in text:
        assert stream.starts(together, sets[1])
    assert stream.starts(together, sets[3]) in ([], None)  # near miss: none written


def _masks_by_every_beginning(together: WordSets) -> dict[str, int]:
    """The sets with a word at a place where a word is written: those of each of its
    beginnings that is a word of one (the reference, a look-up a beginning)."""
    own: dict[str, int] = {}
    for begins, bit in together.bits.items():
        for word in begins.words:
            own[word] = own.get(word, 0) | bit
    return {w: reduce(or_, (own.get(w[:n], 0) for n in range(1, len(w) + 1))) for w in own}


@pytest.mark.parametrize(
    "sets",
    [
        # nested beginnings ("он" < "онл" < "онлайн"), a word of two sets, and words
        # that share a start without one being the other's beginning ("бирин", "бирөө")
        [["он", "бир"], ["онлайн", "бирин"], ["онл", "бир", "катыш"], ["бирөө", "жок"]],
        [["a"], ["ab", "abc"], ["abd", "b"], ["ac", "abcd", "abce"]],
        # near miss: no word is another's beginning, each only its own sets
        [["кыш", "жай"], ["күз", "жаз"]],
    ],
)
def test_a_word_sets_masks_are_the_sets_of_its_beginnings_that_are_words(
    sets: list[list[str]],
) -> None:
    together = WordSets([rx.Beginnings(words) for words in sets])
    assert together.masks == _masks_by_every_beginning(together)


def test_the_searched_word_sets_masks_are_the_sets_of_their_beginnings() -> None:
    together = word_starts.word_sets()
    assert len(together.masks) > 500
    assert together.masks == _masks_by_every_beginning(together)


@pytest.mark.parametrize("stdlib", [False, True])
def test_a_union_of_literal_words_is_the_trie_of_their_atoms(stdlib: bool) -> None:
    words = ["ноябрь", "ноябрында", "1-май", "а.б", "сен тябрь"]
    atoms = [[re.escape(ch) for ch in w] for w in words] if stdlib else list(map(rx.atoms, words))
    assert rx.literal_union(words, stdlib=stdlib) == rx.union(atoms)
    # and not the other kind's trie: the dot and the space are written differently
    assert rx.literal_union(words, stdlib=not stdlib) != rx.union(atoms)


@pytest.mark.parametrize(
    ("method", "before"),
    [
        ("match", "string, pos=None, endpos=None, "),
        ("search", "string, pos=None, endpos=None, "),
        ("fullmatch", "string, pos=None, endpos=None, "),
        ("finditer", "string, pos=None, endpos=None, overlapped=False, "),
        ("findall", "string, pos=None, endpos=None, overlapped=False, "),
        ("split", "string, maxsplit=0, "),
    ],
)
def test_not_concurrent_is_given_where_regex_reads_it(method: str, before: str) -> None:
    """The hot calls pass rx.NOT_CONCURRENT positionally (a keyword costs more than the
    GIL's release it saves): `regex` must read it there as `concurrent`."""
    doc = getattr(regex.compile("a"), method).__doc__
    assert doc.startswith(f"{method}({before}concurrent=None")
    assert rx.NOT_CONCURRENT is False


_NOT_AFTER_SETS = (
    rx.Beginnings(["он", "бир", '"']),
    rx.Beginnings(["онлайн", "20", "1"]),
    rx.Beginnings(['"2', "ир"]),
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='онбирлайОНБИР2 01"-,\nжa', max_size=40))
def test_word_sets_not_after_letters_keep_the_places_of_a_search_not_after_them(
    text: str,
) -> None:
    # a word at the start, a word right after another word of non-letters ('"2'),
    # words inside words: the places of each set's own search, less those right after
    # a character of `not_after`
    together = WordSets(_NOT_AFTER_SETS, not_after="абвгдеийклмнопржa")
    folded = text.casefold()
    each = together.each(together.find(folded))
    for begins in _NOT_AFTER_SETS:
        expected = [
            k
            for k in rx.beginnings_in(begins, folded)
            if not (k and folded[k - 1] in "абвгдеийклмнопржa")
        ]
        assert each[begins] == expected


def test_blanks_are_the_characters_regex_reads_as_a_blank() -> None:
    # rx.BLANKS stands for `\s` where one character is asked whether it is a blank
    # (dates/form_starts.py) and in the Russian range's openers: every code point checked.
    text = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert "".join(regex.findall(r"\s", text)) == rx.BLANKS


def test_no_letter_is_a_digit_to_regex() -> None:
    # A line opening with a letter (str.isalpha) opens no list item, whose pattern
    # opens with a mark, a blank or `\d` (events/kinds.py, segment/lines_related.py): no
    # character is both, by Python's and by `regex`'s tables.
    text = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert [ch for ch in regex.findall(r"\d|\s", text) if ch.isalpha()] == []


LABELS = ["тел", "тел.", "телефон", "адрес редакции"]


def test_whole_words_match_a_word_standing_alone_not_inside_a_longer_one() -> None:
    whole = regex.compile(rx.whole_words(LABELS), regex.IGNORECASE)
    for word in LABELS:
        assert whole.fullmatch(word), word  # at both edges of the text
        assert whole.search(f"а{word}") is None, word
    # ("тел." ends in a dot: its "тел" stands whole before another letter)
    for word in (w for w in LABELS if w[-1].isalpha()):
        assert whole.search(f"{word}а") is None, word
    # a longer word of the list wins where a shorter one is its start
    assert [m.group() for m in whole.finditer("Тел.: 0312, телефон")] == ["Тел.", "телефон"]


def test_whole_words_with_digits_stand_apart_from_digits_too() -> None:
    glued = "5тел"
    assert regex.search(rx.whole_words(LABELS), glued)
    assert regex.search(rx.whole_words(LABELS, digits=True), glued) is None
    assert regex.search(rx.whole_words(LABELS, digits=True), "5 тел")


def test_whole_words_match_a_phrase_space_as_told() -> None:
    spaced = "адрес \t редакции"
    assert regex.search(rx.whole_words(LABELS), spaced) is None
    assert regex.search(rx.whole_words(LABELS, space=r"[ \t]{1,3}"), spaced)


@pytest.mark.parametrize(
    "words",
    [
        ["Башкы бет", "Главная > Новости", "тел.:", "a+b", "x|y", "(1)", "[ред.]", "c:\\d"],
        [
            "e-mail",
            "№ 5",
            "10%",
            "таб\tуляция",
            "line\nbreak",
            "nbsp\xa0here",
            "a\u2009b",
            "$^*?{}#&~",
        ],
        ["", "ноябрь", "2019", "only letters", "\\", "\\."],
    ],
)
def test_words_escaped_together_read_as_each_escaped_alone(words: list[str]) -> None:
    assert escaping.escaped(words) == [regex.escape(w) for w in words]


def test_a_word_holding_the_gap_between_words_is_escaped_alone_too() -> None:
    words = ["a.b", "c\ue000d", "e f"]  # the private-use character `escaped` joins words with
    assert escaping.escaped(words) == [regex.escape(w) for w in words]
    assert escaping.escaped([]) == []


@given(st.lists(st.text(max_size=12), max_size=8))
@settings(max_examples=300, deadline=None)
def test_any_words_escaped_together_read_as_each_escaped_alone(words: list[str]) -> None:
    assert escaping.escaped(words) == [regex.escape(w) for w in words]


def test_a_lexicon_alternation_is_its_words_escaped_one_by_one() -> None:
    from vap_cli.segment.lines_headings import RELATED_HEADINGS, SPACE_RUN

    ordered = sorted(set(RELATED_HEADINGS), key=lambda w: (-len(w), w))
    flat = "|".join(regex.escape(w) for w in ordered).replace(r"\ ", SPACE_RUN)
    assert rx.alternation(RELATED_HEADINGS, space=SPACE_RUN) == flat


@pytest.mark.parametrize("stdlib", [False, True])
def test_a_union_of_literal_words_writes_each_space_as_told(stdlib: bool) -> None:
    words = ["20 ноября", "ноябрь", "а б.в", "сен тябрь"]
    space = "[ \t]{1,3}"
    if stdlib:
        atoms = [[space if ch == " " else re.escape(ch) for ch in w] for w in words]
    else:
        atoms = [rx.atoms(w, space) for w in words]
    assert rx.literal_union(words, stdlib=stdlib, space=space) == rx.union(atoms)
    # near miss: the same words with the kind's own space are another trie
    assert rx.literal_union(words, stdlib=stdlib) != rx.union(atoms)
