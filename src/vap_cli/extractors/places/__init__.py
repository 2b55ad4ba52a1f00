"""Places of Kyrgyzstan in running Kyrgyz and Russian text (fills ctx.places).

The steps, one module each (docs/ARCHITECTURE.md, "Places"):

1. tokens, candidates: words are read as stem + ending (morph.py) and the stems looked
   up in the gazetteer's index (index.py, built once per gazetteer and handed in as
   ctx.resources.place_index); a type word after the name (Нарын облусунан, Жазы АА),
   a Russian one around it (Нарынская область, г. Кемин) is read with it.
2. lists: a list or a table adds mentions (names sharing one type word).
3. rules, marks: page chrome and natural features veto a mention; appositions,
   datelines, lists and table cells are marked.
4. resolve: the level and unit of each mention, by its type word, else its list,
   table column and sentence; a name the gazetteer lacks is kept when a type word
   of a small unit says what it is (id null, a warning).
5. assemble: Place records, one per unit.

Every keep and drop goes through a named rule (rules.py) and ctx.decide, so
`vap parse --explain` shows why. Scores and thresholds: constants.py. Language
data: lexicon/places.yaml.
"""

from __future__ import annotations

from ...context import Context
from ...lexicon import load
from .assemble import assemble_places
from .bracketed_aimaks import settle_villages_before_bracketed_aimak
from .candidates import find_mentions
from .centres import mark_centres
from .children import add_children
from .cut_rows import type_cut_rows
from .demonyms import add_russian_demonyms
from .excerpts import cut_off
from .headlines import mark_headlines
from .homes import mark_homes
from .homonyms import mark_establishments
from .landforms import (
    after_feature_word,
    around_a_landform,
    on_a_lakes_shore,
    on_a_landform,
    road_to_a_landform,
)
from .list_variants import add_list_variants
from .lists import (
    add_label_members,
    add_list_members,
    add_russian_bare_adjectives,
    add_russian_list_members,
    add_russian_nouns,
)
from .logo import logo_line
from .marks import (
    bracketed_lone_names,
    group_lists,
    mark_appositions,
    mark_bracketed_children,
    mark_cells,
    mark_column_headers,
    mark_datelines,
    mark_head_titles,
    mark_labels,
    mark_owned_levels,
    mark_routes,
    mark_type_labels,
)
from .mention import Mention, Token
from .openings import word_marks
from .place_columns import mark_place_columns
from .produce import produce_of_place
from .representations import mark_state_representations
from .resolve import resolve_levels
from .road_names import numbered_area, on_road_name
from .row_lists import group_rows
from .rules import (
    AROUND_A_LANDFORM,
    BRACKETED_OTHER_NAME,
    BRACKETED_OWN_VILLAGE,
    CHROME_LINE,
    CUT_OFF,
    DIRECTION_SIDE,
    FEATURE_WORD,
    HASHTAG,
    LAKE_SHORE,
    LOGO_LINE,
    NUMBERED_AREA,
    ON_A_LANDFORM,
    PRODUCE_OF_PLACE,
    ROAD_NAME,
    ROAD_TO_A_LANDFORM,
    SITE_NAME,
    chrome_ranges,
    inside_ranges,
)
from .russian_adjectives import plural_adjective_holders
from .russian_small_nouns import add_russian_small_nouns
from .same_named import add_same_named
from .siblings import mark_counted
from .sides import direction_side
from .site_name import site_name_spans
from .slashes import split_slashed_names
from .such_as import add_such_as_lists
from .type_brackets import mark_bracket_types
from .venues import mark_event_venues, mark_venue_lists

__all__ = ["extract"]


# The letters only Kyrgyz has (lexicon/language.yaml).
_KYRGYZ_ONLY_LETTERS = frozenset(load("language")["ky"]["letters"])


def _may_be_russian(ctx: Context) -> bool:
    """Russian case forms of names are read in a Russian or mixed text, and in one too
    short for the language stage to tell ("В Караколе прошел семинар.") that has no
    letter only Kyrgyz has."""
    if ctx.language in ("ru", "mixed"):
        return True
    return ctx.language == "unknown" and _KYRGYZ_ONLY_LETTERS.isdisjoint(ctx.text.casefold())


