"""Commitments told as plain statements (invented sentences): terms, decisions and recommendations to be kept, readiness
to meet conditions or sit down to talks, interest in a meeting, commitment that stays, help and work promised to go on,
standing by someone — AGREE; forecasts, deeds told done and wordings with no partner are none."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

PETROV = Ent(("Горан Петров", "Петров"), "PER", "SRB", "GOV")
SERBIA = Ent(("Србија",), country="SRB", kb_id="gpe:SRB")
GREECE = Ent(("Грција",), country="GRC")
BULGARIA = Ent(("Бугарија",), country="BGR")
GOVERNMENT = Ent(("Владата",), "ORG", "SRB", "GOV")
MISSION = Ent(("мисијата на ОБСЕ",), "ORG", "IGO", "IGO")
FUND = Ent(("ММФ",), "ORG", "IGO", "IGO")
ALL = [PETROV, SERBIA, GREECE, BULGARIA, GOVERNMENT, MISSION, FUND]


def test_terms_decisions_and_recommendations_to_be_kept_are_agreement():
    for sentence, whom in (("Горан Петров изјави дека Србија ќе ги почитува сите одредби од договорот со Грција.", "E3"),
                           ("Горан Петров изјави дека Србија ќе ја почитува одлуката на Бугарија.", "E4"),
                           ("Горан Петров рече дека Владата ќе ги примени препораките на мисијата на ОБСЕ.", "E6"),
                           ("Горан Петров рече дека Владата ќе ги исполни и последните услови на ММФ.", "E7")):
        doc = coded(sentence, ALL, quotes=True)
        ev = only(doc, "AGREE")
        assert ev.rule.startswith("agree.fulfil") and ev.recipient == [whom], sentence


def test_readiness_to_meet_conditions_or_to_sit_down_is_agreement():
    for sentence, entry in (("Горан Петров рече дека Владата е подготвена да ги исполни условите на ММФ.", "agree.ready_to_act"),
                            ("Горан Петров рече дека Србија е спремна да ја почитува одлуката на Бугарија.", "agree.ready_to_act"),
                            ("Горан Петров рече дека Владата е подготвена да седне на маса со Бугарија.", "agree.ready_to_act"),
                            ("Горан Петров рече дека Србија е заинтересирана за нов состанок со Грција.", "agree.ready_to_talk")):
        doc = coded(sentence, ALL, quotes=True)
        ev = only(doc, "AGREE")
        assert ev.rule.startswith(entry), sentence


def test_commitment_that_stays_is_aimed_at_the_other_side_of_the_talks():
    doc = coded("„Ќе останеме посветени на дијалогот со Грција“, рече Горан Петров.", ALL, quotes=True)
    ev = only(doc, "AGREE")
    assert ev.rule.startswith("agree.remain_committed") and ev.recipient == ["E3"]


def test_help_and_work_promised_to_go_on_are_agreement():
    for sentence, entry, whom in (
            ("Горан Петров соопшти дека Србија ќе продолжи да ѝ помага на Бугарија во реформите.", "agree.continued_help", "E4"),
            ("Горан Петров изјави дека Србија ќе работи со Грција на новиот коридор.", "agree.work_with", "E3"),
            ("Горан Петров изјави дека Владата ќе продолжи да работи со Грција.", "agree.continued_work_with", "E3")):
        doc = coded(sentence, ALL, quotes=True)
        ev = only(doc, "AGREE")
        assert ev.rule.startswith(entry) and ev.recipient == [whom], sentence


def test_standing_by_someone_is_agreement():
    for sentence, entry in (("„Србија ќе стои до Бугарија“, рече Горан Петров.", "agree.stand_by"),
                            ("Горан Петров изјави дека Србија ќе застане зад Бугарија.", "agree.stand_by"),
                            ("Горан Петров изјави дека Србија „нема да ја остави Бугарија сама“.", "agree.not_abandon")):
        doc = coded(sentence, ALL, quotes=True)
        ev = only(doc, "AGREE")
        assert ev.rule.startswith(entry) and ev.recipient == ["E4"], sentence


def test_forecasts_deeds_done_and_no_partner_are_no_commitment():
    for sentence in ("Горан Петров рече дека економијата ќе порасне за три отсто.",
                     "Горан Петров рече дека фабриката ќе работи со полн капацитет.",
                     "Горан Петров рече дека Владата ги исполни условите минатата година.",
                     "Горан Петров рече дека Србија продолжи да ѝ помага на Бугарија.",
                     "Горан Петров рече дека цената ќе стои до крајот на годината."):
        doc = coded(sentence, ALL, quotes=True)
        assert not [e for e in doc.events if e.type == "AGREE"], sentence


KOSOVO = Ent(("Косово",), country="KOS")
BELGRADE = Ent(("Белград",), country="SRB", sector="GOV")
MINISTER = Ent(("министерот",), "PER", "SRB", "GOV", kind="role")


def test_a_kept_agreement_is_promised_to_its_other_sides():
    for text in ("Србија и Косово во петокот се договорија за слободно движење. Белград ќе го почитува договорот, "
                 "изјави министерот.",
                 "Србија и Косово вчера постигнаа договор за граничните премини. Министерот изјави дека Белград целосно "
                 "ќе го почитува договорот."):
        doc = coded(text, [SERBIA, KOSOVO, BELGRADE, MINISTER], quotes=True)
        kept = next(e for e in doc.events if e.rule.startswith("agree.fulfil"))
        assert kept.recipient == ["E2"] and "recipient:agreement_parties" in kept.rule, text


def test_a_kept_agreement_with_none_told_before_has_no_sides():
    doc = coded("Белград ќе го почитува договорот, изјави министерот.", [SERBIA, KOSOVO, BELGRADE, MINISTER], quotes=True)
    kept = only(doc, "AGREE")
    assert "recipient:agreement_parties" not in kept.rule


def test_obligations_announced_as_not_to_be_kept_are_refused():
    for sentence, whom in (("Горан Петров изјави дека Србија нема да ги почитува обврските кон Бугарија.", ["E4"]),
                           ("Горан Петров рече дека Владата нема да ги почитува препораките на мисијата на ОБСЕ.", ["E6"]),
                           ("Горан Петров рече дека Србија нема да ги почитува резултатите од преговорите.", [])):
        doc = coded(sentence, ALL, quotes=True)
        ev = only(doc, "REJECT")
        assert ev.rule.startswith("reject.not_respect") and ev.recipient == whom and not doc.events[1:], sentence


def test_a_conviction_that_terms_will_be_met_is_no_commitment_an_assurance_is():
    for sentence in ("Горан Петров изрази уверување дека Србија ќе ги исполни условите на ММФ.",
                     "Горан Петров е уверен дека Владата ќе ги почитува препораките на мисијата на ОБСЕ.",
                     "Горан Петров рече дека е уверен дека Србија ќе ја почитува одлуката на Бугарија."):
        doc = coded(sentence, ALL, quotes=True)
        assert not [e for e in doc.events if e.type == "AGREE"], sentence
    doc = coded("Горан Петров даде уверување дека Србија ќе ги исполни условите на ММФ.", ALL, quotes=True)
    assert only(doc, "AGREE").rule.startswith("agree.fulfil")
