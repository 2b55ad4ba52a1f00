"""Readers of .docx, .html and .pdf: the text in reading order, page furniture
left out, and a damaged file as a one-line InputError (never a traceback)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
import regex

from make_inputs import to_docx, to_html, to_pdf
from vap_cli.errors import InputError
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
    assert doc.meta == {"title": "Окуу өттү | ЖӨБ Союзу", "date": "2020-03-12"}


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
