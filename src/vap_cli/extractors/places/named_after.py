"""A unit named after a person, in the Russian way of writing it: "айылный аймак им.
Токтомата Зулпуева" as the gazetteer has it, "Айыл окмоту имени Кочкорбаева" with the
person in the Russian genitive (moved out of candidates.py, output identical)."""

from __future__ import annotations

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
            level = units[0].level
            return Mention(
                start=tok.start,
                end=tokens[j].end,
                first=i,
                last=j,
                name=text[tok.start : tokens[j].end],
                ending="",
                units=units,
                type_word=TypeWord(level, (level,)),
                sentence=tok.sentence,
            )
    return named_after_in_full(tokens, i, text, idx)


# The sounds a man's name ends in before its Russian genitive "-а" (morph.sound_class).
_CONSONANT_SOUNDS = frozenset({"voiced", "voiceless"})


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
                level = units[0].level
                return Mention(
                    start=tokens[i + 1].start,
                    end=tokens[j].end,
                    first=i + 1,
                    last=j,
                    name=name,
                    ending="",
                    units=units,
                    type_word=TypeWord(level, (level,)),
                    sentence=tokens[i].sentence,
                )
    return None


def _genitive_readings(words: list[str]) -> list[str]:
    """The nominatives a name in the Russian genitive may be read back to, every word's
    "-а" after a consonant dropped first ("Токтомата Зулпуева"): the surname takes it
    always, a given name on a vowel the Russian genitive leaves as written ("Торогелди
    Балтагулова", "Абды Суеркулова"; round 53), so the given names may stay as they
    are. No reading (an empty list) if the surname is in no genitive."""
    surname = _russian_genitive_stem(words[-1])
    if surname is None:
        return []
    readings = [""]
    for word in words[:-1]:
        stem = _russian_genitive_stem(word)
        kept = [stem] if stem else []
        if morph.sound_class(word[-1:].casefold()) == "vowel":
            kept.append(word)
        readings = [f"{r} {w}".strip() for r in readings for w in kept]
    return [f"{r} {surname}".strip() for r in readings]


def _russian_genitive_stem(word: str) -> str | None:
    """A man's name in the Russian genitive back in the nominative: its "-а" after a
    consonant dropped ("Кочкорбаева" -> "Кочкорбаев", "Токтомата" -> "Токтомат")."""
    stem = word[: -len(morph_names.RU_MALE_GENITIVE_END)]
    if not word.endswith(morph_names.RU_MALE_GENITIVE_END):
        return None
    return stem if morph.sound_class(stem[-1:].casefold()) in _CONSONANT_SOUNDS else None
