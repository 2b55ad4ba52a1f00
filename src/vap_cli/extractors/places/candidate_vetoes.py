"""The rules that make a candidate no mention at all (candidate_veto): the country
named bare, or a word the gazetteer lacks that cannot name the unit of its type word;
a typed oblast or district the gazetteer lacks read as one it has, misspelt; and the
words the text writes in small letters, which make a capitalised word opening its
sentence a common word (SmallLetterWords, mark_written_small)."""

from __future__ import annotations

from bisect import bisect_left
from functools import cached_property

from ... import gazetteer as gz
from ... import morph, rx
from ...explain import Rule
from ...lexicon import belonging_words, load
from ..web import EMAIL
from .forms import number_opened_name
from .index import PlaceIndex
from .mention import Mention, Token
from .openings import TYPE_AFTER
from .person_names import person_after_role, person_shaped, takes_suffix
from .rules import (
    BRACKETED_PARENT,
    COMMON_NOUN_ENDING,
    COMMON_WORD_OPENING,
    COUNTRY,
    FUZZY_SPELLING,
    GIVEN_NAME_BEFORE_PATRONYMIC,
    IN_EMAIL_ADDRESS,
    INFLECTED_NAME,
    INITIAL_AFTER_TYPE,
    NAMESAKE_INITIAL,
    NOT_UNIT_NAME,
    NUMBER_OPENED_NAME,
    OWNED_BEFORE_PLURAL_TYPE,
    OWNER_OF_NAMED_UNIT,
    PERSON_AFTER_ROLE,
    PERSON_SHAPED_NAME,
    PLURAL_TYPE_ONE_WORD,
    PUBLICATION_OF_UNIT,
    QUOTED_TITLE,
    QUOTED_UNKNOWN_NAME,
    SURNAME_BEFORE_BRACKET,
    SURNAME_WITH_INITIALS,
    UNKNOWN_LARGE_UNIT,
    WHOLE_NAME_PART,
)
from .tokens import (
    gap_between,
    initial_after_type,
    kyrgyz_type_at,
    opens_sentence,
    trusted_case_ending,
)
from .unknown_names import (
    COMMON_NOUN_ENDINGS,
    OPENER_WORDS,
    STOP_NAMES,
    WHO_WORDS,
    given_name_before_patronymic,
    surname_after_given_name,
)
from .vocabulary import (
    COMMA_GAP,
    COUNTRIES,
    JOINERS,
    NAMED_AFTER_KY,
    PUBLICATION_NOUNS,
    RU_AFTER_NAME_PLURAL,
    RU_NEUTER_NOUN_ENDINGS,
    RU_PLURAL_ADJ_ENDINGS,
    SMALL_LEVELS,
    WORD_GAP,
    fold,
)


def misspelt_large_unit(m: Mention, idx: PlaceIndex) -> Rule | None:
    """A typed oblast or district the gazetteer lacks may be one it has, misspelt
    (Кара-Суй району: Кара-Суу): kept with that unit, else UNKNOWN_LARGE_UNIT."""
    assert m.type_word is not None
    units, ratio = idx.fuzzy_units(m.name, m.type_word.units)
    if not units:
        return UNKNOWN_LARGE_UNIT
    _take_fuzzy(m, units, ratio)
    return None


def misspelt_adjective(m: Mention, idx: PlaceIndex) -> Mention | None:
    """A Russian adjective no unit has before an oblast's or district's noun may be one
    it has, misspelt ("Ыссык-Атинском районе": Ысык-Ата): kept with that unit, else
    none (an adjective gives no nominative of a name the gazetteer lacks)."""
    assert m.type_word is not None
    units, ratio = idx.fuzzy_adjective_units(m.name, m.type_word.units)
    if not units:
        return None
    _take_fuzzy(m, units, ratio)
    return m


def _take_fuzzy(m: Mention, units: list[gz.Unit], ratio: float) -> None:
    """The mention names the `units` its name is like, scored by how like (0-100)."""
    m.units, m.rule, m.score = units, FUZZY_SPELLING, min(m.score, ratio / 100)


