"""The year that closes an event's or a campaign's name is a period: "Форум аймаков –
2023", "Аймактар форуму-2023", 'конкурс "Лучший айыл окмоту – 2023"', '"Мыкты
муниципалитет – 2023" конкурсу'. A part of the periods extractor (periods.py calls
`event_name_years` after its own forms); the name's kind word comes from the events
lexicon, a campaign's word from dates.yaml `campaign_stems`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import regex

from .. import morph, rx
from ..context import Context
from ..dategrammar import LEX, YEAR4, YEAR_MAX, YEAR_MIN, alternation
from ..explain import Rule
from ..models import Period
from ..segment.cover import Cover
from .events.kinds import kinds_in
from .quotes import open_quote_before

if TYPE_CHECKING:
    from .periods import YearStarts


# A year after a dash (normalising makes every dash "-" and every quote '"'), right
# after a word or a name's closing quote, and standing alone: not "2023-жылы", not a
# date's "2023.05", not the first year of a range.
_DASHED_YEAR = rx.compile(
    r'(?<=\p{L}"?)\s{0,2}-\s{0,2}'
    + rf"(?P<y1>{YEAR4})(?![\d\p{{L}}])(?!\s{{0,2}}-\s{{0,2}}[\p{{L}}\d])(?![.,/:]\d)"
)
# How far before its year _DASHED_YEAR starts at most: two blanks, the dash, two blanks.
_DASH_REACH = 5
# ... or a year closing a quoted name with no dash before it: after a word and a blank or
# two (`{1,2}`: the blank between a name's words, a stray second one allowed), right
# before the closing quote ('ярмарка "Урожай Таласа 2024"'; acc59).
_QUOTED_YEAR = rx.compile(rf'(?<=\p{{L}}[ \t]{{1,2}})(?P<y1>{YEAR4})(?=")')
# The word right before a quoted name's opening quote, where its kind word may stand
# ("ярмарка", "выставка": the name's type word), up to three blanks before the quote
# (`{0,3}`: none when the quote is glued to the word, a few of loose typing).
_WORD_BEFORE_QUOTE = rx.compile(r"\p{L}[\p{L}-]*[ \t]{0,3}$")


def _dashed_year_starts(years: YearStarts) -> list[int]:
    """Where _DASHED_YEAR may start: within _DASH_REACH before a year that opens a run
    of digits (its year follows its dash or a blank: no digit before it, one of
    `years.every`), in order."""
    return sorted({k for year in years.every for k in range(max(0, year - _DASH_REACH), year)})


# The words of an event's name the kind word may stand before the year
# ("Форум местного самоуправления Кыргызской Республики – 2023"), on its line.
EVENT_NAME_WORDS = 5
EVENT_NAME_REACH = 80
_NAME_TOKENS = ("word", "num")
# A quoted name whose kind word follows it: '"Мыкты муниципалитет – 2023" конкурсу', maybe
# one word of the kind's own before; after a word that says it is a name ("аттуу"), up to
# three, none a genitive (that owns what "аттуу" names: '"Ала-Тоо – 2024" аттуу компаниянын
# өкүлдөрү'; revfix46). The year may close a title before its subtitle ('"Нарын – 2024: ..."').
_SUBTITLE_CHARS = 160
_AFTER_QUOTED_NAME = rx.compile(
    rf'(?::[^"\n]{{1,{_SUBTITLE_CHARS}}})?"\s{{1,3}}(?P<named>{alternation(LEX["name_words_after_quote"])}[ \t]{{1,3}})?'
)
_WORDS_BEFORE_KIND = rx.compile(r"(?:\p{L}[\p{L}-]*[ \t]{1,3})?")
_NOT_GENITIVE = rf"(?![\p{{L}}-]*{alternation(morph.variants('genitive'))}[ \t])"
# At most this many words between "аттуу" and the kind word.
_WORDS_AFTER_NAMED = 3
_WORDS_BEFORE_NAMED_KIND = rx.compile(
    rf"(?:{_NOT_GENITIVE}\p{{L}}[\p{{L}}-]*[ \t]{{1,3}}){{0,{_WORDS_AFTER_NAMED}}}"
)
EVENT_NAME_YEAR = Rule(
    "periods.event_name_year",
    "a year closing an event's name (a kind word of the events lexicon, an exhibition's"
    " or a cup's, in it) is a period",
)
# A campaign's word (lexicon dates.yaml `campaign_stems`): "акциясынын", "акции"; an
# exhibition's (`exhibition_stems`): "көргөзмөсүнө", "выставки"; a cup's (`cup_stems`: a
# competition named after its trophy, no event kind): "кубогу", "Кубок". One pattern, its
# groups the kind.
_CAMPAIGN = "campaign"
_EXHIBITION = "көргөзмө"
_CUP = "кубок"
_CAMPAIGN_OR_EXHIBITION_WORD = rx.compile(
    rf"(?<![\p{{L}}-])(?:(?P<campaign>{alternation(LEX['campaign_stems'])})"
    rf"|(?P<cup>{alternation(LEX['cup_stems'])})|{alternation(LEX['exhibition_stems'])})"
    r"\p{L}{0,12}(?![\p{L}-])",
    regex.IGNORECASE,
)
CAMPAIGN_NAME_YEAR = Rule(
    "periods.campaign_name_year",
    "a year closing a campaign's name ('«Таза айыл – 2025» акциясы', 'акция «Чистое село –"
    " 2025»') is a period, as an event's is",
)
NOT_EVENT_NAME = Rule(
    "periods.not_event_name",
    "a year after a dash, or closing a quoted name ('ярмарка «Урожай Таласа 2024»'), is a period"
    " only when it closes an event's name",
)


def event_name_years(ctx: Context, taken: Cover, years: YearStarts) -> list[Period]:
    """The year that closes an event's name: "Форум аймаков – 2023", "Аймактар
    форуму-2023", 'конкурс "Лучший айыл окмоту – 2023"', '"Мыкты муниципалитет –
    2023" конкурсу'. The name's kind word comes from the events lexicon."""
    periods: list[Period] = []
    dashed = rx.matches_at(_DASHED_YEAR, ctx.text, _dashed_year_starts(years))
    quoted = (
        m for m in rx.matches_at(_QUOTED_YEAR, ctx.text, years.every) if _closes_quote(ctx, m)
    )
    for m, closes_quote in _with_quote_closing(dashed, quoted):
        quote, span = ctx.quote(m.start("y1"), m.end("y1"))
        if taken.overlaps(span.start, span.end) or not YEAR_MIN <= int(m["y1"]) <= YEAR_MAX:
            continue
        kind = (
            _quoted_name_kind(ctx, m)
            if closes_quote
            else (
                kind_before(ctx, m.start())
                or kind_after(ctx.text, m.end())
                or kind_before_quote(ctx, m.start())
            )
        )
        rule = NOT_EVENT_NAME if kind is None else EVENT_NAME_YEAR
        if not ctx.decide(
            CAMPAIGN_NAME_YEAR if kind == _CAMPAIGN else rule,
            kind is not None,
            m.start(),
            m.end(),
            kind or "",
        ):
            continue
        year = int(m["y1"])
        periods.append(Period.model_construct(start=year, end=year, text=quote, span=span))
        taken.add(span.start, span.end)
    return periods


