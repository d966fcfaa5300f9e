"""SANCTION, RETREAT, MOBILIZE, CONCEDE and COERCE constructions added to close recall gaps, on
sentences written for these tests (agency copy as it is written, not taken from any article)."""
from __future__ import annotations

from tests.events.helpers import CROATIA, KOSOVO, SERBIA, Ent, codes, coded, only

USA = Ent(("Вашингтон",), country="USA")
NICARAGUA = Ent(("Никарагва",), country="NIC")


def test_a_court_finding_a_law_unconstitutional_is_sanction_convict_against_the_government():
    court = Ent(("Уставниот суд",), "ORG", "MKD", "JUD")
    doc = coded("Уставниот суд во среда одлучи дека законот за јазиците е неуставен.", [court])
    ev = only(doc, "SANCTION")
    assert ev.mode == "convict" and codes(doc, ev.actor) == [("MKD", "JUD")]
    assert codes(doc, ev.recipient) == [("MKD", "GOV")]
    # the same words from a party are an opinion of the law, no ruling
    party = Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY")
    assert not [e for e in coded("ВМРО-ДПМНЕ оцени дека законот за јазиците е неуставен.", [party]).events
                if e.type == "SANCTION"]
    # and a court deciding anything else is no verdict against anyone (`needs_also`: both lists)
    assert not coded("Уставниот суд одлучи дека ќе ја разгледа иницијативата.", [court]).events


def test_recalling_the_heads_of_diplomatic_missions_is_sanction_withdraw():
    dept = Ent(("Стејт департментот",), "ORG", "USA", "GOV")
    doc = coded("Стејт департментот ги повлече американските шефови на дипломатските мисии од Никарагва.",
                [dept, Ent(("американските",), country="USA", kind="demonym"), NICARAGUA])
    ev = only(doc, "SANCTION")
    assert ev.mode == "withdraw" and codes(doc, ev.actor) == [("USA", "GOV")] and codes(doc, ev.recipient) == [("NIC", None)]


def test_withdrawing_a_recognition_is_sanction_not_support():
    doc = coded("Парагвај го повлече признавањето на Косово.", [Ent(("Парагвај",), country="PRY"), KOSOVO])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("PRY", None)] and codes(doc, ev.recipient) == [("KOS", None)]
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_aid_frozen_for_a_state_is_sanction_with_that_state_as_recipient():
    doc = coded("Вашингтон ја замрзна воената помош за Украина.", [USA, Ent(("Украина",), country="UKR")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("USA", None)] and codes(doc, ev.recipient) == [("UKR", None)]


def test_eased_sanctions_are_a_concession_not_a_sanction():
    doc = coded("Вашингтон ги ублажи санкциите против Сирија.", [USA, Ent(("Сирија",), country="SYR")])
    ev = only(doc, "CONCEDE")
    assert codes(doc, ev.actor) == [("USA", None)] and codes(doc, ev.recipient) == [("SYR", None)]
    assert [e.type for e in doc.events] == ["CONCEDE"]


def test_backing_down_under_pressure_is_retreat():
    doc = coded("Владата на Косово се повлече под притисок на Вашингтон.", [KOSOVO, USA])
    ev = only(doc, "RETREAT")
    assert codes(doc, ev.actor) == [("KOS", "GOV")] and ev.trigger.text == "се повлече под притисок"


def test_detained_police_officers_released_is_retreat_release_but_an_exemption_is_not():
    doc = coded("Србија ги ослободи тројцата косовски полицајци.",
                [SERBIA, Ent(("косовски",), country="KOS", kind="demonym")])
    ev = only(doc, "RETREAT")
    assert ev.mode == "release" and codes(doc, ev.actor) == [("SRB", None)]
    assert not coded("Владата ги ослободи полицајците од плаќање на данокот.", []).events


def test_a_mandate_of_the_army_extended_is_mobilize_troops():
    parliament = Ent(("Турскиот парламент",), "ORG", "TUR", "LEG")
    doc = coded("Турскиот парламент го продолжи мандатот на војската за операции во Сирија.",
                [parliament, Ent(("Сирија",), country="SYR")])
    ev = only(doc, "MOBILIZE")
    assert ev.mode == "troops" and codes(doc, ev.actor) == [("TUR", "LEG")]


def test_forces_moved_toward_a_line_are_mobilize_and_money_moved_is_not():
    doc = coded("Србија префрли дополнителни единици на армијата кон административната линија.", [SERBIA])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("SRB", None)]
    kfor = Ent(("КФОР",), "ORG", "IGO", "MIL")
    doc = coded("Дополнителни сили на КФОР се префрлени на северот.", [kfor])
    assert codes(doc, only(doc, "MOBILIZE").actor) == [("IGO", "MIL")]
    assert not coded("Србија префрли средства од буџетот на единиците на локалната самоуправа.", [SERBIA]).events


