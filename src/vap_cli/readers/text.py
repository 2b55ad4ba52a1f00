"""Plain text in any of the encodings analysts' folders hold.

Byte order marks decide first; then strict UTF-8; then charset-normalizer,
limited to the Cyrillic code pages that occur in practice, so it does not
wander into exotic guesses. A text that no candidate decodes cleanly is an
InputError: we never guess silently.
"""

from __future__ import annotations

import codecs

import regex

from ..errors import InputError

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
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LETTER = regex.compile(r"\p{L}")


def decode(data: bytes, path: str = "") -> tuple[str, str]:
    """(text, encoding) of a text file's bytes, or InputError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"invalid {encoding} after its byte order mark") from None
            return _check(text.lstrip("\ufeff"), encoding)
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    try:
        return _check(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few broken bytes (a bad copy, a truncated character) is
    # still UTF-8: the bytes become U+FFFD and the reader says so. A file in a
    # single-byte code page breaks UTF-8 at nearly every Cyrillic letter instead.
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if broken <= max(MAX_BROKEN_UTF8, len(data) // 2000):
        return _check(text, REPLACED_UTF8)
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CYRILLIC_CODEPAGES).best()
    if best is None:
        raise InputError("cannot detect the text encoding (not UTF-8 or a Cyrillic code page)")
    return _check(str(best), best.encoding)


def _check(text: str, encoding: str) -> tuple[str, str]:
    sample = text[:20000]
    if _CONTROL.search(sample) and len(_CONTROL.findall(sample)) > max(2, len(sample) // 1000):
        raise InputError("binary file (control characters in the text)")
    if sample.strip() and not _LETTER.search(sample):
        raise InputError("no letters in the file: not a text document")
    return text, encoding
