"""Event nouns whose doer is told by their `на` phrase (with the target after it) or by demonym adjectives."""
from tests.events.helpers import CROATIA, Ent, codes, coded, only

BANDITS = Ent(("Фронтот за ослободување",), "ORG", "MLI", "REB")
NIGER = Ent(("Нигер",), country="NER")
MALI = Ent(("Мали",), country="MLI")


def test_the_genitive_before_a_target_is_the_attacker_not_the_subject_of_the_sentence():
    doc = coded("Нигер возврати со артилерија по нападот на Фронтот за ослободување врз Ниамеј.",
                [NIGER, BANDITS, Ent(("Ниамеј",), country="NER")])
    attack = next(e for e in doc.events if e.trigger.text == "нападот")
    assert codes(doc, attack.actor) == [("MLI", "REB")] and codes(doc, attack.recipient) == [("NER", None)]


def test_the_genitive_before_a_target_opens_the_sentence():
    doc = coded("Нападот на Фронтот за ослободување врз Нигер предизвика осуди.", [BANDITS, NIGER])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("MLI", "REB")] and codes(doc, ev.recipient) == [("NER", None)]


def test_an_unnamed_force_in_the_genitive_before_a_target_attacks():
    doc = coded("Нападот на полицијата врз студентите во Ниамеј предизвика гнев.", [Ent(("Ниамеј",), country="NER")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("NER", "COP")]


def test_with_no_target_after_it_the_genitive_of_an_attack_stays_its_target():
    doc = coded("Фронтот за ослободување изврши напад на Нигер.", [BANDITS, NIGER])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("MLI", "REB")] and codes(doc, ev.recipient) == [("NER", None)]


def test_a_mere_place_in_the_genitive_is_no_attacker():
    doc = coded("Нападот на Сахел врз Нигер беше најавен од Фронтот за ослободување.",
                [Ent(("Сахел",), "LOC"), NIGER, BANDITS])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("MLI", "REB")] and codes(doc, ev.recipient) == [("NER", None)]


def test_two_coordinated_demonyms_before_an_act_are_both_its_doers():
    doc = coded("Малиските и нигерските воздушни напади врз логорите продолжија и вчера.",
                [Ent(("Малиските",), country="MLI", kind="demonym"), Ent(("нигерските",), country="NER", kind="demonym")])
    ev = only(doc, "ASSAULT")
    assert sorted(codes(doc, ev.actor)) == [("MLI", None), ("NER", None)]


def test_a_single_demonym_after_a_coordinated_noun_is_the_only_doer():
    doc = coded("Логорите и нигерските воздушни напади врз бунтовниците беа тема на средбата.",
                [Ent(("нигерските",), country="NER", kind="demonym")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("NER", None)]


def test_support_told_by_a_demonym_before_its_noun_is_that_state_s():
    doc = coded("Финската поддршка за Естонија останува непроменета.",
                [Ent(("Финската",), country="FIN", kind="demonym"), Ent(("Естонија",), country="EST")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("FIN", None)] and codes(doc, ev.recipient) == [("EST", None)]


def test_a_demonym_after_the_support_noun_gives_no_supporter():
    doc = coded("Поддршката за финската кандидатура останува непроменета.",
                [Ent(("финската",), country="FIN", kind="demonym")])
    assert not any(e.type == "SUPPORT" and codes(doc, e.actor) == [("FIN", None)] for e in doc.events)


def test_the_definite_noun_of_an_expulsion_takes_the_expelled_after_na():
    doc = coded("Хрватска со протерувањето на српскиот амбасадор ги влоши односите.",
                [CROATIA, Ent(("српскиот",), country="SRB", kind="demonym")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("HRV", None)] and codes(doc, ev.recipient) == [("SRB", "GOV")]


def test_the_expelled_diplomats_are_never_the_expeller():
    doc = coded("Вчера следеше протерувањето на руските дипломати.", [Ent(("руските",), country="RUS", kind="demonym")])
    assert not any(codes(doc, e.actor) == [("RUS", "GOV")] for e in doc.events)


def test_a_judged_attack_by_an_unnamed_force_is_aimed_at_that_force():
    doc = coded("Омбудсманот на Естонија го осуди нападот на полицијата врз студентите во Талин.",
                [Ent(("Омбудсманот на Естонија",), "ORG", "EST", "GOV"), Ent(("Талин",), country="EST")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.recipient) == [("EST", "COP")]


def test_a_judged_attack_on_the_police_is_not_aimed_at_the_police():
    doc = coded("Омбудсманот на Естонија го осуди нападот на полицијата во Талин.",
                [Ent(("Омбудсманот на Естонија",), "ORG", "EST", "GOV"), Ent(("Талин",), country="EST")])
    ev = only(doc, "ACCUSE")
    assert ("EST", "COP") not in codes(doc, ev.recipient)


def test_acts_told_as_a_trend_are_no_event():
    doc = coded("Нападите на полицијата врз новинарите во Талин се зачестија во последните години.",
                [Ent(("Талин",), country="EST")])
    assert doc.events == []


def test_an_act_told_by_its_noun_with_a_verb_of_its_own_outcome_stays_an_event():
    doc = coded("Нападот на полицијата врз новинарите во Талин вчера предизвика гнев.", [Ent(("Талин",), country="EST")])
    assert codes(doc, only(doc, "ASSAULT").actor) == [("EST", "COP")]
