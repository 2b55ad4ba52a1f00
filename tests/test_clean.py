"""`vap clean`: only the listed fixes, a diff on --dry-run, backups on --in-place,
idempotent, and never a guess at an uncertain encoding."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from vap_cli.clean import clean_text
from vap_cli.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_001 = ROOT / "samples" / "001_09dcb3baf791aa0b.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ӊ (n with tail) is not a Kyrgyz letter: ң is.
        ("Дуйнөдө кеӊири колдонулган", "Дуйнөдө кеңири колдонулган"),
        ("ӉООКАТ районунда", "ҢООКАТ районунда"),
        # Latin look-alikes inside a Cyrillic word; Latin words and mixed words with
        # other Latin letters stay as written.
        ("Бишкeк шаарында", "Бишкек шаарында"),
        ("USAIDтин долбоору, SDC жана IT-борбор", "USAIDтин долбоору, SDC жана IT-борбор"),
        # No-break spaces: a space between words, nothing next to a space.
        ("институту\u00a0аткарат", "институту аткарат"),
        ("өнүктүрүүдө \u00a0ийгиликтүү", "өнүктүрүүдө ийгиликтүү"),
        # ... but in a gap wide enough to part a line's cells (segment/lines.py's WIDE_GAP)
        # each is a space, so the cells stay parted; a narrower gap loses them.
        ("Бишкек, \u00a0\u00a02019-жылдын 12-марты", "Бишкек,   2019-жылдын 12-марты"),
        ("Ак-Суу айылы \u00a0 7-март 2021-жыл", "Ак-Суу айылы   7-март 2021-жыл"),
        ("Бишкек, \u00a02019-жылдын 12-марты", "Бишкек, 2019-жылдын 12-марты"),
        ("15\u202f000 сом", "15 000 сом"),
        # Soft hyphens go.
        ("кызмат\u00adташтык", "кызматташтык"),
        # Line endings, trailing spaces, runs of blank lines.
        ("Биринчи  \r\nЭкинчи\t\r\n", "Биринчи\nЭкинчи\n"),
        ("Аталыш\n\n\n\n\nТекст", "Аталыш\n\n\nТекст"),
        ("\n\n\nТекст\n\n\n", "Текст\n"),
        # Decomposed letters are composed (NFC): й written as и + breve.
        ("и\u0306ыйын", "йыйын"),
        # Everything else stays: quotes, dashes, double spaces inside a line, tabs.
        ("«Элдин үнү» – “ЖДККЖ” 2020–2025-жж.", "«Элдин үнү» – “ЖДККЖ” 2020–2025-жж."),
        ("Союзунун  2020", "Союзунун  2020"),
        ("\tКүнү\tРайону", "\tКүнү\tРайону"),
    ],
)
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text)[0] == expected


@given(st.text(alphabet="ӊӉңаeкБDи\u0306 \u00a0\u202f\u00ad\r\n\t«»–-", max_size=200))
def test_cleaning_twice_changes_nothing(text: str) -> None:
    once, _ = clean_text(text)
    assert clean_text(once) == (once, {})


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
@pytest.mark.xdist_group("timed")  # timed or kills processes: never beside another such test
@pytest.mark.parametrize(
    "hostile",
    [
        " " * 200_000,
        "\u00a0" * 200_000,
        "а\u00a0" * 100_000,
        "\n \n" * 70_000,
        "e" * 200_000,
        "Бe" * 100_000,
    ],
)
def test_hostile_input_is_linear(hostile: str) -> None:
    started = time.perf_counter()
    clean_text(hostile)
    assert time.perf_counter() - started < 1.0


def _invoke(*args: str):
    return CliRunner().invoke(cli, ["clean", *args])


def test_dry_run_on_sample_001_shows_the_letter_fixes_and_changes_nothing() -> None:
    before = SAMPLE_001.read_bytes()
    result = _invoke("--dry-run", str(SAMPLE_001))
    assert result.exit_code == 0
    assert SAMPLE_001.read_bytes() == before
    removed = [
        ln[1:]
        for ln in result.stdout.splitlines()
        if ln.startswith("-") and not ln.startswith("---")
    ]
    added = [
        ln[1:]
        for ln in result.stdout.splitlines()
        if ln.startswith("+") and not ln.startswith("+++")
    ]
    assert any("кеӊири" in ln for ln in removed) and any("кеңири" in ln for ln in added)
    assert len(removed) == len(added)
    for old, new in zip(removed, added, strict=True):
        # Each changed line differs by ӊ -> ң and invisible no-break spaces only.
        assert (
            old.replace("ӊ", "ң")
            .replace(" \u00a0", " ")
            .replace("\u00a0 ", " ")
            .replace("\u00a0", " ")
            == new
        )
    assert "3 look-alike letters, 3 no-break spaces" in result.stderr


def test_clean_for_real_then_again_changes_nothing(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(ROOT / "samples", inbox)
    first = _invoke(str(inbox), "--in-place")
    assert first.exit_code == 0, first.stderr
    cleaned = {p.name: p.read_bytes() for p in inbox.glob("*.txt")}
    assert "кеңири" in (inbox / SAMPLE_001.name).read_text(encoding="utf-8")
    second = _invoke(str(inbox), "--in-place")
    assert second.exit_code == 0
    assert "changed 0" in second.stderr
    assert {p.name: p.read_bytes() for p in inbox.glob("*.txt")} == cleaned
    assert not list(inbox.glob("*.bak.1"))  # nothing to back up the second time


def test_in_place_keeps_a_backup_of_the_original(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    original = "Семинар в Нарыне  \r\n".encode("cp1251")
    path.write_bytes(original)
    result = _invoke(str(path), "--in-place")
    assert result.exit_code == 0
    assert path.read_bytes() == "Семинар в Нарыне\n".encode()
    assert (tmp_path / "ru.txt.bak").read_bytes() == original
    assert "cp1251 -> utf-8" in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_converted(tmp_path: Path, encoding: str) -> None:
    """The reader finds UTF-16 without a BOM by its NUL bytes, not by a guess: clean
    converts it as it converts UTF-16 with one, as `vap parse` reads it."""
    path = tmp_path / "notice.txt"
    original = "Ат-Башы районунда 12 айыл өкмөтү  \r\nсеминарга катышты.\r\n".encode(encoding)
    path.write_bytes(original)
    result = _invoke(str(path), "--in-place")
    assert result.exit_code == 0, result.stderr
    assert path.read_bytes() == "Ат-Башы районунда 12 айыл өкмөтү\nсеминарга катышты.\n".encode()
    assert (tmp_path / "notice.txt.bak").read_bytes() == original
    assert f"{encoding} -> utf-8" in result.stderr


def test_in_place_on_a_link_cleans_its_target_and_the_link_stays(tmp_path: Path) -> None:
    """As for every output: a symbolic link is followed, not replaced by a file."""
    target, link = tmp_path / "real.txt", tmp_path / "link.txt"
    original = "Ат-Башы районунда кеӊеш өттү.  \r\n".encode()
    target.write_bytes(original)
    link.symlink_to(target.name)
    result = _invoke(str(link), "--in-place")
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert target.read_bytes() == "Ат-Башы районунда кеңеш өттү.\n".encode()
    backup = tmp_path / "link.txt.bak"
    assert not backup.is_symlink() and backup.read_bytes() == original


def test_out_dir_writes_through_a_link_it_finds_there(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Нарын облусу  \n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    kept = tmp_path / "kept.txt"
    kept.write_text("old\n", encoding="utf-8")
    (tmp_path / "out" / "a.txt").symlink_to(kept)
    result = _invoke(str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "a.txt").is_symlink()
    assert kept.read_text(encoding="utf-8") == "Нарын облусу\n"


def test_backup_dir_keeps_the_folder_layout(tmp_path: Path) -> None:
    (tmp_path / "in" / "2020").mkdir(parents=True)
    (tmp_path / "in" / "2020" / "a.txt").write_text("кеӊири\n", encoding="utf-8")
    result = _invoke(str(tmp_path / "in"), "--in-place", "--backup-dir", str(tmp_path / "bak"))
    assert result.exit_code == 0
    assert (tmp_path / "bak" / "2020" / "a.txt").read_text(encoding="utf-8") == "кеӊири\n"
    assert not (tmp_path / "in" / "2020" / "a.txt.bak").exists()


def test_out_dir_writes_every_file_and_leaves_the_originals(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_bytes("кеӊири\r\n".encode("utf-16"))
    (inbox / "b.txt").write_text("таза текст\n", encoding="utf-8")
    _docx(inbox / "c.docx", "Ош шаарында\u00a0семинар өттү.")
    (inbox / "d.html").write_text(
        "<html><body><p>Нарын  облусу</p></body></html>", encoding="utf-8"
    )
    result = _invoke(str(inbox), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "a.txt").read_bytes() == "кеңири\n".encode()
    assert (tmp_path / "out" / "b.txt").read_bytes() == "таза текст\n".encode()
    assert (inbox / "a.txt").read_bytes() == "кеӊири\r\n".encode("utf-16")
    # other formats are written as their clean text
    assert (tmp_path / "out" / "c.txt").read_text(encoding="utf-8") == "Ош шаарында семинар өттү.\n"
    assert "Нарын" in (tmp_path / "out" / "d.txt").read_text(encoding="utf-8")
    assert not (tmp_path / "out" / "c.docx").exists()


def _docx(path: Path, paragraph: str) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(paragraph)
    document.save(str(path))


def test_a_docx_and_a_txt_of_one_name_do_not_overwrite_each_other(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    _docx(inbox / "a.docx", "Ош шаарында семинар өттү.")
    (inbox / "a.txt").write_text("Нарын\u00a0облусу\n", encoding="utf-8")
    result = _invoke(str(inbox), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    # the first in path order keeps out/a.txt; the other is one error line naming both
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "Ош шаарында семинар өттү.\n"
    errors = [line for line in result.stderr.splitlines() if line.startswith("vap: error:")]
    assert len(errors) == 1
    assert str(inbox / "a.txt") in errors[0] and str(inbox / "a.docx") in errors[0]


def test_two_folders_with_the_same_file_name_do_not_overwrite_each_other(tmp_path: Path) -> None:
    for folder, text in (("one", "Бишкек\u00a0шаары\n"), ("two", "Ош\u00a0шаары\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(text, encoding="utf-8")
    result = _invoke(str(tmp_path / "one"), str(tmp_path / "two"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert (tmp_path / "out" / "x.txt").read_text(encoding="utf-8") == "Бишкек шаары\n"
    assert f"vap: error: {tmp_path / 'two' / 'x.txt'}: " in result.stderr


def test_the_same_name_in_a_subfolder_is_another_output(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "x.txt").write_text("Бишкек\u00a0шаары\n", encoding="utf-8")
    _docx(inbox / "sub" / "x.docx", "Ош шаары")
    result = _invoke(str(inbox), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "x.txt").read_text(encoding="utf-8") == "Бишкек шаары\n"
    assert (tmp_path / "out" / "sub" / "x.txt").read_text(encoding="utf-8") == "Ош шаары\n"


def test_in_place_leaves_other_formats_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.docx"
    _docx(path, "Ош шаарында семинар өттү.")
    before = path.read_bytes()
    result = _invoke(str(path), "--in-place")
    assert "not rewritten in place" in result.stderr
    assert path.read_bytes() == before


def test_in_place_counts_only_what_it_changed(tmp_path: Path) -> None:
    """A document it does not rewrite in place is skipped, not reported as changed."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Нарын\u00a0шаарында жыйын өттү.\n", encoding="utf-8")
    _docx(inbox / "b.docx", "Ош\u00a0шаарында семинар өттү.")
    (inbox / "c.txt").write_text("Таласта кеңешме болду.\n", encoding="utf-8")  # already clean
    result = _invoke(str(inbox), "--in-place")
    assert result.exit_code == 0, result.stderr
    assert "vap clean: 2 files, changed 1, 0 failed" in result.stderr
    assert "b.docx: docx -> utf-8" not in result.stderr
    assert f"vap: skipped: {inbox / 'b.docx'}: a .docx is not rewritten in place" in result.stderr
    # near miss: into a folder the document is converted, and counted (a.txt is clean now)
    result = _invoke(str(inbox), "-o", str(tmp_path / "out"))
    assert "b.docx: docx -> utf-8" in result.stderr
    assert "vap clean: 3 files, changed 1, 0 failed" in result.stderr


