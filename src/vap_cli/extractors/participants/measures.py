"""Measures and modifiers (lexicon participation.yaml): a unit of measure after a number
("жыл", "%", "сом"), an age ("18 жаш курагындагы", "Апабызга 90 жаш толду"), and the
adjectives between a number and its noun ("государственных и муниципальных")."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ... import morph
from ...fold import typed_too
from ...lexicon import words
from ...numbers import Token
from .constants import CASE_TAIL_MAX, MAX_MODIFIERS
from .words import (
    ENTRY_LEMMAS,
    LEX,
    MEASURE_FORMS,
    MODIFIER_JOINERS,
    UNIT_NOUNS,
    Tokens,
    casefolded,
    ends_sentence_at,
    noun_ending,
    noun_ending_case,
    standing_status,
    who_at,
)

_MODIFIER_WORDS = frozenset(w.casefold() for w in LEX["modifiers"]["words"])
_MODIFIER_SUFFIXES = (
    *morph.variants(*LEX["modifiers"]["kyrgyz_suffixes"]),
    *LEX["modifiers"]["suffixes"],
)
_ATTRIBUTIVE = morph.variants(LEX["modifiers"]["attributive_suffix"])
_POSSESSIVE_LINK = LEX["modifiers"]["possessive_link"]
_HAVING_OWNER = morph.variants(LEX["modifiers"]["having_owner_suffix"])
_HAVING_WORDS = frozenset(w.casefold() for w in LEX["modifiers"]["having_words"])
_OBJECT_PARTICIPLE = morph.variants(LEX["modifiers"]["object_participle_suffix"])
# The bare nouns of land, pasture, work and livestock (lexicon modifiers
# `participle_object_nouns`): a mass a number counts only through a measure word ("200 баш
# мал", "40 гектар жер"), so a bare number before one and its participle counts the people
# after them. A countable thing there is what the number counts ("2 китеп жазган акын",
# "10 үй салган уста"; revfix59, fix59).
_PARTICIPLE_OBJECTS = frozenset(w.casefold() for w in LEX["modifiers"]["participle_object_nouns"])
# ... and no adverb is one ("30 көп окуган студент": word_classes.yaml `ky_adverbs`)
_NOT_PARTICIPLE_OBJECTS = frozenset(
    w.casefold() for w in words(LEX["modifiers"]["participle_not_objects"])
)
_MEASURE_SIGNS = frozenset(LEX["measure_signs"])
_BARE_AGE_WORDS = frozenset(w.casefold() for w in LEX["age_with_age_noun"]["words"])
_AGE_NOUNS = tuple(w.casefold() for w in LEX["age_with_age_noun"]["age_nouns"])


def _measures_by_letter() -> dict[str, tuple[str, ...]]:
    # each also as a Russian keyboard types it ("күндүк" as "кундук")
    stems = sorted(typed_too(LEX["measure_words"] + LEX["grade_words"]), key=len, reverse=True)
    index: dict[str, list[str]] = {}
    for stem in stems:
        index.setdefault(stem[:1], []).append(stem)
    return {letter: tuple(items) for letter, items in index.items()}


_MEASURE_BY_LETTER = _measures_by_letter()


def age_with_age_noun(tokens: Sequence[Token], k: int) -> bool:
    """ "18 жаш курагындагы", "16 жаш курактагы": the bare word of an age at token k before
    a word for age (lexicon age_with_age_noun): the number before it is an age."""
    nxt = k + 1
    return (
        tokens[k].low in _BARE_AGE_WORDS
        and nxt < len(tokens)
        and tokens[nxt].low.startswith(_AGE_NOUNS)
    )


_AGE_REACHED = casefolded("age_reached_verbs")


def age_said_of(tokens: Tokens, first: int, k: int) -> bool:
    """ "эң улуу катышуучуга 84 жаш", "Апабызга 90 жаш толду": the bare word of an age at
    token k, after a number (from token `first`) right after a word in the dative, and
    closing its sentence or before a verb of reaching an age: whose age it is."""
    if tokens[k].low not in _BARE_AGE_WORDS or first < 1:
        return False
    owner = tokens[first - 1]
    if (
        owner.kind != "word"
        or owner.low in MODIFIER_JOINERS  # "38 аял жана 21 жаш": "жана" ends like a dative
        or noun_ending_case(owner.low) != "dative"
    ):
        return False
    nxt = k + 1
    return (
        ends_sentence_at(tokens, k)
        or nxt >= len(tokens)
        or ends_sentence_at(tokens, nxt)
        and tokens[nxt].kind != "word"
        or tokens[nxt].low in _AGE_REACHED
    )


def is_measure(tok: Token) -> bool:
    """A unit of measure: a duration, a percentage, money ("жыл", "%", "сом")."""
    if tok.kind == "punct":
        return tok.text in _MEASURE_SIGNS
    if tok.kind != "word":
        return False
    if tok.low in MEASURE_FORMS:
        return True
    for stem in _MEASURE_BY_LETTER.get(tok.low[:1], ()):
        if tok.low.startswith(stem):
            rest = tok.low[len(stem) :]
            if noun_ending(rest) is not None or rest.startswith(_MODIFIER_SUFFIXES):
                return True
    return False


def joins_modifiers(tokens: Sequence[Token], j: int) -> bool:
    """ "государственных и муниципальных": "и"/"жана" between two modifiers."""
    return (
        0 < j < len(tokens) - 1
        and tokens[j].low in MODIFIER_JOINERS
        and is_modifier(tokens[j - 1])
        and is_modifier(tokens[j + 1])
    )


def is_modifier(tok: Token) -> bool:
    return tok.kind == "word" and (
        tok.low in _MODIFIER_WORDS or tok.low.endswith(_MODIFIER_SUFFIXES)
    )


def after_modifiers(tokens: Sequence[Token], j: int) -> int:
    """The index after the few adjectives (at most MAX_MODIFIERS) that start at `j`."""
    k = j
    while k < len(tokens) and k - j < MAX_MODIFIERS and is_modifier(tokens[k]):
        k += 1
    return k


def _two_words(tokens: Sequence[Token], j: int) -> tuple[Token, Token] | None:
    """The words at j and j + 1, when both are words: a two-word modifier's parts."""
    if j + 1 >= len(tokens) or tokens[j].kind != "word" or tokens[j + 1].kind != "word":
        return None
    return tokens[j], tokens[j + 1]


