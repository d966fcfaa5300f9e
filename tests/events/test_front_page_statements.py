"""Statements a second blind front page missed or coded falsely: a parliamentary step held out under a condition,
a demanded step ruled out, acts judged by a word, help appreciated, the content of an assurance; every sentence here is
invented (other names than the article's)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

LEFT = Ent(("Левица",), "ORG", "MKD", "PTY")
SPOKESWOMAN = Ent(("Ана Стојанова",), "PER", "MKD", "PTY")
MINISTER = Ent(("министерот за здравство",), "PER", "MKD", "GOV")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
ORBAN = Ent(("Орбан",), "PER", "HUN", "GOV")
UNION = Ent(("Сојузот на синдикати",), "ORG", "MKD", "LAB")
PARTY = Ent(("ЗНАМ",), "ORG", "MKD", "PTY")
SLOVENIA = Ent(("Словенија", "Љубљана"), country="SVN")
MINISTER_SVN = Ent(("Тања Фајон",), "PER", "SVN", "GOV")
ALBANIA = Ent(("Албанија",), country="ALB")


def test_an_interpellation_held_out_under_a_condition_is_a_threat_to_the_minister():
    doc = coded("Ана Стојанова рече дека Левица ќе поднесе интерпелација против министерот за здравство доколку тој не "
                "се појави пред пратениците.", [SPOKESWOMAN, LEFT, MINISTER], quotes=True)
    ev = only(doc, "THREATEN")
    assert "conditional→THREATEN" in ev.rule and ev.recipient == ["E3"]
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_charge_announced_after_a_warning_alone_stays_the_charge():
    doc = coded("Ана Стојанова предупреди дека Левица ќе поднесе кривична пријава против министерот за здравство.",
                [SPOKESWOMAN, LEFT, MINISTER], quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E3"]
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_a_demanded_step_ruled_out_is_a_refusal():
    for sentence in ("Орбан повтори дека предвремени избори нема да има оваа година.",
                     "Орбан рече дека нема да има никакви отстапки."):
        ev = only(coded(sentence, [ORBAN], quotes=True), "REJECT")
        assert ev.actor == ["E1"] and ev.rule.startswith("reject.there_will_be_none"), sentence


FINANCE_MINISTER = Ent(("Ивана Трајковска",), "PER", "MKD", "GOV")


def test_a_demanded_raise_or_concession_with_no_room_for_it_is_a_refusal():
    for sentence in ("Министерката Ивана Трајковска рече дека во буџетот нема простор за зголемување на пензиите.",
                     "Ивана Трајковска изјави дека нема никаков простор за отстапки во преговорите."):
        ev = only(coded(sentence, [FINANCE_MINISTER], quotes=True), "REJECT")
        assert ev.actor == ["E1"] and ev.rule.startswith("reject.no_room"), sentence
    # told as a warning it is still a refusal, no threat: a lack of means, nothing the speaker will do
    doc = coded("Ивана Трајковска предупреди дека во буџетот нема простор за зголемување на платите.",
                [FINANCE_MINISTER], quotes=True)
    assert only(doc, "REJECT").actor == ["E1"] and not [e for e in doc.events if e.type == "THREATEN"]
    # no room for a feeling is an assessment, nothing demanded refused
    doc = coded("Ивана Трајковска рече дека нема простор за паника на пазарите.", [FINANCE_MINISTER], quotes=True)
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_a_decision_judged_as_interference_or_as_right_judges_its_author():
    told = "Владата во вторникот донесе одлука за замрзнување на платите. "
    doc = coded(told + "Сојузот на синдикати ја оцени одлуката како „грубо мешање во колективните договори“.",
                [GOVERNMENT, UNION])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"] and ev.rule.startswith("accuse.judged_damning")
    doc = coded("ЗНАМ ја оцени одлуката на Владата како „храбра и исправна“.", [PARTY, GOVERNMENT])
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.rule.startswith("support.judged_favourable")


def test_a_role_appreciated_after_its_adjective_is_praise():
    doc = coded("Тања Фајон изјави дека Љубљана ја цени конструктивната улога на Албанија во регионот.",
                [MINISTER_SVN, SLOVENIA, ALBANIA], quotes=True)
    ev = only(doc, "SUPPORT")
    assert ev.rule.startswith("support.appreciate") and ev.recipient == ["E3"]


def test_the_acts_an_assurance_tells_are_its_content():
    doc = coded("Тања Фајон ја увери Албанија дека Љубљана ќе продолжи цврсто да го поддржува нејзиниот европски пат и "
                "дека ќе се залага за брзо отворање на кластерот.", [MINISTER_SVN, SLOVENIA, ALBANIA])
    ev = only(doc, "AGREE")
    assert ev.rule.startswith("agree.assure") and ev.recipient == ["E3"]
    assert not [e for e in doc.events if e.type in ("SUPPORT", "REQUEST")]


def test_a_demand_told_of_the_criticised_in_a_relative_clause_is_no_act():
    doc = coded("Орбан ја критикува политиката на Словенија, која од Албанија бара сè поголеми жртви.",
                [ORBAN, SLOVENIA, ALBANIA])
    assert only(doc, "ACCUSE").actor == ["E1"]
    assert not [e for e in doc.events if e.type == "REQUEST"]
    # (`со оглед на тоа што …` tells a reason, no relative clause: the demand stays)
    doc = coded("Орбан е под притисок, со оглед на тоа што Словенија бара поголеми жртви од Албанија.", [ORBAN, SLOVENIA, ALBANIA])
    assert only(doc, "REQUEST").actor == ["E2"]
    # (a comma after the pronoun may close the relative clause: the demand after it is the sentence's own)
    doc = coded("Во писмото до Орбан, кое го потпишаа и двајца министри, лекарите бараат итна исплата на долгот.",
                [ORBAN, Ent(("лекарите",), "ORG", "HUN", "MED")])
    assert only(doc, "REQUEST").actor == ["E2"]



def test_a_defence_counting_what_it_brought_down_rebuts_no_one():
    air_force = Ent(("Израелското воено воздухопловство",), "ORG", "ISR", "MIL")
    doc = coded("Израелското воено воздухопловство тврди дека ПВО собори 40 дронови, но дел од нив погодија две бази.",
                [air_force])
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_a_retort_that_the_other_side_incites_violence_blames_it():
    # (the speaker's own country's premier: no other state blamed)
    doc = coded("Левица возврати дека Мицкоски со ваквите изјави ја поттикнува насилната реакција на полицијата.",
                [LEFT, Ent(("Мицкоски",), "PER", "MKD", "GOV")], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_retaliation_promised_in_an_answer_is_a_threat():
    commissioner = Ent(("Валдис Домбровскис",), "PER", "EUR", "IGO")
    doc = coded("Валдис Домбровскис одговори дека Унијата е подготвена за разговори, но дека ќе возврати брзо на секоја "
                "нова мерка од САД.", [commissioner, Ent(("САД",), country="USA")], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_a_clitic_object_goes_on_after_a_speakers_aside():
    doc = coded("Словенија е пријател. Орбан ја критикува, како што рече, „двојната мерка“ на Албанија.",
                [SLOVENIA, ORBAN, ALBANIA])
    assert only(doc, "ACCUSE").recipient == ["E3"]
