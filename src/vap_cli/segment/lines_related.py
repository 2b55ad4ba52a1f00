"""Related-news and comments blocks (lines.py classifies the lines): the headlines under
a "related news" heading name other articles' people, places and dates; short comments
under a comments heading are no text of the article. The headings are data:
lexicon/lines.yaml.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Literal

import regex

from .. import rx
from ..fold import fold
from ..lexicon import load
from .archive_links import YEAR_WORD
from .lines_chrome import (
    HEADLINE_MAX_LENGTH,
    SHORT_LINE,
    menu_line,
    posting_line,
)
from .lines_footer import footer_line
from .lines_header import SENTENCE_END_MARKS, WRITTEN_DATE, date_line
from .lines_headings import CARD_DAY_AND_MONTH, RELATED_HEADINGS, sentence_of_words

if TYPE_CHECKING:
    from . import Line

_LEX = load("lines")
# Compared folded (fold.py): spaces, hyphens and the Kyrgyz letters a Russian
# keyboard lacks make no difference ("Окшош  жанылыктар").
_RELATED_HEADINGS = frozenset(fold(w) for w in RELATED_HEADINGS)
_HEADING_DETERMINERS = tuple(fold(w) for w in _LEX["related_heading_determiners"])
_HEADING_NOUNS = tuple(fold(w) for w in _LEX["related_heading_nouns"])
_HEADING_SCOPES = tuple(fold(w) for w in _LEX["related_heading_scopes"])
# Any related heading inside a folded line: each reading of `_related_heading` finds one
# there (the line itself, or a part left when a word before or after it is cut off).
_ANY_RELATED_HEADING = rx.stdlib_compile(rx.literal_union(sorted(_RELATED_HEADINGS), stdlib=True))
# Letters that fold to one letter each and that folding never merges into the letter
# before them (tests/test_segment_stage.py checks both): a line holding more of them
# than the longest folded heading has folds to no heading, so a line of prose is
# not folded to be compared (folding a long line costs more than this scan).
_KEPT_LETTERS = "a-zA-Zа-щыэ-яА-ЩЫЭ-ЯёЁөӨүҮңҢ"  # no ь ъ: folding drops them
_COMMENT_HEADINGS = frozenset(fold(w) for w in _LEX["comment_headings"])
# "4 комментария к «Title»": a count, a comments stem, maybe a preposition and a quote.
_COUNTED_COMMENTS = rx.compile(
    r"\d{1,5}\s{1,3}(?:"
    + "|".join(sorted(_LEX["counted_comment_stems"]))
    + r")\w{0,4}(?:\s{1,3}(?:"
    + "|".join(sorted(_LEX["counted_comment_prepositions"]))
    + r")\s{1,3}[«\"“].*)?$",
    regex.IGNORECASE,
)
_SECTION_HEADINGS = frozenset(fold(w) for w in _LEX["section_headings"])
# A verb of reading before a heading, and the section the links stand in after its
# determiner (`_framed_heading`).
_HEADING_VERBS = tuple(fold(w) for w in _LEX["related_heading_verbs"])
_HEADING_SECTIONS = tuple(fold(w) for w in _LEX["related_heading_sections"])
# A word of "also" before a heading, a verb of reporting after it (`_framed_heading`).
_HEADING_ALSO = tuple(fold(w) for w in _LEX["related_heading_also_words"])
_HEADING_REPORTED = tuple(fold(w) for w in _LEX["related_heading_report_verbs"])
_HEADING_LETTERS = (
    max(map(len, _RELATED_HEADINGS | _COMMENT_HEADINGS | _SECTION_HEADINGS))
    + max(map(len, _HEADING_VERBS + _HEADING_ALSO + _HEADING_REPORTED))
    + max(map(len, _HEADING_DETERMINERS))
    + max(map(len, _HEADING_SECTIONS))
    + max(map(len, _HEADING_NOUNS + _HEADING_SCOPES))
)
# (a line of no more characters than that has no more letters: not searched). Written
# with literal ranges only, so the standard library's `re` matches as `regex` would, at
# a quarter of its cost a character (a heading's line is often a paragraph long).
_NO_HEADING = rx.stdlib_compile(
    rf"(?:[^{_KEPT_LETTERS}]*+[{_KEPT_LETTERS}]){{{_HEADING_LETTERS + 1}}}"
)
# A channel's day separator: a day, its month and its year alone on the line, no clock
# ("2 сентября 2025", "12-май, 2024", "04.03.2024"); a post's own stamp has its time
# ("27-апр, 2024 · 18:12", "11.06.2021 17:40"). The year's word may follow it ("2024 ж.",
# "2024 г."; lexicon `day_separator_year_words`), in Kyrgyz also after a hyphen, as the
# language writes a year's word or its ending on the number ("2024-ж.", "2024-жыл":
# archive_links.YEAR_WORD).
_DAY_SEPARATOR = rx.compile(
    rf"(?:(?:{WRITTEN_DATE.pattern})\p{{L}}*,?[ ]{{1,2}}|\d{{1,2}}\.\d{{1,2}}\.)"
    rf"(?:19|20)\d\d{YEAR_WORD}",
    regex.IGNORECASE,
)
# A heading's count or arrows: "Пикирлер: 3", "Окшош жаңылыктар (5) →", "← Мурунку жаңылык".
_COMMENT_COUNT = rx.compile(r"[(:]?\d{1,5}\)?$")
_HEADING_MARKS = ':→»›>… ←«‹<"'
# A heading opened by a list's mark or an item's number ("• Читайте также:", "3) Окшош
# жаңылыктар"): the marks of a list item (lexicon sentences.yaml, `wraps`).
_LIST_MARKS = load("sentences")["wraps"]["list_marks"]
_LIST_ITEM_OPENING = rx.compile(rf"(?:[{regex.escape(_LIST_MARKS)}]|\d{{1,2}}[.)])\s+")
# A heading a post's pictographs open ("📌 Мурунку посттор:", "👉 Читайте также:"): the
# signs (Unicode's other symbols, with their joiners and variation selectors) and the
# spaces after them stand before the heading's words (round 57).
_PICTOGRAPH_OPENING = rx.compile(r"^[\p{So}\uFE0F\u200D]+\s*")


# A search box's placeholder ("Издөө...", "Поиск...") ends with three dots: no sentence.
_ELLIPSIS = "..."
# A year and its abbreviation closing the line: "... · 28.05.2024 ж.", "... 2024г.".
_DATED_END = rx.compile(
    r"\d\s?(?:" + "|".join(sorted(_LEX["dated_headline_year_marks"])) + r")\.$",
    regex.IGNORECASE,
)

# The site's own address under its related news, a label and its colon opening the line
# ("Дарек: Жети-Өгүз району, Ак-Дөбө айылы", "Адрес: г. Токмок, ул. Ленина, 5"; lexicon
# `address_line_labels`, round 49): the page's contact block, no headline; it ends the
# block over it, as the footer's "©" does.
_ADDRESS_LINE = rx.compile(
    rf"(?:{rx.alternation(_LEX['address_line_labels'], space=r'[ ]{1,3}')})[ ]?:", regex.I
)

# ... or with no label: a street's type word (lexicon `footer_address_words`), maybe the
# street's capitalised name after it (Russian), and the house's number ("Кемин РМА,
# Ак-Түз айылы, Ленин көч., 12. Тел.: ...", "ул. Ленина, 5"; round 57): the
# site's contact line ends the block over it as well.
_STREET_AND_HOUSE = rx.compile(
    rf"(?<!\p{{L}})(?:{rx.alternation(_LEX['footer_address_words'], space=r'[ ]{1,3}')})"
    r"(?:[.,]?[ ]{1,3}\p{Lu}[\p{L}-]*)?[.,]{0,2}[ ]{0,3}\d{1,4}(?![\d.:/-]\d)"
    # the house's number closes its part of the line (a comma, a full stop, a bar or a
    # dot between a contact line's parts, the line's end): a number with a word after it
    # is a count in a headline ("ул. Ленина 12 домов ...", revfix57)
    r"(?=[ ]{0,3}(?:[,;|·•]|\.(?!\d)|$))",
    regex.I,
)

# (not on a line with a day in digits: a related item's date, its line joined to the
# address under it by the unwrapping of lines)
_DIGIT_DAY = rx.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)")

# Another page's title as a site writes it, its name after a spaced dash at the line's
# end: "Мэрия Оша: на субботник вышли 400 человек - Sputnik Кыргызстан", "... – 24.kg".
# The site's name opens with a Latin letter or a digit and holds a Latin letter (a brand
# or a host), with at most two more words; a headline of some words before it.
_CARD_SITE = rx.compile(
    r"(?=[0-9A-Za-z])[0-9A-Za-z.]{0,20}[A-Za-z][0-9A-Za-z.]{0,20}(?:\s{1,3}\w{1,20}){0,2}"
)
_CARD_DASH = rx.compile(r"\s[-–—]\s{1,3}")
_CARD_HEADLINE_WORDS = 3
# ... or a section's card: a title of fewer words, a rubric, not a credit: a word of a
# credit's label in it (lexicon `card_credit_labels`, stems: "Фото — Sputnik", "Маалымат
# булагы — Kabar.kg"; acc60, stems revfix60) nor a writer's byline (two capitalised words,
# the second with a surname's suffix, persons.yaml `surname_suffixes`: "Айгүл Осмонова —
# Kaktus.media"; revfix60).
_CARD_CREDIT_STEMS = tuple(w.casefold() for w in _LEX["card_credit_labels"])
_SURNAME_SUFFIXES = tuple(w.casefold() for w in load("persons")["surname_suffixes"])
_BYLINE_WORDS = 2  # a given name and a surname
_CARD_SITE_LENGTH = 50  # the dash and the site's name: searched in the line's last letters
# ... and a card titled by a credit's label ("Видео — Sputnik Кыргызстан") is a rubric's
# when another card follows within this many lines with text (its headline, maybe a lead
# line, then the next card: `_rubric_run`; fix59)
_CARD_RUN_LINES = 3


# A pointer to the source: a card's shape (a spaced dash and a site's name or address at
# the line's end, `_card_head`: the site's bounds are the card's), the words before the
# dash a label of `source_pointer_labels` alone (`source_pointer`).
_POINTER_LABEL = rx.alternation(_LEX["source_pointer_labels"], space=r"[ ]{1,3}")
# ... or the label with its topic: "Подробнее о ярмарке", "Жарманке тууралуу кененирээк"
# (the topic's words any, up to the dash: the card's line is of headline length).
_SOURCE_POINTER_LABEL = rx.compile(
    rf"(?:{_POINTER_LABEL})"
    rf"|(?:{_POINTER_LABEL})[ ]{{1,3}}"
    rf"(?:{rx.alternation(_LEX['source_pointer_topic_prepositions_ru'])})[ ]{{1,3}}\S.*"
    rf"|\S.*[ ]{{1,3}}(?:{rx.alternation(_LEX['source_pointer_topic_postpositions_ky'])})"
    rf"[ ]{{1,3}}(?:{_POINTER_LABEL})",
    regex.I,
)
# ... a pointer carries no date of its own: a day and a month in the words before the dash
# are a card's ("12.03.2024 Жарманке тууралуу кененирээк — Kabar.kg"; revfix65t).
_CARD_DATE = rx.compile(rf"(?<!\d){CARD_DAY_AND_MONTH}", regex.I)


def source_pointer(head: str) -> bool:
    """The words before a card's dash (`_card_head`) are a label that points to the
    article's source alone ("Подробнее — akipress.org", "Толук маалымат — www.kabar.kg";
    lexicon `source_pointer_labels`), or with its topic: no card's title, though the line
    ends with a spaced dash and a site's name as a card does (tidy63, revfix63t; the
    card's bounds, tidy65). Not with a day and its month there: a card's date
    (`_CARD_DATE`; revfix65t)."""
    return (
        _SOURCE_POINTER_LABEL.fullmatch(head.rstrip(" ")) is not None
        and _CARD_DATE.search(head) is None
    )


def card_title(stripped: str) -> bool:
    """A line of headline length, no sentence, that ends with a spaced dash and a site's
    name in Latin letters ("Мэрия Оша: на субботник вышли 400 человек - Sputnik
    Кыргызстан"): another page's title, an embedded card of another article under the
    article's prose (round 39); the card's lead under it goes with it (a related block).
    A title of one or two words is a section's card, the rubric over another article's
    headline ("Спорт — Sputnik Кыргызстан"; acc60), unless it is a credit
    (`_short_credit`: "Фото — Sputnik", "Айгүл Осмонова — Kaktus.media")."""
    head = _card_head(stripped)
    return bool(head) and not (len(head) < _CARD_HEADLINE_WORDS and _short_credit(head))


def _card_head(stripped: str) -> list[str]:
    """The words before the spaced dash of a line of headline length, no sentence, that
    ends with it and a site's name in Latin letters; none for any other line."""
    if len(stripped) > HEADLINE_MAX_LENGTH or stripped.endswith("."):
        return []
    dashes = list(_CARD_DASH.finditer(stripped, max(0, len(stripped) - _CARD_SITE_LENGTH)))
    if not dashes:
        return []
    dash = dashes[-1]
    if not _CARD_SITE.fullmatch(stripped, dash.end(), None, rx.NOT_CONCURRENT):
        return []
    head = stripped[: dash.start()]
    if source_pointer(head):
        return []  # the article's pointer to its source, no card
    return head.split()


def _labelled_card(stripped: str) -> bool:
    """A section's card whose title is a credit's label ("Видео — Sputnik Кыргызстан",
    "Фото – Kabar.kg"): a credit alone, a rubric in a run of cards (`_rubric_run`)."""
    head = _card_head(stripped)
    return 0 < len(head) < _CARD_HEADLINE_WORDS and _has_credit_label(head)


def _rubric_run(lines: Sequence[Line], k: int) -> bool:
    """Line k is a card whose title is a credit's label (`_labelled_card`) and another
    card (`card_title`) follows within `_CARD_RUN_LINES` lines with text: a run of
    rubric cards under the prose ("Видео — Sputnik Кыргызстан" / its headline / "Спорт
    — Sputnik Кыргызстан" / ...), the label a section's name there, no credit (fix59).
    A lone one stays a credit: the same words as "Фото — Sputnik Кыргызстан"."""
    if not _labelled_card(lines[k].stripped):
        return False
    filled = (line.stripped for line in islice(lines, k + 1, None) if line.stripped)
    return any(card_title(stripped) for stripped in islice(filled, _CARD_RUN_LINES))


def _short_credit(head: list[str]) -> bool:
    """A title of one or two words before the dash and a site's name that credits, no
    rubric: a word of a credit's label ("Фото:", "Сүрөттө", "Видеосюжет", "Маалымат
    булагы") or a writer's name, a given name and a surname ("Айгүл Осмонова")."""
    if _has_credit_label(head):
        return True
    return (
        len(head) == _BYLINE_WORDS
        and all(w[:1].isupper() for w in head)
        and head[-1].strip(":").casefold().endswith(_SURNAME_SUFFIXES)
    )


def _has_credit_label(head: list[str]) -> bool:
    """A word of the title opens with a credit's label (lexicon `card_credit_labels`)."""
    return any(w.strip(":").casefold().startswith(_CARD_CREDIT_STEMS) for w in head)


def _no_headline(stripped: str) -> bool:
    """A line no headline is: too long, a sentence ended by a full stop (not a search
    box's three dots, round 27, nor a year's abbreviation closing a dated headline), or
    the site's footer ("© 2025 ...") or address line ("Дарек: ...", or a street and its
    house's number with no label): it ends a related-news block over it."""
    return (
        len(stripped) > HEADLINE_MAX_LENGTH
        or (
            stripped.endswith(".")
            and not stripped.endswith(_ELLIPSIS)
            and not _DATED_END.search(stripped[-8:])
        )
        or footer_line(stripped)
        or _ADDRESS_LINE.match(stripped) is not None
        or (_STREET_AND_HOUSE.search(stripped) is not None and not _DIGIT_DAY.search(stripped))
    )


def related_lines(lines: Sequence[Line], social: Collection[int]) -> set[int]:
    """The lines of the blocks under a related-news heading or a comments heading
    (`_block_goes_on`). A related-news block over the article (a site's news ticker,
    before any prose) ends with the article's own headline and date line, right over
    its prose: those are no related news. A date alone on its line right under a post's
    counters, below the post's prose, is a channel's day separator opening the feed's next
    post ("👁 4.7K  edited 15:12" / "2 сентября 2025" / "🚌 ..."): the lines from it on are
    another post's (round 57). With no line of words after it (`_next_post_line`), it is
    the post's own date under its counters ("👁 1.2K  10:15" / "12.03.2024" / "#Токмок";
    revfix57). `social`: the indexes of the lines that are a post's counters or buttons
    (lines_social.social_line, read once by the caller for its own classes too)."""
    inside: set[int] = set()
    block: Block = None
    members: list[int] = []
    over_article = False
    article_started = False  # a line no headline is (`_no_headline`) above
    prose = False  # a line of prose above (`prose_line`): comments open only under it
    banner = _banner_at_top(lines)  # the page's banner line, no prose
    counters = False  # the line with text above is a post's counters (lines_social.py)
    for k, line in enumerate(lines):
        stripped = line.stripped
        if not stripped:  # a blank line goes on with the block it stands in
            if block is not None:
                members.append(k)
                inside.add(k)
            continue
        if (
            prose
            and counters
            and _DAY_SEPARATOR.fullmatch(stripped, None, None, rx.NOT_CONCURRENT)
            and any(
                _next_post_line(lines[j].stripped, social=j in social)
                for j in range(k + 1, len(lines))
            )
        ):
            inside.update(range(k, len(lines)))  # the feed's next post
            break
        counters = k in social
        run = block is None and prose and _rubric_run(lines, k)
        following = "related" if run else _block_goes_on(block, stripped, after_prose=prose)
        if block == "related" and following != "related" and over_article:
            inside -= _article_head(lines, members)
        if following != block:
            members = []
            over_article = following == "related" and not article_started
        if following is not None:
            members.append(k)
            inside.add(k)
        block = following
        article_started = article_started or _starts_article(stripped)
        prose = prose or (k != banner and _prose_not_date(stripped))
    return inside


def _banner_at_top(lines: Sequence[Line]) -> int | None:
    """The index of the page's top line when it is the site's banner: of a headline's
    length at most, ended by no sentence's mark, the site's menu on the next line with
    text ("Министерство сельского хозяйства Кыргызской Республики" over "Главная | О
    министерстве | Новости"). A body's full name, longer than a short line, is no prose: a
    section's name under it ("Новости") heads the page's own headline and posting line,
    no other articles' (round 50). A long first line with no menu under it (a post's
    sentence ended by an emoji) stays prose, so comments under it stay comments."""
    filled = (k for k, line in enumerate(lines) if line.stripped)
    top, under = next(filled, None), next(filled, None)
    if top is None or under is None:
        return None
    stripped = lines[top].stripped
    if len(stripped) > HEADLINE_MAX_LENGTH or stripped.endswith(SENTENCE_END_MARKS):
        return None
    return top if menu_line(lines[under].stripped) else None


def _starts_article(stripped: str) -> bool:
    """A line no headline is (`_no_headline`) that is no date line either: a site's
    clock banner ending with "г." ("Время в Бишкеке: 08:52 | 23 сентября 2025 г.") comes
    before the article, so a section's name under it ("Новости") still heads a block
    over the article, and the page's own headline and date line closing it stay the
    article's."""
    return _no_headline(stripped) and not date_line(stripped)


def _next_post_line(stripped: str, *, social: bool) -> bool:
    """A line of the feed's next post under a day separator: words that are no hashtags
    ("#Токмок #жыйын") and no post's counters or buttons ("Бөлүшүү"), which the post's
    own date under its counters may have after it (revfix57). `social`: the line is such
    counters or buttons (lines_social.social_line)."""
    untagged = any(part[:1].isalpha() for part in stripped.split())  # "#Токмок" opens with "#"
    return untagged and not social


def _prose_not_date(stripped: str) -> bool:
    """A line of prose (`prose_line`) that is no date line: a banner's "Время в Бишкеке:
    09:14 | Пятница, 5 апреля 2024 г." ends with a full stop and has words enough, but
    a site's section name under it ("Новости") still heads the page's own headline. A
    site's menu longer than a short line ("Главная  О нас  Совет  Новости  Бюджет ...")
    is no prose either."""
    return prose_line(stripped) and not date_line(stripped) and not menu_line(stripped)


def _article_head(lines: Sequence[Line], block: list[int]) -> set[int]:
    """The article's date line closing a block (its last line with text) and the
    headline over it."""
    filled = [k for k in block[1:] if lines[k].stripped]
    if len(filled) < 2 or not _own_date_line(lines[filled[-1]].stripped):
        return set()
    return {filled[-2], filled[-1]} if not date_line(lines[filled[-2]].stripped) else set()


def _own_date_line(stripped: str) -> bool:
    """A date line, or a posting line whatever else it holds ("Жарыяланды: 27.05.2019
    17:40 | Көрүүлөр: 312": its views counter makes it no bare date line; round 27)."""
    return date_line(stripped) or posting_line(stripped)


# The block a line stands in: under a related-news heading, under a comments heading.
Block = Literal["related", "comments"] | None


def prose_line(stripped: str, longer_than: int = SHORT_LINE) -> bool:
    """A line of prose: longer than a widget's (`longer_than`: a headline's for the
    headlines over the body), or a sentence of some words."""
    return len(stripped) > longer_than or sentence_of_words(stripped)


def _block_goes_on(block: Block, stripped: str, *, after_prose: bool) -> Block:
    """The block of this line: a heading opens one; a related-news block holds its
    headlines, with blank and author lines between them, up to a line that is no
    headline (too long, or a sentence ended by a full stop); a comments block holds
    short comments with their authors and dates ("Асан, 15.03.2024" / "Рахмат!"), up to
    a line as long as prose; it opens only under the article's prose (`after_prose`: a
    counter "Комментарии (0)" under a headline opens nothing), as a news section's name
    heads other articles' headlines only there ("Аймак жаңылыктары" over the page's own
    headline is its section)."""
    if len(stripped) > HEADLINE_MAX_LENGTH or (block == "related" and _no_headline(stripped)):
        block = None
    if block is None and after_prose and card_title(stripped):
        return "related"  # another article's card: its title, then its lead
    first = stripped[:1]
    # a line opening with a letter opens no item (most lines): no match asked
    opening = (
        None
        if first.isalpha() and first not in _LIST_MARKS
        else _LIST_ITEM_OPENING.match(stripped, None, None, rx.NOT_CONCURRENT)
    )
    raw = (stripped[opening.end() :] if opening else stripped).strip(_HEADING_MARKS)
    raw = _PICTOGRAPH_OPENING.sub("", raw).strip(_HEADING_MARKS)
    if len(raw) > _HEADING_LETTERS and _NO_HEADING.match(raw):
        return block  # more letters than any heading has: not folded to be compared
    heading = fold(raw)
    counted = heading[-1:].isdigit() or heading.endswith(")")  # (not searched without)
    uncounted = _COMMENT_COUNT.sub("", heading) if counted else heading
    if heading in _RELATED_HEADINGS or _related_heading(uncounted):
        return "related"
    if after_prose and uncounted in _SECTION_HEADINGS:
        return "related"  # a news section's headlines, or further reading, under the article
    if after_prose and (uncounted in _COMMENT_HEADINGS or _COUNTED_COMMENTS.match(stripped)):
        return "comments"
    return block


def _related_heading(folded: str) -> bool:
    """A related heading (folded), also after "бул" and before the noun of what it
    lists ("Бул темага байланыштуу материалдар": "темага байланыштуу")."""
    if folded in _RELATED_HEADINGS:
        return True
    if _ANY_RELATED_HEADING.search(folded) is None:
        return False  # no heading inside the line for a reading below to leave bare
    bare = _strip_start(folded, _HEADING_DETERMINERS)
    if bare in _RELATED_HEADINGS:
        return True
    if any(bare.endswith(n) and bare[: -len(n)] in _RELATED_HEADINGS for n in _HEADING_NOUNS):
        return True
    if any(folded.endswith(s) and folded[: -len(s)] in _RELATED_HEADINGS for s in _HEADING_SCOPES):
        return True  # the scope its links come from ("Другие новости района"; acc62)
    return _framed_heading(folded)


def _strip_start(folded: str, words: tuple[str, ...]) -> str:
    """The folded heading without the first of these words it opens with."""
    return next((folded[len(w) :] for w in words if folded.startswith(w)), folded)


def _also_or_reported(folded: str) -> bool:
    """A related heading after a word of "also" ("Также по теме", "Ошондой эле тектеш
    кабарлар"), or with a verb of reporting after it ("Ранее сообщалось", "Буга чейин
    кабарланган"; lexicon `related_heading_also_words`, `related_heading_report_verbs`;
    acc63d): the same heading over the same links. The word or the verb alone ("Также",
    "Сообщалось") is none."""
    also = _strip_start(folded, _HEADING_ALSO)
    if also != folded and also in _RELATED_HEADINGS:
        return True
    return any(
        folded.endswith(v) and folded[: -len(v)] in _RELATED_HEADINGS for v in _HEADING_REPORTED
    )


def _framed_heading(folded: str) -> bool:
    """A related heading framed by a verb asking to read it ("Читайте в этом номере") or,
    after its determiner, by the part of the site or paper its links stand in ("Бул
    бөлүмдөгү акыркы жаңылыктар"; lexicon `related_heading_verbs`,
    `related_heading_sections`; round 53): the links under it are other articles', as
    under the bare heading. A frame with no heading after it ("Читайте закон") is none."""
    unread = _strip_start(folded, _HEADING_VERBS)
    if unread != folded and unread in _RELATED_HEADINGS:
        return True
    if _also_or_reported(folded):
        return True
    placed = _strip_start(_strip_start(folded, _HEADING_DETERMINERS), _HEADING_SECTIONS)
    return placed != folded and placed in _RELATED_HEADINGS
