"""Russian oblique forms of people's names back to the nominative: a man's genitive
told from a woman's nominative by the given name or a cue before the name, a
woman's accusative from a man's dative, the given name in its surname's case, a
given name before undeclined уулу/кызы, a patronymic in a case."""

from __future__ import annotations

from ... import morph, morph_names
from .tables import (
    ACCUSATIVE_VERB_ENDINGS,
    ACCUSATIVE_VERB_STEMS,
    ACTING_PREFIXES,
    CASE_ENDINGS,
    DATIVE_CUES,
    DATIVE_ENDINGS,
    FEMALE_NAMES,
    FEMININE_ACCUSATIVE,
    FEMININE_ACCUSATIVE_GIVEN,
    FEMININE_GENITIVE,
    FEMININE_LIKE_GENITIVE,
    GENITIVE_CUE_WORDS,
    GENITIVE_CUES,
    GIVEN_BEFORE_FATHER,
    GIVEN_SOFT_SIGN,
    INDECLINABLE_GIVEN,
    INDECLINABLE_SURNAMES,
    INSTRUMENTAL_CUES,
    INSTRUMENTAL_ENDINGS,
    JOINER_BEFORE_NAME,
    KNOWN_GIVEN,
    KYRGYZ_LETTERS,
    MALE_A_ELEMENTS,
    MALE_ELEMENTS,
    MALE_NAMES,
    MALE_PREFIXES,
    MASCULINE_GIVEN,
    MASCULINE_SURNAME,
    MAX_COMPLEMENT,
    OBJECT_VERB_ENDINGS,
    OBLIQUE_STEM_MIN,
    ONE_WORD_SURNAME_JOINERS,
    PATRONYMIC,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    ROLE_ACCUSATIVE,
    ROLE_GAP,
    ROLE_GENITIVE,
    ROLE_GENITIVE_ADJECTIVES_MAX,
    RU_GIVEN_ENDINGS,
)
from .words import (
    Token,
    built_on,
    gap_after,
    genitive_role_adjective,
    is_role_word,
    listed_or_built_given,
    opened_by,
    proper_case,
    surname_of,
)

# Characters before a role word read for an acting prefix ("вр.и.о. ").
_ACTING_REACH = 12
# Tokens of a name from its first: initials and a surname, or a surname and initials.
_NAME_WORDS = 4
# How far each way from a name its sentence is read for a Kyrgyz letter (characters).
_SENTENCE_REACH = 120
# A Russian surname's endings that may be the genitive ("Асанова", "Асановой").
_GENITIVE_SURNAME: tuple[str, ...] = morph_names.RU_GENITIVE_SURNAME_ENDS


def given_name_before_father(given: str, father_word: str) -> str:
    """A Russian oblique given name before уулу/кызы, which stay undeclined, back in
    the nominative: "Мирлану Аскар уулу" -> "Мирлан"; a name that is one already, or
    an ending that gives no name of given_names.yaml, is left as written."""
    if listed_or_built_given(given):
        return given
    for oblique, nominatives in GIVEN_BEFORE_FATHER[father_word]:
        if given.endswith(oblique) and len(given) - len(oblique) >= OBLIQUE_STEM_MIN:
            stem = given[: -len(oblique)]
            found = next((stem + n for n in nominatives if listed_or_built_given(stem + n)), None)
            if found:
                return found
    return given


def feminine_accusative(given: str, surname_word: str) -> tuple[str, str] | None:
    """A woman's name in the Russian accusative, back in the nominative: "Жылдыз
    Асанову" -> ("Жылдыз", "Асанова"), "Гульмиру Садыкову" -> ("Гульмира",
    "Садыкова"); None for a man's dative ("Бакыту Асанову") or a name of both sexes."""
    low = surname_word.casefold()
    ending = next((e for e in FEMININE_ACCUSATIVE if low.endswith(e)), None)
    if ending is None:
        return None
    nominative = given
    if given.casefold() not in FEMALE_NAMES:
        for oblique, replacement in FEMININE_ACCUSATIVE_GIVEN.items():
            if given.endswith(oblique):
                nominative = given[: -len(oblique)] + replacement
        if nominative.casefold() not in FEMALE_NAMES:
            return None
    if nominative.casefold() in MALE_NAMES:
        return None
    stem = surname_word[: -len(ending)]
    return nominative, proper_case(stem + FEMININE_ACCUSATIVE[ending])