def test_a_file_it_cannot_decode_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    data = b"\x00\x01\x02\x03 binary \xff\xfe\xfa"
    path.write_bytes(data)
    result = _invoke(str(path), "--in-place")
    assert result.exit_code == 1
    assert f"vap: error: {path}: binary file" in result.stderr
    assert path.read_bytes() == data and not (tmp_path / "broken.txt.bak").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--in-place", "--out-dir", "x"],  # both
        [],  # neither
        ["--out-dir", "x", "--backup-dir", "y"],  # backup without --in-place
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert _invoke(str(SAMPLE_001), *args).exit_code == 2


def test_dry_run_headers_of_an_absolute_path_read_as_git_writes_them(tmp_path: Path) -> None:
    path = tmp_path / "walkdata" / "a.txt"
    path.parent.mkdir()
    path.write_text("Бишкeк шаарында\n", encoding="utf-8")
    relative = str(path).lstrip("/")
    result = _invoke("--dry-run", str(path))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:3] == [
        f"# vap clean: a/{relative}: 1 Latin letter in a Cyrillic word",  # why, then the diff
        f"--- a/{relative}",
        f"+++ b/{relative}",
    ]


def test_dry_run_headers_of_a_relative_path_are_unchanged(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("Бишкeк шаарында\n", encoding="utf-8")
    result = _invoke("--dry-run", "a.txt")
    assert result.stdout.splitlines()[1:3] == ["--- a/a.txt", "+++ b/a.txt"]


def test_a_named_file_of_an_unknown_format_fails(tmp_path: Path) -> None:
    path = tmp_path / "a.rtf"
    path.write_bytes(b"{\\rtf1 text}")
    result = _invoke(str(path), "--dry-run")
    assert result.exit_code == 1
    assert "unsupported format '.rtf'" in result.stderr


def test_a_damaged_pdf_is_one_error_line(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4")
    result = _invoke(str(path), "--dry-run")
    assert result.exit_code == 1
    assert f"vap: error: {path}:" in result.stderr and "Traceback" not in result.stderr


def test_clean_leaves_a_file_with_broken_utf8_untouched(tmp_path):
    from vap_cli.clean import clean_file
    from vap_cli.errors import InputError

    path = tmp_path / "broken.txt"
    data = "Нарын облусунда тренинг өттү.\n".encode() * 20 + b"\xff\n"
    path.write_bytes(data)
    with pytest.raises(InputError, match="invalid UTF-8"):
        clean_file(str(path))
    assert path.read_bytes() == data


# --dry-run lists every file --in-place would rewrite, saying why, even when its text is
# the same (an analyst's walkthrough: the diff showed the CRLF file only, --in-place
# rewrote six). Written for these tests.
_TEXT = "Ат-Башы районунда 12 айыл өкмөтү семинарга катышты.\nСеминар эки күн өттү.\n"
_REWRITTEN = {
    "cp1251.txt": (
        "Семинар в Нарыне прошел 12 мая.\nУчастники обсудили бюджет.\n".encode("cp1251"),
        "re-encoded cp1251 -> utf-8, the text is the same",
    ),
    "koi8r.txt": (
        "Семинар в Нарыне прошел 12 мая.\nУчастники обсудили бюджет.\n".encode("koi8-r"),
        "re-encoded koi8-r -> utf-8, the text is the same",
    ),
    "utf16le.txt": (
        _TEXT.encode("utf-16-le"),
        "re-encoded utf-16-le -> utf-8, the text is the same",
    ),
    "utf16bom.txt": (
        _TEXT.encode("utf-16"),
        "re-encoded utf-16 -> utf-8, byte-order mark dropped, the text is the same",
    ),
    "bom.txt": (
        _TEXT.encode("utf-8-sig"),
        "byte-order mark dropped (utf-8-sig -> utf-8), the text is the same",
    ),
    "crlf.txt": (_TEXT.replace("\n", "\r\n").encode(), "2 line endings made LF"),
}


def test_dry_run_lists_every_file_in_place_would_rewrite_and_why(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, (data, _) in _REWRITTEN.items():
        (inbox / name).write_bytes(data)
    (inbox / "clean.txt").write_bytes(_TEXT.encode())
    before = {p.name: p.read_bytes() for p in inbox.iterdir()}
    review = _invoke(str(inbox), "--dry-run")
    assert review.exit_code == 0, review.stderr
    assert {p.name: p.read_bytes() for p in inbox.iterdir()} == before
    said = {
        Path(line.split(": ")[1]).name: line.split(": ", 2)[2]
        for line in review.stdout.splitlines()
        if line.startswith("# vap clean: ")
    }
    assert said == {name: why for name, (_, why) in _REWRITTEN.items()}
    assert "would change 6" in review.stderr
    # the files listed are the files --in-place rewrites (each backed up)
    done = _invoke(str(inbox), "--in-place", "--backup-dir", str(tmp_path / "bk"))
    assert done.exit_code == 0, done.stderr
    assert {p.name for p in (tmp_path / "bk").iterdir()} == set(said)
