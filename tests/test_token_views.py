"""The tokens and the place words made fast (tokens by one pattern's `split`, place
words from the plain word tokens as they are) are those of the references below
(a token a match object; every word read from the tokens), on any text."""

from __future__ import annotations

from collections.abc import Sequence

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vap_cli.segment.place_words import Word
from vap_cli.segment.tokens import (
    _NO_LETTER,
    RUN_WORDS,
    SHARE_FROM,
    NumToken,
    Token,
    TokenStream,
    _tokenize_piece,
    tokenize,
)
from vap_cli.segment.word_parts import PLACE_JOINERS, WORD_MAX_PARTS, WORD_PART_MAX

# --- the references -----------------------------------------------------------------

_TOKEN = regex.compile(
    r"(?P<word>\p{L}[\p{L}\p{M}]{0,59})"
    r"|(?P<code>(?<!\d)\d{1,4}(?:[-./:,]\d{1,4}){2,60})"
    r"|(?P<num>(?<!\d)(?:\d{1,3}(?:[ \u00a0]\d{3}){1,4}|\d{1,12})(?!\d)"
    r"(?:(?P<hyphen>-)?(?P<ending>\p{L}{1,12}))?)"
    r"|(?P<nl>\n)"
    r"|(?P<punct>(?P<sign>[^\s\p{L}\d])(?P=sign){0,199})"
)


# The word views of the code before the fast path (commit 5483058), frozen here: the
# fast path still calls the module's own joining for odd words, so the reference must
# not share it.
_APOSTROPHES = frozenset("'’")
Span = tuple[int, int]


def _reference_compounds(
    tokens: Sequence[Token], joiners: tuple[str, ...], apostrophes: bool
) -> list[list[Span]]:
    """Runs of letters joined by a one-character joiner, as lists of their parts:
    a part is letters side by side (and apostrophes inside, if `apostrophes`)."""
    out: list[list[Span]] = []
    parts: list[Span] = []
    end = -1  # where the last part ends, if there are parts
    joint = -1  # where the next part must start after a joiner, else -1
    for tok in tokens:
        # the letters of a token: a word, or the letters glued to a number ("20дан")
        kind = tok.kind
        if kind == "word":
            start = tok.start
        elif kind == "num" and tok.ending:
            # after the digits (and hyphen) as written: the folded ending may be longer
            start = tok.start + len(tok.digits) + tok.hyphen
        else:
            if parts and joint < 0 and tok.start == end and kind == "punct":
                if tok.text in joiners:
                    joint = tok.end
                elif apostrophes and _APOSTROPHES.issuperset(tok.text):
                    parts[-1] = (parts[-1][0], tok.end)
                    end = tok.end
                else:
                    out.append(parts)
                    parts = []
            elif parts:
                out.append(parts)
                parts, joint = [], -1
            continue
        if parts and joint == start:
            parts.append((start, tok.end))
        elif parts and joint < 0 and start == end:
            parts[-1] = (parts[-1][0], tok.end)
        else:
            if parts:
                out.append(parts)
            parts = [(start, tok.end)]
        end = tok.end
        joint = -1
    if parts:
        out.append(parts)
    return out


def _reference_bounded(parts: list[Span], text: str) -> list[list[Span]]:
    """A place word's parts cut as a bounded word pattern would: parts of at most
    WORD_PART_MAX characters, words of at most WORD_MAX_PARTS parts."""
    words: list[list[Span]] = []
    current: list[Span] = []
    for start, end in parts:
        while end - start > WORD_PART_MAX:
            words.append([*current, (start, start + WORD_PART_MAX)])
            current = []
            start += WORD_PART_MAX
            while start < end and text[start] in _APOSTROPHES:
                start += 1  # a word starts with a letter
        if start < end:
            current.append((start, end))
        if len(current) == WORD_MAX_PARTS:
            words.append(current)
            current = []
    if current:
        words.append(current)
    return words


def _reference_odd_name(text: str, start: int, end: int) -> bool:
    """The old view's test of a place word that is no name word as it is."""
    word = text[start:end]
    before = text[start - 1 : start]
    return not (
        len(word) < WORD_PART_MAX
        and (
            word.isalpha()
            or (
                word.count("-") < WORD_MAX_PARTS - 1
                and "/" not in word
                and "'" not in word
                and "’" not in word
            )
        )
        and not (before.isalpha() or before.isdigit())
        and not text[end : end + 1].isalpha()
    )


def _reference_tokens(text: str) -> list[Token]:
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw, (start, end), kind = m.group(), m.span(), m.lastgroup
        if kind == "word":
            tokens.append(Token("word", start, end, raw, raw.casefold()))
        elif kind in ("num", "ending", "hyphen"):
            ending = m.group("ending") or ""
            hyphen = m.group("hyphen") is not None
            digits = raw[: len(raw) - len(ending) - hyphen]
            tokens.append(
                NumToken("num", start, end, raw, raw.casefold(), digits, ending.casefold(), hyphen)
            )
        else:
            kind = "nl" if raw == "\n" else kind
            tokens.append(Token(kind, start, end, raw, raw))  # type: ignore[arg-type]
    return tokens