def his_dative(given: str, surname_word: str, text: str, tokens: list[Token], i: int) -> bool:
    """A name that reads both as a man's dative and as a woman's accusative, the given
    name a man's and a woman's ("Руслану Кадыркулову": Руслан's or Руслана's), is decided
    as after initials (_feminine_object): hers only after a verb that takes the
    accusative or a role word in the accusative right before it ("поздравили Руслану
    Асанову"); else his dative ("Руслану Кадыркулову передали письмо")."""
    male = given_nominative(given, surname_word)
    if male == given or male.casefold() not in MALE_NAMES:
        return False
    return not (
        _object_of_verb(text, tokens, i, ACCUSATIVE_VERB_ENDINGS)
        or _role_in_case_before(text, tokens, i, ROLE_ACCUSATIVE)
    )


def masculine_surname_after_cue(
    surname: str, written: str, text: str, tokens: list[Token], i: int
) -> str:
    """ "мэра столицы И.Омуркулова" -> "Омуркулов", "у Омуркулова И.Б." ->
    "Омуркулов": with initials the written form cannot tell a man's genitive from a
    woman's nominative; a genitive cue before the name ("у", "с участием", a role word
    in the genitive) can. A surname read back from another ending ("Омуркуловой") is
    a woman's whatever the cue."""
    if proper_case(written) != surname:
        return _feminine_object(surname, written, text, tokens, i)
    for ending, nominative in MASCULINE_SURNAME.items():
        if surname.endswith(ending) and len(surname) >= len(ending) + OBLIQUE_STEM_MIN:
            if _genitive_cue_before(text, tokens, i) or _object_of_verb(
                text, tokens, i, OBJECT_VERB_ENDINGS
            ):
                return surname[: -len(ending)] + nominative
            return surname
    return surname


def _feminine_object(surname: str, written: str, text: str, tokens: list[Token], i: int) -> str:
    """ "поблагодарили Н. Лебедеву" -> "Лебедева": after initials a surname in -ову is
    a woman's accusative when a verb that takes the accusative stands right before the
    name, or a role word in the genitive-accusative or the accusative ("поблагодарили
    акима района Н. Лебедеву", "главу села": a man's dative would follow "акиму"); else a man's dative ("вручили Н.
    Лебедеву грамоту")."""
    low = written.casefold()
    ending = next((e for e in FEMININE_ACCUSATIVE if low.endswith(e)), None)
    if ending is None or not (
        _object_of_verb(text, tokens, i, ACCUSATIVE_VERB_ENDINGS)
        or _genitive_cue_before(text, tokens, i)
        or _role_in_case_before(text, tokens, i, ROLE_ACCUSATIVE)
    ):
        return surname
    return proper_case(written[: -len(ending)] + FEMININE_ACCUSATIVE[ending])


def _object_of_verb(text: str, tokens: list[Token], i: int, endings: tuple[str, ...]) -> bool:
    """Whether the name at token i is the object of the Russian verb right before it:
    a lower-case word of a stem of accusative_verbs_ru in one of `endings`, not in a
    list of names ("поприветствовали Н. Асанова и Б. Петров": their subjects)."""
    before = i - 1
    if before < 0 or not ROLE_GAP.fullmatch(gap_after(text, tokens, before)):
        return False
    verb = tokens[before].text
    if not (verb.islower() and verb.startswith(ACCUSATIVE_VERB_STEMS) and verb.endswith(endings)):
        return False
    last = next(
        (j for j in range(i, min(i + _NAME_WORDS, len(tokens))) if len(tokens[j].text) > 1),
        i,
    )
    return JOINER_BEFORE_NAME.match(text, tokens[last].end) is None


