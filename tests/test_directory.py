"""The contact directory: each person once across documents; different people apart."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli
from vap_cli.directory import Sighting, build, directory
from vap_cli.pipeline import parse_path


def _names(entries) -> list[tuple[str, list[str]]]:
    return [(e.name, e.variants) for e in entries]


@pytest.mark.parametrize(
    ("sightings", "expected"),
    [
        # the same folded name: Нургуль / Нургүл
        (
            [
                Sighting("Нургуль Жаманкулова", "a.txt"),
                Sighting("Нургүл Жаманкулова", "b.txt"),
            ],
            [("Нургуль Жаманкулова", ["Нургуль Жаманкулова", "Нургүл Жаманкулова"])],
        ),
        # a misspelt surname sharing a personal e-mail (written in another case)
        (
            [
                Sighting("Чолпон Абдыкадырова", "a.txt", emails=["cabdykadyrova@x.kg"]),
                Sighting("Чолпон Абдыкадырава", "b.txt", emails=["cabdykadyrova@x.kg"]),
            ],
            [("Чолпон Абдыкадырова", ["Чолпон Абдыкадырова", "Чолпон Абдыкадырава"])],
        ),
        # a spelling variant of the given name sharing a personal phone
        (
            [
                Sighting("Айзада Беккулова", "a.txt", phones=["+996555111222"]),
                Sighting("Айзаада Беккулова", "b.txt", phones=["+996555111222"]),
            ],
            [("Айзада Беккулова", ["Айзада Беккулова", "Айзаада Беккулова"])],
        ),
        # initials that fit exactly one full name
        (
            [
                Sighting("Бекболот Бекиев", "a.txt"),
                Sighting("Б. Бекиев", "b.txt"),
            ],
            [("Бекболот Бекиев", ["Бекболот Бекиев", "Б. Бекиев"])],
        ),
    ],
)
def test_merges(sightings: list[Sighting], expected: list[tuple[str, list[str]]]) -> None:
    assert _names(build(sightings)) == expected


@pytest.mark.parametrize(
    "sightings",
    [
        # two people who merely share a surname
        [Sighting("Бекболот Бекиев", "a.txt"), Sighting("Бакыт Бекиев", "b.txt")],
        # two people who share the organisation's phone
        [
            Sighting("Анара Мусаева", "a.txt", phones=["+996312123456"]),
            Sighting("Нургуль Жаманкулова", "a.txt", phones=["+996312123456"]),
        ],
        # similar names, same surname, an office phone shared with a third person
        [
            Sighting("Азамат Бекиев", "a.txt", phones=["+996312123456"]),
            Sighting("Азат Бекиев", "b.txt", phones=["+996312123456"]),
            Sighting("Анара Мусаева", "c.txt", phones=["+996312123456"]),
        ],
        # initials that do not fit
        [Sighting("Бекболот Бекиев", "a.txt"), Sighting("А. Бекиев", "b.txt")],
        # initials that fit two different people
        [
            Sighting("Бекболот Бекиев", "a.txt"),
            Sighting("Бакыт Бекиев", "b.txt"),
            Sighting("Б. Бекиев", "c.txt"),
        ],
        # a man and a woman of one family, sharing the family's phone
        [
            Sighting("Нарынбек Асанов", "a.txt", phones=["+996555111222"]),
            Sighting("Нуржан Асанова", "b.txt", phones=["+996555111222"]),
        ],
        # initials of a woman and the full name of a man of one family
        [Sighting("Нарынбек Асанов", "a.txt"), Sighting("Н. К. Асанова", "b.txt")],
        # similar given names without any shared contact
        [Sighting("Айзада Беккулова", "a.txt"), Sighting("Айзаада Беккулова", "b.txt")],
    ],
)
def test_no_merge(sightings: list[Sighting]) -> None:
    assert len(build(sightings)) == len({s.name for s in sightings})


def test_directory_of_the_samples(sample_paths) -> None:
    found = directory(parse_path(p) for p in sample_paths)
    entries = {e.name: e for e in found if e.kind == "person"}
    assert set(entries) == {
        "Нургуль Жаманкулова",
        "Бекболот Бекиев",
        "Анара Мусаева",
        "Ө. Алманбетов",
    }
    nurgul = entries["Нургуль Жаманкулова"]
    assert nurgul.variants == ["Нургуль Жаманкулова", "Нургүл Жаманкулова"]
    assert set(nurgul.phones) == {"+996770771711", "+996555313385", "+996500313385"}
    assert nurgul.emails == ["njamankulova@dpi.kg"]
    assert set(nurgul.email_spellings) == {"njamankulova@dpi.kg", "NJamankulova@dpi.kg"}
    assert len(nurgul.documents) == 4
    assert len(entries["Бекболот Бекиев"].documents) == 3


def test_contacts_command_json(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(
        "Байланыш: Долбоордун адиси Нургуль Жаманкулова, тел.: 0555 313-385, NJamankulova@dpi.kg",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Нургүл Жаманкуловага кайрылыңыз: njamankulova@dpi.kg. Бакыт Бекиев, тренер.",
        encoding="utf-8",
    )
    out = CliRunner().invoke(cli, ["contacts", str(tmp_path), "--format", "json", "-q"])
    assert out.exit_code == 0, out.output
    entries = json.loads(out.stdout)
    assert [(e["name"], len(e["documents"])) for e in entries] == [
        ("Нургуль Жаманкулова", 2),
        ("Бакыт Бекиев", 1),
    ]
    assert entries[0]["phones"] == ["+996555313385"]
    assert entries[1]["roles"] == ["тренер"]
    assert {e["kind"] for e in entries} == {"person"}


def test_every_phone_and_email_keeps_the_documents_and_dates_it_was_seen_in() -> None:
    (entry,) = build(
        [
            Sighting("Нургуль Жаманкулова", "a.txt", phones=["+996555313385"], issued="2021-03-16"),
            Sighting("Нургүл Жаманкулова", "b.txt", phones=["+996555313385"], emails=["n@x.kg"]),
        ]
    )
    assert entry.seen == {
        "+996555313385": [
            {"document": "a.txt", "issued": "2021-03-16"},
            {"document": "b.txt", "issued": None},
        ],
        "n@x.kg": [{"document": "b.txt", "issued": None}],
    }


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_organisations_are_entries_with_the_contacts_no_person_holds(tmp_path) -> None:
    a = _write(
        tmp_path,
        "a.txt",
        "Бишкек, 2021-жылдын 16-марты.\n"
        "Семинарды Өнүктүрүү саясат институту (ӨСИ) уюштурду.\n"
        "Маалымат үчүн: info@dpi.kg, тел.: 0312 976 530.",
    )
    b = _write(tmp_path, "b.txt", "Проект реализует ИПР. Бакыт Бекиев, тренер.")
    entries = directory([parse_path(a), parse_path(b)])
    (org,) = [e for e in entries if e.kind == "organization"]
    assert (org.name, org.acronyms) == ("Өнүктүрүү саясат институту", ["ӨСИ", "ИПР"])
    assert (org.phones, org.emails) == (["+996312976530"], ["info@dpi.kg"])
    assert org.documents == [str(a), str(b)]
    assert org.seen["info@dpi.kg"] == [{"document": str(a), "issued": "2021-03-16"}]
    assert [e.name for e in entries if e.kind == "person"] == ["Бакыт Бекиев"]


def test_a_body_named_by_the_contact_block_owns_its_contacts(tmp_path) -> None:
    # Russian: the ministry's own release, its press service's line beside the contacts
    a = _write(
        tmp_path,
        "a.txt",
        "12 марта 2024 г. состоялось совещание по бюджету.\n\n"
        + "Участники обсудили исполнение бюджета. " * 20
        + "\n\nПресс-служба Министерства финансов Кыргызской Республики\n"
        "Тел.: 0312 66 13 40, e-mail: press@minfin.kg",
    )
    (org,) = [e for e in directory([parse_path(a)]) if e.kind == "organization"]
    assert org.emails == ["press@minfin.kg"]
    assert org.phones == ["+996312661340"]


def test_a_body_heading_the_page_owns_its_footer_contacts(tmp_path) -> None:
    # The ministry's masthead tops the page; its press office's line is at the foot.
    a = _write(
        tmp_path,
        "a.txt",
        "КЫРГЫЗ РЕСПУБЛИКАСЫНЫН ФИНАНСЫ МИНИСТРЛИГИ\n\n"
        + "Бюджеттин аткарылышы талкууланды. " * 20
        + "\n\nБайланыш: press@minfin.kg",
    )
    (org,) = [e for e in directory([parse_path(a)]) if e.kind == "organization"]
    assert org.emails == ["press@minfin.kg"]


def test_a_body_named_only_far_from_the_contacts_owns_none(tmp_path) -> None:
    # A news page names a ministry in its story; the newsroom's own address in the
    # footer is not the ministry's.
    a = _write(
        tmp_path,
        "a.txt",
        "Доходы бюджета выросли\n\n"
        "Министерство финансов Кыргызской Республики сообщило о росте доходов.\n\n"
        + "Доходы бюджета выросли за квартал на пять процентов. " * 12
        + "\n\nРедакция: news@gazeta.kg, тел.: 0312 90 90 90",
    )
    (org,) = [e for e in directory([parse_path(a)]) if e.kind == "organization"]
    assert (org.phones, org.emails) == ([], [])


def test_contacts_of_a_document_with_two_organisations_go_to_neither(tmp_path) -> None:
    a = _write(
        tmp_path,
        "a.txt",
        "Семинарды ХЕЛВЕТАС жана USAID колдоду. Маалымат үчүн: info@dpi.kg.",
    )
    orgs = [e for e in directory([parse_path(a)]) if e.kind == "organization"]
    assert [e.name for e in orgs] == ["ХЕЛВЕТАС Свисс Интеркооперейшн", "USAID"]
    assert all(not e.emails for e in orgs)


def test_contacts_command_csv_has_kind_and_seen(tmp_path) -> None:
    _write(tmp_path, "a.txt", "Нургуль Жаманкулова, тел.: 0555 313-385. USAID колдоду.")
    out = CliRunner().invoke(cli, ["contacts", str(tmp_path), "--format", "csv", "-q"])
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.stdout_bytes.decode("utf-8"), newline="")))
    assert [(r["name"], r["kind"]) for r in rows] == [
        ("Нургуль Жаманкулова", "person"),
        ("USAID", "organization"),
    ]
    assert rows[0]["seen"] == f"+996555313385: {tmp_path / 'a.txt'}"


def test_contacts_command_fails_on_nothing(tmp_path) -> None:
    out = CliRunner().invoke(cli, ["contacts", str(tmp_path / "missing.txt")])
    assert out.exit_code == 1


# A document whose type line says it is its sender's own (directory.SENDER_DOCUMENT_TYPES):
# its one organisation owns the contacts it prints however far from the body's name.
def test_a_senders_own_letter_gives_its_body_a_reply_address_far_down(tmp_path) -> None:
    a = _write(
        tmp_path,
        "a.txt",
        "Информационное письмо\n\n"
        "Институт политики развития приглашает Вас на совещание "
        "по благоустройству, которое состоится 14 марта 2025 года в г. Оше.\n\n"
        + "Участники обсудят содержание улиц, парков и дворов. " * 8
        + "\n\nПросим подтвердить участие по адресу forum@citykg.kg до 10 марта.",
    )
    (org,) = [e for e in directory([parse_path(a)]) if e.kind == "organization"]
    assert org.emails == ["forum@citykg.kg"]


def test_a_kyrgyz_press_release_gives_its_body_the_contact_line_far_down(tmp_path) -> None:
    a = _write(
        tmp_path,
        "a.txt",
        "Пресс-релиз\n\n"
        "Хельветас Таласта кеңешме өткөрдү.\n\n"
        + "Кеңешмеде көчөлөрдү жана парктарды тейлөө маселелери талкууланды. " * 6
        + "\n\nКенири маалымат үчүн: press@citykg.kg, тел.: 0312 62 38 47",
    )
    (org,) = [e for e in directory([parse_path(a)]) if e.kind == "organization"]
    assert org.emails == ["press@citykg.kg"]
    assert org.phones == ["+996312623847"]


def test_a_news_page_says_it_is_news_and_its_newsroom_address_stays_its_own(tmp_path) -> None:
    # near miss: the type line is the news site's ("Новости"), the body only its story's
    a = _write(
        tmp_path,
        "a.txt",
        "Новости\n\nВ Оше обсудили благоустройство\n\n"
        "Министерство финансов Кыргызской Республики провело совещание в Оше.\n\n"
        + "Участники обсудили содержание улиц, парков и дворов. " * 8
        + "\n\nРедакция: news@gazeta.kg, тел.: 0312 90 90 90",
    )
    (org,) = [e for e in directory([parse_path(a)]) if e.kind == "organization"]
    assert (org.phones, org.emails) == ([], [])