def _reference_words(text: str, ends: list[int]) -> list[Word]:
    words: list[Word] = []
    for compound in _reference_compounds(_reference_tokens(text), PLACE_JOINERS, apostrophes=True):
        for parts in _reference_bounded(compound, text):
            start, end = parts[0][0], parts[-1][1]
            word = text[start:end]
            sentence = sum(e < start for e in ends)
            words.append(Word(start, end, word, sentence, word[0].isupper(), word.casefold()))
    return words


# Letters of both languages and others, digits, the joiners and apostrophes, signs that
# are no letter, spaces, combining marks (U+0345 folds to a letter), letters folding
# longer ("İ", "ß", "ẞ"), digits of another script.
_CHARS = "аБөҮңЖzQéßẞİ'’-/-.,:;()«»\"  \u00a0\n\t0123456789٣²\u0301\u0345№_"
_PIECES = [
    "Ысык-Көл",
    "а/а",
    "20-жылдан",
    "20дан",
    "1 500",
    "12.03.2020",
    "Д'Арт",
    "-а" * WORD_MAX_PARTS,
    "б" * (WORD_PART_MAX - 1),
    "Б" * (WORD_PART_MAX + 3),
    "д" * 12 + "а" * 5,
]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    pieces = draw(
        st.lists(
            st.one_of(st.text(alphabet=_CHARS, min_size=1, max_size=8), st.sampled_from(_PIECES)),
            max_size=40,
        )
    )
    return "".join(pieces)


def _check(text: str, ends: list[int]) -> None:
    assert tokenize(text) == _reference_tokens(text)
    stream = TokenStream(text, ends)
    reference = _reference_words(text, ends)
    assert stream.words == reference
    assert stream._odd_names == [
        i for i, w in enumerate(reference) if _reference_odd_name(text, w.start, w.end)
    ]


@given(_texts(), st.lists(st.integers(min_value=0, max_value=400), max_size=8))
@settings(max_examples=1500, deadline=None)
def test_tokens_and_place_words_made_fast_are_the_references(text: str, cuts: list[int]) -> None:
    _check(text, sorted(set(cuts)))


@given(st.text(max_size=60))
@settings(max_examples=1000, deadline=None)
def test_tokens_and_place_words_of_any_characters(text: str) -> None:
    _check(text, [len(text) // 2])


def test_tokens_and_place_words_of_team_sentences() -> None:
    text = (
        "Нарын облусунун Ат-Башы районунда 2024-жылы 5-мартта 20дан ашык киши, "
        "а/а башчысы Д'Арт жана Токтогул-уулу катышты.\nВ г. Бишкек (Кыргызстан) "
        "прошла встреча; «Ала-Тоо» аянтында 1 500 адам."
    )
    _check(text, [text.index("."), text.index(";")])


def test_tokens_of_a_long_text_sharing_strings_are_the_references() -> None:
    """Past SHARE_FROM the tokens share strings and offsets: the same tokens."""
    block = "Бишкек, Straße 12.03.2020 а/а \u0345\u0345 1 500дөн ٣٤ ẞ²—\n"
    text = block * (SHARE_FROM // len(block) + 1)
    assert len(text) >= SHARE_FROM
    assert tokenize(text) == _reference_tokens(text)


def test_plain_words_stand_between_signs_that_join_nothing() -> None:
    """A plain word token's neighbours (`_NO_LETTER`) are no letter, mark or digit to
    the pattern nor to Python, and no joiner or apostrophe: the word is a place word
    as it is, and joins no other token."""
    assert regex.search(r"[\p{L}\p{M}\d'’/-]", _NO_LETTER) is None
    assert not any(c.isalpha() or c.isdigit() for c in _NO_LETTER)


def _reference_plain(text: str, tokens: list[Token]) -> list[bool]:
    # a plain word: a word token with no letter, mark, digit, joiner or apostrophe
    # (_NO_LETTER, or the text's edge) on either side
    def bare(k: int) -> bool:
        return k < 0 or k >= len(text) or text[k] in _NO_LETTER

    return [t.kind == "word" and bare(t.start - 1) and bare(t.end) for t in tokens]


def _check_plain(text: str) -> None:
    tokens, plain = _tokenize_piece(text, 0, None)
    assert tokens == _reference_tokens(text)
    assert plain == _reference_plain(text, tokens)


# Words one space apart (a run of plain words is one match of the pattern, split on
# its spaces), and what may end a run: a joiner, an apostrophe, a digit, a mark, a
# long word, other blanks.
_RUN_PIECES = [
    "Ош",
    "аБө",
    "ẞ",
    " ",
    " ",
    "\t",
    "  ",
    "-",
    "'",
    "7",
    "\u0301",
    ",",
    "\n",
    "\u00a0",
    "ж" * 61,
]


@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=60))
@settings(max_examples=1500, deadline=None)
def test_plain_words_one_space_apart_are_the_references(pieces: list[str]) -> None:
    _check_plain("".join(pieces))


@given(_texts())
@settings(max_examples=500, deadline=None)
def test_plain_words_of_any_pieces_are_the_references(text: str) -> None:
    _check_plain(text)


def test_plain_words_past_a_runs_bound_and_before_a_joiner() -> None:
    words = " ".join(["сөз", "Word"] * RUN_WORDS)
    for text in (words, f"{words}-жана", f"{words}5 {words}", f"а {words}\u0301 б"):
        _check_plain(text)
        tokens, plain = _tokenize_piece(text, 0, None)
        assert sum(plain) >= 2 * RUN_WORDS - 1  # all but the one before the hyphen
