"""Rules found on invented 2025–2026 world-politics agency copy (border clashes, trials of opposition
figures, naval strikes, entry bans); every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

BOLIVIA = Ent(("Боливија",), country="BOL")
CHILE_ARMY = Ent(("Чилеанската армија",), "ORG", "CHL", "MIL")
ARCE = Ent(("Арсе",), "PER", "BOL", "GOV")


def test_an_alert_told_with_a_long_object_phrase_is_a_mobilisation():
    doc = coded("Чилеанската армија ги стави единиците на северната граница во состојба на највисока борбена готовност.",
                [CHILE_ARMY])
    assert only(doc, "MOBILIZE").actor == ["E1"]


def test_an_ordered_mobilisation_is_the_mobilisation_not_an_order():
    doc = coded("Министерот за одбрана на Боливија нареди мобилизација на 50.000 резервисти.", [BOLIVIA])
    assert only(doc, "MOBILIZE").mode == "troops"
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_two_armies_exchanging_fire_is_an_attack():
    ents = [Ent(("Еквадорските",), "ORG", "ECU", "MIL", kind="demonym"), Ent(("перуанските сили",), "ORG", "PER", "MIL")]
    doc = coded("Еквадорските и перуанските сили во ноќта разменија минофрлачки оган кај реката.", ents)
    only(doc, "ASSAULT")


def test_a_navy_sinking_a_boat_destroys_it():
    navy = Ent(("Холандската морнарица",), "ORG", "NLD", "MIL")
    doc = coded("Холандската морнарица потопи уште еден чамец со шверцери во Карибите.", [navy])
    ev = only(doc, "ASSAULT")
    assert ev.mode == "destroy" and ev.actor == ["E1"]


def test_an_act_called_by_a_damning_noun_is_criticism():
    doc = coded("Арсе ја нарече пресудата „политичка одмазда“.", [ARCE])
    assert only(doc, "ACCUSE").mode == "disapprove"
    doc = coded("Арсе ги нарече апсењата „убиства на демократијата“.", [ARCE])
    assert only(doc, "ACCUSE").actor == ["E1"]


def test_prosecutors_seeking_a_prison_term_allege():
    ents = [Ent(("Обвинителството",), "ORG", "BOL", "JUD"), Ent(("Камачо",), "PER", "BOL", "PTY")]
    doc = coded("Обвинителството бара за Камачо вкупно 30 години затвор.", ents)
    assert only(doc, "ACCUSE").mode == "allege"
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_an_entry_ban_announced_for_later_is_a_rejection():
    ents = [Ent(("Латвија",), country="LVA"), Ent(("Белорусија",), country="BLR")]
    doc = coded("Латвија соопшти дека ќе им забранат влез на уште десет функционери од Белорусија.", ents)
    assert only(doc, "REJECT").status == "future"
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_a_blocked_avenue_is_a_protest():
    doc = coded("Илјадници студенти ја блокираа авенијата пред владата во Сантијаго.", [])
    assert only(doc, "PROTEST").mode == "obstruct"


def test_a_collective_described_by_a_phrase_is_the_subject_of_its_own_time_clause():
    ents = [Ent(("Чилеанската полиција",), "ORG", "CHL", "COP"), Ent(("Јара",), "PER", "CHL", "PTY")]
    doc = coded("Чилеанската полиција го уапси Јара, еден ден откако илјадници студенти со транспаренти ја блокираа "
                "авенијата во Сантијаго.", ents)
    protest = only(doc, "PROTEST")
    assert protest.actor and protest.actor != ["E1"]


def test_a_person_s_visa_revoked_is_entry_barred_not_a_visa_regime_eased():
    ents = [Ent(("Канбера",), country="AUS"), Ent(("Ђоковиќ",), "PER", "SRB", "CVL")]
    doc = coded("Канбера му ја укина визата на Ђоковиќ.", ents)
    assert only(doc, "REJECT").recipient == ["E2"]
    assert not [e for e in doc.events if e.type == "CONCEDE"]
    doc = coded("Србија ги укина визите за државјаните на Индија.", [Ent(("Србија",), country="SRB"), Ent(("Индија",), country="IND")])
    only(doc, "CONCEDE")


def test_officials_named_by_their_state_s_adjective_meet():
    ents = [Ent(("Американски",), "GPE", "USA", kind="demonym"), Ent(("кубански",), "GPE", "CUB", kind="demonym")]
    doc = coded("Американски и кубански функционери тајно се сретнаа во Мексико.", ents)
    assert only(doc, "CONSULT").actor


def test_a_warning_with_an_if_clause_is_a_threat():
    ents = [Ent(("Зелените",), "ORG", "AUT", "PTY"), Ent(("владата",), "ORG", "AUT", "GOV")]
    doc = coded("Зелените предупредија дека ќе ја соборат владата ако таа ги скрати пензиите.", ents)
    assert only(doc, "THREATEN").actor == ["E1"]


def test_a_warning_that_holds_until_the_other_side_acts_is_a_threat():
    ents = [Ent(("Будимпешта",), "GPE", "HUN", "GOV"), Ent(("Братислава",), "GPE", "SVK", "GOV")]
    doc = coded("Будимпешта ја предупредува Братислава дека нема да го потпише спогодбата сè додека таа не ги врати "
                "пограничните премини.", ents)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_being_ready_for_new_exchanges_is_an_offer():
    ents = [Ent(("Ереван",), "GPE", "ARM", "GOV")]
    doc = coded("Омбудсманот изјави дека Ереван е подготвен за нови размени на заробеници.", ents)
    assert only(doc, "AGREE").actor == ["E1"]


def test_the_one_an_until_clause_waits_on_is_the_one_threatened_even_a_few_words_on():
    union = Ent(("Синдикатот на превозници",), "ORG", "MKD", "LAB")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("Синдикатот на превозници предупреди дека блокадата на патот ќе трае сè додека Владата на премиерот "
                "конечно не ги прифати барањата.", [union, government], quotes=True)
    ev = only(doc, "THREATEN")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
