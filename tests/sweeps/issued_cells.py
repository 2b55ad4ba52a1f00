"""The cells of the issued-date layout sweep (issue 14): how news and government sites of
Kyrgyzstan (state agencies, oblast and district administrations, ayil okmotu pages,
news agencies, newspapers, NGO sites, social posts copied to text) lay out the date of
a page, in Russian and Kyrgyz, each layout a class.

Every cell is a team-written page excerpt (page chrome, a headline, the date line,
prose) and the issued date it must give (None: no issued date). The formats are
generated from a day (two days, so that a one-digit day and another month are swept
too) with the month names of lexicon/dates.yaml; the layouts wrap them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vap_cli import gazetteer
from vap_cli.dategrammar import LEX


@dataclass(frozen=True)
class Cell:
    """A page excerpt of one layout class and the issued date it must give."""

    cls: str
    text: str
    issued: str | None
    # the other dates it must give (the first day of each); page chrome gives none
    dates: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        return f"{self.cls}: {self.text[:70]!r}"


@dataclass(frozen=True)
class Day:
    year: int
    month: int
    day: int

    @property
    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def yearless(self) -> str:
        return f"--{self.month:02d}-{self.day:02d}"

    def _month(self, key: str) -> str:
        return str(LEX["months"][self.month - 1][key])

    @property
    def gen(self) -> str:  # "марта"
        return self._month("ru_genitive")

    @property
    def ky(self) -> str:  # "март"
        return self._month("ky")

    @property
    def short(self) -> str:  # "мар"
        return str(LEX["months"][self.month - 1].get("ru_short", [self.gen])[0])

    @property
    def num(self) -> str:  # "12.03.2024"
        return f"{self.day:02d}.{self.month:02d}.{self.year}"


DAYS = (Day(2024, 3, 12), Day(2019, 11, 5))

HEAD_RU = "В Нарыне прошёл семинар по местному бюджету"
HEAD_KY = "Нарын районунда жергиликтүү бюджет боюнча семинар өттү"
PROSE_RU = (
    "В Нарынском районе прошёл семинар по местному бюджету. В нём участвовали 30 "
    "человек из пяти айыл окмоту."
)
PROSE_KY = (
    "Нарын районунда жергиликтүү бюджет боюнча семинар өттү. Ага беш айыл өкмөтүнөн 30 "
    "киши катышты."
)

Format = Callable[[Day], str]

# --- the date line's formats ----------------------------------------------------------------

# A date and its time, as the sites print it under a headline (Russian).
FORMATS_RU: tuple[Format, ...] = (
    lambda d: f"{d.num}, 14:35",
    lambda d: f"14:35, {d.day} {d.gen} {d.year}",
    lambda d: f"{d.day} {d.gen} {d.year} г. в 10:15",
    lambda d: f"{d.day} {d.gen} {d.year} года, 10:15",
    lambda d: f"{d.day} {d.gen} {d.year}г., 14:35",
    lambda d: f"{d.day} {d.gen} {d.year} 14:35",
    lambda d: f"{d.day} {d.gen}, {d.year}",
    lambda d: f"{d.day} {d.gen.upper()} {d.year}",
    lambda d: f"{d.iso}T14:35",
    lambda d: f"{d.iso}T14:35:00+06:00",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year} 14:35",
    lambda d: f"{d.day} {d.short} {d.year}",
    lambda d: f"{d.day} {d.short}. {d.year}",
    lambda d: f"{d.day} {d.short} {d.year}, 14:35",
    lambda d: f"{d.day} {d.short}. {d.year} г., 14:35",
    lambda d: f"{d.num} в 14:35",
    lambda d: f"{d.num} | 14:35",
    lambda d: f"14:35 / {d.num}",
    lambda d: f"{d.num} 14:35:20",
    lambda d: f"{d.num}г.",
    lambda d: f"{d.num} · 14:35",
    lambda d: f"{d.num}, 14:35 (обновлено 28.12.{d.year}, 16:20)",
    lambda d: f"{d.num}, 14:35 (обновлено 16:20 28.12.{d.year})",
    lambda d: f"{d.day} {d.ky.capitalize()} {d.year}",
    lambda d: f"{d.day} {d.ky.capitalize()} {d.year} 14:35",
    lambda d: f"{d.ky.capitalize()} {d.day}, {d.year}",
    lambda d: f"Бишкек, {d.num} 14:35",
    lambda d: f"{d.iso} 14:35:00",
    lambda d: f"14:35 | {d.num}",
    lambda d: f"{d.day} {d.gen} {d.year} г. | 14:35 | Бишкек",
    lambda d: f"{d.day:02d}-{d.short}-{d.year}, 14:35",
)
# ... and Kyrgyz.
FORMATS_KY: tuple[Format, ...] = (
    lambda d: f"{d.day} {d.ky.capitalize()} {d.year}",
    lambda d: f"{d.day}-{d.ky}, {d.year}-жыл 14:35",
    lambda d: f"{d.year}-жылдын {d.day}-{d.ky}ы, 14:35",
    lambda d: f"{d.day} {d.ky} {d.year}-ж.",
    lambda d: f"{d.num}-ж. 14:35",
    lambda d: f"{d.day}-{d.ky} {d.year}, 14:35",
    lambda d: f"14:35 / {d.day}-{d.ky}, {d.year}",
    lambda d: f"{d.day}-{d.ky} {d.year}-жыл",
    lambda d: f"{d.day}-{d.ky}, {d.year}",
    lambda d: f"{d.day}-{d.ky} {d.year}-жыл, 14:35",
    lambda d: f"{d.ky.capitalize()} {d.day}, {d.year}",
    lambda d: f"{d.num} 14:35",
    lambda d: f"{d.year}-ж., {d.day}-{d.ky}",
    lambda d: f"{d.num}-жыл",
)
# A posting label before the date (CMS and site templates).
LABELLED_RU: tuple[Format, ...] = (
    lambda d: f"Дата: {d.num}",
    lambda d: f"Опубликовано {d.day} {d.short} {d.year}",
    lambda d: f"Опубликовано: {d.num} | Обновлено: 28.12.{d.year}",
    lambda d: f"Опубликовано: {d.num}, 14:35 Обновлено: 28.12.{d.year}, 09:00",
    lambda d: f"Дата публикации: {d.day} {d.gen} {d.year} г.",
    lambda d: f"Дата публикации: {d.num} 14:35 Просмотров: 356",
    lambda d: f"Размещено: {d.num}",
    lambda d: f"Добавлено: {d.day} {d.gen} {d.year} в 14:35",
    lambda d: f"Создано: {d.num} 14:35",
    lambda d: f"Опубликовано: {d.num} 14:35 | Автор: admin | Просмотров: 356",
    lambda d: f"Posted on {d.num} by admin",
    lambda d: f"Опубликовано {d.num} автором admin",
    lambda d: f"Дата публикации: {d.num} | Дата обновления: 28.12.{d.year}",
    lambda d: f"Категория: Новости Опубликовано: {d.num}",
    lambda d: f"Обновлено: 28.12.{d.year} | Опубликовано: {d.num}",
    lambda d: f"Дата изменения: 28.12.{d.year} Дата публикации: {d.num}",
    lambda d: f"{d.day} {d.gen} {d.year} admin Без рубрики",
)
LABELLED_KY: tuple[Format, ...] = (
    lambda d: f"Жарыяланды: {d.day}-{d.ky} {d.year}",
    lambda d: f"Жарыяланды {d.num} 14:35",
    lambda d: f"Жарыяланган: {d.num}",
    lambda d: f"Жарыяланган күнү: {d.num}",
    lambda d: f"Датасы: {d.num}",
    lambda d: f"Кошулду {d.num} | Көрүүлөр 120",
    lambda d: f"Жарыяланган убактысы: {d.num} 14:35",
    lambda d: f"Жарыяланды: {d.num} | Жаңыртылды: 28.12.{d.year}",
    lambda d: f"Жаңыртылды: 28.12.{d.year} | Жарыяланды: {d.num}",
)
# A weekday with the date: under a headline (a press release's date, a CMS's
# "Создано:"), not a banner over the site's menus.
WEEKDAY: tuple[tuple[str, str, str, Format], ...] = (
    (HEAD_RU, PROSE_RU, "ru", lambda d: f"Вторник, {d.day} {d.gen} {d.year}"),
    (HEAD_RU, PROSE_RU, "ru", lambda d: f"Вторник, {d.day} {d.gen} {d.year}, 14:35"),
    (HEAD_RU, PROSE_RU, "ru", lambda d: f"Вторник, {d.ky.capitalize()} {d.day}, {d.year}"),
    (HEAD_RU, PROSE_RU, "ru", lambda d: f"Создано: Вторник, {d.day} {d.gen} {d.year} 14:35"),
    (HEAD_RU, PROSE_RU, "ru", lambda d: f"Дата: Вторник, {d.day} {d.gen} {d.year}"),
    (HEAD_KY, PROSE_KY, "ky", lambda d: f"Шейшемби, {d.day}-{d.ky} {d.year}"),
    (HEAD_KY, PROSE_KY, "ky", lambda d: f"Жарыяланды: Шейшемби, {d.day}-{d.ky}, {d.year}"),
)
# A byline, a counter, a section or a breadcrumb with the date.
BYLINE_RU: tuple[Format, ...] = (
    lambda d: f"Автор: Айгуль Токтосунова | {d.num}",
    lambda d: f"Автор: Иван Петров, {d.num}",
    lambda d: f"Автор: Иван Петров / {d.day} {d.gen} {d.year}",
    lambda d: f"Нуржан Бейшенова, {d.num} 14:35",
    lambda d: f"Текст: Асель Абдыкадырова | Фото: пресс-служба | {d.num}",
    lambda d: f"Пресс-служба мэрии, {d.num}",
    lambda d: f"Источник: Кабар, {d.num}",
    lambda d: f"{d.num} by admin",
    lambda d: f"Автор: admin | {d.day} {d.short.capitalize()} {d.year} | Новости",
)
BYLINE_KY: tuple[Format, ...] = (
    lambda d: f"Автор: Айбек Асанов | {d.day}-{d.ky}, {d.year}",
    lambda d: f"Айбек Асанов | {d.num}",
    lambda d: f"Автор: admin | {d.day} {d.short.capitalize()} {d.year} | Жаңылыктар",
)
COUNTER_RU: tuple[Format, ...] = (
    lambda d: f"{d.day} {d.gen} {d.year} | 14:35 | 356 просмотров",
    lambda d: f"{d.num} 👁 356",
    lambda d: f"👁 356  {d.num}",
    lambda d: f"Просмотров: 356 | {d.num}",
    lambda d: f"356 просмотров {d.num}",
    lambda d: f"{d.num} 0 комментариев",
    lambda d: f"{d.num}  14:35  1 234",
    lambda d: f"{d.num} / 14:35 / Общество / 356",
    lambda d: f"{d.num} • Политика • 3 мин. чтения",
    lambda d: f"{d.day} {d.gen} {d.year}, 14:35 · 1 234 просмотра",
    lambda d: f"Новости, {d.day} {d.gen} {d.year}",
    lambda d: f"Новости {d.day} {d.gen} {d.year} г., 14:35",
    lambda d: f"{d.num} | Нарынская область",
    lambda d: f"Главная / Новости / {d.num}",
    lambda d: f"Главная » Новости » {d.num}",
    lambda d: f"{d.day} {d.ky} {d.year} | Новости | 356",
)
COUNTER_KY: tuple[Format, ...] = (
    lambda d: f"Көрүүлөр: 356 | {d.num}",
    lambda d: f"{d.day} {d.ky.capitalize()} {d.year} | 356 көрүү",
    lambda d: f"{d.day}-{d.ky}, {d.year}-ж. | Жаңылыктар",
    lambda d: f"Жаңылыктар | {d.day}-{d.ky} {d.year}",
    lambda d: f"{d.num} | Нарын облусу",
    lambda d: f"Башкы бет » Жаңылыктар » {d.num}",
)


def _under_headline(head: str, prose: str, fmt: Format, d: Day) -> str:
    return f"{head}\n{fmt(d)}\n{prose}"


def _page(head: str, prose: str, fmt: Format, d: Day) -> str:
    """A saved page: the site's name, a current-date banner, menus, then the headline
    and the date under it."""
    banner = "Среда, 20 мая 2026" if prose is PROSE_RU else "Шаршемби, 20-май, 2026"
    menu = "Главная | Новости | Регионы" if prose is PROSE_RU else "Башкы бет | Жаңылыктар"
    return f"Кабар\n{banner}\n{menu}\n{head}\n{fmt(d)}\n{prose}"


def _above_headline(head: str, prose: str, fmt: Format, d: Day) -> str:
    return f"{fmt(d)}\n{head}\n{prose}"


LAYOUTS = (_under_headline, _page, _above_headline)


def date_line_cells() -> list[Cell]:
    """Every format of a date line, under the headline, in a saved page under its banner
    and menus, and above the headline."""
    groups = (
        ("datetime", FORMATS_RU, HEAD_RU, PROSE_RU),
        ("datetime", FORMATS_KY, HEAD_KY, PROSE_KY),
        ("label", LABELLED_RU, HEAD_RU, PROSE_RU),
        ("label", LABELLED_KY, HEAD_KY, PROSE_KY),
        ("byline", BYLINE_RU, HEAD_RU, PROSE_RU),
        ("byline", BYLINE_KY, HEAD_KY, PROSE_KY),
        ("counter", COUNTER_RU, HEAD_RU, PROSE_RU),
        ("counter", COUNTER_KY, HEAD_KY, PROSE_KY),
    )
    cells = []
    for cls, formats, head, prose in groups:
        for k, fmt in enumerate(formats):
            # every format on both days under the headline; the other layouts by turns
            for d in DAYS:
                cells.append(Cell(cls, _under_headline(head, prose, fmt, d), d.iso))
            layout = LAYOUTS[1 + k % 2]
            cells.append(
                Cell(
                    f"{cls} ({layout.__name__[1:]})", layout(head, prose, fmt, DAYS[0]), DAYS[0].iso
                )
            )
    d = DAYS[0]
    cells.append(
        Cell(
            "weekday under the headline",
            f"{HEAD_RU}\nДля немедленного выпуска\nВторник, {d.day} {d.gen} {d.year}\n{PROSE_RU}",
            d.iso,
        )
    )
    cells.append(
        Cell(
            "weekday under the headline",
            f"{HEAD_RU}\nВторник, {d.day} {d.gen} {d.year}\nДля немедленного выпуска\n{PROSE_RU}",
            d.iso,
        )
    )
    for head, prose, _, fmt in WEEKDAY:
        for d in DAYS:
            cells.append(
                Cell("weekday under the headline", _under_headline(head, prose, fmt, d), d.iso)
            )
        cells.append(
            Cell("weekday under the headline (page)", _page(head, prose, fmt, DAYS[0]), DAYS[0].iso)
        )
    return cells


# --- a news dateline opening the first sentence -----------------------------------------------

DATELINES: tuple[tuple[Format, str, bool], ...] = (
    # (the dateline, the prose after it, whether it names the year)
    (lambda d: f"БИШКЕК, {d.day} {d.short} — Sputnik. ", PROSE_RU, False),
    (lambda d: f"БИШКЕК, {d.day} {d.short}. — Sputnik. ", PROSE_RU, False),
    (lambda d: f"Бишкек, {d.day} {d.gen}. /Кабар/. ", PROSE_RU, False),
    (lambda d: f"ОШ, {d.day} {d.gen} {d.year} года — 24.kg. ", PROSE_RU, True),
    (lambda d: f"Бишкек, {d.num} - АКИpress. ", PROSE_RU, True),
    (lambda d: f"Нарын, {d.day} {d.gen} — Кабар. ", PROSE_RU, False),
    (lambda d: f"Бишкек. {d.day} {d.gen}. КирТАГ — ", PROSE_RU, False),
    (lambda d: f"Ош шаары, {d.day}-{d.ky}. /Кабар/. ", PROSE_KY, False),
    (lambda d: f"Баткен, {d.day}-{d.short}. — Sputnik Кыргызстан. ", PROSE_KY, False),
    (
        lambda d: f"Жалал-Абад, {d.day:02d}.{d.month:02d}.{d.year % 100:02d}. /Кабар/. ",
        PROSE_KY,
        True,
    ),
    (lambda d: f"Бишкек, {d.day} {d.gen} {d.year} г. — ИА «24.kg». ", PROSE_RU, True),
    (lambda d: f"Токмок, {d.day} {d.gen} — АКИpress. ", PROSE_RU, False),
    (lambda d: f"Каракол, {d.day} {d.gen} {d.year} — Кабар. ", PROSE_RU, True),
    (lambda d: f"Бишкек, {d.day} {d.ky} {d.year} — 24.kg. ", PROSE_KY, True),
    (lambda d: f"БИШКЕК, {d.day}-{d.ky} — Sputnik. ", PROSE_KY, False),
    (lambda d: f"Кара-Балта, {d.day} {d.gen} (АКИpress) — ", PROSE_RU, False),
    (lambda d: f"Чолпон-Ата, {d.day} {d.gen}. /Кабар/. ", PROSE_RU, False),
    (lambda d: f"Ош, {d.day} {d.gen} /Кабар/ - ", PROSE_RU, False),
    (lambda d: f"Бишкек, {d.day} {d.gen} — Kaktus.media. ", PROSE_RU, False),
)


def dateline_cells() -> list[Cell]:
    """A dateline opening the text, or the first paragraph under a headline."""
    cells = []
    for fmt, prose, has_year in DATELINES:
        for d in DAYS:
            want = d.iso if has_year else d.yearless
            cells.append(Cell("dateline", fmt(d) + prose, want))
        head = HEAD_RU if prose is PROSE_RU else HEAD_KY
        d = DAYS[0]
        cells.append(
            Cell(
                "dateline under a headline",
                f"{head}\n{fmt(d)}{prose}",
                d.iso if has_year else d.yearless,
            )
        )
    # a photo's credit or a lead over the dateline; the agency after the year
    d = DAYS[0]
    over = [
        (
            f"{HEAD_RU}\nФото: Sputnik / Иван Петров\nБИШКЕК, {d.day} {d.short} — Sputnik. {PROSE_RU}",
            False,
        ),
        (
            f"{HEAD_RU}\nВ Нарыне подвели итоги семинара по бюджету для глав айыл окмоту.\n"
            f"БИШКЕК, {d.day} {d.short} — Sputnik. {PROSE_RU}",
            False,
        ),
        (
            f"{HEAD_RU}\n© Sputnik / Иван Петров\nПодпишитесь на наш канал\n"
            f"БИШКЕК, {d.day} {d.short} — Sputnik. {PROSE_RU}",
            False,
        ),
        (f"{HEAD_KY}\nСүрөт: Кабар\nНарын, {d.day}-{d.ky}. /Кабар/. {PROSE_KY}", False),
        (f"{HEAD_RU}\nБИШКЕК, {d.day} {d.gen} {d.year} г. (24.kg) — {PROSE_RU}", True),
        (f"{HEAD_RU}\nБишкек, {d.day} {d.gen} {d.year} года, ИА «Кабар». {PROSE_RU}", True),
        (f"{HEAD_RU}\nНАРЫН, {d.day} {d.gen}. КирТАГ - {PROSE_RU}", False),
        (f"{HEAD_RU}\nБишкек, {d.num}. {PROSE_RU}", True),
    ]
    cells += [
        Cell("dateline under a credit or lead", t, d.iso if y else d.yearless) for t, y in over
    ]
    cells += official_name_datelines()
    # the page's date line wins over the dateline's day without a year
    d = DAYS[0]
    cells.append(
        Cell(
            "dateline under a date line",
            f"{HEAD_RU}\n{d.day} {d.gen} {d.year}, 14:35\n"
            f"БИШКЕК, {d.day} {d.short} — Sputnik. {PROSE_RU}",
            d.iso,
        )
    )
    return cells


# Agencies' dateline tails after a unit's official Russian name (with the year or not).
_OFFICIAL_TAILS: tuple[Format, ...] = (
    lambda d: f"{d.day} {d.gen} /Кабар/. ",
    lambda d: f"{d.day} {d.gen} {d.year} г. – АКИpress. ",
)


def official_name_datelines() -> list[Cell]:
    """A dateline whose place is a unit's official Russian name, its adjective and type
    word ("Баткенская область, 12 марта /Кабар/."): every oblast and district of the
    gazetteer that has one, as written and in capitals; and names that are no unit's."""
    names = [
        u.name_ru_full
        for level in ("oblast", "district")
        for u in gazetteer.default().units(level)
        if u.name_ru_full
    ]
    cells = []
    for k, name in enumerate(names):
        d, tail = DAYS[k % len(DAYS)], _OFFICIAL_TAILS[k % len(_OFFICIAL_TAILS)]
        place = name.upper() if k % 3 == 0 else name
        want = d.iso if "г." in tail(d) else d.yearless
        cells.append(Cell("dateline (an official name)", f"{place}, {tail(d)}{PROSE_RU}", want))
    d = DAYS[0]
    for place in ("Областная администрация", "Районная больница", "Центральная библиотека"):
        text = f"{place}, {d.day} {d.gen} /Кабар/. {PROSE_RU}"
        cells.append(Cell("dateline (no unit's name)", text, None, frozenset({d.yearless})))
    return cells


