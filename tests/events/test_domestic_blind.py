"""Domestic Macedonian news of 2025–2026 (farmers, unions, courts, municipalities): gaps an honest blind
set of invented portal articles showed (invented sentences)."""
from tests.events.helpers import SERBIA, Ent, codes, coded, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_the_farming_trades_are_civilians_who_act():
    doc = coded("Лозарите бараат Владата да ја зголеми откупната цена на грозјето.", [GOVERNMENT])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "CVL")] and codes(doc, ev.recipient) == [("MKD", "GOV")]
    doc = coded("Сточарите ја одбија понудата на министерството како недоволна.", [])
    assert codes(doc, only(doc, "REJECT").actor) == [("MKD", "CVL")]


def test_a_blocked_main_road_is_a_protest_not_a_refusal():
    doc = coded("Овоштарите со трактори ја блокираа магистралата кај Ресен.", [])
    assert only(doc, "PROTEST").mode == "obstruct" and not [e for e in doc.events if e.type == "REJECT"]


def test_a_threat_is_dated_when_made_not_on_the_day_of_the_act_threatened():
    doc = coded("Синдикатот на рударите соопшти дека од 1 јуни ќе влезе во генерален штрајк доколку Владата не ги "
                "покачи платите.", [GOVERNMENT], published="2026-05-12")
    ev = only(doc, "THREATEN")
    assert ev.date == "2026-05-12"
    # an act announced for that day, with no condition, keeps its day
    doc = coded("Синдикатот на рударите соопшти дека од 1 јуни ќе влезе во генерален штрајк.", [], published="2026-05-12")
    assert only(doc, "PROTEST").date == "2026-06-01"


def test_detention_extended_for_someone_has_him_as_recipient():
    mayor = Ent(("Благој Стефановски",), "PER", "MKD", "GOV")
    doc = coded("Кривичниот суд го продолжи притворот за Благој Стефановски за уште 30 дена.", [mayor])
    assert codes(doc, only(doc, "COERCE").recipient) == [("MKD", "GOV")]


def test_the_accused_named_after_a_count_or_determiner_are_no_charge():
    court = Ent(("Апелациониот суд",), "ORG", "MKD", "JUD")
    doc = coded("Апелациониот суд ги потврди казните за главниот обвинет и за уште петмина обвинети.", [court])
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    # charged, told by the participle after its subject, stays a charge
    doc = coded("Тројца царинци беа обвинети за примање поткуп.", [])
    assert only(doc, "ACCUSE").mode == "allege"


def test_a_pronoun_speaker_who_goes_on_to_accuse_after_what_he_told_is_the_accuser():
    minister = Ent(("Никола Донев",), "PER", "BGR", "GOV")
    doc = coded("Никола Донев пристигна во Охрид. Тој рече дека Србија нема да попушти и ја обвини Владата за "
                "опструкција.", [minister, SERBIA, GOVERNMENT])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("BGR", "GOV")]


def test_protesters_removed_by_police_are_coerced_but_an_official_removed_from_office_is_not():
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    doc = coded("Полицијата ги отстрани земјоделците од автопатот кај Гевгелија.", [police])
    ev = only(doc, "COERCE")
    assert ev.mode == "restrict" and codes(doc, ev.actor) == [("MKD", "COP")]
    assert not coded("Директорот на болницата беше отстранет од функцијата.", []).events


def test_lodging_demanded_by_protesters_is_a_demand_not_something_sought():
    doc = coded("Студентите го блокираа булеварот пред ректоратот, барајќи сместување во домовите.", [])
    assert only(doc, "REQUEST").actor == only(doc, "PROTEST").actor
    # with no protest, seeking lodging asks no one
    assert not coded("Барајќи сместување, семејството замина за Битола.", []).events


def test_migrants_turned_back_at_the_border_are_barred_entry():
    police = Ent(("Граничната полиција",), "ORG", "MKD", "COP")
    doc = coded("Граничната полиција кај Гевгелија врати 30 мигранти кои се обиделе нелегално да влезат во земјата.", [police])
    assert codes(doc, only(doc, "REJECT").actor) == [("MKD", "COP")]
    # papers handed back to a migrant bar no one
    assert not coded("Полицијата му ги врати документите на мигрантот по влезот во центарот.", [police]).events
