"""Trigger words the session s23 blind sets showed missing, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
ROMANIA = Ent(("Романија", "Букурешт"), country="ROU")
HUNGARY = Ent(("Унгарија", "Будимпешта"), country="HUN")
JAPAN = Ent(("Јапонија", "Токио"), country="JPN")
PROSECUTION = Ent(("Обвинителството",), "ORG", "MKD", "JUD")
DEFENDANT = Ent(("Игор Стојковски", "Стојковски"), "PER", "MKD", "GOV")


def events_of(doc, type_):
    return [e for e in doc.events if e.type == type_]


def test_demonstrators_throwing_told_in_the_plural_or_feminine_l_form_are_a_riot():
    for text in ("Според полицијата, дел од демонстрантите фрлиле петарди и камења кон зградата на Владата.",
                 "Група демонстранти фрлила јајца и боја врз зградата на Владата.",
                 "Толпата демонстранти фрлила бакљи кон полицискиот кордон пред Владата."):
        doc = coded(text, [GOVERNMENT])
        assert only(doc, "PROTEST").mode == "riot", text
        assert not events_of(doc, "ASSAULT"), text
    assert not events_of(coded("Навивачите фрлиле бакљи на теренот по вториот гол.", []), "PROTEST")


def test_a_call_told_by_the_transitive_verb_is_a_phone_consultation():
    for text in ("Премиерот на Романија го телефонираше унгарскиот колега и разговараа за гасот.",
                 "Букурешт вчера ја телефонираше Будимпешта по инцидентот на границата."):
        ev = only(coded(text, [ROMANIA, HUNGARY]), "CONSULT")
        assert ev.mode == "phone" and ev.trigger.text.startswith("телефонира"), text


def test_tariffs_cut_for_anothers_goods_are_a_concession():
    for text in ("Јапонија ги намали царините за романските автомобили по средбата на министрите.",
                 "Унгарија ќе ги намали увозните царини за јапонската електроника."):
        ev = only(coded(text, [ROMANIA, HUNGARY, JAPAN]), "CONCEDE")
        assert ev.trigger.text.startswith("намали"), text
    assert not events_of(coded("Владата ги намали платите на функционерите.", [GOVERNMENT]), "CONCEDE")


def test_suspending_an_exchange_of_intelligence_is_a_sanction():
    doc = coded("Унгарија ја суспендираше размената на разузнавачки податоци со Романија.", [ROMANIA, HUNGARY])
    ev = only(doc, "SANCTION")
    assert ev.mode == "discontinue" and codes(doc, ev.actor) == [("HUN", None)]


def test_police_forces_reinforced_are_a_mobilisation_and_a_team_reinforced_is_not():
    police = Ent(("Полицијата",), "ORG", "ROU", "COP")
    assert only(coded("Полицијата ги засили силите околу унгарската амбасада во Букурешт.", [police, ROMANIA]), "MOBILIZE")
    assert not events_of(coded("Клубот ги засили редовите со двајца нови играчи.", []), "MOBILIZE")


def test_a_reservation_on_closing_chapters_is_a_refusal():
    for text in ("Унгарија стави резерва на затворањето на поглавјето за енергетика со Романија.",
                 "Будимпешта во вторникот постави резерви на отворањето на кластерот со Романија."):
        ev = only(coded(text, [ROMANIA, HUNGARY]), "REJECT")
        assert ev.trigger.text.split()[1].startswith("резерв"), text


def test_a_prosecution_charging_by_the_verb_is_an_accusation_and_a_burden_is_not():
    doc = coded("Обвинителството го товари Стојковски дека примил поткуп од фирмата.", [PROSECUTION, DEFENDANT])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and codes(doc, ev.recipient) == [("MKD", "GOV")]
    assert not events_of(coded("Новите даноци ги товари граѓаните, рече Стојковски.", [DEFENDANT]), "ACCUSE")


def test_a_vessel_held_is_a_seizure():
    navy = Ent(("Морнарицата на Романија",), "ORG", "ROU", "MIL")
    for text in ("Морнарицата на Романија го задржа танкерот со нафта во Црното Море.",
                 "Морнарицата на Романија го задржа бродот под унгарско знаме."):
        assert only(coded(text, [navy, HUNGARY]), "COERCE").mode == "seize", text


def test_missiles_fired_into_the_sea_are_a_show_of_force_and_at_a_ship_an_attack():
    iran = Ent(("Иран",), country="IRN")
    for text in ("Иран испука две балистички ракети во Оманското Море, соопшти Токио.",
                 "Романија лансираше крстосувачка ракета над Црното Море за време на вежбата."):
        doc = coded(text, [JAPAN, ROMANIA, iran])
        assert only(doc, "MOBILIZE").mode == "weapons", text
        assert not events_of(doc, "ASSAULT"), text
    doc = coded("Романија испука ракета кон унгарски брод во Црното Море.", [ROMANIA, HUNGARY])
    assert only(doc, "ASSAULT") and not events_of(doc, "MOBILIZE")


def test_an_appeal_announced_against_a_conviction_is_a_future_refusal():
    for text in ("Одбраната на Стојковски веднаш најави жалба до Апелациониот суд.",
                 "Стојковски најави жалба на пресудата."):
        ev = only(coded(text, [DEFENDANT]), "REJECT")
        assert ev.status == "future" and ev.trigger.text == "жалба", text
    ev = only(coded("Стојковски изјави дека ќе поднесе апелација до Уставниот суд.", [DEFENDANT]), "REJECT")
    assert ev.status == "future"
    # the prosecution appealing an acquittal still seeks a conviction
    doc = coded("Обвинителството најави жалба на ослободителната пресуда за Стојковски.", [PROSECUTION, DEFENDANT])
    assert only(doc, "ACCUSE") and not events_of(doc, "REJECT")


def test_the_door_open_to_a_talk_in_the_singular_is_an_offer():
    doc = coded("Владата соопшти дека вратите за разговор со синдикатот се отворени.", [GOVERNMENT])
    assert only(doc, "AGREE").trigger.text == "вратите за разговор"


def test_a_proposal_announced_as_not_to_be_made_is_a_refusal():
    for text in ("Стојковски повтори дека Владата нема да ги предложи измените на законот сè додека Унгарија не даде гаранции.",
                 "Стојковски рече дека нема да ѝ предложи на Унгарија нов договор за гасот."):
        doc = coded(text, [GOVERNMENT, HUNGARY, DEFENDANT])
        ev = only(doc, "REJECT")
        assert ev.trigger.text == "предложи" and not events_of(doc, "REQUEST"), text


def test_a_police_action_coordinated_by_a_european_agency_is_cooperation():
    europol = Ent(("Европол",), "ORG", "EUR", "IGO")
    police = Ent(("Полицијата на Романија",), "ORG", "ROU", "COP")
    for text in ("Полицијата на Романија, во акција координирана од Европол, вчера уапси 14 лица.",
                 "Полицијата на Романија, во операција координирана од Европол, заплени 200 килограми хероин."):
        doc = coded(text, [europol, police])
        ev = only(doc, "COOPERATE")
        assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("ROU", "COP")], text
    assert not events_of(coded("Конференцијата координирана од Европол се одржа во Букурешт.", [europol, ROMANIA]),
                         "COOPERATE")


def test_jets_named_by_their_model_scrambled_in_the_passive_are_a_mobilisation():
    ministry = Ent(("Министерството за одбрана на Романија",), "ORG", "ROU", "GOV")
    doc = coded("Министерството за одбрана на Романија соопшти дека два F-16 биле кренати во воздух над Констанца.",
                [ministry])
    assert only(doc, "MOBILIZE").mode == "weapons"


def test_a_standing_permission_is_no_act_and_the_act_itself_is():
    for text in ("Новиот закон ѝ дозволува на армијата на Романија да соборува дронови над својата територија.",
                 "Уредбата ги овластува граничарите на Романија да соборуваат беспилотни летала над границата."):
        assert not events_of(coded(text, [ROMANIA]), "ASSAULT"), text
    assert only(coded("Армијата на Романија собори два дрона над Констанца.", [ROMANIA]), "ASSAULT")


def test_a_share_of_workers_backing_a_strike_is_a_turnout_not_the_unions_support():
    leader = Ent(("Стојковски",), "PER", "MKD", "LAB")
    union = Ent(("Синдикатот на металците",), "ORG", "MKD", "LAB")
    for text in ("Стојковски изјави дека штрајкот го поддржале над 85 отсто од вработените во металургијата.",
                 "Стојковски рече дека 70 отсто од членството ја поддржува блокадата на фабриката."):
        assert not events_of(coded(text, [leader]), "SUPPORT"), text
    # the union's own backing, with a sum it asks for, stays support
    doc = coded("Синдикатот на металците го поддржа барањето за покачување на платите од 10 отсто.", [union])
    assert only(doc, "SUPPORT")


def test_a_singular_verb_after_a_plural_da_clause_goes_on_with_the_speaker():
    minister = Ent(("Стојковски",), "PER", "MKD", "GOV")
    for text in ("Стојковски ги повика двете страни да покажат трпение и повторно се закани со санкции против Унгарија.",
                 "Стојковски ги повика синдикатите да разговараат и потоа се закани дека ќе ги казни штрајкувачите."):
        doc = coded(text, [minister, HUNGARY])
        assert only(doc, "REQUEST") and codes(doc, only(doc, "THREATEN").actor) == [("MKD", "GOV")], text
    # a plural verb after `и` goes on with the plural `да` clause: what is asked of them
    doc = coded("Стојковски ги повика синдикатите да преговараат и да се откажат од закани.", [minister])
    assert only(doc, "REQUEST") and not events_of(doc, "THREATEN")


def test_a_union_joining_a_strike_strikes_and_under_a_condition_threatens():
    federation = Ent(("Сојузот на синдикати",), "ORG", "MKD", "LAB")
    doc = coded("Сојузот на синдикати вчера се приклучи на штрајкот на лекарите.", [federation])
    ev = only(doc, "PROTEST")
    assert ev.mode == "strike" and codes(doc, ev.actor) == [("MKD", "LAB")]
    for text in ("Сојузот на синдикати најави дека ќе се приклучи на генералниот штрајк ако Владата не ги исполни барањата.",
                 "Сојузот на синдикати предупреди дека ќе се приклучи на штрајкот доколку Владата не понуди повисоки плати."):
        doc = coded(text, [federation, GOVERNMENT])
        ev = only(doc, "THREATEN")
        assert codes(doc, ev.actor) == [("MKD", "LAB")] and not events_of(doc, "PROTEST"), text
    assert not events_of(coded("Сојузот на синдикати се приклучи на кампањата за чист воздух.", [federation]), "PROTEST")


def test_a_union_leaders_statement_about_an_offer_in_percent_written_as_a_word_is_no_turnout():
    minister = Ent(("Весна Јаневска",), "PER", "MKD", "GOV")
    leader = Ent(("Неделков",), "PER", "MKD", "LAB")
    for share in ("осум отсто", "8 отсто", "десет проценти"):
        doc = coded(f"Весна Јаневска ги обвини синдикалните лидери дека штрајкот го користат за политички цели. "
                    f"Неделков возврати дека синдикатот нема врска со партиите и дека понудата од {share} е навреда.",
                    [minister, leader], quotes=True)
        assert only(doc, "REJECT").actor == ["E2"], share


def test_a_compromise_offered_after_a_refusal_is_an_offer_to_the_one_refused():
    minister = Ent(("Весна Јаневска",), "PER", "MKD", "GOV")
    union = Ent(("СОНК",), "ORG", "MKD", "LAB")
    for offered in ("компромис", "компромисно решение", "компромис од осум отсто"):
        doc = coded(f"Весна Јаневска го одби барањето на СОНК за 15 отсто, но понуди {offered}.", [minister, union])
        ev = only(doc, "AGREE")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"], offered
    # a firm's package of services is no offer to a side (`пакет` is left out of the entry)
    assert not events_of(coded("Компанијата нуди пакет услуги за своите клиенти.", []), "AGREE")
