"""Parties the story implies: coordinated actors past a long role phrase (`Х и министерот за животна средина и
просторно планирање Y потпишаа`) and two bare collectives joined by `и` (`студенти и граѓани протестираа`); on
sentences written for these tests. Also a promised cooperation keeps its `со` partner as recipient.
"""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, pipeline_events

MAYOR = Ent(("Марко Јанев",), "PER", "MKD", "GOV")
MINISTER = Ent(("Ана Петрова",), "PER", "MKD", "GOV")
ALBANIAN = Ent(("Илир Дока",), "PER", "ALB", "GOV")


def _signers(text: str, entities: list[Ent]) -> list[tuple[str | None, str | None]]:
    doc = coded(text, entities)
    ev = next(e for e in doc.events if "потпиша" in e.trigger.text)
    return sorted(codes(doc, ev.actor))


def test_a_name_coordinated_with_a_role_whose_complement_lists_fields_acts_with_the_first():
    assert _signers("Градоначалникот на Битола Марко Јанев и министерот за животна средина и просторно планирање "
                    "Ана Петрова вчера потпишаа договор за нова пречистителна станица.",
                    [MAYOR, MINISTER]) == [("MKD", "GOV"), ("MKD", "GOV")]


def test_a_role_complement_with_commas_before_its_holder_keeps_both_signers():
    assert _signers("Министерката за енергетика, рударство и минерални суровини Ана Петрова и албанскиот министер "
                    "за инфраструктура и енергетика Илир Дока потпишаа спогодба за далекувод.",
                    [MINISTER, ALBANIAN]) == [("ALB", "GOV"), ("MKD", "GOV")]


def test_the_whole_pipeline_keeps_both_holders_of_long_roles():
    events = pipeline_events("Министерот за финансии Петар Николовски и министерката за труд и социјална политика "
                             "Весна Томовска вчера потпишаа меморандум со синдикатите.")
    signed = [e for e in events if e[0] == "SUPPORT"]
    assert signed and len(signed[0][1]) == 2


def test_a_role_in_another_clause_is_no_coordination():
    doc = coded("Градоначалникот Марко Јанев ја отвори седницата, а министерката за животна средина "
                "Ана Петрова потпиша договор за нова станица.", [MAYOR, MINISTER])
    ev = next(e for e in doc.events if "потпиша" in e.trigger.text)
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and len(ev.actor) == 1


def _protesters(text: str) -> list[tuple[str | None, str | None]]:
    doc = coded(text, [])
    ev = next(e for e in doc.events if e.type == "PROTEST")
    return codes(doc, ev.actor)


def test_two_coordinated_collectives_both_protest():
    assert len(_protesters("Неколку стотици студенти и граѓани вчера протестираа пред Собранието.")) == 2


def test_two_coordinated_collectives_of_other_sectors_both_protest():
    assert len(_protesters("Десетици пензионери и земјоделци протестираа пред Министерството за финансии.")) == 2


def test_a_collective_an_od_phrase_governs_is_no_second_protester():
    assert len(_protesters("Група од студенти и граѓани протестираше пред Собранието.")) <= 1


CENTRAL_BANK = Ent(("Централната банка на Србија",), "ORG", "SRB", "GOV")
WORLD_BANK = Ent(("Светската банка",), "ORG", "IGO", "IGO")
INTERPOL = Ent(("Интерпол",), "ORG", "IGO", "IGO")
POLICE = Ent(("Министерството за внатрешни работи",), "ORG", "MKD", "COP")
BELARUS = Ent(("Белорусија",), country="BLR")


def test_a_promised_cooperation_keeps_its_partner_as_recipient():
    doc = coded("Централната банка на Србија ќе продолжи тесно да соработува со Светската банка.", [CENTRAL_BANK, WORLD_BANK])
    ev = next(e for e in doc.events if e.trigger.text.startswith("соработува"))
    assert ev.type == "AGREE" and codes(doc, ev.actor) == [("SRB", "GOV")] and codes(doc, ev.recipient) == [("IGO", "IGO")]


def test_a_promised_cooperation_told_by_the_subject_keeps_its_partner_as_recipient():
    doc = coded("Министерството за внатрешни работи изјави дека ќе соработува со Интерпол во истрагата.", [POLICE, INTERPOL])
    ev = next(e for e in doc.events if e.trigger.text.startswith("соработува"))
    assert codes(doc, ev.actor) == [("MKD", "COP")] and codes(doc, ev.recipient) == [("IGO", "IGO")]


def test_two_states_that_will_cooperate_are_both_actors():
    doc = coded("Србија и Белорусија ќе соработуваат во енергетиката.", [Ent(("Србија",), country="SRB"), BELARUS])
    ev = next(e for e in doc.events if e.trigger.text.startswith("соработува"))
    assert sorted(codes(doc, ev.actor)) == [("BLR", None), ("SRB", None)] and not ev.recipient