# --- the date at the end of the text, social posts, print versions ------------------------------

ENDS: tuple[tuple[str, str, Format], ...] = (
    (HEAD_RU, PROSE_RU, lambda d: f"Пресс-служба мэрии г. Бишкек\n{d.num}"),
    (HEAD_RU, PROSE_RU, lambda d: f"Источник: Кабар, {d.num}"),
    (HEAD_RU, PROSE_RU, lambda d: f"Опубликовано: {d.num}"),
    (HEAD_RU, PROSE_RU, lambda d: f"{d.day} {d.gen} {d.year} г."),
    (HEAD_RU, PROSE_RU, lambda d: f"Айгуль Токтосунова, {d.num}"),
    (HEAD_RU, PROSE_RU, lambda d: f"Мэрия города Ош\n{d.day} {d.gen} {d.year} г."),
    (HEAD_KY, PROSE_KY, lambda d: f"Маалымат кызматы\n{d.num}-ж."),
    (HEAD_KY, PROSE_KY, lambda d: f"Айыл өкмөтүнүн маалымат кызматы, {d.day}-{d.ky} {d.year}-жыл"),
    (HEAD_KY, PROSE_KY, lambda d: f"Жарыяланды: {d.num} 14:35"),
)
# (a page's header, prose, whether the post names the year)
SOCIAL: tuple[tuple[Format, bool], ...] = (
    (lambda d: f"Нарын районунун айыл өкмөтү\n{d.day} {d.gen} в 10:15 ·\n{PROSE_RU}", False),
    (lambda d: f"Мэрия города Ош\n{d.day} {d.gen} {d.year} г. в 10:15 ·\n{PROSE_RU}", True),
    (lambda d: f"Мэрия города Ош\n{d.day} {d.short}. {d.year} г. · \n{PROSE_RU}", True),
    (lambda d: f"Мэрия города Ош\n{d.day} {d.short} {d.year} ·\n{PROSE_RU}", True),
    (lambda d: f"Мэрия города Ош\n{d.day} {d.gen} {d.year} г. · Общедоступно\n{PROSE_RU}", True),
    (lambda d: f"Нарын айыл өкмөтү\n{d.day}-{d.ky} саат 10:15 ·\n{PROSE_KY}", False),
    (lambda d: f"Нарын айыл өкмөтү\n{d.day}-{d.ky}, {d.year} ·\n{PROSE_KY}", True),
    (lambda d: f"Мэрия Оша, [{d.num} 10:15]\n{PROSE_RU}", True),
    (lambda d: f"[{d.num} 10:15] Мэрия Оша: {PROSE_RU}", True),
    (lambda d: f"{PROSE_RU}\n👁 1.2K  10:15\n{d.num}", True),
    (
        lambda d: f"Мэрия Оша\n{d.day} {d.gen} в 10:15 · \n{PROSE_RU}\nНравится Комментировать",
        False,
    ),
)


