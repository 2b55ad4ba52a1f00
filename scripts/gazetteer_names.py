"""The name rules of the gazetteer build (scripts/build_gazetteer.py): source text
cleaned, Russian nominatives from the official adjectives, Russian and Kyrgyz spellings
compared, and the aliases of villages named after a man with their collision check.
Split from build_gazetteer.py, which imports them; the output is the same byte for byte."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Protocol

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from vap_cli.gazetteer import fold_key  # noqa: E402 - the same folding as the index
from vap_cli.lexicon import load as load_lexicon  # noqa: E402
from vap_cli.morph_names import man_nominative  # noqa: E402 - the persons' name morphology

# A Kyrgyz name that differs from the Russian by a letter or two (looks_like_a_typo).
TYPO_SIMILARITY_MIN = 80


class NamedUnit(Protocol):
    """The fields of a build record (build_gazetteer.Rec) the alias rules read and add to."""

    level: str
    name: str
    name_ru: str | None
    name_en: str | None
    aliases: list[str]


# ------------------------------------------------------------ text helpers


# A district's official name with its type word doubled in the SOATE source.
DOUBLED_TYPE_WORD = "районрайон"


def clean(text: str | None) -> str:
    """Whitespace normalised, ӊ (U+04CA) replaced by the standard ң, Latin look-alikes
    inside Cyrillic words replaced by Cyrillic, a type word the source doubled
    ("Тонский районрайон") written once."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("ӊ", "ң").replace("Ӊ", "Ң")
    text = text.replace("–", "-").replace("—", "-")
    text = " ".join(text.split())
    text = text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    text = text.replace(DOUBLED_TYPE_WORD, "район")
    return fix_mixed_script(text)


_LATIN_TO_CYRILLIC = str.maketrans("ABCEHKMOPTXaceopxyëË", "АВСЕНКМОРТХасеорхуёЁ")


def fix_mixed_script(text: str) -> str:
    words = []
    for word in text.split(" "):
        has_cyr = any("\u0400" <= ch <= "\u04ff" for ch in word)
        has_lat = any("a" <= ch.lower() <= "z" or ch in "ëË" for ch in word)
        words.append(word.translate(_LATIN_TO_CYRILLIC) if has_cyr and has_lat else word)
    return " ".join(words)


def strip_suffix(text: str, suffixes: Iterable[str]) -> str:
    for suffix in suffixes:
        if text.endswith(suffix):
            return text[: -len(suffix)].strip()
    return text


def russified(ky: str) -> list[str]:
    """Rough Russian spellings of a Kyrgyz name, to choose among candidate nominatives."""
    base = ky.replace("ң", "н").replace("Ң", "Н")
    return [
        base.replace("ө", "о").replace("Ө", "О").replace("ү", "у").replace("Ү", "У"),
        base.replace("ө", "е").replace("Ө", "Е").replace("ү", "ю").replace("Ү", "Ю"),
    ]


ADJ_SUFFIXES = ("ская", "ский", "ской", "цкий", "кий", "кая")


def ru_nominal(official: str, ky: str | None) -> str:
    """The Russian name without type word from the official adjectival form:
    "Ат-Башынский район" -> "Ат-Башы", "Ак-Суйский" -> "Ак-Суу", "Жазыский айылный
    аймак" -> "Жазы". Candidates come from the Russian adjective rules; the Kyrgyz
    name (when known) picks the closest one."""
    text = clean(official)
    text = text.replace("айылный аймак имени", "айылный аймак им.")
    for type_word in ("айылный аймак", "айыльный аймак", "сельский округ", "район", "область"):
        text = strip_suffix(text, (" " + type_word,))
    if text.lower().startswith("айылный аймак"):
        return text[len("айылный аймак") :].strip()  # "им. Крупской"
    if text.startswith("г. "):
        return text[3:].strip()
    stem = None
    for suffix in ADJ_SUFFIXES:
        if text.endswith(suffix):
            stem = text[: -len(suffix)]
            break
    if stem is None:
        return text
    candidates = _nominal_candidates(stem)
    if not ky:
        # Without a Kyrgyz guide keep the plain stem.
        return stem
    targets = russified(ky)
    if not any(ch in ky.lower() for ch in "өүң") and fold_key(ky)[:4] == fold_key(stem)[:4]:
        # A Russian-named unit ("Светлая Поляна", "Гроздь"): its name is the nominative.
        targets.append(ky)
        candidates.append(ky)

    def score(candidate: str) -> tuple[float, bool, int]:
        similarity = max(fuzz.ratio(fold_key(candidate), fold_key(t)) for t in targets)
        return (similarity, candidate in targets, -candidates.index(candidate))

    return max(candidates, key=score)


def _nominal_candidates(stem: str) -> list[str]:
    """The nominatives an adjective stem may come from, the stem itself first."""
    candidates = [stem]
    if stem.endswith("ин"):  # Ала-Бука -> Ала-Букинский, Өрүктү -> Орюктинский
        candidates += [stem[:-2] + v for v in ("а", "аа", "ы", "и", "у")]
    if stem.endswith("н"):  # Ат-Башы -> Ат-Башынский
        candidates.append(stem[:-1])
    if stem.endswith("уй"):  # Ак-Суу -> Ак-Суйский
        candidates += [stem[:-1] + "у", stem[:-1]]
    if stem.endswith(("ый", "ий")):  # Аксы -> Аксыйский
        candidates.append(stem[:-1])
    if stem.endswith("ь"):  # Токтогул -> Токтогульский
        candidates.append(stem[:-1])
    if stem.endswith("оу"):  # Тогуз-Торо -> Тогуз-Тороуский
        candidates.append(stem[:-1])
    candidates += [stem + "ка", stem + "а", stem + "ое", stem + "ый"]  # Липенка, Степное
    return candidates


