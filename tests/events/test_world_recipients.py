"""Actors and recipients of world-desk conflict and diplomacy copy (air defence told by a state's organ, …),
on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

IRAQI_MINISTRY = Ent(("Ирачкото Министерство за одбрана",), "ORG", "IRQ", "GOV")
SYRIAN = Ent(("сириски",), country="SYR", kind="demonym")


def test_an_unnamed_organ_a_state_organ_tells_of_in_its_deka_clause_is_that_states():
    doc = coded("Ирачкото Министерство за одбрана соопшти дека противвоздушната одбрана уништила 40 сириски дронови.",
                [IRAQI_MINISTRY, SYRIAN])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("IRQ", "MIL")] and codes(doc, ev.recipient) == [("SYR", "MIL")]


def test_unnamed_weapons_an_army_brings_down_are_the_last_attackers_of_its_state():
    syria, iraq = Ent(("Сирија",), country="SYR"), Ent(("Ирак",), country="IRQ")
    air_force = Ent(("Ирачкото воздухопловство",), "ORG", "IRQ", "MIL")
    doc = coded("Сирија изврши масовен напад врз Ирак со 100 беспилотни летала. "
                "Ирачкото воздухопловство соопшти дека противвоздушната одбрана собори 30 беспилотни летала.",
                [syria, iraq, air_force])
    downed = [e for e in doc.events if e.trigger.text == "собори"]
    assert len(downed) == 1 and codes(doc, downed[0].actor) == [("IRQ", "MIL")]
    assert codes(doc, downed[0].recipient) == [("SYR", None)]
    # with no attack told, whose the weapons were is not known (not the army's own state)
    doc = coded("Ирачкото воздухопловство соопшти дека противвоздушната одбрана собори 30 беспилотни летала.", [air_force])
    assert not only(doc, "ASSAULT").recipient


def test_weapons_brought_down_with_no_owner_named_are_the_attackers_told_before():
    syrian_forces = Ent(("Сириските сили",), "ORG", "SYR", "MIL")
    air_force = Ent(("ирачкото воздухопловство",), "ORG", "IRQ", "MIL")
    # the attack names only places of no known state; the weapons downed name no owner (`собори 45`)
    doc = coded("Сириските сили ноќеска изведоа напад врз енергетската инфраструктура. "
                "Од вкупно 60 беспилотни летала, ирачкото воздухопловство собори 45.", [syrian_forces, air_force])
    downed = [e for e in doc.events if e.trigger.text == "собори"]
    assert len(downed) == 1 and codes(doc, downed[0].recipient) == [("SYR", "MIL")]


def test_a_complaint_lodged_with_a_body_is_against_whom_its_side_accused_not_the_body():
    chad = Ent(("Нџамена",), country="TCD")
    minister = Ent(("Министерот на Чад",), "PER", "TCD", "GOV")
    libya = Ent(("Либија",), country="LBY")
    council = Ent(("Советот за безбедност на ОН",), "ORG", "UNO", "IGO")
    doc = coded("Министерот на Чад ја обвини Либија дека ги вооружува бунтовниците и најави дека Нџамена ќе "
                "поднесе жалба до Советот за безбедност на ОН.", [minister, chad, libya, council])
    complaint = [e for e in doc.events if e.trigger.text.startswith("поднесе")]
    assert len(complaint) == 1 and codes(doc, complaint[0].recipient) == [("LBY", None)]
    doc = coded("Нџамена ќе поднесе жалба до Советот за безбедност на ОН против Либија.", [chad, libya, council])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("LBY", None)]


def test_a_place_another_clause_tells_makes_no_gathering_of_a_meeting_in_a_relative_clause():
    envoy = Ent(("Хана Тете",), "PER", "UNO", "IGO")
    commander = Ent(("Калифа Хафтар",), "PER", "LBY", "MIL")
    geneva = Ent(("Женева",), country="CHE")
    doc = coded("Пратеничката на ОН Хана Тете, која вчера разговараше со Калифа Хафтар, ги повика страните да се "
                "вратат на преговорите во Женева.", [envoy, commander, geneva])
    meeting = only(doc, "CONSULT")
    assert codes(doc, meeting.actor) == [("UNO", "IGO")] and codes(doc, meeting.recipient) == [("LBY", "MIL")]
    # the `да` clause right after the act is its own content: a third place there still makes a gathering
    commissioner = Ent(("Марош Шефчович",), "PER", "EUR", "IGO")
    minister = Ent(("Пиюш Гојал",), "PER", "IND", "GOV")
    doc = coded("Марош Шефчович телефонски разговараше со Пиюш Гојал и двајцата се договорија да се сретнат во Женева.",
                [commissioner, minister, geneva])
    agreement = only(doc, "AGREE")
    assert sorted(c for c, _ in codes(doc, agreement.actor)) == ["EUR", "IND"] and not agreement.recipient


def test_both_sides_under_the_requests_preposition_are_the_sides_of_the_dispute_told():
    india, pakistan = Ent(("Индија",), country="IND"), Ent(("Пакистан",), country="PAK")
    premier = Ent(("Британскиот премиер",), "PER", "GBR", "GOV")
    doc = coded("Индија изврши напад врз Пакистан. Британскиот премиер побара од двете страни мирно да ги решат "
                "несогласувањата.", [india, pakistan, premier])
    assert codes(doc, only(doc, "REQUEST").recipient) == [("IND", None), ("PAK", None)]


def test_a_name_past_a_judged_act_and_i_belongs_to_the_next_verb_not_the_condemnation():
    forces = Ent(("Руските сили",), "ORG", "RUS", "MIL")
    kharkiv = Ent(("Харков",), country="UKR", type="GPE")
    premier = Ent(("Петр Фиала",), "PER", "CZE", "GOV")
    group = Ent(("Вишеградската група",), "ORG", "IGO", "IGO")
    doc = coded("Руските сили извршија масовен напад врз Харков. Чешкиот премиер Петр Фиала го осуди нападот и "
                "најави итна средба на лидерите на Вишеградската група.", [forces, kharkiv, premier, group])
    assert codes(doc, only(doc, "ACCUSE").recipient) == [("RUS", "MIL")]


def test_a_gerund_whose_object_is_a_clitic_is_aimed_at_the_recipient_of_the_act_before_it():
    ministry = Ent(("Министерството за финансии на Канада",), "ORG", "CAN", "GOV")
    indian = Ent(("индиски",), country="IND", kind="demonym")
    doc = coded("Министерството за финансии на Канада воведе санкции против пет индиски компании, обвинувајќи ги "
                "дека извезувале оружје.", [ministry, indian])
    accusation = only(doc, "ACCUSE")
    assert accusation.trigger.text == "обвинувајќи" and [c for c, _ in codes(doc, accusation.recipient)] == ["IND"]


def test_names_after_i_and_the_same_preposition_again_join_the_recipient():
    minister = Ent(("Јордан Алсафади",), "PER", "JOR", "GOV")
    saudi = Ent(("саудиски",), country="SAU", kind="demonym")
    envoy = Ent(("Стив Виткоф",), "PER", "USA", "GOV")
    doc = coded("Јорданскиот министер Јордан Алсафади разговараше телефонски со својот саудиски колега и со "
                "американскиот пратеник Стив Виткоф.", [minister, saudi, envoy])
    assert sorted(c for c, _ in codes(doc, only(doc, "CONSULT").recipient)) == ["SAU", "USA"]


def test_the_seat_of_a_mission_an_act_goes_through_is_not_its_place_nor_its_target():
    doc = coded("Анкара, преку својата амбасада во Софија, ги осуди новите мерки како „непријателски чекор“.",
                [Ent(("Анкара",), "GPE", "TUR"), Ent(("Софија",), "GPE", "BGR")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("TUR", None)] and ev.recipient == [] and ev.location is None


def test_an_unnamed_collective_of_a_demonyms_state_after_од_is_that_states():
    doc = coded("Канада санкционираше уште 30 бродови од руската флота во сенка.",
                [Ent(("Канада",), "GPE", "CAN"), Ent(("руската",), country="RUS", kind="demonym")])
    assert [c for c, _ in codes(doc, only(doc, "SANCTION").recipient)] == ["RUS"]


def test_a_decision_judged_in_the_next_sentence_is_the_body_s_that_opened_the_sentence_before():
    council = Ent(("Советот на Европа",), "ORG", "IGO", "IGO")
    doc = coded("Советот на Европа ја суспендираше делегацијата на Азербејџан. Баку ја осуди одлуката како „политичка“.",
                [council, Ent(("Баку",), "GPE", "AZE"), Ent(("Азербејџан",), "GPE", "AZE")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("IGO", "IGO")]


def test_the_seat_of_a_mission_that_acts_is_not_the_target_but_a_mission_protested_at_is_the_site():
    sofia = Ent(("Софија",), "GPE", "BGR")
    doc = coded("Амбасадата на ЕУ во Софија ги осуди насилните инциденти.",
                [Ent(("ЕУ",), "ORG", "EUR", "IGO"), sofia])
    assert only(doc, "ACCUSE").recipient == []
    doc = coded("Неколку стотини граѓани протестираа пред турската амбасада во Софија.",
                [sofia, Ent(("турската",), country="TUR", kind="demonym")])
    assert only(doc, "PROTEST").location == "E1"


def test_both_sides_are_the_sides_of_a_dispute_whose_recipient_the_passes_found():
    army = Ent(("Етиопската армија",), "ORG", "ETH", "MIL")
    president = Ent(("Исаијас Афеворки",), "PER", "ERI", "GOV")
    premier = Ent(("Кенискиот премиер",), "PER", "KEN", "GOV")
    doc = coded("Етиопската армија денеска започна големи воени вежби на границата. Исаијас Афеворки ги осуди вежбите "
                "како провокација. Кенискиот премиер побара од двете страни мирно да ги решат несогласувањата.",
                [army, president, premier])
    assert sorted(c for c, _ in codes(doc, only(doc, "REQUEST").recipient)) == ["ERI", "ETH"]


def test_a_judgement_of_an_act_named_again_by_its_noun_is_of_its_doer_however_far_back():
    gov = Ent(("Српската влада",), "ORG", "SRB", "GOV")
    minister = Ent(("Марко Ѓуриќ",), "PER", "SRB", "GOV")
    kosovo = Ent(("Приштина",), country="KOS")
    envoy = Ent(("Марта Кос",), "PER", "EUR", "IGO")
    doc = coded("Српската влада ја воведе блокадата на 2 март. Марко Ѓуриќ изјави дека Белград нема да попушти. "
                "Приштина побара помош од сојузниците. Стотици камиони чекаат на премините. "
                "Марта Кос ја осуди блокадата.", [gov, minister, kosovo, envoy])
    condemned = [e for e in doc.events if e.trigger.text == "осуди"]
    assert len(condemned) == 1 and codes(doc, condemned[0].recipient) == [("SRB", "GOV")]


def test_two_powers_called_on_are_the_two_sides_told_before():
    ethiopia, eritrea = Ent(("Етиопија",), country="ETH"), Ent(("Еритреја",), country="ERI")
    kenya, egypt = Ent(("Кенија",), country="KEN"), Ent(("Египет",), country="EGY")
    doc = coded("Етиопија ја обвини Еритреја за упад. "
                "Кенија и Египет ги повикаа двете регионални сили на воздржаност.", [ethiopia, eritrea, kenya, egypt])
    call = [e for e in doc.events if e.trigger.text == "повикаа"]
    assert len(call) == 1 and sorted(codes(doc, call[0].recipient)) == [("ERI", None), ("ETH", None)]


def test_aid_one_more_donor_promises_goes_to_the_state_an_earlier_promise_named():
    norway, moldova, austria = Ent(("Норвешка",), country="NOR"), Ent(("Молдавија",), country="MDA"), Ent(("Виена",), country="AUT")
    doc = coded("Норвешка ќе финансира нова електрана за Молдавија. Виена ќе испрати нов пакет хуманитарна помош.",
                [norway, moldova, austria])
    promised = [e for e in doc.events if e.trigger.text == "испрати"]
    assert len(promised) == 1 and promised[0].type == "AGREE" and codes(doc, promised[0].recipient) == [("MDA", None)]
    # a promise to the donor's own people names no other state's story
    doc = coded("Норвешка ќе финансира нова болница во Норвешка. Норвешка ќе испрати нов пакет хуманитарна помош.",
                [norway])
    assert all(not e.recipient for e in doc.events if e.trigger.text == "испрати")


def test_a_partner_told_between_the_verb_and_the_deal_signed_is_its_other_side():
    commission, kishinev = Ent(("Европската комисија",), "ORG", "EUR", "IGO"), Ent(("Кишинев",), country="MDA")
    doc = coded("Европската комисија вчера потпиша со Кишинев договор за заем од 300 милиони евра.", [commission, kishinev])
    assert codes(doc, only(doc, "SUPPORT").recipient) == [("MDA", None)]


def test_a_judged_act_ends_at_but_past_which_names_are_the_next_verbs():
    court = Ent(("Окружниот суд во Љубљана", "Судот"), "ORG", "SVN", "JUD")
    union = Ent(("Синдикатот на лекари",), "ORG", "SVN", "LAB")
    ministry = Ent(("Министерството за финансии",), "ORG", "SVN", "GOV")
    doc = coded("Окружниот суд во Љубљана го осуди поранешниот директор на болницата на три години затвор. "
                "Синдикатот на лекари ја поздрави пресудата, но го критикуваше Министерството за финансии "
                "што не ги контролирало набавките.", [court, union, ministry])
    welcomed = only(doc, "SUPPORT")
    assert codes(doc, welcomed.recipient) == [("SVN", "JUD")]


def test_a_welcomed_agreement_is_aimed_at_the_sides_of_the_agreement_told_before():
    ethiopia, somalia, kenya = Ent(("Етиопија",), country="ETH"), Ent(("Сомалија",), country="SOM"), Ent(("Кенија",), country="KEN")
    doc = coded("Етиопија и Сомалија вчера во Анкара потпишаа договор за користење на пристаништето. "
                "Кенија го поздрави договорот како чекор кон мир.", [ethiopia, somalia, kenya])
    welcome = [e for e in doc.events if e.trigger.text == "поздрави"]
    assert len(welcome) == 1 and sorted(codes(doc, welcome[0].recipient)) == [("ETH", None), ("SOM", None)]
    # an agreement of the judge's own side praised is a word on its own act, aimed at no one
    doc = coded("Етиопија и Сомалија вчера во Анкара потпишаа договор за користење на пристаништето. "
                "Етиопија го поздрави договорот како чекор кон мир.", [ethiopia, somalia])
    assert all(not e.recipient for e in doc.events if e.trigger.text == "поздрави")


def test_a_call_on_the_warring_sides_is_aimed_at_the_sides_of_the_last_fight_told():
    army = Ent(("Армијата на Мјанмар",), "ORG", "MMR", "MIL")
    rebels = Ent(("Аракан армијата",), "ORG", "MMR", "REB")
    indonesia = Ent(("Индонезија",), country="IDN")
    doc = coded("Армијата на Мјанмар вчера ги нападна позициите на Аракан армијата кај Ситве. "
                "Индонезија ги повика завојуваните страни веднаш да седнат на преговори.", [army, rebels, indonesia])
    call = only(doc, "REQUEST")
    assert sorted(codes(doc, call.recipient)) == [("MMR", "MIL"), ("MMR", "REB")]


def test_a_call_on_all_sides_or_the_sides_told_bare_is_aimed_at_the_sides_of_the_last_fight_told():
    army = Ent(("Суданската армија",), "ORG", "SDN", "MIL")
    rebels = Ent(("Силите за брза поддршка",), "ORG", "SDN", "REB")
    kenya = Ent(("Кенија",), country="KEN")
    fight = "Суданската армија вчера ги бомбардираше позициите на Силите за брза поддршка кај Ел Фашер. "
    for call in ("Кенија ги повика сите страни да се воздржат од насилство.",
                 "Кенија ги повика страните во конфликтот на хуманитарен прекин на огнот.",
                 "Кенија ги повика страните веднаш да го прекинат огнот."):
        doc = coded(fight + call, [army, rebels, kenya])
        assert sorted(codes(doc, only(doc, "REQUEST").recipient)) == [("SDN", "MIL"), ("SDN", "REB")], call
    # a kind of side is not the fighters (the parties of a state's politics), nor are sides with no fight told
    doc = coded(fight + "Кенија ги повика сите политички страни да го почитуваат уставот.", [army, rebels, kenya])
    assert not only(doc, "REQUEST").recipient
    doc = coded("Кенија ги повика сите страни да се воздржат од насилство.", [kenya])
    assert not only(doc, "REQUEST").recipient


def test_condemned_manoeuvres_and_detentions_are_of_whoever_held_or_made_them():
    china, taiwan = Ent(("Кина",), country="CHN"), Ent(("Тајпеј",), country="TWN")
    doc = coded("Кина вчера започна воени вежби околу островот. Тајпеј ги осуди маневрите.", [china, taiwan])
    condemned = [e for e in doc.events if e.trigger.text == "осуди"]
    assert len(condemned) == 1 and codes(doc, condemned[0].recipient) == [("CHN", None)]
    police = Ent(("Грузиската полиција",), "ORG", "GEO", "COP")
    union = Ent(("Европската унија",), "ORG", "EUR", "IGO")
    doc = coded("Грузиската полиција синоќа приведе тројца новинари. Европската унија го осуди приведувањето.", [police, union])
    condemned = [e for e in doc.events if e.trigger.text == "осуди"]
    assert len(condemned) == 1 and codes(doc, condemned[0].recipient) == [("GEO", "COP")]


def test_praised_cooperation_is_aimed_at_the_body_its_so_phrase_names_again():
    bank = Ent(("Азиската развојна банка",), "ORG", "IGO", "IGO")
    minister = Ent(("Министерката за финансии на Филипините",), "PER", "PHL", "GOV")
    doc = coded("Азиската развојна банка вчера одобри заем од 300 милиони долари за Филипините. "
                "Министерката за финансии на Филипините ја пофали долгогодишната соработка со банката.", [bank, minister])
    praise = only(doc, "SUPPORT")
    assert codes(doc, praise.recipient) == [("IGO", "IGO")]


def test_military_manoeuvres_are_exercises_whose_condemnation_told_sentences_later_is_aimed_at_who_held_them():
    china, taiwan = Ent(("Кина",), country="CHN"), Ent(("Тајпеј",), country="TWN")
    premier = Ent(("Лаи Чинг-те",), "PER", "TWN", "GOV")
    doc = coded("Кина вчера започна воени маневри околу островот. Маневрите траат два дена. "
                "Тие почнаа по говорот на Лаи Чинг-те. Тајпеј ги осуди маневрите.", [china, taiwan, premier])
    assert [e.type for e in doc.events if e.trigger.text.startswith("воени")] == ["MOBILIZE"]
    condemned = [e for e in doc.events if e.trigger.text == "осуди"]
    assert len(condemned) == 1 and codes(doc, condemned[0].recipient) == [("CHN", None)]


def test_an_offer_naming_no_one_is_made_to_the_other_side_of_the_act_before():
    states = [Ent(("Ерменија", "Ереван"), country="ARM"), Ent(("Азербејџан", "Баку"), country="AZE")]
    doc = coded("Ереван ги отфрли наводите на Азербејџан. Ерменија е подготвена за средба на ниво на министри.", states)
    ev = only(doc, "AGREE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and "recipient:other_side" in ev.rule
    # an offer of help by the one that acted: to those it acted on
    doc = coded("Грција ги повика Ерменија и Азербејџан на воздржаност. Атина е подготвена да посредува.",
                states + [Ent(("Грција", "Атина"), country="GRC")])
    assert sorted(only(doc, "AGREE").recipient) == ["E1", "E2"]


def test_a_refusal_naming_no_one_answers_the_other_side_of_the_act_before():
    states = [Ent(("Ерменија", "Ереван"), country="ARM"), Ent(("Азербејџан", "Баку"), country="AZE")]
    doc = coded("Баку ја обвини Ерменија за провокации. Ереван нема да попушти.", states)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_any_refusal_naming_no_one_answers_the_other_side_of_the_act_before():
    states = [Ent(("Ерменија", "Ереван"), country="ARM"), Ent(("Азербејџан", "Баку"), country="AZE")]
    doc = coded("Баку ја обвини Ерменија за провокации. Ереван одби да учествува на мировната конференција.", states)
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and "recipient:other_side" in ev.rule
    # with no act between the two states told before, the refusal names no one
    doc = coded("Баку објави мировна конференција. Ереван одби да учествува на мировната конференција.", states)
    assert not only(doc, "REJECT").recipient


def test_a_threat_naming_no_one_after_a_demand_is_aimed_at_the_side_asked():
    states = [Ent(("Молдавија", "Кишинев"), country="MDA"), Ent(("Романија", "Букурешт"), country="ROU")]
    doc = coded("Букурешт побара од Молдавија да ги отвори граничните премини. "
                "Романија се закани со построги контроли на границата.", states)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"] and "recipient:other_side" in ev.rule
    # the side's own act on no other state gives its threat no recipient
    doc = coded("Букурешт побара од граѓаните да ги избегнуваат граничните премини. "
                "Романија се закани со построги контроли на границата.", states)
    assert not only(doc, "THREATEN").recipient


def test_aid_given_through_a_body_is_not_aimed_at_the_channel():
    croatia, lebanon = Ent(("Хрватска",), country="HRV"), Ent(("Либан",), country="LBN")
    slovenia, ukraine = Ent(("Словенија",), country="SVN"), Ent(("Украина",), country="UKR")
    unicef = Ent(("УНИЦЕФ",), "ORG", "UNO", "IGO")
    bank = Ent(("Светската банка",), "ORG", "IGO", "IGO")
    doc = coded("Хрватска ќе донира 100.000 евра за хуманитарна помош во Либан преку УНИЦЕФ.", [croatia, lebanon, unicef])
    assert codes(doc, doc.events[0].recipient) == [("LBN", None)]
    doc = coded("Словенија вчера донираше 200.000 евра за обнова на училиштата во Украина преку Светската банка.",
                [slovenia, ukraine, bank])
    assert codes(doc, only(doc, "AID").recipient) == [("UKR", None)]
    # the body the money is given to is the recipient
    doc = coded("Хрватска ќе донира 100.000 евра на УНИЦЕФ.", [croatia, unicef])
    assert codes(doc, doc.events[0].recipient) == [("UNO", "IGO")]
    doc = coded("Словенија вчера донираше 200.000 евра на Светската банка за обнова на училиштата.", [slovenia, bank])
    assert codes(doc, only(doc, "AID").recipient) == [("IGO", "IGO")]


def test_an_offer_to_mediate_naming_no_one_is_made_to_both_sides_of_the_fight_told_before():
    states = [Ent(("Ерменија", "Ереван"), country="ARM"), Ent(("Азербејџан", "Баку"), country="AZE")]
    norway = Ent(("Норвешка", "Осло"), country="NOR")
    doc = coded("Азербејџан изврши воздушни напади врз Ерменија. Норвешка е подготвена да посредува.", states + [norway])
    ev = only(doc, "AGREE")
    assert sorted(c for c, _ in codes(doc, ev.recipient)) == ["ARM", "AZE"] and "recipient:mediated_sides" in ev.rule
    # an offer of its own help is no mediation: not made to both sides
    doc = coded("Азербејџан изврши воздушни напади врз Ерменија. Норвешка е подготвена да испрати лекари.", states + [norway])
    assert "recipient:mediated_sides" not in only(doc, "AGREE").rule


def test_an_offer_to_host_the_talks_of_others_leaves_the_hosts_own_state_out_of_the_sides():
    states = [Ent(("Перу",), country="PER"), Ent(("Еквадор",), country="ECU")]
    chile = Ent(("Чиле",), country="CHL")
    minister = Ent(("Чилеанскиот министер Пабло Рохас",), "PER", "CHL", "GOV")
    told = "Перу и Еквадор вчера одржаа разговори во Лима. Чилеанскиот министер Пабло Рохас разговараше со Перу. "
    doc = coded(told + "Чиле се понуди да биде домаќин на следната рунда разговори.", states + [chile, minister])
    offer = next(e for e in doc.events if e.type == "AGREE")
    assert sorted(c for c, _ in codes(doc, offer.recipient)) == ["ECU", "PER"]
    # an offer of help is no mediation: not made to the sides
    doc = coded(told + "Чиле се понуди да испрати помош.", states + [chile, minister])
    offer = next(e for e in doc.events if e.type == "AGREE")
    assert not offer.recipient


def test_a_passive_charge_by_a_named_tribunal_is_the_tribunals():
    tribunal = Ent(("Хашкиот трибунал",), "ORG", "UNO", "JUD")
    general = Ent(("Младен Петковиќ",), "PER", "SRB", "MIL")
    doc = coded("Младен Петковиќ, обвинет од Хашкиот трибунал за воени злосторства, е уапсен во Белград.", [tribunal, general])
    charge = next(e for e in doc.events if e.type == "ACCUSE")
    assert codes(doc, charge.actor) == [("UNO", "JUD")] and codes(doc, charge.recipient) == [("SRB", "MIL")]
    # a place after the participle says where the accused comes from: the prosecutors no one names charged him
    nis = Ent(("Ниш",), "GPE", "SRB")
    doc = coded("Обвинет од Ниш беше приведен вчера.", [nis])
    charge = next(e for e in doc.events if e.type == "ACCUSE")
    assert codes(doc, charge.actor) == [("SRB", "JUD")]


def test_a_denial_in_a_sto_clause_after_an_accusation_answers_the_accuser_not_a_name_its_clitic_finds():
    sudan = Ent(("Суданската влада",), "ORG", "SDN", "GOV")
    emirates = Ent(("Емиратите", "Абу Даби"), "GPE", "ARE")
    minister = Ent(("Ахмед Харун",), "PER", "EGY", "GOV")
    rebels = Ent(("РСФ",), "ORG", "SDN", "REB")
    told = "Министерот Ахмед Харун го посети Каиро. Суданската влада ги обвини Емиратите дека ги вооружуваат РСФ"
    doc = coded(told + ", што Абу Даби постојано го негира.", [sudan, emirates, minister, rebels])
    denial = only(doc, "REJECT")
    assert codes(doc, denial.recipient) == [("SDN", "GOV")] and "recipient:accuser" in denial.rule
    # not a clause of its own (`, а … го негира`): this rule leaves its clitic alone
    doc = coded(told + ", а Абу Даби постојано го негира.", [sudan, emirates, minister, rebels])
    assert "recipient:accuser" not in only(doc, "REJECT").rule


def test_a_demonym_before_towns_under_a_preposition_places_an_unnamed_crowd_in_that_state():
    austria = Ent(("Австрија",), country="AUT")
    czech = Ent(("чешки",), country="CZE", kind="demonym")
    doc = coded("Австрија ги заостри контролите. Илјадници луѓе протестираа во повеќе чешки градови против мерката.",
                [austria, czech])
    protest = only(doc, "PROTEST")
    assert codes(doc, protest.actor) == [("CZE", "CVL")]
    # a demonym before no noun of towns (`против чешките мерки`) places no one: the story's state stays
    doc = coded("Австрија ги заостри контролите. Илјадници луѓе протестираа во повеќе градови против чешките мерки.",
                [austria, czech])
    assert codes(doc, only(doc, "PROTEST").actor) == [("AUT", "CVL")]


def test_a_call_on_all_sides_with_no_fight_told_is_aimed_at_the_sides_of_the_last_hostile_act():
    army = Ent(("Суданската армија",), "ORG", "SDN", "MIL")
    rebels = Ent(("Силите за брза поддршка",), "ORG", "SDN", "REB")
    kenya = Ent(("Кенија",), country="KEN")
    doc = coded("Суданската армија ги обвини Силите за брза поддршка за геноцид. "
                "Кенија ги повика сите страни да се воздржат од насилство.", [army, rebels, kenya])
    call = next(e for e in doc.events if e.type == "REQUEST")
    assert sorted(codes(doc, call.recipient)) == [("SDN", "MIL"), ("SDN", "REB")]
    # not an act of the caller's own state on another: the caller is no side of it
    doc = coded("Кенија ги обвини Силите за брза поддршка за геноцид. "
                "Кенија ги повика сите страни да се воздржат од насилство.", [rebels, kenya])
    call = next(e for e in doc.events if e.type == "REQUEST")
    assert "recipient:warring_sides" not in call.rule


def test_a_call_on_the_sides_after_an_attack_whose_target_a_condemnation_tells():
    # the attack names no target and the condemnation no one: both get theirs from later passes, and the call on
    # the sides still reaches the two
    general = Ent(("генералот Борис Марков", "Марков"), "PER", "LBY", "MIL")
    government = Ent(("Владата на единството",), "ORG", "LBY", "GOV")
    mission = Ent(("Мисијата на ОН",), "ORG", "UNO", "IGO")
    text = ("Силите на генералот Борис Марков денеска изведоа воздушен напад врз аеродромот. "
            "Владата на единството го осуди нападот како злосторство. "
            "Мисијата на ОН ги повика страните на хуманитарно примирје.")
    doc = coded(text, [general, government, mission])
    call = only(doc, "REQUEST")
    assert sorted(codes(doc, call.recipient)) == [("LBY", "GOV"), ("LBY", "MIL")] and "recipient:warring_sides" in call.rule
    # twin: with no condemnation, no side of the attack is known but its maker, and the call reaches no one
    doc = coded("Силите на генералот Борис Марков денеска изведоа воздушен напад врз аеродромот. "
                "Мисијата на ОН ги повика страните на хуманитарно примирје.", [general, government, mission])
    assert "recipient:warring_sides" not in only(doc, "REQUEST").rule


def test_those_just_met_are_the_ones_a_plural_clitic_then_calls_on():
    chile, peru = Ent(("Чиле",), country="CHL"), Ent(("Перу",), country="PER")
    france, germany = Ent(("Франција",), country="FRA"), Ent(("Германија",), country="DEU")
    envoy = Ent(("Марко Ристов", "Ристов"), "PER", "MKD", "GOV")
    premier = Ent(("Ана Петрова",), "PER", "MKD", "GOV")
    first = ("Тензиите меѓу Чиле и Перу растат по инцидентот на границата. "
             "Вчера Ристов ги прими амбасадорите на Франција и Германија. ")
    ents = [chile, peru, france, germany, envoy, premier]
    # the ones he talked with, as that talk has them (the two states), not the plural of the sentence before
    doc = coded(first + "Ристов изјави дека разговарал телефонски со министрите за надворешни работи на двете земји "
                "и дека ги повикал да избегнуваат ескалација.", ents)
    call = only(doc, "REQUEST")
    assert sorted(codes(doc, call.recipient)) == [("CHL", None), ("PER", None)] and "recipient:clitic" in call.rule
    # twin: another caller than the one who talked with them: his talk hands no one over to her
    doc = coded(first + "Ристов изјави дека разговарал телефонски со министрите за надворешни работи на двете земји, "
                "а Ана Петрова ги повика да избегнуваат ескалација.", ents)
    assert sorted(codes(doc, only(doc, "REQUEST").recipient)) != [("CHL", None), ("PER", None)]
