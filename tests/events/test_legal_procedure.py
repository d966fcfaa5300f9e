"""Court and procedure wordings of real news (appeals the defence announces, a court not recognised, handovers a
court approves, suspects brought before a judge, sentencing set for a day, asylum withdrawn): invented sentences,
each with a twin that tells no such act."""
from tests.events.helpers import Ent, coded, only

DEFENDANT = Ent(("Горан Трајков",), "PER", "HRV", "MIL")
LAWYER = Ent(("Петар Илиевски",), "PER", "HRV")
TRIBUNAL = Ent(("Хашкиот трибунал",), "ORG", "UNO", "JUD")
GERMANY = Ent(("Германија",), country="DEU")
AUSTRIAN_COURT = Ent(("Врховниот суд на Австрија",), "ORG", "AUT", "JUD")


def _types(doc) -> list[str]:
    return [e.type for e in doc.events]


def test_an_appeal_the_defence_announces_with_no_ruling_named_is_a_refusal_ahead():
    for text in ("Бранителот на Горан Трајков, Петар Илиевски, најави жалба.",
                 "Адвокатите на Горан Трајков, исто така, најавија жалба.",
                 "Неговиот адвокат Петар Илиевски изјави дека ќе поднесе жалба."):
        ev = only(coded(text, [DEFENDANT, LAWYER]), "REJECT")
        assert ev.status == "future", text
    # a lawyer's complaint to the bar is no appeal of a ruling, and the prosecution's appeal of an acquittal
    # still seeks a conviction
    doc = coded("Адвокатот Петар Илиевски најави жалба до Адвокатската комора против колегата.", [LAWYER])
    assert "REJECT" not in _types(doc)
    doc = coded("Обвинителот Петар Илиевски најави жалба на ослободителната пресуда за Горан Трајков.",
                [LAWYER, DEFENDANT])
    assert "REJECT" not in _types(doc) and only(doc, "ACCUSE").mode == "allege"


def test_an_appeal_told_in_the_first_person_inside_a_quote():
    doc = coded("„Пресудата е неправедна и ќе ја обжалиме“, изјави адвокатот Петар Илиевски.", [LAWYER], quotes=True)
    assert only(doc, "REJECT").status == "future"
    doc = coded("„Незадоволни сме од ослободителната пресуда и ќе поднесеме жалба“, изјави обвинителот Петар Илиевски.",
                [LAWYER], quotes=True)
    assert only(doc, "ACCUSE").status == "future" and "REJECT" not in _types(doc)


