"""The gazetteer: its data (counts, tree, spot checks of the sources README), the
name index, user files added with with_extra (resources.load), and the reproducible build."""

from __future__ import annotations

import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from vap_cli import gazetteer
from vap_cli.gazetteer import Gazetteer, GazetteerError, Unit, default, fold_key, with_extra

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer.load()


def names(units: list[Unit]) -> list[tuple[str, str]]:
    return [(u.level, u.name) for u in units]


# ------------------------------------------------------------------ counts and tree


@pytest.mark.parametrize(
    ("level", "count"),
    [
        ("oblast", 7),
        ("city", 31),  # Bishkek and Osh + 13 of oblast + 16 of district significance
        ("district", 44),  # 40 of the oblasts + Bishkek's 4 city districts
        ("town", 9),  # urban-type settlements (шаарча)
        ("ayil_aimak", 453),  # the pre-reform total
        ("village", 1893),  # 1,855 villages of ayil aimaks + 38 settlements under towns/cities
    ],
)
def test_count_per_level(gaz: Gazetteer, level: str, count: int) -> None:
    assert sum(1 for _ in gaz.units(level)) == count


# The levels a unit's immediate parent may have.
PARENT_LEVELS = {
    "oblast": {None},
    "city": {None, "oblast", "district"},
    "district": {"oblast", "city"},  # Bishkek's city districts are the city's
    "town": {"district", "city"},
    "ayil_aimak": {"district"},
    "village": {"ayil_aimak", "town", "city"},
}


def test_every_parent_exists_and_has_the_right_level(gaz: Gazetteer) -> None:
    for unit in gaz.units():
        parent = gaz.get(unit.parent) if unit.parent else None
        assert unit.parent is None or parent is not None, unit
        assert (parent.level if parent else None) in PARENT_LEVELS[unit.level], unit


def test_oblast_and_district_fields_follow_the_parents(gaz: Gazetteer) -> None:
    for unit in gaz.units():
        assert unit.oblast is None or gaz.get(unit.oblast).level == "oblast"
        assert unit.district is None or gaz.get(unit.district).level == "district"
        if unit.level == "district" and unit.parent == "41711000000000":
            assert unit.oblast is None  # Bishkek's city districts: no oblast above the city
        elif unit.level in ("ayil_aimak", "district"):
            assert unit.oblast is not None and unit.id.startswith(unit.oblast[:5])
        if unit.level == "ayil_aimak":
            assert unit.district == unit.parent


def test_republican_cities_have_no_oblast(gaz: Gazetteer) -> None:
    bishkek = gaz.lookup("Бишкек", level="city")
    assert [(u.id, u.oblast, u.iso) for u in bishkek] == [("41711000000000", None, "KG-GB")]
    assert [u.iso for u in gaz.lookup("Ош", level="city")] == ["KG-GO"]


@pytest.mark.parametrize(
    ("iso", "name"),
    [("KG-B", "Баткен"), ("KG-C", "Чүй"), ("KG-J", "Жалал-Абад"), ("KG-N", "Нарын"),
     ("KG-O", "Ош"), ("KG-T", "Талас"), ("KG-Y", "Ысык-Көл")],
)  # fmt: skip
def test_iso_codes_of_the_oblasts(gaz: Gazetteer, iso: str, name: str) -> None:
    # Who's On First gives Jalal-Abad Chüy's KG-C: the file must not.
    assert [u.name for u in gaz.units("oblast") if u.iso == iso] == [name]


def test_codes_are_soate_codes(gaz: Gazetteer) -> None:
    for unit in gaz.units():
        assert unit.id.isdigit() and len(unit.id) == 14 and unit.id.startswith("417"), unit


# ------------------------------------------------------------------ source errors fixed


def all_names(unit: Unit) -> list[str]:
    return [n for n in (unit.name, unit.name_ru, unit.name_en, *unit.aliases) if n]


def test_no_nonstandard_en_with_hook(gaz: Gazetteer) -> None:
    # open-admin and HDX write U+04CA ӊ for ң in Чоң-Алай and Тоң.
    bad = [n for u in gaz.units() for n in all_names(u) if "ӊ" in n or "Ӊ" in n]
    assert bad == []
    assert gaz.get("41706259000000").name == "Чоң-Алай"
    assert gaz.get("41702220000000").name == "Тоң"