def adjective_before_attributive(tokens: Sequence[Token], j: int) -> bool:
    """A two-word modifier at token j: a bare word in small letters (no case ending, no
    measure) and a noun in the attributive -дагы with no possessive after it ("тар
    адистиктеги", "жогорку категориядагы": an adjective and its noun); the noun of who
    follows them. A possessive before the attributive ("айыл аймагындагы": the link letter
    after a vowel) makes the bare word a compound's first noun, no adjective (left52)."""
    pair = _two_words(tokens, j)
    if pair is None:
        return False
    bare, attributive = pair
    if not bare.text.islower() or is_measure(bare) or noun_ending_case(bare.low) is not None:
        return False
    tail = next((t for t in _ATTRIBUTIVE if attributive.low.endswith(t)), None)
    if tail is None:
        return False
    stem = attributive.low[: -len(tail)]
    if not stem.endswith(_POSSESSIVE_LINK):
        return True
    # (the link letter stands after a vowel: the letter before it asked, whatever its length)
    return morph.sound_class(stem[: -len(_POSSESSIVE_LINK)][-1:]) != "vowel"


def possessed_having(tokens: Sequence[Token], j: int) -> bool:
    """A two-word modifier at token j: a noun in small letters in the 3rd-person
    possessive and a word of having or lacking after it (`having_words`: "майыптыгы
    бар", "үй-бүлөсү жок"), the noun of who after them ("80ден ашык майыптыгы бар адам
    катышты"; round 57). The possessive with a case after it ("айылындагы бар") is none."""
    nxt = j + 1
    if nxt >= len(tokens) or tokens[j].kind != "word" or tokens[nxt].low not in _HAVING_WORDS:
        return False
    owner = tokens[j]
    return (
        owner.text.islower()
        and not is_measure(owner)
        and owner.low.endswith(_HAVING_OWNER)
        and noun_ending_case(owner.low) is None
    )


def _word_before_participle(
    tokens: Sequence[Token], j: int, words: Collection[str]
) -> Token | None:
    """The word at j when it is one of `words` in small letters and a participle in small
    letters follows it ("мал баккан", "мурда иштеген"), else None."""
    pair = _two_words(tokens, j)
    if pair is None:
        return None
    word, participle = pair
    if (
        word.low in words
        and word.text.islower()
        and participle.text.islower()
        and participle.low.endswith(_OBJECT_PARTICIPLE)
    ):
        return word
    return None


