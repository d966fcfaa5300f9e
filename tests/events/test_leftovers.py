"""Constructions left over from the recent-news rounds (invented sentences)."""
from tests.events.helpers import CROATIA, GREECE, MACEDONIA, SERBIA, USA, VUCIC, Ent, coded, codes, only

MICKOSKI = Ent(("Мицкоски",), type="PER", country="MKD", sector="GOV")
ZAEV = Ent(("Заев",), type="PER", country="MKD", sector="ELI")
KURTI = Ent(("Курти",), type="PER", country="KOS", sector="GOV")


def test_a_date_inside_the_deka_clause_dates_what_is_told_not_the_accusation():
    doc = coded("Мицкоски го обвини Заев дека во 2020 година ја предал земјата.", [MICKOSKI, ZAEV],
                published="2026-03-11")
    assert only(doc, "ACCUSE").date == "2026-03-11"


def test_a_date_in_the_accusations_own_clause_still_dates_it():
    doc = coded("Курти во понеделникот ја обвини Србија дека во 2023 година го организирала нападот.",
                [KURTI, SERBIA], published="2026-03-11")
    assert only(doc, "ACCUSE").date == "2026-03-09"


BUKELE = Ent(("Букеле",), type="PER", country="SLV", sector="GOV")
TRUMP = Ent(("Трамп",), type="PER", country="USA", sector="GOV")
SERBIAN_GOVERNMENT = Ent(("Владата на Србија",), type="ORG", country="SRB", sector="GOV")


def test_thanks_after_a_deka_clause_are_the_speakers():
    doc = coded("Букеле потврди дека мигрантите ќе бидат сместени во затворот и му се заблагодари на Трамп.",
                [BUKELE, TRUMP], quotes=True)
    thanks = only(doc, "SUPPORT")
    assert (thanks.actor, thanks.recipient) == (["E1"], ["E2"])


def test_a_demand_after_an_accusations_deka_clause_is_no_content_of_it():
    doc = coded("Курти ја обвини Владата на Србија дека ги поддржува напаѓачите и побара оставка од Вучиќ.",
                [KURTI, SERBIAN_GOVERNMENT, VUCIC])
    assert (only(doc, "ACCUSE").actor, only(doc, "ACCUSE").recipient) == (["E1"], ["E2"])
    assert (only(doc, "REQUEST").actor, only(doc, "REQUEST").recipient) == (["E1"], ["E3"])


def test_a_verb_after_и_stays_in_a_deka_clause_that_names_its_subject():
    doc = coded("Вучиќ изјави дека Курти ги напаѓа Србите и побара поддршка од Трамп.", [VUCIC, KURTI, TRUMP])
    assert only(doc, "REQUEST").actor == ["E2"]



def test_a_verb_after_и_stays_in_a_deka_clause_whose_subject_is_an_unnamed_organ():
    ministry = Ent(("Министерството за надворешни работи",), "ORG", "MKD", "GOV")
    doc = coded("Министерството за надворешни работи соопшти дека амбасадата разговарала со Грција и побарала "
                "отворање коридор за камионите.", [ministry, GREECE])
    request = only(doc, "REQUEST")
    assert request.actor and request.actor != ["E1"]  # the embassy asks, not the ministry that tells it

SOUTH_KOREA = Ent(("Јужна Кореја",), country="KOR")
JAPAN = Ent(("Јапонија",), country="JPN")
NORTH_KOREA = Ent(("Северна Кореја",), country="PRK")


def test_the_partner_of_a_coordinated_verb_is_no_target_of_the_condemnation():
    doc = coded("Јужна Кореја го осуди тестот и ја засили одбраната заедно со Јапонија.", [SOUTH_KOREA, JAPAN])
    assert only(doc, "ACCUSE").recipient == []


def test_the_condemned_named_before_the_coordinated_verb_stays():
    doc = coded("Јапонија го осуди лансирањето на ракетата од Северна Кореја и ја засили подготвеноста "
                "во соработка со САД.", [JAPAN, NORTH_KOREA, USA])
    assert only(doc, "ACCUSE").recipient == ["E2"]


ORBAN = Ent(("Орбан",), type="PER", country="HUN", sector="GOV")


def test_a_name_before_a_comma_and_кој_is_the_relative_clauses_subject():
    doc = coded("Вучиќ, кој го критикуваше Курти, изјави дека Србија ќе ги брани Србите.", [VUCIC, KURTI])
    assert (only(doc, "ACCUSE").actor, only(doc, "ACCUSE").recipient) == (["E1"], ["E2"])
    doc = coded("Трамп, кој го пофали Орбан, ќе се сретне со Вучиќ.", [TRUMP, ORBAN, VUCIC])
    assert (only(doc, "SUPPORT").actor, only(doc, "SUPPORT").recipient) == (["E1"], ["E2"])


