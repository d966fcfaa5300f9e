"""`Страните` as the subject of an act, after talks between two named sides, are those sides (GUIDELINES: the
participants of the last compound actor, as `двете страни`); as an object it names no one told before."""
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
