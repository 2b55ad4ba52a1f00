"""A text copied with double spacing (a PDF's, or a page with a blank line after every
line) has a blank line at each break, inside sentences too: read as if single-spaced
when most gaps are one blank line and one of them is plainly inside a sentence
(normalise/wraps.py, lexicon sentences.yaml `double_spaced_share`)."""

from __future__ import annotations

from vap_cli.normalise import wraps
from vap_cli.pipeline import parse_text

DOUBLE_SPACED = (
    "Нарын облусунда жергиликтүү өз алдынча башкаруу боюнча семинар өттү. Ага Ат-Башы\n\n"
    "районунан 14 жана Кочкор районунан 12 катышуучу келди. Семинарды облустук\n\n"
    "администрациянын адиси Айгүл Токтосунова ачты.\n"
)


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def test_a_unit_name_and_its_type_word_across_a_blank_line_are_one_place() -> None:
    text = "Ош шаарында окуу өттү.\n\nАга Алай районунан 12, Өзгөн\n\nрайонунан 9 адам катышты.\n"
    doc = parse_text(text)
    assert "district:Өзгөн" in places(text)
    assert [(p.count, p.place.name if p.place else None) for p in doc.participants] == [
        (9, "Өзгөн")
    ]


def test_a_double_spaced_page_reads_as_a_single_spaced_one() -> None:
    single = DOUBLE_SPACED.replace("\n\n", " \n")  # the same length, single-spaced
    assert wraps.unwrap(DOUBLE_SPACED).replace("\n", " ") == wraps.unwrap(single).replace("\n", " ")
    doc = parse_text(DOUBLE_SPACED)
    assert {"district:Ат-Башы", "district:Кочкор"} <= places(DOUBLE_SPACED)
    assert sorted((p.count, p.place.name if p.place else "") for p in doc.participants) == [
        (12, "Кочкор"),
        (14, "Ат-Башы"),
    ]
    assert [p.name for p in doc.persons] == ["Айгүл Токтосунова"]


def test_unwrapping_keeps_the_length_and_every_character_but_breaks() -> None:
    out = wraps.unwrap(DOUBLE_SPACED)
    assert len(out) == len(DOUBLE_SPACED)
    assert all(a == b or a in "\n\t " for a, b in zip(DOUBLE_SPACED, out, strict=True))


def test_paragraphs_one_line_apart_keep_their_breaks() -> None:
    # near miss: each paragraph one line, a blank line between, every line closed
    text = "Кочкор районунда жыйын болду.\n\nАга 40 адам катышты.\n\nжыйын саат 10до башталды.\n"
    assert wraps.unwrap(text) == text


def test_a_blank_line_after_a_heading_is_no_wrap_in_a_text_with_no_broken_sentence() -> None:
    # near miss: a heading with no closing mark, then paragraphs: no gap is inside a
    # sentence (the line after the heading starts with a capital)
    text = "Жаңылыктар\n\nНарын шаарында көргөзмө ачылды.\n\nАга 200 киши келди.\n"
    assert wraps.unwrap(text) == text
