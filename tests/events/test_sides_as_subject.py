"""`Страните` as the subject of an act, after talks between two named sides, are those sides (GUIDELINES: the
participants of the last compound actor, as `двете страни`), and their failing to agree is a negated AGREE, no
hedge (a pronoun's stays one); as an object `страните` names no one told before."""
from tests.events.helpers import Ent, coded

GOVERNMENT = Ent(("Владата на Мали",), "ORG", "MLI", "GOV")
REBELS = Ent(("бунтовниците Туарези",), "ORG", "MLI", "REB")


def test_the_sides_that_agreed_after_talks_are_the_two_who_talked():
    doc = coded("Владата на Мали и бунтовниците Туарези вчера одржаа разговори во Алжир. "
                "Страните се договорија за размена на заробеници.", [GOVERNMENT, REBELS])
    [agree] = [e for e in doc.events if e.type == "AGREE"]
    assert sorted(agree.actor) == ["E1", "E2"]


def test_the_sides_called_on_are_no_subject():
    doc = coded("Владата на Мали и бунтовниците Туарези вчера одржаа разговори во Алжир. "
                "Алжир ги повика страните да го почитуваат примирјето.",
                [GOVERNMENT, REBELS, Ent(("Алжир",), country="DZA")])
    [request] = [e for e in doc.events if e.type == "REQUEST"]
    assert request.actor == ["E3"]


def test_the_counted_sides_that_did_not_agree_are_a_negated_agreement():
    for subject in ("страните", "двете страни"):
        doc = coded("Владата на Мали и бунтовниците Туарези вчера одржаа разговори во Алжир. "
                    f"Сепак, {subject} не се договорија за повлекувањето од градот.", [GOVERNMENT, REBELS])
        [agree] = [e for e in doc.events if e.type == "AGREE"]
        assert sorted(agree.actor) == ["E1", "E2"] and agree.status == "negated"


def test_a_pronoun_that_did_not_agree_stays_a_hedge():
    doc = coded("Владата на Мали и бунтовниците Туарези вчера одржаа разговори во Алжир. "
                "Тие не се договорија за повлекувањето од градот.", [GOVERNMENT, REBELS])
    assert [e.type for e in doc.events] == ["CONSULT"]
