"""Organisations and projects: acronym expansions, known bodies, quoted project names."""

from __future__ import annotations

import pytest

from conftest import check_linear
from vap_cli import pipeline
from vap_cli.extractors import organizations, word_starts
from vap_cli.extractors.organizations import expansion, fits, may_begin
from vap_cli.models import Organization


def orgs(text: str) -> list[Organization]:
    return pipeline.parse_text(text).organizations


def by_acronym(text: str) -> dict[str | None, Organization]:
    return {o.acronym: o for o in orgs(text)}


@pytest.mark.parametrize(
    ("sentence", "acronym", "name"),
    [
        # The acronym takes the letters of an acronym inside the name (ЖӨБ) and
        # passes over function words (жана, боюнча) and a word like "аралык".
        (
            "Окуу иш-чараларын КР Өкмөтүнө караштуу ЖӨБ иштери жана этностор аралык мамилелер "
            "боюнча мамлекеттик агенттик (ЖӨБЭММА) уюштурду.",
            "ЖӨБЭММА",
            "ЖӨБ иштери жана этностор аралык мамилелер боюнча мамлекеттик агенттик",
        ),
        # An acronym the lexicon does not know: the rule alone finds its expansion.
        (
            "Иш-чарага Кыргыз Республикасынын Жаштар иштери боюнча мамлекеттик агенттиги (ЖИМА) катышты.",
            "ЖИМА",
            "Жаштар иштери боюнча мамлекеттик агенттиги",
        ),
        (
            "Тренингди Айыл чарба кызматкерлеринин ассоциациясы (АЧКА) өткөрдү.",
            "АЧКА",
            "Айыл чарба кызматкерлеринин ассоциациясы",
        ),
        # Russian: "по" and "и" give no letters.
        (
            "Семинар прошел при поддержке Фонда развития местных инициатив (ФРМИ).",
            "ФРМИ",
            "Фонда развития местных инициатив",
        ),
    ],
)
def test_acronym_expansion(sentence: str, acronym: str, name: str) -> None:
    found = by_acronym(sentence)
    assert found[acronym].name == name
    assert found[acronym].kind == "organization"


@pytest.mark.parametrize(
    ("sentence", "acronym"),
    [
        # A notion, not a body: "local self-government (ЖӨБ)", "айыл өкмөтү (АӨ)".
        ("жергиликтүү өз алдынча башкаруунун (ЖӨБ) аткаруучу органдары", "ЖӨБ"),
        ("айыл өкмөттөрүнүн (АӨ) адистеринде", "АӨ"),
        # Initials that do not spell the acronym: no expansion, no organisation.
        ("Катышуучулар жаңы ыкмаларды үйрөнүштү (ТКМ).", "ТКМ"),
        # Initials fit but the name has no organisation head word (a method, not a body).
        ("жамааттын муктаждыктарын биргелешип аныктоо (ЖМБА) ыкмасы", "ЖМБА"),
    ],
)
def test_no_organisation_from_bracketed_letters(sentence: str, acronym: str) -> None:
    assert acronym not in by_acronym(sentence)


@pytest.mark.parametrize(
    ("words", "acronym", "expected"),
    [
        (
            (
                "ЖӨБ",
                "иштери",
                "жана",
                "этностор",
                "аралык",
                "мамилелер",
                "боюнча",
                "мамлекеттик",
                "агенттик",
            ),
            "ЖӨБЭММА",
            True,
        ),
        (("Жергиликтүү", "деңгээлде", "кызмат", "көрсөтүүлөрдү", "жакшыртуу"), "ЖДККЖ", True),
        (("Ысык-Көл", "облустук", "кеңеши"), "ЫКОК", True),
        (("жана", "мамлекеттик", "агенттик"), "ЖМА", False),  # a function word gives no letter
        (("мамлекеттик", "агенттик", "жаңы"), "МА", False),  # the last word must give a letter
    ],
)
def test_initials_fit(words: tuple[str, ...], acronym: str, expected: bool) -> None:
    assert fits(words, acronym) is expected


def test_words_that_fail_the_cheap_test_never_spell_the_acronym() -> None:
    """may_begin, the test expansion tries first, never turns away words that fit: every
    run of the words of a few names (function words among them) against acronyms
    made of their initials, shifted and cut."""
    names = [
        "ЖӨБ иштери жана этностор аралык мамилелер боюнча мамлекеттик агенттик",
        "Фонда развития местных инициатив и по поддержке",
        "Ысык-Көл облустук кеңеши жана Жаштар иштери боюнча агенттиги",
    ]
    for name in names:
        words = tuple(name.split())
        initials = "".join(w[0] for w in words).upper()
        acronyms = {initials[i:j] for i in range(len(initials)) for j in range(i + 2, i + 8)}
        acronyms |= {"ЫКОК", "ЖӨБЭММА", "ФРМИ", "ЖИМА", "МА"}
        for acronym in acronyms:
            for k in range(len(words)):
                for end in range(k + 1, len(words) + 1):
                    if fits(words[k:end], acronym):
                        assert may_begin(words[k], acronym), (words[k:end], acronym)


