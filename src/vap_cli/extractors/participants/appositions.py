"""The names of counted units set after them: "беш айыл аймагынын – Кум-Дөбө, Семиз-Бел
жана Чолпон айыл өкмөттөрүнүн өкүлдөрү" (a dash or a colon, the units' names, their
plural type word in the genitive again), so that what the units own is read after it
(vetoes.owns_no_people). Bounded: a few dozen tokens past the count at most."""

from __future__ import annotations

from .words import MODIFIER_JOINERS, UNIT_NOUNS, Tokens, ends_sentence_at, who_at

# A dash or a colon (normalise writes every dash as "-")
_OPENERS = frozenset(("-", ":"))
# How far the names may run: five names of three tokens ("Кум-Дөбө") and their commas
APPOSITION_REACH = 32


def units_apposition_end(tokens: Tokens, j: int) -> int:
    """Where the apposition opened at token j ends: after the units' type word in the
    genitive that closes it ("– Кум-Дөбө, Семиз-Бел жана Чолпон айыл өкмөттөрүнүн"); j
    when none does (no opener there, a word in lower case that is no joiner, the
    sentence's end)."""
    if j >= len(tokens) or tokens[j].text not in _OPENERS:
        return j
    for k in range(j + 1, min(len(tokens), j + APPOSITION_REACH)):
        if ends_sentence_at(tokens, k):
            return j
        tok = tokens[k]
        unit = who_at(tokens, k) if tok.kind == "word" else None
        if unit is not None and unit.entry.lemma in UNIT_NOUNS:
            return unit.last if unit.ending.case == "genitive" and k > j + 1 else j
        if tok.kind == "word" and not tok.text[:1].isupper() and tok.low not in MODIFIER_JOINERS:
            return j
        if tok.kind not in ("word", "punct"):
            return j
    return j
