"""`vap clean`: rewrite text documents as clean UTF-8, changing only what is listed.

The clean-up never rewrites a word. It converts the encoding to UTF-8, composes
Unicode (NFC), fixes Kyrgyz look-alike letters (ӊ -> ң; Latin look-alikes inside
a Cyrillic word, using the tables of lexicon/letters.yaml that the normalise
stage uses), removes no-break spaces (a space between words, and a space each in a gap
wide enough to part a line's cells) and soft hyphens, unifies line endings, strips
trailing spaces and cuts runs of more than two blank lines to two. Quotes, dashes and ordinary
spaces inside a line stay as written. Cleaning a clean text changes nothing.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex

from . import rx
from .errors import InputError
from .lexicon import load
from .normalise import fix_mixed_script
from .segment.lines import WIDE_GAP

# Files `vap clean` rewrites; other formats are read by `vap parse` but not rewritten.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
# Encodings read with certainty (a BOM, valid UTF-8, UTF-16's NUL bytes without a BOM).
UTF_ENCODINGS = frozenset(
    {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "ascii"}
)
# charset-normalizer's "chaos" of a legacy code page guess above which we refuse to rewrite.
MAX_CHAOS = 0.1

_LETTERS = load("letters")
# Of letters.yaml's one-to-one replacements only the letters (ӊ -> ң): spaces,
# quotes and dashes are the author's typography and stay as written.
LETTER_FIXES: dict[str, str] = {
    old: new
    for old, new in _LETTERS["replace"].items()
    if unicodedata.category(old).startswith("L") and unicodedata.category(new).startswith("L")
}
_LETTER_FIX = str.maketrans(LETTER_FIXES)
_LETTER_FIXED = rx.compile("[" + regex.escape("".join(LETTER_FIXES)) + "]")
# No-break spaces: between two words they become a space; next to a space they go.
NO_BREAK_SPACES = "\u00a0\u202f\u2007"
_NBSP_CLASS = "[" + NO_BREAK_SPACES + "]"
_NBSP = rx.compile(_NBSP_CLASS)
_NBSP_BESIDE_SPACE = rx.compile(
    rf"(?<=^|[ \t\n]){_NBSP_CLASS}+|{_NBSP_CLASS}+(?=$|[ \t\n])", regex.MULTILINE
)
# ... except in a gap of spaces and no-break spaces wide enough to part a line's cells
# (segment/lines.py's WIDE_GAP): there each becomes a space, so the layout the parse
# reads stays ("Бишкек, \u00a0\u00a02019-жылдын 12-марты": the date alone in its cell).
_WIDE_GAP_RUN = rx.compile(rf"[ {NO_BREAK_SPACES}]{{{WIDE_GAP},}}")
SOFT_HYPHEN = "\u00ad"
_WORD = rx.compile(r"\p{L}+")
_TRAILING = rx.compile(r"[ \t\f\v]+$", regex.MULTILINE)
# three or more blank lines, cut to two: one blank line or two tell apart a line and a
# paragraph of a text copied double-spaced (normalise/wraps.py), so a clean keeps that difference
_BLANK_RUN = rx.compile(r"\n[ \t]*\n[ \t]*\n(?:[ \t]*\n)+")


def clean_text(text: str) -> tuple[str, Counter[str]]:
    """The cleaned text and how many of each kind of fix were made."""
    fixes: Counter[str] = Counter()
    endings = text.count("\r")
    if endings:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        fixes["line endings"] += endings
    # Soft hyphens first: removing one joins the parts of a word, which the
    # letter fixes below must see whole.
    fixes["soft hyphens"] += text.count(SOFT_HYPHEN)
    text = text.replace(SOFT_HYPHEN, "")
    composed = unicodedata.normalize("NFC", text)
    if composed != text:
        fixes["Unicode compositions (NFC)"] += 1
        text = composed
    fixes["look-alike letters"] += len(_LETTER_FIXED.findall(text))
    text = text.translate(_LETTER_FIX)

    def mixed(match: regex.Match[str]) -> str:
        word = match.group()
        fixed = fix_mixed_script(word)
        if fixed != word:
            fixes["Latin letters in Cyrillic words"] += sum(
                a != b for a, b in zip(word, fixed, strict=True)
            )
        return fixed

    text = _WORD.sub(mixed, text)
    fixes["no-break spaces"] += len(_NBSP.findall(text))
    text = _WIDE_GAP_RUN.sub(lambda gap: " " * len(gap.group()), text)
    text = _NBSP.sub(" ", _NBSP_BESIDE_SPACE.sub("", text))
    trailing = len(_TRAILING.findall(text))
    if trailing:
        fixes["lines with trailing spaces"] += trailing
        text = _TRAILING.sub("", text)
    blank_runs = len(_BLANK_RUN.findall(text))
    if blank_runs:
        fixes["runs of blank lines"] += blank_runs
        text = _BLANK_RUN.sub("\n\n\n", text)
    # Blank lines before the first line and after the last are runs too.
    body = text.strip("\n")
    if body:
        ending = "\n" if text.endswith("\n") else ""
        if body + ending != text:
            fixes["blank lines at the start or end"] += 1
            text = body + ending
    return text, +fixes


# How one fix of each kind is named in the per-file report.
SINGULAR = {
    "line endings": "line ending",
    "Unicode compositions (NFC)": "Unicode composition (NFC)",
    "look-alike letters": "look-alike letter",
    "Latin letters in Cyrillic words": "Latin letter in a Cyrillic word",
    "no-break spaces": "no-break space",
    "soft hyphens": "soft hyphen",
    "lines with trailing spaces": "line with trailing spaces",
    "runs of blank lines": "run of blank lines",
}


# What a fix of each kind does, where its name alone does not say.
FIX_DETAIL = {"line endings": " made LF"}
# Encodings that begin with a byte-order mark, which the UTF-8 file is written without.
WITH_BOM = frozenset({"utf-8-sig", "utf-16", "utf-32"})


def _recoding(encoding: str) -> str:
    """How a file read in `encoding` becomes UTF-8, in words."""
    if encoding in CONVERTED_FORMATS:
        return f"{encoding} -> utf-8"
    if encoding == "utf-8-sig":
        return "byte-order mark dropped (utf-8-sig -> utf-8)"
    said = f"re-encoded {encoding} -> utf-8"
    return said + ", byte-order mark dropped" if encoding in WITH_BOM else said


@dataclass
class Cleaned:
    """One file's clean-up: what it was, what it becomes."""

    path: str
    encoding: str
    before: str
    after: str
    fixes: Counter[str] = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        return self.before != self.after or self.encoding not in ("utf-8", "ascii")

    @property
    def converted(self) -> bool:
        """Read from another format (.docx, .html, .pdf): written as a new .txt."""
        return self.encoding in CONVERTED_FORMATS

    def describe(self) -> str:
        """Why the file is rewritten, each change named: "re-encoded cp1251 -> utf-8",
        "byte-order mark dropped (utf-8-sig -> utf-8)", "9 line endings made LF"."""
        parts = [] if self.encoding in ("utf-8", "ascii") else [_recoding(self.encoding)]
        parts += [
            f"{n} {SINGULAR.get(kind, kind) if n == 1 else kind}{FIX_DETAIL.get(kind, '')}"
            for kind, n in sorted(self.fixes.items())
        ]
        if parts and self.before == self.after and not self.converted:
            parts.append("the text is the same")
        return ", ".join(parts) or "already clean"

    def review(self, label: str | None = None) -> str:
        """What --dry-run prints of the file: a line saying why it would be rewritten
        (`# vap clean: a/x.txt: re-encoded cp1251 -> utf-8, the text is the same`), then
        the unified diff of its text, which is empty when only the bytes change. Nothing
        for a file it would leave as it is. Tools that apply a diff skip the line."""
        if not self.changed:
            return ""
        name = (label or self.path).lstrip("/")
        return f"# vap clean: a/{name}: {self.describe()}\n" + self.diff(label)

    def diff(self, label: str | None = None) -> str:
        # An absolute path's headers as git writes them: a/tmp/x.txt, not a//tmp/x.txt.
        label = (label or self.path).lstrip("/")
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True),
            self.after.splitlines(keepends=True),
            fromfile=f"a/{label}",
            tofile=f"b/{label}",
        )
        out = []
        for line in lines:
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return "".join(out)