def end_and_social_cells() -> list[Cell]:
    cells = []
    for head, prose, fmt in ENDS:
        for d in DAYS:
            cells.append(Cell("at the end", f"{head}\n{prose}\n{fmt(d)}", d.iso))
    for fmt, has_year in SOCIAL:
        for d in DAYS:
            cells.append(Cell("social post", fmt(d), d.iso if has_year else d.yearless))
    return cells


def print_and_precedence_cells() -> list[Cell]:
    """A print version's date, and which date wins when several stand on the page."""
    d, later = DAYS[0], "15.05.2025"
    rows = [
        (
            "print version",
            f"Версия для печати\n{HEAD_RU}\n{d.num} 14:35\n{PROSE_RU}\nДата печати: {later}",
            d.iso,
        ),
        (
            "print version",
            f"{HEAD_RU}\nДата печати: {later}\nДата публикации: {d.num}\n{PROSE_RU}",
            d.iso,
        ),
        ("print version", f"{HEAD_RU}\n{PROSE_RU}\nДата печати: {later} 10:00", None),
        ("print version", f"Дата печати: {later}\n{HEAD_RU}\n{PROSE_RU}", None),
        ("print version", f"{HEAD_KY}\nБасып чыгаруу датасы: {later}\n{PROSE_KY}", None),
        (
            "banner over the date line",
            f"Сегодня: 20 мая 2025\n{HEAD_RU}\n{d.num}\n{PROSE_RU}",
            d.iso,
        ),
        ("banner over the date line", f"Бүгүн: 20-май 2025\n{HEAD_KY}\n{d.num}\n{PROSE_KY}", d.iso),
        (
            "banner over the date line",
            f"Вторник, 20 мая 2025\nГлавная | Новости\n{HEAD_RU}\n{d.num}\n{PROSE_RU}",
            d.iso,
        ),
        (
            "updated over published",
            f"{HEAD_RU}\nОбновлено: 14.03.2024\nОпубликовано: {d.num}\n{PROSE_RU}",
            d.iso,
        ),
        (
            "comments under the article",
            f"{HEAD_RU}\n{d.num}\n{PROSE_RU}\nКомментарии (2)\n"
            "Асан 15.03.2024 10:00\nСпасибо за информацию!",
            d.iso,
        ),
        (
            "comments under the article",
            f"{HEAD_RU}\n{PROSE_RU}\nКомментарии\nАсан, 15.03.2024\nСпасибо!",
            None,
        ),
        (
            "comments under the article",
            f"{HEAD_KY}\n{PROSE_KY}\nПикирлер (1)\nАсан, 15.03.2024\nРахмат!",
            None,
        ),
        (
            "related news",
            f"{HEAD_RU}\n{d.num}\n{PROSE_RU}\nДругие новости\nВ Оше открыли школу "
            "14.03.2024\nВ Таласе прошёл форум 13.03.2024",
            d.iso,
        ),
        (
            "related news",
            f"{HEAD_RU}\n{PROSE_RU}\n{d.num}\nДругие новости\nВ Оше открыли школу\n14.03.2024",
            d.iso,
        ),
        (
            "related news",
            f"{HEAD_RU}\n{PROSE_RU}\nПоследние новости\n14.03.2024\nВ Оше открыли школу\n"
            "13.03.2024\nВ Таласе прошёл форум",
            None,
        ),
        (
            "masthead over the date line",
            f"Газета «Нарын» № 10 (1234) 15 марта 2024\n{HEAD_RU}\n{d.num}\n{PROSE_RU}",
            d.iso,
        ),
    ]
    # (a journal's masthead is the date of its issue, listed among the dates)
    return [Cell(cls, t, want, _masthead_day(cls)) for cls, t, want in rows]


