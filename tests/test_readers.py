"""Readers of .docx, .html and .pdf: the text in reading order, page furniture
left out, and a damaged file as a one-line InputError (never a traceback)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
import regex
from click.testing import CliRunner

from make_inputs import pdf_file, to_docx, to_html, to_pdf
from vap_cli.cli import cli
from vap_cli.errors import InputError
from vap_cli.pipeline import parse_path
from vap_cli.read import READERS, read_path
from vap_cli.readers import docx as docx_reader
from vap_cli.readers import html as html_reader
from vap_cli.readers import pdf as pdf_reader
from vap_cli.readers import text as text_reader


def _docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_and_tables_in_body_order() -> None:
    def build(document: docx.document.Document) -> None:
        document.add_paragraph("Семинар-тренингдердин өткөрүү графиги:")
        table = document.add_table(rows=2, cols=3)
        for j, cell in enumerate(["Күнү", "Району", "Өткөрүлүүчү жайы"]):
            table.cell(0, j).text = cell
        for j, cell in enumerate(["24.10.17", "Ат-Башы", "РМА жыйындар залы"]):
            table.cell(1, j).text = cell
        document.add_paragraph("")
        document.add_paragraph("Байланыш: info@vap.kg")

    text = docx_reader.read(_docx_bytes(build)).text
    assert text.split("\n") == [
        "Семинар-тренингдердин өткөрүү графиги:",
        "Күнү\tРайону\tӨткөрүлүүчү жайы",
        "24.10.17\tАт-Башы\tРМА жыйындар залы",
        "",
        "Байланыш: info@vap.kg",
    ]


def test_docx_merged_cell_is_read_once() -> None:
    def build(document: docx.document.Document) -> None:
        table = document.add_table(rows=2, cols=3)
        merged = table.cell(0, 0).merge(table.cell(0, 2))
        merged.text = "Нарын облусу"
        for j, cell in enumerate(["25.10.17", "Кочкор", "РМА"]):
            table.cell(1, j).text = cell

    text = docx_reader.read(_docx_bytes(build)).text
    assert text == "Нарын облусу\n25.10.17\tКочкор\tРМА"


def test_docx_title_property_goes_to_meta() -> None:
    def build(document: docx.document.Document) -> None:
        document.core_properties.title = "Пресс-релиз"
        document.add_paragraph("Текст")

    assert docx_reader.read(_docx_bytes(build)).meta == {"title": "Пресс-релиз"}


NEWS_PAGE = """<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>Окуу өттү | ЖӨБ Союзу</title>
<meta property="article:published_time" content="2020-03-12T09:50:00+06:00">
<script>var menu = "Башкы бет";</script><style>.x { color: red }</style></head>
<body><header><a href="/">Башкы бет</a></header>
<nav><ul><li>Жаңылыктар</li><li>Байланыш</li></ul></nav>
<div class="main-menu">Биз жөнүндө</div>
<main><article><h1>Окуу <b>өттү</b></h1>
<p>2020-жылдын 9-мартында Нарында окуу өттү.<br>Катышуучулар: 25 адам.</p>
<table><tr><th>Күнү</th><th>Району</th></tr><tr><td>24.10.17</td><td>Ат-Башы</td></tr></table>
<p>Байланыш:   <a href="mailto:info@vap.kg">info@vap.kg</a></p>
</article><aside>Акыркы жаңылыктар: 2019-жылдын 1-майы</aside></main>
<footer>© 2020, тел. 0312 000000</footer></body></html>"""


def test_html_article_text_without_page_furniture() -> None:
    doc = html_reader.read(NEWS_PAGE.encode("utf-8"))
    assert doc.text == (
        "Окуу өттү\n\n2020-жылдын 9-мартында Нарында окуу өттү.\nКатышуучулар: 25 адам.\n\n"
        "Күнү\tРайону\n24.10.17\tАт-Башы\n\nБайланыш: info@vap.kg"
    )
    assert doc.meta == {
        "title": "Окуу өттү | ЖӨБ Союзу",
        "date": "2020-03-12",
        "headline": "Окуу өттү",
    }


@pytest.mark.parametrize(
    ("page", "date"),
    [
        (
            '<html><body><article><time datetime="2021-05-04T10:00">4-май</time><p>Текст</p></article></body></html>',
            "2021-05-04",
        ),
        (
            '<html><head><meta itemprop="datePublished" content="2019-11-30"></head><body><p>Текст</p></body></html>',
            "2019-11-30",
        ),
        ("<html><body><p>Текст 2019-жылы</p></body></html>", None),
    ],
)
def test_html_publication_date(page: str, date: str | None) -> None:
    assert html_reader.read(page.encode("utf-8")).meta.get("date") == date


def test_html_longest_article_is_the_release() -> None:
    page = (
        "<html><body><article><p>Кыска анонс</p></article>"
        "<article><p>Бул негизги жаңылыктын узун тексти, анда көп сөз бар.</p></article></body></html>"
    )
    assert html_reader.read(page.encode("utf-8")).text == (
        "Бул негизги жаңылыктын узун тексти, анда көп сөз бар."
    )


def test_html_in_a_declared_cyrillic_code_page() -> None:
    page = '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>Семинар в Нарыне</p></body></html>'
    doc = html_reader.read(page.encode("cp1251"))
    assert (doc.text, doc.meta["title"]) == ("Семинар в Нарыне", "Новости")


def test_html_deep_nesting_does_not_recurse() -> None:
    page = "<div>" * 5000 + "Терең текст" + "</div>" * 5000
    assert html_reader.read(page.encode("utf-8")).text == "Терең текст"


def test_pdf_text_layer_in_page_order(tmp_path: Path) -> None:
    lines = [f"{n}-сап: Нарын облусу" for n in range(1, 131)]  # three pages
    to_pdf("\n".join(lines), tmp_path / "long.pdf")
    text = pdf_reader.read((tmp_path / "long.pdf").read_bytes()).text
    assert [line for line in text.split("\n") if line] == lines


def test_pdf_keeps_paragraph_breaks(tmp_path: Path) -> None:
    to_pdf("Биринчи абзац.\nУлантуусу.\n\nЭкинчи абзац.", tmp_path / "p.pdf")
    assert pdf_reader.read((tmp_path / "p.pdf").read_bytes()).text == (
        "Биринчи абзац.\nУлантуусу.\n\nЭкинчи абзац."
    )


def _pdf_bytes(tmp_path: Path) -> bytes:
    to_pdf("Текст", tmp_path / "ok.pdf")
    return (tmp_path / "ok.pdf").read_bytes()


@pytest.mark.parametrize(
    ("suffix", "damage", "reason"),
    [
        (".docx", lambda ok: b"PK\x03\x04 not really a zip", "not a valid .docx file"),
        (".docx", lambda ok: ok[: len(ok) // 2], "not a valid .docx file"),
        (".docx", lambda ok: b"plain text saved as docx", "not a valid .docx file"),
        (".pdf", lambda ok: ok[:200], "corrupt PDF"),
        (".pdf", lambda ok: b"%PDF-1.4\n\x00\x01 garbage", "corrupt PDF"),
        (".pdf", lambda ok: b"<html>saved as pdf</html>", "not a PDF file"),
        (".html", lambda ok: bytes(range(256)) * 4, "binary file"),
        (".html", lambda ok: "просто текст без разметки".encode(), "not an HTML page"),
    ],
)
def test_damaged_file_is_a_one_line_input_error(tmp_path: Path, suffix, damage, reason) -> None:
    if suffix == ".docx":
        good = _docx_bytes(lambda d: d.add_paragraph("Текст"))
    elif suffix == ".pdf":
        good = _pdf_bytes(tmp_path)
    else:
        good = b""
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(damage(good))
    with pytest.raises(InputError) as error:
        read_path(path)
    message = str(error.value)
    assert reason in message
    assert "\n" not in message and "Traceback" not in message


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    to_pdf("", tmp_path / "scan.pdf")
    with pytest.raises(InputError, match="no text layer"):
        read_path(tmp_path / "scan.pdf")


def test_formats_are_registered_by_suffix() -> None:
    assert {".docx", ".html", ".htm", ".pdf", ".txt"} <= set(READERS)


def test_unsupported_format_named_explicitly_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.odt"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="unsupported format '.odt'"):
        read_path(path)


def test_generated_docx_and_html_round_trip(tmp_path: Path) -> None:
    text = "Аталыш\n\nКүнү\tРайону\n24.10.17\tАт-Башы\n\nАкыркы сап."
    to_docx(text, tmp_path / "a.docx")
    to_html(text, tmp_path / "a.html", title="Аталыш")
    assert read_path(tmp_path / "a.docx").text == text
    assert read_path(tmp_path / "a.html").text == text


def test_html_paragraphs_inside_table_cells_stay_on_the_row() -> None:
    page = (
        "<table><tr><td><p>Нарын</p><p>облусу</p></td><td>24.10.17"
        "<table><tr><td>РМА</td><td>залы</td></tr></table></td></tr>"
        "<tr><th>Ош</th><td>08.11.17</td></tr></table>"
    )
    assert html_reader.read(page.encode("utf-8")).text == (
        "Нарын облусу\t24.10.17 РМА залы\nОш\t08.11.17"
    )


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
@pytest.mark.parametrize(
    "hostile",
    [
        " " * 200_000,
        "-" * 200_000,
        "1-" * 100_000,
        "<p>" + "1" * 200_000 + "</p>",
        "<td>" * 50_000,
        "<meta " + "charset" * 20_000,
    ],
)
def test_html_hostile_input_is_fast(hostile: str) -> None:
    import time

    started = time.perf_counter()
    try:
        html_reader.read(("<html><body>" + hostile).encode("utf-8"))
    except InputError:
        pass
    assert time.perf_counter() - started < 1.0


# The control characters a text file may not be full of, as a regex: C0 controls but
# tab, line breaks, vertical tab, form feed and carriage return; and DEL.
CONTROL_SPEC = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def test_a_control_character_is_found_as_the_pattern_finds_it() -> None:
    # every character of the first planes alone, then in a line of Cyrillic text
    for code in range(0x3000):
        ch = chr(code)
        assert text_reader.has_control(ch) == bool(CONTROL_SPEC.search(ch)), hex(code)
        line = f"Нарын шаарында{ch} семинар"
        assert text_reader.has_control(line) == bool(CONTROL_SPEC.search(line)), hex(code)
    assert not text_reader.has_control("Нарын\tшаары\r\n\x0b\x0c")


# --- The article's root: a layout rule (html_layout.py), found by an analyst's walkthrough:
# teaser cards before a story in a <div>, two full articles, a masthead above <main>.

STORY = (
    "<h1>Облустук кеңештин сессиясы өттү</h1><div class='date'>Жарыяланды: 16.05.2022</div>"
    "<p>2022-жылдын 13-майында Жалал-Абад облустук кеңешинин кезектеги сессиясы өттү. "
    "Сессияга 38 депутат катышты.</p><p>Сессияны облустук кеңештин төрагасы Эрмек Токторов "
    "алып барды. Сессияда Ала-Бука районунун бюджети каралды.</p>"
)


def _page(body: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>Кеңеш</title></head><body>{body}</body></html>"
    )


def _text(body: str) -> str:
    return html_reader.read(_page(body).encode("utf-8")).text


def test_html_teaser_cards_are_furniture_and_the_story_in_a_div_is_read() -> None:
    teasers = (
        "<section class='top'><article class='teaser'><a href='/n/90'>Ноокен районунда 500 тургун"
        " субботникке чыкты</a> <time>12.05.2022</time></article><article class='teaser'>"
        "<a href='/n/91'>Аксы районунда жаңы бала бакча ачылды</a> <time>11.05.2022</time>"
        "</article></section>"
    )
    text = _text(teasers + f"<div class='content'>{STORY}</div>")
    assert "Эрмек Токторов" in text
    assert "Ноокен" not in text and "Аксы" not in text
    assert text.startswith("Облустук кеңештин сессиясы өттү")


def test_html_a_single_teaser_card_is_no_article() -> None:
    card = "<article><a href='/n/9'>Ноокен районунда 500 тургун субботникке чыкты</a> 12.05.2022</article>"
    assert "Ноокен" not in _text(card + f"<div>{STORY}</div>")


def test_html_two_full_articles_are_both_read_in_order() -> None:
    second = (
        "<h1>Кара-Суу айыл аймагында суу түтүгү ишке кирди</h1><p>2021-жылдын 6-апрелинде "
        "Кара-Суу айыл аймагында таза суу түтүгү ачылды. Иш-чарага 150дөй тургун катышты.</p>"
        "<p>Түтүктү райондун акими Талант Жумабаев ачып берди.</p>"
    )
    text = _text(f"<main><article>{STORY}</article><hr><article>{second}</article></main>")
    assert text.index("Эрмек Токторов") < text.index("Талант Жумабаев")


def test_html_a_masthead_line_above_main_stays() -> None:
    masthead = (
        "<div class='masthead'>КЫРГЫЗ ТУУСУ · Коомдук-саясий гезит<br>"
        "№ 40 (9812) 11-октябрь, 2024-жыл</div><nav><a href='/'>Башкы бет</a></nav>"
    )
    main = "<main><h1>Сузакта депутаттар окуудан өттү</h1><p>9-10-октябрда Сузак айылында 110 депутат окуудан өттү.</p></main>"
    text = _text(masthead + main)
    assert text.split("\n")[0] == "№ 40 (9812) 11-октябрь, 2024-жыл"
    assert "Коомдук-саясий" not in text  # no date on it: the paper's name stays out


def test_html_a_masthead_dates_the_pages_days(tmp_path: Path) -> None:
    page = _page(
        "<div>№ 40 (9812) 11-октябрь, 2024-жыл</div><main><h1>Сузакта депутаттар окуудан өттү</h1>"
        "<p>9-10-октябрда Сузак айылында 110 депутат окуудан өттү.</p></main>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    from vap_cli.pipeline import parse_path

    doc = parse_path(tmp_path / "p.html")
    assert {(d.start, d.end) for d in doc.dates} >= {("2024-10-09", "2024-10-10")}


def test_html_an_article_holding_little_of_the_page_is_no_root() -> None:
    # the <article> is a lede; the story goes on in a <div> beside it
    lede = "<article><p>Кыскача: Жалал-Абадда сессия өттү.</p></article>"
    assert "Эрмек Токторов" in _text(lede + f"<div>{STORY}</div>")


def test_html_the_h1_outside_the_article_is_read_above_it() -> None:
    text = _text(f"<h1>Облустук кеңештин сессиясы өттү</h1><article>{STORY[38:]}</article>")
    assert text.startswith("Облустук кеңештин сессиясы өттү\n\n")


# --- Link lists and footers are furniture on pages without <article>/<main> too.

RELATED_BLOCKS = [
    "<div class='rel'><b>Ранее:</b> <a href='#'>В Кара-Буре прошли слушания</a> 28.05.2015 | "
    "<a href='#'>В Манасском районе отремонтировали дорогу</a> 20.05.2015</div>",
    "<div><b>Другие новости</b><br><a href='#'>В Караколе прошел форум молодежи</a> 15.11.2016"
    "<br><a href='#'>В Балыкчы открыли новую школу на 200 мест</a> 10.11.2016</div>",
    "<h3>Башка жаңылыктар</h3><ul><li><a href='#'>Караколдо жаштар форуму өттү</a></li>"
    "<li><a href='#'>Балыкчыда жаңы мектеп ачылды</a></li></ul>",
    "<p>Окшош макалалар: <a href='#'>Караколдо жаштар форуму өттү</a> (08.10.2024); "
    "<a href='#'>Балыкчыда жаңы мектеп ачылды</a> (07.10.2024)</p>",
]


@pytest.mark.parametrize("block", RELATED_BLOCKS)
def test_html_link_lists_are_furniture(block: str) -> None:
    text = _text(STORY + block)
    assert "Эрмек Токторов" in text
    assert not regex.search(r"Кара-Буре|Манас|Каракол|Балыкчы|Ранее|Другие|Башка|Окшош", text)


@pytest.mark.parametrize(
    "footer",
    [
        "<div class='footer'>Тюп айылы, Ленин көчөсү, 15. Тел. (03945) 2-10-01</div>",
        "<div>© Тюпская РГА, 2010–2016. с. Тюп, ул. Ленина, 15. Тел. (03945) 2-10-01</div>",
    ],
)
def test_html_footers_are_furniture_with_or_without_an_article(footer: str) -> None:
    assert "03945" not in _text(STORY + footer)
    assert "03945" not in _text(f"<article>{STORY}</article>{footer}")


# --- A site's closing block with no <footer>, no footer class and no "©" (html_closing.py).

RU_STORY = (
    "<h1>В Кеминском районе обучили 40 депутатов</h1>"
    "<p>12 марта 2024 года в селе Кемин прошел семинар для депутатов местных кенешей.</p>"
    "<p>В семинаре приняли участие 40 депутатов из всех айылных аймаков района.</p>"
)
RU_LINKS = (
    "<div class='links'><b>Ранее:</b> <a href='#'>В Кемине отремонтировали школу</a> "
    "01.03.2024 | <a href='#'>В Орловке открыли новый парк</a> 20.02.2024</div>"
)
UNMARKED_FOOTERS = [
    # Russian: the story in <body>, a related-news list, then the site's address line
    RU_STORY + RU_LINKS + "<div class='bottom'>Кеминская районная администрация. 722200, г. Кемин, "
    "ул. Ленина, 5. Тел.: (03135) 5-12-34</div>",
    # Kyrgyz: the story in its own container, the site's name, address and e-mail after it
    "<div class='wrap'><div class='post'>" + STORY + "</div>"
    "<div class='site-info'><div>Жалал-Абад облустук кеңеши</div>"
    "<div>715600, Жалал-Абад шаары, Ленин көчөсү, 1</div>"
    "<div>Тел.: (03722) 5-12-34, e-mail: kenesh@jalal-abad.kg</div></div></div>",
]


@pytest.mark.parametrize("page", UNMARKED_FOOTERS, ids=["ru-body", "ky-container"])
def test_html_a_closing_block_with_no_mark_is_furniture_by_its_layout(
    page: str, tmp_path: Path
) -> None:
    text = _text(page)
    assert not regex.search(r"5-12-34|@|Ленин|722200|715600", text)
    assert "40 депутат" in text or "Эрмек Токторов" in text
    path = tmp_path / "page.html"
    path.write_text(_page(page), encoding="utf-8")
    document = parse_path(path)
    assert (document.contacts.phones, document.contacts.emails) == ([], [])
    out = CliRunner().invoke(cli, ["parse", "--explain", str(path)]).stdout
    assert " drop html.site_closing_block " in out and "5-12-34" in out


@pytest.mark.parametrize(
    "closing",
    [
        # near misses: the release's own closing contacts, labelled as its own, stay
        "<div class='share'>Бөлүшүү: Facebook | Telegram</div>"
        "<p>Кенири маалымат үчүн: тел. (0312) 61-45-70, e-mail: forum@ls.kg</p>",
        RU_LINKS + "<div>Контакты для СМИ: тел. (0312) 61-45-70, e-mail: forum@ls.kg</div>",
        RU_LINKS + "<div>Пресс-служба Кеминской районной администрации. Тел.: (0312) 61-45-70,"
        " forum@ls.kg</div>",
        # ... and an unlabelled address line in the story's own container, nothing between
        "<div class='content'><p>Семинар провела эксперт Гульнара Мамытова из города Бишкек для"
        " всех.</p><p>г. Бишкек, ул. Абдрахманова, 170, тел. (0312) 61-45-70, forum@ls.kg</p></div>",
    ],
    ids=["ky-label", "ru-media", "ru-press-service", "in-container"],
)
def test_html_a_releases_own_closing_contacts_stay(closing: str, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(RU_STORY + closing), encoding="utf-8")
    document = parse_path(path)
    assert document.contacts.phones == ["+996312614570"]
    assert document.contacts.emails == ["forum@ls.kg"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # near misses: links in the article's own prose and contacts stay
        "<p>Байланыш: <a href='mailto:info@vap.kg'>info@vap.kg</a>, <a href='https://vap.kg'>vap.kg</a></p>",
        "<p>Жыйынга <a href='/p/1'>Айгүл Токтосунова</a>, <a href='/p/2'>Бакыт Асанов</a> жана "
        "<a href='/p/3'>Нурлан Эсенов</a> катышты.</p>",
        "<p>Толук маалымат: <a href='/doc/1'>Ала-Бука районунун бюджети</a></p>",
    ],
)
def test_html_links_in_the_articles_prose_stay(paragraph: str) -> None:
    text = _text(STORY + paragraph)
    inner = regex.sub(r"<[^>]+>", "", paragraph)
    assert " ".join(inner.split()) in text


# --- The headline: the <h1>, not a site's name in an <h2> above it.


def test_html_the_h1_is_the_headline_not_the_sites_h2(tmp_path: Path) -> None:
    page = _page(
        "<h2>Тюпская районная государственная администрация</h2><div class='content'>"
        "<h1>Публичные слушания прошли в селе Тюп</h1><p>18 ноября 2016 года в селе Тюп "
        "состоялись публичные слушания по проекту местного бюджета.</p></div>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    from vap_cli.pipeline import parse_path

    assert (
        html_reader.read(page.encode()).meta["headline"] == "Публичные слушания прошли в селе Тюп"
    )
    assert parse_path(tmp_path / "p.html").title == "Публичные слушания прошли в селе Тюп"


def test_html_the_title_without_the_sites_name_is_the_headline() -> None:
    page = (
        "<html><head><title>Публичные слушания прошли в селе Тюп – Тюпская РГА</title></head>"
        "<body><h2>Тюпская РГА</h2><p class='lead'>Публичные слушания прошли в селе Тюп</p>"
        "<p>18 ноября 2016 года в селе Тюп состоялись публичные слушания.</p></body></html>"
    )
    assert (
        html_reader.read(page.encode()).meta["headline"] == "Публичные слушания прошли в селе Тюп"
    )


def test_html_a_logo_in_an_h1_is_no_headline() -> None:
    page = _page("<h1 class='site-logo'>Тюпская РГА</h1><p>В селе Тюп прошли слушания.</p>")
    assert "headline" not in html_reader.read(page.encode()).meta


# --- PDF in two columns: read column by column.


def _two_column_pdf(rows: list[tuple[str, str]], above: list[str], path: Path) -> None:
    """A one-page PDF: the lines of `above` across the page, then rows of two columns
    (the left at x=40, the right at x=320), each string at its own position."""
    used = sorted({ord(ch) for text in [*above, *(a + b for a, b in rows)] for ch in text})
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + b"".join(
            b"%d beginbfchar\n" % len(used[i : i + 100])
            + b"".join(b"<%04X> <%04X>\n" % (c, c) for c in used[i : i + 100])
            + b"endbfchar\n"
            for i in range(0, len(used), 100)
        )
        + b"endcmap CMapName currentdict /CMap defineresource pop end end\n"
    )

    def show(x: int, y: int, text: str) -> bytes:
        return b"BT /F1 9 Tf %d %d Td <%s> Tj ET" % (x, y, text.encode("utf-16-be").hex().encode())

    ops = [show(40, 800 - 14 * n, line) for n, line in enumerate(above)]
    top = 800 - 14 * (len(above) + 1)
    for n, (left, right) in enumerate(rows):
        ops += [show(40, top - 12 * n, left), show(320, top - 12 * n, right)]
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H"
        b" /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans /CIDSystemInfo"
        b" << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    path.write_bytes(pdf_file(objects))


COLUMNS = [
    ("2020-жылдын 18-февралында Боо-Терек", "Жолугушууну айыл өкмөтүнүн башчысы"),
    ("айылынын маданият үйүндө жаштар менен", "Кубанычбек Асылбеков алып барды. Ал"),
    ("жолугушуу өттү. Жолугушууга 35 жаш", "2020-жылы айылда спорт аянтчасы"),
    ("катышты.", "курулаарын билдирди."),
]


def test_pdf_two_columns_are_read_column_by_column(tmp_path: Path) -> None:
    _two_column_pdf(COLUMNS, ["Боо-Терек айылында жаштар менен жолугушуу өттү"], tmp_path / "c.pdf")
    text = pdf_reader.read((tmp_path / "c.pdf").read_bytes()).text
    assert "Жолугушууга 35 жаш катышты." in text
    assert "башчысы Кубанычбек Асылбеков алып барды." in text
    assert text.index("35 жаш") < text.index("Асылбеков")
    assert text.startswith("Боо-Терек айылында жаштар менен жолугушуу өттү\n")


def test_pdf_a_two_column_table_stays_rows(tmp_path: Path) -> None:
    # near miss: a table's short cells in two columns are rows, not columns of prose
    rows = [
        ("Ат-Башы", "24.10.17"),
        ("Кочкор", "25.10.17"),
        ("Нарын", "26.10.17"),
        ("Жумгал", "27.10.17"),
    ]
    _two_column_pdf(rows, ["Семинарлардын графиги"], tmp_path / "t.pdf")
    text = pdf_reader.read((tmp_path / "t.pdf").read_bytes()).text
    assert "Ат-Башы\t24.10.17\nКочкор\t25.10.17" in text


def test_pdf_two_columns_give_the_counts_and_roles(tmp_path: Path) -> None:
    from vap_cli.pipeline import parse_path

    _two_column_pdf(COLUMNS, ["Боо-Терек айылында жаштар менен жолугушуу өттү"], tmp_path / "c.pdf")
    doc = parse_path(tmp_path / "c.pdf")
    assert [p.count for p in doc.participants] == [35]


# --- .docx headers and footers: a letterhead's units and a footer's phones belong to the
# document; page numbers do not.


def test_docx_headers_and_footers_are_read_around_the_body() -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def build(document: docx.document.Document) -> None:
        section = document.sections[0]
        section.header.paragraphs[0].text = "Ош облусу, Кара-Кулжа району, Кара-Кулжа айыл өкмөтү"
        section.footer.paragraphs[
            0
        ].text = "Кара-Кулжа айылы, Манас көчөсү, 3. Тел.: (03230) 5-01-02"
        number = section.footer.add_paragraph()
        run = number.add_run()
        for kind, text in (("begin", None), (None, "PAGE"), ("separate", None)):
            if kind:
                field = OxmlElement("w:fldChar")
                field.set(qn("w:fldCharType"), kind)
                run._r.append(field)
            else:
                instr = OxmlElement("w:instrText")
                instr.text = text
                run._r.append(instr)
        number.add_run("1")
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        number.add_run()._r.append(end)
        section.footer.add_paragraph("- 2 -")
        document.add_paragraph("МААЛЫМАТ")
        document.add_paragraph("Сессияга 21 депутат катышты.")

    text = docx_reader.read(_docx_bytes(build)).text
    assert text.split("\n") == [
        "Ош облусу, Кара-Кулжа району, Кара-Кулжа айыл өкмөтү",
        "",
        "МААЛЫМАТ",
        "Сессияга 21 депутат катышты.",
        "",
        "Кара-Кулжа айылы, Манас көчөсү, 3. Тел.: (03230) 5-01-02",
    ]


def test_docx_a_first_page_letterhead_is_read_once() -> None:
    def build(document: docx.document.Document) -> None:
        section = document.sections[0]
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = "Нарын облусу, Кочкор району"
        section.header.paragraphs[0].text = "Нарын облусу, Кочкор району"
        document.add_paragraph("Текст")
        document.add_section()
        document.add_paragraph("Экинчи бөлүм")

    text = docx_reader.read(_docx_bytes(build)).text
    # (the section's break is an empty paragraph of the body: a blank line)
    assert text.split("\n") == ["Нарын облусу, Кочкор району", "", "Текст", "", "Экинчи бөлүм"]
