"""Bad input and hostile machines: each case gives one clear line or correct
output, the documented exit code, and leaves nothing behind.

File names that are not UTF-8, full disks, outputs that are devices, pipes or
links, zip bombs, deep HTML, unreadable folders, FIFOs, UTF-16 without a byte
order mark, stray NUL bytes, code pages told apart, and SIGHUP."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from make_inputs import to_docx, to_pdf
from vap_cli.cli import cli
from vap_cli.errors import InputError
from vap_cli.models import WarningCode
from vap_cli.read import read_path
from vap_cli.readers import archive

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "000_7de6523ac942d557.txt"
VAP = [sys.executable, "-m", "vap_cli"]
# Written for these tests.
RELEASE = (
    "Бишкек, 2019-жылдын 12-марты. Нарын облусунда семинар өттү.\n"
    "Иш-чарага 40 киши катышты. Байланыш: info@vap.kg\n"
)
# Past the documented limits of a .docx: 100 MB unpacked, 5,000 parts.
BOMB_BYTES = 101 * 1024 * 1024
BOMB_PARTS = 5001
LIED_SIZE = 2048  # what a lying zip's headers say its member holds
LYING_HOLDS = 16 * 1024 * 1024  # what it holds
RUSSIAN = "Семинар прошёл в городе Ош 5 мая. Приняли участие около 30 человек."


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def vap(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*VAP, *args], capture_output=True, timeout=timeout, **kwargs)


def one_error_line(stderr: str | bytes) -> str:
    """The single `vap: error:` line of stderr; no traceback."""
    text = stderr.decode() if isinstance(stderr, bytes) else stderr
    assert "Traceback" not in text
    lines = [line for line in text.splitlines() if line.startswith("vap: error:")]
    assert len(lines) == 1, text
    return lines[0]


# --------------------------------------------------------------- file names


@pytest.fixture
def odd_name(tmp_path: Path) -> tuple[Path, bytes]:
    """A folder holding one release (naming a person) whose name is Latin-1, not UTF-8."""
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/caf\xe9 \xd0.txt"
    with open(raw, "wb") as fh:
        fh.write((ROOT / "samples" / "001_09dcb3baf791aa0b.txt").read_bytes())
    return folder, raw


def test_a_name_that_is_not_utf8_reads_back_exactly_from_jsonl_and_json(odd_name):
    folder, raw = odd_name
    lines = invoke("parse", str(folder), "-q")
    assert lines.exit_code == 0, lines.stderr
    source = json.loads(lines.stdout.splitlines()[0])["source"]
    assert os.fsencode(source) == raw
    assert "\\udce9" in lines.stdout and "caf" in lines.stdout  # readable, escaped
    array = invoke("parse", str(folder), "-q", "-f", "json")
    assert os.fsencode(json.loads(array.stdout)[0]["source"]) == raw


def test_a_name_that_is_not_utf8_is_written_escaped_to_csv_sqlite_and_xlsx(odd_name, tmp_path):
    folder, raw = odd_name
    assert (
        invoke("parse", str(folder), "-q", "-f", "csv", "-o", str(tmp_path / "csv")).exit_code == 0
    )
    with open(tmp_path / "csv" / "documents.csv", encoding="utf-8", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["source"] == os.fsdecode(raw).encode("utf-8", "backslashreplace").decode()
    db = tmp_path / "out.db"
    assert invoke("parse", str(folder), "-q", "-f", "sqlite", "-o", str(db)).exit_code == 0
    (stored,) = sqlite3.connect(db).execute("SELECT source FROM documents").fetchone()
    assert stored == row["source"] and stored.endswith("caf\\udce9 \\udcd0.txt")
    xlsx = tmp_path / "out.xlsx"
    assert invoke("parse", str(folder), "-q", "-o", str(xlsx)).exit_code == 0  # a traceback
    sheet = openpyxl.load_workbook(xlsx, read_only=True)["documents"]
    (names, *rows) = sheet.iter_rows(values_only=True)
    assert rows[0][names.index("source")] == row["source"]


def test_a_name_that_is_not_utf8_or_a_lone_surrogate_in_the_api_is_the_json_of_vap_parse(
    odd_name,
):
    from vap_cli import parse_path, parse_text

    folder, raw = odd_name
    line = invoke("parse", str(folder), "-q").stdout.splitlines()[0]
    assert parse_path(os.fsdecode(raw)).model_dump_json() == line  # pydantic raised here
    text = "Нарын облусунда \ud800 тренинг өттү, 40 адам катышты."
    dumped = parse_text(text).model_dump_json()
    assert "\\ud800" in dumped and json.loads(dumped)["title"] == parse_text(text).title
    assert json.loads(parse_text(text).model_dump_json(indent=2)) == json.loads(dumped)


def test_a_name_that_is_not_utf8_in_contacts_json(odd_name):
    folder, raw = odd_name
    result = invoke("contacts", str(folder), "-q", "--format", "json")
    assert result.exit_code == 0
    assert "\\udce9" in result.stdout


# A file name forging another file's error after a line break, with a tab and a carriage
# return; and one with a backslash before an n (a name, not an escape).
FORGING_NAME = "empty\nvap: error: good.txt: binary file\t\r.txt"
BACKSLASHED_NAME = "back\\nslash.txt"


def test_control_characters_in_a_name_are_escaped_in_its_one_error_line(tmp_path):
    """A newline, tab or carriage return in a file name: printed as Python's escapes
    (`\\n`, `\\t`, `\\r`; a backslash doubled), so one failure is one line and no
    name can print another file's error."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(RELEASE, encoding="utf-8")
    (folder / FORGING_NAME).write_bytes(b"")
    (folder / BACKSLASHED_NAME).write_bytes(b"")
    result = invoke("parse", str(folder), "-q")
    assert result.exit_code == 1
    assert sorted(result.stderr.splitlines()) == [
        f"vap: error: {folder}/back\\\\nslash.txt: empty file",
        f"vap: error: {folder}/empty\\nvap: error: good.txt: binary file\\t\\r.txt: empty file",
    ]


