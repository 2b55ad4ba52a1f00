"""A unit named after a person, in the Russian way of writing it: "айылный аймак им.
Токтомата Зулпуева" as the gazetteer has it, "Айыл окмоту имени Кочкорбаева" with the
person in the Russian genitive (moved out of candidates.py, output identical)."""

from __future__ import annotations

from ... import gazetteer as gz
from ... import morph, morph_names
from .constants import NAMED_AFTER_MAX_WORDS
from .index import PlaceIndex
from .mention import Mention, Token
from .tokens import russian_before
from .vocabulary import TypeWord


def named_after_person(tokens: list[Token], i: int, text: str, idx: PlaceIndex) -> Mention | None:
    """ "айылный аймак им. Токтомата Зулпуева": the official Russian name, as the gazetteer has it."""
    tok = tokens[i]
    if text[tok.end : tok.end + 1] != ".":
        return None
    for n in range(NAMED_AFTER_MAX_WORDS, 0, -1):
        j = i + n
        if j >= len(tokens) or not all(t.capital for t in tokens[i + 1 : j + 1]):
            continue
        units = idx.lookup(text[tok.start : tokens[j].end])
        if units:
            return _named_unit(tokens, i, i, j, text[tok.start : tokens[j].end], units)
    return named_after_in_full(tokens, i, text, idx)


def named_after_in_full(tokens: list[Token], i: int, text: str, idx: PlaceIndex) -> Mention | None:
    """ "Айыл окмоту имени Кочкорбаева": after a unit's Russian type word and "имени" (or
    "им." with no unit of the gazetteer's spelling: `named_after_person`), a person's name
    in the Russian genitive: the unit of that name in the nominative, of a level the type
    word names ("айыл аймака им. Торогелди Балтагулова": the given name on a vowel is left
    as written, `_genitive_readings`)."""
    before = russian_before(tokens, i, text)
    if before is None:
        return None
    levels = before[0].units
    for n in range(NAMED_AFTER_MAX_WORDS, 0, -1):
        j = i + n
        if j >= len(tokens) or not all(t.capital for t in tokens[i + 1 : j + 1]):
            continue
        for name in _genitive_readings([t.text for t in tokens[i + 1 : j + 1]]):
            units = [u for u in idx.lookup(name) if u.level in levels]
            if units:
                return _named_unit(tokens, i, i + 1, j, name, units)
    return None


def _named_unit(
    tokens: list[Token], opener: int, first: int, last: int, name: str, units: list[gz.Unit]
) -> Mention:
    """Tokens first..last as the unit named `name`, in the sentence of the word that opens
    the name after a person (`opener`: "им.", "имени"), typed as its level: the words
    before the person's name said what it is."""
    level = units[0].level
    return Mention(
        start=tokens[first].start,
        end=tokens[last].end,
        first=first,
        last=last,
        name=name,
        ending="",
        units=units,
        type_word=TypeWord(level, (level,)),
        sentence=tokens[opener].sentence,
    )


def _genitive_readings(words: list[str]) -> list[str]:
    """The nominatives a man's name in the Russian genitive may be read back to
    (morph_names, as the gazetteer's aliases of villages named after a man): the
    surname always ("Зулпуева" -> "Зулпуев", "Тельмана" -> "Тельман"), each given name
    back to its nominative ("Токтомата" -> "Токтомат", "Атая" -> "Атай") and, when it
    ends in a vowel, also as written, which the Russian genitive of a Kyrgyz given name
    leaves it ("Торогелди Балтагулова", "Абды Суеркулова"; round 53). No reading (an
    empty list) if the surname is in no genitive."""
    surname = morph_names.man_nominative(words[-1:], any_surname=True)
    if surname is None:
        return []
    readings = [""]
    for word in words[:-1]:
        nominative = morph_names.man_given_from_genitive(word)
        kept = [nominative] if nominative else []
        if morph.sound_class(word[-1:].casefold()) == "vowel" and word not in kept:
            kept.append(word)
        readings = [f"{r} {w}".strip() for r in readings for w in kept]
    return [f"{r} {surname[0]}".strip() for r in readings]
