"""Two facts a hard-wrapped page breaks over a line (the surface sweep's hard_wrap).

A page wrapped at a width (a copied PDF, an old site) may break a signature's name
after its initial ("Айыл өкмөтүнүн башчысы   А." / "Сыдыкова"), or a home phone after
its area code in brackets ("0 (3547)" / "6-12-40"). An initial ends no name written
initials first (normalise/wraps.py `initial_before_surname` joins the two lines); a
phone's code over its digit groups is read across the one break
(`phones.code_over_break`). Near misses keep their break: a list lettered "А." / "Б."
on lines of their own, a name written surname first that its initials end, a group's
letter ending a sentence on a page wrapped at no width and with no signature's gap, a
year in brackets over a line opening with a count, a table's columns of codes and
numbers.
"""

from __future__ import annotations

import pytest

from vap_cli.extractors.phones import find_phones
from vap_cli.normalise import wraps
from vap_cli.pipeline import explain_text, parse_text

# A signature's gap between the role and the name (a run of spaces, as pages pad it).
_GAP = " " * 30


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Айылдык кеңештин сессиясы өттү. Сессияга 12 депутат катышты.\n\n"
            f"Айыл өкмөтүнүн башчысы{_GAP}А.\nСыдыкова\n",
            "А. Сыдыкова",
        ),
        (
            "В селе прошёл сход жителей. На сходе выступили 40 человек.\n\n"
            f"Глава сельской управы{_GAP}Б.Т.\nОморов\n",
            "Б. Т. Оморов",
        ),
    ],
)
def test_a_name_broken_after_its_initial_is_one_name(text: str, name: str) -> None:
    unwrapped = wraps.unwrap(text)
    assert len(unwrapped) == len(text)
    assert "\n" not in unwrapped.rstrip("\n").rsplit(_GAP, 1)[1]
    assert [p.name for p in parse_text(text).persons] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a list's letters on lines of their own
        "Пункттар:\nА.\nМектептер\nБ.\nООрканалар\n",
        "Разделы отчёта:\nА.\nШколы района\nБ.\nБольницы района\n",
        # a name written surname first ends with its initials; the role opens the next line
        "Сессия өттү.\n\nАсанов Т. Б.\nТорага айылдык кеңештин\n",
        "Сход прошёл.\n\nОморова Б. Т.\nГлава сельской управы\n",
    ],
)
def test_initials_that_close_their_line_keep_the_break(text: str) -> None:
    assert wraps.unwrap(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a page wrapped at no width, no signature's gap: a group's or a class's letter
        # ends a sentence, and the next one opens with a surname
        "Пресс-служба сообщает. В финал вышли команды группы А.\nБакиров забил два гола в субботу.\n",
        "Кубок района забрал 9 класс Б.\nКулматов поздравил учеников с победой.\n",
    ],
)
def test_a_letter_ending_a_sentence_on_an_unwrapped_page_is_no_initial(text: str) -> None:
    assert wraps.unwrap(text) == text
    assert parse_text(text).persons == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кабылдама бөлүмүнүн ишеним телефону: +996 (3622)\n2-14-60\n", ["+996362221460"]),
        ("Справки по телефону 0 (3547)\n6-12-40 в рабочие дни.\n", ["+996354761240"]),
        ("Маалымат үчүн кайрылыңыз (03659)\n4-18-27, жумуш күндөрү.\n", ["+996365941827"]),
    ],
)
def test_a_home_phone_broken_after_its_area_code_is_one_phone(text: str, expected: list) -> None:
    assert [e164 for e164, _, _ in find_phones(text)] == expected
    assert parse_text(text).contacts.phones == expected


@pytest.mark.parametrize(
    "text",
    [
        # a year in brackets over a line opening with a count
        "Жаштар форумунун жыйынтыгы (2024)\n15 катышуучу сыйланды.\n",
        "Итоги конкурса (2023)\n25 участников получили грамоты.\n",
        # a table's columns: a row of codes over a row of numbers
        "0 (3230)   0 (3233)   0 (3234)\n5-12-34   5-22-11   5-33-12\n",
        "Коду\t(03622)\t(03547)\nНомери\t2-14-60\t6-12-40\n",
    ],
)
def test_codes_and_numbers_on_lines_of_their_own_make_no_phone(text: str) -> None:
    assert [number for number in find_phones(text) if "\n" in text[number[1] : number[2]]] == []
    assert parse_text(text).contacts.phones == []


def test_the_phone_read_across_a_break_is_explained() -> None:
    text = "Справки по телефону 0 (3547)\n6-12-40 в рабочие дни.\n"
    kept = [d for d in explain_text(text)[1] if d.kept and d.rule.code.startswith("phones.")]
    assert [d.rule.code for d in kept] == ["phones.code_over_break"]
    # its parts, each a run of digits of its own, are no candidates dropped
    dropped = [d for d in explain_text(text)[1] if not d.kept and d.rule.code.startswith("phones.")]
    assert dropped == []
