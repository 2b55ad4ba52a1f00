"""Plain text in any of the encodings analysts' folders hold.

Byte order marks decide first; then strict UTF-8; then charset-normalizer,
limited to the Cyrillic code pages that occur in practice, so it does not
wander into exotic guesses. A text that no candidate decodes cleanly is an
InputError: we never guess silently.
"""

from __future__ import annotations

import codecs
import functools
import types
from dataclasses import dataclass, field
from typing import Any

import regex

from .. import rx
from ..errors import InputError
from ..models import ParseWarning, WarningCode
from ..wording import count

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The encoding reported for UTF-8 read with a few invalid bytes replaced.
REPLACED_UTF8 = "utf-8+replaced"
MAX_BROKEN_UTF8 = 8
CYRILLIC_CODEPAGES = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5", "koi8_u"]
# Control characters other than tab/newline/carriage return/form feed: binary data.
_CONTROL = rx.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# The characters _CONTROL matches: whether a text holds one is a substring test each
# (a scan in C), about a third of the pattern's search on a text that holds none.
CONTROL_CHARACTERS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]))
_CONTROL_BYTES = regex.compile(rb"[\x01-\x08\x0e-\x1f\x7f]")
_LETTER = rx.compile(r"\p{L}")
_CASE_BREAK = rx.compile(r"\p{Ll}\p{Lu}")
# A text may hold a few stray NUL bytes (one per this many bytes); more is binary.
MAX_STRAY_NULS = 8
# Above this many oddities per letter, or charset-normalizer's chaos, a guessed
# code page is reported as doubtful.
MAX_ODDITY = 0.02
MAX_CHAOS = 0.1
# A file that fails UTF-8 as a whole while most of its lines with other than ASCII
# pass it (a UTF-8 release with a part pasted from a cp1251 one) is read line by
# line: at least this share of those lines valid UTF-8. A file in one code page has
# next to none (its Cyrillic bytes are seldom valid UTF-8).
MIN_UTF8_LINES = 0.5
# A text read as UTF-16 without a byte order mark must look like text.
MAX_UTF16_ODDITY = 0.1


@dataclass
class Decoded:
    text: str
    encoding: str
    # What the decoder doubted or repaired, for the document's warnings.
    warnings: list[ParseWarning] = field(default_factory=list)


def decode(data: bytes, path: str = "") -> tuple[str, str]:
    """(text, encoding) of a text file's bytes, or InputError."""
    decoded = decode_text(data, path)
    return decoded.text, decoded.encoding