def _masthead_day(cls: str) -> frozenset[str]:
    return frozenset({"2024-03-15"}) if cls.startswith("masthead") else frozenset()


# --- near-misses: no issued date ----------------------------------------------------------------


def negative_cells() -> list[Cell]:
    """Page chrome and event dates that are no page date."""
    rows = [
        ("today's banner", f"Сегодня: 20 мая 2025, вторник\n{HEAD_RU}\n{PROSE_RU}"),
        ("today's banner", f"Вторник, 20 мая 2025 г.\n{HEAD_RU}\n{PROSE_RU}"),
        ("today's banner", f"20 мая 2025, вторник\n{HEAD_RU}\n{PROSE_RU}"),
        ("today's banner", f"Бүгүн: 20-май 2025, шейшемби\n{HEAD_KY}\n{PROSE_KY}"),
        ("today's banner", f"Кабар\nСреда, 20 мая 2025\n{HEAD_RU}\n{PROSE_RU}"),
        (
            "today's banner",
            f"Официальный сайт мэрии города Ош\nСреда, 20 мая 2025\n"
            f"Главная | Новости\n{HEAD_RU}\n{PROSE_RU}",
        ),
        (
            "today's banner",
            f"Официальный сайт мэрии города Ош\nСреда, 20 мая 2025\n{HEAD_RU}\n{PROSE_RU}",
        ),
        (
            "today's banner",
            f"Нарын облустук мамлекеттик администрациясы\nШаршемби, 20-май, 2025\n"
            f"{HEAD_KY}\n{PROSE_KY}",
        ),
        ("today's banner", f"Время Бишкек 14:35  12.03.2024\n{HEAD_RU}\n{PROSE_RU}"),
        ("today's banner", f"12.03.2024 14:35 Бишкек убактысы\n{HEAD_KY}\n{PROSE_KY}"),
        ("relative day", f"{HEAD_RU}\nСегодня, 14:35\n{PROSE_RU}"),
        ("relative day", f"{HEAD_RU}\nВчера, 14:35\n{PROSE_RU}"),
        ("relative day", f"{HEAD_KY}\nБүгүн, 14:35\n{PROSE_KY}"),
        ("relative day", f"{HEAD_KY}\nКечээ, 14:35\n{PROSE_KY}"),
        ("weather or currency", f"Бишкек +25°C  USD 87.45  EUR 95.10\n{HEAD_RU}\n{PROSE_RU}"),
        ("weather or currency", f"Курс валют на 12.03.2024: USD 89.30\n{HEAD_RU}\n{PROSE_RU}"),
        (
            "weather or currency",
            f"Курсы НБКР на 12.03.2024\nUSD 89.30\nEUR 97.10\n{HEAD_RU}\n{PROSE_RU}",
        ),
        ("weather or currency", f"Погода в Бишкеке на 12 марта: +15°\n{HEAD_RU}\n{PROSE_RU}"),
        ("weather or currency", f"Валюта курсу 12.03.2024: USD 89.30\n{HEAD_KY}\n{PROSE_KY}"),
        ("weather or currency", f"Аба ырайы 12-март: +15°\n{HEAD_KY}\n{PROSE_KY}"),
        ("weather or currency", f"Намаз убактысы: 12.03.2024\n{HEAD_KY}\n{PROSE_KY}"),
        ("weather or currency", f"Бишкек: +5...+7 12.03.2024\n{HEAD_RU}\n{PROSE_RU}"),
        ("weather or currency", f"НБКР: USD 89.30 (12.03.2024)\n{HEAD_RU}\n{PROSE_RU}"),
        ("weather or currency", f"Доллар 89.30 | Евро 97.10 | 12.03.2024\n{HEAD_RU}\n{PROSE_RU}"),
        ("weather or currency", f"12.03.2024 USD 89.30 EUR 97.10\n{HEAD_KY}\n{PROSE_KY}"),
        ("weather or currency", f"Курстар 12.03.2024: USD 89.30\n{HEAD_KY}\n{PROSE_KY}"),
        (
            "event in the first sentence",
            f"{HEAD_RU}\n12 марта 2024 года в Нарыне прошёл семинар по "
            "бюджету. Участвовали 30 человек.",
        ),
        (
            "event in the first sentence",
            f"{HEAD_KY}\n2024-жылдын 12-мартында Нарында бюджет боюнча "
            "семинар өттү. Ага 30 киши катышты.",
        ),
        (
            "event in the first sentence",
            "12 марта 2024 года в Нарыне прошёл семинар по бюджету. Участвовали 30 человек.",
        ),
        (
            "event in the first sentence",
            "12-мартта Нарында бюджет боюнча семинар өттү. Ага 30 киши катышты.",
        ),
        (
            "event in the first sentence",
            f"{HEAD_RU}\nСеминар пройдёт 12.03.2024 в 14:00\n{PROSE_RU}",
        ),
        (
            "event in the first sentence",
            f"{HEAD_KY}\nСеминар 12-мартта саат 14:00дө өтөт\n{PROSE_KY}",
        ),
        ("an event's label", f"{HEAD_RU}\nДата проведения: 12.03.2024\n{PROSE_RU}"),
        ("an event's label", f"{HEAD_RU}\nСрок подачи: 12.03.2024\n{PROSE_RU}"),
        ("an event's label", f"{HEAD_KY}\nӨткөрүлүүчү күнү: 12.03.2024\n{PROSE_KY}"),
        ("an event's label", f"{HEAD_RU}\nДата рождения: 12.03.1984\n{PROSE_RU}"),
        ("an event's label", f"{HEAD_RU}\nДедлайн: 12.03.2024\n{PROSE_RU}"),
        ("an event's label", f"{HEAD_RU}\nМероприятие: 12 марта 2024 года\n{PROSE_RU}"),
        ("a year only", f"{HEAD_RU}\n{PROSE_RU}\n© 2024 Мэрия"),
        ("a year only", f"Архив: март 2024\n{HEAD_RU}\n{PROSE_RU}"),
        ("a year only", f"{HEAD_RU}\nАрхив новостей за март 2024\n{PROSE_RU}"),
    ]
    return [Cell(cls, text, None, _event_day(cls, text)) for cls, text in rows]


