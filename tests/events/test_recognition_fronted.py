"""Recognition told with the recognised state fronted before the object clitic (`Косово го признаа и …`) or as
recognising someone as the legitimate holder of an office (`го призна за легитимен претседател`): SUPPORT
(guidelines: recognising a state), as `го призна Косово` was; an admission (`ја призна грешката`) stays no event."""
from tests.events.helpers import Ent, coded

KOSOVO = Ent(("Косово",), country="KOS")
NORWAY = Ent(("Норвешка",), country="NOR")
BERG = Ent(("Ула Берг",), "PER", "NOR", "GOV")
HOLM = Ent(("Ерик Холм",), "PER", "SWE", "PTY")


def _support(doc):
    return [e for e in doc.events if e.type == "SUPPORT"]


def test_a_fronted_state_recognised_is_support():
    doc = coded("Вчера Косово го призна и Норвешка.", [KOSOVO, NORWAY])
    assert len(_support(doc)) == 1


def test_a_fronted_thing_admitted_is_no_support():
    doc = coded("Вчера грешката ја призна и Норвешка.", [NORWAY])
    assert not _support(doc)


def test_someone_recognised_as_legitimate_president_is_support():
    doc = coded("Премиерот Ула Берг го призна Ерик Холм за легитимен претседател.", [BERG, HOLM])
    [ev] = _support(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_someone_recognised_as_winner_of_a_race_is_no_support():
    doc = coded("Премиерот Ула Берг го призна Ерик Холм за најдобар тркач.", [BERG, HOLM])
    assert not _support(doc)


SWEDEN = Ent(("Шведска",), country="SWE")
USA_PLURAL = Ent(("САД",), country="USA")


def test_names_joined_after_the_verb_recognise_the_state_fronted_before_its_clitic():
    doc = coded("Вчера Косово го признаа и Норвешка и Шведска.", [KOSOVO, NORWAY, SWEDEN])
    [ev] = _support(doc)
    assert ev.actor == ["E2", "E3"] and ev.recipient == ["E1"]


def test_a_plural_state_before_the_clitic_recognises_the_one_name_after():
    doc = coded("Вчера САД го признаа Косово.", [USA_PLURAL, KOSOVO])
    [ev] = _support(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]
