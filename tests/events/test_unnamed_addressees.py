"""Recipients the sentence does not name: whom a refusal, demand or warning is aimed at when the
story told it before (invented sentences)."""

from tests.events.helpers import Ent, codes, coded, only


MINISTER = Ent(("Министерката Ана Петровска",), "PER", "MKD", "GOV")
MINERS = Ent(("Синдикатот на рударите",), "ORG", "MKD", "LAB")


def test_a_refusal_after_an_invitation_to_no_one_named_answers_its_author():
    doc = coded("Министерката Ана Петровска ги покани нивните претставници на средба, "
                "но Синдикатот на рударите одби да дојде.", [MINISTER, MINERS])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"] and "recipient:demander" in ev.rule


def test_a_refusal_in_the_sentence_after_a_demand_of_no_one_named_answers_its_author():
    mayor = Ent(("Градоначалникот Марко Илиќ",), "PER", "MKD", "GOV")
    greens = Ent(("Зелената партија",), "ORG", "MKD", "PTY")
    doc = coded("Градоначалникот Марко Илиќ минатата недела побара поддршка за новиот буџет. "
                "Зелената партија вчера одби да го поддржи буџетот.", [mayor, greens])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]


def test_a_refusal_after_a_demand_of_someone_else_is_not_its_answer():
    doc = coded("Министерката Ана Петровска ја повика Комората да ги намали цените. "
                "Синдикатот на рударите одби да ги прифати новите смени.",
                [MINISTER, Ent(("Комората",), "ORG", "MKD", "BUS"), MINERS])
    ev = only(doc, "REJECT")
    assert "E1" not in ev.recipient


def test_an_ultimatum_of_a_union_naming_no_one_presses_its_government():
    doc = coded("Синдикатот на рударите предупреди дека ќе ги блокира патиштата ако не добие одговор до петок.", [MINERS])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("MKD", "GOV")]
    farmers = Ent(("Здружението на земјоделците",), "ORG", "SRB", "LAB")
    doc = coded("Здружението на земјоделците предупреди дека ќе ги затвори граничните премини доколку не се исплатат субвенциите.",
                [farmers])
    assert codes(doc, only(doc, "THREATEN").recipient) == [("SRB", "GOV")]


def test_a_ministrys_warning_naming_no_one_is_not_aimed_at_its_own_government():
    doc = coded("Министерката Ана Петровска предупреди дека ќе ги блокира сметките ако не добие одговор до петок.", [MINISTER])
    assert not [e for e in doc.events if e.type == "THREATEN" and ("MKD", "GOV") in codes(doc, e.recipient)]


def test_a_condemned_use_of_force_is_aimed_at_whoever_used_it_before():
    police = Ent(("Полицијата во Тбилиси",), "ORG", "GEO", "COP")
    watch = Ent(("Хјуман рајтс воч",), "ORG", "NGO", "NGO")
    doc = coded("Полицијата во Тбилиси употреби солзавец против демонстрантите. Над 40 лица беа повредени. "
                "Хјуман рајтс воч ја осуди употребата на сила.", [police, watch])
    assert only(doc, "ACCUSE").recipient == ["E1"]
    army = Ent(("Армијата на Мјанмар",), "ORG", "MMR", "MIL")
    envoy = Ent(("Специјалниот известувач на ОН",), "PER", "UNO", "UNO")
    doc = coded("Армијата на Мјанмар ги нападна селата во северниот дел на земјата. "
                "Специјалниот известувач на ОН ја осуди употребата на тешко оружје.", [army, envoy])
    assert only(doc, "ACCUSE").recipient == ["E1"]
    # (not the protest told since: `на` of `употребата на сила` names no act)
    doc = coded("Полицијата во Тбилиси употреби солзавец против демонстрантите. "
                "Илјадници граѓани протестираа пред Парламентот до доцна навечер. "
                "Хјуман рајтс воч ја осуди употребата на сила.", [police, watch])
    assert only(doc, "ACCUSE").recipient == ["E1"]