def _event_day(cls: str, text: str) -> frozenset[str]:
    """The day an event cell names: an event's, listed among the dates (with its year
    when the text says it)."""
    if cls not in ("event in the first sentence", "an event's label"):
        return frozenset()
    if "12-мартта" in text:
        return frozenset({"--03-12"})
    return frozenset({"1984-03-12" if "1984" in text else "2024-03-12"})


def more_layout_cells() -> list[Cell]:
    """Short weekdays, English dates, the date run into the headline or over it, badges,
    datelines with a city's type word or an oblast, a place and date at the end, an
    author's or photographer's line over the date."""
    d = DAYS[0]
    ru = [
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"Вт, {d.num}", d),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"{d.day}-{d.ky} {d.year}-жыл, шейшемби", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"{d.day} {d.gen} {d.year}, вторник", d),
        _under_headline(
            HEAD_RU, PROSE_RU, lambda d: f"ВТОРНИК, {d.day} {d.gen.upper()} {d.year}", d
        ),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"14:35, {d.day}-{d.ky} {d.year}", d),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"{d.day}-{d.ky}, {d.year}-ж. 14:35", d),
        _under_headline(
            HEAD_RU, PROSE_RU, lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100} 14:35", d
        ),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"🕒 {d.num} 14:35", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"⏱ 14:35 📅 {d.num}", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"Дата: {d.num} | Время: 14:35", d),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"Жарыяланган датасы: {d.num}", d),
        _under_headline(
            HEAD_RU,
            PROSE_RU,
            lambda d: f"{d.day} {d.gen} {d.year} | Пресс-служба Жогорку Кенеша",
            d,
        ),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"Источник: пресс-служба мэрии | {d.num}", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"{d.num} 14:35 • Источник: 24.kg", d),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"{d.num} / admin / Жаңылыктар", d),
        # a copied page's cells glued together
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"Опубликовано:{d.num}", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"Дата:{d.num}", d),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"Жарыяланды:{d.num}", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"Общество{d.num}", d),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"Коом{d.num} 14:35", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"{d.num}Общество", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"{d.num} 14:35Общество", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"admin{d.num}", d),
        f"{HEAD_RU}{d.num} 14:35\n{PROSE_RU}",
        # a date line that opens with a small letter (a CMS's weekday, a label)
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"вторник, {d.day} {d.gen} {d.year}", d),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"шейшемби, {d.day}-{d.ky} {d.year}", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"опубликовано {d.day} {d.gen} {d.year}", d),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"жарыяланды: {d.day}-{d.ky}, {d.year}", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"автор: admin | {d.num}", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"Вт, {d.day} {d.gen} {d.year}, 14:35", d),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"Шш, {d.num}", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"{d.day} March {d.year} 14:35", d),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"{d.day}-{d.ky} {d.year}-жыл | 14:35", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"{d.num} г. 14:35 | Бишкек", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"Бишкек, {d.day} {d.gen} {d.year} года", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"{d.num} Новости Кыргызстана", d),
        _under_headline(HEAD_KY, PROSE_KY, lambda d: f"Жаңылыктар {d.num} 14:35 Көрүүлөр: 120", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"Дата: {d.num} Автор: Асель Асанова", d),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"{d.num} (обновлено 12:40)", d),
        _under_headline(
            HEAD_RU, PROSE_RU, lambda d: f"{d.num} | Асель Асанова | Фото: пресс-служба", d
        ),
        _under_headline(HEAD_RU, PROSE_RU, lambda d: f"Просмотров: 356 Дата: {d.num}", d),
        _under_headline(
            HEAD_RU, PROSE_RU, lambda d: f"{d.num} 14:35 Просмотров: 356 Комментариев: 0", d
        ),
        f"{HEAD_RU} — {d.num}\n{PROSE_RU}",
        f"{d.num} | {HEAD_RU}\n{PROSE_RU}",
        f"{HEAD_RU}\n{d.day}\n{d.ky.capitalize()}\n{d.year}\n{PROSE_RU}",
        f"Общество | {d.num}\n{HEAD_RU}\n{PROSE_RU}",
        f"{HEAD_RU}\nАвтор: Асель Асанова\n{d.num}\n{PROSE_RU}",
        f"{HEAD_RU}\nАсель Асанова\n{d.day} {d.gen} {d.year}\n{PROSE_RU}",
        f"{HEAD_RU}\nФото: пресс-служба мэрии\n{d.num} 14:35\n{PROSE_RU}",
        f"г. Бишкек, {d.day} {d.gen} {d.year} г. {PROSE_RU}",
        f"Бишкек шаары, {d.day}-{d.ky} {d.year}-жыл. {PROSE_KY}",
        f"Ош ш., {d.num}. {PROSE_KY}",
        f"{HEAD_KY}\n{PROSE_KY}\nБишкек шаары, {d.num}",
        f"{HEAD_KY}\n{PROSE_KY}\nНарын облусунун маалымат кызматы\n{d.day}-{d.ky}, {d.year}-жыл",
        f"{HEAD_RU}\n{PROSE_RU}\nг. Нарын, {d.day} {d.gen} {d.year} г.",
        f"{HEAD_KY}\n{d.num}, Нарын облусу\n{PROSE_KY}",
    ]
    yearless = [
        f"Ысык-Көл, {d.day}-{d.ky}. /Кабар/. {PROSE_KY}",
        f"Чүй облусу, {d.day}-{d.ky}. /Кабар/. {PROSE_KY}",
        f"Кара-Суу, {d.day} {d.gen} /Кабар/. {PROSE_RU}",
        f"Ат-Башы, {d.day}-{d.ky}. /Кабар/. {PROSE_KY}",
        f"Нарын облусу, {d.day}-{d.ky}. /Кабар/. {PROSE_KY}",
        # a district's or oblast's name with its type word before the agency's mark
        f"Кочкор району, {d.day}-{d.ky} /Кабар/ - {PROSE_KY}",
        f"Нарын облусу, {d.day}-{d.ky} /Кабар/. {PROSE_KY}",
        f"Ат-Башы району, {d.day}-{d.ky} (Кабар) — {PROSE_KY}",
        f"{d.day}-{d.ky}, Кочкор району. {PROSE_KY}",
    ]
    return [Cell("more layouts", t, d.iso) for t in ru] + [
        Cell("more datelines", t, d.yearless) for t in yearless
    ]


