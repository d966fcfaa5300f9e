"""Cooperation to come that the AGREE entries missed (session 26): a trip of an official ahead (`ќе отпатува во X`,
`треба да пристигне во X`, `се очекува да дојде во X`) is a visit announced or scheduled, the place's state its host;
equipment, training, an exchange or a contract offered to someone is an offer, as aid or talks offered are
(guidelines: future cooperative acts, a visit; offers). `понуди` with none of the offer words stays no event."""
from tests.events.helpers import Ent, coded

BERG = Ent(("Ана Берг", "Берг"), "PER", "SWE", "GOV")
NOVAK = Ent(("Јан Новак", "Новак"), "PER", "POL", "GOV")
OLE = Ent(("Ларс Оле",), "PER", "NOR", "GOV")
VIRTANEN = Ent(("Мика Виртанен",), "PER", "FIN", "GOV")
HELSINKI = Ent(("Хелсинки",), country="FIN")
SOFIA = Ent(("Софија",), country="BGR")
ROME = Ent(("Рим",), country="ITA")
ATHENS = Ent(("Атина",), country="GRC")
DANE = Ent(("Ерик Холм",), "PER", "DNK", "GOV")
ESTONIA = Ent(("Естонија",), country="EST")
FIRM = Ent(("Нордгас",), "ORG", "NOR", "BUS")
UTILITY = Ent(("Балтенерго",), "ORG", "LTU", "BUS")


def _agree(doc):
    return [e for e in doc.events if e.type == "AGREE"]


def test_a_trip_announced_is_agree_toward_the_place_visited():
    doc = coded("Шведската министерка Ана Берг следната недела ќе отпатува во Хелсинки.", [BERG, HELSINKI])
    [ev] = _agree(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_an_arrival_set_for_a_day_ahead_is_agree():
    doc = coded("Полскиот премиер Јан Новак треба да пристигне во Софија во петокот.", [NOVAK, SOFIA],
                published="2024-05-08")
    [ev] = _agree(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_an_expected_coming_is_agree():
    doc = coded("Норвешкиот пратеник Ларс Оле се очекува повторно да дојде во Рим следната недела.", [OLE, ROME])
    [ev] = _agree(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_trip_told_as_done_is_no_agree():
    doc = coded("Шведската министерка Ана Берг вчера отпатува во Хелсинки.", [BERG, HELSINKI])
    assert not _agree(doc)


def test_who_will_come_somewhere_is_no_visit():
    # `ќе дојде во` tells who or what comes; tourists and migrants pay no visit
    assert not _agree(coded("Норвешкиот пратеник Ларс Оле ќе дојде во прашање ако законот не помине.", [OLE]))
    assert not _agree(coded("Според Ларс Оле, илјадници туристи ќе дојдат во Рим.", [OLE, ROME]))
    assert not _agree(coded("Мигрантите ќе пристигнат во Атина утре, изјави Ларс Оле.", [OLE, ATHENS]))


def test_a_trip_to_a_meeting_is_one_act_the_meetings():
    doc = coded("Берг ќе отпатува во Хелсинки, каде ќе се сретне со Мика Виртанен.", [BERG, HELSINKI, VIRTANEN])
    [ev] = _agree(doc)
    assert ev.trigger.text.endswith("сретне")


def test_equipment_and_training_offered_are_an_offer():
    doc = coded("Данскиот министер Ерик Холм ѝ понуди на Естонија опрема и обука за граничната полиција.", [DANE, ESTONIA])
    [ev] = _agree(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_an_exchange_offered_is_an_offer():
    doc = coded("Ерик Холм ѝ понуди на Естонија размена на искуства за заштита од сајбер-напади.", [DANE, ESTONIA])
    assert len(_agree(doc)) == 1


def test_a_contract_offered_is_an_offer():
    doc = coded("Компанијата Нордгас во понеделникот ѝ понуди на Балтенерго договор за испорака на гас.", [FIRM, UTILITY])
    [ev] = _agree(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_proof_offered_is_no_offer():
    assert not _agree(coded("Ерик Холм понуди докази дека Естонија не ги прекршила правилата.", [DANE, ESTONIA]))


def test_an_agreement_concluded_ahead_is_agree():
    doc = coded("Ерик Холм изјави дека Данска до крајот на мај ќе склучи договор со Естонија за енергетика.",
                [DANE, Ent(("Данска",), country="DNK"), ESTONIA])
    assert len(_agree(doc)) == 1


def test_a_marriage_concluded_is_no_agreement():
    assert not _agree(coded("Ерик Холм минатото лето склучи брак во Естонија.", [DANE, ESTONIA]))


def test_mediation_or_deliveries_offered_are_agree():
    doc = coded("Шведската министерка Ана Берг понуди посредство меѓу двете страни.", [BERG])
    assert [e.type for e in doc.events] == ["AGREE"]
    doc = coded("Норвешката фирма Нордгас понуди испорака на гас за Естонија.", [FIRM, ESTONIA])
    assert [e.type for e in doc.events] == ["AGREE"]


def test_firms_described_as_offering_deliveries_make_no_offer():
    doc = coded("Фирмите кои нудат испорака на гас за Естонија се три.", [ESTONIA])
    assert not _agree(doc)


def test_help_promised_to_go_on_with_the_thing_helped_as_object_is_agree():
    doc = coded("Ана Берг изјави дека Шведска ќе продолжи да ја помага модернизацијата на армијата на Естонија.",
                [BERG, Ent(("Шведска",), country="SWE"), ESTONIA])
    assert "AGREE" in [e.type for e in doc.events]


def test_help_going_on_told_as_done_is_no_promise():
    doc = coded("Ана Берг изјави дека Шведска продолжи да ја помага модернизацијата на армијата на Естонија.",
                [BERG, Ent(("Шведска",), country="SWE"), ESTONIA])
    assert "AGREE" not in [e.type for e in doc.events]


def test_the_next_meeting_of_a_pair_that_met_is_theirs_announced():
    # `Следната средба` opening the sentence: the next of the pair's meetings (guidelines: a future meeting is AGREE)
    doc = coded("Ана Берг и Јан Новак се сретнаа вчера во Хелсинки. Следната средба ќе се одржи во Рим во јуни.",
                [BERG, NOVAK, HELSINKI, ROME])
    [ev] = _agree(doc)
    assert sorted(ev.actor) == ["E1", "E2"]
    doc = coded("Ана Берг и Јан Новак разговараа вчера во Хелсинки. Следната рунда разговори ќе се одржи во Рим.",
                [BERG, NOVAK, HELSINKI, ROME])
    assert [sorted(ev.actor) for ev in _agree(doc)] == [["E1", "E2"]]


def test_a_meeting_not_told_as_the_next_one_takes_no_pair_told_before():
    doc = coded("Ана Берг и Јан Новак се сретнаа вчера во Хелсинки. Средбата ќе се одржи во Рим во јуни.",
                [BERG, NOVAK, HELSINKI, ROME])
    assert _agree(doc) == []
    # (nor the next summit, a body's gathering rather than the pair's)
    doc = coded("Ана Берг и Јан Новак се сретнаа вчера во Хелсинки. Следниот самит ќе се одржи во Рим во јуни.",
                [BERG, NOVAK, HELSINKI, ROME])
    assert _agree(doc) == []