def given_nominative(given: str, surname_word: str) -> str:
    """A Russian given name in the case of its surname, back in the nominative:
    "Бакыту Джумабаеву" -> "Бакыт", "Гульмиры Садыковой" -> "Гульмира", "Сергею
    Иванову" -> "Сергей" (of the nominatives an ending may stand for, the one that
    makes a known name, else the first)."""
    low = surname_word.casefold()
    for ending, given_endings in RU_GIVEN_ENDINGS:
        if low.endswith(ending):
            for oblique, nominatives in given_endings:
                if given.endswith(oblique) and len(given) - len(oblique) >= OBLIQUE_STEM_MIN:
                    forms = [given[: -len(oblique)] + n for n in nominatives]
                    known = next((f for f in forms if f.casefold() in KNOWN_GIVEN), None)
                    if known is None and given.casefold() in KNOWN_GIVEN:
                        return given  # an undeclined name: "Айпери", "Каныкей Асановой"
                    stem = given[: -len(oblique)]
                    return known or _spelled_after_stem(stem, oblique, forms)
            return given
    return given


def given_nominative_by_patronymic(given: str, patronymic: str, surname_word: str) -> str:
    """A Russian given name before a patronymic in an oblique case, back in the
    nominative by the patronymic's case, which it always shows ("Петру Ильичу Коваленко"
    -> "Петр": a surname in -енко never declines); else by the surname's
    (`given_nominative`)."""
    low = patronymic.casefold()
    row = next((r for e, r in morph_names.RU_PATRONYMIC_CASE_ROWS if low.endswith(e)), None)
    return given_nominative(given, row or surname_word)


# Russian spells "и" for "ы" after some letters ("Калыйчи" is Калыйча's genitive, not
# a name in -я) and, unstressed, "ем" for "ом" after others ("Кубанычем" is Кубаныч's
# instrumental): morphology.yaml.


def _spelled_after_stem(stem: str, oblique: str, forms: list[str]) -> str:
    """Of the nominatives an ending may stand for, the one the spelling rules allow:
    -а after a hushing or velar consonant in the genitive -и ("Калыйча", not
    "Калыйчя"), the bare stem after a hushing one in the instrumental ("Кубаныч", not
    "Кубанычь"), else the first (the prepositional "Жолдошбеке" is "Жолдошбек")."""
    last = stem[-1:].casefold()
    if oblique == morph_names.RU_E_FOR_O_INSTRUMENTAL and last in morph.RU_E_FOR_O_AFTER:
        return stem
    if oblique == morph_names.RU_I_FOR_Y_GENITIVE and last in morph.RU_I_AFTER:
        return next((f for f in forms if f == stem + "а"), forms[0])
    return forms[0]


def masculine_nominative(
    given: str, surname: str, text: str, tokens: list[Token], i: int
) -> tuple[str, str] | None:
    """A man's name in the Russian genitive/accusative, back in the nominative:
    "Азамата Жумабаева" -> ("Азамат", "Жумабаев"); None for "Гульмира Садыкова"."""
    for ending, nominative in MASCULINE_SURNAME.items():
        if not surname.endswith(ending) or len(surname) < len(ending) + OBLIQUE_STEM_MIN:
            continue
        male = male_given_nominative(given)
        # After a genitive cue or a verb taking its object, "X-а Асанова" is a man's
        # whatever X is (a woman's would be "Асановой", "Асанову"): "По словам Бекзата
        # Асанова", "поблагодарили Руслана Асанова".
        if male is None:
            male = _unlisted_male_genitive(given) or _indeclinable_given(given)
            if male is None or not _cued_object(text, tokens, i):
                return None
        elif (
            given.casefold() in FEMALE_NAMES or _kyrgyz_sentence(text, tokens[i].start)
        ) and not _cued_object(text, tokens, i):
            # "Руслана Асанова" alone: a woman; in a Kyrgyz sentence, which declines
            # names with its own endings ("Дамир Шариповдун"), "Дамира Шарипова" too
            return None
        return male, surname[: -len(ending)] + nominative
    return None


