"""Rows of people by unit, comma after comma, that share the last row's predicate of a
service ("А айылында 214 бала, Б айылында 167 бала кызамык, кызылча жана башка ооруларга
каршы эмдөөдөн өттү"): each row's own clause ends at its comma, and a comma inside the
list of nouns after the last row (the diseases) cuts even that row from its verb
(participants.service_shared_by_rows; left52). A piece that ends in a finite verb
("келди", "пришли") is a clause of its own, no row and no item (revfixl52)."""

from __future__ import annotations

from operator import attrgetter

from ...numbers import Token, number_at
from .constants import COMMA, ROWS_REACH
from .finite_verbs import finite_verb
from .phrase import Phrase
from .recipients import SERVICE_WORDS, TAKING_PART_STEMS, carried_out
from .words import MODIFIER_JOINERS, Tokens, ends_sentence_at, who_at

# The most words an item of a list of nouns between two commas may have ("кызамык",
# "сары оору"): more is a clause of its own.
LIST_ITEM_WORDS = 2
_LOW = attrgetter("low")


def service_shared_by_rows(tokens: Tokens, p: Phrase) -> bool:
    """The count's row and the comma-parted pieces after it to its sentence's end are
    rows of the same noun ("Б айылында 167 бала": a number right before a who-noun of the
    count's lemma) or short items of a list of nouns (at most LIST_ITEM_WORDS words, no
    number), one of either at least, and the last piece holds a word of
    `service_received.words` not followed by the causative of "өт-" (who carried it
    out): the rows are its recipients. A row ends at its noun or at most a list item
    after it ("305 бала кызамык"), and neither a row nor an item ends in a finite verb
    ("Жыйынга 60 тургун келди, ...": the count's own clause; revfixl52). A list item
    needs a joiner ("жана", "и") in the
    last piece, the list's close, so that a clause with a verb of its own ("200 бала
    келди, кийин эмдөөдөн өттү") is no item; a row of another noun, a longer piece, a
    word of taking part, or a clause of its own with neither ("пришли 60 жителей, у
    которых выявлен диабет") ends the reading."""
    if not _service_word_within_reach(tokens, p.head.last):
        return False  # the last piece can hold no word of a service
    pieces = _pieces_after(tokens, p.head.last)
    if len(pieces) < 2:
        return False  # no comma after the count: its own clause says it all
    lemma = p.head.entry.lemma
    items = rows = 0
    for piece in pieces[:-1]:
        end = _same_noun_row_end(tokens, piece, lemma) if piece else -1
        if end >= 0:
            if not _list_item(tokens, [k for k in piece if k >= end]):
                return False  # "Б айылында 200 бала лагерде эс алып, ...": a clause of its own
            rows += 1
            continue
        if not _list_item(tokens, piece):
            return False
        items += bool(piece)
    last = pieces[-1]
    if _has_number(tokens, last):
        if items or _same_noun_row_end(tokens, last, lemma) < 0:
            # "..., 30 ата-эне эмдөөдөн өттү": another row with its own verb; a list's
            # close holds no row ("214 бала келди, 167 бала жана ... эмдөөдөн өттү")
            return False
        rows += 1
    if not rows + items:
        return False  # "пришли 60 жителей, у которых выявлен диабет": another clause
    words = [tokens[k].low for k in last if tokens[k].kind == "word"]
    if items and not MODIFIER_JOINERS.intersection(words):
        return False
    if any(tokens[k].low.startswith(TAKING_PART_STEMS.stems) for piece in pieces for k in piece):
        return False
    return any(w in SERVICE_WORDS and not carried_out(words, n) for n, w in enumerate(words))


def _service_word_within_reach(tokens: Tokens, start: int) -> bool:
    """A word of `service_received.words` stands among the ROWS_REACH tokens from `start`
    (one set test of their texts): the pieces `_pieces_after` reads are among them."""
    return not SERVICE_WORDS.isdisjoint(map(_LOW, tokens.plain[start : start + ROWS_REACH]))


def _pieces_after(tokens: Tokens, start: int) -> list[list[int]]:
    """The token indexes from `start` to the sentence's end (ROWS_REACH at most), parted
    at commas; empty when the sentence runs on past the reach."""
    pieces: list[list[int]] = [[]]
    for k in range(start, min(start + ROWS_REACH, len(tokens))):
        if tokens[k].text == COMMA:
            pieces.append([])
            continue
        pieces[-1].append(k)
        if ends_sentence_at(tokens, k):
            return pieces
    return []


def _same_noun_row_end(tokens: Tokens, piece: list[int], lemma: str) -> int:
    """Where a row of the same people in the piece ends, past its who-noun of `lemma`
    with a number right before it ("Калматай айылында 167 бала"), or -1: no row."""
    for k in piece:
        num = number_at(tokens, k) if tokens[k].kind == "num" else None
        if num is not None and num.is_count and num.last < len(tokens):
            head = who_at(tokens, num.last)
            if head is not None and head.entry.lemma == lemma:
                return head.last
    return -1


def _has_number(tokens: Tokens, piece: list[int]) -> bool:
    return any(tokens[k].kind == "num" for k in piece)


def _list_item(tokens: Tokens, piece: list[int]) -> bool:
    """A short item of a list of nouns between commas: no number, at most LIST_ITEM_WORDS
    words, the last no finite verb ("келди", "майрамга келди": the count's own clause,
    closed by its verb; revfixl52); the count's own row may end right at its comma: an
    empty piece."""
    words: list[Token] = [tokens[k] for k in piece if tokens[k].kind == "word"]
    if words and finite_verb(words[-1].low):
        return False
    return not _has_number(tokens, piece) and len(words) <= LIST_ITEM_WORDS