def _with_quote_closing(
    dashed: Iterable[regex.Match[str]], quoted: Iterable[regex.Match[str]]
) -> Iterator[tuple[regex.Match[str], bool]]:
    """The years after a dash, then those closing a quoted name, each with whether it
    closes the quote."""
    for m in dashed:
        yield m, False
    for m in quoted:
        yield m, True


def _quoted_name_kind(ctx: Context, m: regex.Match[str]) -> str | None:
    """The kind of the event a quoted name closed by a year with no dash names: a kind
    word inside the quotes ('"Жаштар форуму 2025"'), the word right before the opening
    quote ('ярмарка "Урожай Таласа 2024"') or after the closing one ('"Жайкы оюндар
    2025" фестивалы'); not an event word elsewhere in the sentence, nor one before the
    quote in a Kyrgyz case (morph), which says where the name's bearer goes or is and
    names no kind of it ('Көргөзмөгө "Агро Экспорт 2025" ЖЧКсынын өкүлдөрү келди': a
    company's people came to an exhibition; revfix59)."""
    opening = open_quote_before(ctx.text, m.start())
    if opening is None:
        return None  # (`_closes_quote` found it open: asked only then)
    line_start = ctx.text.rfind("\n", 0, opening) + 1
    before = _WORD_BEFORE_QUOTE.search(ctx.text, line_start, opening)
    start = opening if before is None or _in_a_case(before.group().strip()) else before.start()
    inside = _name_kinds(ctx.text, start, m.start())
    return inside[0][0] if inside else kind_after(ctx.text, m.end())