def decode_text(data: bytes, path: str = "") -> Decoded:
    """The text of a text file's bytes, its encoding and what was doubted; or InputError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"invalid {encoding} after its byte order mark") from None
            return Decoded(*_check(text.lstrip("\ufeff"), encoding))
    warnings: list[ParseWarning] = []
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        nuls = data.count(0)
        controls = len(_CONTROL_BYTES.findall(data))
        if nuls > max(MAX_STRAY_NULS, len(data) // 1000) or controls > max(2, len(data) // 1000):
            raise InputError("binary file (contains NUL bytes)")
        # A stray NUL (a bad copy, a C program's terminator) in a text is dropped.
        data = data.replace(b"\x00", b"")
        warnings.append(
            ParseWarning.model_construct(
                code=WarningCode.NUL_BYTES_REMOVED, message=f"{count(nuls, 'NUL byte')} removed"
            )
        )
    decoded = _decode_8bit(data)
    decoded.warnings[:0] = warnings
    return decoded


def _decode_8bit(data: bytes) -> Decoded:
    try:
        return Decoded(*_check(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few broken bytes (a bad copy, a truncated character) is
    # still UTF-8: the bytes become U+FFFD and the reader says so. A file in a
    # single-byte code page breaks UTF-8 at nearly every Cyrillic letter instead.
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if broken <= max(MAX_BROKEN_UTF8, len(data) // 2000):
        warning = ParseWarning.model_construct(
            code=WarningCode.INVALID_UTF8_REPLACED,
            message=f"read as UTF-8 with {count(broken, 'invalid byte')} replaced by U+FFFD",
        )
        return Decoded(*_check(text, REPLACED_UTF8), [warning])
    return _mixed_lines(data) or _codepage(data)


def _mixed_lines(data: bytes) -> Decoded | None:
    """MIN_UTF8_LINES: a file mostly UTF-8 with runs of lines in a code page, each run's
    code page chosen as a whole file's is; None when it is not such a file."""
    lines = data.split(b"\n")
    valid = [_is_utf8(line) for line in lines]
    utf8 = sum(1 for line, ok in zip(lines, valid, strict=True) if ok and not line.isascii())
    other = valid.count(False)
    if not other or utf8 < MIN_UTF8_LINES * (utf8 + other):
        return None
    pieces: list[str] = []
    encodings: list[str] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and valid[end] == valid[start]:
            end += 1
        run = b"\n".join(lines[start:end])
        if valid[start]:
            pieces.append(run.decode("utf-8"))
        else:
            try:
                decoded = _codepage(run)
            except InputError:
                return None  # a run no code page reads: the whole file is judged instead
            pieces.append(decoded.text)
            encodings.append(decoded.encoding)
        start = end
    names = sorted(set(encodings), key=encodings.index)
    text, encoding = _check("\n".join(pieces), "+".join(["utf-8", *names]))
    message = (
        f"mixed encodings: {count(other, 'line')} read as {', '.join(names)}, the others "
        "as UTF-8: check the text for mojibake"
    )
    warning = ParseWarning.model_construct(code=WarningCode.ENCODING_GUESSED, message=message)
    return Decoded(text, encoding, [warning])


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a byte order mark: every ASCII character (a space, a line
    break) has a NUL byte on the same side, which decoding as LE or BE reveals."""
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    nuls, other_side = max(even_nuls, odd_nuls), min(even_nuls, odd_nuls)
    if nuls < max(2, len(data) // 20) or other_side * 4 > nuls:
        return None
    encoding = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
    try:
        text = data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    # Binary data with NULs on one side decodes too, as symbols and controls.
    if has_control(text) or oddity(text) > MAX_UTF16_ODDITY:
        return None
    return Decoded(*_check(text, encoding))


def _codepage(data: bytes) -> Decoded:
    """The Cyrillic code page that gives the most text-like text. charset-normalizer
    ranks the candidates; the first with the lowest `oddity` wins, which tells
    cp1251 from mac_cyrillic and KOI8-R on short files, where the ranking alone
    often errs. A doubtful winner gets a warning."""
    from charset_normalizer import from_bytes

    # charset-normalizer's ranking first, then the code pages it left out.
    ranked = [
        (match.encoding, str(match), match.chaos)
        for match in from_bytes(data, cp_isolation=CYRILLIC_CODEPAGES)
    ]
    for codepage in CYRILLIC_CODEPAGES:
        if all(codecs.lookup(codepage).name != codecs.lookup(name).name for name, _, _ in ranked):
            try:
                # No chaos figure: the oddity alone judges this one.
                ranked.append((codepage, data.decode(codepage), 0.0))
            except UnicodeDecodeError:
                continue
    if not ranked:
        raise InputError("cannot detect the text encoding (not UTF-8 or a Cyrillic code page)")
    scored = [
        (oddity(text), rank, name, text, chaos) for rank, (name, text, chaos) in enumerate(ranked)
    ]
    odd, _, name, text, chaos = min(scored, key=lambda item: item[:2])
    text, encoding = _check(text, name)
    warnings = []
    if odd > MAX_ODDITY or chaos > MAX_CHAOS:
        message = f"encoding guessed as {encoding} with low confidence: check the text for mojibake"
        warnings.append(
            ParseWarning.model_construct(code=WarningCode.ENCODING_GUESSED, message=message)
        )
    return Decoded(text, encoding, warnings)


def oddity(text: str) -> float:
    """Oddities per letter: symbols and letters a Kyrgyz or Russian text does not
    have, capitals right after a small letter, and a share of vowels far from
    the usual one (the marks of a wrong code page)."""
    known = _known()
    letters = len(_LETTER.findall(text))
    odd = len(known.unexpected.findall(text)) + len(_CASE_BREAK.findall(text))
    cyrillic = len(known.letter.findall(text))
    vowels = len(known.vowel.findall(text))
    share = vowels / cyrillic if cyrillic else known.vowel_share
    off_share = max(0.0, abs(share - known.vowel_share) - known.vowel_slack)
    return odd / max(letters, 1) + off_share


@functools.cache
def _known() -> Any:
    """Patterns of what a correctly decoded text holds, built once from the lexicon."""
    from ..lexicon import load

    lexicon = load("encodings")
    letters = regex.escape(lexicon["letters"])
    typography = regex.escape(lexicon["typography"])
    return types.SimpleNamespace(
        unexpected=rx.compile(rf"[^{letters}\t\n\r\x20-\x7e\u00a0{typography}]"),
        letter=rx.compile(rf"[{letters}]"),
        vowel=rx.compile(rf"[{regex.escape(lexicon['vowels'])}]", regex.IGNORECASE),
        vowel_share=lexicon["vowel_share"],
        vowel_slack=lexicon["vowel_slack"],
    )


def has_control(text: str) -> bool:
    """Whether `text` holds a control character (`_CONTROL`)."""
    return any(ch in text for ch in CONTROL_CHARACTERS)


def _check(text: str, encoding: str) -> tuple[str, str]:
    sample = text[:20000]
    if has_control(sample) and len(_CONTROL.findall(sample)) > max(2, len(sample) // 1000):
        raise InputError("binary file (control characters in the text)")
    if sample.strip() and not _LETTER.search(sample):
        raise InputError("no letters in the file: not a text document")
    return text, encoding
