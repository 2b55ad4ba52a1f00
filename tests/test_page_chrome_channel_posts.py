"""A channel's or a social page's own earlier posts listed under its post, and the pieces
of a channel's feed around the post, give none of their dates, places or counts.

Each class is a rule about the layout: team-written inputs that must give the record's
field, and a near miss that must not (none of the sentences is a held-out round's own).
The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import content_days, content_days_of
from vap_cli.pipeline import parse_text

# --- a channel's earlier posts and a Kyrgyz "see also" under the post --------------------
# "Мурунку посттор:" (a Telegram channel's previous posts) and "Дагы караңыз:" (a social
# page's "see also") head other posts' links, each with its date: lexicon lines.yaml
# related_headings.
# Found by held-out round 57.


@pytest.mark.parametrize(
    "text",
    [
        "Кочкор району | Расмий канал\n\nАйыл аймагында жыйын болду, ага 40 тургун катышты.\n\n"
        "📌 Мурунку посттор:\n12.04.2024 – Мектепте субботник өттү\n"
        "08.04.2024 – Жолдор оңдолду",
        "Сузак районунун социалдык бөлүмү\n3-март, 2024\n\nАйылда ардагерлер менен жолугушуу"
        " болду, ага 30 ардагер катышты.\n\nДагы караңыз:\n"
        "Сузак РСӨБ · 14-февраль, 2024 · Балдар үйүнө жардам берилди",
    ],
)
def test_links_under_a_channels_earlier_posts_heading_are_chrome(text: str) -> None:
    assert content_days_of(parse_text(text)) == []


def test_see_also_inside_a_sentence_is_no_heading() -> None:
    # near miss: the words inside a sentence of prose; the date after them is the text's
    text = (
        "Жарыяланды: 03.04.2024\n\nТолук тизмени дагы караңыз: жыйын 12.05.2024 күнү "
        "айыл өкмөтүнүн имаратында өтөт жана ага баардык тургундар чакырылат."
    )
    assert content_days(text) == ["2024-05-12"]


def test_earlier_posts_said_in_prose_keep_their_date() -> None:
    # counter-example: prose that speaks of earlier posts, on a line of its own, is content
    text = (
        "Жарыяланды: 03.04.2024\n\nМурунку посттордо жазгандай, айылдагы көпүрө "
        "20.03.2024 күнү оңдолуп бүттү."
    )
    assert content_days(text) == ["2024-03-20"]


def test_a_pictograph_before_a_line_that_is_no_heading_opens_nothing() -> None:
    # near miss: a pictograph before a label that heads no links; the date under it stays
    text = (
        "Жарыяланды: 03.04.2024\n\nАйылда жыйын болду, ага 40 тургун катышты.\n\n"
        "📌 Эскертүү:\n15.04.2024 күнү айыл өкмөтүндө кабыл алуу болот."
    )
    assert content_days(text) == ["2024-04-15"]