def test_english_typos_of_the_sources_are_fixed(gaz: Gazetteer) -> None:
    assert gaz.get("41704220000000").name_en == "At-Bashy"
    assert gaz.get("41704235000000").name_en == "Kochkor"
    every = {n for u in gaz.units() for n in all_names(u)}
    assert "Ak-Bashy" not in every and "Kochokor" not in every


def test_no_latin_letters_inside_kyrgyz_names(gaz: Gazetteer) -> None:
    mixed = [
        u.name
        for u in gaz.units()
        if any("\u0400" <= c <= "\u04ff" for c in u.name)
        and any("a" <= c.lower() <= "z" for c in u.name)
    ]
    assert mixed == []


def test_no_double_spaces_or_type_words_in_names(gaz: Gazetteer) -> None:
    for unit in gaz.units():
        for name in (unit.name, unit.name_ru):
            assert name and "  " not in name and name == name.strip(), unit
            assert not name.endswith((" ш.", " району", " облусу", "(часть)")), unit
    for unit in gaz.units("district"):
        assert "район" not in unit.name_ru


def test_official_russian_names_have_their_type_word_once(gaz: Gazetteer) -> None:
    # a source doubled one district's type word ("Тонский районрайон"): a dateline
    # "Тонский район, 12 марта" must find the district by its official name
    for level, word in (("district", "район"), ("oblast", "область")):
        fulls = [u.name_ru_full for u in gaz.units(level) if u.name_ru_full]
        assert len(fulls) > 5
        for full in fulls:
            assert full.split()[-1] == word and full.count(word) == 1, full


# ------------------------------------------------------------------ spot checks (sources README)


def test_spot_check_jazy_ayil_aimak_in_ozgon(gaz: Gazetteer) -> None:
    jazy = gaz.lookup("Жазы", level="ayil_aimak")
    assert [(u.id, u.name, u.name_en) for u in jazy] == [("41706255824000", "Жазы", "Jazy")]
    assert gaz.district_name(jazy[0]) == "Өзгөн" and gaz.oblast_name(jazy[0]) == "Ош"
    villages = {u.name_ru for u in gaz.children("41706255824000")}
    assert villages == {"Кара-Дыйкан", "Кызыл-Дыйкан", "Жээренчи", "Жазы"}


def test_spot_check_gulstan_ayil_aimak_in_nookat(gaz: Gazetteer) -> None:
    unit = gaz.get("41706242811000")
    assert (unit.level, unit.name, unit.name_ru) == ("ayil_aimak", "Гүлстан", "Гюльстан")
    assert gaz.district_name(unit) == "Ноокат"
    assert gaz.lookup("Гүлистан", level="ayil_aimak") == [unit]


def test_spot_check_chong_alai_had_three_ayil_aimaks(gaz: Gazetteer) -> None:
    aa = gaz.get("41706259851000")
    assert (aa.level, aa.name, gaz.district_name(aa)) == ("ayil_aimak", "Чоң-Алай", "Чоң-Алай")
    assert sorted(u.name for u in gaz.children("41706259000000")) == [
        "Жекенди",
        "Кашка-Суу",
        "Чоң-Алай",
    ]
    villages = {u.name_ru for u in gaz.children(aa.id)}
    assert {"Дароот-Коргон", "Жаш-Тилек", "Кулчу"} <= villages


def test_spot_check_kara_suu_is_a_district_a_town_and_five_ayil_aimaks(gaz: Gazetteer) -> None:
    found = gaz.lookup("Кара-Суу")
    assert [(u.level, u.id) for u in found if u.level in ("district", "city")] == [
        ("city", "41706226600010"),
        ("district", "41706226000000"),
    ]
    aa = [u for u in found if u.level == "ayil_aimak"]
    assert sorted(gaz.district_name(u) for u in aa) == [
        "Аксы",
        "Ат-Башы",
        "Жайыл",
        "Кочкор",
        "Талас",
    ]
    assert sum(1 for u in gaz.units("village") if u.name_ru == "Кара-Суу") == 10


def test_spot_check_villages_who_s_on_first_lacks(gaz: Gazetteer) -> None:
    # WOF misses Жазы and Мырза-Аке: they take the Kyrgyz name of their ayil aimak.
    for code, name in (("41706255824040", "Жазы"), ("41706255859010", "Мырза-Аке")):
        unit = gaz.get(code)
        source = dict(unit.sources)["name"]
        assert (unit.level, unit.name, source) == ("village", name, "open-admin")