def test_a_deportation_beside_an_embassy_is_coerce_deport():
    police = Ent(("Германската полиција",), "ORG", "DEU", "COP")
    doc = coded("Германската полиција депортираше двајца активисти кои протестираа пред израелската амбасада.",
                [police, Ent(("израелската",), country="ISR", kind="demonym")])
    ev = only(doc, "COERCE")
    assert ev.mode == "deport" and codes(doc, ev.actor) == [("DEU", "COP")]


def test_hackers_are_criminals_attacking_a_website():
    doc = coded("Руски хакери ја нападнаа веб-страницата на Владата на Македонија.",
                [Ent(("Руски",), country="RUS", kind="demonym"), Ent(("Македонија",), country="MKD")])
    ev = only(doc, "COERCE")
    assert ev.mode == "cyber" and codes(doc, ev.actor) == [("RUS", "CRM")]


def test_a_state_of_emergency_declared_in_the_definite_form_is_coerce():
    doc = coded("Литванија ја прогласи вонредната состојба на границата.", [Ent(("Литванија",), country="LTU")])
    ev = only(doc, "COERCE")
    assert ev.mode == "martial-law" and codes(doc, ev.actor) == [("LTU", None)]


def test_a_clause_of_the_means_takes_the_subject_of_the_sentence():
    doc = coded("Трамп го засили притисокот врз Отава со тоа што воведе нови царини на канадските стоки.",
                [Ent(("Трамп",), "PER", "USA", "GOV"), Ent(("Отава",), country="CAN"),
                 Ent(("канадските",), country="CAN", kind="demonym")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("USA", "GOV")] and [c for c, _ in codes(doc, ev.recipient)] == ["CAN"]


def test_troops_sent_to_a_border_are_mobilize_and_troops_sent_into_a_state_aid():
    doc = coded("Србија испрати дополнителни војници на границата со Косово.", [SERBIA, KOSOVO])
    ev = only(doc, "MOBILIZE")
    assert ev.mode == "troops" and codes(doc, ev.actor) == [("SRB", None)]
    assert not [e for e in doc.events if e.type == "AID"]
    doc = coded("Германија испрати уште 500 војници во Литванија.",
                [Ent(("Германија",), country="DEU"), Ent(("Литванија",), country="LTU")])
    assert codes(doc, only(doc, "AID").recipient) == [("LTU", None)]


def test_a_blockade_lifted_is_a_concession_not_a_blockade():
    doc = coded("Израел ја укина блокадата на Газа.", [Ent(("Израел",), country="ISR"), Ent(("Газа",), country="PSE")])
    ev = only(doc, "CONCEDE")
    assert codes(doc, ev.actor) == [("ISR", None)] and [e.type for e in doc.events] == ["CONCEDE"]


def test_people_to_be_deported_are_deported_by_the_authorities():
    doc = coded("Сите мигранти без право на азил ќе бидат депортирани.", [])
    ev = only(doc, "COERCE")
    assert ev.mode == "deport" and ev.status == "future" and codes(doc, ev.actor) == [("MKD", "GOV")]  # (the home state's)


def test_police_called_in_to_a_riot_mobilise_against_those_rioting():
    doc = coded("Полицијата за јавен ред и мир беше повикана во затворот Идризово за да се справи со немирите.",
                [Ent(("Идризово",), country="MKD")])
    ev = only(doc, "MOBILIZE")
    assert ev.mode == "police" and codes(doc, ev.actor) == [("MKD", "COP")] and codes(doc, ev.recipient) == [("MKD", "CVL")]
    # citizens called on are asked something, no force is deployed
    doc = coded("Граѓаните на Идризово беа повикани да не излегуваат додека траат немирите.", [Ent(("Идризово",), country="MKD")])
    assert not [e for e in doc.events if e.type == "MOBILIZE"]


def test_a_court_ordering_a_fine_is_sanction():
    court = Ent(("Основниот суд",), "ORG", "MKD", "JUD")
    mayor = Ent(("Коце Трајановски",), "PER", "MKD", "ELI")
    doc = coded("Основниот суд му досуди парична казна од 20.000 евра на поранешниот градоначалник Коце Трајановски.",
                [court, mayor])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("MKD", "JUD")] and codes(doc, ev.recipient) == [("MKD", "ELI")]