def extract(ctx: Context) -> None:
    text = ctx.text
    idx = ctx.resources.place_index
    tokens = split_slashed_names(ctx, ctx.segments.tokens.words, idx)
    marks = word_marks(tokens, idx)  # read by the candidates and the bare adjectives
    mentions = find_mentions(ctx, tokens, idx, marks)
    mentions = add_list_members(mentions, tokens, text)
    mentions = add_children(mentions, tokens, text, idx.name_parts)
    type_cut_rows(mentions, text)
    mentions = add_such_as_lists(mentions, tokens, text)
    mentions = add_russian_list_members(mentions, tokens, text, idx)
    plural_adjective_holders(mentions, tokens, idx)
    mentions = add_russian_bare_adjectives(mentions, tokens, text, idx, marks, ctx.segments.tables)
    if _may_be_russian(ctx):
        mentions = add_russian_nouns(mentions, tokens, idx)
        mentions = add_russian_small_nouns(ctx, mentions, tokens, idx)
        mentions = add_russian_demonyms(mentions, tokens, idx)
    mentions = _without_features(ctx, mentions, tokens)
    mentions = [
        m
        for m in mentions
        if not on_road_name(m, tokens, text) or ctx.decide(ROAD_NAME, False, m.start, m.end, m.name)
    ]
    mentions = [
        m
        for m in mentions
        if not cut_off(m, text) or ctx.decide(CUT_OFF, False, m.start, m.end, m.name)
    ]
    mentions = [
        m
        for m in mentions
        if not numbered_area(m, text) or ctx.decide(NUMBERED_AREA, False, m.start, m.end, m.name)
    ]
    mentions = [
        m
        for m in mentions
        if not direction_side(m, tokens, text)
        or ctx.decide(DIRECTION_SIDE, False, m.start, m.end, m.name)
    ]
    mentions = [
        m
        for m in mentions
        if not logo_line(m, text) or ctx.decide(LOGO_LINE, False, m.start, m.end, m.name)
    ]
    mentions = _without_site_name(ctx, mentions)
    mark_appositions(mentions, tokens, text)
    mark_type_labels(mentions, tokens, text)
    mark_bracket_types(mentions, tokens, text)
    mentions = add_label_members(mentions, tokens, text)
    mentions = _without_chrome(ctx, _without_hashtags(ctx, mentions))
    mark_datelines(mentions, text)
    mark_labels(mentions, text)
    mark_headlines(mentions, ctx.segments.lines, ctx.segments.line_classes.classes)
    mark_owned_levels(mentions, tokens, text)
    mark_head_titles(mentions, tokens, text)
    mark_state_representations(mentions, tokens, text)
    mark_establishments(mentions, tokens, text)
    mark_homes(mentions, tokens, text)
    mark_counted(mentions, text)
    mark_event_venues(mentions, tokens, text)
    mark_venue_lists(mentions, tokens, text, idx)
    mark_centres(mentions, tokens, text)
    mark_bracketed_children(mentions, text)
    mentions = _without_other_names(ctx, mentions)
    mark_routes(mentions, tokens, text, idx)
    mentions = add_list_variants(mentions, tokens, text, idx)
    group_lists(mentions, tokens, text)
    group_rows(mentions, text)
    mark_cells(mentions, text, ctx.segments.tables)
    mark_column_headers(mentions, ctx.segments.tables, idx.gazetteer)
    mark_place_columns(mentions, ctx.segments.tables)
    settle_villages_before_bracketed_aimak(mentions, text)
    resolve_levels(mentions, idx)
    mentions = add_same_named(mentions, tokens, text, idx.gazetteer)
    ctx.places = assemble_places(ctx, mentions, idx)


def _without_features(ctx: Context, mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """Drop bare names right after a natural feature's word ("озеро Сон-Куль"), and
    Russian nouns of settlements after "на" ("на Сон-Куле"), and Kyrgyz ones named as a
    lake before the land around it ("Соң-Көлдүн айланасындагы")."""
    mentions = [
        m
        for m in mentions
        if not after_feature_word(m, tokens, ctx.text)
        or ctx.decide(FEATURE_WORD, False, m.start, m.end, m.name)
    ]
    mentions = [
        m
        for m in mentions
        if not on_a_landform(m, tokens, ctx.text)
        or ctx.decide(ON_A_LANDFORM, False, m.start, m.end, m.name)
    ]
    mentions = [
        m
        for m in mentions
        if not around_a_landform(m, tokens)
        or ctx.decide(AROUND_A_LANDFORM, False, m.start, m.end, m.name)
    ]
    mentions = [
        m
        for m in mentions
        if not road_to_a_landform(m, tokens)
        or ctx.decide(ROAD_TO_A_LANDFORM, False, m.start, m.end, m.name)
    ]
    mentions = [
        m
        for m in mentions
        if not produce_of_place(m, tokens, ctx.text)
        or ctx.decide(PRODUCE_OF_PLACE, False, m.start, m.end, m.name)
    ]
    return [
        m
        for m in mentions
        if not on_a_lakes_shore(m, tokens) or ctx.decide(LAKE_SHORE, False, m.start, m.end, m.name)
    ]


def _without_other_names(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Drop a bare name alone in a bracket after a typed unit: its other name, unless it is
    a village of that unit, which has a village of its own name besides (marks.py)."""
    villages, others = bracketed_lone_names(mentions, ctx.text, ctx.resources.place_index)
    for m in villages:
        ctx.decide(BRACKETED_OWN_VILLAGE, True, m.start, m.end, m.name)
    glosses = {id(m) for m in others}
    return [
        m
        for m in mentions
        if id(m) not in glosses or ctx.decide(BRACKETED_OTHER_NAME, False, m.start, m.end, m.name)
    ]


def _without_site_name(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Drop the names inside the site's name over the page (site_name.py)."""
    spans = site_name_spans(ctx.text)
    if not spans:
        return mentions
    return [
        m
        for m in mentions
        if not any(start <= m.start < end for start, end in spans)
        or ctx.decide(SITE_NAME, False, m.start, m.end, m.name)
    ]


# the sign a hashtag opens with, right before its name ("#Баткен"; "# Баткен" is a heading)
_HASHTAG_SIGN = "#"


def _without_hashtags(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Drop a post's hashtags ("#Баткен", "#АкТалаа": a tag, not the text; round 40)."""
    text = ctx.text
    return [
        m
        for m in mentions
        if not (m.start and text[m.start - 1] == _HASHTAG_SIGN)
        or ctx.decide(HASHTAG, False, m.start, m.end, m.name)
    ]


def _without_chrome(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Drop mentions on lines of page chrome (menus, weather, banners, related news)."""
    chrome = chrome_ranges(ctx)
    if not chrome:
        return mentions
    return [
        m
        for m in mentions
        if not inside_ranges(m.start, chrome)
        or ctx.decide(CHROME_LINE, False, m.start, m.end, m.name)
    ]