def test_a_defendant_who_does_not_recognise_the_court_refuses_it():
    for text in ("Горан Трајков не го признава Хашкиот трибунал.",
                 "Горан Трајков изјави дека не го признава Хашкиот трибунал и нема да сведочи."):
        ev = only(coded(text, [DEFENDANT, TRIBUNAL]), "REJECT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], text
    # guilt not admitted before a court, or a claim not acknowledged, refuses no court
    assert "REJECT" not in _types(coded("Горан Трајков не ја признава вината пред судот.", [DEFENDANT]))
    assert "REJECT" not in _types(coded("Горан Трајков не го признава обемот на проблемот.", [DEFENDANT]))


def test_a_court_approving_a_handover_or_extradition_cooperates_with_the_receiving_side():
    ev = only(coded("Врховниот суд на Австрија одобри негово предавање на Хашкиот трибунал.",
                    [AUSTRIAN_COURT, TRIBUNAL]), "COOPERATE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
    ev = only(coded("Врховниот суд на Австрија во вторникот донесе решение за негово предавање на Хашкиот трибунал.",
                    [AUSTRIAN_COURT, TRIBUNAL]), "COOPERATE")
    assert ev.recipient == ["E2"]
    ev = only(coded("Врховниот суд на Австрија ја одобри неговата екстрадиција во Германија.",
                    [AUSTRIAN_COURT, GERMANY]), "COOPERATE")
    assert ev.recipient == ["E2"]
    # announced as not to be given, it is refused
    doc = coded("Врховниот суд на Австрија нема да го одобри екстрадирањето на осомничениот во Германија.",
                [AUSTRIAN_COURT, GERMANY])
    assert "COOPERATE" not in _types(doc) and only(doc, "REJECT").actor == ["E1"]
    # approving the request for it, or a handover of prisoners of war, is no court's judicial cooperation
    doc = coded("Врховниот суд на Австрија го одобри барањето за екстрадиција во Германија.", [AUSTRIAN_COURT, GERMANY])
    assert "COOPERATE" not in _types(doc)
    doc = coded("Германија одобри предавање на воените заробеници на Хашкиот трибунал.", [GERMANY, TRIBUNAL])
    assert "COOPERATE" not in _types(doc)


def test_a_suspect_brought_before_the_investigating_judge_is_questioned():
    ev = only(coded("Горан Трајков во петокот беше изведен пред истражниот судија во Загреб.", [DEFENDANT]), "ACCUSE")
    assert ev.mode == "investigate" and ev.recipient == ["E1"]
    ev = only(coded("Горан Трајков во петокот беше изведен пред суд во Загреб.", [DEFENDANT]), "ACCUSE")
    assert ev.mode == "allege" and ev.recipient == ["E1"]
    # `пред` of time: an action carried out months ago
    doc = coded("Горан Трајков беше уапсен во акција изведена пред шест месеци во Загреб.", [DEFENDANT])
    assert "ACCUSE" not in _types(doc)


def test_a_sentencing_set_for_a_day_is_a_conviction_ahead():
    ev = only(coded("Изрекувањето на казната за Горан Трајков е закажано за 3 март.", [DEFENDANT]), "SANCTION")
    assert ev.mode == "convict" and ev.status == "future" and ev.recipient == ["E1"]
    # one told in passing is no new act
    doc = coded("По изрекувањето на казната, Горан Трајков ја напушти судницата.", [DEFENDANT])
    assert "SANCTION" not in _types(doc)


def test_asylum_withdrawn_is_aid_taken_back():
    ecuador = Ent(("Владата на Еквадор",), "ORG", "ECU", "GOV")
    for text in ("Владата на Еквадор му го повлече азилот на Горан Трајков.",
                 "Владата на Еквадор го укина азилот на Горан Трајков."):
        ev = only(coded(text, [ecuador, DEFENDANT]), "SANCTION")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], text
    # a request for asylum withdrawn by its maker is no sanction
    doc = coded("Горан Трајков го повлече барањето за азил во Еквадор.", [DEFENDANT])
    assert "SANCTION" not in _types(doc)


def test_a_plea_of_not_guilty_refuses_the_charge_and_a_plea_of_guilty_does_not():
    for text in ("Горан Трајков пред судот во Загреб се изјасни за невин по сите точки од обвинението.",
                 "Горан Трајков пред судот во Загреб се изјасни како невин.",
                 "Горан Трајков пред судот во Загреб се изјасни дека не е виновен."):
        ev = only(coded(text, [DEFENDANT]), "REJECT")
        assert ev.actor == ["E1"], text
    doc = coded("Горан Трајков пред судот во Загреб се изјасни за виновен по две точки од обвинението.", [DEFENDANT])
    assert "REJECT" not in _types(doc)


def test_an_appeal_naming_no_court_refuses_the_court_whose_ruling_was_told_before():
    court = Ent(("Окружниот суд во Загреб",), "ORG", "HRV", "JUD")
    doc = coded("Окружниот суд во Загреб во вторникот го осуди Горан Трајков на осум години затвор. "
                "Бранителот Петар Илиевски најави жалба.", [court, DEFENDANT, LAWYER])
    ev = only(doc, "REJECT")
    assert ev.recipient == ["E1"] and "appealed_ruling" in ev.rule
    # a prosecutor's charge is no ruling: the appeal then refuses no court told
    prosecutor = Ent(("Обвинителството во Загреб",), "ORG", "HRV", "JUD")
    doc = coded("Обвинителството во Загреб го обвини Горан Трајков за злоупотреба. "
                "Бранителот Петар Илиевски најави жалба.", [prosecutor, DEFENDANT, LAWYER])
    assert "E1" not in only(doc, "REJECT").recipient


def test_a_suspect_moved_to_the_tribunal_is_handed_over():
    authorities = Ent(("Хрватските власти",), "ORG", "HRV", "GOV")
    for text in ("Хрватските власти утрово го префрлија Горан Трајков во Хашкиот трибунал.",
                 "Хрватските власти го префрлија Горан Трајков со воен авион до Ротердам."):
        ev = only(coded(text, [authorities, DEFENDANT, TRIBUNAL]), "COOPERATE")
        assert ev.trigger.text.startswith("префрлија"), text
    # moved to a prison at home: no tribunal, no handover
    doc = coded("Хрватските власти утрово го префрлија Горан Трајков во затворот во Загреб.", [authorities, DEFENDANT])
    assert "COOPERATE" not in _types(doc)


def test_a_court_advisory_opinion_that_a_party_broke_no_law_supports_it():
    court = Ent(("Уставниот суд",), "ORG", "MDA", "JUD")
    president = Ent(("Петру Лучински",), "PER", "MDA", "GOV")
    doc = coded("Уставниот суд вчера даде советодавно мислење дека Петру Лучински не го прекршил уставот.", [court, president])
    assert only(doc, "SUPPORT").trigger.text == "даде советодавно мислење"
    # an opinion that calls the act unlawful supports no one
    doc = coded("Уставниот суд вчера даде советодавно мислење дека одлуката на Петру Лучински е незаконска.", [court, president])
    assert "SUPPORT" not in _types(doc)