def test_who_s_on_first_misplaced_names_are_not_used(gaz: Gazetteer) -> None:
    # WOF's Karakol county carries Ак-Суу's names, Mailuu-Suu carries Nooken's.
    # (Кара-Көл folds like Каракол: both cities answer, no district does.)
    found = [(u.level, u.name) for u in gaz.lookup("Каракол") if u.level in ("city", "district")]
    assert found == [("city", "Каракол"), ("city", "Кара-Көл")]
    assert gaz.get("41702410000010").name == "Каракол"
    assert gaz.get("41703430000010").name == "Майлуу-Суу"
    assert [u.id for u in gaz.lookup("Ноокен", level="district")] == ["41703215000000"]


def test_seventeen_ayil_aimaks_without_a_kyrgyz_source_are_there(gaz: Gazetteer) -> None:
    derived = [u for u in gaz.units("ayil_aimak") if "open-admin" not in dict(u.sources).values()]
    assert len(derived) == 17
    assert {"Ак-Шыйрак", "Сары-Ой", "Нурабад"} <= {u.name for u in derived}


def test_every_unit_names_its_sources(gaz: Gazetteer) -> None:
    allowed = set(load_build_script().SOURCE_INFO)  # each is described in the file's header
    for unit in gaz.units():
        sources = dict(unit.sources)
        assert "name" in sources and "name_ru" in sources, unit
        assert set(sources.values()) <= allowed, unit
        assert ("latlon" in sources) == (unit.lat is not None), unit


def test_villages_with_kyrgyz_names(gaz: Gazetteer) -> None:
    # About 60% of the villages get a Kyrgyz name from a source; the rest keep the Russian.
    villages = [u for u in gaz.units("village") if u.id[8] == "8" and u.id[11:] != "000"]
    with_ky = [u for u in villages if dict(u.sources)["name"] != "soate-ru"]
    assert len(with_ky) >= 1200
    # A village named like its ayil aimak takes the aimak's Kyrgyz name: Жазы.
    assert gaz.get("41706255824040").name == "Жазы"


def test_coordinates_are_inside_kyrgyzstan(gaz: Gazetteer) -> None:
    for unit in gaz.units():
        if unit.lat is not None:
            assert 39.1 <= unit.lat <= 43.3 and 69.2 <= unit.lon <= 80.3, unit


# ------------------------------------------------------------------ folding and lookup


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ысык-Көл", "ысыккол"),
        ("Чоң-Алай", "чоналай"),
        ("Чоӊ-Алай", "чоналай"),
        ("Гүлстан", "гулстан"),
        ("ЖАЛАЛ-АБАД", "жалалабад"),
        ("Жалал Абад", "жалалабад"),
        ("Иссык-Куль", "иссыккул"),
        ("г. Ош", "гош"),
        ("Төмөнкү Ала-Арча", "томонкуалаарча"),
        ("Кок–Жангак", "кокжангак"),  # en dash
        ("Kara-Kul'dzha", "karakuldzha"),
        ("Семёновка", "семеновка"),
    ],
)
def test_fold_key(name: str, key: str) -> None:
    assert fold_key(name) == key


def test_lookup_naryn_gives_oblast_city_and_district(gaz: Gazetteer) -> None:
    found = gaz.lookup("Нарын")
    assert [(u.level, u.id) for u in found[:3]] == [
        ("oblast", "41704000000000"),
        ("city", "41704400000010"),
        ("district", "41704245000000"),
    ]
    assert [u.id for u in gaz.lookup("нарын", level="district")] == ["41704245000000"]


@pytest.mark.parametrize(
    ("variant", "level", "code"),
    [
        ("Гүлистан", "ayil_aimak", "41706242811000"),
        ("Узген", "district", "41706255000000"),
        ("Жалалабат", "oblast", "41703000000000"),
        ("Жалал-Абат", "oblast", "41703000000000"),
        ("Джалал-Абад", "oblast", "41703000000000"),
        ("Jalal-Abad", "oblast", "41703000000000"),
        ("Чон-Алай", "district", "41706259000000"),
        ("Иссык-Куль", "oblast", "41702000000000"),
        ("Ысыккөл", "oblast", "41702000000000"),
        ("Issyk-Kul", "oblast", "41702000000000"),
        ("Ат-Башы", "district", "41704220000000"),
        ("Ат-Баши", "district", "41704220000000"),
        ("Чуй", "oblast", "41708000000000"),
        ("Чүй", "district", "41708223000000"),
        ("Uzghen", "district", "41706255000000"),
        ("Бишкек", "city", "41711000000000"),
        ("Токмок", "city", "41708400000010"),
        ("Кант", "city", "41708206600010"),
        ("Кемин", "city", "41708213600020"),
        ("Бордун", "town", "41708213530020"),
    ],
)
def test_lookup_spelling_variants(gaz: Gazetteer, variant: str, level: str, code: str) -> None:
    assert code in [u.id for u in gaz.lookup(variant, level=level)]