# --------------------------------------------------------------- full disks


def _fsize_limit(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    return apply


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "sqlite"])
def test_an_output_that_cannot_grow_is_one_line_and_leaves_nothing(tmp_path, fmt):
    """A write error (here EFBIG: a file size limit stands in for a full disk)."""
    out = tmp_path / ("out" if fmt == "csv" else f"out.{fmt}")
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):  # six texts: copies of one would be one document in CSV
        (folder / f"doc{n}.txt").write_bytes(SAMPLE.read_bytes() + f"\n{n}\n".encode())
    done = vap("parse", str(folder), "-q", "-f", fmt, "-o", str(out), preexec_fn=_fsize_limit(2048))
    assert done.returncode == 1
    line = one_error_line(done.stderr)
    assert line.startswith(f"vap: error: {out}: cannot write the output:")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def _tmpfs(path: Path) -> bool:
    path.mkdir()
    if os.geteuid() != 0:
        return False
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(path)])
    return mounted.returncode == 0


@pytest.mark.parametrize("fmt", ["jsonl", "sqlite", "csv"])
def test_a_full_disk_is_one_line_and_leaves_nothing(tmp_path, fmt):
    disk = tmp_path / "disk"
    if not _tmpfs(disk):
        pytest.skip("mounting a small tmpfs needs root")
    try:
        folder = tmp_path / "in"
        folder.mkdir()
        for n in range(20):  # twenty texts, not copies of one (one document in CSV)
            (folder / f"doc{n}.txt").write_bytes(SAMPLE.read_bytes() + f"\n{n}\n".encode())
        out = disk / ("out" if fmt == "csv" else f"out.{fmt}")
        done = vap("parse", str(folder), "-q", "-f", fmt, "-o", str(out))
        assert done.returncode == 1
        assert "No space left on device" in one_error_line(done.stderr) or (
            "disk is full" in one_error_line(done.stderr)
        )
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)])


