"""Failure classes of held-out round 8 (blind pages written like real ones), each as
a rule about the language or the layout: two team-written inputs that must give the
record's field, and a near miss that must not (none of the sentences is round 8's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


# --- a site's address under its copyright line names its place -------------------------------
# (conventions silent; the blind writers of rounds 7, 9 and 10 read a footer's address as
# content, round 8's as chrome: the majority, and the analyst who files a page by its
# body's town, decide)


@pytest.mark.parametrize(
    "footer",
    [
        (
            "© 2024 Агентство. Все права защищены.\nАдрес: 720040, г. Бишкек, ул. Киевская, 96\n",
            "city:Бишкек",
        ),
        ("Бардык укуктар корголгон.\nДарек: Ош шаары, Ленин көчөсү, 205\n", "city:Ош"),
    ],
)
def test_an_address_under_the_copyright_footer_names_its_place(footer: tuple[str, str]) -> None:
    text = (
        "В Кеминском районе прошел семинар для молодежи, его провели специалисты районной"
        " администрации.\n\n" + footer[0]
    )
    assert places(text) == {"district:Кемин", footer[1]}


def test_prose_after_the_copyright_line_is_content() -> None:
    # near miss: a long line of prose after the copyright line is no footer
    text = (
        "© Фото: пресс-служба\n\nВ Кеминском районе прошел семинар для молодежи, на него"
        " приехали специалисты из города Бишкек и села Кызыл-Суу.\n"
    )
    assert "city:Бишкек" in places(text)