def test_keys_and_children(gaz: Gazetteer) -> None:
    assert {"нарын", "ысыккол", "жазы", "узген"} <= gaz.keys()
    assert sorted(u.name for u in gaz.children("41704000000000") if u.level == "district") == [
        "Ак-Талаа", "Ат-Башы", "Жумгал", "Кочкор", "Нарын",
    ]  # fmt: skip
    assert gaz.children("41706255824040") == []
    assert gaz.get("00000000000000") is None


def test_russian_names_are_nominatives(gaz: Gazetteer) -> None:
    got = {gaz.get(code).name_ru for code in ("41702205000000", "41704220000000", "41703211000000",
                                               "41703204000000", "41703223000000", "41702000000000")}  # fmt: skip
    assert got == {"Ак-Суу", "Ат-Башы", "Аксы", "Ала-Бука", "Тогуз-Торо", "Иссык-Куль"}
    assert gaz.get("41704220000000").name_ru_full == "Ат-Башынский район"


def test_fast_row_reader_reads_what_yaml_reads() -> None:
    text = gazetteer.builtin_path().read_text(encoding="utf-8")
    fast = gazetteer._load_rows_fast(text)
    assert fast is not None and fast == gazetteer._yaml_load(text)
    assert gazetteer._load_rows_fast("units:\n  - id: '1'\n") is None  # a user's layout


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
def test_default_is_loaded_once_and_fast() -> None:
    started = time.perf_counter()
    first = default()
    elapsed = time.perf_counter() - started
    assert default() is first
    assert elapsed < 1.5  # about 0.2 s on a laptop; generous for slow CI machines


# ------------------------------------------------------------------ user files (with_extra)