@pytest.mark.parametrize(
    "command", [["parse"], ["contacts", "--format", "json"], ["dedupe", "--format", "json"]]
)
def test_a_full_standard_output_is_one_line(command):
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [*VAP, *command, str(SAMPLE), str(SAMPLE), "-q"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert done.returncode == 1
    assert one_error_line(done.stderr).startswith("vap: error: standard output: cannot write")


# --------------------------------------------------------------- what -o names


@pytest.fixture
def device(tmp_path: Path) -> Path:
    """A private null device: a test must never risk the machine's /dev/null
    (the code this replaces would have renamed a file over it)."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pytest.skip("making a device node needs root")
    return node


def test_an_output_that_is_a_device_is_written_not_replaced(device):
    result = invoke("parse", str(SAMPLE), "-q", "-o", str(device))
    assert result.exit_code == 0
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert sorted(p.name for p in device.parent.iterdir()) == ["null"]


def test_an_output_that_is_a_link_writes_its_target_and_stays_a_link(tmp_path):
    target, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    target.write_text("old\n")
    link.symlink_to(target.name)
    assert invoke("parse", str(SAMPLE), "-q", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == "real.jsonl"
    assert json.loads(target.read_text(encoding="utf-8"))["source"] == str(SAMPLE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.jsonl", "real.jsonl"]


@pytest.mark.skipif(not Path("/dev/stdout").is_symlink(), reason="no /dev/stdout link here")
def test_standard_output_named_as_the_output_appends_to_the_log_it_goes_to(tmp_path):
    # "-o /dev/stdout >> log": renamed over or opened again, the log lost what it held
    log = tmp_path / "log"
    log.write_text("an earlier line\n", encoding="utf-8")
    with log.open("ab") as appending:
        done = subprocess.run(
            [*VAP, "parse", str(SAMPLE), "-q", "-o", "/dev/stdout"],
            stdout=appending,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    first, second = log.read_text(encoding="utf-8").splitlines()
    assert first == "an earlier line"
    assert json.loads(second)["source"] == str(SAMPLE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log"]


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="no /dev/fd here")
def test_an_open_descriptor_named_as_the_output_is_written_where_it_stands(tmp_path):
    log = tmp_path / "log"
    log.write_text("kept\n", encoding="utf-8")
    descriptor = os.open(log, os.O_WRONLY | os.O_APPEND)
    try:
        done = vap(
            "parse", str(SAMPLE), "-q", "-o", f"/dev/fd/{descriptor}", pass_fds=(descriptor,)
        )
    finally:
        os.close(descriptor)
    assert done.returncode == 0, done.stderr
    assert log.read_text(encoding="utf-8").startswith("kept\n{")


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="no /dev/fd here")
def test_a_descriptor_the_run_has_not_open_is_a_one_line_error():
    # near miss: a descriptor's name that is no open file of the run
    done = vap("parse", str(SAMPLE), "-q", "-o", "/dev/fd/9")
    assert done.returncode != 0
    assert "/dev/fd/9" in one_error_line(done.stderr)


def test_an_output_that_is_a_fifo_is_written_into_it(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = vap("parse", str(SAMPLE), "-q", "-o", str(fifo))
    reader.join(timeout=60)
    assert done.returncode == 0
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert json.loads(received[0])["source"] == str(SAMPLE)


def test_a_database_is_not_written_to_a_device(device):
    result = CliRunner().invoke(cli, ["parse", str(SAMPLE), "-f", "sqlite", "-o", str(device)])
    assert result.exit_code == 2
    assert "is not a regular file" in result.output
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_database_does_not_replace_a_file_that_is_not_one(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a database\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(SAMPLE), "-q", "-o", str(notes)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"vap parse: error: {notes} exists and is not an SQLite database: not replaced;"
        " see vap parse --help"
    ]
    assert notes.read_text(encoding="utf-8") == "my notes, not a database\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no temporary left


@pytest.mark.parametrize("before", ["", "a database"])
def test_a_database_replaces_an_empty_file_or_a_database(tmp_path, before):
    out = tmp_path / "corpus.db"
    out.write_bytes(b"")
    if before:
        assert CliRunner().invoke(cli, ["parse", str(SAMPLE), "-q", "-o", str(out)]).exit_code == 0
    result = CliRunner().invoke(cli, ["parse", str(SAMPLE), "-q", "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_bytes().startswith(b"SQLite format 3\x00")


@pytest.mark.parametrize(
    "command",
    [
        ["parse", "-o", "{out}.json"],
        ["parse", "-o", "{out}.sqlite"],
        ["parse", "-o", "{out}/"],
        ["parse", "-o", "{out}.geojson"],
        ["parse", "--db", "{out}.db"],
        ["report", "-o", "{out}.html"],
        ["contacts", "-o", "{out}.csv"],
        ["dedupe", "-o", "{out}.json"],
    ],
)
def test_an_output_inside_a_file_names_that_file(tmp_path, command):
    """-o notes.txt/out.json where notes.txt is a file: one line saying that
    notes.txt is a file, not Python's '[Errno 17] File exists: ...'."""
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    verb, option, out = command
    out = out.format(out=notes / "sub" / "out")
    result = CliRunner().invoke(cli, [verb, str(SAMPLE), "-q", option, out])
    assert result.exit_code in (1, 2)
    assert f"{out}: " in result.output
    assert f"{notes} is a file, not a folder" in result.output
    assert "Errno" not in result.output and "File exists" not in result.output
    assert notes.read_text(encoding="utf-8") == "my notes\n"


# --------------------------------------------------------------- hostile files


def _zip_bomb(path: Path, unpacked: int) -> None:
    """A .docx whose one member inflates to `unpacked` bytes of zeros."""
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        with bomb.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(unpacked // len(chunk)):
                member.write(chunk)


def test_a_docx_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    bomb = tmp_path / "bomb.docx"
    _zip_bomb(bomb, BOMB_BYTES)
    assert bomb.stat().st_size < 1 << 20
    with pytest.raises(InputError, match="zip bomb"):
        read_path(bomb)


def _lying_zip(path: Path, holds: int) -> None:
    """A .docx whose word/document.xml inflates to `holds` bytes while both its headers
    (the local one and the central directory's) say LIED_SIZE."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("word/document.xml", b" " * holds)
    data = bytearray(buffer.getvalue())
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.index(signature) + size_at
        data[at : at + 4] = LIED_SIZE.to_bytes(4, "little")
    path.write_bytes(bytes(data))


class _CountingInflater:
    """zipfile's decompressor, counting the bytes each call inflates."""

    def __init__(self, inner, counts: list[int]):
        self.inner, self.counts = inner, counts

    def decompress(self, data, max_length=0):
        out = self.inner.decompress(data, max_length)
        self.counts.append(len(out))
        return out

    def __getattr__(self, name):
        return getattr(self.inner, name)


@pytest.fixture
def inflated(monkeypatch) -> list[int]:
    """The bytes each inflating call of zipfile gives, while the test runs."""
    counts: list[int] = []
    real = zipfile._get_decompressor
    monkeypatch.setattr(
        zipfile, "_get_decompressor", lambda kind: _CountingInflater(real(kind), counts)
    )
    return counts


def test_a_docx_whose_headers_lie_is_refused_after_a_few_kilobytes(tmp_path, inflated):
    bomb = tmp_path / "lying.docx"
    _lying_zip(bomb, LYING_HOLDS)
    with pytest.raises(InputError, match="document.xml holds other data .* a zip bomb"):
        read_path(bomb)
    assert 0 < sum(inflated) <= 2 * archive.INFLATE_CHUNK  # not the 16 MB it holds
    result = invoke("parse", str(bomb), "-q")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"vap: error: {bomb}: not a valid .docx file (word/document.xml holds other data "
        "than its header says: corrupt, or a zip bomb)"
    ]


def test_a_docx_is_inflated_with_a_running_count_that_stops_at_the_limit(tmp_path, inflated):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as honest:
        honest.writestr("word/document.xml", b" " * LIED_SIZE)
        honest.writestr("word/media/a.bin", b" " * (10 * archive.INFLATE_CHUNK))
    limit = 3 * archive.INFLATE_CHUNK
    with pytest.raises(InputError, match=f"unpacks to over {limit} bytes"):
        archive.unpacked_zip(buffer.getvalue(), ".docx", limit=limit)
    assert sum(inflated) <= limit + archive.INFLATE_CHUNK + LIED_SIZE


def test_a_docx_with_more_text_than_max_size_is_one_line_the_others_parsed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    to_docx(RELEASE * 1000, folder / "long.docx")  # 110,000 characters in under 60 KB
    (folder / "short.txt").write_text(RELEASE, encoding="utf-8")
    assert (folder / "long.docx").stat().st_size < 60_000
    result = invoke("parse", str(folder), "-q", "--max-size", "60KB", "-f", "json")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"vap: error: {folder / 'long.docx'}: text too large (")
    assert "see --max-size" in line
    assert [doc["source"] for doc in json.loads(result.stdout)] == [str(folder / "short.txt")]