def inflected(word: str, opens_sentence: bool = False) -> bool:
    """A word with a case or plural ending is no name before a type word, which stands
    after a nominative (Майрамга, Жолугушууларга айыл өкмөттөрү). An accusative
    reading counts only for a word that opens its sentence, whose capital proves no
    name: the object before its subject ("Жыйынды айыл өкмөтүнүн башчысы ачты");
    inside a sentence many names end like one."""
    for reading in morph.candidate_stems(word):
        if not trusted_case_ending(reading):
            continue
        names = morph.suffix_names(reading.stem, reading.ending) or ()
        case = morph.case_of(reading.stem, reading.ending) or _ACCUSATIVE
        if "plural" in names or case != _ACCUSATIVE or (opens_sentence and _ACCUSATIVE in names):
            return True
    return False


_ACCUSATIVE = "accusative"


def shape_keeps(
    m: Mention, tokens: list[Token], text: str, idx: PlaceIndex, marks: list[int]
) -> list[Rule]:
    """The rules that keep a candidate by its shape before any veto is read: a number
    opening its name, a bracketed parent, an initial after a Russian type word, a whole
    last part of a name, its owner's type word right before it (`m.owned`; each
    recorded for --explain). `marks`: the words' (openings.word_marks): the owner's type
    word is read only after a word that may open one (TYPE_AFTER)."""
    keeps = []
    if number_opened_name(m, text, idx):
        keeps.append(NUMBER_OPENED_NAME)
    if m.bracket_end is not None:
        keeps.append(BRACKETED_PARENT)
    if m.type_before and initial_after_type(tokens, m.first, text):
        keeps.append(INITIAL_AFTER_TYPE)
    if whole_name_part(m, tokens, idx.name_parts):
        keeps.append(WHOLE_NAME_PART)
    # (indices below 0 would wrap to the sentence's end)
    may_be_owned = any(marks[j] & TYPE_AFTER for j in (m.first - 1, m.first - 2) if j >= 0)
    m.owned = bool(may_be_owned) and owner_before(tokens, m.first, text)
    if m.owned and m.plural_type and not m.units:
        keeps.append(OWNED_BEFORE_PLURAL_TYPE)
    return keeps


# The case of a unit's type word that owns the units after it ("Ноокат районунун").
_OWNER_CASE = "genitive"


def owner_before(tokens: list[Token], i: int, text: str) -> bool:
    """A unit's type word in the genitive ends right before token i ("Ноокат районунун
    Он-Арык айыл аймактары", "... айыл аймагынын Ача-Тал жана ... айылдары"): the word
    is a unit of that one, a member of a list the plural type word closes, no phrase."""
    for j in (i - 1, i - 2):
        found = kyrgyz_type_at(tokens, j, text) if j >= 0 else None
        if found is not None and found[1] == i and found[3] == _OWNER_CASE:
            return True
        if found is not None and found[1] == i - 1 and found[3] == _BELONGING_CASE:
            # "Аксы районуна караштуу X": the unit belongs to it (accv49)
            return tokens[i - 1].low in _BELONGING_WORDS
    return False


# ... or in the dative before a word of belonging ("Аксы районуна караштуу Мавлянов
# жана ... айыл өкмөттөрү": lexicon places.yaml `belonging_after_dative`).
_BELONGING_CASE = "dative"
_BELONGING_WORDS = belonging_words()


def whole_name_part(m: Mention, tokens: list[Token], parts: frozenset[str]) -> bool:
    """An unknown hyphenated name before its type word whose last part is a word the
    gazetteer's names end in and no shorter such word with a case ending ("Кең-Жылга
    айыл аймагы": Жылга of Кара-Жылга, no "Жыл" with a dative; "Боо-Пахта айылы"):
    the whole word is the name. "Жаңы-Сууга айыл өкмөтү" stays a dative: Суу is the
    gazetteer's word, Сууга none."""
    if m.type_word is None or m.units or m.last >= len(tokens):
        return False
    word = tokens[m.last].text
    return inflected(word, opens_sentence=True) and whole_last_part(word, parts)


def whole_last_part(word: str, parts: frozenset[str]) -> bool:
    """A hyphenated word whose last part is one of `parts` (the words the gazetteer's
    names end in) and no shorter one with an ending cut off: "Тогуз-Молдо" (Молдо of
    Тоголок-Молдо, no "Мол" with a locative), not "Жаңы-Сууга" (Суу with a dative)."""
    if "-" not in word or fold(word.rsplit("-", 1)[1]) not in parts:
        return False
    shorter = (r.stem.rsplit("-", 1)[-1] for r in morph.candidate_stems(word) if r.ending)
    return not any(fold(stem) in parts for stem in shorter)


