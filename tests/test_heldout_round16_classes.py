"""Failure classes of held-out round 16 (issue 14: villages and ayil aimaks), each as a
rule about the language or the page's layout: two team-written inputs and a near miss
that must not match. The sentences are the team's own, not the round's documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


# --- a Russian case form of a village of the district the document types --------------------
# ("в Котовском", "из Сретенки"): a Russian text about a district names its villages bare,
# as a Kyrgyz one does; elsewhere a bare Russian noun is read for large units only.

_RUSSIAN_VILLAGES_OF_THE_DISTRICT = [
    (
        "В Иссык-Атинском районе отремонтировали дороги. Новый мост построили в "
        "Котовском, а школу — в Дмитриевке.",
        {"district:Ысык-Ата", "village:Котовское", "village:Дмитриевка"},
    ),
    (
        "Аким Московского района встретился с жителями. Жалобы поступили из Сретенки и Заводского.",
        {"district:Москва", "village:Сретенка", "village:Заводское"},
    ),
    # a name of an adjective and a noun, both in their case
    (
        "В Иссык-Атинском районе провели сход. Воду подадут и в Горной Серафимовке.",
        {"district:Ысык-Ата", "village:Горная Серафимовка"},
    ),
    (
        "В Сокулукском районе ремонтируют дороги. Асфальт положат и в Малой Шалте.",
        {"district:Сокулук", "village:Малая Шалта"},
    ),
    ("Асфальт положат и в Малой Шалте.", set()),
    # near misses: no district typed; another district than the villages'; a surname
    ("Жалобы поступили из Сретенки и Заводского.", set()),
    (
        "Аким Иссык-Атинского района встретился с жителями. Жалобы поступили из "
        "Сретенки и Заводского.",
        {"district:Ысык-Ата"},
    ),
    ("Аким Московского района встретился с Петровым.", {"district:Москва"}),
]


@pytest.mark.parametrize(("text", "expected"), _RUSSIAN_VILLAGES_OF_THE_DISTRICT)
def test_a_russian_case_of_a_village_of_the_typed_district(text: str, expected: set[str]):
    assert _places(text) == expected


def _counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


# --- rows of a dash list, one a line: a typed row types the bare rows ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ат-Башы районунда ашар өттү. Катышуучулар:\n- Ак-Муз айыл аймагы — 40;\n"
            "- Кара-Коюн — 35;\n- Казыбек — 20.",
            {"district:Ат-Башы", "ayil_aimak:Ак-Муз", "ayil_aimak:Кара-Коюн", "ayil_aimak:Казыбек"},
        ),
        (
            "Кочкор районунда жыйын өттү. Катышкандар:\n- Чолпон айыл аймагы — 12;\n"
            "- Семиз-Бел — 9;\n- Көк-Жар — 7.",
            {"district:Кочкор", "ayil_aimak:Чолпон", "ayil_aimak:Семиз-Бел", "ayil_aimak:Көк-Жар"},
        ),
    ],
)
def test_a_typed_row_types_the_bare_rows_of_its_list(text: str, expected: set[str]):
    assert _places(text) == expected


def test_rows_with_no_typed_row_are_read_one_by_one():
    # near miss: no row says what the rows are: each bare name is read by itself
    places = _places("Кочкор районунда жыйын өттү. Катышкандар:\n- Семиз-Бел — 9;\n- Көк-Жар — 7.")
    assert "ayil_aimak:Семиз-Бел" not in places
    assert "ayil_aimak:Көк-Жар" not in places


# --- a list with no type word of names the document typed before: that level again ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ат-Башы районундагы Ак-Муз жана Казыбек айылдарында суу түтүгү тартылды. Ак-Муз "
            "менен Казыбектин ортосундагы жол да оңдолду.",
            {"district:Ат-Башы", "village:Ак-Муз", "village:Казыбек"},
        ),
        (
            "Кочкор районунун Чолпон жана Семиз-Бел айылдарына мектеп курулат. Чолпон менен "
            "Семиз-Белдин балдары бир мектепте окушат.",
            {"district:Кочкор", "village:Чолпон", "village:Семиз-Бел"},
        ),
        # near miss: nothing typed before: the list's own reading (the ayil aimaks)
        (
            "Кочкор районунда жыйын өттү. Чолпон менен Семиз-Белдин балдары бир мектепте окушат.",
            {"district:Кочкор", "ayil_aimak:Чолпон", "ayil_aimak:Семиз-Бел"},
        ),
    ],
)
def test_a_bare_list_of_names_typed_before_keeps_their_level(text: str, expected: set[str]):
    assert _places(text) == expected


# --- a village of the document's district or ayil aimak, a town or city of another unit ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city Кара-Суу is Ош oblast's; Алай district holds a village Кара-Суу
        (
            "Алай районунда жаңы мектеп ачылды. Мектепке Кара-Суудан да балдар келишет.",
            {"district:Алай", "village:Кара-Суу"},
        ),
        (
            "В Алайском районе открыли новую школу. В неё будут ходить и дети из Кара-Суу.",
            {"district:Алай", "village:Кара-Суу"},
        ),
        # the city Кочкор-Ата is Ноокен's; Өзгөн's Кызыл-Октябрь holds a village of the name
        (
            "Өзгөн районундагы Кызыл-Октябрь айыл аймагында көпүрө курулду. Эми "
            "Кочкор-Атанын тургундары базарга жакын жол менен барышат.",
            {"district:Өзгөн", "ayil_aimak:Кызыл-Октябрь", "village:Кочкор-Ата"},
        ),
        # near misses: no unit typed; the typed district holds the city itself
        ("Мектепке Кара-Суудан да балдар келишет.", {"city:Кара-Суу"}),
        # ... or a city of an oblast's own (no district), named bare as an oblast's centre
        # is: Ак-Суу and Жети-Өгүз hold villages Каракол, Ноокен one Кызыл-Кыя
        (
            "Ак-Суу районунда спорт мелдеши өттү. Жеңүүчүлөр Караколдогу облустук "
            "мелдешке барышат.",
            {"district:Ак-Суу", "city:Каракол"},
        ),
        (
            "Сузак районунда жарманке өттү. Товарлардын бир бөлүгүн Кызыл-Кыядан алып келишти.",
            {"district:Сузак", "city:Кызыл-Кыя"},
        ),
        (
            "Ноокен районунда жол оңдолду. Кочкор-Атанын тургундары ыраазы.",
            {"district:Ноокен", "city:Кочкор-Ата"},
        ),
    ],
)
def test_a_village_of_the_documents_unit_not_a_town_elsewhere(text: str, expected: set[str]):
    assert _places(text) == expected


# --- the site's name over the page names no unit ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the copyright line repeats the first line: the site's name
        (
            "Ысык-Көл облусунун жаңылыктары\n\nТоң районунда көпүрө курулду.\n\n© 2022 Ысык-Көл "
            "облусунун жаңылыктары. Бардык укуктар корголгон.",
            {"district:Тоң"},
        ),
        (
            "Вести Баткенской области\n\nВ Лейлекском районе открыли школу.\n\n© 2021 Вести "
            "Баткенской области",
            {"district:Лейлек"},
        ),
        # a dash after the name says what publication it is; a byline repeats it
        (
            "НАРЫН ЖАҢЫЛЫКТАРЫ — облустук коомдук-саясий гезит\n\nКочкор районунда жыйын "
            "өттү.\n\nАсан Асанов, «Нарын жаңылыктары»",
            {"district:Кочкор"},
        ),
        (
            "ОШ ШАМЫ — шаардык коомдук-саясий гезит\n\nКара-Суу районунда ашар өттү.",
            {"district:Кара-Суу"},
        ),
        # near misses: the site of a unit's own office names its unit; a first line that
        # no copyright line repeats, and whose dash says no publication, is content
        (
            "НАРЫН ОБЛУСТУК МАМЛЕКЕТТИК АДМИНИСТРАЦИЯСЫ\n\nКочкор районунда жыйын өттү.\n\n© "
            "Нарын облустук мамлекеттик администрациясы, 2024",
            {"oblast:Нарын", "district:Кочкор"},
        ),
        (
            "Вести Баткенской области\n\nВ Лейлекском районе открыли школу.",
            {"oblast:Баткен", "district:Лейлек"},
        ),
        (
            "Нарын облусу — Кыргызстандын эң бийик аймагы\n\nКочкор районунда жыйын өттү.",
            {"oblast:Нарын", "district:Кочкор", "country:Кыргызстан"},
        ),
        # a site's name of one word, a unit's: over the page only, not the unit's name
        # wherever the text names the unit
        (
            "ТАЛАС — облустук коомдук-саясий гезит\n\nТалас облусунда жыйын өттү. Талас "
            "шаарынан 40 киши катышты.",
            {"oblast:Талас", "city:Талас"},
        ),
        (
            "БАТКЕН — облустук гезит\n\nБаткен облусунун Лейлек районунда мектеп ачылды.",
            {"oblast:Баткен", "district:Лейлек"},
        ),
    ],
)
def test_the_sites_name_names_no_unit(text: str, expected: set[str]):
    assert _places(text) == expected


# --- a given name in a Russian case after a type word, before a surname: the head's name -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Отчет подписан главой айыл окмоту Курманбеком Токтосуновым.", set()),
        ("Вопрос обсудили с главой айылного аймака Атаем Ыбраевым.", set()),
        # near miss: no surname after it: the ayil aimak in its case
        ("Работы прошли в айыл окмоту Курманбеке.", {"ayil_aimak:Курманбек"}),
    ],
)
def test_a_given_name_in_a_russian_case_before_a_surname(text: str, expected: set[str]):
    assert _places(text) == expected


# --- a woman's given name in the genitive before a surname that never declines ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По словам заместителя акима района Валентины Кравченко, работы завершатся летом.",
            ["Валентина Кравченко"],
        ),
        ("Письмо подписано при участии Ольги Бондаренко.", ["Ольга Бондаренко"]),
        ("Отчет получен у Натальи Шевченко.", ["Наталья Шевченко"]),
        # near miss: the nominative stays as written
        ("Выступила Светлана Кравченко.", ["Светлана Кравченко"]),
    ],
)
def test_a_womans_genitive_before_an_indeclinable_surname(text: str, expected: list[str]):
    assert [p.name for p in parse_text(text).persons] == expected


# --- a Kyrgyz type word after a name types it, not a word before it that may be Russian's ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кочкор районунда нөшөр жаады. Сел Семиз-Бел айыл аймагындагы жайыттарды бузду.",
            {"district:Кочкор", "ayil_aimak:Семиз-Бел"},
        ),
        (
            "Ат-Башы районунда жаз катуу болду. Сел Кара-Коюн айыл аймагына да жетти.",
            {"district:Ат-Башы", "ayil_aimak:Кара-Коюн"},
        ),
        # near miss: no Kyrgyz type word after the names: the Russian one before types them
        (
            "В Ат-Башинском районе жители сел Кара-Коюн и Казыбек собрались на сход.",
            {"district:Ат-Башы", "village:Кара-Коюн", "village:Казыбек"},
        ),
    ],
)
def test_a_kyrgyz_type_word_after_the_name_types_it(text: str, expected: set[str]):
    assert _places(text) == expected


# --- a village named after a man: his full name before its type word -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ат-Башы районундагы Казыбек айыл аймагына караштуу Бектур Асанов айылында мектеп "
            "ачылды.",
            {"district:Ат-Башы", "ayil_aimak:Казыбек", "village:Бектур Асанов"},
        ),
        (
            "Кочкор районунун Чолпон айыл аймагындагы Жумабек Токтогулов айылында клуб оңдолду.",
            {"district:Кочкор", "ayil_aimak:Чолпон", "village:Жумабек Токтогулов"},
        ),
        # near miss: the head after his title, before the ayil aimak he heads
        (
            "Кочкор районунда Чолпон айыл аймагынын башчысы Бакыт Осмонов айыл аймагына "
            "караштуу айылдарды кыдырды.",
            {"district:Кочкор", "ayil_aimak:Чолпон"},
        ),
    ],
)
def test_a_village_named_after_a_man_by_his_full_name(text: str, expected: set[str]):
    assert _places(text) == expected