MOROCCO = Ent(("Мароко",), country="MAR")
SPAIN = Ent(("Шпанија",), country="ESP")
FRANCE = Ent(("Франција",), country="FRA")


def test_aid_naming_no_recipient_after_a_disaster_goes_to_the_stricken_place():
    doc = coded("Силен земјотрес го погоди Мароко. Шпанија и Франција испратија тимови за спасување.",
                [MOROCCO, SPAIN, FRANCE])
    aid = only(doc, "AID")
    assert (aid.actor, aid.recipient) == (["E2", "E3"], ["E1"])
    doc = coded("Пожарите во Грција продолжуваат. Македонија испрати два авиона за гаснење.", [GREECE, MACEDONIA])
    assert only(doc, "AID").recipient == ["E1"]


def test_aid_with_no_disaster_told_still_needs_a_recipient():
    doc = coded("Шпанија и Франција испратија тимови за спасување.", [SPAIN, FRANCE])
    assert [e.type for e in doc.events] == []


# (the text names her by surname alone; the full name the linker gives shows her gender)
SILJANOVSKA = Ent(("Гордана Сиљановска-Давкова", "Сиљановска-Давкова"), type="PER", country="MKD", sector="GOV")
GREEK = Ent(("Грчкиот",), country="GRC", kind="demonym")
BULGARIAN = Ent(("Бугарскиот",), country="BGR", kind="demonym")


def test_a_bare_role_is_the_one_person_of_its_sector_and_gender_named_before():
    doc = coded("Сиљановска-Давкова победи на изборите. Грчкиот премиер ја честитал претседателката.",
                [SILJANOVSKA, GREEK])
    assert only(doc, "SUPPORT").recipient == ["E1"]
    doc = coded("Мицкоски ја формираше новата влада. Бугарскиот претседател го честиташе премиерот.",
                [MICKOSKI, BULGARIAN])
    assert only(doc, "SUPPORT").recipient == ["E1"]


def test_a_bare_role_of_the_other_gender_takes_no_one():
    doc = coded("Мицкоски ја формираше новата влада. Бугарскиот претседател ја честиташе премиерката.",
                [MICKOSKI, BULGARIAN])
    assert only(doc, "SUPPORT").recipient != ["E1"]


SOFIA = Ent(("Софија",), type="ORG", country="BGR", sector="GOV")
ATHENS = Ent(("Атина",), type="ORG", country="GRC", sector="GOV")


def test_a_demand_after_но_and_a_deka_clause_is_the_speakers():
    doc = coded("Мицкоски повтори дека Македонија нема да ги промени границите, но побара од Софија да ги почитува "
                "договорите.", [MICKOSKI, MACEDONIA, SOFIA], quotes=True)
    assert (only(doc, "REQUEST").actor, only(doc, "REQUEST").recipient) == (["E1"], ["E3"])
    doc = coded("Курти изјави дека Србија ги поддржува напаѓачите, но побара од Атина да ја признае државата.",
                [KURTI, SERBIA, ATHENS], quotes=True)
    assert only(doc, "REQUEST").actor == ["E1"]


SLOVENIA = Ent(("Словенија",), country="SVN")


def test_a_disaster_told_after_earlier_aid_takes_the_aid_that_follows_it():
    doc = coded("Силен земјотрес го погоди Мароко. Шпанија испрати тимови за спасување. "
                "Поплави ја погодија Словенија. Хрватска испрати хуманитарна помош.", [MOROCCO, SPAIN, SLOVENIA, CROATIA])
    assert sorted(e.recipient[0] for e in doc.events if e.type == "AID") == ["E1", "E3"]


def test_thanks_back_in_a_main_clause_with_an_unknown_speaker_are_not_the_told_collectives():
    doc = coded("Новиот претседател потврди дека мигрантите ќе бидат сместени во затворот и му се заблагодари на Трамп.",
                [TRUMP], quotes=True)
    assert all(e.actor != [] and "мигрант" not in doc.entities[[x.id for x in doc.entities].index(e.actor[0])].name
               for e in doc.events if e.type == "SUPPORT")


RAMA = Ent(("Рама",), type="PER", country="ALB", sector="GOV")
ALBANIA = Ent(("Албанија",), country="ALB")


def test_a_call_after_a_future_deka_clause_is_the_speakers():
    doc = coded("Рама рече дека Албанија ќе ги намали царините и ја повика Грција на заеднички разговори.",
                [RAMA, ALBANIA, GREECE])
    assert (only(doc, "AGREE").actor, only(doc, "AGREE").recipient) == (["E1"], ["E3"])


