"""The role noun before a person's name shows the gender a later `тој`/`таа` must agree with,
where the name's endings show none or the wrong one."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, pipeline_events

CHILE = Ent(("Чиле",), country="CHL")
CHAD = Ent(("Чад",), country="TCD")
HOLM = Ent(("Пеги Лонди",), "PER", "NOR", "GOV")
HANA = Ent(("Хамза Рида",), "PER", "TCD", "GOV")


def actors(doc, type_):
    return [ev.actor for ev in doc.events if ev.type == type_]


def test_she_is_the_person_a_feminine_role_names():
    doc = coded("Министерката за правда Пеги Лонди изјави дека истрагата продолжува. Таа ја пофали соработката со Чиле.",
                [HOLM, CHILE])
    assert actors(doc, "SUPPORT") == [["E1"]]
    doc = coded("Државната обвинителка Пеги Лонди соопшти дека случајот е затворен. Таа го пофали Чиле за помошта.",
                [HOLM, CHILE])
    assert actors(doc, "SUPPORT") == [["E1"]]


def test_he_is_the_person_a_masculine_role_names_whatever_the_name_ends_in():
    doc = coded("Министерот за надворешни работи Хамза Рида изјави дека преговорите се прекинати. Тој го обвини Чиле за прекинот.",
                [HANA, CHILE])
    assert actors(doc, "ACCUSE") == [["E1"]]


def test_a_pronoun_of_the_other_gender_than_the_role_invents_no_actor():
    doc = coded("Министерката за правда Пеги Лонди изјави дека истрагата продолжува. Тој ја пофали соработката со Чиле.",
                [HOLM, CHILE])
    assert ["E1"] not in actors(doc, "SUPPORT")
    doc = coded("Министерот за надворешни работи Хамза Рида изјави дека преговорите се прекинати. Таа го обвини Чиле за прекинот.",
                [HANA, CHILE])
    assert ["E1"] not in actors(doc, "ACCUSE")


def test_a_masculine_role_inside_the_name_group_genders_a_name_ending_like_a_woman_s():
    for name in ("Тоџа Малик", "Ајаба Ндиаје"):
        told = (f"Преговорите меѓу Чад и Судан завршија вчера без договор. Чадскиот министер за одбрана {name} изјави "
                "дека разговорите се во ќорсокак. {} го обвини Судан дека ги вооружува бунтовниците.")
        assert ("ACCUSE", ["TCD"], ["SDN"]) in pipeline_events(told.format("Тој"))
        assert not [ev for ev in pipeline_events(told.format("Таа")) if ev[0] == "ACCUSE"]  # no woman was named
