"""The headings of a related-posts block (lexicon/lines.yaml): the listed phrases, and
every heading made of a word of relation ("мурунку", "акыркы", "похожие") and the plural
noun of what a site posts ("жарыялар", "токтомдор", "решения"): "Мурунку жарыялар:",
"Акыркы токтомдор: № 25/3 (30.11.2018) | ...", "Другие решения" (round 38) head other
posts' links, not the document's text, whichever pair a site chose."""

from __future__ import annotations

from ..lexicon import load

_LEX = load("lines")

RELATED_HEADINGS: list[str] = [
    *_LEX["related_headings"],
    *(
        f"{word} {noun}"
        for word in _LEX["related_heading_words"]
        for noun in _LEX["related_posting_nouns"]
    ),
]