def decode_confidently(data: bytes, path: str = "") -> tuple[str, str]:
    """(text, encoding), or InputError when the encoding is a doubtful guess."""
    from .readers.text import CYRILLIC_CODEPAGES, REPLACED_UTF8, decode_text

    if not data.strip():
        raise InputError("empty file")
    decoded = decode_text(data, path)
    text, encoding = decoded.text, decoded.encoding
    if encoding == REPLACED_UTF8:
        raise InputError("invalid UTF-8 bytes in the file: left untouched")
    if decoded.warnings:
        raise InputError(f"{decoded.warnings[0].message}: left untouched")
    encoding = encoding.lower().replace("_", "-")
    if encoding in UTF_ENCODINGS:
        return text, encoding
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CYRILLIC_CODEPAGES).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise InputError(f"not sure of the encoding (best guess {encoding}): left untouched")
    return text, encoding


def clean_file(path: str) -> Cleaned:
    """A text file, decoded with confidence; a file of another format the parser
    reads (.docx, .html, .pdf), as the text the parser would see."""
    from .read import READERS, read_bytes, read_path

    suffix = Path(path).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        text, encoding = decode_confidently(read_bytes(path), path)
    elif suffix in READERS:
        text, encoding = read_path(path).text, suffix.lstrip(".")
    else:
        raise InputError(f"unsupported format {suffix or '(no suffix)'!r}")
    after, fixes = clean_text(text)
    if encoding in CONVERTED_FORMATS and after and not after.endswith("\n"):
        after += "\n"  # a new text file ends its last line
    return Cleaned(path=path, encoding=encoding, before=text, after=after, fixes=fixes)


# What Cleaned.encoding says for a document read from another format than text.
CONVERTED_FORMATS = frozenset({"docx", "html", "htm", "pdf"})


def write_atomically(dest: Path, text: str, like: Path | None = None) -> None:
    """Write UTF-8 text so that `dest` is either the old file or the new one, never half.
    As for every output (outfile.in_place): a symbolic link has its target rewritten
    and stays a link; a FIFO or a device is written directly, never replaced."""
    from .export.outfile import in_place

    dest, direct = in_place(dest)
    if direct:
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if like is not None and like.exists():
            shutil.copymode(like, tmp)
        os.replace(tmp, dest)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def backup_path(path: Path, backup_dir: Path | None, relative: Path) -> Path:
    """FILE.bak (or backup_dir/relative), never overwriting an older backup."""
    first = (backup_dir / relative) if backup_dir else path.with_name(path.name + ".bak")
    candidate, n = first, 1
    while candidate.exists():
        candidate = first.with_name(f"{first.name}.{n}")
        n += 1
    return candidate