def test_detainees_released_in_the_passive_were_released_by_the_authorities():
    doc = coded("Приведените Срби беа ослободени вечерта во Приштина.",
                [Ent(("Срби",), country="SRB", kind="demonym"), Ent(("Приштина",), country="KOS")])
    ev = only(doc, "RETREAT")
    # (the Serbs held in Pristina are Kosovo's people: guidelines, peoples as parties)
    assert ev.mode == "release" and codes(doc, ev.actor) == [("KOS", "GOV")] and codes(doc, ev.recipient) == [("KOS", "CVL")]


def test_a_commitment_to_disarm_is_a_concession_and_one_to_work_toward_it_an_intention():
    north = Ent(("Северна Кореја",), country="PRK")
    doc = coded("Северна Кореја се обврза на денуклеаризација на Корејскиот Полуостров.", [north])
    assert codes(doc, only(doc, "CONCEDE").actor) == [("PRK", None)]
    doc = coded("Северна Кореја се обврза да работи кон нуклеарно разоружување.", [north])
    assert codes(doc, only(doc, "AGREE").actor) == [("PRK", None)] and not [e for e in doc.events if e.type == "CONCEDE"]


def test_arms_handed_over_are_retreat_disarm():
    doc = coded("Бунтовниците ги предадоа оружјата на мировниците на ОН.", [Ent(("ОН",), "ORG", "UNO", "IGO")])
    ev = only(doc, "RETREAT")
    assert ev.mode == "disarm" and codes(doc, ev.actor) == [(None, "REB")]


def test_reservists_mobilised_weapons_deployed_and_forces_reinforced_are_mobilize():
    israel, russia = Ent(("Израел",), country="ISR"), Ent(("Русија",), country="RUS")
    doc = coded("Израел ги мобилизираше резервистите.", [israel])
    assert codes(doc, only(doc, "MOBILIZE").actor) == [("ISR", None)]
    doc = coded("Русија распореди нуклеарно оружје во Белорусија.", [russia, Ent(("Белорусија",), country="BLR")])
    assert codes(doc, only(doc, "MOBILIZE").actor) == [("RUS", None)]
    doc = coded("НАТО ги зајакна своите сили на источното крило.", [Ent(("НАТО",), "ORG", "IGO", "IGO")])
    assert codes(doc, only(doc, "MOBILIZE").actor) == [("IGO", "IGO")]


