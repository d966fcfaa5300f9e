"""A plural definite phrase that only a plural object clitic parts from a singular verb is the
verb's object put before it (`а македонските војници ги пофали`): the subject goes on from the
clause before; with a plural verb, or a singular name before the clitic, the phrase is the subject."""
from tests.events.helpers import Ent, coded, codes, only

STOJANOV = Ent(("Стојанов",), "PER", "MKD", "GOV")
IVANOVSKA = Ent(("Ивановска",), "PER", "MKD", "GOV")
BULGARIA = Ent(("Бугарија",), "GPE", "BGR")
SERBIA_ADJ = Ent(("српските",), "GPE", "SRB", kind="demonym")
GREEK_ADJ = Ent(("грчките",), "GPE", "GRC", kind="demonym")


def test_fronted_police_are_praised_by_the_subject_of_the_clause_before():
    doc = coded("Стојанов ѝ се заблагодари на Бугарија за помошта, а српските полицајци ги пофали за соработката.",
                [STOJANOV, BULGARIA, SERBIA_ADJ])
    praise = next(e for e in doc.events if e.trigger.text == "пофали")
    assert codes(doc, praise.actor) == [("MKD", "GOV")]
    assert codes(doc, praise.recipient) == [("SRB", "COP")]


def test_fronted_diplomats_are_criticised_by_the_minister_named_before():
    doc = coded("Министерката Ивановска ја посети Србија, а грчките дипломати ги критикуваше за изјавите.",
                [IVANOVSKA, SERBIA, GREEK_ADJ])
    event = only(doc, "ACCUSE")
    assert codes(doc, event.actor) == [("MKD", "GOV")]
    assert codes(doc, event.recipient) == [("GRC", "GOV")]


def test_fronted_police_are_called_on_by_the_subject_of_the_clause_before():
    doc = coded("Ивановска ја осуди блокадата, а српските полицајци ги повика да ја отворат границата.",
                [IVANOVSKA, SERBIA_ADJ])
    event = only(doc, "REQUEST")
    assert [e.name for e in doc.entities if e.id in event.actor] == ["Ивановска"]
    assert codes(doc, event.recipient) == [("SRB", "COP")]


def test_a_plural_verb_keeps_the_plural_phrase_its_subject():
    doc = coded("Стојанов ја посети Бугарија, а српските полицајци го критикуваа за изјавите.",
                [STOJANOV, BULGARIA, SERBIA_ADJ])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("SRB", "COP")]


def test_a_singular_subject_before_a_plural_clitic_stays_the_subject():
    doc = coded("Стојанов ја посети Бугарија, а Ивановска ги критикуваше српските полицајци.",
                [STOJANOV, BULGARIA, IVANOVSKA, SERBIA_ADJ])
    event = only(doc, "ACCUSE")
    assert [e.name for e in doc.entities if e.id in event.actor] == ["Ивановска"]
    assert codes(doc, event.recipient) == [("SRB", "COP")]


SERBIA = Ent(("Србија",), "GPE", "SRB")