def ky_from_ru(name_ru: str) -> str:
    """A Kyrgyz stand-in for a unit only named in Russian (used for 17 ayil aimaks)."""
    return name_ru


def fold(name: str) -> str:
    return fold_key(name)


# ------------------------------------------------------------ spellings


# Letters that Russian and Kyrgyz spellings of one name (and transliterations) disagree
# on, collapsed for comparing them: Сегет = Сөгөт, Аркит = Аркыт, Джийде = Жийде.
_BLUR = str.maketrans({"е": "о", "э": "о", "ю": "у", "я": "а", "и": "ы", "й": "ы"})


def blurred(name: str) -> str:
    key = fold(name).replace("дж", "ж").replace("кышлак", "кыштак").replace("имени", "им")
    if key.startswith("я"):  # Ятан = Жатан
        key = "жа" + key[1:]
    key = key.translate(_BLUR)
    return "".join(ch for i, ch in enumerate(key) if i == 0 or ch != key[i - 1])


def looks_like_a_typo(ky: str, ru: str) -> bool:
    """The Kyrgyz name differs from the Russian by a letter or two that no spelling
    rule explains (a typo on one side; a real Kyrgyz name differs much more)."""
    if any(ch in ky.lower() for ch in "өүң"):
        return False  # written by someone who knows Kyrgyz spelling: Гүлчө, Төлөкөн, Лаңар
    a, b = blurred(ky), blurred(ru)
    if a.startswith(b) or b.startswith(a):
        return False  # a Russian derived form: Кочкорка/Кочкор, Баетово/Баетов
    return a != b and fuzz.ratio(a, b) >= TYPO_SIMILARITY_MIN


def kyrgyz_spelling(name_ru: str) -> str:
    variants = russian_to_kyrgyz_spellings(name_ru)
    return variants[0] if variants else name_ru


# Regular correspondences of Russian spellings to Kyrgyz ones in place names:
# Дж -> Ж (Джаны-Джер = Жаңы-Жер), and the colour word Кек- -> Көк- (Кек-Алма = Көк-Алма).
RU_TO_KY_SPELLING = (("Дж", "Ж"), ("дж", "ж"), ("Кек-", "Көк-"))


def russian_to_kyrgyz_spellings(name_ru: str) -> list[str]:
    """An alias in Kyrgyz spelling for a Russian name (apply_hand_data drops it when
    it folds like a name the unit already has)."""
    variant = name_ru
    for ru, ky in RU_TO_KY_SPELLING:
        variant = variant.replace(ru, ky)
    return [variant] if variant != name_ru else []


def clean_village(name: str) -> str:
    """A village's Russian name without the "(часть)" marker of a split village."""
    return strip_suffix(clean(name), ("(часть)",))


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text) and not any(
        "a" <= ch.lower() <= "z" for ch in text
    )


# ------------------------------------------------------------ villages named after a man


# Lexicon lists (places.yaml) of words that are no name to give a unit: common words,
# names far more often people's, and the words that name no unit.
COMMON_WORD_LISTS = ("common_words", "needs_type_word", "not_unit_names",
                     "not_unit_names_russian", "countries")  # fmt: skip
_PLACES = load_lexicon("places")
# The words before a man's name in a unit's name after him ("Им.", "имени"), folded.
NAMED_AFTER_WORDS = frozenset(fold(w) for w in _PLACES["named_after"] + _PLACES["named_after_full"])
# The common words no alias may be (COMMON_WORD_LISTS), folded.
COMMON_WORDS = frozenset(fold(w) for key in COMMON_WORD_LISTS for w in _PLACES[key])


def named_after_alias(name_ru: str) -> str | None:
    """A village's SOATE name after a man, in the Russian genitive ("Им. Суйменкула
    Чокморова", "Им. Кирова", "Атая Огонбаева"), in the nominative without "Им."/"имени"
    ("Суйменкул Чокморов", "Киров", "Атай Огонбаев"), as Kyrgyz text names it
    ("Суйменкул Чокморов айылы"). Without "Им." only a given name and a surname in -ова/
    -ева/-ина ("Малая Шалта" is no person's genitive); None when it is none."""
    words = name_ru.split()
    after_named = bool(words) and fold(words[0]) in NAMED_AFTER_WORDS
    if after_named:
        words = words[1:]
    elif len(words) < 2:
        return None
    nominative = man_nominative(words, any_surname=after_named)
    return " ".join(nominative) if nominative else None


def add_named_after_aliases(records: Mapping[str, NamedUnit]) -> None:
    """Each village named after a man gets its nominative name (`named_after_alias`) as
    an alias, unless that name is already a key of any unit (Им. Ленина -> Ленин, a
    district of Bishkek; Им. Панфилова -> Панфилов, a district) or a common word of the
    lexicon: a unit's name never starts to mean a second unit."""
    taken = {
        fold(n) for r in records.values() for n in (r.name, r.name_ru, r.name_en, *r.aliases) if n
    }
    taken |= COMMON_WORDS
    for rec in records.values():
        alias = named_after_alias(rec.name_ru or "") if rec.level == "village" else None
        if alias is not None and fold(alias) not in taken:
            rec.aliases.append(alias)