def badge_cells() -> list[Cell]:
    """A date badge with the month over the day, each on a line of its own, the year under
    them or not, under the headline or over it: every month, as a badge writes it (a
    short form in capitals, the Kyrgyz or Russian name, an English one); and a column
    of months and numbers at the foot of a page (a table: no date)."""
    cells = []
    for k, entry in enumerate(LEX["months"]):
        d = Day(2024, entry["number"], 1 + (k * 5) % 28)
        forms = (d.short.upper(), d.ky.capitalize(), d.gen.capitalize(), d.ky.upper())
        month = forms[k % len(forms)]
        if k % 3 == 0:
            text, want = f"{HEAD_RU}\n{month}\n{d.day}\n{PROSE_RU}", d.yearless
        elif k % 3 == 1:
            text, want = f"{HEAD_KY}\n{month}\n{d.day}\n{d.year}\n{PROSE_KY}", d.iso
        else:
            text, want = f"{month}\n{d.day}\n{HEAD_RU}\n{PROSE_RU}", d.yearless
        cells.append(Cell("a badge with the month over the day", text, want))
    rows = "\n".join(f"{m['ky']}\n{10 + k}" for k, m in enumerate(LEX["months"][:1]))
    for head, prose in ((HEAD_RU, PROSE_RU), (HEAD_KY, PROSE_KY)):
        page = "\n".join([head, *[prose] * 5])
        text = f"{page}\nАй / Месяц\nСаны / Количество\n{rows}"
        cells.append(Cell("a column of months and numbers", text, None))
    return cells


