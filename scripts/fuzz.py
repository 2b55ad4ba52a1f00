"""Fuzz every reader with mutated bytes, for runs longer than the property tests.

Each input is a seed (a team-written snippet or the start of a sample, as UTF-8,
cp1251, KOI8-R, UTF-16 with and without BOM, HTML, a minimal .docx or a PDF)
mutated a few times (bytes flipped, inserted, deleted, repeated, spliced; a
.docx is mutated inside its XML and zipped again, so it gets past the zip
layer). Every input goes through every reader (.txt, .html, .docx, .pdf); a
reader may refuse it with an InputError, anything else is a failure; accepted
text is parsed, and every span of the record must lie inside the text and
quote it. Deterministic for a given --seed.

    nice -n 10 python scripts/fuzz.py --inputs 100000 --jobs 2 --save /tmp/vap-fuzz

Prints the inputs tried, the reader calls, the texts parsed, the failures and
the span violations; exit 1 when there was any failure or violation.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import random
import sys
import tempfile
import time
import traceback
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.make_inputs builds the HTML and PDF seeds

MAX_INPUT = 512
# Written for this script: the shapes press releases have, short.
SEED_TEXTS = [
    "Бишкек, 2017-жылдын 25-октябры. Нарын облусунда семинар өттү.\n"
    "Иш-чарага 120дан ашык адам катышты. Байланыш: +996 (312) 62-18-54, info@vap.kg",
    "Ош шаарында 12.03.2019 – 14.03.2019 тренинг болду; катышуучулар: 45 киши.\n"
    "Бекболот Бекиев, долбоордун координатору, www.vap.kg",
    "В Таласской области 5 мая прошёл круглый стол. Приняли участие около 30 человек.\n"
    "Контакты: Айгуль Асанова, тел. 0555 123 456",
    "Күнү\tЖайы\tКатышуучулар\n01.02.2020\tКара-Балта\t25\n02.02.2020\tТокмок\t30",
    "Жалал-Абад облусу, Сузак району, Барпы айыл аймагы. 2018-2020-жылдары.",
]
INTERESTING = [
    b"\x00",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xef\xbb\xbf",
    b"\r\n",
    b"\t",
    b"<div>" * 20,
    b"</p>",
    b"<table><tr><td>",
    b"-" * 30,
    b"1" * 30,
    b"2017-",
    "жылдын ".encode(),
    "облусу ".encode(),
    "«".encode(),
    b"@",
    b"www.",
    b"+996",
    b"\xd0",
    b"\x80\x81\x82",
]
ENCODINGS = ("utf-8", "cp1251", "koi8_r", "utf-16", "utf-16-le", "utf-8-sig")


def _docx(text: str) -> bytes:
    """A minimal .docx: one paragraph per line (tables come from the XML mutations)."""
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in text.split("\n"))
    return _zip_docx(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>".encode()
    )


def _zip_docx(document_xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", document_xml)
    return out.getvalue()


def seeds() -> list[tuple[str, bytes]]:
    """(kind, bytes): every snippet in every encoding and container."""
    from tests.make_inputs import to_html, to_pdf

    texts = list(SEED_TEXTS)
    texts += [p.read_text(encoding="utf-8")[:400] for p in sorted((ROOT / "samples").glob("*.txt"))]
    out: list[tuple[str, bytes]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, text in enumerate(texts):
            for encoding in ENCODINGS:
                out.append(("text", text.encode(encoding, errors="replace")))
            to_html(text, Path(tmp) / f"{n}.html", title=text[:30])
            out.append(("html", (Path(tmp) / f"{n}.html").read_bytes()[:MAX_INPUT]))
            to_pdf(text[:300], Path(tmp) / f"{n}.pdf")
            out.append(("pdf", (Path(tmp) / f"{n}.pdf").read_bytes()))
            out.append(("docx", _docx(text)))
    return out


def mutate(data: bytes, rng: random.Random, corpus: list[tuple[str, bytes]]) -> bytes:
    """One random edit of `data`."""
    buf = bytearray(data)
    at = rng.randrange(len(buf) + 1)
    choice = rng.randrange(7)
    if choice == 0 and buf:
        buf[min(at, len(buf) - 1)] = rng.randrange(256)
    elif choice == 1:
        buf[at:at] = rng.choice(INTERESTING) * rng.choice((1, 1, 2, 50))
    elif choice == 2:
        del buf[at : at + rng.randrange(1, 64)]
    elif choice == 3:
        chunk = buf[at : at + rng.randrange(1, 32)]
        buf[at:at] = bytes(chunk) * rng.randrange(1, 40)
    elif choice == 4:
        other = rng.choice(corpus)[1]
        cut = rng.randrange(len(other) + 1)
        buf = buf[:at] + bytearray(other[cut : cut + rng.randrange(1, 256)])
    elif choice == 5:
        del buf[at:]
    else:
        buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
    return bytes(buf[: MAX_INPUT * 2])


def make_input(rng: random.Random, corpus: list[tuple[str, bytes]]) -> bytes:
    kind, data = rng.choice(corpus)
    edits = rng.choice((0, 1, 1, 2, 3, 5))
    if kind == "docx" and rng.random() < 0.8:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
        for _ in range(edits):
            xml = mutate(xml, rng, corpus)
        return _zip_docx(xml)
    for _ in range(edits):
        data = mutate(data, rng, corpus)
    return data


@dataclass
class Outcome:
    calls: int = 0
    parsed: int = 0
    failures: int = 0
    violations: int = 0


def check(data: bytes) -> tuple[Outcome, list[str]]:
    """Run `data` through every reader and parse what they accept."""
    from vap_cli import parse_text
    from vap_cli.errors import InputError
    from vap_cli.read import READERS
    from vap_cli.verify import span_problems

    outcome, problems = Outcome(), []
    for suffix in (".txt", ".html", ".docx", ".pdf"):
        outcome.calls += 1
        stage = "read"
        try:
            raw = READERS[suffix](data, f"fuzz{suffix}")
            if not raw.text.strip():
                continue
            stage = "parse"
            outcome.parsed += 1
            found = span_problems(parse_text(raw.text), raw.text)
        except InputError:
            continue
        except Exception:  # noqa: BLE001 - a failure is what the fuzzer looks for
            outcome.failures += 1
            problems.append(f"{suffix} {stage}: {traceback.format_exc(limit=-3)}")
            continue
        if found:
            outcome.violations += 1
            problems.append(f"{suffix} spans: {found[:3]}")
    return outcome, problems


def run_slice(args: tuple[int, int, int, str | None]) -> Outcome:
    """Inputs number `first` to `first + count - 1` of the run with `seed`."""
    first, count, seed, save = args
    corpus = seeds()
    total = Outcome()
    for number in range(first, first + count):
        data = make_input(random.Random(f"{seed}:{number}"), corpus)
        outcome, problems = check(data)
        for field in ("calls", "parsed", "failures", "violations"):
            setattr(total, field, getattr(total, field) + getattr(outcome, field))
        if problems and save:
            folder = Path(save)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{seed}-{number}.bin").write_bytes(data)
            (folder / f"{seed}-{number}.txt").write_text("\n".join(problems), encoding="utf-8")
        for problem in problems:
            print(f"input {number}: {problem}", file=sys.stderr)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--save", default=None, help="folder for failing inputs")
    args = parser.parse_args()
    started = time.perf_counter()
    size = max(1, -(-args.inputs // (args.jobs * 8)))
    slices = [
        (first, min(size, args.inputs - first), args.seed, args.save)
        for first in range(0, args.inputs, size)
    ]
    with multiprocessing.Pool(args.jobs) as pool:
        outcomes = pool.map(run_slice, slices, chunksize=1)
    total = Outcome(*(sum(getattr(o, f) for o in outcomes) for f in vars(Outcome())))
    print(
        f"fuzz: {args.inputs} inputs (seed {args.seed}), {total.calls} reader calls, "
        f"{total.parsed} texts parsed, {total.failures} failures, "
        f"{total.violations} span violations, {time.perf_counter() - started:.0f} s"
    )
    return 1 if total.failures or total.violations else 0


if __name__ == "__main__":
    sys.exit(main())
