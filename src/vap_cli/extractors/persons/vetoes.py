"""Name-shaped phrases that name no person: a place before its type word, a
namesake of a street, fund or institution, a quoted name."""

from __future__ import annotations

from .tables import (
    _NAMESAKE_AFTER_BARE,
    _NAMESAKE_BEFORE,
    _PHRASE_REACH,
    _PHRASES_AFTER,
    _PHRASES_AFTER_FIRST,
    _PLACE_ABBREVIATIONS_AFTER,
    _QUOTES_CLOSE,
    _QUOTES_OPEN,
    _ROLE_GAP,
    _WORDS_AFTER,
)
from .words import NameMatch, Token, _gap


def _not_a_person(text: str, tokens: list[Token], match: NameMatch) -> bool:
    """A name-shaped phrase that is part of a place or institution name: a place
    name before its type word ("Кемин районунан") or a namesake ("им. Токтомата
    Зулпуева", "Токтомата Зулпуева атындагы мектеп")."""
    return veto(text, tokens, match) is not None


def veto(text: str, tokens: list[Token], match: NameMatch) -> str | None:
    """Why a name-shaped phrase names no person ("type_word_after", "quoted",
    "namesake_before"), or None."""
    after = match.last + 1
    if after < len(tokens) and _ROLE_GAP.fullmatch(_gap(text, tokens, match.last)):
        word = tokens[after].text.casefold()
        if word.startswith(_WORDS_AFTER) or tokens[after].text in _PLACE_ABBREVIATIONS_AFTER:
            return "type_word_after"
        if word.startswith(_NAMESAKE_AFTER_BARE) and _bare(tokens[match.last].text, match):
            return "type_word_after"
        if word in _PHRASES_AFTER_FIRST:  # "айыл аймагы": a type of two words
            following = text[tokens[after].start : tokens[after].start + _PHRASE_REACH]
            if following.casefold().startswith(_PHRASES_AFTER):
                return "type_word_after"
    if _quoted(text, match):
        return "quoted"
    before = match.first - 1
    if (
        before >= 0
        and tokens[before].text.casefold() in _NAMESAKE_BEFORE
        and _gap(text, tokens, before).strip(" \t.") == ""
    ):
        return "namesake_before"
    return None


def _quoted(text: str, match: NameMatch) -> bool:
    """«Ата Мекен», "Ата Мекендин": the name fills a pair of quotation marks."""
    return (
        match.start > 0
        and text[match.start - 1] in _QUOTES_OPEN
        and text[match.end : match.end + 1] in _QUOTES_CLOSE
    )


def _bare(last_word: str, match: NameMatch) -> bool:
    """Whether the name's last word is written without a case ending."""
    return last_word.casefold() in (match.surname.casefold(), match.given.casefold())