def test_a_conviction_upheld_is_sanction_and_an_acquittal_upheld_is_not():
    court, person = Ent(("Апелациониот суд",), "ORG", "MKD", "JUD"), Ent(("Никола Груевски",), "PER", "MKD", "ELI")
    doc = coded("Апелациониот суд ја потврди пресудата за Никола Груевски.", [court, person])
    ev = only(doc, "SANCTION")
    assert ev.mode == "convict" and codes(doc, ev.recipient) == [("MKD", "ELI")]
    doc = coded("Апелациониот суд ја потврди ослободителната пресуда за Никола Груевски.", [court, person])
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_military_cooperation_cut_is_sanction():
    doc = coded("Вашингтон ја прекина воената соработка со Колумбија.", [USA, Ent(("Колумбија",), country="COL")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("USA", None)] and codes(doc, ev.recipient) == [("COL", None)]


def test_a_part_taken_from_a_whole_is_no_agent_of_the_passive():
    doc = coded("Двајца од приведените Срби беа ослободени вечерта во Приштина.",
                [Ent(("Срби",), country="SRB", kind="demonym"), Ent(("Приштина",), country="KOS")])
    ev = only(doc, "RETREAT")
    assert codes(doc, ev.actor) == [("KOS", "GOV")]  # the authorities, not the Serbs


def test_two_states_at_war_is_no_martial_law_but_extending_it_is():
    moldova = Ent(("Молдавија",), country="MDA")
    assert not coded("Србија и Косово формално не се во воена состојба.", [SERBIA, KOSOVO]).events
    doc = coded("Парламентот на Молдавија ја продолжи воената состојба за уште 60 дена.", [moldova])
    assert only(doc, "COERCE").mode == "martial-law"


def test_a_foreign_envoy_summoned_is_a_protest_and_ones_own_called_home_a_recall():
    envoy = Ent(("унгарскиот амбасадор",), "PER", "HUN", "GOV")
    doc = coded("Министерството за надворешни работи на Србија го повика на разговор унгарскиот амбасадор.",
                [Ent(("Министерството за надворешни работи на Србија",), "ORG", "SRB", "GOV"), envoy])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "disapprove" and codes(doc, ev.recipient) == [("HUN", "GOV")]
    doc = coded("Никарагва го повика својот амбасадор од Вашингтон на консултации.", [NICARAGUA, USA])
    assert only(doc, "SANCTION").mode == "withdraw" and not [e for e in doc.events if e.type in ("ACCUSE", "REQUEST")]



def test_ambassadors_recalled_in_the_plural_aorist_are_sanction_withdraw():
    # `отповикаа`/`повлекоа`: the aorist of a state named in the plural, like the singular `отповика`
    bahrain = Ent(("Бахреин",), country="BHR")
    for verb in ("отповикаа", "повлекоа"):
        doc = coded(f"Властите во Бахреин ги {verb} своите амбасадори од Либија.", [bahrain, Ent(("Либија",), country="LBY")])
        ev = only(doc, "SANCTION")
        assert ev.mode == "withdraw" and codes(doc, ev.recipient) == [("LBY", None)]


def test_a_blockade_by_a_state_is_coerce_and_one_by_farmers_a_protest():
    baku = Ent(("Владата на Азербејџан",), "ORG", "AZE", "GOV")
    doc = coded("Владата на Азербејџан ја воведе блокадата на Лачинскиот коридор во декември.", [baku])
    assert [e.type for e in doc.events] == ["COERCE"]
    farmers = Ent(("Здружението на земјоделци",), "ORG", "MKD", "SOC")
    doc = coded("Здружението на земјоделци ја најави блокадата на граничниот премин Табановце.", [farmers])
    assert [e.type for e in doc.events if e.trigger.text == "блокадата"] == ["PROTEST"]

def test_a_lawsuit_withdrawn_is_a_concession_not_a_suit():
    doc = coded("Хрватска ја повлече тужбата против Словенија.", [CROATIA, Ent(("Словенија",), country="SVN")])
    assert [(e.type, codes(doc, e.recipient)) for e in doc.events] == [("CONCEDE", [("SVN", None)])]


def test_funds_withheld_from_a_state_are_a_sanction_kept_jobs_no_event():
    commission = Ent(("Европската комисија",), "ORG", "EUR", "IGO")
    montenegro = Ent(("Црна Гора",), country="MNE")
    doc = coded("Европската комисија ја задржа исплатата на втората транша за Црна Гора поради доцнењето на реформите.",
                [commission, montenegro])
    ev = only(doc, "SANCTION")
    assert ev.mode == "discontinue" and codes(doc, ev.recipient) == [("MNE", None)]
    assert not [e for e in doc.events if e.type == "AID"]
    assert not coded("Рударите ќе ги задржат работните места и платите.", []).events


def test_tariffs_on_the_imports_from_a_state_hit_that_state():
    # `од` after `увозот` names whose goods are taxed, not who taxes them
    doc = coded("Аргентинскиот претседател потпиша уредба со која царините на увозот од Чиле се зголемуваат на 40 отсто.",
                [Ent(("Аргентинскиот",), country="ARG", kind="demonym"), Ent(("Чиле",), country="CHL")])
    ev = next(e for e in doc.events if e.type == "SANCTION")
    assert "CHL" not in [c for c, _ in codes(doc, ev.actor)] and [c for c, _ in codes(doc, ev.recipient)] == ["CHL"]


def test_counter_tariffs_and_countermeasures_introduced_are_sanctions():
    # `противцарини`, `контрамерки` laid on a state's goods are tariffs of their own, not a warning
    doc = coded("Австралија вчера воведе противцарини на американските производи.",
                [Ent(("Австралија",), country="AUS"), Ent(("американските",), country="USA", kind="demonym")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("AUS", None)] and [c for c, _ in codes(doc, ev.recipient)] == ["USA"]
    doc = coded("Норвешката премиерка изјави дека владата ќе воведе контрамерки против Јапонија.",
                [Ent(("Норвешката",), country="NOR", kind="demonym"), Ent(("Јапонија",), country="JPN")])
    ev = only(doc, "SANCTION")
    assert ev.status == "future" and [c for c, _ in codes(doc, ev.recipient)] == ["JPN"]


def test_a_trade_retaliation_promised_is_a_threat_to_the_one_answered():
    doc = coded("Индонезиската влада соопшти дека ќе одговори со свои царини против Австралија.",
                [Ent(("Индонезиската",), country="IDN", kind="demonym"), Ent(("Австралија",), country="AUS")])
    ev = only(doc, "THREATEN")
    assert ev.mode is None and [c for c, _ in codes(doc, ev.recipient)] == ["AUS"]



def test_a_regulator_taking_away_a_licence_is_sanction_and_police_taking_goods_stays_a_seizure():
    agency = Ent(("Агенцијата за електронски комуникации",), "ORG", "MKD", "GOV")
    doc = coded("Агенцијата за електронски комуникации ѝ ја одзеде лиценцата на штедилницата од Прилеп.", [agency])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("MKD", "BUS")]
    assert not [e for e in doc.events if e.type == "COERCE"]
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    doc = coded("Полицијата одзеде два автомобили и пиштол без дозвола.", [police])
    assert only(doc, "COERCE").mode == "seize"


def test_sanctions_laid_stand_beside_a_suspension_in_another_clause():
    # (a suspension of something else in another clause undoes nothing of the sanctions laid)
    ents = [Ent(("Канада",), country="CAN"), Ent(("Иран",), country="IRN"), Ent(("Техеран",), country="IRN")]
    for sentence in ("Канада воведе нови санкции против Иран, откако Техеран ја суспендираше соработката со инспекторите.",
                     "Откако Техеран ги суспендираше разговорите, Канада воведе санкции против Иран."):
        doc = coded(sentence, ents)
        assert any(e.type == "SANCTION" and "E1" in e.actor for e in doc.events), sentence


def test_sanctions_put_off_or_suspended_in_their_own_clause_are_none_laid():
    # (negative twin: the suspension is of the sanctions themselves)
    ents = [Ent(("Канада",), country="CAN"), Ent(("Иран",), country="IRN")]
    for sentence in ("Канада го одложи воведувањето санкции против Иран.",
                     "Канада ги суспендираше санкциите против Иран."):
        doc = coded(sentence, ents)
        assert not any(e.type == "SANCTION" for e in doc.events), sentence