def object_before_participle(tokens: Sequence[Token], j: int) -> bool:
    """A two-word modifier at token j: a bare noun in small letters (no case ending, no
    measure, no modifier of its own) of land, pasture, work or livestock
    (`_PARTICIPLE_OBJECTS`: "жумуш", "мал", "жер") and a participle after it whose object
    it is ("мал баккан", "жер иштеткен"), the noun of who after them ("200гө чукул мал
    баккан дыйкан келди": farmers who keep livestock). A countable thing before the
    participle is what the number counts ("2 китеп жазган акын": a poet who wrote two
    books), and a measure there makes the number a duration ("15 жыл иштеген
    мугалим"): no count either way."""
    obj = _word_before_participle(tokens, j, _PARTICIPLE_OBJECTS)
    return (
        obj is not None
        and not is_measure(obj)
        and not is_modifier(obj)
        and noun_ending_case(obj.low) is None
    )


def adverb_before_participle(tokens: Sequence[Token], j: int) -> bool:
    """A two-word modifier at token j: an adverb of `participle_not_objects` (how or when
    the participle's subject acted, word_classes.yaml `ky_adverbs`) in small letters and a
    participle right after it ("мурда иштеген", "эрте келген"): the participle modifies
    the noun of who after them, as alone ("15 мурда иштеген мугалим": the teachers;
    left65). A noun there is the participle's object, its own reading
    (`object_before_participle`, `object_of_participle`)."""
    return _word_before_participle(tokens, j, _NOT_PARTICIPLE_OBJECTS) is not None


def object_of_participle(tokens: Sequence[Token], j: int) -> bool:
    """From token j (right after the number and its qualifier): a bare noun in small
    letters (`_bare_noun`), a participle after it whose object it is, then the
    participle's subject: a noun of who in the nominative (no unit, no entry), or a bare
    noun outside the lexicon right before a verb of taking part, whose subject it is. The
    number counts the object, the thing or the people acted upon, not who is named after
    it ("2 китеп жазган акын катышты": a poet who wrote two books; "10 бала тарбиялаган
    апа катышты": a mother who raised ten). Not one of `participle_object_nouns` (a mass
    a number counts only through a measure word: "200гө чукул мал баккан дыйкан", the
    farmers; acc59), nor an adverb of `participle_not_objects` ("30 көп окуган студент":
    the students; revfixl63), nor a measure ("15 жыл иштеген мугалим"), a modifier ("жаңы
    шайланган") or a noun with the possessive, the participle's subject ("ден соолугу
    чектелген"); nor a participle of taking part (a status phrase: "келген", "окуткан"),
    whose own readings decide (participants.object_of_participle; left63)."""
    participle, head = j + 1, j + 2
    if head >= len(tokens) or not _bare_noun(tokens, j):
        return False
    if tokens[j].low in _PARTICIPLE_OBJECTS or tokens[j].low in _NOT_PARTICIPLE_OBJECTS:
        return False
    verb = tokens[participle]
    if verb.kind != "word" or not verb.text.islower() or not verb.low.endswith(_OBJECT_PARTICIPLE):
        return False
    if _status_starts(tokens, participle):
        return False  # a verb of taking part ("келген", "окуткан"): its own readings decide
    who = who_at(tokens, head)
    if who is None:  # "12 ыр чыгарган обончу катышты": the subject of the verb after it
        subject = tokens[head]
        return (
            subject.kind == "word"
            and subject.text.islower()
            and noun_ending_case(subject.low) is None
            and _status_starts(tokens, head + 1)
        )
    return (
        who.ending.case is None
        and not who.ending.russian  # "катталган эле": "эле" is the copula, no "эл"
        and who.entry.lemma not in UNIT_NOUNS  # "30 окуучу катышкан мектеп": its subject
        and who.entry.lemma not in ENTRY_LEMMAS
    )


def _status_starts(tokens: Sequence[Token], k: int) -> bool:
    """A verb of taking part (a status phrase of the lexicon) starts at token k."""
    return k < len(tokens) and standing_status(tokens, k) is not None


def _bare_noun(tokens: Sequence[Token], j: int) -> bool:
    """The word at token j is in small letters with no case ending and no possessive, no
    measure and no modifier: a noun as an object stands before its verb. A noun of who
    is read by its lexicon entry ("окуучу" ends as a possessive would)."""
    tok = tokens[j]
    if tok.kind != "word" or not tok.text.islower() or is_measure(tok) or is_modifier(tok):
        return False
    who = who_at(tokens, j)
    if who is not None:
        bare = who.ending
        return who.last == j + 1 and not (bare.case or bare.possessive or bare.russian)
    low = tok.low
    return noun_ending_case(low) is None and not any(
        (ending := noun_ending(low[-size:])) is not None and ending.possessive
        for size in range(1, min(CASE_TAIL_MAX, len(low) - 1) + 1)
    )
