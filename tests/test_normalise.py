"""Normalisation keeps an exact map back to the original text."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vap_cli.normalise import (
    _DROPPED_IN_ORDER,
    _MARKS,
    _REPLACE,
    _SPECIAL,
    DROPPED,
    StretchOffsets,
    _may_be_special,
    _normalise,
    _one_to_one,
    _one_to_one_text,
    normalise,
    wraps,
)


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("кеӊири", "кеңири"),  # ӊ (U+04CA) is the look-alike of ң
        ("деӊгээлде", "деңгээлде"),
        ("Жаӊы", "Жаңы"),
        ("Хаpкoв", "Харков"),  # Latin p and o inside a Cyrillic word
        ("USAIDтин", "USAIDтин"),  # a Latin acronym with a Kyrgyz ending stays
        ("SDC", "SDC"),
        ("NJamankulova@dpi.kg", "NJamankulova@dpi.kg"),
        ("2020–2025 — жж.", "2020-2025 - жж."),
        ("«Элдин үнү»", '"Элдин үнү"'),
        ("“Долбоор”", '"Долбоор"'),
        ("ЖӨБ\u00a0Союзу", "ЖӨБ Союзу"),
        ("со\u00adюз", "союз"),  # soft hyphen dropped
        ("и\u0306", "й"),  # NFC
        ("сап\r\nсап", "сап\nсап"),
        ("сап\rсап", "сап\nсап"),  # a lone CR (old Mac files) breaks the line too
        ("сап\r", "сап\n"),
        ("٢٠٢٠-жылы", "2020-жылы"),  # Arabic-Indic digits read as 0-9
        ("\U00016130", "\ufffd"),  # a digit too new for Python's tables is no digit
    ],
)
def test_normalised_text(original, normalised):
    assert normalise(original).text == normalised


@pytest.mark.parametrize(
    "original",
    ["кеӊири\u00a0«Элдин» 2020–2025 и\u0306 со\u00adюз\r\nХаpкoв", "\ufeffа\u200bб", ""],
)
def test_every_normalised_span_maps_back_to_its_source(original):
    norm = normalise(original)
    assert len(norm.offsets) == len(norm.text) + 1
    previous_end = 0
    for i, ch in enumerate(norm.text):
        start, end = norm.to_original(i, i + 1)
        assert previous_end <= start < end <= len(original), (i, ch)
        previous_end = end
    assert norm.to_original(0, len(norm.text))[1] <= len(original)


def test_a_word_maps_back_without_the_dropped_characters_around_it():
    original = "союз\r\nкеӊири"
    norm = normalise(original)
    start = norm.text.index("кеңири")
    assert original[slice(*norm.to_original(start, start + 6))] == "кеӊири"
    assert original[slice(*norm.to_original(0, 4))] == "союз"


# ------------------------------------------------------------------ the fast path

_ALPHABET = "аәбӊңөүкеӊиріАӨ \t\u00a0\u00ad\r\n«»–-aeopcyxABCEHKMOT\u0306\u0301й1.@٣\U00016130"


def _reference_normalise(original: str) -> tuple[str, list[int], list[int]]:
    """Character by character, as the rules in lexicon/letters.yaml read: the
    oracle that the fast implementation must agree with. Line ends first: the spaces
    after a line's last word and a CRLF's CR go."""
    import regex

    dropped = {
        i
        for m in regex.finditer(r"(?<=\S) +(?=\r?\n)|\r(?=\n)", original)
        for i in range(*m.span())
    }
    kept = [i for i in range(len(original)) if i not in dropped]
    text, offsets, ends = _reference_rest("".join(original[i] for i in kept))
    kept.append(len(original))
    return text, [kept[i] for i in offsets], [kept[i - 1] + 1 for i in ends]


def _reference_rest(original: str) -> tuple[str, list[int], list[int]]:
    """The oracle after the line ends are read."""
    import unicodedata

    import regex

    from vap_cli.lexicon import load
    from vap_cli.normalise import fix_mixed_script

    letters = load("letters")
    replace, drop = letters["replace"], set(letters["drop"])
    out: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    pos = 0

    def copy(i: int) -> None:
        ch = original[i]
        if ch == "\r" and original[i + 1 : i + 2] != "\n":
            ch = "\n"  # a lone CR breaks the line; before LF it is dropped
        elif ch in drop:
            return
        elif regex.match(r"(?![0-9])\d", ch):
            value = unicodedata.decimal(ch, None)
            ch = "\ufffd" if value is None else str(value)
        out.append(replace.get(ch, ch))
        offsets.append(i)
        ends.append(i + 1)

    # A word split over lines by a hyphen: the hyphen and the break go (normalise/wraps.py).
    split = {
        i
        for pattern in (wraps.SPLIT_WORD, wraps.SPLIT_NAME)
        for m in pattern.finditer(original)
        for i in range(*m.span())
    }
    for cluster in regex.finditer(r"\P{M}\p{M}+", original):
        for i in range(pos, cluster.start()):
            if i not in split:
                copy(i)
        for ch in unicodedata.normalize("NFC", cluster.group()):
            if regex.match(r"(?![0-9])\d", ch):
                value = unicodedata.decimal(ch, None)
                ch = "\ufffd" if value is None else str(value)
            out.append(replace.get(ch, ch))
            offsets.append(cluster.start())
            ends.append(cluster.end())
        pos = cluster.end()
    for i in range(pos, len(original)):
        if i not in split:
            copy(i)
    latin = letters["latin_to_cyrillic"]
    joined = "".join(out)

    def fix(m: regex.Match[str]) -> str:
        word = m.group()
        if fix_mixed_script(word) != word or not all(ch in latin for ch in word):
            return fix_mixed_script(word)
        # A Latin initial before a Cyrillic name, an ending glued to a number ("554ü").
        initial = (
            len(word) == 1
            and word.isupper()
            and regex.match(r"\. ?\p{Cyrillic}", joined[m.end() :])
        )
        ending = len(word) <= 4 and regex.search(r"(?<![\p{L}\d])\d+\Z", joined[: m.start()])
        # One half of a hyphenated name, the other Cyrillic ("Kapa-Балта").
        half = regex.match(r"-\p{Cyrillic}", joined[m.end() :]) or regex.search(
            r"\p{Cyrillic}-\Z", joined[: m.start()]
        )
        return "".join(latin[ch] for ch in word) if initial or ending or half else word

    text = regex.sub(r"\p{L}+", fix, joined)
    # The layout's line breaks become spaces after the characters (normalise/wraps.py).
    return wraps.unwrap(text), [*offsets, len(original)], ends


@given(st.text(alphabet=_ALPHABET, max_size=60))
@settings(max_examples=400, deadline=None)
def test_the_fast_normaliser_agrees_with_the_rules_read_one_character_at_a_time(original):
    norm = normalise(original)
    text, offsets, ends = _reference_normalise(original)
    assert norm.text == text
    assert list(norm.offsets) == offsets
    assert list(norm.ends) == ends


def test_text_that_needs_nothing_keeps_its_offsets_as_a_range():
    # Memory stays linear and small on long clean text: no per-character list.
    norm = normalise("Бишкек шаары " * 1000)
    assert isinstance(norm.offsets, range)
    assert norm.to_original(7, 12) == (7, 12)


# A whole text's replaceable characters are replaced one kind at a time (str.replace),
# a short piece's in one pass of a regex: the same text either way.
_REPLACEABLE_PIECES = [*_REPLACE, "а", "ө", " ", "-", '"', "7", "٣", "߄", "\n"]


@given(st.lists(st.sampled_from(_REPLACEABLE_PIECES), max_size=40))
@settings(max_examples=200, deadline=None)
def test_a_whole_text_is_replaced_as_its_pieces_are(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _one_to_one_text(text) == _one_to_one(text)
    assert len(_one_to_one_text(text)) == len(text)


# What _SPECIAL matches (a split word or name, a reference, a mark, a dropped
# character), near misses, and plain text: what the cheap test of normalise looks for.
_SPECIAL_PIECES = [
    "Бишкек шаарынын борборундагы жергилик-\nтүү",
    "Бишкек шаарынын борборундагы Ысык-\r\nКөл",
    "&amp;",
    "&#1234;",
    "а\u0301",
    "\u00ad",
    "\ufeff",
    "& ",
    "-",
    "\n",
    "\r",
    "Ош шаары ",
    "\t\n",
    "Ош шаары  \r\nНарын",
]


@given(st.lists(st.sampled_from(_SPECIAL_PIECES), max_size=8))
@settings(max_examples=400, deadline=None)
def test_a_text_the_cheap_test_passes_holds_nothing_special(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _may_be_special(text) or _SPECIAL.search(text) is None
    assert _may_be_special(text) or _normalise(text).text == wraps.unwrap(_one_to_one_text(text))


@pytest.mark.parametrize("piece", _SPECIAL_PIECES[:7])
def test_each_special_piece_passes_the_cheap_test(piece: str) -> None:
    text = f"Ош шаары {piece} Нарын"
    assert _SPECIAL.search(text) is not None and _may_be_special(text)


def test_the_cheap_tests_characters_are_one_class_of_the_dropped_and_the_marks() -> None:
    """`_may_be_special` looks for each dropped character by `in` and searches the marks
    with `regex`: the characters of every code point that one `regex` class of both
    finds."""
    every = "".join(map(chr, range(0x110000)))
    one_class = regex.compile("[" + "".join(regex.escape(ch) for ch in sorted(DROPPED)) + r"\p{M}]")
    found = set(_DROPPED_IN_ORDER) | set("".join(_MARKS.findall(every)))
    assert found == set(one_class.findall(every))
    assert all(_may_be_special(f"Ош{ch}Нарын", plain=True) for ch in DROPPED)
    assert not _may_be_special("Ош Нарын", plain=True)


# ------------------------------------------------------------------ line ends


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("Нарын шаары,   \nТалас", "Нарын шаары, Талас"),  # the break goes on: one space
        ("Нарын шаары   \nТалас", "Нарын шаары\nТалас"),
        ("Нарын шаары  \r\n\r\nТалас", "Нарын шаары\n\nТалас"),
        ("Нарын\t\n\t\nТалас", "Нарын\t\n\t\nТалас"),  # tabs: a table's empty cells
        ("Нарын\n   \nТалас", "Нарын\n   \nТалас"),  # a line of spaces alone
    ],
)
def test_line_ends(original, normalised):
    assert normalise(original).text == normalised


def test_a_text_with_line_ends_dropped_keeps_one_offset_a_stretch():
    # Memory stays small on long text with CRLF line ends: no per-character array.
    original = "Бишкек шаары \r\n" * 1000
    norm = normalise(original)
    assert isinstance(norm.offsets, StretchOffsets)
    assert len(norm.offsets._firsts) == 1002  # a stretch a line break, the first, the end
    start = norm.text.index("шаары", 20)
    assert original[slice(*norm.to_original(start, start + 5))] == "шаары"
    assert norm.to_normalised(original.index("шаары", 20)) == start


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), max_size=8), st.integers(0, 3))
def test_the_stretches_own_bisection_is_the_bisection_of_their_starts(
    gaps_and_lengths: list[tuple[int, int]], tail: int
) -> None:
    # StretchOffsets.first_at_or_after (NormalisedText.to_normalised on a text with line
    # ends dropped) is bisect_left over the starts, read from the stretches' own lists
    from bisect import bisect_left

    stretches, pos = [], 0
    for gap, length in gaps_and_lengths:
        stretches.append((pos + gap, pos + gap + length))
        pos += gap + length
    total = pos + tail
    starts = StretchOffsets(stretches, total, shift=0)
    ends = StretchOffsets(stretches, total, shift=1)
    for at in range(-2, total + 3):
        assert starts.first_at_or_after(at) == bisect_left(list(starts), at)
        assert ends.first_at_or_after(at) == bisect_left(list(ends), at)


@pytest.mark.parametrize(
    "original",
    ["Бишкек шаары  \nНарын \r\n\r\nОш", "a \n", " \n \nb  ", "жок", "x \r\n" * 5 + "y"],
)
def test_to_normalised_bisects_the_offsets(original: str) -> None:
    from bisect import bisect_left

    norm = normalise(original)
    for at in range(len(original) + 2):
        assert norm.to_normalised(at) == bisect_left(list(norm.offsets), at)


def test_the_plain_blocks_hold_no_mark_and_no_digit_but_0_to_9() -> None:
    # a text of them alone is searched for neither (normalise._plain)
    from vap_cli.normalise import PLAIN_BLOCKS, _plain

    mark_or_digit = regex.compile(r"\p{M}|(?![0-9])\d")
    for start, end in PLAIN_BLOCKS:
        block = "".join(map(chr, range(start, end + 1)))
        assert mark_or_digit.search(block) is None
        assert _plain(block)
    assert not _plain("5\u0301") and not _plain("\u0663") and not _plain("\U0001f600")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="аб 12-\n\u0301\u0663\u0664\u0483\u302a\U0001d7ce\u00ad&x", max_size=20))
def test_the_searches_skipped_on_a_plain_text_answer_as_before(original: str) -> None:
    # a text of the plain blocks alone: no mark, no digit of another script; any
    # other text: both searched, as before
    from vap_cli.normalise import _may_be_special, _one_to_one_text, _plain

    plain = _plain(original)
    assert _may_be_special(original, plain) == _may_be_special(original)
    assert _one_to_one_text(original, plain) == _one_to_one_text(original)


# --- a line ending in a preposition or a conjunction goes on (wraps `goes_on_words`, built
# from lexicon word_classes.yaml: Russian prepositions and conjunctions, Kyrgyz
# conjunctions; tidy63) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "В семинаре участвовали 40 учителей из сел, расположенных между\nЧуйской и Нарынской"
        " областями.",
        "Жыйынга Нарын облусунан келген 40 мугалим жана\nАт-Башы районунан 12 дарыгер катышты.",
    ],
)
def test_a_line_ending_in_a_word_of_the_class_goes_on(text: str) -> None:
    assert "\n" not in wraps.unwrap(text)


@pytest.mark.parametrize(
    "text",
    [
        "Итоги конкурса подведут после\nзавершения весенних полевых работ.",
        "Жители села собрались около\nздания айыл окмоту в понедельник.",
        "Флаг подняли перед\nначалом торжественной линейки.",
    ],
)
def test_a_line_ending_in_around_after_or_before_goes_on(text: str) -> None:
    # "около", "после", "перед" are prepositions of the class too (revfix63t)
    assert "\n" not in wraps.unwrap(text)


def test_near_miss_an_adverb_closing_its_sentence_keeps_its_break() -> None:
    text = "Итоги конкурса подведут после.\nВ нем участвовали 40 школьников."
    assert "\n" in wraps.unwrap(text)


def test_near_miss_a_line_ending_in_a_kyrgyz_postposition_keeps_its_break() -> None:
    # a postposition follows its noun and may close a sentence
    text = "Семинар Нарын облусунун мугалимдери үчүн\nЖыйынга 40 мугалим катышты."
    assert "\n" in wraps.unwrap(text)