class SmallLetterWords:
    """The words a text writes in small letters somewhere (tokens' `low`), gathered in
    one pass over its tokens when a candidate first asks: a pass a document, not a pass
    a candidate (a long text of sentences opened by unknown names)."""

    def __init__(self, tokens: list[Token]) -> None:
        self._tokens = tokens

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(t.low for t in self._tokens if not t.capital)

    def has(self, tok: Token) -> bool:
        """The text writes this word in small letters too ("... алдын ала жазылуу
        зарыл. Жазылуу айыл өкмөтүнүн катчылары аркылуу жүрөт"): a common word, as a
        name is capitalised wherever it stands."""
        return tok.low in self.words


def mark_written_small(
    mentions: list[Mention], small_words: SmallLetterWords, idx: PlaceIndex
) -> None:
    """Bare names opening their sentence that the text also writes in small letters,
    bare or with a noun's ending ("Кербенге ..." beside "медициналык кербени", "Кийинки
    кербен"): a common word capitalised for the sentence (Mention.written_small). Not a
    city the text may write in small letters as a name ("бишкекте": idx.lower_case)."""
    openers = [m for m in mentions if m.opens_sentence and m.type_word is None and m.units]
    if not openers:
        return
    small = sorted(small_words.words)
    for m in openers:
        stem = m.name.casefold()
        if fold(m.name) in idx.lower_case:
            continue
        k = bisect_left(small, stem)
        while k < len(small) and small[k].startswith(stem):
            if _noun_of(small[k], stem):
                m.written_small = True
                break
            k += 1
        m.written_small = m.written_small or _verb_written_small(stem, small)


# A Kyrgyz action noun is its verb's stem and -Iш ("курул-уш", construction, of
# "курул-", be built); the verb's forms the text may write (lexicon places.yaml
# `action_noun_verb_suffixes`: "курулат", "курулду", "курулуп").
_ACTION_NOUN_SUFFIXES = morph.variants("reciprocal")
_VERB_ENDINGS = frozenset(morph.variants(*load("places")["action_noun_verb_suffixes"]))
# A verb's stem this short ("ө-ш") is too often a name's first letters by chance.
_MIN_VERB_STEM = 3


def _verb_written_small(name: str, small: list[str]) -> bool:
    """The name (casefolded) is an action noun whose verb the text writes in small letters
    ("... 4 резервуар курулат. Курулуш 2024-жылдан бери жүрөт": the construction, a
    common word capitalised for its sentence, whatever follows it; round 47)."""
    for suffix in _ACTION_NOUN_SUFFIXES:
        verb = name.removesuffix(suffix)
        if verb == name or len(verb) < _MIN_VERB_STEM:
            continue
        k = bisect_left(small, verb)
        while k < len(small) and small[k].startswith(verb):
            if small[k][len(verb) :] in _VERB_ENDINGS:
                return True
            k += 1
    return False


def _noun_of(word: str, stem: str) -> bool:
    """The word is the noun `stem`, bare or with a noun's ending ("кербени", "кербен");
    not a word that only starts like it ("ошол" after "ош")."""
    return word == stem or any(
        r.stem == stem and r.ending and _noun_ending(r.stem, r.ending)
        for r in morph.candidate_stems(word)
    )


# A noun's endings with no case: the plural, the possessive ("кербени").
_CASELESS_NOUN_SUFFIXES = frozenset(("plural", "possessive"))


def _noun_ending(stem: str, ending: str) -> bool:
    names = morph.suffix_names(stem, ending)
    return bool(names) and (
        morph.case_of(stem, ending) is not None or set(names or ()) <= _CASELESS_NOUN_SUFFIXES
    )


# A person's initials right after a word: "Абдрахманов Т.", "Иванов А.Б." (a capital
# and its dot, maybe two), no capitalised word after them (whose initials they are:
# "в селе Ак-Суу А. Асанов выступил").
_INITIALS_AFTER = rx.compile(
    r"[ \t]{1,3}\p{Lu}\.(?:[ \t]?\p{Lu}\.)?(?!\p{L})(?![ \t]{0,3}\p{Lu}\p{Ll})"
)


