"""Triggers once dropped for want of an actor: a told clause's dropped subject when an unnamed organ or
collective tells it, a meeting that sets the act of a body's members, and a person named after an office
whose words looked like a second role (`шефот на дипломатијата`, `вршителот на должноста`)."""
from tests.events.helpers import Ent, coded
from vesnik.events.lexicon import event_lexicon

COURT = Ent(("Врховниот суд",), "ORG", "MKD", "JUD")
NATO = Ent(("НАТО",), "ORG", "IGO", "IGO")


def of_type(doc, etype):
    return [e for e in doc.events if e.type == etype]


def sector_of(doc, ident):
    return next(e.sector for e in doc.entities if e.id == ident)


def test_the_unnamed_tellers_go_on_in_a_second_told_clause():
    doc = coded("Адвокатите на осудените изјавија дека одлуката е неправедна и дека ќе се жалат до Врховниот суд.",
                [COURT])
    appeal = [e for e in doc.events if "жалат" in e.trigger.text]
    assert len(appeal) == 1 and "actor:collective" in appeal[0].rule
    assert sector_of(doc, appeal[0].actor[0]) == "JUD"


def test_a_told_clause_with_a_subject_of_its_own_keeps_it_from_the_tellers():
    doc = coded("Адвокатите на осудените изјавија дека одлуката е неправедна и дека таа ќе се жали до Врховниот суд.",
                [COURT])
    assert not any("actor:collective" in e.rule for e in doc.events if "жали" in e.trigger.text)


def test_the_collective_of_the_act_before_tells_what_it_will_do():
    doc = coded("Една од банките ги отфрли наодите на инспекцијата и најави дека ќе поднесе тужба до Врховниот суд.",
                [COURT])
    suit = [e for e in of_type(doc, "ACCUSE") if "тужба" in e.trigger.text]
    assert len(suit) == 1 and "actor:collective" in suit[0].rule


def test_a_subordinate_clause_with_a_pronoun_subject_does_not_take_the_tellers():
    doc = coded("Синдикалците инсистираа дека таа ќе продолжи со обидите да постигне договор со Врховниот суд.",
                [COURT])
    assert not any("actor:collective" in e.rule for e in of_type(doc, "AGREE"))


def test_the_members_of_a_body_acting_at_a_meeting_met_there():
    doc = coded("Министрите за одбрана на НАТО вчера на средбата во Брисел не постигнаа согласност за буџетот.", [NATO])
    meeting = of_type(doc, "CONSULT")
    assert len(meeting) == 1 and meeting[0].actor == ["E1"] and "actor:possessor" in meeting[0].rule


def test_a_meeting_to_come_in_the_members_sentence_is_not_told_as_held():
    doc = coded("Министрите за одбрана на НАТО на средбата во среда ќе треба да одлучат за буџетот.", [NATO])
    assert not any("actor:possessor" in e.rule and e.type == "CONSULT" for e in doc.events)


def test_a_bare_subjunctive_takes_the_unnamed_body_of_the_told_clause_it_hangs_on():
    doc = coded("Левица го критикуваше предлогот. Од Левица соопштија дека партијата е подготвена да ги поддржи "
                "измените на законот.", [Ent(("Левица",), "ORG", "MKD", "PTY")])
    support = [e for e in doc.events if "поддржи" in e.trigger.text]
    assert len(support) == 1 and support[0].actor == ["E1"] and "actor:collective" in support[0].rule


def test_a_subjunctive_with_a_subject_of_its_own_does_not_take_the_body():
    doc = coded("Левица го критикуваше предлогот. Од Левица соопштија дека партијата очекува синдикатите да ги "
                "поддржат измените на законот.", [Ent(("Левица",), "ORG", "MKD", "PTY")])
    assert not any(e.actor == ["E1"] for e in doc.events if "поддржат" in e.trigger.text)


def test_the_members_of_a_body_that_decide_to_act_act_for_it():
    doc = coded("Министрите за финансии на НАТО вчера одлучија да го суспендираат договорот со Србија.",
                [NATO, Ent(("Србија",), country="SRB")])
    suspend = [e for e in doc.events if "суспендираат" in e.trigger.text]
    assert len(suspend) == 1 and suspend[0].actor == ["E1"] and "actor:possessor" in suspend[0].rule


def test_an_unnamed_collective_opening_a_main_clause_before_da_is_not_taken():
    doc = coded("Граѓаните вчера беа повикани да ја поддржат Србија.", [Ent(("Србија",), country="SRB")])
    assert not any("actor:collective" in e.rule for e in doc.events)


KALLAS = Ent(("Каја Калас",), "PER", "EUR", "IGO")
EU = Ent(("ЕУ",), "ORG", "EUR", "IGO")


def test_the_chief_of_diplomacy_of_a_body_is_the_person_named_after_it():
    doc = coded("Шефот на дипломатијата на ЕУ Каја Калас ја повика Србија да ги повлече трупите.",
                [EU, KALLAS, Ent(("Србија",), country="SRB")])
    call = [e for e in doc.events if e.type == "REQUEST"]
    assert len(call) == 1 and call[0].actor == ["E2"]


def test_diplomacy_is_no_role_but_a_diplomat_is():
    lex = event_lexicon("mk")
    assert not lex.is_role("дипломатијата") and lex.is_role("дипломатот")


def test_an_acting_holder_is_the_person_named_after_the_office():
    doc = coded("Вршителот на должноста премиер Марко Петров ги обвини синдикатите дека го блокираат дијалогот и ги "
                "повика на разговор.", [Ent(("Марко Петров",), "PER", "MKD", "GOV")])
    assert any(e.actor == ["E1"] and "повика" in e.trigger.text for e in doc.events)


def test_the_holder_of_a_duty_phrase_with_no_acting_office_is_not_taken_as_its_owner():
    doc = coded("Наследникот на должноста премиер Марко Петров ги обвини синдикатите дека го блокираат дијалогот и ги "
                "повика на разговор.", [Ent(("Марко Петров",), "PER", "MKD", "GOV")])
    assert not any(e.actor == ["E1"] and "повика" in e.trigger.text for e in doc.events)
