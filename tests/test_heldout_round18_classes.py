"""Failure classes of held-out round 18 (issue 14), each as a rule about the language
or the page's layout: two team-written inputs and a near miss that must not match. The
sentences are the team's own, not the round's documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def _counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


# --- an agency's date line "hh:mm, date, City – host" names its city -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Полпред в Нарынской области открыл школу\n\n"
            "09:15, 3 марта 2022, Нарын - 24.kg, Айбек Осмонов\n\n"
            "Полномочный представитель Президента в Нарынской области открыл новую школу.",
            {"city:Нарын", "oblast:Нарын"},
        ),
        (
            "Ош облусунда жаңы бала бакча ачылды\n\n"
            "11:05, 12-май 2021, Ош – 24.kg, Айгүл Осмонова\n\n"
            "Ош облусунун Ноокат районунда жаңы бала бакча ачылды.",
            {"city:Ош", "oblast:Ош", "district:Ноокат"},
        ),
        # near miss: no agency's host after the dash, the name is the oblast named before
        (
            "Полпред в Нарынской области открыл школу\n\n"
            "09:15, 3 марта 2022, Нарын – центр внимания\n\n"
            "Полномочный представитель Президента в Нарынской области открыл новую школу.",
            {"oblast:Нарын"},
        ),
    ],
)
def test_an_agency_date_line_names_its_city(text, expected):
    assert _places(text) == expected


# --- the event's kind word and verb before "в <city>": where it is held ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Джалал-Абадской области прошел конкурс. Следующий форум пройдет в Джалал-Абаде.",
            {"oblast:Жалал-Абад", "city:Жалал-Абад"},
        ),
        (
            "В Ошской области обсудили бюджет. Семинар запланирован на 5 мая в Оше.",
            {"oblast:Ош", "city:Ош"},
        ),
        # near miss: no event's verb in the clause, the region the text is about
        (
            "В Нарынской области прошел форум. Депутаты в Нарыне одобрили решения.",
            {"oblast:Нарын"},
        ),
    ],
)
def test_an_event_held_in_a_city_named_after_its_verb(text, expected):
    assert _places(text) == expected


# --- a part, a dash for "is", its noun ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жыйынга 120 киши катышты. Алардын 45и – аялдар.", [(120, "exact"), (45, "exact")]),
        (
            "Окууга 60 мугалим катышып, алардын ичинен 38и – жаштар.",
            [(60, "exact"), (38, "exact")],
        ),
        # near miss: the whole is a school's roster, not kept, so its part is none either
        ("Мектепте 450 окуучу окуйт. Алардын 230у – кыздар.", []),
    ],
)
def test_a_part_whose_noun_follows_a_dash(text, expected):
    assert _counts(text) == expected


# --- rows "<place> – N" said as the count's clause opens ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ошскую область представляли 40 делегатов, Нарынскую – 25, Таласскую – 12.",
            [(40, "exact"), (25, "exact"), (12, "exact")],
        ),
        (
            "В Чуйской области в сходах участвовали 40 человек, в Нарынской – 25.",
            [(40, "exact"), (25, "exact")],
        ),
        # near misses: the row's word is no name, or not in the case the clause opens with
        ("В слушаниях участвовали 40 человек, в среднем – 25.", [(40, "exact")]),
        ("В форуме участвовали 40 делегатов, Бишкек – 25.", [(40, "exact")]),
    ],
)
def test_gapped_rows_parallel_to_their_count(text, expected):
    assert _counts(text) == expected


# --- a row's number with a word of its own after it counts that, not the row's people ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Бишкеке участвовали 40 человек, в Оше – 15 автобусов.",
            [(40, "exact")],
        ),
        ("Жыйынга Нарындан 40 киши, Каракол шаарынан 15 автобус келди.", [(40, "exact")]),
        # near misses: a verb of taking part, a list word or a full stop after the row
        ("Жыйынга Нарындан 20 катышуучу, Таластан 15 келди.", [(20, "exact"), (15, "exact")]),
        (
            "Нарындан 20 катышуучу, Таластан 15 жана Ош шаарынан 12 келди.",
            [(20, "exact"), (15, "exact"), (12, "exact")],
        ),
        (
            "Из Чуйской области приехали 25 человек, из Таласской – 15.",
            [(25, "exact"), (15, "exact")],
        ),
    ],
)
def test_a_row_with_a_noun_of_its_own(text, expected):
    assert _counts(text) == expected


# --- rows of a breakdown are no total a figure per unit makes up --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Эң көп өкүл Ак-Суу айыл аймагынан (9) жана Чоң-Таш айыл аймагынан (8) келди, ал эми"
            " калган айыл аймактарынан бештен өкүл катышты.",
            [(9, "exact"), (8, "exact"), (5, "exact")],
        ),
        (
            "Курултайга Нарын районунан (12) жана Ат-Башы районунан (10) өкүл келди, калган"
            " райондордон экиден өкүл катышты.",
            [(12, "exact"), (10, "exact"), (2, "exact")],
        ),
        # near miss: a total of people in the paragraph: the figure per unit is its make-up
        ("Жыйынга 64 өкүл катышты. Ар бир айылдан бештен өкүл келди.", [(64, "exact")]),
    ],
)
def test_a_figure_per_unit_beside_rows_only(text, expected):
    assert _counts(text) == expected


# --- a range of number words whose high end has two words: "он-он беш" -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мурда жыйынга он-он беш гана киши келчү.", [(10, "exact"), (15, "exact")]),
        ("На встречу пришли двадцать-двадцать пять человек.", [(20, "exact"), (25, "exact")]),
        # a scale after the high end scales the low end too
        ("Майрамга он-он беш миң киши чогулду.", [(10000, "exact"), (15000, "exact")]),
        (
            "На митинг вышли двадцать-двадцать пять тысяч человек.",
            [(20000, "exact"), (25000, "exact")],
        ),
        # near miss: the second number is less, no range
        ("Жыйынга отуз-жыйырма беш киши келди.", [(25, "exact")]),
        # near miss: scaled, the second number is still less, no range
        ("Жыйынга отуз-жыйырма беш миң киши келди.", [(25000, "exact")]),
    ],
)
def test_a_word_range_with_a_compound_high_end(text, expected):
    assert _counts(text) == expected


# --- one parent of so many children is a person described ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жыйынга айылдын 80 тургуну катышты. Сөз алган үч баланын энеси Гүлнара Асанова"
            " мектепти мактады.",
            [(80, "exact")],
        ),
        (
            "На сход пришли 120 жителей. Выступила мать пятерых детей Айгуль Осмонова.",
            [(120, "exact")],
        ),
        # near miss: the parents of so many children take part
        ("Жыйынга 40 баланын ата-энеси катышты.", [(40, "exact")]),
    ],
)
def test_a_parent_of_children_is_no_count(text, expected):
    assert _counts(text) == expected


# --- who come to a reception of citizens are served ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Аким провел прием граждан, на который записались 15 человек.", []),
        ("Депутат жарандарды кабыл алды, ага 20 киши келди.", []),
        # near miss: a meeting with residents is an event they take part in
        ("Аким провел встречу с жителями, на которую пришли 300 человек.", [(300, "exact")]),
        # the phrase after other words of the clause, its first stem with "ё"
        ("Мэр провел приём жителей, на который пришли 40 человек.", []),
        ("Калкты кабыл алуу болду, ага 18 тургун келди.", []),
        # near miss: a phrase's first stem without its second word ("прием заявок")
        ("После приема заявок на семинар пришли 25 человек.", [(25, "exact")]),
        # another event named between the reception and the count holds the count
        ("Прием граждан завершился, затем в собрании участвовали 45 человек.", [(45, "exact")]),
        ("Калкты кабыл алуу жана спорт боюнча мелдешке 80 спортчу катышты.", [(80, "exact")]),
        # near miss: a word of the village between them is no event ("айыл" of "айыл жыйын")
        ("Башчы калкты кабыл алды, ага айылдан 20 киши келди.", []),
    ],
)
def test_visitors_of_a_reception_are_no_count(text, expected):
    assert _counts(text) == expected
