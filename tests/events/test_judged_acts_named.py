"""A judgement whose entry needs a recipient, told of an act named by its noun (`ја бранеше акцијата`, `ја нарече
вежбата „провокација“`): an event, its recipient the author of the act told before; on sentences written for these
tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

TOSKOVSKI = Ent(("Тошковски",), "PER", "MKD", "GOV")
POLAND = Ent(("Полска",), country="POL")
CHINA = Ent(("Кина",), country="CHN")
TAIWAN = Ent(("Тајван",), country="TWN")
RUSSIAN_EMBASSY = Ent(("Руската амбасада",), "ORG", "RUS", "GOV")


def test_defending_an_act_named_by_its_noun_is_support_of_its_author():
    doc = coded("Полицијата уапси петмина активисти. Министерот Тошковски ја бранеше акцијата.", [TOSKOVSKI])
    ev = only(doc, "SUPPORT")
    assert ev.trigger.text == "ја бранеше" and codes(doc, ev.actor) == [("MKD", "GOV")]
    assert codes(doc, ev.recipient) == [(None, "COP")]
    doc = coded("Полска ги затвори граничните премини. Премиерката ги бранеше мерките пред Сенатот.", [POLAND])
    assert only(doc, "SUPPORT").trigger.text == "ги бранеше"


def test_defending_a_position_or_views_is_no_event():
    assert not coded("Тошковски ја бранеше позицијата пред новинарите.", [TOSKOVSKI]).events
    assert not coded("Тошковски ги бранеше ставовите на партијата.", [TOSKOVSKI]).events


def test_an_act_called_a_damning_name_is_criticism_of_its_author_but_not_its_title():
    doc = coded("Кина започна воени вежби околу Тајван. Руската амбасада ја нарече вежбата „провокација“.",
                [CHINA, TAIWAN, RUSSIAN_EMBASSY])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("RUS", "GOV")] and codes(doc, ev.recipient) == [("CHN", None)]
    assert not coded("Руската амбасада ја нарече вежбата „Решителен одговор“.", [RUSSIAN_EMBASSY]).events


def test_an_offensive_or_riots_called_bad_names_are_criticism_but_a_good_idea_is_not():
    doc = coded("Кина започна воени вежби околу Тајван. Руската амбасада ја нарече офанзивата „лоша идеја“.",
                [CHINA, TAIWAN, RUSSIAN_EMBASSY])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("RUS", "GOV")]
    doc = coded("Кина започна воени вежби околу Тајван. Руската амбасада ја нарече офанзивата „добра идеја“.",
                [CHINA, TAIWAN, RUSSIAN_EMBASSY])
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    doc = coded("Министерот Тошковски ги нарече немирите пред Собранието „бунтови“.", [TOSKOVSKI])
    assert only(doc, "ACCUSE").trigger.text.startswith("нарече немирите")


def test_a_woman_called_a_criminal_is_blamed_but_not_one_called_a_heroine():
    captain = Ent(("Ана Ковач",), "PER", "HRV", "CVL")
    doc = coded("Министерот Тошковски ја нарече Ана Ковач „криминалка“.", [TOSKOVSKI, captain])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("HRV", "CVL")]
    assert not coded("Министерот Тошковски ја нарече Ана Ковач „хероина“.", [TOSKOVSKI, captain]).events
