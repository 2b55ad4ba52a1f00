"""Distributive counts, so many from each unit: cells of the participants sweep.

Russian says them with "по" ("по 3 делегата", "по два специалиста"), Kyrgyz with
a number in the ablative before its noun ("5тен өкүл", "бештен адис"). Under a verb of
taking part, inviting or training they count as any other count (exact, the noun's
who); without one they are a size or seats ("в каждой команде по 5 человек", "3төн
депутат шайланат"), and "по" with the dative plural spreads over units ("по 5
районам"). Beside a count of people in their paragraph they tell its make-up and give
nothing of their own. All sentences are written by the team.
"""

from __future__ import annotations

# value -> Kyrgyz ablative (digits, words)
_KY_NUMBERS: dict[int, tuple[str, str]] = {
    2: ("2ден", "экиден"),
    3: ("3төн", "үчтөн"),
    4: ("4төн", "төрттөн"),
    5: ("5тен", "бештен"),
    6: ("6дан", "алтыдан"),
    10: ("10дон", "ондон"),
    20: ("20дан", "жыйырмадан"),
}
_KY_NOUNS = ("өкүл", "адам", "депутат", "адис", "катышуучу")
_KY_FRAMES = (
    "Ар бир райондон {count} катышты.",
    "Семинарга ар бир айыл өкмөтүнөн {count} чакырылды.",
    "Ар бир облустан {count} окуудан өттү.",
    "Форумга ар бир шаардан {count} келди.",
    "Ар бир аймактан {count} катышат.",
)

# value -> Russian (digits, words) with the noun's agreement: "2" -> "2 представителя"
_RU_NUMBERS: dict[int, tuple[str, str]] = {
    1: ("1", "одному"),
    2: ("2", "два"),
    3: ("3", "три"),
    5: ("5", "пять"),
    10: ("10", "десять"),
}
# noun forms: (after 1, after 2-4, after 5+)
_RU_NOUNS = (
    ("представителю", "представителя", "представителей"),
    ("специалисту", "специалиста", "специалистов"),
    ("депутату", "депутата", "депутатов"),
    ("делегату", "делегата", "делегатов"),
)
_RU_FRAMES = (
    "От каждого района приглашены {count}.",
    "В тренинге приняли участие {count} от каждого айыл окмоту.",
    "На форум прибыли {count} из каждой области.",
    "На сход в каждом селе пригласили {count} от кооперативов.",
    "К участию приглашаются {count} от каждого муниципалитета.",
    "Обучение прошли {count} из каждого айылного аймака.",
)


def _ru_count(value: int, words: bool) -> str:
    digits, word = _RU_NUMBERS[value]
    return word if words or value == 1 else digits


def _ru_noun(value: int, forms: tuple[str, str, str]) -> str:
    return forms[0] if value == 1 else forms[1] if value < 5 else forms[2]


def ky_cells() -> list[tuple[str, str, str]]:
    """(axis, sentence, counts written as in the sweep: "5", "5m")."""
    cells = []
    for value, forms in _KY_NUMBERS.items():
        for words in (False, True):
            for i, noun in enumerate(_KY_NOUNS):
                frame = _KY_FRAMES[(value + i) % len(_KY_FRAMES)]
                count = f"{forms[words]} {noun}"
                cells.append(("ky-distributive", frame.format(count=count), str(value)))
    return cells


def ru_cells() -> list[tuple[str, str, str]]:
    cells = []
    for value in _RU_NUMBERS:
        for words in (False, True):
            for i, forms in enumerate(_RU_NOUNS):
                frame = _RU_FRAMES[(value + i + words) % len(_RU_FRAMES)]
                count = f"по {_ru_count(value, words)} {_ru_noun(value, forms)}"
                cells.append(("ru-distributive", frame.format(count=count), str(value)))
    return cells


# Beside a count of people in the paragraph: the total alone (and ranges, qualifiers).
BESIDE_TOTAL: tuple[tuple[str, str], ...] = (
    ("В семинаре приняли участие по 3-5 представителей от каждого района.", "3 5"),
    ("Ар бир айылдан 5тен ашык адам катышты.", "5m"),
    ("От каждого района прибыли более чем по 4 делегата.", "4m"),
    ("Жолугушууга 40 өкүл катышты. Ар бир райондон 5тен өкүл келди.", "40"),
    ("Ар бир айылдан үчтөн адам чакырылды. Жалпысынан 45 адам катышты.", "45"),
    ("От каждого района приглашены по 3 человека. Всего ожидается 60 участников.", "60"),
    ("Семинар собрал 48 специалистов: от каждого района прибыли по 4 специалиста.", "48"),
    # a count of units beside it is no total of people
    (
        "В тренинге приняли участие 12 муниципалитетов. Позже на него пригласили по 2 "
        "делегата от ассоциаций.",
        "12 2",
    ),
)

# Near misses: so many from each unit that are no count of who takes part.
NEGATIVE: tuple[str, ...] = (
    "В каждый совет избираются по 3 депутата.",
    "Ар бир округдан 3төн депутат шайланат.",
    "Ар бир шайлоо округунан бештен депутат шайланды.",
    "Участники получили по 5 000 сомов.",
    "Ар бир катышуучуга 500дөн сом берилди.",
    "Ар бир үй-бүлөдөн 50 сомдон чогултулду.",
    "Семинары прошли по 2 раза в каждом районе.",
    "Тренинги прошли по 5 районам области.",
    "Встречи прошли по 3 направлениям.",
    "В каждой команде по 5 человек.",
    "Ар бир топто 10дон адам бар.",
    "Саат 10дон катышуучулар каттала башташты.",
    "Топтордо 5тен 10го чейин адам окуйт.",
    "Каждому участнику выдали по 2 сертификата.",
    "Ар бир мектепке экиден компьютер берилди.",
)
