"""A duty a law or the constitution lays on someone (`претседателот е должен да го потпише указот`) tells what must be
done, not an act; the act done stays one (invented sentences, session 41)."""
from tests.events.helpers import Ent, coded

PRESIDENT = Ent(("Весна Николовска",), "PER", "MKD", "GOV")


def test_a_signing_the_constitution_requires_is_no_signing():
    doc = coded("Според Уставот, претседателката Весна Николовска е должна да го потпише указот за прогласување на "
                "законот.", [PRESIDENT])
    assert "SUPPORT" not in [e.type for e in doc.events]


def test_a_signing_after_the_second_vote_is_one():
    doc = coded("Пратениците повторно го изгласаа законот, а претседателката Весна Николовска го потпиша указот за "
                "прогласување на законот.", [PRESIDENT])
    assert "SUPPORT" in [e.type for e in doc.events]
