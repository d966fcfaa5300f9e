"""North Macedonia's neighbours and its EU path as portals tell them (2025–2026): statements cited
from documents, Sofia, Athens and Brussels. Sentences invented for these tests."""
from tests.events.helpers import Ent, coded, codes, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
SOFIA = Ent(("Софија",), country="BGR")


def test_the_name_after_a_document_noun_is_the_subject_not_the_prepositions_object():
    doc = coded("Во писмото Владата ја повика Софија да ги почитува договорите.", [GOVERNMENT, SOFIA])
    request = only(doc, "REQUEST")
    assert codes(doc, request.actor) == [("MKD", "GOV")]
    assert codes(doc, request.recipient) == [("BGR", None)]
