"""The tests behind the drop rules that look at the number itself: a year, money, an
article, a phone's or a date's digits, the part of a whole, a game's name opening with a
number word. Each looks at a bounded number of tokens. (The phrase's and its clause's
are in vetoes.py.)"""

from __future__ import annotations

from collections.abc import Sequence

from ... import morph
from ...dategrammar import MONTH_FORMS
from ...lexicon import load
from ...numbers import PART_ABLATIVE_ENDINGS, PARTITIVE_ENDINGS, NumberMatch, Token, number_at
from .constants import HOST_REACH, ITEM_MARKS_CHAIN_MAX, QUOTE_MARK, QUOTED_NAME_MAX, STATUS_REACH
from .counts_without_who import AMONG, PART_OF, PART_PARTICLES, WHOLE_CASES
from .measures import after_modifiers
from .partitive_reach import past_setting
from .phrase import Phrase, range_end, status_after, status_at, status_before
from .words import (
    ENTRANT_LEMMAS,
    LEX,
    ROSTER_LEMMAS,
    UNIT_NOUNS,
    Phrases,
    Tokens,
    casefolded,
    ends_sentence_at,
    folded_stems,
    in_year_range,
    noun_ending_case,
    plain_list,
    who_at,
)

_ARTICLES = casefolded("article_words")
# Quotes of every kind are normalised to this one (lexicon/letters.yaml)
_QUOTE = QUOTE_MARK
_VAGUE = Phrases(LEX["vague_phrases"])
_VAGUE_PARTS = Phrases(LEX["vague_parts"])
# "100дөн ашыгы": a qualifier with a possessive makes the number a part of a whole
PARTITIVE_QUALIFIERS = casefolded("partitive_qualifiers")
# Verbs of registering: a lone entrant's ("бир талапкер катталды") and a register's.
REGISTER_STEMS = folded_stems("register_stems")
_REGISTER_REPORTED = tuple(casefolded("register_reported_endings"))
_YEAR_STEMS = folded_stems("year_stems")
_YEAR_ABBREVIATIONS = casefolded("year_abbreviations")
_MONEY = folded_stems("money_words")
_ITEM_SIGNS = frozenset(LEX["item_number_signs"])
_LIST_MARKS = frozenset(LEX["list_markers"])
# Marks that close the sentence before an item of a list run into one line.
_ITEM_RUN_MARKS = frozenset(LEX["item_run_marks"])
# A site's copyright mark ("©", "(c)", "Copyright"; lexicon/dates.yaml, as the periods'
# rule reads it), and how many tokens the longest is written in ("(", "c", ")").
_COPYRIGHT_MARKS = frozenset(mark.casefold() for mark in load("dates")["copyright_marks"])
_COPYRIGHT_TOKENS = 3
# How far back a lettered list's earlier item ("(b)") may stand before "(c)" (tokens).
_LETTERED_REACH = 30


def _adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start