def _initials_after(m: Mention, tokens: list[Token], text: str) -> bool:
    """A person's initials after the name, which no unit of its type word's level has
    ("житель села Абдрахманов Т. предложил": Абдрахманов is an ayil aimak, no village)."""
    assert m.type_word is not None
    return not any(u.level == m.type_word.level for u in m.units) and bool(
        _INITIALS_AFTER.match(text, tokens[m.last].end)
    )


def _namesake_initial(m: Mention, tokens: list[Token], text: str) -> bool:
    """The type word before the name is one capital letter and its dot, as an initial is
    written ("С." rather than "с."), and a Kyrgyz word of "named after" follows the name
    ("С. Нуралиев атындагы мектеп"), no unit of the type word's level having it: the
    name is the person's the institution is named after (lexicon places.yaml
    `named_after_ky`)."""
    assert m.type_word is not None
    nxt = m.last + 1
    return (
        text[m.start : m.start + 1].isupper()
        and text[m.start + 1 : m.start + 2] == "."
        and nxt < len(tokens)
        and tokens[nxt].low in NAMED_AFTER_KY
        and not any(u.level == m.type_word.level for u in m.units)
    )


def candidate_veto(
    m: Mention,
    tokens: list[Token],
    text: str,
    small: SmallLetterWords,
    idx: PlaceIndex,
) -> Rule | None:
    """The rule that makes a candidate no mention at all, or None: the country named
    bare, or a word the gazetteer lacks that cannot name the unit of its type word."""
    if in_email_address(m, text):
        return IN_EMAIL_ADDRESS  # "Kochkor.ayil@mail.kg": the address's words
    if m.type_word is None:
        # The country is no place here (but "Кыргызстан айыл аймагы" in Talas is).
        return COUNTRY if fold(m.name) in COUNTRIES else None
    if m.type_before and _country_in_a_case(m, tokens):
        return COUNTRY  # "лучший айыл окмоту Кыргызстана": of the country, no aimak
    if m.type_before and _namesake_initial(m, tokens, text):
        return NAMESAKE_INITIAL  # "С. Нуралиев атындагы мектеп": the man's initial
    if m.type_before and _initials_after(m, tokens, text):
        return SURNAME_WITH_INITIALS  # "житель села Абдрахманов Т.": the village's man
    if m.type_before and given_name_before_patronymic(m, tokens, text):
        return GIVEN_NAME_BEFORE_PATRONYMIC  # "глава айыл окмоту Бакыт Асан уулу"
    if m.type_before and not m.units and _plural_type_before_one(m, tokens, text):
        return PLURAL_TYPE_ONE_WORD  # "в айыльных аймаках Фонда": the fund's aimaks
    if m.type_end is None:
        return None
    if owner_of_named_unit(m, tokens, text, idx):
        return OWNER_OF_NAMED_UNIT  # "КЕНЕШ АЙЫЛНОГО АЙМАКА САРЫ-КОО": its council
    if publication_of_unit(m, tokens):
        return PUBLICATION_OF_UNIT  # "Чүй облустук гезити": the paper's readership
    if m.units:
        # A unit of the gazetteer named like the surname ("башчысы Таалай Осмонкулов
        # айыл аймагынын бюджети": Осмонкулов is an ayil aimak of Talas): the given name
        # between the role word and the surname makes it the person's.
        return PERSON_AFTER_ROLE if person_after_role(m, tokens, text) else None
    return _typed_unknown_veto(m, tokens, text, small, idx)


def in_email_address(m: Mention, text: str) -> bool:
    """The mention stands inside an e-mail address: the run of the text around it with
    no blank holds "@", and an address of the web extractor's pattern covers it."""
    start, end = m.start, m.end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    if "@" not in text[start:end]:
        return False
    return any(a.start() <= m.start and m.end <= a.end() for a in EMAIL.finditer(text, start, end))


# A Russian adjective in the genitive opening a type word ("айылного аймака", "сельского
# округа"): Russian, whose names follow their type word ("айылного аймака Сары-Коо").
RUSSIAN_GENITIVE_ADJECTIVE = ("ого", "его")


