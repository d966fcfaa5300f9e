"""A signing told again in the body by the document with its article and the participle after it (`Албанската влада
потпиша договор со X` … `Договорот потпишан овој месец од страна на министерот …`): the masculine participle
`потпишан` signs like the other forms, and the definite document opening the passive tells the act told before, one
event with the later telling's date (guidelines: one act told twice is one event)."""
from tests.events.helpers import Ent, coded

NORWAY = Ent(("Норвешка",), country="NOR")
SWEDEN = Ent(("Шведска",), country="SWE")
MINISTER = Ent(("Ула Берг",), "PER", "NOR", "GOV")


def _support(doc):
    return [e for e in doc.events if e.type == "SUPPORT"]


def test_a_signing_told_by_the_masculine_participle_is_support():
    doc = coded("Договорот потпишан вчера од страна на министерот Ула Берг предвидува три фази.", [MINISTER])
    [ev] = _support(doc)
    assert ev.actor == ["E1"]


def test_a_treaty_only_named_is_no_signing():
    doc = coded("Договорот со министерот Ула Берг предвидува три фази.", [MINISTER])
    assert not _support(doc)


def test_the_definite_document_signed_again_is_the_signing_told_before():
    doc = coded("Норвешка потпиша договор со Шведска.\n\nДоговорот потпишан во мај од страна на министерот Ула Берг "
                "предвидува три фази.", [NORWAY, SWEDEN, MINISTER])
    [ev] = _support(doc)
    assert ev.date == "2024-05"


def test_an_indefinite_document_signed_later_is_another_signing():
    doc = coded("Норвешка потпиша договор со Шведска.\n\nНов договор потпишан во мај од страна на министерот Ула Берг "
                "предвидува три фази.", [NORWAY, SWEDEN, MINISTER])
    assert len(_support(doc)) == 2