def year(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """ "2019-жылы", "в 2019 году", "2019 г.": a year, not a count."""
    if num.value is None or not in_year_range(num.value):
        return False
    if num.ending:
        return num.ending.startswith(_YEAR_STEMS)
    nxt = tokens[num.last] if num.last < len(tokens) else None
    return nxt is not None and (nxt.low in _YEAR_ABBREVIATIONS or nxt.low.startswith(_YEAR_STEMS))


def copyright_year(tokens: Tokens, num: NumberMatch) -> bool:
    """ "© 2016-2023 Айыл өкмөтү", "(c) 2010 Мэрия": a year right after a copyright mark,
    or a range of years after it, dates the site's footer; the site owner's name after it
    is no one counted."""
    if num.kind != "digits" or num.value is None or not in_year_range(num.value):
        return False
    first = num.first - 2 if range_end(tokens, num) else num.first
    written = ""
    for k in range(first - 1, max(-1, first - 1 - _COPYRIGHT_TOKENS), -1):
        written = tokens[k].low + written
        if written in _COPYRIGHT_MARKS:
            return not (written.startswith("(") and _lettered_item(tokens, k))
    return False


def _lettered_item(tokens: Tokens, k: int) -> bool:
    """The bracketed letter opening at token k ("(c)") is an item of a lettered list: a
    bracketed letter stands before it in the sentence ("(a) 25 мугалим, (b) 40 окуучу
    жана (c) 2000 ата-эне"), within _LETTERED_REACH tokens."""
    for j in range(k - 1, max(1, k - _LETTERED_REACH) - 1, -1):
        if ends_sentence_at(tokens, j):
            return False
        letter = tokens[j - 1].text
        if tokens[j].text == ")" and tokens[j - 2].text == "(" and len(letter) == 1:
            return letter.isalpha()
    return False


def money(tok: Token) -> bool:
    """A measure that is money ("сом", "$")."""
    return tok.low.startswith(_MONEY)


def article_or_vague(tokens: Tokens, num: NumberMatch) -> bool:
    """ "бир" as an article, "бир нече" (a few); but one entrant with a verb of taking
    part is a count ("шайлоого бир талапкер катталды"); a scale after a vague word is
    vague too ("бир нече жүз адам", "бир канча миң": several hundred, thousand)."""
    if _VAGUE.ending_at(tokens, num.first) > 0:
        return True
    if num.kind != "words" or num.last - num.first != 1 or num.ending:
        return False
    if _VAGUE.at(tokens, num.first) > 0:
        return True
    return tokens[num.first].low in _ARTICLES and not _one_entrant(tokens, num)


def _after_part_of(tokens: Tokens, start: int) -> bool:
    """The count follows "<number> из": the whole of a part ("18 из 21 депутата"), also
    a part in words ("восьми из девяти айылных аймаков")."""
    if start < 2 or tokens[start - 1].low not in PART_OF:
        return False
    part = number_at(tokens, start - 2)
    return part is not None and (tokens[start - 2].kind == "num" or part.is_count)


def _one_entrant(tokens: Tokens, num: NumberMatch) -> bool:
    """One entrant with a verb of taking part or registering after it ("бир талапкер
    катталды"), or right before it in Russian ("зарегистрирован один кандидат"); the
    entrant's noun after the few words that may stand between ("бир гана талапкер
    катталды": only one; accv49)."""
    k = after_modifiers(tokens, num.last) if num.last < len(tokens) else num.last
    entrant = who_at(tokens, k) if k < len(tokens) else None
    return (
        entrant is not None
        and entrant.entry.lemma in ENTRANT_LEMMAS
        and entrant.ending.case is None
        and not (entrant.last < len(tokens) and tokens[entrant.last].low in _NARRATIVE_CONVERBS)
        and (
            status_after(tokens, entrant.last, reach=HOST_REACH) is not None
            or _registered_after(tokens, entrant.last)
            or status_before(tokens, num.first) is not None
            or (num.first > 0 and register_word(tokens[num.first - 1]))
        )
    )


# the converb of coming right after one entrant narrates (lexicon one_entrant_not_after)
_NARRATIVE_CONVERBS = casefolded("one_entrant_not_after")


def _registered_after(tokens: Tokens, k: int) -> bool:
    """ "бир талапкер катталды", "бир талапкер каттоодон өттү": a verb of registering,
    or registration passed, right after an entrant."""
    return any(
        tok.kind == "word"
        and (
            registration_passed(tokens, j, 1)
            if registration_noun(tok)
            else tok.low.startswith(REGISTER_STEMS)
        )
        for j, tok in enumerate(tokens[k : k + HOST_REACH], start=k)
    )


_REGISTRATION = LEX["registration_passed"]
_REGISTRATION_NOUNS = frozenset(w.casefold() for w in _REGISTRATION["nouns"])
_PASSING_STEMS = tuple(w.casefold() for w in _REGISTRATION["passing_stems"])


def registration_noun(tok: Token) -> bool:
    """The verbal noun of registering as a verb of passing governs it ("каттоодон",
    "регистрацию"; lexicon registration_passed)."""
    return tok.low in _REGISTRATION_NOUNS


def registration_passed(tokens: Tokens, k: int, away: int) -> bool:
    """The noun of registration at token k with a verb of passing next to it on the side
    `away` (+1 after, -1 before): "каттоодон өттү", "прошли регистрацию"; not a
    registration cancelled ("каттоодон чыгарылды", "отменил регистрацию")."""
    j = k + away
    return 0 <= j < len(tokens) and tokens[j].low.startswith(_PASSING_STEMS)


def phone_like(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """ "(0770) 771-711", "0555 313-385": digits after digits or after "(0770)";
    a range whose ends do not grow ("771-711") is a phone number too."""
    return phone_sign(plain_list(tokens), num) is not None


def phone_sign(tokens: Sequence[Token], num: NumberMatch) -> str | None:
    """What makes the number a phone's digits (or a label's), in words for --explain:
    the digits, sign or bracketed code right before it, or the range that does not
    grow; None when nothing does."""
    if num.kind != "digits":
        return None
    k = num.first
    if range_end(tokens, num):
        if tokens[k - 2].value >= (num.value or 0):
            return f"'{tokens[k - 2].text}-{tokens[num.first].text}' does not grow: no range"
        k -= 2
    prev = tokens[k - 1] if k else None
    if prev is None:
        return None
    # Only bare digits continue a phone number: "2021-жылы", "5-мартта", "1-курстун"
    # carry letters, so a count right after them is a count of its own.
    if prev.kind == "num" and not prev.ending:
        return f"after the digits '{prev.text}'"
    if prev.text in ("+", "№", "#"):
        return f"after '{prev.text}'"
    if prev.text == ")" and k >= 2 and tokens[k - 2].kind == "num":
        return f"after the code '({tokens[k - 2].text})'"
    return None


def leading_zero(num: NumberMatch, tokens: Sequence[Token]) -> str | None:
    """ "0555", "0312": digits written with a leading zero, as a phone number or its
    code is, in words for --explain; None for any other number."""
    text = tokens[num.first].text
    if num.kind == "digits" and len(text) > 1 and text.startswith("0"):
        return f"'{text}' starts with 0, as a phone number or its code does"
    return None


def date_or_decimal(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """ "12.03.2020", "09:50", "1,5", "10-15" (the range's first number)."""
    tokens = plain_list(tokens)
    first, last = num.first, num.last
    if num.kind == "digits" and last + 1 < len(tokens):
        nxt, after = tokens[last], tokens[last + 1]
        if (
            nxt.kind == "punct"
            and nxt.text in ".,:/-"
            and after.kind == "num"
            and _adjacent(tokens[last - 1], nxt)
            and _adjacent(nxt, after)
        ):
            return True
    prev = tokens[first - 1] if first else None
    if prev is not None and prev.kind == "punct" and prev.text in ".,:/" and first >= 2:
        before = tokens[first - 2]
        if before.kind == "num" and _adjacent(before, prev) and _adjacent(prev, tokens[first]):
            return True  # "03" and "2020" of "12.03.2020"
    return False


def day_of_month(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """ "12 октября в семинаре приняли участие ...", "5 мартта жыйынга ...": digits right
    before a month's name (a form that may follow a day after a space, dategrammar) are
    the day of a date, whatever verb of taking part follows."""
    if num.kind != "digits" or num.last >= len(tokens) or tokens[num.last].kind != "word":
        return False
    form = MONTH_FORMS.get(tokens[num.last].low)
    return form is not None and form.spaced


def item_number(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """ "1. Утвердить местный бюджет ...", "2) Айыл өкмөтү тапшырсын": digits opening a
    line (or a list mark opening it: "– 4. Токтом ..."), then a dot or a bracket and a word
    on the same line, number a list's item (a row "12." alone on its line, or "Нарындан –
    12." ending one, is no item). Marks put before an item's own number ("1. 2. Токтом",
    "а) 1) ...") are item numbers each. A list whose
    line breaks were lost ("... кабыл алынсын. 3. Комиссиянын курамы ...") keeps its
    items' numbers after a sentence's end, before a capitalised word."""
    after = num.last + 1
    if (
        num.kind != "digits"
        or num.ending
        or after >= len(tokens)
        or tokens[num.last].text not in _ITEM_SIGNS
    ):
        return False
    word_at = _past_item_marks(tokens, after)
    if word_at is None:
        return False
    first = _first_of_item_marks(tokens, num.first)
    return (
        _opens_line(tokens, first)
        or (tokens[first - 1].text in _LIST_MARKS and _opens_line(tokens, first - 1))
        or _item_after_sentence_end(tokens, first, tokens[word_at])
    )


def _opens_line(tokens: Sequence[Token], k: int) -> bool:
    return k == 0 or tokens[k - 1].kind == "nl"


def _item_mark_at(tokens: Sequence[Token], k: int) -> bool:
    """Digits at `k`, then a dot or a bracket and a space: an item's mark."""
    return (
        k + 2 < len(tokens)
        and tokens[k].kind == "num"
        and tokens[k + 1].text in _ITEM_SIGNS
        and not _adjacent(tokens[k + 1], tokens[k + 2])
    )


def _past_item_marks(tokens: Sequence[Token], k: int) -> int | None:
    """The word after the item marks that follow a mark's sign at `k` ("1. 2. Токтом":
    from "2"), or None when no word follows on the line."""
    for _ in range(ITEM_MARKS_CHAIN_MAX):
        if not _item_mark_at(tokens, k):
            break
        k += 2
    return k if k < len(tokens) and tokens[k].kind == "word" else None


def _first_of_item_marks(tokens: Sequence[Token], first: int) -> int:
    """The first of the item marks that end right before `first` ("1. 2. Токтом": "1"
    from "2")."""
    for _ in range(ITEM_MARKS_CHAIN_MAX):
        if first < 2 or not _item_mark_at(tokens, first - 2):
            break
        first -= 2
    return first


def _item_after_sentence_end(tokens: Sequence[Token], first: int, word: Token) -> bool:
    """The number at `first` follows a sentence's closing mark, a space apart, and a
    capitalised word follows its sign: an item of a list run into one line."""
    if first < 2 or not word.text[:1].isupper():
        return False
    mark = tokens[first - 1]
    return (
        mark.kind == "punct"
        and mark.text in _ITEM_RUN_MARKS
        and not _adjacent(mark, tokens[first])
        and tokens[first - 2].kind == "word"
    )


def in_quoted_name(tokens: Tokens, num: NumberMatch) -> bool:
    """ "«1000 лидер» долбооруна", "«Топ-10 ишкер» сынагы", "проект «1000 активистов»": a
    number inside a short quoted name with no verb of taking part (quoted speech,
    "«Семинарга 40 адам катышты», – деди ал", keeps its count). Quotes are one mark once
    normalised."""
    opened = None
    plain = tokens.plain
    for j in range(num.first - 1, max(-1, num.first - QUOTED_NAME_MAX), -1):
        if ends_sentence_at(tokens, j) and plain[j].text != _QUOTE:
            return False
        if plain[j].text == _QUOTE:
            opened = j
            break
    if opened is None or _quotes_before(tokens, opened) % 2:
        return False  # no quote before, or it closes an earlier one
    for j in range(num.last, min(len(plain), opened + QUOTED_NAME_MAX + 1)):
        if plain[j].text == _QUOTE:
            return not any(status_at(plain, k) for k in range(opened + 1, j))
    return False


def _quotes_before(tokens: Tokens, k: int) -> int:
    """How many quote marks stand before token k in its sentence."""
    count = 0
    plain = tokens.plain
    for j in range(k - 1, max(-1, k - STATUS_REACH), -1):
        if ends_sentence_at(tokens, j) and plain[j].text != _QUOTE:
            break
        count += plain[j].text == _QUOTE
    return count


def part_of_other_number(tokens: Sequence[Token], num: NumberMatch) -> bool:
    return phone_like(tokens, num) or date_or_decimal(tokens, num)


def partitive_at(tokens: Sequence[Token], k: int) -> bool:
    """A number with a possessive ending at token k: "17си", "10у" ("17 of them"), or
    with a qualifier that has one: "15тен ашыгы" (more than 15 of them)."""
    if k >= len(tokens) or tokens[k].kind != "num":
        return False
    if tokens[k].ending in PARTITIVE_ENDINGS:
        return True
    return k + 1 < len(tokens) and tokens[k + 1].low in PARTITIVE_QUALIFIERS


def whole_of_part(tokens: Tokens, p: Phrase) -> bool:
    """ "21 депутаттын 17си", "31 депутаттан 28и", "кеңештин 15 депутатынын жетөө": the
    whole a part is taken from is a body's size; not so for entrants ("420 делегаттын
    395и": both)."""
    if p.head.entry.lemma in ENTRANT_LEMMAS or status_before(tokens, p.start) is not None:
        return False  # "катышкан 70 адамдын 45и": those who took part, and a part of them
    if _after_part_of(tokens, p.start):
        return True  # "18 из 21 депутата"
    if _before_its_part(tokens, p):
        return True  # "Из 21 депутата 18 присутствовали"
    if p.head.ending.case not in WHOLE_CASES:
        return False
    k = p.head.last
    if k < len(tokens) and tokens[k].low in AMONG:
        k += 1  # "21 депутатынын ичинен 17си"
    if k < len(tokens) and tokens[k].low in PART_PARTICLES:
        k += 1  # "1014 депутатынын болгону 96сы": only so many of them
    if k < len(tokens) and _VAGUE_PARTS.at(tokens, k):
        return True  # "кеңештин 33 депутатынын ичинен бир нечеси катышты"
    if partitive_at(tokens, k) or _part_in_genitive(tokens, k) or part_in_ablative(tokens, k):
        return True
    part = number_at(tokens, k) if k < len(tokens) else None
    return (part is not None and part.kind == "collective") or (
        k < len(tokens) and tokens[k].low in _PART_WORDS
    )


# A part in words, a number word with the possessive ("кеңештин 21 депутатынын сегизи",
# "экиси", "ону"): the whole is a body's size as before "9у" (accv49).
_NUMBERS = load("numbers")
_PART_WORDS = frozenset(
    word + ending
    for key in ("units", "tens")
    for word in _NUMBERS[key]
    for ending in PARTITIVE_ENDINGS
)


# A part's possessive, then the genitive after a possessive ("27синин": of 27 of them).
_PART_GENITIVES = frozenset(
    part + case for part in PARTITIVE_ENDINGS for case in morph.variants("genitive_p")
)


def _part_in_genitive(tokens: Tokens, k: int) -> bool:
    """A part of the whole before it in the genitive, owning what follows ("31 депутаттын
    27синин добушун алды": the votes of 27 of the 31): the whole is a body's size."""
    return k < len(tokens) and tokens[k].kind == "num" and tokens[k].ending in _PART_GENITIVES


def part_in_ablative(tokens: Sequence[Token], k: int) -> bool:
    """A part of the whole before it in the ablative ("58 мектептин 46сынан ... 312
    окуучусу катышты": from 46 of the 58 schools; in words "он эки мектептин
    тогузунан"): the whole is all there are."""
    if k >= len(tokens) or tokens[k].kind not in ("num", "word"):
        return False
    if tokens[k].kind == "num":
        return tokens[k].ending in PART_ABLATIVE_ENDINGS
    part = number_at(tokens, k)
    return part is not None and part.last == k + 1 and part.ending in PART_ABLATIVE_ENDINGS


def _before_its_part(tokens: Tokens, p: Phrase) -> bool:
    """ "Из 21 депутата 18 присутствовали": a body's roster after "из", then the part of
    it that took part ("Из 40 человек 25 – женщины" counts both)."""
    if p.start == 0 or tokens[p.start - 1].low not in PART_OF:
        return False
    if p.head.entry.lemma not in ROSTER_LEMMAS:
        return False
    k = p.end
    owner = who_at(tokens, k) if k < len(tokens) else None
    if owner is not None and owner.entry.lemma in UNIT_NOUNS:
        k = owner.last  # "Из 31 депутата айылного кенеша 25"
    k = past_setting(tokens, k)  # "Из 31 депутата в работе сессии участвовали 26"
    found = status_at(tokens, k) if k < len(tokens) else None
    if found is not None:
        k += found[0]  # "из 21 депутата присутствовали 17": the verb before the part
        if k < len(tokens) and tokens[k].low in PART_PARTICLES:
            k += 1  # "присутствовали лишь 9"
    if k >= len(tokens):
        return False
    part = number_at(tokens, k)
    # the part in digits, or in words ("пришли трое", "присутствовали двадцать"; left52)
    return tokens[k].kind == "num" or (part is not None and part.is_count)


def register_word(tok: Token) -> bool:
    """A word of registering ("катталган", "тизмеге"), not in the genitive: there it is
    a share's base ("4 000ден ашуун шайлоочу же тизмедегилердин 71 пайызы"); the
    reported participle's "-ын" is none ("12 миң жаран катталганын айтты")."""
    return tok.low.startswith(REGISTER_STEMS) and (
        noun_ending_case(tok.low) != "genitive" or tok.low.endswith(_REGISTER_REPORTED)
    )


# Names that open with a number word (lexicon numbers.yaml `numeral_names`), each as its
# words, case-folded.
_NUMERAL_NAMES: tuple[tuple[str, ...], ...] = tuple(
    tuple(name.casefold().split()) for name in load("numbers")["numeral_names"]
)


def numeral_name(text: str, start: int, end: int) -> bool:
    """A count (text[start:end]) whose number word and noun are a game's or a dish's name
    ("тогуз коргоол боюнча мелдеш", "по тогуз коргоол"): the name, its last word with any
    ending; not the number before another noun ("тогуз оюнчу")."""
    words = text[start:end].casefold().split()
    return any(
        len(words) >= len(name)
        and words[: len(name) - 1] == list(name[:-1])
        and words[len(name) - 1].startswith(name[-1])
        for name in _NUMERAL_NAMES
    )