def _kyrgyz_sentence(text: str, at: int) -> bool:
    """Whether the sentence around `at` (read at most _SENTENCE_REACH characters each
    way, to a full stop or a line's end) holds a word with a Kyrgyz letter (language.yaml)
    written small or opening it: a capitalised one inside may be a Kyrgyz name in a
    Russian sentence ("Проект Азамата Бекова поддержали в айыл окмоту Ак-Өзөн")."""
    start = max(at - _SENTENCE_REACH, 0)
    start = max(text.rfind(".", start, at), text.rfind("\n", start, at), start - 1) + 1
    stop = min(at + _SENTENCE_REACH, len(text))
    ends = [k for k in (text.find(".", at, stop), text.find("\n", at, stop)) if k >= 0]
    sentence = text[start : min(ends, default=stop)]
    opening = next((k for k, ch in enumerate(sentence) if ch.isalpha()), 0)
    for k, ch in enumerate(sentence):
        if ch.casefold() in KYRGYZ_LETTERS:
            first = k  # the first letter of its word
            while first and sentence[first - 1].isalpha():
                first -= 1
            if first == opening or sentence[first].islower():
                return True
    return False


def before_indeclinable_surname(
    given: str, surname: str, text: str, tokens: list[Token], i: int
) -> str:
    """A man's given name in the genitive or accusative before a surname that never
    declines, back in the nominative ("Олега Бондаренко" -> "Олег"); a listed name
    ("Никита", "Ольга") or one no ending makes a man's is left as written, and so is
    one a woman's nominative may be ("Выступила Станислава Кравченко") with no
    genitive cue or verb taking its object before it (token i, as masculine_nominative
    asks of an unlisted name)."""
    if not surname.casefold().endswith(INDECLINABLE_SURNAMES) or given.casefold() in KNOWN_GIVEN:
        return given
    if given.casefold().endswith(FEMININE_LIKE_GENITIVE) and not _cued_object(text, tokens, i):
        return given
    return male_given_nominative(given) or female_given_nominative(given) or given


def female_given_nominative(given: str) -> str | None:
    """A woman's listed given name in the genitive back in the nominative ("Валентины" ->
    "Валентина", "Натальи" -> "Наталья"), or None."""
    for ending, nominatives in FEMININE_GENITIVE.items():
        if given.endswith(ending):
            for nominative in nominatives:
                female = given[: -len(ending)] + nominative
                if female.casefold() in FEMALE_NAMES:
                    return female
    return None


# A man's genitive/accusative ending on a given name in a consonant ("Бекзат-а").
MALE_GENITIVE_END = morph_names.RU_MALE_GENITIVE_END
_CONSONANTS = ("voiced", "voiceless")


def _cued_object(text: str, tokens: list[Token], i: int) -> bool:
    """A genitive cue or a verb that takes its object right before the name at i."""
    return _genitive_cue_before(text, tokens, i) or _object_of_verb(
        text, tokens, i, OBJECT_VERB_ENDINGS
    )


def _unlisted_male_genitive(given: str) -> str | None:
    """A given name the lexicon lacks in a man's genitive: its consonant stem before
    "-а" ("Бекзата" -> "Бекзат"), or None."""
    stem = given[:-1]
    if not given.endswith(MALE_GENITIVE_END) or len(stem) < OBLIQUE_STEM_MIN:
        return None
    return stem if morph.sound_class(stem[-1].casefold()) in _CONSONANTS else None


def _indeclinable_given(given: str) -> str | None:
    """A given name in a vowel no case ending changes (`indeclinable_given_endings`:
    "Абдували", "Жолду"), not listed as a woman's: the same in the genitive, so a cued
    surname in -ова beside it is a man's ("По словам главного врача Абдували Раимова";
    left52); None for a listed woman's name ("Айпери") or any other ending."""
    low = given.casefold()
    if not low.endswith(INDECLINABLE_GIVEN) or low in FEMALE_NAMES:
        return None
    return given