# A dateline that opens with a small letter (a place's abbreviated type word): with the
# year or not.
SMALL_LETTER_DATELINES: dict[str, bool] = {
    "г. Ош, {d.day} {d.gen} {d.year} г. - ": True,
    "с. Ак-Суу, {d.day} {d.gen} {d.year} г. — ": True,
    "г. Бишкек, {d.num}. ": True,
    "г. Ош, {d.day} {d.gen}. ": False,
    "ш. Ош, {d.day}-{d.ky} {d.year}-ж. - ": True,
    "а. Ак-Суу, {d.num}. ": True,
    "ш. Нарын, {d.day}-{d.ky}. ": False,
}


def small_letter_cells() -> list[Cell]:
    """A date line under the headline that opens with a small letter, which normalising
    joins to the headline (normalise/wraps.py): a dateline ("г. Ош, 12 марта 2024 г. - ..."), a
    badge's month ("марта" / "12"); and sentences that go on the headline's line."""
    cells = []
    for line, has_year in SMALL_LETTER_DATELINES.items():
        ky = line.startswith(("ш.", "а."))  # a Kyrgyz type word's abbreviation
        head, prose = (HEAD_KY, PROSE_KY) if ky else (HEAD_RU, PROSE_RU)
        cells += [
            Cell(
                "small-letter dateline",
                f"{head}\n{line.format(d=d)}{prose}",
                d.iso if has_year else d.yearless,
            )
            for d in DAYS
        ]
    for k, d in enumerate(DAYS):
        month = d.gen if k % 2 else d.ky
        cells.append(
            Cell(
                "a badge's month in small letters",
                f"{HEAD_RU}\n{month}\n{d.day}\n{PROSE_RU}",
                d.yearless,
            )
        )
        cells.append(
            Cell(
                "a badge's month in small letters",
                f"{HEAD_KY}\n{month}\n{d.day}\n{d.year}\n{PROSE_KY}",
                d.iso,
            )
        )
    d = DAYS[0]
    prose = [
        f"{HEAD_RU}\nв селе Ак-Суу {d.day} {d.gen} {d.year} г. открыли школу. {PROSE_RU}",
        f"{HEAD_KY}\nжана {d.day}-{d.ky} {d.year}-ж. Ак-Суу айылында мектеп ачылды. {PROSE_KY}",
    ]
    cells += [Cell("a sentence going on the headline", t, None, frozenset({d.iso})) for t in prose]
    return cells


def _day_of(line: str) -> frozenset[str]:
    """The first day a cell's line names (its event), none for a site's update stamp."""
    if "обновление" in line:
        return frozenset()
    return frozenset({"1984-03-12" if "1984" in line else DAYS[0].iso})


# An event's name (a kind word of lexicon/events.yaml) and a site's section, one word
# each, before a date under the headline: the event's day, and the page's date.
EVENT_NAMES = ("Семинар", "Тренинг", "Форум", "Конференция", "Сессия", "Курултай", "Конкурс")
EVENT_NAMES_KY = ("Жолугушуу", "Талкуулоо", "Сынак", "Мелдеш", "Фестиваль", "Вебинар")
SECTIONS = ("Новости", "Общество", "Регионы", "Политика", "Экономика", "Культура", "Спорт")
SECTIONS_KY = ("Жаңылыктар", "Коом", "Аймактар", "Саясат", "Маданият", "Спорт")


