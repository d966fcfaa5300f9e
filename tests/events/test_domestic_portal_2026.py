"""Domestic Macedonian portal news of 2026 (parties, courts, unions, municipalities): gaps a blind set
of invented articles showed (invented sentences)."""
from tests.events.helpers import Ent, codes, coded, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
LEVICA = Ent(("Левица",), "ORG", "MKD", "PTY")


def test_a_discourse_word_between_commas_keeps_the_opening_source_the_speaker():
    # `, пак,` after `Од Левица` does not open a new clause: the second verb is still Levica's
    doc = coded("Од Левица, пак, соопштија дека тендерот е наместен и ја обвинија Владата за криминал.",
                [LEVICA, GOVERNMENT])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("MKD", "PTY")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_the_head_of_an_administration_sector_is_an_official():
    doc = coded("Раководителот на секторот за урбанизам во Општина Кичево ги отфрли обвинувањата на обвинителството.", [])
    assert codes(doc, only(doc, "REJECT").actor) == [("MKD", "GOV")]


def test_indebting_the_state_and_party_hiring_are_words_of_blame():
    imf = Ent(("ММФ",), "ORG", "IGO", "IGO")
    doc = coded("ММФ ја предупреди Владата дека со новите заеми го задолжува буџетот побрзо од растот.",
                [imf, GOVERNMENT], quotes=True)
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("IGO", "IGO")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    vmro = Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY")
    dui = Ent(("ДУИ",), "ORG", "MKD", "PTY")
    doc = coded("Од ВМРО-ДПМНЕ одговорија дека ДУИ со години вработувала партиски војници.", [vmro, dui], quotes=True)
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("MKD", "PTY")]
    # a task given is no blame
    doc = coded("Владата го задолжи Министерството за финансии да подготви нов буџет.", [GOVERNMENT], quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_union_threatens_the_government_its_condition_names():
    union = Ent(("Синдикатот на рударите",), "ORG", "MKD", "LAB")
    doc = coded("Синдикатот на рударите најави штрајк за 1 јуни доколку Владата не ги исплати платите.",
                [union, GOVERNMENT], published="2026-05-12")
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.recipient) == [("MKD", "GOV")]
