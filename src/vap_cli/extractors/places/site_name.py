"""The site's or the newspaper's name over a page: its first line when the copyright
line repeats it ("Новости Чуйской области" ... "© 2025 Новости Чуйской области."), or
its head when a dash after it says what publication it is ("ЫСЫК-КӨЛ ТУУСУ — облустук
коомдук-саясий гезит"); not the site of a unit's own office (lexicon places.yaml
`site_office_words`), which names its unit. A name inside it names the site, not a unit: the owner's name on
the copyright line stays chrome (docs/EVALUATION.md, footer-address-content)."""

from __future__ import annotations

from ... import rx
from .homonyms import ORGANIZATION_AFTER
from .vocabulary import LEX

# The stems of a unit's office: the site of one names its unit.
_OFFICE_WORDS: tuple[str, ...] = tuple(w.casefold() for w in LEX["site_office_words"])

# The copyright mark and its years ("© 2025", "© 2019–2025"), then the owner's name.
_COPYRIGHT = rx.compile(r"©[ \t]*(?:\d{4}(?:[ \t]*[-–—][ \t]*\d{4})?)?[ \t.,]*")
# The spaced dash between a publication's name and what it is.
_DASH = rx.compile(r"[ \t]+[-–—][ \t]+")
# A site's name is a short line (a headline is longer).
SITE_NAME_MAX = 80
# The words of a site's name whose repeats in the text are the site's too (a unit's name
# and the noun of what it is: "Ысык-Көл туусу").
SITE_NAME_REPEATED_WORDS = 2


def site_name_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the page's site name: over the page, and wherever the text repeats
    it (a byline's "Мирбек Алымкулов, «Ысык-Көл туусу»"); a name of one word only over
    the page ("НАРЫН — облустук гезит"): repeated, it is the unit's own name, in every
    sentence on the unit ("Нарын облусунда ...")."""
    span = _site_name_span(text)
    if span is None:
        return []
    name = text[span[0] : span[1]].lower()
    spans = [span]
    if len(name.split()) < SITE_NAME_REPEATED_WORDS:
        return spans
    lowered = text.lower()  # (a Cyrillic letter keeps its length in lower case)
    at = lowered.find(name, span[1])
    while at >= 0:
        spans.append((at, at + len(name)))
        at = lowered.find(name, at + len(name))
    return spans


def _site_name_span(text: str) -> tuple[int, int] | None:
    """The span of the page's site name, or None."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    if not line or len(line) > SITE_NAME_MAX or _office(line):
        return None
    dash = _DASH.search(line)
    if dash is not None and _publication(line[dash.end() :]):
        return start, start + dash.start()
    if _repeated_after_copyright(text, line):
        return start, start + len(line)
    return None


def _office(line: str) -> bool:
    """The line names a unit's office ("РАЙОНДУК МАМЛЕКЕТТИК АДМИНИСТРАЦИЯСЫ")."""
    return any(word.casefold().startswith(_OFFICE_WORDS) for word in line.split())


def _publication(description: str) -> bool:
    """What a dash after a name says: a newspaper, a journal, a channel ("облустук
    коомдук-саясий гезит"): its last word is an organisation's noun."""
    words = description.split()
    return bool(words) and words[-1].casefold().startswith(ORGANIZATION_AFTER)


def _repeated_after_copyright(text: str, name: str) -> bool:
    folded = name.casefold()
    for mark in _COPYRIGHT.finditer(text):
        if text[mark.end() : mark.end() + len(name)].casefold() == folded:
            return True
    return False
