"""A name of several words whose last word is itself a known name: "Бозбармак Сай
айылында" names a village "Бозбармак Сай" the gazetteer lacks, not its village "Сай".
A capitalised word inside the sentence right before a known name and its Kyrgyz type
word, nothing but spaces between them, is the first word of one longer name. Not a
word that opens its sentence (its capital proves nothing: "Жыйын Сай айылында өттү"),
a person's name or title ("Асанов Сай айылында жашайт": he lives in Sai; "Губернатор
Сай айылына келди": the governor came to Sai), a known name, a word with a case
ending, a word that never names a unit, a word after a role word (a person's name:
"мугалим Жыргал Сай айылында": the teacher Jyrgal in Sai), or a member of a list of
names ("Ак-Кыя, Бурулдай Чаек айыл аймагы": the village Бурулдай, the ayil aimak Чаек).
Only a small unit's name (a village, a town, an ayil aimak): every district and city
is in the gazetteer, so a word before one is no part of its name ("Улуу Ала-Бука
району", "Борбордук Нарын шаары" keep the district and the city).

The word that opens the sentence is the name's first word only on other evidence
(LONGER_NAME_AT_SENTENCE_START): the gazetteer opens names of several words with it
("Жогорку Сай айылында ...": Жогорку opens Жогорку Ала-Бука and others), or the text
names the same longer unit inside a sentence ("Бозбармак Сай айылында ..." opening a
paragraph, "... районунун Бозбармак Сай айылы" in the next)."""

from __future__ import annotations

from ..persons.words import is_role_word
from .candidate_vetoes import inflected
from .constants import MAX_NAME_WORDS
from .homonyms import GIVEN_NAMES
from .index import PlaceIndex
from .mention import Mention, Token
from .tokens import gap_between
from .unknown_names import OPENER_WORDS, unknown_mention, unknown_word_ok
from .vocabulary import COMMA_GAP, JOINERS, SMALL_LEVELS, WORD_GAP, fold, looks_like_person


def longer_unknown_name(
    m: Mention,
    tokens: list[Token],
    text: str,
    idx: PlaceIndex,
    floor: int,
    named: frozenset[str] = frozenset(),
) -> tuple[Mention, bool] | None:
    """The longer name the gazetteer lacks that known mention `m` (a bare name before
    its Kyrgyz type word) ends, with m's type word, and whether the sentence's first
    word opens it; or None. `floor`: the first token after the previous mention, which
    no name here may reach into; `named`: the longer names (folded) the text gives
    inside its sentences."""
    if m.type_word is None or m.type_before or m.type_end is None or m.ending or not m.units:
        return None
    if m.type_word.level not in SMALL_LEVELS:
        return None
    first = m.first
    while m.last - first + 1 < MAX_NAME_WORDS and _name_word_before(
        tokens, first, text, idx, floor
    ):
        first -= 1
    opener = m.last - first + 1 < MAX_NAME_WORDS and _opener_before(tokens, first, text, idx, floor)
    if opener and (
        fold(tokens[first - 1].text) in idx.first_words
        or fold(text[tokens[first - 1].start : tokens[m.last].end]) in named
    ):
        first -= 1
    else:
        opener = False
    if first == m.first:
        return None
    longer = unknown_mention(tokens, first, m.last, text)
    longer.type_word, longer.type_end = m.type_word, m.type_end
    longer.plural_type, longer.case, longer.end = m.plural_type, m.case, m.end
    return longer, opener


def _name_word_before(tokens: list[Token], k: int, text: str, idx: PlaceIndex, floor: int) -> bool:
    """Is the word before token k a capitalised name word of the same name: inside
    its sentence (not its first word), spaces only between, a word that may name a
    unit the gazetteer lacks?"""
    p = k - 1
    if p < max(floor, 1) or tokens[p - 1].sentence != tokens[p].sentence:
        return False
    return (
        _same_name(tokens, p, k, text, idx)
        and not _ends_list(tokens, p, text)
        and not is_role_word(tokens[p - 1].text)
    )


def _opener_before(tokens: list[Token], k: int, text: str, idx: PlaceIndex, floor: int) -> bool:
    """Is the word before token k the first word of its sentence, one that may be a
    word of the name (_same_name; no object in the accusative either, which a
    sentence may open with)?"""
    p = k - 1
    if p < floor or p < 0 or (p > 0 and tokens[p - 1].sentence == tokens[p].sentence):
        return False
    return _same_name(tokens, p, k, text, idx) and not inflected(
        tokens[p].text, opens_sentence=True
    )


def _same_name(tokens: list[Token], p: int, k: int, text: str, idx: PlaceIndex) -> bool:
    """May token p, right before token k in its sentence, spaces only between, be a
    word of one name with it: capitalised, of a kind that may name a unit the gazetteer
    lacks, no opener, given name, surname, role word, known name or inflected word?"""
    tok = tokens[p]
    if tok.sentence != tokens[k].sentence or gap_between(text, tok, tokens[k]) not in WORD_GAP:
        return False
    key = fold(tok.text)
    return (
        tok.capital
        and unknown_word_ok(tok)
        and key not in OPENER_WORDS
        and key not in GIVEN_NAMES
        and not looks_like_person(tok.text)
        and not is_role_word(tok.text)
        and idx.reading("", tok.text) is None
        and not inflected(tok.text)
    )


def _ends_list(tokens: list[Token], p: int, text: str) -> bool:
    """Token p follows a name and a comma, or a joiner ("Ак-Кыя, Бурулдай Чаек айыл
    аймагы", "Ак-Кыя жана Бурулдай Чаек ..."): a member of a list of names, which
    names its own unit."""
    prev = tokens[p - 1]
    if prev.low in JOINERS:
        return True
    return prev.capital and gap_between(text, prev, tokens[p]) in COMMA_GAP