def test_expansion_stops_at_sentence_and_comma() -> None:
    text = "Биз келдик. Мамлекеттик агенттик, Министрлик (МА)"
    assert expansion(text, text.index("("), "МА") is None


@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),  # acronym: the lexicon's (canonical) one
    [
        (
            "Иш-чарага Швейцариянын өнүктүрүү жана кызматташтык агенттиги (SDC) колдоо көрсөттү.",
            "Швейцариянын өнүктүрүү жана кызматташтык агенттиги",
            "SDC",
        ),
        (
            "Швейцариянын Өнүгүү жана кызматташтык боюнча агенттиги (SDC) аркылуу каржылайт.",
            "Швейцариянын өнүктүрүү жана кызматташтык агенттиги",
            "SDC",
        ),
        ("USAIDтин “Ийгиликтүү аймак” долбоорунун өкүлдөрү катышты.", "USAID", "USAID"),
        (
            "ХЕЛВЕТАС Свисс Интеркооперейшн менен Өнүктүрүү саясат институту аткарат.",
            "ХЕЛВЕТАС Свисс Интеркооперейшн",
            "ХЕЛВЕТАС",
        ),
        ("Долбоорду Өнүктүрүү саясат институту аткарат.", "Өнүктүрүү саясат институту", "ӨСИ"),
        ("Өнүктүрүү саясат институтунун эксперттери катышты.", "Өнүктүрүү саясат институту", "ӨСИ"),
        (
            "ЖӨБ Союзунун өкүлдөрү маалымат беришет.",
            "Кыргыз Республикасынын Жергиликтүү өз алдынча башкаруулар союзу",
            "ЖӨБ Союзу",
        ),
        (
            "Проект реализует Институт политики развития при поддержке Швейцарии.",
            "Өнүктүрүү саясат институту",
            "ӨСИ",
        ),
        (
            "Письмо направлено в ГАМСУМО.",
            "ЖӨБ иштери жана этностор аралык мамилелер боюнча мамлекеттик агенттик",
            "ЖӨБЭММА",
        ),
    ],
)
def test_known_bodies(sentence: str, name: str, acronym: str) -> None:
    found = {o.name: o for o in orgs(sentence)}
    assert name in found
    assert found[name].canonical_acronym == acronym
    assert found[name].kind == "organization"


PROJECT = "Элдин үнү жана ЖӨБ органдарынын жоопкерчилиги: бюджеттик процесс"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Тренингди “{PROJECT}” долбоору уюштуруп жатат.",
        f"Тренингди «{PROJECT}» долбоору уюштуруп жатат.",
        f'Тренингди "{PROJECT}" долбоору уюштуруп жатат.',
        f"Тренингди „{PROJECT}“ долбоору уюштуруп жатат.",
        # Mismatched quotes, as in a real release: “...»
        f"“{PROJECT}» долбоорунун өкүлдөрү катышты.",
        f"“{PROJECT}” Долбоорунун алкагында өткөрүлдү.",
        f"“{PROJECT}” программасынын алкагында өткөрүлдү.",
        # Russian: the word stands before the name.
        f"в рамках проекта «{PROJECT}» прошли тренинги.",
    ],
)
def test_quoted_project_names(sentence: str) -> None:
    projects = [o for o in orgs(sentence) if o.kind == "project"]
    assert [p.name for p in projects] == [PROJECT]


def test_quoted_speech_is_not_a_project() -> None:
    text = "“Биздин Долбоор жергиликтүү бюджетти башкарууга үйрөтөт”, - деди Бекиев."
    assert [o for o in orgs(text) if o.kind == "project"] == []


def test_project_with_acronym_and_later_mentions() -> None:
    text = (
        "“Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу” (ЖДККЖ) долбоору уюштурду. "
        "ЖДККЖ долбоорун Швейцария Өкмөтү каржылайт. ЖДККЖнын өкүлдөрү катышты."
    )
    found = by_acronym(text)["ЖДККЖ"]
    assert found.kind == "project"
    assert found.name == "Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу"
    assert [text[m.start : m.end] for m in found.mentions] == [
        "“Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу” (ЖДККЖ) долбоору",
        "ЖДККЖ",
        "ЖДККЖнын",
    ]


