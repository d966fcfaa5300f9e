"""A plural of an office (`Министрите`, `Лидерите`, `Двајцата министри`) as the subject after two
officials met or acted together: those officials, not an unnamed collective."""
from tests.events.helpers import Ent, coded

PETROV = Ent(("Марко Петров", "Петров"), "PER", "MKD", "GOV")
NOVAK = Ent(("Јан Новак", "Новак"), "PER", "CZE", "GOV")
LINDQVIST = Ent(("Ерик Линдквист", "Линдквист"), "PER", "SWE", "GOV")


def only(doc, etype):
    found = [e for e in doc.events if e.type == etype]
    assert len(found) == 1, doc.events
    return found[0]


def test_the_ministers_are_the_two_who_met():
    doc = coded("Министерот Марко Петров вчера во Скопје се сретна со чешкиот министер Јан Новак. "
                "Новак ја пофали реформата на судството. Министрите се договорија да формираат работна група.",
                [PETROV, NOVAK])
    agree = only(doc, "AGREE")
    assert set(agree.actor) == {"E1", "E2"} and "actor:anaphora" in agree.rule


def test_the_leaders_are_the_two_who_signed_a_few_sentences_before():
    doc = coded("Премиерот Марко Петров и шведскиот премиер Ерик Линдквист вчера потпишаа декларација. "
                "„Ова е добар ден“, изјави Петров. Линдквист рече дека соработката ќе продолжи. "
                "Лидерите повикаа на прекин на огнот во регионот.",
                [PETROV, LINDQVIST])
    call = only(doc, "REQUEST")
    assert set(call.actor) == {"E1", "E2"}
    assert call.date == "2024-05-09"  # the day of the signing, across the sentences with no date of their own


def test_the_two_ministers_are_the_host_and_guest_not_a_place_visited():
    doc = coded("Министерот Марко Петров го пречека шведскиот министер Ерик Линдквист, кој е во посета на Македонија. "
                "Двајцата министри потпишаа меморандум за соработка.",
                [PETROV, LINDQVIST, Ent(("Македонија",), country="MKD")])
    sign = only(doc, "SUPPORT")
    assert set(sign.actor) == {"E1", "E2"}


def test_a_plural_of_an_office_with_a_phrase_of_its_own_is_another_group():
    doc = coded("Марко Петров се сретна со Јан Новак. Министрите за земјоделство потпишаа меморандум.",
                [PETROV, NOVAK])
    sign = only(doc, "SUPPORT")
    assert set(sign.actor) != {"E1", "E2"}


def test_a_party_members_noun_before_the_holder_keeps_the_place_of_the_role_out_of_the_actors():
    for member, holder in (("републиканецот", "Џон Смит"), ("демократката", "Мери Џонсон")):
        doc = coded(f"Гувернерот на Охајо, {member} {holder}, ја пофали одлуката на судот.",
                    [Ent(("Охајо",), country="USA"), Ent((holder,), "PER", "USA", "GOV")])
        praise = only(doc, "SUPPORT")
        assert praise.actor == ["E2"]


def test_a_holder_named_after_a_role_whose_party_has_an_adjective_is_coordinated():
    party = Ent(("ДПС",), "ORG", "MKD", "PTY")
    for text in ("Премиерот Марко Петров и лидерот на опозициската ДПС Јан Новак вчера се сретнаа.",
                 "Премиерот Марко Петров и лидерот на ДПС Јан Новак вчера се сретнаа."):
        doc = coded(text, [PETROV, party, NOVAK])
        ev = next(e for e in doc.events if e.type == "CONSULT")
        names = {e.id: e.name for e in doc.entities}
        assert {names[a] for a in ev.actor} == {"Марко Петров", "Јан Новак"}, text
    # two capitalised words after `на` are no adjective: the name stays in the party's phrase
    doc = coded("Премиерот Марко Петров и лидерот на Опозициска ДПС Јан Новак вчера се сретнаа.", [PETROV, party, NOVAK])
    assert not any(e.type == "CONSULT" and len(e.actor) == 2 for e in doc.events)