def owner_of_named_unit(m: Mention, tokens: list[Token], text: str, idx: PlaceIndex) -> bool:
    """A word before a Russian type word in the genitive ("АЙЫЛНЫЙ КЕНЕШ АЙЫЛНОГО АЙМАКА
    САРЫ-КОО", "Кенеш айылного аймака Сары-Коо") when a capitalised name of the type
    word's level follows it: Russian names a unit after its genitive type word, so the
    word before is the noun that unit owns (its council, its office), no unit, though a
    unit of its name exists (Кеңеш); in capitals any word looks like a name (round 43).
    Not a Kyrgyz type word, whose name stands before it ("Кара-Суу айыл аймагы")."""
    if m.type_before or m.type_word is None or m.type_end is None or m.type_end >= len(tokens):
        return False
    if not tokens[m.last + 1].low.endswith(RUSSIAN_GENITIVE_ADJECTIVE):
        return False
    after = tokens[m.type_end]
    if not after.capital or gap_between(text, tokens[m.type_end - 1], after) not in WORD_GAP:
        return False
    name, nxt = after.text, m.type_end + 1
    if nxt < len(tokens) and gap_between(text, after, tokens[nxt]) == "-":
        name += "-" + tokens[nxt].text  # "САРЫ-КОО"
    return any(u.level in m.type_word.units for u in idx.lookup(name))


# The Russian plural endings of a type word before a name ("в айыльных аймаках",
# "айыл аймаков"): lexicon `russian_after_name_plural_endings`.
_RUSSIAN_PLURAL = tuple(RU_AFTER_NAME_PLURAL)  # `str.endswith` takes a tuple


def _plural_type_before_one(m: Mention, tokens: list[Token], text: str) -> bool:
    """One unknown word after a Russian plural type word, no list going on after it
    ("в айыльных аймаках Фонда": the aimaks of a fund, owned by the word
    in the genitive); a list of names the gazetteer lacks goes on ("в айыльных аймаках
    Жаны-Жер и Кок-Тал"; accv49). A type word that does not decline is plural after a
    plural adjective ("в базовых айыл окмоту Программы"; accleft, revfixleft)."""
    before, nxt = m.first - 1, m.last + 1
    if before < 0:
        return False
    if not tokens[before].low.endswith(_RUSSIAN_PLURAL) and not _plural_adjective_before(m, tokens):
        return False
    if nxt < len(tokens) and tokens[nxt].sentence == tokens[m.last].sentence:
        gap = gap_between(text, tokens[m.last], tokens[nxt])
        if tokens[nxt].text in JOINERS or gap in COMMA_GAP:
            return False
    return True


def _plural_adjective_before(m: Mention, tokens: list[Token]) -> bool:
    """A Russian adjective in the plural right before the type word before the name ("в
    базовых айыл окмоту", places.yaml `russian_plural_adjective_endings`), not a neuter
    noun of the same ending (`russian_neuter_noun_endings`: "Собрание айыл окмоту ...",
    its head)."""
    k = m.first - 1
    while k > 0 and tokens[k].start > m.start:
        k -= 1  # back to the type word's first token (the mention starts there)
    if k < 1:
        return False
    low = tokens[k - 1].low
    return low.endswith(RU_PLURAL_ADJ_ENDINGS) and not low.endswith(RU_NEUTER_NOUN_ENDINGS)


def _country_in_a_case(m: Mention, tokens: list[Token]) -> bool:
    """The country's name in a Russian case after a type word before it ("айыл окмоту
    Кыргызстана", "сел Кыргызстана"): the units of the country, its name their owner in
    the genitive; the unit of that name stands in the nominative after its type word
    ("айыл окмоту Кыргызстан") or before a Kyrgyz one ("Кыргызстан айыл аймагы")."""
    word = tokens[m.last].text
    return fold(m.name) in COUNTRIES and fold(word) != fold(m.name)