def test_a_docx_entity_is_never_resolved_and_the_rest_of_its_run_is_read(tmp_path):
    """Finding 10 of walk23: python-docx's parser leaves `&x;` unresolved, and the run's
    text after it (the entity's tail) was dropped without a word."""
    plain = tmp_path / "plain.docx"
    to_docx("PLACEHOLDER", plain)
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", encoding="utf-8")
    path = tmp_path / "xxe.docx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                declaration = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
                text = text.replace("?>", "?>" + declaration, 1)
                text = text.replace("PLACEHOLDER", "XXE: &x; Нарын облусунда 40 адам катышты.")
                data = text.encode("utf-8")
            target.writestr(item, data)
    doc = read_path(path)
    assert "Нарын облусунда 40 адам катышты." in doc.text
    assert "SECRET" not in doc.text
    assert [(d.rule.code, d.text) for d in doc.decisions] == [("docx.unresolved_entity", "&x;")]


def test_a_docx_with_too_many_parts_is_refused(tmp_path):
    path = tmp_path / "parts.docx"
    with zipfile.ZipFile(path, "w") as many:
        for n in range(BOMB_PARTS):
            many.writestr(f"p{n}", b"")
    with pytest.raises(InputError, match="too many parts"):
        read_path(path)


def test_a_zip_of_an_unknown_version_is_refused(tmp_path):
    """Found by scripts/fuzz.py: zipfile raises NotImplementedError for it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as good:
        good.writestr("word/document.xml", "<w:document/>")
    data = bytearray(buffer.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 6 : central + 8] = (130).to_bytes(2, "little")  # needs version 13.0
    path = tmp_path / "future.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="not a valid .docx file"):
        read_path(path)


def test_reading_a_pdf_leaves_the_log_level_of_pypdf_alone(tmp_path):
    logger = logging.getLogger("pypdf")
    logger.setLevel(logging.DEBUG)
    try:
        to_pdf(RELEASE, tmp_path / "release.pdf")
        assert "Нарын облусунда" in read_path(tmp_path / "release.pdf").text
        assert logger.level == logging.DEBUG
    finally:
        logger.setLevel(logging.NOTSET)


def test_html_nested_100000_deep_is_refused(tmp_path):
    # Refused by a linear scan before the (quadratic on such pages) HTML parser runs.
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 100_000 + "Нарын" + "</div>" * 100_000)
    with pytest.raises(InputError, match="nested too deeply"):
        read_path(page)


def test_a_file_over_max_size_fails_and_the_rest_goes_on(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(RELEASE * 100, encoding="utf-8")
    result = invoke("parse", str(big), str(SAMPLE), "--max-size", "10k")
    assert result.exit_code == 1
    assert "big.txt: file too large" in one_error_line(result.stderr)
    assert len(result.stdout.splitlines()) == 1


def test_max_size_must_be_a_size():
    result = CliRunner().invoke(cli, ["parse", str(SAMPLE), "--max-size", "lots"])
    assert result.exit_code == 2
    assert "'lots' is not a size" in result.output


# --------------------------------------------------------------- folders


def locked_subfolder(tmp_path: Path, monkeypatch) -> Path:
    """A folder holding a.txt and a subfolder `locked` that cannot be listed. Root
    reads every folder, so the refusal is simulated where it happens: os.scandir
    raising PermissionError, as it does for a user without rights."""
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(RELEASE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path=".", *args):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    return locked


def test_a_subfolder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    locked = locked_subfolder(tmp_path, monkeypatch)
    result = invoke("parse", str(tmp_path), "-q")
    assert result.exit_code == 1
    line = one_error_line(result.stderr)
    assert line == f"vap: error: {locked}: cannot read the folder: Permission denied"
    assert len(result.stdout.splitlines()) == 1


def test_an_excluded_subfolder_that_cannot_be_listed_is_no_failure(tmp_path, monkeypatch):
    """--exclude is how a person leaves out a folder they may not read (lost+found,
    a colleague's): it must then not fail the run."""
    locked_subfolder(tmp_path, monkeypatch)
    result = invoke("parse", str(tmp_path), "-q", "--exclude", "locked")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.skipif(os.geteuid() != 0, reason="switching to another user needs root")
def test_a_subfolder_another_user_cannot_read():
    """The same, for real: the run is made as `nobody`, who cannot list the folder."""
    if subprocess.run(["setpriv", "--version"], capture_output=True).returncode != 0:
        pytest.skip("setpriv is not available")
    # Under /tmp, not pytest's tmp_path: only root may enter that one.
    top = Path(tempfile.mkdtemp(dir="/tmp"))
    top.chmod(0o755)
    folder = top / "in"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    (folder / "a.txt").write_text(RELEASE, encoding="utf-8")
    (locked / "b.txt").write_text(RELEASE, encoding="utf-8")
    locked.chmod(0o700)
    folder.chmod(0o755)
    nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *VAP]
    done = subprocess.run(
        [*nobody, "parse", str(folder), "-q"], capture_output=True, timeout=120, cwd="/"
    )
    shutil.rmtree(top)
    if b"No module named" in done.stderr:
        pytest.skip("the package is not readable by another user here")
    assert done.returncode == 1
    assert one_error_line(done.stderr).endswith("locked: cannot read the folder: Permission denied")
    assert len(done.stdout.splitlines()) == 1


