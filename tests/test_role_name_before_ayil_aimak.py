"""A role word, a given name and a surname before an ayil aimak's type word: the
person holding the role is the sentence's subject, the type word its own ("the ayil
okmotu plans ..."), no unit named after a person (places.person_after_role and the
persons vetoes). The gazetteer decides which units are named after people."""

from __future__ import annotations

from vap_cli.pipeline import parse_text


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def _persons(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


def test_a_specialist_before_the_ayil_okmotu_as_subject_is_a_person() -> None:
    text = (
        "Кара-Суу айыл өкмөтүнүн каржы адиси Айпери Жумабаева айыл өкмөтү быйыл "
        "бюджетти ачык талкуулай турганын айтты."
    )
    assert "Айпери Жумабаева" in _persons(text)
    assert _places(text) == {"ayil_aimak:Кара-Суу"}


def test_a_head_before_the_ayil_aimak_in_the_dative_is_a_person() -> None:
    text = (
        "Жыйында Ак-Муз айыл өкмөтүнүн башчысы Нурбек Осмонов айыл аймагына "
        "караштуу үч айылдагы суу түтүктөрү оңдоло турганын билдирди."
    )
    assert "Нурбек Осмонов" in _persons(text)
    assert "ayil_aimak:Осмонов" not in _places(text)


def test_a_deputy_before_the_ayil_okmotu_in_another_case_is_a_person() -> None:
    text = "Кеңештин депутаты Жылдыз Токтосунова айыл өкмөтүнө бир нече суроо жолдоду."
    assert "Жылдыз Токтосунова" in _persons(text)
    assert _places(text) == set()


def test_near_miss_a_unit_named_after_a_person_stays_the_gazetteers_unit() -> None:
    text = "Райондун адиси Болот Мамбетов айыл аймагында отчет берди."
    assert "ayil_aimak:Болот Мамбетов" in _places(text)
    assert "Болот Мамбетов" not in _persons(text)


def test_near_miss_without_a_role_word_the_unknown_name_stays_a_unit() -> None:
    text = "Кечээ Нурбек Осмонов айыл аймагында жаңы мектеп ачылды."
    assert "ayil_aimak:Осмонов" in _places(text)


def test_near_miss_a_role_word_before_a_known_village_keeps_the_village() -> None:
    text = "Мектептин мугалими Кара-Суу айылында сабак өттү."
    assert "village:Кара-Суу" in _places(text)


# --- the given name as its initial: "башчысы Ж.Асанов айыл аймагында" (accv49) -------------


def test_a_head_with_an_initial_before_the_ayil_aimak_is_a_person() -> None:
    text = "Башчы Б. Сыдыков айыл аймагында жаңы суу түтүгү тартыла турганын билдирди."
    assert "ayil_aimak:Б. Сыдыков" not in _places(text)
    text = "Жер адиси К.Турсунова айыл өкмөтүндө жаңы тизмени даярдады."
    assert _places(text) == set()


def test_near_miss_an_initial_without_a_role_word_stays_a_unit() -> None:
    text = "Жыйын Б. Сыдыков айыл аймагында өттү."
    assert "ayil_aimak:Б. Сыдыков" in _places(text)