def _typed_unknown_veto(
    m: Mention,
    tokens: list[Token],
    text: str,
    small: SmallLetterWords,
    idx: PlaceIndex,
) -> Rule | None:
    """An unknown word before a Kyrgyz type word (unknown_with_type); of `idx`, the
    words the gazetteer's names end in (whole_name_part) and the last words of its
    names of several words (person_shaped)."""
    assert m.type_word is not None and m.type_end is not None
    i, end = m.first, m.type_end
    # The name's own word (after the numbers a name may open with: Он Эки-Бел).
    tok = tokens[m.last]
    folded = fold(tok.text)
    if folded in STOP_NAMES or folded in OPENER_WORDS or folded in WHO_WORDS:
        return NOT_UNIT_NAME
    if fold(tok.text) in COUNTRIES:
        return COUNTRY
    # Every oblast and district is in the gazetteer: an unknown one is not a place.
    if m.type_word.level not in SMALL_LEVELS:
        return UNKNOWN_LARGE_UNIT
    first_of_sentence = opens_sentence(tokens, i)
    if inflected(tok.text, opens_sentence=first_of_sentence) and not whole_name_part(
        m, tokens, idx.name_parts
    ):
        return INFLECTED_NAME
    if tok.low.endswith(COMMON_NOUN_ENDINGS):
        return COMMON_NOUN_ENDING  # "Население айылного аймака": the aimak's population
    if m.bracket_end is not None and surname_after_given_name(tokens, m.last, text):
        return SURNAME_BEFORE_BRACKET
    if first_of_sentence and small.has(tok):
        return COMMON_WORD_OPENING
    if person_after_role(m, tokens, text):
        return PERSON_AFTER_ROLE
    if person_shaped(m, tokens, idx.name_last_words):
        return PERSON_SHAPED_NAME
    # A plural type word after one unknown word that ends no list is a phrase, not a
    # unit's name ("Катышуучу АӨлөрдүн саны" 'the number of participating AÖs').
    if m.plural_type and not (
        i > 0
        and (
            tokens[i - 1].text in JOINERS
            or gap_between(text, tokens[i - 1], tokens[i]) in COMMA_GAP
            or owner_before(tokens, i, text)
        )
    ):
        return PLURAL_TYPE_ONE_WORD
    return _quoted(tokens, text, i, end, m.last)


def _quoted(tokens: list[Token], text: str, i: int, end: int, last: int) -> Rule | None:
    """A quoted name with its type word is a title (a contest, a programme): "«Мыкты
    айыл өкмөтү» сынагы"; an unknown name quoted alone before its type word names an
    estate, a firm or a farm ("«Ак-Тилек» конуш тургундары", round 34): a unit's name
    is written bare."""
    if text[tokens[i].start - 1 : tokens[i].start] != '"':
        return None
    if text[tokens[end - 1].end : tokens[end - 1].end + 1] == '"':
        return QUOTED_TITLE
    return QUOTED_UNKNOWN_NAME if text[tokens[last].end : tokens[last].end + 1] == '"' else None


# The suffix of a unit's adjective ("облус-тук", "район-дук").
_BELONGING = "belonging"
# A noun's plural: the publication's noun takes a case or the possessive, no plural
# ("гезиттер" are the unit's papers in general).
_PLURAL = "plural"


def _publication_noun(word: str) -> bool:
    """Is the word a publication's noun itself, bare or with a case or possessive ending
    ("гезити", "журналында"), not a word built on it ("журналисттери", "гезитчилер")?"""
    return any(
        r.stem in PUBLICATION_NOUNS and _PLURAL not in (morph.suffix_names(r.stem, r.ending) or ())
        for r in morph.candidate_stems(word)
    )


def publication_of_unit(m: Mention, tokens: list[Token]) -> bool:
    """A name before its unit's adjective and a newspaper's or journal's noun ("Чүй
    облустук гезити", "Ат-Башы райондук гезитинде"): the publication's readership, as a
    masthead writes it, no place the text tells of (lexicon `publication_nouns`)."""
    end = m.type_end
    if end is None or end >= len(tokens) or not _publication_noun(tokens[end].low):
        return False
    return takes_suffix(tokens[end - 1].low, _BELONGING)


def unit_named_after_man(tokens: list[Token], k: int, text: str, idx: PlaceIndex) -> bool:
    """The surname at token k and the type word after it name a unit of the gazetteer
    ("Калмак-Кырчын Курманбек айыл аймагы": a village before its ayil aimak named after a
    man); a woman's surname before "айыл өкмөтүнүн башчысы" names none ("Чолпон Асанова
    айыл өкмөтүнүн башчысы": the head's given name, no village)."""
    typed = kyrgyz_type_at(tokens, k + 1, text)
    if typed is None:
        return False
    levels = typed[0].units
    return any(u.level in levels for u in idx.lookup(tokens[k].text))
