"""One folding of names (fold.py): the gazetteer, places, persons, the directory and
evaluation compare names through it, so spellings of one name meet and different
names stay apart."""

from __future__ import annotations

import pytest

from vap_cli.evaluate import fold as eval_fold
from vap_cli.fold import fold
from vap_cli.gazetteer import fold_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Нургүл Жаманкулова", "Нургуль Жаманкулова"),  # ү/у, soft sign
        ("Ысык-Көл", "Ысык Кол"),  # ө/о, hyphen/space
        ("Чоӊ-Алай", "ЧОҢ–АЛАЙ"),  # ӊ/ң, case, en dash
    ],
)
def test_spellings_of_one_name_fold_alike(one: str, other: str) -> None:
    assert fold(one) == fold(other)


def test_different_names_stay_apart() -> None:
    assert fold("Нарын") != fold("Нарыны")  # a letter more is another word
    assert fold("Ош") != fold("Оше")


def test_every_user_compares_with_the_same_fold() -> None:
    name = "Бекболот Асан-уулу"
    assert fold_key(name) == eval_fold(name) == fold(name)