def test_a_fifo_in_the_folder_is_reported_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    done = vap("parse", str(tmp_path), "-q", timeout=60)
    assert done.returncode == 1
    assert one_error_line(done.stderr).endswith("pipe.txt: not a regular file: a named pipe (FIFO)")
    assert len(done.stdout.splitlines()) == 1


def test_a_socket_in_the_folder_is_not_a_regular_file(tmp_path):
    """open() refuses a socket ("No such device or address"): named as what it is."""
    import socket

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(RELEASE, encoding="utf-8")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "in" / "sock.txt"))
        done = invoke("parse", str(tmp_path / "in"), "-q")
    assert done.exit_code == 1
    assert one_error_line(done.stderr).endswith("sock.txt: not a regular file: a socket")
    assert len(done.stdout.splitlines()) == 1


# --------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(tmp_path, encoding):
    path = tmp_path / "release.txt"
    path.write_bytes(RELEASE.encode(encoding))
    document = read_path(path)
    assert (document.text, document.encoding) == (RELEASE, encoding)


def test_a_stray_nul_byte_is_dropped_with_a_warning(tmp_path):
    path = tmp_path / "release.txt"
    data = RELEASE.encode()
    path.write_bytes(data[:20] + b"\0" + data[20:])
    document = read_path(path)
    assert document.text == RELEASE
    assert [(w.code, w.message, w.span) for w in document.warnings] == [
        (WarningCode.NUL_BYTES_REMOVED, "1 NUL byte removed", None)
    ]