def test_each_organisation_once_with_all_mentions() -> None:
    text = (
        "ЖӨБ иштери жана этностор аралык мамилелер боюнча мамлекеттик агенттик (ЖӨБЭММА) катышты. "
        "Программаны ЖӨБЭММА иштеп чыккан. ЖӨБЭММАнын өкүлдөрү сүйлөштү."
    )
    found = [o for o in orgs(text) if o.acronym == "ЖӨБЭММА"]
    assert len(found) == 1
    assert [text[m.start : m.end] for m in found[0].mentions] == [
        "ЖӨБ иштери жана этностор аралык мамилелер боюнча мамлекеттик агенттик (ЖӨБЭММА)",
        "ЖӨБЭММА",
        "ЖӨБЭММАнын",
    ]


@pytest.mark.parametrize(
    ("text", "name", "acronym", "mentions"),
    [
        # The Russian name and acronym of a known body: one organisation, not two.
        (
            "Иш-чараны Институт политики развития (ИПР) уюштурду.",
            "Өнүктүрүү саясат институту",
            "ИПР",
            ["Институт политики развития (ИПР)"],
        ),
        (
            "Өнүктүрүү саясат институту (ӨСИ) долбоорду аткарат. Институт политики "
            "развития (ИПР) – это тот же институт. ИПР и ӨСИ.",
            "Өнүктүрүү саясат институту",
            "ӨСИ",
            [
                "Өнүктүрүү саясат институту (ӨСИ)",
                "Институт политики развития (ИПР)",
                "ИПР",
                "ӨСИ",
            ],
        ),
        # An acronym the lexicon does not list, after a known body's name: it joins
        # that body, and its later bare uses too.
        (
            "Швейцарское агентство по развитию и сотрудничеству (ШАРС) поддерживает проект. "
            "Представители ШАРС выступили.",
            "Швейцариянын өнүктүрүү жана кызматташтык агенттиги",
            "ШАРС",
            ["Швейцарское агентство по развитию и сотрудничеству (ШАРС)", "ШАРС"],
        ),
    ],
)
def test_one_organisation_per_span_whatever_its_language(
    text: str, name: str, acronym: str, mentions: list[str]
) -> None:
    (org,) = orgs(text)
    assert (org.name, org.acronym) == (name, acronym)
    assert [text[m.start : m.end] for m in org.mentions] == mentions


@pytest.mark.parametrize(
    ("text", "acronym", "canonical"),
    [
        # The lexicon's acronym is not in the text: no acronym, the canonical one labelled so.
        ("Долбоорду Өнүктүрүү саясат институту аткарат.", None, "ӨСИ"),
        ("Проект реализует Институт политики развития.", None, "ӨСИ"),
        ("Проект реализует ИПР.", "ИПР", "ӨСИ"),
        ("Письмо направлено в ГАМСУМО.", "ГАМСУМО", "ЖӨБЭММА"),
        ("ЖӨБЭММАнын өкүлдөрү катышты.", "ЖӨБЭММА", "ЖӨБЭММА"),
    ],
)
def test_the_acronym_is_the_one_the_text_writes(text: str, acronym, canonical) -> None:
    (org,) = orgs(text)
    assert (org.acronym, org.canonical_acronym) == (acronym, canonical)
    assert org.acronym is None or org.acronym in text  # output only what the text writes


def test_spans_index_the_original_text() -> None:
    # Look-alike Latin letters and curly quotes change nothing in the original offsets.
    text = "Тренингди\u00a0«Элдин үнү» долбоору жана Өнүктүрүү сaясат институту (ӨСИ) өткөрдү."
    for org in orgs(text):
        assert text[org.span.start : org.span.end] == org.text
        for mention in org.mentions:
            assert mention.end > mention.start


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
@pytest.mark.parametrize(
    "unit",
    [
        "(",
        '"',
        "А",
        "(АБ) ",
        "“а ",
        "ЖӨБ ",
        "USAIDтин ",
        "“а” долбоору ",
        "Фонд развития (ФР) ",
        "Институт политики развития (ИПР) ",
        "Швейцарское агентство по развитию и сотрудничеству (ШАРС) ",
        "Министерство финансов и ",
        "Государственной налоговой службы по ",
        "Мамлекеттик салык кызматы ",
        "ФИНАНСЫ МИНИСТРЛИГИ ",
    ],
)
def test_hostile_input_is_linear(unit: str) -> None:
    check_linear(lambda text: organizations.extract(pipeline.build_context(text)), unit, budget=5.0)


