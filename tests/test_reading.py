"""Reading text files: every encoding analysts' folders hold, and bad files."""

from __future__ import annotations

import codecs

import pytest

from vap_cli.errors import InputError
from vap_cli.models import WarningCode
from vap_cli.read import read_path

KYRGYZ = (
    "2017-жылдын 20-ноябрынан 25-декабрына чейин Нарын облусунда үч күндүк окуу "
    "тренингдери өтөт. Маалымат үчүн: Нургүл Жаманкулова, тел.: (0770) 771-711."
)
# cp1251 and KOI8-R have no ң, ө, ү: files in those code pages are Russian (or
# Kyrgyz typed with Russian letters).
RUSSIAN = (
    "С 20 по 25 ноября 2017 года в Нарынской области прошли трехдневные тренинги "
    "для глав айыл окмоту. Всего в обучении приняли участие 385 человек, в том числе "
    "главы из Ат-Башинского и Кочкорского районов. Подробная информация по телефону."
)


@pytest.mark.parametrize(
    ("encoding", "text", "data"),
    [
        ("utf-8", KYRGYZ, KYRGYZ.encode("utf-8")),
        ("utf-8-sig", KYRGYZ, codecs.BOM_UTF8 + KYRGYZ.encode("utf-8")),
        ("utf-16-le", KYRGYZ, codecs.BOM_UTF16_LE + KYRGYZ.encode("utf-16-le")),
        ("utf-16-be", KYRGYZ, codecs.BOM_UTF16_BE + KYRGYZ.encode("utf-16-be")),
        ("cp1251", RUSSIAN, RUSSIAN.encode("cp1251")),
        ("koi8-r", RUSSIAN, RUSSIAN.encode("koi8-r")),
    ],
)
def test_each_encoding_is_decoded_to_the_same_text(tmp_path, encoding, text, data):
    path = tmp_path / f"doc-{encoding}.txt"
    path.write_bytes(data)
    assert read_path(path).text == text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n\t ", "empty file"),
        (b"\x00\x01\x02\x03PK\x03\x04" * 50, "binary file"),
        (bytes(range(256)) * 20, "binary"),
    ],
)
def test_bad_files_raise_a_one_line_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason) as info:
        read_path(path)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nothing.txt")


def test_unsupported_format(tmp_path):
    path = tmp_path / "table.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="unsupported format"):
        read_path(path)


# ------------------------------------------------------------- the Python API's errors


def test_parse_path_names_the_file_it_cannot_read(tmp_path, monkeypatch):
    """The Python API has no command line to put the path before its message."""
    import vap_cli
    from vap_cli import parse_path

    assert vap_cli.InputError is InputError  # catchable by name from the package
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=r"^nope\.txt: no such file or folder$") as info:
        parse_path("nope.txt")
    assert (info.value.path, info.value.reason) == ("nope.txt", "no such file or folder")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match=r"^empty\.txt: empty file$"):
        parse_path("empty.txt")
    # near miss: the command line prints the path once, before the bare reason
    from click.testing import CliRunner

    from vap_cli.cli import cli

    result = CliRunner().invoke(cli, ["parse", "nope.txt", "-q"])
    assert "nope.txt: no such file or folder" in result.stderr
    assert "nope.txt: nope.txt" not in result.stderr


def test_parse_path_given_a_folder_says_how_to_read_one(tmp_path):
    from vap_cli import parse_path

    (tmp_path / "week1").mkdir()
    with pytest.raises(InputError, match="week1: is a folder: parse_path reads one file") as info:
        parse_path(tmp_path / "week1")
    assert "frames(folder)" in str(info.value) and "vap parse FOLDER" in str(info.value)
    assert "unsupported format" not in str(info.value)


def test_parse_text_given_bytes_says_it_takes_str():
    from vap_cli import parse_text

    with pytest.raises(TypeError, match="parse_text takes the text as str, not bytes: decode"):
        parse_text("Нарын облусунда тренинг өттү.".encode())
    assert parse_text("Нарын облусунда тренинг өттү.").places  # near miss: a str is read


def test_parse_path_given_bytes_reads_the_file_they_name(tmp_path):
    """Bytes name a file as the system does: a name that is not UTF-8 is found."""
    import os

    from vap_cli import parse_path

    raw = os.fsencode(tmp_path) + b"/bad\xff\xfe.txt"
    with open(raw, "wb") as fh:
        fh.write("Нарын облусунда тренинг өттү.".encode())
    document = parse_path(raw)
    assert os.fsencode(document.source) == raw and document.places


@pytest.mark.parametrize("given", [None, 123], ids=["none", "a-number"])
def test_parse_path_and_frames_given_no_path_say_what_they_take(given):
    from vap_cli import parse_path

    with pytest.raises(TypeError, match=r"^parse_path takes a path \(str, bytes or os.PathLike\)"):
        parse_path(given)
    pytest.importorskip("pandas")
    from vap_cli.frames import frames

    with pytest.raises(TypeError, match=r"^frames takes a path or a list of paths"):
        frames(given)


def test_an_input_error_survives_a_trip_to_a_worker():
    import pickle

    error = pickle.loads(pickle.dumps(InputError("empty file", "a.txt")))
    assert (str(error), error.reason, error.path) == ("a.txt: empty file", "empty file", "a.txt")


def test_utf8_with_a_stray_byte_is_read_and_the_document_says_so(tmp_path):
    from vap_cli import parse_path

    path = tmp_path / "stray.txt"
    path.write_bytes(
        KYRGYZ.encode("utf-8").replace("Нарын".encode(), b"\xff" + "Нарын".encode(), 1)
    )
    assert read_path(path).text == KYRGYZ.replace("Нарын", "\ufffdНарын", 1)
    document = parse_path(path)
    assert [w.code for w in document.warnings] == [WarningCode.INVALID_UTF8_REPLACED]
    assert "1 invalid byte" in document.warnings[0].message
    assert document.dates, "the rest of the text is parsed as usual"


def test_a_file_mostly_utf8_with_lines_in_cp1251_is_read_line_by_line(tmp_path):
    """Finding 9 of walk23: a UTF-8 release with a part pasted from a cp1251 one was
    read whole as mac_cyrillic, every fact lost."""
    from vap_cli import parse_path

    kyrgyz = [KYRGYZ, "Иш-чарага 40 киши катышты.", "Тренинг Нарын шаарында өттү."]
    path = tmp_path / "mixed.txt"
    lines = [line.encode("utf-8") for line in kyrgyz] + [RUSSIAN.encode("cp1251")]
    path.write_bytes(b"\n".join(lines))
    raw = read_path(path)
    assert raw.text == "\n".join([*kyrgyz, RUSSIAN])
    assert raw.encoding == "utf-8+cp1251"
    [warning] = raw.warnings
    assert warning.code == WarningCode.ENCODING_GUESSED
    assert "mixed encodings: 1 line read as cp1251" in warning.message
    assert parse_path(path).places, "the facts are read"


def test_a_cp1251_file_with_a_few_utf8_lines_is_still_read_whole(tmp_path):
    """Near miss: most lines fail UTF-8, so the file is one code page's, as before."""
    path = tmp_path / "ru.txt"
    lines = [RUSSIAN.encode("cp1251")] * 3 + ["Нарын".encode()]
    path.write_bytes(b"\n".join(lines))
    assert read_path(path).encoding == "cp1251"


def test_cp1251_is_not_mistaken_for_broken_utf8(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    raw = read_path(path)
    assert raw.text == RUSSIAN and not raw.warnings
