"""One shared word class where lexicons listed the same words twice, and two layout
leftovers of earlier reviews (tidy63). Each rule: team-written sentences that must give
the record, and a near miss that must not. None of the sentences is a held-out or a real
page's."""

from __future__ import annotations

import pytest

from vap_cli import morph
from vap_cli.extractors.persons import tables
from vap_cli.lexicon import load, words
from vap_cli.normalise.wraps import unwrap
from vap_cli.pipeline import parse_text
from vap_cli.segment.lines_related import card_title, source_pointer


def counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places if p.level != "country"}


# --- one word class: Russian prepositions and conjunctions, Kyrgyz conjunctions and
# postpositions (word_classes.yaml), read by reference (lexicon.words) --------------------


def test_a_list_built_from_word_classes_takes_the_classes_then_its_own_words() -> None:
    classes = load("word_classes")
    built = words({"classes": ["ky_conjunctions", "ky_postpositions"], "plus": ["и"]})
    assert built == (*classes["ky_conjunctions"], *classes["ky_postpositions"], "и")
    assert words(["а", "б"]) == ("а", "б")


def _references(node: object) -> list[dict]:
    if isinstance(node, dict):
        own = [node] if set(node) >= {"classes"} else []
        return own + [ref for value in node.values() for ref in _references(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in _references(item)]
    return []


@pytest.mark.parametrize("lexicon", ["sentences", "persons", "gazetteer_query"])
def test_every_reference_names_word_classes_that_exist(lexicon: str) -> None:
    refs = _references(load(lexicon))
    assert refs
    assert all(name in load("word_classes") for ref in refs for name in ref["classes"])


def test_the_lists_read_the_shared_prepositions() -> None:
    prepositions = set(load("word_classes")["ru_prepositions"])
    assert prepositions <= tables.TITLE_CASE_TELLS
    assert prepositions <= tables.LONE_VERB_PREPOSITIONS
    # postpositions close a sentence: a line ending in one keeps its break
    assert "менен" in tables.TITLE_CASE_TELLS


@pytest.mark.parametrize(
    "text",
    [
        "В семинаре участвовали 40 учителей из сел, расположенных между\nЧуйской и Нарынской областями.",
        "Жыйынга Нарын облусунан келген 40 мугалим жана\nАт-Башы районунан 12 дарыгер катышты.",
    ],
)
def test_a_line_ending_in_a_word_of_the_class_goes_on(text: str) -> None:
    assert "\n" not in unwrap(text)


def test_near_miss_a_line_ending_in_a_postposition_keeps_its_break() -> None:
    text = "Семинар Нарын облусунун мугалимдери үчүн\nЖыйынга 40 мугалим катышты."
    assert "\n" in unwrap(text)


# --- a verb of motion's л is no passive (morph.no_passive_l) ------------------------------
# A verb of motion is intransitive and takes no passive: an -л after a motion verb's vowel
# stem is a reflexive of going ("жөнө-л-дү": set off), and an л ending the motion root
# "кел-" is its own, also fused to a converb ("ап-кел-ди", "алп-кел-ди" of "алып кел-":
# brought). Units in such a clause take part; a vowel stem's passive still closes the
# clause of units acted upon (participants.units_acted_upon).


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("жөнөл", True),
        ("апкел", True),
        ("алпкел", True),
        ("кел", True),
        ("карал", False),
        ("бекемдел", False),
        ("оңдол", False),
    ],
)
def test_a_motion_verbs_l_is_no_passive(stem: str, expected: bool) -> None:
    assert morph.no_passive_l(stem) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жарманкеге 4 ишкана азыктарын алпкелди.", [(4, "exact")]),
        ("Көргөзмөгө 3 мекеме буюмдарын апкелди.", [(3, "exact")]),
        ("Ашарга 6 ишкана жөнөлдү.", [(6, "exact")]),
    ],
)
def test_units_of_a_verb_of_motion_take_part(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize("text", ["Райондо 4 ишкана бекемделди.", "Шаарда 2 мектеп оңдолду."])
def test_near_miss_units_of_a_vowel_stems_passive_are_acted_upon(text: str) -> None:
    assert counts(text) == []


# --- lines_related.source_pointer: "Подробнее — akipress.org" is no card -----------------
# A pointer to the source under an article (a label of lexicon `source_pointer_labels`, a
# colon or a spaced dash, the site's name or address) ends with a dash and a site's name
# as another page's card does, but it is the article's own line: the line under it stays
# the article's.

ARTICLE_KY = (
    "Нарын облусунун Кочкор районунда айыл чарба жарманкеси өттү. Жарманкеге 120 дыйкан катышты.\n"
)
ARTICLE_RU = (
    "В Кочкорском районе Нарынской области прошла сельскохозяйственная ярмарка. "
    "В ней участвовали 120 фермеров.\n"
)


@pytest.mark.parametrize(
    ("article", "pointer", "line", "place"),
    [
        (
            ARTICLE_RU,
            "Подробнее — akipress.org",
            "Следующая ярмарка пройдет в Жумгальском районе",
            "district:Жумгал",
        ),
        (
            ARTICLE_KY,
            "Кененирээк — Kabar.kg",
            "Кийинки жарманке Тоң районунда өтөт",
            "district:Тоң",
        ),
        (
            ARTICLE_KY,
            "Толугураак – 24.kg",
            "Кийинки жарманке Ат-Башы районунда",
            "district:Ат-Башы",
        ),
    ],
)
def test_a_pointer_to_the_source_opens_no_card(
    article: str, pointer: str, line: str, place: str
) -> None:
    assert place in places(article + "\n" + pointer + "\n" + line + "\n")


def test_near_miss_a_rubric_card_under_the_prose_still_opens_one() -> None:
    text = ARTICLE_RU + "\nСпорт — akipress.org\nСледующая ярмарка пройдет в Жумгальском районе\n"
    assert "district:Жумгал" not in places(text)


@pytest.mark.parametrize(
    "line",
    ["Подробнее: www.example.kg/news/fair", "Источник: 24.kg", "Толук маалымат — www.vap.kg"],
)
def test_a_pointers_colon_or_dash_and_address(line: str) -> None:
    assert source_pointer(line)
    assert not card_title(line)


@pytest.mark.parametrize(
    "line", ["Подробнее о ярмарке — akipress.org", "Подробнее читайте на akipress.org"]
)
def test_near_miss_a_label_that_goes_on_is_no_pointer(line: str) -> None:
    assert not source_pointer(line)


# --- a village's bare Russian case form after a preposition of origin or place ------------
# Inside a district the document names with its type word, a bare Russian case form of its
# village is read (russian_small_nouns.py), but not where the name ends like a surname
# (Орозбеков, Баетов, Кичи-Кемин: places.person_name). Right after "из", "в", "во" (lexicon
# `russian_origin_prepositions`), which take no person in that case, it is the village.

KADAMJAY_RU = "В Кадамжайском районе прошла ярмарка.\n\n"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (KADAMJAY_RU + "На ярмарку приехали 20 фермеров из Орозбекова.\n", "village:Орозбеков"),
        (KADAMJAY_RU + "В Орозбекове открыли новый рынок.\n", "village:Орозбеков"),
        (
            "В Ак-Талинском районе прошел турнир.\n\nВ Баетове собрались 30 спортсменов.\n",
            "village:Баетов",
        ),
    ],
)
def test_a_surname_shaped_village_after_a_preposition_of_origin(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    "line", ["Фермеры обратились к Орозбекову.", "Благодарность вручили Орозбекову."]
)
def test_near_miss_a_surname_shaped_village_after_no_such_preposition(line: str) -> None:
    assert "village:Орозбеков" not in places(KADAMJAY_RU + line + "\n")
