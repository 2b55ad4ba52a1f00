"""Duplicates: the same words make an exact duplicate whatever the typography;
small edits or another header make a near duplicate; candidates come from
MinHash/LSH blocking, never from comparing every pair."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from vap_cli import dedupe
from vap_cli.dedupe import find_duplicates, fingerprint

RELEASE = (
    "2020-жылдын 9-мартында Бишкек шаарында Кыргыз Республикасынын Жергиликтүү өз алдынча "
    "башкаруулардын Союзунун 2020-2025-жылдарга стратегиясынын долбоорун талкуулоо болуп өттү. "
    "Иш-чарага 35 адам катышты, алардын ичинде айыл өкмөтүнүн башчылары жана депутаттар бар. "
    "Талкуулоонун жыйынтыгы боюнча жумушчу топ стратегиянын долбоорун толуктап иштеп чыгууга киришти."
)


@pytest.mark.parametrize(
    "variant",
    [
        RELEASE.upper(),  # case
        RELEASE.replace(" ", "\u00a0").replace("кең", "кеӊ"),  # typography, look-alike letters
        RELEASE.replace("Бишкек", "Бишкeк"),  # a Latin e inside a Cyrillic word
        RELEASE.replace(". ", ".\r\n\r\n"),  # layout
        "«" + RELEASE.replace("-", " – ") + "»",  # quotes and dashes
    ],
)
def test_same_words_are_an_exact_duplicate(variant: str) -> None:
    assert fingerprint(variant).exact == fingerprint(RELEASE).exact
    [group] = find_duplicates([("a.txt", RELEASE), ("b.txt", variant)])
    assert [(m.path, m.kind, m.similarity) for m in group.members] == [
        ("a.txt", "kept", 1.0),
        ("b.txt", "exact", 1.0),
    ]


@pytest.mark.parametrize(
    "variant",
    [
        "ПРЕСС-РЕЛИЗ\nКыргызстан, Бишкек\n" + RELEASE,  # another header
        RELEASE.replace("35 адам", "36 адам"),  # a corrected number
        RELEASE.replace("болуп өттү", "өттү") + " Маалымат кызматы.",  # an edit and a signature
    ],
)
def test_small_edits_are_a_near_duplicate(variant: str) -> None:
    [group] = find_duplicates([("a.txt", RELEASE), ("b.txt", variant)])
    assert group.members[1].kind == "near"
    assert 0.9 <= group.members[1].similarity < 1.0


def test_another_release_is_not_a_duplicate() -> None:
    other = (
        "2017-жылдын 24-октябрынан 17-ноябрына чейинки аралыкта Ош жана Нарын облустарынын "
        "райондук борборлорунда бир күндүк семинар-тренингдер болуп өтөт. Иш-чараларга "
        "жалпысынан 240 адамдын катышуусу пландаштырылган."
    )
    assert find_duplicates([("a.txt", RELEASE), ("b.txt", other)]) == []


def test_threshold_decides_what_is_near() -> None:
    variant = "ПРЕСС-РЕЛИЗ\nКыргызстан, Бишкек\n" + RELEASE
    assert find_duplicates([("a", RELEASE), ("b", variant)], threshold=0.9)
    assert not find_duplicates([("a", RELEASE), ("b", variant)], threshold=0.99)


def test_near_duplicates_of_the_first_join_its_group_kept_first_in_input_order() -> None:
    second = RELEASE + " Кошумча сүйлөм."
    third = second + " Дагы бир кошумча."
    [group] = find_duplicates([("c", third), ("a", RELEASE), ("b", second)], threshold=0.9)
    assert group.kept == "c"
    assert group.duplicates == ["a", "b"]


# Two releases of one template: A~B and B~C at or above 0.95, A~C below it.
TWICE = RELEASE + " " + RELEASE.replace("2020", "2021")
EDITS_OF_B = [
    ("Бишкек шаарында", "Ош шаарында"),
    ("35 адам", "40 адам"),
    ("айыл өкмөтүнүн башчылары", "мугалимдер"),
]
EDITS_OF_C = [
    ("Бишкек шаарында", "Нарын шаарында"),
    ("35 адам", "50 адам"),
    ("айыл өкмөтүнүн башчылары", "дарыгерлер"),
]


def _edited(text: str, edits: list[tuple[str, str]], last: bool = False) -> str:
    """`text` with each edit made once: at its first place, or at its last."""
    for old, new in edits:
        text = (
            text[::-1].replace(old[::-1], new[::-1], 1)[::-1] if last else text.replace(old, new, 1)
        )
    return text


def test_no_chaining_each_member_is_a_near_duplicate_of_the_kept_one() -> None:
    """Finding 5 of walk23: members at 0.87 joined a 0.9 group through others."""
    a = TWICE
    b = _edited(a, EDITS_OF_B)
    c = _edited(b, EDITS_OF_C, last=True)
    words = {name: fingerprint(text).words for name, text in (("a", a), ("b", b), ("c", c))}
    assert dedupe.similarity(words["a"], words["b"]) >= 0.95
    assert dedupe.similarity(words["b"], words["c"]) >= 0.95
    assert dedupe.similarity(words["a"], words["c"]) < 0.95
    [group] = find_duplicates([("a", a), ("b", b), ("c", c)], threshold=0.95)
    assert (group.kept, group.duplicates) == ("a", ["b"])
    [group] = find_duplicates([("b", b), ("a", a), ("c", c)], threshold=0.95)
    assert (group.kept, group.duplicates) == ("b", ["a", "c"])  # both near b
    assert all(m.similarity >= 0.95 for m in group.members)


def test_a_templated_corpus_keeps_one_pair_per_member_not_every_pair() -> None:
    """n near copies of one release (another count in each): the old union-find kept
    and wrote every pair above the threshold, n*(n-1)/2 (4.26 M pairs, 631 MB for
    5,000 files); one pair per member now, each scored against the kept one."""
    n = 80
    texts = [(f"r{i}", TWICE.replace("35 адам", f"{100 + i} адам", 1)) for i in range(n)]
    heads = dedupe._Heads(dedupe._rows_per_band(0.9))
    groups = find_duplicates(texts, threshold=0.9, heads=heads)
    assert sum(len(g.members) for g in groups) == n  # all alike: one group, or a few
    assert sum(len(g.pairs) for g in groups) == n - len(groups)
    assert heads.scored <= n * len(groups)
    assert len(groups) <= 2


def test_empty_texts_are_not_duplicates_of_each_other() -> None:
    assert find_duplicates([("a", ""), ("b", "  ...  ")]) == []


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
def test_thousands_of_documents_without_comparing_every_pair(monkeypatch) -> None:
    rng = random.Random(7)
    vocabulary = sorted(set(RELEASE.split())) + [f"сөз{n}" for n in range(3000)]
    texts = [(f"doc{i}", " ".join(rng.choices(vocabulary, k=300))) for i in range(3000)]
    for i in range(40):  # 40 near duplicates: one word changed
        words = texts[i][1].split()
        words[100] = "өзгөртүлгөн"
        texts.append((f"edited{i}", " ".join(words)))
    calls = 0
    exact_similarity = dedupe.similarity

    def counting(a: str, b: str, cutoff: float = 0.0) -> float:
        nonlocal calls
        calls += 1
        return exact_similarity(a, b, cutoff)

    monkeypatch.setattr(dedupe, "similarity", counting)
    started = time.perf_counter()
    groups = find_duplicates(texts)
    elapsed = time.perf_counter() - started
    assert sorted(g.duplicates[0] for g in groups) == sorted(f"edited{i}" for i in range(40))
    assert calls < 3 * len(texts)  # a naive run would make 4.6 million comparisons
    assert elapsed < 20


# A code page without ң, ө and ү (cp1251) writes each as "?".
LOST_TO_QUESTION_MARKS = str.maketrans("ңөүҢӨҮ", "??????")
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_a_copy_that_lost_its_kyrgyz_letters_is_a_near_duplicate() -> None:
    """Sample 000 saved in a code page without ң, ө, ү: a "?" splits hundreds of its
    words into pieces, which shared few shingles with the original; the letters are
    read back (as `vap parse` does) before the words are compared."""
    text = (SAMPLES / "000_7de6523ac942d557.txt").read_text(encoding="utf-8")
    lossy = text.translate(LOST_TO_QUESTION_MARKS)
    assert lossy.count("?") > 100  # the damage is wide
    [group] = find_duplicates([("a.txt", text), ("b.txt", lossy)])
    assert group.members[1].path == "b.txt" and group.members[1].kind == "near"


def test_two_releases_that_lost_their_letters_stay_apart() -> None:
    """Near miss: two different releases, both saved without ң, ө, ү."""
    first, second = (
        (SAMPLES / name).read_text(encoding="utf-8").translate(LOST_TO_QUESTION_MARKS)
        for name in ("000_7de6523ac942d557.txt", "002_3d7c7275433fab36.txt")
    )
    assert find_duplicates([("a.txt", first), ("b.txt", second)]) == []


# Releases of one template: an office's series, another date, place, count and phone in each.
def _series(template: str, rows: list[tuple[str, ...]]) -> list[tuple[str, str]]:
    return [(f"r{i}", template.format(*row)) for i, row in enumerate(rows)]


KYRGYZ_SERIES = (
    "{0}-жылдын {1}-мартында {2} районунда жергиликтүү өз алдынча башкаруу органдарынын "
    "кызматкерлери үчүн эки күндүк семинар-тренинг өттү. Иш-чарага {3} адам катышты, "
    "алардын ичинде {4} депутат бар. Семинардын жүрүшүндө катышуучулар жергиликтүү "
    "бюджетти түзүү, коомдук угуулар жана жарандардын катышуусу боюнча маалымат алышты. "
    "Кошумча маалымат алуу үчүн байланышсаңыз болот: тел. 0555 {5}."
)
RUSSIAN_SERIES = (
    "{0} года {1} марта в {2} районе прошёл двухдневный семинар для сотрудников органов "
    "местного самоуправления. В семинаре приняли участие {3} человек, из них {4} депутатов. "
    "Участники обсудили формирование местного бюджета, общественные слушания и участие "
    "граждан в принятии решений. Справки по телефону 0312 {5}."
)


@pytest.mark.parametrize(
    ("template", "rows"),
    [
        (
            KYRGYZ_SERIES,
            [
                ("2022", "12", "Сокулук", "41", "13", "958 422"),
                ("2017", "28", "Ак-Талаа", "103", "34", "424 431"),
            ],
        ),
        (
            RUSSIAN_SERIES,
            [
                ("2019", "5", "Кочкорском", "57", "12", "62 18 40"),
                ("2021", "17", "Тонском", "35", "9", "55 71 02"),
            ],
        ),
    ],
)
def test_releases_of_one_template_with_other_numbers_are_different_events(template, rows):
    """Finding 5 of walk23: 500 releases of one template (another date, count and
    phone) became 2 records with --dedupe. Their words are near (>= 0.9), their
    numbers are not: they are different events."""
    texts = _series(template, rows)
    first, second = (fingerprint(text) for _, text in texts)
    assert dedupe.similarity(first.words, second.words) >= 0.9
    assert not dedupe.numbers_agree(first, second)
    assert find_duplicates(texts) == []


def test_a_repost_with_a_corrected_count_and_a_dated_header_stays_near() -> None:
    """Near miss: the same release, one count corrected and a header with its date."""
    [(_, original)] = _series(KYRGYZ_SERIES, [("2022", "12", "Сокулук", "41", "13", "958 422")])
    repost = "Жарыяланды: 14.03.2022\n" + original.replace("41 адам", "42 адам")
    [group] = find_duplicates([("a", original), ("b", repost)])
    assert group.duplicates == ["b"]


def _templated_folder(n: int) -> list[tuple[str, str]]:
    rng = random.Random(n)
    rows = [
        (
            str(rng.randint(2012, 2026)),
            str(rng.randint(1, 28)),
            "Сокулук",
            str(rng.randint(10, 300)),
            str(rng.randint(2, 40)),
            f"{rng.randint(100, 999)} {i:03d}",
        )
        for i in range(n)
    ]
    return _series(KYRGYZ_SERIES, rows)


def test_a_templated_folder_costs_linear_work_not_quadratic() -> None:
    """Every release of a template shares the boilerplate's bands with every head
    before it, and at 0.99 none is near another, so each heads a group: without a
    bound each was scored against all the heads before it (n^2/2). The heads read and
    the similarities scored grow with n, at 4x the folder well under the 16x a
    quadratic scan would do."""
    work = []
    for n in (150, 600):
        heads = dedupe._Heads(dedupe._rows_per_band(0.99))
        assert find_duplicates(_templated_folder(n), threshold=0.99, heads=heads) == []
        work.append(getattr(heads, "read", 0) + heads.scored)
    assert work[1] < 6 * work[0]
    assert heads.scored <= dedupe.HEADS_SCORED_MAX * 600