def _in_a_case(word: str) -> bool:
    """The word ends in a Kyrgyz case ending (morph): "көргөзмөгө", "форумда"."""
    return morph.case_of(*morph.strip_ending(word.casefold())) is not None


def _closes_quote(ctx: Context, m: regex.Match[str]) -> bool:
    """The quote right after the year closes a name opened on its line (an odd number of
    quotes stands before the year there)."""
    return open_quote_before(ctx.text, m.start()) is not None


def kind_before(ctx: Context, end: int) -> str | None:
    """The kind of an event word among the last words of the line and sentence before `end`."""
    start = max(ctx.segments.sentence_start(end), end - EVENT_NAME_REACH)
    words: list[int] = []  # where the words start
    for tok in ctx.segments.tokens.between(start, end):
        if tok.kind == "nl":
            words.clear()
        elif tok.kind in _NAME_TOKENS:
            words.append(tok.start)
    if not words:
        return None
    found = _name_kinds(ctx.text, words[-EVENT_NAME_WORDS:][0], end)
    return found[0][0] if found else None


def kind_before_quote(ctx: Context, end: int) -> str | None:
    """The kind of an event word among the last words before the opening quote of the
    quoted name the year closes: 'конкурс педагогического мастерства "Учитель года
    – 2024"', 'сынагы "Мыкты мугалим – 2024"' (the kind word and its own genitive
    words stand before the quote, the name's words after it; round 57). No opening quote
    on the line before the year, or one already closed, is no quoted name."""
    opening = open_quote_before(ctx.text, end)
    return None if opening is None else kind_before(ctx, opening)


def _name_kinds(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(kind, start, end) of the event kind words in text[start:end] (events lexicon),
    and of its campaign and exhibition words (kinds `_CAMPAIGN`, `_EXHIBITION`), in their
    order."""
    found = kinds_in(text, start, end)
    found += [
        (_word_kind(c), c.start(), c.end())
        for c in _CAMPAIGN_OR_EXHIBITION_WORD.finditer(text, start, end)
    ]
    # (a campaign's word first where a kind's starts too: "акциясы" is both)
    return sorted(found, key=lambda k: (k[1], k[0] != _CAMPAIGN))


def _word_kind(m: regex.Match[str]) -> str:
    """The kind of a campaign's, a cup's or an exhibition's word."""
    if m["campaign"] is not None:
        return _CAMPAIGN
    return _CUP if m["cup"] is not None else _EXHIBITION


def kind_after(text: str, start: int) -> str | None:
    """The kind of an event word right after a quoted name's closing quote, or after
    "аттуу" and at most one word ('"..." аттуу жаштар форуму')."""
    m = _AFTER_QUOTED_NAME.match(text, start)
    if m is None:
        return None
    found = _name_kinds(text, m.end(), min(len(text), m.end() + EVENT_NAME_REACH))
    words = _WORDS_BEFORE_NAMED_KIND if m["named"] else _WORDS_BEFORE_KIND
    if not found or not words.fullmatch(text, m.end(), found[0][1]):
        return None
    return found[0][0]
