"""Names listed before "such as" and a type word: "Ак-Сай, Жетиген, Отогон
сыяктуу 8 айылда" (in 8 villages such as ...). The type word after the bridging
word (lexicon `list_type_bridges`), perhaps after a count, types every member."""

from __future__ import annotations

from itertools import compress, count

from ... import morph, rx
from ...segment.tokens import WORD_LOW
from .children import mentions_by_token
from .constants import SCORE_PLURAL_TYPE_LIST
from .lists import previous_list_member
from .mention import Mention, Token
from .rules import SUCH_AS_LIST
from .tokens import gap_between, kyrgyz_type_at
from .unknown_names import NUMBER_WORDS, STOP_NAMES, unknown_mention
from .vocabulary import KY_AFTER, LEX, SMALL_LEVELS, SPACES, TypeWord, fold

_BRIDGES = frozenset(w.casefold() for w in LEX["list_type_bridges"])
# One word of size or remoteness between them (of a phrase, its last word: "тоолуу").
_ADJECTIVES = frozenset(w.split()[-1].casefold() for w in LEX["list_type_bridge_adjectives"])
# Between the bridging word and the type word: spaces, or a count in digits.
# One-word type nouns by their stem (айыл, шаар, район, облус).
_PLAIN_TYPES: dict[str, TypeWord] = {words[0]: tw for words, tw, _ in KY_AFTER if len(words) == 1}
_COUNT_GAP = rx.compile(r"[ ]{1,3}(?:\d[\d ]{0,8}[ ]{1,3})?")


def add_such_as_lists(mentions: list[Mention], tokens: list[Token], text: str) -> list[Mention]:
    """Type the names listed before a bridging word and its type word (the mentions by
    token made at the first such type word: most texts have none)."""
    by_token: dict[int, Mention] | None = None
    added: list[Mention] = []
    for b in compress(count(), map(_BRIDGES.__contains__, map(WORD_LOW, tokens))):
        tok = tokens[b]
        if b == 0:
            continue
        tw = _type_after(tokens, b, text)
        if tw is None or gap_between(text, tokens[b - 1], tok) not in SPACES:
            continue
        if by_token is None:
            by_token = mentions_by_token(mentions)
        k: int | None = b - 1
        while k is not None and tokens[k].sentence == tok.sentence:
            member = _member(tokens, k, text, tw, by_token)
            if member is None:
                break
            if member.first not in by_token:
                added.append(member)
                by_token[member.first] = member
            member.type_word, member.rule = tw, SUCH_AS_LIST
            member.score = SCORE_PLURAL_TYPE_LIST
            k = previous_list_member(tokens, member.first, text) if member.first > 0 else None
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _member(
    tokens: list[Token], k: int, text: str, tw: TypeWord, by_token: dict[int, Mention]
) -> Mention | None:
    """The list member ending at token k: a name already read (not one with its own type
    word, which ends the list before it), or a new one of a small unit; None: the end."""
    owner = by_token.get(k)
    if owner is None:
        return unknown_mention(tokens, k, k, text) if _unknown_ok(tokens[k], tw) else None
    if owner.type_word is not None:
        return None
    if not any(u.level in tw.units for u in owner.units):
        if not _unknown_ok(tokens[owner.first], tw):
            return None
        owner.units = []  # the gazetteer has the name at another level only
    return owner


def _type_after(tokens: list[Token], b: int, text: str) -> TypeWord | None:
    """The type word after the bridging word, a count (digits or number words) and a
    word of size or remoteness ("ири", "алыскы") between."""
    k = b + 1
    while k < len(tokens) and tokens[k].low in NUMBER_WORDS:
        k += 1
    if k + 1 < len(tokens) and tokens[k].low in _ADJECTIVES:
        k += 1
    if k >= len(tokens) or not _COUNT_GAP.fullmatch(gap_between(text, tokens[k - 1], tokens[k])):
        return None
    found = kyrgyz_type_at(tokens, k, text)
    if found is not None:
        return None if found[0].known_only else found[0]
    # A type noun in any form, not only possessed: "14 айылда", "айылдарда".
    for reading in morph.candidate_stems(tokens[k].low):
        tw = _PLAIN_TYPES.get(reading.stem)
        if tw is not None and not tw.known_only:
            return tw
    return None


def _unknown_ok(tok: Token, tw: TypeWord) -> bool:
    """A word the gazetteer lacks (at that level) names a small unit of the list."""
    return (
        tw.level in SMALL_LEVELS
        and tok.capital
        and not tok.text.isupper()
        and fold(tok.text) not in STOP_NAMES
    )