def test_many_nul_bytes_are_still_binary(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0\x01\x02\x03" * 500)
    with pytest.raises(InputError, match="binary file"):
        read_path(path)


def test_a_folder_mixing_code_pages_reads_each_file_right(tmp_path):
    lines = RUSSIAN.split(". ")
    files = {
        "a.txt": (lines[0], "cp1251"),
        "b.txt": (lines[0], "koi8_r"),
        "c.txt": ("Контакты: Айгуль Асанова, тел. 0555 123 456", "mac_cyrillic"),
        "d.txt": ("Пресс-релиз. Бишкек, 12 марта 2019 года.", "mac_cyrillic"),
        "e.txt": ("ИТОГИ ФОРУМА МЕСТНЫХ СООБЩЕСТВ", "koi8_r"),
    }
    for name, (text, encoding) in files.items():
        (tmp_path / name).write_bytes(text.encode(encoding))
    for name, (text, encoding) in files.items():
        document = read_path(tmp_path / name)
        assert (document.text, document.encoding, document.warnings) == (text, encoding, [])


def test_a_doubtful_code_page_gives_a_warning(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes("Семинар ".encode("cp1251") + bytes(range(0x80, 0xC0)))
    document = read_path(path)
    assert [w.code for w in document.warnings] == [WarningCode.ENCODING_GUESSED]
    assert "low confidence" in document.warnings[0].message


# --------------------------------------------------------------- signals


@pytest.mark.xdist_group("timed")  # timed or kills processes: never beside another such test
def test_sighup_stops_a_run_like_sigterm(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(300):
        (folder / f"doc{n:03}.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [*VAP, "parse", str(folder), "-o", str(out), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _wait_for_work(proc, out)
    proc.send_signal(signal.SIGHUP)
    proc.wait(timeout=30)
    assert proc.returncode == 128 + signal.SIGHUP
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many"]
    assert b"Traceback" not in proc.stderr.read()


# A signal that lands right after one step of setting up the output (a function of
# outfile, named first): after its temporary file is made, before anything that would
# remove it on failure exists (the race a loaded machine showed); or just before a FIFO
# output is opened.
_SIGNAL_AFTER_STEP = """
import os, signal, sys
import vap_cli.export.outfile as outfile
name, signum = sys.argv[1], getattr(signal, sys.argv[2])
step = getattr(outfile, name)
def step_then_signal(dest):
    done = step(dest)
    os.kill(os.getpid(), signum)
    return done
setattr(outfile, name, step_then_signal)
sys.argv = ["vap", "parse", *sys.argv[3:]]
from vap_cli.cli import main
main()
"""


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
@pytest.mark.parametrize("output", ["out.jsonl", "out.json"])
def test_a_signal_while_the_output_is_set_up_leaves_nothing(tmp_path, signame, output):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SAMPLE.read_bytes())
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            _SIGNAL_AFTER_STEP,
            "temp_beside",
            signame,
            str(folder),
            "-o",
            str(tmp_path / output),
            "-q",
        ],  # fmt: skip
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 128 + getattr(signal, signame)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGINT"])
def test_a_signal_while_waiting_for_a_fifos_reader_ends_the_run(tmp_path, signame):
    # the output's set-up holds the ending signals; opening a FIFO that no one reads
    # waits without end, and a signal held through it would never end the run (the near
    # misses: a FIFO with a reader is written, and a signal while a file's output is set
    # up leaves nothing, both above)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    command = [sys.executable, "-c", _SIGNAL_AFTER_STEP, "in_place", signame, str(SAMPLE)]
    proc = subprocess.Popen(
        [*command, "-q", "-o", str(fifo)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        proc.wait(timeout=60)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 128 + getattr(signal, signame)
    assert b"Traceback" not in proc.stderr.read()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def _wait_for_work(proc: subprocess.Popen, out: Path) -> None:
    """Until the run has started writing (its temporary output exists)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.startswith(f".{out.name}.") for p in out.parent.iterdir()):
            return
        time.sleep(0.05)
    pytest.fail("the run did not start writing")


# A broken pipe is exit status 141 (128 + SIGPIPE) in the README's table; click (parse),
# the listings' own OSError handler (places, contacts, dedupe) and rich (eval) each
# turned it into status 1 before vap's handler could see it.
READER_GONE = 141


@pytest.mark.parametrize(
    "args",
    [
        ("parse", str(SAMPLE)),
        ("places", "--level", "oblast", "--format", "csv"),
        ("eval", str(ROOT / "tests" / "gold" / "seeds"), str(ROOT / "samples"), "--show-errors"),
    ],
    ids=["parse", "places", "eval"],
)
def test_a_reader_that_went_away_ends_the_run_quietly_with_141(args):
    read_end, write_end = os.pipe()
    os.close(read_end)  # no reader at all: the first write of the output fails
    try:
        done = subprocess.run([*VAP, *args], stdout=write_end, stderr=subprocess.PIPE, timeout=120)
    finally:
        os.close(write_end)
    assert done.returncode == READER_GONE, done.stderr
    assert b"error" not in done.stderr and b"Traceback" not in done.stderr