def event_name_cells() -> list[Cell]:
    """A word before the date on the line under the headline: an event's name (its day,
    no page date) or the site's section (the page's date)."""
    cells = []
    for k, (event, section) in enumerate(zip(EVENT_NAMES, SECTIONS, strict=True)):
        d = DAYS[k % len(DAYS)]
        date = d.num if k % 2 else f"{d.day} {d.gen} {d.year}"
        cells.append(
            Cell("an event's name before the date", _lined(event, date), None, frozenset({d.iso}))
        )
        cells.append(Cell("a section before the date", _lined(section, date), d.iso))
    for k, (event, section) in enumerate(zip(EVENT_NAMES_KY, SECTIONS_KY, strict=True)):
        d = DAYS[k % len(DAYS)]
        date = d.num if k % 2 else f"{d.day}-{d.ky} {d.year}"
        text = _lined(event, date, ky=True)
        cells.append(Cell("an event's name before the date", text, None, frozenset({d.iso})))
        cells.append(Cell("a section before the date", _lined(section, date, ky=True), d.iso))
    return cells


# A category said in words after the posting date ("{s}": the section's name).
CATEGORY_TAILS = ("в рубрике {s}", "в разделе «{s}»", "в категории {s}", "| Рубрика: {s}")
CATEGORY_TAILS_KY = ("{s} рубрикасында", "«{s}» бөлүмүндө", "{s} категориясында")


def category_cells() -> list[Cell]:
    """The posting date, maybe its clock, and its category in words after it; and the
    date with a place or a time in words after it (an event's, no page date)."""
    cells = []
    for k, section in enumerate((*SECTIONS, *EVENT_NAMES[:2])):
        d = DAYS[k % len(DAYS)]
        date = d.num if k % 2 else f"{d.day} {d.gen} {d.year}, 14:35"
        tail = CATEGORY_TAILS[k % len(CATEGORY_TAILS)].format(s=section)
        cells.append(Cell("a category in words after the date", _lined(date, tail), d.iso))
    for k, section in enumerate(SECTIONS_KY):
        d = DAYS[k % len(DAYS)]
        date = d.num if k % 2 else f"{d.day}-{d.ky} {d.year}, 14:35"
        tail = CATEGORY_TAILS_KY[k % len(CATEGORY_TAILS_KY)].format(s=section)
        cells.append(
            Cell("a category in words after the date", _lined(f"{date},", tail, ky=True), d.iso)
        )
    d = DAYS[0]
    for tail in ("в здании Акимиата", "в актовом зале Мэрии"):
        cells.append(
            Cell("a place in words after the date", _lined(d.num, tail), None, frozenset({d.iso}))
        )
    return cells


def _lined(first: str, then: str, *, ky: bool = False) -> str:
    """A page whose line under the headline is `first`, a space and `then`."""
    head, prose = (HEAD_KY, PROSE_KY) if ky else (HEAD_RU, PROSE_RU)
    return f"{head}\n{first} {then}\n{prose}"


def event_label_cells() -> list[Cell]:
    """An event's day, time or term on a short line under the headline: no page date."""
    lines_ru = [
        "Прием заявок до 12.03.2024",
        "Дата регистрации: 12.03.2024",
        "Начало: 12.03.2024 в 10:00",
        "Дата и время: 12.03.2024, 10:00",
        "Когда: 12 марта 2024, 10:00",
        "Последнее обновление: 20.05.2025",
        "12.03.2024 - 14.03.2024",
        "с 12 по 14 марта 2024 года",
        "12-14 марта 2024",
    ]
    lines_ky = [
        "Өтүү убактысы: 12.03.2024, саат 10:00",
        "Башталышы: 12.03.2024",
        "Туулган күнү: 12.03.1984",
        "Мөөнөтү: 12.03.2024",
        "Семинар: 12.03.2024",
        "Жыйналыш 12.03.2024-ж. саат 10:00до",
        "Сессия 12-март 2024-ж. саат 14:00дө",
        "12-14-март 2024-ж.",
        "Апта: 12.03.2024 - 18.03.2024",
    ]
    cells = [
        Cell("an event's label", f"{HEAD_RU}\n{ln}\n{PROSE_RU}", None, _day_of(ln))
        for ln in lines_ru
    ]
    cells += [
        Cell("an event's label", f"{HEAD_KY}\n{ln}\n{PROSE_KY}", None, _day_of(ln))
        for ln in lines_ky
    ]
    cells += [
        Cell(
            "event in the first sentence",
            "Сегодня, 12 марта, в Нарыне прошёл семинар по бюджету. Участвовали 30 человек.",
            None,
            frozenset({"--03-12"}),
        ),
        Cell("a year only", f"{HEAD_RU}\n{PROSE_RU}\n© 2011-2024 Мэрия города Нарын", None),
        Cell("a year only", f"{HEAD_RU}\n{PROSE_RU}\nПоследнее обновление сайта: 20.05.2025", None),
        Cell(
            "an announcement",
            f"Объявление\nСеминар пройдёт 12.03.2024\n{PROSE_RU}",
            None,
            frozenset({"2024-03-12"}),
        ),
    ]
    return cells


def resolution_cells() -> list[Cell]:
    """A resolution's own page: its type alone, its body, then "от", its date and number
    (a resolution's date is the page's date when no posting date shows)."""
    d = DAYS[0]
    rows = [
        (
            f"РЕШЕНИЕ\nАйыльного кенеша Ак-Сууйского айыл окмоту\nот {d.day} {d.gen} {d.year} года № 15",
            d.iso,
        ),
        (f"ПОСТАНОВЛЕНИЕ\nАйыл окмоту Кара-Суу\nот {d.num} г. № 3/2", d.iso),
        (f"Решение\nНарынского городского кенеша\nот {d.num} № 7", d.iso),
        (
            f"Ак-Суу айыл кеңешинин\nТОКТОМУ\n{d.year}-жылдын {d.day}-{d.ky}ы № 15\nАк-Суу айылы",
            d.iso,
        ),
        # the preamble names another act's date and goes on: no date line of its own
        ("РЕШЕНИЕ\nВ соответствии с постановлением от 01.02.2024 № 3, айыльный кенеш решил:", None),
    ]
    return [
        Cell("a resolution's heading", f"{text}\n{PROSE_RU}", want, _other_day(text))
        for text, want in rows
    ]


def _other_day(text: str) -> frozenset[str]:
    return frozenset({"2024-02-01"}) if "01.02.2024" in text else frozenset()


def all_cells() -> list[Cell]:
    return [
        *date_line_cells(),
        *dateline_cells(),
        *end_and_social_cells(),
        *print_and_precedence_cells(),
        *negative_cells(),
        *more_layout_cells(),
        *event_label_cells(),
        *resolution_cells(),
        *badge_cells(),
        *small_letter_cells(),
        *event_name_cells(),
        *category_cells(),
    ]
