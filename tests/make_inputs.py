"""Generators of test inputs in every format vap reads, built from a sample's text.

No binary fixtures are checked in: each test builds its folder with these.
The PDF writer needs no library and no font file: it writes a Type0 font with
an identity encoding and a ToUnicode map, so the text layer is exact Unicode
(viewers substitute a font; text extraction needs none).
"""

from __future__ import annotations

import html
import io
from pathlib import Path

LINES_PER_PAGE = 60


def to_docx(text: str, path: Path) -> None:
    """Each line a paragraph; runs of tab-separated lines become a Word table."""
    import docx

    document = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                table.cell(i, j).text = cell
        rows.clear()

    for line in text.split("\n"):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        flush()
        document.add_paragraph(line)
    flush()
    document.save(str(path))


def to_html(text: str, path: Path, title: str = "", date: str | None = None) -> None:
    """A saved news page: menus, scripts and a footer around an <article>."""
    blocks: list[str] = []
    for paragraph in text.split("\n\n"):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        if not lines:
            continue
        if all("\t" in line for line in lines):
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t")) + "</tr>"
                for line in lines
            )
            blocks.append(f"<table>{rows}</table>")
        else:
            blocks.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>")
    date_meta = (
        f'<meta property="article:published_time" content="{date}T10:00:00+06:00">' if date else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="ky"><head><meta charset="utf-8"><title>{html.escape(title)}</title>{date_meta}
<style>body {{ font-family: sans-serif; }}</style>
<script>window.dataLayer = []; function track() {{ return "Башкы бет"; }}</script></head>
<body><header><div class="logo">ЖӨБ Союзу</div>
<ul class="main-menu"><li><a href="/">Башкы бет</a></li><li><a href="/news">Жаңылыктар</a></li></ul></header>
<nav class="breadcrumbs"><a href="/">Башкы</a> / Жаңылыктар</nav>
<div class="page"><article class="node">
{chr(10).join(blocks)}
</article>
<aside class="sidebar"><h3>Акыркы жаңылыктар</h3><ul><li>Башка жаңылык 2019-жылдын 1-майы</li></ul></aside></div>
<footer><p>© 2020 Бишкек ш., тел. 0312 000000</p></footer></body></html>
"""
    path.write_text(page, encoding="utf-8")


def to_pdf(text: str, path: Path, width: int | None = None) -> None:
    """A PDF whose text layer holds the lines of `text` in order, on as many pages as
    needed; with `width`, long lines wrap at that many characters, as a page does."""
    lines = text.split("\n")
    if width:
        import textwrap

        lines = [
            part
            for line in lines
            for part in (
                textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
                if len(line) > width and "\t" not in line
                else [line]
            )
        ]
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)] or [[]]
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    # Map only the characters used: a full 0000-FFFF range makes readers build a
    # 65 536-entry table per page.
    used = sorted({ord(ch) for ch in text if ch != "\n" and ord(ch) <= 0xFFFF})
    chunks = [used[i : i + 100] for i in range(0, len(used), 100)]
    mappings = b"".join(
        b"%d beginbfchar\n" % len(chunk)
        + b"".join(b"<%04X> <%04X>\n" % (code, code) for code in chunk)
        + b"endbfchar\n"
        for chunk in chunks
    )
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + mappings
        + b"endcmap CMapName currentdict /CMap defineresource pop end end\n"
    )
    to_unicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [0 -200 1000 900]"
        b" /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>"
    )
    cid_font = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /FontDescriptor %d 0 R /DW 500 /CIDToGIDMap /Identity >>" % descriptor
    )
    font = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H"
        b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid_font, to_unicode)
    )
    page_ids = []
    for page_lines in pages:
        ops = [b"BT /F1 9 Tf 12 TL 30 800 Td"]
        for line in page_lines:
            if line:
                ops.append(b"<" + line.encode("utf-16-be").hex().upper().encode() + b"> Tj")
            ops.append(b"T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_obj, content, font)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    path.write_bytes(pdf_file(objects, root=catalog))


def pdf_file(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file of these numbered objects (1, 2, ...): header, bodies, the cross-
    reference table and the trailer naming object `root` as the catalog."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, root, xref)
    )
    return out.getvalue()


# A short Russian press release (written for these tests): Kyrgyz letters ң, ө, ү
# have no place in cp1251, so a cp1251 file in analysts' folders is Russian.
RUSSIAN_RELEASE = """ПРЕСС-РЕЛИЗ
Кыргызстан, Бишкек

Семинар для депутатов местных кенешей

15 апреля 2021 года в Нарыне прошёл однодневный семинар для депутатов местных кенешей.
В семинаре приняли участие 35 человек из Нарынской области.

Контакты: Айгуль Осмонова, тел. 0312 123456, e-mail: press@example.kg
"""


def near_duplicate(text: str) -> str:
    """The same release with another header line and two small edits."""
    lines = text.split("\n")
    lines.insert(0, "Жаңылыктар | Маалымат кызматы")
    edited = "\n".join(lines)
    edited = edited.replace(" жана ", " ошондой эле ", 1)
    return edited.replace("болуп өттү", "өттү", 1)


def build_inbox(samples: Path, folder: Path) -> dict[str, Path]:
    """An analyst's messy folder: other formats, other encodings, duplicates, junk.

    Returns the files by role. The .docx, .html and .pdf hold three different
    samples, so that the only duplicates in the folder are the planted ones."""
    folder.mkdir(parents=True, exist_ok=True)
    text = {p.stem[:3]: p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))}
    files = {
        "docx": folder / "004_schedule.docx",
        "html": folder / "000_saved_page.html",
        "pdf": folder / "003_scan_with_text.pdf",
        "utf16": folder / "002_utf16.txt",
        "cp1251": folder / "ru_cp1251.txt",
        "original": folder / "001_release.txt",
        "duplicate": folder / "001_release_copy.txt",
        "near_of": folder / "002_utf16.txt",
        "near": folder / "002_utf16_edited.txt",
        "unsupported": folder / "notes.odt",
    }
    to_docx(text["004"], files["docx"])
    to_html(text["000"], files["html"], title="Жаңылыктар")
    to_pdf(text["003"], files["pdf"])
    files["utf16"].write_bytes(text["002"].encode("utf-16"))
    files["cp1251"].write_bytes(RUSSIAN_RELEASE.replace("\n", "\r\n").encode("cp1251"))
    files["original"].write_text(text["001"], encoding="utf-8")
    # The copy was saved by another editor: CRLF line endings, a BOM, no-break spaces.
    copy = text["001"].replace("\n", "\r\n").replace("\u00a0", " ")
    files["duplicate"].write_bytes(copy.encode("utf-8-sig"))
    files["near"].write_text(near_duplicate(text["002"]), encoding="utf-8")
    files["unsupported"].write_bytes(b"PK\x03\x04 an OpenDocument file")
    return files