def male_given_nominative(given: str) -> str | None:
    """A man's given name in the genitive or accusative back in the nominative
    ("Азамата" -> "Азамат", "Андрея" -> "Андрей"), or None when no ending gives a man's
    name."""
    for given_ending, replacements in MASCULINE_GIVEN.items():
        if given.endswith(given_ending):
            for replacement in replacements:
                male = given[: -len(given_ending)] + replacement
                if _male_given(male):
                    return male
    return None


def _male_given(word: str) -> bool:
    """A man's given name: one of given_names.yaml (or one with a soft sign after it,
    "Эдиль"), or one built with a male name element on a stem of its own ("Эркинбек",
    "Тилекбай"), or opened by a man's prefix before a stem of its own that ends in a
    consonant ("Абдималик": lexicon `male_given_prefixes`; not "Абдуваля", read back from
    the indeclinable "Абдували")."""
    low = word.casefold()
    if low in MALE_NAMES or (low.endswith(GIVEN_SOFT_SIGN) and low[:-1] in MALE_NAMES):
        return True
    if opened_by(low, MALE_PREFIXES) and morph.sound_class(low[-1]) in _CONSONANTS:
        return True
    return built_on(low, MALE_ELEMENTS + MALE_A_ELEMENTS)


def _genitive_cue_before(text: str, tokens: list[Token], i: int) -> bool:
    """A preposition that takes the genitive right before token i ("у", "с участием"),
    or a role word or a title in the genitive a few words before ("эксперта проекта",
    "господина")."""
    return (
        genitive_preposition_before(text, tokens, i)
        or _role_in_case_before(text, tokens, i, GENITIVE_CUE_WORDS)
        or _role_over_quoted_name(text, tokens, i, GENITIVE_CUE_WORDS)
    )


def _role_over_quoted_name(text: str, tokens: list[Token], i: int, forms: frozenset[str]) -> bool:
    """A role word in one of `forms` before a quoted name of a firm or a body that stands
    right before token i, maybe after its type's abbreviation ("главного инженера ОсОО
    «Ала-Тоо Газ» Э.Ж. Абдыкадырова": the man's genitive; round 53): the role cues the
    name's case across the quoted name as across its complement. The name holds at most
    as many words as a role's complement (MAX_COMPLEMENT)."""
    if i == 0 or not any(ch in QUOTES_CLOSE for ch in gap_after(text, tokens, i - 1)):
        return False
    for q in range(i - 1, max(i - 1 - MAX_COMPLEMENT, 0), -1):
        if any(ch in QUOTES_OPEN for ch in gap_after(text, tokens, q - 1)):
            # the quoted name opens at token q: the role's words end before its mark, the
            # role right before it ("директора «...»") or its complement between (revfix53:
            # a role's gap holds no quotation mark, so the role's word itself is asked)
            return _role_word_at(text, tokens, q - 1, forms) or _role_in_case_before(
                text, tokens, q - 1, forms
            )
    return False


def _role_word_at(text: str, tokens: list[Token], j: int, forms: frozenset[str]) -> bool:
    """Token j is a role word in one of `forms`, no complement of another role."""
    return tokens[j].text.casefold() in forms and not _complements_a_role(text, tokens, j)


def _role_in_case_before(text: str, tokens: list[Token], i: int, forms: frozenset[str]) -> bool:
    """A role word in one of `forms` a few words before token i, its complement
    between, as many words as a role's complement (roles.role_before) may hold
    ("эксперта проекта", "главу села", "главы Мавляновского айыл окмоту")."""
    for j in range(max(i - MAX_COMPLEMENT - 1, 0), i):
        word = tokens[j].text
        if word.casefold() in forms:
            return not _complements_a_role(text, tokens, j) and all(
                ROLE_GAP.fullmatch(gap_after(text, tokens, k)) for k in range(j, i)
            )
    return False