def write(tmp_path: Path, text: str, name: str = "extra.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_user_files_merge_an_alias_and_add_a_unit(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """units:
  - id: "41706255824000"
    aliases: [Жазы-Суу]
  - id: "41706255899000"
    level: ayil_aimak
    name: Жылалды
    name_ru: Джылалды
    parent: "41706255000000"
""",
    )
    gaz = with_extra((path,))
    assert [u.id for u in gaz.lookup("Жазы-Суу")] == ["41706255824000"]
    jazy = gaz.get("41706255824000")
    assert jazy.name == "Жазы" and "Жазы-Суу" in jazy.aliases
    new = gaz.lookup("Жылалды")[0]
    assert (new.level, new.district, new.oblast) == (
        "ayil_aimak",
        "41706255000000",
        "41706000000000",
    )
    assert gaz.district_name(new) == "Өзгөн"
    assert default().lookup("Жылалды") == []  # the built-in gazetteer is left as it was


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("units: [\n  - {id: 1\n", "not valid YAML"),
        ("units:\n  - id: '41799999999999'\n    name: X\n    level: 2024-13-01\n", "not valid YAML"),
        ("- just a list\n", "expected a mapping with a list `units:`"),
        ("units:\n  - id: abc\n    level: village\n    name: X\n", "`id` must be a SOATE code"),
        ("units:\n  - id: '41799999999999'\n    level: hamlet\n    name: X\n", "level 'hamlet'"),
        ("units:\n  - id: '41799999999999'\n    level: village\n    name: X\n    colour: red\n",
         "unknown key(s) colour"),
        ("units:\n  - id: '41799999999999'\n    level: village\n    name: X\n    parent: '41799999999998'\n",
         "parent 41799999999998 is not in the gazetteer"),
        ("units:\n  - id: '41799999999999'\n    aliases: [X]\n", "a new unit needs `level` and `name`"),
        ("units:\n  - id: '41704000000000'\n    aliases: Нарын облусу\n    lat: north\n", "`lat` must be a number"),
        ("units:\n  - 42\n", "expected a mapping"),
    ],
)  # fmt: skip
def test_a_malformed_user_file_is_rejected(tmp_path: Path, text: str, problem: str) -> None:
    path = write(tmp_path, text, name="bad-places.yaml")
    with pytest.raises(GazetteerError) as error:
        with_extra((path,))
    assert str(error.value).startswith(path + ":")
    assert problem in str(error.value)
    assert default().get("41799999999999") is None  # nothing half-merged


def test_a_missing_user_file_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot read"):
        with_extra((str(tmp_path / "nowhere.yaml"),))


def test_batch_workers_get_the_extra_files(tmp_path: Path) -> None:
    from vap_cli import batch, resources

    path = write(tmp_path, "units:\n  - id: '41704000000000'\n    aliases: [Нарынстан]\n")
    doc = tmp_path / "doc.txt"
    doc.write_text("Нарынстандан келишти.", encoding="utf-8")
    batch.init_worker((path,))  # what every Pool worker runs first
    assert resources.load((path,)).gazetteer.lookup("Нарынстан")[0].level == "oblast"
    assert default().lookup("Нарынстан") == []  # no process-wide switch was thrown
    with_files, without = (
        [p.name for p in result.document.places]
        for result in (*batch.run([str(doc)], gazetteer=[path]), *batch.run([str(doc)]))
    )
    assert (with_files, without) == (["Нарын"], [])
    in_workers = batch.run([str(doc), str(doc)], jobs=2, gazetteer=[path])
    assert [[p.name for p in r.document.places] for r in in_workers] == [["Нарын"], ["Нарын"]]


# ------------------------------------------------------------------ the build


def load_build_script():
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "scripts" / "build_gazetteer.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


def load_name_rules():
    """scripts/gazetteer_names.py, the build's name rules, as the build imports it."""
    load_build_script()
    return sys.modules["gazetteer_names"]


def test_committed_gazetteer_is_up_to_date_and_build_is_byte_identical() -> None:
    build = load_build_script()
    first = build.build()
    assert first == build.build()
    committed = (ROOT / "data" / "gazetteer.yaml").read_text(encoding="utf-8")
    assert committed == first, "data/gazetteer.yaml is stale: run scripts/build_gazetteer.py"


def test_header_states_sources_licences_and_what_is_missing() -> None:
    text = (ROOT / "data" / "gazetteer.yaml").read_text(encoding="utf-8")
    header = text.split("\nunits:")[0]
    for needle in ("CC-BY-4.0", "LGPL-2.1", "2023-2024 reform", "NOT in this file", "Kyrgyz name"):
        assert needle in header
    data = gazetteer._yaml_load(text)
    assert Counter(data["counts"]) == Counter(
        {"oblast": 7, "city": 31, "district": 44, "town": 9, "ayil_aimak": 453, "village": 1893}
    )


def test_ru_nominal_rules() -> None:
    build = load_build_script()
    assert build.ru_nominal("Ат-Башынский район", "Ат-Башы") == "Ат-Башы"
    assert build.ru_nominal("Ак-Суйский район", "Ак-Суу") == "Ак-Суу"
    assert build.ru_nominal("Жазыский айылный аймак", "Жазы") == "Жазы"
    assert build.ru_nominal("Ала-Букинский район", "Ала-Бука") == "Ала-Бука"
    assert build.ru_nominal("Токтогульский район", "Токтогул") == "Токтогул"
    assert build.ru_nominal("Липенский айылный аймак", "Липенка") == "Липенка"
    assert build.ru_nominal("Айылный аймак  им. Крупской", "Крупская") == "им. Крупской"
    assert build.ru_nominal("Сары-Ойский айылный аймак", None) == "Сары-Ой"


# --- a village named after a man: its name in the nominative is an alias (places54) ------------
# The SOATE list names such villages in the Russian genitive ("Им. Суйменкула Чокморова",
# "Атая Огонбаева"); Kyrgyz text writes the man's name in the nominative ("Суйменкул
# Чокморов айылы"). The build adds that name (gazetteer_names.named_after_alias) unless it
# names another unit or is a common word (add_named_after_aliases).


@pytest.mark.parametrize(
    ("name_ru", "alias"),
    [
        ("Им. Суйменкула Чокморова", "Суйменкул Чокморов"),  # given name -а, surname -ова
        ("Атая Огонбаева", "Атай Огонбаев"),  # no "Им.": a given name in -я and a surname
        ("Имени Алиаскара Токтоналиева", "Алиаскар Токтоналиев"),  # "имени" written out
        ("Им. Тельмана", "Тельман"),  # after "Им." a surname declined as a noun
        ("Им. Кирова", "Киров"),
    ],
)
def test_a_mans_genitive_village_name_gives_its_nominative(name_ru: str, alias: str) -> None:
    assert load_name_rules().named_after_alias(name_ru) == alias


@pytest.mark.parametrize(
    "name_ru",
    [
        "Малая Шалта",  # a real village: two words in -я and -а, no surname's genitive
        "Гава",  # a real village in -а: one word without "Им." is no person's genitive
        "Нижняя Ала-Арча",
        "Им. Фрунзе",  # a surname that does not decline: no rule gives its nominative
        "Им. Крупской",  # a woman's surname: not a man's genitive
    ],
)
def test_near_miss_a_name_that_is_no_mans_genitive_gets_no_alias(name_ru: str) -> None:
    assert load_name_rules().named_after_alias(name_ru) is None


def _unit(level: str, name: str, aliases: tuple[str, ...] = ()) -> SimpleNamespace:
    return SimpleNamespace(level=level, name=name, name_ru=name, name_en=None, aliases=[*aliases])


def test_the_collision_check_adds_the_nominative_and_keeps_the_older_aliases() -> None:
    # team-written units: the alias is appended after the unit's own aliases, in two villages
    records = {
        "1": _unit("village", "Им. Кирова", ("Кирова",)),
        "2": _unit("village", "Им. Гагарина"),
    }
    load_name_rules().add_named_after_aliases(records)
    assert records["1"].aliases == ["Кирова", "Киров"]
    assert records["2"].aliases == ["Гагарин"]


def test_near_miss_the_collision_check_makes_no_alias_another_unit_or_a_common_word_has() -> None:
    records = {
        "1": _unit("village", "Им. Ленина"),
        "2": _unit("district", "Ленин"),  # the nominative names another unit
        "3": _unit("village", "Им. Кочкора"),  # places.yaml common_words: Кочкор
        "4": _unit("ayil_aimak", "Им. Гагарина"),  # no village: the rule is the villages'
    }
    load_name_rules().add_named_after_aliases(records)
    assert [r.aliases for r in records.values()] == [[], [], [], []]


def test_the_built_gazetteer_holds_the_nominatives_that_collide_with_nothing(
    gaz: Gazetteer,
) -> None:
    chokmorov, ogonbaev = gaz.get("41708203864040"), gaz.get("41707232862020")
    assert chokmorov is not None and "Суйменкул Чокморов" in chokmorov.aliases
    assert ogonbaev is not None and "Атай Огонбаев" in ogonbaev.aliases
    # near misses: "Ленин" names Bishkek's district and three ayil aimaks, "Чапаев" an
    # ayil aimak: the villages named after them get no such alias
    lenin, chapaev = gaz.get("41703223825030"), gaz.get("41708223820050")
    assert lenin is not None and lenin.name_ru == "Им. Ленина" and lenin.aliases == ()
    assert chapaev is not None and chapaev.name_ru == "Им. Чапаева" and chapaev.aliases == ()
    shalta = gaz.get("41708222832030")
    assert shalta is not None and shalta.name_ru == "Малая Шалта" and not shalta.aliases


# A user's file in the built-in file's fast layout: its header is YAML, its rows JSON.
FAST_LAYOUT = 'columns: [id, aliases]\nunits:\n- ["41704000000000", ["Нарын облусу"]]\n'


def test_a_bug_in_the_fast_row_reader_is_no_invalid_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only YAML's own errors are a bad file (review 24, item 5): an error of the reader
    itself is not told to the user as their file's fault."""
    import json

    path = write(tmp_path, FAST_LAYOUT, name="fast.yaml")
    assert gazetteer.read_file(path)[0]["aliases"] == ["Нарын облусу"]

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug in the row reader")

    monkeypatch.setattr(json, "loads", broken)
    with pytest.raises(RuntimeError, match="a bug in the row reader"):
        gazetteer.read_file(path)


def test_a_header_that_is_not_yaml_in_the_fast_layout_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "columns: [id, aliases\n" + FAST_LAYOUT.split("\n", 1)[1])
    with pytest.raises(GazetteerError, match="not valid YAML"):
        gazetteer.read_file(path)