def test_an_accusation_after_an_obligation_told_in_a_da_clause_is_the_speakers():
    doc = coded("Курти изјави дека Србија мора да ги повлече полицајците и ја обвини Хрватска за мешање.",
                [KURTI, SERBIA, CROATIA])
    assert (only(doc, "ACCUSE").actor, only(doc, "ACCUSE").recipient) == (["E1"], ["E3"])


FICO = Ent(("Фицо",), type="PER", country="SVK", sector="GOV")
UKRAINE = Ent(("Украина",), country="UKR")
ZELENSKY = Ent(("Зеленски",), type="PER", country="UKR", sector="GOV")
HUNGARY = Ent(("Унгарија",), country="HUN")
GOVERNMENT = Ent(("Владата",), type="ORG", country="MKD", sector="GOV")
FILIPCHE = Ent(("Филипче",), type="PER", country="MKD", sector="PTY")


def test_an_accusation_after_a_refusals_da_clause_is_the_refusers():
    doc = coded("Фицо одби да ја посети Украина и го обвини Зеленски за прекинот на транзитот.", [FICO, UKRAINE, ZELENSKY])
    assert (only(doc, "ACCUSE").actor, only(doc, "ACCUSE").recipient) == (["E1"], ["E3"])
    assert only(doc, "REJECT").actor == ["E1"]


def test_the_object_of_the_verb_after_a_refusal_is_not_refused():
    doc = coded("Унгарија одби да ги поддржи новите санкции против Русија и ја критикуваше Украина поради нафтоводот.",
                [HUNGARY, Ent(("Русија",), country="RUS"), UKRAINE])
    assert only(doc, "REJECT").recipient == ["E2"]
    doc = coded("Филипче одби да присуствува на седницата и ја обвини Владата за злоупотреби.", [FILIPCHE, GOVERNMENT])
    refusal = only(doc, "REJECT")  # the accused Government is not refused: someone unnamed at home is
    assert refusal.recipient != ["E2"] and "recipient:domestic" in refusal.rule
    assert (only(doc, "ACCUSE").actor, only(doc, "ACCUSE").recipient) == (["E1"], ["E2"])


def test_the_object_of_the_first_verb_is_no_subject_of_the_verb_after_и():
    doc = coded("Фицо го прими Зеленски во Братислава и го критикуваше за блокадата на гасот.", [FICO, ZELENSKY])
    assert (only(doc, "ACCUSE").actor, only(doc, "ACCUSE").recipient) == (["E1"], ["E2"])


def test_a_call_with_a_clitic_object_and_a_da_clause_asks_the_man_named_before():
    doc = coded("Мицкоски се сретна со Курти и го повика да ја признае Заедницата на Србите.",
                [MICKOSKI, KURTI, Ent(("Заедницата на Србите",), type="ORG", country="KOS")])
    assert (only(doc, "REQUEST").actor, only(doc, "REQUEST").recipient) == (["E1"], ["E2"])
    doc = coded("Фицо го прими Зеленски и го повика да ги отвори гасоводите.", [FICO, ZELENSKY])
    assert only(doc, "REQUEST").recipient == ["E2"]


def test_a_neuter_body_told_in_the_l_form_acts():
    doc = coded("Министерството за внатрешни работи соопшти дека уапсило двајца државјани на Србија.",
                [Ent(("Министерството за внатрешни работи",), type="ORG", country="KOS", sector="GOV"), SERBIA])
    assert only(doc, "COERCE").actor == ["E1"]


def test_a_call_after_a_deka_clause_told_in_the_l_form_is_the_speakers():
    doc = coded("Курти изјави дека Србија ги нападнала полицајците и ја повика Хрватска да реагира.", [KURTI, SERBIA, CROATIA])
    assert (only(doc, "REQUEST").actor, only(doc, "REQUEST").recipient) == (["E1"], ["E3"])


def test_a_verb_after_a_deka_clause_of_a_past_decision_stays_with_its_subject():
    doc = coded("Мицкоски соопшти дека Владата одлучи да ја зголеми помошта и ја повика Србија на разговори.",
                [MICKOSKI, GOVERNMENT, SERBIA])
    assert [e.actor for e in doc.events if e.trigger.text.startswith("повика")] == [["E2"]]


def test_a_role_after_its_definite_adjective_mid_sentence_is_the_holder_named_before():
    # `одлуката на високиот претставник`: the article on the adjective, the holder named with the role before
    envoy = Ent(("Валентин Инцко",), "PER", "IGO", "IGO")
    doc = coded("Високиот претставник Валентин Инцко ја укина одлуката. Амбасадата на Франција ја поздрави одлуката "
                "на високиот претставник.", [envoy, Ent(("Франција",), country="FRA")])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("IGO", "IGO")]
