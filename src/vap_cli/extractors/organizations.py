"""Organisations and projects: known bodies, acronyms with their expansion, quoted project names.

Three sources, merged so that each body or project appears once per document
with every mention:
- known bodies of lexicon/organizations.yaml, by name stems or acronym (SDC, USAID, ЖӨБ Союзу);
- "full name (ACRONYM)": the expansion is the nearest run of words before the
  bracket whose initials spell the acronym ("ЖӨБ иштери жана этностор аралык
  мамилелер боюнча мамлекеттик агенттик (ЖӨБЭММА)"); later bare uses of the
  acronym (ЖӨБЭММАнын) are mentions of it;
- a quoted name followed by долбоор/программа (or preceded by проект): a project.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

import regex

from .. import rx
from ..context import Context
from ..explain import Rule
from ..fold import fold
from ..lexicon import load
from ..models import Organization, Span
from ..plain import Fields
from ..segment.cover import Cover
from ..segment.tokens import TokenStream
from .state_bodies import state_bodies
from .word_starts import ALIAS_BEGINS, starts

STATE_BODY = Rule(
    "organizations.state_body",
    "a ministry, state agency, service or committee named by its type word, with its"
    " complements ('Министерство финансов Кыргызской Республики', 'Мамлекеттик салык"
    " кызматы')",
)

_UPPER_RUN = rx.compile(r"\p{Lu}{2,12}")
_TWO_LETTERS = rx.compile(r"\p{L}{2}")

_LEX = load("organizations")
_EXTRA: int = _LEX["stem_extra_letters"]
_NOT_ORGS: frozenset[str] = frozenset(_LEX["not_organizations"])
_HEADS: tuple[str, ...] = tuple(h.casefold() for h in _LEX["organization_heads"])
_FUNCTION_WORDS: frozenset[str] = frozenset(w.casefold() for w in _LEX["acronym_function_words"])
_MAX_NAME: int = _LEX["max_project_name"]


class KnownBody(Fields):
    __slots__ = ("name", "acronym")
    name: str
    acronym: str | None

    def __init__(self, name: str, acronym: str | None) -> None:
        self.name = name
        self.acronym = acronym


_BODIES: list[KnownBody] = [KnownBody(b["name"], b.get("acronym")) for b in _LEX["known_bodies"]]
# Acronym (as written, upper case) -> index of its known body.
_BODY_BY_ACRONYM: dict[str, int] = {}
for _i, _body in enumerate(_LEX["known_bodies"]):
    for _acr in [_body.get("acronym"), *_body.get("other_acronyms", [])]:
        if _acr and " " not in _acr:
            _BODY_BY_ACRONYM[_acr] = _i
# Index of a known body -> its acronyms, in _BODY_BY_ACRONYM's order (`_variants`).
_ACRONYMS_OF_BODY: dict[int, tuple[str, ...]] = {
    _i: tuple(_a for _a, _j in _BODY_BY_ACRONYM.items() if _j == _i)
    for _i in set(_BODY_BY_ACRONYM.values())
}


def _alias_pattern(alias: str) -> str:
    words = alias.split()
    return r"\s{1,3}".join(regex.escape(w) + rf"\p{{L}}{{0,{_EXTRA}}}" for w in words)


# One alternation over every alias of every known body; the group name says which body.
_ALIASES = rx.compile(
    r"(?<![\p{L}\d])(?:"
    + "|".join(
        rf"(?P<b{i}>{'|'.join(_alias_pattern(a) for a in body['aliases'])})"
        for i, body in enumerate(_LEX["known_bodies"])
        if body["aliases"]
    )
    + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
# Where an alias starts: the same words as a trie (rx.union), cheaper to search with.
_ALIAS_START = rx.compile(
    r"(?<![\p{L}\d])(?:"
    + rx.union(
        rx.phrase_atoms(alias, _EXTRA) for body in _LEX["known_bodies"] for alias in body["aliases"]
    )
    + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
# Where _ALIAS_START may match: the first words of the aliases (word_starts.ALIAS_BEGINS:
# searched ten times faster).
# An upper-case token, possibly with a lower-case case ending glued on (USAIDтин, ЖӨБЭММАнын).
_ACRONYM_TOKEN = rx.compile(r"(?<![\p{L}\d])(\p{Lu}{2,12})(\p{Ll}{0,12})(?![\p{L}\d])")
# What _ACRONYM_TOKEN's acronym (its first group) may be: capitals only.
_ACRONYM_SHAPE = rx.compile(r"\p{Lu}{2,12}")
# "(ЖӨБЭММА)": an acronym in brackets, right after the name it abbreviates.
_BRACKETED = rx.compile(r"\(\s{0,3}(\p{Lu}{2,12})\s{0,3}\)")
# Where an expansion cannot reach across: sentence ends, brackets, quotes, commas.
_BOUNDARY = rx.compile(r'(?r)[.;:!?()"\n,]')  # (?r): searched from the end

_AFTER = "|".join(regex.escape(w) for w in _LEX["project_words_after"])
_BEFORE = "|".join(regex.escape(w) for w in _LEX["project_words_before"])
_PROJECT_AFTER = rx.compile(
    rf'"(?P<name>[^"\n]{{2,{_MAX_NAME}}})"\s{{0,3}}'
    r"(?:\(\s{0,3}(?P<acr>\p{Lu}{2,12})\s{0,3}\)\s{0,3})?"
    rf"(?P<word>(?i:{_AFTER})\p{{L}}{{0,{_EXTRA}}})(?![\p{{L}}\d])"
)
_PROJECT_BEFORE = rx.compile(
    rf"(?<![\p{{L}}\d])(?i:{_BEFORE})\p{{L}}{{0,{_EXTRA}}}\s{{1,3}}"
    rf'"(?P<name>[^"\n]{{2,{_MAX_NAME}}})"'
)


class _Found(Fields):
    __slots__ = ("key", "name", "acronym", "kind", "spans")
    key: str
    name: str
    acronym: str | None
    kind: str
    spans: list[tuple[int, int]]
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        key: str,
        name: str,
        acronym: str | None,
        kind: str,
        spans: list[tuple[int, int]] | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.acronym = acronym
        self.kind = kind
        self.spans = [] if spans is None else spans


# --------------------------------------------------------------------- acronym fit


def _letter_options(word: str, acronym: str, j: int) -> list[int]:
    """Positions in the acronym after `word` gives its letters from position j."""
    options: list[int] = []
    upper_run = _UPPER_RUN.match(word, None, None, rx.NOT_CONCURRENT)
    if upper_run and acronym.startswith(upper_run.group(), j):
        options.append(j + len(upper_run.group()))  # an acronym inside the name: ЖӨБ иштери
    if j < len(acronym) and word[0].casefold() == acronym[j].casefold():
        options.append(j + 1)
        parts = [p for p in word.split("-") if p]
        if len(parts) > 1:
            initials = "".join(p[0] for p in parts).casefold()
            if acronym.casefold().startswith(initials, j):
                options.append(j + len(parts))  # Ысык-Көл -> ЫК
    return options


# Of an acronym's letters, at most this share (and at least one) may be given by no
# word of its expansion: a few words are passed over, most must count.
_SKIPS_PER_LETTER = 0.5
# An expansion is looked for this many characters before its bracketed acronym, over
# at most WORDS_PER_LETTER words a letter and WORDS_SPARE more (function words such as
# жана and боюнча give no letter).
EXPANSION_REACH = 400
WORDS_PER_LETTER = 3
WORDS_SPARE = 4
# A known body's name or a project is at most this much longer than the longest name
# of the lexicon, and never shorter than an expansion's reach.
_NAME_SLACK = 40
# A project's name has at least this many characters (fewer are a stray quote's).
_PROJECT_MIN_LENGTH = 3


def fits(words: tuple[str, ...], acronym: str) -> bool:
    """Do the words spell the acronym by their initials?

    The first and the last word must give letters; function words (жана,
    боюнча) never do; a few other words may be passed over ("ЖӨБ иштери жана
    этностор АРАЛЫК мамилелер ..." -> ЖӨБЭММА).
    """
    n, m = len(words), len(acronym)
    max_skips = max(1, int(m * _SKIPS_PER_LETTER))

    @cache
    def walk(i: int, j: int, skips: int) -> bool:
        if i == n:
            return j == m
        word = words[i]
        last = i == n - 1
        if word.casefold() in _FUNCTION_WORDS:
            return not last and walk(i + 1, j, skips)
        if any(walk(i + 1, nj, skips) for nj in _letter_options(word, acronym, j)):
            return True
        return 0 < i and not last and skips < max_skips and walk(i + 1, j, skips + 1)

    return walk(0, 0, 0)


def expansion(
    text: str, bracket_start: int, acronym: str, tokens: TokenStream | None = None
) -> tuple[int, int] | None:
    """The [start, end) of the nearest words before `bracket_start` that spell `acronym`.
    `tokens`: the segment stage's tokens of `text` (tokenised here when not given)."""
    left = max(0, bracket_start - EXPANSION_REACH)
    last = _BOUNDARY.search(text, left, bracket_start)
    cut = last.end() if last else left
    stream = TokenStream(text) if tokens is None else tokens
    words = stream.words_between(cut, bracket_start)
    words = words[-(WORDS_PER_LETTER * len(acronym) + WORDS_SPARE) :]
    texts = tuple(w.text for w in words)
    for k in range(len(words) - 1, -1, -1):
        if may_begin(texts[k], acronym) and fits(texts[k:], acronym):
            return words[k].start, words[-1].end
    return None


def may_begin(word: str, acronym: str) -> bool:
    """Whether words from `word` on may spell the acronym (`fits`), by a cheap test:
    the first word gives the acronym's first letter (its initial, or an upper-case run
    that starts with it), unless it is a function word, which is passed over."""
    return word[0].casefold() == acronym[0].casefold() or word.casefold() in _FUNCTION_WORDS


def _is_organisation_name(name: str) -> bool:
    """Kyrgyz puts the head noun last (... агенттиги), Russian first (Фонд ...)."""
    words = name.casefold().split()
    return words[-1].startswith(_HEADS) or words[0].startswith(_HEADS)


# --------------------------------------------------------------------- extraction


# Longest span a known body's name or a project may cover, in characters: how far
# before an expansion its owner may start.
_LONGEST_NAME = max(_MAX_NAME + _NAME_SLACK, EXPANSION_REACH)


class _Owners:
    """Spans of the known bodies and projects found so far, by start: which one an
    expansion overlaps is found by bisection (many brackets stay linear)."""

    def __init__(self, found: dict[str, _Found]) -> None:
        spans = sorted((s, e, key) for key, item in found.items() for s, e in item.spans)
        self.starts = [s for s, _, _ in spans]
        self.spans = spans

    def at(self, start: int, end: int) -> str | None:
        first = bisect_left(self.starts, start - _LONGEST_NAME)
        for s, e, key in self.spans[first : bisect_left(self.starts, end)]:
            if s < end and start < e:
                return key
        return None


def _body_key(index: int) -> str:
    return f"body:{index}"


class _Collection:
    """The organisations and projects of one document, found in four passes."""

    def __init__(self, text: str, tokens: TokenStream) -> None:
        self.text = text
        self.tokens = tokens
        self.found: dict[str, _Found] = {}
        self.acronym_keys: dict[str, str] = {}  # acronym -> key of its body in this document
        self.claimed: list[tuple[int, int]] = []  # bracketed acronyms already explained
        self.state_spans: list[tuple[int, int]] = []  # the state bodies' mentions

    def add(
        self, key: str, name: str, acronym: str | None, kind: str, start: int, end: int
    ) -> None:
        item = self.found.get(key)
        if item is None:  # made only when new (a known body is found many times)
            item = self.found[key] = _Found(key, name, acronym, kind)
        item.acronym = item.acronym or acronym
        item.spans.append((start, end))
        if item.acronym:
            self.acronym_keys.setdefault(item.acronym, key)

    def add_body(self, index: int, start: int, end: int) -> None:
        body = _BODIES[index]
        self.add(_body_key(index), body.name, body.acronym, "organization", start, end)

    def known_bodies(self) -> None:
        text = self.text
        # where an alias may begin, found by the one search for all the word sets (a
        # Scan's places, without its work per place); a folding that changes the
        # length: searched as a Scan does
        places = starts(self.tokens, ALIAS_BEGINS)
        found = (
            rx.finditer_from(_ALIAS_START, _ALIASES, text, 0, len(text), ALIAS_BEGINS)
            if places is None
            else rx.finditer_from_at(_ALIAS_START, _ALIASES, text, places, 0, len(text))
        )
        for m in found:
            index = int(str(m.lastgroup)[1:])  # every alternative is a named group
            self.add_body(index, *m.span())
        for i, body in enumerate(_BODIES):
            if body.acronym:
                self.acronym_keys.setdefault(body.acronym, _body_key(i))

    def projects(self) -> None:
        for pattern in (_PROJECT_AFTER, _PROJECT_BEFORE):
            for m in pattern.finditer(self.text, None, None, False, rx.NOT_CONCURRENT):
                name = " ".join(m.group("name").split()).strip(" ,")
                if len(name) < _PROJECT_MIN_LENGTH or not _TWO_LETTERS.search(
                    name, None, None, rx.NOT_CONCURRENT
                ):
                    continue
                acronym = m.groupdict().get("acr")
                if acronym:
                    self.claimed.append(m.span("acr"))
                self.add(f"project:{fold(name)}", name, acronym, "project", *m.span())

    def bracketed(self) -> None:
        owners = _Owners(self.found)
        claimed = Cover(self.claimed)
        for m in _BRACKETED.finditer(self.text, None, None, False, rx.NOT_CONCURRENT):
            if m.start(1) not in claimed:
                self.bracketed_one(m, owners)

    def bracketed_one(self, m: regex.Match, owners: _Owners) -> None:
        """An acronym in brackets: a known body's, or one its preceding words expand."""
        text, acronym = self.text, m.group(1)
        if acronym in _BODY_BY_ACRONYM:
            span = expansion(text, m.start(), acronym, self.tokens)
            self.add_body(_BODY_BY_ACRONYM[acronym], span[0] if span else m.start(1), m.end())
            return
        if acronym in _NOT_ORGS:
            return
        span = expansion(text, m.start(), acronym, self.tokens)
        if span is None:
            return
        # The name is already a known body's (its other language's name, its
        # acronym unlisted): one span, one organisation; the acronym joins it.
        owner = owners.at(span[0], span[1])
        if owner is not None:
            item = self.found[owner]
            self.add(owner, item.name, item.acronym, item.kind, span[0], m.end())
            self.acronym_keys.setdefault(acronym, owner)
            return
        name = " ".join(text[span[0] : span[1]].split())
        if _is_organisation_name(name):
            key = self.acronym_keys.get(acronym, f"acronym:{acronym}")
            self.add(key, name, acronym, "organization", span[0], m.end())

    def state_bodies(self) -> None:
        """Ministries, agencies, services and committees named by their type word
        (state_bodies.py), unless a known body, a project or an acronym's expansion
        holds the words (the acronym's name then is the body's)."""
        owners = _Owners(self.found)
        for body in state_bodies(self.text, self.tokens):
            if owners.at(body.start, body.end) is None:
                key = f"state:{fold(body.own_name)}"
                self.add(key, body.name, None, "organization", *body.span)
                self.state_spans.append(body.span)

    def bare_acronyms(self) -> None:
        """Bare uses of an acronym the document (or the lexicon) explains."""
        for m in _acronym_tokens(self.text, [*self.acronym_keys, *_BODY_BY_ACRONYM]):
            acronym = m.group(1)
            key = self.acronym_keys.get(acronym)
            if key is None and acronym in _BODY_BY_ACRONYM:
                key = _body_key(_BODY_BY_ACRONYM[acronym])
            if key is None:
                continue
            if key not in self.found:
                index = _BODY_BY_ACRONYM[acronym]
                body = _BODIES[index]
                self.found[key] = _Found(key, body.name, body.acronym, "organization")
            self.found[key].spans.append(m.span())


def _acronym_tokens(text: str, acronyms: list[str]) -> Iterator[regex.Match[str]]:
    """_ACRONYM_TOKEN's matches in `text` whose acronym is one of `acronyms`, in order:
    tried only where one of them begins (found by `str.find`, in C), not searched for at
    every character (a property test each: the acronyms are a few a document). A match
    is a whole run of letters, so no two overlap and each start is tried once."""
    wanted = set(acronyms)
    places: set[int] = set()
    for acronym in filter(_ACRONYM_SHAPE.fullmatch, wanted):  # another is no match's
        at = text.find(acronym)
        while at >= 0:
            places.add(at)
            # inside an occurrence (all letters) no match starts: a letter stands before
            at = text.find(acronym, at + len(acronym))
    matches = (_ACRONYM_TOKEN.match(text, at) for at in sorted(places))
    return (m for m in matches if m is not None and m.group(1) in wanted)


def _collect(text: str, tokens: TokenStream) -> _Collection:
    collection = _Collection(text, tokens)
    collection.known_bodies()
    collection.projects()
    collection.bracketed()
    collection.state_bodies()
    collection.bare_acronyms()
    return collection


_JOINER = rx.compile(r"[\s(]{0,4}")


def _outermost(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in text order, without those lying inside another one; a name and
    its bracketed acronym right after it ("агенттиги (SDC)") make one mention."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
            continue
        if (
            out
            and _JOINER.fullmatch(text, out[-1][1], start, rx.NOT_CONCURRENT)
            and text[start - 1 : start] == "("
        ):
            out[-1] = (out[-1][0], end + (text[end : end + 1] == ")"))
            continue
        out.append((start, end))
    return out


def _variants(acronym: str | None) -> list[str]:
    """The acronym and the other acronyms of its known body (ӨСИ, ИПР)."""
    if acronym is None:
        return []
    index = _BODY_BY_ACRONYM.get(acronym)
    others = _ACRONYMS_OF_BODY[index] if index is not None else ()
    return list(dict.fromkeys([acronym, *others]))


def _writes(quote: str, acronym: str) -> bool:
    """Whether `quote` writes the acronym as a word of its own, case endings
    allowed (ӨСИнин), not inside a longer one (ЖӨБ in ЖӨБЭММА)."""
    at = quote.find(acronym)
    while at >= 0:
        after = quote[at + len(acronym) : at + len(acronym) + 1]
        if (at == 0 or not quote[at - 1].isalpha()) and not after.isupper():
            return True
        at = quote.find(acronym, at + 1)
    return False


def attested_acronym(acronym: str | None, quotes: list[str]) -> str | None:
    """The acronym as the text writes it in one of the mentions ("ИПР" for the
    lexicon's ӨСИ), or None when the text never writes one: output quotes only
    what the text says; the lexicon's form is `canonical_acronym`."""
    for variant in _variants(acronym):
        if any(_writes(quote, variant) for quote in quotes):
            return variant
    # An acronym the document gives the body itself: "... сотрудничеству (ШАРС)".
    bracketed = (_BRACKETED.search(quote, None, None, rx.NOT_CONCURRENT) for quote in quotes)
    return next((m.group(1) for m in bracketed if m), None)


KNOWN_BODY = Rule(
    "organizations.known_body",
    "a body's name or acronym of the lexicon (organizations.yaml: 'ЖӨБ Союзу', 'ӨСИ') names it",
)
PROJECT = Rule(
    "organizations.project",
    "a name before or after a project's word ('«Элдин добушу» долбоору', 'проект «...»') is"
    " a project; its acronym again names it too",
)
ACRONYM_EXPANSION = Rule(
    "organizations.acronym_expansion",
    "the words before an acronym in brackets whose first letters spell it ('Шанхайская"
    " организация сотрудничества (ШОС)') name an organisation; its bare acronym again too",
)
# The rule of each kind of key _Collection gives a body (`_body_key`, "project:", ...).
_RULE_OF_KEY = {"body": KNOWN_BODY, "project": PROJECT, "acronym": ACRONYM_EXPANSION}


def extract(ctx: Context) -> None:
    organizations: list[tuple[int, Organization]] = []
    collection = _collect(ctx.text, ctx.segments.tokens)
    for start, end in collection.state_spans:
        ctx.decide(STATE_BODY, True, start, end)
    for item in collection.found.values():
        spans = _outermost(ctx.text, item.spans)
        mentions: list[Span] = []
        quotes: list[str] = []
        for start, end in spans:
            text, span = ctx.quote(start, end)
            quotes.append(text)
            mentions.append(span)
        organizations.append(
            (
                spans[0][0],
                Organization.model_construct(
                    name=item.name,
                    acronym=attested_acronym(item.acronym, quotes),
                    canonical_acronym=item.acronym,
                    kind=item.kind,  # type: ignore[arg-type]
                    text=quotes[0],
                    span=mentions[0],
                    mentions=mentions,
                ),
            )
        )
    organizations.sort(key=lambda pair: pair[0])
    ctx.organizations = [org for _, org in organizations]
    if ctx.decisions is not None:
        _explain_kept(ctx, collection)


def _explain_kept(ctx: Context, collection: _Collection) -> None:
    """A keep decision for each mention of each organisation, by the pass that found it;
    a state body's mentions decided as they were found (STATE_BODY)."""
    for key, item in collection.found.items():
        rule = _RULE_OF_KEY.get(key.split(":", 1)[0], STATE_BODY)
        for start, end in _outermost(ctx.text, item.spans):
            ctx.decide(rule, True, start, end, item.name)