def genitive_preposition_before(text: str, tokens: list[Token], i: int) -> bool:
    """A preposition or a noun that takes the genitive right before token i: "у", "по
    словам", "с участием", "Указ" (persons.yaml genitive_cues_before,
    genitive_nouns_before); or before the surname "и" joins token i to in the same case
    ("стихи Есенина и Лермонтова", "при участии Асанова и Бекова": both in the genitive;
    acc64; "при участии Ивановой и Петрова": `_one_case`)."""
    if _cue_before(text, tokens, i, GENITIVE_CUES):
        return True
    j = i - 2
    return (
        j >= 1
        and tokens[i - 1].low in ONE_WORD_SURNAME_JOINERS
        and _one_case(tokens[j].low, tokens[i].low)
        and surname_of(tokens[j].text) is not None
        and all(ROLE_GAP.fullmatch(gap_after(text, tokens, k)) for k in (j, i - 1))
        and _cue_before(text, tokens, j, GENITIVE_CUES)
    )


def _one_case(first: str, second: str) -> bool:
    """Two surnames (casefolded) joined by "и" in one case: the same last letter
    ("Асанова и Бекова"), or both read as the genitive by the morphology, a woman's and a
    man's ("Ивановой и Петрова"; morph_names.RU_GENITIVE_SURNAME_ENDS, fr65 #15)."""
    return first[-1:] == second[-1:] or (
        first.endswith(_GENITIVE_SURNAME) and second.endswith(_GENITIVE_SURNAME)
    )


def instrumental_cue_before(text: str, tokens: list[Token], i: int) -> bool:
    """A lone surname in the Russian instrumental right after "с", "перед", ...
    ("встреча с Жапаровым"; persons.yaml instrumental_cues_before), or in the dative
    right after "к", "благодаря", ... ("обратились к Асанову"; dative_cues_before)."""
    word = tokens[i].text
    return (
        word.endswith(INSTRUMENTAL_ENDINGS) and _cue_before(text, tokens, i, INSTRUMENTAL_CUES)
    ) or (word.endswith(DATIVE_ENDINGS) and _cue_before(text, tokens, i, DATIVE_CUES))


def _cue_before(
    text: str, tokens: list[Token], i: int, cues: dict[str, list[tuple[str, ...]]]
) -> bool:
    """Whether one of `cues` (words in lower case, by their last word) stands right
    before token i."""
    if i == 0:
        return False
    for cue in cues.get(tokens[i - 1].low, ()):
        first = i - len(cue)
        if first >= 0 and all(
            tokens[first + k].low == word and ROLE_GAP.fullmatch(gap_after(text, tokens, first + k))
            for k, word in enumerate(cue)
        ):
            return True
    return False


def _complements_a_role(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the genitive role word j follows a role word in the nominative or an
    acting prefix: "заместитель главы", "и.о. главы", "заместитель полномочного
    представителя" (its adjectives between) are roles in the nominative ("заместителя
    главы" is one in the genitive)."""
    head = j - 1
    while (
        head > 0
        and j - 1 - head < ROLE_GENITIVE_ADJECTIVES_MAX
        and genitive_role_adjective(tokens[head].text)
    ):
        head -= 1
    if head >= 0 and is_role_word(tokens[head].text):
        return tokens[head].low not in ROLE_GENITIVE
    before = text[max(tokens[j].start - _ACTING_REACH, 0) : tokens[j].start]
    return before.rstrip().casefold().endswith(ACTING_PREFIXES)


def patronymic_nominative(word: str) -> str:
    if word.isupper():  # "ТОКТОГУЛОВИЧА": read as "Токтогуловича"
        word = word.capitalize()
    m = PATRONYMIC.fullmatch(word)
    ending = m.group("ending") if m else None
    return word[: -len(ending)] + CASE_ENDINGS.get(ending, "") if ending else word