# Ministries, state agencies, services and committees named by their type word with their
# complements (organizations.state_body, state_bodies.py); found by an analyst reading
# Russian releases ("only quoted names and known bodies are found").
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Семинар организовали Министерство юстиции Кыргызской Республики и Государственная "
            "налоговая служба.",
            ["Министерство юстиции Кыргызской Республики", "Государственная налоговая служба"],
        ),
        (
            "На встрече выступил представитель Государственного агентства по делам молодежи и "
            "спорта, а также сотрудники Министерства природных ресурсов КР.",
            [
                "Государственное агентство по делам молодежи и спорта",
                "Министерство природных ресурсов КР",
            ],
        ),
        (
            "Жыйынга Кыргыз Республикасынын Саламаттык сактоо министрлигинин жана Улуттук "
            "статистика комитетинин адистери катышты.",
            [
                "Кыргыз Республикасынын Саламаттык сактоо министрлиги",
                "Улуттук статистика комитети",
            ],
        ),
        (
            "Тренингди Мамлекеттик салык кызматы өткөрдү.",
            ["Мамлекеттик салык кызматы"],
        ),
    ],
)
def test_a_state_body_is_named_by_its_type_word(text: str, names: list[str]) -> None:
    found = orgs(text)
    assert [o.name for o in found] == names
    assert all(o.kind == "organization" and o.acronym is None for o in found)


def test_a_state_body_named_again_in_another_case_is_one_mention_more() -> None:
    text = (
        "Министерство юстиции Кыргызской Республики провело прием. Представитель "
        "Министерства юстиции ответил на вопросы."
    )
    (body,) = orgs(text)
    assert body.name == "Министерство юстиции Кыргызской Республики"
    assert [text[m.start : m.end] for m in body.mentions] == [
        "Министерство юстиции Кыргызской Республики",
        "Министерства юстиции",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a type word with no name ("Министерство сообщило", "Государственное
        # агентство." in a footer), someone's work ("Анын кызматы"), a service of no state
        # ("медициналык кызматы"), an administration's press service, a plural
        "Министерство сообщило о новых правилах.",
        "© 2024 Государственное агентство. г. Бишкек",
        "Анын кызматы жогору бааланды.",
        "Айылдагы медициналык кызматы жакшырды.",
        "Маалыматты райондук мамлекеттик администрациянын басма сөз кызматы таратты.",
        "Министрликтердин өкүлдөрү катышты.",
    ],
)
def test_a_type_word_without_a_body_s_name_is_no_organisation(text: str) -> None:
    assert orgs(text) == []


def test_the_state_bodies_heads_are_type_words_of_the_lexicon() -> None:
    # a class built from the lexicon's type words: each head is one of organization_heads
    heads = tuple(h.casefold() for h in organizations._LEX["organization_heads"])
    state = organizations._LEX["state_bodies"]
    for head in [*state["ru_heads"], *state["ky_heads"]]:
        assert any(head.startswith(h) or h.startswith(head) for h in heads), head


def test_known_bodies_are_tried_where_their_aliases_begin_as_a_scan_finds_them() -> None:
    from vap_cli import rx
    from vap_cli.rx import beginnings_in, finditer_from_at

    aliases = [a for body in organizations._LEX["known_bodies"] for a in body["aliases"]]
    # each alias with an ending, in capitals, glued to a letter (no match), cut by the end
    text = " ".join(f"{a}дын ишине, {a.upper()} жана ж{a} менен" for a in aliases) + aliases[0][:-1]
    begins, start, alias = (
        word_starts.ALIAS_BEGINS,
        organizations._ALIAS_START,
        organizations._ALIASES,
    )
    places = beginnings_in(begins, text.casefold())
    for pos, end in ((0, len(text)), (5, len(text) // 2), (len(text) // 3, len(text))):
        expected = [m.span() for m in rx.finditer_from(start, alias, text, pos, end, begins)]
        assert [
            m.span() for m in finditer_from_at(start, alias, text, places, pos, end)
        ] == expected
        assert expected


def test_bare_acronyms_are_tried_where_one_begins_as_a_search_finds_them() -> None:
    # `_acronym_tokens` tries the acronym pattern only where an acronym of the document or
    # the lexicon begins (str.find): the same matches as searching every character and
    # keeping those whose acronym is one of them.
    from conftest import GOLD

    lexicon = list(organizations._BODY_BY_ACRONYM)
    own = ["ЖИМА", "АБ", "COVID-19", "ААА"]
    pieces = [
        *(f"{a} {a}тин ({a}) х{a} {a}х 1{a} {a}1 {a}{a} -{a}- {a.lower()} «{a}»" for a in lexicon),
        *(f"{a} {a}нын {a}А А{a} {a}{a}{a}" for a in own),
        "ААААААА ААА-ААА COVID-19-дан COVID-191 USAIDUSAID SDCтин SDC",
    ]
    texts = [" ".join(pieces), *(p.read_text("utf-8") for p in sorted(GOLD.glob("docs/*.txt")))]
    pattern = organizations._ACRONYM_TOKEN
    acronyms = lexicon + own
    documents_naming_one = 0
    for text in texts:
        expected = [m.span() for m in pattern.finditer(text) if m.group(1) in acronyms]
        assert [m.span() for m in organizations._acronym_tokens(text, acronyms)] == expected
        documents_naming_one += bool(expected)
    assert documents_naming_one > 1  # the made-up text and some gold documents
